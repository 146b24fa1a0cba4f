"""Local fakes of the platforms, serving real HTTP on 127.0.0.1, for your own tests.

Each fake checks requests the way its platform does (signatures, timestamps,
nonces, tokens) and can be told to fail in the platform's documented ways::

    from gameplatform.testing import FarGamesFake

    with FarGamesFake(agent_id=1, api_token="t") as fake:
        client = FarGamesClient(base_url=fake.url, agent_id=1, api_token="t")

The fakes are imported on first use, so importing this package stays cheap.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from gameplatform.testing._server import FakeRequest, FakeResponse, FakeServer, Fault, json_response

if TYPE_CHECKING:
    from gameplatform.testing.fargames import FarGamesFake
    from gameplatform.testing.playdapp import PlaydappFake
    from gameplatform.testing.playnanoo import PlayNanooFake
    from gameplatform.testing.stove import StoveFake

__all__ = [
    "FakeRequest",
    "FakeResponse",
    "FakeServer",
    "FarGamesFake",
    "Fault",
    "PlayNanooFake",
    "PlaydappFake",
    "StoveFake",
    "json_response",
]

_LAZY = {
    "FarGamesFake": "gameplatform.testing.fargames",
    "PlaydappFake": "gameplatform.testing.playdapp",
    "PlayNanooFake": "gameplatform.testing.playnanoo",
    "StoveFake": "gameplatform.testing.stove",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'gameplatform.testing' has no attribute {name!r}")
    return getattr(importlib.import_module(module), name)
