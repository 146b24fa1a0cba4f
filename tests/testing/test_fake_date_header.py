"""Every bundled fake's ``Date`` header tells the time of the clock it was given."""

from __future__ import annotations

from collections.abc import Callable
from email.utils import parsedate_to_datetime

import pytest
import requests

from gameplatform.testing import FakeServer
from gameplatform.testing.fargames import FarGamesFake
from gameplatform.testing.playdapp import PlaydappFake
from gameplatform.testing.playnanoo import PlayNanooFake
from gameplatform.testing.stove import StoveFake

FIXED = 1_500_000_000.0  # 2017-07-14T02:40:00Z: far from the real time of any test run

FAKES: dict[str, Callable[[Callable[[], float]], FakeServer]] = {
    "fargames": lambda clock: FarGamesFake(agent_id=1, api_token="t", clock=clock),
    "playdapp": lambda clock: PlaydappFake(clock=clock),
    "stove": lambda clock: StoveFake(clock=clock),
    "playnanoo": lambda clock: PlayNanooFake(clock=clock),
}


@pytest.mark.parametrize("platform", sorted(FAKES))
def test_the_date_header_follows_the_fake_clock(platform: str) -> None:
    with FAKES[platform](lambda: FIXED) as fake:
        response = requests.get(fake.url + "/no/such/operation", timeout=5)
    assert parsedate_to_datetime(response.headers["Date"]).timestamp() == FIXED


def test_playnanoo_advances_move_the_date_header() -> None:
    with PlayNanooFake(clock=lambda: FIXED) as fake:
        fake.advance(3600)
        response = requests.get(fake.url + "/no/such/operation", timeout=5)
    assert parsedate_to_datetime(response.headers["Date"]).timestamp() == FIXED + 3600
