"""A rotating leaderboard table needs its rotation fields: refused before any I/O without them."""

from __future__ import annotations

import pytest

from gameplatform.errors import ValidationError
from gameplatform.playnanoo import DeviceInfo, PlayNanooClient
from gameplatform.testing.playnanoo import PlayNanooFake

ROTATION = {
    "rotation_timeoffset": 0,
    "rotation_date": "2024-03-01",
    "rotation_time": "00:00:00",
    "rotation_period": 7,
}


@pytest.mark.parametrize("missing", sorted(ROTATION))
def test_rotation_fields_are_required_with_rotation(missing: str) -> None:
    with PlayNanooFake() as fake:
        client = PlayNanooClient(**fake.client_settings())
        player = client.player("p", device=DeviceInfo(device_id="d", platform="aos"))
        player.guest_sign_in(linked_id="d")
        before = len(fake.requests)
        fields = {name: value for name, value in ROTATION.items() if name != missing}
        with pytest.raises(ValidationError) as caught:
            player.leaderboard_table_create(
                name="weekly",
                rotation="rotation",
                record_type="highscore",
                record_sort_type="desc",
                record_priority=True,
                **fields,
            )
        assert caught.value.field == missing
        assert "rotation" in caught.value.reason
        assert len(fake.requests) == before
        created = player.leaderboard_table_create(
            name="forever",
            rotation="never",
            record_type="highscore",
            record_sort_type="desc",
            record_priority=True,
        )
        assert created.table_id
