"""WalletHandler: the framework-neutral wallet endpoint (verify, type, deduplicate, answer)."""

from __future__ import annotations

import json
import logging
import threading
import uuid
from decimal import Decimal
from typing import Any

import pytest

from gameplatform.errors import TransportError, ValidationError
from gameplatform.fargames import (
    AnswerStore,
    CallbackRefused,
    GetBalanceCallback,
    MakeBetCallback,
    MemoryAnswerStore,
    RedisAnswerStore,
    WalletHandler,
    encode_body,
    sign,
)

TOKEN = "wallet-api-token-SECRET"
WAIT = 20.0


def callback(kind: str = "getBalance", **fields: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "type": kind,
        "request_id": str(uuid.uuid4()),
        "agent_id": 1,
        "session_id": "s-1",
        "player_id": "player_123",
        "player_username": "john_doe",
        "currency": "USD",
        "language": "en",
        "game_id": 123,
    }
    if kind == "makeBet":
        data.update(bet=10.5, win=0)
    data.update(fields)
    return data


def signed(data: dict[str, Any], token: str = TOKEN) -> dict[str, Any]:
    body = encode_body(data)
    return {"body": body, "signature": sign(body, token)}


class Wallet:
    """Handlers that record their calls, with balances in memory."""

    def __init__(self) -> None:
        self.balance = Decimal("100.00")
        self.calls: list[GetBalanceCallback | MakeBetCallback] = []
        self.fail_with: BaseException | None = None
        self.gate: threading.Event | None = None
        self.entered = threading.Event()

    def get_balance(self, callback: GetBalanceCallback) -> Decimal:
        self.calls.append(callback)
        if self.fail_with is not None:
            raise self.fail_with
        return self.balance

    def make_bet(self, callback: MakeBetCallback) -> Decimal:
        self.calls.append(callback)
        self.entered.set()
        if self.gate is not None:
            self.gate.wait(WAIT)
        if self.fail_with is not None:
            raise self.fail_with
        self.balance += Decimal(str(callback.win)) - Decimal(str(callback.bet))
        return self.balance


def handler(wallet: Wallet, **options: Any) -> WalletHandler:
    options.setdefault("window_seconds", None)
    return WalletHandler(
        api_token=TOKEN, agent_id=1, get_balance=wallet.get_balance, make_bet=wallet.make_bet, **options
    )


def answer_json(answer: Any) -> Any:
    assert answer.content_type == "application/json"
    return json.loads(answer.body)


def test_get_balance_is_typed_and_answered() -> None:
    wallet = Wallet()
    answer = handler(wallet).handle(**signed(callback(freespins={"count": 5}, round_id="r-9")))
    assert (answer.status, answer_json(answer)) == (200, {"content": {"balance": 100}})
    [seen] = wallet.calls
    assert isinstance(seen, GetBalanceCallback)
    assert (seen.player_id, seen.game_id, seen.currency) == ("player_123", 123, "USD")
    assert seen.freespins is not None
    assert seen.freespins.additional_properties == {"count": 5}
    assert seen.additional_properties == {"round_id": "r-9"}


def test_make_bet_runs_once_for_a_repeated_request_id() -> None:
    wallet, endpoint = Wallet(), None
    endpoint = handler(wallet)
    request = signed(callback("makeBet", bet="10.25", win=2))
    first = endpoint.handle(**request)
    again = endpoint.handle(**request)
    assert (first.status, answer_json(first)) == (200, {"content": {"balance": 91.75}})
    assert (again.status, again.body, again.replayed) == (200, first.body, True)
    assert not first.replayed
    assert len(wallet.calls) == 1
    assert isinstance(wallet.calls[0], MakeBetCallback)
    assert (wallet.calls[0].bet, wallet.calls[0].win) == (10.25, 2.0)
    other = endpoint.handle(**signed(callback("makeBet", bet=1.75, win=0)))
    assert answer_json(other) == {"content": {"balance": 90}}
    assert len(wallet.calls) == 2


@pytest.mark.parametrize(
    ("request_kwargs", "message"),
    [
        ({"signature": None}, "without an X-Signature"),
        ({"signature": sign(b"{}", TOKEN)}, "does not match"),
        ({"signature": "0" * 64}, "does not match"),
    ],
)
def test_a_bad_signature_is_403_and_never_reaches_the_handler(
    request_kwargs: dict[str, Any], message: str
) -> None:
    wallet = Wallet()
    request = {**signed(callback("makeBet")), **request_kwargs}
    answer = handler(wallet).handle(**request)
    assert answer.status == 403
    payload = answer_json(answer)
    assert payload["error"] == "invalid_signature"
    assert message in payload["message"]
    assert TOKEN not in answer.body.decode()
    assert wallet.calls == []


def test_another_agents_callback_is_refused() -> None:
    wallet = Wallet()
    answer = handler(wallet).handle(**signed(callback(agent_id=2)))
    assert (answer.status, answer_json(answer)["error"]) == (403, "invalid_signature")
    assert wallet.calls == []


@pytest.mark.parametrize(
    ("data", "field"),
    [
        ({k: v for k, v in callback("makeBet").items() if k != "player_id"}, "player_id"),
        (callback("makeBet", bet="lots"), "bet"),
        (callback("rollback"), "type"),
    ],
)
def test_a_body_that_does_not_fit_is_400(data: dict[str, Any], field: str) -> None:
    wallet = Wallet()
    answer = handler(wallet).handle(**signed(data))
    assert answer.status == 400
    payload = answer_json(answer)
    assert payload["error"] == "validation_error"
    assert payload["message"].startswith(f"{field}:")
    assert wallet.calls == []


@pytest.mark.parametrize(
    ("error", "status", "code"),
    [
        (CallbackRefused("insufficient_funds", "not enough money"), 400, "insufficient_funds"),
        (CallbackRefused("player_blocked", "blocked", http_status=403), 403, "player_blocked"),
        (ValueError("bet exceeds the table limit"), 400, "validation_error"),
        (ValidationError("bet", "must be positive"), 400, "validation_error"),
    ],
)
def test_a_refusal_is_the_error_envelope_and_is_replayed(error: Exception, status: int, code: str) -> None:
    wallet = Wallet()
    wallet.fail_with = error
    endpoint = handler(wallet)
    request = signed(callback("makeBet"))
    answer = endpoint.handle(**request)
    assert answer.status == status
    payload = answer_json(answer)
    assert payload["error"] == code
    assert payload["message"]
    again = endpoint.handle(**request)
    assert (again.status, again.body, again.replayed) == (status, answer.body, True)
    assert len(wallet.calls) == 1


def test_an_sdk_failure_is_500_and_the_retry_runs_the_handler_again() -> None:
    wallet = Wallet()
    wallet.fail_with = TransportError("read timeout", retryable=True)
    endpoint = handler(wallet)
    request = signed(callback("makeBet"))
    answer = endpoint.handle(**request)
    assert (answer.status, answer_json(answer)["error"]) == (500, "internal_error")
    wallet.fail_with = None
    retried = endpoint.handle(**request)
    assert (retried.status, retried.replayed) == (200, False)
    assert len(wallet.calls) == 2


def test_a_bug_propagates_and_the_retry_runs_the_handler_again() -> None:
    wallet = Wallet()
    wallet.fail_with = KeyError("oops")
    endpoint = handler(wallet)
    request = signed(callback("makeBet"))
    with pytest.raises(KeyError):
        endpoint.handle(**request)
    wallet.fail_with = None
    assert endpoint.handle(**request).status == 200
    assert len(wallet.calls) == 2


def test_a_handler_that_returns_no_number_is_a_bug() -> None:
    endpoint = WalletHandler(api_token=TOKEN, get_balance=lambda c: None, make_bet=lambda c: 1)  # type: ignore[arg-type,return-value]
    with pytest.raises(TypeError, match="getBalance handler must return the balance"):
        endpoint.handle(**signed(callback()))


def test_a_repeat_arriving_while_the_first_runs_waits_for_its_answer() -> None:
    wallet = Wallet()
    wallet.gate = threading.Event()
    endpoint = handler(wallet)
    request = signed(callback("makeBet", bet=5, win=0))
    answers: dict[str, Any] = {}
    first = threading.Thread(target=lambda: answers.update(first=endpoint.handle(**request)))
    first.start()
    assert wallet.entered.wait(WAIT)
    second = threading.Thread(target=lambda: answers.update(second=endpoint.handle(**request)))
    second.start()
    wallet.gate.set()
    first.join(WAIT)
    second.join(WAIT)
    assert answers["first"].status == 200
    assert answers["second"].body == answers["first"].body
    assert len(wallet.calls) == 1


def test_a_repeat_that_waits_too_long_is_503_and_not_run() -> None:
    wallet = Wallet()
    wallet.gate = threading.Event()
    endpoint = handler(wallet, wait_seconds=0)
    request = signed(callback("makeBet"))
    first = threading.Thread(target=lambda: endpoint.handle(**request))
    first.start()
    assert wallet.entered.wait(WAIT)
    busy = endpoint.handle(**request)
    assert (busy.status, answer_json(busy)["error"]) == (503, "request_in_progress")
    wallet.gate.set()
    first.join(WAIT)
    assert endpoint.handle(**request).replayed
    assert len(wallet.calls) == 1


class BrokenStore:
    def add(self, key: str, value: str, ttl: float) -> bool:
        raise ConnectionError("store down")

    def get(self, key: str) -> str | None:
        raise ConnectionError("store down")

    def set(self, key: str, value: str, ttl: float) -> None:
        raise ConnectionError("store down")

    def delete(self, key: str) -> None:
        raise ConnectionError("store down")


def test_a_failing_store_answers_503_without_running_the_handler(caplog: pytest.LogCaptureFixture) -> None:
    wallet = Wallet()
    assert isinstance(BrokenStore(), AnswerStore)
    with caplog.at_level(logging.ERROR, logger="gameplatform.fargames"):
        answer = handler(wallet, store=BrokenStore()).handle(**signed(callback("makeBet")))
    assert (answer.status, answer_json(answer)["error"]) == (503, "service_unavailable")
    assert wallet.calls == []
    assert "ConnectionError" in caplog.text


def test_memory_answers_expire_on_the_store_clock() -> None:
    now = [0.0]
    store = MemoryAnswerStore(clock=lambda: now[0])
    assert store.add("k", "v", 10)
    assert not store.add("k", "w", 10)
    now[0] = 10.0
    assert store.get("k") is None
    assert store.add("k", "w", 10)
    store.set("k", "x", 5)
    assert store.get("k") == "x"
    store.delete("k")
    assert store.get("k") is None


def test_workers_sharing_redis_answer_a_repeat_once(redis_url: str, redis_client: Any) -> None:
    wallet = Wallet()
    prefix = f"test-{uuid.uuid4().hex[:8]}:"
    stores = [RedisAnswerStore.from_url(redis_url, prefix=prefix) for _ in range(2)]
    workers = [handler(wallet, store=store) for store in stores]
    request = signed(callback("makeBet", bet=3, win=1))
    first, second = workers[0].handle(**request), workers[1].handle(**request)
    assert (first.status, second.body, second.replayed) == (200, first.body, True)
    assert len(wallet.calls) == 1
    assert redis_client.keys(f"{prefix}fargames:wallet:*")
    for store in stores:
        store.client.close()


@pytest.mark.parametrize(
    "options",
    [
        {"api_token": ""},
        {"get_balance": None},
        {"store": object()},
    ],
)
def test_bad_handler_settings_are_configuration_errors(options: dict[str, Any]) -> None:
    from gameplatform.errors import ConfigurationError

    wallet = Wallet()
    settings: dict[str, Any] = {
        "api_token": TOKEN,
        "get_balance": wallet.get_balance,
        "make_bet": wallet.make_bet,
    }
    with pytest.raises(ConfigurationError):
        WalletHandler(**{**settings, **options})
    with pytest.raises(ValidationError):
        WalletHandler(**settings, answer_ttl=0)
    with pytest.raises(ValidationError):
        CallbackRefused("x", "y", http_status=200)
