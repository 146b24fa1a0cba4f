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

from gameplatform import _serde
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
class ErrorEnvelope(_serde.OpenModel):
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
class Attribute(_serde.OpenModel):
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
class MappedItem(_serde.OpenModel):
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
class ItemList(_serde.OpenModel):
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
class UnmapItemResult(_serde.OpenModel):
    """What un-mapping answers; the vendor documents only that the item's status becomes `item`."""

    item_code: str | None = attrs.field(default=None, metadata={"json": "itemCode"})
    item_id: str | None = attrs.field(default=None, metadata={"json": "itemId"})
    status: ItemStatus | None = attrs.field(default=None, metadata={"json": "status"})
    additional_properties: dict[str, Any] = attrs.field(
        factory=dict, metadata={"additional_properties": True}
    )
    """Keys the platform sent that this model does not name (kept as decoded JSON)."""


@attrs.define(kw_only=True)
class MapItemEnvelope(_serde.OpenModel):
    """Model ``MapItemEnvelope`` of the Playdapp Developers V2 server API."""

    result: bool = attrs.field(metadata={"json": "result"})
    data: MappedItem | None = attrs.field(default=None, metadata={"json": "data"})
    error_message: str | None = attrs.field(default=None, metadata={"json": "errorMessage"})
    additional_properties: dict[str, Any] = attrs.field(
        factory=dict, metadata={"additional_properties": True}
    )
    """Keys the platform sent that this model does not name (kept as decoded JSON)."""


@attrs.define(kw_only=True)
class ItemListEnvelope(_serde.OpenModel):
    """Model ``ItemListEnvelope`` of the Playdapp Developers V2 server API."""

    result: bool = attrs.field(metadata={"json": "result"})
    data: ItemList | None = attrs.field(default=None, metadata={"json": "data"})
    error_message: str | None = attrs.field(default=None, metadata={"json": "errorMessage"})
    additional_properties: dict[str, Any] = attrs.field(
        factory=dict, metadata={"additional_properties": True}
    )
    """Keys the platform sent that this model does not name (kept as decoded JSON)."""


@attrs.define(kw_only=True)
class UnmapItemEnvelope(_serde.OpenModel):
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
class NftMetadata(_serde.OpenModel):
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
class Nft(_serde.OpenModel):
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
class NftList(_serde.OpenModel):
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
class NftEnvelope(_serde.OpenModel):
    """Model ``NftEnvelope`` of the Playdapp Developers V2 server API."""

    result: bool = attrs.field(metadata={"json": "result"})
    data: Nft | None = attrs.field(default=None, metadata={"json": "data"})
    error_message: str | None = attrs.field(default=None, metadata={"json": "errorMessage"})
    additional_properties: dict[str, Any] = attrs.field(
        factory=dict, metadata={"additional_properties": True}
    )
    """Keys the platform sent that this model does not name (kept as decoded JSON)."""


@attrs.define(kw_only=True)
class NftListEnvelope(_serde.OpenModel):
    """Model ``NftListEnvelope`` of the Playdapp Developers V2 server API."""

    result: bool = attrs.field(metadata={"json": "result"})
    data: NftList | None = attrs.field(default=None, metadata={"json": "data"})
    error_message: str | None = attrs.field(default=None, metadata={"json": "errorMessage"})
    additional_properties: dict[str, Any] = attrs.field(
        factory=dict, metadata={"additional_properties": True}
    )
    """Keys the platform sent that this model does not name (kept as decoded JSON)."""


@attrs.define(kw_only=True)
class StakedNft(_serde.OpenModel):
    """One staking entry of a user."""

    contract_address: str | None = attrs.field(default=None, metadata={"json": "contractAddress"})
    additional_properties: dict[str, Any] = attrs.field(
        factory=dict, metadata={"additional_properties": True}
    )
    """Keys the platform sent that this model does not name (kept as decoded JSON)."""


@attrs.define(kw_only=True)
class UserStaking(_serde.OpenModel):
    """A user's staking information."""

    wallet_address: str | None = attrs.field(default=None, metadata={"json": "walletAddress"})
    user_id: str | None = attrs.field(default=None, metadata={"json": "userId"})
    staking: list_aliased[StakedNft] | None = attrs.field(default=None, metadata={"json": "staking"})
    additional_properties: dict[str, Any] = attrs.field(
        factory=dict, metadata={"additional_properties": True}
    )
    """Keys the platform sent that this model does not name (kept as decoded JSON)."""


@attrs.define(kw_only=True)
class StakingList(_serde.OpenModel):
    """Model ``StakingList`` of the Playdapp Developers V2 server API."""

    total: int | None = attrs.field(default=None, metadata={"json": "total"})
    list: list_aliased[UserStaking] | None = attrs.field(default=None, metadata={"json": "list"})
    additional_properties: dict[str, Any] = attrs.field(
        factory=dict, metadata={"additional_properties": True}
    )
    """Keys the platform sent that this model does not name (kept as decoded JSON)."""


@attrs.define(kw_only=True)
class StakingListEnvelope(_serde.OpenModel):
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
class RewardResult(_serde.OpenModel):
    """What a reward payment answers; not published, every field is kept as an unknown field."""

    additional_properties: dict[str, Any] = attrs.field(
        factory=dict, metadata={"additional_properties": True}
    )
    """Keys the platform sent that this model does not name (kept as decoded JSON)."""


@attrs.define(kw_only=True)
class RewardEnvelope(_serde.OpenModel):
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
class BrowserToken(_serde.OpenModel):
    """A one-time token that opens the Item Manager in a browser. Valid for a single use: opening the
    Item Manager with it again answers 401. A secret: never logged.
    """

    one_time_token: str = attrs.field(repr=False, metadata={"json": "oneTimeToken"})
    additional_properties: dict[str, Any] = attrs.field(
        factory=dict, metadata={"additional_properties": True}
    )
    """Keys the platform sent that this model does not name (kept as decoded JSON)."""


@attrs.define(kw_only=True)
class BrowserTokenEnvelope(_serde.OpenModel):
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


_new = object.__new__
_set = object.__setattr__
_Unusual = _serde.Unusual
_enum = _serde.open_enum
_extras = _serde.extras


def _decode_error_envelope(data: Any) -> ErrorEnvelope:
    if type(data) is not dict:
        raise _Unusual
    try:
        v0 = data["result"]
    except KeyError:
        raise _Unusual from None
    v1 = data.get("data")
    v2 = data.get("errorMessage")
    if v0 is not True and v0 is not False:
        raise _Unusual
    if v2 is not None and (type(v2) is not str):
        raise _Unusual
    extra = len(data) != 1 + ("data" in data) + ("errorMessage" in data)
    obj = _new(ErrorEnvelope)
    obj.result = v0
    obj.data = v1
    obj.error_message = v2
    if extra:
        obj.additional_properties = _extras(data, ("result", "data", "errorMessage"))
    return obj


def _decode_attribute_input(data: Any) -> AttributeInput:
    if type(data) is not dict:
        raise _Unusual
    try:
        v0 = data["trait_type"]
        v1 = data["value"]
    except KeyError:
        raise _Unusual from None
    v2 = data.get("display_type")
    if type(v0) is not str:
        raise _Unusual
    if type(v1) not in (
        float,
        int,
        str,
    ):
        raise _Unusual
    if v2 is not None and (type(v2) is not str):
        raise _Unusual
    extra = len(data) != 2 + ("display_type" in data)
    if extra:
        _extras(
            data, ("trait_type", "value", "display_type")
        )  # unknown keys are dropped, wrongly cased ones are not
    obj = _new(AttributeInput)
    _set(obj, "trait_type", v0)
    _set(obj, "value", v1)
    _set(obj, "display_type", v2)
    return obj


def _decode_attribute(data: Any) -> Attribute:
    if type(data) is not dict:
        raise _Unusual
    v0 = data.get("trait_type")
    v1 = data.get("value")
    v2 = data.get("display_type")
    if v0 is not None and (type(v0) is not str):
        raise _Unusual
    if v2 is not None and (type(v2) is not str):
        raise _Unusual
    extra = len(data) != 0 + ("trait_type" in data) + ("value" in data) + ("display_type" in data)
    obj = _new(Attribute)
    obj.trait_type = v0
    obj.value = v1
    obj.display_type = v2
    if extra:
        obj.additional_properties = _extras(data, ("trait_type", "value", "display_type"))
    return obj


def _decode_map_item_request(data: Any) -> MapItemRequest:
    if type(data) is not dict:
        raise _Unusual
    try:
        v0 = data["userId"]
        v1 = data["serviceContractId"]
        v2 = data["itemCode"]
        v3 = data["itemId"]
        v4 = data["itemAttributes"]
    except KeyError:
        raise _Unusual from None
    if type(v0) is not str:
        raise _Unusual
    if type(v1) is not int:
        raise _Unusual
    if type(v2) is not str:
        raise _Unusual
    if type(v3) is not str:
        raise _Unusual
    if type(v4) is not list:
        raise _Unusual
    v4 = [_decode_attribute_input(item) for item in v4]
    extra = len(data) != 5
    if extra:
        _extras(
            data, ("userId", "serviceContractId", "itemCode", "itemId", "itemAttributes")
        )  # unknown keys are dropped, wrongly cased ones are not
    obj = _new(MapItemRequest)
    _set(obj, "user_id", v0)
    _set(obj, "service_contract_id", v1)
    _set(obj, "item_code", v2)
    _set(obj, "item_id", v3)
    _set(obj, "item_attributes", v4)
    return obj


def _decode_mapped_item(data: Any) -> MappedItem:
    if type(data) is not dict:
        raise _Unusual
    v0 = data.get("userId")
    v1 = data.get("serviceContractId")
    v2 = data.get("itemCode")
    v3 = data.get("itemId")
    v4 = data.get("itemAttributes")
    v5 = data.get("status")
    if v0 is not None and (type(v0) is not str):
        raise _Unusual
    if v1 is not None and (type(v1) is not int):
        raise _Unusual
    if v2 is not None and (type(v2) is not str):
        raise _Unusual
    if v3 is not None and (type(v3) is not str):
        raise _Unusual
    if v4 is not None:
        if type(v4) is not list:
            raise _Unusual
        v4 = [_decode_attribute(item) for item in v4]
    if v5 is not None:
        v5 = _enum(ItemStatus, v5)
    extra = len(data) != 0 + ("userId" in data) + ("serviceContractId" in data) + ("itemCode" in data) + (
        "itemId" in data
    ) + ("itemAttributes" in data) + ("status" in data)
    obj = _new(MappedItem)
    obj.user_id = v0
    obj.service_contract_id = v1
    obj.item_code = v2
    obj.item_id = v3
    obj.item_attributes = v4
    obj.status = v5
    if extra:
        obj.additional_properties = _extras(
            data, ("userId", "serviceContractId", "itemCode", "itemId", "itemAttributes", "status")
        )
    return obj


def _decode_item_list(data: Any) -> ItemList:
    if type(data) is not dict:
        raise _Unusual
    v0 = data.get("total")
    v1 = data.get("list")
    v2 = data.get("offset")
    v3 = data.get("limit")
    if v0 is not None and (type(v0) is not int):
        raise _Unusual
    if v1 is not None:
        if type(v1) is not list:
            raise _Unusual
        v1 = [_decode_mapped_item(item) for item in v1]
    if v2 is not None and (type(v2) is not int):
        raise _Unusual
    if v3 is not None and (type(v3) is not int):
        raise _Unusual
    extra = len(data) != 0 + ("total" in data) + ("list" in data) + ("offset" in data) + ("limit" in data)
    obj = _new(ItemList)
    obj.total = v0
    obj.list = v1
    obj.offset = v2
    obj.limit = v3
    if extra:
        obj.additional_properties = _extras(data, ("total", "list", "offset", "limit"))
    return obj


def _decode_unmap_item_request(data: Any) -> UnmapItemRequest:
    if type(data) is not dict:
        raise _Unusual
    try:
        v0 = data["userId"]
        v1 = data["serviceContractId"]
        v2 = data["itemCode"]
        v3 = data["itemId"]
    except KeyError:
        raise _Unusual from None
    if type(v0) is not str:
        raise _Unusual
    if type(v1) is not int:
        raise _Unusual
    if type(v2) is not str:
        raise _Unusual
    if type(v3) is not str:
        raise _Unusual
    extra = len(data) != 4
    obj = _new(UnmapItemRequest)
    _set(obj, "user_id", v0)
    _set(obj, "service_contract_id", v1)
    _set(obj, "item_code", v2)
    _set(obj, "item_id", v3)
    _set(
        obj,
        "additional_properties",
        _extras(data, ("userId", "serviceContractId", "itemCode", "itemId")) if extra else {},
    )
    return obj


def _decode_unmap_item_result(data: Any) -> UnmapItemResult:
    if type(data) is not dict:
        raise _Unusual
    v0 = data.get("itemCode")
    v1 = data.get("itemId")
    v2 = data.get("status")
    if v0 is not None and (type(v0) is not str):
        raise _Unusual
    if v1 is not None and (type(v1) is not str):
        raise _Unusual
    if v2 is not None:
        v2 = _enum(ItemStatus, v2)
    extra = len(data) != 0 + ("itemCode" in data) + ("itemId" in data) + ("status" in data)
    obj = _new(UnmapItemResult)
    obj.item_code = v0
    obj.item_id = v1
    obj.status = v2
    if extra:
        obj.additional_properties = _extras(data, ("itemCode", "itemId", "status"))
    return obj


def _decode_map_item_envelope(data: Any) -> MapItemEnvelope:
    if type(data) is not dict:
        raise _Unusual
    try:
        v0 = data["result"]
    except KeyError:
        raise _Unusual from None
    v1 = data.get("data")
    v2 = data.get("errorMessage")
    if v0 is not True and v0 is not False:
        raise _Unusual
    if v1 is not None:
        v1 = _decode_mapped_item(v1)
    if v2 is not None and (type(v2) is not str):
        raise _Unusual
    extra = len(data) != 1 + ("data" in data) + ("errorMessage" in data)
    obj = _new(MapItemEnvelope)
    obj.result = v0
    obj.data = v1
    obj.error_message = v2
    if extra:
        obj.additional_properties = _extras(data, ("result", "data", "errorMessage"))
    return obj


def _decode_item_list_envelope(data: Any) -> ItemListEnvelope:
    if type(data) is not dict:
        raise _Unusual
    try:
        v0 = data["result"]
    except KeyError:
        raise _Unusual from None
    v1 = data.get("data")
    v2 = data.get("errorMessage")
    if v0 is not True and v0 is not False:
        raise _Unusual
    if v1 is not None:
        v1 = _decode_item_list(v1)
    if v2 is not None and (type(v2) is not str):
        raise _Unusual
    extra = len(data) != 1 + ("data" in data) + ("errorMessage" in data)
    obj = _new(ItemListEnvelope)
    obj.result = v0
    obj.data = v1
    obj.error_message = v2
    if extra:
        obj.additional_properties = _extras(data, ("result", "data", "errorMessage"))
    return obj


def _decode_unmap_item_envelope(data: Any) -> UnmapItemEnvelope:
    if type(data) is not dict:
        raise _Unusual
    try:
        v0 = data["result"]
    except KeyError:
        raise _Unusual from None
    v1 = data.get("data")
    v2 = data.get("errorMessage")
    if v0 is not True and v0 is not False:
        raise _Unusual
    if v1 is not None:
        v1 = _decode_unmap_item_result(v1)
    if v2 is not None and (type(v2) is not str):
        raise _Unusual
    extra = len(data) != 1 + ("data" in data) + ("errorMessage" in data)
    obj = _new(UnmapItemEnvelope)
    obj.result = v0
    obj.data = v1
    obj.error_message = v2
    if extra:
        obj.additional_properties = _extras(data, ("result", "data", "errorMessage"))
    return obj


def _decode_nft_metadata_input(data: Any) -> NftMetadataInput:
    if type(data) is not dict:
        raise _Unusual
    try:
        v0 = data["attributes"]
    except KeyError:
        raise _Unusual from None
    v1 = data.get("name")
    v2 = data.get("image")
    v3 = data.get("description")
    if type(v0) is not list:
        raise _Unusual
    v0 = [_decode_attribute_input(item) for item in v0]
    if v1 is not None and (type(v1) is not str):
        raise _Unusual
    if v2 is not None and (type(v2) is not str):
        raise _Unusual
    if v3 is not None and (type(v3) is not str):
        raise _Unusual
    extra = len(data) != 1 + ("name" in data) + ("image" in data) + ("description" in data)
    if extra:
        _extras(
            data, ("attributes", "name", "image", "description")
        )  # unknown keys are dropped, wrongly cased ones are not
    obj = _new(NftMetadataInput)
    _set(obj, "attributes", v0)
    _set(obj, "name", v1)
    _set(obj, "image", v2)
    _set(obj, "description", v3)
    return obj


def _decode_create_nft_request(data: Any) -> CreateNftRequest:
    if type(data) is not dict:
        raise _Unusual
    try:
        v0 = data["walletAddress"]
        v1 = data["serviceContractId"]
        v2 = data["metadata"]
    except KeyError:
        raise _Unusual from None
    if type(v0) is not str:
        raise _Unusual
    if type(v1) is not int:
        raise _Unusual
    v2 = _decode_nft_metadata_input(v2)
    extra = len(data) != 3
    if extra:
        _extras(
            data, ("walletAddress", "serviceContractId", "metadata")
        )  # unknown keys are dropped, wrongly cased ones are not
    obj = _new(CreateNftRequest)
    _set(obj, "wallet_address", v0)
    _set(obj, "service_contract_id", v1)
    _set(obj, "metadata", v2)
    return obj


def _decode_nft_metadata(data: Any) -> NftMetadata:
    if type(data) is not dict:
        raise _Unusual
    v0 = data.get("name")
    v1 = data.get("image")
    v2 = data.get("description")
    v3 = data.get("attributes")
    if v0 is not None and (type(v0) is not str):
        raise _Unusual
    if v1 is not None and (type(v1) is not str):
        raise _Unusual
    if v2 is not None and (type(v2) is not str):
        raise _Unusual
    if v3 is not None:
        if type(v3) is not list:
            raise _Unusual
        v3 = [_decode_attribute(item) for item in v3]
    extra = len(data) != 0 + ("name" in data) + ("image" in data) + ("description" in data) + (
        "attributes" in data
    )
    obj = _new(NftMetadata)
    obj.name = v0
    obj.image = v1
    obj.description = v2
    obj.attributes = v3
    if extra:
        obj.additional_properties = _extras(data, ("name", "image", "description", "attributes"))
    return obj


def _decode_nft(data: Any) -> Nft:
    if type(data) is not dict:
        raise _Unusual
    v0 = data.get("nftId")
    v1 = data.get("walletAddress")
    v2 = data.get("serviceContractId")
    v3 = data.get("metadata")
    if v0 is not None and (type(v0) is not int):
        raise _Unusual
    if v1 is not None and (type(v1) is not str):
        raise _Unusual
    if v2 is not None and (type(v2) is not int):
        raise _Unusual
    if v3 is not None:
        v3 = _decode_nft_metadata(v3)
    extra = len(data) != 0 + ("nftId" in data) + ("walletAddress" in data) + ("serviceContractId" in data) + (
        "metadata" in data
    )
    obj = _new(Nft)
    obj.nft_id = v0
    obj.wallet_address = v1
    obj.service_contract_id = v2
    obj.metadata = v3
    if extra:
        obj.additional_properties = _extras(data, ("nftId", "walletAddress", "serviceContractId", "metadata"))
    return obj


def _decode_nft_list(data: Any) -> NftList:
    if type(data) is not dict:
        raise _Unusual
    v0 = data.get("total")
    v1 = data.get("list")
    v2 = data.get("offset")
    v3 = data.get("limit")
    if v0 is not None and (type(v0) is not int):
        raise _Unusual
    if v1 is not None:
        if type(v1) is not list:
            raise _Unusual
        v1 = [_decode_nft(item) for item in v1]
    if v2 is not None and (type(v2) is not int):
        raise _Unusual
    if v3 is not None and (type(v3) is not int):
        raise _Unusual
    extra = len(data) != 0 + ("total" in data) + ("list" in data) + ("offset" in data) + ("limit" in data)
    obj = _new(NftList)
    obj.total = v0
    obj.list = v1
    obj.offset = v2
    obj.limit = v3
    if extra:
        obj.additional_properties = _extras(data, ("total", "list", "offset", "limit"))
    return obj


def _decode_nft_envelope(data: Any) -> NftEnvelope:
    if type(data) is not dict:
        raise _Unusual
    try:
        v0 = data["result"]
    except KeyError:
        raise _Unusual from None
    v1 = data.get("data")
    v2 = data.get("errorMessage")
    if v0 is not True and v0 is not False:
        raise _Unusual
    if v1 is not None:
        v1 = _decode_nft(v1)
    if v2 is not None and (type(v2) is not str):
        raise _Unusual
    extra = len(data) != 1 + ("data" in data) + ("errorMessage" in data)
    obj = _new(NftEnvelope)
    obj.result = v0
    obj.data = v1
    obj.error_message = v2
    if extra:
        obj.additional_properties = _extras(data, ("result", "data", "errorMessage"))
    return obj


def _decode_nft_list_envelope(data: Any) -> NftListEnvelope:
    if type(data) is not dict:
        raise _Unusual
    try:
        v0 = data["result"]
    except KeyError:
        raise _Unusual from None
    v1 = data.get("data")
    v2 = data.get("errorMessage")
    if v0 is not True and v0 is not False:
        raise _Unusual
    if v1 is not None:
        v1 = _decode_nft_list(v1)
    if v2 is not None and (type(v2) is not str):
        raise _Unusual
    extra = len(data) != 1 + ("data" in data) + ("errorMessage" in data)
    obj = _new(NftListEnvelope)
    obj.result = v0
    obj.data = v1
    obj.error_message = v2
    if extra:
        obj.additional_properties = _extras(data, ("result", "data", "errorMessage"))
    return obj


def _decode_staked_nft(data: Any) -> StakedNft:
    if type(data) is not dict:
        raise _Unusual
    v0 = data.get("contractAddress")
    if v0 is not None and (type(v0) is not str):
        raise _Unusual
    extra = len(data) != 0 + ("contractAddress" in data)
    obj = _new(StakedNft)
    obj.contract_address = v0
    if extra:
        obj.additional_properties = _extras(data, ("contractAddress",))
    return obj


def _decode_user_staking(data: Any) -> UserStaking:
    if type(data) is not dict:
        raise _Unusual
    v0 = data.get("walletAddress")
    v1 = data.get("userId")
    v2 = data.get("staking")
    if v0 is not None and (type(v0) is not str):
        raise _Unusual
    if v1 is not None and (type(v1) is not str):
        raise _Unusual
    if v2 is not None:
        if type(v2) is not list:
            raise _Unusual
        v2 = [_decode_staked_nft(item) for item in v2]
    extra = len(data) != 0 + ("walletAddress" in data) + ("userId" in data) + ("staking" in data)
    obj = _new(UserStaking)
    obj.wallet_address = v0
    obj.user_id = v1
    obj.staking = v2
    if extra:
        obj.additional_properties = _extras(data, ("walletAddress", "userId", "staking"))
    return obj


def _decode_staking_list(data: Any) -> StakingList:
    if type(data) is not dict:
        raise _Unusual
    v0 = data.get("total")
    v1 = data.get("list")
    if v0 is not None and (type(v0) is not int):
        raise _Unusual
    if v1 is not None:
        if type(v1) is not list:
            raise _Unusual
        v1 = [_decode_user_staking(item) for item in v1]
    extra = len(data) != 0 + ("total" in data) + ("list" in data)
    obj = _new(StakingList)
    obj.total = v0
    obj.list = v1
    if extra:
        obj.additional_properties = _extras(data, ("total", "list"))
    return obj


def _decode_staking_list_envelope(data: Any) -> StakingListEnvelope:
    if type(data) is not dict:
        raise _Unusual
    try:
        v0 = data["result"]
    except KeyError:
        raise _Unusual from None
    v1 = data.get("data")
    v2 = data.get("errorMessage")
    if v0 is not True and v0 is not False:
        raise _Unusual
    if v1 is not None:
        v1 = _decode_staking_list(v1)
    if v2 is not None and (type(v2) is not str):
        raise _Unusual
    extra = len(data) != 1 + ("data" in data) + ("errorMessage" in data)
    obj = _new(StakingListEnvelope)
    obj.result = v0
    obj.data = v1
    obj.error_message = v2
    if extra:
        obj.additional_properties = _extras(data, ("result", "data", "errorMessage"))
    return obj


def _decode_reward_request(data: Any) -> RewardRequest:
    if type(data) is not dict:
        raise _Unusual
    try:
        v0 = data["userId"]
        v1 = data["amount"]
    except KeyError:
        raise _Unusual from None
    if type(v0) is not str:
        raise _Unusual
    if type(v1) is not float:
        if type(v1) is not int:
            raise _Unusual
        v1 = float(v1)
    extra = len(data) != 2
    obj = _new(RewardRequest)
    _set(obj, "user_id", v0)
    _set(obj, "amount", v1)
    _set(obj, "additional_properties", _extras(data, ("userId", "amount")) if extra else {})
    return obj


def _decode_reward_result(data: Any) -> RewardResult:
    if type(data) is not dict:
        raise _Unusual
    extra = len(data) != 0
    obj = _new(RewardResult)
    if extra:
        obj.additional_properties = _extras(data, ())
    return obj


def _decode_reward_envelope(data: Any) -> RewardEnvelope:
    if type(data) is not dict:
        raise _Unusual
    try:
        v0 = data["result"]
    except KeyError:
        raise _Unusual from None
    v1 = data.get("data")
    v2 = data.get("errorMessage")
    if v0 is not True and v0 is not False:
        raise _Unusual
    if v1 is not None:
        v1 = _decode_reward_result(v1)
    if v2 is not None and (type(v2) is not str):
        raise _Unusual
    extra = len(data) != 1 + ("data" in data) + ("errorMessage" in data)
    obj = _new(RewardEnvelope)
    obj.result = v0
    obj.data = v1
    obj.error_message = v2
    if extra:
        obj.additional_properties = _extras(data, ("result", "data", "errorMessage"))
    return obj


def _decode_get_browser_token_request(data: Any) -> GetBrowserTokenRequest:
    if type(data) is not dict:
        raise _Unusual
    try:
        v0 = data["partnerUserId"]
    except KeyError:
        raise _Unusual from None
    if type(v0) is not str:
        raise _Unusual
    extra = len(data) != 1
    if extra:
        _extras(data, ("partnerUserId",))  # unknown keys are dropped, wrongly cased ones are not
    obj = _new(GetBrowserTokenRequest)
    _set(obj, "partner_user_id", v0)
    return obj


def _decode_browser_token(data: Any) -> BrowserToken:
    if type(data) is not dict:
        raise _Unusual
    try:
        v0 = data["oneTimeToken"]
    except KeyError:
        raise _Unusual from None
    if type(v0) is not str:
        raise _Unusual
    extra = len(data) != 1
    obj = _new(BrowserToken)
    obj.one_time_token = v0
    if extra:
        obj.additional_properties = _extras(data, ("oneTimeToken",))
    return obj


def _decode_browser_token_envelope(data: Any) -> BrowserTokenEnvelope:
    if type(data) is not dict:
        raise _Unusual
    try:
        v0 = data["result"]
    except KeyError:
        raise _Unusual from None
    v1 = data.get("data")
    v2 = data.get("errorMessage")
    if v0 is not True and v0 is not False:
        raise _Unusual
    if v1 is not None:
        v1 = _decode_browser_token(v1)
    if v2 is not None and (type(v2) is not str):
        raise _Unusual
    extra = len(data) != 1 + ("data" in data) + ("errorMessage" in data)
    obj = _new(BrowserTokenEnvelope)
    obj.result = v0
    obj.data = v1
    obj.error_message = v2
    if extra:
        obj.additional_properties = _extras(data, ("result", "data", "errorMessage"))
    return obj


def _decode_list_items_params(data: Any) -> ListItemsParams:
    if type(data) is not dict:
        raise _Unusual
    v0 = data.get("status")
    v1 = data.get("offset")
    v2 = data.get("limit")
    if v0 is not None and (type(v0) is not str):
        raise _Unusual
    if v1 is not None and (type(v1) is not int):
        raise _Unusual
    if v2 is not None and (type(v2) is not int):
        raise _Unusual
    extra = len(data) != 0 + ("status" in data) + ("offset" in data) + ("limit" in data)
    if extra:
        _extras(data, ("status", "offset", "limit"))  # unknown keys are dropped, wrongly cased ones are not
    obj = _new(ListItemsParams)
    _set(obj, "status", v0)
    _set(obj, "offset", v1)
    _set(obj, "limit", v2)
    return obj


def _decode_list_nfts_params(data: Any) -> ListNftsParams:
    if type(data) is not dict:
        raise _Unusual
    v0 = data.get("walletAddress")
    v1 = data.get("offset")
    v2 = data.get("limit")
    if v0 is not None and (type(v0) is not str):
        raise _Unusual
    if v1 is not None and (type(v1) is not int):
        raise _Unusual
    if v2 is not None and (type(v2) is not int):
        raise _Unusual
    extra = len(data) != 0 + ("walletAddress" in data) + ("offset" in data) + ("limit" in data)
    if extra:
        _extras(
            data, ("walletAddress", "offset", "limit")
        )  # unknown keys are dropped, wrongly cased ones are not
    obj = _new(ListNftsParams)
    _set(obj, "wallet_address", v0)
    _set(obj, "offset", v1)
    _set(obj, "limit", v2)
    return obj


def _decode_get_nft_params(data: Any) -> GetNftParams:
    if type(data) is not dict:
        raise _Unusual
    try:
        v0 = data["nftId"]
    except KeyError:
        raise _Unusual from None
    if type(v0) is not int:
        raise _Unusual
    extra = len(data) != 1
    if extra:
        _extras(data, ("nftId",))  # unknown keys are dropped, wrongly cased ones are not
    obj = _new(GetNftParams)
    _set(obj, "nft_id", v0)
    return obj


def _decode_get_staking_params(data: Any) -> GetStakingParams:
    if type(data) is not dict:
        raise _Unusual
    try:
        v0 = data["userIds"]
    except KeyError:
        raise _Unusual from None
    if type(v0) is not list:
        raise _Unusual
    for item in v0:
        if type(item) is not str:
            raise _Unusual
    extra = len(data) != 1
    if extra:
        _extras(data, ("userIds",))  # unknown keys are dropped, wrongly cased ones are not
    obj = _new(GetStakingParams)
    _set(obj, "user_ids", v0)
    return obj


def _encode_attribute_input(obj: AttributeInput) -> dict[str, Any]:
    data: dict[str, Any] = {"trait_type": obj.trait_type, "value": obj.value}
    v2 = obj.display_type
    if v2 is not None:
        data["display_type"] = v2
    return data


def _encode_map_item_request(obj: MapItemRequest) -> dict[str, Any]:
    data: dict[str, Any] = {
        "userId": obj.user_id,
        "serviceContractId": obj.service_contract_id,
        "itemCode": obj.item_code,
        "itemId": obj.item_id,
        "itemAttributes": [_encode_attribute_input(item) for item in obj.item_attributes],
    }
    return data


def _encode_unmap_item_request(obj: UnmapItemRequest) -> dict[str, Any]:
    data: dict[str, Any] = {
        "userId": obj.user_id,
        "serviceContractId": obj.service_contract_id,
        "itemCode": obj.item_code,
        "itemId": obj.item_id,
    }
    if obj.additional_properties:
        _serde.merge_extras(data, obj.additional_properties)
    return data


def _encode_nft_metadata_input(obj: NftMetadataInput) -> dict[str, Any]:
    data: dict[str, Any] = {"attributes": [_encode_attribute_input(item) for item in obj.attributes]}
    v1 = obj.name
    if v1 is not None:
        data["name"] = v1
    v2 = obj.image
    if v2 is not None:
        data["image"] = v2
    v3 = obj.description
    if v3 is not None:
        data["description"] = v3
    return data


def _encode_create_nft_request(obj: CreateNftRequest) -> dict[str, Any]:
    data: dict[str, Any] = {
        "walletAddress": obj.wallet_address,
        "serviceContractId": obj.service_contract_id,
        "metadata": _encode_nft_metadata_input(obj.metadata),
    }
    return data


def _encode_reward_request(obj: RewardRequest) -> dict[str, Any]:
    data: dict[str, Any] = {"userId": obj.user_id, "amount": obj.amount}
    if obj.additional_properties:
        _serde.merge_extras(data, obj.additional_properties)
    return data


def _encode_get_browser_token_request(obj: GetBrowserTokenRequest) -> dict[str, Any]:
    data: dict[str, Any] = {"partnerUserId": obj.partner_user_id}
    return data


def _encode_list_items_params(obj: ListItemsParams) -> dict[str, Any]:
    data: dict[str, Any] = {}
    v0 = obj.status
    if v0 is not None:
        data["status"] = v0
    v1 = obj.offset
    if v1 is not None:
        data["offset"] = v1
    v2 = obj.limit
    if v2 is not None:
        data["limit"] = v2
    return data


def _encode_list_nfts_params(obj: ListNftsParams) -> dict[str, Any]:
    data: dict[str, Any] = {}
    v0 = obj.wallet_address
    if v0 is not None:
        data["walletAddress"] = v0
    v1 = obj.offset
    if v1 is not None:
        data["offset"] = v1
    v2 = obj.limit
    if v2 is not None:
        data["limit"] = v2
    return data


def _encode_get_nft_params(obj: GetNftParams) -> dict[str, Any]:
    data: dict[str, Any] = {"nftId": obj.nft_id}
    return data


def _encode_get_staking_params(obj: GetStakingParams) -> dict[str, Any]:
    data: dict[str, Any] = {"userIds": obj.user_ids}
    return data


_serde.register_codecs(
    decoders={
        ErrorEnvelope: _decode_error_envelope,
        AttributeInput: _decode_attribute_input,
        Attribute: _decode_attribute,
        MapItemRequest: _decode_map_item_request,
        MappedItem: _decode_mapped_item,
        ItemList: _decode_item_list,
        UnmapItemRequest: _decode_unmap_item_request,
        UnmapItemResult: _decode_unmap_item_result,
        MapItemEnvelope: _decode_map_item_envelope,
        ItemListEnvelope: _decode_item_list_envelope,
        UnmapItemEnvelope: _decode_unmap_item_envelope,
        NftMetadataInput: _decode_nft_metadata_input,
        CreateNftRequest: _decode_create_nft_request,
        NftMetadata: _decode_nft_metadata,
        Nft: _decode_nft,
        NftList: _decode_nft_list,
        NftEnvelope: _decode_nft_envelope,
        NftListEnvelope: _decode_nft_list_envelope,
        StakedNft: _decode_staked_nft,
        UserStaking: _decode_user_staking,
        StakingList: _decode_staking_list,
        StakingListEnvelope: _decode_staking_list_envelope,
        RewardRequest: _decode_reward_request,
        RewardResult: _decode_reward_result,
        RewardEnvelope: _decode_reward_envelope,
        GetBrowserTokenRequest: _decode_get_browser_token_request,
        BrowserToken: _decode_browser_token,
        BrowserTokenEnvelope: _decode_browser_token_envelope,
        ListItemsParams: _decode_list_items_params,
        ListNftsParams: _decode_list_nfts_params,
        GetNftParams: _decode_get_nft_params,
        GetStakingParams: _decode_get_staking_params,
    },
    encoders={
        AttributeInput: _encode_attribute_input,
        MapItemRequest: _encode_map_item_request,
        UnmapItemRequest: _encode_unmap_item_request,
        NftMetadataInput: _encode_nft_metadata_input,
        CreateNftRequest: _encode_create_nft_request,
        RewardRequest: _encode_reward_request,
        GetBrowserTokenRequest: _encode_get_browser_token_request,
        ListItemsParams: _encode_list_items_params,
        ListNftsParams: _encode_list_nfts_params,
        GetNftParams: _encode_get_nft_params,
        GetStakingParams: _encode_get_staking_params,
    },
)
