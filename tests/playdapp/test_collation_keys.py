"""The precomputed collation keys: the data file, its loading, and what it must not pull in.

Whether the keys order like Node's ICU is the business of ``test_reference_diff.py``; the
generator (``tools/gen_collation_overrides.py``) checks them against its pyuca model on
every assigned code point before writing them.
"""

from __future__ import annotations

import ast
import json
import subprocess
import sys
import textwrap
import zlib
from array import array
from importlib.resources import files
from pathlib import Path

import pytest

from gameplatform.playdapp import _collation, _collation_table
from gameplatform.playdapp._collation_overrides import ICU_VERSION, UNICODE_VERSION
from gameplatform.playdapp._collation_table import (
    DATA_FILE,
    SECTIONS,
    CompactCollator,
    decode_sections,
    encode_sections,
    load_collator,
)


def _packaged_data() -> bytes:
    return files("gameplatform.playdapp").joinpath(DATA_FILE).read_bytes()


def _run_fresh(code: str) -> dict[str, object]:
    """Run ``code`` in a fresh interpreter; it prints one JSON object as its last line."""
    result = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)], capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 0, result.stderr
    answer: dict[str, object] = json.loads(result.stdout.strip().splitlines()[-1])
    return answer


def test_signing_a_non_ascii_key_in_a_fresh_process_never_imports_pyuca() -> None:
    answer = _run_fresh(
        """
        import json, sys
        from gameplatform.playdapp import canonical_json, sign
        body = {"名前": 1, "ключ": 2, "😀": 3, "b": 4}
        signature = sign("secret", "POST", "/v1/items", 1663817250538, "bsD3E7ge", body)
        print(json.dumps({
            "pyuca": sorted(name for name in sys.modules if name.split(".")[0] == "pyuca"),
            "table_loaded": "gameplatform.playdapp._collation_table" in sys.modules,
            "canonical": canonical_json(body),
            "signature": len(signature),
        }))
        """
    )
    assert answer["pyuca"] == []
    assert answer["table_loaded"] is True  # the non-ASCII path really ran
    assert answer["canonical"] == '{"😀":3,"b":4,"ключ":2,"名前":1}'  # as Node orders them
    assert answer["signature"] == 88


def test_nothing_in_the_package_imports_pyuca() -> None:
    package = Path(_collation.__file__).resolve().parents[1]
    importers = []
    for source in sorted(package.rglob("*.py")):
        for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
            names = (
                [alias.name for alias in node.names]
                if isinstance(node, ast.Import)
                else [node.module or ""]
                if isinstance(node, ast.ImportFrom)
                else []
            )
            if any(name.split(".")[0] == "pyuca" for name in names):
                importers.append(str(source.relative_to(package)))
    assert importers == []


def test_ascii_keys_never_load_the_collation_keys() -> None:
    answer = _run_fresh(
        """
        import json, sys
        from gameplatform.playdapp import sign
        sign("secret", "POST", "/v1/items", 1, "n", {"userId": "1", "Item_Code": [{"b": 1, "A": 2}]})
        print(json.dumps({"table_loaded": "gameplatform.playdapp._collation_table" in sys.modules}))
        """
    )
    assert answer["table_loaded"] is False


def test_the_packaged_file_names_the_icu_of_the_constants() -> None:
    first_line, sections = decode_sections(_packaged_data())
    assert first_line == f"gameplatform-collation-keys 1; ICU {ICU_VERSION}; Unicode {UNICODE_VERSION}"
    assert [name for name, _, _ in SECTIONS] == list(sections)
    assert len(sections["single_offsets"]) == len(sections["single_code_points"]) + 1
    assert sections["single_offsets"][-1] <= len(sections["primaries"]) == len(sections["tertiaries"])


def test_encoding_round_trips_the_sections() -> None:
    _, sections = decode_sections(_packaged_data())
    again = encode_sections(sections, icu_version=ICU_VERSION, unicode_version=UNICODE_VERSION)
    assert decode_sections(again)[1] == sections


def test_encoding_refuses_a_section_of_the_wrong_type_or_order() -> None:
    _, sections = decode_sections(_packaged_data())
    with pytest.raises(ValueError, match="primaries has type"):
        encode_sections({**sections, "primaries": array("H")}, icu_version="1", unicode_version="1")
    with pytest.raises(ValueError, match="run_starts is not increasing"):
        encode_sections({**sections, "run_starts": array("I", [5, 3])}, icu_version="1", unicode_version="1")


def test_a_file_of_another_format_or_icu_is_refused() -> None:
    with pytest.raises(ValueError, match="not a gameplatform-collation-keys 1 file"):
        decode_sections(b"something else\n" + _packaged_data())
    with pytest.raises(RuntimeError, match="regenerate it"):
        load_collator(icu_version="0.0", unicode_version=UNICODE_VERSION)
    data = _packaged_data()
    header_end = data.index(b"\n") + 1
    padded = data[:header_end] + zlib.compress(zlib.decompress(data[header_end:]) + b"\x00")
    with pytest.raises(ValueError, match="trailing data"):
        decode_sections(padded)


def test_the_shared_collator_is_the_packaged_one() -> None:
    collator = _collation._collator()
    assert isinstance(collator, CompactCollator)
    assert collator is _collation._collator()
    assert _collation_table.load_collator(icu_version=ICU_VERSION, unicode_version=UNICODE_VERSION).sort_key(
        "ключ"
    ) == collator.sort_key("ключ")


@pytest.mark.parametrize(
    ("smaller", "larger"),
    [
        ("a", "ä"),  # secondary difference
        ("ä", "b"),
        ("ﬁ", "fj"),  # expansion
        ("l·", "la"),  # a contraction
        ("ア", "ｱ"),  # tertiary difference: the halfwidth form sorts after
        ("\ufffe", "\x00a"),  # U+FFFE lowest
        ("\U000e0080", "\ufffd"),  # unassigned, before U+FFFD
        ("\ufffd", "\uffff"),  # U+FFFF highest
        ("一", "丁"),  # Han in radical-stroke order
        ("丁", "\U00020000"),
    ],
)
def test_table_keys_order(smaller: str, larger: str) -> None:
    collator = _collation._collator()
    assert collator.sort_key(smaller) < collator.sort_key(larger)
