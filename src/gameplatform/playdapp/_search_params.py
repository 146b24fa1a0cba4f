"""The query part of a Playdapp signing string, as the vendor's Node code writes it.

Only the text between the first and second ``?`` of the path is the query. It is parsed as
``URLSearchParams`` (``+`` is a space, ``%XX`` decoded as UTF-8 with U+FFFD for bad
sequences, empty pieces skipped, unpaired surrogates become U+FFFD), sorted stably by
name in UTF-16 code unit order and written back with ``decodeURIComponent`` undoing the
form encoding, so the only visible change is space → ``+``. Used by
:mod:`gameplatform.playdapp._signing`.
"""

from __future__ import annotations

import codecs
import re

from gameplatform.playdapp._utf16 import SURROGATE, usv_string

__all__ = ["query_text"]

# Paid at import, not by the first signature of a worker: finding the codec names are
# sorted with imports its module.
codecs.lookup("utf-16-be")

_HEX_DIGITS = frozenset("0123456789abcdefABCDEF")
_BAD_PERCENT = re.compile("%(?![0-9A-Fa-f]{2})")
_PERCENT_RUN = re.compile("(?:%[0-9A-Fa-f]{2})+")


def query_text(query: str) -> str:
    """``"?" + decodeURIComponent(params.toString())`` after ``params.sort()``, or ``""``."""
    if not query:
        return ""
    if not query.isascii() and SURROGATE.search(query) is not None:
        query = usv_string(query)
    pairs = []
    for piece in query.split("&"):
        if piece:
            name, _, value = piece.partition("=")
            pairs.append((_decode_param(name), _decode_param(value)))
    if not pairs:
        return ""
    pairs.sort(key=_utf16_name_order)
    return "?" + "&".join([f"{name}={value}" for name, value in pairs]).replace(" ", "+")


def _decode_param(raw: str) -> str:
    """One name or value as Node's ``URLSearchParams`` parser decodes it.

    Node does not follow the WHATWG decoder here: it replaces ``+`` by a space, then,
    only if the raw text has a ``%XX``-looking sequence, tries ``decodeURIComponent``
    and, when that throws, falls back to ``querystring.unescapeBuffer``, which keeps just
    the low byte of every UTF-16 code unit before decoding the bytes as UTF-8 (so
    ``%41%zzé`` gives ``A%zz�``).
    """
    text = raw.replace("+", " ")
    if "%" not in raw or not _looks_percent_encoded(raw):
        return text
    try:
        return _decode_uri_component(text)
    except ValueError:
        return _unescape_buffer(text).decode("utf-8", "replace")


def _looks_percent_encoded(raw: str) -> bool:
    """Node's scan for a ``%`` followed by two hex digits (``+`` does not break the run)."""
    progress = 0
    for character in raw:
        if character == "+":
            continue
        if character == "%":
            progress = 1
        elif progress:
            if character in _HEX_DIGITS:
                progress += 1
                if progress == 3:
                    return True
            else:
                progress = 0
    return False


def _decode_uri_component(text: str) -> str:
    """ECMAScript ``decodeURIComponent``; ``ValueError`` where it throws ``URIError``."""
    if _BAD_PERCENT.search(text) is not None:
        raise ValueError("malformed percent escape")
    return _PERCENT_RUN.sub(_decode_percent_run, text)


def _decode_percent_run(match: re.Match[str]) -> str:
    # Strict UTF-8: overlong forms, surrogates and truncated sequences throw, as in JavaScript.
    return bytes.fromhex(match.group().replace("%", "")).decode("utf-8")


def _unescape_buffer(text: str) -> bytes:
    """Node's ``querystring.unescapeBuffer`` (spaces already decoded)."""
    units: list[int] = []
    for character in text:
        code = ord(character)
        if code > 0xFFFF:
            code -= 0x10000
            units += (0xD800 + (code >> 10), 0xDC00 + (code & 0x3FF))
        else:
            units.append(code)
    out = bytearray()
    index = 0
    last_escape_start = len(units) - 2
    while index < len(units):
        code = units[index]
        if code == 0x25 and index < last_escape_start:
            index += 1
            code = units[index]
            high = _hex_value(code)
            if high < 0:
                out.append(0x25)
                continue
            low = _hex_value(units[index + 1])
            if low < 0:
                out.append(0x25)
            else:
                index += 1
                code = high * 16 + low
        out.append(code & 0xFF)
        index += 1
    return bytes(out)


def _hex_value(code: int) -> int:
    return int(chr(code), 16) if chr(code) in _HEX_DIGITS else -1


def _utf16_name_order(pair: tuple[str, str]) -> bytes:
    return pair[0].encode("utf-16-be")
