"""PlaydappClient alone, against ``responses``: signing of what is sent, retries, error mapping."""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Callable
from typing import Any

import pytest
import requests
import responses

from gameplatform.errors import (
    APIError,
    AuthenticationError,
    ConfigurationError,
    NotFoundError,
    RateLimitError,
    ServerError,
    TransportError,
    ValidationError,
)
from gameplatform.playdapp import (
    AttributeInput,
    PlaydappAuth,
    PlaydappAuthenticationError,
    PlaydappClient,
    PlaydappError,
    PlaydappNotFound,
    PlaydappRateLimited,
    PlaydappServerError,
    canonical_json,
    sign,
)

ITEM_HOST = "https://im.playdapp.test"
SIS_HOST = "https://sis.playdapp.test"
API_KEY = "svc-key-unit-4711"
API_SECRET = "api-secret-unit-0815-do-not-log"
SIS_API_KEY = "sis-key-unit-1234"
NONCE = re.compile(r"^[A-Za-z0-9]{8}$")


class ManualClock:
    """Unix seconds that move only when told to."""

    def __init__(self, now: float = 1_700_000_000.25) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


def envelope(data: Any) -> dict[str, Any]:
    return {"result": True, "data": data}


def make_client(clock: ManualClock | None = None, **overrides: Any) -> PlaydappClient:
    settings: dict[str, Any] = {
        "base_url": ITEM_HOST,
        "api_key": API_KEY,
        "api_secret": API_SECRET,
        "shop_in_shop_base_url": SIS_HOST,
        "sis_api_key": SIS_API_KEY,
        "clock": clock or ManualClock(),
        "backoff_factor": 0.0,
    }
    settings.update(overrides)
    client = PlaydappClient(**settings)
    client._transport.sleep = lambda seconds: None
    return client


def body_of(request: requests.PreparedRequest) -> bytes:
    assert isinstance(request.body, bytes)
    return request.body


def assert_signed(request: requests.PreparedRequest, *, secret: str = API_SECRET) -> None:
    """The request carries the four headers and a signature ``sign`` reproduces from what was sent."""
    headers = request.headers
    assert headers["svc-api-key"] == API_KEY
    assert NONCE.match(headers["nonce"])
    timestamp = int(headers["timestamp"])
    body = json.loads(request.body) if request.body else None
    expected = sign(secret, request.method or "", request.path_url, timestamp, headers["nonce"], body)
    assert headers["signature"] == expected


MAP_ITEM_ARGS: dict[str, Any] = {
    "user_id": "123",
    "service_contract_id": 1,
    "item_code": "1111",
    "item_id": "11",
    "item_attributes": [
        {"trait_type": "Base", "value": "Starfish"},
        AttributeInput(trait_type="Eyes", value="Big"),
    ],
}


# -- what is sent ------------------------------------------------------------------


@responses.activate
def test_map_item_sends_the_canonical_body_it_signed() -> None:
    responses.post(
        f"{ITEM_HOST}/v1/items", json=envelope({"itemCode": "1111", "itemId": "11", "status": "mapped"})
    )
    clock = ManualClock(1663817250.538)
    with make_client(clock) as client:
        item = client.map_item(**MAP_ITEM_ARGS)
    assert (item.item_code, item.item_id) == ("1111", "11")
    request = responses.calls[0].request
    expected_body = canonical_json(
        {
            "userId": "123",
            "serviceContractId": 1,
            "itemCode": "1111",
            "itemId": "11",
            "itemAttributes": [
                {"trait_type": "Base", "value": "Starfish"},
                {"trait_type": "Eyes", "value": "Big"},
            ],
        }
    )
    assert request.body == expected_body.encode("utf-8")
    assert body_of(request).startswith(b'{"itemAttributes":[{"trait_type":"Base"')
    assert request.headers["Content-Type"] == "application/json"
    assert request.headers["timestamp"] == "1663817250538"
    assert_signed(request)


@responses.activate
def test_non_ascii_body_is_sent_raw_as_utf8_and_signed() -> None:
    responses.post(f"{ITEM_HOST}/v1/nfts", json=envelope({"nftId": 9}))
    with make_client() as client:
        nft = client.create_nft(
            wallet_address="0x" + "ab" * 20,
            service_contract_id=7,
            name="검 ⚔ Épée",
            attributes=[{"trait_type": "level", "value": 2.5, "display_type": "number"}],
        )
    assert nft.nft_id == 9
    request = responses.calls[0].request
    assert "검 ⚔ Épée".encode() in body_of(request)
    assert b'"value":2.5' in body_of(request)
    assert_signed(request)


@responses.activate
def test_query_is_signed_as_sent() -> None:
    responses.get(f"{ITEM_HOST}/v1/items", json=envelope({"total": 0, "list": [], "offset": 0, "limit": 20}))
    with make_client() as client:
        page = client.list_items(status="burned", offset=0, limit=20)
    assert page.total == 0
    request = responses.calls[0].request
    assert request.path_url == "/v1/items?status=burned&offset=0&limit=20"
    assert request.body is None
    assert_signed(request)


@responses.activate
def test_staking_sends_repeated_user_ids() -> None:
    responses.get(f"{ITEM_HOST}/v1/staking", json=envelope({"total": 0, "list": []}))
    with make_client() as client:
        client.get_staking(user_ids=["1", "2", "a b&c=d+é"])
    request = responses.calls[0].request
    assert request.path_url == "/v1/staking?userIds=1&userIds=2&userIds=a+b%26c%3Dd%2B%C3%A9"
    assert_signed(request)


@responses.activate
def test_get_nft_puts_the_id_in_the_path() -> None:
    responses.get(f"{ITEM_HOST}/v1/nfts/42", json=envelope({"nftId": 42, "walletAddress": "0xabc"}))
    with make_client() as client:
        nft = client.get_nft(nft_id=42)
    assert (nft.nft_id, nft.wallet_address) == (42, "0xabc")
    assert_signed(responses.calls[0].request)


@responses.activate
def test_unmap_item_is_a_signed_delete_with_a_body() -> None:
    responses.delete(f"{ITEM_HOST}/v1/items", json=envelope(None))
    with make_client() as client:
        result = client.unmap_item(
            user_id="u1",
            service_contract_id=3,
            item_code="c",
            item_id="i",
            extra_fields={"reason": "re-itemise"},
        )
    assert result.additional_properties == {}
    request = responses.calls[0].request
    assert json.loads(body_of(request)) == {
        "userId": "u1",
        "serviceContractId": 3,
        "itemCode": "c",
        "itemId": "i",
        "reason": "re-itemise",
    }
    assert_signed(request)


@responses.activate
def test_browser_token_carries_only_the_sis_api_key() -> None:
    responses.post(f"{SIS_HOST}/v1/browser/token", json=envelope({"oneTimeToken": "ott-secret-value"}))
    with make_client() as client:
        token = client.get_browser_token(partner_user_id="p-1")
    assert token.one_time_token == "ott-secret-value"
    assert "ott-secret-value" not in repr(token)
    request = responses.calls[0].request
    assert request.headers["sis-api-key"] == SIS_API_KEY
    for header in ("svc-api-key", "signature", "timestamp", "nonce"):
        assert header not in request.headers
    assert json.loads(body_of(request)) == {"partnerUserId": "p-1"}


@responses.activate
def test_reward_keeps_unknown_response_fields() -> None:
    responses.post(f"{ITEM_HOST}/v1/reward", json=envelope({"rewardId": 5, "txHash": "0x1"}))
    with make_client() as client:
        result = client.reward(user_id="u1", amount=12.5)
    assert result.additional_properties == {"rewardId": 5, "txHash": "0x1"}
    assert json.loads(body_of(responses.calls[0].request)) == {"amount": 12.5, "userId": "u1"}
    assert_signed(responses.calls[0].request)


def test_the_auth_object_works_with_plain_requests() -> None:
    """``PlaydappAuth`` re-canonicalises whatever JSON body it is given and signs it."""
    auth = PlaydappAuth(api_key=API_KEY, api_secret=API_SECRET, clock=ManualClock())
    prepared = requests.Request(
        "POST", f"{ITEM_HOST}/v1/items?b=2&a=1", json={"b": 1.0, "A": {"z": 1, "y": [{"d": 1, "c": 2}]}}
    ).prepare()
    auth(prepared)
    assert prepared.body == b'{"A":{"y":[{"c":2,"d":1}],"z":1},"b":1}'
    assert prepared.headers["Content-Length"] == str(len(prepared.body))
    assert_signed(prepared)
    assert API_SECRET not in repr(auth) and API_KEY not in repr(auth)


# -- fresh signatures per attempt, and what is never retried ---------------------


class Ticking(ManualClock):
    """A clock that moves 1.5 s every time it is read, like time passing between attempts."""

    def __call__(self) -> float:
        self.now += 1.5
        return self.now


@responses.activate
def test_each_retry_of_a_read_gets_a_new_nonce_and_timestamp() -> None:
    url = f"{ITEM_HOST}/v1/nfts"
    responses.get(url, status=503)
    responses.get(url, body=requests.exceptions.ReadTimeout("slow"))
    responses.get(url, json=envelope({"total": 1, "list": [{"nftId": 1}], "offset": 0, "limit": 100}))
    with make_client(Ticking()) as client:
        page = client.list_nfts()
    assert [n.nft_id for n in page.list or []] == [1]
    attempts = [call.request for call in responses.calls]
    assert len(attempts) == 3
    assert len({r.headers["nonce"] for r in attempts}) == 3
    assert len({r.headers["timestamp"] for r in attempts}) == 3
    assert len({r.headers["signature"] for r in attempts}) == 3
    for request in attempts:
        assert_signed(request)


ClientCall = Callable[[PlaydappClient], object]

NON_IDEMPOTENT_CALLS: dict[str, tuple[str, str, ClientCall]] = {
    "map_item": ("POST", f"{ITEM_HOST}/v1/items", lambda c: c.map_item(**MAP_ITEM_ARGS)),
    "unmap_item": (
        "DELETE",
        f"{ITEM_HOST}/v1/items",
        lambda c: c.unmap_item(user_id="u", service_contract_id=1, item_code="c", item_id="i"),
    ),
    "create_nft": (
        "POST",
        f"{ITEM_HOST}/v1/nfts",
        lambda c: c.create_nft(wallet_address="0x" + "1" * 40, service_contract_id=1, attributes=[]),
    ),
    "reward": ("POST", f"{ITEM_HOST}/v1/reward", lambda c: c.reward(user_id="u", amount=1)),
    "get_browser_token": (
        "POST",
        f"{SIS_HOST}/v1/browser/token",
        lambda c: c.get_browser_token(partner_user_id="p"),
    ),
}

FAILURES: dict[str, tuple[Any, type[Exception]]] = {
    "read_timeout": (requests.exceptions.ReadTimeout("slow"), TransportError),
    "reset": (requests.exceptions.ConnectionError("connection reset by peer"), TransportError),
    "http_503": (503, PlaydappServerError),
}


@pytest.mark.parametrize("operation", sorted(NON_IDEMPOTENT_CALLS))
@pytest.mark.parametrize("failure", sorted(FAILURES))
def test_non_idempotent_calls_are_never_retried_once_sent(operation: str, failure: str) -> None:
    method, url, call = NON_IDEMPOTENT_CALLS[operation]
    outcome, error = FAILURES[failure]
    with responses.RequestsMock() as mock:
        for _ in range(3):
            if isinstance(outcome, int):
                mock.add(method, url, status=outcome, json={"result": False, "errorMessage": "unavailable"})
            else:
                mock.add(method, url, body=outcome)
        mock.add(method, url, json=envelope({}))
        with make_client(max_retries=3) as client, pytest.raises(error):
            call(client)
        assert len(mock.calls) == 1
        mock.assert_all_requests_are_fired = False


@responses.activate
def test_connect_failures_are_retried_even_for_non_idempotent_calls() -> None:
    """Nothing reached Playdapp, so repeating cannot map twice; the retry is freshly signed."""
    responses.post(f"{ITEM_HOST}/v1/items", body=requests.exceptions.ConnectTimeout("no connection"))
    responses.post(f"{ITEM_HOST}/v1/items", json=envelope({"itemId": "11"}))
    with make_client() as client:
        assert client.map_item(**MAP_ITEM_ARGS).item_id == "11"
    assert len(responses.calls) == 2
    assert responses.calls[0].request.headers["nonce"] != responses.calls[1].request.headers["nonce"]
    assert_signed(responses.calls[1].request)


@responses.activate
def test_retries_are_bounded_for_reads() -> None:
    responses.get(f"{ITEM_HOST}/v1/items", status=502)
    with make_client(max_retries=2) as client, pytest.raises(PlaydappServerError) as caught:
        client.list_items()
    assert len(responses.calls) == 3
    assert caught.value.http_status == 502


# -- answers and typed errors --------------------------------------------------------


@responses.activate
def test_result_false_with_http_200_is_an_error() -> None:
    responses.post(
        f"{ITEM_HOST}/v1/items",
        json={"result": False, "data": None, "errorMessage": "Item is already mapped"},
    )
    with make_client() as client, pytest.raises(PlaydappError) as caught:
        client.map_item(**MAP_ITEM_ARGS)
    error = caught.value
    assert type(error) is PlaydappError
    assert isinstance(error, APIError)
    assert (error.platform, error.http_status, error.message) == ("playdapp", 200, "Item is already mapped")
    assert error.body == {"result": False, "data": None, "errorMessage": "Item is already mapped"}


@pytest.mark.parametrize(
    ("status", "expected", "generic"),
    [
        (400, PlaydappError, APIError),
        (401, PlaydappAuthenticationError, AuthenticationError),
        (404, PlaydappNotFound, NotFoundError),
        (500, PlaydappServerError, ServerError),
    ],
)
def test_http_statuses_map_to_typed_errors(
    status: int, expected: type[Exception], generic: type[Exception]
) -> None:
    with responses.RequestsMock() as mock:
        mock.get(f"{ITEM_HOST}/v1/nfts/7", status=status, json={"result": False, "errorMessage": "nope"})
        with make_client(max_retries=0) as client, pytest.raises(expected) as caught:
            client.get_nft(nft_id=7)
    assert isinstance(caught.value, generic)
    assert isinstance(caught.value, PlaydappError)
    assert (caught.value.http_status, caught.value.message) == (status, "nope")


@responses.activate
def test_rate_limit_carries_retry_after() -> None:
    responses.post(f"{ITEM_HOST}/v1/reward", status=429, headers={"Retry-After": "7"}, json={"result": False})
    with make_client() as client, pytest.raises(PlaydappRateLimited) as caught:
        client.reward(user_id="u", amount=1)
    assert isinstance(caught.value, RateLimitError)
    assert caught.value.retry_after == 7.0
    assert caught.value.message.startswith("HTTP 429")


@responses.activate
def test_an_html_error_page_is_a_typed_error() -> None:
    responses.post(f"{ITEM_HOST}/v1/nfts", status=502, body="<html>Bad Gateway</html>")
    with make_client() as client, pytest.raises(PlaydappServerError) as caught:
        client.create_nft(wallet_address="0x" + "1" * 40, service_contract_id=1, attributes=[])
    assert caught.value.body == "<html>Bad Gateway</html>"


@pytest.mark.parametrize(
    "payload",
    [
        "not json",
        json.dumps({"data": {"nftId": 1}}),
        json.dumps({"result": True, "data": "oops"}),
        json.dumps({"result": True, "data": {"nftId": "not-a-number"}}),
    ],
)
def test_unexpected_success_shapes_are_api_errors(payload: str) -> None:
    with responses.RequestsMock() as mock:
        mock.get(f"{ITEM_HOST}/v1/nfts/1", body=payload, content_type="application/json")
        with make_client() as client, pytest.raises(PlaydappError) as caught:
            client.get_nft(nft_id=1)
    assert caught.value.http_status == 200
    assert re.match(r"(malformed|unexpected) get_nft answer", caught.value.message)


@responses.activate
def test_a_browser_token_answer_without_a_token_is_an_error() -> None:
    responses.post(f"{SIS_HOST}/v1/browser/token", json=envelope({}))
    with make_client() as client, pytest.raises(PlaydappError, match="oneTimeToken"):
        client.get_browser_token(partner_user_id="p")


@responses.activate
def test_a_malformed_browser_token_answer_does_not_leak_the_token() -> None:
    responses.post(f"{SIS_HOST}/v1/browser/token", json={"result": True, "data": ["ott-leaky-secret"]})
    with make_client() as client, pytest.raises(PlaydappError) as caught:
        client.get_browser_token(partner_user_id="p")
    assert caught.value.body is None
    assert "ott-leaky-secret" not in str(caught.value) + repr(caught.value)


def test_many_calls_never_repeat_a_nonce() -> None:
    with responses.RequestsMock() as mock, make_client() as client:
        mock.get(f"{ITEM_HOST}/v1/nfts/1", json=envelope({"nftId": 1}))
        for _ in range(3000):
            client.get_nft(nft_id=1)
        nonces = [call.request.headers["nonce"] for call in mock.calls]
    assert len(nonces) == len(set(nonces)) == 3000
    assert all(NONCE.match(nonce) for nonce in nonces)


# -- paging ----------------------------------------------------------------------------


def page(entries: list[dict[str, Any]], total: int | None, offset: int, limit: int) -> dict[str, Any]:
    data: dict[str, Any] = {"list": entries, "offset": offset, "limit": limit}
    if total is not None:
        data["total"] = total
    return envelope(data)


@responses.activate
def test_iter_items_pages_until_total() -> None:
    items = [{"itemId": str(n), "status": "burned"} for n in range(5)]
    for offset in (0, 2, 4):
        responses.get(
            f"{ITEM_HOST}/v1/items",
            json=page(items[offset : offset + 2], 5, offset, 2),
            match=[
                responses.matchers.query_param_matcher(
                    {"status": "burned", "offset": str(offset), "limit": "2"}
                )
            ],
        )
    with make_client() as client:
        seen = [item.item_id for item in client.iter_items(status="burned", page_size=2)]
    assert seen == ["0", "1", "2", "3", "4"]
    assert len(responses.calls) == 3


@responses.activate
def test_iter_nfts_stops_on_an_empty_page_even_if_total_says_more() -> None:
    responses.get(f"{ITEM_HOST}/v1/nfts", json=page([{"nftId": 1}, {"nftId": 2}], 100, 0, 2))
    responses.get(f"{ITEM_HOST}/v1/nfts", json=page([], 100, 2, 2))
    with make_client() as client:
        assert [n.nft_id for n in client.iter_nfts(page_size=2)] == [1, 2]
    assert len(responses.calls) == 2


@responses.activate
def test_iter_nfts_without_total_stops_on_a_short_page() -> None:
    responses.get(f"{ITEM_HOST}/v1/nfts", json=page([{"nftId": 1}, {"nftId": 2}], None, 0, 2))
    responses.get(f"{ITEM_HOST}/v1/nfts", json=page([{"nftId": 3}], None, 2, 2))
    with make_client() as client:
        assert [n.nft_id for n in client.iter_nfts(page_size=2)] == [1, 2, 3]
    assert len(responses.calls) == 2


@responses.activate
def test_iteration_follows_a_platform_that_caps_the_page_size() -> None:
    responses.get(f"{ITEM_HOST}/v1/nfts", json=page([{"nftId": 1}], 2, 0, 1))
    responses.get(
        f"{ITEM_HOST}/v1/nfts",
        json=page([{"nftId": 2}], 2, 1, 1),
        match=[responses.matchers.query_param_matcher({"offset": "1", "limit": "50"})],
    )
    with make_client() as client:
        assert [n.nft_id for n in client.iter_nfts(page_size=50)] == [1, 2]


# -- bad input never reaches the network -------------------------------------------------


BAD_CALLS: dict[str, ClientCall] = {
    "too_many_user_ids": lambda c: c.get_staking(user_ids=[str(n) for n in range(301)]),
    "no_user_ids": lambda c: c.get_staking(user_ids=[]),
    "user_ids_as_a_string": lambda c: c.get_staking(user_ids="12,13"),
    "empty_user_id": lambda c: c.get_staking(user_ids=["1", ""]),
    "unsafe_integer": lambda c: c.map_item(**{**MAP_ITEM_ARGS, "service_contract_id": 2**53}),
    "bool_as_integer": lambda c: c.map_item(**{**MAP_ITEM_ARGS, "service_contract_id": True}),
    "empty_item_id": lambda c: c.map_item(**{**MAP_ITEM_ARGS, "item_id": ""}),
    "attribute_without_value": lambda c: c.map_item(
        **{**MAP_ITEM_ARGS, "item_attributes": [{"trait_type": "x"}]}
    ),
    "attribute_unknown_key": lambda c: c.map_item(
        **{**MAP_ITEM_ARGS, "item_attributes": [{"trait_type": "x", "value": 1, "colour": "red"}]}
    ),
    "attribute_value_object": lambda c: c.map_item(
        **{**MAP_ITEM_ARGS, "item_attributes": [{"trait_type": "x", "value": {"a": 1}}]}
    ),
    "bad_wallet": lambda c: c.create_nft(wallet_address="0x123", service_contract_id=1, attributes=[]),
    "negative_nft_id": lambda c: c.get_nft(nft_id=-1),
    "zero_limit": lambda c: c.list_items(limit=0),
    "zero_page_size": lambda c: c.iter_nfts(page_size=0),
    "negative_amount": lambda c: c.reward(user_id="u", amount=-1),
    "nan_amount": lambda c: c.reward(user_id="u", amount=float("nan")),
    "huge_extra_integer": lambda c: c.reward(user_id="u", amount=1, extra_fields={"ref": 2**60}),
    "extra_repeats_a_field": lambda c: c.reward(user_id="u", amount=1, extra_fields={"userId": "other"}),
    "empty_partner_user_id": lambda c: c.get_browser_token(partner_user_id=""),
}


@pytest.mark.parametrize("case", sorted(BAD_CALLS))
def test_bad_input_never_reaches_the_network(case: str) -> None:
    with responses.RequestsMock(assert_all_requests_are_fired=False) as mock, make_client() as client:
        with pytest.raises(ValidationError):
            BAD_CALLS[case](client)
        assert len(mock.calls) == 0


def test_too_many_user_ids_names_the_limit() -> None:
    with make_client() as client, pytest.raises(ValidationError) as caught:
        client.get_staking(user_ids=["u"] * 301)
    assert caught.value.field == "user_ids"
    assert "300" in caught.value.reason


def test_attribute_errors_name_the_attribute() -> None:
    with make_client() as client, pytest.raises(ValidationError) as caught:
        client.map_item(
            **{**MAP_ITEM_ARGS, "item_attributes": [{"trait_type": "ok", "value": 1}, {"trait_type": ""}]}
        )
    assert caught.value.field.startswith("item_attributes[1]")


# -- settings -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "overrides",
    [
        {"base_url": "http://playdapp.example.com"},
        {"base_url": "ftp://x"},
        {"api_key": ""},
        {"api_secret": ""},
        {"sis_api_key": None},
        {"shop_in_shop_base_url": None},
        {"shop_in_shop_base_url": "http://sis.example.com"},
        {"max_retries": -1},
    ],
)
def test_unusable_settings_are_configuration_errors(overrides: dict[str, Any]) -> None:
    with pytest.raises(ConfigurationError):
        make_client(**overrides)


def test_loopback_http_is_allowed_and_the_shop_in_shop_host_is_optional() -> None:
    client = make_client(base_url="http://127.0.0.1:9", shop_in_shop_base_url=None, sis_api_key=None)
    assert client.base_url == "http://127.0.0.1:9"
    assert client.shop_in_shop_base_url is None
    with pytest.raises(ConfigurationError):
        client.get_browser_token(partner_user_id="p")
    client.close()


def test_a_callers_session_is_used_and_left_open() -> None:
    session = requests.Session()
    with responses.RequestsMock() as mock:
        mock.get(f"{ITEM_HOST}/v1/staking", json=envelope({"total": 0, "list": []}))
        with make_client(session=session) as client:
            client.get_staking(user_ids=["1"])
    assert session.adapters  # still usable: close() left it alone
    session.close()


# -- secrets -----------------------------------------------------------------------------


@responses.activate
def test_no_secret_in_logs_errors_or_reprs(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    responses.post(f"{SIS_HOST}/v1/browser/token", json=envelope({"oneTimeToken": "ott-9f8e7d"}))
    responses.get(
        f"{ITEM_HOST}/v1/items", status=401, json={"result": False, "errorMessage": "Invalid signature"}
    )
    responses.post(f"{ITEM_HOST}/v1/items", json={"result": False, "errorMessage": "Item is already mapped"})
    responses.post(f"{ITEM_HOST}/v1/reward", body=requests.exceptions.ReadTimeout("slow"))
    shown: list[str] = []
    with make_client() as client:
        shown.append(repr(client))
        token = client.get_browser_token(partner_user_id="p")
        shown.append(repr(token))
        for call in (
            lambda: client.list_items(),
            lambda: client.map_item(**MAP_ITEM_ARGS),
            lambda: client.reward(user_id="u", amount=1),
        ):
            with pytest.raises((APIError, TransportError)) as caught:
                call()
            shown += [str(caught.value), repr(caught.value)]
    signatures = [c.request.headers["signature"] for c in responses.calls if "signature" in c.request.headers]
    assert signatures
    text = caplog.text + "\n".join(shown)
    assert caplog.records
    for secret in (API_KEY, API_SECRET, SIS_API_KEY, "ott-9f8e7d", *signatures):
        assert secret not in text


@responses.activate
def test_unmap_answered_204_without_a_body_is_a_success() -> None:
    responses.delete(f"{ITEM_HOST}/v1/items", status=204)
    with make_client() as client:
        result = client.unmap_item(user_id="1", service_contract_id=1, item_code="c", item_id="i")
    assert result.additional_properties == {}
