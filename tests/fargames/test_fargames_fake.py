"""FarGamesFake driven with raw HTTP: signed bodies, every documented failure, the time window."""

from __future__ import annotations

import json
import re
import threading
import uuid
from collections.abc import Iterator
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest
import requests

from gameplatform.fargames._signing import encode_body, sign
from gameplatform.testing import FakeResponse, Fault
from gameplatform.testing.fargames import (
    DEFAULT_GAMES,
    ERROR_STATUSES,
    FakeGame,
    FarGamesFake,
    IssuedLink,
)

AGENT_ID = 7
TOKEN = "agent-api-token-7f3c"
T0 = 1_640_995_200
LINK = "/api/games/get_game_link"
DEMO = "/api/games/get_game_link_demo"
LIST = "/api/games/list"


class Clock:
    """A clock the test moves by hand."""

    def __init__(self, now: float) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock(T0 + 0.25)


@pytest.fixture
def fake(clock: Clock) -> Iterator[FarGamesFake]:
    with FarGamesFake(agent_id=AGENT_ID, api_token=TOKEN, clock=clock) as server:
        yield server


@pytest.fixture
def http() -> Iterator[requests.Session]:
    with requests.Session() as session:
        yield session


def link_data(**overrides: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "agent_id": AGENT_ID,
        "timestamp": T0,
        "game_id": 1,
        "player_id": "player_123",
        "player_username": "john_doe",
        "language": "ru",
        "currency": "RUB",
        "home_url": "https://example.com",
        "agent_session_id": "session_abc123",
        "ip": "192.168.1.1",
    }
    data.update(overrides)
    return data


def post(
    http: requests.Session,
    fake: FarGamesFake,
    path: str,
    data: dict[str, Any],
    *,
    token: str = TOKEN,
    headers: dict[str, str] | None = None,
) -> requests.Response:
    body = encode_body(data)
    sent = {"Content-Type": "application/json", "X-Signature": sign(body, token)}
    sent.update(headers or {})
    return http.post(fake.url + path, data=body, headers=sent, timeout=5)


def assert_error(response: requests.Response, code: str, status: int | None = None) -> dict[str, Any]:
    assert response.status_code == (status if status is not None else ERROR_STATUSES[code]), response.text
    assert response.headers["Content-Type"] == "application/json"
    payload: dict[str, Any] = response.json()
    assert set(payload) == {"status", "error", "message", "timestamp", "request_id"}
    assert payload["status"] == "error"
    assert payload["error"] == code
    assert isinstance(payload["message"], str) and payload["message"]
    assert uuid.UUID(payload["request_id"]).version == 4
    return payload


# -- success -------------------------------------------------------------------------------


def test_list_games_envelope_and_catalogue(fake: FarGamesFake, http: requests.Session) -> None:
    response = post(http, fake, LIST, {"agent_id": AGENT_ID, "timestamp": T0})
    assert response.status_code == 200
    payload = response.json()
    assert list(payload) == ["status", "timestamp", "request_id", "content"]
    assert payload["status"] == "success"
    assert payload["timestamp"] == "2022-01-01T00:00:00.250Z"
    assert uuid.UUID(payload["request_id"]).version == 4
    assert payload["request_id"] == fake.request_ids[-1]
    games = payload["content"]["games"]
    assert payload["content"]["total"] == len(games) == len(DEFAULT_GAMES)
    assert games[0] == {
        "id": 1,
        "title": "Champagne Party",
        "brand": "Mega",
        "image_url": "https://cdn.games.fake.local/images/games/champagne_party.jpg",
        "demo": True,
    }
    assert {g["demo"] for g in games} == {True, False}


def test_responses_are_written_like_php(fake: FarGamesFake, http: requests.Session) -> None:
    response = post(http, fake, LIST, {"agent_id": AGENT_ID, "timestamp": T0})
    assert b"https:\\/\\/cdn.games.fake.local" in response.content
    assert b"Pharaoh's Vault" in response.content


def test_request_ids_are_unique(fake: FarGamesFake, http: requests.Session) -> None:
    ids = {
        post(http, fake, LIST, {"agent_id": AGENT_ID, "timestamp": T0}).json()["request_id"] for _ in range(5)
    }
    assert len(ids) == 5
    assert set(fake.request_ids) == ids


def test_get_game_link_issues_a_play_url(fake: FarGamesFake, http: requests.Session) -> None:
    response = post(http, fake, LINK, link_data(game_id=3, player_id="id with space&more"))
    assert response.status_code == 200
    url = response.json()["content"]["url"]
    parts = urlsplit(url)
    assert (parts.scheme, parts.netloc, parts.path) == ("https", "games.fake.local", "/play")
    query = parse_qs(parts.query)
    assert query["gameId"] == ["3"] and query["playerId"] == ["id with space&more"]
    assert re.fullmatch(r"[0-9a-f]{32}", query["token"][0])
    [issued] = fake.issued_links
    assert issued == IssuedLink(
        url=url,
        token=query["token"][0],
        demo=False,
        game_id=3,
        player_id="id with space&more",
        player_username="john_doe",
        language="ru",
        currency="RUB",
        home_url="https://example.com",
        ip="192.168.1.1",
        agent_session_id="session_abc123",
        issued_at=T0 + 0.25,
    )


def test_every_link_gets_a_fresh_token(fake: FarGamesFake, http: requests.Session) -> None:
    first = post(http, fake, LINK, link_data()).json()["content"]["url"]
    second = post(http, fake, LINK, link_data()).json()["content"]["url"]
    assert first != second
    assert [link.url for link in fake.issued_links] == [first, second]


def test_demo_link(fake: FarGamesFake, http: requests.Session) -> None:
    data = link_data(game_id=4, ip="2001:db8::1")
    del data["agent_session_id"]
    response = post(http, fake, DEMO, data)
    assert response.status_code == 200
    url = response.json()["content"]["url"]
    assert url.startswith("https://games.fake.local/demo?")
    assert fake.issued_links[-1].demo and fake.issued_links[-1].agent_session_id is None


def test_demo_ignores_a_session_id_and_other_extra_fields(fake: FarGamesFake, http: requests.Session) -> None:
    assert post(http, fake, DEMO, link_data(extra="x")).status_code == 200


def test_custom_catalogue_and_link_base(clock: Clock, http: requests.Session) -> None:
    games = [FakeGame(42, "Only Game", "Solo", "https://img.example/42.png", demo=False)]
    with FarGamesFake(
        agent_id=1, api_token="t", games=games, clock=clock, link_base_url="https://play.example/"
    ) as fake:
        listed = post(http, fake, LIST, {"agent_id": 1, "timestamp": T0}, token="t").json()["content"]
        assert listed == {
            "games": [
                {
                    "id": 42,
                    "title": "Only Game",
                    "brand": "Solo",
                    "image_url": "https://img.example/42.png",
                    "demo": False,
                }
            ],
            "total": 1,
        }
        url = post(http, fake, LINK, link_data(agent_id=1, game_id=42), token="t").json()["content"]["url"]
        assert url.startswith("https://play.example/play?")
        fake.add_game(FakeGame(43, "Second", "Solo", "https://img.example/43.png", demo=True))
        assert [g.id for g in fake.games] == [42, 43]


# -- documented failures ---------------------------------------------------------------------


def test_only_post_is_allowed(fake: FarGamesFake, http: requests.Session) -> None:
    for method in ("GET", "PUT", "DELETE", "PATCH"):
        assert_error(http.request(method, fake.url + LIST, timeout=5), "method_not_allowed")


def test_unknown_path(fake: FarGamesFake, http: requests.Session) -> None:
    assert_error(
        post(http, fake, "/api/games/nope", {"agent_id": AGENT_ID, "timestamp": T0}), "not_found", 404
    )


def test_missing_signature(fake: FarGamesFake, http: requests.Session) -> None:
    body = encode_body({"agent_id": AGENT_ID, "timestamp": T0})
    response = http.post(fake.url + LIST, data=body, headers={"Content-Type": "application/json"}, timeout=5)
    assert_error(response, "signature_required")
    empty = http.post(
        fake.url + LIST, data=body, headers={"Content-Type": "application/json", "X-Signature": ""}, timeout=5
    )
    assert_error(empty, "signature_required")


def test_wrong_token_is_an_invalid_signature(fake: FarGamesFake, http: requests.Session) -> None:
    assert_error(
        post(http, fake, LIST, {"agent_id": AGENT_ID, "timestamp": T0}, token="wrong"), "invalid_signature"
    )
    assert not fake.issued_links


def test_signature_covers_the_raw_bytes(fake: FarGamesFake, http: requests.Session) -> None:
    data = {"agent_id": AGENT_ID, "timestamp": T0}
    original = encode_body(data)
    signature = sign(original, TOKEN)
    headers = {"Content-Type": "application/json", "X-Signature": signature}
    reserialised = json.dumps(data).encode()  # same data, other bytes (spaces)
    assert json.loads(reserialised) == json.loads(original) and reserialised != original
    assert_error(
        http.post(fake.url + LIST, data=reserialised, headers=headers, timeout=5), "invalid_signature"
    )
    assert http.post(fake.url + LIST, data=original, headers=headers, timeout=5).status_code == 200


def test_a_body_signed_as_sent_need_not_be_php_encoded(fake: FarGamesFake, http: requests.Session) -> None:
    """The platform checks the bytes it got, whatever their key order or spacing."""
    body = json.dumps({"timestamp": T0, "agent_id": AGENT_ID}, indent=2).encode()
    headers = {"Content-Type": "application/json", "X-Signature": sign(body, TOKEN)}
    assert http.post(fake.url + LIST, data=body, headers=headers, timeout=5).status_code == 200


def test_uppercase_signature_is_rejected(fake: FarGamesFake, http: requests.Session) -> None:
    body = encode_body({"agent_id": AGENT_ID, "timestamp": T0})
    headers = {"Content-Type": "application/json", "X-Signature": sign(body, TOKEN).upper()}
    assert_error(http.post(fake.url + LIST, data=body, headers=headers, timeout=5), "invalid_signature")


def test_unknown_agent(fake: FarGamesFake, http: requests.Session) -> None:
    assert_error(post(http, fake, LIST, {"agent_id": AGENT_ID + 1, "timestamp": T0}), "agent_not_found")


@pytest.mark.parametrize(
    "body",
    [b"not json", b"[1,2]", b"\xff\xfe", b'{"timestamp": 1640995200}', b'{"agent_id": "7", "timestamp": 1}',
     b'{"agent_id": true, "timestamp": 1}'],
)  # fmt: skip
def test_unreadable_bodies_are_validation_errors(
    fake: FarGamesFake, http: requests.Session, body: bytes
) -> None:
    headers = {"Content-Type": "application/json", "X-Signature": sign(body, TOKEN)}
    assert_error(http.post(fake.url + LIST, data=body, headers=headers, timeout=5), "validation_error")


def test_content_type_must_be_json(fake: FarGamesFake, http: requests.Session) -> None:
    response = post(
        http, fake, LIST, {"agent_id": AGENT_ID, "timestamp": T0}, headers={"Content-Type": "text/plain"}
    )
    assert_error(response, "validation_error")
    charset = {"Content-Type": "application/json; charset=utf-8"}
    assert post(http, fake, LIST, {"agent_id": AGENT_ID, "timestamp": T0}, headers=charset).status_code == 200


@pytest.mark.parametrize(
    "overrides",
    [
        {"timestamp": None},
        {"timestamp": "1640995200"},
        {"timestamp": 1640995200.5},
        {"game_id": None},
        {"game_id": "1"},
        {"game_id": True},
        {"player_id": None},
        {"player_id": ""},
        {"player_id": 123},
        {"player_username": "x" * 256},
        {"language": None},
        {"currency": "RU"},
        {"currency": "RUBL"},
        {"currency": "rub"},
        {"currency": "R1B"},
        {"home_url": "example.com"},
        {"home_url": "ftp://example.com"},
        {"home_url": "https://"},
        {"home_url": "https://exa mple.com"},
        {"ip": "192.168.1.256"},
        {"ip": "localhost"},
        {"agent_session_id": None},
    ],
)
def test_field_validation(fake: FarGamesFake, http: requests.Session, overrides: dict[str, Any]) -> None:
    data = {k: v for k, v in link_data(**overrides).items() if v is not None}
    assert_error(post(http, fake, LINK, data), "validation_error")
    assert not fake.issued_links


def test_demo_does_not_need_a_session_id_but_link_does(fake: FarGamesFake, http: requests.Session) -> None:
    data = link_data()
    del data["agent_session_id"]
    assert_error(post(http, fake, LINK, data), "validation_error")
    assert post(http, fake, DEMO, data).status_code == 200


def test_unknown_game(fake: FarGamesFake, http: requests.Session) -> None:
    payload = assert_error(post(http, fake, LINK, link_data(game_id=987654)), "game_not_found")
    assert payload["message"] == "Game not found"
    assert_error(post(http, fake, DEMO, link_data(game_id=987654)), "game_not_found")


def test_unavailable_game(fake: FarGamesFake, http: requests.Session) -> None:
    fake.set_game_available(1, False)
    assert_error(post(http, fake, LINK, link_data(game_id=1)), "game_not_available")
    assert_error(post(http, fake, DEMO, link_data(game_id=1)), "game_not_available")
    listed = post(http, fake, LIST, {"agent_id": AGENT_ID, "timestamp": T0}).json()["content"]
    assert 1 not in [g["id"] for g in listed["games"]]
    assert listed["total"] == len(DEFAULT_GAMES) - 1
    fake.set_game_available(1, True)
    assert post(http, fake, LINK, link_data(game_id=1)).status_code == 200
    with pytest.raises(KeyError):
        fake.set_game_available(987654, True)


def test_demo_of_a_game_without_demo(fake: FarGamesFake, http: requests.Session) -> None:
    no_demo = next(g for g in DEFAULT_GAMES if not g.demo)
    assert_error(post(http, fake, DEMO, link_data(game_id=no_demo.id)), "game_provider_not_found")
    assert post(http, fake, LINK, link_data(game_id=no_demo.id)).status_code == 200


# -- the time window ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("offset", "accepted"), [(0, True), (300, True), (-300, True), (301, False), (-301, False)]
)
def test_timestamp_window(
    fake: FarGamesFake, clock: Clock, http: requests.Session, offset: int, accepted: bool
) -> None:
    clock.now = T0
    response = post(http, fake, LIST, {"agent_id": AGENT_ID, "timestamp": T0 + offset})
    if accepted:
        assert response.status_code == 200
    else:
        assert_error(response, "request_expired")


def test_window_follows_the_injected_clock(fake: FarGamesFake, clock: Clock, http: requests.Session) -> None:
    data = {"agent_id": AGENT_ID, "timestamp": T0}
    assert post(http, fake, LIST, data).status_code == 200
    clock.now = T0 + 3600
    payload = assert_error(post(http, fake, LIST, data), "request_expired")
    assert payload["timestamp"] == "2022-01-01T01:00:00.000Z"


def test_window_size_is_configurable(clock: Clock, http: requests.Session) -> None:
    clock.now = T0
    with FarGamesFake(agent_id=AGENT_ID, api_token=TOKEN, clock=clock, window_seconds=5) as fake:
        assert post(http, fake, LIST, {"agent_id": AGENT_ID, "timestamp": T0 - 5}).status_code == 200
        assert_error(post(http, fake, LIST, {"agent_id": AGENT_ID, "timestamp": T0 - 6}), "request_expired")


def test_signature_is_checked_before_the_window(fake: FarGamesFake, http: requests.Session) -> None:
    stale = {"agent_id": AGENT_ID, "timestamp": T0 - 10_000}
    assert_error(post(http, fake, LIST, stale, token="wrong"), "invalid_signature")


# -- test controls -------------------------------------------------------------------------------


@pytest.mark.parametrize("code", sorted(ERROR_STATUSES))
def test_fail_next_forces_every_documented_code(
    fake: FarGamesFake, http: requests.Session, code: str
) -> None:
    fake.fail_next(code)
    assert_error(post(http, fake, LINK, link_data()), code)
    assert not fake.issued_links
    assert post(http, fake, LINK, link_data()).status_code == 200


def test_fail_next_times_and_path(fake: FarGamesFake, http: requests.Session) -> None:
    fake.fail_next("game_not_found", times=2, path=LINK)
    assert post(http, fake, LIST, {"agent_id": AGENT_ID, "timestamp": T0}).status_code == 200
    assert_error(post(http, fake, LINK, link_data()), "game_not_found")
    assert_error(post(http, fake, LINK, link_data()), "game_not_found")
    assert post(http, fake, LINK, link_data()).status_code == 200


def test_fail_next_queues_in_order(fake: FarGamesFake, http: requests.Session) -> None:
    fake.fail_next("request_expired")
    fake.fail_next("validation_error", message="The ip must be a valid IP address.")
    assert_error(post(http, fake, LIST, {"agent_id": AGENT_ID, "timestamp": T0}), "request_expired")
    payload = assert_error(
        post(http, fake, LIST, {"agent_id": AGENT_ID, "timestamp": T0}), "validation_error"
    )
    assert payload["message"] == "The ip must be a valid IP address."


def test_fail_next_with_an_undocumented_code(fake: FarGamesFake, http: requests.Session) -> None:
    fake.fail_next("internal_error", status=500)
    assert_error(post(http, fake, LIST, {"agent_id": AGENT_ID, "timestamp": T0}), "internal_error", 500)
    with pytest.raises(ValueError, match="status="):
        fake.fail_next("internal_error")
    with pytest.raises(ValueError):
        fake.fail_next("game_not_found", times=0)


def test_fail_next_keeps_count_as_the_older_name_of_times(fake: FarGamesFake, http: requests.Session) -> None:
    with pytest.deprecated_call():
        fake.fail_next("game_not_found", count=2)
    assert_error(post(http, fake, LIST, {"agent_id": AGENT_ID, "timestamp": T0}), "game_not_found")
    assert_error(post(http, fake, LIST, {"agent_id": AGENT_ID, "timestamp": T0}), "game_not_found")
    assert post(http, fake, LIST, {"agent_id": AGENT_ID, "timestamp": T0}).status_code == 200


def test_clear_failures(fake: FarGamesFake, http: requests.Session) -> None:
    fake.fail_next("invalid_signature", times=3)
    fake.clear_failures()
    assert post(http, fake, LIST, {"agent_id": AGENT_ID, "timestamp": T0}).status_code == 200


def test_base_faults_still_work(fake: FarGamesFake, http: requests.Session) -> None:
    fake.inject(
        Fault("respond", FakeResponse(502, b"<html>Bad gateway</html>", {"Content-Type": "text/html"}))
    )
    response = post(http, fake, LIST, {"agent_id": AGENT_ID, "timestamp": T0})
    assert response.status_code == 502 and response.text == "<html>Bad gateway</html>"
    fake.inject(Fault("reset", path=LINK, after_handling=True))
    with pytest.raises(requests.ConnectionError):
        post(http, fake, LINK, link_data())
    assert len(fake.issued_links) == 1  # the platform acted before the connection dropped


def test_requests_are_recorded_raw(fake: FarGamesFake, http: requests.Session) -> None:
    data = {"agent_id": AGENT_ID, "timestamp": T0}
    post(http, fake, LIST, data)
    [received] = fake.requests_to(LIST)
    assert received.body == encode_body(data)
    assert received.header("x-signature") == sign(encode_body(data), TOKEN)


def test_constructor_checks_its_settings() -> None:
    with pytest.raises(TypeError):
        FarGamesFake(agent_id=True, api_token=TOKEN)
    with pytest.raises(TypeError):
        FarGamesFake(agent_id=1, api_token="")


def test_repr_hides_the_token() -> None:
    fake = FarGamesFake(agent_id=1, api_token="very-secret-token")
    assert "very-secret-token" not in repr(fake)


def test_concurrent_requests(fake: FarGamesFake) -> None:
    # Five workers stay within the listen backlog of the base server; each keeps its
    # connection open and sends several requests, so handlers really overlap.
    workers, per_worker = 5, 8
    barrier = threading.Barrier(workers)
    statuses: list[int] = []
    failures: list[BaseException] = []

    def worker(n: int) -> None:
        try:
            with requests.Session() as session:
                barrier.wait(timeout=10)
                for i in range(per_worker):
                    response = post(session, fake, LINK, link_data(player_id=f"p{n}-{i}"))
                    statuses.append(response.status_code)
        except BaseException as exc:  # collected and re-raised by the main thread
            failures.append(exc)

    threads = [threading.Thread(target=worker, args=(n,)) for n in range(workers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert not failures
    total = workers * per_worker
    assert statuses == [200] * total
    expected = sorted(f"p{n}-{i}" for n in range(workers) for i in range(per_worker))
    assert sorted(link.player_id for link in fake.issued_links) == expected
    assert len({link.token for link in fake.issued_links}) == total
    assert len(set(fake.request_ids)) == total
