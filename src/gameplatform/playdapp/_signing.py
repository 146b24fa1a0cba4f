"""Playdapp request signatures, byte for byte what the vendor's JavaScript computes.

The vendor's reference (crypto-js 4.2.0, sort-json 2.0.1, Node) signs::

    METHOD + path-before-"?" + ("?" + decodeURIComponent(sorted URLSearchParams), if any)
           + nonce + timestamp + JSON.stringify(sortJson(body || {}, {ignoreCase: true}))

with HMAC-SHA512 keyed by the API secret (both UTF-8), and sends the Base64 of it.
Every step is reproduced, including JavaScript's quirks: the body's text is
:func:`canonical_json` (:mod:`gameplatform.playdapp._canonical_json`, re-exported here),
the query's is in :mod:`gameplatform.playdapp._search_params`; this module puts the signing
string together and computes the HMAC.

Input the reference would silently change, or could not sign, is refused with
:class:`~gameplatform.errors.ValidationError` before anything is computed: a body
:func:`canonical_json` refuses, a timestamp whose JavaScript text differs from its decimal
text, and unpaired surrogates outside the body and query (crypto-js's UTF-8 encoder throws
on them).
"""

from __future__ import annotations

import base64
import hmac
from typing import Any, NoReturn

from gameplatform.errors import ValidationError
from gameplatform.playdapp._canonical_json import canonical_json
from gameplatform.playdapp._jsnumber import int_text
from gameplatform.playdapp._nonce import NonceSource
from gameplatform.playdapp._search_params import query_text
from gameplatform.playdapp._utf16 import SURROGATE, utf16_normalized

__all__ = ["NonceSource", "canonical_json", "sign", "signing_string"]

# Paid at import, not by the first signature of a worker: OpenSSL loads a digest on its
# first use (about 35 µs).
hmac.digest(b"", b"", "sha512")


def signing_string(method: str, path: str, timestamp: int, nonce: str, body: Any | None) -> str:
    """The exact text the reference HMACs: method, path, sorted query, nonce, timestamp, body."""
    return _signing_text(method, path, timestamp, nonce, canonical_json(body))


def sign_canonical(
    api_secret: str, method: str, path: str, timestamp: int, nonce: str, canonical: str
) -> str:
    """:func:`sign` for a body already in canonical form (``canonical_json(body)``), so a client
    that sends that text canonicalises it once, not once per attempt."""
    return _hmac(api_secret, _signing_text(method, path, timestamp, nonce, canonical))


def _signing_text(method: str, path: str, timestamp: int, nonce: str, canonical: str) -> str:
    method = _signable_text("method", method)
    nonce = _signable_text("nonce", nonce)
    timestamp_text = _timestamp_text(timestamp)
    if not isinstance(path, str):
        _refuse("path", "must be a string")
    request_path, _, rest = path.partition("?")
    request_path = _signable_text("path", request_path)
    query = rest.partition("?")[0]
    return method + request_path + query_text(query) + nonce + timestamp_text + canonical


def sign(api_secret: str, method: str, path: str, timestamp: int, nonce: str, body: Any | None) -> str:
    """Base64 HMAC-SHA512 of :func:`signing_string`, keyed with the UTF-8 API secret."""
    return _hmac(api_secret, signing_string(method, path, timestamp, nonce, body))


def _hmac(api_secret: str, text: str) -> str:
    if not isinstance(api_secret, str):
        _refuse("api_secret", "must be a string")
    try:
        key = api_secret.encode("utf-8")
    except UnicodeEncodeError:
        key = _signable_text("api_secret", api_secret).encode("utf-8")
    message = text.encode("utf-8")
    return base64.b64encode(hmac.digest(key, message, "sha512")).decode("ascii")


def _refuse(field: str, reason: str) -> NoReturn:
    raise ValidationError(field, reason)


def _timestamp_text(timestamp: object) -> str:
    if not isinstance(timestamp, int) or isinstance(timestamp, bool):
        _refuse("timestamp", "must be an integer (unix epoch milliseconds)")
    text = int_text(int(timestamp))
    if text is None:
        _refuse("timestamp", "is not exactly representable as a JavaScript number")
    return text


def _signable_text(field: str, text: object) -> str:
    """``text`` as JavaScript sees it (UTF-16), refusing what crypto-js cannot UTF-8 encode."""
    if not isinstance(text, str):
        _refuse(field, "must be a string")
    if text.isascii() or SURROGATE.search(text) is None:
        return text
    combined = utf16_normalized(text)
    if SURROGATE.search(combined) is not None:
        _refuse(field, "contains an unpaired UTF-16 surrogate, which the signature's UTF-8 encoding rejects")
    return combined
