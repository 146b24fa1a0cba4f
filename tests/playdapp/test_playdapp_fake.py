"""PlaydappFake on its own: it must check requests the way Playdapp does, or client tests prove nothing."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
import requests

from gameplatform.playdapp import PlaydappAuth, canonical_json, sign
from gameplatform.testing import FakeResponse, Fault
from gameplatform.testing.playdapp import PlaydappFake

# The vendor's two documented examples, signed by its JavaScript reference on the npm
# packages it names (shared vectors ``doc_post_items`` and ``doc_get_items``).
VECTOR_SECRET = "test-secret-Ab9"
VECTOR_TIMESTAMP = 1663817250538
VECTOR_POST_BODY = (
    '{"userId": "123", "serviceContractId": 1, "itemCode": "1111", "itemId": "11", "itemAttributes": '
    '[{"trait_type": "Base", "value": "Starfish"}, {"trait_type": "Eyes", "value": "Big"}]}'
)
VECTOR_POST_SIGNATURE = (
    "kVUpVJdFtK9YOD9KHiOXJ8x3kdMlvSRyLU0olvYPFdi/m6KMr1hVAMwc/duyr85rmq1thI7RqEnoxOgPA3GwSQ=="
)
VECTOR_GET_SIGNATURE = (
    "FaejVOLSm5lqH3wd45C4ZFIlbMZ8AigFWvlB+l0kkP1hNaYpch3vktVCbsyIErbxqPkJfzqxgkyG0t4XRCeA5g=="
)


class ManualClock:
    def __init__(self, now: float = 1_700_000_000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock()


@pytest.fixture
def fake(clock: ManualClock) -> Iterator[PlaydappFake]:
    with PlaydappFake(clock=clock) as server:
        yield server


def signed_headers(
    fake: PlaydappFake,
    method: str,
    path: str,
    body: Any,
    *,
    nonce: str,
    timestamp: int,
    secret: str | None = None,
) -> dict[str, str]:
    return {
        "svc-api-key": fake.api_key,
        "timestamp": str(timestamp),
        "nonce": nonce,
        "signature": sign(secret or fake.api_secret, method, path, timestamp, nonce, body),
    }


def send(
    fake: PlaydappFake,
    method: str,
    path: str,
    body: Any = None,
    *,
    nonce: str = "Nonce001",
    timestamp: int | None = None,
    headers: dict[str, str] | None = None,
    raw_body: bytes | None = None,
) -> requests.Response:
    """One request, signed like the platform expects unless ``headers`` replaces that."""
    when = timestamp if timestamp is not None else round(fake._clock() * 1000)
    data = raw_body if raw_body is not None else (canonical_json(body).encode() if body is not None else None)
    all_headers = (
        headers
        if headers is not None
        else signed_headers(fake, method, path, body, nonce=nonce, timestamp=when)
    )
    if data is not None:
        all_headers = {**all_headers, "Content-Type": "application/json"}
    return requests.request(method, fake.url + path, data=data, headers=all_headers, timeout=5)


def failure(response: requests.Response) -> tuple[int, str]:
    payload = response.json()
    assert payload["result"] is False
    assert payload["data"] is None
    return response.status_code, payload["errorMessage"]


# -- signature checks ---------------------------------------------------------------------


def test_accepts_the_vendors_documented_examples() -> None:
    clock = ManualClock(VECTOR_TIMESTAMP / 1000)
    with PlaydappFake(api_secret=VECTOR_SECRET, clock=clock) as fake:
        posted = requests.post(
            fake.url + "/v1/items",
            data=VECTOR_POST_BODY.encode(),  # not canonical: the platform re-canonicalises what it parses
            headers={
                "svc-api-key": fake.api_key,
                "timestamp": str(VECTOR_TIMESTAMP),
                "nonce": "bsD3E7ge",
                "signature": VECTOR_POST_SIGNATURE,
                "Content-Type": "application/json",
            },
            timeout=5,
        )
        assert posted.json()["result"] is True, posted.text
        listed = requests.get(
            fake.url + "/v1/items?status=burned&offset=0&limit=20",
            headers={
                "svc-api-key": fake.api_key,
                "timestamp": str(VECTOR_TIMESTAMP),
                "nonce": "baD3N73B",
                "signature": VECTOR_GET_SIGNATURE,
            },
            timeout=5,
        )
        assert listed.json() == {"result": True, "data": {"total": 0, "list": [], "offset": 0, "limit": 20}}


def test_the_query_is_verified_as_received_in_any_order(fake: PlaydappFake) -> None:
    path = "/v1/nfts?limit=5&offset=0&walletAddress=0xAbC"
    response = send(fake, "GET", path)
    assert response.json()["data"]["limit"] == 5


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"svc-api-key": "other"}, "Invalid svc-api-key"),
        ({"svc-api-key": None}, "Invalid svc-api-key"),
        ({"timestamp": "soon"}, "Invalid timestamp"),
        ({"nonce": "short"}, "Invalid nonce"),
        ({"nonce": "abcd-123"}, "Invalid nonce"),
        ({"signature": "AAAA"}, "Invalid signature"),
        ({"signature": None}, "Invalid signature"),
    ],
)
def test_refuses_bad_authentication_headers(
    fake: PlaydappFake, change: dict[str, str | None], message: str
) -> None:
    timestamp = round(fake._clock() * 1000)
    headers = signed_headers(fake, "GET", "/v1/items", None, nonce="Nonce001", timestamp=timestamp)
    for name, value in change.items():
        if value is None:
            del headers[name]
        else:
            headers[name] = value
    assert failure(send(fake, "GET", "/v1/items", headers=headers)) == (401, message)


def test_a_body_changed_after_signing_is_refused(fake: PlaydappFake) -> None:
    body = {"userId": "u", "amount": 1}
    timestamp = round(fake._clock() * 1000)
    headers = signed_headers(fake, "POST", "/v1/reward", body, nonce="Nonce001", timestamp=timestamp)
    tampered = json.dumps({"userId": "u", "amount": 100}).encode()
    assert failure(send(fake, "POST", "/v1/reward", headers=headers, raw_body=tampered)) == (
        401,
        "Invalid signature",
    )
    assert fake.rewards == []


def test_a_signature_with_the_query_left_out_is_refused(fake: PlaydappFake) -> None:
    timestamp = round(fake._clock() * 1000)
    headers = signed_headers(fake, "GET", "/v1/items", None, nonce="Nonce001", timestamp=timestamp)
    assert failure(send(fake, "GET", "/v1/items?status=burned", headers=headers)) == (
        401,
        "Invalid signature",
    )


@pytest.mark.parametrize("skew", [-61.0, 61.0])
def test_refuses_stale_or_future_timestamps(fake: PlaydappFake, skew: float) -> None:
    timestamp = round((fake._clock() + skew) * 1000)
    assert failure(send(fake, "GET", "/v1/items", timestamp=timestamp)) == (401, "Request timestamp expired")


def test_the_timestamp_window_is_configurable(clock: ManualClock) -> None:
    with PlaydappFake(clock=clock, timestamp_tolerance=300) as fake:
        assert (
            send(fake, "GET", "/v1/items", timestamp=round((clock() - 120) * 1000)).json()["result"] is True
        )


# -- nonces -------------------------------------------------------------------------------


def test_a_nonce_is_refused_within_20_s_of_a_successful_request(
    fake: PlaydappFake, clock: ManualClock
) -> None:
    assert send(fake, "GET", "/v1/items", nonce="Repeat01").json()["result"] is True
    clock.advance(19.9)
    assert failure(send(fake, "GET", "/v1/nfts", nonce="Repeat01")) == (409, "Nonce already used")
    clock.advance(0.2)
    assert send(fake, "GET", "/v1/nfts", nonce="Repeat01").json()["result"] is True


def test_a_nonce_of_a_failed_request_may_be_used_again(fake: PlaydappFake) -> None:
    assert failure(send(fake, "GET", "/v1/nfts/5", nonce="Again001"))[0] == 404
    assert send(fake, "GET", "/v1/items", nonce="Again001").json()["result"] is True


def test_forget_nonces(fake: PlaydappFake) -> None:
    send(fake, "GET", "/v1/items", nonce="Forget01")
    fake.forget_nonces()
    assert send(fake, "GET", "/v1/items", nonce="Forget01").json()["result"] is True


# -- state --------------------------------------------------------------------------------


def test_items_move_through_their_statuses(fake: PlaydappFake) -> None:
    item = {"userId": "u", "serviceContractId": 1, "itemCode": "c", "itemId": "1", "itemAttributes": []}
    assert send(fake, "POST", "/v1/items", item, nonce="Map00001").json()["data"]["status"] == "mapped"
    assert failure(send(fake, "POST", "/v1/items", item, nonce="Map00002")) == (200, "Item is already mapped")
    key = {"serviceContractId": 1, "itemCode": "c", "itemId": "1"}
    assert failure(send(fake, "DELETE", "/v1/items", {**key, "userId": "u"}, nonce="Unmap001")) == (
        200,
        "Item is not burned",
    )
    fake.set_item_status(service_contract_id=1, item_code="c", item_id="1", status="burned")
    assert failure(send(fake, "DELETE", "/v1/items", {**key, "userId": "other"}, nonce="Unmap002"))[0] == 400
    unmapped = send(fake, "DELETE", "/v1/items", {**key, "userId": "u"}, nonce="Unmap003").json()
    assert unmapped["data"]["status"] == "item"
    with pytest.raises(KeyError):
        fake.set_item_status(service_contract_id=1, item_code="c", item_id="2", status="nft")


@pytest.mark.parametrize(
    ("method", "path", "body"),
    [
        ("POST", "/v1/items", {"userId": "u", "serviceContractId": "1", "itemCode": "c", "itemId": "1"}),
        ("POST", "/v1/items", {"userId": "u", "serviceContractId": 1, "itemCode": "c", "itemId": "1"}),
        (
            "POST",
            "/v1/nfts",
            {"walletAddress": "0x12", "serviceContractId": 1, "metadata": {"attributes": []}},
        ),
        ("POST", "/v1/nfts", {"walletAddress": "0x" + "a" * 40, "serviceContractId": 1}),
        ("POST", "/v1/reward", {"userId": "u", "amount": 0}),
        ("POST", "/v1/reward", {"userId": "u", "amount": True}),
        ("GET", "/v1/items?limit=0", None),
        ("GET", "/v1/items?offset=-1", None),
        ("GET", "/v1/nfts?limit=0", None),
        ("GET", "/v1/nfts?limit=9007199254740992", None),
        ("GET", "/v1/nfts?offset=-1", None),
        ("GET", "/v1/nfts?limit=1e3", None),
        ("GET", "/v1/staking", None),
        ("GET", "/v1/nfts/abc", None),
        ("POST", "/v1/items", [1, 2]),
    ],
)
def test_refuses_malformed_input_with_400(fake: PlaydappFake, method: str, path: str, body: Any) -> None:
    assert failure(send(fake, method, path, body))[0] == 400


def test_staking_allows_at_most_300_user_ids(fake: PlaydappFake) -> None:
    fake.set_staking(user_id="7", wallet_address="0xabc", staking=[{"contractAddress": "0xdef"}])
    ok = "/v1/staking?" + "&".join(f"userIds={n}" for n in range(300))
    data = send(fake, "GET", ok, nonce="Stake001").json()["data"]
    assert data["total"] == 1
    assert data["list"] == [
        {"walletAddress": "0xabc", "userId": "7", "staking": [{"contractAddress": "0xdef"}]}
    ]
    too_many = "/v1/staking?" + "&".join(f"userIds={n}" for n in range(301))
    assert failure(send(fake, "GET", too_many, nonce="Stake002"))[0] == 400


def test_browser_tokens(fake: PlaydappFake) -> None:
    headers = {"sis-api-key": fake.sis_api_key, "Content-Type": "application/json"}
    response = requests.post(
        fake.url + "/v1/browser/token", json={"partnerUserId": "p"}, headers=headers, timeout=5
    )
    token = response.json()["data"]["oneTimeToken"]
    assert fake.browser_tokens_issued == 1
    assert fake.redeem_browser_token(token) == "p"
    with pytest.raises(KeyError):
        fake.redeem_browser_token(token)
    with pytest.raises(KeyError):
        fake.redeem_browser_token("never-issued")
    refused = requests.post(fake.url + "/v1/browser/token", json={"partnerUserId": "p"}, timeout=5)
    assert failure(refused) == (401, "Invalid sis-api-key")
    empty = requests.post(fake.url + "/v1/browser/token", json={}, headers=headers, timeout=5)
    assert failure(empty)[0] == 400


def test_unknown_routes_are_404(fake: PlaydappFake) -> None:
    assert failure(send(fake, "GET", "/v1/unknown"))[0] == 404
    assert failure(send(fake, "PUT", "/v1/items", {}))[0] == 404


# -- test controls ------------------------------------------------------------------------


def test_fail_next_matches_an_operation_and_counts_down(fake: PlaydappFake) -> None:
    fake.fail_next(500, operation="list_nfts", message="boom", times=2)
    assert send(fake, "GET", "/v1/items", nonce="Ctrl0001").json()["result"] is True
    assert failure(send(fake, "GET", "/v1/nfts", nonce="Ctrl0002")) == (500, "boom")
    assert failure(send(fake, "GET", "/v1/nfts", nonce="Ctrl0003")) == (500, "boom")
    assert send(fake, "GET", "/v1/nfts", nonce="Ctrl0004").json()["result"] is True
    with pytest.raises(ValueError):
        fake.fail_next(times=0)
    with pytest.raises(ValueError, match="HTTP status"):
        fake.fail_next(40101)


def test_fail_next_keeps_the_older_option_names(fake: PlaydappFake) -> None:
    with pytest.deprecated_call():
        fake.fail_next(operation="list_nfts", http_status=503, error_message="down")
    assert failure(send(fake, "GET", "/v1/nfts", nonce="Ctrl0009")) == (503, "down")


def test_a_failed_request_leaves_no_trace_in_the_state(fake: PlaydappFake) -> None:
    fake.fail_next()
    failure(send(fake, "POST", "/v1/reward", {"userId": "u", "amount": 1}, nonce="Ctrl0005"))
    assert fake.rewards == []
    assert send(fake, "POST", "/v1/reward", {"userId": "u", "amount": 1}, nonce="Ctrl0005").json()["result"]


def test_injected_transport_faults_come_from_the_base(fake: PlaydappFake) -> None:
    fake.inject(Fault("respond", FakeResponse(502, b"<html>bad gateway</html>")))
    response = send(fake, "GET", "/v1/items")
    assert (response.status_code, response.text) == (502, "<html>bad gateway</html>")


def test_the_fake_accepts_what_the_auth_object_signs(fake: PlaydappFake) -> None:
    auth = PlaydappAuth(api_key=fake.api_key, api_secret=fake.api_secret, clock=fake._clock)
    response = requests.post(
        fake.url + "/v1/nfts",
        json={
            "walletAddress": "0x" + "b" * 40,
            "serviceContractId": 3,
            "metadata": {"attributes": [], "name": "é"},
        },
        auth=auth,
        timeout=5,
    )
    assert response.json()["data"]["nftId"] == 1
    assert fake.nfts[0]["metadata"] == {"name": "é", "attributes": []}


def test_client_settings_point_both_hosts_at_the_fake(fake: PlaydappFake) -> None:
    settings = fake.client_settings()
    assert settings["base_url"] == settings["shop_in_shop_base_url"] == fake.url
    assert {"api_key", "api_secret", "sis_api_key"} <= set(settings)
