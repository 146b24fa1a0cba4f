"""The generator's model of ICU's root collation: pyuca's DUCET 10 re-weighted to ICU's order.

Used only by ``tools/gen_collation_overrides.py`` (``pyuca`` is a development dependency).
``pyuca`` supplies DUCET 10.0.0 and the Unicode Collation Algorithm itself (NFD,
contractions, expansions, three levels, variable characters not ignored). The tables the
generator derives from Node's own ICU move it to ICU's root collation of a newer Unicode:

- every DUCET primary weight is renumbered to the rank of its primary class in ICU's
  order (times ``PRIMARY_STEP``), secondary and tertiary weights are scaled by
  ``LEVEL_SCALE``: the gaps hold the characters DUCET 10 does not know;
- characters DUCET 10 lacks or places elsewhere than ICU (Han ideographs of every block
  in radical-stroke order, Tangut, Khitan, emoji and letters added since Unicode 10, a few
  reweighted ones) get their weights from the tables: runs of consecutive code points with
  consecutive primaries, and single entries (a few of them contractions);
- canonical decompositions newer than Python's Unicode tables are applied first;
- unassigned code points keep UCA's implicit weights, after every assigned character and
  before U+FFFD; U+FFFE sorts lowest and U+FFFF highest, as in CLDR root.

:func:`compact_sections` flattens the re-weighted collator into the arrays the runtime
collator (:mod:`gameplatform.playdapp._collation_table`) reads from the committed data file.
"""

from __future__ import annotations

import bisect
from array import array
from collections.abc import Iterator
from typing import Any

from pyuca.collator import Collator_10_0_0

__all__ = ["CollationTables", "IcuRootCollator", "compact_sections", "trie_entries"]

_IMPLICIT_LEAD_MIN = 0xFB00
_IMPLICIT_LEAD_LIMIT = 0xFC00
_UNASSIGNED_LEAD = 0xFBC0


class CollationTables:
    """The weights the generator derives from Node's order (see ``tools/gen_collation_overrides.py``)."""

    def __init__(
        self,
        *,
        primary_runs: list[tuple[int, int, int, int]],
        weight_runs: list[tuple[int, int, int, int, int]],
        explicit: dict[tuple[int, ...], list[list[int]]],
        decompositions: dict[int, tuple[int, ...]],
        unassigned_primary: int,
        lowest_primary: int,
        highest_primary: int,
        primary_step: int,
        level_scale: int,
    ) -> None:
        self.primary_runs = primary_runs
        """``(old start, new start, count, new step)``: DUCET 10 primary → new primary."""
        self.weight_runs = weight_runs
        """``(first code point, count, first primary, secondary, tertiary)``: consecutive weights."""
        self.explicit = explicit
        """Code point sequence (one code point, or a contraction) → collation elements."""
        self.decompositions = decompositions
        self.unassigned_primary = unassigned_primary
        self.lowest_primary = lowest_primary
        self.highest_primary = highest_primary
        self.primary_step = primary_step
        self.level_scale = level_scale


class IcuRootCollator(Collator_10_0_0):  # type: ignore[misc]
    """``pyuca``'s DUCET 10 collator with the weights moved to ICU's (see the module docstring)."""

    def __init__(self, tables: CollationTables) -> None:
        self._tables = tables
        self._run_starts = [run[0] for run in tables.weight_runs]
        self._decompose = {code: "".join(map(chr, target)) for code, target in tables.decompositions.items()}
        super().__init__()
        self._reweight()

    def sort_key(self, string: str) -> tuple[int, ...]:
        """The UCA sort key: primaries, 0, secondaries, 0, tertiaries, 0."""
        if self._decompose:
            string = string.translate(self._decompose)
        key: tuple[int, ...] = super().sort_key(string)
        return key

    def implicit_weight(self, cp: int) -> list[list[int]]:
        """Weights of a code point DUCET 10 does not list: the runs, else UCA's implicit weights."""
        tables = self._tables
        index = bisect.bisect_right(self._run_starts, cp) - 1
        if index >= 0:
            start, count, primary, secondary, tertiary = tables.weight_runs[index]
            if cp < start + count:
                return [[primary + (cp - start) * tables.primary_step, secondary, tertiary]]
        common = [0x20 * tables.level_scale, 0x02 * tables.level_scale]
        if cp == 0xFFFE:
            return [[tables.lowest_primary, *common]]
        if cp == 0xFFFF:
            return [[tables.highest_primary, *common]]
        lead = tables.unassigned_primary + (cp >> 15)
        return [[lead, *common], [(cp & 0x7FFF) | 0x8000, 0, 0]]

    def _reweight(self) -> None:
        tables = self._tables
        remap: dict[int, int] = {0: 0}
        for old, new, count, step in tables.primary_runs:
            for offset in range(count):
                remap[old + offset] = new + offset * step
        scale = tables.level_scale
        for codes, node in trie_entries(self.table.root):
            value = node.value
            elements: list[list[int]] = []
            index = 0
            while index < len(value):
                primary, secondary, tertiary = value[index][:3]
                if (
                    _IMPLICIT_LEAD_MIN <= primary < _IMPLICIT_LEAD_LIMIT
                    and index + 1 < len(value)
                    and value[index + 1][1:3] == [0, 0]
                ):
                    # An implicit pair (compatibility forms of ideographs): the ideograph's weight.
                    ideograph = _implicit_code_point(self.implicit_weights, primary, value[index + 1][0])
                    target = self.implicit_weight(ideograph)[0][0]
                    elements.append([target, secondary * scale, tertiary * scale])
                    index += 2
                    continue
                new_primary = remap.get(primary)
                if new_primary is None:
                    if codes in tables.explicit:
                        break  # replaced below
                    raise ValueError(f"DUCET primary {primary:04X} has no new weight")
                elements.append([new_primary, secondary * scale, tertiary * scale])
                index += 1
            node.value = elements
        for codes, elements in tables.explicit.items():
            self.table.add(list(codes), [list(element) for element in elements])


def _implicit_code_point(implicit_ranges: list[list[int]], lead: int, trail: int) -> int:
    if lead >= 0xFB40:
        base = 0xFB40 if lead < 0xFB80 else 0xFB80 if lead < _UNASSIGNED_LEAD else _UNASSIGNED_LEAD
        return ((lead - base) << 15) | (trail & 0x7FFF)
    for start, _end, base in implicit_ranges:
        if base == lead:
            return int(start) + (trail & 0x7FFF)
    raise ValueError(f"unknown implicit weight {lead:04X}")


def trie_entries(root: Any) -> Iterator[tuple[tuple[int, ...], Any]]:
    """(code points, trie node) of every entry of a pyuca table, contractions included."""
    stack: list[tuple[tuple[int, ...], Any]] = [((), root)]
    while stack:
        codes, node = stack.pop()
        if node.value:
            yield codes, node
        if node.children:
            stack.extend(((*codes, code), child) for code, child in node.children.items())


def compact_sections(collator: IcuRootCollator) -> dict[str, array[int]]:
    """The arrays of :mod:`gameplatform.playdapp._collation_table` for ``collator``."""
    tables = collator._tables
    entries = {
        codes: [list(element) for element in node.value] for codes, node in trie_entries(collator.table.root)
    }
    sections: dict[str, array[int]] = {
        "single_code_points": array("I"),
        "single_offsets": array("I", [0]),
        "contractions": array("I"),
        "primaries": array("I"),
        "secondaries": array("H"),
        "tertiaries": array("H"),
    }

    def add_elements(elements: list[list[int]]) -> tuple[int, int]:
        start = len(sections["primaries"])
        for primary, secondary, tertiary in elements:
            sections["primaries"].append(primary)
            sections["secondaries"].append(secondary)
            sections["tertiaries"].append(tertiary)
        return start, len(sections["primaries"])

    for codes in sorted(codes for codes in entries if len(codes) == 1):
        sections["single_code_points"].append(codes[0])
        sections["single_offsets"].append(add_elements(entries[codes])[1])
    for codes in sorted(codes for codes in entries if len(codes) > 1):
        sections["contractions"].extend((len(codes), *codes, *add_elements(entries[codes])))
    runs = tables.weight_runs
    sections["run_starts"] = array("I", (run[0] for run in runs))
    sections["run_counts"] = array("I", (run[1] for run in runs))
    sections["run_primaries"] = array("I", (run[2] for run in runs))
    sections["run_secondaries"] = array("H", (run[3] for run in runs))
    sections["run_tertiaries"] = array("H", (run[4] for run in runs))
    sections["decompositions"] = array(
        "I",
        (
            value
            for code, target in sorted(tables.decompositions.items())
            for value in (code, len(target), *target)
        ),
    )
    sections["constants"] = array(
        "I",
        (
            tables.unassigned_primary,
            tables.lowest_primary,
            tables.highest_primary,
            tables.primary_step,
            tables.level_scale,
        ),
    )
    return sections
