"""Tokens, locks and wallet answers on any Django cache backend.

Works on every backend with an atomic ``cache.add()``: local memory, database, Redis
(Django's own ``RedisCache`` or django-redis), Memcached. Timeouts are rounded up to
whole seconds, since the Redis and Memcached backends keep whole seconds (one more on
Memcached, whose expiry clock ticks once a second).

A lock is a lease: ``cache.add(lock_key, owner, timeout=lease)`` takes it, so it
expires on its own when its holder dies. Release reads the key and deletes it only
if it still holds this owner's id. Generic caches have no compare-and-delete, so the
read and the delete are two steps: a lease that expires between them (its holder
overran the lease) could delete the next holder's lease. Keep the lease (``timeout``)
well above the time the guarded work takes, as with every lease lock.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Callable
from typing import Any, TypeVar

from django.core.cache import BaseCache, caches
from django.core.cache.backends.memcached import BaseMemcachedCache

from gameplatform.errors import TokenStoreError, ValidationError
from gameplatform.tokens import LeaseLock, Token, poll_lease

__all__ = ["DjangoCacheAnswerStore", "DjangoCacheLock", "DjangoCacheTokenStore"]

logger = logging.getLogger("gameplatform.tokens")

_T = TypeVar("_T")


def _whole_seconds(cache: BaseCache, seconds: float) -> int:
    """``seconds`` as the backend's timeout: whole seconds, rounded up, at least 1 (0 would mean
    "expire now"). Memcached counts expiry on a clock that ticks once a second, so an entry
    may go up to a second early: it gets one more, so a lease is never shorter than asked."""
    whole = max(1, math.ceil(seconds))
    return whole + 1 if isinstance(cache, BaseMemcachedCache) else whole


def _check_key(key: object) -> str:
    if not isinstance(key, str) or not key:
        raise ValidationError("key", "must be a non-empty string")
    return key


def _check_seconds(value: object, field: str, *, positive: bool = False) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise ValidationError(field, "must be a finite number of seconds")
    if positive and value <= 0:
        raise ValidationError(field, "must be greater than 0")
    return float(value)


class DjangoCacheTokenStore:
    """A :class:`~gameplatform.tokens.TokenStore` on the Django cache ``cache_alias``.

    Tokens are kept as JSON (:meth:`Token.to_json`) under ``{prefix}token:{key}``, locks
    under ``{prefix}lock:{key}``. Every process using the same cache shares them. A
    failing cache (Redis down, a missing cache table) raises
    :class:`~gameplatform.errors.TokenStoreError`, never the backend's own exception.
    """

    def __init__(self, cache_alias: str = "default", *, prefix: str = "gameplatform:") -> None:
        if not isinstance(cache_alias, str) or not cache_alias:
            raise ValidationError("cache_alias", "must be a cache name")
        if not isinstance(prefix, str):
            raise ValidationError("prefix", "must be a string")
        self._alias = cache_alias
        self._prefix = prefix

    @property
    def cache_alias(self) -> str:
        """The name of the Django cache used."""
        return self._alias

    @property
    def cache(self) -> BaseCache:
        """The cache itself (looked up on each use, so ``override_settings(CACHES=…)`` applies)."""
        return caches[self._alias]

    def token_key(self, key: str) -> str:
        """The cache key holding the token stored under ``key``."""
        return f"{self._prefix}token:{_check_key(key)}"

    def lock_key(self, key: str) -> str:
        """The cache key holding the lease of ``key``'s lock."""
        return f"{self._prefix}lock:{_check_key(key)}"

    def _call(self, what: str, operation: Callable[[BaseCache], _T]) -> _T:
        try:
            return operation(self.cache)
        except Exception as error:
            # The backend's message may name hosts or users; the type says enough.
            raise TokenStoreError(
                f"Django cache {self._alias!r} failed to {what} ({type(error).__name__})"
            ) from error

    def get(self, key: str) -> Token | None:
        """The token under ``key``, or ``None`` (an unreadable entry is logged and ignored)."""
        cache_key = self.token_key(key)
        raw = self._call("read a token", lambda cache: cache.get(cache_key))
        if raw is None:
            return None
        try:
            return Token.from_json(raw)
        except ValidationError as error:
            logger.warning("ignoring an unreadable token in cache key %r (%s)", cache_key, error.reason)
            return None

    def set(self, key: str, token: Token, ttl: float | None) -> None:
        """Keep ``token`` under ``key`` for ``ttl`` seconds (``None``: no expiry; ``<= 0``: delete)."""
        cache_key = self.token_key(key)
        if not isinstance(token, Token):
            raise ValidationError("token", "must be a gameplatform.tokens.Token")
        seconds = None if ttl is None else _check_seconds(ttl, "ttl")
        document = token.to_json()
        if seconds is not None and seconds <= 0:
            self._call("delete a token", lambda cache: cache.delete(cache_key))
            return
        self._call(
            "write a token",
            lambda cache: cache.set(
                cache_key, document, timeout=None if seconds is None else _whole_seconds(cache, seconds)
            ),
        )

    def delete(self, key: str) -> None:
        """Forget ``key``."""
        cache_key = self.token_key(key)
        self._call("delete a token", lambda cache: cache.delete(cache_key))

    def lock(self, key: str, timeout: float) -> DjangoCacheLock:
        """A lock on ``key`` whose lease lasts ``timeout`` seconds (rounded up to whole seconds)."""
        cache_key = self.lock_key(key)
        lease = _check_seconds(timeout, "timeout", positive=True)
        return DjangoCacheLock(store=self, key=key, cache_key=cache_key, timeout=lease)

    def __repr__(self) -> str:
        return f"DjangoCacheTokenStore(cache_alias={self._alias!r}, prefix={self._prefix!r})"


class DjangoCacheLock(LeaseLock):
    """A :class:`~gameplatform.tokens.StoreLock` of a :class:`DjangoCacheTokenStore` (see the module doc)."""

    def __init__(self, *, store: DjangoCacheTokenStore, key: str, cache_key: str, timeout: float) -> None:
        super().__init__(key=key, timeout=timeout)
        self._store = store
        self._cache_key = cache_key

    def _acquire(self, owner: str, *, blocking: bool, deadline: float | None) -> bool:
        def take() -> bool:
            return bool(
                self._store._call(
                    "take a lock",
                    lambda cache: cache.add(
                        self._cache_key, owner, timeout=_whole_seconds(cache, self._timeout)
                    ),
                )
            )

        return poll_lease(take, blocking=blocking, deadline=deadline)

    def _release(self, owner: str) -> bool:
        def compare_and_delete(cache: BaseCache) -> bool:
            # Two steps, not atomic on a generic cache: see the module doc.
            if cache.get(self._cache_key) != owner:
                return False
            cache.delete(self._cache_key)
            return True

        return bool(self._store._call("release a lock", compare_and_delete))


class DjangoCacheAnswerStore:
    """An :class:`~gameplatform.fargames.AnswerStore` on a Django cache (the FAR Games wallet's
    answers by ``request_id``, STOVE payment notifications' by TID).

    ``cache.add()`` claims a delivery id atomically across every worker sharing the cache
    (use a shared backend, not local memory, with several worker processes). Backend
    errors propagate: the endpoint answers 503 and logs them.
    """

    def __init__(self, cache_alias: str = "default", *, prefix: str = "gameplatform:") -> None:
        self._alias = cache_alias
        self._prefix = prefix

    @property
    def cache(self) -> BaseCache:
        return caches[self._alias]

    def add(self, key: str, value: str, ttl: float) -> bool:
        cache = self.cache
        return bool(cache.add(self._prefix + key, value, timeout=_whole_seconds(cache, ttl)))

    def get(self, key: str) -> str | None:
        value: Any = self.cache.get(self._prefix + key)
        return None if value is None else str(value)

    def set(self, key: str, value: str, ttl: float) -> None:
        cache = self.cache
        cache.set(self._prefix + key, value, timeout=_whole_seconds(cache, ttl))

    def delete(self, key: str) -> None:
        self.cache.delete(self._prefix + key)

    def __repr__(self) -> str:
        return f"DjangoCacheAnswerStore(cache_alias={self._alias!r})"
