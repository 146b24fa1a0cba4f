"""STOVE's own failures, as subclasses of the generic error tree.

``except PermissionDeniedError`` still catches :class:`InvalidGameId`, and
``except AuthenticationError`` catches every rejected credential or token.
"""

from __future__ import annotations

from gameplatform.errors import APIError, AuthenticationError, PermissionDeniedError

__all__ = [
    "BadRequest",
    "ExpiredUserToken",
    "InvalidClientCredentials",
    "InvalidGameId",
    "InvalidServerToken",
    "StoveErrorCode",
]


class StoveErrorCode:
    """The documented STOVE result codes (``code`` / ``response_code``)."""

    SUCCESS = 0
    BAD_REQUEST = 40000
    INVALID_SERVER_TOKEN = 40101
    INVALID_CLIENT = 40105
    INVALID_GAME_ID = 41002


class BadRequest(APIError):
    """40000: invalid parameters.

    STOVE answers it with HTTP 200 when the player token is missing, or when a
    player token was sent in the ``Authorization`` header instead of the server token.
    """


class InvalidServerToken(AuthenticationError):
    """40101: STOVE rejected the server access token, even after one fresh token was tried."""


class InvalidClientCredentials(AuthenticationError):
    """40105: no client matches this ``client_id``, ``client_secret`` and ``service_id``.

    Live and sandbox have separate credentials; check the ``environment`` setting.
    """


class InvalidGameId(PermissionDeniedError):
    """41002: the player token belongs to another game than the ``game_id`` asked about."""


class ExpiredUserToken(AuthenticationError):
    """The player token's ``expire_time`` has passed, by the local clock.

    Raised by the local pre-check only, without asking STOVE (so ``http_status``
    and ``code`` are ``None``). The player's client must get a new token.
    """
