"""STOVE's wire format as the fake reads and writes it.

The operations and the routes that lead to them, the result codes with their default
messages and HTTP statuses, the two envelopes (``{code, message}``, and
``{response_code, response_message}`` for the ownership check), and readers for the bearer
token and the JSON body.
"""

from __future__ import annotations

import re
from typing import Any, Literal

from gameplatform.testing._server import FakeRequest, FakeResponse, json_response

__all__ = [
    "BAD_REQUEST",
    "CALLER_ID",
    "DEFAULT_MESSAGES",
    "DEFAULT_STATUSES",
    "DIGITS",
    "GAME_ID",
    "INVALID_CLIENT",
    "INVALID_GAME_ID",
    "INVALID_SERVER_TOKEN",
    "MEMBER_NOT_FOUND",
    "OK",
    "Operation",
    "bearer",
    "envelope",
    "json_object",
    "route",
]

Operation = Literal[
    "issue_server_token",
    "verify_user_token",
    "lookup_member",
    "lookup_member_with_player_token",
    "check_ownership",
]

_TOKEN_PATH = "/auth/v5/server_token"
_OWNERSHIP_PATH = "/ownership/v3.0/check_ownership"
_VERIFY_PATH = re.compile(r"^/member/v3\.0/([^/]+)/token/verify$")
_MEMBER_PATH = re.compile(r"^/member/v3\.0/([^/]+)$")

DIGITS = re.compile(r"^[0-9]{1,20}$")
"""A member number or guid as a query value."""
GAME_ID = re.compile(r"^[A-Za-z0-9_.-]{1,100}$")
CALLER_ID = re.compile(r"[A-Za-z0-9_.-]{1,107}")
"""An application name in the ownership check's ``caller-id`` header."""

OK = 0
BAD_REQUEST = 40000
INVALID_SERVER_TOKEN = 40101
INVALID_CLIENT = 40105
INVALID_GAME_ID = 41002
MEMBER_NOT_FOUND = 40400

DEFAULT_MESSAGES = {
    OK: "success",
    BAD_REQUEST: "bad request",
    INVALID_SERVER_TOKEN: "invalid token",
    INVALID_CLIENT: "invalid client",
    INVALID_GAME_ID: "Invalid game id",
    MEMBER_NOT_FOUND: "member not found",
}
DEFAULT_STATUSES = {INVALID_SERVER_TOKEN: 401, INVALID_CLIENT: 401, MEMBER_NOT_FOUND: 404}
"""The HTTP status STOVE answers a result code with, where it is not 200."""


def route(request: FakeRequest) -> tuple[Operation | None, str]:
    """The operation a request is for and the game id in its path (``""``: none)."""
    if request.method == "POST" and request.path == _TOKEN_PATH:
        return "issue_server_token", ""
    if request.method == "GET" and request.path == _OWNERSHIP_PATH:
        return "check_ownership", ""
    verify = _VERIFY_PATH.fullmatch(request.path)
    if request.method == "POST" and verify:
        return "verify_user_token", verify.group(1)
    member = _MEMBER_PATH.fullmatch(request.path)
    if request.method == "GET" and member:
        # One path, two calls: with search parameters it is the server's lookup, without
        # them the player's own (web) lookup; each checks its own kind of token.
        if request.raw_query:
            return "lookup_member", member.group(1)
        return "lookup_member_with_player_token", member.group(1)
    return None, ""


def bearer(request: FakeRequest) -> str:
    """The token of ``Authorization: Bearer <token>`` (the whole value without the prefix)."""
    header = request.header("Authorization")
    token = header.strip() if header else ""
    if token[:7].lower() == "bearer ":
        token = token[7:].strip()
    return token


def envelope(
    operation: Operation, code: int, message: str | None = None, *, status: int = 200
) -> FakeResponse:
    """An answer carrying only a result code, in the envelope ``operation`` uses."""
    text = message or DEFAULT_MESSAGES.get(code, "error")
    if operation == "check_ownership":
        return json_response(status, {"response_code": code, "response_message": text})
    return json_response(status, {"code": code, "message": text})


def json_object(request: FakeRequest) -> dict[str, Any] | None:
    """The body as a JSON object, or ``None`` when it is not one."""
    try:
        body = request.json()
    except ValueError:
        return None
    return body if isinstance(body, dict) else None
