"""pytest fixtures for testing your app against the bundled fakes (loaded automatically).

Registered through the ``pytest11`` entry point ``gameplatform``: installing the SDK makes
these fixtures available in every test, with no conftest::

    from gameplatform.fargames import FarGamesClient

    def test_lobby(fargames_fake):
        client = FarGamesClient(**fargames_fake.client_settings())
        assert client.list_games().total > 0
        fargames_fake.fail_next("game_not_available")

Each fixture is a fake serving real HTTP on 127.0.0.1 for one test, stopped after it:
``fargames_fake``, ``playdapp_fake``, ``stove_fake``, ``playnanoo_fake``.
``gameplatform_settings`` is a ``GAMEPLATFORM`` settings dict pointing every platform at
those fakes (``TOKEN_STORE: "memory"``), for Django's ``override_settings`` or a Flask
app's config. Disable the plugin with ``-p no:gameplatform``.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from gameplatform.testing.fargames import FarGamesFake
    from gameplatform.testing.playdapp import PlaydappFake
    from gameplatform.testing.playnanoo import PlayNanooFake
    from gameplatform.testing.stove import StoveFake

__all__ = [
    "FAKE_AGENT_ID",
    "FAKE_API_TOKEN",
    "fargames_fake",
    "gameplatform_settings",
    "playdapp_fake",
    "playnanoo_fake",
    "stove_fake",
]

FAKE_AGENT_ID = 1
"""The agent id of ``fargames_fake`` (read it from ``client_settings()``)."""
FAKE_API_TOKEN = "fake-fargames-api-token"
"""The API token of ``fargames_fake`` (read it from ``client_settings()``)."""


@pytest.fixture
def fargames_fake() -> Iterator[FarGamesFake]:
    """A running :class:`~gameplatform.testing.FarGamesFake` (agent 1) for one test."""
    from gameplatform.testing.fargames import FarGamesFake

    with FarGamesFake(agent_id=FAKE_AGENT_ID, api_token=FAKE_API_TOKEN) as fake:
        yield fake


@pytest.fixture
def playdapp_fake() -> Iterator[PlaydappFake]:
    """A running :class:`~gameplatform.testing.PlaydappFake` for one test."""
    from gameplatform.testing.playdapp import PlaydappFake

    with PlaydappFake() as fake:
        yield fake


@pytest.fixture
def stove_fake() -> Iterator[StoveFake]:
    """A running :class:`~gameplatform.testing.StoveFake` for one test.

    ``client_settings()`` registers a default API client when the test has not added one.
    """
    from gameplatform.testing.stove import StoveFake

    with StoveFake() as fake:
        yield fake


@pytest.fixture
def playnanoo_fake() -> Iterator[PlayNanooFake]:
    """A running :class:`~gameplatform.testing.PlayNanooFake` for one test."""
    from gameplatform.testing.playnanoo import PlayNanooFake

    with PlayNanooFake() as fake:
        yield fake


@pytest.fixture
def gameplatform_settings(
    fargames_fake: FarGamesFake,
    playdapp_fake: PlaydappFake,
    stove_fake: StoveFake,
    playnanoo_fake: PlayNanooFake,
) -> dict[str, Any]:
    """A ``GAMEPLATFORM`` settings dict with every platform pointed at this test's fakes."""
    return {
        "FARGAMES": fargames_fake.client_settings(),
        "PLAYDAPP": dict(playdapp_fake.client_settings()),
        "STOVE": stove_fake.client_settings(),
        "PLAYNANOO": playnanoo_fake.client_settings(),
        "TOKEN_STORE": "memory",
    }
