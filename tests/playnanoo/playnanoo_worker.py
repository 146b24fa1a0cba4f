"""One "game server process" for the cross-process refresh test (run as a script, never collected).

``python playnanoo_worker.py FAKE_URL GAME_ID SERVICE_KEY REDIS_URL PLAYER_KEY BARRIER``

It announces itself on the Redis list ``BARRIER:ready``, waits for its turn on
``BARRIER:go`` (so every process starts together), loads a value with the player's
tokens from the shared :class:`RedisTokenStore`, and prints the value as JSON.
"""

from __future__ import annotations

import json
import os
import sys

import redis

from gameplatform.playnanoo import DeviceInfo, DevicePlatform, PlayNanooClient
from gameplatform.tokens import RedisTokenStore

WAIT = 30


def main(fake_url: str, game_id: str, service_key: str, redis_url: str, player_key: str, barrier: str) -> int:
    connection = redis.Redis.from_url(redis_url, socket_timeout=5.0)
    device = DeviceInfo(
        device_id=f"worker-{os.getpid()}",
        platform=DevicePlatform.AOS,
        device_model="m",
        device_os="1",
        device_language="EN",
    )
    with PlayNanooClient(
        game_id=game_id,
        service_key=service_key,
        base_url=fake_url,
        token_store=RedisTokenStore(connection),
        sleep=lambda seconds: None,
    ) as client:
        connection.rpush(f"{barrier}:ready", os.getpid())
        if connection.blpop([f"{barrier}:go"], timeout=WAIT) is None:
            print(json.dumps({"error": "never told to go"}))
            return 2
        record = client.player(player_key, device=device).storage_load(storage_key="progress")
        print(json.dumps({"value": record.storage_value}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(*sys.argv[1:]))
