"""FAR Games request bodies, byte for byte as the vendor's PHP makes them.

The vendor's recipe is ``ksort($data); $json = json_encode($data);
hash_hmac('sha256', $json, $apiToken)``, and ``$json`` itself is sent as the body.
:func:`encode_body` reproduces PHP 8's ``ksort`` and ``json_encode`` (default flags,
``serialize_precision = -1``) for Python data, treating every mapping as the PHP array
the same data would be:

- output is compact; ``/`` is written ``\\/``; every non-ASCII character is written
  ``\\uXXXX`` (lowercase hex, UTF-16 surrogate pairs above U+FFFF); control characters
  are ``\\b \\f \\n \\r \\t`` or ``\\u00XX``; DEL (U+007F) stays raw, as PHP leaves it;
- floats print PHP's shortest round-trip form: ``1.0`` → ``1``, ``-0.0`` → ``-0``,
  ``1e16`` → ``10000000000000000``, ``1e17`` → ``1.0e+17``, ``1e-5`` → ``1.0e-5``;
  NaN and infinities are rejected (``json_encode`` fails on them);
- integers must fit PHP's 64-bit ``int``;
- only the top level is sorted (``ksort`` is not recursive). Keys sort by PHP 8 rules:
  integer-like keys (``"7"``, ``"-3"``, not ``"07"``) are PHP ints, numeric strings
  compare as numbers, everything else byte-wise; the sort is PHP's own algorithm, so
  even inconsistent mixes such as ``{"10a", "2", "10.0"}`` come out as PHP orders them;
- a mapping whose keys are exactly ``"0"``, ``"1"``, … in that order is a PHP list and
  encodes as a JSON array, so an empty mapping encodes as ``[]`` (PHP cannot tell an
  empty array from an empty object); sequences (``list``, ``tuple``) are arrays;
- nesting deeper than 512 arrays/objects is rejected (``json_encode``'s default depth).

Anything PHP could not have encoded the same way raises :class:`ValidationError`
naming the offending field.

The ``X-Signature`` over these bytes is made in :mod:`gameplatform.fargames._signing`; the
top-level ``ksort`` is :mod:`gameplatform.fargames._php_ksort`.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterator, Mapping, Sequence
from json.encoder import encode_basestring_ascii
from typing import Any, Final

from gameplatform.errors import ValidationError
from gameplatform.fargames._php_ksort import NUMERIC_LEAD, PHP_INT_MAX, PHP_INT_MIN, ksort

__all__ = ["encode_body"]

_MAX_DEPTH: Final = 512
"""``json_encode``'s default ``$depth``."""

_LONE_SURROGATE: Final = re.compile("[\ud800-\udfff]")


def encode_body(data: Mapping[str, Any]) -> bytes:
    """The exact bytes PHP's ``ksort($data); json_encode($data)`` give for ``data`` (see the module doc)."""
    if type(data) is dict and data and _is_flat_and_plain(data):
        # The common body (text keys, str/int/bool/None values): the C JSON encoder writes
        # exactly what PHP does for these, once "/" is escaped, except DEL, which it
        # escapes and PHP does not (then the general encoder below writes it).
        text = _C_DUMPS(data)
        if "\\u007f" not in text:
            return text.replace("/", "\\/").encode("ascii")
    if not isinstance(data, Mapping):
        raise ValidationError("data", f"must be a mapping, not {type(data).__name__}")
    parts: list[str] = []
    # An explicit stack instead of recursion: 512 levels must not hit Python's recursion limit.
    stack = [_open_container(data, "", parts, top_level=True)]
    while stack:
        items, closing = stack[-1]
        for prefix, value, path in items:
            parts.append(prefix)
            encoded = _encode_scalar(value, path)
            if encoded is not None:
                parts.append(encoded)
                continue
            if len(stack) >= _MAX_DEPTH:
                raise ValidationError(path, f"nested deeper than {_MAX_DEPTH} levels")
            stack.append(_open_container(value, path, parts, top_level=False))
            break
        else:
            parts.append(closing)
            stack.pop()
    return "".join(parts).encode("ascii")


_C_DUMPS: Final = json.JSONEncoder(separators=(",", ":"), sort_keys=True).encode


def _is_flat_and_plain(data: dict[Any, Any]) -> bool:
    """Whether PHP encodes ``data`` as :mod:`json` would (then byte-wise sorted, "/" escaped).

    Keys: ASCII strings that cannot be numeric in PHP (their first character is not a digit,
    sign, dot or space), so ``ksort`` orders them byte-wise, as ``sort_keys`` does. Values:
    exact ``str`` (no lone surrogates), 64-bit ``int``, ``bool`` or ``None``. Anything else
    takes the general encoder.
    """
    keys = tuple(data)
    if keys not in _PLAIN_KEY_SETS:
        for key in keys:
            if type(key) is not str or not key or key[0] in NUMERIC_LEAD or not key.isascii():
                return False
        if len(_PLAIN_KEY_SETS) < _PLAIN_KEY_SETS_MAX:
            _PLAIN_KEY_SETS.add(keys)
    for value in data.values():
        kind = type(value)
        if kind is str:
            if not value.isascii() and _LONE_SURROGATE.search(value) is not None:
                return False
        elif kind is int:
            if not PHP_INT_MIN <= value <= PHP_INT_MAX:
                return False
        elif value is not None and kind is not bool:
            return False
    return True


_PLAIN_KEY_SETS: Final[set[tuple[Any, ...]]] = set()
"""Key tuples already found plain: a client sends the same few bodies, checked once each."""
_PLAIN_KEY_SETS_MAX: Final = 256


_Items = Iterator[tuple[str, Any, str]]
"""What to write before each member (separator, key), the member, and its path for errors."""


def _encode_scalar(value: Any, path: str) -> str | None:
    """The JSON text of a scalar; ``None`` for a container (mapping or sequence)."""
    # Exact-type checks first: they are the hot path; subclasses fall through below.
    kind = type(value)
    if kind is str:
        return _quote(value, path)
    if kind is int:
        return _encode_int(value, path)
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if kind is float:
        return _encode_float(value, path)
    if isinstance(value, Mapping | list | tuple):
        return None
    if isinstance(value, str):
        return _quote(str.__str__(value), path)
    if isinstance(value, int):
        return _encode_int(int(value), path)
    if isinstance(value, float):
        return _encode_float(float(value), path)
    raise ValidationError(path or "data", f"cannot encode a {type(value).__name__} as JSON")


def _open_container(container: Any, path: str, parts: list[str], *, top_level: bool) -> tuple[_Items, str]:
    """Write a container's opening bracket; return its members and its closing bracket."""
    if not isinstance(container, Mapping):
        parts.append("[")
        return _sequence_items(container, path), "]"
    keys = list(container)
    for key in keys:
        if not isinstance(key, str):
            raise ValidationError(_join(path, repr(key)), f"keys must be str, not {type(key).__name__}")
    if top_level:
        keys = ksort(keys)
    if _is_php_list(keys):
        parts.append("[")
        return _mapping_items(container, keys, path, as_list=True), "]"
    parts.append("{")
    return _mapping_items(container, keys, path, as_list=False), "}"


def _mapping_items(mapping: Mapping[str, Any], keys: list[str], path: str, *, as_list: bool) -> _Items:
    separator = ""
    for key in keys:
        child = _join(path, key)
        if as_list:
            yield separator, mapping[key], child
        else:
            yield f"{separator}{_quote(key, child)}:", mapping[key], child
        separator = ","


def _sequence_items(items: Sequence[Any], path: str) -> _Items:
    separator = ""
    for position, item in enumerate(items):
        yield separator, item, f"{path}[{position}]"
        separator = ","


def _join(path: str, key: str) -> str:
    return f"{path}.{key}" if path else key


def _is_php_list(keys: list[str]) -> bool:
    """Whether PHP's ``json_encode`` writes an array with these keys (in this order) as a JSON array."""
    if not keys:
        return True
    if keys[0] != "0":
        return False
    return all(key == str(position) for position, key in enumerate(keys))


def _quote(text: str, path: str) -> str:
    if not text.isascii():
        try:
            text.encode("utf-8")
        except UnicodeEncodeError:
            raise ValidationError(path or "data", "contains a lone surrogate (not valid UTF-8)") from None
    if "\x7f" in text:
        # Python escapes DEL, PHP leaves it raw.
        quoted = '"' + "\x7f".join(encode_basestring_ascii(piece)[1:-1] for piece in text.split("\x7f")) + '"'
    else:
        quoted = encode_basestring_ascii(text)
    if "/" in text:
        quoted = quoted.replace("/", "\\/")
    return quoted


def _encode_int(value: int, path: str) -> str:
    if not PHP_INT_MIN <= value <= PHP_INT_MAX:
        raise ValidationError(path or "data", "integer does not fit in 64 bits")
    return int.__repr__(value)


def _encode_float(value: float, path: str) -> str:
    """PHP's ``json_encode`` of a double (``serialize_precision = -1``)."""
    if value == 0.0:
        return "-0" if math.copysign(1.0, value) < 0 else "0"
    magnitude = abs(value)
    if not magnitude < math.inf:
        raise ValidationError(path or "data", "NaN and infinities cannot be encoded as JSON")
    text = float.__repr__(value)
    if 1e-4 <= magnitude < 1e16:
        # Python and PHP both print these in fixed notation with the same shortest digits.
        return text[:-2] if text.endswith(".0") else text
    mantissa, _, exponent_text = text.partition("e")
    negative = mantissa.startswith("-")
    digits = mantissa.lstrip("-").replace(".", "").rstrip("0") or "0"
    decimal_point = int(exponent_text) + 1
    sign_text = "-" if negative else ""
    if decimal_point == 17:
        # PHP switches to exponent notation only beyond 17 integer digits (1e16 <= |x| < 1e17).
        return sign_text + digits.ljust(decimal_point, "0")
    exponent = decimal_point - 1
    fraction = digits[1:] or "0"
    return f"{sign_text}{digits[0]}.{fraction}e{'-' if exponent < 0 else '+'}{abs(exponent)}"
