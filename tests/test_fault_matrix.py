"""Every client × idempotent and non-idempotent operation × broken answers, over real sockets.

Each failure must be a typed SDK error; an idempotent call is retried after a broken
answer and succeeds; a non-idempotent call reaches the platform at most once.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import pytest

from gameplatform.errors import APIError, GamePlatformError, TransportError
from gameplatform.fargames import FarGamesClient
from gameplatform.playdapp import PlaydappClient
from gameplatform.playnanoo import DeviceInfo, PlayNanooClient
from gameplatform.stove import StoveClient
from gameplatform.testing import FakeResponse, FakeServer, Fault
from gameplatform.testing.fargames import FarGamesFake
from gameplatform.testing.playdapp import PlaydappFake
from gameplatform.testing.playnanoo import PlayNanooFake
from gameplatform.testing.stove import StoveFake

READ_TIMEOUT = 0.3


@dataclass
class Operation:
    call: Callable[[], Any]
    path: str
    idempotent: bool


@dataclass
class Scenario:
    fake: FakeServer
    operations: dict[str, Operation]


def _no_sleep(client: Any) -> None:
    client._transport.sleep = lambda seconds: None


@contextlib.contextmanager
def fargames() -> Iterator[Scenario]:
    with FarGamesFake(agent_id=1, api_token="far-secret-token") as fake:
        client = FarGamesClient(**fake.client_settings(), timeout=(2.0, READ_TIMEOUT))
        _no_sleep(client)
        link = {
            "game_id": fake.games[0].id,
            "player_id": "p1",
            "player_username": "john",
            "language": "en",
            "currency": "USD",
            "home_url": "https://casino.example.com",
            "ip": "203.0.113.7",
        }
        yield Scenario(
            fake,
            {
                "idempotent": Operation(client.list_games, "/api/games/list", True),
                "non_idempotent": Operation(
                    lambda: client.get_game_link(**link, agent_session_id="s1"),
                    "/api/games/get_game_link",
                    False,
                ),
            },
        )
        client.close()


@contextlib.contextmanager
def playdapp() -> Iterator[Scenario]:
    with PlaydappFake() as fake:
        client = PlaydappClient(**fake.client_settings(), timeout=(2.0, READ_TIMEOUT))
        _no_sleep(client)
        yield Scenario(
            fake,
            {
                "idempotent": Operation(lambda: client.list_items(status="burned"), "/v1/items", True),
                "non_idempotent": Operation(
                    lambda: client.map_item(
                        user_id="u1",
                        service_contract_id=1,
                        item_code="c1",
                        item_id="i1",
                        item_attributes=[{"trait_type": "Base", "value": "Star"}],
                    ),
                    "/v1/items",
                    False,
                ),
            },
        )
        client.close()


@contextlib.contextmanager
def stove() -> Iterator[Scenario]:
    with StoveFake() as fake:
        client = StoveClient(**fake.client_settings(), timeout=(2.0, READ_TIMEOUT))
        _no_sleep(client)
        token = fake.issue_player_token("GAME_A", 42)
        client.server_token()  # warm: the faults below hit the call itself
        yield Scenario(
            fake,
            {
                "idempotent": Operation(
                    lambda: client.verify_user_token(game_id="GAME_A", access_token=token),
                    "/member/v3.0/GAME_A/token/verify",
                    True,
                ),
            },
        )
        client.close()


@contextlib.contextmanager
def playnanoo() -> Iterator[Scenario]:
    with PlayNanooFake() as fake:
        client = PlayNanooClient(**fake.client_settings(), timeout=(2.0, READ_TIMEOUT))
        _no_sleep(client)
        player = client.player("p1", device=DeviceInfo(device_id="d1", platform="aos"))
        player.guest_sign_in(linked_id="d1")
        player.storage_save(storage_key="k", storage_value="v")
        yield Scenario(
            fake,
            {
                "idempotent": Operation(
                    lambda: player.storage_load(storage_key="k"), "/storage/v20221001/load", True
                ),
                "non_idempotent": Operation(
                    lambda: player.storage_save(storage_key="k", storage_value="w"),
                    "/storage/v20221001/save",
                    False,
                ),
            },
        )
        client.close()


SCENARIOS = {"fargames": fargames, "playdapp": playdapp, "stove": stove, "playnanoo": playnanoo}
CASES = [
    (platform, kind)
    for platform in SCENARIOS
    for kind in ("idempotent", "non_idempotent")
    if not (platform == "stove" and kind == "non_idempotent")  # every STOVE operation is idempotent
]
BODY_FAULTS = ["reset", "reset_mid_body", "truncate", "stall_mid_body"]


def _count(fake: FakeServer, path: str) -> int:
    return len(fake.requests_to(path))


@pytest.mark.parametrize("fault", [*BODY_FAULTS, "stale_keep_alive"])
@pytest.mark.parametrize(("platform", "kind"), CASES)
def test_broken_answers_are_typed_retried_only_when_idempotent(platform: str, kind: str, fault: str) -> None:
    with SCENARIOS[platform]() as scenario:
        operation = scenario.operations[kind]
        if fault == "stale_keep_alive":
            operation.call()  # leaves a pooled keep-alive connection for the next call
            injected = Fault("reset", path=operation.path)
        else:
            injected = Fault(fault, path=operation.path, stall_seconds=3.0)  # type: ignore[arg-type]
        before = _count(scenario.fake, operation.path)
        scenario.fake.inject(injected)
        if operation.idempotent:
            operation.call()
            assert _count(scenario.fake, operation.path) - before == 2
        else:
            with pytest.raises(TransportError) as caught:
                operation.call()
            assert caught.value.retryable is False
            assert caught.value.__cause__ is None and caught.value.__context__ is None
            assert _count(scenario.fake, operation.path) - before == 1


@pytest.mark.parametrize("fault", [*BODY_FAULTS])
@pytest.mark.parametrize(("platform", "kind"), CASES)
def test_a_body_that_stays_broken_is_a_transport_error(platform: str, kind: str, fault: str) -> None:
    with SCENARIOS[platform]() as scenario:
        operation = scenario.operations[kind]
        faults = [Fault(fault, path=operation.path, stall_seconds=3.0) for _ in range(3)]  # type: ignore[arg-type]
        scenario.fake.inject(*faults)
        with pytest.raises(TransportError) as caught:
            operation.call()
        assert caught.value.retryable is operation.idempotent
        expected_attempts = 3 if operation.idempotent else 1
        assert len([f for f in scenario.fake._faults if f.path == operation.path]) == 3 - expected_attempts


@pytest.mark.parametrize(
    "body", [b"{not json", b'{"hello": "world"}', b"[1, 2, 3]", b"", b"<html>oops</html>"]
)
@pytest.mark.parametrize(("platform", "kind"), CASES)
def test_answers_that_are_not_the_platform_s_are_api_errors(platform: str, kind: str, body: bytes) -> None:
    with SCENARIOS[platform]() as scenario:
        operation = scenario.operations[kind]
        answer = FakeResponse(200, body, {"Content-Type": "application/json"})
        scenario.fake.inject(Fault("respond", answer, path=operation.path))
        before = _count(scenario.fake, operation.path)
        with pytest.raises(APIError) as caught:
            operation.call()
        assert isinstance(caught.value, GamePlatformError)
        assert _count(scenario.fake, operation.path) - before == 1


@pytest.mark.parametrize(("platform", "kind"), [c for c in CASES if c[1] == "idempotent"])
def test_a_plain_500_is_retried_for_idempotent_calls(platform: str, kind: str) -> None:
    with SCENARIOS[platform]() as scenario:
        operation = scenario.operations[kind]
        scenario.fake.inject(Fault("respond", FakeResponse(500, b"<html>boom</html>"), path=operation.path))
        before = _count(scenario.fake, operation.path)
        operation.call()
        assert _count(scenario.fake, operation.path) - before == 2
