"""The exceptions the SDK raises on purpose: one flat, typed tree for every platform.

Catch :class:`GamePlatformError` for everything, :class:`APIError` for any failure
the platform reported, or a specific class such as :class:`NotFoundError`.
Each platform module adds subclasses for its own codes (``fargames.GameNotFound``),
so ``except NotFoundError`` keeps working whichever platform raised it.

No message or ``repr`` built here contains a secret: callers pass only what the
platform answered (code, message, request id), never request headers or bodies.
"""

from __future__ import annotations

from typing import Any

__all__ = [
    "APIError",
    "AuthenticationError",
    "ConfigurationError",
    "GamePlatformError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "ReloginRequired",
    "ServerError",
    "SignatureError",
    "TokenStoreError",
    "TransportError",
    "ValidationError",
]


class GamePlatformError(Exception):
    """Base of everything the SDK raises on purpose."""


class ConfigurationError(GamePlatformError):
    """Unusable client settings: a missing key, ``http://`` to a non-loopback host, …"""


class ValidationError(GamePlatformError, ValueError):
    """A request rejected locally, before any I/O.

    ``field`` names the offending field as the caller spelled it (dotted for nested
    fields, e.g. ``item_attributes[0].trait_type``); ``reason`` says which rule failed.
    """

    def __init__(self, field: str, reason: str) -> None:
        self.field = field
        self.reason = reason
        super().__init__(f"{field}: {reason}")

    def __repr__(self) -> str:
        return f"ValidationError(field={self.field!r}, reason={self.reason!r})"


class SignatureError(GamePlatformError):
    """An incoming request or callback whose signature, timestamp or nonce is wrong."""


class TransportError(GamePlatformError):
    """No usable HTTP answer: connect or read timeout, connection reset, TLS failure.

    ``retryable`` is true when sending the same call again is safe and could succeed:
    the failure may clear (timeout, reset) and the request either never reached the
    platform or the operation is idempotent. It is false for failures that will repeat
    (bad TLS settings) and for a non-idempotent call that may already have taken effect
    (a reward, a mapping): retrying that could do it twice.
    """

    def __init__(self, message: str, *, retryable: bool, platform: str | None = None) -> None:
        self.retryable = retryable
        self.platform = platform
        super().__init__(message)


class TokenStoreError(GamePlatformError):
    """The token store (Redis, a cache) failed: down, frozen or slower than its timeout.

    Raised only where the SDK cannot go on without the store; the underlying client's
    exception is not chained (its text may name hosts or keys), only described.
    """


class APIError(GamePlatformError):
    """The platform answered with a failure.

    ``code`` is the platform's own error code (``"game_not_found"``, ``41002``, …) or
    ``None``; ``request_id`` is the platform's request id when it gives one; ``body``
    is the decoded response body (or the raw text when it was not JSON).
    """

    def __init__(
        self,
        message: str,
        *,
        platform: str,
        http_status: int | None = None,
        code: str | int | None = None,
        request_id: str | None = None,
        body: Any = None,
    ) -> None:
        self.message = message
        self.platform = platform
        self.http_status = http_status
        self.code = code
        self.request_id = request_id
        self.body = body
        super().__init__(message)

    def __str__(self) -> str:
        parts = [f"[{self.platform}"]
        if self.http_status is not None:
            parts.append(f" HTTP {self.http_status}")
        if self.code is not None:
            parts.append(f" {self.code}")
        parts.append("]")
        text = "".join(parts) + f" {self.message}"
        if self.request_id:
            text += f" (request_id={self.request_id})"
        return text

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(platform={self.platform!r}, http_status={self.http_status!r}, "
            f"code={self.code!r}, message={self.message!r}, request_id={self.request_id!r})"
        )


class AuthenticationError(APIError):
    """Credentials or tokens rejected (after any automatic refresh)."""


class ReloginRequired(AuthenticationError):
    """The player's refresh token is expired or rejected: the player must sign in again."""


class PermissionDeniedError(APIError):
    """The credentials are valid but not allowed to do this."""


class NotFoundError(APIError):
    """The thing asked for does not exist."""


class RateLimitError(APIError):
    """Too many calls; ``retry_after`` is the platform's wait hint in seconds, or ``None``."""

    def __init__(self, message: str, *, retry_after: float | None = None, **kwargs: Any) -> None:
        self.retry_after = retry_after
        super().__init__(message, **kwargs)


class ServerError(APIError):
    """The platform failed (HTTP 5xx)."""


_STATUS_CLASSES: dict[int, type[APIError]] = {
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    429: RateLimitError,
}


def error_class_for_status(status: int) -> type[APIError]:
    """The generic class for an HTTP status, used when a platform code is unknown."""
    if status >= 500:
        return ServerError
    return _STATUS_CLASSES.get(status, APIError)
