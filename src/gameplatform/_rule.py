"""The :class:`Rule` type every validation rule is, :func:`lenient` mode, and cross-field validators.

A :class:`Rule` is an attrs validator that can also be nested inside other rules; the rule
factories (:mod:`gameplatform._scalar_rules`, :mod:`gameplatform._composite_rules`) build
their messages and descriptions with :func:`length_reason` and :func:`describe`. The
cross-field validators (:func:`not_less_than`, :func:`required_if`, :func:`all_of`) are plain
attrs validators, not rules: they read other fields of the instance. Everything here is
re-exported by :mod:`gameplatform._validation`, where generated models find it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any

from gameplatform.errors import ValidationError

__all__ = [
    "Check",
    "Rule",
    "all_of",
    "describe",
    "length_reason",
    "lenient",
    "not_less_than",
    "required_if",
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


def length_reason(limit: int, *, at_least: bool, unit: str) -> str:
    """The message of a failed length bound (``"must have at most 3 items"``)."""
    if at_least and limit == 1:
        return "must not be empty"
    plural = unit if limit == 1 else f"{unit}s"
    return f"must have at {'least' if at_least else 'most'} {limit} {plural}"


def describe(**constraints: object) -> str:
    """A rule's constraints for its description (``"(min_length=1, pattern='…')"``), ``None`` left out."""
    parts = [f"{name}={value!r}" for name, value in constraints.items() if value is not None]
    return f"({', '.join(parts)})" if parts else ""


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
