"""Every operation of each spec has a route in the platform's bundled fake."""

from __future__ import annotations

import re
from types import ModuleType

import pytest

from gameplatform.fargames import _operations as fargames_operations
from gameplatform.playdapp import _operations as playdapp_operations
from gameplatform.playnanoo import _operations as playnanoo_operations
from gameplatform.stove import _operations as stove_operations
from gameplatform.testing import FakeServer
from gameplatform.testing.fargames import FarGamesFake
from gameplatform.testing.playdapp import PlaydappFake
from gameplatform.testing.playnanoo import PlayNanooFake
from gameplatform.testing.stove import StoveFake

PLATFORMS: list[tuple[ModuleType, FakeServer]] = [
    (fargames_operations, FarGamesFake(agent_id=1, api_token="t")),
    (playdapp_operations, PlaydappFake()),
    (stove_operations, StoveFake()),
    (playnanoo_operations, PlayNanooFake()),
]


def _sample_path(template: str) -> str:
    """The path with every ``{parameter}`` given a plausible value."""
    return (
        re.sub(r"\{[^}]+\}", "GAME_1", template)
        if "game_id" in template
        else re.sub(r"\{[^}]+\}", "1", template)
    )


@pytest.mark.parametrize(("operations", "fake"), PLATFORMS, ids=[ops.PLATFORM for ops, _ in PLATFORMS])
def test_every_spec_operation_has_a_fake_route(operations: ModuleType, fake: FakeServer) -> None:
    missing = [
        f"{operation.method} {operation.path} ({operation.operation_id})"
        for operation in operations.OPERATIONS
        if not fake.serves(operation.method, _sample_path(operation.path))
    ]
    assert not missing, f"the bundled {operations.PLATFORM} fake has no route for: {', '.join(missing)}"


@pytest.mark.parametrize(("operations", "fake"), PLATFORMS, ids=[ops.PLATFORM for ops, _ in PLATFORMS])
def test_a_path_no_operation_has_is_not_served(operations: ModuleType, fake: FakeServer) -> None:
    assert not fake.serves("GET", "/no/such/operation")
