"""A :class:`TokenStore` in Redis, so many processes and machines share one token.

``redis`` is an optional dependency (``pip install "gameplatform-sdk[redis]"``): this
module never imports it, except in :meth:`RedisTokenStore.from_url`. Any ``redis.Redis``
(``decode_responses`` either way) or ``redis.RedisCluster`` works.

A Redis that is down, frozen or slow must not hang the calls that need a token, so
every failure of the client is raised as :class:`~gameplatform.errors.TokenStoreError`,
and :meth:`RedisTokenStore.from_url` builds a client with bounded timeouts and no
retries of its own. A client given without a ``socket_timeout`` gets a one-time warning:
with Redis frozen, each of its commands would wait forever.
"""

from __future__ import annotations

import logging
import math
import warnings
from collections.abc import Callable
from typing import Any, Protocol, TypeVar

from gameplatform.errors import ConfigurationError, ValidationError
from gameplatform.tokens._store import (
    LeaseLock,
    check_key,
    check_seconds,
    check_token,
    check_ttl,
    guard_store_call,
    poll_lease,
)
from gameplatform.tokens._token import Token

__all__ = ["RedisClient", "RedisStoreLock", "RedisTokenStore", "TokenStoreWarning", "bounded_client"]

logger = logging.getLogger("gameplatform.tokens")

# Compare-and-delete: drop the lease only if it is still the caller's.
_RELEASE_SCRIPT = """
if redis.call("get", KEYS[1]) == ARGV[1] then
    return redis.call("del", KEYS[1])
end
return 0
"""

_T = TypeVar("_T")


class TokenStoreWarning(UserWarning):
    """A token store set up in a way that can stall calls (e.g. Redis without timeouts)."""


_warned_unbounded = False


def _warn_if_unbounded(client: object) -> None:
    """Warn once per process about a redis-py client whose commands can wait forever."""
    global _warned_unbounded
    pool = getattr(client, "connection_pool", None)
    options = getattr(pool, "connection_kwargs", None)
    if _warned_unbounded or not isinstance(options, dict) or options.get("socket_timeout") is not None:
        return
    _warned_unbounded = True
    message = (
        "RedisTokenStore: the redis client has no socket_timeout, so a frozen Redis would block "
        "token lookups forever; build it with socket_timeout=1.0, socket_connect_timeout=1.0 "
        "(or use RedisTokenStore.from_url)"
    )
    logger.warning(message)
    warnings.warn(message, TokenStoreWarning, stacklevel=3)


def bounded_client(
    url: str, *, socket_timeout: float, socket_connect_timeout: float, **client_options: Any
) -> Any:
    """A ``redis.Redis`` for ``url`` whose commands wait at most the given seconds and are not
    retried by the client (unless ``client_options`` pass ``retry=``)."""
    try:
        import redis
        from redis.backoff import NoBackoff
        from redis.retry import Retry
    except ImportError:
        raise ConfigurationError(
            "this needs the redis package: pip install 'gameplatform-sdk[redis]'"
        ) from None
    for name, value in (
        ("socket_timeout", socket_timeout),
        ("socket_connect_timeout", socket_connect_timeout),
    ):
        if isinstance(value, bool) or not isinstance(value, int | float) or not 0 < value < math.inf:
            raise ConfigurationError(f"{name} must be a positive number of seconds")
    client_options.setdefault("retry", Retry(NoBackoff(), 0))
    try:
        return redis.Redis.from_url(
            url,
            socket_timeout=socket_timeout,
            socket_connect_timeout=socket_connect_timeout,
            **client_options,
        )
    except ValueError as exc:
        raise ConfigurationError(f"not a usable Redis URL ({exc.args[0] if exc.args else exc})") from None


def _run(command: str, operation: Callable[[], _T]) -> _T:
    """Run one client command; any failure of it becomes a :class:`TokenStoreError`."""
    return guard_store_call(f"Redis {command}", operation)


class RedisClient(Protocol):
    """The part of the redis-py client API the store uses."""

    def get(self, name: str) -> Any: ...

    def set(self, name: str, value: str, *, px: int | None = None, nx: bool = False) -> Any: ...

    def delete(self, *names: str) -> Any: ...

    def eval(self, script: str, numkeys: int, *keys_and_args: str) -> Any: ...


def _milliseconds(seconds: float) -> int:
    """Whole milliseconds, rounded up so a short positive duration never becomes 0."""
    return max(1, math.ceil(seconds * 1000))


class RedisTokenStore:
    """Tokens in Redis under ``{prefix}token:{key}``, locks under ``{prefix}lock:{key}``.

    Tokens are stored as JSON (:meth:`Token.to_json`) with the ``ttl`` as a Redis
    expiry. A lock is a ``SET NX PX`` lease with a random owner id, released by a
    compare-and-delete script, so it expires on its own when its holder dies.
    Failures of the client (Redis down, frozen past the client's timeout, …) raise
    :class:`~gameplatform.errors.TokenStoreError`.
    """

    def __init__(self, redis_client: RedisClient, prefix: str = "gameplatform:") -> None:
        for method in ("get", "set", "delete", "eval"):
            if not callable(getattr(redis_client, method, None)):
                raise ValidationError("redis_client", "must be a redis-py client (redis.Redis)")
        if not isinstance(prefix, str):
            raise ValidationError("prefix", "must be a string")
        self._client = redis_client
        self._prefix = prefix
        _warn_if_unbounded(redis_client)

    @classmethod
    def from_url(
        cls,
        url: str,
        *,
        prefix: str = "gameplatform:",
        socket_timeout: float = 1.0,
        socket_connect_timeout: float = 1.0,
        **client_options: Any,
    ) -> RedisTokenStore:
        """A store on its own ``redis.Redis`` client for ``url``, with bounded timeouts.

        Each command waits at most ``socket_timeout`` seconds (connecting:
        ``socket_connect_timeout``) and is not retried by the client itself, so a frozen
        or unreachable Redis costs a call about a second, not minutes. ``client_options``
        go to ``redis.Redis.from_url`` (pass ``retry=`` to have the client retry).
        """
        client = bounded_client(
            url,
            socket_timeout=socket_timeout,
            socket_connect_timeout=socket_connect_timeout,
            **client_options,
        )
        return cls(client, prefix=prefix)

    @property
    def client(self) -> RedisClient:
        """The redis-py client this store uses."""
        return self._client

    @property
    def prefix(self) -> str:
        """What every Redis key of this store starts with."""
        return self._prefix

    def token_key(self, key: str) -> str:
        """The Redis key holding the token stored under ``key``."""
        return f"{self._prefix}token:{check_key(key)}"

    def lock_key(self, key: str) -> str:
        """The Redis key holding the lease of ``key``'s lock."""
        return f"{self._prefix}lock:{check_key(key)}"

    def get(self, key: str) -> Token | None:
        """The token under ``key``, or ``None`` (an unreadable entry is logged and ignored)."""
        redis_key = self.token_key(key)
        raw = _run("GET", lambda: self._client.get(redis_key))
        if raw is None:
            return None
        try:
            return Token.from_json(raw)
        except ValidationError as exc:
            logger.warning("ignoring an unreadable token in Redis key %r (%s)", redis_key, exc.reason)
            return None

    def set(self, key: str, token: Token, ttl: float | None) -> None:
        """Keep ``token`` under ``key`` for ``ttl`` seconds (``None``: no expiry; ``<= 0``: delete)."""
        redis_key = self.token_key(key)
        check_token(token)
        seconds = check_ttl(ttl)
        document = token.to_json()
        if seconds is None:
            _run("SET", lambda: self._client.set(redis_key, document))
        elif seconds <= 0:
            _run("DEL", lambda: self._client.delete(redis_key))
        else:
            _run("SET", lambda: self._client.set(redis_key, document, px=_milliseconds(seconds)))

    def delete(self, key: str) -> None:
        """Forget ``key``."""
        redis_key = self.token_key(key)
        _run("DEL", lambda: self._client.delete(redis_key))

    def lock(self, key: str, timeout: float) -> RedisStoreLock:
        """A lock on ``key``, shared by every client of this Redis using the same prefix."""
        redis_key = self.lock_key(key)
        lease = check_seconds(timeout, field="timeout", positive=True)
        return RedisStoreLock(client=self._client, redis_key=redis_key, key=key, timeout=lease)

    def __repr__(self) -> str:
        return f"RedisTokenStore(prefix={self._prefix!r})"


class RedisStoreLock(LeaseLock):
    """A :class:`StoreLock` of a :class:`RedisTokenStore`: a Redis lease, polled while waiting."""

    def __init__(self, *, client: RedisClient, redis_key: str, key: str, timeout: float) -> None:
        super().__init__(key=key, timeout=timeout)
        self._client = client
        self._redis_key = redis_key

    def _acquire(self, owner: str, *, blocking: bool, deadline: float | None) -> bool:
        lease_ms = _milliseconds(self._timeout)
        return poll_lease(
            lambda: bool(
                _run("SET NX", lambda: self._client.set(self._redis_key, owner, px=lease_ms, nx=True))
            ),
            blocking=blocking,
            deadline=deadline,
        )

    def _release(self, owner: str) -> bool:
        return bool(_run("EVAL", lambda: self._client.eval(_RELEASE_SCRIPT, 1, self._redis_key, owner)))
