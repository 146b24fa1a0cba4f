"""How a keyword argument of a generated method becomes a field value of a request model.

An :class:`Argument` says where one keyword goes and how it is turned into the model's
field value: as given (the common case), through one of the parameter encodings
(:class:`BoolText`, :class:`Joined`, :class:`MapEntries`, :class:`JsonText`), or coerced
from a mapping into a nested request model. :func:`encode_argument` does that for one value
and :func:`construct` builds a model, keeping the field path in a ``ValidationError``;
:func:`gameplatform._operation.build_call` uses both. Re-exported by
:mod:`gameplatform._operation`, where generated modules find the classes.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import Any

import attrs

from gameplatform._serde import to_wire
from gameplatform._validation import Rule
from gameplatform.errors import ValidationError

__all__ = [
    "Argument",
    "BoolText",
    "Encoding",
    "Joined",
    "JsonText",
    "MapEntries",
    "construct",
    "encode_argument",
]


@attrs.frozen
class BoolText:
    """A bool argument sent as text (``True`` → ``"on"``)."""

    true: str
    false: str


@attrs.frozen
class Joined:
    """A list argument sent as one string, its items joined by ``separator`` (which no item may hold)."""

    separator: str


@attrs.frozen
class MapEntries:
    """A mapping argument sent as a list of ``{key: k, value: v}`` objects of ``model``."""

    model: type[Any]
    key: str
    value: str


@attrs.frozen
class JsonText:
    """A model argument (or a mapping of its fields) sent as its JSON text in a string field."""

    model: type[Any]


Encoding = BoolText | Joined | MapEntries | JsonText
"""How an argument that is not sent as given is turned into its field value."""


@attrs.frozen
class Argument:
    """One keyword argument of a generated method and where it goes."""

    name: str
    """The keyword (also the field name on the target model)."""
    into: str
    """``"body"``, ``"params"``, the name of a :class:`Content` (a JSON document in a string field),
    or ``"options"``: not sent, but handed to the client's flow (``Call.options``)."""
    model: type[Any] | None = None
    """A request model the argument may also be given as a mapping of (coerced into)."""
    many: bool = False
    """Whether the argument is a list (of ``model``, when set)."""
    encoding: Encoding | None = None
    """How the value is turned into the model's field value."""
    rule: Rule | None = None
    """A rule for each item of a :class:`Joined` list (the joined text has its own), or an option's rule."""
    field: str | None = None
    """The field on the target model, when it is not ``name`` (``extra_fields`` fills
    ``additional_properties``: undocumented fields sent as given)."""
    plain: bool = attrs.field(init=False, eq=False, repr=False)
    """Taken as given: no encoding, coercion or renaming (the common case, kept cheap)."""

    def __attrs_post_init__(self) -> None:
        plain = self.encoding is None and self.model is None and not self.many and self.field is None
        object.__setattr__(self, "plain", plain and self.into in ("body", "params"))


def construct(model: type[Any], kwargs: Mapping[str, Any], *, prefix: str) -> Any:
    """``model(**kwargs)`` (``None`` values are never put in); errors keep their field path."""
    try:
        return model(**kwargs)
    except ValidationError as error:
        if prefix:
            raise ValidationError(f"{prefix}.{error.field}", error.reason) from None
        raise


def encode_argument(argument: Argument, value: Any) -> Any:
    """The field value for one given (not ``None``) argument: encoded, coerced or checked as a list."""
    encoding = argument.encoding
    name = argument.name
    if isinstance(encoding, BoolText):
        if not isinstance(value, bool):
            raise ValidationError(name, "must be True or False")
        return encoding.true if value else encoding.false
    if isinstance(encoding, Joined):
        items = _sequence(name, value)
        for index, item in enumerate(items):
            label = f"{name}[{index}]"
            if argument.rule is not None:
                argument.rule.check(label, item)
            if isinstance(item, str) and encoding.separator in item:
                raise ValidationError(label, f"must not contain {encoding.separator!r}")
        return encoding.separator.join(items)
    if isinstance(encoding, MapEntries):
        if not isinstance(value, Mapping):
            raise ValidationError(name, f"must be a mapping of {encoding.key} to {encoding.value}")
        return [
            construct(
                encoding.model,
                {k: v for k, v in ((encoding.key, key), (encoding.value, item)) if v is not None},
                prefix=f"{name}[{index}]",
            )
            for index, (key, item) in enumerate(value.items())
        ]
    if isinstance(encoding, JsonText):
        document = _coerce(encoding.model, value, name)
        return json.dumps(to_wire(document), ensure_ascii=False, separators=(",", ":"))
    if argument.field == "additional_properties":
        if not isinstance(value, Mapping):
            raise ValidationError(name, "must be a mapping of JSON field names to values")
        return dict(value)
    if argument.model is not None:
        if argument.many:
            return [
                _coerce(argument.model, item, f"{name}[{index}]")
                for index, item in enumerate(_sequence(name, value))
            ]
        return _coerce(argument.model, value, name)
    if argument.many:
        return list(_sequence(name, value))
    return value


def _sequence(name: str, value: Any) -> Sequence[Any]:
    if isinstance(value, str | bytes | Mapping) or not isinstance(value, Sequence):
        raise ValidationError(name, "must be a list")
    return value


def _coerce(model: type[Any], value: Any, label: str) -> Any:
    """A request model from itself or from a mapping of its field names (checked like the model)."""
    if isinstance(value, model):
        return value
    if not isinstance(value, Mapping):
        raise ValidationError(label, f"must be a {model.__name__} or a mapping")
    known = {field.name for field in attrs.fields(model)}
    unknown = [str(key) for key in value if key not in known]
    if unknown:
        raise ValidationError(label, f"unknown keys {sorted(unknown)} (known: {', '.join(sorted(known))})")
    try:
        return model(**value)
    except ValidationError as error:
        raise ValidationError(f"{label}.{error.field}", error.reason) from None
    except TypeError as error:  # a required field is missing
        missing = str(error).rpartition(":")[2].strip() or "required fields"
        raise ValidationError(label, f"needs {missing}") from None
