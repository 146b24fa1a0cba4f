"""Clients built lazily from a settings dict, once per process: what Django and Flask share.

A :class:`ClientSet` holds one settings dict. Each platform's client is built on first
use, under a lock (two threads never build two clients), and kept. After a ``fork()``
(gunicorn, uWSGI, Celery prefork) the child builds its own clients and token store on
first use: it never shares the parent's connection pools or in-memory tokens.
"""

from __future__ import annotations

import os
import threading
import weakref
from collections.abc import Callable, Mapping
from typing import Any

from gameplatform.contrib._settings import PLATFORMS, build_client, build_token_store
from gameplatform.tokens import TokenStore

__all__ = ["ClientSet"]


class _ProcessState:
    """What one process built: its clients and its token store."""

    def __init__(self) -> None:
        self.pid = os.getpid()
        self.lock = threading.Lock()
        self.clients: dict[str, Any] = {}
        self.token_store: TokenStore | None = None
        self.owns_store = False


_SETS: weakref.WeakSet[ClientSet] = weakref.WeakSet()


def _after_fork_in_child() -> None:
    # A lock held by a parent thread at fork time would stay held forever in the child.
    for client_set in list(_SETS):
        client_set._state = _ProcessState()


os.register_at_fork(after_in_child=_after_fork_in_child)


class ClientSet:
    """The clients of one settings dict, built on first use.

    ``settings`` is the ``GAMEPLATFORM`` dict (copied: later changes to it are not seen).
    ``cache_store`` builds the store for ``TOKEN_STORE = "cache"`` (Django's cache).
    ``missing(key)`` makes the exception raised for a platform without settings;
    ``invalid(key, error)`` the one for settings its client refuses.
    """

    def __init__(
        self,
        settings: Mapping[str, Any],
        *,
        default_token_store: str,
        cache_store: Callable[[], TokenStore] | None,
        missing: Callable[[str], Exception],
        invalid: Callable[[str, Exception], Exception],
    ) -> None:
        self._settings = {
            key: dict(value) if isinstance(value, Mapping) else value for key, value in settings.items()
        }
        self._token_store_setting = self._settings.get("TOKEN_STORE", default_token_store)
        self._cache_store = cache_store
        self._missing = missing
        self._invalid = invalid
        self._state = _ProcessState()
        _SETS.add(self)

    @property
    def settings(self) -> Mapping[str, Any]:
        """The settings these clients are built from."""
        return self._settings

    def get(self, key: str) -> Any:
        """The client of platform ``key`` (``"FARGAMES"``, …), built on first use in this process."""
        state = self._state
        if state.pid != os.getpid():  # forked without the at-fork hook (e.g. os.fork in C code)
            state = self._state = _ProcessState()
        client = state.clients.get(key)
        if client is not None:
            return client
        if key not in PLATFORMS:
            raise KeyError(key)
        with state.lock:
            client = state.clients.get(key)
            if client is None:
                platform_settings = self._settings.get(key)
                if not isinstance(platform_settings, Mapping):
                    raise self._missing(key)
                try:
                    client = build_client(key, platform_settings, token_store=self._token_store(state))
                except Exception as error:
                    raise self._invalid(key, error) from error
                state.clients[key] = client
            return client

    def token_store(self) -> TokenStore:
        """The token store every client of this set shares (built on first use)."""
        state = self._state
        with state.lock:
            return self._token_store(state)

    def _token_store(self, state: _ProcessState) -> TokenStore:
        if state.token_store is None:
            cache_store = (
                self._cache_store() if self._token_store_setting == "cache" and self._cache_store else None
            )
            state.token_store = build_token_store(self._token_store_setting, cache_store=cache_store)
            state.owns_store = cache_store is None
        return state.token_store

    def close(self) -> None:
        """Close every client built in this process (and a Redis store built from a URL)."""
        state = self._state
        with state.lock:
            clients, state.clients = list(state.clients.values()), {}
            store, state.token_store = state.token_store, None
        for client in clients:
            client.close()
        if store is not None and state.owns_store:
            redis_client = getattr(store, "client", None)
            close = getattr(redis_client, "close", None)
            if callable(close):
                close()

    def __repr__(self) -> str:
        built = sorted(self._state.clients)
        return f"ClientSet(platforms={sorted(k for k in self._settings if k in PLATFORMS)}, built={built})"
