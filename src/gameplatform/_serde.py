"""Turning generated attrs models into JSON-ready data and back: one cattrs converter.

- :func:`to_wire` (requests) unstructures a model using the JSON names kept in each field's
  metadata (``metadata={"json": "AccessToken"}``), leaves out optional fields that are
  ``None``, writes enums as their string values and merges ``additional_properties``.
- :func:`from_wire` (responses) structures decoded JSON into a model, tolerantly: keys the
  model does not name go to its ``additional_properties`` (or are dropped when it has none),
  unknown enum values become pseudo-members, and request validators are not run. A body
  whose shape does not fit (a required field missing, a string where an integer belongs)
  raises :class:`ResponseShapeError`, which clients turn into an ``APIError``.

Hooks are generated once per class with cattrs' ``make_dict_structure_fn`` /
``make_dict_unstructure_fn`` and cached by the converter, so a call does no reflection.
"""

from __future__ import annotations

import re
import types
import typing
from collections.abc import Callable, Iterator, Mapping
from enum import Enum
from typing import Any, TypeVar

import attrs
import cattrs
from cattrs.errors import (
    ClassValidationError,
    IterableValidationError,
    IterableValidationNote,
    StructureHandlerNotFoundError,
)
from cattrs.gen import make_dict_structure_fn, make_dict_unstructure_fn, override

from gameplatform._codecs import DECODERS as _DECODERS
from gameplatform._codecs import ENCODERS as _ENCODERS
from gameplatform._codecs import OpenModel, Unusual, extras, open_enum, register_codecs
from gameplatform._enums import OpenStrEnum
from gameplatform._validation import lenient
from gameplatform.errors import ValidationError

__all__ = [
    "ADDITIONAL_PROPERTIES",
    "OpenModel",
    "ResponseShapeError",
    "Unusual",
    "extras",
    "from_wire",
    "merge_extras",
    "open_enum",
    "register_codecs",
    "to_json_value",
    "to_wire",
]

T = TypeVar("T")

ADDITIONAL_PROPERTIES = "additional_properties"
"""Metadata key marking the field that collects keys a schema does not name."""

_NONE_TYPE = type(None)
_PRIMITIVES: tuple[type, ...] = (str, int, float, bool, _NONE_TYPE)


class ResponseShapeError(ValueError):
    """A response body that does not fit its model: a required field missing, a wrong type, …

    ``model`` is the model's class name; ``problems`` lists each misfit as
    ``"<json path>: <what is wrong>"`` (e.g. ``"content.games[3].id: must be an integer (got str)"``).
    Values are never quoted, so the message is safe to log. Clients raise an ``APIError`` from it.
    """

    def __init__(self, model: str, problems: tuple[str, ...]) -> None:
        self.model = model
        self.problems = problems
        super().__init__(f"response does not fit {model}: " + "; ".join(problems))


class _WrongShape(TypeError):
    """Raised by the structure hooks; the message names the expected kind, not the value."""

    def __init__(self, expected: str, value: object) -> None:
        super().__init__(f"must be {expected} (got {type(value).__name__})")


# Responses are read tolerantly where nothing is lost: PHP- and database-backed
# platforms often send numbers as strings ("32400"), ids as numbers, flags as 0/1.
_INTEGER_TEXT = re.compile(r"-?[0-9]+")
_NUMBER_TEXT = re.compile(r"-?(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][-+]?[0-9]+)?")


def _structure_str(value: Any, _: type) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    raise _WrongShape("a string", value)


def _structure_int(value: Any, _: type) -> int:
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str) and _INTEGER_TEXT.fullmatch(value.strip()):
        return int(value)
    raise _WrongShape("an integer", value)


def _structure_float(value: Any, _: type) -> float:
    if isinstance(value, int | float) and not isinstance(value, bool):
        return float(value)
    if isinstance(value, str) and _NUMBER_TEXT.fullmatch(value.strip()):
        return float(value)
    raise _WrongShape("a number", value)


def _structure_bool(value: Any, _: type) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, int) and value in (0, 1):
        return bool(value)
    raise _WrongShape("a boolean", value)


def _structure_enum(value: Any, enum_cls: type[Enum]) -> Enum:
    if isinstance(value, int) and not isinstance(value, bool) and issubclass(enum_cls, OpenStrEnum):
        value = str(value)  # a code documented as digits ("3") sent as a JSON number, as for str
    try:
        return enum_cls(value)
    except ValueError:
        raise _WrongShape(f"a {enum_cls.__name__} value", value) from None


def _is_primitive_union(type_: Any) -> bool:
    """``int | str`` (with or without ``None``); a lone ``X | None`` is left to cattrs' optional hook."""
    if typing.get_origin(type_) not in (typing.Union, types.UnionType):
        return False
    members = typing.get_args(type_)
    return all(arg in _PRIMITIVES for arg in members) and sum(arg is not _NONE_TYPE for arg in members) > 1


def _make_primitive_union_hook(type_: Any) -> Callable[[Any, Any], Any]:
    """``int | str`` and friends: keep the value when it already is one of the members."""
    members = typing.get_args(type_)
    accepts_int = int in members or float in members
    expected = " or ".join("null" if m is _NONE_TYPE else m.__name__ for m in members)

    def structure(value: Any, _: Any) -> Any:
        if isinstance(value, bool):
            if bool in members:
                return value
        elif (isinstance(value, int) and accepts_int) or isinstance(value, members):
            return value
        raise _WrongShape(expected, value)

    return structure


# Typed loosely: the per-field overrides are passed as ``**kwargs`` next to boolean options.
_make_dict_structure_fn: Callable[..., Callable[[Any, Any], Any]] = make_dict_structure_fn
_make_dict_unstructure_fn: Callable[..., Callable[[Any], dict[str, Any]]] = make_dict_unstructure_fn


def _json_name(attribute: attrs.Attribute[Any]) -> str:
    return str(attribute.metadata.get("json", attribute.name))


def _make_structure_hook(cls: type[Any], converter: cattrs.Converter) -> Callable[[Any, Any], Any]:
    extras_field: str | None = None
    overrides = {}
    known: set[str] = set()
    for attribute in attrs.fields(cls):
        if attribute.metadata.get(ADDITIONAL_PROPERTIES):
            extras_field = attribute.name
            overrides[attribute.name] = override(omit=True)
        else:
            known.add(_json_name(attribute))
            overrides[attribute.name] = override(rename=_json_name(attribute))
    base = _make_dict_structure_fn(cls, converter, _cattrs_forbid_extra_keys=False, **overrides)
    known_keys = frozenset(known)
    folded = _case_folding(known)
    expected = f"an object ({cls.__name__})"

    def structure(data: Any, _: Any) -> Any:
        if type(data) is not dict and not isinstance(data, Mapping):
            raise _WrongShape(expected, data)
        if folded and not known_keys.issuperset(data):
            data = _fold_keys(data, known_keys, folded)
        instance = base(data, cls)
        if extras_field is not None and not known_keys.issuperset(data):
            extras = {key: value for key, value in data.items() if key not in known_keys}
            setattr(instance, extras_field, extras)
        return instance

    return structure


def _case_folding(known: set[str]) -> dict[str, str]:
    """Lower-cased JSON name → JSON name, for names that stay unique when lower-cased."""
    lowered: dict[str, list[str]] = {}
    for name in known:
        lowered.setdefault(name.lower(), []).append(name)
    return {low: names[0] for low, names in lowered.items() if len(names) == 1}


def _fold_keys(
    data: Mapping[Any, Any], known: frozenset[str], folded: Mapping[str, str]
) -> Mapping[Any, Any]:
    """``data`` with keys that differ from a missing known name only in case renamed to it.

    Platforms are not always consistent about casing (``Items`` here, ``items`` there);
    an exact match always wins, and keys that fit no name are left for
    ``additional_properties``.
    """
    renamed: dict[Any, Any] | None = None
    for key in data:
        if key in known or not isinstance(key, str):
            continue
        target = folded.get(key.lower())
        if target is None:
            continue
        current = data if renamed is None else renamed
        if target in current:
            continue
        if renamed is None:
            renamed = dict(data)
        renamed[target] = renamed.pop(key)
    return data if renamed is None else renamed


def _make_unstructure_hook(cls: type[Any], converter: cattrs.Converter) -> Callable[[Any], dict[str, Any]]:
    extras_field: str | None = None
    overrides = {}
    named: set[str] = set()
    for attribute in attrs.fields(cls):
        if attribute.metadata.get(ADDITIONAL_PROPERTIES):
            extras_field = attribute.name
            overrides[attribute.name] = override(omit=True)
        else:
            named.add(_json_name(attribute))
            overrides[attribute.name] = override(
                rename=_json_name(attribute), omit_if_default=attribute.default is None
            )
    base = _make_dict_unstructure_fn(cls, converter, **overrides)
    if extras_field is None:
        return base
    sink = extras_field

    def unstructure(instance: Any) -> dict[str, Any]:
        data = base(instance)
        extras: Mapping[str, Any] = getattr(instance, sink)
        for key, value in extras.items():
            if key in named:
                raise ValidationError(sink, f"must not repeat the named field {key!r}")
            data[key] = converter.unstructure(value)
        return data

    return unstructure


def _unstructure_enum(value: Any) -> Any:
    return value._value_ if isinstance(value, Enum) else value


def _is_enum(type_: Any) -> bool:
    return isinstance(type_, type) and issubclass(type_, Enum)


def _is_list(type_: Any) -> bool:
    return type_ is list or typing.get_origin(type_) is list


def _make_list_hook(type_: Any, converter: cattrs.Converter) -> Callable[[Any, Any], list[Any]]:
    """Lists: refuse a string or an object where a list belongs (cattrs would iterate it)."""
    args = typing.get_args(type_)
    item_type = args[0] if args else Any
    item_hook = converter.get_structure_hook(item_type)

    def structure(value: Any, _: Any) -> list[Any]:
        if not isinstance(value, list):
            raise _WrongShape("a list", value)
        return [item_hook(item, item_type) for item in value]

    def structure_detailed(value: Any, _: Any) -> list[Any]:
        if not isinstance(value, list):
            raise _WrongShape("a list", value)
        result: list[Any] = []
        errors: list[Exception] = []
        for index, item in enumerate(value):
            try:
                result.append(item_hook(item, item_type))
            except Exception as error:
                error.__notes__ = [*getattr(error, "__notes__", []), _item_note(index, item_type)]
                errors.append(error)
        if errors:
            raise IterableValidationError("While structuring a list", errors, type_)
        return result

    return structure_detailed if converter.detailed_validation else structure


def _item_note(index: int, item_type: Any) -> IterableValidationNote:
    return IterableValidationNote(f"Structuring list @ index {index}", index, item_type)


def _build_converter(*, detailed: bool) -> cattrs.Converter:
    """The converter; ``detailed`` builds the slower twin that reports every misfit with its path."""
    converter = cattrs.Converter(detailed_validation=detailed)
    converter.register_structure_hook(str, _structure_str)
    converter.register_structure_hook(int, _structure_int)
    converter.register_structure_hook(float, _structure_float)
    converter.register_structure_hook(bool, _structure_bool)
    # Registered on the class, so it wins over ``str`` in an OpenStrEnum's MRO.
    converter.register_structure_hook(OpenStrEnum, _structure_enum)
    converter.register_structure_hook_func(_is_enum, _structure_enum)
    converter.register_structure_hook_factory(_is_primitive_union, _make_primitive_union_hook)
    converter.register_structure_hook_factory(_is_list, lambda t: _make_list_hook(t, converter))
    converter.register_structure_hook_factory(attrs.has, lambda cls: _make_structure_hook(cls, converter))
    converter.register_unstructure_hook(OpenStrEnum, _unstructure_enum)
    converter.register_unstructure_hook_func(_is_enum, _unstructure_enum)
    converter.register_unstructure_hook_factory(attrs.has, lambda cls: _make_unstructure_hook(cls, converter))
    return converter


_CONVERTER = _build_converter(detailed=False)
_DETAILED_CONVERTER = _build_converter(detailed=True)


def merge_extras(data: dict[str, Any], additional: Mapping[str, Any]) -> None:
    """Add a request model's ``additional_properties`` to its encoded fields (no name twice)."""
    for key, value in additional.items():
        if key in data:
            raise ValidationError(ADDITIONAL_PROPERTIES, f"must not repeat the named field {key!r}")
        data[key] = _CONVERTER.unstructure(value)


def to_json_value(value: Any) -> Any:
    """Any value as JSON values (models and enums inside included)."""
    return _CONVERTER.unstructure(value)


def to_wire(model: Any) -> dict[str, Any]:
    """The JSON-ready dict of a generated model: JSON names, no ``None`` optionals, enum values.

    Raises ``TypeError`` for anything but an attrs model instance.
    """
    encoder = _ENCODERS.get(type(model))
    if encoder is not None:
        return encoder(model)
    if not attrs.has(type(model)):
        raise TypeError(f"to_wire() needs a generated model instance, got {type(model).__name__}")
    data: dict[str, Any] = _CONVERTER.unstructure(model)
    return data


def from_wire(cls: type[T], data: Any) -> T:
    """A ``cls`` built from decoded JSON ``data``, tolerant of unknown keys and enum values.

    Raises :class:`ResponseShapeError` when ``data`` does not fit ``cls``.
    """
    decoder = _DECODERS.get(cls)
    if decoder is not None:
        try:
            decoded: T = decoder(data)
        except Unusual:
            pass
        else:
            return decoded
    with lenient():
        try:
            return _CONVERTER.structure(data, cls)
        except StructureHandlerNotFoundError:
            raise  # a model cattrs cannot handle: a bug, not a bad response
        except Exception:  # any misfit becomes one documented error
            pass
        # The fast converter stops at the first misfit; the detailed one names them all.
        try:
            _DETAILED_CONVERTER.structure(data, cls)
        except Exception as error:
            problems = tuple(_problems(error, ""))
        else:  # pragma: no cover - both converters share their hooks' rules
            problems = ("(body): does not fit",)
    raise ResponseShapeError(cls.__name__, problems)


def _join(path: str, name: str) -> str:
    return f"{path}.{name}" if path else name


def _problems(error: BaseException, path: str) -> Iterator[str]:
    """Flatten cattrs' exception groups into ``"<json path>: <reason>"`` lines."""
    if isinstance(error, ClassValidationError):
        with_notes, without = error.group_exceptions()
        fields = attrs.fields_dict(error.cl) if attrs.has(error.cl) else {}
        for inner, note in with_notes:
            attribute = fields.get(note.name)
            name = _json_name(attribute) if attribute is not None else note.name
            yield from _problems(inner, _join(path, name))
        for inner in without:
            yield from _problems(inner, path)
    elif isinstance(error, IterableValidationError):
        with_notes_i, without_i = error.group_exceptions()
        for inner, note_i in with_notes_i:
            index = note_i.index
            yield from _problems(
                inner, f"{path}[{index!r}]" if isinstance(index, str) else f"{path}[{index}]"
            )
        for inner in without_i:
            yield from _problems(inner, path)
    elif isinstance(error, KeyError):
        yield f"{path or '(body)'}: required field missing"
    elif isinstance(error, _WrongShape):
        yield f"{path or '(body)'}: {error}"
    else:
        yield f"{path or '(body)'}: invalid value ({type(error).__name__})"
