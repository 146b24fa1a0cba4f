"""The STOVE payment notification blueprint, through Flask's test client and over real HTTP."""

from __future__ import annotations

import json
import threading
import uuid
from collections.abc import Iterator
from typing import Any

import pytest
from flask import Flask
from werkzeug.serving import make_server

from gameplatform.contrib.flask import GamePlatform
from gameplatform.errors import ConfigurationError
from gameplatform.stove import PaymentNotification, PaymentRefused, RedisAnswerStore
from gameplatform.testing.stove import StoveFake, payment_notification_body

STOVE = {"client_id": "cid", "client_secret": "cs-SECRET", "service_id": "MY_GAME"}
delivered: list[str] = []


def deliver(notification: PaymentNotification) -> None:
    if notification.additional_properties.get("refuse"):
        raise PaymentRefused(40401, "unknown product")
    delivered.append(notification.tid)


def payments_app(settings: dict[str, Any] | None = None, **blueprint_options: Any) -> Flask:
    app = Flask(__name__)
    app.config["GAMEPLATFORM"] = settings if settings is not None else {"STOVE": STOVE}
    gp = GamePlatform(app)
    options: dict[str, Any] = {"allowed_networks": ["127.0.0.1/32"], **blueprint_options}
    app.register_blueprint(gp.stove_payment_blueprint(deliver=deliver, **options))
    return app


def notify(
    app: Flask, path: str = "/stove/payment/MY_GAME", caller_id: str | None = "clientapp", **fields: Any
) -> Any:
    headers = {"caller-id": caller_id} if caller_id is not None else {}
    data = json.dumps(payment_notification_body(**fields))
    return app.test_client().post(path, data=data, content_type="application/json", headers=headers)


@pytest.fixture(autouse=True)
def _nothing_delivered() -> None:
    delivered.clear()


def test_a_repeated_tid_is_delivered_once_and_answered_the_same() -> None:
    app = payments_app()
    first, again = notify(app, tid="T-1"), notify(app, tid="T-1")
    assert (first.status_code, first.content_type, first.get_json()) == (
        200,
        "application/json",
        {"code": 0, "message": "success"},
    )
    assert again.data == first.data
    assert notify(app, path="/stove/payment", tid="T-2").status_code == 200
    assert delivered == ["T-1", "T-2"]


def test_refused_callers_refusals_and_other_methods() -> None:
    app = payments_app(url_prefix="/billing")
    assert notify(app, path="/billing/payment/MY_GAME", caller_id=None, tid="T-1").status_code == 403
    assert notify(app, path="/billing/payment/OTHER", tid="T-1").status_code == 403
    outside = app.test_client().post(
        "/billing/payment",
        data=json.dumps(payment_notification_body(tid="T-1")),
        content_type="application/json",
        headers={"caller-id": "clientapp"},
        environ_base={"REMOTE_ADDR": "198.51.100.9"},
    )
    assert (outside.status_code, outside.get_json()["code"]) == (403, 40300)
    refused = notify(app, path="/billing/payment", tid="T-2", extra={"refuse": True})
    assert (refused.status_code, refused.get_json()) == (400, {"code": 40401, "message": "unknown product"})
    other = app.test_client().get("/billing/payment/MY_GAME")
    assert (other.status_code, other.headers["Allow"]) == (405, "POST")
    assert delivered == []


def test_settings_problems_are_configuration_errors() -> None:
    with pytest.raises(ConfigurationError):
        payments_app(allowed_networks=["not a network"])
    app = payments_app({"FARGAMES": {"base_url": "https://far.example.com", "agent_id": 1, "api_token": "t"}})
    app.testing = True
    with pytest.raises(ConfigurationError, match="service_id"):
        notify(app, tid="T-1")


def test_workers_sharing_redis_deliver_a_repeat_once(redis_url: str, redis_client: Any) -> None:
    store = RedisAnswerStore.from_url(redis_url)
    workers = [payments_app(store=store), payments_app(store=redis_url)]
    tid = f"T-{uuid.uuid4().hex[:10]}"
    answers = [notify(worker, tid=tid) for worker in workers]
    assert answers[0].status_code == answers[1].status_code == 200
    assert answers[0].data == answers[1].data
    assert delivered == [tid]
    store.client.close()


@pytest.fixture
def served() -> Iterator[str]:
    server = make_server("127.0.0.1", 0, payments_app(), threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}/stove/payment/{{service_id}}"
    finally:
        server.shutdown()
        thread.join(10)


def test_over_real_http_from_the_fake_billing_middleware(served: str) -> None:
    with StoveFake() as stove:
        stove.add_client(**STOVE)
        first = stove.send_payment_notification(served, tid="T-http")
        again = stove.send_payment_notification(served, tid="T-http")
    assert (first.status_code, first.json()) == (200, {"code": 0, "message": "success"})
    assert again.content == first.content
    assert delivered == ["T-http"]
