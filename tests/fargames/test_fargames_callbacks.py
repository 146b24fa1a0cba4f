"""Wallet callbacks from the platform: verified over the raw body, answered PHP-style."""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

import pytest

from gameplatform import SignatureError, ValidationError
from gameplatform.fargames import (
    GetBalanceCallback,
    MakeBetCallback,
    callback_balance,
    callback_error,
    encode_body,
    parse_callback,
    sign,
    verify_callback,
)

TOKEN = "agent-api-token-7f3c"
NOW = 1_700_000_000


def signed(data: dict[str, Any], token: str = TOKEN) -> tuple[bytes, str]:
    body = encode_body(data)
    return body, sign(body, token)


GET_BALANCE: dict[str, Any] = {
    "type": "getBalance",
    "request_id": "cb-1",
    "agent_id": 1,
    "session_id": "s-1",
    "player_id": "player_123",
    "player_username": "john_doe",
    "currency": "USD",
    "language": "en",
    "game_id": 123,
    "timestamp": NOW,
}


def test_a_signed_callback_is_decoded() -> None:
    body, signature = signed(GET_BALANCE)
    callback = verify_callback(body=body, signature=signature, api_token=TOKEN, agent_id=1, clock=lambda: NOW)
    assert (callback.type, callback.request_id) == ("getBalance", "cb-1")
    assert dict(callback.data) == GET_BALANCE
    with pytest.raises(TypeError):
        callback.data["type"] = "x"  # type: ignore[index]


@pytest.mark.parametrize(
    ("mutate", "message"),
    [
        (lambda body, sig: (body, None), "without an X-Signature"),
        (lambda body, sig: (body, ""), "without an X-Signature"),
        (lambda body, sig: (body, sign(body, "other-token")), "does not match"),
        (lambda body, sig: (body, sig.upper()), "does not match"),
        (lambda body, sig: (body.replace(b"john_doe", b"jane_doe"), sig), "does not match"),
        (lambda body, sig: (json.dumps(json.loads(body)).encode(), sig), "does not match"),
    ],
)
def test_tampered_or_unsigned_callbacks_are_refused(mutate: Any, message: str) -> None:
    body, signature = mutate(*signed(GET_BALANCE))
    with pytest.raises(SignatureError, match=message) as info:
        verify_callback(body=body, signature=signature, api_token=TOKEN, clock=lambda: NOW)
    assert TOKEN not in str(info.value)


def test_stale_callbacks_other_agents_and_shapeless_bodies_are_refused() -> None:
    body, signature = signed(GET_BALANCE)
    with pytest.raises(SignatureError, match="300 s"):
        verify_callback(body=body, signature=signature, api_token=TOKEN, clock=lambda: NOW + 301)
    assert verify_callback(
        body=body, signature=signature, api_token=TOKEN, window_seconds=None, clock=lambda: 0
    )
    with pytest.raises(SignatureError, match="another agent"):
        verify_callback(body=body, signature=signature, api_token=TOKEN, agent_id=2, clock=lambda: NOW)
    for data in ([1, 2], {"no": "type"}):
        raw = json.dumps(data).encode()
        with pytest.raises(SignatureError, match="JSON object"):
            verify_callback(body=raw, signature=sign(raw, TOKEN), api_token=TOKEN)
    raw = b"not json"
    with pytest.raises(SignatureError, match="not JSON"):
        verify_callback(body=raw, signature=sign(raw, TOKEN), api_token=TOKEN)
    with pytest.raises(ValidationError):
        verify_callback(body=raw, signature="x", api_token="")


def test_callback_without_timestamp_is_accepted() -> None:
    data = {k: v for k, v in GET_BALANCE.items() if k != "timestamp"}
    body, signature = signed(data)
    assert verify_callback(body=body, signature=signature, api_token=TOKEN).type == "getBalance"


def test_answers_are_encoded_like_php() -> None:
    assert callback_balance(balance=1000.50) == b'{"content":{"balance":1000.5}}'
    assert callback_balance(balance=Decimal("12.00")) == b'{"content":{"balance":12}}'
    assert callback_balance(balance=7) == b'{"content":{"balance":7}}'
    assert callback_error(code="insufficient_funds", message="Not enough/money") == (
        b'{"error":"insufficient_funds","message":"Not enough\\/money"}'
    )
    with pytest.raises(ValidationError):
        callback_balance(balance=float("nan"))
    with pytest.raises(ValidationError):
        callback_balance(balance=True)
    with pytest.raises(ValidationError):
        callback_error(code="", message="m")


def test_parse_callback_gives_the_typed_model_and_keeps_unknown_fields() -> None:
    data = {**GET_BALANCE, "freespins": {"count": 3, "bet": 0.2}, "brand_new_field": [1]}
    body, signature = signed(data)
    parsed = parse_callback(
        verify_callback(body=body, signature=signature, api_token=TOKEN, clock=lambda: NOW)
    )
    assert isinstance(parsed, GetBalanceCallback)
    assert (parsed.request_id, parsed.agent_id, parsed.game_id, parsed.timestamp) == ("cb-1", 1, 123, NOW)
    assert parsed.freespins is not None
    assert parsed.freespins.additional_properties == {"count": 3, "bet": 0.2}
    assert parsed.additional_properties == {"brand_new_field": [1]}
    bet = {**GET_BALANCE, "type": "makeBet", "bet": "12.50", "win": 30}
    body, signature = signed(bet)
    parsed_bet = parse_callback(
        verify_callback(body=body, signature=signature, api_token=TOKEN, clock=lambda: NOW)
    )
    assert isinstance(parsed_bet, MakeBetCallback)
    assert (parsed_bet.bet, parsed_bet.win) == (12.5, 30.0)


@pytest.mark.parametrize(
    ("data", "field"),
    [
        ({**GET_BALANCE, "type": "rollback"}, "type"),
        ({k: v for k, v in GET_BALANCE.items() if k != "session_id"}, "session_id"),
        ({**GET_BALANCE, "type": "makeBet", "win": 1}, "bet"),
        ({**GET_BALANCE, "game_id": "SECRET-not-a-number"}, "game_id"),
    ],
)
def test_parse_callback_refuses_what_does_not_fit(data: dict[str, Any], field: str) -> None:
    body, signature = signed(data)
    callback = verify_callback(body=body, signature=signature, api_token=TOKEN, clock=lambda: NOW)
    with pytest.raises(ValidationError) as caught:
        parse_callback(callback)
    assert caught.value.field == field
    assert "SECRET" not in str(caught.value)
