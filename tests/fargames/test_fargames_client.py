"""FarGamesClient: signed calls, typed results, typed failures, bounded retries."""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Iterator
from typing import Any

import pytest
import requests
import responses

from gameplatform import (
    APIError,
    AuthenticationError,
    ConfigurationError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ServerError,
    TransportError,
    ValidationError,
)
from gameplatform.fargames import (
    FarGamesClient,
    GameList,
    GameNotAvailable,
    GameNotFound,
    RequestExpired,
    encode_body,
    sign,
)
from gameplatform.fargames import _operations as endpoints
from gameplatform.testing import FakeResponse, Fault
from gameplatform.testing.fargames import FarGamesFake

BASE = "https://agent-api.example.com"
TOKEN = "agent-api-token-7f3c"
T0 = 1640995200
PLAYER: dict[str, Any] = dict(
    game_id=123,
    player_id="player_123",
    player_username="john_doe",
    language="ru",
    currency="RUB",
    home_url="https://example.com",
    ip="192.168.1.1",
)


def client(**kwargs: Any) -> FarGamesClient:
    settings: dict[str, Any] = dict(
        base_url=BASE, agent_id=1, api_token=TOKEN, clock=lambda: T0, backoff_factor=0
    )
    settings.update(kwargs)
    c = FarGamesClient(**settings)
    c._transport.sleep = lambda seconds: None
    return c


def success(content: Any) -> dict[str, Any]:
    return {
        "status": "success",
        "timestamp": "2022-01-01T00:00:00.000Z",
        "request_id": "rid-1",
        "content": content,
    }


def failure(code: str, message: str = "nope", timestamp: str = "2022-01-01T00:00:00.000Z") -> dict[str, Any]:
    return {
        "status": "error",
        "error": code,
        "message": message,
        "timestamp": timestamp,
        "request_id": "rid-err",
    }


# -- signing and request shape ----------------------------------------------------


@responses.activate
def test_documented_request_is_sent_byte_for_byte_and_signed() -> None:
    responses.post(
        BASE + "/api/games/get_game_link", json=success({"url": "https://game.example.com/play?t=1"})
    )
    link = client().get_game_link(agent_session_id="session_abc123", **PLAYER)
    assert link.url == "https://game.example.com/play?t=1"
    sent = responses.calls[0].request
    # The vendor's PHP recipe on this request (shared/vectors/fargames.json, doc_get_game_link).
    assert sent.body == (
        b'{"agent_id":1,"agent_session_id":"session_abc123","currency":"RUB","game_id":123,'
        b'"home_url":"https:\\/\\/example.com","ip":"192.168.1.1","language":"ru","player_id":"player_123",'
        b'"player_username":"john_doe","timestamp":1640995200}'
    )
    assert sent.headers["X-Signature"] == "97b11c57973b90b167562db65440439312a51fe5981bb4280ecd5eb2d7b03f57"
    assert sent.headers["Content-Type"] == "application/json"
    assert sent.headers["User-Agent"].startswith("gameplatform/")


@responses.activate
def test_list_games_parses_typed_games_and_keeps_unknown_fields() -> None:
    games = [
        {
            "id": 1,
            "title": "Champagne Party",
            "brand": "Mega",
            "image_url": "https://cdn/x.jpg",
            "demo": True,
            "volatility": "high",
        },
        {
            "id": 2,
            "title": "Book of Fortune",
            "brand": "Mega",
            "image_url": "https://cdn/y.jpg",
            "demo": False,
        },
    ]
    responses.post(BASE + "/api/games/list", json=success({"games": games, "total": 2, "page": 1}))
    result = client().list_games()
    assert isinstance(result, GameList)
    assert result.total == 2
    assert [(g.id, g.title, g.demo) for g in result.games] == [
        (1, "Champagne Party", True),
        (2, "Book of Fortune", False),
    ]
    assert result.games[0].additional_properties == {"volatility": "high"}
    assert result.additional_properties == {"page": 1}
    assert json.loads(responses.calls[0].request.body) == {"agent_id": 1, "timestamp": T0}


@pytest.mark.parametrize(
    ("field", "value", "rule"),
    [
        ("ip", "999.1.1.1", "IP"),
        ("ip", "", "IP"),
        ("home_url", "not a url", "URL"),
        ("currency", "usd", "^[A-Z]{3}$"),
        ("player_id", "", "empty"),
        ("game_id", "123", "integer"),
        ("game_id", True, "integer"),
        ("player_username", 5, "string"),
    ],
)
@responses.activate
def test_bad_input_is_refused_before_any_io(field: str, value: Any, rule: str) -> None:
    with pytest.raises(ValidationError) as info:
        client().get_game_link(agent_session_id="s", **{**PLAYER, field: value})
    assert info.value.field == field
    assert rule.lower() in info.value.reason.lower()
    assert len(responses.calls) == 0


def test_plain_http_to_a_remote_host_is_refused() -> None:
    with pytest.raises(ConfigurationError):
        FarGamesClient(base_url="http://agent-api.example.com", agent_id=1, api_token=TOKEN)
    with pytest.raises(ConfigurationError):
        FarGamesClient(base_url=BASE, agent_id=0, api_token=TOKEN)
    with pytest.raises(ConfigurationError):
        FarGamesClient(base_url=BASE, agent_id=1, api_token="")


# -- error mapping ---------------------------------------------------------------------


def test_every_documented_code_has_a_class_matching_the_spec() -> None:
    codes = endpoints.ERROR_CODES
    assert set(codes) >= {
        "signature_required",
        "invalid_signature",
        "agent_not_found",
        "api_token_not_found",
        "game_not_found",
        "game_not_available",
        "game_provider_not_found",
        "method_not_allowed",
        "validation_error",
        "request_expired",
    }
    for entry in codes.values():
        assert entry.generic is not None and issubclass(entry.error, entry.generic), entry.code


@pytest.mark.parametrize(
    ("status", "code", "expected"),
    [
        (401, "signature_required", AuthenticationError),
        (403, "invalid_signature", PermissionDeniedError),
        (404, "agent_not_found", NotFoundError),
        (404, "game_not_found", GameNotFound),
        (403, "game_not_available", GameNotAvailable),
        (404, "game_provider_not_found", NotFoundError),
        (405, "method_not_allowed", APIError),
        (422, "validation_error", APIError),
        (404, "some_new_code", NotFoundError),
        (429, "too_many", RateLimitError),
        (500, "internal", ServerError),
    ],
)
@responses.activate
def test_error_envelopes_become_typed_errors(status: int, code: str, expected: type[APIError]) -> None:
    responses.post(BASE + "/api/games/get_game_link", json=failure(code, "Game not found"), status=status)
    with pytest.raises(expected) as info:
        client(max_retries=0).get_game_link(agent_session_id="s", **PLAYER)
    error = info.value
    assert (error.platform, error.http_status, error.code, error.request_id) == (
        "fargames",
        status,
        code,
        "rid-err",
    )
    assert error.message == "Game not found"
    assert "rid-err" in str(error)


@responses.activate
def test_non_200_is_an_error_even_with_success_data() -> None:
    responses.post(BASE + "/api/games/list", json=success({"games": [], "total": 0}), status=202)
    with pytest.raises(APIError) as info:
        client().list_games()
    assert info.value.http_status == 202
    assert info.value.request_id == "rid-1"


@responses.activate
def test_html_502_is_a_server_error_and_retried_for_idempotent_calls() -> None:
    responses.post(BASE + "/api/games/list", body="<html>Bad gateway</html>", status=502)
    with pytest.raises(ServerError) as info:
        client(max_retries=2).list_games()
    assert info.value.http_status == 502
    assert info.value.code is None
    assert len(responses.calls) == 3


@responses.activate
def test_html_502_on_game_link_is_not_retried() -> None:
    responses.post(BASE + "/api/games/get_game_link", body="<html>Bad gateway</html>", status=502)
    with pytest.raises(ServerError):
        client(max_retries=2).get_game_link(agent_session_id="s", **PLAYER)
    assert len(responses.calls) == 1


@responses.activate
def test_invalid_json_on_200_is_an_api_error() -> None:
    responses.post(BASE + "/api/games/list", body="{not json", status=200)
    with pytest.raises(APIError, match="malformed"):
        client().list_games()


@responses.activate
def test_missing_required_response_field_is_an_api_error() -> None:
    responses.post(BASE + "/api/games/list", json=success({"games": [{"id": 1}], "total": 1}))
    with pytest.raises(
        APIError, match=r"unexpected list_games answer: .*games\[0\]\.title: required field missing"
    ):
        client().list_games()


@responses.activate
def test_timeouts_are_transport_errors_with_bounded_attempts() -> None:
    responses.post(BASE + "/api/games/list", body=requests.exceptions.ReadTimeout("slow"))
    with pytest.raises(TransportError, match="read timeout after 3 attempt"):
        client(max_retries=2).list_games()
    assert len(responses.calls) == 3


@responses.activate
def test_each_retry_is_signed_with_a_fresh_timestamp() -> None:
    now = [T0]

    def clock() -> float:
        now[0] += 10
        return now[0]

    responses.post(BASE + "/api/games/list", body=requests.exceptions.ConnectionError("reset"))
    responses.post(BASE + "/api/games/list", json=success({"games": [], "total": 0}))
    client(clock=clock).list_games()
    bodies = [c.request.body for c in responses.calls]
    assert len(bodies) == 2 and bodies[0] != bodies[1]
    for call in responses.calls:
        assert call.request.headers["X-Signature"] == sign(call.request.body, TOKEN)


# -- request_expired: learn the clock offset, retry once -------------------------------


@responses.activate
def test_request_expired_learns_offset_and_retries_once() -> None:
    responses.post(
        BASE + "/api/games/list",
        json=failure("request_expired", timestamp="2022-01-01T01:00:00.000Z"),
        status=400,
    )
    responses.post(BASE + "/api/games/list", json=success({"games": [], "total": 0}))
    c = client()
    c.list_games()
    assert c.clock_offset == 3600  # the platform said 01:00:00Z; our clock said 00:00:00Z
    second = json.loads(responses.calls[1].request.body)
    assert second["timestamp"] == int(T0 + c.clock_offset)


@responses.activate
def test_request_expired_twice_raises() -> None:
    responses.post(
        BASE + "/api/games/get_game_link",
        json=failure("request_expired", timestamp="2022-01-01T02:00:00Z"),
        status=400,
    )
    with pytest.raises(RequestExpired):
        client().get_game_link(agent_session_id="s", **PLAYER)
    assert len(responses.calls) == 2


# -- end to end against the bundled fake -------------------------------------------------


@pytest.fixture
def fake() -> Iterator[FarGamesFake]:
    with FarGamesFake(agent_id=5, api_token=TOKEN) as server:
        yield server


def live(fake: FarGamesFake, **kwargs: Any) -> FarGamesClient:
    c = FarGamesClient(base_url=fake.url, agent_id=5, api_token=TOKEN, backoff_factor=0, **kwargs)
    c._transport.sleep = lambda seconds: None
    return c


def test_end_to_end_every_endpoint(fake: FarGamesFake) -> None:
    with live(fake) as c:
        games = c.list_games()
        assert games.total == len(games.games) > 0
        demo_game = next(g for g in games.games if g.demo)
        link = c.get_game_link(**{**PLAYER, "game_id": demo_game.id}, agent_session_id="sess-1")
        assert link.url.startswith("https://")
        demo = c.get_game_link_demo(**{**PLAYER, "game_id": demo_game.id})
        assert demo.url.startswith("https://") and demo.url != link.url


def test_end_to_end_failures_are_typed(fake: FarGamesFake) -> None:
    with live(fake) as c:
        with pytest.raises(GameNotFound) as info:
            c.get_game_link(**{**PLAYER, "game_id": 987654}, agent_session_id="s")
        assert info.value.request_id
        with (
            FarGamesClient(base_url=fake.url, agent_id=5, api_token="wrong") as wrong,
            pytest.raises(PermissionDeniedError) as bad,
        ):
            wrong.list_games()
        assert bad.value.code == "invalid_signature"


def test_end_to_end_clock_skew_is_corrected(fake: FarGamesFake) -> None:
    with live(fake, clock=lambda: fake.clock() - 7200) as c:
        assert c.list_games().total > 0
        assert c.clock_offset == pytest.approx(7200, abs=2)
    assert len(fake.requests) == 2


def test_end_to_end_reset_after_the_platform_acted_is_not_retried(fake: FarGamesFake) -> None:
    fake.inject(Fault("reset", path="/api/games/get_game_link", after_handling=True))
    with live(fake) as c, pytest.raises(TransportError):
        c.get_game_link(**{**PLAYER, "game_id": c.list_games().games[0].id}, agent_session_id="s")
    assert len(fake.requests_to("/api/games/get_game_link")) == 1


def test_end_to_end_html_error_page(fake: FarGamesFake) -> None:
    fake.inject(Fault("respond", FakeResponse(502, b"<html>oops</html>", {"Content-Type": "text/html"})))
    with live(fake, max_retries=0) as c, pytest.raises(ServerError):
        c.list_games()


def test_game_list_cache_is_shared_and_single_flight(fake: FarGamesFake) -> None:
    with live(fake, game_list_ttl=3600) as c:
        barrier = threading.Barrier(16)
        results: list[GameList] = []

        def worker() -> None:
            barrier.wait()
            results.append(c.list_games())

        threads = [threading.Thread(target=worker) for _ in range(16)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert len(results) == 16 and all(r is results[0] for r in results)
        assert len(fake.requests_to("/api/games/list")) == 1
        c.list_games(refresh=True)
        assert len(fake.requests_to("/api/games/list")) == 2
        c.clear_game_list_cache()
        c.list_games()
        assert len(fake.requests_to("/api/games/list")) == 3


def test_cache_expires_after_ttl(fake: FarGamesFake, monkeypatch: pytest.MonkeyPatch) -> None:
    import gameplatform.fargames._client as module

    now = [1000.0]
    monkeypatch.setattr(module.time, "monotonic", lambda: now[0])
    with live(fake, game_list_ttl=60) as c:
        c.list_games()
        now[0] += 59
        c.list_games()
        assert len(fake.requests_to("/api/games/list")) == 1
        now[0] += 2
        c.list_games()
        assert len(fake.requests_to("/api/games/list")) == 2


def test_no_secret_in_logs_errors_or_reprs(fake: FarGamesFake, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    secret = "wrong-but-secret-token-123"
    with FarGamesClient(base_url=fake.url, agent_id=5, api_token=secret) as c:
        with pytest.raises(APIError) as info:
            c.list_games()
        signature = fake.requests[-1].header("X-Signature")
        assert signature
        for text in (caplog.text, str(info.value), repr(info.value), repr(c)):
            assert secret not in text
            assert signature not in text


def test_encode_body_is_what_is_signed(fake: FarGamesFake) -> None:
    with live(fake) as c:
        c.list_games()
    received = fake.requests[-1]
    data = json.loads(received.body)
    assert encode_body(data) == received.body
    assert received.header("X-Signature") == sign(received.body, TOKEN)


@responses.activate
def test_error_envelope_on_http_200_is_typed_by_its_code() -> None:
    responses.post(
        BASE + "/api/games/get_game_link", json=failure("game_not_found", "Game not found"), status=200
    )
    with pytest.raises(GameNotFound) as info:
        client().get_game_link(agent_session_id="s", **PLAYER)
    assert (info.value.http_status, info.value.code, info.value.request_id) == (
        200,
        "game_not_found",
        "rid-err",
    )


@responses.activate
def test_request_expired_timestamp_without_offset_is_read_as_utc(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TZ", "Asia/Tokyo")
    import time as _time

    _time.tzset()
    try:
        responses.post(
            BASE + "/api/games/list",
            json=failure("request_expired", timestamp="2022-01-01 00:16:40"),
            status=400,
        )
        responses.post(BASE + "/api/games/list", json=success({"games": [], "total": 0}))
        c = client()
        c.list_games()
        assert c.clock_offset == 1000
    finally:
        monkeypatch.delenv("TZ")
        _time.tzset()


class _CountingLock:
    """A lock that tells how many threads are queued on it."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._changed = threading.Condition()
        self.waiting = 0

    def __enter__(self) -> _CountingLock:
        with self._changed:
            self.waiting += 1
            self._changed.notify_all()
        self._lock.acquire()
        with self._changed:
            self.waiting -= 1
        return self

    def __exit__(self, *exc: object) -> None:
        self._lock.release()

    def wait_for_waiters(self, count: int) -> bool:
        with self._changed:
            return self._changed.wait_for(lambda: self.waiting >= count, timeout=10)


@responses.activate
def test_threads_waiting_on_a_failed_game_list_fetch_share_its_error() -> None:
    c = client(game_list_ttl=3600, max_retries=0)
    lock = _CountingLock()
    c._game_list_lock = lock  # type: ignore[assignment]
    threads_count = 8

    def platform(request: Any) -> tuple[int, dict[str, str], str]:
        assert lock.wait_for_waiters(threads_count - 1)  # everyone else is queued behind this fetch
        return 500, {}, json.dumps(failure("internal", "boom"))

    responses.add_callback(responses.POST, BASE + "/api/games/list", callback=platform)
    errors: list[BaseException] = []

    def worker() -> None:
        try:
            c.list_games()
        except ServerError as exc:
            errors.append(exc)

    threads = [threading.Thread(target=worker) for _ in range(threads_count)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(10)
    assert len(errors) == threads_count
    assert len(responses.calls) == 1  # one fetch, not one per queued thread
    responses.replace(responses.POST, BASE + "/api/games/list", json=success({"games": [], "total": 0}))
    assert c.list_games().total == 0  # a later call tries again
