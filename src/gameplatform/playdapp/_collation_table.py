"""The collator behind :mod:`gameplatform.playdapp._collation`, read from precomputed keys.

``_collation_keys.bin`` (package data, written by ``tools/gen_collation_overrides.py``
from Node's own ICU) holds the collation elements of ICU's root order, already weighted:

- every code point and contraction the table lists, with its elements (primary,
  secondary, tertiary), looked up by bisection in sorted arrays;
- runs of consecutive code points with consecutive primaries (Han ideographs of every
  block in radical-stroke order, Tangut, Khitan, characters added since Unicode 10);
- canonical decompositions newer than Python's Unicode tables, applied first;
- the constants of the implicit weights: unassigned code points sort after every assigned
  character and before U+FFFD, U+FFFE lowest and U+FFFF highest, as in CLDR root.

:class:`CompactCollator` applies the Unicode Collation Algorithm over them exactly as the
generator's model does (pyuca 1.2's algorithm: NFD, longest contraction, pyuca's
handling of unblocked non-starters, implicit weights for the rest); the generator checks
both agree on every assigned code point and contraction before writing the file.

File layout: one ASCII header line (format, ICU and Unicode versions), then a zlib stream
of sections in :data:`SECTIONS` order, each a little-endian ``uint32`` item count followed
by the items (``array`` type codes ``I``: 32 bits, ``H``: 16 bits, little-endian).
Increasing sequences are stored as differences, which compress far better.
"""

from __future__ import annotations

import bisect
import itertools
import sys
import unicodedata
import zlib
from array import array
from collections.abc import Mapping

__all__ = [
    "DATA_FILE",
    "SECTIONS",
    "CompactCollator",
    "decode_sections",
    "encode_sections",
    "header",
    "load_collator",
]

DATA_FILE = "_collation_keys.bin"
FORMAT = "gameplatform-collation-keys 1"

SECTIONS: tuple[tuple[str, str, bool], ...] = (
    # (name, array type code, stored as differences)
    ("single_code_points", "I", True),  # sorted code points listed alone
    ("single_offsets", "I", True),  # n + 1 offsets into the element arrays
    ("contractions", "I", False),  # per contraction: length, code points..., first element, element end
    ("primaries", "I", False),  # the element arrays
    ("secondaries", "H", False),
    ("tertiaries", "H", False),
    ("run_starts", "I", True),  # runs of consecutive code points: first code point (sorted)
    ("run_counts", "I", False),
    ("run_primaries", "I", False),  # primary of the run's first code point (then + primary_step each)
    ("run_secondaries", "H", False),
    ("run_tertiaries", "H", False),
    ("decompositions", "I", False),  # per code point: code point, length, code points...
    ("constants", "I", False),  # unassigned lead, lowest, highest, primary step, level scale
)

_COUNT = array("I", [0])
_LITTLE_ENDIAN = sys.byteorder == "little"


def header(icu_version: str, unicode_version: str) -> bytes:
    """The file's first line: format and the versions it reproduces."""
    return f"{FORMAT}; ICU {icu_version}; Unicode {unicode_version}\n".encode("ascii")


def encode_sections(sections: Mapping[str, array[int]], *, icu_version: str, unicode_version: str) -> bytes:
    """The data file for ``sections`` (the generator writes it; deterministic for one zlib)."""
    payload = bytearray()
    for name, code, as_differences in SECTIONS:
        values = sections[name]
        if values.typecode != code:
            raise ValueError(f"section {name} has type {values.typecode}, expected {code}")
        if as_differences:
            previous = 0
            deltas = array(code)
            for value in values:
                if value < previous:
                    raise ValueError(f"section {name} is not increasing")
                deltas.append(value - previous)
                previous = value
            values = deltas
        payload += _little(array("I", [len(values)])) + _little(values)
    return header(icu_version, unicode_version) + zlib.compress(bytes(payload), 9)


def decode_sections(data: bytes) -> tuple[str, dict[str, array[int]]]:
    """Inverse of :func:`encode_sections`: the header line and the sections."""
    end = data.index(b"\n") + 1
    first_line = data[:end].decode("ascii")
    if not first_line.startswith(FORMAT + ";"):
        raise ValueError(f"not a {FORMAT} file: {first_line[:60]!r}")
    payload = memoryview(zlib.decompress(data[end:]))
    sections: dict[str, array[int]] = {}
    position = 0
    for name, code, as_differences in SECTIONS:
        count = array("I")
        count.frombytes(payload[position : position + _COUNT.itemsize])
        position += _COUNT.itemsize
        values = array(code)
        size = _native(count)[0] * values.itemsize
        values.frombytes(payload[position : position + size])
        position += size
        values = _native(values)
        if as_differences:
            values = array(code, itertools.accumulate(values))
        sections[name] = values
    if position != len(payload):
        raise ValueError("trailing data after the collation sections")
    return first_line.rstrip("\n"), sections


def _little(values: array[int]) -> bytes:
    if _LITTLE_ENDIAN:
        return values.tobytes()
    swapped = array(values.typecode, values)  # pragma: no cover - big-endian hosts
    swapped.byteswap()  # pragma: no cover
    return swapped.tobytes()  # pragma: no cover


def _native(values: array[int]) -> array[int]:
    if not _LITTLE_ENDIAN:  # pragma: no cover - big-endian hosts
        values.byteswap()
    return values


def load_collator(*, icu_version: str, unicode_version: str) -> CompactCollator:
    """The collator of the packaged data file, which must be for ``icu_version``."""
    from importlib.resources import files

    data = files(__package__).joinpath(DATA_FILE).read_bytes()
    first_line, sections = decode_sections(data)
    expected = header(icu_version, unicode_version).decode("ascii").rstrip("\n")
    if first_line != expected:
        raise RuntimeError(f"{DATA_FILE} is {first_line!r}, expected {expected!r}: regenerate it")
    return CompactCollator(sections)


class CompactCollator:
    """UCA sort keys (primaries, 0, secondaries, 0, tertiaries, 0) from the compact sections."""

    __slots__ = (
        "_constants",
        "_contraction_lengths",
        "_contractions",
        "_decompose",
        "_primaries",
        "_run_counts",
        "_run_primaries",
        "_run_secondaries",
        "_run_starts",
        "_run_tertiaries",
        "_secondaries",
        "_single_code_points",
        "_single_offsets",
        "_tertiaries",
    )

    def __init__(self, sections: Mapping[str, array[int]]) -> None:
        self._single_code_points = sections["single_code_points"]
        self._single_offsets = sections["single_offsets"]
        self._primaries = sections["primaries"]
        self._secondaries = sections["secondaries"]
        self._tertiaries = sections["tertiaries"]
        self._run_starts = sections["run_starts"]
        self._run_counts = sections["run_counts"]
        self._run_primaries = sections["run_primaries"]
        self._run_secondaries = sections["run_secondaries"]
        self._run_tertiaries = sections["run_tertiaries"]
        unassigned, lowest, highest, step, scale = sections["constants"]
        self._constants = (unassigned, lowest, highest, step, 0x20 * scale, 0x02 * scale)
        self._contractions: dict[tuple[int, ...], tuple[int, int]] = {}
        self._contraction_lengths: dict[int, int] = {}
        flat = sections["contractions"]
        index = 0
        while index < len(flat):
            length = flat[index]
            codes = tuple(flat[index + 1 : index + 1 + length])
            self._contractions[codes] = (flat[index + 1 + length], flat[index + 2 + length])
            self._contraction_lengths[codes[0]] = max(length, self._contraction_lengths.get(codes[0], 0))
            index += length + 3
        self._decompose: dict[int, str] = {}
        flat = sections["decompositions"]
        index = 0
        while index < len(flat):
            length = flat[index + 1]
            self._decompose[flat[index]] = "".join(map(chr, flat[index + 2 : index + 2 + length]))
            index += length + 2

    def sort_key(self, string: str) -> tuple[int, ...]:
        """The UCA sort key of ``string``: primaries, 0, secondaries, 0, tertiaries, 0."""
        if self._decompose:
            string = string.translate(self._decompose)
        codes = [ord(character) for character in unicodedata.normalize("NFD", string)]
        levels: tuple[list[int], list[int], list[int]] = ([], [], [])
        while codes:
            length, span = self._longest_entry(codes)
            rest = codes[length:]
            # A non-starter not blocked from the match may extend it (pyuca's rule).
            last_class = None
            for index, code in enumerate(rest):
                combining_class = unicodedata.combining(chr(code))
                if combining_class == 0 or combining_class == last_class:
                    break
                last_class = combining_class
                extended = self._entry((*codes[:length], code))
                if extended is not None:
                    del rest[index]
                    span = extended
                    break
            if span is None:
                self._implicit(rest.pop(0), levels)
            else:
                self._append(span, levels)
            codes = rest
        primaries, secondaries, tertiaries = levels
        return (*primaries, 0, *secondaries, 0, *tertiaries, 0)

    def _entry(self, codes: tuple[int, ...]) -> tuple[int, int] | None:
        """The element span of exactly ``codes`` (one code point or a contraction), if listed."""
        if len(codes) > 1:
            return self._contractions.get(codes)
        table = self._single_code_points
        index = bisect.bisect_left(table, codes[0])
        if index < len(table) and table[index] == codes[0]:
            return self._single_offsets[index], self._single_offsets[index + 1]
        return None

    def _longest_entry(self, codes: list[int]) -> tuple[int, tuple[int, int] | None]:
        """The longest listed prefix of ``codes``: its length and element span (0, None if none)."""
        longest = min(self._contraction_lengths.get(codes[0], 1), len(codes))
        for length in range(longest, 1, -1):
            span = self._contractions.get(tuple(codes[:length]))
            if span is not None:
                return length, span
        span = self._entry((codes[0],))
        return (0, None) if span is None else (1, span)

    def _append(self, span: tuple[int, int], levels: tuple[list[int], list[int], list[int]]) -> None:
        primaries, secondaries, tertiaries = levels
        for index in range(*span):
            if primary := self._primaries[index]:
                primaries.append(primary)
            if secondary := self._secondaries[index]:
                secondaries.append(secondary)
            if tertiary := self._tertiaries[index]:
                tertiaries.append(tertiary)

    def _implicit(self, code: int, levels: tuple[list[int], list[int], list[int]]) -> None:
        """Weights of a code point not listed: its run, else UCA's implicit weights."""
        primaries, secondaries, tertiaries = levels
        index = bisect.bisect_right(self._run_starts, code) - 1
        if index >= 0:
            offset = code - self._run_starts[index]
            if offset < self._run_counts[index]:
                if primary := self._run_primaries[index] + offset * self._constants[3]:
                    primaries.append(primary)
                if secondary := self._run_secondaries[index]:
                    secondaries.append(secondary)
                if tertiary := self._run_tertiaries[index]:
                    tertiaries.append(tertiary)
                return
        unassigned, lowest, highest, _step, secondary, tertiary = self._constants
        secondaries.append(secondary)
        tertiaries.append(tertiary)
        if code == 0xFFFE:
            primaries.append(lowest)
        elif code == 0xFFFF:
            primaries.append(highest)
        else:
            primaries.extend((unassigned + (code >> 15), (code & 0x7FFF) | 0x8000))
