# Generated from specs/fargames.yaml by `python -m codegen` (datamodel-code-generator 0.89.0). Do not edit.
"""Operations of the FAR Games agent API: one ``Endpoint`` constant per operation of
``specs/fargames.yaml``.

Clients read method, path, retry safety and models from these constants instead of repeating them.
``ERROR_CODES`` maps every documented error code to its HTTP status and SDK error class.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Final

from gameplatform._endpoint import Endpoint, ErrorCode
from gameplatform.errors import APIError, AuthenticationError, NotFoundError, PermissionDeniedError
from gameplatform.fargames._models import (
    ErrorEnvelope,
    GameListResponse,
    GetGameLinkDemoRequest,
    GetGameLinkRequest,
    GetGameLinkResponse,
    ListGamesRequest,
)

__all__ = [
    "ENDPOINTS",
    "ERROR_CODES",
    "GET_GAME_LINK",
    "GET_GAME_LINK_DEMO",
    "LIST_GAMES",
    "PLATFORM",
]

PLATFORM: Final = "fargames"
"""The platform name errors carry (``APIError.platform``)."""


GET_GAME_LINK: Final = Endpoint(
    operation_id="get_game_link",
    method="POST",
    path="/api/games/get_game_link",
    host=None,
    idempotent=False,
    request_model=GetGameLinkRequest,
    params_model=None,
    response_model=GetGameLinkResponse,
    error_model=ErrorEnvelope,
    result_field="content",
    summary="Generate a unique link that launches a game for a player (creates a game session).",
)
"""Generate a unique link that launches a game for a player (creates a game session)."""

GET_GAME_LINK_DEMO: Final = Endpoint(
    operation_id="get_game_link_demo",
    method="POST",
    path="/api/games/get_game_link_demo",
    host=None,
    idempotent=True,
    request_model=GetGameLinkDemoRequest,
    params_model=None,
    response_model=GetGameLinkResponse,
    error_model=ErrorEnvelope,
    result_field="content",
    summary="Generate a link that launches the demo version of a game (virtual balance, nothing saved).",
)
"""Generate a link that launches the demo version of a game (virtual balance, nothing saved)."""

LIST_GAMES: Final = Endpoint(
    operation_id="list_games",
    method="POST",
    path="/api/games/list",
    host=None,
    idempotent=True,
    request_model=ListGamesRequest,
    params_model=None,
    response_model=GameListResponse,
    error_model=ErrorEnvelope,
    result_field="content",
    summary="List every game available to the agent (the vendor recommends caching it for a few hours).",
)
"""List every game available to the agent (the vendor recommends caching it for a few hours)."""

ENDPOINTS: Final[tuple[Endpoint, ...]] = (
    GET_GAME_LINK,
    GET_GAME_LINK_DEMO,
    LIST_GAMES,
)
"""Every operation of the spec, in spec order."""

ERROR_CODES: Final[Mapping[str, ErrorCode]] = MappingProxyType(
    {
        "signature_required": ErrorCode(
            code="signature_required",
            http_status=401,
            error=AuthenticationError,
            description="Missing X-Signature header.",
        ),
        "invalid_signature": ErrorCode(
            code="invalid_signature",
            http_status=403,
            error=PermissionDeniedError,
            description="Invalid request signature.",
        ),
        "agent_not_found": ErrorCode(
            code="agent_not_found",
            http_status=404,
            error=NotFoundError,
            description="Agent with the specified ID was not found.",
        ),
        "api_token_not_found": ErrorCode(
            code="api_token_not_found",
            http_status=404,
            error=AuthenticationError,
            description="The agent has no API token configured.",
        ),
        "game_not_found": ErrorCode(
            code="game_not_found",
            http_status=404,
            error=NotFoundError,
            description="Game with the specified ID was not found.",
        ),
        "game_not_available": ErrorCode(
            code="game_not_available",
            http_status=403,
            error=PermissionDeniedError,
            description="Game is not available for this agent.",
        ),
        "game_provider_not_found": ErrorCode(
            code="game_provider_not_found",
            http_status=404,
            error=NotFoundError,
            description="No provider with demo support for this game (get_game_link_demo only).",
        ),
        "method_not_allowed": ErrorCode(
            code="method_not_allowed",
            http_status=405,
            error=APIError,
            description="Unsupported HTTP method used.",
        ),
        "validation_error": ErrorCode(
            code="validation_error",
            http_status=422,
            error=APIError,
            description="Input validation error.",
        ),
        "request_expired": ErrorCode(
            code="request_expired",
            http_status=400,
            error=APIError,
            description="Request expired (timestamp too old; the window is 300 s).",
        ),
    }
)
"""Documented error codes, keyed by code, in spec order."""
