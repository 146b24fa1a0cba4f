"""What a :class:`~gameplatform._transport.Transport` settles when it is built, not per call.

Base URLs are checked (:func:`check_base_url`) and each host's send options resolved once
(:class:`Host`); sessions get larger connection pools (:func:`new_session`), and a forked
child gets fresh ones (:func:`fresh_pools`); the numeric settings are checked here too.
"""

from __future__ import annotations

import ipaddress
from typing import Any
from urllib.parse import urlsplit

import requests

from gameplatform.errors import ConfigurationError

__all__ = [
    "Host",
    "check_base_url",
    "fresh_pools",
    "new_session",
    "non_negative",
    "setting_name",
    "valid_timeout",
]

_LOOPBACK_NAMES = frozenset({"localhost", "localhost.localdomain", "ip6-localhost"})


def check_base_url(url: str, *, setting: str = "base_url") -> str:
    """Validate a base URL and return it without a trailing slash.

    ``https://`` is required, except that ``http://`` is allowed to loopback hosts
    (local fakes, sidecars). Anything else is a :class:`ConfigurationError`.
    """
    if not isinstance(url, str) or not url:
        raise ConfigurationError(f"{setting} must be a non-empty URL string")
    parts = urlsplit(url)
    if parts.scheme not in ("https", "http") or not parts.hostname:
        raise ConfigurationError(f"{setting} must be an absolute https:// URL, got {url!r}")
    if parts.query or parts.fragment:
        raise ConfigurationError(f"{setting} must not carry a query or fragment")
    if parts.scheme == "http" and not _is_loopback(parts.hostname):
        raise ConfigurationError(
            f"{setting} uses http:// to a non-loopback host ({parts.hostname}); use https://"
        )
    return url.rstrip("/")


def _is_loopback(host: str) -> bool:
    if host.lower() in _LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


class Host:
    """Everything resolved once for one base URL: the keyword arguments of every send."""

    __slots__ = ("base_url", "proxies", "send_options")

    def __init__(self, base_url: str, session: requests.Session, timeout: Any) -> None:
        self.base_url = base_url
        # The same merge Session.request does per call, done once (honours
        # HTTP(S)_PROXY, NO_PROXY, REQUESTS_CA_BUNDLE, CURL_CA_BUNDLE when trust_env).
        settings = session.merge_environment_settings(base_url, {}, False, None, None)
        self.proxies: dict[str, str] = dict(settings["proxies"] or {})
        verify = settings["verify"]
        self.send_options: dict[str, Any] = {
            "timeout": timeout,
            "verify": True if verify is None else verify,
            "proxies": self.proxies,
            "cert": settings["cert"],
            "stream": False,
        }


_POOL_MAXSIZE = 32


def new_session() -> requests.Session:
    """A session whose pools keep up to 32 connections per host (requests' default is 10),
    so a worker with many threads reuses connections instead of discarding them."""
    session = requests.Session()
    adapter = requests.adapters.HTTPAdapter(pool_maxsize=_POOL_MAXSIZE)
    session.mount("https://", adapter)
    session.mount("http://", adapter)
    return session


def setting_name(host: str) -> str:
    """The client setting a host's base URL comes from (``base_url``, ``<host>_base_url``)."""
    return "base_url" if host == "default" else f"{host}_base_url"


def valid_timeout(timeout: object) -> bool:
    """A positive number of seconds, or a (connect, read) pair of them."""
    if isinstance(timeout, tuple):
        return len(timeout) == 2 and all(_positive(t) for t in timeout)
    return _positive(timeout)


def _positive(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and value > 0


def fresh_pools(session: requests.Session) -> None:
    """Give a caller's session new, empty connection pools (in a forked child).

    The old pools are dropped rather than closed: their sockets belong to the parent too.
    """
    for adapter in session.adapters.values():
        if isinstance(adapter, requests.adapters.HTTPAdapter):
            adapter.init_poolmanager(
                getattr(adapter, "_pool_connections", requests.adapters.DEFAULT_POOLSIZE),
                getattr(adapter, "_pool_maxsize", requests.adapters.DEFAULT_POOLSIZE),
                block=getattr(adapter, "_pool_block", requests.adapters.DEFAULT_POOLBLOCK),
            )
            adapter.proxy_manager = {}


def non_negative(value: object) -> bool:
    """A finite number of seconds, zero or more."""
    return isinstance(value, int | float) and not isinstance(value, bool) and 0 <= value < float("inf")
