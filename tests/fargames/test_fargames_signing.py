"""encode_body / sign / verify_signature: the vendor's vectors and PHP's exact output, case by case.

Every expected byte string below was produced by PHP 8.2's ``ksort`` + ``json_encode``.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import math
from collections import OrderedDict
from decimal import Decimal
from enum import Enum, IntEnum
from pathlib import Path
from types import MappingProxyType
from typing import Any

import pytest

from gameplatform.errors import ValidationError
from gameplatform.fargames._signing import encode_body, sign, verify_signature

TOKEN = "agent-api-token-7f3c"


# -- the vendor-verified vectors ---------------------------------------------------------


def _vectors(shared_dir: Path) -> list[dict[str, str]]:
    document = json.loads((shared_dir / "vectors" / "fargames.json").read_text(encoding="utf-8"))
    vectors: list[dict[str, str]] = document["vectors"]
    assert vectors, "the vector file holds no vectors"
    return vectors


def test_every_shared_vector_body_and_signature(shared_dir: Path) -> None:
    for vector in _vectors(shared_dir):
        body = encode_body(json.loads(vector["body_json"]))
        assert body == vector["body"].encode("utf-8"), vector["name"]
        assert sign(body, vector["api_token"]) == vector["signature"], vector["name"]
        assert verify_signature(body, vector["signature"], vector["api_token"]), vector["name"]


def test_vendor_example_inline() -> None:
    """The doc example, kept inline so it runs even without the shared directory."""
    data = {
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
    body = encode_body(data)
    assert body == (
        b'{"agent_id":1,"agent_session_id":"session_abc123","currency":"RUB","game_id":123,'
        b'"home_url":"https:\\/\\/example.com","ip":"192.168.1.1","language":"ru",'
        b'"player_id":"player_123","player_username":"john_doe","timestamp":1640995200}'
    )
    assert sign(body, TOKEN) == "97b11c57973b90b167562db65440439312a51fe5981bb4280ecd5eb2d7b03f57"


# -- strings -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "encoded"),
    [
        ("a/b", b'"a\\/b"'),
        ('q"b\\s', b'"q\\"b\\\\s"'),
        ("\b\f\n\r\t", b'"\\b\\f\\n\\r\\t"'),
        ("\x00\x01\x1f", b'"\\u0000\\u0001\\u001f"'),
        ("\x7f", b'"\x7f"'),  # PHP leaves DEL raw; Python's json escapes it
        ("\\u007f\x7f", b'"\\\\u007f\x7f"'),  # a literal backslash-u next to a real DEL
        ("é€", b'"\\u00e9\\u20ac"'),
        ("\u2028\u2029", b'"\\u2028\\u2029"'),
        ("😀", b'"\\ud83d\\ude00"'),  # astral: a UTF-16 surrogate pair, lowercase hex
        ("\U0010ffff", b'"\\udbff\\udfff"'),
        ("", b'""'),
        ("~ <>&'", b'"~ <>&\'"'),
    ],
)
def test_string_escapes(text: str, encoded: bytes) -> None:
    assert encode_body({"s": text}) == b'{"s":' + encoded + b"}"


def test_keys_are_escaped_like_strings() -> None:
    assert encode_body({"a/é\x7f": 1}) == b'{"a\\/\\u00e9\x7f":1}'


def test_lone_surrogate_is_rejected() -> None:
    with pytest.raises(ValidationError) as info:
        encode_body({"player": {"name": "x\ud800"}})
    assert info.value.field == "player.name"


def test_string_subclass_encodes_its_value() -> None:
    class Currency(str, Enum):  # noqa: UP042 - a plain mixin: its str() is "Currency.RUB"
        RUB = "RUB"

    assert encode_body({"currency": Currency.RUB}) == b'{"currency":"RUB"}'


# -- numbers -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("number", "encoded"),
    [
        (1.0, b"1"),
        (-0.0, b"-0"),
        (0.0, b"0"),
        (100.0, b"100"),
        (0.1, b"0.1"),
        (0.30000000000000004, b"0.30000000000000004"),
        (1 / 3, b"0.3333333333333333"),
        (1e-4, b"0.0001"),
        (-1e-4, b"-0.0001"),
        (2.5e-4, b"0.00025"),
        (1e-5, b"1.0e-5"),
        (1.5e-7, b"1.5e-7"),
        (-2.5e-10, b"-2.5e-10"),
        (1e15, b"1000000000000000"),
        (1e16, b"10000000000000000"),
        (1.5e16, b"15000000000000000"),
        (-1e16, b"-10000000000000000"),
        (9007199254740993.0, b"9007199254740992"),
        (1e17, b"1.0e+17"),
        (1.5e17, b"1.5e+17"),
        (123456789012345678.0, b"1.2345678901234568e+17"),
        (1e22, b"1.0e+22"),
        (1e25, b"1.0e+25"),
        (1e300, b"1.0e+300"),
        (5e-324, b"5.0e-324"),
        (1.7976931348623157e308, b"1.7976931348623157e+308"),
    ],
)
def test_floats_print_like_php(number: float, encoded: bytes) -> None:
    assert encode_body({"x": number}) == b'{"x":' + encoded + b"}"


@pytest.mark.parametrize("number", [math.nan, math.inf, -math.inf])
def test_nan_and_infinities_are_rejected(number: float) -> None:
    with pytest.raises(ValidationError) as info:
        encode_body({"stats": [1, number]})
    assert info.value.field == "stats[1]"


@pytest.mark.parametrize(
    ("number", "encoded"),
    [(0, b"0"), (-5, b"-5"), (2**63 - 1, b"9223372036854775807"), (-(2**63), b"-9223372036854775808")],
)
def test_ints(number: int, encoded: bytes) -> None:
    assert encode_body({"n": number}) == b'{"n":' + encoded + b"}"


@pytest.mark.parametrize("number", [2**63, -(2**63) - 1, 10**30])
def test_ints_beyond_64_bits_are_rejected(number: int) -> None:
    with pytest.raises(ValidationError) as info:
        encode_body({"n": number})
    assert info.value.field == "n"


def test_int_enum_encodes_as_its_number() -> None:
    class Level(IntEnum):
        HIGH = 3

    assert encode_body({"level": Level.HIGH}) == b'{"level":3}'


def test_bool_and_none() -> None:
    assert encode_body({"a": True, "b": False, "c": None}) == b'{"a":true,"b":false,"c":null}'


# -- structure and order -----------------------------------------------------------------


def test_only_the_top_level_is_sorted() -> None:
    data = {"b": {"z": 1, "a": 2}, "a": [{"y": 1, "x": 2}, 3]}
    assert encode_body(data) == b'{"a":[{"y":1,"x":2},3],"b":{"z":1,"a":2}}'


def test_top_level_sort_is_by_bytes_for_ordinary_keys() -> None:
    data = {"b": 1, "a": 2, "Z": 3, "_": 4, "é": 5, "ab": 6, "a b": 7}
    assert encode_body(data) == b'{"Z":3,"_":4,"a":2,"a b":7,"ab":6,"b":1,"\\u00e9":5}'


def test_numeric_keys_sort_like_php_8() -> None:
    # Integer-like keys are ints; "1e1" equals 10 numerically and keeps its place after it.
    data = {"b": 1, "a": 2, "10": 3, "9": 4, "1e1": 5, "Z": 6, "": 7, "é": 8}
    assert encode_body(data) == b'{"":7,"9":4,"10":3,"1e1":5,"Z":6,"a":2,"b":1,"\\u00e9":8}'


def test_inconsistent_key_mix_follows_phps_sort_algorithm() -> None:
    # "10a" < 2 (as strings), 2 < "10.0" (as numbers), "10.0" < "10a" (as strings): no
    # total order, so only PHP's exact sequence of comparisons gives PHP's answer.
    assert encode_body({"10a": 1, "2": 2, "10.0": 3}) == b'{"10a":1,"2":2,"10.0":3}'


def test_many_keys_take_the_quicksort_path() -> None:
    data = {str(n): n for n in range(40, 0, -1)} | {"x": 0}
    expected = b"{" + b",".join(b'"%d":%d' % (n, n) for n in range(1, 41)) + b',"x":0}'
    assert encode_body(data) == expected


def test_mappings_with_list_keys_become_arrays_like_php() -> None:
    assert encode_body({"1": "b", "0": "a"}) == b'["a","b"]'
    assert encode_body({"a": {"0": "x", "1": "y"}}) == b'{"a":["x","y"]}'
    assert encode_body({"a": {"1": "x", "0": "y"}}) == b'{"a":{"1":"x","0":"y"}}'
    assert encode_body({"a": {"0": "x", "2": "y"}}) == b'{"a":{"0":"x","2":"y"}}'


def test_empty_mappings_are_empty_php_arrays() -> None:
    assert encode_body({}) == b"[]"
    assert encode_body({"meta": {}}) == b'{"meta":[]}'


def test_tuples_and_lists_are_arrays() -> None:
    assert encode_body({"a": (1, "x"), "b": []}) == b'{"a":[1,"x"],"b":[]}'


def test_other_mapping_types_are_accepted() -> None:
    data = OrderedDict([("b", 1), ("a", MappingProxyType({"k": "v"}))])
    assert encode_body(data) == b'{"a":{"k":"v"},"b":1}'


def test_depth_limit_matches_json_encode() -> None:
    def nested(levels: int) -> Any:
        value: Any = 1
        for _ in range(levels):
            value = [value]
        return value

    # The top-level mapping is one level; PHP allows 512 in all.
    assert encode_body({"a": nested(511)}).count(b"[") == 511
    with pytest.raises(ValidationError):
        encode_body({"a": nested(512)})


# -- wrong input ---------------------------------------------------------------------------


@pytest.mark.parametrize("data", [[1, 2], "text", None, 3])
def test_top_level_must_be_a_mapping(data: Any) -> None:
    with pytest.raises(ValidationError) as info:
        encode_body(data)
    assert info.value.field == "data"


@pytest.mark.parametrize("key", [1, 1.5, None, b"k", ("a",)])
def test_non_string_keys_are_rejected(key: Any) -> None:
    with pytest.raises(ValidationError):
        encode_body({key: 1})
    with pytest.raises(ValidationError):
        encode_body({"nested": {key: 1}})


@pytest.mark.parametrize("value", [Decimal("1.5"), b"bytes", {1, 2}, object()])
def test_unsupported_values_are_rejected(value: Any) -> None:
    with pytest.raises(ValidationError) as info:
        encode_body({"outer": {"v": value}})
    assert info.value.field == "outer.v"


# -- sign and verify_signature ------------------------------------------------------------


def test_sign_is_lowercase_hex_hmac_sha256_keyed_with_the_token() -> None:
    body = b'{"agent_id":1,"timestamp":1640995200}'
    expected = hmac.new(TOKEN.encode(), body, hashlib.sha256).hexdigest()
    assert sign(body, TOKEN) == expected
    assert sign(body, TOKEN) == sign(bytearray(body), TOKEN) == sign(memoryview(body), TOKEN)
    assert sign(body, "другой-токен") == hmac.new("другой-токен".encode(), body, hashlib.sha256).hexdigest()


def test_verify_signature_accepts_only_the_exact_signature() -> None:
    body = encode_body({"agent_id": 1, "timestamp": 1640995200})
    good = sign(body, TOKEN)
    assert verify_signature(body, good, TOKEN)
    assert not verify_signature(body, good.upper(), TOKEN)
    assert not verify_signature(body, good[:-1], TOKEN)
    assert not verify_signature(body, "", TOKEN)
    assert not verify_signature(body, "é" * 64, TOKEN)
    assert not verify_signature(body, good, TOKEN + "x")
    assert not verify_signature(body + b" ", good, TOKEN)
    # The same data serialised differently is a different body.
    assert not verify_signature(json.dumps({"agent_id": 1, "timestamp": 1640995200}).encode(), good, TOKEN)


def test_verify_signature_compares_in_constant_time(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[tuple[Any, Any]] = []
    real = hmac.compare_digest

    def spy(a: Any, b: Any) -> bool:
        calls.append((a, b))
        return real(a, b)

    monkeypatch.setattr(hmac, "compare_digest", spy)
    body = b"{}"
    assert verify_signature(body, sign(body, TOKEN), TOKEN)
    assert not verify_signature(body, "0" * 64, TOKEN)
    assert len(calls) == 2


@pytest.mark.parametrize("body", ["text", None, 1])
def test_sign_requires_bytes(body: Any) -> None:
    with pytest.raises(ValidationError) as info:
        sign(body, TOKEN)
    assert info.value.field == "body"
    with pytest.raises(ValidationError):
        verify_signature(body, "00", TOKEN)


@pytest.mark.parametrize("token", ["", None, b"token"])
def test_sign_requires_a_token_and_never_echoes_it(token: Any) -> None:
    with pytest.raises(ValidationError) as info:
        sign(b"{}", token)
    assert info.value.field == "api_token"


def test_errors_never_contain_the_token() -> None:
    secret = "s3cret-token-value"
    with pytest.raises(ValidationError) as info:
        verify_signature(b"{}", None, secret)  # type: ignore[arg-type]
    assert secret not in str(info.value) and secret not in repr(info.value)
