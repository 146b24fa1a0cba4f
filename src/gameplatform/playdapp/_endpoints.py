# Generated from specs/playdapp.yaml by `python -m codegen` (datamodel-code-generator 0.89.0). Do not edit.
"""Operations of the Playdapp Developers V2 server API: one ``Endpoint`` constant per operation of
``specs/playdapp.yaml``.

Clients read method, path, retry safety and models from these constants instead of repeating them.
``ERROR_CODES`` maps every documented error code to its HTTP status and SDK error class.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Final

from gameplatform._endpoint import Endpoint, ErrorCode
from gameplatform.playdapp._models import (
    BrowserTokenEnvelope,
    CreateNftRequest,
    ErrorEnvelope,
    GetBrowserTokenRequest,
    GetNftParams,
    GetStakingParams,
    ItemListEnvelope,
    ListItemsParams,
    ListNftsParams,
    MapItemEnvelope,
    MapItemRequest,
    NftEnvelope,
    NftListEnvelope,
    RewardEnvelope,
    RewardRequest,
    StakingListEnvelope,
    UnmapItemEnvelope,
    UnmapItemRequest,
)

__all__ = [
    "CREATE_NFT",
    "ENDPOINTS",
    "ERROR_CODES",
    "GET_BROWSER_TOKEN",
    "GET_NFT",
    "GET_STAKING",
    "LIST_ITEMS",
    "LIST_NFTS",
    "MAP_ITEM",
    "PLATFORM",
    "REWARD",
    "UNMAP_ITEM",
]

PLATFORM: Final = "playdapp"
"""The platform name errors carry (``APIError.platform``)."""


LIST_ITEMS: Final = Endpoint(
    operation_id="list_items",
    method="GET",
    path="/v1/items",
    host="item_manager",
    idempotent=True,
    request_model=None,
    params_model=ListItemsParams,
    response_model=ItemListEnvelope,
    error_model=ErrorEnvelope,
    result_field="data",
    summary="List items mapped to users (one page).",
)
"""List items mapped to users (one page)."""

MAP_ITEM: Final = Endpoint(
    operation_id="map_item",
    method="POST",
    path="/v1/items",
    host="item_manager",
    idempotent=False,
    request_model=MapItemRequest,
    params_model=None,
    response_model=MapItemEnvelope,
    error_model=ErrorEnvelope,
    result_field="data",
    summary="Map an in-game item to a user so it can be turned into an NFT.",
)
"""Map an in-game item to a user so it can be turned into an NFT."""

UNMAP_ITEM: Final = Endpoint(
    operation_id="unmap_item",
    method="DELETE",
    path="/v1/items",
    host="item_manager",
    idempotent=False,
    request_model=UnmapItemRequest,
    params_model=None,
    response_model=UnmapItemEnvelope,
    error_model=ErrorEnvelope,
    result_field="data",
    summary="Turn a burned NFT back into an in-game item (its status becomes `item`).",
)
"""Turn a burned NFT back into an in-game item (its status becomes `item`)."""

LIST_NFTS: Final = Endpoint(
    operation_id="list_nfts",
    method="GET",
    path="/v1/nfts",
    host="item_manager",
    idempotent=True,
    request_model=None,
    params_model=ListNftsParams,
    response_model=NftListEnvelope,
    error_model=ErrorEnvelope,
    result_field="data",
    summary="List NFTs (one page), optionally of one wallet.",
)
"""List NFTs (one page), optionally of one wallet."""

CREATE_NFT: Final = Endpoint(
    operation_id="create_nft",
    method="POST",
    path="/v1/nfts",
    host="item_manager",
    idempotent=False,
    request_model=CreateNftRequest,
    params_model=None,
    response_model=NftEnvelope,
    error_model=ErrorEnvelope,
    result_field="data",
    summary="Mint an NFT to a user's wallet.",
)
"""Mint an NFT to a user's wallet."""

GET_NFT: Final = Endpoint(
    operation_id="get_nft",
    method="GET",
    path="/v1/nfts/{nftId}",
    host="item_manager",
    idempotent=True,
    request_model=None,
    params_model=GetNftParams,
    response_model=NftEnvelope,
    error_model=ErrorEnvelope,
    result_field="data",
    summary="Get one NFT.",
)
"""Get one NFT."""

GET_STAKING: Final = Endpoint(
    operation_id="get_staking",
    method="GET",
    path="/v1/staking",
    host="item_manager",
    idempotent=True,
    request_model=None,
    params_model=GetStakingParams,
    response_model=StakingListEnvelope,
    error_model=ErrorEnvelope,
    result_field="data",
    summary="Staking information of up to 300 users.",
)
"""Staking information of up to 300 users."""

REWARD: Final = Endpoint(
    operation_id="reward",
    method="POST",
    path="/v1/reward",
    host="item_manager",
    idempotent=False,
    request_model=RewardRequest,
    params_model=None,
    response_model=RewardEnvelope,
    error_model=ErrorEnvelope,
    result_field="data",
    summary="Pay a P2E reward to a user.",
)
"""Pay a P2E reward to a user."""

GET_BROWSER_TOKEN: Final = Endpoint(
    operation_id="get_browser_token",
    method="POST",
    path="/v1/browser/token",
    host="shop_in_shop",
    idempotent=False,
    request_model=GetBrowserTokenRequest,
    params_model=None,
    response_model=BrowserTokenEnvelope,
    error_model=ErrorEnvelope,
    result_field="data",
    summary="Get a one-time token that opens the Item Manager in a browser.",
)
"""Get a one-time token that opens the Item Manager in a browser."""

ENDPOINTS: Final[tuple[Endpoint, ...]] = (
    LIST_ITEMS,
    MAP_ITEM,
    UNMAP_ITEM,
    LIST_NFTS,
    CREATE_NFT,
    GET_NFT,
    GET_STAKING,
    REWARD,
    GET_BROWSER_TOKEN,
)
"""Every operation of the spec, in spec order."""

ERROR_CODES: Final[Mapping[str, ErrorCode]] = MappingProxyType({})
"""Documented error codes, keyed by code, in spec order."""
