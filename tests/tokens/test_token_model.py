"""Token: validation, secrets kept out of repr, JSON round trip, windows arithmetic."""

from __future__ import annotations

import json
import math

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from gameplatform.errors import ValidationError
from gameplatform.tokens import Token

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | st.text(),
    lambda children: st.lists(children, max_size=3) | st.dictionaries(st.text(), children, max_size=3),
    max_leaves=10,
)
finite = st.floats(min_value=-1e12, max_value=1e12, allow_nan=False)


@given(
    access_token=st.text(min_size=1),
    issued_at=finite,
    expires_in=st.none() | finite,
    refresh_token=st.none() | st.text(min_size=1),
    token_type=st.text(min_size=1),
    extra=st.dictionaries(st.text(), json_values, max_size=4),
)
def test_json_round_trip_gives_an_equal_token(
    access_token: str,
    issued_at: float,
    expires_in: float | None,
    refresh_token: str | None,
    token_type: str,
    extra: dict[str, object],
) -> None:
    token = Token(
        access_token=access_token,
        expires_at=None if expires_in is None else issued_at + expires_in,
        issued_at=issued_at,
        refresh_token=refresh_token,
        token_type=token_type,
        extra=extra,
    )
    assert Token.from_json(token.to_json()) == token
    assert Token.from_json(token.to_json().encode()) == token


def test_to_json_is_a_plain_versioned_json_object() -> None:
    token = Token(access_token="a", expires_at=20.5, issued_at=10.0, refresh_token="r", extra={"id": 7})
    assert json.loads(token.to_json()) == {
        "v": 1,
        "access_token": "a",
        "expires_at": 20.5,
        "issued_at": 10.0,
        "refresh_token": "r",
        "token_type": "bearer",
        "extra": {"id": 7},
    }


def test_repr_and_str_hide_access_token_refresh_token_and_extra() -> None:
    token = Token(
        access_token="access-SECRET",
        expires_at=2.0,
        issued_at=1.0,
        refresh_token="refresh-SECRET",
        extra={"player": "extra-SECRET"},
    )
    for text in (repr(token), str(token), f"{token}", repr([token])):
        assert "SECRET" not in text
    assert "expires_at=2.0" in repr(token)


def test_extra_is_a_read_only_copy() -> None:
    source = {"member_no": 1}
    token = Token(access_token="a", expires_at=None, issued_at=0.0, extra=source)
    source["member_no"] = 2
    assert token.extra == {"member_no": 1}
    with pytest.raises(TypeError):
        token.extra["member_no"] = 3  # type: ignore[index]
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        token.access_token = "b"  # type: ignore[misc]


def test_tokens_are_hashable_and_compare_by_value() -> None:
    one = Token(access_token="a", expires_at=None, issued_at=0.0, extra={"x": 1})
    same = Token(access_token="a", expires_at=None, issued_at=0.0, extra={"x": 1})
    assert one == same
    assert len({one, same}) == 1
    assert one != attrs.evolve(one, extra={"x": 2})


def test_from_expires_in_counts_from_receipt() -> None:
    token = Token.from_expires_in(access_token="a", expires_in=2591999, now=1000.0, refresh_token="r")
    assert (token.issued_at, token.expires_at, token.lifetime) == (1000.0, 1000.0 + 2591999, 2591999)
    assert token.refresh_token == "r"
    assert token.token_type == "bearer"
    unknown = Token.from_expires_in(access_token="a", expires_in=None, now=5.0)
    assert unknown.expires_at is None
    assert unknown.lifetime is None


def test_is_expired_at_and_after_expiry_only() -> None:
    token = Token(access_token="a", expires_at=100.0, issued_at=0.0)
    assert not token.is_expired(99.999)
    assert token.is_expired(100.0)
    assert token.is_expired(1e9)
    assert not Token(access_token="a", expires_at=None, issued_at=0.0).is_expired(1e18)


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"access_token": ""}, "access_token"),
        ({"access_token": None}, "access_token"),
        ({"access_token": b"bytes"}, "access_token"),
        ({"refresh_token": ""}, "refresh_token"),
        ({"refresh_token": 5}, "refresh_token"),
        ({"issued_at": None}, "issued_at"),
        ({"issued_at": True}, "issued_at"),
        ({"issued_at": math.nan}, "issued_at"),
        ({"issued_at": "10"}, "issued_at"),
        ({"expires_at": math.inf}, "expires_at"),
        ({"expires_at": "soon"}, "expires_at"),
        ({"token_type": ""}, "token_type"),
        ({"extra": ["not", "a", "mapping"]}, "extra"),
        ({"extra": {1: "int key"}}, "extra"),
        ({"extra": {"set": {1, 2}}}, "extra"),
        ({"extra": {"nan": math.nan}}, "extra"),
    ],
)
def test_bad_fields_raise_validation_error_naming_the_field(changes: dict[str, object], field: str) -> None:
    arguments: dict[str, object] = {
        "access_token": "a",
        "expires_at": 2.0,
        "issued_at": 1.0,
        "refresh_token": "r",
    }
    arguments.update(changes)
    with pytest.raises(ValidationError) as caught:
        Token(**arguments)  # type: ignore[arg-type]
    assert caught.value.field == field


def test_from_expires_in_rejects_a_bad_expires_in() -> None:
    with pytest.raises(ValidationError) as caught:
        Token.from_expires_in(access_token="a", expires_in="3600", now=0.0)  # type: ignore[arg-type]
    assert caught.value.field == "expires_in"


@pytest.mark.parametrize(
    "text",
    [
        "",
        "not json SECRET",
        "[1, 2]",
        '{"access_token": "SECRET", "expires_at": null, "issued_at": 1}',
        '{"v": 99, "access_token": "SECRET", "expires_at": null, "issued_at": 1}',
        '{"v": 1, "access_token": "SECRET", "expires_at": null}',
        '{"v": 1, "access_token": "", "expires_at": null, "issued_at": 1}',
        b"\xff\xfe",
    ],
)
def test_from_json_rejects_other_documents_without_quoting_them(text: str | bytes) -> None:
    with pytest.raises(ValidationError) as caught:
        Token.from_json(text)
    assert "SECRET" not in str(caught.value)
    assert "SECRET" not in repr(caught.value)
    assert caught.value.__cause__ is None
    assert caught.value.__suppress_context__ or caught.value.__context__ is None
