"""JavaScript strings are UTF-16: Python text as the vendor's JavaScript sees it.

A Python ``str`` may hold a surrogate pair as two characters (``"\\ud83d\\ude00"``), where
JavaScript sees one character; and it may hold unpaired surrogates, which JavaScript keeps
in a string but cannot encode as UTF-8. The canonical JSON, the signed query and the other
signed texts all first join such pairs (:func:`utf16_normalized`); a ``URLSearchParams``
replaces the unpaired ones (:func:`usv_string`).
"""

from __future__ import annotations

import codecs
import re
from typing import Any

__all__ = ["SURROGATE", "usv_string", "utf16_normalized", "utf16_normalized_tree"]

# Paid at import, not by the first signature of a worker: finding a codec imports its module.
codecs.lookup("utf-16-le")

SURROGATE = re.compile("[\ud800-\udfff]")
"""Any surrogate code point, paired or not (a text without one needs no normalizing)."""


def utf16_normalized(text: str) -> str:
    """Surrogate pairs held as two Python characters joined into one; unpaired ones kept."""
    return text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "surrogatepass")


def usv_string(text: str) -> str:
    """WebIDL USVString conversion: pairs joined, unpaired surrogates replaced by U+FFFD."""
    return text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")


def utf16_normalized_tree(value: Any) -> Any:
    """A JSON value with :func:`utf16_normalized` applied to every string and key in it."""
    if isinstance(value, str):
        return utf16_normalized(value)
    if isinstance(value, dict):
        return {
            (utf16_normalized(key) if isinstance(key, str) else key): utf16_normalized_tree(item)
            for key, item in value.items()
        }
    if isinstance(value, list | tuple):
        return [utf16_normalized_tree(item) for item in value]
    return value
