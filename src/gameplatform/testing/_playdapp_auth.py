"""How the Playdapp fake authenticates a request, as the vendor documents it (seeds 003/004).

Item Manager calls carry ``svc-api-key``, ``timestamp`` (ms), ``nonce`` and ``signature``:
:func:`authenticate` checks them in that order and recomputes the signature with the SDK's
own :func:`~gameplatform.playdapp.sign` over what was received. :class:`NonceMemory` is the
replay memory: a nonce a successful request used stays refused for ``nonce_window``
seconds. The browser-token call carries only ``sis-api-key`` (:func:`check_sis_api_key`).
"""

from __future__ import annotations

import hmac
import re
from collections.abc import Callable
from typing import Any

from gameplatform.errors import ValidationError
from gameplatform.playdapp._signing import sign
from gameplatform.testing._playdapp_wire import Refusal, json_body
from gameplatform.testing._server import FakeRequest

__all__ = ["NonceMemory", "authenticate", "check_sis_api_key"]

_NONCE = re.compile(r"^[A-Za-z0-9]{8}$")
_TIMESTAMP = re.compile(r"^[0-9]{1,16}$")
_REMEMBERED_BEFORE_PRUNING = 1024


class NonceMemory:
    """The nonces of successful requests and when each was used (the fake's clock).

    Not locked: the fake calls it under its own lock.
    """

    def __init__(self) -> None:
        self._used_at: dict[str, float] = {}

    def used_within(self, nonce: str, now: float, window: float) -> bool:
        """Whether a successful request used ``nonce`` less than ``window`` seconds before ``now``."""
        used_at = self._used_at.get(nonce)
        return used_at is not None and now - used_at < window

    def remember(self, nonce: str, now: float, window: float) -> None:
        """Record ``nonce`` as used at ``now``; past a thousand, forget those older than ``window``."""
        self._used_at[nonce] = now
        if len(self._used_at) > _REMEMBERED_BEFORE_PRUNING:
            horizon = now - window
            self._used_at = {n: t for n, t in self._used_at.items() if t >= horizon}

    def clear(self) -> None:
        self._used_at.clear()


def check_sis_api_key(request: FakeRequest, sis_api_key: str) -> None:
    """Refuse (401) a request whose ``sis-api-key`` is not the fake's."""
    if not _same(request.header("sis-api-key"), sis_api_key):
        raise Refusal(401, "Invalid sis-api-key")


def authenticate(
    request: FakeRequest,
    *,
    api_key: str,
    api_secret: str,
    clock: Callable[[], float],
    timestamp_tolerance: float,
    nonces: NonceMemory,
    nonce_window: float,
) -> Any:
    """Check key, timestamp, nonce and signature; return the parsed body (``None``: none)."""
    if not _same(request.header("svc-api-key"), api_key):
        raise Refusal(401, "Invalid svc-api-key")
    timestamp_text = request.header("timestamp") or ""
    if not _TIMESTAMP.fullmatch(timestamp_text):
        raise Refusal(401, "Invalid timestamp")
    nonce = request.header("nonce") or ""
    if not _NONCE.fullmatch(nonce):
        raise Refusal(401, "Invalid nonce")
    signature = request.header("signature") or ""
    body = json_body(request) if request.body else None
    timestamp = int(timestamp_text)
    path = request.path + ("?" + request.raw_query if request.raw_query else "")
    try:
        expected = sign(api_secret, request.method, path, timestamp, nonce, body)
    except ValidationError:
        # JavaScript would read this body differently from what the client signed.
        raise Refusal(401, "Invalid signature") from None
    if not _same(signature, expected):
        raise Refusal(401, "Invalid signature")
    now = clock()
    if abs(now * 1000 - timestamp) > timestamp_tolerance * 1000:
        raise Refusal(401, "Request timestamp expired")
    if nonces.used_within(nonce, now, nonce_window):
        raise Refusal(409, "Nonce already used")
    return body


def _same(given: str | None, expected: str) -> bool:
    if given is None:
        return False
    return hmac.compare_digest(given.encode("utf-8"), expected.encode("utf-8"))
