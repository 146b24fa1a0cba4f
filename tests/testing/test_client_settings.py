"""Every bundled fake's ``client_settings()`` builds a client that works against it."""

from __future__ import annotations

from gameplatform.fargames import FarGamesClient
from gameplatform.playdapp import PlaydappClient
from gameplatform.playnanoo import DeviceInfo, PlayNanooClient
from gameplatform.stove import StoveClient
from gameplatform.testing import FarGamesFake, PlaydappFake, PlayNanooFake, StoveFake


def test_fargames_settings_build_a_working_client() -> None:
    with (
        FarGamesFake(agent_id=7, api_token="secret-token") as fake,
        FarGamesClient(**fake.client_settings()) as client,
    ):
        assert client.list_games().total > 0


def test_playdapp_settings_build_a_working_client() -> None:
    with PlaydappFake() as fake, PlaydappClient(**fake.client_settings()) as client:
        assert client.list_items().total == 0
        assert client.get_browser_token(partner_user_id="u1").one_time_token


def test_stove_settings_register_a_default_client() -> None:
    with StoveFake() as fake:
        settings = fake.client_settings()
        assert settings["base_url"] == fake.url
        with StoveClient(**settings) as client:
            assert client.server_token().access_token


def test_stove_settings_name_the_first_registered_client() -> None:
    with StoveFake() as fake:
        fake.add_client(client_id="mine", client_secret="s3cret", service_id="MY_GAME")
        settings = fake.client_settings()
        assert (settings["client_id"], settings["service_id"]) == ("mine", "MY_GAME")
        with StoveClient(**settings) as client:
            assert client.server_token().access_token


def test_playnanoo_settings_build_a_working_client() -> None:
    with (
        PlayNanooFake(refresh_path="/custom/refresh") as fake,
        PlayNanooClient(**fake.client_settings()) as client,
    ):
        assert client.token_refresh_path == "/custom/refresh"
        player = client.player("p1", device=DeviceInfo(device_id="d1", platform="aos"))
        player.guest_sign_in(linked_id="d1")
        assert player.token_status() is not None
