"""Constants, a hand-driven clock and a child-process worker for the STOVE tests."""

from __future__ import annotations

import threading
from typing import Any

CLIENT_ID = "com.example.server"
CLIENT_SECRET = "cs-7a1f0e9b-super-secret-value"
SERVICE_ID = "MY_GAME"
GAME_ID = "MY_GAME"
OTHER_GAME_ID = "OTHER_GAME"
MEMBER_NO = 20005061986
GUID = 200000000397
START = 1_700_000_000.0


class ManualClock:
    """Unix seconds that move only when a test says so (thread-safe)."""

    def __init__(self, now: float = START) -> None:
        self._now = now
        self._lock = threading.Lock()

    def __call__(self) -> float:
        with self._lock:
            return self._now

    def advance(self, seconds: float) -> None:
        with self._lock:
            self._now += seconds


def redis_process_worker(
    base_url: str, redis_url: str, prefix: str, player_token: str, barrier: Any, results: Any
) -> None:
    """One server process: wait for the others, then verify a player with a Redis-shared token.

    Puts ``("ok", server token, member_no)`` or ``("error", description)`` on ``results``.
    """
    import redis

    from gameplatform.stove import StoveClient
    from gameplatform.tokens import RedisTokenStore

    connection = redis.Redis.from_url(redis_url, socket_timeout=5.0)
    try:
        store = RedisTokenStore(connection, prefix=prefix)
        with StoveClient(
            client_id=CLIENT_ID,
            client_secret=CLIENT_SECRET,
            service_id=SERVICE_ID,
            base_url=base_url,
            token_store=store,
        ) as client:
            barrier.wait(timeout=60)
            user = client.verify_user_token(game_id=GAME_ID, access_token=player_token)
            results.put(("ok", client.server_token().access_token, user.member_no))
    except Exception as exc:
        results.put(("error", f"{type(exc).__name__}: {exc}"))
    finally:
        connection.close()
