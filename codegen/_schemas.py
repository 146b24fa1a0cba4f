"""Normalising component schemas so that every generated class maps to exactly one component.

- inline object and enum schemas become named components (``<PropertyPascal>``, array items
  ``<PropertyPascal>Item``, map values ``<Hint>Value``, ``anyOf``/``oneOf`` branches
  ``<Hint>Option<n>``; prefixed with the parent schema's name when that is taken);
- integer/number enums become plain types carrying an ``x-choices`` list (codegen writes
  ``OpenStrEnum`` classes for string enums only; other enums are checked by value).
"""

from __future__ import annotations

import re
from typing import Any

from codegen._spec_reader import SCHEMA_PREFIX, SpecReader
from codegen._spec_types import pascal_case, python_name

__all__ = ["SchemaNormaliser"]

_ENUM_MEMBER = re.compile(r"[A-Z][A-Z0-9_]*")


class SchemaNormaliser(SpecReader):
    """Hoists inline schemas into ``components/schemas`` and rewrites non-string enums."""

    def normalise_schema(self, name: str, schema: Any) -> None:
        """Hoist inline objects/enums of component ``name`` into components; rewrite non-string enums."""
        if not isinstance(schema, dict):
            raise self.fail(f"components.schemas.{name}", "must be a mapping")
        self.rewrite_enum(schema)
        self.walk(name, schema, name, f"components.schemas.{name}")

    def walk(self, owner: str, schema: dict[str, Any], hint: str, location: str) -> None:
        """Hoist the inline schemas below ``schema``; ``hint`` names them (``<hint>Item`` for items…)."""
        properties = schema.get("properties")
        if isinstance(properties, dict):
            for prop, sub in properties.items():
                if python_name(prop) == "additional_properties":
                    raise self.fail(f"{location}.properties.{prop}", "the name is reserved for unknown keys")
                properties[prop] = self.hoist(owner, sub, pascal_case(prop), f"{location}.properties.{prop}")
        if isinstance(schema.get("items"), dict):
            schema["items"] = self.hoist(owner, schema["items"], f"{hint}Item", f"{location}.items")
        if isinstance(schema.get("additionalProperties"), dict):
            schema["additionalProperties"] = self.hoist(
                owner, schema["additionalProperties"], f"{hint}Value", f"{location}.additionalProperties"
            )
        for keyword_ in ("anyOf", "oneOf"):
            branches = schema.get(keyword_)
            if isinstance(branches, list):
                schema[keyword_] = [
                    self.hoist(owner, branch, f"{hint}Option{i + 1}", f"{location}.{keyword_}[{i}]")
                    for i, branch in enumerate(branches)
                ]
        branches = schema.get("allOf")
        if isinstance(branches, list):
            for i, branch in enumerate(branches):
                if isinstance(branch, dict) and "$ref" not in branch:
                    self.rewrite_enum(branch)
                    self.walk(owner, branch, hint, f"{location}.allOf[{i}]")

    def hoist(self, owner: str, schema: Any, hint: str, location: str) -> Any:
        """``schema`` itself, or a ``$ref`` to the component it became when it is an inline object or enum."""
        if not isinstance(schema, dict):
            raise self.fail(location, "must be a schema mapping")
        self.rewrite_enum(schema)
        if "$ref" in schema:
            return schema
        is_model = isinstance(schema.get("properties"), dict) and bool(schema["properties"])
        if not (is_model or "enum" in schema):
            self.walk(owner, schema, hint, location)
            return schema
        schemas = self.document["components"]["schemas"]
        name = hint if hint not in schemas else f"{owner}{hint}"
        if name in schemas:
            raise self.fail(
                location, f"cannot name this inline schema ({name} is taken): make it a named component"
            )
        hoisted = dict(schema)
        nullable = _drop_null(hoisted)
        schemas[name] = hoisted
        self.walk(name, hoisted, name, f"components.schemas.{name}")
        ref = {"$ref": f"{SCHEMA_PREFIX}{name}"}
        return {"anyOf": [ref, {"type": "null"}]} if nullable else ref

    def rewrite_enum(self, schema: dict[str, Any]) -> None:
        """Keep ``enum`` for string enums only; others become their type plus ``x-choices``."""
        values = schema.get("enum")
        if values is None:
            return
        if not isinstance(values, list) or not values:
            raise self.fail("(schema)", f"enum must be a non-empty list, not {values!r}")
        non_null = [value for value in values if value is not None]
        names = schema.get("x-enum-varnames")
        if names is not None and not (
            isinstance(names, list)
            and len(names) == len(non_null)
            and all(isinstance(n, str) and _ENUM_MEMBER.fullmatch(n) for n in names)
        ):
            raise self.fail("(schema)", "x-enum-varnames must name every enum value, in order, in UPPER_CASE")
        if all(isinstance(value, str) for value in non_null):
            return
        del schema["enum"]
        schema["x-choices"] = values


def _drop_null(schema: dict[str, Any]) -> bool:
    """Remove ``"null"`` from a ``type`` list; say whether it was there."""
    types = schema.get("type")
    if isinstance(types, list) and "null" in types:
        rest = [t for t in types if t != "null"]
        schema["type"] = rest[0] if len(rest) == 1 else rest
        return True
    return False
