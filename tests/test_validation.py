"""``gameplatform._validation``: every rule, its message, and its use as an attrs validator."""

from __future__ import annotations

import math
from enum import Enum
from typing import Any

import attrs
import pytest

from gameplatform import _validation as _v
from gameplatform._enums import OpenStrEnum
from gameplatform.errors import ValidationError
from gameplatform.fargames._models import GetGameLinkDemoRequest, GetGameLinkRequest


class Color(OpenStrEnum):
    RED = "red"
    GREEN = "green"


class Other(OpenStrEnum):
    RED = "red"


def reason_of(rule: _v.Rule, value: Any, field: str = "f") -> tuple[str, str]:
    with pytest.raises(ValidationError) as caught:
        rule.check(field, value)
    return caught.value.field, caught.value.reason


def passes(rule: _v.Rule, *values: Any) -> None:
    for value in values:
        rule.check("f", value)


# -- strings -------------------------------------------------------------------------------------


def test_string_type_and_lengths() -> None:
    rule = _v.string(min_length=1, max_length=3)
    passes(rule, "a", "abc", "ééé")
    assert reason_of(rule, 5) == ("f", "must be a string")
    assert reason_of(rule, b"ab") == ("f", "must be a string")
    assert reason_of(rule, "") == ("f", "must not be empty")
    assert reason_of(rule, "abcd") == ("f", "must have at most 3 characters")
    assert reason_of(_v.string(min_length=2), "a") == ("f", "must have at least 2 characters")


def test_string_pattern_matches_the_whole_value() -> None:
    currency = _v.string(pattern="^[A-Z]{3}$")
    passes(currency, "RUB", "USD")
    assert reason_of(currency, "rub") == ("f", "must match ^[A-Z]{3}$")
    assert reason_of(currency, "RUBX") == ("f", "must match ^[A-Z]{3}$")
    # Python's "$" also matches before a final newline: the whole value must match instead.
    assert reason_of(currency, "USD\n") == ("f", "must match ^[A-Z]{3}$")
    assert reason_of(_v.string(pattern="[0-9]"), "abc1def") == ("f", "must match [0-9]")
    passes(_v.string(pattern="[0-9]"), "7")


@pytest.mark.parametrize("value", ["\ud800", "ok\udfff", "\udc80tail"])
def test_lone_surrogates_are_refused_in_strings_and_keys(value: str) -> None:
    assert reason_of(_v.string(), value) == ("f", _v.NOT_UNICODE)
    assert reason_of(_v.mapping(), {value: 1})[0] == "f"
    passes(_v.string(), "emoji \U0001f600 and 한글")


@pytest.mark.parametrize("value", [2**63, -(2**63) - 1, 10**30])
def test_integers_fit_in_64_bits(value: int) -> None:
    assert "64-bit" in reason_of(_v.integer(), value)[1]
    assert "64-bit" in reason_of(_v.number(), value)[1]
    passes(_v.integer(), 2**63 - 1, -(2**63))
    passes(_v.number(), 1e30)


def test_int32_fields_fit_in_32_bits() -> None:
    assert "32-bit" in reason_of(_v.integer(bits=32), 2**31)[1]
    passes(_v.integer(bits=32), 2**31 - 1, -(2**31))


@pytest.mark.parametrize("value", ["a@b.co\n", "2024-01-01T00:00:00Z\n"])
def test_formats_refuse_a_trailing_newline(value: str) -> None:
    fmt = "email" if "@" in value else "date-time"
    assert reason_of(_v.string(formats=(fmt,)), value)[0] == "f"


@pytest.mark.parametrize(
    "value", ["192.168.1.1", "0.0.0.0", "::1", "2001:db8::8a2e:370:7334", "fe80::1%eth0"]
)
def test_ip_accepts_ipv4_and_ipv6(value: str) -> None:
    passes(_v.string(formats=("ipv4", "ipv6")), value)


@pytest.mark.parametrize(
    "value", ["256.1.1.1", "192.168.1", "192.168.01.1", "localhost", "1.2.3.4 ", "", ":::"]
)
def test_ip_rejects_everything_else(value: str) -> None:
    assert reason_of(_v.string(formats=("ipv4", "ipv6")), value) == ("f", "must be an IPv4 or IPv6 address")


def test_single_formats() -> None:
    assert reason_of(_v.string(formats=("ipv4",)), "::1")[1] == "must be an IPv4 address"
    assert reason_of(_v.string(formats=("ipv6",)), "1.2.3.4")[1] == "must be an IPv6 address"
    passes(_v.string(formats=("uuid",)), "ba9d4445-779f-4b04-8bcb-6d17bc8dc3da")
    passes(_v.string(formats=("date",)), "2024-02-29")
    assert reason_of(_v.string(formats=("date",)), "2023-02-29")[1] == "must be a date (YYYY-MM-DD)"
    passes(_v.string(formats=("date-time",)), "2024-01-01T00:00:00.000Z", "2024-01-01T10:00:00+09:00")
    assert (
        reason_of(_v.string(formats=("date-time",)), "2024-01-01T00:00:00")[1]
        == "must be an RFC 3339 date-time"
    )


@pytest.mark.parametrize(
    "value",
    [
        "https://example.com",
        "http://example.com:8080/a?b=c#d",
        "HTTPS://EXAMPLE.COM/",
        "http://127.0.0.1/home",
    ],
)
def test_uri_accepts_absolute_http_urls(value: str) -> None:
    passes(_v.string(formats=("uri",)), value)


@pytest.mark.parametrize(
    "value",
    [
        "example.com",
        "/relative/path",
        "ftp://example.com/file",
        "javascript:alert(1)",
        "https://",
        "https:///path",
        "https://exa mple.com",
        "https://example.com/\n",
        "http://example.com:99999/",
        "http://[::1/",
    ],
)
def test_uri_rejects_the_rest(value: str) -> None:
    assert reason_of(_v.string(formats=("uri",)), value) == ("f", "must be an absolute http(s) URL")


@pytest.mark.parametrize(
    ("value", "ok"),
    [
        ("a@example.com", True),
        ("a.b+c@mail.example.org", True),
        ("a@b", False),
        ("@example.com", False),
        ("a b@example.com", False),
    ],
)
def test_email(value: str, ok: bool) -> None:
    rule = _v.string(formats=("email",))
    if ok:
        passes(rule, value)
    else:
        assert reason_of(rule, value)[1] == "must be an email address"


def test_unknown_format_is_refused_when_building_the_rule() -> None:
    with pytest.raises(ValueError, match="hostname"):
        _v.string(formats=("hostname",))


# -- numbers -------------------------------------------------------------------------------------


def test_integer_rejects_bool_float_and_str() -> None:
    rule = _v.integer()
    passes(rule, 0, -5, 2**62)
    for value in (True, False, 1.0, "1", None):
        assert reason_of(rule, value) == ("f", "must be an integer")


def test_integer_bounds() -> None:
    rule = _v.integer(minimum=1, maximum=10)
    passes(rule, 1, 10)
    assert reason_of(rule, 0)[1] == "must be at least 1"
    assert reason_of(rule, 11)[1] == "must be at most 10"
    exclusive = _v.integer(exclusive_minimum=0, exclusive_maximum=5)
    passes(exclusive, 1, 4)
    assert reason_of(exclusive, 0)[1] == "must be greater than 0"
    assert reason_of(exclusive, 5)[1] == "must be less than 5"


def test_number_accepts_ints_and_floats_but_not_bool_or_nan() -> None:
    rule = _v.number(minimum=0)
    passes(rule, 0, 1.5, 10**18, 1e300)
    assert reason_of(rule, True)[1] == "must be a number"
    assert reason_of(rule, "1.5")[1] == "must be a number"
    assert reason_of(rule, math.nan)[1] == "must be a finite number"
    assert reason_of(rule, math.inf)[1] == "must be a finite number"
    assert reason_of(rule, -0.5)[1] == "must be at least 0"


def test_boolean() -> None:
    passes(_v.boolean(), True, False)
    assert reason_of(_v.boolean(), 1)[1] == "must be a boolean"
    assert reason_of(_v.boolean(), "true")[1] == "must be a boolean"


# -- enums and choices ---------------------------------------------------------------------------


def test_enum_member_accepts_members_and_their_values() -> None:
    passes(_v.enum_member(Color), Color.RED, "green")


def test_enum_member_refuses_pseudo_members_other_enums_and_other_values() -> None:
    rule = _v.enum_member(Color)
    for value in (Color("blue"), "blue", Other.RED, 1, ["red"], None):
        assert reason_of(rule, value) == ("f", "must be one of 'red', 'green'")


def test_enum_member_works_for_plain_enums() -> None:
    class Size(Enum):
        SMALL = 1

    passes(_v.enum_member(Size), Size.SMALL, 1)
    assert reason_of(_v.enum_member(Size), 2)[1] == "must be one of 1"


def test_choice_compares_types_too() -> None:
    rule = _v.choice((1, 2, 3))
    passes(rule, 1, 3)
    assert reason_of(rule, True)[1] == "must be one of 1, 2, 3"
    assert reason_of(rule, 1.0)[1] == "must be one of 1, 2, 3"
    assert reason_of(_v.choice(("x",)), "y")[1] == "must be 'x'"


# -- containers and composition ------------------------------------------------------------------


def test_array_size_and_items() -> None:
    rule = _v.array(_v.string(min_length=1), max_items=300)
    passes(rule, [], ["a"] * 300)
    assert reason_of(rule, ["a"] * 301) == ("f", "must have at most 300 items")
    assert reason_of(rule, ["a", ""], field="user_ids") == ("user_ids[1]", "must not be empty")
    assert reason_of(rule, ("a",)) == ("f", "must be a list")
    assert reason_of(rule, "abc") == ("f", "must be a list")
    assert reason_of(_v.array(min_items=1), []) == ("f", "must not be empty")
    assert reason_of(_v.array(min_items=2), [1]) == ("f", "must have at least 2 items")


def test_array_unique_items() -> None:
    rule = _v.array(unique_items=True)
    passes(rule, [1, "1", True], [{"a": 1}, {"a": 2}])
    assert reason_of(rule, [1, 2, 1])[1] == "must not contain duplicate items"
    assert reason_of(rule, [{"a": 1}, {"a": 1}])[1] == "must not contain duplicate items"


def test_mapping() -> None:
    rule = _v.mapping(_v.integer())
    passes(rule, {}, {"a": 1})
    assert reason_of(rule, {"a": "1"}, field="extra") == ("extra['a']", "must be an integer")
    assert reason_of(rule, {1: 1}) == ("f", "must have string keys")
    assert reason_of(rule, [("a", 1)]) == ("f", "must be a dict")


def test_model() -> None:
    @attrs.define
    class Label:
        text: str

    rule = _v.model(lambda: Label)
    passes(rule, Label("x"))
    assert reason_of(rule, {"text": "x"}) == ("f", "must be a Label")


def test_optional_lets_none_through() -> None:
    rule = _v.optional(_v.integer())
    passes(rule, None, 3)
    assert reason_of(rule, "3")[1] == "must be an integer"


def test_any_of() -> None:
    rule = _v.any_of(_v.string(), _v.integer())
    passes(rule, "a", 1)
    assert reason_of(rule, 1.5)[1] == "must be a string, or must be an integer"
    assert reason_of(_v.any_of(_v.string(), reason="must be text"), 1)[1] == "must be text"


# -- as attrs validators ---------------------------------------------------------------------------


@attrs.define(kw_only=True)
class Order:
    quantity: int = attrs.field(validator=_v.integer(minimum=1))
    note: str | None = attrs.field(default=None, validator=_v.optional(_v.string(max_length=5)))


def test_rules_are_attrs_validators_named_after_the_attribute() -> None:
    with pytest.raises(ValidationError) as caught:
        Order(quantity=0)
    assert caught.value.field == "quantity"
    assert caught.value.reason == "must be at least 1"
    assert str(caught.value) == "quantity: must be at least 1"
    with pytest.raises(ValidationError) as caught:
        Order(quantity=1, note="too long")
    assert caught.value.field == "note"


def test_validation_errors_are_value_errors() -> None:
    with pytest.raises(ValueError):
        Order(quantity=-1)


def test_lenient_skips_validators_in_its_block_only() -> None:
    with _v.lenient():
        assert Order(quantity=0).quantity == 0
    with pytest.raises(ValidationError):
        Order(quantity=0)


def test_lenient_is_restored_after_an_exception() -> None:
    with pytest.raises(RuntimeError), _v.lenient():
        raise RuntimeError
    with pytest.raises(ValidationError):
        Order(quantity=0)


def test_rule_repr_names_the_rule() -> None:
    assert repr(_v.integer(minimum=1)) == "<Rule integer(minimum=1)>"


# -- the FAR Games request models ------------------------------------------------------------------

VALID_LINK: dict[str, Any] = {
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


@pytest.mark.parametrize(
    ("field", "value", "reason"),
    [
        ("game_id", 0, "must be at least 1"),
        ("game_id", True, "must be an integer"),
        ("agent_id", "1", "must be an integer"),
        ("timestamp", 1.5, "must be an integer"),
        ("player_id", "", "must not be empty"),
        ("player_username", "", "must not be empty"),
        ("agent_session_id", "", "must not be empty"),
        ("language", "RU", "must match ^[a-z]{2}(-[A-Za-z]{2})?$"),
        ("currency", "rub", "must match ^[A-Z]{3}$"),
        ("home_url", "example.com", "must be an absolute http(s) URL"),
        ("ip", "300.1.1.1", "must be an IPv4 or IPv6 address"),
    ],
)
def test_fargames_link_request_rules(field: str, value: Any, reason: str) -> None:
    with pytest.raises(ValidationError) as caught:
        GetGameLinkRequest(**{**VALID_LINK, field: value})
    assert (caught.value.field, caught.value.reason) == (field, reason)


def test_fargames_requests_accept_the_documented_example() -> None:
    GetGameLinkRequest(**VALID_LINK)
    GetGameLinkRequest(**{**VALID_LINK, "language": "en-US", "ip": "2001:db8::1"})
    demo = {key: value for key, value in VALID_LINK.items() if key != "agent_session_id"}
    GetGameLinkDemoRequest(**demo)
    with pytest.raises(TypeError):
        GetGameLinkDemoRequest(**VALID_LINK)  # no agent_session_id on the demo call
