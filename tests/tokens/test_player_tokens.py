"""PlayerTokens: storage, single-flight refresh per player, rotated refresh tokens, re-login."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager

import pytest
from tokens_testkit import SECRET_MARK, WAIT, FakeClock, SpyStore, StoreFactory, make_token, waiting_on

from gameplatform.errors import AuthenticationError, ReloginRequired, ServerError, ValidationError
from gameplatform.tokens import MemoryTokenStore, PlayerTokens, Token


def rejected(message: str = "invalid refresh token") -> AuthenticationError:
    return AuthenticationError(
        message,
        platform="playnanoo",
        http_status=401,
        code=401,
        request_id="req-1",
        body={"Message": message},
    )


class Refresher:
    """A ``do_refresh`` that rotates pairs like the platform: each refresh token works once."""

    def __init__(self, valid_refresh_tokens: set[str]) -> None:
        self.valid = set(valid_refresh_tokens)
        self.calls: list[Token] = []
        self.gate: Callable[[], None] | None = None
        self.started = threading.Event()
        self._lock = threading.Lock()

    def __call__(self, current: Token) -> Token:
        with self._lock:
            self.calls.append(current)
            number = len(self.calls)
        self.started.set()
        if self.gate is not None:
            self.gate()
        with self._lock:
            if current.refresh_token not in self.valid:
                raise rejected()
            self.valid.discard(current.refresh_token)
            fresh = make_token(f"rotated-{number}", issued_at=1000.0 + number, lifetime=3600)
            assert fresh.refresh_token is not None
            self.valid.add(fresh.refresh_token)
            return fresh


class CountingKeyedLocks:
    """Wraps PlayerTokens' per-player locks to count callers entering them."""

    def __init__(self, inner: object) -> None:
        self.inner = inner
        self.entered = 0
        self._changed = threading.Condition()

    @contextmanager
    def hold(self, key: str) -> Iterator[None]:
        with self._changed:
            self.entered += 1
            self._changed.notify_all()
        with self.inner.hold(key):  # type: ignore[attr-defined]
            yield

    def wait_for(self, count: int) -> bool:
        with self._changed:
            return self._changed.wait_for(lambda: self.entered >= count, WAIT)


@pytest.fixture
def signed_in() -> Token:
    return make_token("signin", issued_at=1000.0, lifetime=3600)


@pytest.fixture
def refresher(signed_in: Token) -> Refresher:
    assert signed_in.refresh_token is not None
    return Refresher({signed_in.refresh_token})


def test_put_get_forget(signed_in: Token) -> None:
    players = PlayerTokens()
    assert players.get("p1") is None
    players.put("p1", signed_in)
    assert players.get("p1") == signed_in
    assert players.get("p2") is None
    players.forget("p1")
    assert players.get("p1") is None


def test_pairs_live_under_the_prefix_for_ttl_seconds(signed_in: Token) -> None:
    clock = FakeClock()
    store = MemoryTokenStore(clock=clock)
    players = PlayerTokens(store=store, prefix="playnanoo:game-1:", ttl=600)
    players.put("p1", signed_in)
    assert store.get("playnanoo:game-1:p1") == signed_in
    clock.advance(600)
    assert players.get("p1") is None


def test_refresh_saves_the_new_pair_and_returns_it(signed_in: Token, refresher: Refresher) -> None:
    players = PlayerTokens()
    players.put("p1", signed_in)
    fresh = players.refresh("p1", signed_in, refresher)
    assert refresher.calls == [signed_in]
    assert fresh.access_token.endswith("rotated-1")
    assert players.get("p1") == fresh


def test_refresh_uses_the_stored_pair_when_it_is_the_stale_one(
    refresher: Refresher, signed_in: Token
) -> None:
    """The caller may hold a copy without the refresh token; the store's pair is what refreshes."""
    players = PlayerTokens()
    players.put("p1", signed_in)
    callers_copy = Token(access_token=signed_in.access_token, expires_at=None, issued_at=0.0)
    players.refresh("p1", callers_copy, refresher)
    assert refresher.calls == [signed_in]


def test_refresh_with_an_empty_store_asks_for_relogin_without_a_call(
    refresher: Refresher, signed_in: Token
) -> None:
    players = PlayerTokens()
    with pytest.raises(ReloginRequired):
        players.refresh("p1", signed_in, refresher)
    assert refresher.calls == []
    assert players.get("p1") is None


def test_waiters_behind_a_dead_refresh_token_do_not_resend_it(signed_in: Token) -> None:
    """20 threads, a dead refresh token: one refresh call, then ReloginRequired for all."""
    players = PlayerTokens()
    players.put("p1", signed_in)
    calls: list[Token] = []
    inside = threading.Event()
    release = threading.Event()

    def dead(token: Token) -> Token:
        calls.append(token)
        inside.set()
        release.wait(5)
        raise AuthenticationError("refresh token expired", platform="test", http_status=401)

    outcomes: list[BaseException] = []

    def worker() -> None:
        try:
            players.refresh("p1", signed_in, dead)
        except ReloginRequired as exc:
            outcomes.append(exc)

    threads = [threading.Thread(target=worker) for _ in range(20)]
    for thread in threads:
        thread.start()
    assert inside.wait(5)
    release.set()
    for thread in threads:
        thread.join(5)
    assert len(calls) == 1
    assert len(outcomes) == 20
    assert players.get("p1") is None


def test_a_pair_already_refreshed_by_a_sibling_is_returned_without_a_call(
    signed_in: Token, refresher: Refresher
) -> None:
    players = PlayerTokens()
    siblings = make_token("sibling", issued_at=2000.0)
    players.put("p1", siblings)
    assert players.refresh("p1", signed_in, refresher) == siblings
    assert refresher.calls == []


def test_20_threads_of_one_player_make_one_refresh(signed_in: Token, refresher: Refresher) -> None:
    players = PlayerTokens()
    players.put("p1", signed_in)
    players._player_locks = counting = CountingKeyedLocks(players._player_locks)  # type: ignore[assignment]
    all_waiting = threading.Event()
    refresher.gate = waiting_on(all_waiting)
    results: list[Token] = []
    threads = [
        threading.Thread(target=lambda: results.append(players.refresh("p1", signed_in, refresher)))
        for _ in range(20)
    ]
    for thread in threads:
        thread.start()
    try:
        assert counting.wait_for(20)
    finally:
        all_waiting.set()
        for thread in threads:
            thread.join(WAIT)
    assert len(refresher.calls) == 1
    assert len(results) == 20
    assert {result.access_token for result in results} == {results[0].access_token}
    stored = players.get("p1")
    assert stored == results[0]
    assert stored is not None
    assert stored.refresh_token in refresher.valid


def test_20_threads_through_a_shared_store_with_separate_objects(
    new_store: StoreFactory, signed_in: Token, refresher: Refresher
) -> None:
    """Each thread has its own PlayerTokens and store client, as separate processes would."""
    new_store().set("player:p1", signed_in, None)
    barrier = threading.Barrier(20)
    results: list[Token] = []
    failures: list[BaseException] = []

    def player_process() -> None:
        players = PlayerTokens(store=new_store())
        barrier.wait(WAIT)
        try:
            results.append(players.refresh("p1", signed_in, refresher))
        except BaseException as exc:
            failures.append(exc)

    threads = [threading.Thread(target=player_process) for _ in range(20)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(WAIT)
    assert failures == []
    assert len(refresher.calls) == 1
    assert {result.access_token for result in results} == {results[0].access_token}
    assert new_store().get("player:p1") == results[0]


def test_a_sibling_rotating_the_pair_during_the_refresh_is_taken_not_an_error(
    signed_in: Token, refresher: Refresher
) -> None:
    """A sibling the store lock could not hold off refreshed first: our refresh token is dead."""
    store = MemoryTokenStore()
    players = PlayerTokens(store=store)
    players.put("p1", signed_in)
    siblings = refresher(signed_in)  # the sibling used the refresh token first
    refresher.calls.clear()
    refresher.gate = lambda: store.set("player:p1", siblings, None)
    callbacks: list[tuple[str, Token]] = []
    players._on_new_token = lambda key, token: callbacks.append((key, token))
    assert players.refresh("p1", signed_in, refresher) == siblings
    assert len(refresher.calls) == 1
    assert callbacks == []


def test_a_dead_refresh_token_raises_relogin_required_once_and_drops_the_pair(signed_in: Token) -> None:
    players = PlayerTokens()
    players.put("p1", signed_in)
    calls: list[Token] = []
    cause = rejected("refresh token expired")

    def dead(current: Token) -> Token:
        calls.append(current)
        raise cause

    with pytest.raises(ReloginRequired) as caught:
        players.refresh("p1", signed_in, dead)
    assert calls == [signed_in]
    assert caught.value.__cause__ is cause
    assert (caught.value.platform, caught.value.http_status, caught.value.request_id) == (
        "playnanoo",
        401,
        "req-1",
    )
    assert players.get("p1") is None
    assert SECRET_MARK not in str(caught.value) + repr(caught.value)


def test_relogin_required_from_do_refresh_is_passed_through(signed_in: Token) -> None:
    players = PlayerTokens()
    players.put("p1", signed_in)
    own = ReloginRequired("blocked", platform="playnanoo", http_status=401)

    def dead(current: Token) -> Token:
        raise own

    with pytest.raises(ReloginRequired) as caught:
        players.refresh("p1", signed_in, dead)
    assert caught.value is own
    assert players.get("p1") is None


def test_no_refresh_token_means_relogin_without_a_call(refresher: Refresher) -> None:
    players = PlayerTokens()
    bare = make_token("bare", issued_at=1.0, refresh=False)
    players.put("p1", bare)
    with pytest.raises(ReloginRequired):
        players.refresh("p1", bare, refresher)
    assert refresher.calls == []
    assert players.get("p1") is None


def test_other_failures_propagate_and_leave_the_store_alone(signed_in: Token) -> None:
    players = PlayerTokens()
    players.put("p1", signed_in)
    outage = ServerError("down", platform="playnanoo", http_status=503)

    def failing(current: Token) -> Token:
        raise outage

    with pytest.raises(ServerError) as caught:
        players.refresh("p1", signed_in, failing)
    assert caught.value is outage
    assert players.get("p1") == signed_in


def test_the_callback_runs_after_the_store_holds_the_new_pair(signed_in: Token, refresher: Refresher) -> None:
    seen: list[tuple[str, Token, Token | None]] = []
    players: PlayerTokens

    def on_new_token(player_key: str, token: Token) -> None:
        seen.append((player_key, token, players.get(player_key)))

    players = PlayerTokens(on_new_token=on_new_token)
    players.put("p1", signed_in)
    fresh = players.refresh("p1", signed_in, refresher)
    assert seen == [("p1", fresh, fresh)]
    players.refresh("p1", signed_in, refresher)  # a sibling's pair: no second callback
    assert len(seen) == 1


def test_a_failing_callback_is_logged_and_the_refresh_still_succeeds(
    signed_in: Token, refresher: Refresher, caplog: pytest.LogCaptureFixture
) -> None:
    def on_new_token(player_key: str, token: Token) -> None:
        raise RuntimeError("callback broke")

    players = PlayerTokens(on_new_token=on_new_token)
    players.put("p1", signed_in)
    with caplog.at_level(logging.DEBUG, logger="gameplatform"):
        fresh = players.refresh("p1", signed_in, refresher)
    assert players.get("p1") == fresh
    assert "on_new_token failed" in caplog.text
    assert SECRET_MARK not in caplog.text


def test_a_slow_refresh_of_one_player_does_not_block_another(signed_in: Token) -> None:
    players = PlayerTokens()
    other = make_token("other-signin", issued_at=1000.0)
    players.put("a", signed_in)
    players.put("b", other)
    assert signed_in.refresh_token is not None
    assert other.refresh_token is not None
    refresher = Refresher({signed_in.refresh_token, other.refresh_token})
    release_a = threading.Event()
    a_done = threading.Event()
    refresher.gate = waiting_on(release_a)

    def refresh_a() -> None:
        players.refresh("a", signed_in, refresher)
        a_done.set()

    slow = threading.Thread(target=refresh_a)
    slow.start()
    try:
        assert refresher.started.wait(WAIT)
        fast_refresher = Refresher({other.refresh_token})
        players.refresh("b", other, fast_refresher)
        assert not a_done.is_set()  # b finished while a was still refreshing
        assert len(fast_refresher.calls) == 1
    finally:
        release_a.set()
        slow.join(WAIT)
    assert a_done.is_set()


def test_per_player_locks_are_dropped_when_unused(signed_in: Token, refresher: Refresher) -> None:
    players = PlayerTokens()
    for number in range(5):
        players.put(f"p{number}", signed_in)
        players.refresh(f"p{number}", signed_in, lambda current: make_token("x", issued_at=1.0))
    assert len(players._player_locks) == 0


def test_refresh_without_the_store_lock_after_lock_wait(
    signed_in: Token, refresher: Refresher, caplog: pytest.LogCaptureFixture
) -> None:
    spy = SpyStore(MemoryTokenStore())
    players = PlayerTokens(store=spy, lock_wait=0)
    players.put("p1", signed_in)
    assert spy.inner.lock("player:p1", 30).acquire(blocking=False)
    with caplog.at_level(logging.WARNING, logger="gameplatform.tokens"):
        fresh = players.refresh("p1", signed_in, refresher)
    assert players.get("p1") == fresh
    assert "refreshing without it" in caplog.text


def test_a_whole_life_cycle_logs_nothing_secret(
    signed_in: Token, refresher: Refresher, caplog: pytest.LogCaptureFixture
) -> None:
    players = PlayerTokens(on_new_token=lambda key, token: None)
    with caplog.at_level(logging.DEBUG, logger="gameplatform"):
        players.put("p1", signed_in)
        fresh = players.refresh("p1", signed_in, refresher)
        players.refresh("p1", signed_in, refresher)
        with pytest.raises(ReloginRequired):
            players.refresh("p1", fresh, lambda current: (_ for _ in ()).throw(rejected()))
        players.forget("p1")
    assert caplog.records
    assert SECRET_MARK not in caplog.text
    assert SECRET_MARK not in repr(players)


def test_do_refresh_must_return_a_token(signed_in: Token) -> None:
    players = PlayerTokens()
    players.put("p1", signed_in)
    with pytest.raises(TypeError, match="not a Token"):
        players.refresh("p1", signed_in, lambda current: "token")  # type: ignore[arg-type,return-value]
    assert players.get("p1") == signed_in


@pytest.mark.parametrize(
    ("call", "field"),
    [
        (lambda players, token: players.get(""), "player_key"),
        (lambda players, token: players.put("p", "token"), "token"),
        (lambda players, token: players.refresh("", token, lambda t: t), "player_key"),
        (lambda players, token: players.refresh("p", None, lambda t: t), "stale"),
        (lambda players, token: players.refresh("p", token, None), "do_refresh"),
    ],
)
def test_bad_arguments_raise_validation_error(
    call: Callable[[PlayerTokens, Token], object], field: str, signed_in: Token
) -> None:
    with pytest.raises(ValidationError) as caught:
        call(PlayerTokens(), signed_in)
    assert caught.value.field == field


@pytest.mark.parametrize(
    ("settings", "field"),
    [
        ({"store": object()}, "store"),
        ({"prefix": None}, "prefix"),
        ({"clock": None}, "clock"),
        ({"lock_timeout": 0}, "lock_timeout"),
        ({"lock_wait": -1}, "lock_wait"),
        ({"ttl": 0}, "ttl"),
        ({"platform": ""}, "platform"),
        ({"on_new_token": "print"}, "on_new_token"),
    ],
)
def test_bad_settings_raise_validation_error(settings: dict[str, object], field: str) -> None:
    with pytest.raises(ValidationError) as caught:
        PlayerTokens(**settings)  # type: ignore[arg-type]
    assert caught.value.field == field
