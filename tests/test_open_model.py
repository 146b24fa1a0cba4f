"""Response models whose answer had no unknown keys create ``additional_properties`` on first use.

The generated decoders leave the attribute unset (one allocation less per decoded object);
``_serde.OpenModel`` makes that invisible: every way a user or a library reads the model
sees an empty dict of its own, and writes stick.
"""

from __future__ import annotations

import copy
import os
import pickle
import subprocess
import sys
from pathlib import Path

import attrs
import pytest

from gameplatform import _serde
from gameplatform.fargames import Game, GameList
from gameplatform.playnanoo import _models as playnanoo_models

ROOT = Path(__file__).resolve().parents[1]
GAME = {
    "id": 7,
    "title": "Seven",
    "brand": "Mega",
    "image_url": "https://cdn.example.com/7.jpg",
    "demo": True,
}


def _decoded() -> Game:
    return _serde.from_wire(Game, dict(GAME))


def test_the_fast_decoder_leaves_the_attribute_unset() -> None:
    game = _decoded()
    with pytest.raises(AttributeError):
        object.__getattribute__(game, "additional_properties")  # what the optimisation is
    assert game.additional_properties == {}


def test_each_object_gets_its_own_dict_and_writes_stick() -> None:
    first, second = _decoded(), _decoded()
    first.additional_properties["seen"] = 1
    assert first.additional_properties == {"seen": 1}
    assert second.additional_properties == {}
    assert first.additional_properties is first.additional_properties


def test_unknown_keys_are_still_kept() -> None:
    game = _serde.from_wire(Game, {**GAME, "provider": "Acme"})
    assert game.additional_properties == {"provider": "Acme"}


def test_equality_repr_copy_pickle_and_unstructuring_see_an_empty_dict() -> None:
    built = Game(id=7, title="Seven", brand="Mega", image_url="https://cdn.example.com/7.jpg", demo=True)
    assert _decoded() == built
    assert built == _decoded()
    assert repr(_decoded()) == repr(built)
    assert copy.copy(_decoded()) == built
    assert copy.deepcopy(_decoded()) == built
    assert pickle.loads(pickle.dumps(_decoded())) == built
    assert attrs.asdict(_decoded()) == attrs.asdict(built)
    assert attrs.evolve(_decoded(), title="Eight").additional_properties == {}
    assert _serde.to_json_value(_decoded()) == GAME


def test_nested_and_listed_models_behave_the_same() -> None:
    listed = _serde.from_wire(GameList, {"games": [GAME, GAME], "total": 2})
    assert listed.additional_properties == {}
    assert [game.additional_properties for game in listed.games] == [{}, {}]
    assert listed.games[0] == listed.games[1]


def test_other_missing_attributes_raise_as_usual() -> None:
    game = _decoded()
    with pytest.raises(AttributeError, match="'Game' object has no attribute 'titel'") as raised:
        game.titel  # type: ignore[attr-defined]  # noqa: B018
    assert raised.value.name == "titel"
    assert raised.value.obj is game
    assert not hasattr(game, "additional")


def test_every_open_response_model_is_an_open_model() -> None:
    for name in playnanoo_models.__all__:
        model = getattr(playnanoo_models, name)
        if not attrs.has(model):
            continue
        keeps_extras = any(field.name == "additional_properties" for field in attrs.fields(model))
        if keeps_extras and not name.endswith(("Request", "Params")):
            assert issubclass(model, _serde.OpenModel), name


def test_mypy_still_refuses_unknown_attributes(tmp_path: Path) -> None:
    # The base's __getattr__ is hidden from type checkers: a typo stays a type error.
    source = tmp_path / "typo.py"
    source.write_text(
        "from gameplatform.fargames import Game\n\n\ndef title(game: Game) -> str:\n    return game.titel\n",
        encoding="utf-8",
    )
    run = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--config-file", str(ROOT / "pyproject.toml"), "typo.py"],
        capture_output=True,
        text=True,
        env={**os.environ, "MYPYPATH": str(ROOT / "src")},
        cwd=tmp_path,
        timeout=300,
        check=False,
    )
    assert run.returncode == 1, run.stdout + run.stderr
    assert '"Game" has no attribute "titel"' in run.stdout, run.stdout
