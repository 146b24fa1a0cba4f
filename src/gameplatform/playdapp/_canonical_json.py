"""The body of a Playdapp request, byte for byte what the vendor's JavaScript signs and sends.

:func:`canonical_json` is ``JSON.stringify(sortJson(body || {}, {ignoreCase: true}))``
(sort-json 2.0.1, Node), with JavaScript's quirks:

- ``body || {}``: ``None``, ``False``, ``0``, ``0.0`` and ``""`` all sign as ``{}``.
- Keys are sorted at every depth (objects inside arrays too, arrays keep their order) by
  ``a.toLowerCase().localeCompare(b.toLowerCase())``, stably; JavaScript then enumerates
  array-index keys (``"0"`` … ``"4294967294"``) first, in numeric order
  (:mod:`gameplatform.playdapp._collation`).
- Numbers print as ``Number::toString`` does (:mod:`gameplatform.playdapp._jsnumber`);
  strings as ``JSON.stringify`` does: only ``"``, ``\\`` and controls escaped, other
  characters raw, unpaired surrogates as lowercase ``\\udxxx``.

A body the reference would silently change is refused with
:class:`~gameplatform.errors.ValidationError` naming the field (``body.items[0].price``):
integers whose JavaScript text differs from their decimal text (e.g. ``2**53 + 1``,
``10**21``), NaN and ±Infinity, non-string keys, the key ``__proto__`` (sort-json's copy
drops it) and values that are not JSON. The signature over this text is made in
:mod:`gameplatform.playdapp._signing`.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Callable
from typing import Any

from gameplatform.errors import ValidationError
from gameplatform.playdapp._collation import ordered_keys
from gameplatform.playdapp._jsnumber import float_text, int_text
from gameplatform.playdapp._utf16 import SURROGATE, utf16_normalized_tree

__all__ = ["canonical_json"]

_quote: Callable[[str], str] = json.encoder.encode_basestring
"""JSON string literal with JSON.stringify's escapes (C implementation when available)."""

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
    if text.isascii() or SURROGATE.search(text) is None:
        return text
    # Python strings with surrogates: pairs are one character to JavaScript (UTF-16),
    # unpaired ones are written as escapes by a well-formed JSON.stringify.
    text = _render(utf16_normalized_tree(body))
    return SURROGATE.sub(_escape_surrogate, text)


class _KeyText(str):
    """A location segment written as is (``[1]`` for a key that is not a string)."""


class _Refused(Exception):
    """A value JavaScript would change; ``segments`` is its location, innermost first."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason
        self.segments: list[str | int] = []


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


def _escape_surrogate(match: re.Match[str]) -> str:
    return f"\\u{ord(match.group()):04x}"
