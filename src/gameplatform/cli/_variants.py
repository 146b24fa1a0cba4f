"""The usual ways another side signs differently, to name the one that gives a signature we did not.

When a signature the other side sent (``--expect``) is not ours, each variant here is
signed with the same secret; a match names the mistake (``'/' left unescaped``, ``keys
not sorted``, ``hex instead of Base64``, ``a secret with a trailing newline``) without
anyone having to show their signed text.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import re
from collections.abc import Callable, Iterable, Mapping
from typing import Any, Final

__all__ = ["Variant", "fargames_variants", "first_match", "playdapp_variants", "secret_variants"]

Variant = tuple[str, str]
"""A description and the text that variant signs."""

_ESCAPE: Final = re.compile(r"\\(u[0-9a-fA-F]{4}|.)", re.DOTALL)
_COMPACT: Final = (",", ":")


def first_match(expected: str, candidates: Iterable[tuple[str, Callable[[], str | None]]]) -> str | None:
    """The description of the first candidate whose signature is ``expected`` (compared in constant time)."""
    wanted = expected.encode("utf-8", "surrogatepass")
    for description, compute in candidates:
        try:
            signature = compute()
        except (UnicodeEncodeError, ValueError):
            continue  # a variant the other side could not have signed either
        if signature is not None and hmac.compare_digest(signature.encode("utf-8"), wanted):
            return description
    return None


def secret_variants(secret: str) -> list[tuple[str, str]]:
    """The secret as it may have been read elsewhere: without surrounding whitespace."""
    stripped = secret.strip()
    return [] if stripped == secret else [("the secret without its surrounding whitespace", stripped)]


def fargames_variants(data: Mapping[str, Any] | None, given: str, body: str) -> list[Variant]:
    """FAR bodies as other encoders write the same data; ``data`` is ``None`` for a raw body."""
    variants = [
        ("the body exactly as given, not re-encoded as PHP would", given),
        ("'/' not escaped (json_encode with JSON_UNESCAPED_SLASHES)", _unescape_slashes(body)),
        ("non-ASCII characters raw (json_encode with JSON_UNESCAPED_UNICODE)", _unescape_unicode(body)),
        (
            "JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE",
            _unescape_unicode(_unescape_slashes(body)),
        ),
    ]
    if data is not None:
        unsorted = _php_in_given_order(data)
        if unsorted is not None:
            variants.append(("the keys in the order given (no ksort)", unsorted))
        variants += [
            (
                "Python's json.dumps(data): spaces after ',' and ':', keys in the order given",
                json.dumps(data),
            ),
            ("Python's json.dumps(data, sort_keys=True)", json.dumps(data, sort_keys=True)),
            (
                "compact JSON in the order given, non-ASCII raw (JavaScript's JSON.stringify)",
                json.dumps(data, separators=_COMPACT, ensure_ascii=False),
            ),
            (
                "compact JSON with keys sorted at every depth by code point",
                json.dumps(data, separators=_COMPACT, sort_keys=True),
            ),
        ]
    return _distinct(variants, body)


def fargames_encodings(body: bytes, key: str) -> list[tuple[str, Callable[[], str | None]]]:
    """The right HMAC written in another form than lowercase hex."""
    digest = hmac.new(key.encode("utf-8"), body, hashlib.sha256).digest()
    return [
        (
            "the right HMAC in upper-case hex (FAR compares lowercase hex exactly)",
            lambda: digest.hex().upper(),
        ),
        ("the right HMAC in Base64 instead of hex", lambda: base64.b64encode(digest).decode("ascii")),
    ]


def playdapp_variants(
    *,
    method: str,
    path: str,
    query: str,
    nonce: str,
    timestamp: str,
    body: Any,
    canonical: str,
) -> list[Variant]:
    """Playdapp signing strings with one of the usual mistakes; ``path`` is the path as given."""
    request_path = path.partition("?")[0]
    head = method + request_path + query
    prefix = head + nonce + timestamp
    ours = prefix + canonical
    variants: list[Variant] = []
    for other_case in {method.upper(), method.lower()} - {method}:
        variants.append((f"the method written {other_case!r}", other_case + ours[len(method) :]))
    if "?" in path:
        variants.append(
            (
                "the path and query as given, not sorted or decoded",
                method + path + nonce + timestamp + canonical,
            )
        )
        variants.append(("the path without its query", method + request_path + nonce + timestamp + canonical))
    variants.append(("the timestamp before the nonce", head + timestamp + nonce + canonical))
    ordered = json.loads(canonical)
    variants += [
        ("the body with spaces after ',' and ':'", prefix + json.dumps(ordered, ensure_ascii=False)),
        ("non-ASCII in the body escaped as \\uXXXX", prefix + json.dumps(ordered, separators=_COMPACT)),
    ]
    if canonical != "{}":
        variants += [
            (
                "the body keys in the order given (no sortJson)",
                prefix + json.dumps(body, separators=_COMPACT, ensure_ascii=False),
            ),
            (
                "the body keys sorted case-sensitively, by code point",
                prefix + json.dumps(body, separators=_COMPACT, ensure_ascii=False, sort_keys=True),
            ),
        ]
    else:
        variants.append(("an empty body signed as nothing instead of {}", prefix))
    return _distinct(variants, ours)


def playdapp_encodings(signed: str, key: str) -> list[tuple[str, Callable[[], str | None]]]:
    """The right text with another hash or encoding than Base64 HMAC-SHA512."""
    message, secret = signed.encode("utf-8"), key.encode("utf-8")
    return [
        (
            "the right HMAC-SHA512 in hex instead of Base64",
            lambda: hmac.digest(secret, message, "sha512").hex(),
        ),
        (
            "the right HMAC-SHA512 in URL-safe Base64",
            lambda: base64.urlsafe_b64encode(hmac.digest(secret, message, "sha512")).decode("ascii"),
        ),
        (
            "HMAC-SHA256 instead of HMAC-SHA512",
            lambda: base64.b64encode(hmac.digest(secret, message, "sha256")).decode("ascii"),
        ),
    ]


def _distinct(variants: list[Variant], ours: str) -> list[Variant]:
    seen = {ours}
    kept = []
    for description, text in variants:
        if text not in seen:
            seen.add(text)
            kept.append((description, text))
    return kept


def _unescape_slashes(body: str) -> str:
    return _ESCAPE.sub(lambda m: "/" if m.group(1) == "/" else m.group(), body)


def _unescape_unicode(body: str) -> str:
    def raw(match: re.Match[str]) -> str:
        escape = match.group(1)
        if len(escape) == 5 and int(escape[1:], 16) >= 0x80:
            return chr(int(escape[1:], 16))
        return match.group()

    text = _ESCAPE.sub(raw, body)
    # Surrogate pairs written as two escapes become one character.
    return text.encode("utf-16", "surrogatepass").decode("utf-16", "surrogatepass")


def _php_in_given_order(data: Mapping[str, Any]) -> str | None:
    """``json_encode`` without ``ksort``: each member encoded alone by :func:`fargames.encode_body`."""
    from gameplatform import fargames

    members = []
    for key, value in data.items():
        single = fargames.encode_body({key: value}).decode("utf-8")
        if not single.startswith("{"):
            return None  # {"0": …} alone is a PHP list; the whole is not
        members.append(single[1:-1])
    return "{" + ",".join(members) + "}" if members else None
