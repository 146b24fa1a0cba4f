"""``clients``: the platform clients of ``settings.GAMEPLATFORM``, built lazily, once per process.

The registry is rebuilt when Django announces that ``GAMEPLATFORM`` changed (the
``setting_changed`` signal, sent by ``override_settings`` and ``TestCase.settings``),
and after a ``fork()``. With ``TOKEN_STORE = "cache"`` (the default) the STOVE server
token lives in Django's cache, so a rebuilt client finds it there instead of fetching
another.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.core.signals import setting_changed

from gameplatform.contrib._clients import ClientSet
from gameplatform.contrib._settings import DEFAULT_TOKEN_STORE, PLATFORMS
from gameplatform.contrib.django._cache import DjangoCacheTokenStore
from gameplatform.errors import ConfigurationError
from gameplatform.tokens import TokenStore

if TYPE_CHECKING:
    from gameplatform.fargames import FarGamesClient
    from gameplatform.playdapp import PlaydappClient
    from gameplatform.playnanoo import PlayNanooClient
    from gameplatform.stove import StoveClient

__all__ = ["GamePlatformImproperlyConfigured", "PlatformClients", "clients", "gameplatform_settings"]


class GamePlatformImproperlyConfigured(ImproperlyConfigured, ConfigurationError):
    """``GAMEPLATFORM`` cannot give the client asked for: caught by ``except ImproperlyConfigured``
    and by ``except gameplatform.ConfigurationError`` alike."""


def gameplatform_settings() -> Mapping[str, Any]:
    """``settings.GAMEPLATFORM``, checked to be a dict."""
    value = getattr(settings, "GAMEPLATFORM", None)
    if value is None:
        raise GamePlatformImproperlyConfigured("the GAMEPLATFORM setting is missing")
    if not isinstance(value, Mapping):
        raise GamePlatformImproperlyConfigured("the GAMEPLATFORM setting must be a dict")
    return value


def cache_alias() -> str:
    """``GAMEPLATFORM["CACHE_ALIAS"]`` (default ``"default"``)."""
    value = getattr(settings, "GAMEPLATFORM", None)
    alias = value.get("CACHE_ALIAS", "default") if isinstance(value, Mapping) else "default"
    return alias if isinstance(alias, str) and alias else "default"


def _missing(key: str) -> Exception:
    return GamePlatformImproperlyConfigured(
        f"GAMEPLATFORM has no {key!r} settings: add GAMEPLATFORM[{key!r}] = {{...}} to use "
        f"clients.{PLATFORMS[key].attribute}"
    )


def _invalid(key: str, error: Exception) -> Exception:
    return GamePlatformImproperlyConfigured(f"GAMEPLATFORM[{key!r}] is unusable: {error}")


class PlatformClients:
    """The clients named by ``settings.GAMEPLATFORM``: ``clients.fargames``, ``.playdapp``,
    ``.stove``, ``.playnanoo``.

    Each is built on first use and kept for the process (thread-safe; clients are
    thread-safe too). A platform missing from the settings raises ``ImproperlyConfigured``
    on use. Rebuilt after ``fork()`` and when the ``GAMEPLATFORM`` setting changes.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._set: ClientSet | None = None
        # A lock held by a parent thread at fork time would stay held in the child.
        os.register_at_fork(after_in_child=self._new_lock)

    def _new_lock(self) -> None:
        self._lock = threading.Lock()

    def _clients(self) -> ClientSet:
        current = self._set
        if current is None:
            with self._lock:
                current = self._set
                if current is None:
                    current = self._set = ClientSet(
                        gameplatform_settings(),
                        default_token_store=DEFAULT_TOKEN_STORE["django"],
                        cache_store=lambda: DjangoCacheTokenStore(cache_alias()),
                        missing=_missing,
                        invalid=_invalid,
                    )
        return current

    @property
    def fargames(self) -> FarGamesClient:
        """The :class:`~gameplatform.fargames.FarGamesClient` of ``GAMEPLATFORM["FARGAMES"]``."""
        client: FarGamesClient = self._clients().get("FARGAMES")
        return client

    @property
    def playdapp(self) -> PlaydappClient:
        """The :class:`~gameplatform.playdapp.PlaydappClient` of ``GAMEPLATFORM["PLAYDAPP"]``."""
        client: PlaydappClient = self._clients().get("PLAYDAPP")
        return client

    @property
    def stove(self) -> StoveClient:
        """The :class:`~gameplatform.stove.StoveClient` of ``GAMEPLATFORM["STOVE"]``."""
        client: StoveClient = self._clients().get("STOVE")
        return client

    @property
    def playnanoo(self) -> PlayNanooClient:
        """The :class:`~gameplatform.playnanoo.PlayNanooClient` of ``GAMEPLATFORM["PLAYNANOO"]``."""
        client: PlayNanooClient = self._clients().get("PLAYNANOO")
        return client

    @property
    def token_store(self) -> TokenStore:
        """The token store the STOVE and PlayNANOO clients share (per ``TOKEN_STORE``)."""
        return self._clients().token_store()

    def reset(self) -> None:
        """Close every client built so far; the next use builds new ones from the settings."""
        with self._lock:
            old, self._set = self._set, None
        if old is not None:
            old.close()

    def __repr__(self) -> str:
        return f"PlatformClients({self._set!r})"


clients = PlatformClients()
"""The clients of ``settings.GAMEPLATFORM`` (see :class:`PlatformClients`)."""


def _on_setting_changed(*, setting: str, **_: Any) -> None:
    if setting == "GAMEPLATFORM":
        clients.reset()


setting_changed.connect(_on_setting_changed, dispatch_uid="gameplatform.contrib.django.clients")
