"""FAR Games request bodies and ``X-Signature`` values, byte for byte as the vendor's PHP makes them.

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
"""

from __future__ import annotations

import hmac
import json
import math
import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from json.encoder import encode_basestring_ascii
from typing import Any, Final

from gameplatform.errors import ValidationError

__all__ = ["encode_body", "sign", "verify_signature"]

_INT64_MIN: Final = -(2**63)
_INT64_MAX: Final = 2**63 - 1
_MAX_DEPTH: Final = 512
"""``json_encode``'s default ``$depth``."""

_PHP_WHITESPACE: Final = " \t\n\r\v\f"
_NUMERIC_LEAD: Final = frozenset(_PHP_WHITESPACE + "+-.0123456789")
"""Characters a PHP numeric or integer-like string can start with."""

_INTEGER_KEY: Final = re.compile(r"0|-?[1-9][0-9]*")
"""Array keys PHP stores as ints (before the 64-bit range check)."""

_STRTOD_PREFIX: Final = re.compile(r"[+-]?(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?")
"""The longest prefix ``zend_strtod`` reads."""

_LONE_SURROGATE: Final = re.compile("[\ud800-\udfff]")

# OpenSSL loads a digest on its first use (about 35 µs): paid at import, not by the first call.
hmac.digest(b"", b"", "sha256")
_LONG_MIN_DIGITS: Final = "9223372036854775808"
_MAX_LENGTH_OF_LONG: Final = 20


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
            if type(key) is not str or not key or key[0] in _NUMERIC_LEAD or not key.isascii():
                return False
        if len(_PLAIN_KEY_SETS) < _PLAIN_KEY_SETS_MAX:
            _PLAIN_KEY_SETS.add(keys)
    for value in data.values():
        kind = type(value)
        if kind is str:
            if not value.isascii() and _LONE_SURROGATE.search(value) is not None:
                return False
        elif kind is int:
            if not _INT64_MIN <= value <= _INT64_MAX:
                return False
        elif value is not None and kind is not bool:
            return False
    return True


_PLAIN_KEY_SETS: Final[set[tuple[Any, ...]]] = set()
"""Key tuples already found plain: a client sends the same few bodies, checked once each."""
_PLAIN_KEY_SETS_MAX: Final = 256


def _check_bytes(body: object) -> None:
    if not isinstance(body, bytes | bytearray | memoryview):
        raise ValidationError("body", f"must be bytes, not {type(body).__name__}")


def _check_token(api_token: object) -> None:
    if not isinstance(api_token, str):
        raise ValidationError("api_token", f"must be a str, not {type(api_token).__name__}")
    if not api_token:
        raise ValidationError("api_token", "must not be empty")


# -- encoding ------------------------------------------------------------------


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
        keys = _ksort(keys)
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
    if not _INT64_MIN <= value <= _INT64_MAX:
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


# -- PHP 8 ksort -----------------------------------------------------------------------

_PhpKey = int | str
_Numeric = tuple[bool, int, float, int]
"""``(is_double, long_value, double_value, overflow)`` as ``is_numeric_string_ex`` reports it."""


def _ksort(keys: list[str]) -> list[str]:
    """The order PHP 8's ``ksort`` (``SORT_REGULAR``) puts these array keys in."""
    if all(key and key[0] not in _NUMERIC_LEAD for key in keys):
        # No key is numeric: every comparison is a byte comparison, a total order.
        # Code point order equals UTF-8 byte order.
        return sorted(keys)
    entries = [_KeyEntry(position, key) for position, key in enumerate(keys)]
    _zend_sort(entries, 0, len(entries), _key_entry_greater)
    return [entry.text for entry in entries]


class _KeyEntry:
    """One array key with what PHP's comparison needs precomputed."""

    __slots__ = ("numeric", "php_key", "position", "text")

    def __init__(self, position: int, text: str) -> None:
        self.position = position
        self.text = text
        self.php_key: _PhpKey = _php_array_key(text)
        self.numeric = None if isinstance(self.php_key, int) else _numeric_string(text)


def _php_array_key(text: str) -> _PhpKey:
    """The key PHP stores for a string array key: integer-like strings in range become ints."""
    if _INTEGER_KEY.fullmatch(text):
        number = int(text)
        if _INT64_MIN <= number <= _INT64_MAX:
            return number
    return text


def _key_entry_greater(first: _KeyEntry, second: _KeyEntry) -> bool:
    """``php_array_key_compare`` (the stable variant) ``> 0``."""
    result = _compare_keys(first, second)
    if result:
        return result > 0
    return first.position > second.position


def _compare_keys(first: _KeyEntry, second: _KeyEntry) -> int:
    a, b = first.php_key, second.php_key
    if isinstance(a, int):
        if isinstance(b, int):
            return 1 if a > b else -1
        return _compare_long_to_string(a, b, second.numeric)
    if isinstance(b, int):
        return -_compare_long_to_string(b, a, first.numeric)
    return _smart_strcmp(a, first.numeric, b, second.numeric)


def _compare_long_to_string(number: int, text: str, numeric: _Numeric | None) -> int:
    """PHP 8: an int against a numeric string compares as numbers, else as strings."""
    if numeric is None:
        return _strcmp(str(number), text)
    is_double, long_value, double_value, _ = numeric
    if is_double:
        return _threeway(float(number), double_value)
    return _threeway(number, long_value)


def _smart_strcmp(a: str, a_numeric: _Numeric | None, b: str, b_numeric: _Numeric | None) -> int:
    """``zendi_smart_strcmp``: two numeric strings compare as numbers, anything else byte-wise."""
    if a_numeric is None or b_numeric is None:
        return _strcmp(a, b)
    a_double, a_long, a_value, a_overflow = a_numeric
    b_double, b_long, b_value, b_overflow = b_numeric
    if a_overflow and a_overflow == b_overflow and a_value - b_value == 0.0:
        # Both overflowed int64 to the same side: the doubles lost the difference.
        return _strcmp(a, b)
    if a_double or b_double:
        if not a_double:
            if b_overflow:
                return -b_overflow
            a_value = float(a_long)
        elif not b_double:
            if a_overflow:
                return a_overflow
            b_value = float(b_long)
        elif a_value == b_value and not math.isfinite(a_value):
            return _strcmp(a, b)
        difference = a_value - b_value
        return 1 if difference > 0 else -1 if difference < 0 else 0
    return _threeway(a_long, b_long)


def _numeric_string(text: str) -> _Numeric | None:
    """PHP 8's ``is_numeric_string_ex`` (no errors allowed): ``None`` when ``text`` is not numeric.

    Leading and trailing whitespace is allowed; an integer of 20+ significant digits, or
    19 at or beyond 2**63, overflows to a double with ``overflow`` = ±1.
    """
    length = len(text)
    start = 0
    while start < length and text[start] in _PHP_WHITESPACE:
        start += 1
    index = start
    if index < length and text[index] in "+-":
        index += 1
    if index < length and "0" <= text[index] <= "9":
        while index < length and text[index] == "0":
            index += 1
        digits_start = index
        while index < length and "0" <= text[index] <= "9" and index - digits_start < _MAX_LENGTH_OF_LONG:
            index += 1
        digits = index - digits_start
        if digits >= _MAX_LENGTH_OF_LONG:
            return _numeric_double(text, start, overflow=-1 if text[start] == "-" else 1)
        if index < length and (text[index] == "." or _exponent_follows(text, index)):
            return _numeric_double(text, start, overflow=0)
        if not _only_whitespace(text, index):
            return None
        if digits == _MAX_LENGTH_OF_LONG - 1:
            # PHP compares the rest of the C string, trailing whitespace included.
            rest = text[digits_start:]
            if not (rest < _LONG_MIN_DIGITS or (rest == _LONG_MIN_DIGITS and text[start] == "-")):
                return _numeric_double(text, start, overflow=-1 if text[start] == "-" else 1)
        magnitude = int(text[digits_start:index] or "0")
        return (False, -magnitude if text[start] == "-" else magnitude, 0.0, 0)
    if index + 1 < length and text[index] == "." and "0" <= text[index + 1] <= "9":
        return _numeric_double(text, start, overflow=0)
    return None


def _exponent_follows(text: str, index: int) -> bool:
    if text[index] not in "eE":
        return False
    index += 1
    if index < len(text) and text[index] in "+-":
        index += 1
    return index < len(text) and "0" <= text[index] <= "9"


def _numeric_double(text: str, start: int, *, overflow: int) -> _Numeric | None:
    match = _STRTOD_PREFIX.match(text, start)
    if match is None or not _only_whitespace(text, match.end()):
        return None
    return (True, 0, float(match.group()), overflow)


def _only_whitespace(text: str, index: int) -> bool:
    return all(character in _PHP_WHITESPACE for character in text[index:])


def _strcmp(a: str, b: str) -> int:
    """``zend_binary_strcmp`` on the UTF-8 bytes (same order as code points)."""
    return (a > b) - (a < b)


def _threeway(a: float, b: float) -> int:
    return (a > b) - (a < b)


# -- zend_sort: PHP's hybrid insertion sort / quicksort ----------------------------------
# Reproduced step for step because PHP 8's key comparison is not transitive for some key
# mixes; with such keys the result depends on the exact sequence of comparisons.

_Greater = Callable[[_KeyEntry, _KeyEntry], bool]


def _zend_sort(items: list[_KeyEntry], base: int, count: int, greater: _Greater) -> None:
    while True:
        if count <= 16:
            _insert_sort(items, base, count, greater)
            return
        start, end = base, base + count
        offset = count >> 1
        pivot = start + offset
        if count >> 10:
            delta = offset >> 1
            _sort5(items, start, start + delta, pivot, pivot + delta, end - 1, greater)
        else:
            _sort3(items, start, pivot, end - 1, greater)
        _swap(items, start + 1, pivot)
        pivot = start + 1
        i = _partition(items, pivot, end, greater)
        _swap(items, pivot, i - 1)
        if (i - 1) - start < end - i:
            _zend_sort(items, start, i - start - 1, greater)
            base, count = i, end - i
        else:
            _zend_sort(items, i, end - i, greater)
            base, count = start, i - start - 1


def _partition(items: list[_KeyEntry], pivot: int, end: int, greater: _Greater) -> int:
    """The partition loop of ``zend_sort``; returns where the pivot's right side begins."""
    i = pivot + 1
    j = end - 1
    while True:
        while greater(items[pivot], items[i]):
            i += 1
            if i == j:
                return i
        j -= 1
        if j == i:
            return i
        while greater(items[j], items[pivot]):
            j -= 1
            if j == i:
                return i
        _swap(items, i, j)
        i += 1
        if i == j:
            return i


def _insert_sort(items: list[_KeyEntry], base: int, count: int, greater: _Greater) -> None:
    if count <= 1:
        return
    if count == 2:
        _sort2(items, base, base + 1, greater)
        return
    if count == 3:
        _sort3(items, base, base + 1, base + 2, greater)
        return
    if count == 4:
        _sort4(items, base, base + 1, base + 2, base + 3, greater)
        return
    if count == 5:
        _sort5(items, base, base + 1, base + 2, base + 3, base + 4, greater)
        return
    end = base + count
    sentry = base + 6
    for i in range(base + 1, sentry):
        j = i - 1
        if not greater(items[j], items[i]):
            continue
        while j != base:
            j -= 1
            if not greater(items[j], items[i]):
                j += 1
                break
        _move(items, i, j)
    for i in range(sentry, end):
        j = i - 1
        if not greater(items[j], items[i]):
            continue
        while True:
            j -= 2
            if not greater(items[j], items[i]):
                j += 1
                if not greater(items[j], items[i]):
                    j += 1
                break
            if j == base:
                break
            if j == base + 1:
                j -= 1
                if greater(items[i], items[j]):
                    j += 1
                break
        _move(items, i, j)


def _move(items: list[_KeyEntry], source: int, target: int) -> None:
    """Move ``items[source]`` down to ``target``, shifting the ones between up (the swap chain)."""
    if target < source:
        items.insert(target, items.pop(source))


def _swap(items: list[_KeyEntry], a: int, b: int) -> None:
    items[a], items[b] = items[b], items[a]


def _sort2(items: list[_KeyEntry], a: int, b: int, greater: _Greater) -> None:
    if greater(items[a], items[b]):
        _swap(items, a, b)


def _sort3(items: list[_KeyEntry], a: int, b: int, c: int, greater: _Greater) -> None:
    if not greater(items[a], items[b]):
        if not greater(items[b], items[c]):
            return
        _swap(items, b, c)
        if greater(items[a], items[b]):
            _swap(items, a, b)
        return
    if not greater(items[c], items[b]):
        _swap(items, a, c)
        return
    _swap(items, a, b)
    if greater(items[b], items[c]):
        _swap(items, b, c)


def _sort4(items: list[_KeyEntry], a: int, b: int, c: int, d: int, greater: _Greater) -> None:
    _sort3(items, a, b, c, greater)
    if greater(items[c], items[d]):
        _swap(items, c, d)
        if greater(items[b], items[c]):
            _swap(items, b, c)
            if greater(items[a], items[b]):
                _swap(items, a, b)


def _sort5(items: list[_KeyEntry], a: int, b: int, c: int, d: int, e: int, greater: _Greater) -> None:
    _sort4(items, a, b, c, d, greater)
    if greater(items[d], items[e]):
        _swap(items, d, e)
        if greater(items[c], items[d]):
            _swap(items, c, d)
            if greater(items[b], items[c]):
                _swap(items, b, c)
                if greater(items[a], items[b]):
                    _swap(items, a, b)
