"""What the generated decoders and encoders stand on.

Each generated ``_models.py`` ends with straight-line decoders (and, for request models,
encoders) and registers them here: decoding then costs about what building the objects
costs, from the first call on (cattrs builds its hooks on first use). A decoder raises
:class:`Unusual` for anything it does not expect, and ``gameplatform._serde``'s tolerant
converter takes over.
"""

from __future__ import annotations

import typing
from collections.abc import Callable, Mapping
from typing import Any

__all__ = ["DECODERS", "ENCODERS", "OpenModel", "Unusual", "extras", "open_enum", "register_codecs"]


DECODERS: dict[type[Any], Callable[[Any], Any]] = {}
ENCODERS: dict[type[Any], Callable[[Any], dict[str, Any]]] = {}


class Unusual(Exception):
    """Raised by a generated decoder: this value needs the tolerant converter."""


class OpenModel:
    """Base of the response models that keep keys they do not name in ``additional_properties``.

    A generated decoder leaves that attribute unset when the answer had no such keys (the
    usual case), and it is created empty on first use: one dict less per decoded object
    halves the allocations the garbage collector counts when a catalogue of thousands of
    games is decoded. Reading, writing, comparing, printing and pickling are unchanged.
    """

    __slots__ = ()

    if not typing.TYPE_CHECKING:  # mypy must not read every unknown attribute as Any

        def __getattr__(self, name: str) -> Any:
            if name != "additional_properties":
                raise AttributeError(
                    f"{type(self).__name__!r} object has no attribute {name!r}", name=name, obj=self
                )
            object.__setattr__(self, name, {})
            return object.__getattribute__(self, name)


def register_codecs(
    *,
    decoders: Mapping[type[Any], Callable[[Any], Any]],
    encoders: Mapping[type[Any], Callable[[Any], dict[str, Any]]],
) -> None:
    """Called by each generated models module with its decoders and encoders."""
    DECODERS.update(decoders)
    ENCODERS.update(encoders)


def open_enum(enum_cls: type[Any], value: Any) -> Any:
    """A string enum member (or pseudo-member for a value the spec does not list); a JSON
    integer is read as its decimal text (codes documented as digits, sent as numbers)."""
    if type(value) is not str:
        if type(value) is not int:
            raise Unusual
        value = str(value)
    member = enum_cls._value2member_map_.get(value)
    return member if member is not None else enum_cls(value)


def extras(data: dict[str, Any], known: tuple[str, ...]) -> dict[str, Any]:
    """The keys of ``data`` a model does not name; a key naming one in another case is Unusual."""
    found = {key: value for key, value in data.items() if key not in known}
    folded = {name.lower() for name in known}
    if any(isinstance(key, str) and key.lower() in folded for key in found):
        raise Unusual
    return found
