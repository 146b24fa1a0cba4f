"""PlaydappClient end to end over loopback against PlaydappFake, which checks every signature."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from typing import Any

import pytest

from gameplatform.errors import (
    AuthenticationError,
    NotFoundError,
    TransportError,
    ValidationError,
)
from gameplatform.playdapp import (
    ItemStatus,
    PlaydappAuthenticationError,
    PlaydappClient,
    PlaydappError,
    PlaydappNotFound,
    PlaydappServerError,
)
from gameplatform.testing import FakeResponse, Fault
from gameplatform.testing.playdapp import PlaydappFake

WALLET = "0x9cea32b0aab7B0fE34d1B8a9C27f1f6d7a8E2b41"


class ManualClock:
    """Unix seconds that move only when told to; shared by the client and the fake."""

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


@pytest.fixture
def client(fake: PlaydappFake, clock: ManualClock) -> Iterator[PlaydappClient]:
    with PlaydappClient(**fake.client_settings(), clock=clock, backoff_factor=0.0) as c:
        yield c


def map_args(item_id: str, **overrides: Any) -> dict[str, Any]:
    args: dict[str, Any] = {
        "user_id": "user-1",
        "service_contract_id": 1,
        "item_code": "sword",
        "item_id": item_id,
        "item_attributes": [{"trait_type": "Base", "value": "Steel"}, {"trait_type": "Level", "value": 3}],
    }
    args.update(overrides)
    return args


# -- every endpoint ------------------------------------------------------------------


def test_item_life_cycle(client: PlaydappClient, fake: PlaydappFake) -> None:
    mapped = client.map_item(**map_args("11"))
    assert (mapped.item_id, mapped.status) == ("11", ItemStatus.MAPPED)
    assert mapped.item_attributes is not None
    assert [(a.trait_type, a.value) for a in mapped.item_attributes] == [("Base", "Steel"), ("Level", 3)]

    fake.set_item_status(service_contract_id=1, item_code="sword", item_id="11", status="burned")
    burned = client.list_items(status="burned")
    assert burned.total == 1
    assert [i.item_id for i in burned.list or []] == ["11"]

    result = client.unmap_item(user_id="user-1", service_contract_id=1, item_code="sword", item_id="11")
    assert result.status == ItemStatus.ITEM
    assert fake.items[0]["status"] == "item"
    assert client.list_items(status=ItemStatus.BURNED).total == 0
    # Once back to an item, it can be mapped again.
    assert client.map_item(**map_args("11")).status == "mapped"


def test_nfts(client: PlaydappClient) -> None:
    first = client.create_nft(
        wallet_address=WALLET,
        service_contract_id=2,
        name="Starfish",
        image="ipfs://bafy/1.png",
        description="A shiny one",
        attributes=[{"trait_type": "Eyes", "value": "Big"}],
    )
    second = client.create_nft(wallet_address="0x" + "0" * 40, service_contract_id=2, attributes=[])
    assert first.nft_id is not None and second.nft_id is not None
    assert first.metadata is not None and first.metadata.name == "Starfish"

    fetched = client.get_nft(nft_id=first.nft_id)
    assert (fetched.nft_id, fetched.wallet_address, fetched.service_contract_id) == (first.nft_id, WALLET, 2)
    assert fetched.metadata is not None and fetched.metadata.attributes is not None
    assert fetched.metadata.attributes[0].value == "Big"

    mine = client.list_nfts(wallet_address=WALLET.lower())
    assert [n.nft_id for n in mine.list or []] == [first.nft_id]
    assert client.list_nfts().total == 2

    with pytest.raises(PlaydappNotFound) as caught:
        client.get_nft(nft_id=999)
    assert isinstance(caught.value, NotFoundError)
    assert caught.value.message == "NFT not found"


def test_staking(client: PlaydappClient, fake: PlaydappFake) -> None:
    fake.set_staking(
        user_id="111", wallet_address=WALLET, staking=[{"contractAddress": "0xeD35", "tokenId": "7"}]
    )
    fake.set_staking(user_id="a b&c=d+é", wallet_address=WALLET)
    result = client.get_staking(user_ids=["111", "nobody", "a b&c=d+é"])
    assert result.total == 2
    entries = result.list or []
    assert [e.user_id for e in entries] == ["111", "a b&c=d+é"]
    assert entries[0].staking is not None
    staked = entries[0].staking[0]
    assert staked.contract_address == "0xeD35"
    assert staked.additional_properties == {"tokenId": "7"}


def test_staking_accepts_exactly_300_user_ids(client: PlaydappClient, fake: PlaydappFake) -> None:
    assert client.get_staking(user_ids=[f"u{n}" for n in range(300)]).total == 0
    with pytest.raises(ValidationError):
        client.get_staking(user_ids=[f"u{n}" for n in range(301)])
    assert len(fake.requests_to("/v1/staking")) == 1


def test_reward(client: PlaydappClient, fake: PlaydappFake) -> None:
    result = client.reward(user_id="user-1", amount=12.5, extra_fields={"memo": "weekly"})
    assert result.additional_properties["amount"] == 12.5
    assert fake.rewards == [{"userId": "user-1", "amount": 12.5, "memo": "weekly", "rewardId": 1}]


def test_browser_token_is_single_use(client: PlaydappClient, fake: PlaydappFake) -> None:
    token = client.get_browser_token(partner_user_id="partner-7")
    assert token.one_time_token
    assert token.one_time_token not in repr(token)
    assert fake.redeem_browser_token(token.one_time_token) == "partner-7"
    with pytest.raises(KeyError):
        fake.redeem_browser_token(token.one_time_token)
    assert client.get_browser_token(partner_user_id="partner-7").one_time_token != token.one_time_token


def test_iterators_walk_every_page(client: PlaydappClient, fake: PlaydappFake) -> None:
    for n in range(7):
        client.map_item(**map_args(str(n)))
    before = len(fake.requests_to("/v1/items"))
    assert [i.item_id for i in client.iter_items(page_size=3)] == [str(n) for n in range(7)]
    assert len(fake.requests_to("/v1/items")) - before == 3
    assert list(client.iter_items(status="burned")) == []
    for _ in range(4):
        client.create_nft(wallet_address=WALLET, service_contract_id=1, attributes=[])
    assert len(list(client.iter_nfts(wallet_address=WALLET, page_size=2))) == 4


# -- failures ----------------------------------------------------------------------------


def test_result_false_with_http_200_is_a_playdapp_error(client: PlaydappClient, fake: PlaydappFake) -> None:
    client.map_item(**map_args("11"))
    with pytest.raises(PlaydappError) as caught:
        client.map_item(**map_args("11"))
    assert type(caught.value) is PlaydappError
    assert (caught.value.http_status, caught.value.message) == (200, "Item is already mapped")

    fake.fail_next(operation="list_nfts", message="Maintenance")
    with pytest.raises(PlaydappError) as caught:
        client.list_nfts()
    assert (caught.value.http_status, caught.value.message) == (200, "Maintenance")
    assert client.list_nfts().total == 0


def test_unmapping_an_item_that_is_not_burned_is_refused(client: PlaydappClient) -> None:
    client.map_item(**map_args("11"))
    with pytest.raises(PlaydappError, match="not burned"):
        client.unmap_item(user_id="user-1", service_contract_id=1, item_code="sword", item_id="11")
    with pytest.raises(PlaydappNotFound):
        client.unmap_item(user_id="user-1", service_contract_id=1, item_code="sword", item_id="nope")


def test_wrong_secret_is_an_authentication_error(fake: PlaydappFake, clock: ManualClock) -> None:
    settings = fake.client_settings()
    settings["api_secret"] = "not-the-secret"
    with (
        PlaydappClient(**settings, clock=clock) as client,
        pytest.raises(PlaydappAuthenticationError) as caught,
    ):
        client.list_items()
    assert isinstance(caught.value, AuthenticationError)
    assert caught.value.message == "Invalid signature"
    assert len(fake.requests) == 1


def test_wrong_sis_api_key_is_an_authentication_error(fake: PlaydappFake, clock: ManualClock) -> None:
    settings = fake.client_settings()
    settings["sis_api_key"] = "nope"
    with PlaydappClient(**settings, clock=clock) as client, pytest.raises(PlaydappAuthenticationError):
        client.get_browser_token(partner_user_id="p")


def test_a_client_clock_far_off_is_refused_once(fake: PlaydappFake, clock: ManualClock) -> None:
    behind = ManualClock(clock.now - 120)
    with (
        PlaydappClient(**fake.client_settings(), clock=behind) as client,
        pytest.raises(PlaydappAuthenticationError),
    ):
        client.list_items()
    assert len(fake.requests) == 1
    assert fake.rejections == [("list_items", 401, "Request timestamp expired")]


def test_a_retried_read_is_freshly_signed_and_accepted(client: PlaydappClient, fake: PlaydappFake) -> None:
    fake.inject(
        Fault("respond", FakeResponse(503, b"busy"), path="/v1/nfts"),
        Fault("reset", path="/v1/nfts"),
    )
    assert client.list_nfts().total == 0
    attempts = fake.requests_to("/v1/nfts")
    assert len(attempts) == 3
    assert len({r.header("nonce") for r in attempts}) == 3
    assert fake.rejections == []


def test_a_mapping_whose_answer_is_lost_is_not_repeated(client: PlaydappClient, fake: PlaydappFake) -> None:
    fake.inject(Fault("reset", path="/v1/items", after_handling=True))
    with pytest.raises(TransportError):
        client.map_item(**map_args("11"))
    assert len(fake.requests_to("/v1/items")) == 1
    assert len(fake.items) == 1  # it took effect: a retry would have been refused or mapped twice


def test_a_stalled_reward_is_not_repeated(fake: PlaydappFake, clock: ManualClock) -> None:
    fake.inject(Fault("stall", path="/v1/reward", stall_seconds=5))
    settings = fake.client_settings()
    with (
        PlaydappClient(**settings, clock=clock, timeout=(2.0, 0.2), max_retries=3) as client,
        pytest.raises(TransportError) as caught,
    ):
        client.reward(user_id="u", amount=1)
    assert not caught.value.retryable  # it may have been paid: not safe to send again
    assert len(fake.requests_to("/v1/reward")) == 1


def test_server_errors_on_writes_surface_after_one_attempt(
    client: PlaydappClient, fake: PlaydappFake
) -> None:
    fake.fail_next(503, operation="create_nft", message="Service Unavailable")
    with pytest.raises(PlaydappServerError):
        client.create_nft(wallet_address=WALLET, service_contract_id=1, attributes=[])
    assert len(fake.requests_to("/v1/nfts")) == 1
    assert fake.nfts == []


# -- nonces and bad input --------------------------------------------------------------


def test_the_client_never_replays_a_nonce(
    client: PlaydappClient, fake: PlaydappFake, clock: ManualClock
) -> None:
    """Reads and writes interleaved within one 20 s window: the fake refuses none of them."""
    for n in range(30):
        client.get_staking(user_ids=[str(n)])
        client.reward(user_id=str(n), amount=1)
        clock.advance(0.1)
    nonces = [r.header("nonce") for r in fake.requests]
    assert len(nonces) == len(set(nonces)) == 60
    assert fake.rejections == []


def test_bad_input_never_reaches_the_fake(client: PlaydappClient, fake: PlaydappFake) -> None:
    with pytest.raises(ValidationError):
        client.create_nft(wallet_address="not-a-wallet", service_contract_id=1, attributes=[])
    with pytest.raises(ValidationError):
        client.map_item(**map_args("11", item_attributes=[{"trait_type": "x", "value": float("inf")}]))
    with pytest.raises(ValidationError):
        client.reward(user_id="u", amount=1, extra_fields={"big": 2**64})
    assert fake.requests == []


def test_no_secret_reaches_the_logs(
    client: PlaydappClient, fake: PlaydappFake, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    token = client.get_browser_token(partner_user_id="p")
    client.map_item(**map_args("1"))
    fake.fail_next(401, operation="list_items", message="Invalid signature")
    with pytest.raises(PlaydappAuthenticationError) as caught:
        client.list_items()
    signatures = [r.header("signature") for r in fake.requests if r.header("signature")]
    shown = caplog.text + str(caught.value) + repr(caught.value) + repr(client) + repr(token) + repr(fake)
    assert caplog.records
    for secret in (fake.api_key, fake.api_secret, fake.sis_api_key, token.one_time_token, *signatures):
        assert secret and secret not in shown
