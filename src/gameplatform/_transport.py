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

What is settled when the transport is built (base URL checks, per-host send options,
session pools) is in :mod:`gameplatform._transport_setup`; which failures and statuses are
worth another attempt, and ``Retry-After``, in :mod:`gameplatform._retry_policy`.
"""

from __future__ import annotations

import logging
import random
import time
from collections.abc import Callable, Generator, Mapping, Sequence
from urllib.parse import urlencode

import requests
from requests.structures import CaseInsensitiveDict

from gameplatform._fork import reset_after_fork
from gameplatform._retry_policy import (
    RETRYABLE_STATUSES,
    SEND_FAILURES,
    classify_failure,
    describe_failure,
    retry_after_seconds,
)
from gameplatform._transport_setup import (
    Host,
    check_base_url,
    fresh_pools,
    new_session,
    non_negative,
    setting_name,
    valid_timeout,
)
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
    "retry_after_seconds",
    "set_body",
]

DEFAULT_TIMEOUT: tuple[float, float] = (5.0, 30.0)
"""Default (connect, read) timeouts in seconds."""

USER_AGENT = f"gameplatform/{__version__}"

logger = logging.getLogger("gameplatform")

DEFAULT_MAX_RETRY_WAIT = 10.0
"""Seconds one call may spend waiting between its attempts, by default."""

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


def set_body(request: requests.PreparedRequest, body: bytes) -> None:
    """Replace a prepared request's body, keeping ``Content-Length`` right."""
    request.body = body
    request.headers["Content-Length"] = str(len(body))


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
        if timeout is not None and not valid_timeout(timeout):
            raise ConfigurationError("timeout must be a positive number or a (connect, read) pair")
        if not non_negative(max_retry_wait):
            raise ConfigurationError("max_retry_wait must be a non-negative number of seconds")
        if session is not None and not isinstance(session, requests.Session):
            raise ConfigurationError("session must be a requests.Session")
        self.platform = platform
        self._owns_session = session is None
        self._session = session if session is not None else new_session()
        self.max_retries = max_retries
        self.backoff_factor = backoff_factor
        self.backoff_max = backoff_max
        self.max_retry_wait = float(max_retry_wait)
        self.sleep: Callable[[float], None] = time.sleep
        self._logger = logger.getChild(platform)
        self._hosts = {
            name: Host(check_base_url(url, setting=setting_name(name)), self._session, timeout)
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
            except SEND_FAILURES as exc:
                sent, retryable = classify_failure(exc)
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
                    f"{method} {path}: {describe_failure(exc)} after {attempt} attempt(s)",
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
            if status in RETRYABLE_STATUSES and idempotent and attempt < attempts:
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
            self._session = new_session()
        else:
            fresh_pools(self._session)
