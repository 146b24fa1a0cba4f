"""Reading a platform spec and normalising it into what the generators need.

``load_spec`` reads the YAML, refuses unknown ``x-`` keys (``codegen._extensions``), and
checks and normalises the document: the document-level settings and error tables here, the
operations of ``paths`` in ``codegen._routes``, the component schemas in ``codegen._schemas``
(on the base reader of ``codegen._spec_reader``); the result types are in
``codegen._spec_types`` (re-exported here).

The normalised document differs from the hand-written one in three ways, all deterministic:

- each operation's parameters become a component schema ``<OperationIdPascal>Params``;
- inline object and enum schemas become named components (``<PropertyPascal>``, array items
  ``<PropertyPascal>Item``; prefixed with the parent schema's name when that is taken), so
  every generated class maps to exactly one component;
- integer/number enums become plain types carrying an ``x-choices`` list (codegen writes
  ``OpenStrEnum`` classes for string enums only; other enums are checked by value).
"""

from __future__ import annotations

import re
from pathlib import Path

import yaml

import gameplatform.errors
from codegen._extensions import EXTENSIONS, check_extensions
from codegen._routes import OperationReader
from codegen._schemas import SchemaNormaliser
from codegen._spec_reader import SCHEMA_PREFIX, refs
from codegen._spec_types import (
    IDENTIFIER,
    ErrorCodeSpec,
    Operation,
    Spec,
    SpecError,
    pascal_case,
    python_name,
)

__all__ = [
    "EXTENSIONS",
    "ErrorCodeSpec",
    "Operation",
    "Spec",
    "SpecError",
    "load_spec",
    "pascal_case",
    "python_name",
]

_SCHEMA_NAME = re.compile(r"^[A-Z][A-Za-z0-9]*$")


def load_spec(path: Path, *, display_path: str | None = None) -> Spec:
    """Read ``path`` (YAML), check it against the conventions and normalise it."""
    shown = display_path or path.name
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as error:
        raise SpecError(shown, "(document)", f"not valid YAML: {error}") from None
    if not isinstance(raw, dict):
        raise SpecError(shown, "(document)", "must be a mapping")
    check_extensions(shown, raw, "")
    return _Normaliser(shown, path, raw).run()


class _Normaliser(OperationReader, SchemaNormaliser):
    """Checks and normalises a whole document into a ``Spec``."""

    def run(self) -> Spec:
        document = self.document
        version = str(document.get("openapi", ""))
        if not version.startswith("3.1"):
            raise self.fail("openapi", f"must be 3.1.x, not {version or 'missing'!r}")
        platform = document.get("x-platform")
        if platform != self.path.stem:
            raise self.fail("x-platform", f"must be {self.path.stem!r} (the file name), not {platform!r}")
        info = document.get("info")
        title = str(info.get("title", platform)) if isinstance(info, dict) else str(platform)
        components = document.setdefault("components", {})
        schemas = components.setdefault("schemas", {})
        if not isinstance(schemas, dict):
            raise self.fail("components.schemas", "must be a mapping")
        for name in schemas:
            if not _SCHEMA_NAME.match(name):
                raise self.fail(
                    f"components.schemas.{name}", "schema names must be PascalCase ([A-Z][A-Za-z0-9]*)"
                )
        self.error_envelope = document.get("x-error-envelope")
        if self.error_envelope is not None:
            self.schema_name(self.error_envelope, "x-error-envelope")
        operations = tuple(self.operations())
        for name in list(schemas):
            self.normalise_schema(name, schemas[name])
        self.check_refs()
        request_roots = [op.request_model for op in operations if op.request_model]
        request_roots += [op.params_model for op in operations if op.params_model]
        common_body = document.get("x-common-body")
        if common_body is not None:
            request_roots.append(self.schema_name(common_body, "x-common-body"))
        api_classes = document.get("x-api-classes") or {"client": f"{pascal_case(str(platform))}API"}
        if not isinstance(api_classes, dict) or not all(
            isinstance(k, str) and isinstance(v, str) and _SCHEMA_NAME.fullmatch(v)
            for k, v in api_classes.items()
        ):
            raise self.fail("x-api-classes", "must map scope names to class names ({client: FarGamesAPI})")
        for op in operations:
            if not op.internal and op.scope not in api_classes:
                raise self.fail(
                    f"paths.{op.path}.{op.method.lower()}",
                    f"scope {op.scope!r} has no class in x-api-classes",
                )
        envelope = document.get("x-envelope") or {}
        if not isinstance(envelope, dict):
            raise self.fail("x-envelope", "must be a mapping")
        error_base = document.get("x-error-base")
        if error_base is not None and not (
            isinstance(error_base, str) and _SCHEMA_NAME.fullmatch(error_base)
        ):
            raise self.fail("x-error-base", "must name a class")
        return Spec(
            path=self.path,
            display_path=self.shown,
            platform=str(platform),
            title=title,
            document=document,
            operations=operations,
            error_codes=self.error_codes(),
            request_schemas=frozenset(self.reachable(request_roots)),
            envelope=envelope,
            api_classes=dict(api_classes),
            error_base=error_base,
            http_statuses=self.http_statuses(),
            common_body=self.schema_name(common_body, "x-common-body") if common_body else None,
        )

    # -- references --------------------------------------------------------------------------

    def check_refs(self) -> None:
        for location, ref in refs(self.document["components"]["schemas"], "components.schemas"):
            if not ref.startswith(SCHEMA_PREFIX):
                raise self.fail(location, f"$ref {ref!r} must point into {SCHEMA_PREFIX}")
            self.schema_name(ref, location)

    def reachable(self, roots: list[str]) -> set[str]:
        schemas = self.document["components"]["schemas"]
        seen: set[str] = set()
        pending = list(roots)
        while pending:
            name = pending.pop()
            if name in seen:
                continue
            seen.add(name)
            pending.extend(ref.removeprefix(SCHEMA_PREFIX) for _, ref in refs(schemas[name], name))
        return seen

    # -- error tables ----------------------------------------------------------------------------

    def error_codes(self) -> tuple[ErrorCodeSpec, ...]:
        raw = self.document.get("x-error-codes") or []
        if not isinstance(raw, list):
            raise self.fail("x-error-codes", "must be a list")
        codes: list[ErrorCodeSpec] = []
        seen: set[str | int] = set()
        for index, entry in enumerate(raw):
            where = f"x-error-codes[{index}]"
            if not isinstance(entry, dict) or set(entry) - {
                "code",
                "http_status",
                "error",
                "class",
                "fields",
                "description",
            }:
                raise self.fail(
                    where, "must be a mapping of code, http_status, error[, class][, fields], description"
                )
            code, status, error = entry.get("code"), entry.get("http_status"), entry.get("error")
            if not isinstance(code, str | int) or isinstance(code, bool) or code in seen:
                raise self.fail(where, f"code must be a unique string or integer, not {code!r}")
            seen.add(code)
            if status is not None and (not isinstance(status, int) or not 100 <= status <= 599):
                raise self.fail(where, f"http_status must be an HTTP status, not {status!r}")
            error_class = getattr(gameplatform.errors, str(error), None)
            if not (isinstance(error_class, type) and issubclass(error_class, gameplatform.errors.APIError)):
                raise self.fail(
                    where, f"error must name an APIError class of gameplatform.errors, not {error!r}"
                )
            class_name = entry.get("class")
            if class_name is not None and not (
                isinstance(class_name, str) and _SCHEMA_NAME.fullmatch(class_name)
            ):
                raise self.fail(f"{where}.class", "must name a class of the platform's _errors.py")
            fields = entry.get("fields") or {}
            if not isinstance(fields, dict) or not all(
                isinstance(k, str) and IDENTIFIER.fullmatch(k) and isinstance(v, str)
                for k, v in fields.items()
            ):
                raise self.fail(f"{where}.fields", "must map keyword arguments to body keys")
            codes.append(
                ErrorCodeSpec(
                    code,
                    status or 0,
                    str(error),
                    str(entry.get("description", "")).strip(),
                    class_name,
                    tuple(sorted(fields.items())),
                )
            )
        return tuple(codes)

    def http_statuses(self) -> tuple[tuple[int, str], ...]:
        raw = self.document.get("x-http-statuses") or []
        if not isinstance(raw, list):
            raise self.fail("x-http-statuses", "must be a list")
        statuses: list[tuple[int, str]] = []
        for index, entry in enumerate(raw):
            where = f"x-http-statuses[{index}]"
            if not isinstance(entry, dict) or not isinstance(entry.get("status"), int):
                raise self.fail(where, "must be a mapping with status, error or class, and description")
            name = entry.get("class") or entry.get("error")
            if not (isinstance(name, str) and _SCHEMA_NAME.fullmatch(name)):
                raise self.fail(where, "needs error (a gameplatform.errors class) or class (the platform's)")
            statuses.append((entry["status"], name))
        return tuple(statuses)
