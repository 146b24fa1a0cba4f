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
from precomputed collation elements of ICU 78.2's root order (Unicode 17, CLDR 48),
generated from Node's own ICU by ``tools/gen_collation_overrides.py`` and read by
:mod:`gameplatform.playdapp._collation_table` from a compact data file on the first key
that is not ASCII (a few milliseconds): Han ideographs of every block in radical-stroke
order, emoji and letters added since Unicode 10, U+FFFE lowest and U+FFFF highest. Keys
made only of ASCII use a built-in table with the same weights, so the common case never
loads the data file. Sort keys are cached (bounded LRU); the signer caches each object
shape's layout.

Every assigned code point, as a one-character key, sorts as Node 20.20.2 does except
the ten listed in ``_collation_overrides.UNRESOLVED`` (new Latin modifier letters ICU
weighs as expansions). Where else it can differ (also in ``docs/playdapp-signing.md``):
keys combining those characters or newer characters with combining marks in ways ICU
expands differently, text not in FCD form (ICU does not normalise it; the table's
algorithm does), Final Sigma contexts with characters newer than Python's data, and any
Node whose ICU is not 78.2 (regenerate the tables).
"""

from __future__ import annotations

import functools
import os
import threading
from typing import TYPE_CHECKING

from gameplatform.playdapp._collation_overrides import (
    ASCII_PRIMARY,
    ICU_VERSION,
    LEVEL_SCALE,
    UNICODE_VERSION,
)

if TYPE_CHECKING:
    from gameplatform.playdapp._collation_table import CompactCollator

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

_SECONDARY_COMMON = 0x20 * LEVEL_SCALE
_TERTIARY_LOWER = 0x02 * LEVEL_SCALE

_ASCII_PRIMARY_CHARS = str.maketrans(
    {chr(code): (chr(weight) if weight else None) for code, weight in enumerate(ASCII_PRIMARY)}
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
    return _collator().sort_key(lowered)


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
_collator_instance: CompactCollator | None = None


def _fresh_lock_after_fork() -> None:
    # A thread of the parent may have been loading the keys when it forked.
    global _collator_lock
    _collator_lock = threading.Lock()


os.register_at_fork(after_in_child=_fresh_lock_after_fork)


def _collator() -> CompactCollator:
    """The collator of the packaged collation keys, loaded on first use and shared."""
    global _collator_instance
    if _collator_instance is None:
        with _collator_lock:
            if _collator_instance is None:
                from gameplatform.playdapp._collation_table import load_collator

                _collator_instance = load_collator(icu_version=ICU_VERSION, unicode_version=UNICODE_VERSION)
    return _collator_instance
