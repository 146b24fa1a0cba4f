"""List NFTs' paging as the vendor documents it: ``offset`` defaults to 0, ``limit`` to 100."""

from __future__ import annotations

import inspect
from collections.abc import Iterator
from typing import Any

import pytest

from gameplatform.errors import ValidationError
from gameplatform.playdapp import PlaydappClient
from gameplatform.playdapp._operations import LIST_NFTS
from gameplatform.testing.playdapp import PlaydappFake

WALLET = "0x9cea32b0aab7B0fE34d1B8a9C27f1f6d7a8E2b41"


@pytest.fixture
def fake() -> Iterator[PlaydappFake]:
    with PlaydappFake() as server:
        yield server


@pytest.fixture
def client(fake: PlaydappFake) -> Iterator[PlaydappClient]:
    with PlaydappClient(**fake.client_settings(), backoff_factor=0.0) as c:
        yield c


def mint(client: PlaydappClient, count: int) -> None:
    for _ in range(count):
        client.create_nft(wallet_address=WALLET, service_contract_id=1, attributes=[])


def test_the_documented_defaults_are_the_signature_s() -> None:
    parameters = inspect.signature(PlaydappClient.list_nfts).parameters
    assert (parameters["offset"].default, parameters["limit"].default) == (0, 100)


def test_a_plain_call_asks_for_the_first_100(fake: PlaydappFake, client: PlaydappClient) -> None:
    mint(client, 102)
    page = client.list_nfts()
    assert (page.offset, page.limit, page.total, len(page.list or [])) == (0, 100, 102, 100)
    [request] = [r for r in fake.requests if r.method == "GET" and r.path == "/v1/nfts"]
    assert dict(request.query) == {"offset": "0", "limit": "100"}
    rest = client.list_nfts(offset=100)
    assert [n.nft_id for n in rest.list or []] == [101, 102]


def test_the_fake_answers_an_unpaged_request_with_the_vendor_defaults(
    fake: PlaydappFake, client: PlaydappClient
) -> None:
    mint(client, 3)
    # The operation with no paging at all, as another client of the platform would send it.
    page = client._invoke(LIST_NFTS, {"wallet_address": None, "offset": None, "limit": None})
    assert (page.offset, page.limit, page.total) == (0, 100, 3)
    [request] = [r for r in fake.requests if r.method == "GET" and r.path == "/v1/nfts"]
    assert request.raw_query == ""


@pytest.mark.parametrize(
    ("arguments", "field"),
    [
        ({"limit": 0}, "limit"),
        ({"limit": -1}, "limit"),
        ({"limit": 2**53}, "limit"),
        ({"limit": True}, "limit"),
        ({"limit": "100"}, "limit"),
        ({"offset": -1}, "offset"),
        ({"offset": 1.5}, "offset"),
    ],
)
def test_out_of_bounds_paging_is_refused_before_sending(
    fake: PlaydappFake, client: PlaydappClient, arguments: dict[str, Any], field: str
) -> None:
    with pytest.raises(ValidationError) as caught:
        client.list_nfts(**arguments)
    assert caught.value.field == field
    assert fake.requests == []


def test_the_largest_safe_limit_is_sent(fake: PlaydappFake, client: PlaydappClient) -> None:
    assert client.list_nfts(limit=2**53 - 1).limit == 2**53 - 1
