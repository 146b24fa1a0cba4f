"""``gameplatform fargames send-callback`` against a wallet endpoint that verifies like a real one would."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest
from cli_support import json_output, run_cli

from gameplatform import SignatureError
from gameplatform.fargames import Callback, callback_balance, callback_error, encode_body, verify_callback

API_TOKEN = "wallet-api-token-5521"
SECRETS = {"FARGAMES_API_TOKEN": API_TOKEN}
AGENT_ID = 1
BALANCE = 1000.5


class Wallet:
    """A wallet endpoint on 127.0.0.1 that checks each callback with ``verify_callback``."""

    def __init__(self) -> None:
        self.received: list[Callback] = []
        self.raw: list[tuple[dict[str, str], bytes]] = []
        self.rejected: list[str] = []
        wallet = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                wallet.raw.append((dict(self.headers.items()), body))
                try:
                    callback = verify_callback(
                        body=body,
                        signature=self.headers.get("X-Signature"),
                        api_token=API_TOKEN,
                        agent_id=AGENT_ID,
                    )
                except SignatureError as error:
                    wallet.rejected.append(str(error))
                    self.answer(403, callback_error(code="invalid_signature", message=str(error)))
                    return
                wallet.received.append(callback)
                self.answer(200, callback_balance(balance=BALANCE))

            def answer(self, status: int, body: bytes) -> None:
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/fargames/wallet"
        self.thread = threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.05})
        self.thread.start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()
        self.thread.join(timeout=10)


@pytest.fixture
def wallet() -> Iterator[Wallet]:
    endpoint = Wallet()
    try:
        yield endpoint
    finally:
        endpoint.close()


REQUIRED = ["--agent-id", str(AGENT_ID), "--player-id", "player_123", "--game-id", "123"]


def send(*args: str, secrets: dict[str, str] | None = None) -> Any:
    return run_cli("fargames", "send-callback", *args, secrets=SECRETS if secrets is None else secrets)


def test_get_balance_is_signed_verified_and_answered(wallet: Wallet) -> None:
    before = time.time()
    result = send(wallet.url, "--type", "getBalance", *REQUIRED, "--session-id", "session_abc123")
    assert result.returncode == 0, result.stderr
    (callback,) = wallet.received
    data = dict(callback.data)
    assert callback.type == "getBalance" and callback.request_id == data["request_id"]
    assert before - 1 <= data.pop("timestamp") <= time.time() + 1
    request_id = data.pop("request_id")
    assert data == {
        "type": "getBalance",
        "agent_id": 1,
        "session_id": "session_abc123",
        "player_id": "player_123",
        "player_username": "player_123",
        "currency": "USD",
        "language": "en",
        "game_id": 123,
    }
    headers, body = wallet.raw[0]
    assert headers["Content-Type"] == "application/json"
    assert body == encode_body(callback.data)  # PHP-exact bytes, as the platform sends them
    output = json_output(result)
    assert (output["status"], output["request_id"], output["sent"]) == (200, request_id, body.decode())
    assert output["answer_json"] == {"content": {"balance": BALANCE}}
    assert headers["X-Signature"] not in result.stdout + result.stderr  # a signature is a credential too


def test_make_bet_carries_bet_win_and_extra_fields(wallet: Wallet) -> None:
    result = send(
        wallet.url, "--type", "makeBet", *REQUIRED, "--bet", "10.5", "--win", "0",
        "--request-id", "req-1", "--currency", "EUR", "--field", 'freespins={"count": 3}',
        "--field", "round_id=r-77", "--field", 'digits="123"',
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    (callback,) = wallet.received
    assert callback.request_id == "req-1"
    assert {
        key: callback.data[key] for key in ("bet", "win", "currency", "freespins", "round_id", "digits")
    } == {
        "bet": 10.5,
        "win": 0,
        "currency": "EUR",
        "freespins": {"count": 3},
        "round_id": "r-77",
        "digits": "123",
    }


def test_a_wrong_token_is_refused_by_the_wallet_and_exits_1(wallet: Wallet) -> None:
    result = send(
        wallet.url, "--type", "getBalance", *REQUIRED, secrets={"FARGAMES_API_TOKEN": "not-the-token"}
    )
    assert result.returncode == 1
    assert wallet.rejected == ["callback signature does not match the body"] and not wallet.received
    output = json_output(result)
    assert output["status"] == 403 and output["answer_json"]["error"] == "invalid_signature"


def test_a_stale_timestamp_is_refused_by_the_wallet(wallet: Wallet) -> None:
    result = send(wallet.url, "--type", "getBalance", *REQUIRED, "--timestamp", str(int(time.time()) - 3600))
    assert result.returncode == 1
    assert wallet.rejected and "timestamp" in wallet.rejected[0]


def test_no_answer_exits_3() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    result = send(f"http://127.0.0.1:{port}/wallet", "--type", "getBalance", *REQUIRED, "--timeout", "5")
    assert (result.returncode, result.stdout) == (3, "")
    assert "no answer" in result.stderr


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["http://wallet.invalid/fargames", "--type", "getBalance", *REQUIRED], "non-loopback host"),
        (["ftp://127.0.0.1/wallet", "--type", "getBalance", *REQUIRED], "http:// or https://"),
        (["http://127.0.0.1:9/w", "--type", "makeBet", *REQUIRED], "needs --bet"),
        (["http://127.0.0.1:9/w", "--type", "getBalance", *REQUIRED, "--bet", "1"], "belong to makeBet"),
        (["http://127.0.0.1:9/w", "--type", "makeBet", *REQUIRED, "--bet", "ten"], "not a number"),
        (["http://127.0.0.1:9/w", "--type", "getBalance", *REQUIRED, "--field", "novalue"], "KEY=VALUE"),
        (["http://127.0.0.1:9/w", "--type", "refund", *REQUIRED], "invalid choice"),
    ],
)
def test_bad_arguments_are_refused_before_anything_is_sent(args: list[str], message: str) -> None:
    result = send(*args)
    assert (result.returncode, result.stdout) == (2, "")
    assert message in result.stderr


def test_a_missing_token_is_a_usage_error(wallet: Wallet) -> None:
    result = send(wallet.url, "--type", "getBalance", *REQUIRED, secrets={})
    assert result.returncode == 2 and "FARGAMES_API_TOKEN" in result.stderr
    assert not wallet.raw
