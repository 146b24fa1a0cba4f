# Generated from specs/stove.yaml by `python -m codegen` (datamodel-code-generator 0.89.0). Do not edit.
"""Operations of the STOVE server API: one ``Endpoint`` constant per operation of ``specs/stove.yaml``.

Clients read method, path, retry safety and models from these constants instead of repeating them.
``ERROR_CODES`` maps every documented error code to its HTTP status and SDK error class.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Final

from gameplatform._endpoint import Endpoint, ErrorCode
from gameplatform.errors import APIError, AuthenticationError, PermissionDeniedError
from gameplatform.stove._models import (
    CheckOwnershipParams,
    ErrorEnvelope,
    IssueServerTokenRequest,
    LookupMemberParams,
    MemberEnvelope,
    OwnershipEnvelope,
    OwnershipErrorEnvelope,
    ServerTokenEnvelope,
    VerifyUserTokenEnvelope,
    VerifyUserTokenParams,
    VerifyUserTokenRequest,
)

__all__ = [
    "CHECK_OWNERSHIP",
    "ENDPOINTS",
    "ERROR_CODES",
    "ISSUE_SERVER_TOKEN",
    "LOOKUP_MEMBER",
    "PLATFORM",
    "VERIFY_USER_TOKEN",
]

PLATFORM: Final = "stove"
"""The platform name errors carry (``APIError.platform``)."""


ISSUE_SERVER_TOKEN: Final = Endpoint(
    operation_id="issue_server_token",
    method="POST",
    path="/auth/v5/server_token",
    host=None,
    idempotent=True,
    request_model=IssueServerTokenRequest,
    params_model=None,
    response_model=ServerTokenEnvelope,
    error_model=ErrorEnvelope,
    result_field="response_data",
    summary="Issue (or return the current) server access token.",
)
"""Issue (or return the current) server access token."""

VERIFY_USER_TOKEN: Final = Endpoint(
    operation_id="verify_user_token",
    method="POST",
    path="/member/v3.0/{game_id}/token/verify",
    host=None,
    idempotent=True,
    request_model=VerifyUserTokenRequest,
    params_model=VerifyUserTokenParams,
    response_model=VerifyUserTokenEnvelope,
    error_model=ErrorEnvelope,
    result_field="value",
    summary="Verify a game user (player) access token with STOVE.",
)
"""Verify a game user (player) access token with STOVE."""

LOOKUP_MEMBER: Final = Endpoint(
    operation_id="lookup_member",
    method="GET",
    path="/member/v3.0/{game_id}",
    host=None,
    idempotent=True,
    request_model=None,
    params_model=LookupMemberParams,
    response_model=MemberEnvelope,
    error_model=ErrorEnvelope,
    result_field="value",
    summary="Look a member up by STOVE member number or by per-game guid.",
)
"""Look a member up by STOVE member number or by per-game guid."""

CHECK_OWNERSHIP: Final = Endpoint(
    operation_id="check_ownership",
    method="GET",
    path="/ownership/v3.0/check_ownership",
    host=None,
    idempotent=True,
    request_model=None,
    params_model=CheckOwnershipParams,
    response_model=OwnershipEnvelope,
    error_model=OwnershipErrorEnvelope,
    result_field="value",
    summary="Which of the given games a member owns.",
)
"""Which of the given games a member owns."""

ENDPOINTS: Final[tuple[Endpoint, ...]] = (
    ISSUE_SERVER_TOKEN,
    VERIFY_USER_TOKEN,
    LOOKUP_MEMBER,
    CHECK_OWNERSHIP,
)
"""Every operation of the spec, in spec order."""

ERROR_CODES: Final[Mapping[int, ErrorCode]] = MappingProxyType(
    {
        40000: ErrorCode(
            code=40000,
            http_status=200,
            error=APIError,
            description="Bad request (no player token, or a player token as the Authorization header).",
        ),
        40101: ErrorCode(
            code=40101,
            http_status=401,
            error=AuthenticationError,
            description="The server access token is invalid or expired.",
        ),
        40105: ErrorCode(
            code=40105,
            http_status=401,
            error=AuthenticationError,
            description="Invalid client (unknown client_id, client_secret or service_id).",
        ),
        41002: ErrorCode(
            code=41002,
            http_status=200,
            error=PermissionDeniedError,
            description="Invalid game id (the player token belongs to another game).",
        ),
    }
)
"""Documented error codes, keyed by code, in spec order."""
