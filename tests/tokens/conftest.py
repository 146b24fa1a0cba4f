"""Fixtures of the token tests: every store implementation, on a real redis-server for Redis."""

from __future__ import annotations

import uuid

import pytest
from tokens_testkit import StoreFactory

from gameplatform.tokens import MemoryTokenStore, RedisTokenStore, TokenStore


@pytest.fixture(params=["memory", "redis", "redis-decoded"])
def new_store(request: pytest.FixtureRequest) -> StoreFactory:
    """Builds stores that share their data (like processes sharing one store), for each kind.

    ``redis-decoded`` uses a client made with ``decode_responses=True`` (the store must read str too).
    """
    if request.param == "memory":
        shared = MemoryTokenStore()
        return lambda: shared
    import redis

    url: str = request.getfixturevalue("redis_url")
    request.getfixturevalue("redis_client")  # flushes the database
    prefix = f"test-{uuid.uuid4().hex[:8]}:"

    def build() -> TokenStore:
        client = redis.Redis.from_url(
            url, decode_responses=request.param == "redis-decoded", socket_timeout=5.0
        )
        request.addfinalizer(client.close)
        return RedisTokenStore(client, prefix=prefix)

    return build
