"""FAR Games' wire format as the fake reads and writes it.

The documented error codes with their HTTP statuses and messages, the three paths, the
:class:`Rejected` exception a check raises to answer with an error envelope, the JSON-object
body reader, and the envelope itself: written the way PHP's ``json_encode`` writes it, with
ISO-8601 timestamps in milliseconds. :mod:`gameplatform.testing.fargames` re-exports the
public names.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any, Final, TypeGuard

from gameplatform.testing._server import FakeRequest, FakeResponse

__all__ = [
    "ERROR_MESSAGES",
    "ERROR_STATUSES",
    "GET_GAME_LINK_DEMO_PATH",
    "GET_GAME_LINK_PATH",
    "LIST_GAMES_PATH",
    "PATHS",
    "Rejected",
    "envelope",
    "is_int",
    "iso8601",
    "json_object",
]

ERROR_STATUSES: Final[Mapping[str, int]] = {
    "signature_required": 401,
    "invalid_signature": 403,
    "agent_not_found": 404,
    "api_token_not_found": 404,
    "game_not_found": 404,
    "game_not_available": 403,
    "game_provider_not_found": 404,
    "method_not_allowed": 405,
    "validation_error": 422,
    "request_expired": 400,
}
"""Every documented error code and the HTTP status the platform answers it with."""

ERROR_MESSAGES: Final[Mapping[str, str]] = {
    "signature_required": "Missing X-Signature header",
    "invalid_signature": "Invalid request signature",
    "agent_not_found": "Agent not found",
    "api_token_not_found": "The agent has no API token configured",
    "game_not_found": "Game not found",
    "game_not_available": "Game is not available for this agent",
    "game_provider_not_found": "No provider with demo support for this game",
    "method_not_allowed": "Method not allowed",
    "validation_error": "Validation error",
    "request_expired": "Request expired",
}
"""The message the fake writes for each documented error code unless told another."""

GET_GAME_LINK_PATH: Final = "/api/games/get_game_link"
GET_GAME_LINK_DEMO_PATH: Final = "/api/games/get_game_link_demo"
LIST_GAMES_PATH: Final = "/api/games/list"
PATHS: Final = frozenset({GET_GAME_LINK_PATH, GET_GAME_LINK_DEMO_PATH, LIST_GAMES_PATH})


class Rejected(Exception):
    """Raised inside request handling to answer with an error envelope."""

    def __init__(self, code: str, message: str | None = None, status: int | None = None) -> None:
        super().__init__(code)
        self.code = code
        self.status = status if status is not None else ERROR_STATUSES[code]
        self.message = message if message is not None else ERROR_MESSAGES[code]


def json_object(request: FakeRequest) -> dict[str, Any]:
    """The body as a JSON object (``validation_error`` for another content type or body)."""
    content_type = (request.header("Content-Type") or "").split(";", 1)[0].strip().lower()
    if content_type != "application/json":
        raise Rejected("validation_error", "The request body must be application/json.")
    try:
        data = json.loads(request.body.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise Rejected("validation_error", "The request body is not valid JSON.") from None
    if not isinstance(data, dict):
        raise Rejected("validation_error", "The request body must be a JSON object.")
    return data


def is_int(value: object) -> TypeGuard[int]:
    """An integer that is not a boolean (JSON ``true`` is not an id)."""
    return isinstance(value, int) and not isinstance(value, bool)


def iso8601(unix_seconds: float) -> str:
    """``2024-01-01T00:00:00.000Z``: UTC with milliseconds, as the platform writes it."""
    moment = datetime.fromtimestamp(math.floor(unix_seconds * 1000) / 1000, tz=UTC)
    return moment.isoformat(timespec="milliseconds").replace("+00:00", "Z")


def envelope(status: int, payload: Mapping[str, Any]) -> FakeResponse:
    """A JSON answer written as PHP's ``json_encode`` writes it (slashes and non-ASCII escaped)."""
    text = json.dumps(payload, ensure_ascii=True, separators=(",", ":")).replace("/", "\\/")
    return FakeResponse(status, text.encode("ascii"), {"Content-Type": "application/json"})
