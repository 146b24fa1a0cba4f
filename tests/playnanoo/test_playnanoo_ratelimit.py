"""Pacing: the client-side token buckets, and the platform's 429 with Retry-After."""

from __future__ import annotations

import threading

import pytest
from playnanoo_support import DEVICE, WAIT, ManualClock, RecordingSleep

from gameplatform.errors import RateLimitError, ValidationError
from gameplatform.playnanoo import PlayNanooClient, PlayNanooPlayer, RateLimit
from gameplatform.playnanoo._ratelimit import PlayerBuckets, TokenBucket
from gameplatform.testing.playnanoo import PlayNanooFake

LOAD = "/storage/v20221001/load"
SAVE = "/storage/v20221001/save"


def bucket(per_second: float, burst: int, max_wait: float) -> tuple[TokenBucket, ManualClock, RecordingSleep]:
    clock, sleep = ManualClock(), RecordingSleep()
    limit = RateLimit(per_second=per_second, burst=burst, max_wait=max_wait)
    return TokenBucket(limit, clock=clock, sleep=sleep), clock, sleep


def test_a_burst_then_a_refusal_with_retry_after() -> None:
    limiter, clock, sleep = bucket(per_second=2, burst=3, max_wait=0)
    for _ in range(3):
        limiter.acquire()
    with pytest.raises(RateLimitError) as caught:
        limiter.acquire()
    assert caught.value.retry_after == pytest.approx(0.5)
    assert caught.value.http_status is None
    clock.advance(0.5)
    limiter.acquire()
    assert sleep.calls == []


def test_waits_up_to_max_wait_then_refuses() -> None:
    limiter, clock, sleep = bucket(per_second=1, burst=1, max_wait=1.0)
    limiter.acquire()
    limiter.acquire()  # the next token comes in 1 s: worth waiting for
    assert sleep.calls == [pytest.approx(1.0)]
    with pytest.raises(RateLimitError) as caught:  # the one after comes in 2 s: too long
        limiter.acquire()
    assert caught.value.retry_after == pytest.approx(2.0)
    clock.advance(2.0)  # the reserved token is paid back, one is free again
    limiter.acquire()
    assert sleep.calls == [pytest.approx(1.0)]


def test_refill_is_capped_at_the_burst() -> None:
    limiter, clock, _ = bucket(per_second=10, burst=2, max_wait=0)
    clock.advance(3600)
    limiter.acquire()
    limiter.acquire()
    with pytest.raises(RateLimitError):
        limiter.acquire()


def test_concurrent_callers_never_get_more_than_the_burst() -> None:
    limiter, _, _ = bucket(per_second=0.001, burst=25, max_wait=0)
    barrier = threading.Barrier(40)
    granted: list[int] = []
    refused: list[int] = []
    lock = threading.Lock()

    def take(index: int) -> None:
        barrier.wait(timeout=WAIT)
        try:
            limiter.acquire()
        except RateLimitError:
            with lock:
                refused.append(index)
        else:
            with lock:
                granted.append(index)

    threads = [threading.Thread(target=take, args=(i,)) for i in range(40)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=WAIT)
    assert (len(granted), len(refused)) == (25, 15)


def test_player_buckets_are_separate_and_bounded() -> None:
    clock = ManualClock()
    buckets = PlayerBuckets(RateLimit(per_second=1, burst=1, max_wait=0), clock=clock, max_players=2)
    buckets.acquire("a")
    buckets.acquire("b")
    with pytest.raises(RateLimitError):
        buckets.acquire("a")
    buckets.acquire("c")  # evicts "b", the least recently used
    assert len(buckets) == 2
    buckets.acquire("b")  # a fresh bucket


@pytest.mark.parametrize(
    ("settings", "field"),
    [
        ({"per_second": 0}, "per_second"),
        ({"per_second": float("inf")}, "per_second"),
        ({"per_second": 1, "burst": 0}, "burst"),
        ({"per_second": 1, "burst": 1.5}, "burst"),
        ({"per_second": 1, "max_wait": -1}, "max_wait"),
        ({"per_second": True}, "per_second"),
    ],
)
def test_rate_limit_settings_are_validated(settings: dict[str, float], field: str) -> None:
    with pytest.raises(ValidationError) as caught:
        RateLimit(**settings)  # type: ignore[arg-type]
    assert caught.value.field == field


def test_client_rate_limit_refuses_before_any_io(fake: PlayNanooFake) -> None:
    clock = ManualClock()
    with PlayNanooClient(
        game_id=fake.game_id,
        service_key=fake.service_key,
        base_url=fake.url,
        clock=clock,
        rate_limit=RateLimit(per_second=1, burst=2, max_wait=0),
    ) as client:
        handle = client.player("u", device=DEVICE)
        handle.guest_sign_in(linked_id="d")
        handle.inbox_count(table_code="t")
        sent = len(fake.requests)
        with pytest.raises(RateLimitError) as caught:
            handle.inbox_count(table_code="t")
        assert len(fake.requests) == sent
        assert caught.value.retry_after == pytest.approx(1.0)
        clock.advance(1.0)
        assert handle.inbox_count(table_code="t").count == 0


def test_player_rate_limit_paces_each_player_alone(fake: PlayNanooFake) -> None:
    clock, sleep = ManualClock(), RecordingSleep()
    with PlayNanooClient(
        game_id=fake.game_id,
        service_key=fake.service_key,
        base_url=fake.url,
        clock=clock,
        sleep=sleep,
        player_rate_limit=RateLimit(per_second=2, burst=2, max_wait=0.5),
    ) as client:
        ana = client.player("ana", device=DEVICE)
        bob = client.player("bob", device=DEVICE)
        ana.guest_sign_in(linked_id="d-ana")
        bob.guest_sign_in(linked_id="d-bob")
        ana.inbox_count(table_code="t")
        ana.inbox_count(table_code="t")  # waits 0.5 s for its next slot
        assert sleep.calls == [pytest.approx(0.5)]
        with pytest.raises(RateLimitError):
            ana.inbox_count(table_code="t")
        bob.inbox_count(table_code="t")  # bob has his own bucket
        assert sleep.calls == [pytest.approx(0.5)]


# -- the platform's 429 ------------------------------------------------------------------------


def test_idempotent_call_is_retried_after_retry_after(
    fake: PlayNanooFake, player: PlayNanooPlayer, sleeps: RecordingSleep
) -> None:
    player.storage_save(storage_key="k", storage_value="v")
    fake.rate_limit_next(retry_after=2, path=LOAD)
    assert player.storage_load(storage_key="k").storage_value == "v"
    assert fake.count(LOAD) == 2
    assert sleeps.calls == [2.0]


def test_non_idempotent_call_is_not_retried_on_429(
    fake: PlayNanooFake, player: PlayNanooPlayer, sleeps: RecordingSleep
) -> None:
    fake.rate_limit_next(retry_after=3, path=SAVE)
    with pytest.raises(RateLimitError) as caught:
        player.storage_save(storage_key="k", storage_value="v")
    assert caught.value.retry_after == 3.0 and caught.value.http_status == 429
    assert fake.count(SAVE) == 1
    assert sleeps.calls == []


def test_a_long_retry_after_is_handed_to_the_caller(
    fake: PlayNanooFake, player: PlayNanooPlayer, sleeps: RecordingSleep
) -> None:
    fake.rate_limit_next(retry_after=600, path=LOAD)
    with pytest.raises(RateLimitError) as caught:
        player.storage_load(storage_key="k")
    assert caught.value.retry_after == 600.0
    assert fake.count(LOAD) == 1 and sleeps.calls == []


def test_retries_on_429_are_bounded(
    fake: PlayNanooFake, player: PlayNanooPlayer, sleeps: RecordingSleep
) -> None:
    fake.rate_limit_next(retry_after=1, path=LOAD, times=5)
    with pytest.raises(RateLimitError):
        player.storage_load(storage_key="k")
    assert fake.count(LOAD) == 3  # 1 + max_retries (2)
    assert sleeps.calls == [1.0, 1.0]
