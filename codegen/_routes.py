"""Reading a spec's ``paths`` into ``Operation`` objects.

Each path key is checked (a ``#label`` after the path tells apart two operations on the same
method and path; it is never sent), each operationId and each route (method, path, host and
credential) must be unique, and each operation's extensions are checked. The operation's path,
query and header parameters become a component schema ``<OperationIdPascal>Params``; its
request, response and error bodies must each be a ``$ref`` to a named component schema.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Iterator
from typing import Any

from codegen._spec_reader import SCHEMA_PREFIX, SpecReader
from codegen._spec_types import IDENTIFIER, Operation, pascal_case

__all__ = ["HTTP_METHODS", "PARAMETER_LOCATIONS", "OperationReader"]

HTTP_METHODS = ("get", "put", "post", "delete", "patch")
PARAMETER_LOCATIONS = ("path", "query", "header")
_OPERATION_ID = re.compile(r"^[a-z][a-z0-9]*(_[a-z0-9]+)*$")
_PATH_LABEL = re.compile(r"[a-z0-9]+(-[a-z0-9]+)*")


class OperationReader(SpecReader):
    """Reads the operations of ``paths`` (synthesising their parameters models)."""

    error_envelope: str | None
    """The document's ``x-error-envelope``: the error model of operations without a ``default`` response."""

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
            isinstance(method_name, str) and IDENTIFIER.fullmatch(method_name)
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
        return self.error_envelope.removeprefix(SCHEMA_PREFIX) if self.error_envelope else None

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
