"""The collator behind :mod:`gameplatform.playdapp._collation`: DUCET 10 re-weighted to ICU's order.

``pyuca`` supplies DUCET 10.0.0 and the Unicode Collation Algorithm itself (NFD,
contractions, expansions, three levels, variable characters not ignored). The generated
tables in :mod:`gameplatform.playdapp._collation_overrides` (from Node's own ICU, see
``tools/gen_collation_overrides.py``) move it to ICU's root collation of a newer Unicode:

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
"""

from __future__ import annotations

import base64
import bisect
import zlib
from array import array
from collections.abc import Iterator
from typing import Any

from pyuca.collator import Collator_10_0_0

__all__ = ["CollationTables", "IcuRootCollator", "decode_tables", "encode_tables"]

_IMPLICIT_LEAD_MIN = 0xFB00
_IMPLICIT_LEAD_LIMIT = 0xFC00
_UNASSIGNED_LEAD = 0xFBC0


class CollationTables:
    """The generated weights, decoded (see ``tools/gen_collation_overrides.py``)."""

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


def encode_tables(tables: CollationTables) -> str:
    """The tables as compressed Base85 text (what the generated module stores)."""
    numbers = array("I")
    numbers.append(len(tables.primary_runs))
    for run in tables.primary_runs:
        numbers.extend(run)
    numbers.append(len(tables.weight_runs))
    previous = 0
    for start, count, primary, secondary, tertiary in tables.weight_runs:
        numbers.extend((start - previous, count, primary, secondary, tertiary))
        previous = start
    numbers.append(len(tables.explicit))
    for codes, elements in sorted(tables.explicit.items()):
        numbers.append(len(codes))
        numbers.extend(codes)
        numbers.append(len(elements))
        for element in elements:
            numbers.extend(element)
    numbers.append(len(tables.decompositions))
    for code, decomposition in sorted(tables.decompositions.items()):
        numbers.extend((code, len(decomposition), *decomposition))
    numbers.extend(
        (
            tables.unassigned_primary,
            tables.lowest_primary,
            tables.highest_primary,
            tables.primary_step,
            tables.level_scale,
        )
    )
    if numbers.itemsize != 4:  # pragma: no cover - every supported platform has 32-bit "I"
        raise RuntimeError("array('I') is not 32 bits wide here")
    raw = numbers.tobytes() if _little_endian() else _swapped(numbers).tobytes()
    return base64.b85encode(zlib.compress(raw, 9)).decode("ascii")


def decode_tables(text: str) -> CollationTables:
    """Inverse of :func:`encode_tables`."""
    numbers = array("I")
    numbers.frombytes(zlib.decompress(base64.b85decode(text)))
    if not _little_endian():  # pragma: no cover
        numbers.byteswap()
    values = iter(numbers)

    def take(count: int) -> tuple[int, ...]:
        return tuple(next(values) for _ in range(count))

    primary_runs = [take(4) for _ in range(next(values))]
    weight_runs = []
    start = 0
    for _ in range(next(values)):
        delta, count, primary, secondary, tertiary = take(5)
        start += delta
        weight_runs.append((start, count, primary, secondary, tertiary))
    explicit: dict[tuple[int, ...], list[list[int]]] = {}
    for _ in range(next(values)):
        codes = take(next(values))
        explicit[codes] = [list(take(3)) for _ in range(next(values))]
    decompositions = {}
    for _ in range(next(values)):
        code = next(values)
        decompositions[code] = take(next(values))
    unassigned, lowest, highest, step, scale = take(5)
    return CollationTables(
        primary_runs=[(a, b, c, d) for a, b, c, d in primary_runs],
        weight_runs=weight_runs,
        explicit=explicit,
        decompositions=decompositions,
        unassigned_primary=unassigned,
        lowest_primary=lowest,
        highest_primary=highest,
        primary_step=step,
        level_scale=scale,
    )


def _little_endian() -> bool:
    return array("I", [1]).tobytes()[0] == 1


def _swapped(numbers: array[int]) -> array[int]:  # pragma: no cover
    copy = array("I", numbers)
    copy.byteswap()
    return copy


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
        for codes, node in _trie_entries(self.table.root):
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


def _trie_entries(root: Any) -> Iterator[tuple[tuple[int, ...], Any]]:
    stack: list[tuple[tuple[int, ...], Any]] = [((), root)]
    while stack:
        codes, node = stack.pop()
        if node.value:
            yield codes, node
        if node.children:
            stack.extend(((*codes, code), child) for code, child in node.children.items())
