"""Playdapp request signing: the vendor's vectors, each rule of the reference, the nonce source.

Expected strings were produced by the vendor's JavaScript (crypto-js 4.2.0, sort-json
2.0.1, Node 20); ``test_reference_diff.py`` compares against it live on random input.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import threading
from pathlib import Path
from typing import Any

import pytest

from gameplatform.errors import ConfigurationError, ValidationError
from gameplatform.playdapp import _collation
from gameplatform.playdapp._jsnumber import float_text, int_text
from gameplatform.playdapp._nonce import NONCE_ALPHABET, NonceSource
from gameplatform.playdapp._signing import canonical_json, sign, signing_string

SECRET = "test-secret-Ab9"
DOC_BODY = {
    "userId": "123",
    "serviceContractId": 1,
    "itemCode": "1111",
    "itemId": "11",
    "itemAttributes": [
        {"trait_type": "Base", "value": "Starfish"},
        {"trait_type": "Eyes", "value": "Big"},
    ],
}


def load_vectors(path: Path) -> list[dict[str, Any]]:
    vectors: list[dict[str, Any]] = json.loads(path.read_text(encoding="utf-8"))["vectors"]
    return vectors


def test_every_shared_vector(playdapp_vectors_path: Path) -> None:
    vectors = load_vectors(playdapp_vectors_path)
    assert vectors, "the vectors file holds no vectors"
    for vector in vectors:
        body = None if vector["body_json"] is None else json.loads(vector["body_json"])
        args = (vector["method"], vector["path"], vector["timestamp"], vector["nonce"], body)
        assert signing_string(*args) == vector["signing_string"], vector["name"]
        assert sign(vector["secret"], *args) == vector["signature"], vector["name"]


def test_documented_mapping_item_example() -> None:
    text = signing_string("POST", "/v1/items", 1663817250538, "bsD3E7ge", DOC_BODY)
    assert text == (
        'POST/v1/itemsbsD3E7ge1663817250538{"itemAttributes":[{"trait_type":"Base","value":"Starfish"},'
        '{"trait_type":"Eyes","value":"Big"}],"itemCode":"1111","itemId":"11","serviceContractId":1,"userId":"123"}'
    )
    expected = base64.b64encode(hmac.new(SECRET.encode(), text.encode(), hashlib.sha512).digest()).decode()
    assert sign(SECRET, "POST", "/v1/items", 1663817250538, "bsD3E7ge", DOC_BODY) == expected
    assert (
        expected == "kVUpVJdFtK9YOD9KHiOXJ8x3kdMlvSRyLU0olvYPFdi/m6KMr1hVAMwc/duyr85rmq1thI7RqEnoxOgPA3GwSQ=="
    )


def test_signature_is_hmac_sha512_of_utf8_text_keyed_with_utf8_secret() -> None:
    secret = "sécret-🔑" * 20  # longer than SHA-512's block: hashed first, as crypto-js does
    body = {"name": "Émile 😀"}
    text = signing_string("POST", "/v1/nfts", 5, "abcdEFG1", body)
    digest = hmac.new(secret.encode("utf-8"), text.encode("utf-8"), hashlib.sha512).digest()
    assert sign(secret, "POST", "/v1/nfts", 5, "abcdEFG1", body) == base64.b64encode(digest).decode()


# --- canonical body -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body_json", "expected"),
    [
        # ICU root collation, not code point order
        (
            '{"ab":1,"a1":2,"a.b":3,"a-b":4,"a_b":5,"a b":6,"1z":7,"_z":8}',
            '{"_z":8,"1z":7,"a b":6,"a_b":5,"a-b":4,"a.b":3,"a1":2,"ab":1}',
        ),
        ('{"이름":1,"zeta":2,"name":3,"Émile":4}', '{"Émile":4,"name":3,"zeta":2,"이름":1}'),
        # keys equal ignoring case keep their input order (stable sort); duplicates: last value wins
        ('{"b":1,"B":2,"a":3,"A":4,"b":5}', '{"a":3,"A":4,"b":5,"B":2}'),
        ('{"Key":1,"key":2,"KEY":3}', '{"Key":1,"key":2,"KEY":3}'),
        # every depth, objects inside arrays too, array order kept
        (
            '{"x":[{"b":1,"a":[{"d":1,"c":2}]},3,null,{"z":true,"y":false}]}',
            '{"x":[{"a":[{"c":2,"d":1}],"b":1},3,null,{"y":false,"z":true}]}',
        ),
        # toLowerCase: İ → i̇ (two code units), dotless ı is its own letter
        ('{"İ":1,"i":2,"j":3,"ı":4}', '{"i":2,"İ":1,"ı":4,"j":3}'),
        # control characters are ignorable: equal keys, input order kept
        ('{"b\\u0001":1,"b":2,"a\\u0000":3,"a":4}', '{"a\\u0000":3,"a":4,"b\\u0001":1,"b":2}'),
        # final sigma lowercases to ς, which sorts after σ
        ('{"ΑΣ":1,"ας":2,"ασ":3}', '{"ασ":3,"ΑΣ":1,"ας":2}'),
        # CLDR root's specials: U+FFFE lowest, U+FFFD and U+FFFF above everything
        ('{"\\uffff":1,"\\ufffe":2,"\\ufffd":3,"a":4}', '{"\ufffe":2,"a":4,"\ufffd":3,"\uffff":1}'),
        ('{"丁":1,"a":2,"Z":3}', '{"a":2,"Z":3,"丁":1}'),
        # Han by radical and stroke (ICU 78 / UCA 17); emoji and letters added since Unicode 10
        ('{"且":2,"丗":1}', '{"丗":1,"且":2}'),
        ('{"最":1,"感":2}', '{"最":1,"感":2}'),
        ('{"😀":1,"🥰":2,"🤌":3}', '{"🤌":3,"🥰":2,"😀":1}'),
        ('{"A":1,"؝":2}', '{"؝":2,"A":1}'),
        # integer-like keys first in numeric order, whatever the sort said
        (
            '{"b":2,"4294967295":1,"4294967294":2,"10":1,"9":1,"01":1,"-1":0,"1.0":0}',
            '{"9":1,"10":1,"4294967294":2,"-1":0,"01":1,"1.0":0,"4294967295":1,"b":2}',
        ),
    ],
)
def test_key_order(body_json: str, expected: str) -> None:
    assert canonical_json(json.loads(body_json)) == expected


def test_string_escaping_matches_json_stringify() -> None:
    body = {"s": 'q"b\\s/\b\f\n\r\t\x00\x1f\x7f\u2028é😀'}
    assert canonical_json(body) == '{"s":"q\\"b\\\\s/\\b\\f\\n\\r\\t\\u0000\\u001f\x7f\u2028é😀"}'


def test_unpaired_surrogates_are_escaped_and_pairs_are_one_character() -> None:
    body = {"x": "\ud83d\ude00\ud800", "\udc00": "ok"}
    assert canonical_json(body) == '{"x":"😀\\ud800","\\udc00":"ok"}'
    assert canonical_json(json.loads('["\\ud83d\\ude00"]')) == '["😀"]'


def test_numbers_print_as_javascript_does() -> None:
    body = json.loads(
        "[1.0,-0.0,-0,1e21,1e-7,2.5e-5,1e16,5e-324,0.1,123456789012345680000,1E5,1e+2,"
        "-1.5e-7,0.000001,1.7976931348623157e308,9007199254740992,-9007199254740993.0]"
    )
    assert canonical_json(body) == (
        "[1,0,0,1e+21,1e-7,0.000025,10000000000000000,5e-324,0.1,123456789012345680000,100000,100,"
        "-1.5e-7,0.000001,1.7976931348623157e+308,9007199254740992,-9007199254740992]"
    )


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (1.0, "1"),
        (-0.0, "0"),
        (1e21, "1e+21"),
        (1e-7, "1e-7"),
        (1.5e-7, "1.5e-7"),
        (2.5e-5, "0.000025"),
        (1e-6, "0.000001"),
        (1e16, "10000000000000000"),
        (123.456, "123.456"),
        (1e20, "100000000000000000000"),
        (1.2345678901234567e20, "123456789012345670000"),
        (-1e100, "-1e+100"),
        (5e-324, "5e-324"),
        (float("nan"), None),
        (float("inf"), None),
        (float("-inf"), None),
    ],
)
def test_float_text(value: float, expected: str | None) -> None:
    assert float_text(value) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (0, "0"),
        (-(2**53), "-9007199254740992"),
        (2**53, "9007199254740992"),
        (2**53 + 1, None),  # would become 9007199254740992
        (2**53 + 2, "9007199254740994"),  # exactly a double, prints unchanged
        (2**60, None),  # prints 1152921504606847000
        (123456789012345680000, "123456789012345680000"),
        (10**21, None),  # prints 1e+21
        (10**400, None),  # Infinity, which JSON.stringify prints as null
    ],
)
def test_int_text(value: int, expected: str | None) -> None:
    assert int_text(value) == expected


@pytest.mark.parametrize(
    ("body", "expected"), [(None, "{}"), (False, "{}"), (0, "{}"), (0.0, "{}"), ("", "{}")]
)
def test_falsy_bodies_sign_as_empty_object(body: Any, expected: str) -> None:
    assert canonical_json(body) == expected
    assert signing_string("GET", "/v1/items", 1, "n", body).endswith("n1{}")


@pytest.mark.parametrize(
    ("body", "expected"),
    [([], "[]"), ({}, "{}"), (True, "true"), ("abc", '"abc"'), (5, "5"), (-0.5, "-0.5"), ([None], "[null]")],
)
def test_truthy_non_object_bodies_are_stringified(body: Any, expected: str) -> None:
    assert canonical_json(body) == expected


def test_bool_is_not_int() -> None:
    assert canonical_json({"a": True, "b": False, "c": 1}) == '{"a":true,"b":false,"c":1}'


def test_subclasses_and_tuples_are_written_by_content() -> None:
    import enum
    from collections import OrderedDict

    class Colour(str, enum.Enum):  # noqa: UP042 - str() differs from the value here
        RED = "red"

    class Level(enum.IntEnum):
        HIGH = 3

    body = OrderedDict([("z", Colour.RED), ("a", (Level.HIGH, 1.5))])
    assert canonical_json(body) == '{"a":[3,1.5],"z":"red"}'


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"items": [{"price": 2**53 + 1}]}, "body.items[0].price"),
        ({"a": [1, {"b c": 2**60}]}, 'body.a[1]["b c"]'),
        ({"n": 10**21}, "body.n"),
        ({"n": float("nan")}, "body.n"),
        ([float("inf")], "body[0]"),
        (float("-inf"), "body"),
        (float("nan"), "body"),
        ({"x": {1: "a"}}, "body.x[1]"),
        ({"x": {None: "a"}}, "body.x[None]"),
        ({"__proto__": {"a": 1}}, "body.__proto__"),
        ({"ok": {"__proto__": 1}}, "body.ok.__proto__"),
        ({"when": object()}, "body.when"),
        ({"raw": b"bytes"}, "body.raw"),
        ({"set": {1, 2}}, "body.set"),
    ],
)
def test_input_javascript_would_change_is_refused(body: Any, field: str) -> None:
    with pytest.raises(ValidationError) as caught:
        canonical_json(body)
    assert caught.value.field == field
    with pytest.raises(ValidationError):
        sign(SECRET, "POST", "/v1/items", 1, "n", body)


def test_refusal_reason_says_what_javascript_would_send() -> None:
    with pytest.raises(ValidationError) as caught:
        canonical_json({"id": 2**60})
    assert "1152921504606847000" in caught.value.reason


def test_deep_nesting_is_a_validation_error_not_a_crash() -> None:
    body: Any = []
    for _ in range(100_000):
        body = [body]
    with pytest.raises(ValidationError) as caught:
        canonical_json(body)
    assert caught.value.field == "body"


# --- query string ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("/p", "/p"),
        ("/p?", "/p"),
        ("/p?&&", "/p"),
        ("/p?=", "/p?="),
        ("/p?b=2&a=1&b=1&a=0", "/p?a=1&a=0&b=2&b=1"),
        ("/p?a=%2B&b=+&c=%25&d=%20&e=%zz&f&g=&h=a=b&&", "/p?a=+&b=+&c=%&d=+&e=%zz&f=&g=&h=a=b"),
        ("/p?a?b=1", "/p?a="),  # only the text between the first and second "?" counts
        ("/p?%F0%9F%98%80=1&%EF%BD%81=2&z=3&%C3%A9=4&E=5", "/p?E=5&z=3&é=4&😀=1&ａ=2"),  # UTF-16 order
        ("/p?n%26x=%3D%26&*-._~!'()=1", "/p?*-._~!'()=1&n&x==&"),
        ("/p?x=%ED%A0%80&y=%C3%28&z=%F0%9F%98", "/p?x=\ufffd\ufffd\ufffd&y=\ufffd(&z=\ufffd"),
        ("/p?x=\ud800", "/p?x=\ufffd"),  # USVString: unpaired surrogate → U+FFFD
        # Node's parser: decodeURIComponent, and when it throws, only the low byte of each code unit
        ("/p?a=%2B%ü", "/p?a=+%\ufffd"),
        ("/p?a=%41%zzé", "/p?a=A%zz\ufffd"),
        ("/p?a=é%41", "/p?a=éA"),
        ("/p?a=%+41ü", "/p?a=%+41\ufffd"),
        ("/p?a=😀%zz%41", "/p?a==\x00%zzA"),
        ("/p?%ZZ%41=%", "/p?%ZZA=%"),
        ("/p?status=burned&offset=0&limit=20", "/p?limit=20&offset=0&status=burned"),
    ],
)
def test_query_is_sorted_and_decoded_like_url_search_params(path: str, expected: str) -> None:
    assert signing_string("GET", path, 7, "nonce", None) == f"GET{expected}nonce7{{}}"


# --- other parts ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "field"),
    [
        (("GET", "/p", True, "n"), "timestamp"),
        (("GET", "/p", 1.5, "n"), "timestamp"),
        (("GET", "/p", 2**60, "n"), "timestamp"),
        ((b"GET", "/p", 1, "n"), "method"),
        (("GET", None, 1, "n"), "path"),
        (("GET", "/p", 1, None), "nonce"),
        (("G\ud800", "/p", 1, "n"), "method"),
        (("GET", "/a\udc00?x=1", 1, "n"), "path"),
        (("GET", "/p", 1, "\ud800"), "nonce"),
    ],
)
def test_unsignable_parts_are_refused(args: tuple[Any, ...], field: str) -> None:
    with pytest.raises(ValidationError) as caught:
        signing_string(*args, None)  # type: ignore[call-arg]
    assert caught.value.field == field


def test_surrogate_pair_held_as_two_characters_is_one_character() -> None:
    assert signing_string("GET", "/\ud83d\ude00", 1, "n", None) == "GET/😀n1{}"


def test_unsignable_secret_is_refused_without_revealing_it() -> None:
    secret = "top-secret-\ud800"
    with pytest.raises(ValidationError) as caught:
        sign(secret, "GET", "/p", 1, "n", None)
    assert caught.value.field == "api_secret"
    assert "top-secret" not in str(caught.value) and "top-secret" not in repr(caught.value)
    with pytest.raises(ValidationError):
        sign(None, "GET", "/p", 1, "n", None)  # type: ignore[arg-type]


def test_method_and_path_are_signed_as_given() -> None:
    assert signing_string("delete", "/v1/items/ü x#f", 1, "n", None) == "delete/v1/items/ü x#fn1{}"


# --- collation helpers ----------------------------------------------------------------------


def test_ascii_sort_keys_equal_the_table_keys() -> None:
    collator = _collation._collator()
    words = [chr(c) for c in range(128)] + ["ab", "a b", "A_B", "x\x01y", "", "userId", "trait_type"]
    for word in words:
        assert _collation.sort_key(word) == collator.sort_key(_collation.js_lower(word)), repr(word)


def test_js_lower_covers_case_pairs_newer_than_python() -> None:
    assert _collation.js_lower("\ua7cbİΣ") == "ɤi\u0307ς"
    assert [_collation.js_lower(word) for word in ("ΑΣ", "Σ", "AΣ.", "AΣb")] == ["ας", "σ", "aς.", "aσb"]


@pytest.mark.parametrize(
    ("key", "expected"),
    [("0", True), ("10", True), ("4294967294", True), ("4294967295", False), ("01", False), ("-1", False),
     ("1.0", False), ("", False), ("١", False), ("1e3", False)],
)  # fmt: skip
def test_array_index_keys(key: str, expected: bool) -> None:
    assert _collation.is_array_index(key) is expected


# --- nonces ---------------------------------------------------------------------------------


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_nonce_is_eight_alphanumerics_from_secrets() -> None:
    source = NonceSource()
    nonces = [source() for _ in range(500)]
    assert all(len(n) == 8 and set(n) <= set(NONCE_ALPHABET) for n in nonces)
    assert len(set(nonces)) == 500
    assert set("".join(nonces)) == set(NONCE_ALPHABET)  # 4000 draws cover all 62 characters


def test_nonce_never_repeats_within_the_window_even_when_the_draw_does() -> None:
    clock = FakeClock()
    # A random source that deals the same index sequence twice, then a different one.
    script = [0] * 8 + [0] * 8 + [1] * 8 + [0] * 8
    draws = iter(script)
    source = NonceSource(window=20.0, clock=clock, randbelow=lambda _n: next(draws))
    assert source() == "aaaaaaaa"
    clock.now += 19.9
    assert source() == "bbbbbbbb"  # "aaaaaaaa" was drawn again and skipped
    clock.now += 0.2  # "aaaaaaaa" is now 20.1 s old
    assert source() == "aaaaaaaa"


def test_nonce_memory_is_pruned_after_the_window() -> None:
    clock = FakeClock()
    source = NonceSource(window=20.0, clock=clock)
    for _ in range(50):
        source()
    assert len(source) == 50
    clock.now += 10
    source()
    assert len(source) == 51
    clock.now += 10.5
    source()
    assert len(source) == 2


def test_nonce_source_refuses_a_window_shorter_than_the_platforms() -> None:
    with pytest.raises(ConfigurationError):
        NonceSource(window=5)


def test_nonce_source_gives_up_on_a_stuck_random_source() -> None:
    source = NonceSource(clock=FakeClock(), randbelow=lambda _n: 3)
    assert source() == "dddddddd"
    with pytest.raises(RuntimeError):
        source()


def test_nonce_source_is_thread_safe() -> None:
    clock = FakeClock()
    # Only 2**8 possible nonces, so threads collide constantly and must retry under the lock.
    source = NonceSource(clock=clock, randbelow=_SmallRandom())
    results: list[str] = []
    start = threading.Barrier(8)

    def worker() -> None:
        start.wait()
        for _ in range(25):
            results.append(source())

    threads = [threading.Thread(target=worker) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(results) == 200
    assert len(set(results)) == 200


class _SmallRandom:
    """Picks only index 0 or 1 (from a seeded generator): a tiny nonce space."""

    def __init__(self) -> None:
        import random

        self._random = random.Random(7)
        self._lock = threading.Lock()

    def __call__(self, _n: int) -> int:
        with self._lock:
            return self._random.randrange(2)
