"""PlayNANOO's own error codes, as subclasses of the generic error tree.

The platform answers failures with ``{"ErrorCode": …, "Message": …}`` and, for some
account states, ``WithdrawalKey`` or ``BlockKey``. The code decides the class whatever
the HTTP status (the vendor does not document which status goes with which code);
unknown codes fall back to the class of the HTTP status.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import requests

from gameplatform._redaction import MAX_TEXT, SecretKeys, redact
from gameplatform._transport import json_or_none, retry_after_seconds
from gameplatform.errors import (
    APIError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    error_class_for_status,
)

__all__ = [
    "PLATFORM",
    "AccountBlocked",
    "AccountNotFound",
    "AccountWithdrawalPending",
    "error_from_response",
    "is_account_state_code",
    "is_failure_code",
    "normalise_code",
]

PLATFORM = "playnanoo"

SECRET_KEYS = SecretKeys(("AccessToken", "RefreshToken", "WithdrawalKey", "BlockKey", "account_token"))
"""Keys whose values never stay in an error's ``body`` (the keys themselves are attributes)."""


class AccountNotFound(NotFoundError):
    """30000: no account matches (e.g. an email sign-in for an unknown address)."""


class AccountWithdrawalPending(PermissionDeniedError):
    """30007: the account is in its withdrawal grace period.

    ``withdrawal_key`` is the key the platform returned, needed to recover the account.
    It is kept out of ``str`` and ``repr``.
    """

    def __init__(self, message: str, *, withdrawal_key: str | None = None, **kwargs: Any) -> None:
        self.withdrawal_key = withdrawal_key
        super().__init__(message, **kwargs)


class AccountBlocked(PermissionDeniedError):
    """70002: the account is blocked. ``block_key`` is the key the platform returned."""

    def __init__(self, message: str, *, block_key: str | None = None, **kwargs: Any) -> None:
        self.block_key = block_key
        super().__init__(message, **kwargs)


_BY_CODE: Mapping[int, type[APIError]] = {
    30000: AccountNotFound,
    30007: AccountWithdrawalPending,
    70002: AccountBlocked,
}


def normalise_code(value: object) -> str | int | None:
    """The platform's error code: an ``int`` when it is numeric ("30000" → 30000), else as sent.

    Empty values (``None``, ``""``) mean no code.
    """
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    text = str(value).strip()
    if not text:
        return None
    if text.lstrip("-").isdigit():
        return int(text)
    return text


def is_account_state_code(code: str | int | None) -> bool:
    """Whether a code reports the account's state (not found, withdrawing, blocked).

    Such an answer is final even with HTTP 401: a token refresh cannot change it.
    """
    return isinstance(code, int) and code in _BY_CODE


def is_failure_code(code: str | int | None) -> bool:
    """Whether a code found in a 2xx body marks a failure (0 and no code mean success)."""
    return code is not None and code != 0


def error_from_response(response: requests.Response, *, body: Any = None) -> APIError:
    """The typed error for a failed answer (any status, or a 2xx carrying an ``ErrorCode``)."""
    if body is None:
        body = json_or_none(response)
    document: Mapping[str, Any] = body if isinstance(body, Mapping) else {}
    code = normalise_code(document.get("ErrorCode"))
    status = response.status_code
    message = document.get("Message")
    if not isinstance(message, str) or not message:
        message = f"HTTP {status} {response.reason or ''}".strip()
    cls = _BY_CODE.get(code) if isinstance(code, int) else None
    if cls is None:
        cls = error_class_for_status(status) if status >= 400 else APIError
    kwargs: dict[str, Any] = {
        "platform": PLATFORM,
        "http_status": status,
        "code": code,
        "request_id": response.headers.get("X-Request-Id"),
        "body": redact(body, SECRET_KEYS) if body is not None else response.text[:MAX_TEXT],
    }
    if cls is AccountWithdrawalPending:
        return AccountWithdrawalPending(
            message, withdrawal_key=_text(document.get("WithdrawalKey")), **kwargs
        )
    if cls is AccountBlocked:
        return AccountBlocked(message, block_key=_text(document.get("BlockKey")), **kwargs)
    if issubclass(cls, RateLimitError):
        return cls(message, retry_after=retry_after_seconds(response), **kwargs)
    return cls(message, **kwargs)


def _text(value: object) -> str | None:
    return value if isinstance(value, str) and value else None
