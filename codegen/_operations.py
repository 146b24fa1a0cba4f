"""From a spec's operations to what the generated ``_operations.py`` and ``_api.py`` say.

For every operation: its arguments (planned by ``codegen._arguments``: the request's fields
that the caller gives, with their Python types, defaults, descriptions and wire encodings, the
fields the client fills, the JSON documents sent inside string fields), the envelope, the
result type, the pager and the keyword arguments of its ``Operation(...)`` constant. Types are
read from the generated models' own annotations (``model_annotations``).
"""

from __future__ import annotations

import ast
from collections.abc import Mapping

import attrs

import gameplatform.errors
from codegen._arguments import LIST_NAMES, ArgumentPlan, ArgumentPlanner
from codegen._spec import Operation, Spec, python_name

__all__ = [
    "ENVELOPE_KEYS",
    "ArgumentPlan",
    "OperationPlan",
    "error_class_module",
    "model_annotations",
    "plan_operations",
]

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
    """Model names the method signature needs."""
    returns: str
    """What the result is (the result model's description, else the 200 response's)."""


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


class _Planner(ArgumentPlanner):
    """Plans whole operations: arguments, result, envelope, pager and the constant's keywords."""

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
        if not (isinstance(node, ast.Subscript) and ast.unparse(node.value) in LIST_NAMES):
            raise self.fail(operation, f"x-pagination: {result}.{items} must be a list")
        item = ast.unparse(node.slice)
        self.models.add(item)
        return {
            "method": str(paging["method"]),
            "item": item,
            "page_size": str(int(paging.get("page-size", 100))),
            "skip": f"{offset},{limit}",
        }


def plan_operations(spec: Spec, annotations: dict[str, dict[str, str]]) -> list[OperationPlan]:
    """One plan per operation of ``spec``, in spec order."""
    return [_Planner(spec, annotations).plan(operation) for operation in spec.operations]


def error_class_module(name: str) -> str:
    """Where an error class named in a spec lives: ``gameplatform.errors`` or the platform's ``_errors``."""
    found = getattr(gameplatform.errors, name, None)
    is_sdk_error = isinstance(found, type) and issubclass(found, gameplatform.errors.GamePlatformError)
    return "errors" if is_sdk_error else "platform"
