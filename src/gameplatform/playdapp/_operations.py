# Generated from specs/playdapp.yaml by `python -m codegen` (datamodel-code-generator 0.89.0). Do not edit.
"""Operations of the Playdapp Developers V2 server API: one ``Operation`` constant per operation of
``specs/playdapp.yaml``.

Each holds what a call needs beyond its arguments: method, path, host, retry safety, where every
argument goes and how it is encoded, the fields the client fills, the envelope and the result model.
``ERROR_CODES`` and ``STATUS_ERRORS`` say which class each documented failure raises.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Any, Final

from gameplatform._envelope import PlatformErrors
from gameplatform._operation import Argument, Content, Envelope, ErrorCode, Operation, Pagination
from gameplatform._redaction import SecretKeys
from gameplatform.errors import APIError
from gameplatform.playdapp._errors import (
    PlaydappAuthenticationError,
    PlaydappError,
    PlaydappNotFound,
    PlaydappPermissionDenied,
    PlaydappRateLimited,
    PlaydappServerError,
)
from gameplatform.playdapp._models import (
    AttributeInput,
    BrowserToken,
    CreateNftRequest,
    GetBrowserTokenRequest,
    GetNftParams,
    GetStakingParams,
    ItemList,
    ListItemsParams,
    ListNftsParams,
    MapItemRequest,
    MappedItem,
    Nft,
    NftList,
    NftMetadataInput,
    RewardRequest,
    RewardResult,
    StakingList,
    UnmapItemRequest,
    UnmapItemResult,
)

__all__ = [
    "CREATE_NFT",
    "ENVELOPE",
    "ERRORS",
    "ERROR_CODES",
    "GET_BROWSER_TOKEN",
    "GET_NFT",
    "GET_STAKING",
    "LIST_ITEMS",
    "LIST_NFTS",
    "MAP_ITEM",
    "OPERATIONS",
    "PLATFORM",
    "REWARD",
    "SECRET_KEYS",
    "STATUS_ERRORS",
    "UNMAP_ITEM",
]

PLATFORM: Final = "playdapp"
"""The platform name errors carry (``APIError.platform``)."""

ENVELOPE: Final = Envelope(
    success_field="result",
    success_values=(True,),
    message_field="errorMessage",
    request_id_headers=("x-request-id",),
)
"""How the platform wraps its answers (``x-envelope``)."""

LIST_ITEMS: Final[Operation[ItemList]] = Operation(
    operation_id="list_items",
    method="GET",
    path="/v1/items",
    host="item_manager",
    idempotent=True,
    auth="signature",
    result=ItemList,
    result_field="data",
    envelope=ENVELOPE,
    params=ListItemsParams,
    arguments=(
        Argument("status", "params"),
        Argument("offset", "params"),
        Argument("limit", "params"),
    ),
    pagination=Pagination("offset", "limit", "list", "total"),
    summary="List items mapped to users (one page).",
)
"""List items mapped to users (one page)."""

MAP_ITEM: Final[Operation[MappedItem]] = Operation(
    operation_id="map_item",
    method="POST",
    path="/v1/items",
    host="item_manager",
    idempotent=False,
    auth="signature",
    result=MappedItem,
    result_field="data",
    envelope=ENVELOPE,
    body=MapItemRequest,
    arguments=(
        Argument("user_id", "body"),
        Argument("service_contract_id", "body"),
        Argument("item_code", "body"),
        Argument("item_id", "body"),
        Argument("item_attributes", "body", model=AttributeInput, many=True),
    ),
    summary="Map an in-game item to a user so it can be turned into an NFT.",
)
"""Map an in-game item to a user so it can be turned into an NFT."""

UNMAP_ITEM: Final[Operation[UnmapItemResult]] = Operation(
    operation_id="unmap_item",
    method="DELETE",
    path="/v1/items",
    host="item_manager",
    idempotent=False,
    auth="signature",
    result=UnmapItemResult,
    result_field="data",
    envelope=ENVELOPE,
    body=UnmapItemRequest,
    arguments=(
        Argument("user_id", "body"),
        Argument("service_contract_id", "body"),
        Argument("item_code", "body"),
        Argument("item_id", "body"),
        Argument("extra_fields", "body", field="additional_properties"),
    ),
    empty_result=True,
    summary="Turn a burned NFT back into an in-game item (its status becomes `item`).",
)
"""Turn a burned NFT back into an in-game item (its status becomes `item`)."""

LIST_NFTS: Final[Operation[NftList]] = Operation(
    operation_id="list_nfts",
    method="GET",
    path="/v1/nfts",
    host="item_manager",
    idempotent=True,
    auth="signature",
    result=NftList,
    result_field="data",
    envelope=ENVELOPE,
    params=ListNftsParams,
    arguments=(
        Argument("wallet_address", "params"),
        Argument("offset", "params"),
        Argument("limit", "params"),
    ),
    pagination=Pagination("offset", "limit", "list", "total"),
    summary="List NFTs (one page), optionally of one wallet.",
)
"""List NFTs (one page), optionally of one wallet."""

CREATE_NFT: Final[Operation[Nft]] = Operation(
    operation_id="create_nft",
    method="POST",
    path="/v1/nfts",
    host="item_manager",
    idempotent=False,
    auth="signature",
    result=Nft,
    result_field="data",
    envelope=ENVELOPE,
    body=CreateNftRequest,
    arguments=(
        Argument("wallet_address", "body"),
        Argument("service_contract_id", "body"),
        Argument("name", "metadata"),
        Argument("image", "metadata"),
        Argument("description", "metadata"),
        Argument("attributes", "metadata", model=AttributeInput, many=True),
    ),
    contents=(Content("metadata", "metadata", "body", NftMetadataInput),),
    summary="Mint an NFT to a user's wallet.",
)
"""Mint an NFT to a user's wallet."""

GET_NFT: Final[Operation[Nft]] = Operation(
    operation_id="get_nft",
    method="GET",
    path="/v1/nfts/{nftId}",
    host="item_manager",
    idempotent=True,
    auth="signature",
    result=Nft,
    result_field="data",
    envelope=ENVELOPE,
    params=GetNftParams,
    arguments=(Argument("nft_id", "params"),),
    summary="Get one NFT.",
)
"""Get one NFT."""

GET_STAKING: Final[Operation[StakingList]] = Operation(
    operation_id="get_staking",
    method="GET",
    path="/v1/staking",
    host="item_manager",
    idempotent=True,
    auth="signature",
    result=StakingList,
    result_field="data",
    envelope=ENVELOPE,
    params=GetStakingParams,
    arguments=(Argument("user_ids", "params", many=True),),
    summary="Staking information of up to 300 users.",
)
"""Staking information of up to 300 users."""

REWARD: Final[Operation[RewardResult]] = Operation(
    operation_id="reward",
    method="POST",
    path="/v1/reward",
    host="item_manager",
    idempotent=False,
    auth="signature",
    result=RewardResult,
    result_field="data",
    envelope=ENVELOPE,
    body=RewardRequest,
    arguments=(
        Argument("user_id", "body"),
        Argument("amount", "body"),
        Argument("extra_fields", "body", field="additional_properties"),
    ),
    empty_result=True,
    summary="Pay a P2E reward to a user.",
)
"""Pay a P2E reward to a user."""

GET_BROWSER_TOKEN: Final[Operation[BrowserToken]] = Operation(
    operation_id="get_browser_token",
    method="POST",
    path="/v1/browser/token",
    host="shop_in_shop",
    idempotent=False,
    auth="sis-api-key",
    result=BrowserToken,
    result_field="data",
    envelope=ENVELOPE,
    body=GetBrowserTokenRequest,
    arguments=(Argument("partner_user_id", "body"),),
    secret_result=True,
    summary="Get a one-time token that opens the Item Manager in a browser.",
)
"""Get a one-time token that opens the Item Manager in a browser."""

OPERATIONS: Final[tuple[Operation[Any], ...]] = (
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
"""Documented error codes (``x-error-codes``), keyed by code, in spec order."""

STATUS_ERRORS: Final[Mapping[int, type[APIError]]] = MappingProxyType(
    {
        401: PlaydappAuthenticationError,
        403: PlaydappPermissionDenied,
        404: PlaydappNotFound,
        429: PlaydappRateLimited,
        500: PlaydappServerError,
    }
)
"""Classes for HTTP statuses that carry no documented code (``x-http-statuses``; 500 stands for 5xx)."""

SECRET_KEYS: Final = SecretKeys(("oneTimeToken",))
"""Keys whose values are secrets (``x-secret``): never kept in an error's ``body``."""

ERRORS: Final = PlatformErrors(
    platform=PLATFORM, codes=ERROR_CODES, statuses=STATUS_ERRORS, base=PlaydappError, secrets=SECRET_KEYS
)
"""What the platform's failures become: the shared decoder reads this."""
