"""Validators for generated request models: each rule of a spec as a fast attrs validator.

Generated models attach them to fields, e.g.::

    game_id: int = attrs.field(validator=_v.integer(minimum=1), metadata={"json": "game_id"})

A failed rule raises :class:`gameplatform.errors.ValidationError` whose ``field`` is the
Python attribute name (the keyword the caller passed; ``user_ids[3]`` for a list item) and
whose ``reason`` says which rule failed (``"must match ^[A-Z]{3}$"``). A pattern must match
the whole value (``re.fullmatch``): ``"USD\n"`` does not pass ``^[A-Z]{3}$``. Every string must be
encodable as UTF-8 (no lone surrogates), and integers fit in 64 bits (32 with ``bits=32``).
Rules compose: every
factory returns a :class:`Rule`, which is an attrs validator and can also be nested inside
:func:`array`, :func:`mapping`, :func:`optional` and :func:`any_of`.

Models shared by requests and responses carry validators too; :func:`lenient` switches them
off while the serde layer reads a response, since response models are tolerant by design.
"""

from __future__ import annotations

import ipaddress
import math
import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import date, datetime
from enum import Enum
from typing import Any, Final, TypeVar
from urllib.parse import urlsplit
from uuid import UUID

from gameplatform.errors import ConfigurationError, ValidationError

__all__ = [
    "FORMATS",
    "INT64_MAX",
    "INT64_MIN",
    "NOT_UNICODE",
    "Check",
    "Rule",
    "all_of",
    "any_of",
    "array",
    "as_enum",
    "boolean",
    "check_header_setting",
    "check_header_text",
    "check_secret_setting",
    "choice",
    "enum_member",
    "integer",
    "is_unicode_text",
    "lenient",
    "mapping",
    "model",
    "must_contain",
    "not_less_than",
    "number",
    "optional",
    "required_if",
    "string",
]

Check = Callable[[str, Any], None]
"""``check(field, value)``: return when ``value`` passes, raise ``ValidationError(field, …)`` otherwise."""

_LENIENT: ContextVar[bool] = ContextVar("gameplatform_lenient_validation", default=False)


@contextmanager
def lenient() -> Iterator[None]:
    """Skip every :class:`Rule` used as an attrs validator inside this block (this context only).

    The serde layer reads responses inside it: a response model that happens to be shared
    with a request keeps whatever the platform sent instead of raising ``ValidationError``.
    """
    token = _LENIENT.set(True)
    try:
        yield
    finally:
        _LENIENT.reset(token)


class Rule:
    """One validation rule: an attrs validator that can also be nested in other rules.

    ``check(field, value)`` runs the rule directly under a given field label;
    calling the rule as ``rule(instance, attribute, value)`` (what attrs does) checks
    ``value`` under ``attribute.name``, unless inside :func:`lenient`.
    """

    __slots__ = ("check", "description")

    def __init__(self, check: Check, description: str) -> None:
        self.check: Check = check
        self.description = description

    def __call__(self, instance: object, attribute: Any, value: Any) -> None:
        if _LENIENT.get():
            return
        self.check(attribute.name, value)

    def __repr__(self) -> str:
        return f"<Rule {self.description}>"


def _is_ipv4(value: str) -> bool:
    try:
        ipaddress.IPv4Address(value)
    except ValueError:
        return False
    return True


def _is_ipv6(value: str) -> bool:
    try:
        ipaddress.IPv6Address(value)
    except ValueError:
        return False
    return True


_FORBIDDEN_IN_URL = re.compile(r"[\x00-\x20\x7f\\]")


def _is_http_url(value: str) -> bool:
    """An absolute ``http``/``https`` URL with a host, without spaces or control characters."""
    if _FORBIDDEN_IN_URL.search(value):
        return False
    try:
        parts = urlsplit(value)
        parts.port  # noqa: B018 - raises ValueError on a malformed port
    except ValueError:
        return False
    return parts.scheme.lower() in ("http", "https") and bool(parts.hostname)


_EMAIL = re.compile(r"[^@\s]+@[^@\s.]+(\.[^@\s.]+)+")


def _is_email(value: str) -> bool:
    return _EMAIL.fullmatch(value) is not None


def _is_uuid(value: str) -> bool:
    try:
        UUID(value)
    except ValueError:
        return False
    return True


def _is_date(value: str) -> bool:
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return len(value) == 10


_DATE_TIME = re.compile(r"\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})", re.ASCII)


def _is_date_time(value: str) -> bool:
    """An RFC 3339 timestamp: date, time and a UTC offset (``Z`` or ``±hh:mm``)."""
    if _DATE_TIME.fullmatch(value) is None:
        return False
    try:
        datetime.fromisoformat(value.replace("z", "Z"))
    except ValueError:
        return False
    return True


FORMATS: Final[dict[str, tuple[Callable[[str], bool], str]]] = {
    "ipv4": (_is_ipv4, "an IPv4 address"),
    "ipv6": (_is_ipv6, "an IPv6 address"),
    "uri": (_is_http_url, "an absolute http(s) URL"),
    "email": (_is_email, "an email address"),
    "uuid": (_is_uuid, "a UUID"),
    "date": (_is_date, "a date (YYYY-MM-DD)"),
    "date-time": (_is_date_time, "an RFC 3339 date-time"),
}
"""The string formats :func:`string` checks: name → (predicate, noun phrase for messages)."""


def is_unicode_text(value: str) -> bool:
    """Whether ``value`` can be encoded as UTF-8: no lone surrogates (``"\\ud800"``)."""
    if value.isascii():
        return True
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


NOT_UNICODE = "must be valid Unicode text (it holds a lone surrogate)"


_HEADER_TEXT = re.compile(r"[\x21-\x7e](?:[\x20-\x7e]*[\x21-\x7e])?")


def check_header_text(field: str, value: object) -> str:
    """A value that travels in an HTTP header (an API key, a game id, a bearer token).

    It must be non-empty printable ASCII without leading or trailing spaces: CR, LF, NUL
    or other control characters would split or corrupt the header, and only fail (with
    the value in the message) when sent. Raises ``ValidationError(field, …)``.
    """
    if not isinstance(value, str) or not value:
        raise ValidationError(field, "must be a non-empty string")
    if _HEADER_TEXT.fullmatch(value) is None:
        raise ValidationError(
            field, "must be printable ASCII without control characters or surrounding spaces"
        )
    return value


def check_header_setting(setting: str, value: object) -> str:
    """:func:`check_header_text` for a client setting: a ``ConfigurationError`` naming it."""
    try:
        return check_header_text(setting, value)
    except ValidationError as exc:
        raise ConfigurationError(f"{setting} {exc.reason}") from None


def check_secret_setting(setting: str, value: object) -> str:
    """A signing key or secret: a non-empty string of valid Unicode (it is used as UTF-8 bytes)."""
    if not isinstance(value, str) or not value:
        raise ConfigurationError(f"{setting} must be a non-empty string")
    if not is_unicode_text(value):
        raise ConfigurationError(f"{setting} must be valid Unicode text (no lone surrogates)")
    return value


def _formats_phrase(formats: Sequence[str]) -> str:
    if set(formats) == {"ipv4", "ipv6"}:
        return "an IPv4 or IPv6 address"
    return " or ".join(FORMATS[name][1] for name in formats)


def _length_reason(limit: int, *, at_least: bool, unit: str) -> str:
    if at_least and limit == 1:
        return "must not be empty"
    plural = unit if limit == 1 else f"{unit}s"
    return f"must have at {'least' if at_least else 'most'} {limit} {plural}"


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
    too_short = _length_reason(min_length, at_least=True, unit="character") if min_length else ""
    too_long = _length_reason(max_length, at_least=False, unit="character") if max_length is not None else ""

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

    return Rule(check, f"string{_describe(min_length=min_length, max_length=max_length, pattern=pattern)}")


def _describe(**constraints: object) -> str:
    parts = [f"{name}={value!r}" for name, value in constraints.items() if value is not None]
    return f"({', '.join(parts)})" if parts else ""


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

    description = _describe(
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

    description = _describe(
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


def model(get_class: Callable[[], type[Any]]) -> Rule:
    """An instance of a (nested) model class; ``get_class`` returns it, so it may be defined later."""
    resolved: list[type[Any]] = []

    def check(field: str, value: Any) -> None:
        if not resolved:
            resolved.append(get_class())
        if not isinstance(value, resolved[0]):
            raise ValidationError(field, f"must be a {resolved[0].__name__}")

    return Rule(check, "model")


def array(
    items: Rule | None = None,
    *,
    min_items: int | None = None,
    max_items: int | None = None,
    unique_items: bool = False,
) -> Rule:
    """A ``list`` whose items pass ``items`` (labelled ``field[i]``), with optional size bounds."""
    item_check = items.check if items is not None else None
    too_few = _length_reason(min_items, at_least=True, unit="item") if min_items else ""
    too_many = _length_reason(max_items, at_least=False, unit="item") if max_items is not None else ""

    def check(field: str, value: Any) -> None:
        if not isinstance(value, list):
            raise ValidationError(field, "must be a list")
        if min_items is not None and len(value) < min_items:
            raise ValidationError(field, too_few)
        if max_items is not None and len(value) > max_items:
            raise ValidationError(field, too_many)
        if item_check is not None:
            for index, item in enumerate(value):
                item_check(f"{field}[{index}]", item)
        if unique_items and _has_duplicates(value):
            raise ValidationError(field, "must not contain duplicate items")

    description = _describe(min_items=min_items, max_items=max_items)
    return Rule(check, f"array[{items.description if items else 'any'}]{description}")


def _has_duplicates(values: list[Any]) -> bool:
    try:
        return len({(type(v), v) for v in values}) != len(values)
    except TypeError:  # unhashable items: compare pairwise
        return any(a == b and type(a) is type(b) for i, a in enumerate(values) for b in values[i + 1 :])


def mapping(values: Rule | None = None) -> Rule:
    """A ``dict`` with ``str`` keys whose values pass ``values`` (labelled ``field[key]``)."""
    value_check = values.check if values is not None else None

    def check(field: str, value: Any) -> None:
        if not isinstance(value, dict):
            raise ValidationError(field, "must be a dict")
        for key, item in value.items():
            if not isinstance(key, str):
                raise ValidationError(field, "must have string keys")
            if not is_unicode_text(key):
                raise ValidationError(
                    field, "must have keys of valid Unicode text (one holds a lone surrogate)"
                )
            if value_check is not None:
                value_check(f"{field}[{key!r}]", item)

    return Rule(check, f"mapping[{values.description if values else 'any'}]")


def optional(rule: Rule) -> Rule:
    """``None``, or a value passing ``rule`` (optional and nullable fields)."""
    inner = rule.check

    def check(field: str, value: Any) -> None:
        if value is not None:
            inner(field, value)

    return Rule(check, f"optional[{rule.description}]")


def must_contain(values: Mapping[str, Any]) -> Rule:
    """A list holding at least one item whose fields (attributes or keys) equal ``values``."""
    wanted = dict(values)
    shown = ", ".join(f"{key}={value!r}" for key, value in wanted.items())

    def matches(item: Any) -> bool:
        for key, value in wanted.items():
            found = item.get(key) if isinstance(item, Mapping) else getattr(item, key, None)
            if found != value:
                return False
        return True

    def check(field: str, value: Any) -> None:
        if isinstance(value, list) and value and not any(matches(item) for item in value):
            raise ValidationError(field, f"must include an item with {shown}")

    return Rule(check, f"must_contain({shown})")


def not_less_than(other: str) -> Callable[[Any, Any, Any], None]:
    """An attrs validator: the field must not be lower than the field ``other`` (set before it)."""

    def validate(instance: Any, attribute: Any, value: Any) -> None:
        if _LENIENT.get():
            return
        bound = getattr(instance, other, None)
        if isinstance(value, int | float) and isinstance(bound, int | float) and value < bound:
            raise ValidationError(attribute.name, f"must not be lower than {other}")

    return validate


def all_of(*validators: Callable[[Any, Any, Any], None]) -> Callable[[Any, Any, Any], None]:
    """One attrs validator running several (a field's rule plus cross-field rules), in order."""

    def validate(instance: Any, attribute: Any, value: Any) -> None:
        for validator in validators:
            validator(instance, attribute, value)

    return validate


def required_if(other: str, value: object) -> Callable[[Any, Any, Any], None]:
    """An attrs validator: the field is required when the field ``other`` (set before it) equals ``value``."""

    def validate(instance: Any, attribute: Any, given: Any) -> None:
        if _LENIENT.get() or given is not None:
            return
        current = getattr(instance, other, None)
        if current == value or getattr(current, "_value_", current) == value:
            raise ValidationError(attribute.name, f"is required when {other} is {value!r}")

    return validate


def any_of(*rules: Rule, reason: str | None = None) -> Rule:
    """A value passing at least one of ``rules``; ``reason`` replaces the joined reasons on failure."""
    checks = tuple(rule.check for rule in rules)

    def check(field: str, value: Any) -> None:
        reasons: list[str] = []
        for one in checks:
            try:
                one(field, value)
            except ValidationError as error:
                reasons.append(error.reason)
            else:
                return
        raise ValidationError(field, reason or ", or ".join(dict.fromkeys(reasons)))

    return Rule(check, "any_of[" + ", ".join(rule.description for rule in rules) + "]")
