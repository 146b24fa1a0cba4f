"""Several processes share one player's tokens through a real redis-server: one refresh, all succeed."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import redis
from playnanoo_support import DEVICE, WAIT

from gameplatform.playnanoo import PlayNanooClient
from gameplatform.testing.playnanoo import PlayNanooFake
from gameplatform.tokens import RedisTokenStore

WORKER = Path(__file__).with_name("playnanoo_worker.py")
PROCESSES = 4
LOAD = "/storage/v20221001/load"


def test_processes_sharing_redis_refresh_an_expired_player_once(
    fake: PlayNanooFake, redis_url: str, redis_client: redis.Redis
) -> None:
    store = RedisTokenStore(redis_client)
    with PlayNanooClient(
        game_id=fake.game_id, service_key=fake.service_key, base_url=fake.url, token_store=store
    ) as client:
        player = client.player("hero", device=DEVICE)
        player.guest_sign_in(linked_id="device-hero")
        player.storage_save(storage_key="progress", storage_value="level-7")
        signed_in = client.get_tokens("hero")
    assert signed_in is not None
    fake.expire_access_tokens()
    fake.pause_refresh()  # answered only once every process got its 401

    children = [
        subprocess.Popen(
            [sys.executable, str(WORKER), fake.url, fake.game_id, fake.service_key, redis_url, "hero", "mp"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(PROCESSES)
    ]
    try:
        for _ in range(PROCESSES):
            assert redis_client.blpop(["mp:ready"], timeout=WAIT) is not None
        redis_client.rpush("mp:go", *range(PROCESSES))
        assert fake.wait_until(lambda: fake.count(LOAD, status=401) == PROCESSES, timeout=WAIT)
        assert fake.wait_until(lambda: fake.refresh_calls == 1, timeout=WAIT)
        fake.resume_refresh()
        outputs = []
        for child in children:
            stdout, stderr = child.communicate(timeout=WAIT)
            assert child.returncode == 0, stderr
            outputs.append(json.loads(stdout))
    finally:
        fake.resume_refresh()
        for child in children:
            if child.poll() is None:
                child.kill()
                child.wait()

    assert outputs == [{"value": "level-7"}] * PROCESSES
    assert fake.refresh_calls == 1
    with PlayNanooClient(
        game_id=fake.game_id, service_key=fake.service_key, base_url=fake.url, token_store=store
    ) as client:
        stored = client.get_tokens("hero")
    assert stored is not None and stored.refresh_token != signed_in.refresh_token
    assert fake.live_refresh_tokens(stored.extra["user_unique_id"]) == [stored.refresh_token]
