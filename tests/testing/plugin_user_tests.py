"""A user's test file: only the plugin's fixtures and client_settings(), no conftest.

Not collected by the suite itself (its name does not start with ``test_``): the plugin tests
run it with pytest in a subprocess, and ``make wheel-check`` runs it from the built wheel
installed in a fresh virtualenv.
"""

import pytest

from gameplatform.errors import AuthenticationError, PermissionDeniedError, ServerError
from gameplatform.fargames import FarGamesClient, GameNotAvailable
from gameplatform.playdapp import PlaydappClient, PlaydappError
from gameplatform.playnanoo import AccountBlocked, DeviceInfo, PlayNanooClient
from gameplatform.stove import InvalidGameId, StoveClient


def test_fargames(fargames_fake):
    with FarGamesClient(**fargames_fake.client_settings()) as client:
        games = client.list_games()
        assert games.total > 0
        fargames_fake.fail_next("game_not_available", times=1)
        with pytest.raises(GameNotAvailable) as caught:
            client.list_games()
        assert isinstance(caught.value, PermissionDeniedError)
        assert client.list_games().total == games.total


def test_playdapp(playdapp_fake):
    with PlaydappClient(**playdapp_fake.client_settings()) as client:
        assert client.list_items().total == 0
        playdapp_fake.fail_next(503, times=1)
        with pytest.raises(ServerError) as caught:
            client.get_browser_token(partner_user_id="u1")
        assert isinstance(caught.value, PlaydappError)
        assert client.get_browser_token(partner_user_id="u1").one_time_token


def test_stove(stove_fake):
    with StoveClient(**stove_fake.client_settings()) as client:
        settings = stove_fake.client_settings()
        player_token = stove_fake.issue_player_token(settings["service_id"], 20005061986, guid=7)
        user = client.verify_user_token(game_id=settings["service_id"], access_token=player_token)
        assert (user.member_no, user.guid) == (20005061986, 7)
        stove_fake.fail_next(41002, times=1)
        with pytest.raises(InvalidGameId):
            client.verify_user_token(game_id=settings["service_id"], access_token=player_token)


def test_playnanoo(playnanoo_fake):
    with PlayNanooClient(**playnanoo_fake.client_settings()) as client:
        player = client.player("user-1", device=DeviceInfo(device_id="d1", platform="aos"))
        player.guest_sign_in(linked_id="d1")
        player.storage_save(storage_key="progress", storage_value='{"level": 3}')
        playnanoo_fake.fail_next(70002, times=1)
        with pytest.raises(AccountBlocked) as caught:
            player.storage_load(storage_key="progress")
        assert isinstance(caught.value, AuthenticationError | PermissionDeniedError)
        assert player.storage_load(storage_key="progress").storage_value == '{"level": 3}'


def test_settings_for_a_framework(gameplatform_settings):
    assert set(gameplatform_settings) >= {"FARGAMES", "PLAYDAPP", "STOVE", "PLAYNANOO"}
    with FarGamesClient(**gameplatform_settings["FARGAMES"]) as client:
        assert client.list_games().total > 0
