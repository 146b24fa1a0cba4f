"""Writing ``_operations.py`` (operation constants) and ``_api.py`` (the methods) from the plans."""

from __future__ import annotations

import ast
import textwrap
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import jinja2

from codegen._operations import ENVELOPE_KEYS, OperationPlan, error_class_module
from codegen._spec import Spec
from codegen._text import docstring_body, docstring_literal

__all__ = ["render_api", "render_operations"]

_ENVIRONMENT = jinja2.Environment(
    loader=jinja2.FileSystemLoader(Path(__file__).parent / "templates"),
    undefined=jinja2.StrictUndefined,
    keep_trailing_newline=True,
    autoescape=False,  # Python source, not HTML
)
_ENVIRONMENT.filters["py"] = repr
_WIDTH = 100
_RUNTIME = (
    "Argument",
    "BoolText",
    "Content",
    "Envelope",
    "ErrorCode",
    "Fill",
    "Joined",
    "JsonText",
    "MapEntries",
    "Operation",
    "Pagination",
)


def _header(spec: Spec) -> str:
    from codegen._generate import header

    return header(spec.display_path)


def _names(source: str) -> set[str]:
    """Every name a module body refers to (so imports list exactly what is used)."""
    return {node.id for node in ast.walk(ast.parse(source)) if isinstance(node, ast.Name)}


def _import(module: str, names: Iterable[str]) -> list[str]:
    listed = sorted(set(names))
    return [f"from {module} import {', '.join(listed)}"] if listed else []


def _secret_keys(spec: Spec) -> tuple[str, ...]:
    keys: set[str] = set()
    for schema in spec.schemas.values():
        for name, prop in (schema.get("properties") or {}).items():
            if isinstance(prop, dict) and (prop.get("x-secret") is True or prop.get("format") == "password"):
                keys.add(name)
    return tuple(sorted(keys))


def render_operations(spec: Spec, plans: list[OperationPlan]) -> str:
    """The text of ``<platform>/_operations.py``."""
    envelope = ", ".join(
        f"{ENVELOPE_KEYS[key]}={tuple(value) if isinstance(value, list) else value!r}"
        for key, value in spec.envelope.items()
        if key in ENVELOPE_KEYS
    )
    items = [
        {
            "constant": plan.constant,
            "result": plan.result,
            "expression": plan.expression,
            "docstring": docstring_literal(plan.operation.summary, indent=0),
        }
        for plan in plans
    ]
    codes = spec.error_codes
    code_types = sorted({type(code.code).__name__ for code in codes}) or ["str"]
    context: dict[str, Any] = {
        "header": _header(spec),
        "docstring": docstring_literal(
            f"Operations of the {spec.title}: one ``Operation`` constant per operation of "
            f"``{spec.display_path}``.\n\n"
            "Each holds what a call needs beyond its arguments: method, path, host, retry safety, "
            "where every argument goes and how it is encoded, the fields the client fills, the "
            "envelope and the result model. ``ERROR_CODES`` and ``STATUS_ERRORS`` say which class "
            "each documented failure raises.",
            indent=0,
        ),
        "platform": spec.platform,
        "envelope": envelope,
        "plans": items,
        "code_type": " | ".join(code_types),
        "error_codes": codes,
        "statuses": spec.http_statuses,
        "secrets": _secret_keys(spec),
        "error_base": spec.error_base or "APIError",
        "exports": sorted(
            ["ENVELOPE", "ERRORS", "ERROR_CODES", "OPERATIONS", "PLATFORM", "SECRET_KEYS", "STATUS_ERRORS"]
            + [plan.constant for plan in plans]
        ),
        "imports": [],
    }
    draft = _ENVIRONMENT.get_template("operations.jinja2").render(**context)
    used = _names(draft)
    error_names = {name for name in used if error_class_module(name) == "errors"}
    platform_errors = {code.class_name for code in codes if code.class_name}
    if spec.error_base and error_class_module(spec.error_base) == "platform":
        platform_errors.add(spec.error_base)
    platform_errors |= {name for _, name in spec.http_statuses if error_class_module(name) == "platform"}
    models = used & set(spec.schemas)
    context["imports"] = [
        *(["from gameplatform import _validation as _v"] if "_v" in used else []),
        *_import("gameplatform._operation", used & set(_RUNTIME)),
        "from gameplatform._envelope import PlatformErrors",
        "from gameplatform._redaction import SecretKeys",
        *_import("gameplatform.errors", error_names | {"APIError"}),
        *_import(f"gameplatform.{spec.platform}._errors", platform_errors & used),
        *_import(f"gameplatform.{spec.platform}._models", models),
    ]
    return _ENVIRONMENT.get_template("operations.jinja2").render(**context)


def _method_docstring(
    plan: OperationPlan,
    returns: str,
    description: str,
    *,
    skip: Iterable[str] = (),
    extra: str = "",
    summary: str | None = None,
) -> str:
    operation = plan.operation
    paragraphs = [operation.summary if summary is None else summary, operation.description]
    text = "\n\n".join(p for p in paragraphs if p)
    body = docstring_body(text, indent=8) if text else ""
    body = body.replace("\n" + " " * 8, "\n")  # indented once, below, with the sections
    sections: list[str] = []
    skipped = set(skip)
    described = [
        (arg.name, arg.description) for arg in plan.arguments if arg.description and arg.name not in skipped
    ]
    if extra:
        described.append(("page_size", extra))
    if described:
        lines = ["Args:"]
        for name, text in described:
            lines.append(
                textwrap.fill(
                    f"{name}: {text}",
                    width=_WIDTH - 12,
                    initial_indent="    ",
                    subsequent_indent="        ",
                    break_long_words=False,
                    break_on_hyphens=False,
                )
            )
        sections.append("\n".join(lines))
    summary = f"{returns}: {description}" if description else returns
    sections.append(
        "Returns:\n"
        + textwrap.fill(
            summary,
            width=_WIDTH - 12,
            initial_indent="    ",
            subsequent_indent="        ",
            break_long_words=False,
        )
    )
    joined = "\n\n".join(sections).replace("\\", "\\\\").replace('"""', '\\"\\"\\"')
    full = f"{body}\n\n{joined}" if body else joined
    return '"""' + textwrap.indent(full, " " * 8)[8:] + "\n        " + '"""'


def _signature(plan: OperationPlan, *, skip: Iterable[str] = (), extra: str = "") -> str:
    skipped = set(skip)
    parts = []
    # Required arguments first (keyword-only, so the order is for the reader).
    for argument in sorted(plan.arguments, key=lambda argument: argument.default is not None):
        if argument.name in skipped:
            continue
        default = f" = {argument.default}" if argument.default is not None else ""
        parts.append(f"{argument.name}: {argument.annotation}{default}")
    if extra:
        parts.append(extra)
    return ", ".join(parts)


def _call_arguments(plan: OperationPlan, *, skip: Iterable[str] = ()) -> str:
    skipped = set(skip)
    pairs = [f"{a.name!r}: {a.name}" for a in plan.arguments if a.name not in skipped]
    return "{" + ", ".join(pairs) + "}"


def _methods(plan: OperationPlan) -> list[dict[str, str]]:
    if plan.method_name is None:
        return []
    constant = f"_op.{plan.constant}"
    methods = [
        {
            "name": plan.method_name,
            "parameters": _signature(plan),
            "returns": plan.result,
            "docstring": _method_docstring(plan, plan.result, plan.returns),
            "call": f"_invoke({constant}, {_call_arguments(plan)})",
        }
    ]
    if plan.pager is not None:
        skip = plan.pager["skip"].split(",")
        item = plan.pager["item"]
        page_size = f"page_size: int = {plan.pager['page_size']}"
        methods.append(
            {
                "name": plan.pager["method"],
                "parameters": _signature(plan, skip=skip, extra=page_size),
                "returns": f"Iterator[{item}]",
                "docstring": _method_docstring(
                    plan,
                    f"Iterator[{item}]",
                    f"Every entry of {plan.method_name}, fetched page_size at a time as the iterator "
                    "advances (arguments are checked before the first request).",
                    skip=skip,
                    extra="How many entries each request asks for.",
                    summary=f"Every entry {plan.method_name} lists, all pages walked in turn.",
                ),
                "call": f"_paginate({constant}, {_call_arguments(plan, skip=skip)}, item={item}, "
                "page_size=page_size)",
            }
        )
    return methods


def render_api(spec: Spec, plans: list[OperationPlan]) -> str:
    """The text of ``<platform>/_api.py``: one class of methods per scope."""
    classes = []
    for scope, class_name in spec.api_classes.items():
        methods = [m for plan in plans if plan.operation.scope == scope for m in _methods(plan)]
        classes.append(
            {
                "name": class_name,
                "docstring": docstring_literal(
                    f"The {spec.title}'s operations{' (' + scope + ' scope)' if scope != 'client' else ''} "
                    f"as methods, generated from ``{spec.display_path}``. Each builds and checks its "
                    "request before any I/O and returns the result model, or raises a typed error.",
                    indent=4,
                ),
                "methods": methods,
            }
        )
    context: dict[str, Any] = {
        "header": _header(spec),
        "docstring": docstring_literal(
            f"Methods of the {spec.title}, one per operation of ``{spec.display_path}``.\n\n"
            "Each is a typed, keyword-only signature whose body hands the operation and its "
            "arguments to the client (``_invoke``); the client class mixes these in.",
            indent=0,
        ),
        "classes": classes,
        "exports": sorted(c["name"] for c in classes),
        "imports": [],
    }
    draft = _ENVIRONMENT.get_template("api.jinja2").render(**context)
    used = _names(draft)
    context["imports"] = [
        *_import("collections.abc", used & {"Iterator", "Mapping", "Sequence"}),
        *_import("typing", used & {"Any"}),
        "",
        "from gameplatform._client import API",
        f"from gameplatform.{spec.platform} import _operations as _op",
        *_import(f"gameplatform.{spec.platform}._models", used & set(spec.schemas)),
    ]
    return _ENVIRONMENT.get_template("api.jinja2").render(**context)
