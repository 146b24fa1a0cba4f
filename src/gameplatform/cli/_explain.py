"""Where two signed texts first differ, and why, in terms a person chasing a rejected signature can act on.

Our text and the other side's are compared character by character; the first
difference is then classified by reading the JSON around it: the same character
escaped differently (``\\/`` against ``/``, ``\\u00e9`` against ``é``), the same number
written differently (``1.0`` against ``1``), whitespace, a different key order, or
different data. Playdapp texts also carry the method, path, query, nonce and
timestamp in front of the body; a difference there is named by its part.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from typing import Any, Final, Literal
from urllib.parse import parse_qsl, unquote_plus

import attrs

from gameplatform.cli._json_text import Unit, compare_structure, preview, unit_at, units

__all__ = ["Part", "explain_difference", "render_difference"]

Platform = Literal["fargames", "playdapp"]

_CONTEXT: Final = 32
_RULES: Final[dict[tuple[Platform, str], str]] = {
    ("fargames", "slash"): "PHP's json_encode writes '/' as '\\/' by default, and that is the text FAR signs",
    ("playdapp", "slash"): "JSON.stringify leaves '/' as it is, and that is the text Playdapp signs",
    ("fargames", "unicode"): "PHP's json_encode writes every non-ASCII character as \\uXXXX with lowercase "
    "hex (a surrogate pair above U+FFFF), and that is the text FAR signs",
    ("playdapp", "unicode"): "JSON.stringify writes non-ASCII characters as they are (UTF-8), "
    "and that is the text Playdapp signs",
    ("fargames", "control"): "PHP's json_encode writes control characters as \\b \\f \\n \\r \\t or "
    "lowercase \\u00XX",
    ("playdapp", "control"): "JSON.stringify writes control characters as \\b \\f \\n \\r \\t or "
    "lowercase \\u00xx",
    ("fargames", "number"): "PHP prints floats in the shortest form that reads back the same "
    "(1.0 as 1, 1e17 as 1.0e+17, 1e-5 as 1.0e-5)",
    ("playdapp", "number"): "JavaScript prints numbers as Number.prototype.toString does "
    "(1.0 as 1, 1e21 as 1e+21, 2.5e-5 as 0.000025)",
    ("fargames", "key_order"): "FAR's recipe is ksort: only the top level is sorted, in PHP 8 order "
    "(integer-like keys as numbers, other keys byte by byte, so upper case before lower case); "
    "nested objects keep the order they were built in",
    ("playdapp", "key_order"): "sort-json (ignoreCase) sorts the keys of every object at every depth, "
    "case-insensitively in ICU collation order ('_' and '-' before digits, digits before letters), "
    "and JavaScript puts integer-like keys first",
}


@attrs.frozen
class Part:
    """A named stretch ``[start, end)`` of our signed text (``body``, ``query``, ``nonce``, …)."""

    name: str
    start: int
    end: int


def explain_difference(
    ours: str, theirs: str, *, platform: Platform, parts: Sequence[Part]
) -> dict[str, Any] | None:
    """Where and how ``theirs`` first differs from ``ours`` (``None`` when they are equal).

    ``parts`` cover ``ours`` in order; the last one is the JSON body.
    """
    if ours == theirs:
        return None
    offset = _common_prefix_length(ours, theirs)
    part = next((p for p in parts if p.start <= offset < p.end), parts[-1])
    if part.name == "body":
        kind, explanation, structure = _explain_body(ours, theirs, offset, part.start, platform)
        explanation += _further_on(kind, structure, platform)
    else:
        kind, explanation = _explain_header(ours, theirs, offset, part, parts)
        structure = {}
    context_start = max(0, offset - _CONTEXT)
    return {
        "offset": offset,
        "utf8_offset": len(ours[:offset].encode("utf-8", "surrogatepass")),
        "part": part.name,
        "kind": kind,
        "explanation": explanation,
        "ours_length": len(ours),
        "theirs_length": len(theirs),
        "context_start": context_start,
        "ours_context": ours[context_start : offset + _CONTEXT],
        "theirs_context": theirs[context_start : offset + _CONTEXT],
        **structure,
    }


def render_difference(difference: dict[str, Any]) -> str:
    """The difference for a terminal: both texts around it, a caret under it, and the explanation."""
    start = difference["context_start"]
    offset = difference["offset"]
    lead = "…" if start > 0 else ""
    ours_line = lead + _visible(difference["ours_context"])
    theirs_line = lead + _visible(difference["theirs_context"])
    caret_column = _width(lead + _visible(difference["ours_context"][: offset - start]))
    return "\n".join(
        [
            f"first difference at character {offset} (byte {difference['utf8_offset']}) "
            f"in the {difference['part']}; ours has {difference['ours_length']} characters, "
            f"theirs {difference['theirs_length']}:",
            f"  ours:   {ours_line}",
            f"  theirs: {theirs_line}",
            "          " + " " * caret_column + "^",
            f"{difference['kind']}: {difference['explanation']}",
        ]
    )


# -- the JSON body ----------------------------------------------------------------------


def _explain_body(
    ours: str, theirs: str, offset: int, start: int, platform: Platform
) -> tuple[str, str, dict[str, Any]]:
    structure = compare_structure(ours[start:], theirs[start:])
    our_units, their_units = units(ours, start), units(theirs, start)
    our_unit, their_unit = unit_at(our_units, offset), unit_at(their_units, offset)
    if our_unit is not None and their_unit is not None and our_unit.offset != their_unit.offset:
        # One side's unit began earlier ("1" against "1.0"): the texts agree up to the difference,
        # so both sides have a unit starting there; compare those.
        begin = min(our_unit.offset, their_unit.offset)
        our_unit, their_unit = unit_at(our_units, begin), unit_at(their_units, begin)
    if our_unit is None or their_unit is None:
        longer, name = (theirs, "theirs") if our_unit is None else (ours, "ours")
        rest = longer[offset:]
        if not rest.strip():
            return "whitespace", f"{name} ends with extra whitespace {rest[:8]!r}", structure
        shorter = "ours" if name == "theirs" else "theirs"
        return "length", f"{shorter} ends here; {name} goes on with {preview(rest)}", structure
    if our_unit.kind == their_unit.kind and our_unit.meaning == their_unit.meaning:
        if our_unit.kind == "string":
            return "escaping", _explain_escape(our_unit, their_unit, platform), structure
        if our_unit.kind == "number":
            explanation = (
                f"the same number written differently: ours {our_unit.raw}, theirs {their_unit.raw}; "
                + _RULES[platform, "number"]
            )
            return "number format", explanation, structure
    if our_unit.kind == "space" or their_unit.kind == "space":
        name, space = ("theirs", their_unit) if their_unit.kind == "space" else ("ours", our_unit)
        explanation = (
            f"{name} has whitespace ({space.raw!r}) here: the signed "
            "text is compact JSON, no space after ',' or ':' and no newlines (Python's json.dumps adds "
            "', ' and ': ' unless separators=(',', ':'))"
        )
        return "whitespace", explanation, structure
    return _explain_content(our_unit, their_unit, structure, platform)


def _further_on(kind: str, structure: dict[str, Any], platform: Platform) -> str:
    """What else differs beyond the first difference, when that is not already said."""
    said = ""
    order = structure.get("key_order_difference")
    if order is not None and "key order" not in kind:
        said += (
            f". Further on, the keys are also in another order at {order['path']}: ours {order['ours']}, "
            f"theirs {order['theirs']}; {_RULES[platform, 'key_order']}"
        )
    data = structure.get("data_difference")
    if data is not None and "data" not in kind:
        said += f". Further on, the data differs too: {data['explanation']}"
    return said


def _explain_escape(ours: Unit, theirs: Unit, platform: Platform) -> str:
    said = f"the same character written differently: ours {ours.raw}, theirs {theirs.raw}"
    character = str(ours.meaning)
    if character == "/":
        topic = "slash"
    elif not character.isascii():
        topic = "unicode"
        if ours.raw.lower() == theirs.raw.lower():
            said += " (only the case of the hex digits differs)"
    elif all(ord(c) < 0x20 for c in character):
        topic = "control"
    else:
        return (
            said + "; JSON allows several spellings of one character, but the signature covers the exact text"
        )
    return f"{said}; {_RULES[platform, topic]}"


def _explain_content(
    ours: Unit, theirs: Unit, structure: dict[str, Any], platform: Platform
) -> tuple[str, str, dict[str, Any]]:
    order = structure.get("key_order_difference")
    data = structure.get("data_difference")
    said = []
    if order is not None:
        said.append(
            f"the keys are in another order at {order['path']}: ours {order['ours']}, "
            f"theirs {order['theirs']}; {_RULES[platform, 'key_order']}"
        )
    if data is not None:
        said.append(data["explanation"])
    if said:
        kind = "key order and data" if len(said) == 2 else "key order" if order is not None else "data"
        return kind, "; and ".join(said), structure
    if structure.get("theirs_json_error"):
        return "text", f"theirs is not valid JSON here ({structure['theirs_json_error']})", structure
    return "text", f"ours has {preview(ours.raw)}, theirs {preview(theirs.raw)}", structure


# -- the Playdapp header parts ------------------------------------------------------------


def _explain_header(
    ours: str, theirs: str, offset: int, part: Part, parts: Sequence[Part]
) -> tuple[str, str]:
    named = {p.name: ours[p.start : p.end] for p in parts}
    ours_part = named[part.name]
    nonce, timestamp = named.get("nonce", ""), named.get("timestamp", "")
    theirs_tail = theirs[part.start :]
    if part.name == "method":
        their_method = theirs[: len(ours_part)]
        if their_method.upper() == ours_part.upper():
            return (
                "method",
                f"the method is signed exactly as sent: ours {ours_part!r}, theirs {their_method!r}",
            )
        return "method", f"the method differs: ours {ours_part!r}, theirs begins {preview(theirs)}"
    if part.name == "path":
        return "path", (
            f"the path before '?' is signed as sent, without scheme or host: ours {ours_part!r}, "
            f"theirs goes on with {preview(theirs[offset:])}"
        )
    if part.name == "query":
        return "query", _explain_query(ours_part, theirs, part.start, nonce + timestamp)
    if part.name == "nonce" and theirs_tail.startswith("?"):
        return "query", _explain_query("", theirs, part.start, nonce + timestamp)
    if part.name == "nonce" and theirs_tail.startswith(timestamp + nonce):
        return "part order", (
            "theirs signs the timestamp before the nonce; the vendor signs the nonce, then the timestamp"
        )
    if part.name == "nonce":
        return "nonce", f"the nonce differs: ours {nonce!r}, theirs goes on with {preview(theirs[offset:])}"
    their_digits = re.match(r"[0-9]*", theirs_tail)
    their_timestamp = their_digits.group() if their_digits else ""
    said = f"the timestamp differs: ours {timestamp}, theirs {their_timestamp or preview(theirs_tail)}"
    if their_timestamp and len(timestamp) - len(their_timestamp) == 3:
        said += " (seconds? Playdapp signs unix milliseconds)"
    return "timestamp", said + "; the signed value must be the one sent in the timestamp header"


def _explain_query(ours_query: str, theirs: str, start: int, nonce_and_timestamp: str) -> str:
    end = theirs.find(nonce_and_timestamp, start)
    if end < 0:
        return f"the query differs: ours signs {ours_query!r}, theirs goes on with {preview(theirs[start:])}"
    their_query = theirs[start:end]
    if not their_query:
        return (
            f"theirs leaves the query out; the vendor signs '?' and the sorted, decoded query: {ours_query!r}"
        )
    if not ours_query:
        return f"ours has no query; theirs signs {their_query!r}"
    our_pairs = parse_qsl(ours_query[1:], keep_blank_values=True)
    their_pairs = parse_qsl(their_query.lstrip("?"), keep_blank_values=True)
    said = f"ours signs {ours_query!r}, theirs {their_query!r}"
    if our_pairs != their_pairs and sorted(our_pairs) == sorted(their_pairs):
        return f"the query parameters are in another order: {said}; the vendor sorts them by name"
    if unquote_plus(ours_query) == unquote_plus(their_query) or our_pairs == their_pairs:
        return (
            f"the query is encoded differently: {said}; the vendor signs decodeURIComponent of the "
            "sorted form-encoded query (spaces as '+', %XX decoded)"
        )
    return f"the query differs: {said}"


# -- text ------------------------------------------------------------------------------------


def _common_prefix_length(first: str, second: str) -> int:
    limit = min(len(first), len(second))
    index = 0
    while index < limit and first[index] == second[index]:
        index += 1
    return index


def _visible(text: str) -> str:
    """Control characters as escapes, so one line stays one line."""
    return "".join(repr(c)[1:-1] if unicodedata.category(c) in ("Cc", "Cs") else c for c in text)


def _width(text: str) -> int:
    """Terminal columns: wide East Asian characters take two, combining marks none."""
    width = 0
    for char in text:
        if unicodedata.combining(char):
            continue
        width += 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1
    return width
