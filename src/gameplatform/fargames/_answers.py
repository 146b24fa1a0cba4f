"""Where a wallet endpoint keeps its answers by ``request_id``: the protocol and two stores.

:class:`MemoryAnswerStore` serves one worker process; :class:`RedisAnswerStore` many (any
redis-py client; ``redis`` is imported only by :meth:`RedisAnswerStore.from_url`). The Django
integration adds one on Django's cache.
"""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Callable
from typing import Any, Protocol, runtime_checkable

from gameplatform.errors import ValidationError
from gameplatform.tokens._redis import bounded_client

__all__ = ["AnswerStore", "MemoryAnswerStore", "RedisAnswerStore"]


@runtime_checkable
class AnswerStore(Protocol):
    """Where a wallet endpoint keeps its answers by ``request_id``, shared by all its workers.

    Values are short strings. ``add`` must be atomic (set only if absent) across every
    worker sharing the store: it is what makes one of two concurrent deliveries the first.
    """

    def add(self, key: str, value: str, ttl: float) -> bool:
        """Set ``key`` to ``value`` for ``ttl`` seconds only if it is absent; True when set."""
        ...

    def get(self, key: str) -> str | None:
        """The value under ``key``, or ``None``."""
        ...

    def set(self, key: str, value: str, ttl: float) -> None:
        """Set ``key`` to ``value`` for ``ttl`` seconds."""
        ...

    def delete(self, key: str) -> None:
        """Forget ``key`` (no error when it is absent)."""
        ...


class MemoryAnswerStore:
    """Answers in this process's memory (thread-safe): enough for one worker process.

    With several worker processes (gunicorn, uWSGI) each has its own memory, so a retry
    reaching another worker would run the handler again: use :class:`RedisAnswerStore`.
    """

    def __init__(self, *, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._lock = threading.Lock()
        self._entries: dict[str, tuple[str, float]] = {}

    def _live(self, key: str, now: float) -> str | None:
        entry = self._entries.get(key)
        if entry is None:
            return None
        if now >= entry[1]:
            del self._entries[key]
            return None
        return entry[0]

    def add(self, key: str, value: str, ttl: float) -> bool:
        with self._lock:
            now = self._clock()
            if self._live(key, now) is not None:
                return False
            self._entries[key] = (value, now + ttl)
            return True

    def get(self, key: str) -> str | None:
        with self._lock:
            return self._live(key, self._clock())

    def set(self, key: str, value: str, ttl: float) -> None:
        with self._lock:
            now = self._clock()
            # Expired entries are dropped here, so the memory stays bounded by the live ones.
            for stale in [k for k, (_, deadline) in self._entries.items() if now >= deadline]:
                del self._entries[stale]
            self._entries[key] = (value, now + ttl)

    def delete(self, key: str) -> None:
        with self._lock:
            self._entries.pop(key, None)

    def __repr__(self) -> str:
        return f"MemoryAnswerStore(entries={len(self._entries)})"


class RedisAnswerStore:
    """Answers in Redis under ``{prefix}{key}`` (``SET NX PX`` for :meth:`add`): for many workers.

    Takes any redis-py client; :meth:`from_url` builds one with bounded timeouts.
    """

    def __init__(self, redis_client: Any, *, prefix: str = "gameplatform:") -> None:
        for method in ("get", "set", "delete"):
            if not callable(getattr(redis_client, method, None)):
                raise ValidationError("redis_client", "must be a redis-py client (redis.Redis)")
        self._client = redis_client
        self._prefix = prefix

    @classmethod
    def from_url(
        cls,
        url: str,
        *,
        prefix: str = "gameplatform:",
        socket_timeout: float = 1.0,
        socket_connect_timeout: float = 1.0,
    ) -> RedisAnswerStore:
        """A store on its own ``redis.Redis`` client for ``url``, with bounded timeouts and no
        client retries (as :meth:`~gameplatform.tokens.RedisTokenStore.from_url`)."""
        client = bounded_client(
            url, socket_timeout=socket_timeout, socket_connect_timeout=socket_connect_timeout
        )
        return cls(client, prefix=prefix)

    @property
    def client(self) -> Any:
        """The redis-py client this store uses."""
        return self._client

    def add(self, key: str, value: str, ttl: float) -> bool:
        return bool(self._client.set(self._prefix + key, value, px=_milliseconds(ttl), nx=True))

    def get(self, key: str) -> str | None:
        raw = self._client.get(self._prefix + key)
        if raw is None:
            return None
        return raw.decode("utf-8") if isinstance(raw, bytes) else str(raw)

    def set(self, key: str, value: str, ttl: float) -> None:
        self._client.set(self._prefix + key, value, px=_milliseconds(ttl))

    def delete(self, key: str) -> None:
        self._client.delete(self._prefix + key)

    def __repr__(self) -> str:
        return f"RedisAnswerStore(prefix={self._prefix!r})"


def _milliseconds(seconds: float) -> int:
    return max(1, math.ceil(seconds * 1000))
