"""Test doubles for the token tests: a settable clock, a recording store, counted locks."""

from __future__ import annotations

import threading
from collections.abc import Callable
from types import TracebackType
from typing import Any, Self

from gameplatform.tokens import StoreLock, Token, TokenStore

SECRET_MARK = "SECRET"
"""Every token string built here contains this, so a log leak is easy to spot."""

StoreFactory = Callable[[], TokenStore]
"""Builds a store; stores built by one factory share their data, like processes sharing one."""

WAIT = 20.0
"""Upper bound for waiting on another thread or process; reached only when a test fails."""


def waiting_on(event: threading.Event) -> Callable[[], None]:
    """A gate that holds its caller until ``event`` is set (bounded by :data:`WAIT`)."""

    def wait() -> None:
        event.wait(WAIT)

    return wait


class FakeClock:
    """A clock that moves only when told to."""

    def __init__(self, now: float = 1_000_000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


def make_token(
    name: str, *, issued_at: float, lifetime: float | None = 1000.0, refresh: bool = True, **extra: Any
) -> Token:
    """A token whose access and refresh tokens are recognisable (and marked secret)."""
    return Token(
        access_token=f"access-{SECRET_MARK}-{name}",
        expires_at=None if lifetime is None else issued_at + lifetime,
        issued_at=issued_at,
        refresh_token=f"refresh-{SECRET_MARK}-{name}" if refresh else None,
        extra=extra,
    )


class Fetcher:
    """A ``fetch`` callable: counts calls, may block on a gate or fail, issues tokens at ``clock()``."""

    def __init__(self, clock: Callable[[], float], *, lifetime: float | None = 1000.0) -> None:
        self.clock = clock
        self.lifetime = lifetime
        self.calls = 0
        self.started = threading.Event()
        self.finished = threading.Event()
        self.gate: Callable[[], None] | None = None
        self.failure: BaseException | None = None
        self._count = threading.Lock()

    def __call__(self) -> Token:
        with self._count:
            self.calls += 1
            number = self.calls
        self.started.set()
        try:
            if self.gate is not None:
                self.gate()
            if self.failure is not None:
                raise self.failure
            return make_token(f"fetched-{number}", issued_at=self.clock(), lifetime=self.lifetime)
        finally:
            self.finished.set()


class CountingLock:
    """Stands in for a ``threading.Lock`` and counts acquire attempts, so a test can
    wait until N threads are really contending for it."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._attempts_changed = threading.Condition()
        self.attempts = 0

    def acquire(self, blocking: bool = True, timeout: float = -1) -> bool:
        with self._attempts_changed:
            self.attempts += 1
            self._attempts_changed.notify_all()
        return self._lock.acquire(blocking, timeout)

    def release(self) -> None:
        self._lock.release()

    def __enter__(self) -> bool:
        return self.acquire()

    def __exit__(self, *exc_info: object) -> None:
        self.release()

    def wait_for_attempts(self, count: int) -> bool:
        with self._attempts_changed:
            return self._attempts_changed.wait_for(lambda: self.attempts >= count, WAIT)


class SpyStore:
    """A :class:`TokenStore` wrapper that records calls and can fail or pause them."""

    def __init__(self, inner: TokenStore) -> None:
        self.inner = inner
        self.calls: list[tuple[str, str]] = []
        self.failure: BaseException | None = None
        self.before_acquire: Callable[[bool], None] | None = None
        self.acquire_attempts = 0
        self._changed = threading.Condition()

    def _record(self, operation: str, key: str) -> None:
        with self._changed:
            self.calls.append((operation, key))
        if self.failure is not None:
            raise self.failure

    def get(self, key: str) -> Token | None:
        self._record("get", key)
        return self.inner.get(key)

    def set(self, key: str, token: Token, ttl: float | None) -> None:
        self._record("set", key)
        self.inner.set(key, token, ttl)

    def delete(self, key: str) -> None:
        self._record("delete", key)
        self.inner.delete(key)

    def lock(self, key: str, timeout: float) -> SpyLock:
        self._record("lock", key)
        return SpyLock(self, self.inner.lock(key, timeout))

    def note_acquire(self, blocking: bool) -> None:
        with self._changed:
            self.acquire_attempts += 1
            self._changed.notify_all()
        if self.before_acquire is not None:
            self.before_acquire(blocking)

    def wait_for_acquire_attempts(self, count: int) -> bool:
        with self._changed:
            return self._changed.wait_for(lambda: self.acquire_attempts >= count, WAIT)

    def operations(self) -> list[str]:
        with self._changed:
            return [operation for operation, _ in self.calls]


class SpyLock:
    """The lock of a :class:`SpyStore`."""

    def __init__(self, store: SpyStore, inner: StoreLock) -> None:
        self.store = store
        self.inner = inner

    def acquire(self, *, blocking: bool = True, timeout: float | None = None) -> bool:
        self.store.note_acquire(blocking)
        return self.inner.acquire(blocking=blocking, timeout=timeout)

    def release(self) -> None:
        self.inner.release()

    def __enter__(self) -> Self:
        self.inner.__enter__()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.inner.__exit__(exc_type, exc, tb)
