"""encode_body and sign against real PHP: ``ksort`` + ``json_encode`` + ``hash_hmac`` on generated data.

One PHP process (``tests/php/php_reference.py``) serves the whole module.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from php_reference import PhpEncoder

from gameplatform.errors import ValidationError
from gameplatform.fargames._signing import encode_body, sign


@pytest.fixture(scope="module")
def php(php_binary: str) -> Iterator[PhpEncoder]:
    encoder = PhpEncoder(php_binary)
    try:
        yield encoder
    finally:
        encoder.close()


def assert_same_as_php(php: PhpEncoder, data: dict[str, Any], token: str = "agent-api-token-7f3c") -> None:
    expected = php.encode_and_sign(data, token)
    assert not isinstance(expected, str), f"PHP could not encode {data!r}: {expected}"
    body, signature = expected
    ours = encode_body(data)
    assert ours == body, f"{data!r}"
    assert sign(ours, token) == signature


# -- strategies ----------------------------------------------------------------------------

_TRICKY_KEYS = [
    "", "0", "00", "-0", "01", "1", "-1", "2", "9", "10", "10a", "10.0", "1e1", "1e", "1e+", "1E2",
    " 1", "1 ", "\t1\n", "\v1\f", "1\x00", ".5", "5.", "1.e5", "1.e", ".e5", "1e5.5", "-.5",
    "+1", "+0", "0x1A", "1_000", " ", ".",
    "9223372036854775807", "9223372036854775808", "-9223372036854775808", "-9223372036854775809",
    "9223372036854775808 ", "-9223372036854775808 ", " 9223372036854775807", "09223372036854775807",
    "99999999999999999999", "100000000000000000000", "123456789012345678901.5", "00000000000000000000001",
    "1e400", "2e999", "-1e400", "1e-400", "NaN", "INF",
    "a", "A", "_", "agent_id", "timestamp", "é", "😀", "a/b",
]  # fmt: skip

keys = st.one_of(
    st.sampled_from(_TRICKY_KEYS),
    st.text(alphabet="0123456789-+.eE \t", max_size=6),
    st.integers(min_value=-(2**64), max_value=2**64).map(str),
    st.floats(allow_nan=False, allow_infinity=False).map(repr),
    st.text(max_size=6),
)

floats = st.one_of(
    st.floats(allow_nan=False, allow_infinity=False),
    st.sampled_from([0.0, -0.0, 1.0, 1e15, 1e16, 1e17, 1e-4, 1e-5, 5e-324, 1.7976931348623157e308]),
    st.integers(min_value=-(2**64), max_value=2**64).map(float),
    st.integers(min_value=-330, max_value=308).map(lambda exponent: 10.0**exponent),
)

strings = st.one_of(
    st.text(),
    st.text(
        alphabet=st.sampled_from('/\\"\x00\x01\x1f\x7f\x08\x0c\n\r\t aé€😀\u2028\U0010ffff'), max_size=12
    ),
)

scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**63), max_value=2**63 - 1),
    floats,
    strings,
)

values = st.recursive(
    scalars,
    lambda children: st.lists(children, max_size=4) | st.dictionaries(keys, children, max_size=5),
    max_leaves=12,
)

_SETTINGS = settings(
    max_examples=300,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@_SETTINGS
@given(data=st.dictionaries(keys, values, max_size=10), token=st.text(min_size=1, max_size=20))
def test_nested_data_matches_php(php: PhpEncoder, data: dict[str, Any], token: str) -> None:
    assert_same_as_php(php, data, token)


@_SETTINGS
@given(data=st.dictionaries(keys, st.integers(min_value=0, max_value=9), min_size=6, max_size=60))
def test_key_order_matches_php_ksort(php: PhpEncoder, data: dict[str, Any]) -> None:
    """Many keys: the insertion-sort (6-16) and quicksort (17+) paths of PHP's sort."""
    assert_same_as_php(php, data)


@_SETTINGS
@given(number=floats)
def test_floats_match_php(php: PhpEncoder, number: float) -> None:
    assert_same_as_php(php, {"x": number, "list": [number, -number]})


@pytest.mark.parametrize(
    "data",
    [
        {"agent_id": 1, "timestamp": 1640995200},
        {},
        {"1": "b", "0": "a"},
        {"meta": {}, "list": [], "nested": {"0": 1, "1": 2}, "holes": {"0": 1, "2": 2}},
        {"10a": 1, "2": 2, "10.0": 3},
        {"2e999": 1, "1e400": 2, "-2e999": 3, "-1e400": 4},  # infinities compare as strings
        {"99999999999999999999": 1, "99999999999999999998": 2},  # same double after overflow
        {"-9223372036854775809": 1, "-9223372036854775810": 2, "9223372036854775807": 3},
        {str(n): n for n in range(1100, 0, -1)},  # zend_sort picks its pivot from 5 above 1024
    ],
)
def test_fixed_cases_match_php(php: PhpEncoder, data: dict[str, Any]) -> None:
    assert_same_as_php(php, data)


def test_depth_limit_matches_php(php: PhpEncoder) -> None:
    def nested(levels: int) -> Any:
        value: Any = 1
        for _ in range(levels):
            value = [value]
        return value

    assert_same_as_php(php, {"a": nested(511)})
    assert php.encode_and_sign({"a": nested(512)}, "t") == "Maximum stack depth exceeded"
    with pytest.raises(ValidationError):
        encode_body({"a": nested(512)})
