"""Request signing for Playdapp: a ``requests`` auth object applied to every attempt.

The transport calls the signer on each attempt's prepared request, so every attempt
gets a fresh nonce, a fresh timestamp and a signature over exactly what is sent:
the method, the path and query as they appear on the request line, and the body,
which the signer replaces with the canonical JSON string it signed.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from typing import Any

import requests
from requests.auth import AuthBase

from gameplatform._transport import set_body
from gameplatform._validation import check_header_setting, check_secret_setting
from gameplatform.errors import ValidationError
from gameplatform.playdapp._nonce import NonceSource
from gameplatform.playdapp._signing import canonical_json, sign, sign_canonical

__all__ = ["PlaydappAuth", "SisApiKeyAuth"]

HEADER_API_KEY = "svc-api-key"
HEADER_SIGNATURE = "signature"
HEADER_TIMESTAMP = "timestamp"
HEADER_NONCE = "nonce"
HEADER_SIS_API_KEY = "sis-api-key"


class PlaydappAuth(AuthBase):
    """Signs a request for the Playdapp APIs (``svc-api-key``, ``signature``, ``timestamp``, ``nonce``).

    Usable on its own with ``requests`` (``requests.post(url, json=body, auth=auth)``) as
    well as by :class:`~gameplatform.playdapp.PlaydappClient`. On every call it:

    - parses the JSON body (if any) and replaces it with its canonical form, the exact
      string that is signed (UTF-8, ``Content-Type: application/json``);
    - takes a new nonce and the current time in milliseconds;
    - signs METHOD + path and query exactly as on the request line + nonce + timestamp +
      canonical body (``{}`` when there is none) and sets the four headers.

    ``clock`` returns unix seconds (default :func:`time.time`); ``nonces`` supplies the
    nonces (default: a new :class:`NonceSource`, which never repeats one within 20 s).
    A body that JavaScript would read differently raises :class:`ValidationError`.
    """

    def __init__(
        self,
        *,
        api_key: str,
        api_secret: str,
        clock: Callable[[], float] | None = None,
        nonces: Callable[[], str] | None = None,
    ) -> None:
        self._api_key = check_header_setting("api_key", api_key)
        self._api_secret = check_secret_setting("api_secret", api_secret)
        self._clock = clock if clock is not None else time.time
        self._nonces: Callable[[], str] = nonces if nonces is not None else NonceSource()

    def timestamp_ms(self) -> int:
        """The current time as the platform expects it: unix epoch milliseconds."""
        return round(self._clock() * 1000)

    def __call__(self, request: requests.PreparedRequest) -> requests.PreparedRequest:
        self.apply(request)
        return request

    def apply(self, request: requests.PreparedRequest) -> None:
        """Sign ``request`` in place (what calling the object does, for callers wanting no return)."""
        method = (request.method or "GET").upper()
        body = None
        if _has_body(request.body):
            body = _decoded_body(request.body)
            set_body(request, canonical_json(body).encode("utf-8"))
            request.headers["Content-Type"] = "application/json"
        timestamp = self.timestamp_ms()
        nonce = self._nonces()
        request.headers[HEADER_API_KEY] = self._api_key
        request.headers[HEADER_TIMESTAMP] = str(timestamp)
        request.headers[HEADER_NONCE] = nonce
        request.headers[HEADER_SIGNATURE] = sign(
            self._api_secret, method, request.path_url, timestamp, nonce, body
        )

    def signer(self, canonical: str | None) -> Callable[[requests.PreparedRequest], None]:
        """Signs each attempt of a request whose body is ``canonical`` (the text sent; ``None``
        for no body): fresh nonce and timestamp, the canonical text reused as is."""
        signed_body = canonical if canonical is not None else "{}"

        def sign_attempt(request: requests.PreparedRequest) -> None:
            timestamp = self.timestamp_ms()
            nonce = self._nonces()
            request.headers[HEADER_API_KEY] = self._api_key
            request.headers[HEADER_TIMESTAMP] = str(timestamp)
            request.headers[HEADER_NONCE] = nonce
            request.headers[HEADER_SIGNATURE] = sign_canonical(
                self._api_secret,
                (request.method or "GET").upper(),
                request.path_url,
                timestamp,
                nonce,
                signed_body,
            )

        return sign_attempt

    def __repr__(self) -> str:
        return "PlaydappAuth(api_key=<hidden>, api_secret=<hidden>)"


class SisApiKeyAuth(AuthBase):
    """Adds the Shop-in-Shop ``sis-api-key`` header (the only credential of get_browser_token)."""

    def __init__(self, *, sis_api_key: str) -> None:
        self._sis_api_key = check_header_setting("sis_api_key", sis_api_key)

    def __call__(self, request: requests.PreparedRequest) -> requests.PreparedRequest:
        self.apply(request)
        return request

    def apply(self, request: requests.PreparedRequest) -> None:
        """Add the header in place."""
        request.headers[HEADER_SIS_API_KEY] = self._sis_api_key

    def __repr__(self) -> str:
        return "SisApiKeyAuth(sis_api_key=<hidden>)"


def _has_body(raw: object) -> bool:
    return raw is not None and raw != b"" and raw != ""


def _decoded_body(raw: object) -> Any:
    """The request body decoded as JSON values."""
    if isinstance(raw, bytes):
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            raise ValidationError("body", "must be UTF-8 encoded JSON") from None
    elif isinstance(raw, str):
        text = raw
    else:
        raise ValidationError("body", "must be JSON bytes, not a stream")
    try:
        return json.loads(text)
    except ValueError:
        raise ValidationError("body", "must be JSON") from None
