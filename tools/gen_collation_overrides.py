"""Generate the Playdapp signer's collation keys from this machine's Node.

Run ``.venv/bin/python tools/gen_collation_overrides.py`` (``--check`` compares instead of
writing). ``tools/gen_collation_overrides.js`` dumps how Node's ICU sorts every assigned
code point (as a one-character string, with the level of each difference) and its
canonical decompositions; this script fits DUCET 10.0.0 (``pyuca``, a development
dependency only) to that order (the model in ``tools/collation_model.py``):

1. Every primary weight becomes the rank of its primary class in ICU's order times
   ``PRIMARY_STEP``, so new characters have room between old ones. Each DUCET 10 primary
   is mapped through the characters that carry it alone; primaries only used inside
   expansions are placed between their neighbours. Secondary and tertiary weights are
   scaled by ``LEVEL_SCALE`` for the same reason.
2. Characters DUCET 10 does not list (Han ideographs of every block, Tangut, Khitan,
   everything assigned after Unicode 10) and characters ICU places differently get their
   own weights, derived from their position in ICU's order: runs of consecutive code
   points with consecutive primaries, plus single entries.
3. Canonical decompositions newer than Python's Unicode tables.

It then flattens the re-weighted table into precomputed collation elements and writes
two files the runtime reads without ``pyuca``:

- ``src/gameplatform/playdapp/_collation_keys.bin``: the elements, compressed (format in
  :mod:`gameplatform.playdapp._collation_table`), checked against the model on every
  assigned code point and contraction before it is written;
- ``src/gameplatform/playdapp/_collation_overrides.py``: the versions, the ASCII weights
  (the common case needs no data file) and the characters that still differ.

The output is deterministic for a given Node; both files name Node's ICU and Unicode.
``--check`` compares the module byte for byte and the data file by its decoded content
(another zlib build may compress the same content to other bytes).
"""

from __future__ import annotations

import argparse
import bisect
import json
import os
import subprocess
import sys
import unicodedata
from pathlib import Path

from pyuca.collator import Collator_10_0_0

from gameplatform.playdapp._collation_table import (
    SECTIONS,
    CompactCollator,
    decode_sections,
    encode_sections,
)

sys.path.insert(0, str(Path(__file__).resolve().parent))  # tools/collation_model.py
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the repository's codegen package
from collation_model import CollationTables, IcuRootCollator, compact_sections, trie_entries

from codegen._format import format_source

REPO = Path(__file__).resolve().parents[1]
DUMP_SCRIPT = REPO / "tools" / "gen_collation_overrides.js"
OUTPUT = REPO / "src" / "gameplatform" / "playdapp" / "_collation_overrides.py"
DATA_OUTPUT = REPO / "src" / "gameplatform" / "playdapp" / "_collation_keys.bin"

PRIMARY_STEP = 64
LEVEL_SCALE = 64
SECONDARY_COMMON = 0x20
TERTIARY_LOWER = 0x02
IGNORABLE_CLASS = 0


def node_dump() -> dict:
    environment = {key: value for key, value in os.environ.items() if not key.startswith("LC_")}
    environment["LANG"] = environment["LC_ALL"] = "en_US.UTF-8"
    result = subprocess.run(
        ["node", str(DUMP_SCRIPT)], env=environment, capture_output=True, check=True, timeout=600
    )
    return json.loads(result.stdout)


def lis_indices(keys: list[tuple[int, ...]]) -> list[int]:
    """Indices of a longest non-decreasing subsequence of ``keys``."""
    tails: list[tuple[int, ...]] = []
    tail_index: list[int] = []
    parent = [-1] * len(keys)
    for index, key in enumerate(keys):
        slot = bisect.bisect_right(tails, key)
        if slot == len(tails):
            tails.append(key)
            tail_index.append(index)
        else:
            tails[slot] = key
            tail_index[slot] = index
        parent[index] = tail_index[slot - 1] if slot else -1
    result = []
    index = tail_index[-1] if tail_index else -1
    while index != -1:
        result.append(index)
        index = parent[index]
    return result[::-1]


def span_level(levels: list[int]) -> int:
    """The level of the difference across several adjacent differences (0 equal, 1 strongest)."""
    return min((level for level in levels if level), default=0)


def key_level(first: tuple[int, ...], second: tuple[int, ...]) -> int:
    """The level (1-3) at which two pyuca-style sort keys first differ; 0 when equal."""
    if first == second:
        return 0
    level = 1
    for a, b in zip(first, second, strict=False):  # keys of different lengths: compare the common part
        if a != b:
            return level
        if a == 0:
            level += 1
    return level


def sort_key(elements: list[list[int]]) -> tuple[int, ...]:
    key: list[int] = []
    for level in range(3):
        if level:
            key.append(0)
        key.extend(element[level] for element in elements if element[level])
    key.append(0)
    return tuple(key)


class Builder:
    def __init__(self, dump: dict) -> None:
        self.versions = dump["versions"]
        self.order: list[int] = [cp for cp, _ in dump["order"]]
        self.levels: list[int] = [level for _, level in dump["order"]]
        self.levels[0] = 1
        self.collator = Collator_10_0_0()
        self._old_cache: dict[int, list[list[int]] | None] = {}
        self.node_nfd = {int(cp): value for cp, value in dump["nfd"].items()}
        self.extra_nfd = {
            cp: value
            for cp, value in sorted(self.node_nfd.items())
            if unicodedata.normalize("NFD", chr(cp)) != "".join(map(chr, value))
        }
        # class ranks: primary class index, and (primary, secondary, tertiary) class indices
        self.position = {cp: index for index, cp in enumerate(self.order)}
        self.primary_class: list[int] = []
        self.secondary_class: list[int] = []
        self.tertiary_class: list[int] = []
        p = s = t = -1
        for level in self.levels:
            if level == 1:
                p += 1
                s = t = 0
            elif level == 2:
                s += 1
                t = 0
            elif level == 3:
                t += 1
            self.primary_class.append(p)
            self.secondary_class.append(s)
            self.tertiary_class.append(t)

    def old_elements(self, cp: int) -> list[list[int]] | None:
        """DUCET 10 elements of one code point as the runtime sees it; None when implicit."""
        if cp in self._old_cache:
            return self._old_cache[cp]
        self._old_cache[cp] = result = self._old_elements(cp)
        return result

    def _old_elements(self, cp: int) -> list[list[int]] | None:
        text = unicodedata.normalize("NFD", "".join(map(chr, self.node_nfd.get(cp, [cp]))))
        codes = [ord(ch) for ch in text]
        if len(codes) == 1 and self.collator.table.find_prefix(codes)[1] is None:
            return None
        elements = [list(element) for element in self.collator.collation_elements(text)]
        if len(elements) == 2 and elements[0][0] >= 0xFB00 and elements[1][1:] == [0, 0]:
            return None  # an ideograph listed with its implicit weights (U+FA0E...)
        return elements

    def build(self) -> None:
        order = self.order
        olds = [self.old_elements(cp) for cp in order]

        # Intermediate keys: Han references (implicit pairs) become (0xFB40, ICU position).
        def intermediate(elements: list[list[int]]) -> list[list[int]]:
            result = []
            skip = False
            for index, element in enumerate(elements):
                if skip:
                    skip = False
                    continue
                if (
                    element[0] >= 0xFB00
                    and index + 1 < len(elements)
                    and elements[index + 1][1:] == [0, 0]
                    and elements[index + 1][0] >= 0x8000
                ):
                    cp = self.implicit_cp(element[0], elements[index + 1][0])
                    result.append([0xFB40, element[1], element[2]])
                    result.append([self.position.get(cp, 0) + 0x10000, 0, 0])
                    skip = True
                else:
                    result.append(element)
            return result

        candidates = [index for index, old in enumerate(olds) if old is not None]
        keys = [sort_key(intermediate(olds[index])) for index in candidates]
        chosen = lis_indices(keys)
        good = [candidates[i] for i in chosen]
        # Drop members whose difference level disagrees with ICU's, until none does.
        changed = True
        while changed:
            changed = False
            kept: list[int] = []
            for index in good:
                if kept:
                    previous = kept[-1]
                    node_level = span_level(self.levels[previous + 1 : index + 1])
                    ours = key_level(
                        sort_key(intermediate(olds[previous])), sort_key(intermediate(olds[index]))
                    )
                    if ours != node_level:
                        changed = True
                        continue
                kept.append(index)
            good = kept
        self.good = set(good)
        # Anchors: old primary -> final primary, from good characters with one primary.
        anchors: dict[int, int] = {}
        for index in good:
            primaries = [e[0] for e in olds[index] if e[0]]
            if len(primaries) == 1 and (primaries[0] < 0xFB00 or primaries[0] >= 0xFC00):
                final = self.final_primary(index)
                if anchors.setdefault(primaries[0], final) != final:
                    raise SystemExit(f"primary {primaries[0]:04X} anchored twice")
        replaced = {
            self.order[index] for index, old in enumerate(olds) if old is None or index not in self.good
        }
        all_primaries = sorted(
            {
                e[0]
                for codes, value in self.table_entries()
                if not (len(codes) == 1 and codes[0] in replaced)
                for e in value
                if 0 < e[0] < 0xFB00 or e[0] >= 0xFC00
            }
            | set(anchors)
        )
        remap: dict[int, int] = {0: 0}
        used = set(anchors.values())
        anchored = sorted(anchors)
        for old in all_primaries:
            if old in anchors:
                remap[old] = anchors[old]
                continue
            below = bisect.bisect_left(anchored, old) - 1
            base = anchors[anchored[below]] if below >= 0 else 0
            limit = anchors[anchored[below + 1]] if below + 1 < len(anchored) else 1 << 40
            step = 1
            while base + step in used:
                step += 1
            value = base + step
            if value >= limit:
                raise SystemExit(f"no room for primary {old:04X}: {base} {limit} {anchored[below]:04X}")
            remap[old] = value
            used.add(value)
        self.remap = remap
        # Final elements of everything, then overrides where they disagree with ICU.
        self.overrides: dict[int, list[list[int]]] = {}
        for index, cp in enumerate(order):
            if olds[index] is None or index not in self.good:
                self.overrides[cp] = self.derive(index)
        self.unresolved: list[int] = []
        for round_number in range(8):
            collator = self.current_collator = IcuRootCollator(self.tables())
            finals = [collator.sort_key(chr(cp)) for cp in order]
            wrong = [
                index
                for index in range(1, len(order))
                if finals[index - 1] > finals[index]
                or key_level(finals[index - 1], finals[index]) != self.levels[index]
            ]
            print(f"round {round_number}: {len(wrong)} adjacent disagreements", file=sys.stderr)
            for index in wrong[:10]:
                a, b = order[index - 1], order[index]
                level = self.levels[index]
                keys = f"{finals[index - 1]} {finals[index]}"
                print(f"  U+{a:04X} U+{b:04X} ICU level {level}: {keys}", file=sys.stderr)
            if not wrong:
                self.collator_check = collator
                break
            self.finals = finals
            for index in wrong:
                redo = [each for each in (index - 1, index) if order[each] in self.overrides] or [
                    index - 1,
                    index,
                ]
                for each in redo:
                    self.overrides[order[each]] = self.fit(each) or self.derive(each)
        else:
            # Characters ICU weighs as expansions this search does not find; documented.
            self.unresolved = sorted(
                {order[index] for index in wrong} | {order[index - 1] for index in wrong}
            )
            self.collator_check = collator

    def tables(self) -> CollationTables:
        runs: list[list[int]] = []
        explicit: dict[tuple[int, ...], list[list[int]]] = {}
        for cp in sorted(self.overrides):
            elements = self.overrides[cp]
            codes = tuple(
                ord(ch) for ch in unicodedata.normalize("NFD", "".join(map(chr, self.node_nfd.get(cp, [cp]))))
            )
            in_table = self.collator.table.find_prefix(list(codes))[0] == list(codes)
            if codes == (cp,) and not in_table and len(elements) == 1:
                p, s, t = elements[0]
                last = runs[-1] if runs else None
                if (
                    last
                    and last[0] + last[1] == cp
                    and last[2] + last[1] * PRIMARY_STEP == p
                    and last[3:] == [s, t]
                ):
                    last[1] += 1
                else:
                    runs.append([cp, 1, p, s, t])
            else:
                explicit[codes] = elements
        primary_runs: list[list[int]] = []
        for old in sorted(self.remap):
            new = self.remap[old]
            if old == 0:
                continue
            last = primary_runs[-1] if primary_runs else None
            if (
                last
                and last[0] + last[2] == old
                and (last[2] == 1 or last[1] + last[2] * last[3] == new)
                and (last[2] > 1 or new > last[1])
            ):
                if last[2] == 1:
                    last[3] = new - last[1]
                last[2] += 1
            else:
                primary_runs.append([old, new, 1, PRIMARY_STEP])
        fffd = self.position[0xFFFD]
        return CollationTables(
            primary_runs=[tuple(run) for run in primary_runs],
            weight_runs=[tuple(run) for run in runs],
            explicit=explicit,
            decompositions={cp: tuple(value) for cp, value in self.extra_nfd.items()},
            unassigned_primary=self.final_primary(fffd) - PRIMARY_STEP + 1,
            lowest_primary=1,
            highest_primary=(self.primary_class[-1] + 3) * PRIMARY_STEP,
            primary_step=PRIMARY_STEP,
            level_scale=LEVEL_SCALE,
        )

    def fits(self, index: int, key: tuple[int, ...]) -> bool:
        if index > 0:
            previous = self.finals[index - 1]
            if previous > key or key_level(previous, key) != self.levels[index]:
                return False
        if index + 1 < len(self.order):
            following = self.finals[index + 1]
            if key > following or key_level(key, following) != self.levels[index + 1]:
                return False
        return True

    def fit(self, index: int) -> list[list[int]] | None:
        """Elements for a character tied to a neighbour: the neighbour's, one weight moved."""
        for neighbour, level in (
            (index - 1, self.levels[index]),
            (index + 1, self.levels[min(index + 1, len(self.order) - 1)]),
        ):
            if not 0 <= neighbour < len(self.order):
                continue
            base = self.final_elements_current(self.order[neighbour])
            if level == 0:
                if self.fits(index, sort_key(base)):
                    return base
                continue
            slot = level - 1
            positions = range(len(base)) if slot else range(len(base) - 1, -1, -1)
            for position in positions:
                for delta in (1, -1, 2, -2, 3, -3, 4, -4, 8, -8, 16, -16, 32, -32, 63, -63):
                    candidate = [list(element) for element in base]
                    if candidate[position][slot] == 0:
                        continue
                    candidate[position][slot] += delta
                    if self.fits(index, sort_key(candidate)):
                        return candidate
            for value in range(1, 64 * 40) if slot else ():
                candidate = [list(element) for element in base]
                for element in candidate:
                    if element[slot]:
                        element[slot] = value
                if self.fits(index, sort_key(candidate)):
                    return candidate
        return None

    def final_elements_current(self, cp: int) -> list[list[int]]:
        return [
            list(element[:3])
            for element in self.current_collator.collation_elements(
                unicodedata.normalize("NFD", "".join(map(chr, self.node_nfd.get(cp, [cp]))))
            )
        ]

    def implicit_cp(self, lead: int, trail: int) -> int:
        if lead >= 0xFB40:
            base = 0xFB40 if lead < 0xFB80 else 0xFB80 if lead < 0xFBC0 else 0xFBC0
            return ((lead - base) << 15) | (trail & 0x7FFF)
        for start, _end, base in self.collator.implicit_weights:
            if base == lead:
                return start + (trail & 0x7FFF)
        raise SystemExit(f"unknown implicit lead {lead:04X}")

    def table_entries(self):
        """(code points, elements) of every DUCET 10 entry, contractions included."""
        stack = [((), self.collator.table.root)]
        while stack:
            codes, node = stack.pop()
            if node.value:
                yield codes, node.value
            if node.children:
                stack.extend(((*codes, cp), child) for cp, child in node.children.items())

    def final_primary(self, index: int) -> int:
        klass = self.primary_class[index]
        return 0 if klass == IGNORABLE_CLASS else (klass + 1) * PRIMARY_STEP

    def derive(self, index: int) -> list[list[int]]:
        """One element for the character at ``index`` of ICU's order, from its classes."""
        primary = self.final_primary(index)
        # Secondary: the secondary of a good single-element member of the same secondary
        # class, else just above the previous secondary class of the same primary class.
        first = index
        while first > 0 and self.levels[first] != 1:
            first -= 1
        secondary, tertiary = self.level_weights(index, first)
        return [[primary, secondary, tertiary]]

    def level_weights(self, index: int, first: int) -> tuple[int, int]:
        members = range(first, len(self.order))
        secondary_known: dict[int, int] = {}
        tertiary_known: dict[tuple[int, int], int] = {}
        for member in members:
            if member > first and self.levels[member] == 1:
                break
            cp = self.order[member]
            if member in self.good or (cp in self.overrides and member != index):
                elements = self.final_elements(cp)
                if len(elements) == 1:
                    secondary_known.setdefault(self.secondary_class[member], elements[0][1])
                    tertiary_known.setdefault(
                        (self.secondary_class[member], self.tertiary_class[member]), elements[0][2]
                    )
        s_class = self.secondary_class[index]
        t_class = self.tertiary_class[index]
        if s_class in secondary_known:
            secondary = secondary_known[s_class]
        else:
            lower = [v for k, v in secondary_known.items() if k < s_class]
            secondary = (
                (max(lower) + 1)
                if lower
                else (
                    0
                    if self.primary_class[index] == IGNORABLE_CLASS and s_class == 0
                    else SECONDARY_COMMON * LEVEL_SCALE + s_class
                )
            )
        if (s_class, t_class) in tertiary_known:
            tertiary = tertiary_known[(s_class, t_class)]
        else:
            lower = [v for (sk, tk), v in tertiary_known.items() if sk == s_class and tk < t_class]
            tertiary = (
                (max(lower) + 1)
                if lower
                else (0 if secondary == 0 else TERTIARY_LOWER * LEVEL_SCALE + t_class)
            )
        return secondary, tertiary

    def final_elements(self, cp: int) -> list[list[int]]:
        if cp in self.overrides:
            return self.overrides[cp]
        old = self.old_elements(cp)
        assert old is not None
        return self.map_elements(old)

    def map_elements(self, old: list[list[int]]) -> list[list[int]]:
        result = []
        index = 0
        while index < len(old):
            p, s, t = old[index]
            if (
                p >= 0xFB00
                and index + 1 < len(old)
                and old[index + 1][0] >= 0x8000
                and old[index + 1][1:] == [0, 0]
            ):
                cp = self.implicit_cp(p, old[index + 1][0])
                if cp not in self.position:
                    raise SystemExit(f"implicit reference to unknown U+{cp:04X}")
                target = self.final_primary(self.position[cp])
                result.append([target, s * LEVEL_SCALE, t * LEVEL_SCALE])
                index += 2
                continue
            result.append([self.remap[p], s * LEVEL_SCALE, t * LEVEL_SCALE])
            index += 1
        return result


def render(builder: Builder) -> str:
    versions = builder.versions
    collator = builder.collator_check
    scale = LEVEL_SCALE
    ascii_primary = []
    for code in range(0x80):
        elements = [list(e[:3]) for e in collator.collation_elements(chr(code))]
        if elements == [[0, 0, 0]]:
            ascii_primary.append(0)
            continue
        if chr(code).islower() or not chr(code).isalpha():
            assert elements == [[elements[0][0], 0x20 * scale, 0x02 * scale]], (code, elements)
        ascii_primary.append(elements[0][0])
    unresolved = ", ".join(f"0x{cp:04X}" for cp in builder.unresolved)
    return f'''"""Generated by tools/gen_collation_overrides.py: do not edit.

Constants of the collation keys of Node {versions["node"]}'s root collation
(ICU {versions["icu"]}, Unicode {versions["unicode"]}, CLDR {versions["cldr"]}); the keys themselves are in
``_collation_keys.bin``, read by :mod:`gameplatform.playdapp._collation_table` on the first
key that is not ASCII. Regenerate both with ``.venv/bin/python tools/gen_collation_overrides.py``
on the platform's Node.
"""

__all__ = ["ASCII_PRIMARY", "ICU_VERSION", "LEVEL_SCALE", "UNICODE_VERSION", "UNRESOLVED"]

ICU_VERSION = "{versions["icu"]}"
UNICODE_VERSION = "{versions["unicode"]}"
LEVEL_SCALE = {LEVEL_SCALE}
"""Factor applied to DUCET's secondary and tertiary weights."""

ASCII_PRIMARY = {tuple(ascii_primary)!r}
"""Primary weight of each ASCII character (0: completely ignorable)."""

UNRESOLVED = ({unresolved}{"," if len(builder.unresolved) == 1 else ""})
"""Characters whose single-character order still differs from ICU's (expansions not found)."""
'''


def compact_data(builder: Builder) -> bytes:
    """The data file, after checking it collates like the model it flattens."""
    model = builder.collator_check
    data = encode_sections(
        compact_sections(model),
        icu_version=builder.versions["icu"],
        unicode_version=builder.versions["unicode"],
    )
    compact = CompactCollator(decode_sections(data)[1])
    samples = [chr(cp) for cp in builder.order]
    samples += [chr(cp) for cp in range(0, 0x110000, 97)]  # unassigned and private use too
    samples += ["\ufffe", "\uffff", "\U0010ffff"]
    samples += ["".join(map(chr, codes)) for codes, _node in trie_entries(model.table.root) if len(codes) > 1]
    for text in samples:
        if compact.sort_key(text) != model.sort_key(text):
            raise SystemExit(f"compact keys differ from the model for {text!a}")
    print(f"compact keys match the model on {len(samples)} strings", file=sys.stderr)
    return data


def same_data(committed: bytes, generated: bytes) -> bool:
    """Whether two data files hold the same header and sections (compressed bytes may differ)."""
    try:
        first = decode_sections(committed)
    except (ValueError, OSError) as error:
        print(f"{DATA_OUTPUT}: unreadable ({error})", file=sys.stderr)
        return False
    second = decode_sections(generated)
    return first[0] == second[0] and all(first[1][name] == second[1][name] for name, _, _ in SECTIONS)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--dump", type=Path, help="read Node's order from this JSON file (written by the .js script)"
    )
    parser.add_argument(
        "--check", action="store_true", help="write nothing; exit 1 if the committed files differ"
    )
    options = parser.parse_args()
    dump = json.loads(options.dump.read_text()) if options.dump else node_dump()
    builder = Builder(dump)
    builder.build()
    # Formatted by the project's pinned ruff, as codegen's output is: byte-for-byte reproducible.
    text = format_source(
        render(builder), config=REPO / "pyproject.toml", filename=str(OUTPUT.relative_to(REPO))
    )
    data = compact_data(builder)
    if options.check:
        same_text = OUTPUT.exists() and OUTPUT.read_text(encoding="utf-8") == text
        same_keys = DATA_OUTPUT.exists() and same_data(DATA_OUTPUT.read_bytes(), data)
        for path, same in ((OUTPUT, same_text), (DATA_OUTPUT, same_keys)):
            print(f"{path}: {'up to date' if same else 'differs from what this Node produces'}")
        return 0 if same_text and same_keys else 1
    OUTPUT.write_text(text, encoding="utf-8")
    DATA_OUTPUT.write_bytes(data)
    print(f"wrote {OUTPUT} ({OUTPUT.stat().st_size} bytes), {DATA_OUTPUT} ({len(data)} bytes)")
    print(f"unresolved: {len(builder.unresolved)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
