"""StovePaymentView under Django's test client (CSRF checks enforced), answers kept in real caches."""

from __future__ import annotations

import json
import uuid
from typing import Any

import pytest
from conftest import cache_settings
from django.core.exceptions import ImproperlyConfigured
from django.test import Client, override_settings
from django.urls import path

from gameplatform.contrib.django import StovePaymentView
from gameplatform.stove import PaymentNotification, PaymentRefused
from gameplatform.testing.stove import payment_notification_body

STOVE = {"client_id": "cid", "client_secret": "cs-SECRET", "service_id": "MY_GAME"}
delivered: list[str] = []


class Payments(StovePaymentView):
    allowed_networks = ["127.0.0.1/32"]  # noqa: RUF012 (a view setting)

    def deliver(self, notification: PaymentNotification) -> None:
        if notification.additional_properties.get("refuse"):
            raise PaymentRefused(40401, "unknown product")
        delivered.append(notification.tid)


class Unchecked(Payments):
    allowed_networks = None


class Unset(StovePaymentView):
    def deliver(self, notification: PaymentNotification) -> None:
        delivered.append(notification.tid)


urlpatterns = [
    path("stove/payment/<str:service_id>", Payments.as_view()),
    path("stove/payment", Payments.as_view()),
    path("unchecked/payment", Unchecked.as_view()),
    path("unset/payment", Unset.as_view()),
]


@pytest.fixture(autouse=True)
def routed() -> Any:
    delivered.clear()
    with override_settings(ROOT_URLCONF=__name__, GAMEPLATFORM={"STOVE": STOVE}):
        yield


def notify(
    client: Client, url: str = "/stove/payment/MY_GAME", caller_id: str | None = "clientapp", **fields: Any
) -> Any:
    headers = {"caller-id": caller_id} if caller_id is not None else {}
    data = json.dumps(payment_notification_body(**fields))
    return client.post(url, data=data, content_type="application/json", headers=headers)


@pytest.fixture
def client() -> Client:
    return Client(enforce_csrf_checks=True)


def test_a_repeated_tid_is_delivered_once_and_answered_the_same(client: Client) -> None:
    tid = f"T-{uuid.uuid4().hex[:10]}"
    first, again = notify(client, tid=tid), notify(client, tid=tid)
    assert (first.status_code, first["Content-Type"]) == (200, "application/json")
    assert json.loads(first.content) == {"code": 0, "message": "success"}
    assert (again.status_code, again.content) == (200, first.content)
    assert delivered == [tid]


def test_the_url_may_leave_out_the_service_id(client: Client) -> None:
    assert notify(client, url="/stove/payment", tid="T-1").status_code == 200
    assert delivered == ["T-1"]


def test_callers_that_do_not_fit_are_403(client: Client) -> None:
    assert notify(client, caller_id=None, tid="T-1").status_code == 403
    assert notify(client, url="/stove/payment/OTHER_GAME", tid="T-1").status_code == 403
    outside = Client(REMOTE_ADDR="198.51.100.9")
    refused = notify(outside, tid="T-1")
    assert (refused.status_code, json.loads(refused.content)["code"]) == (403, 40300)
    assert notify(Client(REMOTE_ADDR="198.51.100.9"), url="/unchecked/payment", tid="T-2").status_code == 200
    assert delivered == ["T-2"]


def test_refusals_malformed_bodies_and_other_methods(client: Client) -> None:
    refused = notify(client, tid="T-3", extra={"refuse": True})
    assert (refused.status_code, json.loads(refused.content)) == (
        400,
        {"code": 40401, "message": "unknown product"},
    )
    malformed = client.post(
        "/stove/payment", data=b"{}", content_type="application/json", headers={"caller-id": "x"}
    )
    assert (malformed.status_code, json.loads(malformed.content)["code"]) == (400, 40000)
    other = client.get("/stove/payment")
    assert (other.status_code, other["Allow"]) == (405, "POST")
    assert delivered == []


def test_a_view_without_allowed_networks_is_improperly_configured(client: Client) -> None:
    with pytest.raises(ImproperlyConfigured, match="allowed_networks"):
        notify(client, url="/unset/payment", tid="T-4")


def test_a_view_without_a_service_id_is_improperly_configured(client: Client) -> None:
    with (
        override_settings(GAMEPLATFORM={"FARGAMES": {}}),
        pytest.raises(ImproperlyConfigured, match="service_id"),
    ):
        notify(client, tid="T-5")


@pytest.mark.parametrize("backend", ["db", "redis"])
def test_workers_sharing_a_cache_deliver_a_repeat_once(request: pytest.FixtureRequest, backend: str) -> None:
    """Two processes are two clients with separate view instances; only the cache is shared."""
    if backend == "db":
        request.getfixturevalue("cache_table")
        shared = cache_settings("django.core.cache.backends.db.DatabaseCache", "gameplatform_cache")
    else:
        shared = cache_settings(
            "django.core.cache.backends.redis.RedisCache", request.getfixturevalue("redis_url")
        )
    caches = {"default": cache_settings("django.core.cache.backends.locmem.LocMemCache"), "shared": shared}
    with override_settings(CACHES=caches, GAMEPLATFORM={"STOVE": STOVE, "CACHE_ALIAS": "shared"}):
        tid = f"T-{backend}-{uuid.uuid4().hex[:8]}"
        first, second = notify(Client(), tid=tid), notify(Client(), tid=tid)
        assert first.status_code == second.status_code == 200
        assert first.content == second.content
        assert delivered == [tid]
