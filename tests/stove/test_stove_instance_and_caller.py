"""STOVE settings added from the vendor's public pages: ``instance_id`` on token issue, the
ownership check's ``caller_id``, and ``game_cd``/``ownership_cd`` read as open enums."""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest
from stove_support import GAME_ID, MEMBER_NO

from gameplatform.errors import APIError, ConfigurationError, ValidationError
from gameplatform.stove import GameCode, OwnershipCode, StoveClient
from gameplatform.testing import FakeResponse, Fault
from gameplatform.testing.stove import StoveFake

MakeClient = Callable[..., StoveClient]
TOKEN_PATH = "/auth/v5/server_token"
OWNERSHIP_PATH = "/ownership/v3.0/check_ownership"


def token_bodies(fake: StoveFake) -> list[dict[str, object]]:
    return [json.loads(request.body) for request in fake.requests_to(TOKEN_PATH)]


def test_instance_id_is_sent_with_the_token_request(fake: StoveFake, make_client: MakeClient) -> None:
    client = make_client(instance_id="battle-03")
    client.server_token()
    [body] = token_bodies(fake)
    assert body["instance_id"] == "battle-03"
    assert client.instance_id == "battle-03"
    assert "instance_id='battle-03'" in repr(client)


def test_without_instance_id_the_token_request_is_as_before(fake: StoveFake, make_client: MakeClient) -> None:
    make_client().server_token()
    [body] = token_bodies(fake)
    assert set(body) == {"client_id", "client_secret", "service_id"}


def test_instances_keep_their_own_token_and_the_default_key_is_unchanged(make_client: MakeClient) -> None:
    plain, first, second = make_client(), make_client(instance_id="a"), make_client(instance_id="b")
    assert plain.token_store_key.endswith(":MY_GAME")
    assert first.token_store_key == plain.token_store_key + ":a"
    assert len({plain.token_store_key, first.token_store_key, second.token_store_key}) == 3


@pytest.mark.parametrize("instance_id", ["", "two words", "x" * 101, "tab\t"])
def test_a_bad_instance_id_is_a_configuration_error(make_client: MakeClient, instance_id: str) -> None:
    with pytest.raises(ConfigurationError, match="instance_id"):
        make_client(instance_id=instance_id)


def test_caller_id_setting_is_sent_as_caller_id(fake: StoveFake, make_client: MakeClient) -> None:
    client = make_client(caller_id="ownership-api")
    client.check_ownership(member_no=MEMBER_NO, game_ids=["DLC_1"])  # no game_id needed
    client.check_ownership(member_no=MEMBER_NO, game_ids=["DLC_1"], game_id=GAME_ID)  # the setting wins
    assert [r.header("caller-id") for r in fake.requests_to(OWNERSHIP_PATH)] == ["ownership-api"] * 2
    assert client.caller_id == "ownership-api"


def test_without_the_setting_caller_id_is_game_id_server(fake: StoveFake, client: StoveClient) -> None:
    client.check_ownership(game_id=GAME_ID, member_no=MEMBER_NO, game_ids=["DLC_1"])
    [request] = fake.requests_to(OWNERSHIP_PATH)
    assert request.header("caller-id") == f"{GAME_ID}_SERVER"


def test_without_the_setting_game_id_is_needed_before_anything_is_sent(
    fake: StoveFake, client: StoveClient
) -> None:
    with pytest.raises(ValidationError) as caught:
        client.check_ownership(member_no=MEMBER_NO, game_ids=["DLC_1"])
    assert caught.value.field == "game_id"
    assert fake.requests == []


@pytest.mark.parametrize("caller_id", ["", "has space", "x" * 108, "new\nline"])
def test_a_bad_caller_id_is_a_configuration_error(make_client: MakeClient, caller_id: str) -> None:
    with pytest.raises(ConfigurationError, match="caller"):
        make_client(caller_id=caller_id)


def test_codes_read_as_open_enums_from_numbers_and_strings(fake: StoveFake, client: StoveClient) -> None:
    fake.grant_ownership(member_no=MEMBER_NO, game_id="MAIN", game_cd=3, ownership_cd=1)
    fake.grant_ownership(member_no=MEMBER_NO, game_id="DEMO", game_cd="4", ownership_cd="2")
    fake.grant_ownership(member_no=MEMBER_NO, game_id="NEW", game_cd=9, ownership_cd=None)
    owned = client.check_ownership(game_id=GAME_ID, member_no=MEMBER_NO, game_ids=["MAIN", "DEMO", "NEW"])
    codes = {game.game_id: (game.game_cd, game.ownership_cd) for game in owned.owner_list}
    assert codes["MAIN"] == (GameCode.MAIN_GAME, OwnershipCode.ACQUIRED)
    assert codes["DEMO"] == (GameCode.DEMO, OwnershipCode.RELEASED)
    game_cd, ownership_cd = codes["NEW"]
    assert game_cd == "9" and game_cd is not None and not game_cd.is_known  # a later code is kept
    assert ownership_cd is None


def test_a_code_of_another_kind_is_an_api_error(fake: StoveFake, client: StoveClient) -> None:
    body = {
        "response_code": 0,
        "response_message": "success",
        "value": {"member_no": MEMBER_NO, "owner_list": [{"game_id": "X", "game_cd": [3]}]},
    }
    fake.inject(Fault("respond", FakeResponse(200, json.dumps(body).encode()), path=OWNERSHIP_PATH))
    with pytest.raises(APIError) as caught:
        client.check_ownership(game_id=GAME_ID, member_no=MEMBER_NO, game_ids=["X"])
    assert "owner_list[0].game_cd" in str(caught.value)
