"""``gameplatform._serde``: models to JSON-ready data and back, and open string enums."""

from __future__ import annotations

import json
import pickle
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from gameplatform import _validation as _v
from gameplatform._enums import OpenStrEnum
from gameplatform._serde import ResponseShapeError, from_wire, to_wire
from gameplatform.errors import ValidationError
from gameplatform.fargames._models import (
    Game,
    GameList,
    GameListResponse,
    GetGameLinkRequest,
    GetGameLinkResponse,
)


class Status(OpenStrEnum):
    ACTIVE = "active"
    BLOCKED = "blocked"


@attrs.define(kw_only=True)
class Profile:
    """A response model in the generated style."""

    user_id: str = attrs.field(metadata={"json": "userId"})
    level: int = attrs.field(metadata={"json": "Level"})
    ratio: float | None = attrs.field(default=None, metadata={"json": "ratio"})
    status: Status | None = attrs.field(default=None, metadata={"json": "status"})
    tags: list[str] | None = attrs.field(default=None, metadata={"json": "tags"})
    score: int | str | None = attrs.field(default=None, metadata={"json": "score"})
    additional_properties: dict[str, Any] = attrs.field(
        factory=dict, metadata={"additional_properties": True}
    )


@attrs.define(kw_only=True)
class Search:
    """A request model in the generated style (no additional properties)."""

    query: str = attrs.field(validator=_v.string(min_length=1), metadata={"json": "q"})
    status: Status | None = attrs.field(
        default=None, validator=_v.optional(_v.enum_member(Status)), metadata={"json": "status"}
    )
    page: int | None = attrs.field(
        default=None, validator=_v.optional(_v.integer()), metadata={"json": "page"}
    )


@attrs.define(kw_only=True)
class Event:
    """A request model that allows extra keys."""

    name: str = attrs.field(metadata={"json": "name"})
    additional_properties: dict[str, Any] = attrs.field(
        factory=dict, metadata={"additional_properties": True}
    )


GAME: dict[str, Any] = {
    "id": 1,
    "title": "Champagne Party",
    "brand": "Mega",
    "image_url": "https://cdn.example/1.jpg",
    "demo": True,
}


def link_request(**overrides: Any) -> GetGameLinkRequest:
    arguments: dict[str, Any] = {
        "agent_id": 1,
        "timestamp": 1640995200,
        "game_id": 123,
        "player_id": "player_123",
        "player_username": "john_doe",
        "language": "ru",
        "currency": "RUB",
        "home_url": "https://example.com",
        "agent_session_id": "session_abc123",
        "ip": "192.168.1.1",
        **overrides,
    }
    return GetGameLinkRequest(**arguments)


# -- to_wire -------------------------------------------------------------------------------------


def test_to_wire_uses_json_names() -> None:
    assert to_wire(link_request()) == {
        "agent_id": 1,
        "timestamp": 1640995200,
        "game_id": 123,
        "player_id": "player_123",
        "player_username": "john_doe",
        "language": "ru",
        "currency": "RUB",
        "home_url": "https://example.com",
        "agent_session_id": "session_abc123",
        "ip": "192.168.1.1",
    }


def test_to_wire_leaves_out_optional_fields_that_are_none() -> None:
    assert to_wire(Search(query="x")) == {"q": "x"}
    assert to_wire(Search(query="x", page=0)) == {"q": "x", "page": 0}


def test_to_wire_writes_enums_as_plain_strings() -> None:
    data = to_wire(Search(query="x", status=Status.BLOCKED))
    assert data["status"] == "blocked"
    assert type(data["status"]) is str
    assert json.dumps(data) == '{"q": "x", "status": "blocked"}'


def test_to_wire_merges_additional_properties() -> None:
    assert to_wire(Event(name="a", additional_properties={"extra": [1, 2]})) == {"name": "a", "extra": [1, 2]}


def test_to_wire_refuses_additional_properties_that_repeat_a_field() -> None:
    with pytest.raises(ValidationError) as caught:
        to_wire(Event(name="a", additional_properties={"name": "b"}))
    assert caught.value.field == "additional_properties"


def test_to_wire_needs_a_model() -> None:
    with pytest.raises(TypeError):
        to_wire({"q": "x"})


def test_to_wire_of_nested_models() -> None:
    games = GameList(games=[Game(**GAME)], total=1)
    assert to_wire(games) == {"games": [GAME], "total": 1}


# -- from_wire -----------------------------------------------------------------------------------


def test_from_wire_reads_a_game_list_envelope() -> None:
    body = {
        "status": "success",
        "timestamp": "2024-01-01T00:00:00.000Z",
        "request_id": "ba9d4445",
        "content": {"games": [GAME, {**GAME, "id": 2, "demo": False}], "total": 2},
    }
    envelope = from_wire(GameListResponse, body)
    assert envelope.request_id == "ba9d4445"
    assert envelope.content.total == 2
    assert [game.id for game in envelope.content.games] == [1, 2]
    assert envelope.content.games[0] == Game(**GAME)


def test_from_wire_keeps_unknown_fields_in_additional_properties() -> None:
    body = {"status": "success", "content": {"url": "https://game/x", "expires": 60}, "trace": {"a": 1}}
    envelope = from_wire(GetGameLinkResponse, body)
    assert envelope.additional_properties == {"trace": {"a": 1}}
    assert envelope.content.url == "https://game/x"
    assert envelope.content.additional_properties == {"expires": 60}


def test_from_wire_ignores_unknown_fields_of_models_without_a_sink() -> None:
    search = from_wire(Search, {"q": "x", "unexpected": True})
    assert search == Search(query="x")


def test_from_wire_keeps_unknown_enum_values() -> None:
    profile = from_wire(Profile, {"userId": "u", "Level": 3, "status": "suspended"})
    assert profile.status == "suspended"
    assert isinstance(profile.status, Status)
    assert profile.status is not None and not profile.status.is_known
    assert from_wire(Profile, {"userId": "u", "Level": 3, "status": "active"}).status is Status.ACTIVE


class Grade(OpenStrEnum):
    MAIN = "3"
    DEMO = "4"


@attrs.define(kw_only=True)
class Graded:
    grade: Grade = attrs.field(metadata={"json": "grade"})


def test_from_wire_reads_an_integer_as_an_open_enum_value_by_its_decimal_text() -> None:
    assert from_wire(Graded, {"grade": 3}).grade is Grade.MAIN
    unknown = from_wire(Graded, {"grade": 7}).grade
    assert unknown == "7" and not unknown.is_known
    assert problems_of(Graded, {"grade": True}) == ("grade: must be a Grade value (got bool)",)
    assert problems_of(Graded, {"grade": 3.0}) == ("grade: must be a Grade value (got float)",)
    with pytest.raises(ValidationError):
        _v.enum_member(Grade).check("grade", 3)  # requests still take only the listed values


def test_from_wire_does_not_run_request_validators() -> None:
    assert from_wire(Search, {"q": ""}).query == ""
    with pytest.raises(ValidationError):
        Search(query="")  # validators still run outside from_wire


def test_from_wire_accepts_integral_floats_for_integers_and_ints_for_floats() -> None:
    profile = from_wire(Profile, {"userId": "u", "Level": 3.0, "ratio": 1})
    assert (profile.level, type(profile.level)) == (3, int)
    assert (profile.ratio, type(profile.ratio)) == (1.0, float)


def test_from_wire_keeps_a_union_member_as_it_is() -> None:
    assert from_wire(Profile, {"userId": "u", "Level": 1, "score": "12"}).score == "12"
    assert from_wire(Profile, {"userId": "u", "Level": 1, "score": 12}).score == 12


def problems_of(cls: type[Any], data: Any) -> tuple[str, ...]:
    with pytest.raises(ResponseShapeError) as caught:
        from_wire(cls, data)
    assert isinstance(caught.value, ValueError)
    assert caught.value.model == cls.__name__
    return caught.value.problems


def test_missing_required_fields_are_reported_with_their_path() -> None:
    body = {"status": "success", "content": {"games": [GAME, {"id": 2, "brand": "B"}], "total": 2}}
    assert problems_of(GameListResponse, body) == (
        "content.games[1].title: required field missing",
        "content.games[1].image_url: required field missing",
        "content.games[1].demo: required field missing",
    )


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        ({"userId": 5.5, "Level": 1}, "userId: must be a string (got float)"),
        ({"userId": "u", "Level": "1.5"}, "Level: must be an integer (got str)"),
        ({"userId": "u", "Level": True}, "Level: must be an integer (got bool)"),
        ({"userId": "u", "Level": 1.5}, "Level: must be an integer (got float)"),
        ({"userId": "u", "Level": 1, "ratio": "1,5"}, "ratio: must be a number (got str)"),
        ({"userId": "u", "Level": 1, "tags": "a,b"}, "tags: must be a list (got str)"),
        ({"userId": "u", "Level": 1, "tags": ["a", None]}, "tags[1]: must be a string (got NoneType)"),
        ({"userId": "u", "Level": 1, "status": True}, "status: must be a Status value (got bool)"),
        ({"userId": "u", "Level": 1, "score": 1.5}, "score: must be int or str or null (got float)"),
        (["not", "an", "object"], "(body): must be an object (Profile) (got list)"),
    ],
)
def test_wrong_types_are_reported_by_json_name(data: Any, problem: str) -> None:
    assert problems_of(Profile, data) == (problem,)


def test_shape_errors_never_quote_values() -> None:
    with pytest.raises(ResponseShapeError) as caught:
        from_wire(Profile, {"userId": {"token": "s3cr3t-value"}, "Level": "also-s3cr3t"})
    assert "s3cr3t" not in str(caught.value)
    assert "s3cr3t" not in repr(caught.value)
    assert caught.value.__cause__ is None


def test_a_non_list_where_a_list_belongs() -> None:
    assert problems_of(GameList, {"games": {"0": GAME}, "total": 1}) == ("games: must be a list (got dict)",)


def test_round_trip() -> None:
    profile = Profile(user_id="u", level=2, ratio=0.5, status=Status.ACTIVE, tags=["a"], score="x")
    assert from_wire(Profile, to_wire(profile)) == profile


game_dicts = st.fixed_dictionaries(
    {
        "id": st.integers(min_value=1, max_value=2**53),
        "title": st.text(),
        "brand": st.text(),
        "image_url": st.text(),
        "demo": st.booleans(),
    },
    optional={"extra": st.integers() | st.text() | st.none()},
)


@given(games=st.lists(game_dicts, max_size=20))
def test_game_lists_round_trip_through_json(games: list[dict[str, Any]]) -> None:
    body = json.loads(json.dumps({"games": games, "total": len(games)}))
    game_list = from_wire(GameList, body)
    assert to_wire(game_list) == body
    assert [g.additional_properties for g in game_list.games] == [
        {"extra": g["extra"]} if "extra" in g else {} for g in games
    ]


# -- OpenStrEnum ---------------------------------------------------------------------------------


def test_unknown_values_become_pseudo_members() -> None:
    unknown = Status("suspended")
    assert isinstance(unknown, Status) and isinstance(unknown, str)
    assert unknown == "suspended" and unknown.value == "suspended" and str(unknown) == "suspended"
    assert not unknown.is_known and Status.ACTIVE.is_known
    assert repr(unknown) == "<Status (unknown): 'suspended'>"
    assert repr(Status.ACTIVE) == "<Status.ACTIVE: 'active'>"
    assert list(Status) == [Status.ACTIVE, Status.BLOCKED]
    assert "suspended" not in Status.__members__
    assert pickle.loads(pickle.dumps(unknown)) == unknown


def test_non_string_values_are_still_refused() -> None:
    with pytest.raises(ValueError):
        Status(3)  # type: ignore[arg-type]


def test_lossless_representations_are_read_from_responses() -> None:
    """PHP/DB-backed platforms send "32400" for numbers, 12 for ids, 0/1 for flags."""
    game = from_wire(Game, {"id": "7", "title": 42, "brand": "B", "image_url": "https://x/y.png", "demo": 1})
    assert (game.id, game.title, game.demo) == (7, "42", True)
    assert from_wire(Game, {**GAME, "id": " -3 "}).id == -3


def test_keys_differing_only_in_case_fill_the_typed_field() -> None:
    game = from_wire(
        Game, {"ID": 7, "Title": "T", "brand": "B", "IMAGE_URL": "https://x/y.png", "demo": True}
    )
    assert (game.id, game.title, game.image_url) == (7, "T", "https://x/y.png")
    assert game.additional_properties == {}


def test_an_exact_key_wins_over_one_in_other_case() -> None:
    game = from_wire(Game, {**GAME, "Title": "other"})
    assert game.title == GAME["title"]
    assert game.additional_properties == {"Title": "other"}
