"""One "game server process" for the multi-process tests (run as a script, never collected).

``python token_worker.py server-token|player-refresh REDIS_URL PREFIX PROCESSES [STALE_JSON]``

Each process gets a token through a :class:`RedisTokenStore`; the first ``fetch`` or
``do_refresh`` blocks until every process has tried to take the store lock, so they
really contend, then the process prints what it got as JSON.
"""

from __future__ import annotations

import json
import os
import sys
import time
from types import TracebackType
from typing import Self

import redis

from gameplatform.errors import AuthenticationError
from gameplatform.tokens import PlayerTokens, RedisTokenStore, RefreshingToken, StoreLock, Token

WAIT = 20


class ContendedLock:
    """Announces each acquire attempt in a Redis list before waiting for the lease."""

    def __init__(self, inner: StoreLock, client: redis.Redis, contenders: str) -> None:
        self.inner = inner
        self.client = client
        self.contenders = contenders

    def acquire(self, *, blocking: bool = True, timeout: float | None = None) -> bool:
        self.client.rpush(self.contenders, os.getpid())
        return self.inner.acquire(blocking=blocking, timeout=timeout)

    def release(self) -> None:
        self.inner.release()

    def __enter__(self) -> Self:
        self.inner.__enter__()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.inner.__exit__(exc_type, exc, tb)


class ContendedStore(RedisTokenStore):
    def lock(self, key: str, timeout: float) -> ContendedLock:  # type: ignore[override]
        return ContendedLock(super().lock(key, timeout), self.client, self.prefix + "contenders")  # type: ignore[arg-type]


def wait_for_everyone(client: redis.Redis, prefix: str, processes: int) -> None:
    for _ in range(processes):
        if client.blpop([prefix + "contenders"], timeout=WAIT) is None:
            raise RuntimeError("not every process tried to take the lock")


def server_token(client: redis.Redis, prefix: str, processes: int) -> Token:
    def fetch() -> Token:
        client.incr(prefix + "fetches")
        wait_for_everyone(client, prefix, processes)
        return Token.from_expires_in(access_token=f"server-{os.getpid()}", expires_in=3600, now=time.time())

    store = ContendedStore(client, prefix=prefix)
    return RefreshingToken(store=store, key="stove:server", fetch=fetch).get()


def player_refresh(client: redis.Redis, prefix: str, processes: int, stale: Token) -> Token:
    def do_refresh(current: Token) -> Token:
        client.incr(prefix + "refreshes")
        wait_for_everyone(client, prefix, processes)
        # The platform's rotation: a refresh token works once.
        if not client.set(f"{prefix}used:{current.refresh_token}", 1, nx=True):
            raise AuthenticationError("refresh token already used", platform="playnanoo", http_status=401)
        pid = os.getpid()
        return Token.from_expires_in(
            access_token=f"access-{pid}", refresh_token=f"refresh-{pid}", expires_in=3600, now=time.time()
        )

    players = PlayerTokens(store=ContendedStore(client, prefix=prefix))
    return players.refresh("p1", stale, do_refresh)


def main(argv: list[str]) -> None:
    mode, url, prefix, processes = argv[0], argv[1], argv[2], int(argv[3])
    client = redis.Redis.from_url(url, socket_timeout=5.0)
    if mode == "server-token":
        token = server_token(client, prefix, processes)
    else:
        token = player_refresh(client, prefix, processes, Token.from_json(argv[4]))
    print(json.dumps({"access_token": token.access_token, "refresh_token": token.refresh_token}))


if __name__ == "__main__":
    main(sys.argv[1:])
