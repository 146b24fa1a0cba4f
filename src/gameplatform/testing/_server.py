"""A small real HTTP server on 127.0.0.1 that platform fakes build on.

A fake subclasses :class:`FakeServer` and implements :meth:`FakeServer.handle`.
The base records every request, and can be told to misbehave in transport-level
ways (reset the connection, answer late, serve an HTML error page) through
:meth:`FakeServer.inject`, so tests exercise the SDK's real socket path.
"""

from __future__ import annotations

import collections
import contextlib
import json
import socket
import struct
import threading
import time
import warnings
from collections.abc import Callable, Iterable, Mapping
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Any, Generic, Literal, Self, TypeVar
from urllib.parse import parse_qsl, urlsplit

import attrs

__all__ = [
    "FailureQueue",
    "FakeRequest",
    "FakeResponse",
    "FakeServer",
    "Fault",
    "check_times",
    "json_response",
    "renamed_option",
]

_FailureT = TypeVar("_FailureT")


@attrs.frozen
class FakeRequest:
    """What the fake received, exactly as it came off the socket."""

    method: str
    path: str
    raw_query: str
    headers: Mapping[str, str]
    body: bytes
    peer: tuple[str, int] | None = None
    """The client's address and port: requests over one kept-alive connection share it."""

    @property
    def query(self) -> list[tuple[str, str]]:
        """The query as ``(name, value)`` pairs, in order, repeats kept."""
        return parse_qsl(self.raw_query, keep_blank_values=True)

    def header(self, name: str) -> str | None:
        """A header by case-insensitive name."""
        lowered = name.lower()
        for key, value in self.headers.items():
            if key.lower() == lowered:
                return value
        return None

    def json(self) -> Any:
        """The body decoded as JSON (raises ``ValueError`` when it is not)."""
        return json.loads(self.body.decode("utf-8"))


@attrs.frozen
class FakeResponse:
    """What the fake answers."""

    status: int
    body: bytes = b""
    headers: Mapping[str, str] = attrs.field(factory=dict)


def json_response(status: int, payload: Any, headers: Mapping[str, str] | None = None) -> FakeResponse:
    """A JSON answer with ``Content-Type: application/json``."""
    all_headers = {"Content-Type": "application/json"}
    if headers:
        all_headers.update(headers)
    return FakeResponse(status, json.dumps(payload, ensure_ascii=False).encode("utf-8"), all_headers)


@attrs.frozen
class Fault:
    """A transport-level misbehaviour for the next matching request.

    ``kind``:
      - ``"reset"``: read the request, then close the socket without answering;
      - ``"stall"``: read the request and answer nothing until the server stops
        or ``stall_seconds`` pass (provokes the client's read timeout);
      - ``"respond"``: answer ``response`` instead of the fake's own logic
        (a 502 HTML page, a 429 with ``Retry-After``, invalid JSON, …);
      - ``"truncate"``: run the fake's logic, send the status line, the headers (with the
        full ``Content-Length``) and half the body, then close: a body shorter than announced;
      - ``"reset_mid_body"``: the same, but end with a TCP reset instead of a close;
      - ``"stall_mid_body"``: the same, then send nothing more until the server stops or
        ``stall_seconds`` pass (provokes the client's read timeout mid-body).
    The three body faults answer ``response`` when given, else the fake's own answer
    (so the request took effect).
    ``path`` limits the fault to requests for that path (``None``: any).
    ``after_handling``: for ``"reset"``, run the fake's logic first (the request
    took effect) and only then drop the connection.
    """

    kind: Literal["reset", "stall", "respond", "truncate", "reset_mid_body", "stall_mid_body"]
    response: FakeResponse | None = None
    path: str | None = None
    stall_seconds: float = 5.0
    after_handling: bool = False


@attrs.define
class _Queued(Generic[_FailureT]):
    scope: str | None
    remaining: int
    failure: _FailureT


def check_times(times: object) -> int:
    """Validate ``fail_next``'s ``times``: how many matching requests fail (at least 1)."""
    if isinstance(times, bool) or not isinstance(times, int) or times < 1:
        raise ValueError("times must be an integer of at least 1")
    return times


_T = TypeVar("_T")


def renamed_option(fake: str, new_name: str, new_value: _T, old_name: str, old_value: _T | None) -> _T:
    """The value of a ``fail_next`` option that used to be spelled ``old_name``.

    Every fake's ``fail_next`` takes the same names (``code``, ``times``, ``status``,
    ``message``); older spellings keep working, with a ``DeprecationWarning``.
    """
    if old_value is None:
        return new_value
    warnings.warn(
        f"{fake}.fail_next({old_name}=...) is deprecated: use {new_name}=",
        DeprecationWarning,
        stacklevel=3,
    )
    return old_value


class FailureQueue(Generic[_FailureT]):
    """Failures a fake's ``fail_next`` queued: each answers ``times`` matching requests.

    ``scope`` is what a failure is limited to (a path, an operation; ``None``: any
    request). :meth:`take` hands out the oldest matching failure. Not locked: fakes
    call it under their own lock.
    """

    def __init__(self) -> None:
        self._entries: list[_Queued[_FailureT]] = []

    def push(self, failure: _FailureT, *, scope: str | None, times: int) -> None:
        self._entries.append(_Queued(scope, times, failure))

    def take(self, key: str) -> _FailureT | None:
        """The oldest failure whose scope matches ``key`` (counted as used once), or ``None``."""
        for entry in self._entries:
            if entry.scope is None or entry.scope == key:
                entry.remaining -= 1
                if entry.remaining <= 0:
                    self._entries.remove(entry)
                return entry.failure
        return None

    def clear(self) -> None:
        self._entries.clear()


class FakeServer:
    """Base class: a threaded HTTP/1.1 server on 127.0.0.1 with a free port.

    Use as a context manager (``with FakeX() as fake: fake.url``) or call
    :meth:`start` and :meth:`stop`. Every request is appended to :attr:`requests`.
    """

    platform = "fake"
    clock: Callable[[], float] = staticmethod(time.time)
    """The fake's notion of now (unix seconds); fakes with an injectable clock replace it."""

    def __init__(self, *, host: str = "127.0.0.1", port: int = 0) -> None:
        self._host = host
        self._port = port
        self._httpd: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None
        self._faults: collections.deque[Fault] = collections.deque()
        self._stopping = threading.Event()
        self.lock = threading.RLock()
        self.requests: list[FakeRequest] = []

    # -- lifecycle -------------------------------------------------------------

    @property
    def url(self) -> str:
        """The base URL, e.g. ``http://127.0.0.1:53817``."""
        if self._httpd is None:
            raise RuntimeError("the fake server is not started")
        host, port = self._httpd.server_address[:2]
        return f"http://{host!s}:{port}"

    def start(self) -> Self:
        """Bind and serve in a daemon thread."""
        if self._httpd is not None:
            return self
        handler = _make_handler(self)
        httpd = _Server((self._host, self._port), handler)
        self._httpd = httpd
        self._stopping.clear()
        self._thread = threading.Thread(
            target=httpd.serve_forever,
            kwargs={"poll_interval": 0.01},
            daemon=True,
            name=f"{type(self).__name__}-server",
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop serving and release the port."""
        self._stopping.set()
        if self._httpd is not None:
            self._httpd.shutdown()
            self._httpd.server_close()
            self._httpd = None
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()

    # -- behaviour -------------------------------------------------------------

    def inject(self, *faults: Fault) -> None:
        """Queue faults; each is used once, by the next request it matches."""
        with self.lock:
            self._faults.extend(faults)

    def clear_faults(self) -> None:
        with self.lock:
            self._faults.clear()

    def requests_to(self, path: str) -> list[FakeRequest]:
        """The recorded requests for one path."""
        with self.lock:
            return [r for r in self.requests if r.path == path]

    def handle(self, request: FakeRequest) -> FakeResponse:
        """Answer one request. Subclasses implement the platform here."""
        raise NotImplementedError

    def serves(self, method: str, path: str) -> bool:
        """Whether the fake has a route for ``method`` and ``path`` (its own routing decides).

        The test suite checks that every operation of a platform's spec has one, so a new
        operation cannot silently lack a fake.
        """
        raise NotImplementedError

    def _take_fault(self, path: str) -> Fault | None:
        with self.lock:
            for fault in self._faults:
                if fault.path is None or fault.path == path:
                    self._faults.remove(fault)
                    return fault
        return None


class _Server(ThreadingHTTPServer):
    """Threaded, with a backlog deep enough for many concurrent test clients."""

    daemon_threads = True
    request_queue_size = 128


def _make_handler(server: FakeServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        server_version = f"gameplatform-fake-{server.platform}"
        # Without this each keep-alive answer waits on Nagle + delayed ACK (~40 ms).
        disable_nagle_algorithm = True

        def date_time_string(self, timestamp: float | None = None) -> str:
            """``Date`` follows the fake's clock, so clock-skew tests see one time."""
            return super().date_time_string(server.clock() if timestamp is None else timestamp)

        def log_message(self, format: str, *args: Any) -> None:
            """Quiet: tests read :attr:`FakeServer.requests` instead."""

        def _serve(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length) if length else b""
            parts = urlsplit(self.path)
            request = FakeRequest(
                method=self.command,
                path=parts.path,
                raw_query=parts.query,
                headers=dict(self.headers.items()),
                body=body,
                peer=(str(self.client_address[0]), int(self.client_address[1])),
            )
            with server.lock:
                server.requests.append(request)
            fault = server._take_fault(request.path)
            if fault is not None and fault.kind == "reset":
                if fault.after_handling:
                    server.handle(request)
                self._drop()
                return
            if fault is not None and fault.kind == "stall":
                server._stopping.wait(fault.stall_seconds)
                self._drop()
                return
            if fault is not None and fault.response is not None:
                response = fault.response
            else:
                try:
                    response = server.handle(request)
                except Exception as exc:  # a bug in a fake must still answer
                    response = FakeResponse(500, f"fake error: {type(exc).__name__}".encode())
            if fault is not None and fault.kind in ("truncate", "reset_mid_body", "stall_mid_body"):
                self._write_broken(response, fault)
                return
            self._write(response)

        def _write(self, response: FakeResponse) -> None:
            self.send_response(response.status)
            headers: Iterable[tuple[str, str]] = response.headers.items()
            for name, value in headers:
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(response.body)))
            self.end_headers()
            self.wfile.write(response.body)

        def _write_broken(self, response: FakeResponse, fault: Fault) -> None:
            """Announce the whole body, send half of it (at least one byte short), then break."""
            self.send_response(response.status)
            for name, value in response.headers.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(max(len(response.body), 2)))
            self.end_headers()
            self.wfile.write(response.body[: len(response.body) // 2])
            self.wfile.flush()
            if fault.kind == "stall_mid_body":
                server._stopping.wait(fault.stall_seconds)
                self._drop()
            elif fault.kind == "reset_mid_body":
                self.close_connection = True
                # SO_LINGER with a zero timeout turns close() into a TCP reset.
                with contextlib.suppress(OSError):
                    self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                    self.connection.close()
            else:
                self._drop()

        def _drop(self) -> None:
            self.close_connection = True
            with contextlib.suppress(OSError):
                self.connection.shutdown(socket.SHUT_RDWR)

        do_GET = _serve
        do_POST = _serve
        do_PUT = _serve
        do_DELETE = _serve
        do_PATCH = _serve

    return Handler
