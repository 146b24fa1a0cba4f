"""STOVE payment completion notifications: parsing, the caller check and delivering once per TID."""

from __future__ import annotations

import ipaddress
import json
import logging
import threading
import uuid
from typing import Any

import pytest

from gameplatform.errors import ConfigurationError, ServerError, SignatureError, ValidationError
from gameplatform.stove import (
    BILLING_ORIGINS,
    AnswerStore,
    BillPlatformType,
    NotificationType,
    PaymentAnswer,
    PaymentNotification,
    PaymentNotificationHandler,
    PaymentRefused,
    RedisAnswerStore,
    check_payment_caller,
    parse_payment_notification,
)
from gameplatform.testing.stove import payment_notification_body

SERVICE = "MY_GAME"
STOVE_NET = "203.0.113.0/24"
STOVE_ADDR = "203.0.113.7"
WAIT = 20.0


def body(**fields: Any) -> bytes:
    return json.dumps(payment_notification_body(**fields)).encode()


class Deliveries:
    """A ``deliver`` that records what it delivered; it can be made to fail or to wait."""

    def __init__(self) -> None:
        self.delivered: list[PaymentNotification] = []
        self.fail_with: BaseException | None = None
        self.gate: threading.Event | None = None
        self.entered = threading.Event()
        self._lock = threading.Lock()

    def __call__(self, notification: PaymentNotification) -> None:
        self.entered.set()
        if self.gate is not None:
            self.gate.wait(WAIT)
        with self._lock:
            self.delivered.append(notification)
        if self.fail_with is not None:
            raise self.fail_with


def handler(deliver: Deliveries, **settings: Any) -> PaymentNotificationHandler:
    options: dict[str, Any] = {"service_id": SERVICE, "allowed_networks": [STOVE_NET], **settings}
    return PaymentNotificationHandler(deliver=deliver, **options)


def deliver(endpoint: PaymentNotificationHandler, raw: bytes, **request: Any) -> PaymentAnswer:
    arguments: dict[str, Any] = {"remote_addr": STOVE_ADDR, "caller_id": "clientapp", "service_id": SERVICE}
    arguments.update(request)
    return endpoint.handle(body=raw, **arguments)


def answer_json(answer: PaymentAnswer) -> Any:
    return json.loads(answer.body)


# -- parsing -----------------------------------------------------------------------------------


def test_a_notification_is_typed_and_unknown_fields_are_kept() -> None:
    products = [{"product_id": "p1002", "quantity": 2, "inservice_item_id": "cp7892"}]
    raw = body(tid="T202202103125", world_id="asia-1", guid=200000000397, extra={"products": products})
    notification = parse_payment_notification(raw)
    assert notification.bill_platform_type is BillPlatformType.ONLINE
    assert notification.noti_type is NotificationType.ONLINE_PURCHASE
    assert (notification.tid, notification.world_id, notification.guid) == (
        "T202202103125",
        "asia-1",
        "200000000397",
    )
    assert notification.additional_properties == {"products": products}


def test_values_stove_adds_later_are_kept() -> None:
    notification = parse_payment_notification(body(bill_platform_type="KIOSK", noti_type="GIFT", tid=12345))
    assert notification.bill_platform_type == "KIOSK" and not notification.bill_platform_type.is_known
    assert notification.noti_type == "GIFT" and not notification.noti_type.is_known
    assert notification.tid == "12345"  # a number is read as its text


@pytest.mark.parametrize(
    ("raw", "field"),
    [
        (b"not json", "body"),
        (b"[1, 2]", "body"),
        (json.dumps({"bill_platform_type": "ONLINE", "noti_type": "ONLINE_PURCHASE"}).encode(), "tid"),
        (body(tid="  "), "tid"),
        (body(tid=["T1"]), "tid"),
        (json.dumps({"noti_type": "ONLINE_PURCHASE", "tid": "T1"}).encode(), "bill_platform_type"),
        (body(world_id={"a": 1}), "world_id"),
    ],
)
def test_a_body_that_does_not_fit_is_a_validation_error(raw: bytes, field: str) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_payment_notification(raw)
    assert caught.value.field == field


def test_the_error_never_quotes_the_body() -> None:
    with pytest.raises(ValidationError) as caught:
        parse_payment_notification(body(world_id={"secret-looking": "value-123"}))
    assert "value-123" not in str(caught.value)


def test_the_body_must_be_bytes() -> None:
    with pytest.raises(ValidationError):
        parse_payment_notification("{}")  # type: ignore[arg-type]


# -- the caller ----------------------------------------------------------------------------------


def check(**overrides: Any) -> None:
    arguments: dict[str, Any] = {
        "service_id": SERVICE,
        "remote_addr": STOVE_ADDR,
        "caller_id": "clientapp",
        "path_service_id": SERVICE,
        "allowed_networks": [STOVE_NET],
    }
    arguments.update(overrides)
    check_payment_caller(**arguments)


def test_a_caller_as_documented_passes() -> None:
    check()
    check(remote_addr="::ffff:203.0.113.7")  # a dual-stack socket's form of the same address
    check(allowed_networks=["203.0.113.7", "2001:db8::/32"], remote_addr="2001:db8::5")
    check(allowed_networks=[ipaddress.ip_network(STOVE_NET)])
    check(path_service_id=None)  # a URL without the service_id variable
    check(allowed_networks=None, remote_addr=None)  # the address check turned off
    check(caller_ids={"clientapp", "billing"})


@pytest.mark.parametrize(
    ("overrides", "reason"),
    [
        ({"remote_addr": "198.51.100.1"}, "outside allowed_networks"),
        ({"remote_addr": None}, "no usable IP address"),
        ({"remote_addr": "not-an-address"}, "no usable IP address"),
        ({"remote_addr": "2001:db8::5"}, "outside allowed_networks"),
        ({"caller_id": None}, "without a caller-id"),
        ({"caller_id": ""}, "without a caller-id"),
        ({"caller_ids": ["billing"]}, "not in caller_ids"),
        ({"path_service_id": "OTHER_GAME"}, "another service_id"),
    ],
)
def test_a_caller_that_does_not_fit_is_refused(overrides: dict[str, Any], reason: str) -> None:
    with pytest.raises(SignatureError, match=reason):
        check(**overrides)


@pytest.mark.parametrize("allowed", [[], ["300.1.1.1"], "203.0.113.0/24", [None]])
def test_bad_allowed_networks_are_configuration_errors(allowed: Any) -> None:
    with pytest.raises(ConfigurationError):
        check(allowed_networks=allowed)
    with pytest.raises(ConfigurationError):
        handler(Deliveries(), allowed_networks=allowed)


def test_the_documented_origins_are_named() -> None:
    assert BILLING_ORIGINS == {"live": "https://I-api.onstove.com", "sandbox": "https://I-api.gate8.com"}


# -- the handler ---------------------------------------------------------------------------------


def test_a_notification_is_delivered_and_answered_success() -> None:
    deliveries = Deliveries()
    answer = deliver(handler(deliveries), body(tid="T1"))
    assert (answer.status, answer_json(answer), answer.content_type) == (
        200,
        {"code": 0, "message": "success"},
        "application/json",
    )
    assert [n.tid for n in deliveries.delivered] == ["T1"]


def test_the_same_tid_twice_is_delivered_once_and_answered_the_same() -> None:
    deliveries = Deliveries()
    endpoint = handler(deliveries)
    first, second = deliver(endpoint, body(tid="T1")), deliver(endpoint, body(tid="T1"))
    assert len(deliveries.delivered) == 1
    assert (second.status, second.body, second.replayed, first.replayed) == (
        first.status,
        first.body,
        True,
        False,
    )
    deliver(endpoint, body(tid="T2"))
    assert [n.tid for n in deliveries.delivered] == ["T1", "T2"]


def test_a_refused_caller_is_403_and_nothing_is_delivered_or_kept() -> None:
    deliveries = Deliveries()
    endpoint = handler(deliveries)
    refused = deliver(endpoint, body(tid="T1"), remote_addr="198.51.100.1")
    assert (refused.status, answer_json(refused)["code"]) == (403, 40300)
    assert deliver(endpoint, body(tid="T1"), caller_id=None).status == 403
    assert deliver(endpoint, body(tid="T1"), service_id="OTHER").status == 403
    assert deliveries.delivered == []
    assert deliver(endpoint, body(tid="T1")).status == 200  # the real one still runs
    assert len(deliveries.delivered) == 1


def test_a_malformed_body_is_400_and_not_delivered() -> None:
    deliveries = Deliveries()
    answer = deliver(handler(deliveries), b'{"tid": "T1"}')
    assert (answer.status, answer_json(answer)["code"]) == (400, 40000)
    assert "bill_platform_type" in answer_json(answer)["message"]
    assert deliveries.delivered == []


@pytest.mark.parametrize(
    ("error", "status", "code"),
    [
        (PaymentRefused(40401, "unknown product"), 400, 40401),
        (PaymentRefused(40901, "already delivered elsewhere", http_status=409), 409, 40901),
        (ValueError("bad quantity"), 400, 40000),
    ],
)
def test_a_refusal_is_answered_and_replayed(error: Exception, status: int, code: int) -> None:
    deliveries = Deliveries()
    deliveries.fail_with = error
    endpoint = handler(deliveries)
    first, again = deliver(endpoint, body(tid="T1")), deliver(endpoint, body(tid="T1"))
    assert (first.status, answer_json(first)["code"]) == (status, code)
    assert (again.body, again.replayed) == (first.body, True)
    assert len(deliveries.delivered) == 1


@pytest.mark.parametrize(
    "error", [ServerError("db down", platform="stove"), PaymentRefused(50301, "try later", http_status=503)]
)
def test_a_failure_asking_for_a_retry_is_not_kept(error: Exception) -> None:
    deliveries = Deliveries()
    deliveries.fail_with = error
    endpoint = handler(deliveries)
    assert deliver(endpoint, body(tid="T1")).status >= 500
    deliveries.fail_with = None
    assert deliver(endpoint, body(tid="T1")).status == 200
    assert len(deliveries.delivered) == 2


def test_a_bug_propagates_and_the_retry_delivers_again() -> None:
    deliveries = Deliveries()
    deliveries.fail_with = KeyError("bug")
    endpoint = handler(deliveries)
    with pytest.raises(KeyError):
        deliver(endpoint, body(tid="T1"))
    deliveries.fail_with = None
    assert deliver(endpoint, body(tid="T1")).status == 200
    assert len(deliveries.delivered) == 2


def test_concurrent_duplicates_are_delivered_once() -> None:
    deliveries = Deliveries()
    deliveries.gate = threading.Event()
    endpoint = handler(deliveries, wait_seconds=WAIT)
    raw = body(tid="T-concurrent")
    answers: list[PaymentAnswer] = []
    lock = threading.Lock()

    def send() -> None:
        answer = deliver(endpoint, raw)
        with lock:
            answers.append(answer)

    threads = [threading.Thread(target=send) for _ in range(8)]
    for thread in threads:
        thread.start()
    assert deliveries.entered.wait(WAIT)
    deliveries.gate.set()
    for thread in threads:
        thread.join(WAIT)
    assert len(deliveries.delivered) == 1
    assert len(answers) == 8 and {a.status for a in answers} == {200}
    assert sorted(a.replayed for a in answers) == [False] + [True] * 7


def test_a_repeat_that_waits_too_long_is_503_and_not_delivered() -> None:
    deliveries = Deliveries()
    deliveries.gate = threading.Event()
    endpoint = handler(deliveries, wait_seconds=0)
    first = threading.Thread(target=lambda: deliver(endpoint, body(tid="T1")))
    first.start()
    assert deliveries.entered.wait(WAIT)
    busy = deliver(endpoint, body(tid="T1"))
    assert (busy.status, answer_json(busy)["code"]) == (503, 50300)
    deliveries.gate.set()
    first.join(WAIT)
    assert deliver(endpoint, body(tid="T1")).replayed
    assert len(deliveries.delivered) == 1


class BrokenStore:
    def add(self, key: str, value: str, ttl: float) -> bool:
        raise ConnectionError("store down")

    def get(self, key: str) -> str | None:
        raise ConnectionError("store down")

    def set(self, key: str, value: str, ttl: float) -> None:
        raise ConnectionError("store down")

    def delete(self, key: str) -> None:
        raise ConnectionError("store down")


def test_a_failing_store_answers_503_without_delivering(caplog: pytest.LogCaptureFixture) -> None:
    deliveries = Deliveries()
    assert isinstance(BrokenStore(), AnswerStore)
    with caplog.at_level(logging.ERROR, logger="gameplatform.stove"):
        answer = deliver(handler(deliveries, store=BrokenStore()), body(tid="T1"))
    assert answer.status == 503 and deliveries.delivered == []
    assert "ConnectionError" in caplog.text


def test_two_handlers_sharing_redis_deliver_a_repeat_once(redis_url: str, redis_client: Any) -> None:
    deliveries = Deliveries()
    prefix = f"test-{uuid.uuid4().hex[:8]}:"
    stores = [RedisAnswerStore.from_url(redis_url, prefix=prefix) for _ in range(2)]
    workers = [handler(deliveries, store=store) for store in stores]
    raw = body(tid="T-redis")
    first, second = deliver(workers[0], raw), deliver(workers[1], raw)
    assert (first.status, second.body, second.replayed) == (200, first.body, True)
    assert len(deliveries.delivered) == 1
    assert redis_client.keys(f"{prefix}stove:payment:*")
    for store in stores:
        store.client.close()


def test_two_handlers_sharing_redis_deliver_concurrent_duplicates_once(
    redis_url: str, redis_client: Any
) -> None:
    deliveries = Deliveries()
    deliveries.gate = threading.Event()
    prefix = f"test-{uuid.uuid4().hex[:8]}:"
    stores = [RedisAnswerStore.from_url(redis_url, prefix=prefix) for _ in range(2)]
    workers = [handler(deliveries, store=store, wait_seconds=WAIT) for store in stores]
    raw = body(tid="T-redis-concurrent")
    answers: list[PaymentAnswer] = []
    threads = [threading.Thread(target=lambda w=w: answers.append(deliver(w, raw))) for w in workers * 3]
    for thread in threads:
        thread.start()
    assert deliveries.entered.wait(WAIT)
    deliveries.gate.set()
    for thread in threads:
        thread.join(WAIT)
    assert len(deliveries.delivered) == 1
    assert (
        len(answers) == 6
        and len({a.body for a in answers}) == 1
        and sum(not a.replayed for a in answers) == 1
    )
    for store in stores:
        store.client.close()


@pytest.mark.parametrize(
    "settings",
    [
        {"deliver": None},
        {"service_id": ""},
        {"caller_ids": "clientapp"},
        {"store": object()},
        {"answer_ttl": 0},
        {"wait_seconds": -1},
    ],
)
def test_bad_handler_settings_are_configuration_errors(settings: dict[str, Any]) -> None:
    options: dict[str, Any] = {"deliver": Deliveries(), "service_id": SERVICE, "allowed_networks": None}
    with pytest.raises(ConfigurationError):
        PaymentNotificationHandler(**{**options, **settings})


@pytest.mark.parametrize(
    ("arguments", "field"),
    [(("0", "x"), "code"), ((0, "x"), "code"), ((True, "x"), "code"), ((1, "x", 200), "http_status")],
)
def test_bad_refusals_are_validation_errors(arguments: tuple[Any, ...], field: str) -> None:
    code, message, *status = arguments
    with pytest.raises(ValidationError) as caught:
        PaymentRefused(code, message, **({"http_status": status[0]} if status else {}))
    assert caught.value.field == field
