"""Playdapp error classes.

Playdapp answers failures with ``{"result": false, "errorMessage": "…"}`` and no error
code, sometimes with HTTP 200. Every failure is a :class:`PlaydappError`; the ones that
came with a meaningful HTTP status are also the matching generic class, so both
``except PlaydappError`` and ``except NotFoundError`` work. Which status raises which
class is data of the spec (``x-http-statuses``, ``x-error-base``).
"""

from __future__ import annotations

from gameplatform.errors import (
    APIError,
    AuthenticationError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ServerError,
)

__all__ = [
    "PlaydappAuthenticationError",
    "PlaydappError",
    "PlaydappNotFound",
    "PlaydappPermissionDenied",
    "PlaydappRateLimited",
    "PlaydappServerError",
]


class PlaydappError(APIError):
    """Playdapp reported a failure (``result: false``, or an HTTP error status).

    Raised as this class itself when the platform said ``result: false`` with HTTP 200
    or a 4xx without a more specific meaning (e.g. 400 for bad input, 409 for a replayed
    nonce); ``message`` is the platform's ``errorMessage``.
    """


class PlaydappAuthenticationError(PlaydappError, AuthenticationError):
    """HTTP 401: ``svc-api-key``, signature, timestamp or nonce rejected, or a reused browser token."""


class PlaydappPermissionDenied(PlaydappError, PermissionDeniedError):
    """HTTP 403."""


class PlaydappNotFound(PlaydappError, NotFoundError):
    """HTTP 404: e.g. an unknown NFT id."""


class PlaydappRateLimited(PlaydappError, RateLimitError):
    """HTTP 429; ``retry_after`` is the platform's hint in seconds, or ``None``."""


class PlaydappServerError(PlaydappError, ServerError):
    """HTTP 5xx."""
