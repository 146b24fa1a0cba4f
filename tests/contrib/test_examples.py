"""The example projects under examples/, run with the real test clients against the bundled fakes:
a FAR Games game link, a STOVE player check and the wallet, in Django and in Flask."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
import uuid
from collections.abc import Iterator
from types import ModuleType
from typing import Any

import pytest
from conftest import DJANGO_EXAMPLE, FLASK_EXAMPLE
from django.test import Client, override_settings

from gameplatform.errors import ConfigurationError
from gameplatform.fargames import encode_body, sign
from gameplatform.testing import FarGamesFake, StoveFake

MEMBER_NO = 20005061986


@pytest.fixture
def fakes() -> Iterator[tuple[FarGamesFake, StoveFake]]:
    with FarGamesFake(agent_id=11, api_token="example-SECRET-token") as far, StoveFake() as stove:
        yield far, stove


def settings_for(far: FarGamesFake, stove: StoveFake) -> dict[str, Any]:
    return {"FARGAMES": far.client_settings(), "STOVE": stove.client_settings()}


def wallet_body(kind: str, player: str, **fields: Any) -> dict[str, Any]:
    data = {
        "type": kind,
        "request_id": str(uuid.uuid4()),
        "agent_id": 11,
        "session_id": "s",
        "player_id": player,
        "player_username": player,
        "currency": "USD",
        "language": "en",
        "game_id": 1,
    }
    return data | fields


def signed_post(post: Any, path: str, data: dict[str, Any], token: str = "example-SECRET-token") -> Any:
    body = encode_body(data)
    return post(path, data=body, content_type="application/json", headers={"X-Signature": sign(body, token)})


def exercise(get: Any, post: Any, far: FarGamesFake, stove: StoveFake) -> None:
    """What both examples must do, through their HTTP endpoints."""
    link = get("/games/1/link?player_id=player_123&player_username=john_doe")
    assert link.status_code == 200
    assert link.json()["url"].startswith(far.link_base_url)
    [issued] = far.issued_links
    assert (issued.player_id, issued.ip) == ("player_123", "127.0.0.1")
    assert get("/games/999999/link?player_id=p&player_username=u").status_code == 404
    refused = get("/games/1/link")
    assert (refused.status_code, refused.json()["error"]) == (400, "player_id")

    service_id = stove.client_settings()["service_id"]
    player_token = stove.issue_player_token(service_id, MEMBER_NO, guid=42)
    me = get("/stove/me", headers={"Authorization": f"Bearer {player_token}"})
    assert (me.status_code, me.json()) == (200, {"member_no": MEMBER_NO, "guid": 42})
    assert get("/stove/me", headers={"Authorization": "Bearer forged"}).status_code == 401
    assert get("/stove/me").status_code == 401

    player = f"player-{uuid.uuid4().hex[:6]}"
    balance = signed_post(post, "/fargames/wallet", wallet_body("getBalance", player))
    assert (balance.status_code, balance.json()) == (200, {"content": {"balance": 100}})
    bet = wallet_body("makeBet", player, bet=30, win=5.5)
    first, again = (signed_post(post, "/fargames/wallet", bet) for _ in range(2))
    assert first.json() == again.json() == {"content": {"balance": 75.5}}
    after = signed_post(post, "/fargames/wallet", wallet_body("getBalance", player))
    assert after.json() == {"content": {"balance": 75.5}}  # debited once
    broke = signed_post(post, "/fargames/wallet", wallet_body("makeBet", player, bet=1000, win=0))
    assert (broke.status_code, broke.json()["error"]) == (400, "insufficient_funds")
    forged = signed_post(post, "/fargames/wallet", wallet_body("makeBet", player, bet=1, win=0), token="x")
    assert (forged.status_code, forged.json()["error"]) == (403, "invalid_signature")


def test_the_django_example(fakes: tuple[FarGamesFake, StoveFake]) -> None:
    far, stove = fakes
    service_id = stove.client_settings()["service_id"]
    with override_settings(
        ROOT_URLCONF="mysite.urls", GAMEPLATFORM=settings_for(far, stove), STOVE_GAME_ID=service_id
    ):
        client = Client(enforce_csrf_checks=True)
        exercise(client.get, client.post, far, stove)
    # A rebuild (new settings object) finds the STOVE server token in Django's cache.
    with override_settings(
        ROOT_URLCONF="mysite.urls", GAMEPLATFORM=settings_for(far, stove), STOVE_GAME_ID=service_id
    ):
        token = stove.issue_player_token(service_id, MEMBER_NO)
        assert Client().get("/stove/me", headers={"Authorization": f"Bearer {token}"}).status_code == 200
    assert stove.token_calls == 1


def manage_py(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("FARGAMES_", "STOVE_", "DJANGO_"))}
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=DJANGO_EXAMPLE,
        env=clean | env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_the_django_examples_manage_py_check() -> None:
    stove_env = {"STOVE_CLIENT_ID": "cid", "STOVE_CLIENT_SECRET": "s", "STOVE_SERVICE_ID": "MY_GAME"}
    missing = manage_py("check", env=stove_env)
    assert missing.returncode == 1
    assert "gameplatform.E004" in missing.stderr
    assert "'api_token'" in missing.stderr
    complete = manage_py("check", env=stove_env | {"FARGAMES_API_TOKEN": "tok-SECRET"})
    assert complete.returncode == 0, complete.stderr
    assert "no issues" in complete.stdout
    assert "SECRET" not in complete.stdout + complete.stderr


def flask_example() -> ModuleType:
    spec = importlib.util.spec_from_file_location("flask_example_app", FLASK_EXAMPLE / "app.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_flask_example(fakes: tuple[FarGamesFake, StoveFake]) -> None:
    far, stove = fakes
    example = flask_example()
    app = example.create_app(settings_for(far, stove))
    app.config["STOVE_GAME_ID"] = stove.client_settings()["service_id"]
    client = app.test_client()

    class Answer:  # Flask's response has .get_json(); Django's test client's has .json()
        def __init__(self, response: Any) -> None:
            self.status_code = response.status_code
            self._json = response.get_json()

        def json(self) -> Any:
            return self._json

    exercise(
        lambda path, **kw: Answer(client.get(path, **kw)),
        lambda path, **kw: Answer(client.post(path, **kw)),
        far,
        stove,
    )


def test_the_flask_example_refuses_settings_without_an_api_token(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("FARGAMES_API_TOKEN", raising=False)
    for name, value in {"STOVE_CLIENT_ID": "c", "STOVE_CLIENT_SECRET": "s", "STOVE_SERVICE_ID": "G"}.items():
        monkeypatch.setenv(name, value)
    with pytest.raises(ConfigurationError, match=r"gameplatform\.E004.*'api_token'"):
        flask_example().create_app()
