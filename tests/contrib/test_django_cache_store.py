"""DjangoCacheTokenStore on real Django cache backends: local memory, database, Redis (Django's
RedisCache and django-redis, on a real redis-server) and Memcached (pymemcache, a real memcached)."""

from __future__ import annotations

import logging
import threading
import time
import uuid
from collections.abc import Callable, Iterator

import pytest
from conftest import cache_settings
from django.core.cache import caches
from django.test import override_settings

from gameplatform.contrib.django import DjangoCacheTokenStore
from gameplatform.errors import TokenStoreError, ValidationError
from gameplatform.stove import StoveClient
from gameplatform.testing import StoveFake
from gameplatform.tokens import LockTimeout, StoreLock, Token, TokenStore

WAIT = 20.0
BACKENDS = ["locmem", "db", "redis", "django-redis", "memcached"]
BASE_CACHES = {
    "default": cache_settings("django.core.cache.backends.locmem.LocMemCache", "tests"),
    "db": cache_settings("django.core.cache.backends.db.DatabaseCache", "gameplatform_cache"),
}

StoreFactory = Callable[[], DjangoCacheTokenStore]


def token(name: str, *, lifetime: float = 1000.0, **extra: object) -> Token:
    return Token(
        access_token=f"access-SECRET-{name}",
        expires_at=1000.0 + lifetime,
        issued_at=1000.0,
        refresh_token=f"refresh-SECRET-{name}",
        extra=extra,
    )


def backend_settings(request: pytest.FixtureRequest, backend: str) -> dict[str, object]:
    if backend == "locmem":
        return cache_settings("django.core.cache.backends.locmem.LocMemCache", "store-tests")
    if backend == "db":
        request.getfixturevalue("cache_table")
        return cache_settings("django.core.cache.backends.db.DatabaseCache", "gameplatform_cache")
    if backend == "redis":
        return cache_settings(
            "django.core.cache.backends.redis.RedisCache", request.getfixturevalue("redis_url")
        )
    if backend == "django-redis":
        return cache_settings("django_redis.cache.RedisCache", request.getfixturevalue("redis_url"))
    assert backend == "memcached"
    return cache_settings(
        "django.core.cache.backends.memcached.PyMemcacheCache", request.getfixturevalue("memcached_location")
    )


@pytest.fixture(params=BACKENDS)
def new_store(request: pytest.FixtureRequest) -> Iterator[StoreFactory]:
    """Builds stores on one backend that share their data (like processes sharing one cache)."""
    entry = backend_settings(request, request.param)
    prefix = f"test-{uuid.uuid4().hex[:8]}:"
    with override_settings(CACHES={**BASE_CACHES, "store": entry}):
        yield lambda: DjangoCacheTokenStore("store", prefix=prefix)
        caches["store"].close()


def test_it_is_a_token_store_with_store_locks(new_store: StoreFactory) -> None:
    store = new_store()
    assert isinstance(store, TokenStore)
    assert isinstance(store.lock("k", 5), StoreLock)


def test_get_set_delete_and_sharing(new_store: StoreFactory) -> None:
    store, other = new_store(), new_store()
    first = token("one", member_no=7)
    assert store.get("stove:server_token:live:cid:SVC") is None
    store.set("stove:server_token:live:cid:SVC", first, 3600)
    assert other.get("stove:server_token:live:cid:SVC") == first
    assert other.get("stove:server_token:live:cid:SVC").extra == {"member_no": 7}  # type: ignore[union-attr]
    store.set("k", token("two"), None)
    assert other.get("k") == token("two")
    store.set("k", token("three"), 0)
    assert store.get("k") is None
    store.set("k", token("four"), 60)
    store.delete("k")
    assert store.get("k") is None
    store.delete("k")  # absent: no error


def test_an_unreadable_entry_is_ignored_and_logged(
    new_store: StoreFactory, caplog: pytest.LogCaptureFixture
) -> None:
    store = new_store()
    store.cache.set(store.token_key("k"), "not a token document", 60)
    with caplog.at_level(logging.WARNING, logger="gameplatform.tokens"):
        assert store.get("k") is None
    assert "unreadable token" in caplog.text


def test_lock_is_exclusive_and_released_only_by_its_holder(new_store: StoreFactory) -> None:
    first, second = new_store().lock("k", 30), new_store().lock("k", 30)
    assert first.acquire(blocking=False)
    assert not second.acquire(blocking=False)
    assert not second.acquire(timeout=0)
    assert new_store().lock("other", 30).acquire(blocking=False)
    with pytest.raises(RuntimeError):
        first.acquire(blocking=False)  # not reentrant
    first.release()
    with pytest.raises(RuntimeError):
        first.release()
    assert second.acquire(blocking=False)
    second.release()


def test_a_blocked_acquire_takes_the_lock_when_it_is_released(new_store: StoreFactory) -> None:
    holder, waiter = new_store().lock("k", 30), new_store().lock("k", 30)
    assert holder.acquire(blocking=False)
    outcome: list[bool] = []
    started = threading.Event()

    def wait_for_it() -> None:
        started.set()
        outcome.append(waiter.acquire(timeout=WAIT))

    thread = threading.Thread(target=wait_for_it)
    thread.start()
    started.wait(WAIT)
    holder.release()
    thread.join(WAIT)
    assert outcome == [True]
    waiter.release()


def test_release_after_the_lease_ended_leaves_the_next_holder_alone(
    new_store: StoreFactory, caplog: pytest.LogCaptureFixture
) -> None:
    store = new_store()
    first = store.lock("k", 30)
    assert first.acquire(blocking=False)
    store.cache.delete(store.lock_key("k"))  # what the end of the lease does
    second = store.lock("k", 30)
    assert second.acquire(blocking=False)
    with caplog.at_level(logging.WARNING, logger="gameplatform.tokens"):
        first.release()
    assert "expired before its holder released it" in caplog.text
    assert not store.lock("k", 30).acquire(blocking=False)
    second.release()
    assert store.lock("k", 30).acquire(blocking=False)


def test_a_lease_and_a_ttl_run_out_on_their_own(new_store: StoreFactory) -> None:
    """A holder that never releases blocks others for its lease (whole seconds), no longer."""
    store = new_store()
    store.set("short", token("short"), 0.2)  # kept for a whole second at least, then dropped
    dead_holder = store.lock("k", 0.5)
    assert dead_holder.acquire(blocking=False)
    assert store.get("short") == token("short")
    started = time.monotonic()
    assert new_store().lock("k", 30).acquire(timeout=WAIT)
    assert time.monotonic() - started < WAIT
    deadline = time.monotonic() + WAIT
    while store.get("short") is not None:
        assert time.monotonic() < deadline, "the token outlived its ttl"
        time.sleep(0.05)


def test_with_raises_lock_timeout_when_the_lease_stays_taken(new_store: StoreFactory) -> None:
    store = new_store()
    assert store.lock("k", 30).acquire(blocking=False)
    with pytest.raises(LockTimeout, match="'k'"), store.lock("k", 0.05):
        pytest.fail("entered a lock held elsewhere")


def test_many_stove_clients_fetch_one_server_token_through_the_cache(new_store: StoreFactory) -> None:
    with StoveFake() as fake:
        settings = fake.client_settings()
        clients = [StoveClient(**settings, token_store=new_store()) for _ in range(6)]
        barrier = threading.Barrier(len(clients))
        tokens: list[str] = []

        def use(client: StoveClient) -> None:
            barrier.wait(WAIT)
            tokens.append(client.server_token().access_token)

        threads = [threading.Thread(target=use, args=(client,)) for client in clients]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(WAIT)
        for client in clients:
            client.close()
        assert len(tokens) == len(clients)
        assert len(set(tokens)) == 1
        assert fake.token_calls == 1


@pytest.mark.parametrize(
    ("call", "field"),
    [
        (lambda store: store.get(""), "key"),
        (lambda store: store.set("k", "a token", None), "token"),
        (lambda store: store.set("k", token("t"), "60"), "ttl"),
        (lambda store: store.set("k", token("t"), float("inf")), "ttl"),
        (lambda store: store.lock("k", 0), "timeout"),
        (lambda store: store.lock("k", 5).acquire(blocking=False, timeout=1), "timeout"),
        (lambda store: DjangoCacheTokenStore(""), "cache_alias"),
    ],
)
def test_bad_arguments_raise_validation_error(
    call: Callable[[DjangoCacheTokenStore], object], field: str
) -> None:
    with pytest.raises(ValidationError) as caught:
        call(DjangoCacheTokenStore())
    assert caught.value.field == field


def _closed_port() -> int:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
    return port


OPERATIONS: dict[str, Callable[[DjangoCacheTokenStore], object]] = {
    "get": lambda store: store.get("k"),
    "set": lambda store: store.set("k", token("t"), 60),
    "delete": lambda store: store.delete("k"),
    "lock": lambda store: store.lock("k", 5).acquire(blocking=False),
}


@pytest.mark.parametrize("operation", sorted(OPERATIONS))
@pytest.mark.parametrize("backend", ["redis", "django-redis", "memcached", "db"])
def test_a_failing_cache_raises_token_store_error_without_secrets(backend: str, operation: str) -> None:
    """Each case gets a new cache object: pymemcache answers later calls to a server that just
    failed as misses (its retry mode), so only the first call sees the failure."""
    port = _closed_port()
    if backend == "db":
        entry = cache_settings("django.core.cache.backends.db.DatabaseCache", "no_such_table")
    elif backend == "memcached":
        entry = cache_settings("django.core.cache.backends.memcached.PyMemcacheCache", f"127.0.0.1:{port}")
    else:
        entry = cache_settings(
            "django.core.cache.backends.redis.RedisCache"
            if backend == "redis"
            else "django_redis.cache.RedisCache",
            f"redis://:pw-SECRET@127.0.0.1:{port}/0",
        )
    with override_settings(CACHES={**BASE_CACHES, "broken": entry}):
        store = DjangoCacheTokenStore("broken")
        with pytest.raises(TokenStoreError) as caught:
            OPERATIONS[operation](store)
        assert "SECRET" not in str(caught.value)
        assert "'broken'" in str(caught.value)
        caches["broken"].close()
