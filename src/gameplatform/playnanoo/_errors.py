"""PlayNANOO's own error codes, as subclasses of the generic error tree.

The platform answers failures with ``{"ErrorCode": …, "Message": …}`` and, for some
account states, ``WithdrawalKey`` or ``BlockKey``. The code decides the class whatever
the HTTP status (the vendor does not document which status goes with which code);
unknown codes fall back to the class of the HTTP status. Which code raises which class
(and which body keys become attributes) is data of the spec (``x-error-codes``).
"""

from __future__ import annotations

from typing import Any

from gameplatform.errors import (
    APIError,
    NotFoundError,
    PermissionDeniedError,
)

__all__ = [
    "PLATFORM",
    "AccountBlocked",
    "AccountNotFound",
    "AccountWithdrawalPending",
    "ValueExists",
]

PLATFORM = "playnanoo"


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


class ValueExists(APIError):
    """10008 (ExistsValueException): the value is taken, e.g. a nickname another player has
    (``nickname_put`` with ``check_exists``)."""
