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
import difflib
import keyword
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import attrs
import yaml

import gameplatform.errors

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

HTTP_METHODS = ("get", "put", "post", "delete", "patch")
PARAMETER_LOCATIONS = ("path", "query", "header")
_SCHEMA_PREFIX = "#/components/schemas/"
_OPERATION_ID = re.compile(r"^[a-z][a-z0-9]*(_[a-z0-9]+)*$")
_SCHEMA_NAME = re.compile(r"^[A-Z][A-Za-z0-9]*$")
_WORD_BOUNDARY = re.compile(r"[^A-Za-z0-9]+|(?<=[a-z0-9])(?=[A-Z])")
_IDENTIFIER = re.compile(r"[a-z_][a-z0-9_]*")
_PATH_LABEL = re.compile(r"[a-z0-9]+(-[a-z0-9]+)*")
_ENUM_MEMBER = re.compile(r"[A-Z][A-Z0-9_]*")

EXTENSIONS: dict[str, str] = {
    # document
    "x-platform": "the platform's name (the spec's file name)",
    "x-source": "where a shape or rule comes from (documentation)",
    "x-signing": "the signing scheme (documentation; the signer is hand-written)",
    "x-error-envelope": "the schema of error bodies",
    "x-error-codes": "documented error codes and the classes they raise",
    "x-http-statuses": "classes for HTTP statuses that carry no documented code",
    "x-error-base": "the platform's base error class (in its _errors.py)",
    "x-envelope": "how answers are wrapped: success test, code, message, request id",
    "x-common-body": "a schema whose fields every request body also carries (the client fills them)",
    "x-api-classes": "the generated method classes, per scope ({client: FarGamesAPI})",
    "x-host": "which host setting serves an operation (or names a server)",
    # operation
    "x-idempotent": "whether the transport may retry the operation after it may have arrived",
    "x-result": "the envelope property that carries the result",
    "x-auth": "the credential the call carries (signature, server-token, player-token, none, …)",
    "x-method-name": "the method's name when it differs from the operationId",
    "x-sdk-internal": "no public method (the client calls it itself)",
    "x-scope": "which generated class gets the method (a key of x-api-classes)",
    "x-pagination": "offset/limit paging, and the iter_* method that walks it",
    "x-empty-result": "a success without data is an empty result",
    "x-effects": "platform behaviours the answer triggers (keeps-tokens, drops-tokens)",
    "x-options": "method arguments that are not sent (they steer the client's handling)",
    # property or parameter
    "x-secret": "a secret: kept out of repr and redacted from error bodies",
    "x-python-name": "the Python name of a field (and of its argument)",
    "x-fill": "the client fills the field itself (from a named source); no argument",
    "x-fill-if-missing": "the argument is optional; the client fills it when not given",
    "x-bool-encoding": "a bool argument sent as text: [true text, false text]",
    "x-join": "a list argument sent as one string joined with this separator",
    "x-map-entries": "a mapping argument sent as a list of {key, value} objects",
    "x-flatten": "the properties of this JSON-in-a-string document become the arguments",
    "x-python-default": "the argument's Python default",
    "x-not-less-than": "a number field that must not be lower than another field",
    "x-required-if": "an optional field that is required when another field has a value",
    "x-must-contain": "an array that must hold an item with these field values",
    # schema
    "x-enum-varnames": "the member names of a string enum, in value order (for values like '3')",
}
"""Every ``x-`` key codegen knows; any other is refused (a misspelt key would be silently ignored)."""


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
    class_name: str | None = None
    """The platform's own class for it (defined in the platform's ``_errors.py``)."""
    fields: tuple[tuple[str, str], ...] = ()


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
    auth: str = "none"
    description: str = ""
    result_description: str = ""
    method_name: str | None = None
    internal: bool = False
    scope: str = "client"
    pagination: dict[str, Any] | None = None
    envelope: dict[str, Any] | None = None
    empty_result: bool = False
    effects: tuple[str, ...] = ()
    options: tuple[dict[str, Any], ...] = ()


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
    envelope: dict[str, Any] = attrs.field(factory=dict)
    api_classes: dict[str, str] = attrs.field(factory=dict)
    error_base: str | None = None
    http_statuses: tuple[tuple[int, str], ...] = ()
    common_body: str | None = None

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
    _check_extensions(shown, raw, "")
    return _Normaliser(shown, path, raw).run()


def _check_extensions(shown: str, node: Any, location: str) -> None:
    """Refuse every ``x-`` key codegen does not know, naming the closest known one."""
    if isinstance(node, dict):
        for key, value in node.items():
            where = f"{location}.{key}" if location else str(key)
            if isinstance(key, str) and key.startswith("x-") and key not in EXTENSIONS:
                close = difflib.get_close_matches(key, EXTENSIONS, n=1)
                hint = (
                    f"; did you mean {close[0]!r}?" if close else f" (known: {', '.join(sorted(EXTENSIONS))})"
                )
                raise SpecError(shown, where, f"unknown extension {key!r}{hint}")
            if key in ("x-source", "x-signing", "example", "examples"):
                continue  # free text and sample data
            _check_extensions(shown, value, where)
    elif isinstance(node, list):
        for index, item in enumerate(node):
            _check_extensions(shown, item, f"{location}[{index}]")


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
        routes: dict[tuple[str, str, str | None, str], str] = {}
        for key, item in paths.items():
            if not isinstance(item, dict):
                raise self.fail(f"paths.{key}", "must be a mapping")
            path = self.wire_path(key)
            shared = item.get("parameters", [])
            for method in HTTP_METHODS:
                if method in item:
                    location = f"paths.{key}.{method}"
                    operation = self.operation(path, method, item[method], shared, location)
                    other = seen.setdefault(operation.operation_id, location)
                    if other != location:
                        raise self.fail(
                            location, f"operationId {operation.operation_id!r} is also used by {other}"
                        )
                    route = (operation.method, operation.path, operation.host, operation.auth)
                    same = routes.setdefault(route, location)
                    if same != location:
                        raise self.fail(location, f"{same} has the same method, path, host and credential")
                    yield operation

    def wire_path(self, key: Any) -> str:
        """The path a key stands for: ``/a/{b}#label`` is ``/a/{b}``.

        OpenAPI allows one operation per method and path; the label tells apart two operations
        on the same method and path that differ in the host serving them or the credential
        they carry (the label is never sent).
        """
        if not isinstance(key, str) or not key.startswith("/"):
            raise self.fail(f"paths.{key}", "a path must start with '/'")
        path, hash_sign, label = key.partition("#")
        if hash_sign and not _PATH_LABEL.fullmatch(label):
            raise self.fail(f"paths.{key}", "a path label (after '#') must be lower-case words joined by '-'")
        return path

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
        auth = raw.get("x-auth", "none")
        if not isinstance(auth, str):
            raise self.fail(f"{location}.x-auth", "must be a string")
        method_name = raw.get("x-method-name")
        if method_name is not None and not (
            isinstance(method_name, str) and _IDENTIFIER.fullmatch(method_name)
        ):
            raise self.fail(f"{location}.x-method-name", "must be a snake_case identifier")
        internal = raw.get("x-sdk-internal", False)
        scope = raw.get("x-scope", "client")
        pagination = raw.get("x-pagination")
        if pagination is not None and not (
            isinstance(pagination, dict)
            and {"method", "offset", "limit", "items"} <= set(pagination)
            and set(pagination) <= {"method", "offset", "limit", "items", "total", "page-size"}
        ):
            raise self.fail(
                f"{location}.x-pagination",
                "must be {method, offset, limit, items[, total][, page-size]}",
            )
        envelope = raw.get("x-envelope")
        if envelope is not None and not isinstance(envelope, dict):
            raise self.fail(f"{location}.x-envelope", "must be a mapping")
        effects = raw.get("x-effects", [])
        if not isinstance(effects, list) or not all(isinstance(e, str) for e in effects):
            raise self.fail(f"{location}.x-effects", "must be a list of names")
        options = raw.get("x-options", [])
        if not isinstance(options, list) or not all(
            isinstance(o, dict) and isinstance(o.get("name"), str) and isinstance(o.get("schema"), dict)
            for o in options
        ):
            raise self.fail(f"{location}.x-options", "must be a list of {name, schema[, description]}")
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
            auth=auth,
            description=str(raw.get("description") or "").strip(),
            result_description=self.result_description(raw),
            method_name=method_name,
            internal=bool(internal),
            scope=str(scope),
            pagination=pagination,
            envelope=envelope,
            empty_result=bool(raw.get("x-empty-result", False)),
            effects=tuple(effects),
            options=tuple(options),
        )

    def result_description(self, raw: dict[str, Any]) -> str:
        responses = raw.get("responses") or {}
        for status in ("200", "201", "202"):
            response = responses.get(status, responses.get(int(status)))
            if isinstance(response, dict):
                return str(response.get("description") or "").strip()
        return ""

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
            for key, value in parameter.items():
                if key.startswith("x-") and key != "x-source":
                    schema[key] = copy.deepcopy(value)
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
                isinstance(k, str) and _IDENTIFIER.fullmatch(k) and isinstance(v, str)
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


def python_name(name: str) -> str:
    """The snake_case Python name datamodel-code-generator gives a JSON name."""
    return _python_name(name)


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
