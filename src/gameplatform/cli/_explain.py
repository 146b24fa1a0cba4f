"""Where two signed texts first differ, and why, in terms a person chasing a rejected signature can act on.

Our text and the other side's are compared character by character; the first
difference is then classified by reading the JSON around it: the same character
escaped differently (``\\/`` against ``/``, ``\\u00e9`` against ``é``), the same number
written differently (``1.0`` against ``1``), whitespace, a different key order, or
different data. Playdapp texts also carry the method, path, query, nonce and
timestamp in front of the body; a difference there is named by its part.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Sequence
from typing import Any, Final, Literal
from urllib.parse import parse_qsl, unquote_plus

import attrs

__all__ = ["Part", "explain_difference", "render_difference"]

Platform = Literal["fargames", "playdapp"]

_CONTEXT: Final = 32
_VALUE_PREVIEW: Final = 60
_STRING_ESCAPE: Final = re.compile(
    r"\\(?:u[dD][89abAB][0-9a-fA-F]{2}\\u[dD][c-fC-F][0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|[\"\\/bfnrt])"
)
_NUMBER: Final = re.compile(r"-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?")
_JSON_SPACE: Final = frozenset(" \t\r\n")

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


@attrs.frozen
class _Unit:
    """One lexical unit of JSON text: a character or escape inside a string, a number, a space, …"""

    offset: int
    raw: str
    meaning: Any
    kind: Literal["string", "number", "space", "other"]


class _Object(list[tuple[str, Any]]):
    """A JSON object as its key/value pairs, in order, duplicates kept."""


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
    structure = _compare_structure(ours[start:], theirs[start:], platform)
    our_units, their_units = _units(ours, start), _units(theirs, start)
    our_unit, their_unit = _unit_at(our_units, offset), _unit_at(their_units, offset)
    if our_unit is not None and their_unit is not None and our_unit.offset != their_unit.offset:
        # One side's unit began earlier ("1" against "1.0"): the texts agree up to the difference,
        # so both sides have a unit starting there; compare those.
        begin = min(our_unit.offset, their_unit.offset)
        our_unit, their_unit = _unit_at(our_units, begin), _unit_at(their_units, begin)
    if our_unit is None or their_unit is None:
        longer, name = (theirs, "theirs") if our_unit is None else (ours, "ours")
        rest = longer[offset:]
        if not rest.strip():
            return "whitespace", f"{name} ends with extra whitespace {rest[:8]!r}", structure
        shorter = "ours" if name == "theirs" else "theirs"
        return "length", f"{shorter} ends here; {name} goes on with {_preview(rest)}", structure
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


def _explain_escape(ours: _Unit, theirs: _Unit, platform: Platform) -> str:
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
        return said + "; an escape that is not needed changes the signed text"
    return f"{said}; {_RULES[platform, topic]}"


def _explain_content(
    ours: _Unit, theirs: _Unit, structure: dict[str, Any], platform: Platform
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
    return "text", f"ours has {_preview(ours.raw)}, theirs {_preview(theirs.raw)}", structure


def _compare_structure(ours: str, theirs: str, platform: Platform) -> dict[str, Any]:
    """Same data? Same key order? The first place each differs."""
    try:
        our_data = _load_ordered(ours)
    except ValueError:
        return {}
    try:
        their_data = _load_ordered(theirs)
    except ValueError as error:
        return {"same_data": None, "same_key_order": None, "theirs_json_error": str(error)}
    findings: dict[str, dict[str, Any]] = {}
    _compare(our_data, their_data, "top level", findings)
    data = findings.get("data")
    order = findings.get("key_order")
    return {
        "same_data": data is None,
        "same_key_order": order is None,
        "data_difference": data,
        "key_order_difference": order,
    }


def _compare(ours: Any, theirs: Any, path: str, findings: dict[str, dict[str, Any]]) -> None:
    if isinstance(ours, _Object) and isinstance(theirs, _Object):
        our_keys = [key for key, _ in ours]
        their_keys = [key for key, _ in theirs]
        if sorted(our_keys) != sorted(their_keys):
            only_ours = [key for key in our_keys if key not in their_keys]
            only_theirs = [key for key in their_keys if key not in our_keys]
            findings.setdefault(
                "data",
                {
                    "path": path,
                    "explanation": f"the keys differ at {path}: only ours has {only_ours}, "
                    f"only theirs has {only_theirs}",
                },
            )
        elif our_keys != their_keys:
            findings.setdefault("key_order", {"path": path, "ours": our_keys, "theirs": their_keys})
        their_values = dict(theirs)
        for key, value in ours:
            if key in their_values:
                _compare(value, their_values[key], _join(path, key), findings)
    elif isinstance(ours, list) and isinstance(theirs, list) and type(ours) is type(theirs):
        if len(ours) != len(theirs):
            findings.setdefault(
                "data",
                {"path": path, "explanation": f"at {path} ours has {len(ours)} items, theirs {len(theirs)}"},
            )
        for index, (mine, other) in enumerate(zip(ours, theirs, strict=False)):
            _compare(mine, other, f"{path}[{index}]" if path != "top level" else f"[{index}]", findings)
    elif not _same_value(ours, theirs):
        findings.setdefault("data", {"path": path, "explanation": _value_difference(ours, theirs, path)})


def _value_difference(ours: Any, theirs: Any, path: str) -> str:
    said = f"the value at {path} differs: ours {_preview(_dump(ours))}, theirs {_preview(_dump(theirs))}"
    if ours == [] and isinstance(theirs, _Object) and not theirs:
        return said + " (PHP cannot tell an empty array from an empty object: json_encode writes [])"
    our_type, their_type = _type_name(ours), _type_name(theirs)
    if our_type != their_type:
        said += f" (ours is {our_type}, theirs {their_type})"
    return said


def _same_value(ours: Any, theirs: Any) -> bool:
    if _type_name(ours) != _type_name(theirs):
        return False
    return bool(ours == theirs)


def _type_name(value: Any) -> str:
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if value is None:
        return "null"
    return "an object" if isinstance(value, _Object) else "an array"


def _load_ordered(text: str) -> Any:
    return json.loads(text, object_pairs_hook=_Object)


def _dump(value: Any) -> str:
    if isinstance(value, _Object):
        return "{" + ",".join(f"{json.dumps(k)}:{_dump(v)}" for k, v in value) + "}"
    if isinstance(value, list):
        return "[" + ",".join(_dump(item) for item in value) + "]"
    return json.dumps(value, ensure_ascii=False)


def _join(path: str, key: str) -> str:
    return key if path == "top level" else f"{path}.{key}"


# -- the lexical units ------------------------------------------------------------------


def _units(text: str, start: int) -> list[_Unit]:
    """``text[start:]`` as JSON units; text that is not JSON falls back to single characters."""
    units: list[_Unit] = []
    index, in_string = start, False
    while index < len(text):
        char = text[index]
        if in_string:
            if char == '"':
                units.append(_Unit(index, char, char, "other"))
                in_string = False
                index += 1
                continue
            match = _STRING_ESCAPE.match(text, index) if char == "\\" else None
            raw = match.group() if match else char
            meaning = json.loads(f'"{raw}"') if match else char
            units.append(_Unit(index, raw, meaning, "string"))
            index += len(raw)
            continue
        number = _NUMBER.match(text, index) if char in "-0123456789" else None
        if number:
            units.append(_Unit(index, number.group(), float(number.group()), "number"))
            index = number.end()
            continue
        in_string = char == '"'
        units.append(_Unit(index, char, char, "space" if char in _JSON_SPACE else "other"))
        index += 1
    return units


def _unit_at(units: list[_Unit], offset: int) -> _Unit | None:
    """The unit holding ``offset``: the last one starting at or before it, if the text reaches it."""
    found = None
    for unit in units:
        if unit.offset > offset:
            break
        found = unit
    if found is None or found.offset + len(found.raw) <= offset:
        return None
    return found


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
        return "method", f"the method differs: ours {ours_part!r}, theirs begins {_preview(theirs)}"
    if part.name == "path":
        return "path", (
            f"the path before '?' is signed as sent, without scheme or host: ours {ours_part!r}, "
            f"theirs goes on with {_preview(theirs[offset:])}"
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
        return "nonce", f"the nonce differs: ours {nonce!r}, theirs goes on with {_preview(theirs[offset:])}"
    their_digits = re.match(r"[0-9]*", theirs_tail)
    their_timestamp = their_digits.group() if their_digits else ""
    said = f"the timestamp differs: ours {timestamp}, theirs {their_timestamp or _preview(theirs_tail)}"
    if their_timestamp and len(timestamp) - len(their_timestamp) == 3:
        said += " (seconds? Playdapp signs unix milliseconds)"
    return "timestamp", said + "; the signed value must be the one sent in the timestamp header"


def _explain_query(ours_query: str, theirs: str, start: int, nonce_and_timestamp: str) -> str:
    end = theirs.find(nonce_and_timestamp, start)
    if end < 0:
        return f"the query differs: ours signs {ours_query!r}, theirs goes on with {_preview(theirs[start:])}"
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


# -- text helpers ---------------------------------------------------------------------------


def _common_prefix_length(first: str, second: str) -> int:
    limit = min(len(first), len(second))
    index = 0
    while index < limit and first[index] == second[index]:
        index += 1
    return index


def _preview(text: str) -> str:
    shown = text if len(text) <= _VALUE_PREVIEW else text[:_VALUE_PREVIEW] + "…"
    return repr(shown)


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
