"""PHP 8's ``ksort`` (``SORT_REGULAR``) of a FAR Games body's top-level keys, reproduced.

:func:`~gameplatform.fargames._php_json.encode_body` sorts the top level as the vendor's
``ksort($data)`` does: integer-like keys (``"7"``, ``"-3"``, not ``"07"``) are PHP ints,
numeric strings compare as numbers (``is_numeric_string_ex``, ``zendi_smart_strcmp``),
everything else byte-wise. That comparison is not transitive for some key mixes, so the
keys are sorted with PHP's own algorithm (:mod:`gameplatform.fargames._zend_sort`) and come
out as PHP orders them, even for ``{"10a", "2", "10.0"}``.
"""

from __future__ import annotations

import math
import re
from typing import Final

from gameplatform.fargames._zend_sort import zend_sort

__all__ = ["NUMERIC_LEAD", "PHP_INT_MAX", "PHP_INT_MIN", "ksort"]

# PHP's ``int`` range (64-bit builds): wider integer-like keys stay strings, wider values
# cannot be encoded.
PHP_INT_MIN: Final = -(2**63)
PHP_INT_MAX: Final = 2**63 - 1

_PHP_WHITESPACE: Final = " \t\n\r\v\f"
NUMERIC_LEAD: Final = frozenset(_PHP_WHITESPACE + "+-.0123456789")
"""Characters a PHP numeric or integer-like string can start with."""

_INTEGER_KEY: Final = re.compile(r"0|-?[1-9][0-9]*")
"""Array keys PHP stores as ints (before the 64-bit range check)."""

_STRTOD_PREFIX: Final = re.compile(r"[+-]?(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?")
"""The longest prefix ``zend_strtod`` reads."""

_LONG_MIN_DIGITS: Final = "9223372036854775808"
_MAX_LENGTH_OF_LONG: Final = 20

_PhpKey = int | str
_Numeric = tuple[bool, int, float, int]
"""``(is_double, long_value, double_value, overflow)`` as ``is_numeric_string_ex`` reports it."""


def ksort(keys: list[str]) -> list[str]:
    """The order PHP 8's ``ksort`` (``SORT_REGULAR``) puts these array keys in."""
    if all(key and key[0] not in NUMERIC_LEAD for key in keys):
        # No key is numeric: every comparison is a byte comparison, a total order.
        # Code point order equals UTF-8 byte order.
        return sorted(keys)
    entries = [_KeyEntry(position, key) for position, key in enumerate(keys)]
    zend_sort(entries, 0, len(entries), _key_entry_greater)
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
        if PHP_INT_MIN <= number <= PHP_INT_MAX:
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
