"""Fixtures for the PlayNANOO tests: a fake on loopback, a client on it, a signed-in player."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from playnanoo_support import DEVICE, ManualClock, RecordingSleep

from gameplatform.playnanoo import PlayNanooClient, PlayNanooPlayer
from gameplatform.testing.playnanoo import PlayNanooFake


@pytest.fixture
def fake() -> Iterator[PlayNanooFake]:
    with PlayNanooFake(clock=ManualClock()) as server:
        yield server


@pytest.fixture
def sleeps() -> RecordingSleep:
    return RecordingSleep()


@pytest.fixture
def client(fake: PlayNanooFake, sleeps: RecordingSleep) -> Iterator[PlayNanooClient]:
    with PlayNanooClient(
        game_id=fake.game_id, service_key=fake.service_key, base_url=fake.url, sleep=sleeps
    ) as made:
        yield made


@pytest.fixture
def player(client: PlayNanooClient) -> PlayNanooPlayer:
    """A guest signed in under the key ``"user-1"``."""
    handle = client.player("user-1", device=DEVICE)
    handle.guest_sign_in(linked_id="device-1")
    return handle
