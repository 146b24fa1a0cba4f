"""The TokenStore contract, checked on every store (Redis on a real redis-server)."""

from __future__ import annotations

import threading
from collections.abc import Callable

import pytest
from tokens_testkit import WAIT, FakeClock, StoreFactory, make_token

from gameplatform.errors import ValidationError
from gameplatform.tokens import LockTimeout, MemoryTokenStore, RedisTokenStore, StoreLock, TokenStore


def test_every_store_satisfies_the_protocols(new_store: StoreFactory) -> None:
    store = new_store()
    assert isinstance(store, TokenStore)
    assert isinstance(store.lock("k", 5), StoreLock)


def test_get_set_delete(new_store: StoreFactory) -> None:
    store = new_store()
    token = make_token("one", issued_at=100.0, member_no=7)
    assert store.get("k") is None
    store.set("k", token, None)
    assert store.get("k") == token
    assert store.get("k").extra == {"member_no": 7}  # type: ignore[union-attr]
    assert store.get("other") is None
    replacement = make_token("two", issued_at=200.0)
    store.set("k", replacement, 3600)
    assert store.get("k") == replacement
    store.delete("k")
    assert store.get("k") is None
    store.delete("k")  # absent: no error


def test_stores_built_alike_share_tokens(new_store: StoreFactory) -> None:
    first, second = new_store(), new_store()
    token = make_token("shared", issued_at=1.0)
    first.set("k", token, None)
    assert second.get("k") == token


def test_a_ttl_of_zero_or_less_drops_the_token(new_store: StoreFactory) -> None:
    store = new_store()
    store.set("k", make_token("one", issued_at=1.0), None)
    store.set("k", make_token("two", issued_at=1.0), 0)
    assert store.get("k") is None
    store.set("k", make_token("three", issued_at=1.0), -5)
    assert store.get("k") is None


@pytest.mark.parametrize(
    ("call", "field"),
    [
        (lambda store: store.get(""), "key"),
        (lambda store: store.get(None), "key"),
        (lambda store: store.set("", make_token("t", issued_at=1.0), None), "key"),
        (lambda store: store.set("k", "a token", None), "token"),
        (lambda store: store.set("k", make_token("t", issued_at=1.0), "60"), "ttl"),
        (lambda store: store.set("k", make_token("t", issued_at=1.0), float("nan")), "ttl"),
        (lambda store: store.delete(""), "key"),
        (lambda store: store.lock("", 5), "key"),
        (lambda store: store.lock("k", 0), "timeout"),
        (lambda store: store.lock("k", -1), "timeout"),
        (lambda store: store.lock("k", None), "timeout"),
    ],
)
def test_bad_arguments_raise_validation_error(
    new_store: StoreFactory, call: Callable[[TokenStore], object], field: str
) -> None:
    with pytest.raises(ValidationError) as caught:
        call(new_store())
    assert caught.value.field == field


def test_lock_is_exclusive_between_holders(new_store: StoreFactory) -> None:
    first, second = new_store().lock("k", 30), new_store().lock("k", 30)
    assert first.acquire(blocking=False)
    assert not second.acquire(blocking=False)
    assert not second.acquire(blocking=True, timeout=0)
    assert new_store().lock("other key", 30).acquire(blocking=False)
    first.release()
    assert second.acquire(blocking=False)
    second.release()


def test_blocking_acquire_waits_for_the_release(new_store: StoreFactory) -> None:
    holder, waiter = new_store().lock("k", 30), new_store().lock("k", 30)
    assert holder.acquire(blocking=False)
    outcome: list[bool] = []
    thread = threading.Thread(target=lambda: outcome.append(waiter.acquire(blocking=True, timeout=WAIT)))
    thread.start()
    holder.release()
    thread.join(WAIT)
    assert outcome == [True]
    waiter.release()


def test_release_after_expiry_leaves_the_next_holders_lease_alone(new_store: StoreFactory) -> None:
    """Made deterministic by expiring the lease directly: each store has its own way."""
    store = new_store()
    first = store.lock("k", 30)
    assert first.acquire(blocking=False)
    _expire_lease(store, "k")
    second = store.lock("k", 30)
    assert second.acquire(blocking=False)
    first.release()  # its lease is gone: must not drop the second holder's
    assert not store.lock("k", 30).acquire(blocking=False)
    second.release()
    assert store.lock("k", 30).acquire(blocking=False)


def _expire_lease(store: TokenStore, key: str) -> None:
    """What a lease's end does: Redis drops the key; the memory store sees its deadline passed."""
    if isinstance(store, MemoryTokenStore):
        store._leases[key] = (store._leases[key][0], float("-inf"))
    else:
        assert isinstance(store, RedisTokenStore)
        assert store.client.delete(store.lock_key(key)) == 1


def test_lock_objects_are_not_reentrant_and_release_needs_a_hold(new_store: StoreFactory) -> None:
    lock = new_store().lock("k", 30)
    with pytest.raises(RuntimeError):
        lock.release()
    assert lock.acquire(blocking=False)
    with pytest.raises(RuntimeError):
        lock.acquire(blocking=False)
    lock.release()
    with pytest.raises(RuntimeError):
        lock.release()


def test_acquire_rejects_bad_timeouts(new_store: StoreFactory) -> None:
    lock = new_store().lock("k", 30)
    with pytest.raises(ValidationError):
        lock.acquire(blocking=False, timeout=1)
    with pytest.raises(ValidationError):
        lock.acquire(timeout=-1)
    assert not lock.held  # type: ignore[attr-defined]


def test_context_manager_holds_and_releases(new_store: StoreFactory) -> None:
    store = new_store()
    with store.lock("k", 30) as held:
        assert held.held  # type: ignore[attr-defined]
        assert not new_store().lock("k", 30).acquire(blocking=False)
    assert new_store().lock("k", 30).acquire(blocking=False)


def test_context_manager_raises_lock_timeout_when_the_lease_stays_taken() -> None:
    clock = FakeClock()  # frozen: the holder's lease never runs out
    store = MemoryTokenStore(clock=clock)
    assert store.lock("k", 0.01).acquire(blocking=False)
    with pytest.raises(LockTimeout, match="'k'"), store.lock("k", 0.01):
        pytest.fail("entered a lock that is held elsewhere")


def test_memory_ttl_runs_out_on_the_store_clock() -> None:
    clock = FakeClock(50.0)
    store = MemoryTokenStore(clock=clock)
    store.set("k", make_token("t", issued_at=1.0), 10)
    store.set("forever", make_token("f", issued_at=1.0), None)
    clock.advance(9.999)
    assert store.get("k") is not None
    clock.advance(0.001)
    assert store.get("k") is None
    clock.advance(1e9)
    assert store.get("forever") is not None


def test_memory_lease_expires_when_its_holder_never_releases() -> None:
    clock = FakeClock()
    store = MemoryTokenStore(clock=clock)
    abandoned = store.lock("k", 30)
    assert abandoned.acquire(blocking=False)
    clock.advance(29.9)
    assert not store.lock("k", 30).acquire(blocking=False)
    clock.advance(0.1)
    assert store.lock("k", 30).acquire(blocking=False)


def test_memory_store_keeps_the_token_object_unchanged() -> None:
    store = MemoryTokenStore()
    token = make_token("t", issued_at=1.0)
    store.set("k", token, None)
    assert store.get("k") is token
    assert "SECRET" not in repr(store)


def test_memory_store_is_thread_safe_under_concurrent_writers() -> None:
    store = MemoryTokenStore()
    barrier = threading.Barrier(8)
    written = [make_token(f"w{number}", issued_at=float(number)) for number in range(8)]
    problems: list[str] = []
    inside = [0, 0]

    def writer(number: int) -> None:
        barrier.wait(WAIT)
        for _ in range(200):
            store.set("k", written[number], 60)
            if store.get("k") not in written:
                problems.append("read a token nobody wrote")
            with store.lock(f"lock-{number % 2}", 30):
                inside[number % 2] += 1
                if inside[number % 2] != 1:
                    problems.append("two holders inside one lock")
                inside[number % 2] -= 1

    threads = [threading.Thread(target=writer, args=(number,)) for number in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(WAIT)
    assert problems == []
    assert store.get("k") in written
