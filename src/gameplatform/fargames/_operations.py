# Generated from specs/fargames.yaml by `python -m codegen` (datamodel-code-generator 0.89.0). Do not edit.
"""Operations of the FAR Games agent API: one ``Operation`` constant per operation of
``specs/fargames.yaml``.

Each holds what a call needs beyond its arguments: method, path, host, retry safety, where every
argument goes and how it is encoded, the fields the client fills, the envelope and the result model.
``ERROR_CODES`` and ``STATUS_ERRORS`` say which class each documented failure raises.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Any, Final

from gameplatform._envelope import PlatformErrors
from gameplatform._operation import Argument, Envelope, ErrorCode, Fill, Operation
from gameplatform._redaction import SecretKeys
from gameplatform.errors import APIError, AuthenticationError, NotFoundError, PermissionDeniedError
from gameplatform.fargames._errors import (
    AgentNotFound,
    ApiTokenNotFound,
    FarGamesValidationError,
    GameNotAvailable,
    GameNotFound,
    GameProviderNotFound,
    InvalidSignature,
    MethodNotAllowed,
    RequestExpired,
    SignatureRequired,
)
from gameplatform.fargames._models import (
    GameLink,
    GameList,
    GetGameLinkDemoRequest,
    GetGameLinkRequest,
    ListGamesRequest,
)

__all__ = [
    "ENVELOPE",
    "ERRORS",
    "ERROR_CODES",
    "GET_GAME_LINK",
    "GET_GAME_LINK_DEMO",
    "LIST_GAMES",
    "OPERATIONS",
    "PLATFORM",
    "SECRET_KEYS",
    "STATUS_ERRORS",
]

PLATFORM: Final = "fargames"
"""The platform name errors carry (``APIError.platform``)."""

ENVELOPE: Final = Envelope(
    statuses=(200,),
    success_field="status",
    success_values=("success",),
    code_field="error",
    message_field="message",
    request_id_field="request_id",
)
"""How the platform wraps its answers (``x-envelope``)."""

GET_GAME_LINK: Final[Operation[GameLink]] = Operation(
    operation_id="get_game_link",
    method="POST",
    path="/api/games/get_game_link",
    host="default",
    idempotent=False,
    auth="signature",
    result=GameLink,
    result_field="content",
    envelope=ENVELOPE,
    body=GetGameLinkRequest,
    arguments=(
        Argument("game_id", "body"),
        Argument("player_id", "body"),
        Argument("player_username", "body"),
        Argument("language", "body"),
        Argument("currency", "body"),
        Argument("home_url", "body"),
        Argument("agent_session_id", "body"),
        Argument("ip", "body"),
    ),
    fills=(
        Fill("agent_id", "body", "agent_id", "agent_id"),
        Fill("timestamp", "body", "timestamp", "timestamp"),
    ),
    summary="Generate a unique link that launches a game for a player (creates a game session).",
)
"""Generate a unique link that launches a game for a player (creates a game session)."""

GET_GAME_LINK_DEMO: Final[Operation[GameLink]] = Operation(
    operation_id="get_game_link_demo",
    method="POST",
    path="/api/games/get_game_link_demo",
    host="default",
    idempotent=True,
    auth="signature",
    result=GameLink,
    result_field="content",
    envelope=ENVELOPE,
    body=GetGameLinkDemoRequest,
    arguments=(
        Argument("game_id", "body"),
        Argument("player_id", "body"),
        Argument("player_username", "body"),
        Argument("language", "body"),
        Argument("currency", "body"),
        Argument("home_url", "body"),
        Argument("ip", "body"),
    ),
    fills=(
        Fill("agent_id", "body", "agent_id", "agent_id"),
        Fill("timestamp", "body", "timestamp", "timestamp"),
    ),
    summary="Generate a link that launches the demo version of a game (virtual balance, nothing saved).",
)
"""Generate a link that launches the demo version of a game (virtual balance, nothing saved)."""

LIST_GAMES: Final[Operation[GameList]] = Operation(
    operation_id="list_games",
    method="POST",
    path="/api/games/list",
    host="default",
    idempotent=True,
    auth="signature",
    result=GameList,
    result_field="content",
    envelope=ENVELOPE,
    body=ListGamesRequest,
    fills=(
        Fill("agent_id", "body", "agent_id", "agent_id"),
        Fill("timestamp", "body", "timestamp", "timestamp"),
    ),
    summary="List every game available to the agent (the vendor recommends caching it for a few hours).",
)
"""List every game available to the agent (the vendor recommends caching it for a few hours)."""

OPERATIONS: Final[tuple[Operation[Any], ...]] = (
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
            error=SignatureRequired,
            description="Missing X-Signature header.",
            generic=AuthenticationError,
        ),
        "invalid_signature": ErrorCode(
            code="invalid_signature",
            http_status=403,
            error=InvalidSignature,
            description="Invalid request signature.",
            generic=PermissionDeniedError,
        ),
        "agent_not_found": ErrorCode(
            code="agent_not_found",
            http_status=404,
            error=AgentNotFound,
            description="Agent with the specified ID was not found.",
            generic=NotFoundError,
        ),
        "api_token_not_found": ErrorCode(
            code="api_token_not_found",
            http_status=404,
            error=ApiTokenNotFound,
            description="The agent has no API token configured.",
            generic=AuthenticationError,
        ),
        "game_not_found": ErrorCode(
            code="game_not_found",
            http_status=404,
            error=GameNotFound,
            description="Game with the specified ID was not found.",
            generic=NotFoundError,
        ),
        "game_not_available": ErrorCode(
            code="game_not_available",
            http_status=403,
            error=GameNotAvailable,
            description="Game is not available for this agent.",
            generic=PermissionDeniedError,
        ),
        "game_provider_not_found": ErrorCode(
            code="game_provider_not_found",
            http_status=404,
            error=GameProviderNotFound,
            description="No provider with demo support for this game (get_game_link_demo only).",
            generic=NotFoundError,
        ),
        "method_not_allowed": ErrorCode(
            code="method_not_allowed",
            http_status=405,
            error=MethodNotAllowed,
            description="Unsupported HTTP method used.",
            generic=APIError,
        ),
        "validation_error": ErrorCode(
            code="validation_error",
            http_status=422,
            error=FarGamesValidationError,
            description="Input validation error.",
            generic=APIError,
        ),
        "request_expired": ErrorCode(
            code="request_expired",
            http_status=400,
            error=RequestExpired,
            description="Request expired (timestamp too old; the window is 300 s).",
            generic=APIError,
        ),
    }
)
"""Documented error codes (``x-error-codes``), keyed by code, in spec order."""

STATUS_ERRORS: Final[Mapping[int, type[APIError]]] = MappingProxyType({})
"""Classes for HTTP statuses that carry no documented code (``x-http-statuses``; 500 stands for 5xx)."""

SECRET_KEYS: Final = SecretKeys(())
"""Keys whose values are secrets (``x-secret``): never kept in an error's ``body``."""

ERRORS: Final = PlatformErrors(
    platform=PLATFORM, codes=ERROR_CODES, statuses=STATUS_ERRORS, base=APIError, secrets=SECRET_KEYS
)
"""What the platform's failures become: the shared decoder reads this."""
