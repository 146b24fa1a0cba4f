"""Reading specs: convention checks with clear messages, and the normalisation codegen relies on."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from codegen import SpecError, load_spec
from codegen._spec import pascal_case

MINIMAL: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "Mini API", "version": "1"},
    "x-platform": "mini",
    "paths": {
        "/things": {
            "post": {
                "operationId": "create_thing",
                "x-idempotent": False,
                "requestBody": {
                    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ThingRequest"}}}
                },
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}},
                    }
                },
            }
        }
    },
    "components": {
        "schemas": {
            "ThingRequest": {
                "type": "object",
                "additionalProperties": False,
                "properties": {"name": {"type": "string"}, "part": {"$ref": "#/components/schemas/Part"}},
            },
            "Part": {"type": "object", "properties": {"size": {"type": "integer"}}},
            "Thing": {"type": "object", "properties": {"id": {"type": "integer"}}},
        }
    },
}


def write(tmp_path: Path, document: dict[str, Any], name: str = "mini") -> Path:
    path = tmp_path / f"{name}.yaml"
    path.write_text(yaml.safe_dump(document, sort_keys=False), encoding="utf-8")
    return path


def changed(**edits: Any) -> dict[str, Any]:
    """MINIMAL with ``edits`` applied to its single operation."""
    document: dict[str, Any] = yaml.safe_load(yaml.safe_dump(MINIMAL))
    operation = document["paths"]["/things"]["post"]
    for key, value in edits.items():
        if value is None:
            operation.pop(key)
        else:
            operation[key] = value
    return document


def error_of(tmp_path: Path, document: dict[str, Any]) -> SpecError:
    with pytest.raises(SpecError) as caught:
        load_spec(write(tmp_path, document))
    return caught.value


def test_minimal_spec_loads(tmp_path: Path) -> None:
    spec = load_spec(write(tmp_path, MINIMAL))
    (operation,) = spec.operations
    assert (operation.operation_id, operation.method, operation.idempotent) == ("create_thing", "POST", False)
    assert (operation.request_model, operation.response_model, operation.params_model) == (
        "ThingRequest",
        "Thing",
        None,
    )
    assert spec.request_schemas == {"ThingRequest", "Part"}  # Part is reachable from the request


def test_missing_x_idempotent_is_an_error(tmp_path: Path) -> None:
    error = error_of(tmp_path, changed(**{"x-idempotent": None}))
    assert error.location == "paths./things.post"
    assert "x-idempotent (true|false) is required" in error.problem


def test_x_idempotent_must_be_a_boolean(tmp_path: Path) -> None:
    assert "x-idempotent" in error_of(tmp_path, changed(**{"x-idempotent": "yes"})).problem


def test_operation_id_must_be_snake_case(tmp_path: Path) -> None:
    assert "snake_case" in error_of(tmp_path, changed(operationId="createThing")).problem


def test_request_body_must_reference_a_component(tmp_path: Path) -> None:
    inline = {"content": {"application/json": {"schema": {"type": "object"}}}}
    error = error_of(tmp_path, changed(requestBody=inline))
    assert error.problem == "must be a $ref to a named component schema"


def test_unresolved_reference_is_an_error(tmp_path: Path) -> None:
    document = changed()
    document["components"]["schemas"]["Thing"]["properties"]["other"] = {"$ref": "#/components/schemas/Nope"}
    assert "no schema named 'Nope'" in error_of(tmp_path, document).problem


def test_platform_must_match_the_file_name(tmp_path: Path) -> None:
    document = changed()
    document["x-platform"] = "other"
    assert "must be 'mini'" in error_of(tmp_path, document).problem


def test_openapi_version_must_be_3_1(tmp_path: Path) -> None:
    document = changed()
    document["openapi"] = "3.0.3"
    assert "must be 3.1.x" in error_of(tmp_path, document).problem


def test_error_codes_must_name_sdk_error_classes(tmp_path: Path) -> None:
    document = changed()
    document["x-error-codes"] = [{"code": "x", "http_status": 400, "error": "KeyError", "description": ""}]
    assert "APIError class" in error_of(tmp_path, document).problem


def test_schema_names_must_be_pascal_case(tmp_path: Path) -> None:
    document = changed()
    document["components"]["schemas"]["thing_item"] = {"type": "object"}
    assert "PascalCase" in error_of(tmp_path, document).problem


def test_parameters_become_a_params_schema(tmp_path: Path) -> None:
    parameters = [
        {"name": "thingId", "in": "path", "required": True, "schema": {"type": "integer"}},
        {
            "name": "tag",
            "in": "query",
            "schema": {"type": "array", "items": {"type": "string"}},
            "explode": True,
        },
        {"name": "X-Key", "in": "header", "required": True, "schema": {"type": "string"}},
    ]
    spec = load_spec(write(tmp_path, changed(parameters=parameters)))
    assert spec.operations[0].params_model == "CreateThingParams"
    params = spec.schemas["CreateThingParams"]
    assert params["additionalProperties"] is False
    assert params["required"] == ["thingId", "X-Key"]
    assert params["properties"]["tag"]["x-in"] == "query"
    assert params["properties"]["tag"]["x-explode"] is True
    assert "CreateThingParams" in spec.request_schemas


def test_cookie_parameters_are_refused(tmp_path: Path) -> None:
    parameters = [{"name": "session", "in": "cookie", "schema": {"type": "string"}}]
    assert (
        "in must be one of path, query, header" in error_of(tmp_path, changed(parameters=parameters)).problem
    )


def test_inline_objects_and_enums_become_named_components(tmp_path: Path) -> None:
    document = changed()
    document["components"]["schemas"]["Thing"]["properties"].update(
        {
            "owner": {"type": "object", "properties": {"name": {"type": "string"}}},
            "kinds": {"type": "array", "items": {"type": "string", "enum": ["a", "b"]}},
            "level": {"type": "integer", "enum": [1, 2]},
        }
    )
    spec = load_spec(write(tmp_path, document))
    properties = spec.schemas["Thing"]["properties"]
    assert properties["owner"] == {"$ref": "#/components/schemas/Owner"}
    assert properties["kinds"]["items"] == {"$ref": "#/components/schemas/KindsItem"}
    assert spec.schemas["KindsItem"]["enum"] == ["a", "b"]
    assert properties["level"] == {"type": "integer", "x-choices": [1, 2]}


def _second_route(key: str, host: str | None) -> dict[str, Any]:
    """MINIMAL plus a copy of its operation under the paths key ``key`` (served by ``host``)."""
    document = changed(**{"x-host": "one"})
    copy = yaml.safe_load(yaml.safe_dump(document["paths"]["/things"]["post"]))
    copy["operationId"] = "create_other_thing"
    if host is None:
        copy.pop("x-host")
    else:
        copy["x-host"] = host
    document["paths"][key] = {"post": copy}
    return document


def test_a_path_label_lists_the_same_route_on_another_host(tmp_path: Path) -> None:
    spec = load_spec(write(tmp_path, _second_route("/things#other-host", "two")))
    routes = [(op.operation_id, op.method, op.path, op.host) for op in spec.operations]
    assert routes == [
        ("create_thing", "POST", "/things", "one"),
        ("create_other_thing", "POST", "/things", "two"),  # the label is not part of the path
    ]


def test_the_same_method_path_and_host_twice_is_an_error(tmp_path: Path) -> None:
    error = error_of(tmp_path, _second_route("/things#again", "one"))
    assert error.location == "paths./things#again.post"
    assert error.problem == "paths./things.post has the same method, path, host and credential"


@pytest.mark.parametrize("label", ["", "Upper", "two words", "-dash"])
def test_a_path_label_is_lower_case_words_and_dashes(tmp_path: Path, label: str) -> None:
    error = error_of(tmp_path, _second_route(f"/things#{label}", "two"))
    assert "path label" in error.problem


def test_a_path_key_may_carry_a_label(tmp_path: Path) -> None:
    document = changed()
    document["paths"]["/things#by-owner"] = document["paths"].pop("/things")
    spec = load_spec(write(tmp_path, document))
    assert spec.operations[0].path == "/things"
    document["paths"]["/things#Not A Label"] = document["paths"].pop("/things#by-owner")
    assert "path label" in error_of(tmp_path, document).problem


@pytest.mark.parametrize("names", [["GOLD"], ["GOLD", "silver"], "GOLD"])
def test_enum_varnames_must_name_every_value(tmp_path: Path, names: object) -> None:
    document = changed()
    document["components"]["schemas"]["Grade"] = {
        "type": "string",
        "enum": ["3", "4"],
        "x-enum-varnames": names,
    }
    assert "x-enum-varnames" in error_of(tmp_path, document).problem


@pytest.mark.parametrize(
    ("name", "expected"),
    [("get_game_link", "GetGameLink"), ("userIds", "UserIds"), ("X-Api-Key", "XApiKey"), ("list", "List")],
)
def test_pascal_case(name: str, expected: str) -> None:
    assert pascal_case(name) == expected
