"""What the generator makes of the demo spec's operations: constants, methods, quirks as data."""

from __future__ import annotations

import inspect
import io
import json
from collections.abc import Callable, Mapping
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from codegen import main
from gameplatform._operation import BoolText, Call, Joined, JsonText, MapEntries, build_call
from gameplatform.errors import ValidationError


@pytest.fixture(scope="module")
def models(demo: tuple[ModuleType, ModuleType, ModuleType]) -> ModuleType:
    return demo[0]


@pytest.fixture(scope="module")
def ops(demo: tuple[ModuleType, ModuleType, ModuleType]) -> ModuleType:
    return demo[1]


@pytest.fixture(scope="module")
def api(demo: tuple[ModuleType, ModuleType, ModuleType]) -> ModuleType:
    return demo[2]


def fill(source: str, arguments: Mapping[str, Any]) -> Any:
    return {"agent_id": 7}[source]


class Recorder:
    """The generated class's one entry point, recording what the methods hand over."""

    def __init__(self) -> None:
        self.calls: list[tuple[Any, dict[str, Any]]] = []

    def _invoke(self, operation: Any, arguments: Mapping[str, Any]) -> Any:
        self.calls.append((operation, dict(arguments)))
        return build_call(operation, arguments, fill)


def recorder_api(api: ModuleType) -> Any:
    return type("RecordedDemo", (Recorder, api.DemoAPI), {})()


def test_one_method_per_public_operation_with_keyword_only_arguments(api: ModuleType) -> None:
    methods = {
        name for name, _ in inspect.getmembers(api.DemoAPI, inspect.isfunction) if not name.startswith("_")
    }
    assert methods == {
        "get_thing",
        "get_own_thing",
        "create_thing",
        "quirks",
        "list_pages",
        "iter_pages",
    }  # internal_call: none
    signature = inspect.signature(api.DemoAPI.quirks)
    assert all(
        p.kind is inspect.Parameter.KEYWORD_ONLY for name, p in signature.parameters.items() if name != "self"
    )
    assert list(signature.parameters)[1:] == [
        "table_code",
        "keys",
        "amounts",
        "is_on",
        "notes",
        "request_uuid",
        "start",
        "end",
        "extra_fields",
        "dry_run",
        "tenant",
    ]
    assert signature.parameters["is_on"].default is True
    assert signature.parameters["dry_run"].default is False
    assert signature.parameters["tenant"].default is None  # an option with `default: null`


def test_docstrings_come_from_the_spec(api: ModuleType) -> None:
    doc = inspect.getdoc(api.DemoAPI.quirks) or ""
    assert doc.startswith("Every argument quirk at once.")
    assert "Fills, encodings, a flattened document and an option." in doc
    assert "table_code: The table." in doc and "dry_run: Check only." in doc
    assert "Returns:\n    ThingEnvelope" in doc


def test_quirks_are_data_of_the_operation(ops: ModuleType, models: ModuleType) -> None:
    quirks = {argument.name: argument for argument in ops.SEND_QUIRKS.arguments}
    assert quirks["is_on"].encoding == BoolText("on", "off")
    assert quirks["keys"].encoding == Joined(",") and quirks["keys"].rule is not None
    assert quirks["amounts"].into == "doc" and quirks["amounts"].encoding == MapEntries(
        models.Amount, "code", "amount"
    )
    assert quirks["dry_run"].into == "options"
    assert quirks["extra_fields"].field == "additional_properties"
    assert [(f.field, f.source, f.only_if_missing) for f in ops.SEND_QUIRKS.fills] == [
        ("agent", "agent_id", False),
        ("request_uuid", "uuid4", True),
    ]
    (content,) = ops.SEND_QUIRKS.contents
    assert (content.field, content.model, content.as_text) == ("doc", models.Doc, True)
    assert ops.SEND_QUIRKS.auth == "token" and ops.INTERNAL_CALL in ops.OPERATIONS
    assert isinstance(JsonText, type)


def test_a_quirky_call_is_built_as_the_spec_says(api: ModuleType) -> None:
    client = recorder_api(api)
    call: Call = client.quirks(
        table_code="t1",
        is_on=False,
        keys=["a", "b"],
        amounts={"gold": 5},
        notes=[{"text": "hi"}],
        start=1,
        end=3,
        extra_fields={"beta": 1},
        dry_run=True,
    )
    assert call.body is not None
    body = dict(call.body)
    request_uuid = body.pop("request_uuid")
    assert len(request_uuid) == 36
    assert body == {
        "uid": "t1",
        "isOn": "off",
        "keys": "a,b",
        "doc": json.dumps(
            {"amounts": [{"code": "gold", "amount": 5}], "notes": [{"text": "hi"}]}, separators=(",", ":")
        ),
        "agent": 7,
        "start": 1,
        "end": 3,
        "beta": 1,
    }
    assert call.options == {"dry_run": True, "tenant": None}
    assert client.quirks(
        table_code="t", keys=["a"], amounts={}, notes=[{"text": "hi"}], tenant="t2"
    ).options == {
        "dry_run": False,
        "tenant": "t2",
    }
    with pytest.raises(ValidationError) as caught:
        client.quirks(table_code="t", keys=["a"], amounts={}, notes=[{"text": "hi"}], tenant="x")
    assert caught.value.field == "tenant"


def test_a_labelled_path_key_is_its_own_operation_on_the_same_path(ops: ModuleType, api: ModuleType) -> None:
    assert (ops.GET_OWN_THING.method, ops.GET_OWN_THING.path) == (ops.GET_THING.method, ops.GET_THING.path)
    assert ops.GET_OWN_THING.path == "/v1/things/{thingId}" and ops.GET_OWN_THING.auth == "owner-token"
    call: Call = recorder_api(api).get_own_thing(thing_id=3, owner_token="tok")
    assert (call.path, call.options) == ("/v1/things/3", {"owner_token": "tok"})


@pytest.mark.parametrize(
    ("overrides", "field"),
    [
        ({"is_on": "yes"}, "is_on"),
        ({"keys": ["a,b"]}, "keys[0]"),
        ({"keys": [""]}, "keys[0]"),
        ({"amounts": {"": 1}}, "amounts[0].code"),
        ({"notes": [{"text": "no"}]}, "notes"),
        ({"start": 5, "end": 3}, "end"),
        ({"extra_fields": {"uid": "again"}}, "additional_properties"),
        ({"table_code": ""}, "table_code"),
    ],
)
def test_bad_arguments_are_refused_naming_the_argument(
    api: ModuleType, overrides: dict[str, Any], field: str
) -> None:
    arguments: dict[str, Any] = {"table_code": "t", "keys": ["a"], "amounts": {"g": 1}, **overrides}
    with pytest.raises(ValidationError) as caught:
        recorder_api(api).quirks(**arguments)
    assert caught.value.field == field


def test_params_go_to_path_query_and_header(api: ModuleType) -> None:
    call: Call = recorder_api(api).get_thing(
        thing_id=5, user_ids=["u1", "u2"], x_trace_id="6e8bc430-9c3a-11d9-9669-0800200c9a66"
    )
    assert call.path == "/v1/things/5"
    assert call.query == [("userIds", "u1"), ("userIds", "u2")]
    assert call.headers == {"X-Trace-Id": "6e8bc430-9c3a-11d9-9669-0800200c9a66"}


def test_pagers_walk_every_page(api: ModuleType, models: ModuleType) -> None:
    pages = {0: [1, 2], 2: [3, 4], 4: [5]}
    seen: list[dict[str, Any]] = []

    class Paged(api.DemoAPI):  # type: ignore[name-defined,misc]
        def _invoke(self, operation: Any, arguments: Mapping[str, Any]) -> Any:
            seen.append(dict(arguments))
            things = [models.Thing(id=n, color="red") for n in pages[arguments["offset"]]]
            return models.Page(total=5, list=things)

    items = Paged().iter_pages(page_size=2)
    assert seen == []  # lazy: nothing is fetched before the first item is asked for
    assert [thing.id for thing in items] == [1, 2, 3, 4, 5]
    assert seen == [{"offset": 0, "limit": 2}, {"offset": 2, "limit": 2}, {"offset": 4, "limit": 2}]
    with pytest.raises(ValidationError):
        Paged().iter_pages(page_size=0)


def test_unknown_or_misspelt_extensions_are_refused(
    scratch_repository: Callable[..., Path], spec_fixtures: Path
) -> None:
    root = scratch_repository(spec_fixtures / "demo.yaml")
    spec = root / "specs" / "demo.yaml"
    spec.write_text(spec.read_text().replace("x-idempotent: true", "x-idempotnet: true", 1))
    output = io.StringIO()
    assert main(["--root", str(root)], out=output) == 2
    assert "unknown extension 'x-idempotnet'; did you mean 'x-idempotent'?" in output.getvalue()
