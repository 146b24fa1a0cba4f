"""JSON text as a person compares it: lexical units with their meaning, and data with its key order.

Two signed texts that differ are read here twice: as units (one character or escape
inside a string, one number, one space, ...) whose raw text and meaning are compared, so
``\\u00e9`` and ``é`` are the same character written differently; and as data whose
objects keep their key order and duplicates, so a different order is told apart from
different data.
"""

from __future__ import annotations

import json
import re
from typing import Any, Final, Literal

import attrs

__all__ = ["Unit", "compare_structure", "preview", "unit_at", "units"]

_STRING_ESCAPE: Final = re.compile(
    r"\\(?:u[dD][89abAB][0-9a-fA-F]{2}\\u[dD][c-fC-F][0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|[\"\\/bfnrt])"
)
_NUMBER: Final = re.compile(r"-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?")
_JSON_SPACE: Final = frozenset(" \t\r\n")
_PREVIEW: Final = 60
_TOP: Final = "top level"


@attrs.frozen
class Unit:
    """One lexical unit of JSON text: a character or escape inside a string, a number, a space, …"""

    offset: int
    raw: str
    meaning: Any
    kind: Literal["string", "number", "space", "other"]


class JsonObject(list[tuple[str, Any]]):
    """A JSON object as its key/value pairs, in order, duplicates kept."""


def units(text: str, start: int) -> list[Unit]:
    """``text[start:]`` as JSON units; text that is not JSON falls back to single characters."""
    found: list[Unit] = []
    index, in_string = start, False
    while index < len(text):
        char = text[index]
        if in_string:
            if char == '"':
                found.append(Unit(index, char, char, "other"))
                in_string = False
                index += 1
                continue
            match = _STRING_ESCAPE.match(text, index) if char == "\\" else None
            raw = match.group() if match else char
            meaning = json.loads(f'"{raw}"') if match else char
            found.append(Unit(index, raw, meaning, "string"))
            index += len(raw)
            continue
        number = _NUMBER.match(text, index) if char in "-0123456789" else None
        if number:
            found.append(Unit(index, number.group(), float(number.group()), "number"))
            index = number.end()
            continue
        in_string = char == '"'
        found.append(Unit(index, char, char, "space" if char in _JSON_SPACE else "other"))
        index += 1
    return found


def unit_at(sequence: list[Unit], offset: int) -> Unit | None:
    """The unit holding ``offset``: the last one starting at or before it, if the text reaches it."""
    found = None
    for unit in sequence:
        if unit.offset > offset:
            break
        found = unit
    if found is None or found.offset + len(found.raw) <= offset:
        return None
    return found


def compare_structure(ours: str, theirs: str) -> dict[str, Any]:
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
    _compare(our_data, their_data, _TOP, findings)
    data = findings.get("data")
    order = findings.get("key_order")
    return {
        "same_data": data is None,
        "same_key_order": order is None,
        "data_difference": data,
        "key_order_difference": order,
    }


def _compare(ours: Any, theirs: Any, path: str, findings: dict[str, dict[str, Any]]) -> None:
    if isinstance(ours, JsonObject) and isinstance(theirs, JsonObject):
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
            _compare(mine, other, f"{path}[{index}]" if path != _TOP else f"[{index}]", findings)
    elif not _same_value(ours, theirs):
        findings.setdefault("data", {"path": path, "explanation": _value_difference(ours, theirs, path)})


def _value_difference(ours: Any, theirs: Any, path: str) -> str:
    said = f"the value at {path} differs: ours {preview(_dump(ours))}, theirs {preview(_dump(theirs))}"
    if ours == [] and isinstance(theirs, JsonObject) and not theirs:
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
    return "an object" if isinstance(value, JsonObject) else "an array"


def _load_ordered(text: str) -> Any:
    return json.loads(text, object_pairs_hook=JsonObject)


def _dump(value: Any) -> str:
    if isinstance(value, JsonObject):
        return "{" + ",".join(f"{json.dumps(k, ensure_ascii=False)}:{_dump(v)}" for k, v in value) + "}"
    if isinstance(value, list):
        return "[" + ",".join(_dump(item) for item in value) + "]"
    return json.dumps(value, ensure_ascii=False)


def _join(path: str, key: str) -> str:
    return key if path == _TOP else f"{path}.{key}"


def preview(text: str) -> str:
    """A quoted, shortened view of ``text`` for an explanation."""
    shown = text if len(text) <= _PREVIEW else text[:_PREVIEW] + "…"
    return repr(shown)
