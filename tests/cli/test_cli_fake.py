"""``gameplatform fake``: fakes served from the shell, usable from the printed settings, stopped cleanly."""

from __future__ import annotations

import signal
import socket
from typing import Any

import pytest
from cli_support import FakeProcess, run_cli

from gameplatform.fargames import FarGamesClient
from gameplatform.playdapp import PlaydappClient
from gameplatform.playnanoo import DeviceInfo, PlayNanooClient
from gameplatform.stove import StoveClient

_PORT_ATTEMPTS = 5


def port_is_closed(url: str) -> bool:
    host, port = url.removeprefix("http://").split(":")
    with socket.socket() as probe:
        return probe.connect_ex((host, int(port))) != 0


def test_fargames_fake_on_a_free_port_serves_a_working_client_and_stops_on_sigint() -> None:
    with FakeProcess("fargames", "--port", "0") as fake:
        (line,) = fake.wait_until_ready()
        assert line["platform"] == "fargames"
        settings = line["client_settings"]
        assert settings["base_url"] == line["url"] and line["url"].startswith("http://127.0.0.1:")
        with FarGamesClient(**settings) as client:
            games = client.list_games()
        assert games.total > 0 and games.games
        code, rest, error = fake.stop(signal.SIGINT)
    assert (code, rest, error) == (0, "", "")
    assert port_is_closed(line["url"])


def test_every_fake_at_once_works_and_stops_on_sigterm() -> None:
    with FakeProcess("all", "--stove-player", "20005061986") as fake:
        lines = {line["platform"]: line for line in fake.wait_until_ready()}
        assert list(lines) == ["fargames", "playdapp", "stove", "playnanoo"]
        with FarGamesClient(**lines["fargames"]["client_settings"]) as far:
            assert far.list_games().total > 0
        with PlaydappClient(**lines["playdapp"]["client_settings"]) as playdapp:
            assert playdapp.get_browser_token(partner_user_id="u1").one_time_token
        stove_line = lines["stove"]
        with StoveClient(**stove_line["client_settings"]) as stove:
            minted = stove_line["player_token"]
            user = stove.verify_user_token(game_id=minted["game_id"], access_token=minted["access_token"])
        assert user.member_no == minted["member_no"] == 20005061986
        with PlayNanooClient(**lines["playnanoo"]["client_settings"]) as nanoo:
            player = nanoo.player("p1", device=DeviceInfo(device_id="d1", platform="aos"))
            player.guest_sign_in(linked_id="d1")
        code, _, error = fake.stop(signal.SIGTERM)
    assert (code, error) == (0, "")
    assert all(port_is_closed(line["url"]) for line in lines.values())


def free_consecutive_ports(count: int) -> int | None:
    """A first port N with N .. N+count-1 free right now (bound, then released), or None."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        first: int = probe.getsockname()[1]
        others = [socket.socket() for _ in range(count - 1)]
        try:
            for offset, other in enumerate(others, start=1):
                other.bind(("127.0.0.1", first + offset))
        except (OSError, OverflowError):  # taken, or past 65535
            return None
        finally:
            for other in others:
                other.close()
    return first


def test_a_fixed_port_is_used_for_the_first_fake_and_the_next_ones_follow() -> None:
    for _ in range(_PORT_ATTEMPTS):
        first = free_consecutive_ports(2)
        if first is None:
            continue
        fake = FakeProcess("fargames", "playdapp", "--port", str(first))
        try:
            lines = fake.wait_until_ready()
        except AssertionError:
            fake.close()  # a port was taken meanwhile: try others
            continue
        with fake:
            assert [line["url"] for line in lines] == [
                f"http://127.0.0.1:{first}",
                f"http://127.0.0.1:{first + 1}",
            ]
            assert fake.stop()[0] == 0
        return
    pytest.fail(f"no two consecutive free ports found in {_PORT_ATTEMPTS} attempts")


def test_a_taken_port_is_a_clear_failure() -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = run_cli("fake", "fargames", "--port", str(port), timeout=30)
    assert result.returncode == 3
    assert f"127.0.0.1:{port}" in result.stderr and "ready" not in result.stdout


def test_credentials_from_the_environment_work_and_are_never_printed() -> None:
    secrets = {"MY_FAR_TOKEN": "far-token-from-env-7781", "MY_STOVE_SECRET": "stove-secret-from-env-1123"}
    with FakeProcess(
        "fargames", "stove", "--agent-id", "42", "--fargames-api-token-env", "MY_FAR_TOKEN",
        "--stove-client-id", "com.example.server", "--stove-service-id", "MY_GAME",
        "--stove-client-secret-env", "MY_STOVE_SECRET", secrets=secrets,
    ) as fake:  # fmt: skip
        far_line, stove_line = fake.wait_until_ready()
        assert far_line["client_settings_from_env"] == {"api_token": "MY_FAR_TOKEN"}
        assert "api_token" not in far_line["client_settings"]
        far_settings: dict[str, Any] = {**far_line["client_settings"], "api_token": secrets["MY_FAR_TOKEN"]}
        assert far_settings["agent_id"] == 42
        with FarGamesClient(**far_settings) as far:
            assert far.list_games().total > 0
        assert stove_line["client_settings_from_env"] == {"client_secret": "MY_STOVE_SECRET"}
        stove_settings = {**stove_line["client_settings"], "client_secret": secrets["MY_STOVE_SECRET"]}
        assert (stove_settings["client_id"], stove_settings["service_id"]) == (
            "com.example.server",
            "MY_GAME",
        )
        with StoveClient(**stove_settings) as stove:
            assert stove.server_token().access_token
        assert fake.stop()[0] == 0  # stop() also checks that no secret was printed


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["fargames", "fargames"], "named more than once: fargames"),
        (["all", "stove"], "named more than once: stove"),
        (["playdapp", "--agent-id", "3"], "--agent-id is for the fargames fake"),
        (["fargames", "--port", "70000"], "--port must be"),
        (["fargames", "--fargames-api-token-env", "UNSET_VARIABLE_FOR_TEST"], "UNSET_VARIABLE_FOR_TEST"),
        (["nosuchplatform"], "invalid choice"),
        (
            ["stove", "--stove-service-id", "not a game id", "--stove-player", "1"],
            "cannot set up the stove fake",
        ),
    ],
)
def test_bad_arguments_are_usage_errors(args: list[str], message: str) -> None:
    result = run_cli("fake", *args, timeout=30)
    assert (result.returncode, result.stdout) == (2, "")
    assert message in result.stderr
