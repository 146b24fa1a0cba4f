"""The base of the spec readers: the document being read, failing at a location, following ``$ref``."""

from __future__ import annotations

import copy
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from codegen._spec_types import SpecError

__all__ = ["SCHEMA_PREFIX", "SpecReader", "refs"]

SCHEMA_PREFIX = "#/components/schemas/"


class SpecReader:
    """A spec document being checked and normalised (a deep copy: the loaded YAML is not changed)."""

    def __init__(self, shown: str, path: Path, raw: dict[str, Any]) -> None:
        self.shown = shown
        self.path = path
        self.document = copy.deepcopy(raw)

    def fail(self, location: str, problem: str) -> SpecError:
        return SpecError(self.shown, location, problem)

    # -- references --------------------------------------------------------------------------

    def schema_name(self, value: object, location: str) -> str:
        """The component name a ``$ref`` (or a bare schema name) points to; it must exist."""
        if not isinstance(value, str):
            raise self.fail(location, "must name a schema")
        name = value.removeprefix(SCHEMA_PREFIX)
        if name not in self.document["components"]["schemas"]:
            raise self.fail(location, f"no schema named {name!r} in components.schemas")
        return name

    def resolve(self, node: Any, location: str, section: str) -> Any:
        """Follow a ``$ref`` to ``#/components/<section>/…`` (parameters, responses, requestBodies)."""
        if not isinstance(node, dict) or "$ref" not in node:
            return node
        prefix = f"#/components/{section}/"
        ref = node["$ref"]
        if not isinstance(ref, str) or not ref.startswith(prefix):
            raise self.fail(location, f"$ref must point into {prefix}")
        target = self.document["components"].get(section, {}).get(ref.removeprefix(prefix))
        if target is None:
            raise self.fail(location, f"unresolved $ref {ref}")
        return target


def refs(node: Any, location: str) -> Iterator[tuple[str, str]]:
    """Every ``$ref`` below ``node`` as (location, ref)."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "$ref" and isinstance(value, str):
                yield location, value
            else:
                yield from refs(value, f"{location}.{key}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from refs(value, f"{location}[{index}]")
