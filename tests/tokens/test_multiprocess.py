"""Single flight across processes: four processes on one real redis-server, all cold."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import redis
from tokens_testkit import WAIT, make_token

from gameplatform.tokens import PlayerTokens, RedisTokenStore

WORKER = Path(__file__).with_name("token_worker.py")
PROCESSES = 4


def run_processes(*arguments: str) -> list[dict[str, str | None]]:
    children = [
        subprocess.Popen(
            [sys.executable, str(WORKER), *arguments],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(PROCESSES)
    ]
    outputs = []
    try:
        for child in children:
            stdout, stderr = child.communicate(timeout=3 * WAIT)
            assert child.returncode == 0, stderr
            outputs.append(json.loads(stdout))
    finally:
        for child in children:
            if child.poll() is None:
                child.kill()
                child.wait()
    return outputs


def test_four_cold_processes_fetch_the_server_token_once(redis_url: str, redis_client: redis.Redis) -> None:
    outputs = run_processes("server-token", redis_url, "mp:", str(PROCESSES))
    assert int(redis_client.get("mp:fetches") or 0) == 1
    assert len({output["access_token"] for output in outputs}) == 1
    stored = RedisTokenStore(redis_client, prefix="mp:").get("stove:server")
    assert stored is not None
    assert stored.access_token == outputs[0]["access_token"]


def test_four_processes_refresh_one_player_once(redis_url: str, redis_client: redis.Redis) -> None:
    store = RedisTokenStore(redis_client, prefix="mp:")
    signed_in = make_token("signin", issued_at=1000.0)
    PlayerTokens(store=store).put("p1", signed_in)
    outputs = run_processes("player-refresh", redis_url, "mp:", str(PROCESSES), signed_in.to_json())
    assert int(redis_client.get("mp:refreshes") or 0) == 1
    assert len({output["access_token"] for output in outputs}) == 1
    stored = PlayerTokens(store=store).get("p1")
    assert stored is not None
    assert stored.refresh_token == outputs[0]["refresh_token"]
    assert stored.refresh_token != signed_in.refresh_token
