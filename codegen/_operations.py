"""From a spec's operations to what the generated ``_operations.py`` and ``_api.py`` say.

For every operation: its arguments (the request's fields that the caller gives, with their
Python types, defaults, descriptions and wire encodings), the fields the client fills, the
JSON documents sent inside string fields, the envelope, the result type and the pager.
Argument types are the generated models' own annotations (read from their source), adjusted
for what a caller may pass: any sequence for a list, a mapping for a nested request model,
the plain string for a string enum.
"""

from __future__ import annotations

import ast
from collections.abc import Mapping
from typing import Any

import attrs

import gameplatform.errors
from codegen._rules import UnsupportedSchema, field_rule
from codegen._spec import Operation, Spec, SpecError, python_name

__all__ = [
    "ENVELOPE_KEYS",
    "ArgumentPlan",
    "OperationPlan",
    "error_class_module",
    "model_annotations",
    "plan_operations",
]

_SCHEMA_PREFIX = "#/components/schemas/"
ENVELOPE_KEYS = {
    "success-field": "success_field",
    "success-values": "success_values",
    "success-if-missing": "success_if_missing",
    "success-statuses": "statuses",
    "code-field": "code_field",
    "message-field": "message_field",
    "request-id-field": "request_id_field",
    "request-id-headers": "request_id_headers",
    "numeric-codes": "numeric_codes",
}
_LIST_NAMES = frozenset({"list", "list_aliased"})
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


@attrs.frozen
class OperationPlan:
    """Everything the templates write for one operation."""

    operation: Operation
    constant: str
    method_name: str | None
    result: str
    arguments: tuple[ArgumentPlan, ...]
    expression: str
    """The keyword arguments of the ``Operation(...)`` constant."""
    pager: dict[str, str] | None
    models: frozenset[str]
    returns: str
    """What the result is (the result model's description, else the 200 response's)."""
    """Model names the method signature needs."""


def model_annotations(source: str) -> dict[str, dict[str, str]]:
    """Class → field → annotation source, read from the generated models' source."""
    classes: dict[str, dict[str, str]] = {}
    for node in ast.parse(source).body:
        if isinstance(node, ast.ClassDef):
            fields = classes.setdefault(node.name, {})
            for item in node.body:
                if isinstance(item, ast.AnnAssign) and isinstance(item.target, ast.Name):
                    fields[item.target.id] = ast.unparse(item.annotation)
    return classes


class _Planner:
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
            if isinstance(part, ast.Subscript) and ast.unparse(part.value) in _LIST_NAMES:
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

    # -- operation -------------------------------------------------------------------------

    def result(self, operation: Operation) -> str:
        if operation.response_model is None:
            raise self.fail(operation, "needs a 200 response with a schema")
        if operation.result_field is None:
            return operation.response_model
        prop = (self.schemas[operation.response_model].get("properties") or {}).get(operation.result_field)
        name = self.ref_name(prop or {})
        if name is None:
            raise self.fail(operation, f"x-result {operation.result_field!r} must be a $ref to a model")
        return name

    def envelope(self, operation: Operation) -> str:
        merged = {**self.spec.envelope, **(operation.envelope or {})}
        unknown = sorted(set(merged) - set(ENVELOPE_KEYS))
        if unknown:
            raise self.fail(operation, f"unknown x-envelope keys {unknown} (known: {sorted(ENVELOPE_KEYS)})")
        if not operation.envelope:
            return "ENVELOPE"
        parts = []
        for key, value in merged.items():
            parts.append(f"{ENVELOPE_KEYS[key]}={tuple(value) if isinstance(value, list) else value!r}")
        return f"Envelope({', '.join(parts)})"

    def plan(self, operation: Operation) -> OperationPlan:
        self.models = set()
        plans: list[ArgumentPlan] = []
        extra: dict[str, list[str]] = {"fills": [], "contents": []}
        body = operation.request_model
        if body is not None and body == self.spec.common_body:
            body = None  # the common fields alone (the client fills them)
        if operation.params_model is not None:
            self.fields(operation, operation.params_model, "params", plans, extra)
        if body is not None:
            self.fields(operation, body, "body", plans, extra)
        names = [plan.name for plan in plans]
        duplicates = sorted({name for name in names if names.count(name) > 1})
        if duplicates:
            raise self.fail(operation, f"two fields are both named {duplicates}: set x-python-name on one")
        result = self.result(operation)
        self.models.add(result)
        result_schema = self.schemas.get(result, {})
        returns = " ".join(str(result_schema.get("description") or operation.result_description).split())
        options = self.options(operation)
        parts = [
            f"operation_id={operation.operation_id!r}",
            f"method={operation.method!r}",
            f"path={operation.path!r}",
            f"host={operation.host or 'default'!r}",
            f"idempotent={operation.idempotent!r}",
            f"auth={operation.auth!r}",
            f"result={result}",
            f"result_field={operation.result_field!r}",
            f"envelope={self.envelope(operation)}",
        ]
        if body is not None:
            parts.append(f"body={body}")
        if operation.params_model is not None:
            parts.append(f"params={operation.params_model}")
        if plans or options:
            parts.append(f"arguments=({''.join(p.expression + ', ' for p in plans + options)})")
        for key in ("contents", "fills"):
            if extra[key]:
                parts.append(f"{key}=({''.join(item + ', ' for item in extra[key])})")
        if self.spec.common_body is not None:
            parts.append("common_body=True")
        if operation.empty_result:
            parts.append("empty_result=True")
        if self.holds_secrets(result):
            parts.append("secret_result=True")
        if operation.effects:
            parts.append(f"effects=frozenset({sorted(operation.effects)!r})")
        pager = self.pager(operation, result, plans)
        if pager is not None:
            paging = operation.pagination or {}
            total = paging.get("total")
            parts.append(
                f"pagination=Pagination({python_name(str(paging['offset']))!r}, "
                f"{python_name(str(paging['limit']))!r}, {python_name(str(paging['items']))!r}, "
                f"{python_name(str(total)) if total else None!r})"
            )
        parts.append(f"summary={operation.summary!r}")
        return OperationPlan(
            operation=operation,
            constant=operation.operation_id.upper(),
            method_name=None if operation.internal else (operation.method_name or operation.operation_id),
            result=result,
            arguments=tuple(plans + options),
            expression=",\n    ".join(parts),
            pager=pager,
            models=frozenset(self.models),
            returns=returns,
        )

    def holds_secrets(self, model: str, seen: frozenset[str] = frozenset()) -> bool:
        """Whether ``model`` or a model inside it has an ``x-secret`` field."""
        schema = self.schemas.get(model, {})
        for prop in (schema.get("properties") or {}).values():
            if not isinstance(prop, Mapping):
                continue
            if prop.get("x-secret") is True or prop.get("format") == "password":
                return True
            for inner in (prop, prop.get("items") or {}):
                name = self.ref_name(inner) if isinstance(inner, Mapping) else None
                if name and name not in seen and self.holds_secrets(name, seen | {model}):
                    return True
        return False

    def pager(self, operation: Operation, result: str, plans: list[ArgumentPlan]) -> dict[str, str] | None:
        paging = operation.pagination
        if paging is None:
            return None
        offset, limit = python_name(str(paging["offset"])), python_name(str(paging["limit"]))
        items = python_name(str(paging["items"]))
        if {offset, limit} - {plan.name for plan in plans}:
            raise self.fail(operation, f"x-pagination: {offset!r} and {limit!r} must be arguments")
        annotation = self.annotations.get(result, {}).get(items, "")
        node = ast.parse(annotation.removesuffix(" | None") or "None", mode="eval").body
        if not (isinstance(node, ast.Subscript) and ast.unparse(node.value) in _LIST_NAMES):
            raise self.fail(operation, f"x-pagination: {result}.{items} must be a list")
        item = ast.unparse(node.slice)
        self.models.add(item)
        return {
            "method": str(paging["method"]),
            "item": item,
            "page_size": str(int(paging.get("page-size", 100))),
            "skip": f"{offset},{limit}",
        }


def _description(raw: Mapping[str, Any]) -> str:
    return " ".join(str(raw.get("description") or "").split())


def plan_operations(spec: Spec, annotations: dict[str, dict[str, str]]) -> list[OperationPlan]:
    """One plan per operation of ``spec``, in spec order."""
    return [_Planner(spec, annotations).plan(operation) for operation in spec.operations]


def error_class_module(name: str) -> str:
    """Where an error class named in a spec lives: ``gameplatform.errors`` or the platform's ``_errors``."""
    found = getattr(gameplatform.errors, name, None)
    is_sdk_error = isinstance(found, type) and issubclass(found, gameplatform.errors.GamePlatformError)
    return "errors" if is_sdk_error else "platform"
