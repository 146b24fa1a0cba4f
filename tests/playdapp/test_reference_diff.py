"""Differential tests: our signing against the vendor's JavaScript, running under Node.

Bodies are generated as JSON *text* and given to both sides (``json.loads`` here,
``JSON.parse`` there), so both see the same numbers; the text varies number notation,
escapes, unpaired surrogates, key case and duplicates. Input we refuse on purpose is
checked by its own properties (refused exactly when JavaScript would change it).

Keys with characters newer than DUCET 10 (emoji, Han of every block, scripts added
since Unicode 10) depend on the collation tables, which reproduce one ICU version
(``_collation_overrides.ICU_VERSION``); those tests skip, with the reason, when Node's
ICU is another one. Everything else is compared on any Node.
"""

from __future__ import annotations

import json
import math
import random
import unicodedata

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from node_reference import NodeReference

from gameplatform.errors import ValidationError
from gameplatform.playdapp._collation_overrides import ICU_VERSION, UNRESOLVED
from gameplatform.playdapp._signing import canonical_json, sign, signing_string

pytestmark = pytest.mark.timeout(600)

SECRET = "test-secret-Ab9"
PROPERTY_SETTINGS = settings(
    max_examples=500,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    print_blob=True,
)

# --- alphabets --------------------------------------------------------------------------------


_PRINTABLE_ASCII = [chr(code) for code in range(0x20, 0x7F)]
_SPECIAL = [*"İıΣσςßẞﬁﬂÅåÆæØøĲĳŉǅǆǈǉΐΰǰẖ", "\ufffd", "\ufffe", "\uffff", "\u200b", "\u200d", "\ufeff"]
_CONTROL = [*(chr(code) for code in range(0x00, 0x20)), "\x7f"]
_NON_ASCII_GROUPS = [
    [chr(code) for code in range(0xA0, 0x250)],  # Latin-1, Latin Extended-A/B
    [chr(code) for code in range(0x300, 0x370)],  # combining diacritical marks
    [chr(code) for code in range(0x386, 0x3CF) if unicodedata.category(chr(code)) != "Cn"],  # Greek
    [chr(code) for code in range(0x400, 0x460)],  # Cyrillic
    [chr(code) for code in range(0xAC00, 0xD7A4, 37)],  # Hangul syllables (a sample)
    [chr(code) for code in range(0x1100, 0x1200)],  # Hangul jamo
    [chr(code) for code in range(0x3041, 0x3097)] + [chr(code) for code in range(0x30A1, 0x30FB)],  # kana
    [chr(code) for code in range(0x1F300, 0x1F650)],  # emoji (all assigned by Unicode 7)
    [chr(code) for code in range(0x1D400, 0x1D455)],  # mathematical letters (astral)
    [chr(code) for code in range(0xFF01, 0xFF5F)],  # fullwidth forms
    _SPECIAL,
    _CONTROL,
]
_NON_ASCII = [ch for group in _NON_ASCII_GROUPS for ch in group]
_SURROGATES = ["\ud800", "\udbff", "\udc00", "\udfff", "\ud83d", "\ude00"]

key_char = st.one_of(
    st.sampled_from(_PRINTABLE_ASCII),
    st.sampled_from(_PRINTABLE_ASCII),
    st.sampled_from(_PRINTABLE_ASCII),
    st.sampled_from(_NON_ASCII),
    st.sampled_from(_SURROGATES),
)
any_key = st.one_of(
    st.text(key_char, max_size=6),
    st.sampled_from(["0", "1", "2", "9", "10", "01", "00", "-1", "1.0", "1e3", "4294967294", "4294967295"]),
    st.integers(min_value=0, max_value=2**33).map(str),
    st.sampled_from(
        ["userId", "itemId", "itemCode", "trait_type", "value", "a b", "a_b", "a-b", "a.b", "ab"]
    ),
).filter(lambda key: key != "__proto__")


@st.composite
def case_variants(draw: st.DrawFn, base: st.SearchStrategy[str]) -> list[str]:
    """A few spellings of one key differing only in case: ties for the comparator."""
    word = draw(base)
    variants = []
    for _ in range(draw(st.integers(min_value=1, max_value=3))):
        flips = draw(st.lists(st.booleans(), min_size=len(word), max_size=len(word)))
        variants.append(
            "".join(ch.upper() if flip else ch.lower() for ch, flip in zip(word, flips, strict=True))
        )
    return variants


# --- JSON text ----------------------------------------------------------------------------------


def _safe_float_texts(value: float) -> st.SearchStrategy[str]:
    forms = [repr(value), f"{value:e}", f"{value:E}", f"{value:.3e}", f"{value:.17g}", f"{value:.1e}"]
    if abs(value) < 1e22:
        forms.append(f"{value:.6f}")
    # Keep them floats for json.loads (a bare "52496160205099584" would be an int, and an unsafe one).
    floats = [form if any(mark in form for mark in ".eE") else form + ".0" for form in forms]
    return st.sampled_from([form for form in floats if not math.isinf(float(form))])


number_text = st.one_of(
    st.integers(min_value=-(2**53), max_value=2**53).map(str),
    st.integers(min_value=-1000, max_value=1000).map(str),
    st.floats(allow_nan=False, allow_infinity=False).flatmap(_safe_float_texts),
    st.sampled_from(
        [
            "0", "-0", "0.0", "-0.0", "1e5", "1E-7", "1e+2", "0.1", "123456789012345680000", "5e-324",
            "1.7976931348623157e308", "1e21", "1e-6", "1e-7", "2.5e-5", "1e16", "100000000000000000000",
            "9007199254740992", "-9007199254740992", "0.000001", "1.5E+300", "12.50", "-1.0e-0",
        ]
    ),
)  # fmt: skip


def _string_text(value: str, ascii_only: bool) -> str:
    return json.dumps(value, ensure_ascii=ascii_only)


string_value = st.text(st.one_of(st.characters(), st.sampled_from(_SURROGATES + _CONTROL)), max_size=12)
string_text = st.builds(_string_text, string_value, st.booleans())
scalar_text = st.one_of(number_text, string_text, st.sampled_from(["true", "false", "null"]))


@st.composite
def object_text(draw: st.DrawFn, children: st.SearchStrategy[str]) -> str:
    keys = draw(st.lists(any_key, max_size=6))
    for variants in draw(st.lists(case_variants(st.text(key_char, min_size=1, max_size=4)), max_size=2)):
        keys.extend(variants)
    keys = draw(st.permutations(keys))
    members = [f"{_string_text(key, draw(st.booleans()))}:{draw(children)}" for key in keys]
    return "{" + ",".join(members) + "}"


def array_text(children: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    return st.lists(children, max_size=5).map(lambda items: "[" + ",".join(items) + "]")


json_text = st.recursive(
    scalar_text,
    lambda children: st.one_of(object_text(children), object_text(children), array_text(children)),
    max_leaves=20,
)
body_text = st.one_of(
    st.none(),
    st.sampled_from(["0", '""', "false", "null", "{}", "[]", "true", '"abc"', "-0.0", "0.0"]),
    json_text,
    json_text,
    json_text,
)

# --- paths and the rest ------------------------------------------------------------------------

query_atom = st.one_of(
    st.text(st.sampled_from("abcXYZ019-_.*~!'()/:,;@$ "), max_size=4),
    st.sampled_from(
        ["+", "%2B", "%2b", "%25", "%20", "%", "%2", "%zz", "%e2%82%ac", "%C3%A9", "%C3%28", "%ED%A0%80",
         "%F0%9F%98%80", "%F0%9F%98", "%FF", "%26", "%3D", "ü", "😀", "ａ", "\ud800", "=", "?", "#", "E", "é"]
    ),
)  # fmt: skip
query_part = st.lists(query_atom, max_size=4).map("".join)
query_text = st.lists(query_part, max_size=6).map("&".join)
base_path = st.sampled_from(["/v1/items", "/v1/nfts/123", "", "/", "/a b", "/ünï", "/v1/items#frag", "/%2F"])
path_text = st.one_of(
    base_path,
    st.builds(lambda base, query: f"{base}?{query}", base_path, query_text),
    st.builds(lambda base, query, rest: f"{base}?{query}?{rest}", base_path, query_text, query_text),
    st.builds(lambda base, ch: base + ch, base_path, st.sampled_from([*_SURROGATES, "😀", "\ud83d\ude00"])),
)
method_text = st.one_of(
    st.sampled_from(["GET", "POST", "DELETE", "PUT", "get", ""]),
    st.text(st.one_of(st.characters(), st.sampled_from(_SURROGATES)), max_size=4),
)
nonce_text = st.one_of(
    st.text(
        st.sampled_from("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"),
        min_size=8,
        max_size=8,
    ),
    st.text(st.one_of(st.characters(), st.sampled_from(_SURROGATES)), max_size=9),
)
timestamp_value = st.one_of(
    st.integers(min_value=1_600_000_000_000, max_value=2_000_000_000_000),
    st.integers(min_value=-(2**53), max_value=2**53),
)
secret_text = st.one_of(
    st.just(SECRET),
    st.text(max_size=200),
    st.text(st.one_of(st.characters(), st.sampled_from(_SURROGATES)), max_size=8),
)

# --- comparison --------------------------------------------------------------------------------


def compare(
    reference: NodeReference,
    *,
    body_json: str | None,
    method: str = "POST",
    path: str = "/v1/items",
    timestamp: int = 1663817250538,
    nonce: str = "bsD3E7ge",
    secret: str = SECRET,
) -> None:
    """Assert that we sign exactly as the reference does, or refuse exactly when it throws."""
    expected = reference.sign(
        secret=secret, method=method, path=path, timestamp=timestamp, nonce=nonce, body_json=body_json
    )
    body = None if body_json is None else json.loads(body_json)
    case = f"body_json={body_json!r} method={method!r} path={path!r} nonce={nonce!r} secret={secret!r}"
    if "error" in expected:
        with pytest.raises(ValidationError):
            sign(secret, method, path, timestamp, nonce, body)
        return
    try:
        actual_string = signing_string(method, path, timestamp, nonce, body)
        actual_signature = sign(secret, method, path, timestamp, nonce, body)
    except ValidationError as refused:
        pytest.fail(f"refused {refused!r}, but the reference signed it: {case}")
    assert actual_string == expected["signing_string"], case
    assert actual_signature == expected["signature"], case


@pytest.fixture(scope="module")
def reference(node_reference: NodeReference) -> NodeReference:
    locale = node_reference.handshake["locale"]
    assert locale == "en-US", f"Node resolved collation locale {locale!r}; the reference needs en-US (root)"
    assert (node_reference.handshake["crypto_js"], node_reference.handshake["sort_json"]) == (
        "4.2.0",
        "2.0.1",
    )
    return node_reference


@settings(PROPERTY_SETTINGS, max_examples=300)
@given(body_json=body_text)
@example(body_json='{"ab":1,"a1":2,"a.b":3,"a-b":4,"a_b":5,"a b":6,"1z":7,"_z":8}')
@example(body_json='{"이름":1,"zeta":2,"name":3,"Émile":4,"丁":5}')
@example(body_json='{"x":[{"b":1,"a":[{"d":1,"c":2}]},3,null,{"z":true,"y":false}]}')
def test_bodies_match_reference(reference: NodeReference, body_json: str | None) -> None:
    compare(reference, body_json=body_json)


@PROPERTY_SETTINGS
@given(path=path_text)
@example(path="/v1/items?status=burned&offset=0&limit=20")
@example(path="/p?a=%2B&b=+&c=%25&d=%20&e=%zz&f&g=&h=a=b&&")
@example(path="/p?a?b=1")
@example(path="/p?%F0%9F%98%80=1&%EF%BD%81=2&z=3&%C3%A9=4&E=5")
def test_queries_match_reference(reference: NodeReference, path: str) -> None:
    compare(reference, body_json=None, method="GET", path=path, nonce="baD3N73B")


@settings(PROPERTY_SETTINGS, max_examples=200)
@given(
    body_json=body_text,
    method=method_text,
    path=path_text,
    timestamp=timestamp_value,
    nonce=nonce_text,
    secret=secret_text,
)
def test_whole_requests_match_reference(
    reference: NodeReference,
    body_json: str | None,
    method: str,
    path: str,
    timestamp: int,
    nonce: str,
    secret: str,
) -> None:
    compare(
        reference,
        body_json=body_json,
        method=method,
        path=path,
        timestamp=timestamp,
        nonce=nonce,
        secret=secret,
    )


@settings(PROPERTY_SETTINGS, max_examples=600)
@given(
    keys=st.lists(st.one_of(any_key, case_variants(st.text(key_char, min_size=1, max_size=5)).map("".join)))
)
def test_key_order_matches_locale_compare(reference: NodeReference, keys: list[str]) -> None:
    members = [f"{json.dumps(key)}:{index}" for index, key in enumerate(keys)]
    compare(reference, body_json="{" + ",".join(members) + "}")


@settings(PROPERTY_SETTINGS, max_examples=400)
@given(
    digits=st.one_of(
        st.integers(min_value=-(10**25), max_value=10**25),
        st.integers(min_value=2**53 - 5, max_value=2**54 + 5),
        st.integers(min_value=10**20, max_value=10**22),
        st.integers(min_value=-(10**400), max_value=10**400),
    ).map(str)
)
@example(digits=str(2**53 + 1))
@example(digits=str(2**53 + 2))
@example(digits="1000000000000000000000")
@example(digits="123456789012345680000")
def test_integers_refused_exactly_when_javascript_changes_them(reference: NodeReference, digits: str) -> None:
    javascript_text = reference.js_number_text(digits)
    body_json = '{"n":[' + digits + "]}"
    if javascript_text == str(int(digits)):
        compare(reference, body_json=body_json)
    else:
        with pytest.raises(ValidationError) as refused:
            canonical_json(json.loads(body_json))
        assert refused.value.field == "body.n[0]"


@pytest.mark.parametrize("number", ["1e400", "-1E309", "1e999999"])
def test_overflowing_numbers_are_refused(reference: NodeReference, number: str) -> None:
    """JavaScript reads them as ±Infinity and would send ``null``."""
    assert (
        '"n":null'
        in reference.sign(
            secret=SECRET, method="POST", path="/p", timestamp=1, nonce="n", body_json='{"n":' + number + "}"
        )["signing_string"]
    )
    with pytest.raises(ValidationError):
        canonical_json(json.loads('{"n":' + number + "}"))


def test_proto_key_is_refused_because_sort_json_drops_it(reference: NodeReference) -> None:
    answer = reference.sign(
        secret=SECRET,
        method="POST",
        path="/p",
        timestamp=1,
        nonce="n",
        body_json='{"__proto__":{"a":1},"b":2}',
    )
    assert answer["signing_string"].endswith('{"b":2}')
    with pytest.raises(ValidationError):
        canonical_json(json.loads('{"__proto__":{"a":1},"b":2}'))


# --- exhaustive checks of the collation --------------------------------------------------------


def _body_with_keys(keys: list[str]) -> str:
    return "{" + ",".join(f"{json.dumps(key)}:{index}" for index, key in enumerate(keys)) + "}"


def test_every_pair_of_ascii_characters(reference: NodeReference) -> None:
    characters = [chr(code) for code in range(0x80)]
    keys = [a + b for a in characters for b in characters if (a + b) != "__"]
    compare(reference, body_json=_body_with_keys(keys))


def test_every_single_character_of_the_compared_repertoire(reference: NodeReference) -> None:
    keys = sorted({ch for group in _NON_ASCII_GROUPS for ch in group} | set(_PRINTABLE_ASCII))
    keys += [chr(code) for code in range(0xAC00, 0xD7A4)]  # every Hangul syllable
    compare(reference, body_json=_body_with_keys(keys))


def test_mixed_scripts_words(reference: NodeReference) -> None:
    words = [
        "name", "Name", "NAME", "naïve", "naive", "Naïve", "résumé", "resume", "Résumé", "über", "uber",
        "Straße", "strasse", "ǆemal", "dzemal", "Ωmega", "ωmega", "Ärger", "arger", "zebra", "Zürich",
        "이름", "이메일", "아이템", "가격", "カタカナ", "かたかな", "ｶﾀｶﾅ", "😀smile",
        "smile😀", "a😀", "a🙂",
        "i̇d", "İd", "ID", "id", "Id", "ıd", "café", "cafe\u0301", "CAFÉ", "co-op", "coop", "co op", "co_op",
        "x\u0000", "x", "\u0000x", "\t", " ", "\u00a0", "\u3000", "ﬁle", "file", "FILE",
    ]  # fmt: skip
    compare(reference, body_json=_body_with_keys(words))


# --- characters newer than DUCET 10: emoji, Han of every block, new scripts -----------------------

_NEW_EMOJI = [
    *"🥰🥱🥳🥺🤌🤏🤍🤎🦾🦵🫠🫡🫢🫣🫶🫨🩷🩵🪿🫎🪼🫏🫸🫷🪭🪮🙂‍↔️🐦‍🔥🫩🫆🪾🫜🪉🪏🫟🦩🧋🥲🫀🫂🧑🏻👋🏽🫱🏿🫲🏻"
]
_EMOJI_PIECES = [
    *_NEW_EMOJI,
    *(chr(code) for code in range(0x1F900, 0x1FA00, 3)),  # supplemental symbols and pictographs
    *(chr(code) for code in range(0x1FA70, 0x1FB00)),  # symbols and pictographs extended-A
    *(chr(code) for code in range(0x1F3FB, 0x1F400)),  # skin tone modifiers
    "\ufe0f", "\ufe0e", "\u200d", "\u20e3", "1\ufe0f\u20e3", "#\ufe0f\u20e3",
    "👨\u200d👩\u200d👧", "🏳️\u200d🌈", "👍🏻", "👍", "❤️", "❤", "😀", "🙂",
]  # fmt: skip
_HAN = [
    *(chr(code) for code in range(0x4E00, 0xA000, 97)),  # unified ideographs
    *"最感且丗一丁七丈三上下丌不与丐丑丒专且丕世丗丘丙业丛东丝丞丟",
    *(chr(code) for code in range(0x3400, 0x4DC0, 61)),  # extension A
    *(chr(code) for code in range(0x20000, 0x2A6E0, 499)),  # extension B
    *(chr(code) for code in range(0x2A700, 0x2EE60, 211)),  # extensions C-F, I
    *(chr(code) for code in range(0x30000, 0x323B0, 97)),  # extensions G, H
    *(chr(code) for code in range(0x323B0, 0x3347A, 53)),  # extension J
    *(chr(code) for code in range(0xF900, 0xFADA, 17)),  # compatibility ideographs
    *"\ufa0e\ufa0f\ufa11\ufa13\ufa14\ufa1f\ufa21\ufa23\ufa24\ufa27\ufa28\ufa29",
    *(chr(code) for code in range(0x2F800, 0x2FA1E, 29)),  # compatibility supplement
    *(chr(code) for code in range(0x2F00, 0x2FD6, 7)),  # Kangxi radicals
    "\u3280", "\u3007", "\u3005", "\u31c0",
]  # fmt: skip
_NEW_SCRIPTS = [
    "\u061d", "\u2be4", "\u0d75", "\u0870", "\u0898", "\u1ac1", "\u1dfa", "\u2e5d",
    *(chr(code) for code in range(0x10D00, 0x10D40, 5)),  # Hanifi Rohingya (11)
    *(chr(code) for code in range(0x10F30, 0x10F5A, 4)),  # Sogdian (11)
    *(chr(code) for code in range(0x11800, 0x1183C, 5)),  # Dogra (11)
    *(chr(code) for code in range(0x1E100, 0x1E14F, 6)),  # Nyiakeng Puachue Hmong (12)
    *(chr(code) for code in range(0x11900, 0x1195A, 7)),  # Dives Akuru (13)
    *(chr(code) for code in range(0x18B00, 0x18CD6, 41)),  # Khitan small script (13)
    *(chr(code) for code in range(0x10570, 0x105BD, 6)),  # Vithkuqi (14)
    *(chr(code) for code in range(0x11F00, 0x11F5A, 7)),  # Kawi (15)
    *(chr(code) for code in range(0x1E030, 0x1E06E, 5)),  # Cyrillic modifier letters (15)
    *(chr(code) for code in range(0x10D40, 0x10D8F, 5)),  # Garay (16)
    *(chr(code) for code in range(0x16D40, 0x16D7A, 5)),  # Kirat Rai (16)
    *(chr(code) for code in range(0x1CCF0, 0x1CCFA)),  # outlined digits (16)
    *(chr(code) for code in range(0x10940, 0x1095A, 3)),  # Sidetic (17)
    *(chr(code) for code in range(0x16EA0, 0x16EB9, 3)),  # Beria Erfe (17)
    *(chr(code) for code in range(0x17000, 0x187F8, 401)),  # Tangut
    *(chr(code) for code in range(0x1B170, 0x1B2FC, 37)),  # Nushu
    "\u05f3", "\u05f4", "\u2039", "\u00ab", "\u0678", "\ufffd",
]  # fmt: skip
_NEWER_CHARACTERS = [*_EMOJI_PIECES, *_HAN, *_NEW_SCRIPTS]
newer_key = (
    st.lists(
        st.one_of(
            st.sampled_from(_EMOJI_PIECES),
            st.sampled_from(_HAN),
            st.sampled_from(_NEW_SCRIPTS),
            st.sampled_from(_PRINTABLE_ASCII),
            st.sampled_from(_NON_ASCII),
        ),
        min_size=1,
        max_size=5,
    )
    .map("".join)
    .filter(lambda key: key != "__proto__")
)


@pytest.fixture(scope="module")
def table_reference(reference: NodeReference) -> NodeReference:
    """The reference, when its ICU is the one the collation tables were generated from."""
    icu = reference.handshake["icu"]
    if icu != ICU_VERSION:
        pytest.skip(
            f"Node's ICU is {icu}; the collation tables reproduce ICU {ICU_VERSION} "
            "(tools/gen_collation_overrides.py regenerates them for another Node)"
        )
    return reference


@settings(PROPERTY_SETTINGS, max_examples=400)
@given(keys=st.lists(newer_key, max_size=12))
@example(keys=["😀", "🥰", "🤌", "最", "感", "A", "؝", "丗", "且"])
@example(keys=["👍", "👍🏻", "👍🏿", "❤️", "❤", "1️⃣", "1", "#️⃣", "👨\u200d👩\u200d👧", "👨"])
def test_newer_characters_match_icu(table_reference: NodeReference, keys: list[str]) -> None:
    compare(table_reference, body_json=_body_with_keys(keys))


def test_every_newer_character_sample_as_one_key(table_reference: NodeReference) -> None:
    keys = sorted(set(_NEWER_CHARACTERS))
    compare(table_reference, body_json=_body_with_keys(keys))


def test_sampled_code_points_across_the_whole_range(table_reference: NodeReference) -> None:
    """3000 code points drawn uniformly (fixed seed), one key each; unassigned ones included."""
    generator = random.Random(20251121)
    skipped = set(UNRESOLVED) | {ord("_")}
    keys: set[str] = set()
    while len(keys) < 3000:
        code = generator.randrange(0x110000)
        if not 0xD800 <= code <= 0xDFFF and code not in skipped:
            keys.add(chr(code))
    compare(table_reference, body_json=_body_with_keys(sorted(keys)))


def test_sampled_two_character_keys_mixing_old_and_new(table_reference: NodeReference) -> None:
    generator = random.Random(17)
    pool = [*_NEWER_CHARACTERS, *_PRINTABLE_ASCII, *_NON_ASCII]
    keys = {generator.choice(pool) + generator.choice(pool) for _ in range(3000)} - {"__proto__"}
    compare(table_reference, body_json=_body_with_keys(sorted(keys)))


def test_han_ideographs_follow_icu_radical_stroke_order(table_reference: NodeReference) -> None:
    """ICU 78 (UCA 17) orders ideographs by radical and stroke count, not by code point."""
    assert canonical_json(json.loads('{"且":2,"丗":1,"a":3}')) == '{"a":3,"丗":1,"且":2}'
    compare(table_reference, body_json='{"且":2,"丗":1,"a":3}')
