"""Payment notifications end to end: StoveFake plays the billing middleware, over real HTTP, to a
game endpoint built on PaymentNotificationHandler (a plain http.server, no framework)."""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

from gameplatform.stove import PaymentNotification, PaymentNotificationHandler, PaymentRefused
from gameplatform.testing.stove import StoveFake

SERVICE = "MY_GAME"


class Game:
    """The game's side: an inventory that ``deliver`` fills, and the endpoint serving it."""

    def __init__(self, **settings: Any) -> None:
        self.inventory: dict[str, int] = {}
        self.delivered: list[str] = []
        self.lock = threading.Lock()
        self.handler = PaymentNotificationHandler(deliver=self.deliver, service_id=SERVICE, **settings)

    def deliver(self, notification: PaymentNotification) -> None:
        products = notification.additional_properties.get("products") or []
        if not products:
            raise PaymentRefused(40401, "no product in the notification")
        with self.lock:
            self.delivered.append(notification.tid)
            for product in products:
                item = str(product["inservice_item_id"])
                self.inventory[item] = self.inventory.get(item, 0) + int(product.get("quantity", 1))


def serve(game: Game) -> tuple[ThreadingHTTPServer, str]:
    class Endpoint(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            prefix = "/stove/payment/"
            if not self.path.startswith(prefix):
                self.send_error(404)
                return
            raw = self.rfile.read(int(self.headers.get("Content-Length") or 0))
            answer = game.handler.handle(
                body=raw,
                remote_addr=self.client_address[0],
                caller_id=self.headers.get("caller-id"),
                service_id=self.path[len(prefix) :],
            )
            self.send_response(answer.status)
            self.send_header("Content-Type", answer.content_type)
            self.send_header("Content-Length", str(len(answer.body)))
            self.end_headers()
            self.wfile.write(answer.body)

        def log_message(self, format: str, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Endpoint)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}/stove/payment/{{service_id}}"


@pytest.fixture
def stove() -> Iterator[StoveFake]:
    with StoveFake() as fake:
        fake.add_client(client_id="cid", client_secret="secret", service_id=SERVICE)
        yield fake


@contextlib.contextmanager
def run_game(**settings: Any) -> Iterator[tuple[Game, str]]:
    game = Game(**settings)
    server, url = serve(game)
    try:
        yield game, url
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture
def game() -> Iterator[tuple[Game, str]]:
    with run_game(allowed_networks=["127.0.0.1/32", "::1/128"]) as running:
        yield running


PRODUCTS = {"products": [{"product_id": "p1002", "quantity": 2, "inservice_item_id": "gem_pack"}]}


def test_a_payment_delivered_twice_fills_the_inventory_once(stove: StoveFake, game: tuple[Game, str]) -> None:
    endpoint, url = game
    first = stove.send_payment_notification(url, tid="T202202103125", guid="200000000397", extra=PRODUCTS)
    again = stove.send_payment_notification(url, tid="T202202103125", guid="200000000397", extra=PRODUCTS)
    assert (first.status_code, first.json()) == (200, {"code": 0, "message": "success"})
    assert (again.status_code, again.content) == (first.status_code, first.content)
    assert endpoint.inventory == {"gem_pack": 2} and endpoint.delivered == ["T202202103125"]
    stove.send_payment_notification(url, tid="T202202103126", extra=PRODUCTS)
    assert endpoint.inventory == {"gem_pack": 4}


def test_concurrent_deliveries_of_one_payment_fill_it_once(stove: StoveFake, game: tuple[Game, str]) -> None:
    endpoint, url = game
    statuses: list[int] = []
    threads = [
        threading.Thread(
            target=lambda: statuses.append(
                stove.send_payment_notification(url, tid="T-1", extra=PRODUCTS).status_code
            )
        )
        for _ in range(6)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert statuses == [200] * 6
    assert endpoint.inventory == {"gem_pack": 2}


def test_a_refusal_is_answered_in_stove_s_envelope_and_repeated(
    stove: StoveFake, game: tuple[Game, str]
) -> None:
    _, url = game
    first = stove.send_payment_notification(url, tid="T-empty")
    assert (first.status_code, first.json()) == (
        400,
        {"code": 40401, "message": "no product in the notification"},
    )
    assert stove.send_payment_notification(url, tid="T-empty").content == first.content


def test_callers_stove_would_not_be_are_refused(stove: StoveFake, game: tuple[Game, str]) -> None:
    endpoint, url = game
    no_caller = stove.send_payment_notification(url, tid="T-2", caller_id=None, extra=PRODUCTS)
    other_game = stove.send_payment_notification(url, tid="T-2", service_id="OTHER_GAME", extra=PRODUCTS)
    assert (no_caller.status_code, no_caller.json()["code"]) == (403, 40300)
    assert other_game.status_code == 403
    assert endpoint.inventory == {}


def test_an_address_outside_allowed_networks_is_refused(stove: StoveFake) -> None:
    with run_game(allowed_networks=["10.0.0.0/8"]) as (endpoint, url):
        answer = stove.send_payment_notification(url, tid="T-3", extra=PRODUCTS)
        assert (answer.status_code, answer.json()["code"]) == (403, 40300)
        assert endpoint.inventory == {}
