"""Answering a platform's deliveries once: the answer store and the once-per-key runner.

Platforms retry a notification they got no answer to (FAR Games wallet callbacks, STOVE
payment notifications), so a receiving endpoint keeps its answer to each delivery by the
delivery's id (FAR's ``request_id``, STOVE's TID) and gives it again to a repeat without
running its handler twice. :class:`AnswerOnce` does that on any :class:`AnswerStore`:
:class:`MemoryAnswerStore` serves one worker process; :class:`RedisAnswerStore` many (any
redis-py client; ``redis`` is imported only by :meth:`RedisAnswerStore.from_url`). The Django
integration adds one on Django's cache.
"""

from __future__ import annotations

import json
import logging
import math
import threading
import time
from collections.abc import Callable
from typing import Any, Final, Generic, Protocol, Self, TypeVar, runtime_checkable

import attrs

from gameplatform.errors import ConfigurationError, ValidationError
from gameplatform.tokens._redis import bounded_client

__all__ = ["AnswerOnce", "AnswerStore", "MemoryAnswerStore", "RedisAnswerStore", "StoredAnswer"]


@runtime_checkable
class AnswerStore(Protocol):
    """Where a receiving endpoint keeps its answers by delivery id, shared by all its workers.

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

    With several worker processes (gunicorn, uWSGI) each has its own memory, so a repeat
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


JSON_CONTENT_TYPE: Final = "application/json"
_PENDING: Final = '{"pending":true}'
_FIRST_POLL = 0.005
_MAX_POLL = 0.1


@attrs.frozen
class StoredAnswer:
    """What an endpoint sends back: ``status``, ``body`` (bytes) and ``content_type``.

    ``replayed`` is true when it is the stored first answer to a repeated delivery.
    """

    status: int
    body: bytes
    content_type: str = JSON_CONTENT_TYPE
    replayed: bool = False

    def to_json(self) -> str:
        """The answer as kept in an :class:`AnswerStore`."""
        document = {"status": self.status, "body": self.body.decode("utf-8"), "type": self.content_type}
        return json.dumps(document, separators=(",", ":"))

    @classmethod
    def from_json(cls, text: str | bytes) -> Self | None:
        """A stored answer; ``None`` for the "still running" marker or an unreadable entry."""
        try:
            document = json.loads(text)
            status, body = int(document["status"]), str(document["body"]).encode("utf-8")
            content_type = str(document.get("type", JSON_CONTENT_TYPE))
            return cls(status=status, body=body, content_type=content_type, replayed=True)
        except (ValueError, TypeError, KeyError, AttributeError):
            return None


AnswerT = TypeVar("AnswerT", bound=StoredAnswer)


def error_status(value: object) -> int:
    """The HTTP status of a refusal an endpoint's handler raises: 400-599."""
    if isinstance(value, bool) or not isinstance(value, int) or not 400 <= value <= 599:
        raise ValidationError("http_status", "must be an HTTP error status (400-599)")
    return value


def positive_seconds(name: str, value: object, *, allow_zero: bool = False) -> float:
    """A setting in seconds: finite, above 0 (or at least 0)."""
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise ValidationError(name, "must be a finite number of seconds")
    if value < 0 or (value == 0 and not allow_zero):
        raise ValidationError(name, "must be greater than 0")
    return float(value)


class AnswerOnce(Generic[AnswerT]):
    """Runs an endpoint's handler once per delivery id across every worker sharing ``store``.

    1. The first delivery claims the key with an atomic :meth:`AnswerStore.add`, runs the
       handler and keeps its answer for ``answer_ttl`` seconds.
    2. A repeat gets that answer again (``replayed``), without the handler running. One that
       arrives while the first is still running waits up to ``wait_seconds`` for its answer,
       then gets ``busy`` (a 503 asking for a retry).
    3. An answer of 500 or more is not kept (the platform's retry runs the handler again); nor
       is anything when the handler raises, which propagates. A claim by a worker that died
       lapses after ``pending_ttl`` seconds.
    4. A store that fails gets ``unavailable`` (a 503), and the handler does not run.

    ``what`` names the deliveries in log lines (``"wallet callback"``); nothing else of the
    delivery is logged than the ``label`` passed to :meth:`answer`.
    """

    def __init__(
        self,
        *,
        store: AnswerStore,
        answer_type: type[AnswerT],
        busy: AnswerT,
        unavailable: AnswerT,
        answer_ttl: float,
        pending_ttl: float,
        wait_seconds: float,
        logger: logging.Logger,
        what: str,
    ) -> None:
        if not isinstance(store, AnswerStore):
            raise ConfigurationError("store must have add, get, set and delete (an AnswerStore)")
        self.store = store
        self._type = answer_type
        self._busy = busy
        self._unavailable = unavailable
        self._answer_ttl = positive_seconds("answer_ttl", answer_ttl)
        self._pending_ttl = positive_seconds("pending_ttl", pending_ttl)
        self._wait_seconds = positive_seconds("wait_seconds", wait_seconds, allow_zero=True)
        self._logger = logger
        self._what = what

    def answer(self, key: str, label: str, run: Callable[[], AnswerT]) -> AnswerT:
        """The answer to the delivery stored under ``key``: the first one's, or ``run()``'s."""
        try:
            claimed = self.store.add(key, _PENDING, self._pending_ttl)
        except Exception as error:
            return self._store_failed(error)
        if not claimed:
            earlier = self._earlier_answer(key, label)
            if earlier is not None:
                return earlier
        try:
            answer = run()
        except BaseException:
            # A bug (or an interrupt): most likely its database work rolled back, so a
            # repeat must run the handler again.
            self._forget(key)
            raise
        if answer.status >= 500:
            self._forget(key)
            return answer
        try:
            self.store.set(key, answer.to_json(), self._answer_ttl)
        except Exception as error:
            self._logger.error(
                "could not keep the answer to %s %r (%s: %s): a repeat within %g s is "
                "answered 503, after that the handler runs again",
                self._what,
                label,
                type(error).__name__,
                error,
                self._pending_ttl,
            )
        return answer

    def _earlier_answer(self, key: str, label: str) -> AnswerT | None:
        """The first delivery's answer (waiting for it while it runs); ``None`` once this one holds
        the claim instead (the first failed, so its claim was dropped)."""
        deadline = time.monotonic() + self._wait_seconds
        poll = _FIRST_POLL
        while True:
            try:
                stored = self.store.get(key)
                # No claim any more: the first attempt failed (and dropped it) or its claim
                # expired. Whoever claims it now runs the handler.
                if stored is None and self.store.add(key, _PENDING, self._pending_ttl):
                    return None
            except Exception as error:
                return self._store_failed(error)
            if stored is not None:
                answer = self._type.from_json(stored)
                if answer is not None:
                    self._logger.info("%s %r repeated: answered as the first time", self._what, label)
                    return answer
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return self._busy
            # The first delivery is running in another thread or worker; a short, growing
            # poll sees its answer soon without loading the store.
            time.sleep(min(poll, remaining))
            poll = min(poll * 2, _MAX_POLL)

    def _forget(self, key: str) -> None:
        try:
            self.store.delete(key)
        except Exception as error:
            self._logger.warning(
                "could not drop a %s claim (%s: %s)", self._what, type(error).__name__, error
            )

    def _store_failed(self, error: Exception) -> AnswerT:
        self._logger.error("%s answer store failed (%s: %s)", self._what, type(error).__name__, error)
        return self._unavailable
