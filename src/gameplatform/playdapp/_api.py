# Generated from specs/playdapp.yaml by `python -m codegen` (datamodel-code-generator 0.89.0). Do not edit.
"""Methods of the Playdapp Developers V2 server API, one per operation of ``specs/playdapp.yaml``.

Each is a typed, keyword-only signature whose body hands the operation and its arguments to the
client (``_invoke``); the client class mixes these in.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from typing import Any

from gameplatform._client import API
from gameplatform.playdapp import _operations as _op
from gameplatform.playdapp._models import (
    AttributeInput,
    BrowserToken,
    ItemList,
    MappedItem,
    Nft,
    NftList,
    RewardResult,
    StakingList,
    UnmapItemResult,
)

__all__ = [
    "PlaydappAPI",
]


class PlaydappAPI(API):
    """The Playdapp Developers V2 server API's operations as methods, generated from
    ``specs/playdapp.yaml``. Each builds and checks its request before any I/O and returns the
    result model, or raises a typed error.
    """

    def list_items(
        self, *, status: str | None = None, offset: int | None = None, limit: int | None = None
    ) -> ItemList:
        """List items mapped to users (one page).

        Args:
            status: Only items in this status (`burned`, `item`, …; see ItemStatus).
            offset: How many entries to skip (vendor default 0).
            limit: Page size (vendor default 100 for NFTs; the maximum is not documented).

        Returns:
            ItemList: One page of mapped items.
        """
        return self._invoke(_op.LIST_ITEMS, {"status": status, "offset": offset, "limit": limit})

    def iter_items(self, *, status: str | None = None, page_size: int = 100) -> Iterator[MappedItem]:
        """Every entry list_items lists, all pages walked in turn.

        Args:
            status: Only items in this status (`burned`, `item`, …; see ItemStatus).
            page_size: How many entries each request asks for.

        Returns:
            Iterator[MappedItem]: Every entry of list_items, fetched page_size at a time as the
                iterator advances (arguments are checked before the first request).
        """
        return self._paginate(_op.LIST_ITEMS, {"status": status}, item=MappedItem, page_size=page_size)

    def map_item(
        self,
        *,
        user_id: str,
        service_contract_id: int,
        item_code: str,
        item_id: str,
        item_attributes: Sequence[AttributeInput | Mapping[str, Any]],
    ) -> MappedItem:
        """Map an in-game item to a user so it can be turned into an NFT.

        Not idempotent: mapping seals the item; a repeat after the first took effect is rejected or
        maps twice, so the SDK never retries it once it may have been sent.

        Args:
            user_id: The user id the game server manages.
            service_contract_id: The contract id registered for the service's item transactions.
            item_code: The item's type.
            item_id: The item's id, unique within its itemCode.

        Returns:
            MappedItem: An item mapped to a user, as the platform returns it.
        """
        return self._invoke(
            _op.MAP_ITEM,
            {
                "user_id": user_id,
                "service_contract_id": service_contract_id,
                "item_code": item_code,
                "item_id": item_id,
                "item_attributes": item_attributes,
            },
        )

    def unmap_item(
        self,
        *,
        user_id: str,
        service_contract_id: int,
        item_code: str,
        item_id: str,
        extra_fields: Mapping[str, Any] | None = None,
    ) -> UnmapItemResult:
        """Turn a burned NFT back into an in-game item (its status becomes `item`).

        Not retried automatically: the burned → item transition happens once. If a first attempt
        took effect but its answer was lost, a retry is rejected (the item is no longer burned) and
        the caller would wrongly conclude the un-map failed, and might hand the item back twice or
        not at all. On a TransportError, check with list_items(status="item") before calling again.

        Args:
            extra_fields: Fields to send beyond the documented ones: their JSON names and values
                (a name the method already sends is refused).

        Returns:
            UnmapItemResult: What un-mapping answers; the vendor documents only that the item's
                status becomes `item`.
        """
        return self._invoke(
            _op.UNMAP_ITEM,
            {
                "user_id": user_id,
                "service_contract_id": service_contract_id,
                "item_code": item_code,
                "item_id": item_id,
                "extra_fields": extra_fields,
            },
        )

    def list_nfts(self, *, wallet_address: str | None = None, offset: int = 0, limit: int = 100) -> NftList:
        """List NFTs (one page), optionally of one wallet.

        Args:
            wallet_address: Only NFTs of this wallet (an EVM address, `0x` + 40 hex digits).
            offset: How many NFTs to skip (the vendor's default, 0).
            limit: How many NFTs per page (the vendor's default, 100). The vendor documents no
                maximum; the SDK only keeps it a positive JavaScript-safe integer.

        Returns:
            NftList: One page of NFTs.
        """
        return self._invoke(
            _op.LIST_NFTS, {"wallet_address": wallet_address, "offset": offset, "limit": limit}
        )

    def iter_nfts(self, *, wallet_address: str | None = None, page_size: int = 100) -> Iterator[Nft]:
        """Every entry list_nfts lists, all pages walked in turn.

        Args:
            wallet_address: Only NFTs of this wallet (an EVM address, `0x` + 40 hex digits).
            page_size: How many entries each request asks for.

        Returns:
            Iterator[Nft]: Every entry of list_nfts, fetched page_size at a time as the iterator
                advances (arguments are checked before the first request).
        """
        return self._paginate(
            _op.LIST_NFTS, {"wallet_address": wallet_address}, item=Nft, page_size=page_size
        )

    def create_nft(
        self,
        *,
        wallet_address: str,
        service_contract_id: int,
        attributes: Sequence[AttributeInput | Mapping[str, Any]],
        name: str | None = None,
        image: str | None = None,
        description: str | None = None,
    ) -> Nft:
        """Mint an NFT to a user's wallet.

        Not idempotent (each call mints); never retried once it may have been sent.

        Args:
            wallet_address: The user's wallet address (an EVM address, `0x` + 40 hex digits).
            image: The image URL (https://, ipfs://, …; not checked locally).

        Returns:
            Nft: An NFT as the platform returns it.
        """
        return self._invoke(
            _op.CREATE_NFT,
            {
                "wallet_address": wallet_address,
                "service_contract_id": service_contract_id,
                "name": name,
                "image": image,
                "description": description,
                "attributes": attributes,
            },
        )

    def get_nft(self, *, nft_id: int) -> Nft:
        """Get one NFT.

        Args:
            nft_id: The NFT id the mint answered.

        Returns:
            Nft: An NFT as the platform returns it.
        """
        return self._invoke(_op.GET_NFT, {"nft_id": nft_id})

    def get_staking(self, *, user_ids: Sequence[str]) -> StakingList:
        """Staking information of up to 300 users.

        Args:
            user_ids: User ids the game server manages, sent as `?userIds=1&userIds=2`; at most
                300.

        Returns:
            StakingList: Success envelope; `data` has `total` and `list`.
        """
        return self._invoke(_op.GET_STAKING, {"user_ids": user_ids})

    def reward(
        self, *, user_id: str, amount: float, extra_fields: Mapping[str, Any] | None = None
    ) -> RewardResult:
        """Pay a P2E reward to a user.

        Moves value: never retried once it may have been sent. Served by the Item Manager host, as
        the vendor's reference gives it (`https://{itemManagerHost}/v1/reward`).

        Args:
            extra_fields: Fields to send beyond the documented ones: their JSON names and values
                (a name the method already sends is refused).

        Returns:
            RewardResult: What a reward payment answers; not published, every field is kept as
                an unknown field.
        """
        return self._invoke(_op.REWARD, {"user_id": user_id, "amount": amount, "extra_fields": extra_fields})

    def get_browser_token(self, *, partner_user_id: str) -> BrowserToken:
        """Get a one-time token that opens the Item Manager in a browser.

        Only the `sis-api-key` header, no signature. Each call issues a new single-use token, so it
        is not retried once it may have been sent.

        Args:
            partner_user_id: The user id the partner manages (the logged-in user).

        Returns:
            BrowserToken: A one-time token that opens the Item Manager in a browser. Valid for a
                single use: opening the Item Manager with it again answers 401. A secret: never
                logged.
        """
        return self._invoke(_op.GET_BROWSER_TOKEN, {"partner_user_id": partner_user_id})
