"""Rules for single values: strings, integers, numbers, booleans, enum members and constants.

Each factory turns one schema's constraints into a :class:`~gameplatform._rule.Rule` once,
when a generated model is defined; the closure it returns is what runs per value. Rules
over containers and other rules are in :mod:`gameplatform._composite_rules`. Re-exported by
:mod:`gameplatform._validation`.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence
from enum import Enum
from typing import Any, Final, TypeVar

from gameplatform._rule import Rule, describe, length_reason
from gameplatform._text_checks import FORMATS, NOT_UNICODE, is_unicode_text
from gameplatform.errors import ValidationError

__all__ = [
    "INT64_MAX",
    "INT64_MIN",
    "as_enum",
    "boolean",
    "choice",
    "enum_member",
    "integer",
    "number",
    "string",
]


def _formats_phrase(formats: Sequence[str]) -> str:
    if set(formats) == {"ipv4", "ipv6"}:
        return "an IPv4 or IPv6 address"
    return " or ".join(FORMATS[name][1] for name in formats)


def string(
    *,
    min_length: int | None = None,
    max_length: int | None = None,
    pattern: str | None = None,
    formats: Sequence[str] = (),
) -> Rule:
    """A ``str`` of valid Unicode, with optional length bounds, a regex the whole value must match,
    and formats (any one must match)."""
    unknown = [name for name in formats if name not in FORMATS]
    if unknown:
        raise ValueError(f"unknown string format(s): {', '.join(unknown)}")
    regex = re.compile(pattern) if pattern is not None else None
    predicates = tuple(FORMATS[name][0] for name in formats)
    format_reason = f"must be {_formats_phrase(formats)}" if formats else ""
    too_short = length_reason(min_length, at_least=True, unit="character") if min_length else ""
    too_long = length_reason(max_length, at_least=False, unit="character") if max_length is not None else ""

    def check(field: str, value: Any) -> None:
        if not isinstance(value, str):
            raise ValidationError(field, "must be a string")
        if not is_unicode_text(value):
            raise ValidationError(field, NOT_UNICODE)
        if min_length is not None and len(value) < min_length:
            raise ValidationError(field, too_short)
        if max_length is not None and len(value) > max_length:
            raise ValidationError(field, too_long)
        if regex is not None and regex.fullmatch(value) is None:
            raise ValidationError(field, f"must match {pattern}")
        if predicates and not any(predicate(value) for predicate in predicates):
            raise ValidationError(field, format_reason)

    return Rule(check, f"string{describe(min_length=min_length, max_length=max_length, pattern=pattern)}")


def _bounds_check(
    minimum: float | None,
    maximum: float | None,
    exclusive_minimum: float | None,
    exclusive_maximum: float | None,
) -> Callable[[str, float], None]:
    def check(field: str, value: float) -> None:
        if minimum is not None and value < minimum:
            raise ValidationError(field, f"must be at least {minimum}")
        if maximum is not None and value > maximum:
            raise ValidationError(field, f"must be at most {maximum}")
        if exclusive_minimum is not None and value <= exclusive_minimum:
            raise ValidationError(field, f"must be greater than {exclusive_minimum}")
        if exclusive_maximum is not None and value >= exclusive_maximum:
            raise ValidationError(field, f"must be less than {exclusive_maximum}")

    return check


INT64_MIN: Final = -(2**63)
INT64_MAX: Final = 2**63 - 1


def _int_range_check(bits: int) -> Callable[[str, int], None]:
    low, high = -(2 ** (bits - 1)), 2 ** (bits - 1) - 1
    reason = f"must fit in a signed {bits}-bit integer ({low} to {high})"

    def check(field: str, value: int) -> None:
        if not low <= value <= high:
            raise ValidationError(field, reason)

    return check


def integer(
    *,
    minimum: int | None = None,
    maximum: int | None = None,
    exclusive_minimum: int | None = None,
    exclusive_maximum: int | None = None,
    bits: int = 64,
) -> Rule:
    """An ``int`` (``bool`` is refused) that fits in ``bits`` bits (signed), with optional bounds.

    Platforms' servers keep integers in 64 bits at most (32 for ``format: int32``); a larger
    Python int would be sent as is and overflow, or be refused, on their side.
    """
    if bits not in (32, 64):
        raise ValueError("bits must be 32 or 64")
    bounded = any(b is not None for b in (minimum, maximum, exclusive_minimum, exclusive_maximum))
    bounds = _bounds_check(minimum, maximum, exclusive_minimum, exclusive_maximum)
    in_range = _int_range_check(bits)

    def check(field: str, value: Any) -> None:
        if not isinstance(value, int) or isinstance(value, bool):
            raise ValidationError(field, "must be an integer")
        in_range(field, value)
        if bounded:
            bounds(field, value)

    description = describe(
        minimum=minimum,
        maximum=maximum,
        exclusive_minimum=exclusive_minimum,
        exclusive_maximum=exclusive_maximum,
    )
    return Rule(check, f"integer{description}" if bits == 64 else f"int{bits}{description}")


def number(
    *,
    minimum: float | None = None,
    maximum: float | None = None,
    exclusive_minimum: float | None = None,
    exclusive_maximum: float | None = None,
) -> Rule:
    """A finite ``int`` or ``float`` (``bool`` is refused), with optional bounds.

    An ``int`` must fit in 64 bits, like an :func:`integer` (a float may be any finite value).
    """
    bounded = any(b is not None for b in (minimum, maximum, exclusive_minimum, exclusive_maximum))
    bounds = _bounds_check(minimum, maximum, exclusive_minimum, exclusive_maximum)
    in_range = _int_range_check(64)

    def check(field: str, value: Any) -> None:
        if isinstance(value, float):
            if not math.isfinite(value):
                raise ValidationError(field, "must be a finite number")
        elif not isinstance(value, int) or isinstance(value, bool):
            raise ValidationError(field, "must be a number")
        else:
            in_range(field, value)
        if bounded:
            bounds(field, value)

    description = describe(
        minimum=minimum,
        maximum=maximum,
        exclusive_minimum=exclusive_minimum,
        exclusive_maximum=exclusive_maximum,
    )
    return Rule(check, f"number{description}")


def boolean() -> Rule:
    """A ``bool`` (``True``/``False``; not ``0``/``1``)."""

    def check(field: str, value: Any) -> None:
        if not isinstance(value, bool):
            raise ValidationError(field, "must be a boolean")

    return Rule(check, "boolean")


def enum_member(enum_cls: type[Enum]) -> Rule:
    """A listed member of ``enum_cls`` (or its plain value); pseudo-members are refused."""
    known = {member.value: None for member in enum_cls}
    reason = "must be one of " + ", ".join(repr(value) for value in known)

    def check(field: str, value: Any) -> None:
        if isinstance(value, Enum):
            if not isinstance(value, enum_cls) or value._value_ not in known:
                raise ValidationError(field, reason)
            return
        try:
            listed = value in known
        except TypeError:  # unhashable
            listed = False
        if not listed:
            raise ValidationError(field, reason)

    return Rule(check, f"enum_member({enum_cls.__name__})")


def choice(values: Sequence[Any]) -> Rule:
    """One of ``values`` (``const`` and non-string ``enum`` in a spec); ``True`` never stands for ``1``."""
    allowed = tuple(values)
    reason = (
        "must be " + repr(allowed[0])
        if len(allowed) == 1
        else "must be one of " + ", ".join(map(repr, allowed))
    )

    def check(field: str, value: Any) -> None:
        if not any(type(value) is type(item) and value == item for item in allowed):
            raise ValidationError(field, reason)

    return Rule(check, f"choice({allowed!r})")


_E = TypeVar("_E", bound=Enum)


def as_enum(enum_cls: type[_E], value: object) -> _E:
    """A converter's core: a string becomes ``enum_cls``'s member (or pseudo-member); anything
    else is left for the field's validator to refuse with a ValidationError."""
    if isinstance(value, str) and not isinstance(value, enum_cls):
        try:
            return enum_cls(value)
        except ValueError:
            pass
    return value  # type: ignore[return-value]  # not a member: the validator reports it
