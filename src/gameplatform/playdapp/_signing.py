"""Playdapp request signatures, byte for byte what the vendor's JavaScript computes.

The vendor's reference (crypto-js 4.2.0, sort-json 2.0.1, Node) signs::

    METHOD + path-before-"?" + ("?" + decodeURIComponent(sorted URLSearchParams), if any)
           + nonce + timestamp + JSON.stringify(sortJson(body || {}, {ignoreCase: true}))

with HMAC-SHA512 keyed by the API secret (both UTF-8), and sends the Base64 of it.
Every step is reproduced here, including JavaScript's quirks:

- ``body || {}``: ``None``, ``False``, ``0``, ``0.0`` and ``""`` all sign as ``{}``.
- Keys are sorted at every depth (objects inside arrays too, arrays keep their order) by
  ``a.toLowerCase().localeCompare(b.toLowerCase())``, stably; JavaScript then enumerates
  array-index keys (``"0"`` … ``"4294967294"``) first, in numeric order
  (:mod:`gameplatform.playdapp._collation`).
- Numbers print as ``Number::toString`` does (:mod:`gameplatform.playdapp._jsnumber`);
  strings as ``JSON.stringify`` does: only ``"``, ``\\`` and controls escaped, other
  characters raw, unpaired surrogates as lowercase ``\\udxxx``.
- Only the text between the first and second ``?`` is the query. It is parsed as
  ``URLSearchParams`` (``+`` is a space, ``%XX`` decoded as UTF-8 with U+FFFD for bad
  sequences, empty pieces skipped, unpaired surrogates become U+FFFD), sorted stably by
  name in UTF-16 code unit order and written back with ``decodeURIComponent`` undoing the
  form encoding, so the only visible change is space → ``+``.

Input the reference would silently change, or could not sign, is refused with
:class:`~gameplatform.errors.ValidationError` before anything is computed: integers whose
JavaScript text differs from their decimal text (e.g. ``2**53 + 1``, ``10**21``), NaN and
±Infinity, non-string keys, the key ``__proto__`` (sort-json's copy drops it), values that
are not JSON, and unpaired surrogates outside the body and query (crypto-js's UTF-8
encoder throws on them).
"""

from __future__ import annotations

import base64
import codecs
import functools
import hmac
import json
import re
from collections.abc import Callable
from typing import Any, NoReturn

from gameplatform.errors import ValidationError
from gameplatform.playdapp._collation import ordered_keys
from gameplatform.playdapp._jsnumber import float_text, int_text
from gameplatform.playdapp._nonce import NonceSource

__all__ = ["NonceSource", "canonical_json", "sign", "signing_string"]

_quote: Callable[[str], str] = json.encoder.encode_basestring
"""JSON string literal with JSON.stringify's escapes (C implementation when available)."""

# Paid at import, not by the first signature of a worker: OpenSSL loads a digest on its
# first use (about 35 µs), and finding the UTF-16 codecs imports their modules (about 0.2 ms).
hmac.digest(b"", b"", "sha512")
codecs.lookup("utf-16-be")
codecs.lookup("utf-16-le")

_SURROGATE = re.compile("[\ud800-\udfff]")
_HEX_DIGITS = frozenset("0123456789abcdefABCDEF")
_BAD_PERCENT = re.compile("%(?![0-9A-Fa-f]{2})")
_PERCENT_RUN = re.compile("(?:%[0-9A-Fa-f]{2})+")
_EXACT_INT_LIMIT = 2**53
_CACHED_LAYOUT_MAX_KEYS = 64
_EMPTY_OBJECT = "{}"
_VALUE_TYPES = "dict, list, str, int, float, bool or None"


def canonical_json(body: Any | None) -> str:
    """``JSON.stringify(sortJson(body || {}, {ignoreCase: true}))`` for a JSON value.

    ``body`` holds what :func:`json.loads` returns (dict, list, str, int, float, bool,
    None; tuples count as lists). This is also the exact body text to send.
    Raises :class:`ValidationError` (``field`` like ``body.items[0].price``) for input
    JavaScript would change.
    """
    if _is_falsy(body):
        return _EMPTY_OBJECT
    text = _render(body)
    if text.isascii() or _SURROGATE.search(text) is None:
        return text
    # Python strings with surrogates: pairs are one character to JavaScript (UTF-16),
    # unpaired ones are written as escapes by a well-formed JSON.stringify.
    text = _render(_utf16_normalized_tree(body))
    return _SURROGATE.sub(_escape_surrogate, text)


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
    return method + request_path + _query_text(query) + nonce + timestamp_text + canonical


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


class _KeyText(str):
    """A location segment written as is (``[1]`` for a key that is not a string)."""


class _Refused(Exception):
    """A value JavaScript would change; ``segments`` is its location, innermost first."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason
        self.segments: list[str | int] = []


def _refuse(field: str, reason: str) -> NoReturn:
    raise ValidationError(field, reason)


def _is_falsy(body: object) -> bool:
    """JavaScript truthiness for ``body || {}`` (NaN is left to be refused as a value)."""
    if body is None or body is False:
        return True
    if isinstance(body, str):
        return body == ""
    if isinstance(body, int | float) and not isinstance(body, bool):
        return body == 0
    return False


def _render(body: object) -> str:
    out: list[str] = []
    try:
        _write(body, out)
    except _Refused as refused:
        raise ValidationError(_field_name(refused.segments), refused.reason) from None
    except RecursionError:
        raise ValidationError("body", "is nested too deeply") from None
    return "".join(out)


def _field_name(segments: list[str | int]) -> str:
    field = "body"
    for segment in reversed(segments):
        if isinstance(segment, int):
            field += f"[{segment}]"
        elif isinstance(segment, _KeyText):
            field += segment
        elif segment.isidentifier():
            field += "." + segment
        else:
            field += "[" + json.dumps(segment, ensure_ascii=False) + "]"
    return field


def _write(value: object, out: list[str]) -> None:
    # Exact type checks (``type(x) is``) first: the common JSON values take one comparison,
    # and subclasses (str enums, OrderedDict, …) go the slower way below.
    if type(value) is str:
        out.append(_quote(value))
    elif type(value) is dict:
        _write_object(value, out)
    elif type(value) is list:
        _write_array(value, out)
    elif type(value) is int:
        if -_EXACT_INT_LIMIT <= value <= _EXACT_INT_LIMIT:
            out.append(str(value))
        else:
            out.append(_int_text(value))
    elif value is None:
        out.append("null")
    elif value is True:
        out.append("true")
    elif value is False:
        out.append("false")
    elif type(value) is float:
        out.append(_float_text(value))
    else:
        _write_subclass(value, out)


def _write_subclass(value: object, out: list[str]) -> None:
    """Subclasses of the JSON types (str enums, OrderedDict, …) and tuples, by content."""
    if isinstance(value, str):
        out.append(_quote(value))
    elif isinstance(value, dict):
        _write_object(value, out)
    elif isinstance(value, list | tuple):
        _write_array(value, out)
    elif isinstance(value, bool):
        out.append("true" if value else "false")
    elif isinstance(value, int):
        out.append(_int_text(int(value)))
    elif isinstance(value, float):
        out.append(_float_text(float(value)))
    else:
        raise _Refused(f"{type(value).__name__} is not a JSON value ({_VALUE_TYPES})")


def _write_object(obj: dict[Any, Any], out: list[str]) -> None:
    if not obj:
        out.append(_EMPTY_OBJECT)
        return
    layout = _object_layout(tuple(obj))
    for key, prefix in layout:
        value = obj[key]
        out.append(prefix)
        if type(value) is str:
            out.append(_quote(value))
            continue
        try:
            _write(value, out)
        except _Refused as refused:
            refused.segments.append(key)
            raise
    out.append("}")


def _write_array(items: list[Any] | tuple[Any, ...], out: list[str]) -> None:
    out.append("[")
    for index, item in enumerate(items):
        if index:
            out.append(",")
        try:
            _write(item, out)
        except _Refused as refused:
            refused.segments.append(index)
            raise
    out.append("]")


def _object_layout(keys: tuple[Any, ...]) -> tuple[tuple[str, str], ...]:
    """Each key in output order with the text written before its value (``{"k":``, ``,"k":``)."""
    if len(keys) <= _CACHED_LAYOUT_MAX_KEYS:
        return _cached_object_layout(keys)
    return _build_object_layout(keys)


def _build_object_layout(keys: tuple[Any, ...]) -> tuple[tuple[str, str], ...]:
    for key in keys:
        if not isinstance(key, str):
            refused = _Refused(f"object keys must be strings, not {type(key).__name__}")
            refused.segments.append(_KeyText(f"[{key!r}]"))
            raise refused
        if key == "__proto__":
            refused = _Refused("the key __proto__ is dropped by the reference's sort-json copy")
            refused.segments.append(key)
            raise refused
    ordered = ordered_keys(keys)
    return tuple(
        (key, ("{" if position == 0 else ",") + _quote(key) + ":") for position, key in enumerate(ordered)
    )


_cached_object_layout = functools.lru_cache(maxsize=4096)(_build_object_layout)
"""Objects of one shape (the same keys in the same order) are laid out once."""


def _int_text(value: int) -> str:
    text = int_text(value)
    if text is None:
        raise _Refused(
            "integer is not exactly representable as a JavaScript number "
            f"(it would be sent as {_js_view_of(value)}); send it as a string"
        )
    return text


def _js_view_of(value: int) -> str:
    try:
        return float_text(float(value)) or "null"
    except OverflowError:
        return "null"


def _float_text(value: float) -> str:
    text = float_text(value)
    if text is None:
        raise _Refused("NaN and Infinity are not JSON numbers")
    return text


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
    if text.isascii() or _SURROGATE.search(text) is None:
        return text
    combined = _utf16_normalized(text)
    if _SURROGATE.search(combined) is not None:
        _refuse(field, "contains an unpaired UTF-16 surrogate, which the signature's UTF-8 encoding rejects")
    return combined


def _query_text(query: str) -> str:
    """``"?" + decodeURIComponent(params.toString())`` after ``params.sort()``, or ``""``."""
    if not query:
        return ""
    if not query.isascii() and _SURROGATE.search(query) is not None:
        query = _usv_string(query)
    pairs = []
    for piece in query.split("&"):
        if piece:
            name, _, value = piece.partition("=")
            pairs.append((_decode_param(name), _decode_param(value)))
    if not pairs:
        return ""
    pairs.sort(key=_utf16_name_order)
    return "?" + "&".join([f"{name}={value}" for name, value in pairs]).replace(" ", "+")


def _decode_param(raw: str) -> str:
    """One name or value as Node's ``URLSearchParams`` parser decodes it.

    Node does not follow the WHATWG decoder here: it replaces ``+`` by a space, then,
    only if the raw text has a ``%XX``-looking sequence, tries ``decodeURIComponent``
    and, when that throws, falls back to ``querystring.unescapeBuffer``, which keeps just
    the low byte of every UTF-16 code unit before decoding the bytes as UTF-8 (so
    ``%41%zzé`` gives ``A%zz�``).
    """
    text = raw.replace("+", " ")
    if "%" not in raw or not _looks_percent_encoded(raw):
        return text
    try:
        return _decode_uri_component(text)
    except ValueError:
        return _unescape_buffer(text).decode("utf-8", "replace")


def _looks_percent_encoded(raw: str) -> bool:
    """Node's scan for a ``%`` followed by two hex digits (``+`` does not break the run)."""
    progress = 0
    for character in raw:
        if character == "+":
            continue
        if character == "%":
            progress = 1
        elif progress:
            if character in _HEX_DIGITS:
                progress += 1
                if progress == 3:
                    return True
            else:
                progress = 0
    return False


def _decode_uri_component(text: str) -> str:
    """ECMAScript ``decodeURIComponent``; ``ValueError`` where it throws ``URIError``."""
    if _BAD_PERCENT.search(text) is not None:
        raise ValueError("malformed percent escape")
    return _PERCENT_RUN.sub(_decode_percent_run, text)


def _decode_percent_run(match: re.Match[str]) -> str:
    # Strict UTF-8: overlong forms, surrogates and truncated sequences throw, as in JavaScript.
    return bytes.fromhex(match.group().replace("%", "")).decode("utf-8")


def _unescape_buffer(text: str) -> bytes:
    """Node's ``querystring.unescapeBuffer`` (spaces already decoded)."""
    units: list[int] = []
    for character in text:
        code = ord(character)
        if code > 0xFFFF:
            code -= 0x10000
            units += (0xD800 + (code >> 10), 0xDC00 + (code & 0x3FF))
        else:
            units.append(code)
    out = bytearray()
    index = 0
    last_escape_start = len(units) - 2
    while index < len(units):
        code = units[index]
        if code == 0x25 and index < last_escape_start:
            index += 1
            code = units[index]
            high = _hex_value(code)
            if high < 0:
                out.append(0x25)
                continue
            low = _hex_value(units[index + 1])
            if low < 0:
                out.append(0x25)
            else:
                index += 1
                code = high * 16 + low
        out.append(code & 0xFF)
        index += 1
    return bytes(out)


def _hex_value(code: int) -> int:
    return int(chr(code), 16) if chr(code) in _HEX_DIGITS else -1


def _utf16_name_order(pair: tuple[str, str]) -> bytes:
    return pair[0].encode("utf-16-be")


def _utf16_normalized(text: str) -> str:
    """Surrogate pairs held as two Python characters joined into one; unpaired ones kept."""
    return text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "surrogatepass")


def _usv_string(text: str) -> str:
    """WebIDL USVString conversion: pairs joined, unpaired surrogates replaced by U+FFFD."""
    return text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")


def _utf16_normalized_tree(value: Any) -> Any:
    if isinstance(value, str):
        return _utf16_normalized(value)
    if isinstance(value, dict):
        return {
            (_utf16_normalized(key) if isinstance(key, str) else key): _utf16_normalized_tree(item)
            for key, item in value.items()
        }
    if isinstance(value, list | tuple):
        return [_utf16_normalized_tree(item) for item in value]
    return value


def _escape_surrogate(match: re.Match[str]) -> str:
    return f"\\u{ord(match.group()):04x}"
