"""Per-player token pairs whose refresh token rotates (PlayNANOO style).

When a call answers 401, the client refreshes the pair with the refresh token and
retries once. The refresh token dies on use, so two concurrent refreshes of one
player would make the second fail: :meth:`PlayerTokens.refresh` lets one caller
(per player, across every process sharing the store) refresh, and hands its new
pair to the others.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from gameplatform._fork import reset_after_fork
from gameplatform.errors import AuthenticationError, ReloginRequired, ValidationError
from gameplatform.tokens._store import (
    MemoryTokenStore,
    StoreLock,
    TokenStore,
    check_key,
    check_seconds,
    check_token,
    guarded,
)
from gameplatform.tokens._token import Token

__all__ = ["PlayerTokens"]

logger = logging.getLogger("gameplatform.tokens")


class _KeyedLocks:
    """One :class:`threading.Lock` per key, existing only while someone uses it."""

    def __init__(self) -> None:
        self._guard = threading.Lock()
        self._locks: dict[str, tuple[threading.Lock, list[int]]] = {}

    @contextmanager
    def hold(self, key: str) -> Iterator[None]:
        with self._guard:
            entry = self._locks.get(key)
            if entry is None:
                entry = self._locks[key] = (threading.Lock(), [0])
            entry[1][0] += 1
        try:
            with entry[0]:
                yield
        finally:
            with self._guard:
                entry[1][0] -= 1
                if entry[1][0] == 0:
                    del self._locks[key]

    def __len__(self) -> int:
        with self._guard:
            return len(self._locks)


class PlayerTokens:
    """Each player's token pair, kept in a :class:`TokenStore` under ``prefix + player_key``.

    ``store`` defaults to a new :class:`MemoryTokenStore` (one process) running on
    ``clock``; share a :class:`RedisTokenStore` between processes so a refresh in one
    is seen by all.
    ``ttl`` is how long the store keeps a pair after it was put or refreshed (set it
    to the refresh token's life when the platform says it; ``None``: until
    :meth:`forget`). ``lock_timeout`` is how long the store lock lives if its holder
    dies: keep it above the longest a refresh call can take. ``lock_wait`` bounds how
    long :meth:`refresh` waits for another process's refresh (default:
    ``lock_timeout``); past it, it refreshes without the lock.

    ``on_new_token(player_key, token)`` is called after every refresh this object
    makes, once the new pair is in the store (e.g. to hand it to the game client).
    It is not called for a pair that a sibling refreshed. If it raises, the error is
    logged and the refresh still succeeds: the pair is saved, and failing the
    caller's retry would only waste it.
    """

    def __init__(
        self,
        *,
        store: TokenStore | None = None,
        prefix: str = "player:",
        clock: Callable[[], float] = time.time,
        lock_timeout: float = 30.0,
        lock_wait: float | None = None,
        ttl: float | None = None,
        platform: str = "playnanoo",
        on_new_token: Callable[[str, Token], None] | None = None,
    ) -> None:
        if not callable(clock):
            raise ValidationError("clock", "must be callable")
        if store is None:
            store = MemoryTokenStore(clock=clock)
        elif not isinstance(store, TokenStore):
            raise ValidationError("store", "must implement TokenStore (get, set, delete, lock)")
        if not isinstance(prefix, str):
            raise ValidationError("prefix", "must be a string")
        lease = check_seconds(lock_timeout, field="lock_timeout", positive=True)
        wait = check_seconds(lock_wait, field="lock_wait", optional=True)
        if wait is not None and wait < 0:
            raise ValidationError("lock_wait", "must not be negative")
        keep = check_seconds(ttl, field="ttl", optional=True, positive=True)
        if not isinstance(platform, str) or not platform:
            raise ValidationError("platform", "must be a non-empty string")
        if on_new_token is not None and not callable(on_new_token):
            raise ValidationError("on_new_token", "must be callable or None")
        self._store = guarded(store)
        self._user_store = store
        self._prefix = prefix
        self._clock = clock
        self._lock_timeout = lease
        self._lock_wait = lease if wait is None else wait
        self._ttl = keep
        self._platform = platform
        self._on_new_token = on_new_token
        self._player_locks = _KeyedLocks()
        reset_after_fork(self, PlayerTokens._after_fork)

    def _after_fork(self) -> None:
        self._player_locks = _KeyedLocks()

    @property
    def store(self) -> TokenStore:
        """The store the pairs live in."""
        return self._user_store

    def get(self, player_key: str) -> Token | None:
        """The player's current pair, or ``None`` (not signed in here, forgotten or expired)."""
        return self._store.get(self._store_key(player_key))

    def put(self, player_key: str, token: Token) -> None:
        """Keep the pair a sign-in returned."""
        check_token(token)
        self._store.set(self._store_key(player_key), token, self._ttl)

    def forget(self, player_key: str) -> None:
        """Drop the player's pair (after sign-out)."""
        self._store.delete(self._store_key(player_key))

    def refresh(self, player_key: str, stale: Token, do_refresh: Callable[[Token], Token]) -> Token:
        """A pair newer than ``stale`` (the one the platform just rejected).

        One caller per player refreshes; the others wait and get its pair. After the
        locks, the store is read again: a pair other than ``stale`` there means a
        sibling refreshed already, and it is returned without a call. Otherwise
        ``do_refresh(current)`` runs once (``current`` is the stored pair); its pair is
        saved before this returns. An empty store means the pair was found dead by a
        sibling (or forgotten at sign-out): :class:`~gameplatform.errors.ReloginRequired`
        at once, without sending a refresh token known to be dead.

        When ``do_refresh`` raises :class:`~gameplatform.errors.AuthenticationError`
        (refresh token expired, or rotated by a sibling the lock could not hold off),
        the store is read once more: a newer pair is returned if there is one;
        otherwise the dead pair is dropped and
        :class:`~gameplatform.errors.ReloginRequired` raised. Other exceptions of
        ``do_refresh`` propagate and leave the store as it was. Never loops.
        """
        store_key = self._store_key(player_key)
        check_token(stale, field="stale")
        if not callable(do_refresh):
            raise ValidationError("do_refresh", "must be callable")
        with self._player_locks.hold(store_key):
            held = self._store_lock(store_key)
            try:
                current = self._store.get(store_key)
                if current is None:
                    # A sibling found the pair dead and dropped it (or the player signed
                    # out): sending the same refresh token again could only fail.
                    raise ReloginRequired(
                        "no token pair is kept for this player any more; sign in again",
                        platform=self._platform,
                    )
                if current.access_token != stale.access_token:
                    logger.debug("player token %r was refreshed by a sibling", store_key)
                    return current
                token, refreshed = self._call_refresh(store_key, current, do_refresh)
                if not refreshed:
                    return token
                self._store.set(store_key, token, self._ttl)
            finally:
                if held is not None:
                    held.release()
        logger.info("player token %r refreshed", store_key)
        if self._on_new_token is not None:
            try:
                self._on_new_token(player_key, token)
            except Exception:
                logger.exception("on_new_token failed for player token %r (the new pair is saved)", store_key)
        return token

    def __repr__(self) -> str:
        return f"PlayerTokens(prefix={self._prefix!r}, store={self._store!r})"

    def _store_key(self, player_key: str) -> str:
        return self._prefix + check_key(player_key, field="player_key")

    def _store_lock(self, store_key: str) -> StoreLock | None:
        """The store's lock on ``store_key`` once taken, or ``None`` after ``lock_wait``."""
        lock = self._store.lock(store_key, self._lock_timeout)
        if lock.acquire(blocking=True, timeout=self._lock_wait):
            return lock
        logger.warning(
            "gave up waiting %g s for the lock on player token %r; refreshing without it",
            self._lock_wait,
            store_key,
        )
        return None

    def _call_refresh(
        self, store_key: str, base: Token, do_refresh: Callable[[Token], Token]
    ) -> tuple[Token, bool]:
        """``do_refresh(base)``: ``(new pair, True)``, or ``(a sibling's pair, False)``.

        A rejected refresh with no newer pair in the store drops ``base`` from the
        store (when it is still there) and raises ReloginRequired.
        """
        if base.refresh_token is None:
            self._drop_if_current(store_key, base, stored=self._store.get(store_key))
            raise ReloginRequired(
                "no refresh token is kept for this player; sign in again", platform=self._platform
            )
        try:
            token = do_refresh(base)
        except AuthenticationError as exc:
            latest = self._store.get(store_key)
            if latest is not None and latest.access_token != base.access_token:
                logger.info("player token %r was rotated by a sibling during the refresh", store_key)
                return latest, False
            self._drop_if_current(store_key, base, stored=latest)
            logger.info("player token %r cannot be refreshed; the player must sign in again", store_key)
            if isinstance(exc, ReloginRequired):
                raise
            raise ReloginRequired(
                "the refresh token was rejected; sign in again",
                platform=exc.platform,
                http_status=exc.http_status,
                code=exc.code,
                request_id=exc.request_id,
                body=exc.body,
            ) from exc
        if not isinstance(token, Token):
            raise TypeError(f"do_refresh returned {type(token).__name__}, not a Token")
        return token, True

    def _drop_if_current(self, store_key: str, dead: Token, *, stored: Token | None) -> None:
        """Delete the store's pair (``stored``, just read) if it is ``dead``; a newer pair is kept."""
        if stored is not None and stored.access_token == dead.access_token:
            self._store.delete(store_key)
