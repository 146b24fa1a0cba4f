# Generated from specs/stove.yaml by `python -m codegen` (datamodel-code-generator 0.89.0). Do not edit.
"""Operations of the STOVE server API: one ``Operation`` constant per operation of
``specs/stove.yaml``.

Each holds what a call needs beyond its arguments: method, path, host, retry safety, where every
argument goes and how it is encoded, the fields the client fills, the envelope and the result model.
``ERROR_CODES`` and ``STATUS_ERRORS`` say which class each documented failure raises.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Any, Final

from gameplatform import _validation as _v
from gameplatform._envelope import PlatformErrors
from gameplatform._operation import Argument, Envelope, ErrorCode, Fill, Operation
from gameplatform._redaction import SecretKeys
from gameplatform.errors import APIError, AuthenticationError, PermissionDeniedError
from gameplatform.stove._errors import BadRequest, InvalidClientCredentials, InvalidGameId, InvalidServerToken
from gameplatform.stove._models import (
    CheckOwnershipParams,
    IssuedServerToken,
    IssueServerTokenRequest,
    LookupMemberParams,
    LookupMemberWithPlayerTokenParams,
    Member,
    Ownership,
    VerifiedUser,
    VerifyUserTokenParams,
    VerifyUserTokenRequest,
)

__all__ = [
    "CHECK_OWNERSHIP",
    "ENVELOPE",
    "ERRORS",
    "ERROR_CODES",
    "ISSUE_SERVER_TOKEN",
    "LOOKUP_MEMBER",
    "LOOKUP_MEMBER_WITH_PLAYER_TOKEN",
    "OPERATIONS",
    "PLATFORM",
    "SECRET_KEYS",
    "STATUS_ERRORS",
    "VERIFY_USER_TOKEN",
]

PLATFORM: Final = "stove"
"""The platform name errors carry (``APIError.platform``)."""

ENVELOPE: Final = Envelope(
    success_field="code",
    success_values=(0,),
    numeric_codes=True,
    code_field="code",
    message_field="message",
    request_id_headers=("X-Request-Id", "X-Amzn-RequestId", "X-Trace-Id"),
)
"""How the platform wraps its answers (``x-envelope``)."""

ISSUE_SERVER_TOKEN: Final[Operation[IssuedServerToken]] = Operation(
    operation_id="issue_server_token",
    method="POST",
    path="/auth/v5/server_token",
    host="default",
    idempotent=True,
    auth="none",
    result=IssuedServerToken,
    result_field="response_data",
    envelope=ENVELOPE,
    body=IssueServerTokenRequest,
    fills=(
        Fill("client_id", "body", "client_id", "client_id"),
        Fill("client_secret", "body", "client_secret", "client_secret"),
        Fill("service_id", "body", "service_id", "service_id"),
        Fill("instance_id", "body", "instance_id", "instance_id"),
    ),
    secret_result=True,
    summary="Issue (or return the current) server access token.",
)
"""Issue (or return the current) server access token."""

VERIFY_USER_TOKEN: Final[Operation[VerifiedUser]] = Operation(
    operation_id="verify_user_token",
    method="POST",
    path="/member/v3.0/{game_id}/token/verify",
    host="default",
    idempotent=True,
    auth="server-token",
    result=VerifiedUser,
    result_field="value",
    envelope=ENVELOPE,
    body=VerifyUserTokenRequest,
    params=VerifyUserTokenParams,
    arguments=(
        Argument("game_id", "params"),
        Argument("access_token", "body"),
        Argument("precheck", "options", rule=_v.boolean()),
    ),
    summary="Ask STOVE whether a player's access token is valid for ``game_id``, and whose it is.",
)
"""Ask STOVE whether a player's access token is valid for ``game_id``, and whose it is."""

LOOKUP_MEMBER: Final[Operation[Member]] = Operation(
    operation_id="lookup_member",
    method="GET",
    path="/member/v3.0/{game_id}",
    host="default",
    idempotent=True,
    auth="server-token",
    result=Member,
    result_field="value",
    envelope=ENVELOPE,
    params=LookupMemberParams,
    arguments=(
        Argument("game_id", "params"),
        Argument("search_type", "params"),
        Argument("value", "params"),
    ),
    summary="Find a member of ``game_id`` by STOVE member number or by per-game guid.",
)
"""Find a member of ``game_id`` by STOVE member number or by per-game guid."""

LOOKUP_MEMBER_WITH_PLAYER_TOKEN: Final[Operation[Member]] = Operation(
    operation_id="lookup_member_with_player_token",
    method="GET",
    path="/member/v3.0/{game_id}",
    host="default",
    idempotent=True,
    auth="player-token",
    result=Member,
    result_field="value",
    envelope=ENVELOPE,
    params=LookupMemberWithPlayerTokenParams,
    arguments=(
        Argument("game_id", "params"),
        Argument(
            "access_token",
            "options",
            rule=_v.string(min_length=1, max_length=8192, pattern="^[\\x21-\\x7e]+$"),
        ),
    ),
    summary="The member a player's own access token belongs to, in ``game_id``.",
)
"""The member a player's own access token belongs to, in ``game_id``."""

CHECK_OWNERSHIP: Final[Operation[Ownership]] = Operation(
    operation_id="check_ownership",
    method="GET",
    path="/ownership/v3.0/check_ownership",
    host="default",
    idempotent=True,
    auth="server-token",
    result=Ownership,
    result_field="value",
    envelope=Envelope(
        success_field="response_code",
        success_values=(0,),
        numeric_codes=True,
        code_field="response_code",
        message_field="response_message",
        request_id_headers=("X-Request-Id", "X-Amzn-RequestId", "X-Trace-Id"),
    ),
    params=CheckOwnershipParams,
    arguments=(
        Argument("member_no", "params"),
        Argument("game_ids", "params", many=True),
        Argument(
            "game_id", "options", rule=_v.string(min_length=1, max_length=100, pattern="^[A-Za-z0-9_.-]+$")
        ),
    ),
    fills=(Fill("caller_id", "params", "caller_id", "caller-id"),),
    summary="Which of the given games a member owns (looked up by member number).",
)
"""Which of the given games a member owns (looked up by member number)."""

OPERATIONS: Final[tuple[Operation[Any], ...]] = (
    ISSUE_SERVER_TOKEN,
    VERIFY_USER_TOKEN,
    LOOKUP_MEMBER,
    LOOKUP_MEMBER_WITH_PLAYER_TOKEN,
    CHECK_OWNERSHIP,
)
"""Every operation of the spec, in spec order."""

ERROR_CODES: Final[Mapping[int, ErrorCode]] = MappingProxyType(
    {
        40000: ErrorCode(
            code=40000,
            http_status=200,
            error=BadRequest,
            description="Bad request (no player token, or a player token as the Authorization header).",
            generic=APIError,
        ),
        40101: ErrorCode(
            code=40101,
            http_status=401,
            error=InvalidServerToken,
            description="The server access token is invalid or expired.",
            generic=AuthenticationError,
        ),
        40105: ErrorCode(
            code=40105,
            http_status=401,
            error=InvalidClientCredentials,
            description="Invalid client (unknown client_id, client_secret or service_id).",
            generic=AuthenticationError,
        ),
        41002: ErrorCode(
            code=41002,
            http_status=200,
            error=InvalidGameId,
            description="Invalid game id (the player token belongs to another game).",
            generic=PermissionDeniedError,
        ),
    }
)
"""Documented error codes (``x-error-codes``), keyed by code, in spec order."""

STATUS_ERRORS: Final[Mapping[int, type[APIError]]] = MappingProxyType({})
"""Classes for HTTP statuses that carry no documented code (``x-http-statuses``; 500 stands for 5xx)."""

SECRET_KEYS: Final = SecretKeys(("access_token", "client_secret"))
"""Keys whose values are secrets (``x-secret``): never kept in an error's ``body``."""

ERRORS: Final = PlatformErrors(
    platform=PLATFORM, codes=ERROR_CODES, statuses=STATUS_ERRORS, base=APIError, secrets=SECRET_KEYS
)
"""What the platform's failures become: the shared decoder reads this."""
