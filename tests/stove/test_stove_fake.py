"""StoveFake itself, spoken to with plain ``requests``: it must behave as STOVE documents."""

from __future__ import annotations

from typing import Any

import pytest
import requests
from stove_support import CLIENT_ID, CLIENT_SECRET, GAME_ID, MEMBER_NO, SERVICE_ID, ManualClock

from gameplatform.testing.stove import StoveFake

CREDENTIALS = {"client_id": CLIENT_ID, "client_secret": CLIENT_SECRET, "service_id": SERVICE_ID}


def issue(fake: StoveFake, body: Any = None) -> requests.Response:
    return requests.post(
        f"{fake.url}/auth/v5/server_token", json=CREDENTIALS if body is None else body, timeout=5
    )


def verify(fake: StoveFake, authorization: str | None, body: Any) -> requests.Response:
    headers = {} if authorization is None else {"Authorization": authorization}
    return requests.post(
        f"{fake.url}/member/v3.0/{GAME_ID}/token/verify", json=body, headers=headers, timeout=5
    )


def server_token(fake: StoveFake) -> str:
    token: str = issue(fake).json()["response_data"]["access_token"]
    return token


def test_token_issue_70_percent_rule(fake: StoveFake, clock: ManualClock) -> None:
    fake.add_client(client_id="short", client_secret="s", service_id="SHORT", token_lifetime=100)
    short = {"client_id": "short", "client_secret": "s", "service_id": "SHORT"}
    first = issue(fake, short).json()
    assert first["code"] == 0 and first["response_data"]["expires_in"] == 100
    assert first["response_data"]["token_type"] == "bearer"
    clock.advance(69)
    again = issue(fake, short).json()["response_data"]
    assert again["access_token"] == first["response_data"]["access_token"]
    assert again["expires_in"] == 31
    clock.advance(1)  # exactly 30 % left: no longer "more than 30 %"
    renewed = issue(fake, short).json()["response_data"]
    assert renewed["access_token"] != first["response_data"]["access_token"]
    assert renewed["expires_in"] == 100
    assert fake.is_valid_server_token(first["response_data"]["access_token"])
    clock.advance(30)
    assert not fake.is_valid_server_token(first["response_data"]["access_token"])
    assert fake.is_valid_server_token(renewed["access_token"])
    assert (fake.token_calls, fake.tokens_issued) == (3, 2)


@pytest.mark.parametrize(
    "body",
    [
        {**CREDENTIALS, "client_secret": "wrong"},
        {**CREDENTIALS, "client_id": "unknown"},
        {**CREDENTIALS, "service_id": "OTHER"},
    ],
)
def test_unknown_client_is_40105_with_http_401(fake: StoveFake, body: dict[str, str]) -> None:
    response = issue(fake, body)
    assert response.status_code == 401
    assert response.json() == {"code": 40105, "message": "invalid client"}


def test_malformed_token_request_is_40000(fake: StoveFake) -> None:
    response = issue(fake, {"client_id": CLIENT_ID})
    assert (response.status_code, response.json()["code"]) == (200, 40000)


def test_verify_answers_as_documented(fake: StoveFake, clock: ManualClock) -> None:
    token = server_token(fake)
    player = fake.issue_player_token(GAME_ID, MEMBER_NO, guid=5)
    ok = verify(fake, f"Bearer {token}", {"access_token": player})
    assert ok.json() == {"code": 0, "message": "success", "value": {"member_no": MEMBER_NO, "guid": 5}}
    missing = verify(fake, f"Bearer {token}", {})
    assert (missing.status_code, missing.json()["code"]) == (200, 40000)
    player_in_header = verify(fake, f"Bearer {player}", {"access_token": player})
    assert (player_in_header.status_code, player_in_header.json()["code"]) == (200, 40000)
    for authorization in (None, "Bearer nope", "Bearer "):
        refused = verify(fake, authorization, {"access_token": player})
        assert (refused.status_code, refused.json()["code"]) == (401, 40101)
    clock.advance(30 * 24 * 3600)
    expired = verify(fake, f"Bearer {token}", {"access_token": player})
    assert (expired.status_code, expired.json()["code"]) == (401, 40101)


def test_player_tokens_carry_the_documented_claims(fake: StoveFake, clock: ManualClock) -> None:
    from gameplatform.stove import precheck_user_token

    claims = precheck_user_token(access_token=fake.issue_player_token(GAME_ID, MEMBER_NO), now=clock())
    assert claims.member_no == MEMBER_NO
    assert claims.expire_time == int(clock() * 1000) + 21_600_000
    assert isinstance(claims.application_no, int)


def test_revoke_and_fail_next(fake: StoveFake) -> None:
    token = server_token(fake)
    fake.revoke_server_tokens()
    assert not fake.is_valid_server_token(token)
    assert server_token(fake) != token
    fake.fail_next(41002, operation="verify_user_token", message="Invalid game id")
    player = fake.issue_player_token(GAME_ID, MEMBER_NO)
    failed = verify(fake, f"Bearer {server_token(fake)}", {"access_token": player})
    assert (failed.status_code, failed.json()) == (200, {"code": 41002, "message": "Invalid game id"})
    assert verify(fake, f"Bearer {server_token(fake)}", {"access_token": player}).json()["code"] == 0
    fake.fail_next(40101, operation="check_ownership")
    owned = requests.get(
        f"{fake.url}/ownership/v3.0/check_ownership",
        params={"member_no": "1", "game_ids": "A"},
        headers={"authorization": f"Bearer {server_token(fake)}", "caller-id": f"{GAME_ID}_SERVER"},
        timeout=5,
    )
    assert (owned.status_code, owned.json()) == (
        401,
        {"response_code": 40101, "response_message": "invalid token"},
    )


def test_fail_next_status_times_and_the_older_http_status_name(fake: StoveFake) -> None:
    player = fake.issue_player_token(GAME_ID, MEMBER_NO)
    fake.fail_next(40000, operation="verify_user_token", status=503, times=2)
    for _ in range(2):
        assert verify(fake, f"Bearer {server_token(fake)}", {"access_token": player}).status_code == 503
    with pytest.deprecated_call():
        fake.fail_next(40000, operation="verify_user_token", http_status=502)
    assert verify(fake, f"Bearer {server_token(fake)}", {"access_token": player}).status_code == 502
    assert verify(fake, f"Bearer {server_token(fake)}", {"access_token": player}).json()["code"] == 0
    with pytest.raises(ValueError, match="times"):
        fake.fail_next(40000, times=0)


@pytest.mark.parametrize("caller_id", [None, "", "bad id_SERVER", "x" * 108])
def test_ownership_needs_a_caller_id(fake: StoveFake, caller_id: str | None) -> None:
    headers = {"authorization": f"Bearer {server_token(fake)}"}
    if caller_id is not None:
        headers["caller-id"] = caller_id
    response = requests.get(
        f"{fake.url}/ownership/v3.0/check_ownership",
        params={"member_no": "1", "game_ids": "A"},
        headers=headers,
        timeout=5,
    )
    assert response.json() == {"response_code": 40000, "response_message": "bad request"}


def test_invalid_settings_are_refused() -> None:
    with pytest.raises(ValueError):
        StoveFake(token_lifetime=0)
    with StoveFake() as fake, pytest.raises(ValueError):
        fake.issue_player_token("bad id", 1)
