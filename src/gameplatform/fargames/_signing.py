"""FAR Games ``X-Signature`` values: HMAC-SHA256 over the exact body bytes, as the vendor's PHP.

The vendor's recipe is ``ksort($data); $json = json_encode($data);
hash_hmac('sha256', $json, $apiToken)``, and ``$json`` itself is sent as the body.
:func:`sign` is the ``hash_hmac`` step (lowercase hex) and :func:`verify_signature` checks a
signature the platform sent, in constant time. The body bytes, PHP's ``ksort`` and
``json_encode`` reproduced, come from :func:`encode_body`
(:mod:`gameplatform.fargames._php_json`), re-exported here.
"""

from __future__ import annotations

import hmac

from gameplatform.errors import ValidationError
from gameplatform.fargames._php_json import encode_body

__all__ = ["encode_body", "sign", "verify_signature"]

# OpenSSL loads a digest on its first use (about 35 µs): paid at import, not by the first call.
hmac.digest(b"", b"", "sha256")


def sign(body: bytes | bytearray | memoryview, api_token: str) -> str:
    """The ``X-Signature`` of a body: lowercase hex HMAC-SHA256 keyed with the agent's API token.

    ``body`` must be the exact bytes sent (normally :func:`encode_body`'s result).
    """
    if type(body) is not bytes:
        _check_bytes(body)
        body = bytes(body)
    if type(api_token) is not str or not api_token:
        _check_token(api_token)
    return hmac.digest(api_token.encode("utf-8"), body, "sha256").hex()


def verify_signature(body: bytes | bytearray | memoryview, signature: str, api_token: str) -> bool:
    """Whether ``signature`` is the ``X-Signature`` of the raw ``body`` bytes, compared in constant time.

    The comparison is exact, as PHP's ``hash_equals`` is: the platform sends lowercase hex.
    """
    _check_bytes(body)
    if not isinstance(signature, str):
        raise ValidationError("signature", f"must be a str, not {type(signature).__name__}")
    expected = sign(body, api_token)
    return hmac.compare_digest(expected.encode("ascii"), signature.encode("utf-8", "surrogatepass"))


def _check_bytes(body: object) -> None:
    if not isinstance(body, bytes | bytearray | memoryview):
        raise ValidationError("body", f"must be bytes, not {type(body).__name__}")


def _check_token(api_token: object) -> None:
    if not isinstance(api_token, str):
        raise ValidationError("api_token", f"must be a str, not {type(api_token).__name__}")
    if not api_token:
        raise ValidationError("api_token", "must not be empty")
