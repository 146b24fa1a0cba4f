"""The failures a test tells the PlayNANOO fake to answer: error codes, their statuses and bodies.

:meth:`~gameplatform.testing.playnanoo.PlayNanooFake.fail_next` and ``rate_limit_next`` build their
answers here: the documented codes (10008, 30000, 30007, 70002; their HTTP statuses are the
fake's guess) and the fake's own, each with its status, message and extra fields.
"""

from __future__ import annotations

import warnings
from collections.abc import Mapping
from typing import Any

from gameplatform.testing._server import Fault, check_times, json_response

__all__ = ["FAILURE_STATUSES", "injected_failures", "retry_after_headers"]

FAILURE_STATUSES: Mapping[str, int] = {
    "10008": 400,
    "30000": 404,
    "30007": 403,
    "70002": 403,
    "Unauthorized": 401,
    "TokenExpired": 401,
    "InvalidToken": 401,
    "InvalidRefreshToken": 401,
    "RefreshTokenExpired": 401,
    "InvalidServiceKey": 403,
    "BadRequest": 400,
    "NotFound": 404,
    "StorageNotFound": 404,
}
"""``fail_next`` codes and the HTTP status the fake answers each with: the documented codes
(10008, 30000, 30007, 70002: their statuses are the fake's guess) and the fake's own."""

_FAILURE_MESSAGES: Mapping[str, str] = {
    "10008": "ExistsValueException",
    "30000": "NotFoundAccountException",
    "30007": "the account is being withdrawn",
    "70002": "the account is blocked",
    "TokenExpired": "the access token has expired",
    "InvalidRefreshToken": "the refresh token is not valid",
}
_FAILURE_EXTRAS: Mapping[str, Mapping[str, str]] = {
    "30007": {"WithdrawalKey": "wdr-injected"},
    "70002": {"BlockKey": "blk-injected"},
}


def injected_failures(
    code: str | int | None,
    *,
    times: int,
    status: int | None,
    message: str | None,
    path: str | None,
    headers: Mapping[str, str] | None,
    extra: Mapping[str, str] | None,
    error_code: str | int | None,
) -> list[Fault]:
    """The faults for ``PlayNanooFake.fail_next`` (see there), called by it with its arguments."""
    if error_code is not None or (isinstance(code, int) and 100 <= code <= 599 and status is None):
        # The older form, fail_next(401, error_code="TokenExpired"): the HTTP status came
        # first. PlayNANOO's codes are 30000 and up or words, so an HTTP status is unambiguous.
        warnings.warn(
            "PlayNanooFake.fail_next(status, error_code=...) is deprecated: use fail_next(code, status=...)",
            DeprecationWarning,
            stacklevel=3,  # the caller of fail_next
        )
        code, status = error_code, int(code) if isinstance(code, int) else status
    times = check_times(times)
    payload: dict[str, Any] = {}
    if code is None:
        if status is None:
            raise ValueError("an HTTP-only failure (code=None) needs status=")
    else:
        known = FAILURE_STATUSES.get(str(code))
        if status is None:
            if known is None:
                raise ValueError(f"unknown PlayNANOO error code {code!r}: pass status= for it")
            status = known
        payload["ErrorCode"] = str(code)
        payload.update(_FAILURE_EXTRAS.get(str(code), {}))
    payload["Message"] = (
        message if message is not None else _FAILURE_MESSAGES.get(str(code), "injected failure")
    )
    if extra:
        payload.update(extra)
    response = json_response(status, payload, headers)
    return [Fault("respond", response, path=path) for _ in range(times)]


def retry_after_headers(retry_after: float | None) -> dict[str, str]:
    """The ``Retry-After`` header of an injected 429 (none for ``None``), in whole seconds when whole."""
    if retry_after is None:
        return {}
    text = str(int(retry_after)) if float(retry_after).is_integer() else str(retry_after)
    return {"Retry-After": text}
