"""RefreshingToken: fresh, advisory and mandatory windows, single flight, invalidation.

Tokens from ``Fetcher`` live 1000 s: advisory from 700 s after receipt, mandatory
from 940 s (60 s before expiry), expired at 1000 s.
"""

from __future__ import annotations

import logging
import threading

import pytest
from tokens_testkit import (
    SECRET_MARK,
    WAIT,
    CountingLock,
    FakeClock,
    Fetcher,
    SpyStore,
    StoreFactory,
    make_token,
    waiting_on,
)

from gameplatform.errors import ServerError, TransportError, ValidationError
from gameplatform.tokens import MemoryTokenStore, RefreshingToken, Token, TokenStore

KEY = "stove:server:test"


def refreshing(store: TokenStore, fetch: Fetcher, clock: FakeClock, **settings: float) -> RefreshingToken:
    return RefreshingToken(store=store, key=KEY, fetch=fetch, clock=clock, **settings)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(1_000_000.0)


@pytest.fixture
def fetch(clock: FakeClock) -> Fetcher:
    return Fetcher(clock)


@pytest.fixture
def spy() -> SpyStore:
    return SpyStore(MemoryTokenStore())


def warm(token: RefreshingToken, fetch: Fetcher) -> Token:
    first = token.get()
    assert fetch.calls == 1
    return first


# --- fresh -----------------------------------------------------------------------------------------


def test_a_cold_get_fetches_once_and_saves_to_the_store_with_the_remaining_life(
    spy: SpyStore, fetch: Fetcher, clock: FakeClock
) -> None:
    token = refreshing(spy, fetch, clock)
    first = warm(token, fetch)
    assert first.access_token.endswith("fetched-1")
    assert spy.inner.get(KEY) == first
    assert token.get() is first
    assert fetch.calls == 1


def test_the_store_ttl_is_the_time_left_until_expiry(fetch: Fetcher, clock: FakeClock) -> None:
    recorded: list[float | None] = []

    class TtlStore(MemoryTokenStore):
        def set(self, key: str, token: Token, ttl: float | None) -> None:
            recorded.append(ttl)
            super().set(key, token, ttl)

    warm(refreshing(TtlStore(), fetch, clock), fetch)
    assert recorded == [1000.0]


def test_a_fresh_token_is_served_without_touching_the_store(
    spy: SpyStore, fetch: Fetcher, clock: FakeClock
) -> None:
    token = refreshing(spy, fetch, clock)
    first = warm(token, fetch)
    calls_after_warm = len(spy.calls)
    for step in (0.0, 100.0, 599.9):
        clock.now = first.issued_at + step
        assert token.get() is first
    assert len(spy.calls) == calls_after_warm
    assert fetch.calls == 1


def test_a_token_of_unknown_expiry_is_never_renewed(spy: SpyStore, clock: FakeClock) -> None:
    fetch = Fetcher(clock, lifetime=None)
    token = refreshing(spy, fetch, clock)
    first = warm(token, fetch)
    clock.advance(1e9)
    assert token.get() is first
    assert fetch.calls == 1


def test_a_token_already_in_the_store_is_adopted_without_fetching(fetch: Fetcher, clock: FakeClock) -> None:
    store = MemoryTokenStore()
    existing = make_token("from-another-process", issued_at=clock.now - 100)
    store.set(KEY, existing, None)
    assert refreshing(store, fetch, clock).get() == existing
    assert fetch.calls == 0


# --- advisory --------------------------------------------------------------------------------------


def test_the_first_get_after_70_percent_renews_once(spy: SpyStore, fetch: Fetcher, clock: FakeClock) -> None:
    token = refreshing(spy, fetch, clock)
    first = warm(token, fetch)
    clock.now = first.issued_at + 699.99
    assert token.get() is first
    assert fetch.calls == 1
    clock.now = first.issued_at + 700
    renewed = token.get()
    assert renewed.access_token.endswith("fetched-2")
    assert spy.inner.get(KEY) == renewed
    assert token.get() is renewed
    assert fetch.calls == 2


def test_advisory_renewal_does_not_block_other_callers(
    spy: SpyStore, fetch: Fetcher, clock: FakeClock
) -> None:
    token = refreshing(spy, fetch, clock)
    first = warm(token, fetch)
    clock.now = first.issued_at + 800
    fetch.started.clear()
    fetch.finished.clear()
    release_fetch = threading.Event()
    fetch.gate = waiting_on(release_fetch)
    results: list[Token] = []
    renewer = threading.Thread(target=lambda: results.append(token.get()))
    renewer.start()
    try:
        assert fetch.started.wait(WAIT)
        # The renewer is inside fetch; these gets return at once with the current token.
        for _ in range(3):
            assert token.get() is first
        assert not fetch.finished.is_set()
    finally:
        release_fetch.set()
        renewer.join(WAIT)
    assert results[0].access_token.endswith("fetched-2")
    assert token.get() is results[0]
    assert fetch.calls == 2


def test_advisory_while_another_process_renews_keeps_the_current_token_and_backs_off(
    spy: SpyStore, fetch: Fetcher, clock: FakeClock
) -> None:
    token = refreshing(spy, fetch, clock, advisory_retry_seconds=10)
    first = warm(token, fetch)
    other_process = spy.inner.lock(KEY, 30)
    assert other_process.acquire(blocking=False)
    clock.now = first.issued_at + 750
    assert token.get() is first
    assert fetch.calls == 1
    # The other process stores its token and lets go.
    theirs = make_token("theirs", issued_at=clock.now)
    spy.inner.set(KEY, theirs, None)
    other_process.release()
    store_calls = len(spy.calls)
    clock.advance(9.9)
    assert token.get() is first  # backing off: does not look yet
    assert len(spy.calls) == store_calls
    clock.advance(0.1)
    assert token.get() == theirs  # picked up from the store, no fetch
    assert fetch.calls == 1


def test_a_failed_advisory_renewal_keeps_the_token_logs_without_secrets_and_backs_off(
    spy: SpyStore, fetch: Fetcher, clock: FakeClock, caplog: pytest.LogCaptureFixture
) -> None:
    token = refreshing(spy, fetch, clock, advisory_retry_seconds=30)
    first = warm(token, fetch)
    clock.now = first.issued_at + 800
    fetch.failure = TransportError("read timeout from api.onstove.com", retryable=True, platform="stove")
    with caplog.at_level(logging.DEBUG, logger="gameplatform"):
        assert token.get() is first
        assert fetch.calls == 2
        clock.advance(29)
        assert token.get() is first
        assert fetch.calls == 2  # not hammering
        clock.advance(1)
        assert token.get() is first
        assert fetch.calls == 3
    warnings = [record for record in caplog.records if record.levelno == logging.WARNING]
    assert len(warnings) == 2
    assert "advisory renewal" in warnings[0].getMessage()
    assert "read timeout" in warnings[0].getMessage()
    assert SECRET_MARK not in caplog.text
    fetch.failure = None
    clock.advance(30)
    assert token.get().access_token.endswith("fetched-4")


def test_a_foreign_exception_is_logged_by_type_only(
    spy: SpyStore, fetch: Fetcher, clock: FakeClock, caplog: pytest.LogCaptureFixture
) -> None:
    token = refreshing(spy, fetch, clock)
    first = warm(token, fetch)
    clock.now = first.issued_at + 800
    fetch.failure = RuntimeError(f"boom with {first.access_token}")
    with caplog.at_level(logging.DEBUG, logger="gameplatform"):
        assert token.get() is first
    assert "RuntimeError" in caplog.text
    assert SECRET_MARK not in caplog.text


def test_a_broken_store_in_the_advisory_window_keeps_the_current_token(
    spy: SpyStore, fetch: Fetcher, clock: FakeClock
) -> None:
    token = refreshing(spy, fetch, clock)
    first = warm(token, fetch)
    clock.now = first.issued_at + 800
    spy.failure = ConnectionError("redis down")
    assert token.get() is first


# --- mandatory -------------------------------------------------------------------------------------


@pytest.mark.parametrize("age", [940.0, 999.0, 1000.0, 5000.0])
def test_in_the_mandatory_window_the_caller_waits_for_the_new_token(
    spy: SpyStore, fetch: Fetcher, clock: FakeClock, age: float
) -> None:
    token = refreshing(spy, fetch, clock)
    first = warm(token, fetch)
    clock.now = first.issued_at + age
    renewed = token.get()
    assert renewed.access_token.endswith("fetched-2")
    assert fetch.calls == 2


def test_mandatory_waiters_all_get_the_one_new_token(spy: SpyStore, fetch: Fetcher, clock: FakeClock) -> None:
    token = refreshing(spy, fetch, clock)
    first = warm(token, fetch)
    clock.now = first.issued_at + 950
    token._mutex = counting = CountingLock()  # type: ignore[assignment]
    release_fetch = threading.Event()
    fetch.gate = waiting_on(release_fetch)
    results: list[Token] = []
    threads = [threading.Thread(target=lambda: results.append(token.get())) for _ in range(8)]
    for thread in threads:
        thread.start()
    try:
        assert counting.wait_for_attempts(8)  # one renews, seven wait for it
    finally:
        release_fetch.set()
        for thread in threads:
            thread.join(WAIT)
    assert fetch.calls == 2
    assert len(results) == 8
    assert {result.access_token for result in results} == {results[0].access_token}
    assert results[0].access_token.endswith("fetched-2")


def test_a_failed_mandatory_renewal_raises_and_the_next_get_tries_again(
    spy: SpyStore, fetch: Fetcher, clock: FakeClock
) -> None:
    token = refreshing(spy, fetch, clock)
    first = warm(token, fetch)
    clock.now = first.issued_at + 960
    failure = ServerError("maintenance", platform="stove", http_status=503)
    fetch.failure = failure
    with pytest.raises(ServerError) as caught:
        token.get()
    assert caught.value is failure
    fetch.failure = None
    assert token.get().access_token.endswith("fetched-3")


def test_waiters_share_a_failed_mandatory_renewal_instead_of_each_retrying(
    spy: SpyStore, fetch: Fetcher, clock: FakeClock
) -> None:
    token = refreshing(spy, fetch, clock)
    token._mutex = counting = CountingLock()  # type: ignore[assignment]
    release_fetch = threading.Event()
    fetch.gate = waiting_on(release_fetch)
    fetch.failure = ServerError("down", platform="stove", http_status=503)
    outcomes: list[BaseException | Token] = []

    def call() -> None:
        try:
            outcomes.append(token.get())
        except ServerError as exc:
            outcomes.append(exc)

    threads = [threading.Thread(target=call) for _ in range(6)]
    for thread in threads:
        thread.start()
    try:
        assert counting.wait_for_attempts(6)
    finally:
        release_fetch.set()
        for thread in threads:
            thread.join(WAIT)
    assert fetch.calls == 1
    assert outcomes == [fetch.failure] * 6


def test_mandatory_waits_for_another_process_and_takes_its_token(
    spy: SpyStore, fetch: Fetcher, clock: FakeClock
) -> None:
    other_process = spy.inner.lock(KEY, 30)
    assert other_process.acquire(blocking=False)
    token = refreshing(spy, fetch, clock)
    results: list[Token] = []
    caller = threading.Thread(target=lambda: results.append(token.get()))
    caller.start()
    try:
        assert spy.wait_for_acquire_attempts(1)
        theirs = make_token("theirs", issued_at=clock.now)
        spy.inner.set(KEY, theirs, None)
    finally:
        other_process.release()
        caller.join(WAIT)
    assert results == [theirs]
    assert fetch.calls == 0


def test_mandatory_renews_without_the_lock_after_lock_wait(
    spy: SpyStore, fetch: Fetcher, clock: FakeClock, caplog: pytest.LogCaptureFixture
) -> None:
    stuck = spy.inner.lock(KEY, 30)
    assert stuck.acquire(blocking=False)
    token = refreshing(spy, fetch, clock, lock_wait=0)
    with caplog.at_level(logging.WARNING, logger="gameplatform.tokens"):
        renewed = token.get()
    assert fetch.calls == 1
    assert spy.inner.get(KEY) == renewed
    assert "renewing without it" in caplog.text


def test_a_broken_store_does_not_stop_a_mandatory_renewal(
    spy: SpyStore, fetch: Fetcher, clock: FakeClock, caplog: pytest.LogCaptureFixture
) -> None:
    spy.failure = ConnectionError("redis down")
    token = refreshing(spy, fetch, clock)
    with caplog.at_level(logging.WARNING, logger="gameplatform.tokens"):
        first = token.get()
    assert first.access_token.endswith("fetched-1")
    assert token.get() is first
    assert "token store unavailable" in caplog.text
    # Once the store failed, this renewal does not ask it again (each try may cost a timeout).
    assert [operation for operation, _ in spy.calls] == ["get"]


def test_short_lifetimes_shrink_the_mandatory_window_to_a_tenth(spy: SpyStore, clock: FakeClock) -> None:
    """100 s token: the mandatory window is the last 10 s, not the last 60 s."""
    fetch = Fetcher(clock, lifetime=100.0)
    token = refreshing(spy, fetch, clock, mandatory_seconds=60)
    first = warm(token, fetch)
    fetch.failure = ServerError("down", platform="stove", http_status=503)
    clock.now = first.issued_at + 89.9  # advisory: a failure keeps the token
    assert token.get() is first
    clock.now = first.issued_at + 90  # mandatory: a failure raises
    with pytest.raises(ServerError):
        token.get()


def test_fetch_must_return_a_token(spy: SpyStore, clock: FakeClock) -> None:
    token = RefreshingToken(store=spy, key=KEY, fetch=lambda: "a token", clock=clock)  # type: ignore[arg-type,return-value]
    with pytest.raises(TypeError, match="not a Token"):
        token.get()


# --- single flight -----------------------------------------------------------------------------------


def test_32_cold_threads_make_exactly_one_fetch(spy: SpyStore, fetch: Fetcher, clock: FakeClock) -> None:
    token = refreshing(spy, fetch, clock)
    token._mutex = counting = CountingLock()  # type: ignore[assignment]
    all_contending = threading.Event()
    fetch.gate = waiting_on(all_contending)
    results: list[Token] = []
    threads = [threading.Thread(target=lambda: results.append(token.get())) for _ in range(32)]
    for thread in threads:
        thread.start()
    try:
        assert counting.wait_for_attempts(32)
    finally:
        all_contending.set()
        for thread in threads:
            thread.join(WAIT)
    assert fetch.calls == 1
    assert len(results) == 32
    assert all(result is results[0] for result in results)
    # Only the renewing thread used the store; the others re-checked the in-process copy.
    assert spy.operations() == ["get", "lock", "get", "set"]


def test_two_objects_sharing_a_store_fetch_once_and_follow_each_others_renewals(
    new_store: StoreFactory, clock: FakeClock, fetch: Fetcher
) -> None:
    """Two processes, in effect: each has its own RefreshingToken and store client."""
    first_process = refreshing(new_store(), fetch, clock)
    second_process = refreshing(new_store(), fetch, clock)
    original = first_process.get()
    assert second_process.get() == original
    assert fetch.calls == 1
    clock.now = original.issued_at + 750
    renewed = first_process.get()
    assert fetch.calls == 2
    assert second_process.get() == renewed  # advisory: finds the fresh token in the store
    assert fetch.calls == 2


# --- invalidate -----------------------------------------------------------------------------------------


def test_invalidate_drops_the_rejected_token_so_the_next_get_fetches(
    spy: SpyStore, fetch: Fetcher, clock: FakeClock
) -> None:
    token = refreshing(spy, fetch, clock)
    rejected = warm(token, fetch)
    token.invalidate(rejected)
    assert spy.inner.get(KEY) is None
    replacement = token.get()
    assert replacement.access_token.endswith("fetched-2")
    assert spy.inner.get(KEY) == replacement


def test_invalidating_an_older_token_keeps_the_current_one(
    spy: SpyStore, fetch: Fetcher, clock: FakeClock
) -> None:
    token = refreshing(spy, fetch, clock)
    old = warm(token, fetch)
    clock.now = old.issued_at + 800
    current = token.get()
    token.invalidate(old)
    assert token.get() is current
    assert spy.inner.get(KEY) == current
    assert fetch.calls == 2


def test_invalidate_keeps_a_newer_token_a_sibling_stored(
    spy: SpyStore, fetch: Fetcher, clock: FakeClock
) -> None:
    token = refreshing(spy, fetch, clock)
    rejected = warm(token, fetch)
    siblings = make_token("sibling", issued_at=clock.now)
    spy.inner.set(KEY, siblings, None)
    token.invalidate(rejected)
    assert token.get() == siblings
    assert fetch.calls == 1


def test_invalidate_survives_a_broken_store(
    spy: SpyStore, fetch: Fetcher, clock: FakeClock, caplog: pytest.LogCaptureFixture
) -> None:
    token = refreshing(spy, fetch, clock)
    rejected = warm(token, fetch)
    spy.failure = ConnectionError("redis down")
    with caplog.at_level(logging.WARNING, logger="gameplatform.tokens"):
        token.invalidate(rejected)
    assert "could not drop" in caplog.text
    assert token.get().access_token.endswith("fetched-2")


# --- secrets, settings ------------------------------------------------------------------------------------


def test_a_whole_life_cycle_logs_nothing_secret(
    spy: SpyStore, fetch: Fetcher, clock: FakeClock, caplog: pytest.LogCaptureFixture
) -> None:
    token = refreshing(spy, fetch, clock)
    with caplog.at_level(logging.DEBUG, logger="gameplatform"):
        first = token.get()
        clock.now = first.issued_at + 800
        second = token.get()
        clock.now = second.issued_at + 990
        third = token.get()
        token.invalidate(third)
        token.get()
    assert fetch.calls == 4
    assert caplog.records
    assert SECRET_MARK not in caplog.text
    assert SECRET_MARK not in repr(token)


@pytest.mark.parametrize(
    ("settings", "field"),
    [
        ({"key": ""}, "key"),
        ({"store": object()}, "store"),
        ({"fetch": None}, "fetch"),
        ({"clock": 5}, "clock"),
        ({"advisory_fraction": 0}, "advisory_fraction"),
        ({"advisory_fraction": 1.5}, "advisory_fraction"),
        ({"mandatory_seconds": -1}, "mandatory_seconds"),
        ({"lock_timeout": 0}, "lock_timeout"),
        ({"lock_wait": -1}, "lock_wait"),
        ({"advisory_retry_seconds": -1}, "advisory_retry_seconds"),
    ],
)
def test_bad_settings_raise_validation_error(settings: dict[str, object], field: str) -> None:
    arguments: dict[str, object] = {"store": MemoryTokenStore(), "key": KEY, "fetch": lambda: None}
    arguments.update(settings)
    with pytest.raises(ValidationError) as caught:
        RefreshingToken(**arguments)  # type: ignore[arg-type]
    assert caught.value.field == field


def test_invalidate_rejects_a_non_token(spy: SpyStore, fetch: Fetcher, clock: FakeClock) -> None:
    with pytest.raises(ValidationError):
        refreshing(spy, fetch, clock).invalidate("token")  # type: ignore[arg-type]
