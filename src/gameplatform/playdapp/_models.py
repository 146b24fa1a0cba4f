# Generated from specs/playdapp.yaml by `python -m codegen` (datamodel-code-generator 0.89.0). Do not edit.
"""Models of the Playdapp Developers V2 server API: attrs classes generated from
``specs/playdapp.yaml``.

Request models (bodies and ``*Params``) check their fields when built and raise
``gameplatform.errors.ValidationError``; response models are plain and keep keys they do not name in
``additional_properties``. ``gameplatform._serde`` turns both into JSON and back.
"""

from __future__ import annotations

from builtins import list as list_aliased
from typing import Any

import attrs

from gameplatform import _validation as _v
from gameplatform._enums import OpenStrEnum

__all__ = [
    "Attribute",
    "AttributeInput",
    "BrowserToken",
    "BrowserTokenEnvelope",
    "CreateNftRequest",
    "ErrorEnvelope",
    "GetBrowserTokenRequest",
    "GetNftParams",
    "GetStakingParams",
    "ItemList",
    "ItemListEnvelope",
    "ItemStatus",
    "ListItemsParams",
    "ListNftsParams",
    "MapItemEnvelope",
    "MapItemRequest",
    "MappedItem",
    "Nft",
    "NftEnvelope",
    "NftList",
    "NftListEnvelope",
    "NftMetadata",
    "NftMetadataInput",
    "RewardEnvelope",
    "RewardRequest",
    "RewardResult",
    "StakedNft",
    "StakingList",
    "StakingListEnvelope",
    "UnmapItemEnvelope",
    "UnmapItemRequest",
    "UnmapItemResult",
    "UserStaking",
]


@attrs.define(kw_only=True)
class ErrorEnvelope:
    """A failure: `result` false, no `data` (or null), `errorMessage` says why. A body with `result:
    false` is a failure whatever the HTTP status, 200 included.
    """

    result: bool = attrs.field(metadata={"json": "result"})
    data: Any | None = attrs.field(default=None, metadata={"json": "data"})
    error_message: str | None = attrs.field(default=None, metadata={"json": "errorMessage"})
    additional_properties: dict[str, Any] = attrs.field(
        factory=dict, metadata={"additional_properties": True}
    )
    """Keys the platform sent that this model does not name (kept as decoded JSON)."""


@attrs.define(kw_only=True)
class AttributeInput:
    """One trait of an item or NFT, OpenSea metadata style (`trait_type`, `value`; optionally
    `display_type`, e.g. `number`, `boost_percentage`, `date`).
    """

    trait_type: str = attrs.field(validator=_v.string(min_length=1), metadata={"json": "trait_type"})
    value: str | float = attrs.field(
        validator=_v.any_of(_v.string(), _v.number()), metadata={"json": "value"}
    )
    display_type: str | None = attrs.field(
        default=None, validator=_v.optional(_v.string(min_length=1)), metadata={"json": "display_type"}
    )


@attrs.define(kw_only=True)
class Attribute:
    """One trait of an item or NFT as the platform returns it."""

    trait_type: str | None = attrs.field(default=None, metadata={"json": "trait_type"})
    value: Any | None = attrs.field(default=None, metadata={"json": "value"})
    display_type: str | None = attrs.field(default=None, metadata={"json": "display_type"})
    additional_properties: dict[str, Any] = attrs.field(
        factory=dict, metadata={"additional_properties": True}
    )
    """Keys the platform sent that this model does not name (kept as decoded JSON)."""


class ItemStatus(OpenStrEnum):
    """Where an item is in its life cycle. `item` (after un-mapping) and `burned` (the NFT was burned;
    un-map it to re-itemise) are in the vendor's reference; `mapped` and `nft` are inferred. Unknown
    values are kept as they are.
    """

    MAPPED = "mapped"
    NFT = "nft"
    BURNED = "burned"
    ITEM = "item"


@attrs.define(kw_only=True)
class MapItemRequest:
    """Map an in-game item to a user so the user can turn it into an NFT ("sealing")."""

    user_id: str = attrs.field(validator=_v.string(min_length=1), metadata={"json": "userId"})
    """The user id the game server manages."""
    service_contract_id: int = attrs.field(
        validator=_v.integer(minimum=0, maximum=9007199254740991), metadata={"json": "serviceContractId"}
    )
    """The contract id registered for the service's item transactions."""
    item_code: str = attrs.field(validator=_v.string(min_length=1), metadata={"json": "itemCode"})
    """The item's type."""
    item_id: str = attrs.field(validator=_v.string(min_length=1), metadata={"json": "itemId"})
    """The item's id, unique within its itemCode."""
    item_attributes: list_aliased[AttributeInput] = attrs.field(
        validator=_v.array(_v.model(lambda: AttributeInput)), metadata={"json": "itemAttributes"}
    )


@attrs.define(kw_only=True)
class MappedItem:
    """An item mapped to a user, as the platform returns it."""

    user_id: str | None = attrs.field(default=None, metadata={"json": "userId"})
    service_contract_id: int | None = attrs.field(default=None, metadata={"json": "serviceContractId"})
    item_code: str | None = attrs.field(default=None, metadata={"json": "itemCode"})
    item_id: str | None = attrs.field(default=None, metadata={"json": "itemId"})
    item_attributes: list_aliased[Attribute] | None = attrs.field(
        default=None, metadata={"json": "itemAttributes"}
    )
    status: ItemStatus | None = attrs.field(default=None, metadata={"json": "status"})
    additional_properties: dict[str, Any] = attrs.field(
        factory=dict, metadata={"additional_properties": True}
    )
    """Keys the platform sent that this model does not name (kept as decoded JSON)."""


@attrs.define(kw_only=True)
class ItemList:
    """One page of mapped items."""

    total: int | None = attrs.field(default=None, metadata={"json": "total"})
    list: list_aliased[MappedItem] | None = attrs.field(default=None, metadata={"json": "list"})
    offset: int | None = attrs.field(default=None, metadata={"json": "offset"})
    limit: int | None = attrs.field(default=None, metadata={"json": "limit"})
    additional_properties: dict[str, Any] = attrs.field(
        factory=dict, metadata={"additional_properties": True}
    )
    """Keys the platform sent that this model does not name (kept as decoded JSON)."""


@attrs.define(kw_only=True)
class UnmapItemRequest:
    """Turn a burned NFT back into an in-game item. The vendor does not publish this body; it is
    inferred to identify the item the way mapping does; extra_fields adds fields your Playdapp
    contact names.
    """

    user_id: str = attrs.field(validator=_v.string(min_length=1), metadata={"json": "userId"})
    service_contract_id: int = attrs.field(
        validator=_v.integer(minimum=0, maximum=9007199254740991), metadata={"json": "serviceContractId"}
    )
    item_code: str = attrs.field(validator=_v.string(min_length=1), metadata={"json": "itemCode"})
    item_id: str = attrs.field(validator=_v.string(min_length=1), metadata={"json": "itemId"})
    additional_properties: dict[str, Any] = attrs.field(
        factory=dict, validator=_v.mapping(), metadata={"additional_properties": True}
    )
    """Keys the platform sent that this model does not name (kept as decoded JSON)."""


@attrs.define(kw_only=True)
class UnmapItemResult:
    """What un-mapping answers; the vendor documents only that the item's status becomes `item`."""

    item_code: str | None = attrs.field(default=None, metadata={"json": "itemCode"})
    item_id: str | None = attrs.field(default=None, metadata={"json": "itemId"})
    status: ItemStatus | None = attrs.field(default=None, metadata={"json": "status"})
    additional_properties: dict[str, Any] = attrs.field(
        factory=dict, metadata={"additional_properties": True}
    )
    """Keys the platform sent that this model does not name (kept as decoded JSON)."""


@attrs.define(kw_only=True)
class MapItemEnvelope:
    """Model ``MapItemEnvelope`` of the Playdapp Developers V2 server API."""

    result: bool = attrs.field(metadata={"json": "result"})
    data: MappedItem | None = attrs.field(default=None, metadata={"json": "data"})
    error_message: str | None = attrs.field(default=None, metadata={"json": "errorMessage"})
    additional_properties: dict[str, Any] = attrs.field(
        factory=dict, metadata={"additional_properties": True}
    )
    """Keys the platform sent that this model does not name (kept as decoded JSON)."""


@attrs.define(kw_only=True)
class ItemListEnvelope:
    """Model ``ItemListEnvelope`` of the Playdapp Developers V2 server API."""

    result: bool = attrs.field(metadata={"json": "result"})
    data: ItemList | None = attrs.field(default=None, metadata={"json": "data"})
    error_message: str | None = attrs.field(default=None, metadata={"json": "errorMessage"})
    additional_properties: dict[str, Any] = attrs.field(
        factory=dict, metadata={"additional_properties": True}
    )
    """Keys the platform sent that this model does not name (kept as decoded JSON)."""


@attrs.define(kw_only=True)
class UnmapItemEnvelope:
    """Model ``UnmapItemEnvelope`` of the Playdapp Developers V2 server API."""

    result: bool = attrs.field(metadata={"json": "result"})
    data: UnmapItemResult | None = attrs.field(default=None, metadata={"json": "data"})
    error_message: str | None = attrs.field(default=None, metadata={"json": "errorMessage"})
    additional_properties: dict[str, Any] = attrs.field(
        factory=dict, metadata={"additional_properties": True}
    )
    """Keys the platform sent that this model does not name (kept as decoded JSON)."""


@attrs.define(kw_only=True)
class NftMetadataInput:
    """NFT metadata. `name`, `image` and `description` default to what was registered for the item in
    the Playdapp Developers Console; `attributes` is required.
    """

    attributes: list_aliased[AttributeInput] = attrs.field(
        validator=_v.array(_v.model(lambda: AttributeInput)), metadata={"json": "attributes"}
    )
    name: str | None = attrs.field(
        default=None, validator=_v.optional(_v.string(min_length=1)), metadata={"json": "name"}
    )
    image: str | None = attrs.field(
        default=None, validator=_v.optional(_v.string(min_length=1)), metadata={"json": "image"}
    )
    """The image URL (https://, ipfs://, …; not checked locally)."""
    description: str | None = attrs.field(
        default=None, validator=_v.optional(_v.string()), metadata={"json": "description"}
    )


@attrs.define(kw_only=True)
class CreateNftRequest:
    """Mint an NFT to a user's wallet."""

    wallet_address: str = attrs.field(
        validator=_v.string(pattern="^0x[0-9a-fA-F]{40}$"), metadata={"json": "walletAddress"}
    )
    """The user's wallet address (an EVM address, `0x` + 40 hex digits)."""
    service_contract_id: int = attrs.field(
        validator=_v.integer(minimum=0, maximum=9007199254740991), metadata={"json": "serviceContractId"}
    )
    metadata: NftMetadataInput = attrs.field(
        validator=_v.model(lambda: NftMetadataInput), metadata={"json": "metadata"}
    )


@attrs.define(kw_only=True)
class NftMetadata:
    """Model ``NftMetadata`` of the Playdapp Developers V2 server API."""

    name: str | None = attrs.field(default=None, metadata={"json": "name"})
    image: str | None = attrs.field(default=None, metadata={"json": "image"})
    description: str | None = attrs.field(default=None, metadata={"json": "description"})
    attributes: list_aliased[Attribute] | None = attrs.field(default=None, metadata={"json": "attributes"})
    additional_properties: dict[str, Any] = attrs.field(
        factory=dict, metadata={"additional_properties": True}
    )
    """Keys the platform sent that this model does not name (kept as decoded JSON)."""


@attrs.define(kw_only=True)
class Nft:
    """An NFT as the platform returns it."""

    nft_id: int | None = attrs.field(default=None, metadata={"json": "nftId"})
    wallet_address: str | None = attrs.field(default=None, metadata={"json": "walletAddress"})
    service_contract_id: int | None = attrs.field(default=None, metadata={"json": "serviceContractId"})
    metadata: NftMetadata | None = attrs.field(default=None, metadata={"json": "metadata"})
    additional_properties: dict[str, Any] = attrs.field(
        factory=dict, metadata={"additional_properties": True}
    )
    """Keys the platform sent that this model does not name (kept as decoded JSON)."""


@attrs.define(kw_only=True)
class NftList:
    """One page of NFTs."""

    total: int | None = attrs.field(default=None, metadata={"json": "total"})
    list: list_aliased[Nft] | None = attrs.field(default=None, metadata={"json": "list"})
    offset: int | None = attrs.field(default=None, metadata={"json": "offset"})
    limit: int | None = attrs.field(default=None, metadata={"json": "limit"})
    additional_properties: dict[str, Any] = attrs.field(
        factory=dict, metadata={"additional_properties": True}
    )
    """Keys the platform sent that this model does not name (kept as decoded JSON)."""


@attrs.define(kw_only=True)
class NftEnvelope:
    """Model ``NftEnvelope`` of the Playdapp Developers V2 server API."""

    result: bool = attrs.field(metadata={"json": "result"})
    data: Nft | None = attrs.field(default=None, metadata={"json": "data"})
    error_message: str | None = attrs.field(default=None, metadata={"json": "errorMessage"})
    additional_properties: dict[str, Any] = attrs.field(
        factory=dict, metadata={"additional_properties": True}
    )
    """Keys the platform sent that this model does not name (kept as decoded JSON)."""


@attrs.define(kw_only=True)
class NftListEnvelope:
    """Model ``NftListEnvelope`` of the Playdapp Developers V2 server API."""

    result: bool = attrs.field(metadata={"json": "result"})
    data: NftList | None = attrs.field(default=None, metadata={"json": "data"})
    error_message: str | None = attrs.field(default=None, metadata={"json": "errorMessage"})
    additional_properties: dict[str, Any] = attrs.field(
        factory=dict, metadata={"additional_properties": True}
    )
    """Keys the platform sent that this model does not name (kept as decoded JSON)."""


@attrs.define(kw_only=True)
class StakedNft:
    """One staking entry of a user."""

    contract_address: str | None = attrs.field(default=None, metadata={"json": "contractAddress"})
    additional_properties: dict[str, Any] = attrs.field(
        factory=dict, metadata={"additional_properties": True}
    )
    """Keys the platform sent that this model does not name (kept as decoded JSON)."""


@attrs.define(kw_only=True)
class UserStaking:
    """A user's staking information."""

    wallet_address: str | None = attrs.field(default=None, metadata={"json": "walletAddress"})
    user_id: str | None = attrs.field(default=None, metadata={"json": "userId"})
    staking: list_aliased[StakedNft] | None = attrs.field(default=None, metadata={"json": "staking"})
    additional_properties: dict[str, Any] = attrs.field(
        factory=dict, metadata={"additional_properties": True}
    )
    """Keys the platform sent that this model does not name (kept as decoded JSON)."""


@attrs.define(kw_only=True)
class StakingList:
    """Model ``StakingList`` of the Playdapp Developers V2 server API."""

    total: int | None = attrs.field(default=None, metadata={"json": "total"})
    list: list_aliased[UserStaking] | None = attrs.field(default=None, metadata={"json": "list"})
    additional_properties: dict[str, Any] = attrs.field(
        factory=dict, metadata={"additional_properties": True}
    )
    """Keys the platform sent that this model does not name (kept as decoded JSON)."""


@attrs.define(kw_only=True)
class StakingListEnvelope:
    """Model ``StakingListEnvelope`` of the Playdapp Developers V2 server API."""

    result: bool = attrs.field(metadata={"json": "result"})
    data: StakingList | None = attrs.field(default=None, metadata={"json": "data"})
    error_message: str | None = attrs.field(default=None, metadata={"json": "errorMessage"})
    additional_properties: dict[str, Any] = attrs.field(
        factory=dict, metadata={"additional_properties": True}
    )
    """Keys the platform sent that this model does not name (kept as decoded JSON)."""


@attrs.define(kw_only=True)
class RewardRequest:
    """Pay a P2E reward to a user, in the reward currency set in the Playdapp Developers Console. The
    vendor does not publish this body; user and amount are inferred (extra_fields adds further
    fields the partner's contract with Playdapp names).
    """

    user_id: str = attrs.field(validator=_v.string(min_length=1), metadata={"json": "userId"})
    amount: float = attrs.field(validator=_v.number(exclusive_minimum=0), metadata={"json": "amount"})
    additional_properties: dict[str, Any] = attrs.field(
        factory=dict, validator=_v.mapping(), metadata={"additional_properties": True}
    )
    """Keys the platform sent that this model does not name (kept as decoded JSON)."""


@attrs.define(kw_only=True)
class RewardResult:
    """What a reward payment answers; not published, every field is kept as an unknown field."""

    additional_properties: dict[str, Any] = attrs.field(
        factory=dict, metadata={"additional_properties": True}
    )
    """Keys the platform sent that this model does not name (kept as decoded JSON)."""


@attrs.define(kw_only=True)
class RewardEnvelope:
    """Model ``RewardEnvelope`` of the Playdapp Developers V2 server API."""

    result: bool = attrs.field(metadata={"json": "result"})
    data: RewardResult | None = attrs.field(default=None, metadata={"json": "data"})
    error_message: str | None = attrs.field(default=None, metadata={"json": "errorMessage"})
    additional_properties: dict[str, Any] = attrs.field(
        factory=dict, metadata={"additional_properties": True}
    )
    """Keys the platform sent that this model does not name (kept as decoded JSON)."""


@attrs.define(kw_only=True)
class GetBrowserTokenRequest:
    """Request model ``GetBrowserTokenRequest`` of the Playdapp Developers V2 server API."""

    partner_user_id: str = attrs.field(validator=_v.string(min_length=1), metadata={"json": "partnerUserId"})
    """The user id the partner manages (the logged-in user)."""


@attrs.define(kw_only=True)
class BrowserToken:
    """A one-time token that opens the Item Manager in a browser. Valid for a single use: opening the
    Item Manager with it again answers 401. A secret: never logged.
    """

    one_time_token: str = attrs.field(repr=False, metadata={"json": "oneTimeToken"})
    additional_properties: dict[str, Any] = attrs.field(
        factory=dict, metadata={"additional_properties": True}
    )
    """Keys the platform sent that this model does not name (kept as decoded JSON)."""


@attrs.define(kw_only=True)
class BrowserTokenEnvelope:
    """Model ``BrowserTokenEnvelope`` of the Playdapp Developers V2 server API."""

    result: bool = attrs.field(metadata={"json": "result"})
    data: BrowserToken | None = attrs.field(default=None, metadata={"json": "data"})
    error_message: str | None = attrs.field(default=None, metadata={"json": "errorMessage"})
    additional_properties: dict[str, Any] = attrs.field(
        factory=dict, metadata={"additional_properties": True}
    )
    """Keys the platform sent that this model does not name (kept as decoded JSON)."""


@attrs.define(kw_only=True)
class ListItemsParams:
    """Parameters of `GET /v1/items` (list_items)."""

    status: str | None = attrs.field(
        default=None,
        validator=_v.optional(_v.string(min_length=1)),
        metadata={"json": "status", "in": "query"},
    )
    """Only items in this status (`burned`, `item`, …; see ItemStatus)."""
    offset: int | None = attrs.field(
        default=None,
        validator=_v.optional(_v.integer(minimum=0, maximum=9007199254740991)),
        metadata={"json": "offset", "in": "query"},
    )
    """How many entries to skip (vendor default 0)."""
    limit: int | None = attrs.field(
        default=None,
        validator=_v.optional(_v.integer(minimum=1, maximum=9007199254740991)),
        metadata={"json": "limit", "in": "query"},
    )
    """Page size (vendor default 100 for NFTs; the maximum is not documented)."""


@attrs.define(kw_only=True)
class ListNftsParams:
    """Parameters of `GET /v1/nfts` (list_nfts)."""

    wallet_address: str | None = attrs.field(
        default=None,
        validator=_v.optional(_v.string(pattern="^0x[0-9a-fA-F]{40}$")),
        metadata={"json": "walletAddress", "in": "query"},
    )
    """Only NFTs of this wallet (an EVM address, `0x` + 40 hex digits)."""
    offset: int | None = attrs.field(
        default=None,
        validator=_v.optional(_v.integer(minimum=0, maximum=9007199254740991)),
        metadata={"json": "offset", "in": "query"},
    )
    """How many NFTs to skip (the vendor's default, 0).

    Platform default: ``0``.
    """
    limit: int | None = attrs.field(
        default=None,
        validator=_v.optional(_v.integer(minimum=1, maximum=9007199254740991)),
        metadata={"json": "limit", "in": "query"},
    )
    """How many NFTs per page (the vendor's default, 100). The vendor documents no maximum; the SDK
    only keeps it a positive JavaScript-safe integer.

    Platform default: ``100``.
    """


@attrs.define(kw_only=True)
class GetNftParams:
    """Parameters of `GET /v1/nfts/{nftId}` (get_nft)."""

    nft_id: int = attrs.field(
        validator=_v.integer(minimum=0, maximum=9007199254740991), metadata={"json": "nftId", "in": "path"}
    )
    """The NFT id the mint answered."""


@attrs.define(kw_only=True)
class GetStakingParams:
    """Parameters of `GET /v1/staking` (get_staking)."""

    user_ids: list_aliased[str] = attrs.field(
        validator=_v.array(_v.string(min_length=1), min_items=1, max_items=300),
        metadata={"json": "userIds", "in": "query", "explode": True, "style": "form"},
    )
    """User ids the game server manages, sent as `?userIds=1&userIds=2`; at most 300."""
