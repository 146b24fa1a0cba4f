"""The generated straight-line decoders and encoders mean exactly what the tolerant converter means.

For every model of the four platforms, sample answers (full, sparse, with unknown keys, with
keys in another case, with numbers sent as text, with unknown enum values, broken) are
decoded both ways: the fast result, when the fast path takes the value at all, equals the
converter's; what the fast path hands over gives the converter's result or its error.
"""

from __future__ import annotations

import enum
import random
import types
import typing
from collections.abc import Iterator
from typing import Any

import attrs
import pytest

from gameplatform import _serde
from gameplatform.fargames import _models as fargames_models
from gameplatform.playdapp import _models as playdapp_models
from gameplatform.playnanoo import _models as playnanoo_models
from gameplatform.stove import _models as stove_models

MODULES = [fargames_models, playdapp_models, stove_models, playnanoo_models]
MODELS = [
    getattr(module, name) for module in MODULES for name in module.__all__ if attrs.has(getattr(module, name))
]


def _json_name(field: attrs.Attribute[Any]) -> str:
    return str(field.metadata.get("json", field.name))


def _sample(type_: Any, rng: random.Random, depth: int = 0) -> Any:
    origin = typing.get_origin(type_)
    if origin in (typing.Union, types.UnionType):
        options = [arg for arg in typing.get_args(type_) if arg is not type(None)]
        return _sample(rng.choice(options), rng, depth)
    if origin is list:
        (item,) = typing.get_args(type_) or (Any,)
        return [_sample(item, rng, depth + 1) for _ in range(rng.randint(0, 3 if depth < 3 else 0))]
    if origin is dict:
        return {"k": rng.randint(0, 9)}
    if type_ is str:
        return rng.choice(["", "a", "Ünïcode ✓", "12"])
    if type_ is int:
        return rng.randint(-5, 10**12)
    if type_ is float:
        return rng.choice([1.5, 0.0, 7])
    if type_ is bool:
        return rng.random() < 0.5
    if isinstance(type_, type) and issubclass(type_, enum.Enum):
        values = [member.value for member in type_]
        return rng.choice([*values, "brand-new-value"])
    if attrs.has(type_):
        return _document(type_, rng, depth + 1)
    return rng.choice([1, "x", None, {"a": [1]}])


def _document(cls: type[Any], rng: random.Random, depth: int = 0) -> dict[str, Any]:
    hints = typing.get_type_hints(cls)
    document: dict[str, Any] = {}
    for field in attrs.fields(cls):
        if field.name == "additional_properties":
            continue
        required = field.default is attrs.NOTHING
        if required or rng.random() < 0.7:
            document[_json_name(field)] = _sample(hints[field.name], rng, depth)
    return document


def _variants(cls: type[Any], seed: int) -> Iterator[Any]:
    rng = random.Random(seed)
    for _ in range(6):
        document = _document(cls, rng)
        yield document
        yield {**document, "unknownExtra": {"nested": [1, 2]}}
        if document:
            key = rng.choice(list(document))
            yield {(k.swapcase() if k == key else k): v for k, v in document.items()}
            yield {
                k: (str(v) if isinstance(v, int) and not isinstance(v, bool) else v)
                for k, v in document.items()
            }
            yield {k: v for k, v in document.items() if k != key}
            yield {**document, key: ["wrong", "type"]}
    yield []
    yield "text"
    yield None


def _slow(cls: type[Any], data: Any) -> Any:
    decoder = _serde._DECODERS.pop(cls)
    try:
        return _serde.from_wire(cls, data)
    finally:
        _serde._DECODERS[cls] = decoder


@pytest.mark.parametrize("cls", MODELS, ids=lambda cls: f"{cls.__module__.split('.')[1]}.{cls.__name__}")
def test_fast_decoders_agree_with_the_converter(cls: type[Any]) -> None:
    assert cls in _serde._DECODERS
    fast = _serde._DECODERS[cls]
    for data in _variants(cls, seed=hash(cls.__name__) % 1000):
        try:
            expected: Any = _slow(cls, data)
        except _serde.ResponseShapeError as error:
            expected = error
        try:
            quick = fast(data)
        except _serde.Unusual:
            quick = None  # handed to the converter: from_wire gives exactly `expected`
        if quick is not None:
            assert not isinstance(expected, Exception), (data, expected)
            assert quick == expected, data
            assert type(quick) is type(expected)
        try:
            through = _serde.from_wire(cls, data)
        except _serde.ResponseShapeError as error:
            assert isinstance(expected, _serde.ResponseShapeError) and error.problems == expected.problems
        else:
            assert through == expected


REQUESTS = [cls for cls in MODELS if cls in _serde._ENCODERS]


def test_every_request_model_has_an_encoder() -> None:
    assert len(REQUESTS) > 40


def _slow_wire(model: Any) -> dict[str, Any]:
    encoder = _serde._ENCODERS.pop(type(model))
    try:
        return _serde.to_wire(model)
    finally:
        _serde._ENCODERS[type(model)] = encoder


@pytest.mark.parametrize("cls", REQUESTS, ids=lambda cls: f"{cls.__module__.split('.')[1]}.{cls.__name__}")
def test_fast_encoders_agree_with_the_converter(cls: type[Any]) -> None:
    rng = random.Random(7)
    built = 0
    for _ in range(40):
        document = _document(cls, rng)
        try:
            model = _serde.from_wire(cls, document)
        except _serde.ResponseShapeError:
            continue
        built += 1
        assert _serde.to_wire(model) == _slow_wire(model)
    assert built or not attrs.fields(cls)
