"""HTTP transport on ``requests``: one logical call, its attempts, and nothing else.

Why not ``Session.request``: it re-reads the environment (proxies, ``NO_PROXY``,
netrc, CA bundle) and re-merges settings on every call, which is most of a
call's CPU time. Here those settings are resolved once per host when the client
is built, and each attempt is a fresh :class:`requests.PreparedRequest` handed to
the session's ``send()``: tracing that instruments ``Session.send`` (OpenTelemetry,
ddtrace) and the session's response hooks see every attempt.

The retry loop sits *above* the signer: ``auth`` is applied to every attempt's
prepared request, so nonces, timestamps and signatures are always fresh.
A request that may have reached the platform is retried only when the caller
marked the operation idempotent. The body is read inside the attempt, so a
connection that breaks mid-body is a failed attempt like any other.
"""

from __future__ import annotations

import email.utils
import http.client
import ipaddress
import logging
import random
import time
from collections.abc import Callable, Generator, Mapping, Sequence
from typing import Any
from urllib.parse import urlencode, urlsplit

import requests
import urllib3
from requests.structures import CaseInsensitiveDict

from gameplatform._fork import reset_after_fork
from gameplatform._json import loads
from gameplatform._version import __version__
from gameplatform.errors import ConfigurationError, TransportError

__all__ = [
    "DEFAULT_MAX_RETRY_WAIT",
    "DEFAULT_TIMEOUT",
    "USER_AGENT",
    "Flow",
    "Outgoing",
    "Transport",
    "check_base_url",
    "json_or_none",
    "retry_after_seconds",
    "set_body",
]

DEFAULT_TIMEOUT: tuple[float, float] = (5.0, 30.0)
"""Default (connect, read) timeouts in seconds."""

USER_AGENT = f"gameplatform/{__version__}"

logger = logging.getLogger("gameplatform")

_RETRYABLE_STATUSES = frozenset({429, 500, 502, 503, 504})
"""Statuses worth another attempt of an idempotent call (a 500 is often a passing fault too)."""

DEFAULT_MAX_RETRY_WAIT = 10.0
"""Seconds one call may spend waiting between its attempts, by default."""
_LOOPBACK_NAMES = frozenset({"localhost", "localhost.localdomain", "ip6-localhost"})

Auth = Callable[[requests.PreparedRequest], object]
"""Applied to every attempt's prepared request (a ``requests.AuthBase`` fits: its return value is ignored)."""


class Outgoing:
    """One request an auth flow asks the transport to send (each attempt is signed by ``auth``)."""

    __slots__ = ("auth", "body", "headers", "host", "idempotent", "method", "path", "query")

    def __init__(
        self,
        method: str,
        path: str,
        *,
        host: str = "default",
        query: Sequence[tuple[str, str]] | None = None,
        body: bytes | None = None,
        headers: Mapping[str, str] | None = None,
        auth: Auth | None = None,
        idempotent: bool = False,
    ) -> None:
        self.method = method
        self.path = path
        self.host = host
        self.query = query
        self.body = body
        self.headers = headers
        self.auth = auth
        self.idempotent = idempotent


Flow = Generator[Outgoing, requests.Response, None]
"""An auth flow: yields a request, receives its final answer, may yield one more (then returns)."""


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


def set_body(request: requests.PreparedRequest, body: bytes) -> None:
    """Replace a prepared request's body, keeping ``Content-Length`` right."""
    request.body = body
    request.headers["Content-Length"] = str(len(body))


def json_or_none(response: requests.Response) -> Any:
    """The response body decoded as JSON, or ``None`` when it is not JSON."""
    content = response.content
    if not content:
        return None
    try:
        return loads(content)
    except ValueError:
        return None


def retry_after_seconds(response: requests.Response) -> float | None:
    """The ``Retry-After`` header in seconds (delta or HTTP date), or ``None``."""
    value = response.headers.get("Retry-After")
    if not value:
        return None
    value = value.strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())


class _Host:
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


class Transport:
    """Sends one logical call through a ``requests`` session, retrying where safe.

    ``base_urls`` maps host names (``"default"`` for single-host platforms) to
    base URLs. The session's adapters, headers, proxies, ``verify``, ``cert`` and
    response hooks are used; its cookies and auth are not (the SDK does its own auth).

    ``max_retry_wait`` bounds the time one call spends waiting between attempts
    (backoff and ``Retry-After`` together): a ``Retry-After`` longer than what is left
    of it is not waited for, and the caller gets the answer (a ``RateLimitError``) now.
    """

    def __init__(
        self,
        *,
        platform: str,
        base_urls: Mapping[str, str],
        session: requests.Session | None = None,
        timeout: float | tuple[float, float] | None = DEFAULT_TIMEOUT,
        max_retries: int = 2,
        backoff_factor: float = 0.5,
        backoff_max: float = 8.0,
        max_retry_wait: float = DEFAULT_MAX_RETRY_WAIT,
    ) -> None:
        if not isinstance(max_retries, int) or isinstance(max_retries, bool) or max_retries < 0:
            raise ConfigurationError("max_retries must be a non-negative integer")
        if timeout is not None and not _valid_timeout(timeout):
            raise ConfigurationError("timeout must be a positive number or a (connect, read) pair")
        if not _non_negative(max_retry_wait):
            raise ConfigurationError("max_retry_wait must be a non-negative number of seconds")
        if session is not None and not isinstance(session, requests.Session):
            raise ConfigurationError("session must be a requests.Session")
        self.platform = platform
        self._owns_session = session is None
        self._session = session if session is not None else _new_session()
        self.max_retries = max_retries
        self.backoff_factor = backoff_factor
        self.backoff_max = backoff_max
        self.max_retry_wait = float(max_retry_wait)
        self.sleep: Callable[[float], None] = time.sleep
        self._logger = logger.getChild(platform)
        self._hosts = {
            name: _Host(check_base_url(url, setting=_setting_name(name)), self._session, timeout)
            for name, url in base_urls.items()
        }
        headers: dict[str, str | bytes] = dict(self._session.headers)
        headers["User-Agent"] = USER_AGENT
        self._base_headers = headers
        reset_after_fork(self, Transport._after_fork)

    def base_url(self, host: str = "default") -> str:
        """The validated base URL of a host."""
        return self._hosts[host].base_url

    @property
    def session(self) -> requests.Session:
        """The session requests go through (the caller's, or one this transport owns)."""
        return self._session

    def close(self) -> None:
        """Close the session if the transport created it (a caller's session is left open)."""
        if self._owns_session:
            self._session.close()

    def send(
        self,
        method: str,
        path: str,
        *,
        host: str = "default",
        query: Sequence[tuple[str, str]] | None = None,
        body: bytes | None = None,
        headers: Mapping[str, str] | None = None,
        auth: Auth | None = None,
        idempotent: bool,
    ) -> requests.Response:
        """Send one logical call; return the final response (body read), whatever its status.

        Raises :class:`TransportError` when no usable answer came back.
        """
        target = self._hosts[host]
        url = target.base_url + path
        if query:
            # "," stays literal: documented list parameters read ``game_ids=A,B``.
            url += "?" + urlencode(query, safe=",")
        attempts = 1 + self.max_retries
        debug = self._logger.isEnabledFor(logging.DEBUG)
        waited = 0.0
        attempt = 0
        while True:
            attempt += 1
            prepared = self._prepare(method, url, body, headers)
            if auth is not None:
                auth(prepared)
            started = time.perf_counter() if debug else 0.0
            failure: TransportError | None = None
            try:
                response = self._session.send(prepared, allow_redirects=False, **target.send_options)
            except _SEND_FAILURES as exc:
                sent, retryable = _classify(exc)
                safe = retryable and (not sent or idempotent)
                delay = self._backoff(attempt) if safe and attempt < attempts else None
                if delay is not None and waited + delay <= self.max_retry_wait:
                    self._logger.debug(
                        "%s %s failed: %s (attempt %d/%d), retrying",
                        method,
                        path,
                        type(exc).__name__,
                        attempt,
                        attempts,
                    )
                    waited += delay
                    self.sleep(delay)
                    continue
                self._logger.debug(
                    "%s %s failed: %s (attempt %d/%d)", method, path, type(exc).__name__, attempt, attempts
                )
                failure = TransportError(
                    f"{method} {path}: {_describe(exc)} after {attempt} attempt(s)",
                    retryable=safe,
                    platform=self.platform,
                )
            except ValueError:
                # http.client refuses a header value with CR/LF (or one that is not latin-1)
                # before sending anything; its message quotes the value (maybe a token), so
                # it is not passed on.
                failure = TransportError(
                    f"{method} {path}: the request could not be sent (invalid header value)",
                    retryable=False,
                    platform=self.platform,
                )
            if failure is not None:
                # Raised outside the except clause so that no __context__ links it to the
                # requests exception, whose .request holds signed headers and the body.
                raise failure
            status = response.status_code
            if debug:
                self._logger.debug(
                    "%s %s -> %d (%.1f ms, attempt %d/%d)",
                    method,
                    path,
                    status,
                    (time.perf_counter() - started) * 1000,
                    attempt,
                    attempts,
                )
            if status in _RETRYABLE_STATUSES and idempotent and attempt < attempts:
                delay = self._retry_delay(response, attempt)
                if delay is not None and waited + delay <= self.max_retry_wait:
                    # The body was read, so closing hands the connection back to the pool.
                    response.close()
                    waited += delay
                    self.sleep(delay)
                    continue
            return response

    def run(self, flow: Flow) -> requests.Response:
        """Drive an auth flow: send each request it yields (with retries) and hand it the answer.

        The flow sees every final answer and may yield one more request in response (a
        re-signed or re-authorised resend); the answer it does not follow up is returned.
        """
        outgoing = next(flow)
        while True:
            response = self.send(
                outgoing.method,
                outgoing.path,
                host=outgoing.host,
                query=outgoing.query,
                body=outgoing.body,
                headers=outgoing.headers,
                auth=outgoing.auth,
                idempotent=outgoing.idempotent,
            )
            try:
                outgoing = flow.send(response)
            except StopIteration:
                return response
            response.close()

    def _prepare(
        self, method: str, url: str, body: bytes | None, headers: Mapping[str, str] | None
    ) -> requests.PreparedRequest:
        prepared = requests.PreparedRequest()
        prepared.method = method
        prepared.url = url
        merged: CaseInsensitiveDict[str | bytes] = CaseInsensitiveDict(self._base_headers)
        if headers:
            merged.update(headers)
        prepared.headers = merged  # type: ignore[assignment]  # requests types it as the str-only dict it copies into
        prepared.body = body
        if body is not None:
            merged["Content-Length"] = str(len(body))
        elif method in ("POST", "PUT", "PATCH"):
            merged["Content-Length"] = "0"
        # The session's response hooks run for every attempt (read per call, so hooks
        # added after the client was built count too).
        prepared.hooks = {"response": list(self._session.hooks.get("response") or ())}
        return prepared

    def _backoff(self, attempt: int) -> float:
        """Exponential backoff with full jitter: uniform in [0, factor * 2**(attempt-1)]."""
        ceiling = min(self.backoff_max, self.backoff_factor * (2 ** (attempt - 1)))
        return random.uniform(0, ceiling) if ceiling > 0 else 0.0

    def _retry_delay(self, response: requests.Response, attempt: int) -> float | None:
        """How long to wait before retrying a retryable status; ``None``: don't retry."""
        hinted = retry_after_seconds(response)
        if hinted is None:
            return self._backoff(attempt)
        if hinted > self.max_retry_wait:
            return None  # the caller is better served by a RateLimitError now
        return hinted

    def _after_fork(self) -> None:
        """In a forked child: never reuse the parent's sockets."""
        if self._owns_session:
            # Dropped, not closed: closing would shut sockets the parent still uses.
            self._session = _new_session()
        else:
            _fresh_pools(self._session)


_POOL_MAXSIZE = 32


def _new_session() -> requests.Session:
    """A session whose pools keep up to 32 connections per host (requests' default is 10),
    so a worker with many threads reuses connections instead of discarding them."""
    session = requests.Session()
    adapter = requests.adapters.HTTPAdapter(pool_maxsize=_POOL_MAXSIZE)
    session.mount("https://", adapter)
    session.mount("http://", adapter)
    return session


def _setting_name(host: str) -> str:
    return "base_url" if host == "default" else f"{host}_base_url"


def _valid_timeout(timeout: object) -> bool:
    if isinstance(timeout, tuple):
        return len(timeout) == 2 and all(_positive(t) for t in timeout)
    return _positive(timeout)


def _positive(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and value > 0


def _fresh_pools(session: requests.Session) -> None:
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


def _non_negative(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and 0 <= value < float("inf")


_SEND_FAILURES = (requests.RequestException, urllib3.exceptions.HTTPError, http.client.HTTPException, OSError)
"""What sending and reading an answer can raise. requests wraps most of it; the raw kinds
are caught too, so that nothing of urllib3 or the socket layer reaches the caller."""


def _classify(exc: BaseException) -> tuple[bool, bool]:
    """(may the request have been sent?, could a retry succeed?)"""
    if isinstance(
        exc,
        requests.exceptions.SSLError
        | requests.exceptions.InvalidURL
        | requests.exceptions.InvalidHeader
        | requests.exceptions.MissingSchema
        | requests.exceptions.InvalidSchema,
    ):
        return False, False
    if isinstance(exc, requests.exceptions.ConnectTimeout | requests.exceptions.ProxyError):
        return False, True
    if isinstance(exc, requests.exceptions.ConnectionError):
        # A refused or unresolvable connection never carried the request; anything
        # else (a reset, a stall or a close mid-answer) happened after it was sent.
        reason = exc.args[0] if exc.args else None
        inner = getattr(reason, "reason", reason)
        if type(inner).__name__ in ("NewConnectionError", "NameResolutionError"):
            return False, True
        return True, True
    if isinstance(
        exc,
        requests.exceptions.Timeout
        | requests.exceptions.ChunkedEncodingError
        | requests.exceptions.ContentDecodingError,
    ):
        # A stall, a body cut short or reset mid-way, a corrupt encoding: may clear.
        return True, True
    if isinstance(exc, requests.RequestException):
        return True, False
    return True, True  # a raw socket, http.client or urllib3 failure while talking


def _describe(exc: BaseException) -> str:
    """A short, secret-free description (no URL query, no headers)."""
    if isinstance(exc, requests.exceptions.ConnectTimeout):
        return "connect timeout"
    if isinstance(exc, requests.exceptions.ReadTimeout):
        return "read timeout"
    if isinstance(exc, requests.exceptions.SSLError):
        return "TLS error"
    if isinstance(exc, requests.exceptions.ProxyError):
        return "proxy error"
    if isinstance(exc, requests.exceptions.ChunkedEncodingError):
        return "the answer's body was cut short or reset"
    if isinstance(exc, requests.exceptions.ContentDecodingError):
        return "the answer's body could not be decoded"
    if isinstance(exc, requests.exceptions.ConnectionError):
        reason = exc.args[0] if exc.args else None
        if type(reason).__name__ == "ReadTimeoutError":
            return "read timeout while receiving the answer"
        sent, _ = _classify(exc)
        return "connection reset or closed" if sent else "connection failed"
    return type(exc).__name__
