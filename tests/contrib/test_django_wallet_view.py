"""FarGamesWalletView under Django's test client with CSRF checks enforced, as a real project runs it."""

from __future__ import annotations

import json
import uuid
from decimal import Decimal
from typing import Any

import pytest
from conftest import cache_settings
from django.core.exceptions import ImproperlyConfigured
from django.http import HttpRequest, HttpResponse
from django.test import Client, override_settings
from django.urls import path

from gameplatform.contrib.django import FarGamesWalletView
from gameplatform.fargames import CallbackRefused, GetBalanceCallback, MakeBetCallback, encode_body, sign

TOKEN = "far-wallet-SECRET-token"
FARGAMES = {"base_url": "https://far.example.com", "agent_id": 1, "api_token": TOKEN}
calls: list[str] = []


class Wallet(FarGamesWalletView):
    balances: dict[str, Decimal] = {}  # noqa: RUF012 (test state)

    def get_balance(self, callback: GetBalanceCallback) -> Decimal:
        calls.append(f"getBalance:{callback.request_id}")
        return self.balances.setdefault(callback.player_id, Decimal("50"))

    def make_bet(self, callback: MakeBetCallback) -> Decimal:
        calls.append(f"makeBet:{callback.request_id}")
        balance = self.balances.setdefault(callback.player_id, Decimal("50"))
        bet = Decimal(str(callback.bet))
        if bet > balance:
            raise CallbackRefused("insufficient_funds", "not enough money")
        self.balances[callback.player_id] = balance - bet + Decimal(str(callback.win))
        return self.balances[callback.player_id]


def form_post(request: HttpRequest) -> HttpResponse:
    return HttpResponse("ok")


urlpatterns = [path("wallet", Wallet.as_view()), path("form", form_post)]


@pytest.fixture(autouse=True)
def routed() -> Any:
    calls.clear()
    Wallet.balances = {}
    with override_settings(ROOT_URLCONF=__name__, GAMEPLATFORM={"FARGAMES": FARGAMES}):
        yield


def callback(kind: str, player: str = "p1", **fields: Any) -> dict[str, Any]:
    data = {
        "type": kind,
        "request_id": str(uuid.uuid4()),
        "agent_id": 1,
        "session_id": "s",
        "player_id": player,
        "player_username": player,
        "currency": "USD",
        "language": "en",
        "game_id": 7,
    }
    if kind == "makeBet":
        data |= {"bet": 10, "win": 0}
    return data | fields


def post(client: Client, data: dict[str, Any], *, token: str = TOKEN) -> Any:
    body = encode_body(data)
    return client.post(
        "/wallet", data=body, content_type="application/json", headers={"X-Signature": sign(body, token)}
    )


@pytest.fixture
def client() -> Client:
    return Client(enforce_csrf_checks=True)


def test_csrf_is_enforced_but_the_wallet_is_exempt(client: Client) -> None:
    assert client.post("/form", data={"a": "b"}).status_code == 403
    response = post(client, callback("getBalance"))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    assert json.loads(response.content) == {"content": {"balance": 50}}


def test_a_repeated_make_bet_is_debited_once(client: Client) -> None:
    bet = callback("makeBet", bet=12.5, win=2)
    first, again = post(client, bet), post(client, bet)
    assert json.loads(first.content) == {"content": {"balance": 39.5}}
    assert (again.status_code, again.content) == (200, first.content)
    assert calls == [f"makeBet:{bet['request_id']}"]
    assert json.loads(post(client, callback("getBalance")).content) == {"content": {"balance": 39.5}}


def test_a_bad_signature_is_403_with_the_error_json(client: Client) -> None:
    response = post(client, callback("makeBet"), token="someone-else")
    assert response.status_code == 403
    assert response["Content-Type"] == "application/json"
    assert json.loads(response.content)["error"] == "invalid_signature"
    unsigned = client.post("/wallet", data=encode_body(callback("makeBet")), content_type="application/json")
    assert unsigned.status_code == 403
    assert calls == []


def test_a_refusal_is_the_error_envelope(client: Client) -> None:
    response = post(client, callback("makeBet", bet=1000))
    assert response.status_code == 400
    assert json.loads(response.content) == {"error": "insufficient_funds", "message": "not enough money"}


def test_other_methods_are_405_json(client: Client) -> None:
    response = client.get("/wallet")
    assert (response.status_code, response["Allow"]) == (405, "POST")
    assert json.loads(response.content)["error"] == "method_not_allowed"


@pytest.mark.parametrize("backend", ["db", "redis"])
def test_workers_sharing_a_cache_answer_a_repeat_once(request: pytest.FixtureRequest, backend: str) -> None:
    """Two processes are two clients with separate view instances; only the cache is shared."""
    if backend == "db":
        request.getfixturevalue("cache_table")
        shared = cache_settings("django.core.cache.backends.db.DatabaseCache", "gameplatform_cache")
    else:
        shared = cache_settings(
            "django.core.cache.backends.redis.RedisCache", request.getfixturevalue("redis_url")
        )
    caches = {"default": cache_settings("django.core.cache.backends.locmem.LocMemCache"), "shared": shared}
    settings = {"FARGAMES": FARGAMES, "CACHE_ALIAS": "shared"}
    with override_settings(CACHES=caches, GAMEPLATFORM=settings):
        bet = callback("makeBet", player=f"p-{backend}")
        first, second = post(Client(), bet), post(Client(), bet)
        assert first.status_code == second.status_code == 200
        assert first.content == second.content
        assert calls == [f"makeBet:{bet['request_id']}"]


def test_a_wallet_without_an_api_token_is_improperly_configured() -> None:
    with (
        override_settings(GAMEPLATFORM={"STOVE": {}}),
        pytest.raises(ImproperlyConfigured, match="api_token"),
    ):
        post(Client(), callback("getBalance"))
