"""A server token that renews itself: once per process and once across processes.

Modelled on botocore's ``RefreshableCredentials``. A token is, at a given moment:

- *fresh* until ``issued_at + advisory_fraction * lifetime``: used as is. STOVE hands
  back the very same token until 70 % of its life has passed, so renewing earlier
  is wasted;
- in its *advisory* window after that: still used, while one caller (in the whole
  fleet) tries to renew it without making anyone wait; a failure is logged and the
  current token kept, and the next attempt waits ``advisory_retry_seconds``;
- in its *mandatory* window in its last ``min(mandatory_seconds, 10 % of lifetime)``
  seconds, or absent: every caller waits for the one renewal, and a failed
  renewal raises the fetch's exception.
"""

from __future__ import annotations

import logging
import math
import threading
import time
from collections.abc import Callable

from gameplatform._fork import reset_after_fork
from gameplatform.errors import GamePlatformError, ValidationError
from gameplatform.tokens._store import StoreLock, TokenStore, check_key, check_seconds, check_token
from gameplatform.tokens._token import Token

__all__ = ["RefreshingToken"]

logger = logging.getLogger("gameplatform.tokens")

_MANDATORY_SHARE = 0.1
"""The mandatory window never exceeds this share of a token's lifetime."""


class _Cached:
    """A token with the moments its advisory and mandatory windows start."""

    __slots__ = ("fresh_until", "token", "usable_until")

    def __init__(self, token: Token, fresh_until: float, usable_until: float) -> None:
        self.token = token
        self.fresh_until = fresh_until
        self.usable_until = usable_until


def _describe(exc: BaseException) -> str:
    """An exception for a log line: the SDK's own messages carry no secrets, others only their type."""
    if isinstance(exc, GamePlatformError):
        return f"{type(exc).__name__}: {exc}"
    return type(exc).__name__


class RefreshingToken:
    """A token fetched on demand, kept in a :class:`TokenStore` and renewed before it expires.

    ``fetch`` asks the platform for a token and returns it with ``issued_at`` set to
    the moment of receipt and ``expires_at = issued_at + expires_in`` (see
    :meth:`Token.from_expires_in`); it should raise on failure (its exception reaches
    the caller when renewal is mandatory). ``store`` shares the token, under ``key``,
    with every process using the same store; the store's lock makes one of them fetch
    while the others wait or keep using the current token.

    ``lock_timeout`` is how long the store lock lives if its holder dies: keep it above
    the longest a ``fetch`` can take (all retries included). ``lock_wait`` bounds how
    long a caller that must renew waits for another process's renewal (default:
    ``lock_timeout``); past it, it renews without the lock rather than fail.

    :meth:`get` on a fresh token reads one attribute and the clock: it never touches
    the store.
    """

    def __init__(
        self,
        *,
        store: TokenStore,
        key: str,
        fetch: Callable[[], Token],
        clock: Callable[[], float] = time.time,
        advisory_fraction: float = 0.7,
        mandatory_seconds: float = 60.0,
        lock_timeout: float = 30.0,
        lock_wait: float | None = None,
        advisory_retry_seconds: float = 10.0,
    ) -> None:
        if not isinstance(store, TokenStore):
            raise ValidationError("store", "must implement TokenStore (get, set, delete, lock)")
        check_key(key)
        if not callable(fetch):
            raise ValidationError("fetch", "must be callable")
        if not callable(clock):
            raise ValidationError("clock", "must be callable")
        fraction = check_seconds(advisory_fraction, field="advisory_fraction", positive=True)
        if fraction > 1:
            raise ValidationError("advisory_fraction", "must be in (0, 1]")
        mandatory = check_seconds(mandatory_seconds, field="mandatory_seconds")
        if mandatory < 0:
            raise ValidationError("mandatory_seconds", "must not be negative")
        lease = check_seconds(lock_timeout, field="lock_timeout", positive=True)
        wait = check_seconds(lock_wait, field="lock_wait", optional=True)
        if wait is not None and wait < 0:
            raise ValidationError("lock_wait", "must not be negative")
        retry = check_seconds(advisory_retry_seconds, field="advisory_retry_seconds")
        if retry < 0:
            raise ValidationError("advisory_retry_seconds", "must not be negative")

        self._store = store
        self._key = key
        self._fetch = fetch
        self._clock = clock
        self._advisory_fraction = fraction
        self._mandatory_seconds = mandatory
        self._lock_timeout = lease
        self._lock_wait = lease if wait is None else wait
        self._advisory_retry_seconds = retry

        self._cached: _Cached | None = None
        self._mutex = threading.Lock()
        self._advisory_not_before = -math.inf
        self._mandatory_attempts = 0
        self._mandatory_failure: BaseException | None = None
        reset_after_fork(self, RefreshingToken._after_fork)

    @property
    def key(self) -> str:
        """The store key of this token."""
        return self._key

    @property
    def store(self) -> TokenStore:
        """The store this token is shared through."""
        return self._store

    def get(self) -> Token:
        """A usable token: the current one, or a renewed one when renewal is due."""
        cached = self._cached
        if cached is not None and self._clock() < cached.fresh_until:
            return cached.token
        return self._get_slow(cached)

    def invalidate(self, token: Token) -> None:
        """The platform rejected ``token``: forget it if it is still the current one.

        Drops it from this object and from the store (only if the store still holds
        that very token, so a sibling's newer token survives); the next :meth:`get`
        fetches. A store failure here is logged, not raised, since the caller is
        already handling the platform's rejection.
        """
        check_token(token)
        with self._mutex:
            cached = self._cached
            if cached is not None and cached.token.access_token == token.access_token:
                self._cached = None
            try:
                lock = self._store.lock(self._key, self._lock_timeout)
                acquired = lock.acquire(blocking=True, timeout=self._lock_wait)
                try:
                    stored = self._store.get(self._key)
                    if stored is not None and stored.access_token == token.access_token:
                        self._store.delete(self._key)
                finally:
                    if acquired:
                        lock.release()
            except Exception as exc:
                logger.warning(
                    "could not drop the rejected token %r from the store (%s)", self._key, _describe(exc)
                )
            logger.info("token %r invalidated; the next use fetches a new one", self._key)

    def __repr__(self) -> str:
        cached = self._cached
        expires_at = None if cached is None else cached.token.expires_at
        return f"RefreshingToken(key={self._key!r}, expires_at={expires_at!r})"

    def _after_fork(self) -> None:
        """In a forked child: a mutex no thread holds; the cached token (still valid) is kept."""
        self._mutex = threading.Lock()
        self._mandatory_failure = None

    def _windows(self, token: Token) -> _Cached:
        """``token`` with the moments its advisory and mandatory windows start."""
        lifetime = token.lifetime
        if lifetime is None or token.expires_at is None:
            return _Cached(token, math.inf, math.inf)
        if lifetime <= 0:
            return _Cached(token, -math.inf, -math.inf)
        usable_until = token.expires_at - min(self._mandatory_seconds, _MANDATORY_SHARE * lifetime)
        fresh_until = min(token.issued_at + self._advisory_fraction * lifetime, usable_until)
        return _Cached(token, fresh_until, usable_until)

    def _get_slow(self, cached: _Cached | None) -> Token:
        if cached is not None and self._clock() < cached.usable_until:
            # Advisory: one caller renews, nobody waits.
            if self._clock() < self._advisory_not_before or not self._mutex.acquire(blocking=False):
                return cached.token
        else:
            # Mandatory: wait for whoever renews; share its failure rather than queue
            # up one slow failing fetch per waiting thread.
            attempts = self._mandatory_attempts
            self._mutex.acquire()
            failure = self._mandatory_failure
            if self._mandatory_attempts != attempts and failure is not None:
                self._mutex.release()
                raise failure
        try:
            return self._refresh_locked()
        finally:
            self._mutex.release()

    def _refresh_locked(self) -> Token:
        """With the mutex held: look again at the window, then renew as it demands."""
        cached = self._cached
        now = self._clock()
        if cached is not None and now < cached.fresh_until:
            return cached.token
        if cached is not None and now < cached.usable_until:
            if now < self._advisory_not_before:
                return cached.token
            try:
                return self._renew_advisory(cached)
            except Exception as exc:
                self._advisory_not_before = self._clock() + self._advisory_retry_seconds
                logger.warning(
                    "advisory renewal of token %r failed (%s); keeping the current token, "
                    "valid for %.0f s more; next attempt in %g s",
                    self._key,
                    _describe(exc),
                    (cached.token.expires_at or now) - now,
                    self._advisory_retry_seconds,
                )
                return cached.token
        try:
            token = self._renew_mandatory()
        except Exception as exc:
            self._mandatory_failure = exc
            self._mandatory_attempts += 1
            raise
        self._mandatory_failure = None
        self._mandatory_attempts += 1
        return token

    def _renew_advisory(self, cached: _Cached) -> Token:
        """Renew if no other process is renewing; otherwise keep ``cached`` for a while."""
        adopted = self._adopt_stored(fresh=True)
        if adopted is not None:
            return adopted
        lock = self._store.lock(self._key, self._lock_timeout)
        if not lock.acquire(blocking=False):
            # Another process is renewing; pick its token up from the store later.
            self._advisory_not_before = self._clock() + self._advisory_retry_seconds
            logger.debug("token %r is being renewed elsewhere; keeping the current one", self._key)
            return cached.token
        try:
            adopted = self._adopt_stored(fresh=True)
            if adopted is not None:
                return adopted
            return self._fetch_and_keep(window="advisory")
        finally:
            self._release_quietly(lock)

    def _renew_mandatory(self) -> Token:
        """Get a usable token, waiting for another process's renewal if there is one."""
        held: StoreLock | None = None
        store_answers = True
        try:
            try:
                adopted = self._adopt_stored(fresh=False)
                if adopted is not None:
                    return adopted
                lock = self._store.lock(self._key, self._lock_timeout)
                if lock.acquire(blocking=True, timeout=self._lock_wait):
                    held = lock
                    adopted = self._adopt_stored(fresh=False)
                    if adopted is not None:
                        return adopted
                else:
                    logger.warning(
                        "gave up waiting %g s for the lock on token %r; renewing without it",
                        self._lock_wait,
                        self._key,
                    )
            except Exception as exc:
                # A broken shared store must not stop this process from getting a token;
                # nor is it asked again in this renewal (each try could cost a timeout).
                store_answers = False
                logger.warning(
                    "token store unavailable for %r (%s); fetching a token for this process only",
                    self._key,
                    _describe(exc),
                )
            return self._fetch_and_keep(window="mandatory", share=store_answers)
        finally:
            if held is not None:
                self._release_quietly(held)

    def _adopt_stored(self, *, fresh: bool) -> Token | None:
        """The store's token if it is fresh (or at least usable), now cached here; else ``None``."""
        stored = self._store.get(self._key)
        if stored is None:
            return None
        candidate = self._windows(stored)
        limit = candidate.fresh_until if fresh else candidate.usable_until
        if self._clock() >= limit:
            return None
        self._cached = candidate
        self._advisory_not_before = -math.inf
        logger.debug("token %r taken from the store", self._key)
        return stored

    def _fetch_and_keep(self, *, window: str, share: bool = True) -> Token:
        """Call ``fetch``; cache the token here and (when ``share``) in the store."""
        logger.debug("fetching token %r (%s renewal)", self._key, window)
        token = self._fetch()
        if not isinstance(token, Token):
            raise TypeError(f"fetch for {self._key!r} returned {type(token).__name__}, not a Token")
        self._cached = self._windows(token)
        self._advisory_not_before = -math.inf
        ttl = None if token.expires_at is None else token.expires_at - self._clock()
        try:
            if share:
                self._store.set(self._key, token, ttl)
        except Exception as exc:
            logger.warning(
                "could not save the new token %r to the store (%s); other processes will fetch their own",
                self._key,
                _describe(exc),
            )
        logger.info(
            "token %r renewed (%s), lifetime %s s",
            self._key,
            window,
            "unknown" if token.lifetime is None else f"{token.lifetime:.0f}",
        )
        return token

    def _release_quietly(self, lock: StoreLock) -> None:
        try:
            lock.release()
        except Exception as exc:
            logger.warning("could not release the lock on token %r (%s)", self._key, _describe(exc))
