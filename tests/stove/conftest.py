"""Fixtures of the STOVE tests: a hand-driven clock, a running fake, clients pointed at it."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from stove_support import CLIENT_ID, CLIENT_SECRET, SERVICE_ID, ManualClock

from gameplatform.stove import StoveClient
from gameplatform.testing.stove import StoveFake


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock()


@pytest.fixture
def fake(clock: ManualClock) -> Iterator[StoveFake]:
    with StoveFake(clock=clock) as server:
        server.add_client(client_id=CLIENT_ID, client_secret=CLIENT_SECRET, service_id=SERVICE_ID)
        yield server


@pytest.fixture
def make_client(fake: StoveFake, clock: ManualClock) -> Iterator[Callable[..., StoveClient]]:
    """Clients pointed at the fake, sharing its clock; closed after the test."""
    made: list[StoveClient] = []

    def make(**overrides: Any) -> StoveClient:
        settings: dict[str, Any] = {
            "client_id": CLIENT_ID,
            "client_secret": CLIENT_SECRET,
            "service_id": SERVICE_ID,
            "base_url": fake.url,
            "clock": clock,
        }
        settings.update(overrides)
        client = StoveClient(**settings)
        client._transport.sleep = lambda seconds: None
        made.append(client)
        return client

    yield make
    for client in made:
        client.close()


@pytest.fixture
def client(make_client: Callable[..., StoveClient]) -> StoveClient:
    return make_client()
