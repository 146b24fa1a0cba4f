"""The keyword arguments of a generated method, and how each is sent.

For each field of an operation's parameters model and request body: whether the caller gives
it (an argument) or the client fills it (``x-fill``), its Python type, default and
description, and its wire encoding (``x-bool-encoding``, ``x-join``, ``x-map-entries``, a JSON
document in a string field, or fields flattened from one with ``x-flatten``); plus the
``x-options`` arguments, which are not sent. Argument types are the generated models' own
annotations, adjusted for what a caller may pass: any sequence for a list, a mapping for a
nested request model, the plain string for a string enum.
"""

from __future__ import annotations

import ast
from collections.abc import Mapping
from typing import Any

import attrs

from codegen._rules import UnsupportedSchema, field_rule
from codegen._spec_types import Operation, Spec, SpecError, python_name

__all__ = ["LIST_NAMES", "ArgumentPlan", "ArgumentPlanner"]

_SCHEMA_PREFIX = "#/components/schemas/"
LIST_NAMES = frozenset({"list", "list_aliased"})
"""How generated models spell ``list`` (aliased when a field is named ``list``)."""
_SIMPLE_TYPES = {"boolean": "bool", "string": "str", "integer": "int", "number": "float"}


@attrs.frozen
class ArgumentPlan:
    """One keyword argument of a generated method."""

    name: str
    into: str
    annotation: str
    default: str | None
    description: str
    expression: str
    """The ``Argument(...)`` expression of the operation constant (``""`` for options)."""


class ArgumentPlanner:
    """Plans the arguments of one operation at a time, collecting the model names they need."""

    def __init__(self, spec: Spec, annotations: dict[str, dict[str, str]]) -> None:
        self.spec = spec
        self.schemas = spec.schemas
        self.annotations = annotations
        self.models: set[str] = set()

    def fail(self, operation: Operation, problem: str) -> SpecError:
        return SpecError(
            self.spec.display_path, f"paths.{operation.path}.{operation.method.lower()}", problem
        )

    # -- schema helpers --------------------------------------------------------------------

    def ref_name(self, schema: Mapping[str, Any]) -> str | None:
        ref = schema.get("$ref")
        if isinstance(ref, str):
            return ref.removeprefix(_SCHEMA_PREFIX)
        for branch in schema.get("anyOf") or []:
            if isinstance(branch, dict) and "$ref" in branch:
                return str(branch["$ref"]).removeprefix(_SCHEMA_PREFIX)
        return None

    def is_model(self, name: str) -> bool:
        return name in self.annotations and "enum" not in self.schemas.get(name, {})

    def is_enum(self, name: str) -> bool:
        return "enum" in self.schemas.get(name, {})

    def caller_type(self, annotation: str) -> tuple[str, str | None, bool]:
        """(the type a caller may pass, the request model to coerce into, whether it is a list)."""
        node = ast.parse(annotation, mode="eval").body
        model: list[str] = []
        many = False

        def widen(part: ast.expr) -> str:
            nonlocal many
            if isinstance(part, ast.BinOp) and isinstance(part.op, ast.BitOr):
                return f"{widen(part.left)} | {widen(part.right)}"
            if isinstance(part, ast.Subscript) and ast.unparse(part.value) in LIST_NAMES:
                many = True
                return f"Sequence[{widen(part.slice)}]"
            if isinstance(part, ast.Name) and self.is_model(part.id) and part.id in self.spec.request_schemas:
                model.append(part.id)
                self.models.add(part.id)
                return f"{part.id} | Mapping[str, Any]"
            if isinstance(part, ast.Name) and self.is_enum(part.id):
                self.models.add(part.id)
                return f"{part.id} | str"
            if isinstance(part, ast.Name) and part.id in self.annotations:
                self.models.add(part.id)
            return ast.unparse(part)

        return widen(node), (model[0] if model else None), many

    # -- arguments -------------------------------------------------------------------------

    def fields(
        self,
        operation: Operation,
        model: str,
        into: str,
        plans: list[ArgumentPlan],
        extra: dict[str, list[str]],
    ) -> None:
        """Arguments (into ``plans``) and fills/contents (into ``extra``) for the fields of ``model``."""
        schema = self.schemas[model]
        required = set(schema.get("required") or [])
        for json_name, raw in (schema.get("properties") or {}).items():
            field = str(raw.get("x-python-name") or python_name(json_name))
            where = f"{model}.{json_name}"
            annotation = self.annotations.get(model, {}).get(field)
            if annotation is None:
                raise self.fail(operation, f"no generated field {field!r} on {model}")
            source = raw.get("x-fill")
            if source is not None:
                extra["fills"].append(f"Fill({field!r}, {into!r}, {str(source)!r}, {json_name!r})")
                continue
            if raw.get("x-fill-if-missing") is not None:
                extra["fills"].append(
                    f"Fill({field!r}, {into!r}, {str(raw['x-fill-if-missing'])!r}, {json_name!r}, "
                    "only_if_missing=True)"
                )
            if raw.get("x-flatten"):
                content = raw.get("contentSchema")
                as_text = isinstance(content, Mapping)
                content_model = self.ref_name(content if isinstance(content, Mapping) else raw)
                if content_model is None or not self.is_model(content_model):
                    raise self.fail(
                        operation, f"{where}: x-flatten needs a $ref (or contentSchema $ref) to a model"
                    )
                self.models.add(content_model)
                self.fields(operation, content_model, field, plans, extra)
                text = ", as_text=True" if as_text else ""
                extra["contents"].append(f"Content({field!r}, {field!r}, {into!r}, {content_model}{text})")
                continue
            optional = json_name not in required or raw.get("x-fill-if-missing") is not None
            plans.append(self.argument(operation, field, into, raw, annotation, optional, where))
        if into in ("body", "params") and "additional_properties" in self.annotations.get(model, {}):
            plans.append(
                ArgumentPlan(
                    "extra_fields",
                    into,
                    "Mapping[str, Any] | None",
                    "None",
                    "Fields to send beyond the documented ones: their JSON names and values (a name "
                    "the method already sends is refused).",
                    f"Argument('extra_fields', {into!r}, field='additional_properties')",
                )
            )

    def argument(
        self,
        operation: Operation,
        field: str,
        into: str,
        raw: Mapping[str, Any],
        annotation: str,
        optional: bool,
        where: str,
    ) -> ArgumentPlan:
        base = annotation.removesuffix(" | None")
        keywords: list[str] = []
        model_name: str | None = None
        many = False
        if "x-bool-encoding" in raw:
            values = raw["x-bool-encoding"]
            if not (
                isinstance(values, list) and len(values) == 2 and all(isinstance(v, str) for v in values)
            ):
                raise self.fail(operation, f"{where}: x-bool-encoding must be [true text, false text]")
            caller = "bool"
            keywords.append(f"encoding=BoolText({values[0]!r}, {values[1]!r})")
        elif "x-join" in raw:
            join = raw["x-join"]
            if not (isinstance(join, dict) and isinstance(join.get("separator"), str)):
                raise self.fail(operation, f"{where}: x-join must be {{separator[, items]}}")
            caller = "Sequence[str]"
            keywords.append(f"encoding=Joined({join['separator']!r})")
            items = join.get("items")
            rule = self.rule(operation, where, items) if isinstance(items, Mapping) else None
            if rule:
                keywords.append(f"rule={rule}")
        elif "x-map-entries" in raw:
            entries = raw["x-map-entries"]
            entry_model = self.ref_name(raw.get("items") or {})
            if not (isinstance(entries, dict) and {"key", "value"} <= set(entries) and entry_model):
                raise self.fail(operation, f"{where}: x-map-entries needs {{key, value}} and items: $ref")
            key, value = python_name(str(entries["key"])), python_name(str(entries["value"]))
            value_type = self.annotations[entry_model][value].removesuffix(" | None")
            caller = f"Mapping[str, {value_type}]"
            keywords.append(f"encoding=MapEntries({entry_model}, {key!r}, {value!r})")
        elif raw.get("contentMediaType") == "application/json" and isinstance(
            raw.get("contentSchema"), Mapping
        ):
            content_model = self.ref_name(raw["contentSchema"])
            if content_model is None:
                raise self.fail(operation, f"{where}: contentSchema must be a $ref")
            self.models.add(content_model)
            caller = f"{content_model} | Mapping[str, Any]"
            keywords.append(f"encoding=JsonText({content_model})")
        else:
            caller, model_name, many = self.caller_type(base)
            if model_name is not None:
                keywords.append(f"model={model_name}")
            if many:
                keywords.append("many=True")
        default = None
        if "x-python-default" in raw:
            default = repr(raw["x-python-default"])
        elif optional:
            default = "None"
            caller = f"{caller} | None"
        expression = ", ".join([repr(field), repr(into), *keywords])
        return ArgumentPlan(field, into, caller, default, _description(raw), f"Argument({expression})")

    def rule(self, operation: Operation, where: str, schema: Mapping[str, Any]) -> str | None:
        try:
            return field_rule(self.schemas, schema, required=True)
        except UnsupportedSchema as error:
            raise self.fail(operation, f"{where}: {error}") from None

    def options(self, operation: Operation) -> list[ArgumentPlan]:
        plans = []
        for option in operation.options:
            name, schema = str(option["name"]), option["schema"]
            kind = _SIMPLE_TYPES.get(str(schema.get("type")))
            if kind is None:
                raise self.fail(operation, f"x-options {name!r}: the schema must be a simple type")
            default = repr(schema["default"]) if "default" in schema else None
            if "default" in schema and schema["default"] is None:
                kind = f"{kind} | None"
            rule = self.rule(operation, f"x-options.{name}", schema)
            keywords = [repr(name), "'options'", *([f"rule={rule}"] if rule else [])]
            expression = f"Argument({', '.join(keywords)})"
            plans.append(ArgumentPlan(name, "options", kind, default, _description(option), expression))
        return plans


def _description(raw: Mapping[str, Any]) -> str:
    return " ".join(str(raw.get("description") or "").split())
