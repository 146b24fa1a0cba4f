"""The answer parser returns exactly what ``json.loads`` returns, or fails as it fails.

``gameplatform._json.loads`` tries msgspec's parser first and hands whatever it refuses to
``json.loads``. These differential tests compare the two on generated documents (huge
integers, every float, surrogates, duplicate keys, other encodings) and on mutated bytes.
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gameplatform import _json


def _reference(content: bytes) -> tuple[str, Any]:
    try:
        return "ok", repr(json.loads(content))
    except RecursionError:
        return "error", "nested"
    except ValueError:
        return "error", None


def _ours(content: bytes) -> tuple[str, Any]:
    try:
        return "ok", repr(_json.loads(content))
    except ValueError as error:
        return "error", "nested" if "nested too deeply" in str(error) else None


def _assert_same(content: bytes) -> None:
    # repr tells 1 from 1.0 and True, -0.0 from 0.0, and keeps the order of keys.
    assert _ours(content) == _reference(content), content[:200]


def test_the_fast_parser_is_installed() -> None:
    # msgspec is a dependency on CPython: the speed the benchmark reports is what users get.
    assert _json._fast_loads is not None


@pytest.mark.parametrize(
    "content",
    [
        b'{"a":1,"a":2}',
        b'{"b":1,"a":2,"b":3}',
        b"18446744073709551616",
        b"-9223372036854775809",
        b"123456789012345678901234567890123456789",
        b"1e400",
        b"-1e400",
        b"1e-400",
        b"-0.0",
        b"-0",
        b"4.9e-324",
        b"2.2250738585072011e-308",
        b"0.30000000000000004",
        b"123456789012345678901234567890.5",
        b"NaN",
        b"[Infinity,-Infinity]",
        b'\xef\xbb\xbf{"a":1}',
        '{"é":"ü"}'.encode("utf-16"),
        '{"é":"ü"}'.encode("utf-32-le"),
        b'"\\ud800"',
        b'{"\\ud83d\\ude00":1}',
        b'"\\ud83d"',
        b"\xff",
        b'"a\x01"',
        b"[1,2,]",
        b"",
        b" ",
        b"\x00",
        b'{"a":1}  \n',
        b"[" * 5000 + b"]" * 5000,
        b'{"a":' * 3000 + b"1" + b"}" * 3000,
    ],
)
def test_edge_cases_match_json_loads(content: bytes) -> None:
    _assert_same(content)


_scalars = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.integers(min_value=2**63 - 3, max_value=2**64 + 3)
    | st.integers(min_value=-(2**63) - 3, max_value=-(2**63) + 3)
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text(st.characters(codec=None, categories=None))
    | st.sampled_from(["\ud800", "\udfff", "a\ud83d", "\x00", "\u2028"])
)
_documents = st.recursive(
    _scalars,
    lambda children: (
        st.lists(children, max_size=5)
        | st.dictionaries(st.text(max_size=5) | st.sampled_from(["a", "\ud800"]), children, max_size=5)
    ),
    max_leaves=25,
)


@settings(max_examples=400, deadline=None)
@given(value=_documents, ascii_only=st.booleans(), encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16"]))
def test_documents_match_json_loads(value: Any, ascii_only: bool, encoding: str) -> None:
    text = json.dumps(value, ensure_ascii=ascii_only)
    _assert_same(text.encode(encoding, "surrogatepass"))


@settings(max_examples=400, deadline=None)
@given(
    value=_documents,
    edits=st.lists(st.tuples(st.integers(min_value=0), st.binary(max_size=3)), max_size=3),
)
def test_mutated_bytes_match_json_loads(value: Any, edits: list[tuple[int, bytes]]) -> None:
    content = bytearray(json.dumps(value, ensure_ascii=False).encode("utf-8", "surrogatepass"))
    for position, replacement in edits:
        at = position % (len(content) + 1)
        content[at : at + len(replacement)] = replacement
    _assert_same(bytes(content))


@settings(max_examples=600, deadline=None)
@given(number=st.from_regex(r"-?(0|[1-9][0-9]{0,40})(\.[0-9]{1,40})?([eE][+-]?[0-9]{1,3})?", fullmatch=True))
def test_numbers_round_as_json_loads_rounds(number: str) -> None:
    _assert_same(number.encode("ascii"))
    _assert_same(b'{"n":' + number.encode("ascii") + b"}")


def test_without_the_fast_parser_json_loads_answers(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_json, "_fast_loads", None)
    assert _json.loads(b'{"a":[1,2.5,"x"]}') == {"a": [1, 2.5, "x"]}
    with pytest.raises(ValueError):
        _json.loads(b"<html>502</html>")
    with pytest.raises(ValueError, match="nested too deeply"):
        _json.loads(b"[" * 5000 + b"]" * 5000)
