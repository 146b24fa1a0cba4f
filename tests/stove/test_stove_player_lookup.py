"""The member lookup with the player's own token: same path as the server's lookup, other credential."""

from __future__ import annotations

import logging

import pytest
import responses
from stove_support import (
    CLIENT_ID,
    CLIENT_SECRET,
    GAME_ID,
    GUID,
    MEMBER_NO,
    OTHER_GAME_ID,
    SERVICE_ID,
    ManualClock,
)

from gameplatform.errors import APIError, ValidationError
from gameplatform.stove import BadRequest, InvalidGameId, StoveClient
from gameplatform.testing.stove import StoveFake

MEMBER_PATH = f"/member/v3.0/{GAME_ID}"


def test_the_player_token_authorises_the_lookup_and_no_server_token_is_fetched(
    fake: StoveFake, client: StoveClient
) -> None:
    player = fake.issue_player_token(GAME_ID, MEMBER_NO, guid=GUID)
    member = client.lookup_member_with_player_token(game_id=GAME_ID, access_token=player)
    assert (member.member_no, member.guid) == (MEMBER_NO, GUID)
    assert fake.token_calls == 0
    [request] = fake.requests_to(MEMBER_PATH)
    assert (request.method, request.raw_query) == ("GET", "")
    assert request.header("Authorization") == f"Bearer {player}"


def test_before_the_terms_are_accepted_there_is_no_guid(fake: StoveFake, client: StoveClient) -> None:
    player = fake.issue_player_token(GAME_ID, MEMBER_NO)
    assert client.lookup_member_with_player_token(game_id=GAME_ID, access_token=player).guid is None


def test_the_server_lookup_on_the_same_path_still_uses_the_server_token(
    fake: StoveFake, client: StoveClient
) -> None:
    fake.add_member(member_no=MEMBER_NO, guids={GAME_ID: GUID})
    player = fake.issue_player_token(GAME_ID, MEMBER_NO, guid=GUID)
    client.lookup_member_with_player_token(game_id=GAME_ID, access_token=player)
    client.lookup_member(game_id=GAME_ID, search_type="member_no", value=MEMBER_NO)
    own, server = fake.requests_to(MEMBER_PATH)
    assert own.header("Authorization") == f"Bearer {player}"
    assert server.header("Authorization") == f"Bearer {client.server_token().access_token}"
    assert server.raw_query == f"search_type=member_no&value={MEMBER_NO}"


def test_another_games_token_is_invalid_game_id(fake: StoveFake, client: StoveClient) -> None:
    fake.issue_player_token(GAME_ID, 1)
    player = fake.issue_player_token(OTHER_GAME_ID, MEMBER_NO)
    with pytest.raises(InvalidGameId) as caught:
        client.lookup_member_with_player_token(game_id=GAME_ID, access_token=player)
    assert (caught.value.code, caught.value.http_status) == (41002, 200)


def test_an_expired_or_forged_token_is_refused(
    fake: StoveFake, client: StoveClient, clock: ManualClock
) -> None:
    player = fake.issue_player_token(GAME_ID, MEMBER_NO, lifetime_ms=1_000)
    clock.advance(2)
    with pytest.raises(BadRequest):
        client.lookup_member_with_player_token(game_id=GAME_ID, access_token=player)
    with pytest.raises(BadRequest):
        client.lookup_member_with_player_token(game_id=GAME_ID, access_token=player[:-4] + "AAAA")


def test_a_rejection_is_not_retried_with_a_server_token(fake: StoveFake, client: StoveClient) -> None:
    player = fake.issue_player_token(GAME_ID, MEMBER_NO)
    fake.fail_next(40101, operation="lookup_member_with_player_token")
    with pytest.raises(APIError) as caught:
        client.lookup_member_with_player_token(game_id=GAME_ID, access_token=player)
    assert caught.value.code == 40101
    assert len(fake.requests_to(MEMBER_PATH)) == 1 and fake.token_calls == 0


@pytest.mark.parametrize("token", ["", "two words", "line\nbreak", "é" * 3, "x" * 8193, None])
def test_a_bad_token_is_refused_before_any_request(
    fake: StoveFake, client: StoveClient, token: str | None
) -> None:
    with pytest.raises(ValidationError) as caught:
        client.lookup_member_with_player_token(game_id=GAME_ID, access_token=token)  # type: ignore[arg-type]
    assert caught.value.field == "access_token"
    if token:
        assert token not in str(caught.value)
    assert fake.requests == []


def test_the_player_token_never_reaches_errors_or_logs(
    fake: StoveFake, client: StoveClient, caplog: pytest.LogCaptureFixture
) -> None:
    player = fake.issue_player_token(OTHER_GAME_ID, MEMBER_NO)
    fake.issue_player_token(GAME_ID, 1)
    with caplog.at_level(logging.DEBUG, logger="gameplatform"), pytest.raises(InvalidGameId) as caught:
        client.lookup_member_with_player_token(game_id=GAME_ID, access_token=player)
    assert player not in caplog.text
    assert player not in str(caught.value) and player not in repr(caught.value.body)


def test_the_wire_request_against_the_live_host(clock: ManualClock) -> None:
    with responses.RequestsMock() as mock:
        mock.get(
            f"https://api.onstove.com{MEMBER_PATH}",
            json={
                "code": 0,
                "message": "success",
                "value": {"member_no": MEMBER_NO, "guid": GUID, "extra": 1},
            },
        )
        with StoveClient(
            client_id=CLIENT_ID, client_secret=CLIENT_SECRET, service_id=SERVICE_ID, clock=clock
        ) as client:
            member = client.lookup_member_with_player_token(game_id=GAME_ID, access_token="player.jwt.token")
        [call] = mock.calls
    assert call.request.url == f"https://api.onstove.com{MEMBER_PATH}"
    assert call.request.headers["Authorization"] == "Bearer player.jwt.token"
    assert call.request.body is None
    assert (member.member_no, member.guid, member.additional_properties) == (MEMBER_NO, GUID, {"extra": 1})
