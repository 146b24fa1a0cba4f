"""GamePlatform for Flask: clients per app in app.extensions, closed with the app, and the
FAR Games wallet blueprint, through Flask's own test client."""

from __future__ import annotations

import gc
import json
import threading
import uuid
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import pytest
from flask import Flask

from gameplatform._client import BaseClient
from gameplatform.contrib.flask import EXTENSION_KEY, GamePlatform
from gameplatform.errors import ConfigurationError
from gameplatform.fargames import (
    CallbackRefused,
    FarGamesClient,
    GetBalanceCallback,
    MakeBetCallback,
    RedisAnswerStore,
    encode_body,
    sign,
)
from gameplatform.testing import FarGamesFake, StoveFake
from gameplatform.tokens import MemoryTokenStore, RedisTokenStore

WAIT = 20.0


@pytest.fixture
def far() -> Iterator[FarGamesFake]:
    with FarGamesFake(agent_id=5, api_token="flask-SECRET-token") as fake:
        yield fake


def make_app(settings: dict[str, Any]) -> Flask:
    app = Flask(__name__)
    app.config["GAMEPLATFORM"] = settings
    return app


def test_clients_of_the_current_app(far: FarGamesFake) -> None:
    gp = GamePlatform()
    with FarGamesFake(agent_id=6, api_token="other") as other:
        first, second = (
            make_app({"FARGAMES": far.client_settings()}),
            make_app({"FARGAMES": other.client_settings()}),
        )
        gp.init_app(first)
        gp.init_app(second)
        with first.app_context():
            assert isinstance(gp.fargames, FarGamesClient)
            assert gp.fargames.base_url == far.url
            assert gp.fargames is gp.fargames
            assert gp.fargames.list_games().total > 0
        with second.app_context():
            assert gp.fargames.base_url == other.url
        assert first.extensions[EXTENSION_KEY] is not second.extensions[EXTENSION_KEY]


def test_one_client_per_app_even_when_threads_race(far: FarGamesFake) -> None:
    app = make_app({"FARGAMES": far.client_settings()})
    gp = GamePlatform(app)
    barrier = threading.Barrier(8)
    seen: list[int] = []

    def first_use() -> None:
        barrier.wait(WAIT)
        with app.app_context():
            seen.append(id(gp.fargames))

    threads = [threading.Thread(target=first_use) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(WAIT)
    assert len(seen) == 8
    assert len(set(seen)) == 1


def test_missing_platforms_apps_and_contexts_are_clear_errors(far: FarGamesFake) -> None:
    gp = GamePlatform()
    app = make_app({"FARGAMES": far.client_settings()})
    with app.app_context(), pytest.raises(ConfigurationError, match="init_app"):
        _ = gp.fargames
    gp.init_app(app)
    with app.app_context(), pytest.raises(ConfigurationError, match="'STOVE'"):
        _ = gp.stove
    with pytest.raises(RuntimeError, match="application context"):
        _ = gp.fargames


def test_the_stove_token_is_shared_through_the_token_store(redis_url: str, redis_client: Any) -> None:
    with StoveFake() as stove:
        settings = {"STOVE": stove.client_settings(), "TOKEN_STORE": redis_url}
        workers = [make_app(dict(settings)) for _ in range(2)]
        gp = GamePlatform()
        tokens = []
        for app in workers:
            gp.init_app(app)
            with app.app_context():
                assert isinstance(gp.token_store, RedisTokenStore)
                tokens.append(gp.stove.server_token().access_token)
        assert tokens[0] == tokens[1]
        assert stove.token_calls == 1
        for app in workers:
            gp.close(app)
    app = make_app({"STOVE": {"client_id": "c", "client_secret": "s", "service_id": "S"}})
    with app.app_context():
        GamePlatform(app)
        assert isinstance(GamePlatform().token_store, MemoryTokenStore)


def test_clients_are_closed_when_the_app_goes_away(
    far: FarGamesFake, monkeypatch: pytest.MonkeyPatch
) -> None:
    closed: list[int] = []
    original = BaseClient.close

    def recording_close(self: BaseClient) -> None:
        closed.append(id(self))
        original(self)

    monkeypatch.setattr(BaseClient, "close", recording_close)
    gp = GamePlatform()
    app = make_app({"FARGAMES": far.client_settings()})
    gp.init_app(app)
    with app.app_context():
        client_id = id(gp.fargames)
    closed.clear()  # init_app's settings check builds and closes a client of its own
    del app
    gc.collect()
    assert closed == [client_id]


# -- the wallet blueprint ---------------------------------------------------------------------

calls: list[str] = []


def get_balance(callback: GetBalanceCallback) -> Decimal:
    calls.append(f"getBalance:{callback.request_id}")
    return Decimal("25.50")


def make_bet(callback: MakeBetCallback) -> Decimal:
    calls.append(f"makeBet:{callback.request_id}")
    if callback.bet > 100:
        raise CallbackRefused("insufficient_funds", "not enough money")
    return Decimal("25.50") - Decimal(str(callback.bet)) + Decimal(str(callback.win))


def wallet_app(far: FarGamesFake, **blueprint_options: Any) -> Flask:
    app = make_app({"FARGAMES": far.client_settings()})
    gp = GamePlatform(app)
    app.register_blueprint(
        gp.fargames_wallet_blueprint(get_balance=get_balance, make_bet=make_bet, **blueprint_options)
    )
    return app


def callback(kind: str, **fields: Any) -> dict[str, Any]:
    data = {
        "type": kind,
        "request_id": str(uuid.uuid4()),
        "agent_id": 5,
        "session_id": "s",
        "player_id": "p",
        "player_username": "p",
        "currency": "EUR",
        "language": "en",
        "game_id": 1,
    }
    if kind == "makeBet":
        data |= {"bet": 5, "win": 0}
    return data | fields


def post(
    app: Flask, data: dict[str, Any], token: str = "flask-SECRET-token", path: str = "/fargames/wallet"
) -> Any:
    body = encode_body(data)
    return app.test_client().post(
        path, data=body, content_type="application/json", headers={"X-Signature": sign(body, token)}
    )


@pytest.fixture(autouse=True)
def _no_calls() -> None:
    calls.clear()


def test_the_wallet_answers_json_and_runs_a_repeated_bet_once(far: FarGamesFake) -> None:
    app = wallet_app(far)
    balance = post(app, callback("getBalance"))
    assert (balance.status_code, balance.content_type) == (200, "application/json")
    assert balance.get_json() == {"content": {"balance": 25.5}}
    bet = callback("makeBet", bet=5.25, win=1)
    first, again = post(app, bet), post(app, bet)
    assert first.get_json() == {"content": {"balance": 21.25}}
    assert again.data == first.data
    assert calls.count(f"makeBet:{bet['request_id']}") == 1


def test_a_bad_signature_is_403_with_the_error_json(far: FarGamesFake) -> None:
    app = wallet_app(far)
    response = post(app, callback("makeBet"), token="wrong")
    assert (response.status_code, response.content_type) == (403, "application/json")
    assert response.get_json()["error"] == "invalid_signature"
    assert calls == []


def test_refusals_other_methods_and_the_url_prefix(far: FarGamesFake) -> None:
    app = wallet_app(far, url_prefix="/casino")
    refused = post(app, callback("makeBet", bet=500), path="/casino/wallet")
    assert (refused.status_code, refused.get_json()) == (
        400,
        {"error": "insufficient_funds", "message": "not enough money"},
    )
    wrong_method = app.test_client().get("/casino/wallet")
    assert (wrong_method.status_code, wrong_method.headers["Allow"]) == (405, "POST")
    assert json.loads(wrong_method.data)["error"] == "method_not_allowed"


def test_workers_sharing_redis_answer_a_repeat_once(
    far: FarGamesFake, redis_url: str, redis_client: Any
) -> None:
    store = RedisAnswerStore.from_url(redis_url)  # the default prefix, as a URL string gets
    workers = [wallet_app(far, store=store), wallet_app(far, store=redis_url)]
    bet = callback("makeBet")
    answers = [post(worker, bet) for worker in workers]
    assert answers[0].status_code == answers[1].status_code == 200
    assert answers[0].data == answers[1].data
    assert calls == [f"makeBet:{bet['request_id']}"]
    store.client.close()


def test_by_default_each_wallet_blueprint_remembers_in_memory(far: FarGamesFake) -> None:
    one, other = wallet_app(far), wallet_app(far)
    bet = callback("makeBet")
    post(one, bet)
    post(one, bet)
    post(other, bet)  # another process's memory: runs again (hence Redis for several workers)
    assert calls == [f"makeBet:{bet['request_id']}"] * 2
