"""Playdapp: every endpoint against the local fake (which verifies each signature), then typed failures."""

from __future__ import annotations

from gameplatform import AuthenticationError, NotFoundError, TransportError, ValidationError
from gameplatform.playdapp import PlaydappClient, PlaydappError
from gameplatform.testing import Fault
from gameplatform.testing.playdapp import PlaydappFake

WALLET = "0x9cea32b0aab7B0fE34d1B8a9C27f1f6d7a8E2b41"
CONTRACT = 1


class DemoClock:
    """Unix seconds that the demo moves by hand, shared by the fake and the client."""

    def __init__(self) -> None:
        self.now = 1_700_000_000.0

    def __call__(self) -> float:
        return self.now


def run() -> None:
    clock = DemoClock()
    with PlaydappFake(clock=clock) as fake, PlaydappClient(**fake.client_settings(), clock=clock) as client:
        print(f"fake Playdapp (both hosts) at {fake.url}; client {client!r}")

        # Item Manager: map, list, the user mints and burns in the browser, un-map.
        for item_id in ("11", "12", "13"):
            client.map_item(
                user_id="user-1",
                service_contract_id=CONTRACT,
                item_code="1111",
                item_id=item_id,
                item_attributes=[
                    {"trait_type": "Base", "value": "Starfish"},
                    {"trait_type": "Eyes", "value": "Big"},
                ],
            )
        page = client.list_items(offset=0, limit=2)
        first_page = [i.item_id for i in page.list or []]
        print(f"map_item x3; list_items(limit=2): total={page.total}, first page {first_page}")
        print(f"iter_items(page_size=2): {[i.item_id for i in client.iter_items(page_size=2)]}")
        fake.set_item_status(service_contract_id=CONTRACT, item_code="1111", item_id="12", status="burned")
        burned = [i.item_id for i in client.iter_items(status="burned")]
        unmapped = client.unmap_item(
            user_id="user-1", service_contract_id=CONTRACT, item_code="1111", item_id="12"
        )
        print(f"burned items {burned}; unmap_item(12) -> status {unmapped.status}")

        # Basic: mint, list, get.
        nft = client.create_nft(
            wallet_address=WALLET,
            service_contract_id=CONTRACT,
            name="Starfish",
            attributes=[{"trait_type": "Level", "value": 3, "display_type": "number"}],
        )
        assert nft.nft_id is not None
        fetched = client.get_nft(nft_id=nft.nft_id)
        listed = client.list_nfts(wallet_address=WALLET)
        name = fetched.metadata.name if fetched.metadata else None
        print(f"create_nft -> nftId={nft.nft_id}; get_nft name={name!r}; list_nfts total={listed.total}")
        print(
            f"list_nfts() pages as documented: offset={listed.offset} limit={listed.limit} "
            f"(the vendor's defaults 0 and 100, sent explicitly)"
        )
        try:
            client.list_nfts(limit=0)
        except ValidationError as exc:
            print(f"list_nfts(limit=0) -> ValidationError({exc.field}: {exc.reason}), nothing sent")

        # P2E: staking and a reward.
        fake.set_staking(
            user_id="111", wallet_address=WALLET, staking=[{"contractAddress": "0xeD35", "tokenId": "7"}]
        )
        staking = client.get_staking(user_ids=["111", "222"])
        print(
            f"get_staking(2 users): total={staking.total}, "
            f"user 111 stakes {len((staking.list or [])[0].staking or [])} NFT(s)"
        )
        reward = client.reward(user_id="111", amount=25)
        print(f"reward -> {reward.additional_properties}")

        # Shop-in-Shop: a single-use browser token (never printed: it is a secret).
        token = client.get_browser_token(partner_user_id="user-1")
        partner = fake.redeem_browser_token(token.one_time_token or "")
        try:
            fake.redeem_browser_token(token.one_time_token or "")
            reused = "accepted (wrong!)"
        except KeyError:
            reused = "refused"
        print(f"get_browser_token -> {token!r}; opened for {partner!r}; second use {reused}")

        # Failures, each a typed error.
        try:
            client.map_item(
                user_id="user-1",
                service_contract_id=CONTRACT,
                item_code="1111",
                item_id="11",
                item_attributes=[],
            )
        except PlaydappError as exc:
            print(
                f"map an already mapped item -> {type(exc).__name__} (HTTP {exc.http_status}, result false): "
                f"{exc.message}"
            )
        try:
            client.get_nft(nft_id=999)
        except NotFoundError as exc:
            print(f"get_nft(999) -> {type(exc).__name__}: {exc.message}")
        try:
            client.get_staking(user_ids=[str(n) for n in range(301)])
        except ValidationError as exc:
            print(f"get_staking(301 ids) -> ValidationError before any request: {exc}")
        fake.inject(Fault("reset", path="/v1/reward", after_handling=True))
        sent_before = len(fake.requests_to("/v1/reward"))
        try:
            client.reward(user_id="111", amount=5)
        except TransportError:
            attempts = len(fake.requests_to("/v1/reward")) - sent_before
            print(
                f"reward, connection reset after it was paid -> TransportError after {attempts} attempt "
                f"(never retried; {len(fake.rewards)} rewards recorded)"
            )
        clock.now += 120
        with PlaydappClient(**fake.client_settings(), clock=lambda: clock.now - 120) as late:
            try:
                late.list_items()
            except AuthenticationError as exc:
                print(f"client clock 2 min behind -> {type(exc).__name__}: {exc.message}")
        print(f"requests served: {len(fake.requests)}, refused: {len(fake.rejections)}")
