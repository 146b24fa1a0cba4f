"""Rules over containers and other rules: lists, dicts, optional values, alternatives, models.

:func:`array`, :func:`mapping`, :func:`optional` and :func:`any_of` take other
:class:`~gameplatform._rule.Rule` objects and run their ``check`` on each item under a
labelled field (``user_ids[3]``, ``tags['x']``); :func:`model` and :func:`must_contain` check
nested models and list contents. Rules for single values are in
:mod:`gameplatform._scalar_rules`. Re-exported by :mod:`gameplatform._validation`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from gameplatform._rule import Rule, describe, length_reason
from gameplatform._text_checks import is_unicode_text
from gameplatform.errors import ValidationError

__all__ = ["any_of", "array", "mapping", "model", "must_contain", "optional"]


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
    too_few = length_reason(min_items, at_least=True, unit="item") if min_items else ""
    too_many = length_reason(max_items, at_least=False, unit="item") if max_items is not None else ""

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

    description = describe(min_items=min_items, max_items=max_items)
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
