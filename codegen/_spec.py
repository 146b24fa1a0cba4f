"""Reading a platform spec and normalising it into what the generators need.

The normalised document differs from the hand-written one in three ways, all deterministic:

- each operation's parameters become a component schema ``<OperationIdPascal>Params``;
- inline object and enum schemas become named components (``<PropertyPascal>``, array items
  ``<PropertyPascal>Item``; prefixed with the parent schema's name when that is taken), so
  every generated class maps to exactly one component;
- integer/number enums become plain types carrying an ``x-choices`` list (codegen writes
  ``OpenStrEnum`` classes for string enums only; other enums are checked by value).
"""

from __future__ import annotations

import copy
import keyword
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import attrs
import yaml

import gameplatform.errors

__all__ = ["ErrorCodeSpec", "Operation", "Spec", "SpecError", "load_spec", "pascal_case"]

HTTP_METHODS = ("get", "put", "post", "delete", "patch")
PARAMETER_LOCATIONS = ("path", "query", "header")
_SCHEMA_PREFIX = "#/components/schemas/"
_OPERATION_ID = re.compile(r"^[a-z][a-z0-9]*(_[a-z0-9]+)*$")
_SCHEMA_NAME = re.compile(r"^[A-Z][A-Za-z0-9]*$")
_WORD_BOUNDARY = re.compile(r"[^A-Za-z0-9]+|(?<=[a-z0-9])(?=[A-Z])")


class SpecError(Exception):
    """A spec that breaks docs/spec-conventions.md; the message says where and what."""

    def __init__(self, spec: str, location: str, problem: str) -> None:
        self.spec = spec
        self.location = location
        self.problem = problem
        super().__init__(f"{spec}: {location}: {problem}")


def pascal_case(name: str) -> str:
    """``get_game_link`` → ``GetGameLink``; ``userIds`` → ``UserIds``; ``X-Api-Key`` → ``XApiKey``."""
    words = [word for word in _WORD_BOUNDARY.split(name) if word]
    return "".join(word[:1].upper() + word[1:] for word in words)


@attrs.frozen
class ErrorCodeSpec:
    """One ``x-error-codes`` entry."""

    code: str | int
    http_status: int
    error: str
    description: str


@attrs.frozen
class Operation:
    """One operation of the spec, with everything the endpoint constant needs."""

    operation_id: str
    method: str
    path: str
    idempotent: bool
    host: str | None
    summary: str
    request_model: str | None
    params_model: str | None
    response_model: str | None
    error_model: str | None
    result_field: str | None


@attrs.frozen
class Spec:
    """A loaded, checked and normalised platform spec."""

    path: Path
    display_path: str
    platform: str
    title: str
    document: dict[str, Any]
    operations: tuple[Operation, ...]
    error_codes: tuple[ErrorCodeSpec, ...]
    request_schemas: frozenset[str]

    @property
    def schemas(self) -> dict[str, Any]:
        """The normalised ``components/schemas``."""
        schemas: dict[str, Any] = self.document["components"]["schemas"]
        return schemas


def load_spec(path: Path, *, display_path: str | None = None) -> Spec:
    """Read ``path`` (YAML), check it against the conventions and normalise it."""
    shown = display_path or path.name
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as error:
        raise SpecError(shown, "(document)", f"not valid YAML: {error}") from None
    if not isinstance(raw, dict):
        raise SpecError(shown, "(document)", "must be a mapping")
    return _Normaliser(shown, path, raw).run()


class _Normaliser:
    def __init__(self, shown: str, path: Path, raw: dict[str, Any]) -> None:
        self.shown = shown
        self.path = path
        self.document = copy.deepcopy(raw)

    def fail(self, location: str, problem: str) -> SpecError:
        return SpecError(self.shown, location, problem)

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
        return Spec(
            path=self.path,
            display_path=self.shown,
            platform=str(platform),
            title=title,
            document=document,
            operations=operations,
            error_codes=self.error_codes(),
            request_schemas=frozenset(self.reachable(request_roots)),
        )

    # -- references --------------------------------------------------------------------------

    def schema_name(self, value: object, location: str) -> str:
        """The component name a ``$ref`` (or a bare schema name) points to; it must exist."""
        if not isinstance(value, str):
            raise self.fail(location, "must name a schema")
        name = value.removeprefix(_SCHEMA_PREFIX)
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

    def check_refs(self) -> None:
        for location, ref in _refs(self.document["components"]["schemas"], "components.schemas"):
            if not ref.startswith(_SCHEMA_PREFIX):
                raise self.fail(location, f"$ref {ref!r} must point into {_SCHEMA_PREFIX}")
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
            pending.extend(ref.removeprefix(_SCHEMA_PREFIX) for _, ref in _refs(schemas[name], name))
        return seen

    # -- operations ----------------------------------------------------------------------------

    def operations(self) -> Iterator[Operation]:
        paths = self.document.get("paths") or {}
        if not isinstance(paths, dict):
            raise self.fail("paths", "must be a mapping")
        seen: dict[str, str] = {}
        for path, item in paths.items():
            if not isinstance(item, dict):
                raise self.fail(f"paths.{path}", "must be a mapping")
            shared = item.get("parameters", [])
            for method in HTTP_METHODS:
                if method in item:
                    location = f"paths.{path}.{method}"
                    operation = self.operation(path, method, item[method], shared, location)
                    other = seen.setdefault(operation.operation_id, location)
                    if other != location:
                        raise self.fail(
                            location, f"operationId {operation.operation_id!r} is also used by {other}"
                        )
                    yield operation

    def operation(self, path: str, method: str, raw: Any, shared: Any, location: str) -> Operation:
        if not isinstance(raw, dict):
            raise self.fail(location, "must be a mapping")
        operation_id = raw.get("operationId")
        if not isinstance(operation_id, str) or not _OPERATION_ID.match(operation_id):
            raise self.fail(location, f"operationId must be snake_case, not {operation_id!r}")
        idempotent = raw.get("x-idempotent")
        if not isinstance(idempotent, bool):
            raise self.fail(
                location,
                "x-idempotent (true|false) is required: may the transport retry it after the request "
                "may have reached the platform?",
            )
        host = raw.get("x-host")
        if host is not None and not isinstance(host, str):
            raise self.fail(f"{location}.x-host", "must be a string")
        result_field = raw.get("x-result")
        if result_field is not None and not isinstance(result_field, str):
            raise self.fail(f"{location}.x-result", "must be a property name")
        summary = raw.get("summary", "")
        return Operation(
            operation_id=operation_id,
            method=method.upper(),
            path=path,
            idempotent=idempotent,
            host=host,
            summary=str(summary).strip(),
            request_model=self.request_model(raw, location),
            params_model=self.params_model(operation_id, method, path, raw, shared, location),
            response_model=self.response_model(raw, location),
            error_model=self.error_model(raw, location),
            result_field=result_field,
        )

    def json_schema_ref(self, holder: Any, location: str) -> str | None:
        """The schema name of ``content.application/json.schema`` (which must be a ``$ref``)."""
        if not isinstance(holder, dict) or "content" not in holder:
            return None
        content = holder["content"]
        media = content.get("application/json") if isinstance(content, dict) else None
        if not isinstance(media, dict) or "schema" not in media:
            raise self.fail(f"{location}.content", "only application/json content with a schema is supported")
        schema = media["schema"]
        if not isinstance(schema, dict) or "$ref" not in schema:
            raise self.fail(
                f"{location}.content.application/json.schema", "must be a $ref to a named component schema"
            )
        return self.schema_name(schema["$ref"], f"{location}.content.application/json.schema")

    def request_model(self, raw: dict[str, Any], location: str) -> str | None:
        body = self.resolve(raw.get("requestBody"), f"{location}.requestBody", "requestBodies")
        if body is None:
            return None
        return self.json_schema_ref(body, f"{location}.requestBody")

    def response_model(self, raw: dict[str, Any], location: str) -> str | None:
        responses = raw.get("responses")
        if not isinstance(responses, dict) or not responses:
            raise self.fail(f"{location}.responses", "must list at least the 200 response")
        for status in ("200", "201", "202"):
            if status in responses or int(status) in responses:
                response = responses.get(status, responses.get(int(status)))
                where = f"{location}.responses.{status}"
                return self.json_schema_ref(self.resolve(response, where, "responses"), where)
        return None

    def error_model(self, raw: dict[str, Any], location: str) -> str | None:
        responses = raw.get("responses") or {}
        if "default" in responses:
            where = f"{location}.responses.default"
            name = self.json_schema_ref(self.resolve(responses["default"], where, "responses"), where)
            if name is not None:
                return name
        return self.error_envelope.removeprefix(_SCHEMA_PREFIX) if self.error_envelope else None

    def params_model(
        self, operation_id: str, method: str, path: str, raw: dict[str, Any], shared: Any, location: str
    ) -> str | None:
        """Synthesise ``<OperationIdPascal>Params`` from path, query and header parameters."""
        merged: dict[tuple[str, str], dict[str, Any]] = {}
        for index, parameter in enumerate([*(shared or []), *(raw.get("parameters") or [])]):
            where = f"{location}.parameters[{index}]"
            parameter = self.resolve(parameter, where, "parameters")
            if not isinstance(parameter, dict) or not isinstance(parameter.get("name"), str):
                raise self.fail(where, "must be a parameter object with a name")
            placement = parameter.get("in")
            if placement not in PARAMETER_LOCATIONS:
                raise self.fail(
                    where, f"in must be one of {', '.join(PARAMETER_LOCATIONS)}, not {placement!r}"
                )
            if not isinstance(parameter.get("schema"), dict):
                raise self.fail(where, "must have a schema")
            merged[(parameter["name"], placement)] = parameter
        if not merged:
            return None
        name = f"{pascal_case(operation_id)}Params"
        schemas = self.document["components"]["schemas"]
        if name in schemas:
            raise self.fail(
                location, f"components.schemas.{name} clashes with the generated parameters model"
            )
        properties: dict[str, Any] = {}
        required: list[str] = []
        for (param_name, placement), parameter in merged.items():
            if param_name in properties:
                raise self.fail(location, f"parameter {param_name!r} appears in two places")
            schema = copy.deepcopy(parameter["schema"])
            if parameter.get("description") and "description" not in schema:
                schema["description"] = parameter["description"]
            schema["x-in"] = placement
            if "explode" in parameter:
                schema["x-explode"] = bool(parameter["explode"])
            if "style" in parameter:
                schema["x-style"] = parameter["style"]
            properties[param_name] = schema
            if parameter.get("required") or placement == "path":
                required.append(param_name)
        schemas[name] = {
            "type": "object",
            "additionalProperties": False,
            "description": f"Parameters of `{method.upper()} {path}` ({operation_id}).",
            "required": required,
            "properties": properties,
        }
        return name

    def error_codes(self) -> tuple[ErrorCodeSpec, ...]:
        raw = self.document.get("x-error-codes") or []
        if not isinstance(raw, list):
            raise self.fail("x-error-codes", "must be a list")
        codes: list[ErrorCodeSpec] = []
        seen: set[str | int] = set()
        for index, entry in enumerate(raw):
            where = f"x-error-codes[{index}]"
            if not isinstance(entry, dict) or set(entry) - {"code", "http_status", "error", "description"}:
                raise self.fail(where, "must be a mapping of code, http_status, error, description")
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
            codes.append(
                ErrorCodeSpec(code, status or 0, str(error), str(entry.get("description", "")).strip())
            )
        return tuple(codes)

    # -- schemas -------------------------------------------------------------------------------

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
                if _python_name(prop) == "additional_properties":
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
        ref = {"$ref": f"{_SCHEMA_PREFIX}{name}"}
        return {"anyOf": [ref, {"type": "null"}]} if nullable else ref

    def rewrite_enum(self, schema: dict[str, Any]) -> None:
        """Keep ``enum`` for string enums only; others become their type plus ``x-choices``."""
        values = schema.get("enum")
        if values is None:
            return
        if not isinstance(values, list) or not values:
            raise self.fail("(schema)", f"enum must be a non-empty list, not {values!r}")
        non_null = [value for value in values if value is not None]
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


def _python_name(name: str) -> str:
    snake = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", name)
    snake = re.sub(r"[^A-Za-z0-9]+", "_", snake).strip("_").lower()
    return f"{snake}_" if keyword.iskeyword(snake) else snake


def _refs(node: Any, location: str) -> Iterator[tuple[str, str]]:
    """Every ``$ref`` below ``node`` as (location, ref)."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "$ref" and isinstance(value, str):
                yield location, value
            else:
                yield from _refs(value, f"{location}.{key}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _refs(value, f"{location}[{index}]")
