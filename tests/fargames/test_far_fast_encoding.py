"""The fast path of ``encode_body`` (flat bodies of text, integers, booleans and nulls) writes
exactly the bytes of the general PHP-exact encoder, which the PHP differential tests pin down."""

from __future__ import annotations

from types import MappingProxyType
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from gameplatform.fargames import encode_body

_KEYS = st.text(st.characters(min_codepoint=0, max_codepoint=0x7F), min_size=1, max_size=12)
_VALUES = st.one_of(
    st.text(max_size=20),
    st.text(st.characters(min_codepoint=0x60, max_codepoint=0x80), max_size=8),  # DEL and around it
    st.integers(min_value=-(2**63), max_value=2**63 - 1),
    st.integers(),
    st.booleans(),
    st.none(),
    st.floats(allow_nan=False),
)


@settings(max_examples=400, deadline=None)
@given(st.dictionaries(_KEYS, _VALUES, min_size=1, max_size=8))
def test_fast_and_general_encoders_agree(data: dict[str, Any]) -> None:
    _assert_both_encoders_agree(data)


def _encoded_or_error(data: Any) -> Any:
    try:
        return encode_body(data)
    except ValueError as error:
        return type(error)


def _assert_both_encoders_agree(data: dict[str, Any]) -> None:
    general = MappingProxyType(data)  # not a dict: always the general encoder
    assert _encoded_or_error(data) == _encoded_or_error(general)


def test_a_typical_body_takes_the_fast_path_and_escapes_like_php() -> None:
    body = {"agent_id": 7, "timestamp": 1, "home_url": "https://a.example/x", "ip": "é\x7f", "demo": True}
    assert encode_body(body) == (
        b'{"agent_id":7,"demo":true,"home_url":"https:\\/\\/a.example\\/x","ip":"\\u00e9\x7f","timestamp":1}'
    )


@settings(max_examples=200, deadline=None)
@given(st.lists(_VALUES, min_size=3, max_size=3))
def test_keys_found_plain_once_still_have_their_values_checked(values: list[Any]) -> None:
    # The key check is remembered per key tuple; the values of every body are checked anew.
    keys = ("agent_id", "note", "timestamp")
    encode_body(dict.fromkeys(keys, 1))
    _assert_both_encoders_agree(dict(zip(keys, values, strict=True)))


def test_numeric_keys_are_never_remembered_as_plain() -> None:
    data = {"10": 1, "9": 2, "a": 3}
    assert encode_body(data) == encode_body(MappingProxyType(data))
    assert encode_body(data) == encode_body(MappingProxyType(data))
