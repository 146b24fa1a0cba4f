"""Translating a property's JSON Schema into the validator expression a generated field carries.

The expressions call factories of ``gameplatform._validation`` (imported as ``_v``), e.g.
``_v.string(min_length=1, formats=("ipv4", "ipv6"))``. Only constraints this module knows are
turned into rules; an unknown ``format`` is an error rather than a silently unchecked field
(except the annotation-only formats of ``ANNOTATION_FORMATS``).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from gameplatform._validation import FORMATS

__all__ = ["ANNOTATION_FORMATS", "UnsupportedSchema", "field_rule"]

_SCHEMA_PREFIX = "#/components/schemas/"

ANNOTATION_FORMATS = frozenset({"password", "byte", "binary", "int32", "int64", "float", "double"})
"""Formats that only annotate (``password`` marks a secret); they are not checked."""


class UnsupportedSchema(Exception):
    """A request schema using a keyword or format codegen cannot check."""


def _is_unset(value: Any) -> bool:
    return value is None or value is False or (isinstance(value, tuple) and not value)


def _args(*positional: str, **keywords: Any) -> str:
    parts = list(positional)
    # Identity, not equality: ``minimum=0`` must be kept although ``0 == False``.
    parts += [f"{key}={value!r}" for key, value in keywords.items() if not _is_unset(value)]
    return ", ".join(parts)


def _types(schema: Mapping[str, Any]) -> tuple[list[str], bool]:
    """The JSON types a schema names (without ``null``) and whether ``null`` is allowed."""
    raw = schema.get("type")
    types = [raw] if isinstance(raw, str) else list(raw or [])
    nullable = "null" in types or schema.get("nullable") is True
    return [t for t in types if t != "null"], nullable


def _is_null_schema(schema: Mapping[str, Any]) -> bool:
    return schema.get("type") == "null" and len(schema) == 1


class _RuleWriter:
    def __init__(self, schemas: Mapping[str, Any]) -> None:
        self.schemas = schemas

    def target(self, ref: str) -> tuple[str, Mapping[str, Any]]:
        name = ref.removeprefix(_SCHEMA_PREFIX)
        return name, self.schemas[name]

    def rule(self, schema: Mapping[str, Any], *, depth: int = 0) -> tuple[str | None, bool]:
        """(expression or None when anything goes, whether ``None`` is allowed)."""
        if depth > 20:
            raise UnsupportedSchema("$ref chain too deep")
        if "$ref" in schema:
            name, target = self.target(schema["$ref"])
            if "enum" in target:
                return f"_v.enum_member({name})", None in target["enum"]
            if _is_model(target):
                return f"_v.model(lambda: {name})", False
            merged = {**target, **{k: v for k, v in schema.items() if k != "$ref"}}
            return self.rule(merged, depth=depth + 1)
        for keyword in ("anyOf", "oneOf"):
            if keyword in schema:
                return self.any_of(schema, schema[keyword], depth)
        if "allOf" in schema:
            raise UnsupportedSchema("allOf inside a property: make it a named component")
        if "x-choices" in schema or "const" in schema:
            values = schema.get("x-choices", [schema.get("const")])
            return f"_v.choice({tuple(v for v in values if v is not None)!r})", None in values
        types, nullable = _types(schema)
        if len(types) > 1:
            rules = [self.rule({**schema, "type": t}, depth=depth + 1)[0] for t in types]
            if any(r is None for r in rules):
                return None, nullable
            return f"_v.any_of({', '.join(r for r in rules if r)})", nullable
        kind = types[0] if types else _implied_type(schema)
        if kind is None:
            return None, nullable
        return self.typed(kind, schema, depth), nullable

    def string(self, schema: Mapping[str, Any], formats: tuple[str, ...]) -> str:
        formats = tuple(fmt for fmt in formats if fmt not in ANNOTATION_FORMATS)
        unknown = [fmt for fmt in formats if fmt not in FORMATS]
        if unknown:
            raise UnsupportedSchema(f"format {unknown[0]!r} is not checked (known: {', '.join(FORMATS)})")
        arguments = _args(
            min_length=schema.get("minLength"),
            max_length=schema.get("maxLength"),
            pattern=schema.get("pattern"),
            formats=formats,
        )
        return f"_v.string({arguments})"

    def typed(self, kind: str, schema: Mapping[str, Any], depth: int) -> str | None:
        if kind == "string":
            fmt = schema.get("format")
            return self.string(schema, (fmt,) if fmt is not None else ())
        if kind in ("integer", "number"):
            bounds = {}
            for key, arg in (
                ("minimum", "minimum"),
                ("maximum", "maximum"),
                ("exclusiveMinimum", "exclusive_minimum"),
                ("exclusiveMaximum", "exclusive_maximum"),
            ):
                value = schema.get(key)
                if isinstance(value, bool):
                    raise UnsupportedSchema(f"{key} must be a number (OpenAPI 3.1), not a boolean")
                bounds[arg] = value
            if kind == "integer" and schema.get("format") == "int32":
                bounds["bits"] = 32
            return f"_v.{kind}({_args(**bounds)})"
        if kind == "boolean":
            return "_v.boolean()"
        if kind == "array":
            items = schema.get("items")
            item_rule: str | None = None
            if isinstance(items, Mapping):
                item_rule, item_nullable = self.rule(items, depth=depth + 1)
                if item_rule is not None and item_nullable:
                    item_rule = f"_v.optional({item_rule})"
            positional = (item_rule,) if item_rule else ()
            return (
                "_v.array("
                + _args(
                    *positional,
                    min_items=schema.get("minItems"),
                    max_items=schema.get("maxItems"),
                    unique_items=bool(schema.get("uniqueItems")),
                )
                + ")"
            )
        if kind == "object":
            extra = schema.get("additionalProperties")
            value_rule: str | None = None
            if isinstance(extra, Mapping):
                value_rule, value_nullable = self.rule(extra, depth=depth + 1)
                if value_rule is not None and value_nullable:
                    value_rule = f"_v.optional({value_rule})"
            return f"_v.mapping({value_rule or ''})"
        if kind == "null":
            return None
        raise UnsupportedSchema(f"unknown type {kind!r}")

    def any_of(self, schema: Mapping[str, Any], branches: list[Any], depth: int) -> tuple[str | None, bool]:
        shared = {k: v for k, v in schema.items() if k not in ("anyOf", "oneOf", "description", "x-source")}
        nullable = any(_is_null_schema(b) for b in branches) or _types(schema)[1]
        options = [b for b in branches if not _is_null_schema(b)]
        if not options:
            return None, True
        formats = [b.get("format") for b in options]
        only_formats = all(
            set(b) <= {"type", "format"} and b.get("type", "string") == "string" and b.get("format")
            for b in options
        )
        if only_formats:
            # ``anyOf: [{format: ipv4}, {format: ipv6}]``: one string rule accepting any of the formats.
            return self.string(shared, tuple(str(f) for f in formats)), nullable
        rules = []
        for branch in options:
            rule, branch_nullable = self.rule({**shared, **branch}, depth=depth + 1)
            nullable = nullable or branch_nullable
            if rule is None:
                return None, nullable
            rules.append(rule)
        if len(rules) == 1:
            return rules[0], nullable
        return f"_v.any_of({', '.join(rules)})", nullable


def _is_model(schema: Mapping[str, Any]) -> bool:
    """Whether a component becomes a generated class (the rest are inlined as plain types)."""
    return bool(schema.get("properties")) or "allOf" in schema


def _implied_type(schema: Mapping[str, Any]) -> str | None:
    if any(k in schema for k in ("minLength", "maxLength", "pattern", "format")):
        return "string"
    if any(k in schema for k in ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum")):
        return "number"
    if any(k in schema for k in ("items", "minItems", "maxItems")):
        return "array"
    return None


def field_rule(schemas: Mapping[str, Any], schema: Mapping[str, Any], *, required: bool) -> str | None:
    """The validator expression of one field, or ``None`` when the field takes any value.

    ``required`` fields that are not nullable get the bare rule; optional and nullable fields
    get ``_v.optional(rule)`` so ``None`` passes. Cross-field rules (``x-not-less-than``,
    ``x-must-contain``) make it a list of validators.
    """
    rule, nullable = _RuleWriter(schemas).rule(schema)
    rules: list[str] = []
    if rule is not None:
        rules.append(rule if required and not nullable else f"_v.optional({rule})")
    contains = schema.get("x-must-contain")
    if contains is not None:
        if not isinstance(contains, Mapping) or not contains:
            raise UnsupportedSchema("x-must-contain must map item fields to values")
        rules.append(f"_v.must_contain({dict(contains)!r})")
    condition = schema.get("x-required-if")
    if condition is not None:
        if not (isinstance(condition, Mapping) and len(condition) == 1):
            raise UnsupportedSchema("x-required-if must be {other field (its Python name): value}")
        ((field, value),) = condition.items()
        rules.append(f"_v.required_if({field!r}, {value!r})")
    other = schema.get("x-not-less-than")
    if other is not None:
        if not isinstance(other, str):
            raise UnsupportedSchema("x-not-less-than must name another field (its Python name)")
        rules.append(f"_v.not_less_than({other!r})")
    if not rules:
        return None
    return rules[0] if len(rules) == 1 else "_v.all_of(" + ", ".join(rules) + ")"
