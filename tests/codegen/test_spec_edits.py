"""The promise of the specs: edit one, run the generator, and the change is usable as is.

In a scratch copy of the package, each platform's spec gets one new optional request field
and a copy of an operation under a new path and operationId; the generator runs; then, with
no hand-written change, a script (a separate process, on the regenerated package) calls both
against the bundled fake, which checks their signature or token like any other call, and
``mypy --strict`` checks a user module calling them.
"""

from __future__ import annotations

import copy
import io
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest
import yaml

from codegen import main

ROOT = Path(__file__).resolve().parents[2]

EDITS: dict[str, dict[str, str]] = {
    "fargames": {
        "schema": "GetGameLinkDemoRequest",
        "field": "extra_flag",
        "path": "/api/games/get_game_link_demo",
        "method": "post",
        "new_path": "/api/games/get_game_link_demo_v2",
        "new_operation": "get_game_link_demo_v2",
    },
    "playdapp": {
        "schema": "RewardRequest",
        "field": "memo",
        "path": "/v1/reward",
        "method": "post",
        "new_path": "/v1/reward_v2",
        "new_operation": "reward_v2",
    },
    "stove": {
        "schema": "VerifyUserTokenRequest",
        "field": "client_ip",
        "path": "/member/v3.0/{game_id}/token/verify",
        "method": "post",
        "new_path": "/member/v3.0/{game_id}/token/verify_v2",
        "new_operation": "verify_user_token_v2",
    },
    "playnanoo": {
        "schema": "StorageLoadRequest",
        "field": "with_meta",
        "path": "/storage/v20221001/load",
        "method": "put",
        "new_path": "/storage/v20221001/load_v2",
        "new_operation": "storage_load_v2",
    },
}
FIELD_SCHEMAS = {
    "extra_flag": {"type": "boolean", "description": "A flag the platform added."},
    "memo": {"type": "string", "maxLength": 64, "description": "A note the platform added."},
    "client_ip": {"type": "string", "format": "ipv4", "description": "The player's address."},
    "with_meta": {"type": "boolean", "description": "Whether to answer metadata too."},
}


def _edit(spec: dict[str, Any], edit: dict[str, str]) -> None:
    schema = spec["components"]["schemas"][edit["schema"]]
    schema["properties"][edit["field"]] = FIELD_SCHEMAS[edit["field"]]
    operation = copy.deepcopy(spec["paths"][edit["path"]][edit["method"]])
    operation["operationId"] = edit["new_operation"]
    operation.pop("x-method-name", None)
    item = copy.deepcopy(spec["paths"][edit["path"]])
    item = {key: value for key, value in item.items() if key not in ("get", "put", "post", "delete", "patch")}
    item[edit["method"]] = operation
    spec["paths"][edit["new_path"]] = item


@pytest.fixture(scope="module")
def edited(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A scratch repository whose four specs were edited and regenerated."""
    root = tmp_path_factory.mktemp("edited-specs")
    (root / "specs").mkdir()
    for platform, edit in EDITS.items():
        spec = yaml.safe_load((ROOT / "specs" / f"{platform}.yaml").read_text(encoding="utf-8"))
        _edit(spec, edit)
        (root / "specs" / f"{platform}.yaml").write_text(
            yaml.safe_dump(spec, sort_keys=False), encoding="utf-8"
        )
    shutil.copytree(
        ROOT / "src" / "gameplatform",
        root / "src" / "gameplatform",
        ignore=shutil.ignore_patterns("__pycache__"),
    )
    output = io.StringIO()
    assert main(["--root", str(root)], out=output) == 0, output.getvalue()
    assert main(["--root", str(root), "--check"], out=io.StringIO()) == 0
    return root


SCRIPT = textwrap.dedent(
    """
    import json
    import attrs
    from gameplatform.testing.fargames import FarGamesFake
    from gameplatform.testing.playdapp import PlaydappFake
    from gameplatform.testing.stove import StoveFake
    from gameplatform.testing.playnanoo import PlayNanooFake
    from gameplatform.fargames import FarGamesClient
    from gameplatform.playdapp import PlaydappClient, sign
    from gameplatform.stove import StoveClient
    from gameplatform.playnanoo import DeviceInfo, PlayNanooClient

    seen = []

    def rerouted(base, new, old, check=None):
        class Rerouted(base):
            def handle(self, request):
                if request.path == new:
                    if check is not None:
                        request = check(self, request)
                    seen.append((new, json.loads(request.body or b"{}")))
                    request = attrs.evolve(request, path=old)
                elif request.path == old:
                    seen.append((old, json.loads(request.body or b"{}")))
                return super().handle(request)
        return Rerouted

    LINK = dict(player_id="p1", player_username="u", language="en", currency="USD",
                home_url="https://casino.example.com", ip="203.0.113.7")
    with rerouted(FarGamesFake, "/api/games/get_game_link_demo_v2", "/api/games/get_game_link_demo")(
        agent_id=1, api_token="far-token"
    ) as fake:
        client = FarGamesClient(**fake.client_settings())
        game = client.list_games().games[0].id
        assert client.get_game_link_demo(game_id=game, extra_flag=True, **LINK).url
        assert client.get_game_link_demo_v2(game_id=game, extra_flag=False, **LINK).url
    assert seen[-2][1]["extra_flag"] is True and seen[-1][1]["extra_flag"] is False, seen
    assert seen[-1][0] == "/api/games/get_game_link_demo_v2"

    def playdapp_check(fake, request):
        # The signature covers the path: check it for the new one, then re-sign for the old.
        headers = dict(request.headers)
        body = json.loads(request.body)
        stamp, nonce = int(headers["timestamp"]), headers["nonce"]
        expected = sign(fake.api_secret, "POST", request.path, stamp, nonce, body)
        assert headers["signature"] == expected, "the new operation is not signed like its siblings"
        headers["signature"] = sign(fake.api_secret, "POST", "/v1/reward", stamp, nonce, body)
        return attrs.evolve(request, headers=headers)

    with rerouted(PlaydappFake, "/v1/reward_v2", "/v1/reward", playdapp_check)() as fake:
        client = PlaydappClient(**fake.client_settings())
        client.reward(user_id="u1", amount=1.5, memo="first")
        client.reward_v2(user_id="u1", amount=2.5, memo="second")
    assert seen[-2][1]["memo"] == "first" and seen[-1][1]["memo"] == "second", seen

    VERIFY = "/member/v3.0/GAME_A/token/verify"
    with rerouted(StoveFake, VERIFY + "_v2", VERIFY)() as fake:
        client = StoveClient(**fake.client_settings())
        token = fake.issue_player_token("GAME_A", 42)
        user = client.verify_user_token(game_id="GAME_A", access_token=token, client_ip="203.0.113.9")
        assert user.member_no == 42
        assert client.verify_user_token_v2(game_id="GAME_A", access_token=token).member_no == 42
    assert seen[-2][1]["client_ip"] == "203.0.113.9" and "client_ip" not in seen[-1][1], seen

    with rerouted(PlayNanooFake, "/storage/v20221001/load_v2", "/storage/v20221001/load")() as fake:
        client = PlayNanooClient(**fake.client_settings())
        player = client.player("p1", device=DeviceInfo(device_id="d1", platform="aos"))
        player.guest_sign_in(linked_id="d1")
        player.storage_save(storage_key="k", storage_value="v")
        assert player.storage_load(storage_key="k", with_meta=True).storage_value == "v"
        assert player.storage_load_v2(storage_key="k", with_meta=False).storage_value == "v"
    assert seen[-2][1]["with_meta"] is True and seen[-1][1]["with_meta"] is False, seen
    print("ok")
    """
)

USER_MODULE = textwrap.dedent(
    """
    from gameplatform.fargames import FarGamesClient, GameLink
    from gameplatform.playdapp import PlaydappClient, RewardResult
    from gameplatform.stove import StoveClient, VerifiedUser
    from gameplatform.playnanoo import DeviceInfo, PlayNanooClient, StorageRecord


    def far(client: FarGamesClient) -> GameLink:
        return client.get_game_link_demo_v2(
            game_id=1, player_id="p", player_username="u", language="en", currency="USD",
            home_url="https://a.example", ip="203.0.113.7", extra_flag=True,
        )


    def playdapp(client: PlaydappClient) -> RewardResult:
        return client.reward_v2(user_id="u", amount=1.0, memo="m")


    def stove(client: StoveClient) -> VerifiedUser:
        return client.verify_user_token_v2(game_id="G", access_token="t", client_ip="203.0.113.7")


    def playnanoo(client: PlayNanooClient) -> StorageRecord:
        player = client.player("p", device=DeviceInfo(device_id="d", platform="aos"))
        return player.storage_load_v2(storage_key="k", with_meta=True)
    """
)


def test_new_fields_and_operations_work_with_no_hand_written_change(edited: Path) -> None:
    environment = {**os.environ, "PYTHONPATH": str(edited / "src")}
    run = subprocess.run(
        [sys.executable, "-c", SCRIPT],
        capture_output=True,
        text=True,
        env=environment,
        timeout=120,
        check=False,
    )
    assert run.returncode == 0 and run.stdout.strip() == "ok", run.stdout + run.stderr


def test_they_are_typed_for_mypy_strict(edited: Path) -> None:
    (edited / "user_module.py").write_text(USER_MODULE, encoding="utf-8")
    environment = {**os.environ, "MYPYPATH": str(edited / "src")}
    run = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--no-incremental",
            "--config-file",
            str(ROOT / "pyproject.toml"),
            str(edited / "user_module.py"),
        ],
        capture_output=True,
        text=True,
        env=environment,
        cwd=edited,
        timeout=300,
        check=False,
    )
    assert run.returncode == 0, run.stdout + run.stderr
