"""When an attempt is worth repeating: failed sends classified, retryable statuses, ``Retry-After``.

:class:`~gameplatform._transport.Transport` asks, for each failed attempt, whether the request
may have reached the platform and whether another attempt could succeed
(:func:`classify_failure`), and describes the failure without secrets
(:func:`describe_failure`). An answer with one of :data:`RETRYABLE_STATUSES` is retried (when
the operation is idempotent) after its ``Retry-After`` (:func:`retry_after_seconds`) or a backoff.
"""

from __future__ import annotations

import email.utils
import http.client
import time

import requests
import urllib3

__all__ = [
    "RETRYABLE_STATUSES",
    "SEND_FAILURES",
    "classify_failure",
    "describe_failure",
    "retry_after_seconds",
]

RETRYABLE_STATUSES = frozenset({429, 500, 502, 503, 504})
"""Statuses worth another attempt of an idempotent call (a 500 is often a passing fault too)."""


def retry_after_seconds(response: requests.Response) -> float | None:
    """The ``Retry-After`` header in seconds (delta or HTTP date), or ``None``."""
    value = response.headers.get("Retry-After")
    if not value:
        return None
    value = value.strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())


SEND_FAILURES = (requests.RequestException, urllib3.exceptions.HTTPError, http.client.HTTPException, OSError)
"""What sending and reading an answer can raise. requests wraps most of it; the raw kinds
are caught too, so that nothing of urllib3 or the socket layer reaches the caller."""


def classify_failure(exc: BaseException) -> tuple[bool, bool]:
    """(may the request have been sent?, could a retry succeed?)"""
    if isinstance(
        exc,
        requests.exceptions.SSLError
        | requests.exceptions.InvalidURL
        | requests.exceptions.InvalidHeader
        | requests.exceptions.MissingSchema
        | requests.exceptions.InvalidSchema,
    ):
        return False, False
    if isinstance(exc, requests.exceptions.ConnectTimeout | requests.exceptions.ProxyError):
        return False, True
    if isinstance(exc, requests.exceptions.ConnectionError):
        # A refused or unresolvable connection never carried the request; anything
        # else (a reset, a stall or a close mid-answer) happened after it was sent.
        reason = exc.args[0] if exc.args else None
        inner = getattr(reason, "reason", reason)
        if type(inner).__name__ in ("NewConnectionError", "NameResolutionError"):
            return False, True
        return True, True
    if isinstance(
        exc,
        requests.exceptions.Timeout
        | requests.exceptions.ChunkedEncodingError
        | requests.exceptions.ContentDecodingError,
    ):
        # A stall, a body cut short or reset mid-way, a corrupt encoding: may clear.
        return True, True
    if isinstance(exc, requests.RequestException):
        return True, False
    return True, True  # a raw socket, http.client or urllib3 failure while talking


def describe_failure(exc: BaseException) -> str:
    """A short, secret-free description (no URL query, no headers)."""
    if isinstance(exc, requests.exceptions.ConnectTimeout):
        return "connect timeout"
    if isinstance(exc, requests.exceptions.ReadTimeout):
        return "read timeout"
    if isinstance(exc, requests.exceptions.SSLError):
        return "TLS error"
    if isinstance(exc, requests.exceptions.ProxyError):
        return "proxy error"
    if isinstance(exc, requests.exceptions.ChunkedEncodingError):
        return "the answer's body was cut short or reset"
    if isinstance(exc, requests.exceptions.ContentDecodingError):
        return "the answer's body could not be decoded"
    if isinstance(exc, requests.exceptions.ConnectionError):
        reason = exc.args[0] if exc.args else None
        if type(reason).__name__ == "ReadTimeoutError":
            return "read timeout while receiving the answer"
        sent, _ = classify_failure(exc)
        return "connection reset or closed" if sent else "connection failed"
    return type(exc).__name__
