"""What the generator makes of tests/codegen/specs/demo.yaml: attrs models, validators, endpoints."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import attrs
import pytest

from gameplatform._enums import OpenStrEnum
from gameplatform._operation import Argument, ErrorCode
from gameplatform._serde import from_wire, to_wire
from gameplatform.errors import AuthenticationError, NotFoundError, ValidationError

VALID_CREATE: dict[str, Any] = {
    "name": "ABC",
    "ip": "192.168.1.1",
    "tags": ["a"],
}


@pytest.fixture(scope="module")
def models(demo: tuple[ModuleType, ModuleType, ModuleType]) -> ModuleType:
    return demo[0]


@pytest.fixture(scope="module")
def endpoints(demo: tuple[ModuleType, ModuleType, ModuleType]) -> ModuleType:
    return demo[1]


def build(models: ModuleType, **overrides: Any) -> Any:
    arguments = {**VALID_CREATE, "color": models.Color.RED, "attrs": [], **overrides}
    return models.CreateThingRequest(**arguments)


def field(cls: type[Any], name: str) -> attrs.Attribute[Any]:
    return attrs.fields_dict(cls)[name]


def test_required_fields_have_no_default_and_optional_ones_default_to_none(models: ModuleType) -> None:
    fields = attrs.fields_dict(models.CreateThingRequest)
    assert {name for name, f in fields.items() if f.default is attrs.NOTHING} == {
        "name",
        "ip",
        "color",
        "tags",
        "attrs",
    }
    assert fields["home_url"].default is None
    assert fields["limit"].default is None  # the platform's default is documented, not applied
    with pytest.raises(TypeError):
        models.CreateThingRequest(name="ABC")


def test_classes_are_keyword_only_attrs_classes(models: ModuleType) -> None:
    assert all(f.kw_only for f in attrs.fields(models.CreateThingRequest))
    with pytest.raises(TypeError):
        models.Label("x")


def test_json_names_are_kept_in_metadata(models: ModuleType) -> None:
    assert field(models.Thing, "access_token").metadata == {"json": "AccessToken"}
    assert field(models.GetThingParams, "thing_id").metadata == {"json": "thingId", "in": "path"}
    assert field(models.GetThingParams, "user_ids").metadata == {
        "json": "userIds",
        "in": "query",
        "explode": True,
        "style": "form",
    }
    assert field(models.GetThingParams, "x_trace_id").metadata["json"] == "X-Trace-Id"


def test_a_field_named_like_the_attrs_module_still_works(models: ModuleType) -> None:
    item = models.AttrsItem(trait_type="level", value=3)
    request = build(models, attrs=[item])
    assert request.attrs == [item]


@pytest.mark.parametrize(
    ("overrides", "field_name", "reason"),
    [
        ({"name": ""}, "name", "must not be empty"),
        ({"name": "abc"}, "name", "must match ^[A-Z]{3}$"),
        ({"name": 123}, "name", "must be a string"),
        ({"ip": "999.1.1.1"}, "ip", "must be an IPv4 or IPv6 address"),
        ({"home_url": "ftp://example.com/x"}, "home_url", "must be an absolute http(s) URL"),
        ({"email": "not-an-email"}, "email", "must be an email address"),
        ({"color": "purple"}, "color", "must be one of 'red', 'green', 'dark-blue'"),
        ({"tags": []}, "tags", "must not be empty"),
        ({"tags": ["a", "b", "c"]}, "tags", "must have at most 2 items"),
        ({"tags": ["a", "a"]}, "tags", "must not contain duplicate items"),
        ({"tags": ["a", 1]}, "tags[1]", "must be a string"),
        ({"attrs": [{"trait_type": "x"}]}, "attrs[0]", "must be a AttrsItem"),
        ({"size": True}, "size", "must be an integer"),
        ({"size": 0}, "size", "must be at least 1"),
        ({"size": 11}, "size", "must be at most 10"),
        ({"ratio": 0}, "ratio", "must be greater than 0"),
        ({"ratio": 1.0}, "ratio", "must be less than 1"),
        ({"level": 4}, "level", "must be one of 1, 2, 3"),
        ({"mode": "medium"}, "mode", "must be one of 'fast', 'slow'"),
        ({"label": {"text": "x"}}, "label", "must be a Label"),
        ({"extra": {"a": "1"}}, "extra['a']", "must be an integer"),
        ({"visible": 1}, "visible", "must be a boolean"),
    ],
)
def test_constraints_become_validators(
    models: ModuleType, overrides: dict[str, Any], field_name: str, reason: str
) -> None:
    with pytest.raises(ValidationError) as caught:
        build(models, **overrides)
    assert (caught.value.field, caught.value.reason) == (field_name, reason)


def test_valid_values_pass_every_validator(models: ModuleType) -> None:
    request = build(
        models,
        ip="2001:db8::1",
        home_url="https://example.com/home",
        email="a@example.com",
        size=10,
        ratio=0.5,
        level=2,
        mode=models.Mode.FAST,
        label=models.Label(text="hello"),
        note=None,
        extra={"a": 1},
        secret="hunter2",
        visible=False,
    )
    assert request.size == 10


def test_nested_request_models_validate_their_own_fields(models: ModuleType) -> None:
    with pytest.raises(ValidationError) as caught:
        models.Label(text="far too long")
    assert caught.value.field == "text"
    with pytest.raises(ValidationError):
        models.AttrsItem(trait_type="x", value=1.5)


def test_validators_also_run_on_assignment(models: ModuleType) -> None:
    request = build(models)
    with pytest.raises(ValidationError):
        request.name = "lowercase"


def test_response_models_carry_no_validators(models: ModuleType) -> None:
    assert all(f.validator is None for f in attrs.fields(models.Thing))
    assert all(f.validator is None for f in attrs.fields(models.ThingEnvelope))
    models.Thing(id="not an int", color="anything")  # tolerated: only requests are checked


def test_additional_properties_only_where_the_schema_allows_extra_keys(models: ModuleType) -> None:
    assert "additional_properties" in attrs.fields_dict(models.Thing)
    assert "additional_properties" in attrs.fields_dict(models.ErrorEnvelope)
    assert "additional_properties" not in attrs.fields_dict(models.CreateThingRequest)
    assert "additional_properties" not in attrs.fields_dict(models.GetThingParams)
    sink = field(models.Thing, "additional_properties")
    assert sink.metadata == {"additional_properties": True}
    assert models.Thing(id=1, color=models.Color.RED).additional_properties == {}
    label = models.Label(text="a", additional_properties={"font": "serif"})  # a request model allowing extras
    assert to_wire(label) == {"text": "a", "font": "serif"}
    with pytest.raises(ValidationError) as caught:
        models.Label(text="a", additional_properties=[("font", "serif")])
    assert caught.value.field == "additional_properties"


def test_string_enums_are_open_str_enums(models: ModuleType) -> None:
    assert issubclass(models.Color, OpenStrEnum)
    assert [c.value for c in models.Color] == ["red", "green", "dark-blue"]
    assert models.Color.DARK_BLUE == "dark-blue"
    unknown = models.Color("ultraviolet")
    assert not unknown.is_known
    with pytest.raises(ValidationError):
        build(models, color=unknown)


def test_enum_member_names_come_from_x_enum_varnames(models: ModuleType) -> None:
    assert [(g.name, g.value) for g in models.Grade] == [("GOLD", "3"), ("SILVER", "4")]
    thing = from_wire(models.Thing, {"id": 1, "color": "red", "grade": 4})
    assert thing.grade is models.Grade.SILVER  # a number on the wire reads as its member
    assert from_wire(models.Thing, {"id": 1, "color": "red", "grade": 9}).grade == "9"


def test_integer_enums_become_checked_integers(models: ModuleType) -> None:
    assert field(models.CreateThingRequest, "level").type in ("int | None", int | None)
    with pytest.raises(ValidationError):
        build(models, level=True)


def test_secret_fields_stay_out_of_repr(models: ModuleType) -> None:
    request = build(models, secret="hunter2-secret")
    thing = models.Thing(id=1, color=models.Color.RED, access_token="token-value-1")
    assert "hunter2-secret" not in repr(request)
    assert "token-value-1" not in repr(thing)
    assert "ABC" in repr(request)


def test_params_model_gathers_path_query_and_header_parameters(models: ModuleType) -> None:
    params = models.GetThingParams(thing_id=5, user_ids=["u1", "u2", "u3"])
    assert to_wire(params) == {"thingId": 5, "userIds": ["u1", "u2", "u3"]}
    with pytest.raises(ValidationError) as caught:
        models.GetThingParams(thing_id=5, user_ids=["u1", "u2", "u3", "u4"])
    assert (caught.value.field, caught.value.reason) == ("user_ids", "must have at most 3 items")
    with pytest.raises(ValidationError) as caught:
        models.GetThingParams(thing_id=0)
    assert caught.value.field == "thing_id"
    with pytest.raises(ValidationError) as caught:
        models.GetThingParams(thing_id=1, x_trace_id="not-a-uuid")
    assert caught.value.field == "x_trace_id"


def test_all_of_becomes_a_subclass(models: ModuleType) -> None:
    assert issubclass(models.SpecialThing, models.Thing)
    special = from_wire(models.SpecialThing, {"id": 1, "color": "red", "power": 9, "x": 1})
    assert (special.id, special.power, special.additional_properties) == (1, 9, {"x": 1})


def test_shared_models_are_lenient_when_read(models: ModuleType) -> None:
    """``Label`` is used by a request (validated) and by ``Thing`` (a response)."""
    thing = from_wire(models.Thing, {"id": 1, "color": "red", "label": {"text": "much too long"}})
    assert thing.label.text == "much too long"


def test_operation_constants(models: ModuleType, endpoints: ModuleType) -> None:
    get_thing = endpoints.GET_THING
    assert (get_thing.operation_id, get_thing.method, get_thing.path, get_thing.host) == (
        "get_thing",
        "GET",
        "/v1/things/{thingId}",
        "api",
    )
    assert get_thing.idempotent is True and get_thing.result is models.Thing
    assert get_thing.result_field == "data" and get_thing.params is models.GetThingParams
    assert [a.name for a in get_thing.arguments] == ["thing_id", "user_ids", "x_trace_id"]
    assert get_thing.arguments[1] == Argument("user_ids", "params", many=True)
    assert endpoints.CREATE_THING.idempotent is False
    assert endpoints.CREATE_THING.body is models.CreateThingRequest
    assert endpoints.CREATE_THING.host == "default"
    assert endpoints.CREATE_THING.result is models.ThingEnvelope  # no x-result: the whole body
    assert endpoints.OPERATIONS[:3] == (endpoints.GET_THING, endpoints.GET_OWN_THING, endpoints.CREATE_THING)
    assert endpoints.PLATFORM == "demo"
    assert endpoints.ENVELOPE.success_field == "code" and endpoints.ENVELOPE.success_values == ("ok",)


def test_error_codes_table(endpoints: ModuleType) -> None:
    codes = endpoints.ERROR_CODES
    assert list(codes) == ["thing_not_found", "bad_token"]
    assert codes["thing_not_found"] == ErrorCode(
        code="thing_not_found", http_status=404, error=NotFoundError, description="No such thing."
    )
    assert endpoints.SECRET_KEYS.__contains__("AccessToken") and "access_token" in endpoints.SECRET_KEYS
    assert codes["bad_token"].error is AuthenticationError
    with pytest.raises(TypeError):
        codes["new"] = codes["bad_token"]  # read-only


def test_modules_start_with_the_header_and_export_everything(demo_repository: Path) -> None:
    package = demo_repository / "src" / "gameplatform" / "demo"
    for path in (package / "_models.py", package / "_operations.py", package / "_api.py"):
        text = path.read_text(encoding="utf-8")
        assert text.splitlines()[0] == (
            "# Generated from specs/demo.yaml by `python -m codegen` "
            "(datamodel-code-generator 0.89.0). Do not edit."
        )
        assert str(demo_repository) not in text
        assert "dataclass" not in text and "pydantic" not in text
        tree = ast.parse(text)
        defined = {node.name for node in tree.body if isinstance(node, ast.ClassDef)} | {
            node.target.id
            for node in tree.body
            if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name)
        }
        exported = next(
            ast.literal_eval(node.value)
            for node in tree.body
            if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", "") == "__all__"
        )
        assert set(exported) == defined


def test_generated_code_passes_ruff_and_mypy_strict(demo_repository: Path, repository_root: Path) -> None:
    package = demo_repository / "src" / "gameplatform" / "demo"
    files = [str(package / f"{name}.py") for name in ("_models", "_operations", "_api")]
    # In the repository gameplatform.demo would be found under src/; here it is told.
    first_party = 'lint.isort.known-first-party = ["gameplatform"]'
    config = ["--config", str(repository_root / "pyproject.toml"), "--config", first_party]
    ruff = subprocess.run(
        [sys.executable, "-m", "ruff", "check", *config, *files],
        capture_output=True,
        text=True,
        check=False,
    )
    assert ruff.returncode == 0, ruff.stdout + ruff.stderr
    # The scratch src/ holds a copy of gameplatform with demo/ generated into it.
    environment = {**os.environ, "MYPYPATH": str(demo_repository / "src")}
    mypy = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--no-incremental",
            "--follow-imports=silent",
            "--config-file",
            str(repository_root / "pyproject.toml"),
            "-p",
            "gameplatform.demo._models",
            "-p",
            "gameplatform.demo._operations",
            "-p",
            "gameplatform.demo._api",
        ],
        capture_output=True,
        text=True,
        check=False,
        cwd=demo_repository,
        env=environment,
    )
    assert mypy.returncode == 0, mypy.stdout + mypy.stderr
