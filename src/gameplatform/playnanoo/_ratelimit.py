"""A client-side rate limiter: token buckets, one per client and one per player.

PlayNANOO blocks excessive calls "for a while" without publishing its limits, so the
client can pace itself. A call takes one token; tokens come back at ``per_second`` up
to ``burst``. When none is left, the call waits for the next token if that comes within
``max_wait`` seconds, and otherwise raises :class:`~gameplatform.errors.RateLimitError`
(``retry_after`` says when to try again) before any I/O.
"""

from __future__ import annotations

import collections
import math
import threading
import time
from collections.abc import Callable

import attrs

from gameplatform._fork import reset_after_fork
from gameplatform.errors import RateLimitError, ValidationError

__all__ = ["PlayerBuckets", "RateLimit", "TokenBucket"]


def _positive_finite(_: object, attribute: attrs.Attribute[float], value: object) -> None:
    if (
        isinstance(value, bool)
        or not isinstance(value, int | float)
        or not math.isfinite(value)
        or value <= 0
    ):
        raise ValidationError(attribute.name, "must be a positive finite number")


def _burst(_: object, attribute: attrs.Attribute[int], value: object) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ValidationError(attribute.name, "must be an integer >= 1")


def _max_wait(_: object, attribute: attrs.Attribute[float], value: object) -> None:
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value) or value < 0:
        raise ValidationError(attribute.name, "must be a finite number >= 0")


@attrs.frozen(kw_only=True)
class RateLimit:
    """A pace: ``per_second`` calls on average, bursts of up to ``burst`` calls.

    ``max_wait``: how long (seconds) a call may wait for a free slot before
    :class:`~gameplatform.errors.RateLimitError` is raised instead; ``0`` never waits.
    """

    per_second: float = attrs.field(validator=_positive_finite)
    burst: int = attrs.field(default=1, validator=_burst)
    max_wait: float = attrs.field(default=1.0, validator=_max_wait)


class TokenBucket:
    """A thread-safe token bucket on an injectable clock and sleep.

    A caller that must wait reserves its token first (the count may go negative), so
    concurrent callers queue up fairly and never sleep while holding the lock.
    """

    def __init__(
        self,
        limit: RateLimit,
        *,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
        scope: str = "client",
    ) -> None:
        self.limit = limit
        self._clock = clock
        self.sleep = sleep
        self._scope = scope
        self._lock = threading.Lock()
        self._tokens = float(limit.burst)
        self._updated = clock()
        reset_after_fork(self, TokenBucket._after_fork)

    def _after_fork(self) -> None:
        self._lock = threading.Lock()

    def acquire(self) -> None:
        """Take one token, waiting up to ``max_wait``; else raise :class:`RateLimitError`."""
        with self._lock:
            now = self._clock()
            elapsed = max(0.0, now - self._updated)
            self._updated = now
            self._tokens = min(float(self.limit.burst), self._tokens + elapsed * self.limit.per_second)
            if self._tokens >= 1.0:
                self._tokens -= 1.0
                return
            wait = (1.0 - self._tokens) / self.limit.per_second
            if wait > self.limit.max_wait:
                raise RateLimitError(
                    f"client-side {self._scope} rate limit reached "
                    f"({self.limit.per_second:g}/s, burst {self.limit.burst}); retry in {wait:.3f}s",
                    retry_after=wait,
                    platform="playnanoo",
                )
            self._tokens -= 1.0
        self.sleep(wait)


class PlayerBuckets:
    """One bucket per player key, bounded: the least recently used buckets are dropped.

    Dropping a bucket forgets its debt, so the bound is generous; a dropped player
    simply starts again with a full burst.
    """

    def __init__(
        self,
        limit: RateLimit,
        *,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
        max_players: int = 10_000,
    ) -> None:
        self.limit = limit
        self._clock = clock
        self.sleep = sleep
        self._max_players = max_players
        self._lock = threading.Lock()
        self._buckets: collections.OrderedDict[str, TokenBucket] = collections.OrderedDict()
        reset_after_fork(self, PlayerBuckets._after_fork)

    def _after_fork(self) -> None:
        """A child starts with full buckets (and a lock no parent thread can be holding)."""
        self._lock = threading.Lock()
        self._buckets = collections.OrderedDict()

    def acquire(self, player_key: str) -> None:
        """Take one token from the player's bucket (see :meth:`TokenBucket.acquire`)."""
        with self._lock:
            bucket = self._buckets.get(player_key)
            if bucket is None:
                bucket = TokenBucket(self.limit, clock=self._clock, sleep=self._sleep, scope="player")
                self._buckets[player_key] = bucket
                while len(self._buckets) > self._max_players:
                    self._buckets.popitem(last=False)
            else:
                self._buckets.move_to_end(player_key)
        bucket.acquire()

    def _sleep(self, seconds: float) -> None:
        self.sleep(seconds)

    def __len__(self) -> int:
        with self._lock:
            return len(self._buckets)
