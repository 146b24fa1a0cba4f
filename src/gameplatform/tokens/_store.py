"""The store protocols, the lease lock shared by the stores, and the in-process store."""

from __future__ import annotations

import logging
import math
import secrets
import threading
import time
from collections.abc import Callable
from types import TracebackType
from typing import Literal, Protocol, Self, TypeVar, overload, runtime_checkable

from gameplatform._fork import reset_after_fork
from gameplatform.errors import GamePlatformError, TokenStoreError, ValidationError
from gameplatform.tokens._token import Token

__all__ = [
    "LeaseLock",
    "LockTimeout",
    "MemoryTokenStore",
    "StoreLock",
    "TokenStore",
    "poll_lease",
]

logger = logging.getLogger("gameplatform.tokens")


class LockTimeout(GamePlatformError, TimeoutError):
    """A store lock could not be acquired in time (raised by ``with store.lock(...)``)."""


@runtime_checkable
class StoreLock(Protocol):
    """A lease on one key of a :class:`TokenStore`, shared by everyone using that store.

    The lease lives at most ``timeout`` seconds (given to :meth:`TokenStore.lock`), so
    a holder that dies cannot block the others for longer. ``with lock:`` waits up to
    that same ``timeout`` and raises :class:`LockTimeout` when the lease stays taken.
    A lock object is not reentrant.
    """

    def acquire(self, *, blocking: bool = True, timeout: float | None = None) -> bool:
        """Take the lease; ``timeout`` bounds the wait (``None``: no bound). True when taken."""
        ...

    def release(self) -> None:
        """Give the lease back (a lease that already expired is left alone)."""
        ...

    def __enter__(self) -> Self: ...

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None: ...


@runtime_checkable
class TokenStore(Protocol):
    """Where tokens live, shared by every user of the same store, plus a lock per key."""

    def get(self, key: str) -> Token | None:
        """The token under ``key``, or ``None`` (never set, deleted or past its ``ttl``)."""
        ...

    def set(self, key: str, token: Token, ttl: float | None) -> None:
        """Keep ``token`` under ``key`` for ``ttl`` seconds (``None``: until deleted; ``<= 0``: drop it)."""
        ...

    def delete(self, key: str) -> None:
        """Forget ``key`` (no error when it is absent)."""
        ...

    def lock(self, key: str, timeout: float) -> StoreLock:
        """A lock on ``key`` whose lease lasts ``timeout`` seconds if its holder never releases it."""
        ...


_T = TypeVar("_T")


def guard_store_call(what: str, operation: Callable[[], _T]) -> _T:
    """Run one store operation; a failure that is not the SDK's own becomes a :class:`TokenStoreError`.

    The store's exception is not chained: only its type is named (its text may carry
    hosts, keys or credentials of the store, and callers log these errors).
    """
    try:
        return operation()
    except GamePlatformError:
        raise
    except Exception as exc:
        failure = TokenStoreError(f"{what} failed ({type(exc).__name__})")
    raise failure


class GuardedStore:
    """A :class:`TokenStore` whose failures are all SDK errors (see :func:`guard_store_call`).

    Wraps stores the SDK did not write (a user's own ``TokenStore``), so that nothing of
    their client libraries reaches the SDK's callers.
    """

    def __init__(self, inner: TokenStore) -> None:
        self.inner = inner

    def get(self, key: str) -> Token | None:
        return guard_store_call("token store get", lambda: self.inner.get(key))

    def set(self, key: str, token: Token, ttl: float | None) -> None:
        guard_store_call("token store set", lambda: self.inner.set(key, token, ttl))

    def delete(self, key: str) -> None:
        guard_store_call("token store delete", lambda: self.inner.delete(key))

    def lock(self, key: str, timeout: float) -> StoreLock:
        return _GuardedLock(guard_store_call("token store lock", lambda: self.inner.lock(key, timeout)))

    def __repr__(self) -> str:
        return repr(self.inner)


class _GuardedLock:
    def __init__(self, inner: StoreLock) -> None:
        self._inner = inner

    def acquire(self, *, blocking: bool = True, timeout: float | None = None) -> bool:
        return guard_store_call(
            "token store lock", lambda: self._inner.acquire(blocking=blocking, timeout=timeout)
        )

    def release(self) -> None:
        guard_store_call("token store unlock", self._inner.release)

    def __enter__(self) -> Self:
        guard_store_call("token store lock", self._inner.__enter__)
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        guard_store_call("token store unlock", lambda: self._inner.__exit__(exc_type, exc, tb))


def guarded(store: TokenStore) -> TokenStore:
    """``store`` itself when the SDK wrote it (its errors are typed already), else guarded."""
    if isinstance(store, MemoryTokenStore | GuardedStore) or type(store).__module__.startswith(
        "gameplatform."
    ):
        return store
    return GuardedStore(store)


def check_key(key: object, *, field: str = "key") -> str:
    """Validate a store key: a non-empty string."""
    if not isinstance(key, str) or not key:
        raise ValidationError(field, "must be a non-empty string")
    return key


@overload
def check_seconds(
    value: object, *, field: str, optional: Literal[False] = False, positive: bool = False
) -> float: ...


@overload
def check_seconds(value: object, *, field: str, optional: bool, positive: bool = False) -> float | None: ...


def check_seconds(
    value: object, *, field: str, optional: bool = False, positive: bool = False
) -> float | None:
    """Validate a duration in seconds: a finite number (``> 0`` when ``positive``, else any)."""
    if value is None and optional:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise ValidationError(field, "must be a finite number of seconds")
    if positive and value <= 0:
        raise ValidationError(field, "must be greater than 0")
    return float(value)


def check_ttl(ttl: object) -> float | None:
    """Validate a store ``ttl``: ``None`` or a finite number of seconds."""
    return check_seconds(ttl, field="ttl", optional=True)


def check_token(token: object, *, field: str = "token") -> Token:
    """Validate that ``token`` is a :class:`Token`."""
    if not isinstance(token, Token):
        raise ValidationError(field, "must be a gameplatform.tokens.Token")
    return token


class LeaseLock:
    """What every :class:`StoreLock` shares: argument checks, ownership, ``with``.

    Subclasses implement :meth:`_acquire` and :meth:`_release` for their medium (a store
    of your own can too; :func:`poll_lease` is the waiting loop for stores without a wake-up).
    Each successful acquire is identified by a fresh random owner id, so a holder whose
    lease expired can never release a lease that someone else took since.
    """

    def __init__(self, *, key: str, timeout: float) -> None:
        self._key = key
        self._timeout = timeout
        self._owner: str | None = None

    @property
    def key(self) -> str:
        """The store key this lock guards."""
        return self._key

    @property
    def timeout(self) -> float:
        """How long a lease lasts when its holder never releases it (seconds)."""
        return self._timeout

    @property
    def held(self) -> bool:
        """Whether this object holds the lease (as far as it knows: the lease may have expired)."""
        return self._owner is not None

    def acquire(self, *, blocking: bool = True, timeout: float | None = None) -> bool:
        """Take the lease; see :class:`StoreLock`."""
        if not blocking and timeout is not None:
            raise ValidationError("timeout", "cannot be given with blocking=False")
        wait = check_seconds(timeout, field="timeout", optional=True)
        if wait is not None and wait < 0:
            raise ValidationError("timeout", "must not be negative")
        if self._owner is not None:
            raise RuntimeError(f"the lock on {self._key!r} is already held by this object (not reentrant)")
        owner = secrets.token_hex(16)
        deadline = None if wait is None else time.monotonic() + wait
        if self._acquire(owner, blocking=blocking, deadline=deadline):
            self._owner = owner
            return True
        return False

    def release(self) -> None:
        """Give the lease back; see :class:`StoreLock`."""
        owner = self._owner
        if owner is None:
            raise RuntimeError(f"release of the lock on {self._key!r}, which this object does not hold")
        self._owner = None
        if not self._release(owner):
            logger.warning(
                "the lock on %r expired before its holder released it (lease %.1f s); "
                "raise the lock timeout above the time the guarded work takes",
                self._key,
                self._timeout,
            )

    def __enter__(self) -> Self:
        if not self.acquire(blocking=True, timeout=self._timeout):
            raise LockTimeout(f"could not acquire the lock on {self._key!r} within {self._timeout:g} s")
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.release()

    def __repr__(self) -> str:
        return f"{type(self).__name__}(key={self._key!r}, timeout={self._timeout!r}, held={self.held})"

    def _acquire(self, owner: str, *, blocking: bool, deadline: float | None) -> bool:
        """Take the lease for ``owner``; wait (when ``blocking``) until ``deadline`` (monotonic)."""
        raise NotImplementedError

    def _release(self, owner: str) -> bool:
        """Drop the lease if ``owner`` still holds it; False when it had expired."""
        raise NotImplementedError


_FIRST_POLL = 0.002
_MAX_POLL = 0.05


def poll_lease(take: Callable[[], bool], *, blocking: bool, deadline: float | None) -> bool:
    """Call ``take()`` until it takes the lease; for stores with no wake-up on release.

    With ``blocking``, it polls (2 ms, doubling up to 50 ms: hand-over stays fast and the
    load on the store low) until ``deadline`` (monotonic seconds; ``None``: no bound).
    Store implementations use it in :meth:`LeaseLock._acquire`.
    """
    poll = _FIRST_POLL
    while True:
        if take():
            return True
        if not blocking:
            return False
        pause = poll
        if deadline is not None:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return False
            pause = min(pause, remaining)
        time.sleep(pause)
        poll = min(poll * 2, _MAX_POLL)


class MemoryTokenStore:
    """Tokens in this process's memory: the default store, thread-safe.

    Every object using the same instance shares its tokens and locks; other
    processes do not (use :class:`RedisTokenStore` for that).
    ``clock`` (monotonic seconds) decides when a ``ttl`` or a lock lease runs out;
    waiting for a lock always uses real time.
    """

    def __init__(self, *, clock: Callable[[], float] = time.monotonic) -> None:
        if not callable(clock):
            raise ValidationError("clock", "must be callable")
        self._clock = clock
        self._changed = threading.Condition(threading.Lock())
        self._tokens: dict[str, tuple[Token, float]] = {}
        self._leases: dict[str, tuple[str, float]] = {}
        reset_after_fork(self, MemoryTokenStore._after_fork)

    def _after_fork(self) -> None:
        """In a forked child: the tokens are kept (a copy, this process's own from now on);
        the leases are dropped, since the threads holding them do not exist here."""
        self._changed = threading.Condition(threading.Lock())
        self._leases = {}

    def get(self, key: str) -> Token | None:
        """The token under ``key``, or ``None``."""
        check_key(key)
        with self._changed:
            entry = self._tokens.get(key)
            if entry is None:
                return None
            token, deadline = entry
            if self._clock() >= deadline:
                del self._tokens[key]
                return None
            return token

    def set(self, key: str, token: Token, ttl: float | None) -> None:
        """Keep ``token`` under ``key`` for ``ttl`` seconds (``None``: until deleted)."""
        check_key(key)
        check_token(token)
        seconds = check_ttl(ttl)
        with self._changed:
            if seconds is not None and seconds <= 0:
                self._tokens.pop(key, None)
                return
            deadline = math.inf if seconds is None else self._clock() + seconds
            self._tokens[key] = (token, deadline)

    def delete(self, key: str) -> None:
        """Forget ``key``."""
        check_key(key)
        with self._changed:
            self._tokens.pop(key, None)

    def lock(self, key: str, timeout: float) -> MemoryStoreLock:
        """A lock on ``key`` (one lease per key for this whole store)."""
        check_key(key)
        lease = check_seconds(timeout, field="timeout", positive=True)
        return MemoryStoreLock(store=self, key=key, timeout=lease)

    def __repr__(self) -> str:
        return f"MemoryTokenStore(keys={len(self._tokens)})"


class MemoryStoreLock(LeaseLock):
    """A :class:`StoreLock` of a :class:`MemoryTokenStore`."""

    def __init__(self, *, store: MemoryTokenStore, key: str, timeout: float) -> None:
        super().__init__(key=key, timeout=timeout)
        self._store = store

    def _acquire(self, owner: str, *, blocking: bool, deadline: float | None) -> bool:
        store = self._store
        with store._changed:
            while True:
                now = store._clock()
                lease = store._leases.get(self._key)
                if lease is None or now >= lease[1]:
                    store._leases[self._key] = (owner, now + self._timeout)
                    return True
                if not blocking:
                    return False
                # Woken by a release; otherwise look again when the current lease runs out.
                wait = max(lease[1] - now, 0.001)
                if deadline is not None:
                    remaining = deadline - time.monotonic()
                    if remaining <= 0:
                        return False
                    wait = min(wait, remaining)
                store._changed.wait(wait)

    def _release(self, owner: str) -> bool:
        store = self._store
        with store._changed:
            lease = store._leases.get(self._key)
            if lease is None or lease[0] != owner:
                return False
            del store._leases[self._key]
            store._changed.notify_all()
            # A lease past its end that nobody took yet was still ours to drop, but it had expired.
            return store._clock() < lease[1]
