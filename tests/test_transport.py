"""The shared transport: retries only where safe, fresh auth per attempt, settings resolved once."""

from __future__ import annotations

import logging
import socket
from collections.abc import Iterator

import pytest
import requests
import responses

from gameplatform._envelope import parsed_body
from gameplatform._transport import (
    USER_AGENT,
    Transport,
    check_base_url,
    retry_after_seconds,
    set_body,
)
from gameplatform.errors import ConfigurationError, TransportError
from gameplatform.testing import FakeRequest, FakeResponse, FakeServer, Fault, json_response


class EchoServer(FakeServer):
    platform = "echo"

    def handle(self, request: FakeRequest) -> FakeResponse:
        return json_response(200, {"path": request.path, "body": request.body.decode()})


@pytest.fixture
def server() -> Iterator[EchoServer]:
    with EchoServer() as srv:
        yield srv


def make(url: str, **kwargs: object) -> Transport:
    transport = Transport(platform="echo", base_urls={"default": url}, **kwargs)  # type: ignore[arg-type]
    transport.sleep = lambda seconds: None
    return transport


@pytest.mark.parametrize(
    "url",
    ["http://example.com", "ftp://127.0.0.1", "example.com", "", "https://x.test/?a=1", "http://10.0.0.1"],
)
def test_bad_base_urls_are_refused(url: str) -> None:
    with pytest.raises(ConfigurationError):
        check_base_url(url)


@pytest.mark.parametrize(
    "url", ["http://127.0.0.1:8080", "http://localhost", "http://[::1]:9", "https://a.b/"]
)
def test_loopback_http_and_https_are_accepted(url: str) -> None:
    assert check_base_url(url) == url.rstrip("/")


def test_config_errors_for_retries_and_timeout() -> None:
    with pytest.raises(ConfigurationError):
        Transport(platform="x", base_urls={"default": "https://a.test"}, max_retries=-1)
    with pytest.raises(ConfigurationError):
        Transport(platform="x", base_urls={"default": "https://a.test"}, timeout=(1.0, 0))


def test_sends_over_loopback_with_user_agent_and_body(server: EchoServer) -> None:
    transport = make(server.url)
    response = transport.send("POST", "/p", body=b'{"a":1}', headers={"X-T": "1"}, idempotent=False)
    assert response.status_code == 200
    assert response.json() == {"path": "/p", "body": '{"a":1}'}
    (received,) = server.requests
    assert received.header("User-Agent") == USER_AGENT
    assert received.header("Content-Length") == "7"
    assert received.header("X-T") == "1"


def test_auth_runs_on_every_attempt_and_may_replace_body(server: EchoServer) -> None:
    server.inject(
        Fault("respond", FakeResponse(503, b"busy")), Fault("respond", FakeResponse(502, b"<html>"))
    )
    calls: list[int] = []

    def auth(prepared: requests.PreparedRequest) -> None:
        calls.append(len(calls))
        set_body(prepared, f"attempt-{len(calls)}".encode())
        prepared.headers["X-Sig"] = str(len(calls))

    response = make(server.url, max_retries=2).send("POST", "/p", body=b"x", auth=auth, idempotent=True)
    assert response.status_code == 200
    assert [r.body for r in server.requests] == [b"attempt-1", b"attempt-2", b"attempt-3"]
    assert [r.header("X-Sig") for r in server.requests] == ["1", "2", "3"]


def test_non_idempotent_call_is_not_retried_on_5xx(server: EchoServer) -> None:
    server.inject(Fault("respond", FakeResponse(503, b"busy")))
    response = make(server.url, max_retries=3).send("POST", "/p", body=b"x", idempotent=False)
    assert response.status_code == 503
    assert len(server.requests) == 1


def test_non_idempotent_call_is_not_retried_after_reset(server: EchoServer) -> None:
    server.inject(Fault("reset"))
    with pytest.raises(TransportError) as info:
        make(server.url, max_retries=3).send("POST", "/p", body=b"x", idempotent=False)
    assert not info.value.retryable  # it may have taken effect
    assert info.value.__context__ is None  # nothing links it to the request's headers
    assert len(server.requests) == 1


def test_idempotent_call_is_retried_after_reset(server: EchoServer) -> None:
    server.inject(Fault("reset"), Fault("reset"))
    response = make(server.url, max_retries=2).send("POST", "/p", body=b"x", idempotent=True)
    assert response.status_code == 200
    assert len(server.requests) == 3


def test_attempts_are_bounded(server: EchoServer) -> None:
    server.inject(*[Fault("reset") for _ in range(10)])
    with pytest.raises(TransportError, match="after 3 attempt") as info:
        make(server.url, max_retries=2).send("GET", "/p", idempotent=True)
    assert info.value.retryable  # idempotent: safe to try again later
    assert len(server.requests) == 3
    server.clear_faults()


def test_read_timeout_is_a_retryable_transport_error_and_not_retried_when_unsafe(server: EchoServer) -> None:
    server.inject(Fault("stall", stall_seconds=5))
    transport = make(server.url, timeout=(2.0, 0.2), max_retries=2)
    with pytest.raises(TransportError, match="read timeout") as info:
        transport.send("POST", "/p", body=b"x", idempotent=False)
    assert not info.value.retryable
    assert len(server.requests) == 1


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_connection_refused_is_retried_even_when_not_idempotent() -> None:
    transport = make(f"http://127.0.0.1:{free_port()}", max_retries=2)
    slept: list[float] = []
    transport.sleep = slept.append
    with pytest.raises(TransportError, match="connection failed after 3 attempt"):
        transport.send("POST", "/p", body=b"x", idempotent=False)
    assert len(slept) == 2


def test_backoff_is_exponential_with_jitter_and_capped() -> None:
    transport = make("https://a.test", backoff_factor=0.5, backoff_max=2.0)
    for attempt, ceiling in [(1, 0.5), (2, 1.0), (3, 2.0), (6, 2.0)]:
        delays = [transport._backoff(attempt) for _ in range(200)]
        assert all(0 <= d <= ceiling for d in delays)
        assert max(delays) > ceiling / 2


def test_retry_after_is_honoured_and_long_waits_are_not(server: EchoServer) -> None:
    server.inject(Fault("respond", FakeResponse(429, b"", {"Retry-After": "7"})))
    transport = make(server.url, max_retries=2)
    slept: list[float] = []
    transport.sleep = slept.append
    assert transport.send("GET", "/p", idempotent=True).status_code == 200
    assert slept == [7.0]

    server.inject(Fault("respond", FakeResponse(429, b"", {"Retry-After": "3600"})))
    response = transport.send("GET", "/p", idempotent=True)
    assert response.status_code == 429
    assert retry_after_seconds(response) == 3600.0


@responses.activate
def test_query_and_json_helpers() -> None:
    responses.get("https://a.test/q", body="not json", status=200)
    transport = make("https://a.test")
    response = transport.send("GET", "/q", query=[("b", "2"), ("a", "x y")], idempotent=True)
    assert responses.calls[0].request.url == "https://a.test/q?b=2&a=x+y"
    assert parsed_body(response) is None


def test_environment_is_resolved_once(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HTTPS_PROXY", "http://proxy.invalid:3128")
    monkeypatch.setenv("NO_PROXY", "nothere.test")
    session = requests.Session()
    calls: list[str] = []
    original = session.merge_environment_settings

    def counting(url, *args, **kwargs):  # type: ignore[no-untyped-def]
        calls.append(url)
        return original(url, *args, **kwargs)

    monkeypatch.setattr(session, "merge_environment_settings", counting)
    transport = Transport(
        platform="x", base_urls={"a": "https://a.test", "b": "https://nothere.test"}, session=session
    )
    assert transport._hosts["a"].proxies.get("https") == "http://proxy.invalid:3128"
    assert "https" not in transport._hosts["b"].proxies
    with responses.RequestsMock() as mock:
        mock.get("https://a.test/x", json={})
        for _ in range(3):
            transport.send("GET", "/x", host="a", idempotent=True)
    assert calls == ["https://a.test", "https://nothere.test"]


def test_callers_session_is_not_closed() -> None:
    session = requests.Session()
    closed: list[bool] = []
    session.close = lambda: closed.append(True)  # type: ignore[method-assign]
    Transport(platform="x", base_urls={"default": "https://a.test"}, session=session).close()
    assert closed == []


def test_debug_log_has_path_status_and_no_headers_or_body(
    server: EchoServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="gameplatform")
    make(server.url).send(
        "POST", "/p", body=b"secret-body", headers={"Authorization": "Bearer tok-XYZ"}, idempotent=False
    )
    text = caplog.text
    assert "POST /p -> 200" in text
    assert "tok-XYZ" not in text and "secret-body" not in text


def test_header_value_with_newline_is_a_transport_error_without_the_value(server: EchoServer) -> None:
    with pytest.raises(TransportError, match="invalid header value") as info:
        make(server.url).send("GET", "/p", headers={"Authorization": "Bearer SECRET-TOK\n"}, idempotent=True)
    assert "SECRET-TOK" not in str(info.value) and "SECRET-TOK" not in repr(info.value)
    assert info.value.__cause__ is None and info.value.__context__ is None
    assert not info.value.retryable
    assert server.requests == []


@responses.activate
def test_commas_in_query_values_stay_literal() -> None:
    responses.get("https://a.test/own", json={})
    make("https://a.test").send("GET", "/own", query=[("game_ids", "A,B"), ("q", "x&y")], idempotent=True)
    assert responses.calls[0].request.url == "https://a.test/own?game_ids=A,B&q=x%26y"


class _CannedSession(requests.Session):
    """A session that answers every request itself (a recorder or canned transport)."""

    def __init__(self) -> None:
        super().__init__()
        self.sent: list[requests.PreparedRequest] = []

    def send(self, request: requests.PreparedRequest, **kwargs: object) -> requests.Response:  # type: ignore[override]
        self.sent.append(request)
        response = requests.Response()
        response.status_code = 200
        response._content = b'{"ok": true}'
        response.request = request
        return response


def test_a_session_that_overrides_send_receives_every_request() -> None:
    session = _CannedSession()
    transport = Transport(platform="x", base_urls={"default": "https://canned.invalid"}, session=session)
    response = transport.send("POST", "/p", body=b"{}", headers={"X-A": "1"}, idempotent=False)
    assert response.json() == {"ok": True}
    (sent,) = session.sent
    assert (sent.method, sent.url, sent.body, sent.headers["X-A"]) == (
        "POST",
        "https://canned.invalid/p",
        b"{}",
        "1",
    )


def test_adapters_mounted_after_the_transport_was_built_are_used() -> None:
    session = requests.Session()
    transport = Transport(platform="x", base_urls={"default": "https://late.invalid"}, session=session)
    calls: list[str] = []

    class Adapter(requests.adapters.HTTPAdapter):
        def send(
            self, request: requests.PreparedRequest, *args: object, **kwargs: object
        ) -> requests.Response:  # type: ignore[override]
            calls.append(request.url or "")
            response = requests.Response()
            response.status_code = 204
            response._content = b""
            return response

    session.mount("https://late.invalid", Adapter())
    assert transport.send("GET", "/x", idempotent=True).status_code == 204
    assert calls == ["https://late.invalid/x"]
