"""Playdapp Developers V2: Item Manager, NFTs, P2E and Shop-in-Shop, signed with HMAC-SHA512.

Quick start::

    from gameplatform.playdapp import PlaydappClient, PlaydappError

    with PlaydappClient(base_url="https://item-manager.example.com",
                        api_key=..., api_secret=...) as client:
        item = client.map_item(user_id="u1", service_contract_id=1, item_code="1111",
                               item_id="11", item_attributes=[{"trait_type": "Base", "value": "Starfish"}])
        for burned in client.iter_items(status="burned"):
            ...

The signing functions reproduce the vendor's JavaScript reference exactly:
:func:`canonical_json`, :func:`signing_string`, :func:`sign`.
"""

from gameplatform.playdapp._auth import PlaydappAuth, SisApiKeyAuth
from gameplatform.playdapp._client import DEFAULT_PAGE_SIZE, MAX_STAKING_USERS, PlaydappClient
from gameplatform.playdapp._errors import (
    PlaydappAuthenticationError,
    PlaydappError,
    PlaydappNotFound,
    PlaydappPermissionDenied,
    PlaydappRateLimited,
    PlaydappServerError,
)
from gameplatform.playdapp._models import (
    Attribute,
    AttributeInput,
    BrowserToken,
    ItemList,
    ItemStatus,
    MappedItem,
    Nft,
    NftList,
    NftMetadata,
    RewardResult,
    StakedNft,
    StakingList,
    UnmapItemResult,
    UserStaking,
)
from gameplatform.playdapp._nonce import NonceSource
from gameplatform.playdapp._signing import canonical_json, sign, signing_string

__all__ = [
    "DEFAULT_PAGE_SIZE",
    "MAX_STAKING_USERS",
    "Attribute",
    "AttributeInput",
    "BrowserToken",
    "ItemList",
    "ItemStatus",
    "MappedItem",
    "Nft",
    "NftList",
    "NftMetadata",
    "NonceSource",
    "PlaydappAuth",
    "PlaydappAuthenticationError",
    "PlaydappClient",
    "PlaydappError",
    "PlaydappNotFound",
    "PlaydappPermissionDenied",
    "PlaydappRateLimited",
    "PlaydappServerError",
    "RewardResult",
    "SisApiKeyAuth",
    "StakedNft",
    "StakingList",
    "UnmapItemResult",
    "UserStaking",
    "canonical_json",
    "sign",
    "signing_string",
]
