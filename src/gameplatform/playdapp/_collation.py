"""The key order of sort-json 2.0.1 with ``ignoreCase``, as Node computes it.

sort-json sorts an object's keys with
``(a, b) => a.toLowerCase().localeCompare(b.toLowerCase())`` (V8's stable sort), and
JavaScript then enumerates the keys of the rebuilt object with the integer-like ones
first. This module reproduces both: :func:`ordered_keys` takes an object's keys in input
order and returns them in the order ``JSON.stringify`` writes them.

``localeCompare`` without arguments uses the process's default locale; for a server with
no locale set (``C``/``POSIX``) and for ``en``, V8 uses ICU's root collation (CLDR root:
UCA with variable characters *not* ignored, tertiary strength, no identical level, so
strings differing only in completely ignorable characters such as control characters
compare equal and keep their input order).

Implementation: JavaScript's ``toLowerCase`` (:func:`js_lower`), then a UCA sort key
from ``pyuca`` (DUCET 10.0.0, non-ignorable) with CLDR root's special weights for U+FFFE
(lowest) and U+FFFF (highest); keys made only of ASCII use a precomputed table with the
same weights, so the common case never loads the DUCET. Sort keys are cached (bounded
LRU); the signer caches each object shape's layout.

Checked against Node 20 (ICU 78.2, Unicode 17) on every pair of printable ASCII
characters, every code point as a one-character string, and random strings over
Latin-1, Latin Extended-A, combining marks, Greek, Cyrillic, Hangul syllables and jamo,
kana, emoji and control characters: identical. Where it can still differ from ICU
(also in ``docs/playdapp-signing.md``):

- Han ideographs: ordered by code point within each block (UCA 16 and ICU 77 or older
  do this); ICU 78 (UCA 17) orders them by radical and stroke count. Two keys whose
  first difference is between two ideographs may therefore order differently from a
  platform on ICU 78 or newer. One ideograph against letters, digits or symbols is fine.
- Characters assigned after Unicode 10 (2017), and ideographs of later extensions, get
  UCA "unassigned" weights: they sort after every script, by code point.
- About two dozen rare characters whose DUCET weights changed between UCA 10 and 17
  (e.g. U+05F3/U+05F4 Hebrew geresh/gershayim against angle quotation marks, some
  Kharoshthi, Bopomofo, Myanmar and Javanese letters), and strings that are not in FCD
  form (ICU does not normalise them; pyuca does).
- Lowercasing follows Python's Unicode tables plus the case pairs added up to Unicode
  17; the Final Sigma context could still differ for characters newer than Python's data.
"""

from __future__ import annotations

import functools
import threading
from typing import Any

__all__ = ["is_array_index", "js_lower", "ordered_keys", "sort_key"]

_ARRAY_INDEX_MAX = 2**32 - 2
"""The largest integer key JavaScript enumerates ahead of the others (an array index)."""

_LOWER_BEYOND_PYTHON: dict[int, int] = {
    0x1C89: 0x1C8A,
    0xA7CB: 0x0264,
    0xA7CC: 0xA7CD,
    0xA7CE: 0xA7CF,
    0xA7D2: 0xA7D3,
    0xA7D4: 0xA7D5,
    0xA7DA: 0xA7DB,
    0xA7DC: 0x019B,
    **{cp: cp + 0x20 for cp in range(0x10D50, 0x10D66)},
    **{cp: cp + 0x1B for cp in range(0x16EA0, 0x16EB9)},
}
"""Lowercase mappings V8 (ICU 78, Unicode 17) applies that Python 3.11's Unicode 14 lacks."""

_SECONDARY_COMMON = 0x20
_TERTIARY_LOWER = 0x02

# DUCET 10.0.0 primary weights of the ASCII characters left after lowercasing (0 means
# completely ignorable). TAB..CR and SPACE are whitespace with real weights because
# CLDR root does not ignore variable characters.
_ASCII_PRIMARY: dict[int, int] = {
    **dict.fromkeys(range(0x00, 0x09), 0),
    0x09: 513, 0x0A: 514, 0x0B: 515, 0x0C: 516, 0x0D: 517,
    **dict.fromkeys(range(0x0E, 0x20), 0),
    0x20: 521, 0x21: 609, 0x22: 781, 0x23: 921, 0x24: 7287, 0x25: 922, 0x26: 919, 0x27: 774,
    0x28: 792, 0x29: 793, 0x2A: 912, 0x2B: 1580, 0x2C: 546, 0x2D: 525, 0x2E: 632, 0x2F: 917,
    0x30: 7331, 0x31: 7332, 0x32: 7333, 0x33: 7334, 0x34: 7335, 0x35: 7336, 0x36: 7337, 0x37: 7338,
    0x38: 7339, 0x39: 7340, 0x3A: 570, 0x3B: 564, 0x3C: 1584, 0x3D: 1585, 0x3E: 1586, 0x3F: 615,
    0x40: 911, 0x5B: 794, 0x5C: 918, 0x5D: 795, 0x5E: 1179, 0x5F: 523, 0x60: 1176, 0x61: 7341,
    0x62: 7366, 0x63: 7392, 0x64: 7413, 0x65: 7440, 0x66: 7499, 0x67: 7514, 0x68: 7550, 0x69: 7576,
    0x6A: 7602, 0x6B: 7627, 0x6C: 7645, 0x6D: 7696, 0x6E: 7711, 0x6F: 7747, 0x70: 7794, 0x71: 7815,
    0x72: 7833, 0x73: 7895, 0x74: 7931, 0x75: 7963, 0x76: 8009, 0x77: 8027, 0x78: 8037, 0x79: 8049,
    0x7A: 8071, 0x7B: 796, 0x7C: 1588, 0x7D: 797, 0x7E: 1590,
    0x7F: 0,
}  # fmt: skip

_ASCII_PRIMARY_CHARS = str.maketrans(
    {chr(code): (chr(weight) if weight else None) for code, weight in _ASCII_PRIMARY.items()}
)
"""ASCII → one character whose code point is the primary weight (ignorables deleted)."""


def js_lower(text: str) -> str:
    """``String.prototype.toLowerCase`` (full Unicode mappings, Final Sigma, UTF-16 as is)."""
    if text.isascii():
        return text.lower()
    return text.lower().translate(_LOWER_BEYOND_PYTHON)


@functools.lru_cache(maxsize=16384)
def sort_key(key: str) -> tuple[int, ...]:
    """The collation key sort-json compares for an object key (lowercased, then UCA)."""
    lowered = js_lower(key)
    if lowered.isascii():
        primaries = tuple(map(ord, lowered.translate(_ASCII_PRIMARY_CHARS)))
        count = len(primaries)
        return (
            *primaries,
            0,
            *(_SECONDARY_COMMON,) * count,
            0,
            *(_TERTIARY_LOWER,) * count,
            0,
        )
    weights: tuple[int, ...] = _collator().sort_key(lowered)
    return weights


def is_array_index(key: str) -> bool:
    """Whether JavaScript enumerates ``key`` among the integer keys (``"0"`` … ``"4294967294"``)."""
    return (
        key.isascii() and key.isdigit() and (key[0] != "0" or len(key) == 1) and int(key) <= _ARRAY_INDEX_MAX
    )


def ordered_keys(keys: tuple[str, ...]) -> tuple[str, ...]:
    """Keys (strings, in input order) in the order ``JSON.stringify(sortJson(obj))`` writes them.

    sort-json's stable sort by :func:`sort_key`, then JavaScript's own enumeration order:
    array-index keys first, in ascending numeric order.
    """
    ordered = sorted(keys, key=sort_key)
    indices = [key for key in ordered if is_array_index(key)]
    if not indices:
        return tuple(ordered)
    indices.sort(key=int)
    return (*indices, *(key for key in ordered if not is_array_index(key)))


_collator_lock = threading.Lock()
_collator_instance: Any = None


def _collator() -> Any:
    """The DUCET collator, loaded on first use (about 0.2 s) and shared."""
    global _collator_instance
    if _collator_instance is None:
        with _collator_lock:
            if _collator_instance is None:
                _collator_instance = _make_collator()
    return _collator_instance


def _make_collator() -> Any:
    from pyuca.collator import Collator_10_0_0

    class _CldrRootCollator(Collator_10_0_0):  # type: ignore[misc]
        """DUCET 10 with CLDR root's special weights for the two noncharacters it tailors."""

        def implicit_weight(self, cp: int) -> list[list[int]]:
            if cp == 0xFFFE:
                return [[0x0001, _SECONDARY_COMMON, _TERTIARY_LOWER]]
            if cp == 0xFFFF:
                return [[0xFFFF, _SECONDARY_COMMON, _TERTIARY_LOWER]]
            weights: list[list[int]] = super().implicit_weight(cp)
            return weights

    return _CldrRootCollator()
