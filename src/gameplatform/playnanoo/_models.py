# Generated from specs/playnanoo.yaml by `python -m codegen` (datamodel-code-generator 0.89.0). Do not edit.
"""Models of the PlayNANOO REST API: attrs classes generated from ``specs/playnanoo.yaml``.

Request models (bodies and ``*Params``) check their fields when built and raise
``gameplatform.errors.ValidationError``; response models are plain and keep keys they do not name in
``additional_properties``. ``gameplatform._serde`` turns both into JSON and back.
"""

from __future__ import annotations

from typing import Any

import attrs

from gameplatform import _serde
from gameplatform import _validation as _v
from gameplatform._enums import OpenStrEnum

__all__ = [
    "AccountLinkRequest",
    "BlockReason",
    "BlockReasonRequest",
    "BlockReasons",
    "CloudCodeFunction",
    "CloudCodeLog",
    "CloudCodeRun",
    "CloudCodeRunRequest",
    "CouponReward",
    "CouponUseRequest",
    "CouponUseResponse",
    "CurrencyAmount",
    "CurrencyBalance",
    "CurrencyBalances",
    "CurrencyChange",
    "CurrencyChanges",
    "CurrencyChargeRequest",
    "CurrencyGetRequest",
    "CurrencyPutRequest",
    "CurrencySubtractRequest",
    "DeviceInfo",
    "DevicePlatform",
    "DuplicateAllow",
    "EmailSignInRequest",
    "EmailSignUpRequest",
    "ErrorEnvelope",
    "Friend",
    "FriendInfo",
    "FriendList",
    "FriendRelationshipRequest",
    "FriendRequestRequest",
    "FriendTableRequest",
    "GameLogSaveRequest",
    "GameLogValue",
    "GuestSignInRequest",
    "IapValidateAndroidRequest",
    "IapValidateIosRequest",
    "InboxConsumeItemRequest",
    "InboxConsumeMultiRequest",
    "InboxConsumeResponse",
    "InboxCountRequest",
    "InboxCountResponse",
    "InboxEntry",
    "InboxItem",
    "InboxItemsRequest",
    "InboxItemsResponse",
    "InboxMessage",
    "InboxSendItem",
    "InboxSendMessage",
    "InboxSendPayload",
    "InboxSendRequest",
    "InboxSendResponse",
    "InboxShowRequest",
    "InboxShowResponse",
    "LeaderboardEntry",
    "LeaderboardRange",
    "LeaderboardRangePreviousRequest",
    "LeaderboardRangeRequest",
    "LeaderboardRecordRequest",
    "LeaderboardRecordType",
    "LeaderboardRotation",
    "LeaderboardShowPreviousRequest",
    "LeaderboardShowRequest",
    "LeaderboardSortType",
    "LeaderboardTable",
    "LeaderboardTableCreateRequest",
    "LeaderboardTableCreated",
    "LeaderboardTableShowRequest",
    "NicknameExistence",
    "NicknameExistsRequest",
    "NicknameExistsResponse",
    "NicknamePutRequest",
    "NicknameResponse",
    "PlayerProfile",
    "PurchaseValidation",
    "RemoteConfig",
    "RemoteConfigLoadRequest",
    "RemoteConfigVariable",
    "ServerTime",
    "ServerTimeEnvelope",
    "ServerTimeRequest",
    "SessionTokens",
    "SignInResponse",
    "SocialSignInRequest",
    "StatusResponse",
    "StorageLoadRequest",
    "StorageMultiLoadRequest",
    "StorageMultiSaveItem",
    "StorageMultiSaveItems",
    "StorageMultiSaveRequest",
    "StoragePlayerLoadRequest",
    "StoragePrivacy",
    "StoragePublicLoadRequest",
    "StorageRecord",
    "StorageRecords",
    "StorageSaveRequest",
    "TokenInfoRequest",
    "TokenRefreshRequest",
    "TokenStatusRequest",
    "TokenStatusResponse",
    "WithdrawalInfo",
    "WithdrawalKeyRequest",
    "WithdrawalRequestRequest",
    "YesNo",
]


def _as_device_platform_or_none(value: DevicePlatform | str | None) -> DevicePlatform | None:
    """A DevicePlatform from its value (``None`` stays ``None``)."""
    return None if value is None else _v.as_enum(DevicePlatform, value)


def _as_duplicate_allow(value: DuplicateAllow | str) -> DuplicateAllow:
    """A DuplicateAllow from its value."""
    return _v.as_enum(DuplicateAllow, value)


def _as_leaderboard_record_type(value: LeaderboardRecordType | str) -> LeaderboardRecordType:
    """A LeaderboardRecordType from its value."""
    return _v.as_enum(LeaderboardRecordType, value)


def _as_leaderboard_rotation(value: LeaderboardRotation | str) -> LeaderboardRotation:
    """A LeaderboardRotation from its value."""
    return _v.as_enum(LeaderboardRotation, value)


def _as_leaderboard_sort_type(value: LeaderboardSortType | str) -> LeaderboardSortType:
    """A LeaderboardSortType from its value."""
    return _v.as_enum(LeaderboardSortType, value)


def _as_storage_privacy(value: StoragePrivacy | str) -> StoragePrivacy:
    """A StoragePrivacy from its value."""
    return _v.as_enum(StoragePrivacy, value)


def _as_yes_no(value: YesNo | str) -> YesNo:
    """A YesNo from its value."""
    return _v.as_enum(YesNo, value)


class DevicePlatform(OpenStrEnum):
    """`aos` (Android) or `ios`."""

    AOS = "aos"
    IOS = "ios"


@attrs.define(kw_only=True)
class GuestSignInRequest:
    """Request model ``GuestSignInRequest`` of the PlayNANOO REST API."""

    linked_id: str = attrs.field(
        validator=_v.string(min_length=1, max_length=256), metadata={"json": "linked_id"}
    )
    """The guest's linked id (a device-unique id the app keeps)."""


@attrs.define(kw_only=True)
class EmailSignInRequest:
    """Request model ``EmailSignInRequest`` of the PlayNANOO REST API."""

    email: str = attrs.field(
        validator=_v.string(max_length=254, formats=("email",)), metadata={"json": "linked_id"}
    )
    """The email address."""
    password: str = attrs.field(
        validator=_v.string(min_length=1, max_length=256), repr=False, metadata={"json": "linked_password"}
    )
    """The password."""


@attrs.define(kw_only=True)
class EmailSignUpRequest:
    """Request model ``EmailSignUpRequest`` of the PlayNANOO REST API."""

    email: str = attrs.field(
        validator=_v.string(max_length=254, formats=("email",)), metadata={"json": "linked_id"}
    )
    """The email address."""
    password: str = attrs.field(
        validator=_v.string(min_length=1, max_length=256), repr=False, metadata={"json": "linked_password"}
    )
    """The password."""


@attrs.define(kw_only=True)
class SocialSignInRequest:
    """Request model ``SocialSignInRequest`` of the PlayNANOO REST API."""

    account_type: str = attrs.field(
        validator=_v.string(min_length=1, max_length=32), metadata={"json": "account_type"}
    )
    """Social account type, as the vendor's plugin constants spell it (e.g. "GOOGLE", "FACEBOOK",
    "APPLE").
    """
    account_token: str = attrs.field(
        validator=_v.string(min_length=1, max_length=8192), repr=False, metadata={"json": "account_token"}
    )
    """The social provider's token (Google ID token, Facebook access token, …)."""
    request_uuid: str | None = attrs.field(
        default=None, validator=_v.optional(_v.string(max_length=128)), metadata={"json": "request_uuid"}
    )
    """A request unique id; listed on the REST page, absent from the plugin pages. A random UUID is
    sent when none is given.
    """


@attrs.define(kw_only=True)
class TokenRefreshRequest:
    """Request model ``TokenRefreshRequest`` of the PlayNANOO REST API."""

    refresh_token: str = attrs.field(
        validator=_v.string(min_length=1, max_length=8192), repr=False, metadata={"json": "refresh_token"}
    )
    """The player's refresh token."""


@attrs.define(kw_only=True)
class TokenInfoRequest:
    """Request model ``TokenInfoRequest`` of the PlayNANOO REST API."""

    access_token: str = attrs.field(
        validator=_v.string(min_length=1, max_length=8192), repr=False, metadata={"json": "access_token"}
    )
    """The access token to look up (the client sends the player's own)."""


@attrs.define(kw_only=True)
class TokenStatusRequest:
    """Request model ``TokenStatusRequest`` of the PlayNANOO REST API."""

    access_token: str = attrs.field(
        validator=_v.string(min_length=1, max_length=8192), repr=False, metadata={"json": "access_token"}
    )
    """The access token to check (the client sends the player's own)."""


@attrs.define(kw_only=True)
class AccountLinkRequest:
    """Request model ``AccountLinkRequest`` of the PlayNANOO REST API."""

    request_uuid: str = attrs.field(
        validator=_v.string(min_length=1, max_length=256), metadata={"json": "request_uuid"}
    )
    """The external user id to link."""
    account_type: str = attrs.field(
        validator=_v.string(min_length=1, max_length=32), metadata={"json": "account_type"}
    )
    """Link type; the vendor's reference client sends "LINK"."""


@attrs.define(kw_only=True)
class SessionTokens(_serde.OpenModel):
    """Model ``SessionTokens`` of the PlayNANOO REST API."""

    access_token: str = attrs.field(repr=False, metadata={"json": "AccessToken"})
    """The player's access token (short-lived)."""
    refresh_token: str | None = attrs.field(default=None, repr=False, metadata={"json": "RefreshToken"})
    """The player's refresh token (longer-lived)."""
    additional_properties: dict[str, Any] = attrs.field(
        factory=dict, metadata={"additional_properties": True}
    )
    """Keys the platform sent that this model does not name (kept as decoded JSON)."""


@attrs.define(kw_only=True)
class PlayerProfile(_serde.OpenModel):
    """The player as sign-in and token info describe it. None of its fields is required: a sign-in must
    not fail over a missing statistics field (the client itself needs only `UserUniqueID`, and
    checks for it where it keys tokens by it).
    """

    user_unique_id: str | None = attrs.field(default=None, metadata={"json": "UserUniqueID"})
    """The player's unique id (sent back as the device field `uuid`)."""
    open_id: str | None = attrs.field(default=None, metadata={"json": "OpenID"})
    """The player's open id (what other players use, e.g. in friend requests)."""
    nickname: str | None = attrs.field(default=None, metadata={"json": "Nickname"})
    linked_id: str | None = attrs.field(default=None, metadata={"json": "LinkedID"})
    linked_type: str | None = attrs.field(default=None, metadata={"json": "LinkedType"})
    purchase_count: int | None = attrs.field(default=None, metadata={"json": "PurchaseCount"})
    """How many purchases the player made."""
    purchase_currency_code: str | None = attrs.field(default=None, metadata={"json": "PurchaseCurrencyCode"})
    """The currency of `PurchaseTotalPrice`."""
    purchase_total_price: float | None = attrs.field(default=None, metadata={"json": "PurchaseTotalPrice"})
    """The total of the player's purchases."""
    purchase_voided_count: int | None = attrs.field(default=None, metadata={"json": "PurchaseVoidedCount"})
    """How many of the player's purchases were refunded."""
    purchase_voided_currency_code: str | None = attrs.field(
        default=None, metadata={"json": "PurchaseVoidedCurrencyCode"}
    )
    """The currency of `PurchaseVoidedTotalPrice`."""
    purchase_voided_total_price: float | None = attrs.field(
        default=None, metadata={"json": "PurchaseVoidedTotalPrice"}
    )
    """The total refunded."""
    country: str | None = attrs.field(default=None, metadata={"json": "Country"})
    timezone: str | None = attrs.field(default=None, metadata={"json": "Timezone"})
    offset: int | None = attrs.field(default=None, metadata={"json": "Offset"})
    """The player's time offset."""
    join_period: int | None = attrs.field(default=None, metadata={"json": "JoinPeriod"})
    """The join period (the vendor says no more)."""
    additional_properties: dict[str, Any] = attrs.field(
        factory=dict, metadata={"additional_properties": True}
    )
    """Keys the platform sent that this model does not name (kept as decoded JSON)."""


@attrs.define(kw_only=True)
class SignInResponse(_serde.OpenModel):
    """Model ``SignInResponse`` of the PlayNANOO REST API."""

    token: SessionTokens = attrs.field(metadata={"json": "Token"})
    player: PlayerProfile | None = attrs.field(default=None, metadata={"json": "Player"})
    additional_properties: dict[str, Any] = attrs.field(
        factory=dict, metadata={"additional_properties": True}
    )
    """Keys the platform sent that this model does not name (kept as decoded JSON)."""


@attrs.define(kw_only=True)
class TokenStatusResponse(_serde.OpenModel):
    """Model ``TokenStatusResponse`` of the PlayNANOO REST API."""

    status: str = attrs.field(metadata={"json": "Status"})
    withdrawal_key: str | None = attrs.field(default=None, repr=False, metadata={"json": "WithdrawalKey"})
    """Present while the account is in its withdrawal grace period."""
    additional_properties: dict[str, Any] = attrs.field(
        factory=dict, metadata={"additional_properties": True}
    )
    """Keys the platform sent that this model does not name (kept as decoded JSON)."""


@attrs.define(kw_only=True)
class StatusResponse(_serde.OpenModel):
    """Model ``StatusResponse`` of the PlayNANOO REST API."""

    status: str = attrs.field(metadata={"json": "Status"})
    """Processing status."""
    additional_properties: dict[str, Any] = attrs.field(
        factory=dict, metadata={"additional_properties": True}
    )
    """Keys the platform sent that this model does not name (kept as decoded JSON)."""


class YesNo(OpenStrEnum):
    """A PlayNANOO yes/no flag."""

    Y = "Y"
    N = "N"


@attrs.define(kw_only=True)
class NicknamePutRequest:
    """Request model ``NicknamePutRequest`` of the PlayNANOO REST API."""

    nickname: str = attrs.field(
        validator=_v.string(min_length=1, max_length=128), metadata={"json": "change_nickname"}
    )
    """The nickname to set."""
    check_exists: YesNo = attrs.field(
        converter=_as_yes_no, validator=_v.enum_member(YesNo), metadata={"json": "check_exists"}
    )
    """Refuse a nickname another player has (10008); False allows duplicates."""


@attrs.define(kw_only=True)
class NicknameExistsRequest:
    """Request model ``NicknameExistsRequest`` of the PlayNANOO REST API."""

    nickname: str = attrs.field(
        validator=_v.string(min_length=1, max_length=128), metadata={"json": "change_nickname"}
    )
    """The nickname to look for."""


@attrs.define(kw_only=True)
class NicknameResponse(_serde.OpenModel):
    """Model ``NicknameResponse`` of the PlayNANOO REST API."""

    nickname: str = attrs.field(metadata={"json": "Nickname"})
    additional_properties: dict[str, Any] = attrs.field(
        factory=dict, metadata={"additional_properties": True}
    )
    """Keys the platform sent that this model does not name (kept as decoded JSON)."""


class NicknameExistence(OpenStrEnum):
    """Whether the nickname is in use."""

    EXISTS = "EXISTS"
    NOT_EXISTS = "NOT_EXISTS"


@attrs.define(kw_only=True)
class NicknameExistsResponse(_serde.OpenModel):
    """Model ``NicknameExistsResponse`` of the PlayNANOO REST API."""

    status: NicknameExistence = attrs.field(metadata={"json": "Status"})
    additional_properties: dict[str, Any] = attrs.field(
        factory=dict, metadata={"additional_properties": True}
    )
    """Keys the platform sent that this model does not name (kept as decoded JSON)."""


@attrs.define(kw_only=True)
class WithdrawalRequestRequest:
    """Request model ``WithdrawalRequestRequest`` of the PlayNANOO REST API."""

    period: int = attrs.field(validator=_v.integer(minimum=1, maximum=3650), metadata={"json": "period"})
    """The grace period in days (the account can be recovered until it ends)."""
    account_token: str = attrs.field(
        validator=_v.string(min_length=1, max_length=8192), repr=False, metadata={"json": "account_token"}
    )
    """The player's access token."""
    memo: str = attrs.field(validator=_v.string(max_length=1024), metadata={"json": "memo"})
    """Why the player leaves (shown by withdrawal_search)."""


@attrs.define(kw_only=True)
class WithdrawalKeyRequest:
    """Request model ``WithdrawalKeyRequest`` of the PlayNANOO REST API."""

    withdrawal_key: str = attrs.field(
        validator=_v.string(min_length=1, max_length=1024), repr=False, metadata={"json": "withdrawal_key"}
    )
    """The `WithdrawalKey` of a 30007 answer (`AccountWithdrawalPending.withdrawal_key`)."""


@attrs.define(kw_only=True)
class WithdrawalInfo(_serde.OpenModel):
    """Model ``WithdrawalInfo`` of the PlayNANOO REST API."""

    status: str = attrs.field(metadata={"json": "Status"})
    """The withdrawal's state."""
    memo: str = attrs.field(metadata={"json": "Memo"})
    """The reason given with the request."""
    withdrawal_date: str = attrs.field(metadata={"json": "WithdrawalDate"})
    """When the account is to be withdrawn."""
    additional_properties: dict[str, Any] = attrs.field(
        factory=dict, metadata={"additional_properties": True}
    )
    """Keys the platform sent that this model does not name (kept as decoded JSON)."""


@attrs.define(kw_only=True)
class BlockReasonRequest:
    """Request model ``BlockReasonRequest`` of the PlayNANOO REST API."""

    block_key: str = attrs.field(
        validator=_v.string(min_length=1, max_length=1024), repr=False, metadata={"json": "block_key"}
    )
    """The `BlockKey` of a 70002 answer (`AccountBlocked.block_key`)."""


@attrs.define(kw_only=True)
class BlockReason(_serde.OpenModel):
    """Model ``BlockReason`` of the PlayNANOO REST API."""

    reason: str = attrs.field(metadata={"json": "Reason"})
    permanent: YesNo = attrs.field(metadata={"json": "Permanent"})
    """`Y` for a permanent block."""
    user_id: str | None = attrs.field(default=None, metadata={"json": "UserId"})
    expire_date: str | None = attrs.field(default=None, metadata={"json": "ExpireDate"})
    """When the block ends; "permanent" for a permanent block."""
    time_until_expire: int | str | None = attrs.field(default=None, metadata={"json": "TimeUntilExpire"})
    """Seconds until the block ends (-1 when permanent); documented both as a number and as a string."""
    services: list[str] | None = attrs.field(default=None, metadata={"json": "Services"})
    """The codes of the services the account is blocked from."""
    additional_properties: dict[str, Any] = attrs.field(
        factory=dict, metadata={"additional_properties": True}
    )
    """Keys the platform sent that this model does not name (kept as decoded JSON)."""


@attrs.define(kw_only=True)
class BlockReasons(_serde.OpenModel):
    """Model ``BlockReasons`` of the PlayNANOO REST API."""

    items: list[BlockReason] = attrs.field(metadata={"json": "Items"})
    additional_properties: dict[str, Any] = attrs.field(
        factory=dict, metadata={"additional_properties": True}
    )
    """Keys the platform sent that this model does not name (kept as decoded JSON)."""


class StoragePrivacy(OpenStrEnum):
    """ "on" keeps the value from other players; "off" lets them load it."""

    ON = "on"
    OFF = "off"


@attrs.define(kw_only=True)
class StorageSaveRequest:
    """Request model ``StorageSaveRequest`` of the PlayNANOO REST API."""

    storage_key: str = attrs.field(
        validator=_v.string(min_length=1, max_length=256), metadata={"json": "storage_key"}
    )
    storage_value: str = attrs.field(
        validator=_v.string(max_length=1048576), metadata={"json": "storage_value"}
    )
    """The value (often a JSON document as a string)."""
    is_private: StoragePrivacy = attrs.field(
        converter=_as_storage_privacy,
        validator=_v.enum_member(StoragePrivacy),
        metadata={"json": "isPrivate"},
    )
    """Whether other players are kept from loading it (False lets them)."""


@attrs.define(kw_only=True)
class StorageLoadRequest:
    """Request model ``StorageLoadRequest`` of the PlayNANOO REST API."""

    storage_key: str = attrs.field(
        validator=_v.string(min_length=1, max_length=256), metadata={"json": "storage_key"}
    )


@attrs.define(kw_only=True)
class StorageRecord(_serde.OpenModel):
    """Model ``StorageRecord`` of the PlayNANOO REST API."""

    storage_key: str = attrs.field(metadata={"json": "StorageKey"})
    storage_value: str = attrs.field(metadata={"json": "StorageValue"})
    player_id: str | None = attrs.field(default=None, metadata={"json": "PlayerId"})
    """Absent from public loads."""
    additional_properties: dict[str, Any] = attrs.field(
        factory=dict, metadata={"additional_properties": True}
    )
    """Keys the platform sent that this model does not name (kept as decoded JSON)."""


@attrs.define(kw_only=True)
class StorageRecords(_serde.OpenModel):
    """Model ``StorageRecords`` of the PlayNANOO REST API."""

    items: list[StorageRecord] = attrs.field(metadata={"json": "Items"})
    additional_properties: dict[str, Any] = attrs.field(
        factory=dict, metadata={"additional_properties": True}
    )
    """Keys the platform sent that this model does not name (kept as decoded JSON)."""


@attrs.define(kw_only=True)
class StorageMultiSaveRequest:
    """Request model ``StorageMultiSaveRequest`` of the PlayNANOO REST API."""

    storage_items: str = attrs.field(validator=_v.string(min_length=2), metadata={"json": "storage_items"})
    """`StorageMultiSaveItems` encoded as a JSON string (the vendor sends it that way)."""


@attrs.define(kw_only=True)
class StorageMultiSaveItem:
    """Request model ``StorageMultiSaveItem`` of the PlayNANOO REST API."""

    storage_key: str = attrs.field(
        validator=_v.string(min_length=1, max_length=256), metadata={"json": "StorageKey"}
    )
    storage_value: str = attrs.field(
        validator=_v.string(max_length=1048576), metadata={"json": "StorageValue"}
    )
    is_private: bool = attrs.field(validator=_v.boolean(), metadata={"json": "IsPrivate"})


@attrs.define(kw_only=True)
class StorageMultiLoadRequest:
    """Request model ``StorageMultiLoadRequest`` of the PlayNANOO REST API."""

    storage_keys: list[str] = attrs.field(
        validator=_v.array(_v.string(min_length=1, max_length=256), min_items=1, max_items=100),
        metadata={"json": "storage_keys"},
    )


@attrs.define(kw_only=True)
class StoragePublicLoadRequest:
    """Request model ``StoragePublicLoadRequest`` of the PlayNANOO REST API."""

    storage_key: str = attrs.field(
        validator=_v.string(min_length=1, max_length=256), metadata={"json": "storage_key"}
    )


@attrs.define(kw_only=True)
class StoragePlayerLoadRequest:
    """Request model ``StoragePlayerLoadRequest`` of the PlayNANOO REST API."""

    player_uuid: str = attrs.field(
        validator=_v.string(min_length=1, max_length=128), metadata={"json": "player_uuid"}
    )
    """The other player's UserUniqueID."""
    storage_key: str = attrs.field(
        validator=_v.string(min_length=1, max_length=256), metadata={"json": "storage_key"}
    )


@attrs.define(kw_only=True)
class InboxItemsRequest:
    """Request model ``InboxItemsRequest`` of the PlayNANOO REST API."""

    table_code: str = attrs.field(
        validator=_v.string(min_length=1, max_length=128), metadata={"json": "table_code"}
    )
    """The inbox table's code (from the console)."""


@attrs.define(kw_only=True)
class InboxCountRequest:
    """Request model ``InboxCountRequest`` of the PlayNANOO REST API."""

    table_code: str = attrs.field(
        validator=_v.string(min_length=1, max_length=128), metadata={"json": "table_code"}
    )


@attrs.define(kw_only=True)
class InboxShowRequest:
    """Request model ``InboxShowRequest`` of the PlayNANOO REST API."""

    item_key: str = attrs.field(
        validator=_v.string(min_length=1, max_length=256), metadata={"json": "item_key"}
    )


@attrs.define(kw_only=True)
class InboxSendRequest:
    """Request model ``InboxSendRequest`` of the PlayNANOO REST API."""

    table_code: str = attrs.field(
        validator=_v.string(min_length=1, max_length=128), metadata={"json": "table_code"}
    )
    items: str = attrs.field(validator=_v.string(min_length=2), metadata={"json": "items"})
    """`InboxSendPayload` encoded as a JSON string (the vendor sends it that way)."""
    period: int = attrs.field(validator=_v.integer(minimum=1, maximum=3650), metadata={"json": "period"})
    """How many days the entry can be claimed."""


@attrs.define(kw_only=True)
class InboxSendItem:
    """Request model ``InboxSendItem`` of the PlayNANOO REST API."""

    item_code: str = attrs.field(
        validator=_v.string(min_length=1, max_length=128), metadata={"json": "item_code"}
    )
    item_count: int = attrs.field(validator=_v.integer(minimum=1), metadata={"json": "item_count"})


@attrs.define(kw_only=True)
class InboxSendMessage:
    """Request model ``InboxSendMessage`` of the PlayNANOO REST API."""

    language: str = attrs.field(
        validator=_v.string(min_length=1, max_length=16), metadata={"json": "language"}
    )
    """Language code; the vendor requires one message in "default"."""
    title: str = attrs.field(validator=_v.string(max_length=256), metadata={"json": "title"})
    content: str = attrs.field(validator=_v.string(max_length=4096), metadata={"json": "content"})


@attrs.define(kw_only=True)
class InboxConsumeItemRequest:
    """Request model ``InboxConsumeItemRequest`` of the PlayNANOO REST API."""

    item_key: str = attrs.field(
        validator=_v.string(min_length=1, max_length=256), metadata={"json": "item_key"}
    )


@attrs.define(kw_only=True)
class InboxConsumeMultiRequest:
    """Request model ``InboxConsumeMultiRequest`` of the PlayNANOO REST API."""

    item_keys: str = attrs.field(validator=_v.string(min_length=1), metadata={"json": "item_keys"})
    """The entries' item keys (sent joined with commas, "key1,key2,key3")."""


@attrs.define(kw_only=True)
class InboxItem(_serde.OpenModel):
    """Model ``InboxItem`` of the PlayNANOO REST API."""

    item_code: str | None = attrs.field(default=None, metadata={"json": "item_code"})
    item_count: int | None = attrs.field(default=None, metadata={"json": "item_count"})
    additional_properties: dict[str, Any] = attrs.field(
        factory=dict, metadata={"additional_properties": True}
    )
    """Keys the platform sent that this model does not name (kept as decoded JSON)."""


@attrs.define(kw_only=True)
class InboxMessage(_serde.OpenModel):
    """Model ``InboxMessage`` of the PlayNANOO REST API."""

    language: str | None = attrs.field(default=None, metadata={"json": "language"})
    title: str | None = attrs.field(default=None, metadata={"json": "title"})
    content: str | None = attrs.field(default=None, metadata={"json": "content"})
    additional_properties: dict[str, Any] = attrs.field(
        factory=dict, metadata={"additional_properties": True}
    )
    """Keys the platform sent that this model does not name (kept as decoded JSON)."""


@attrs.define(kw_only=True)
class InboxEntry(_serde.OpenModel):
    """Model ``InboxEntry`` of the PlayNANOO REST API."""

    type: str | None = attrs.field(default=None, metadata={"json": "type"})
    """`item` (a normal entry) or `event` (an event entry)."""
    item_key: str | None = attrs.field(default=None, metadata={"json": "item_key"})
    items: list[InboxItem] | None = attrs.field(default=None, metadata={"json": "items"})
    messages: list[InboxMessage] | None = attrs.field(default=None, metadata={"json": "messages"})
    expire_sec: int | None = attrs.field(default=None, metadata={"json": "expire_sec"})
    """Seconds left before the entry expires."""
    additional_properties: dict[str, Any] = attrs.field(
        factory=dict, metadata={"additional_properties": True}
    )
    """Keys the platform sent that this model does not name (kept as decoded JSON)."""


@attrs.define(kw_only=True)
class InboxItemsResponse(_serde.OpenModel):
    """Model ``InboxItemsResponse`` of the PlayNANOO REST API."""

    items: list[InboxEntry] = attrs.field(metadata={"json": "items"})
    additional_properties: dict[str, Any] = attrs.field(
        factory=dict, metadata={"additional_properties": True}
    )
    """Keys the platform sent that this model does not name (kept as decoded JSON)."""


@attrs.define(kw_only=True)
class InboxCountResponse(_serde.OpenModel):
    """Model ``InboxCountResponse`` of the PlayNANOO REST API."""

    count: int = attrs.field(metadata={"json": "count"})
    additional_properties: dict[str, Any] = attrs.field(
        factory=dict, metadata={"additional_properties": True}
    )
    """Keys the platform sent that this model does not name (kept as decoded JSON)."""


@attrs.define(kw_only=True)
class InboxShowResponse(_serde.OpenModel):
    """Model ``InboxShowResponse`` of the PlayNANOO REST API."""

    items: list[InboxItem] = attrs.field(metadata={"json": "items"})
    messages: list[InboxMessage] | None = attrs.field(default=None, metadata={"json": "messages"})
    additional_properties: dict[str, Any] = attrs.field(
        factory=dict, metadata={"additional_properties": True}
    )
    """Keys the platform sent that this model does not name (kept as decoded JSON)."""


@attrs.define(kw_only=True)
class InboxSendResponse(_serde.OpenModel):
    """Model ``InboxSendResponse`` of the PlayNANOO REST API."""

    status: str = attrs.field(metadata={"json": "status"})
    """Processing status (this one is lower-case on the wire)."""
    additional_properties: dict[str, Any] = attrs.field(
        factory=dict, metadata={"additional_properties": True}
    )
    """Keys the platform sent that this model does not name (kept as decoded JSON)."""


@attrs.define(kw_only=True)
class InboxConsumeResponse(_serde.OpenModel):
    """Model ``InboxConsumeResponse`` of the PlayNANOO REST API."""

    items: list[InboxItem] = attrs.field(metadata={"json": "items"})
    additional_properties: dict[str, Any] = attrs.field(
        factory=dict, metadata={"additional_properties": True}
    )
    """Keys the platform sent that this model does not name (kept as decoded JSON)."""


@attrs.define(kw_only=True)
class LeaderboardRecordRequest:
    """Request model ``LeaderboardRecordRequest`` of the PlayNANOO REST API."""

    table_code: str = attrs.field(validator=_v.string(min_length=1, max_length=128), metadata={"json": "uid"})
    """The leaderboard table code."""
    record_id: str = attrs.field(
        validator=_v.string(min_length=1, max_length=128), metadata={"json": "record_id"}
    )
    """Whose record this is (usually the player's id)."""
    score: float = attrs.field(validator=_v.number(), metadata={"json": "score"})
    extra_data: str | None = attrs.field(
        default=None, validator=_v.optional(_v.string(max_length=4096)), metadata={"json": "extra_data"}
    )
    """Extra data kept with the record (often a JSON string)."""


@attrs.define(kw_only=True)
class LeaderboardShowRequest:
    """Request model ``LeaderboardShowRequest`` of the PlayNANOO REST API."""

    table_code: str = attrs.field(validator=_v.string(min_length=1, max_length=128), metadata={"json": "uid"})
    record_id: str = attrs.field(
        validator=_v.string(min_length=1, max_length=128), metadata={"json": "record_id"}
    )


@attrs.define(kw_only=True)
class LeaderboardRangeRequest:
    """Request model ``LeaderboardRangeRequest`` of the PlayNANOO REST API."""

    table_code: str = attrs.field(validator=_v.string(min_length=1, max_length=128), metadata={"json": "uid"})
    range_start: int = attrs.field(validator=_v.integer(minimum=1), metadata={"json": "range_start"})
    """First rank (ranks start at 1)."""
    range_end: int = attrs.field(
        validator=_v.all_of(_v.integer(minimum=1), _v.not_less_than("range_start")),
        metadata={"json": "range_end"},
    )
    """Last rank (inclusive); not lower than range_start."""


@attrs.define(kw_only=True)
class LeaderboardShowPreviousRequest:
    """Request model ``LeaderboardShowPreviousRequest`` of the PlayNANOO REST API."""

    table_code: str = attrs.field(validator=_v.string(min_length=1, max_length=128), metadata={"json": "uid"})
    record_id: str = attrs.field(
        validator=_v.string(min_length=1, max_length=128), metadata={"json": "record_id"}
    )
    rotation_count: int = attrs.field(validator=_v.integer(minimum=1), metadata={"json": "rotation_count"})
    """The season number."""


@attrs.define(kw_only=True)
class LeaderboardRangePreviousRequest:
    """Request model ``LeaderboardRangePreviousRequest`` of the PlayNANOO REST API."""

    table_code: str = attrs.field(validator=_v.string(min_length=1, max_length=128), metadata={"json": "uid"})
    rotation_count: int = attrs.field(validator=_v.integer(minimum=1), metadata={"json": "rotation_count"})
    range_start: int = attrs.field(validator=_v.integer(minimum=1), metadata={"json": "range_start"})
    range_end: int = attrs.field(
        validator=_v.all_of(_v.integer(minimum=1), _v.not_less_than("range_start")),
        metadata={"json": "range_end"},
    )
    """Last rank (inclusive); not lower than range_start."""


@attrs.define(kw_only=True)
class LeaderboardEntry(_serde.OpenModel):
    """Model ``LeaderboardEntry`` of the PlayNANOO REST API."""

    record_id: str = attrs.field(metadata={"json": "RecordId"})
    score: float = attrs.field(metadata={"json": "Score"})
    """Documented as int on reads and double on writes; kept as a number."""
    rank: int | None = attrs.field(default=None, metadata={"json": "Rank"})
    rotation_count: int | None = attrs.field(default=None, metadata={"json": "RotationCount"})
    """The season number."""
    extra_data: str | None = attrs.field(default=None, metadata={"json": "ExtraData"})
    additional_properties: dict[str, Any] = attrs.field(
        factory=dict, metadata={"additional_properties": True}
    )
    """Keys the platform sent that this model does not name (kept as decoded JSON)."""


@attrs.define(kw_only=True)
class LeaderboardRange(_serde.OpenModel):
    """Model ``LeaderboardRange`` of the PlayNANOO REST API."""

    items: list[LeaderboardEntry] = attrs.field(metadata={"json": "Items"})
    additional_properties: dict[str, Any] = attrs.field(
        factory=dict, metadata={"additional_properties": True}
    )
    """Keys the platform sent that this model does not name (kept as decoded JSON)."""


@attrs.define(kw_only=True)
class CouponUseRequest:
    """Request model ``CouponUseRequest`` of the PlayNANOO REST API."""

    code: str = attrs.field(validator=_v.string(min_length=1, max_length=128), metadata={"json": "code"})


@attrs.define(kw_only=True)
class CouponReward(_serde.OpenModel):
    """Model ``CouponReward`` of the PlayNANOO REST API."""

    item_code: str | None = attrs.field(default=None, metadata={"json": "item_code"})
    item_count: float | None = attrs.field(default=None, metadata={"json": "item_count"})
    additional_properties: dict[str, Any] = attrs.field(
        factory=dict, metadata={"additional_properties": True}
    )
    """Keys the platform sent that this model does not name (kept as decoded JSON)."""


@attrs.define(kw_only=True)
class CouponUseResponse(_serde.OpenModel):
    """Model ``CouponUseResponse`` of the PlayNANOO REST API."""

    items: list[CouponReward] = attrs.field(metadata={"json": "Items"})
    additional_properties: dict[str, Any] = attrs.field(
        factory=dict, metadata={"additional_properties": True}
    )
    """Keys the platform sent that this model does not name (kept as decoded JSON)."""


@attrs.define(kw_only=True)
class CurrencyPutRequest:
    """Request model ``CurrencyPutRequest`` of the PlayNANOO REST API."""

    items: str = attrs.field(validator=_v.string(min_length=2), metadata={"json": "items"})
    """`CurrencyChanges` encoded as a JSON string (the vendor sends it that way)."""


@attrs.define(kw_only=True)
class CurrencyChargeRequest:
    """Request model ``CurrencyChargeRequest`` of the PlayNANOO REST API."""

    items: str = attrs.field(validator=_v.string(min_length=2), metadata={"json": "items"})
    """`CurrencyChanges` encoded as a JSON string."""


@attrs.define(kw_only=True)
class CurrencyChange:
    """Request model ``CurrencyChange`` of the PlayNANOO REST API."""

    currency_code: str = attrs.field(
        validator=_v.string(min_length=1, max_length=64), metadata={"json": "currency_code"}
    )
    currency_amount: float = attrs.field(validator=_v.number(minimum=0), metadata={"json": "currency_amount"})


@attrs.define(kw_only=True)
class CurrencyBalance(_serde.OpenModel):
    """Model ``CurrencyBalance`` of the PlayNANOO REST API."""

    currency_code: str | None = attrs.field(default=None, metadata={"json": "currency_code"})
    currency_amount: float | None = attrs.field(default=None, metadata={"json": "currency_amount"})
    additional_properties: dict[str, Any] = attrs.field(
        factory=dict, metadata={"additional_properties": True}
    )
    """Keys the platform sent that this model does not name (kept as decoded JSON)."""


@attrs.define(kw_only=True)
class CurrencyBalances(_serde.OpenModel):
    """Model ``CurrencyBalances`` of the PlayNANOO REST API."""

    items: list[CurrencyBalance] = attrs.field(metadata={"json": "items"})
    additional_properties: dict[str, Any] = attrs.field(
        factory=dict, metadata={"additional_properties": True}
    )
    """Keys the platform sent that this model does not name (kept as decoded JSON)."""


@attrs.define(kw_only=True)
class RemoteConfigLoadRequest:
    """Request model ``RemoteConfigLoadRequest`` of the PlayNANOO REST API."""

    storage_key: str = attrs.field(
        validator=_v.string(min_length=14, max_length=256), metadata={"json": "storage_key"}
    )
    """`RemoteConfig_{table_code}` (the client builds it from the `table_code` argument)."""


@attrs.define(kw_only=True)
class RemoteConfigVariable(_serde.OpenModel):
    """Model ``RemoteConfigVariable`` of the PlayNANOO REST API."""

    key: str = attrs.field(metadata={"json": "remote_config_variable_key"})
    value: str = attrs.field(metadata={"json": "remote_config_variable_value"})
    """The value, as text (read it according to `variable_type`)."""
    variable_type: str | None = attrs.field(default=None, metadata={"json": "remote_config_variable_type"})
    """The variable's type, as set in the console."""
    description: str | None = attrs.field(
        default=None, metadata={"json": "remote_config_variable_description"}
    )
    created_at: int | None = attrs.field(default=None, metadata={"json": "remote_config_variable_createdAt"})
    """When the variable was created (a `long`; the unit is not documented)."""
    additional_properties: dict[str, Any] = attrs.field(
        factory=dict, metadata={"additional_properties": True}
    )
    """Keys the platform sent that this model does not name (kept as decoded JSON)."""


@attrs.define(kw_only=True)
class RemoteConfig(_serde.OpenModel):
    """Model ``RemoteConfig`` of the PlayNANOO REST API."""

    storage_key: str = attrs.field(metadata={"json": "StorageKey"})
    """`RemoteConfig_{table_code}`."""
    variables: list[RemoteConfigVariable] = attrs.field(metadata={"json": "remote_config_variables"})
    storage_value: str | None = attrs.field(default=None, metadata={"json": "StorageValue"})
    """The stored value behind the table."""
    additional_properties: dict[str, Any] = attrs.field(
        factory=dict, metadata={"additional_properties": True}
    )
    """Keys the platform sent that this model does not name (kept as decoded JSON)."""


class LeaderboardRotation(OpenStrEnum):
    """`never` (one endless season) or `rotation` (seasons of `rotation_period` days)."""

    NEVER = "never"
    ROTATION = "rotation"


class LeaderboardRecordType(OpenStrEnum):
    """Which score a record keeps (the highest, the lowest, their sum, the last one)."""

    HIGHSCORE = "highscore"
    LOWSCORE = "lowscore"
    SUM = "sum"
    LAST = "last"


class LeaderboardSortType(OpenStrEnum):
    """The ranking order."""

    ASC = "asc"
    DESC = "desc"


@attrs.define(kw_only=True)
class LeaderboardTableShowRequest:
    """Request model ``LeaderboardTableShowRequest`` of the PlayNANOO REST API."""

    table_code: str = attrs.field(validator=_v.string(min_length=1, max_length=128), metadata={"json": "uid"})
    """The leaderboard table code."""


@attrs.define(kw_only=True)
class LeaderboardTable(_serde.OpenModel):
    """Model ``LeaderboardTable`` of the PlayNANOO REST API."""

    rotation: LeaderboardRotation = attrs.field(metadata={"json": "Rotation"})
    rotation_count: int = attrs.field(metadata={"json": "RotationCount"})
    """The current season number."""
    record_type: LeaderboardRecordType = attrs.field(metadata={"json": "RecordType"})
    record_sort_type: LeaderboardSortType = attrs.field(metadata={"json": "RecordSortType"})
    total_ids: float = attrs.field(metadata={"json": "TotalIds"})
    """How many records the table holds (documented as a double)."""
    rotation_time_left: int | None = attrs.field(default=None, metadata={"json": "RotationTimeLeft"})
    """Seconds until the current season ends."""
    additional_properties: dict[str, Any] = attrs.field(
        factory=dict, metadata={"additional_properties": True}
    )
    """Keys the platform sent that this model does not name (kept as decoded JSON)."""


@attrs.define(kw_only=True)
class LeaderboardTableCreateRequest:
    """Request model ``LeaderboardTableCreateRequest`` of the PlayNANOO REST API."""

    name: str = attrs.field(validator=_v.string(min_length=1, max_length=128), metadata={"json": "name"})
    """The table's name."""
    rotation: LeaderboardRotation = attrs.field(
        converter=_as_leaderboard_rotation,
        validator=_v.enum_member(LeaderboardRotation),
        metadata={"json": "rotation"},
    )
    record_type: LeaderboardRecordType = attrs.field(
        converter=_as_leaderboard_record_type,
        validator=_v.enum_member(LeaderboardRecordType),
        metadata={"json": "record_type"},
    )
    record_sort_type: LeaderboardSortType = attrs.field(
        converter=_as_leaderboard_sort_type,
        validator=_v.enum_member(LeaderboardSortType),
        metadata={"json": "record_sort_type"},
    )
    record_priority: YesNo = attrs.field(
        converter=_as_yes_no, validator=_v.enum_member(YesNo), metadata={"json": "record_priority"}
    )
    """The record priority flag ("Y"/"N"; the page does not say more)."""
    rotation_timeoffset: int | None = attrs.field(
        default=None,
        validator=_v.all_of(_v.optional(_v.integer()), _v.required_if("rotation", "rotation")),
        metadata={"json": "rotation_timeoffset"},
    )
    """The rotation's time offset (the unit is not documented); required with `rotation`."""
    rotation_date: str | None = attrs.field(
        default=None,
        validator=_v.all_of(
            _v.optional(_v.string(formats=("date",))), _v.required_if("rotation", "rotation")
        ),
        metadata={"json": "rotation_date"},
    )
    """The first season's start date (YYYY-MM-DD); required with `rotation`."""
    rotation_time: str | None = attrs.field(
        default=None,
        validator=_v.all_of(
            _v.optional(_v.string(pattern="^([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]$")),
            _v.required_if("rotation", "rotation"),
        ),
        metadata={"json": "rotation_time"},
    )
    """The first season's start time (HH:MM:SS); required with `rotation`."""
    rotation_period: int | None = attrs.field(
        default=None,
        validator=_v.all_of(_v.optional(_v.integer(minimum=1)), _v.required_if("rotation", "rotation")),
        metadata={"json": "rotation_period"},
    )
    """A season's length in days; required with `rotation`."""


@attrs.define(kw_only=True)
class LeaderboardTableCreated(_serde.OpenModel):
    """Model ``LeaderboardTableCreated`` of the PlayNANOO REST API."""

    table_id: str = attrs.field(metadata={"json": "TableId"})
    """The new table's id (its code for the other leaderboard calls)."""
    additional_properties: dict[str, Any] = attrs.field(
        factory=dict, metadata={"additional_properties": True}
    )
    """Keys the platform sent that this model does not name (kept as decoded JSON)."""


@attrs.define(kw_only=True)
class CurrencyGetRequest:
    """Request model ``CurrencyGetRequest`` of the PlayNANOO REST API."""

    currency_code: str = attrs.field(
        validator=_v.string(min_length=1, max_length=64), metadata={"json": "currency_code"}
    )


@attrs.define(kw_only=True)
class CurrencySubtractRequest:
    """Request model ``CurrencySubtractRequest`` of the PlayNANOO REST API."""

    currency_code: str = attrs.field(
        validator=_v.string(min_length=1, max_length=64), metadata={"json": "currency_code"}
    )
    currency_amount: float = attrs.field(
        validator=_v.number(exclusive_minimum=0), metadata={"json": "currency_amount"}
    )
    """How much to take (a positive amount)."""


@attrs.define(kw_only=True)
class CurrencyAmount(_serde.OpenModel):
    """Model ``CurrencyAmount`` of the PlayNANOO REST API."""

    currency_amount: float = attrs.field(metadata={"json": "currency_amount"})
    """The amount the player owns."""
    additional_properties: dict[str, Any] = attrs.field(
        factory=dict, metadata={"additional_properties": True}
    )
    """Keys the platform sent that this model does not name (kept as decoded JSON)."""


@attrs.define(kw_only=True)
class FriendTableRequest:
    """Request model ``FriendTableRequest`` of the PlayNANOO REST API."""

    table_code: str = attrs.field(
        validator=_v.string(min_length=1, max_length=128), metadata={"json": "table_code"}
    )
    """The friend table's code (from the console)."""


@attrs.define(kw_only=True)
class FriendRequestRequest:
    """Request model ``FriendRequestRequest`` of the PlayNANOO REST API."""

    table_code: str = attrs.field(
        validator=_v.string(min_length=1, max_length=128), metadata={"json": "table_code"}
    )
    open_id: str = attrs.field(
        validator=_v.string(min_length=1, max_length=128), metadata={"json": "open_id"}
    )
    """The other player's OpenID (`PlayerProfile.open_id`)."""


@attrs.define(kw_only=True)
class FriendRelationshipRequest:
    """Request model ``FriendRelationshipRequest`` of the PlayNANOO REST API."""

    table_code: str = attrs.field(
        validator=_v.string(min_length=1, max_length=128), metadata={"json": "table_code"}
    )
    relationship_code: str = attrs.field(
        validator=_v.string(min_length=1, max_length=256), metadata={"json": "relationship_code"}
    )
    """The relationship's code (`Friend.relationship_code`)."""


@attrs.define(kw_only=True)
class Friend(_serde.OpenModel):
    """Model ``Friend`` of the PlayNANOO REST API."""

    relationship_code: str = attrs.field(metadata={"json": "RelationshipCode"})
    """The relationship's code (accept and delete take it)."""
    user_id: str = attrs.field(metadata={"json": "UserId"})
    """The other player's UserUniqueID."""
    nickname: str | None = attrs.field(default=None, metadata={"json": "Nickname"})
    timezone: str | None = attrs.field(default=None, metadata={"json": "Timezone"})
    access_seconds: float | None = attrs.field(default=None, metadata={"json": "AccessSeconds"})
    """Seconds since the other player's last access."""
    additional_properties: dict[str, Any] = attrs.field(
        factory=dict, metadata={"additional_properties": True}
    )
    """Keys the platform sent that this model does not name (kept as decoded JSON)."""


@attrs.define(kw_only=True)
class FriendList(_serde.OpenModel):
    """Model ``FriendList`` of the PlayNANOO REST API."""

    items: list[Friend] = attrs.field(metadata={"json": "Items"})
    additional_properties: dict[str, Any] = attrs.field(
        factory=dict, metadata={"additional_properties": True}
    )
    """Keys the platform sent that this model does not name (kept as decoded JSON)."""


@attrs.define(kw_only=True)
class FriendInfo(_serde.OpenModel):
    """Model ``FriendInfo`` of the PlayNANOO REST API."""

    relationship_count: int = attrs.field(metadata={"json": "RelationshipCount"})
    """How many friends the player has."""
    pending_count: int = attrs.field(metadata={"json": "PendingCount"})
    """How many requests wait for the player's answer."""
    additional_properties: dict[str, Any] = attrs.field(
        factory=dict, metadata={"additional_properties": True}
    )
    """Keys the platform sent that this model does not name (kept as decoded JSON)."""


@attrs.define(kw_only=True)
class GameLogSaveRequest:
    """Request model ``GameLogSaveRequest`` of the PlayNANOO REST API."""

    table_code: str = attrs.field(
        validator=_v.string(min_length=1, max_length=128), metadata={"json": "table_code"}
    )
    """The log table's code (made in the console first)."""
    log_value: str = attrs.field(validator=_v.string(min_length=2), metadata={"json": "log_value"})
    """`GameLogValue` encoded as a JSON string (the vendor sends it that way)."""


@attrs.define(kw_only=True)
class GameLogValue:
    """Request model ``GameLogValue`` of the PlayNANOO REST API."""

    items: list[dict[str, str | float | bool | None]] = attrs.field(
        validator=_v.array(
            _v.mapping(_v.optional(_v.any_of(_v.string(), _v.number(), _v.boolean()))),
            min_items=1,
            max_items=100,
        ),
        metadata={"json": "items"},
    )
    """The rows to write: each a mapping of column name to a string, number, bool or None (``{"event":
    "stage_clear", "stage": 3}``).
    """


@attrs.define(kw_only=True)
class CloudCodeRunRequest:
    """Request model ``CloudCodeRunRequest`` of the PlayNANOO REST API."""

    table_code: str = attrs.field(
        validator=_v.string(min_length=1, max_length=128), metadata={"json": "table_code"}
    )
    """The cloud code table's code."""
    function_name: str = attrs.field(
        validator=_v.string(min_length=1, max_length=128), metadata={"json": "function_name"}
    )
    """The function to run."""
    function_arguments: str = attrs.field(
        validator=_v.string(max_length=1048576, pattern="^\\{[\\s\\S]*\\}$"),
        metadata={"json": "function_arguments"},
    )
    """The function's arguments as the JSON text of an object (``json.dumps({...})``; ``"{}"`` for
    none). Taken as text: their shape is the function's own.
    """


@attrs.define(kw_only=True)
class CloudCodeFunction(_serde.OpenModel):
    """Model ``CloudCodeFunction`` of the PlayNANOO REST API."""

    name: str = attrs.field(metadata={"json": "Name"})
    version: str | None = attrs.field(default=None, metadata={"json": "Version"})
    additional_properties: dict[str, Any] = attrs.field(
        factory=dict, metadata={"additional_properties": True}
    )
    """Keys the platform sent that this model does not name (kept as decoded JSON)."""


@attrs.define(kw_only=True)
class CloudCodeLog(_serde.OpenModel):
    """Model ``CloudCodeLog`` of the PlayNANOO REST API."""

    message: str = attrs.field(metadata={"json": "message"})
    level: str | None = attrs.field(default=None, metadata={"json": "level"})
    additional_properties: dict[str, Any] = attrs.field(
        factory=dict, metadata={"additional_properties": True}
    )
    """Keys the platform sent that this model does not name (kept as decoded JSON)."""


@attrs.define(kw_only=True)
class CloudCodeRun(_serde.OpenModel):
    """Model ``CloudCodeRun`` of the PlayNANOO REST API."""

    function: CloudCodeFunction = attrs.field(metadata={"json": "Function"})
    run_time_milliseconds: int = attrs.field(metadata={"json": "RunTimeMilliSeconds"})
    """How long the function ran, in milliseconds."""
    logs: list[CloudCodeLog] | None = attrs.field(default=None, metadata={"json": "Logs"})
    """What the function logged."""
    result: Any | None = attrs.field(default=None, metadata={"json": "Result"})
    """What the function returned: any JSON value (the vendor's class shows an object with `message`;
    the shape is the function's own).
    """
    error: str | None = attrs.field(default=None, metadata={"json": "Error"})
    """The function's error message, when it failed (the call itself succeeded)."""
    additional_properties: dict[str, Any] = attrs.field(
        factory=dict, metadata={"additional_properties": True}
    )
    """Keys the platform sent that this model does not name (kept as decoded JSON)."""


class DuplicateAllow(OpenStrEnum):
    """Whether a receipt validated before may be validated again."""

    Y = "Y"
    N = "N"


@attrs.define(kw_only=True)
class IapValidateAndroidRequest:
    """Request model ``IapValidateAndroidRequest`` of the PlayNANOO REST API."""

    receipt: str = attrs.field(
        validator=_v.string(min_length=1, max_length=65536), metadata={"json": "receipt"}
    )
    """The purchase receipt (Unity IAP's receipt string, or the Play purchase JSON)."""
    duplicate_allow: DuplicateAllow = attrs.field(
        converter=_as_duplicate_allow,
        validator=_v.enum_member(DuplicateAllow),
        metadata={"json": "duplicate_allow"},
    )
    """Whether a receipt validated before may be validated again."""
    sku_details: str | None = attrs.field(
        default=None, validator=_v.optional(_v.string(max_length=65536)), metadata={"json": "skuDetails"}
    )
    """Play product details; needed when not using Unity IAP."""
    signature: str | None = attrs.field(
        default=None, validator=_v.optional(_v.string(max_length=4096)), metadata={"json": "signature"}
    )
    """The Play purchase signature; needed when not using Unity IAP."""


@attrs.define(kw_only=True)
class IapValidateIosRequest:
    """Request model ``IapValidateIosRequest`` of the PlayNANOO REST API."""

    receipt: str = attrs.field(
        validator=_v.string(min_length=1, max_length=1048576), metadata={"json": "receipt"}
    )
    product_id: str = attrs.field(
        validator=_v.string(min_length=1, max_length=256), metadata={"json": "product_id"}
    )
    currency: str = attrs.field(validator=_v.string(pattern="^[A-Z]{3}$"), metadata={"json": "currency"})
    """ISO 4217 currency code (KRW, JPY, USD, …)."""
    price: str = attrs.field(validator=_v.string(pattern="^[0-9]+(\\.[0-9]+)?$"), metadata={"json": "price"})
    """The amount paid, as a decimal string."""
    duplicate_allow: DuplicateAllow = attrs.field(
        converter=_as_duplicate_allow,
        validator=_v.enum_member(DuplicateAllow),
        metadata={"json": "duplicate_allow"},
    )
    """Whether a receipt validated before may be validated again."""


@attrs.define(kw_only=True)
class PurchaseValidation(_serde.OpenModel):
    """Model ``PurchaseValidation`` of the PlayNANOO REST API."""

    user_id: str | None = attrs.field(default=None, metadata={"json": "UserID"})
    package_name: str | None = attrs.field(default=None, metadata={"json": "PackageName"})
    order_id: str | None = attrs.field(default=None, metadata={"json": "OrderID"})
    product_id: str | None = attrs.field(default=None, metadata={"json": "ProductID"})
    currency: str | None = attrs.field(default=None, metadata={"json": "Currency"})
    quantity: str | None = attrs.field(default=None, metadata={"json": "Quantity"})
    """Android only."""
    price: str | None = attrs.field(default=None, metadata={"json": "Price"})
    purchase_state: str | None = attrs.field(default=None, metadata={"json": "PurchaseState"})
    """Android only: `purchase`, `wait` (validate again later) or `cancel`."""
    additional_properties: dict[str, Any] = attrs.field(
        factory=dict, metadata={"additional_properties": True}
    )
    """Keys the platform sent that this model does not name (kept as decoded JSON)."""


@attrs.define(kw_only=True)
class ServerTimeRequest:
    """Request model ``ServerTimeRequest`` of the PlayNANOO REST API."""

    udid: str = attrs.field(validator=_v.string(min_length=1, max_length=256), metadata={"json": "udid"})
    """The device id (the platform limits calls per device per minute)."""


@attrs.define(kw_only=True)
class ServerTime(_serde.OpenModel):
    """Model ``ServerTime`` of the PlayNANOO REST API."""

    timestamp: int = attrs.field(metadata={"json": "timestamp"})
    """Unix seconds."""
    timezone: str | None = attrs.field(default=None, metadata={"json": "timezone"})
    iso_8601_date: str | None = attrs.field(default=None, metadata={"json": "ISO_8601_date"})
    date: str | None = attrs.field(default=None, metadata={"json": "date"})
    year: str | None = attrs.field(default=None, metadata={"json": "year"})
    month: str | None = attrs.field(default=None, metadata={"json": "month"})
    day: str | None = attrs.field(default=None, metadata={"json": "day"})
    hour: str | None = attrs.field(default=None, metadata={"json": "hour"})
    minute: str | None = attrs.field(default=None, metadata={"json": "minute"})
    second: str | None = attrs.field(default=None, metadata={"json": "second"})
    additional_properties: dict[str, Any] = attrs.field(
        factory=dict, metadata={"additional_properties": True}
    )
    """Keys the platform sent that this model does not name (kept as decoded JSON)."""


@attrs.define(kw_only=True)
class ServerTimeEnvelope(_serde.OpenModel):
    """Model ``ServerTimeEnvelope`` of the PlayNANOO REST API."""

    code: int = attrs.field(metadata={"json": "code"})
    """200 on success."""
    message: Any | None = attrs.field(default=None, metadata={"json": "message"})
    """Documented as a string; the vendor's sample shows the number 0."""
    value: ServerTime | None = attrs.field(default=None, metadata={"json": "value"})
    additional_properties: dict[str, Any] = attrs.field(
        factory=dict, metadata={"additional_properties": True}
    )
    """Keys the platform sent that this model does not name (kept as decoded JSON)."""


@attrs.define(kw_only=True)
class ErrorEnvelope(_serde.OpenModel):
    """Model ``ErrorEnvelope`` of the PlayNANOO REST API."""

    error_code: str | None = attrs.field(default=None, metadata={"json": "ErrorCode"})
    """The error code ("30000", …); the vendor documents it as a string."""
    message: str | None = attrs.field(default=None, metadata={"json": "Message"})
    withdrawal_key: str | None = attrs.field(default=None, repr=False, metadata={"json": "WithdrawalKey"})
    """Present with 30007 (withdrawal pending); needed to recover the account."""
    block_key: str | None = attrs.field(default=None, repr=False, metadata={"json": "BlockKey"})
    """Present with 70002 (account blocked)."""
    additional_properties: dict[str, Any] = attrs.field(
        factory=dict, metadata={"additional_properties": True}
    )
    """Keys the platform sent that this model does not name (kept as decoded JSON)."""


@attrs.define(kw_only=True)
class DeviceInfo:
    """The common device fields every request body carries (seed 000). The seed marks none of them
    required, so none is here; `uuid` and `nickname` are known only after sign-in. The client itself
    needs `device_id` (sent as `udid` to server time) and `platform` (the sign-in pages list them as
    required).
    """

    uuid: str | None = attrs.field(
        default=None, validator=_v.optional(_v.string(max_length=128)), metadata={"json": "uuid"}
    )
    """The player's unique id (UserUniqueID), issued at sign-in."""
    nickname: str | None = attrs.field(
        default=None, validator=_v.optional(_v.string(max_length=128)), metadata={"json": "nickname"}
    )
    """The player's nickname."""
    device_id: str | None = attrs.field(
        default=None,
        validator=_v.optional(_v.string(min_length=1, max_length=256)),
        metadata={"json": "device_id"},
    )
    """The device's unique id."""
    version: str | None = attrs.field(
        default=None, validator=_v.optional(_v.string(max_length=64)), metadata={"json": "version"}
    )
    """App version."""
    platform: DevicePlatform | None = attrs.field(
        default=None,
        converter=_as_device_platform_or_none,
        validator=_v.optional(_v.enum_member(DevicePlatform)),
        metadata={"json": "platform"},
    )
    device_model: str | None = attrs.field(
        default=None,
        validator=_v.optional(_v.string(min_length=1, max_length=128)),
        metadata={"json": "device_model"},
    )
    """Device model name."""
    device_os: str | None = attrs.field(
        default=None,
        validator=_v.optional(_v.string(min_length=1, max_length=128)),
        metadata={"json": "device_os"},
    )
    """Device OS version."""
    device_language: str | None = attrs.field(
        default=None,
        validator=_v.optional(_v.string(min_length=1, max_length=16)),
        metadata={"json": "device_language"},
    )
    """Device language (KO, EN, …)."""
    device_country: str | None = attrs.field(
        default=None, validator=_v.optional(_v.string(max_length=16)), metadata={"json": "device_country"}
    )
    """Country code (KR, US, …)."""
    device_timeoffset: str | None = attrs.field(
        default=None,
        validator=_v.optional(_v.string(pattern="^[+-]?[0-9]{1,6}$")),
        metadata={"json": "device_timeoffset"},
    )
    """UTC time offset in seconds, as a decimal string (e.g. "32400")."""


@attrs.define(kw_only=True)
class StorageMultiSaveItems:
    """Request model ``StorageMultiSaveItems`` of the PlayNANOO REST API."""

    items: list[StorageMultiSaveItem] = attrs.field(
        validator=_v.array(_v.model(lambda: StorageMultiSaveItem), min_items=1, max_items=100),
        metadata={"json": "Items"},
    )
    """The values to save (StorageMultiSaveItem or mappings of its fields)."""


@attrs.define(kw_only=True)
class InboxSendPayload:
    """Request model ``InboxSendPayload`` of the PlayNANOO REST API."""

    items: list[InboxSendItem] = attrs.field(
        validator=_v.array(_v.model(lambda: InboxSendItem), min_items=1, max_items=100),
        metadata={"json": "items"},
    )
    messages: list[InboxSendMessage] | None = attrs.field(
        default=None,
        validator=_v.all_of(
            _v.optional(_v.array(_v.model(lambda: InboxSendMessage), max_items=50)),
            _v.must_contain({"language": "default"}),
        ),
        metadata={"json": "messages"},
    )
    """Messages shown with the entry; when given, one must be in the "default" language (shown when
    none matches the device's language).
    """


@attrs.define(kw_only=True)
class CurrencyChanges:
    """Request model ``CurrencyChanges`` of the PlayNANOO REST API."""

    items: list[CurrencyChange] = attrs.field(
        validator=_v.array(_v.model(lambda: CurrencyChange), min_items=1, max_items=50),
        metadata={"json": "items"},
    )
    """Currency code → amount (``{"gold": 100}``)."""


_new = object.__new__
_set = object.__setattr__
_Unusual = _serde.Unusual
_enum = _serde.open_enum
_extras = _serde.extras


def _decode_guest_sign_in_request(data: Any) -> GuestSignInRequest:
    if type(data) is not dict:
        raise _Unusual
    try:
        v0 = data["linked_id"]
    except KeyError:
        raise _Unusual from None
    if type(v0) is not str:
        raise _Unusual
    extra = len(data) != 1
    if extra:
        _extras(data, ("linked_id",))  # unknown keys are dropped, wrongly cased ones are not
    obj = _new(GuestSignInRequest)
    _set(obj, "linked_id", v0)
    return obj


def _decode_email_sign_in_request(data: Any) -> EmailSignInRequest:
    if type(data) is not dict:
        raise _Unusual
    try:
        v0 = data["linked_id"]
        v1 = data["linked_password"]
    except KeyError:
        raise _Unusual from None
    if type(v0) is not str:
        raise _Unusual
    if type(v1) is not str:
        raise _Unusual
    extra = len(data) != 2
    if extra:
        _extras(
            data, ("linked_id", "linked_password")
        )  # unknown keys are dropped, wrongly cased ones are not
    obj = _new(EmailSignInRequest)
    _set(obj, "email", v0)
    _set(obj, "password", v1)
    return obj


def _decode_email_sign_up_request(data: Any) -> EmailSignUpRequest:
    if type(data) is not dict:
        raise _Unusual
    try:
        v0 = data["linked_id"]
        v1 = data["linked_password"]
    except KeyError:
        raise _Unusual from None
    if type(v0) is not str:
        raise _Unusual
    if type(v1) is not str:
        raise _Unusual
    extra = len(data) != 2
    if extra:
        _extras(
            data, ("linked_id", "linked_password")
        )  # unknown keys are dropped, wrongly cased ones are not
    obj = _new(EmailSignUpRequest)
    _set(obj, "email", v0)
    _set(obj, "password", v1)
    return obj


def _decode_social_sign_in_request(data: Any) -> SocialSignInRequest:
    if type(data) is not dict:
        raise _Unusual
    try:
        v0 = data["account_type"]
        v1 = data["account_token"]
    except KeyError:
        raise _Unusual from None
    v2 = data.get("request_uuid")
    if type(v0) is not str:
        raise _Unusual
    if type(v1) is not str:
        raise _Unusual
    if v2 is not None and (type(v2) is not str):
        raise _Unusual
    extra = len(data) != 2 + ("request_uuid" in data)
    if extra:
        _extras(
            data, ("account_type", "account_token", "request_uuid")
        )  # unknown keys are dropped, wrongly cased ones are not
    obj = _new(SocialSignInRequest)
    _set(obj, "account_type", v0)
    _set(obj, "account_token", v1)
    _set(obj, "request_uuid", v2)
    return obj


def _decode_token_refresh_request(data: Any) -> TokenRefreshRequest:
    if type(data) is not dict:
        raise _Unusual
    try:
        v0 = data["refresh_token"]
    except KeyError:
        raise _Unusual from None
    if type(v0) is not str:
        raise _Unusual
    extra = len(data) != 1
    if extra:
        _extras(data, ("refresh_token",))  # unknown keys are dropped, wrongly cased ones are not
    obj = _new(TokenRefreshRequest)
    _set(obj, "refresh_token", v0)
    return obj


def _decode_token_info_request(data: Any) -> TokenInfoRequest:
    if type(data) is not dict:
        raise _Unusual
    try:
        v0 = data["access_token"]
    except KeyError:
        raise _Unusual from None
    if type(v0) is not str:
        raise _Unusual
    extra = len(data) != 1
    if extra:
        _extras(data, ("access_token",))  # unknown keys are dropped, wrongly cased ones are not
    obj = _new(TokenInfoRequest)
    _set(obj, "access_token", v0)
    return obj


def _decode_token_status_request(data: Any) -> TokenStatusRequest:
    if type(data) is not dict:
        raise _Unusual
    try:
        v0 = data["access_token"]
    except KeyError:
        raise _Unusual from None
    if type(v0) is not str:
        raise _Unusual
    extra = len(data) != 1
    if extra:
        _extras(data, ("access_token",))  # unknown keys are dropped, wrongly cased ones are not
    obj = _new(TokenStatusRequest)
    _set(obj, "access_token", v0)
    return obj


def _decode_account_link_request(data: Any) -> AccountLinkRequest:
    if type(data) is not dict:
        raise _Unusual
    try:
        v0 = data["request_uuid"]
        v1 = data["account_type"]
    except KeyError:
        raise _Unusual from None
    if type(v0) is not str:
        raise _Unusual
    if type(v1) is not str:
        raise _Unusual
    extra = len(data) != 2
    if extra:
        _extras(
            data, ("request_uuid", "account_type")
        )  # unknown keys are dropped, wrongly cased ones are not
    obj = _new(AccountLinkRequest)
    _set(obj, "request_uuid", v0)
    _set(obj, "account_type", v1)
    return obj


def _decode_session_tokens(data: Any) -> SessionTokens:
    if type(data) is not dict:
        raise _Unusual
    try:
        v0 = data["AccessToken"]
    except KeyError:
        raise _Unusual from None
    v1 = data.get("RefreshToken")
    if type(v0) is not str:
        raise _Unusual
    if v1 is not None and (type(v1) is not str):
        raise _Unusual
    extra = len(data) != 1 + ("RefreshToken" in data)
    obj = _new(SessionTokens)
    obj.access_token = v0
    obj.refresh_token = v1
    if extra:
        obj.additional_properties = _extras(data, ("AccessToken", "RefreshToken"))
    return obj


def _decode_player_profile(data: Any) -> PlayerProfile:
    if type(data) is not dict:
        raise _Unusual
    v0 = data.get("UserUniqueID")
    v1 = data.get("OpenID")
    v2 = data.get("Nickname")
    v3 = data.get("LinkedID")
    v4 = data.get("LinkedType")
    v5 = data.get("PurchaseCount")
    v6 = data.get("PurchaseCurrencyCode")
    v7 = data.get("PurchaseTotalPrice")
    v8 = data.get("PurchaseVoidedCount")
    v9 = data.get("PurchaseVoidedCurrencyCode")
    v10 = data.get("PurchaseVoidedTotalPrice")
    v11 = data.get("Country")
    v12 = data.get("Timezone")
    v13 = data.get("Offset")
    v14 = data.get("JoinPeriod")
    if v0 is not None and (type(v0) is not str):
        raise _Unusual
    if v1 is not None and (type(v1) is not str):
        raise _Unusual
    if v2 is not None and (type(v2) is not str):
        raise _Unusual
    if v3 is not None and (type(v3) is not str):
        raise _Unusual
    if v4 is not None and (type(v4) is not str):
        raise _Unusual
    if v5 is not None and (type(v5) is not int):
        raise _Unusual
    if v6 is not None and (type(v6) is not str):
        raise _Unusual
    if v7 is not None and (type(v7) is not float):
        if type(v7) is not int:
            raise _Unusual
        v7 = float(v7)
    if v8 is not None and (type(v8) is not int):
        raise _Unusual
    if v9 is not None and (type(v9) is not str):
        raise _Unusual
    if v10 is not None and (type(v10) is not float):
        if type(v10) is not int:
            raise _Unusual
        v10 = float(v10)
    if v11 is not None and (type(v11) is not str):
        raise _Unusual
    if v12 is not None and (type(v12) is not str):
        raise _Unusual
    if v13 is not None and (type(v13) is not int):
        raise _Unusual
    if v14 is not None and (type(v14) is not int):
        raise _Unusual
    extra = len(data) != 0 + ("UserUniqueID" in data) + ("OpenID" in data) + ("Nickname" in data) + (
        "LinkedID" in data
    ) + ("LinkedType" in data) + ("PurchaseCount" in data) + ("PurchaseCurrencyCode" in data) + (
        "PurchaseTotalPrice" in data
    ) + ("PurchaseVoidedCount" in data) + ("PurchaseVoidedCurrencyCode" in data) + (
        "PurchaseVoidedTotalPrice" in data
    ) + ("Country" in data) + ("Timezone" in data) + ("Offset" in data) + ("JoinPeriod" in data)
    obj = _new(PlayerProfile)
    obj.user_unique_id = v0
    obj.open_id = v1
    obj.nickname = v2
    obj.linked_id = v3
    obj.linked_type = v4
    obj.purchase_count = v5
    obj.purchase_currency_code = v6
    obj.purchase_total_price = v7
    obj.purchase_voided_count = v8
    obj.purchase_voided_currency_code = v9
    obj.purchase_voided_total_price = v10
    obj.country = v11
    obj.timezone = v12
    obj.offset = v13
    obj.join_period = v14
    if extra:
        obj.additional_properties = _extras(
            data,
            (
                "UserUniqueID",
                "OpenID",
                "Nickname",
                "LinkedID",
                "LinkedType",
                "PurchaseCount",
                "PurchaseCurrencyCode",
                "PurchaseTotalPrice",
                "PurchaseVoidedCount",
                "PurchaseVoidedCurrencyCode",
                "PurchaseVoidedTotalPrice",
                "Country",
                "Timezone",
                "Offset",
                "JoinPeriod",
            ),
        )
    return obj


def _decode_sign_in_response(data: Any) -> SignInResponse:
    if type(data) is not dict:
        raise _Unusual
    try:
        v0 = data["Token"]
    except KeyError:
        raise _Unusual from None
    v1 = data.get("Player")
    v0 = _decode_session_tokens(v0)
    if v1 is not None:
        v1 = _decode_player_profile(v1)
    extra = len(data) != 1 + ("Player" in data)
    obj = _new(SignInResponse)
    obj.token = v0
    obj.player = v1
    if extra:
        obj.additional_properties = _extras(data, ("Token", "Player"))
    return obj


def _decode_token_status_response(data: Any) -> TokenStatusResponse:
    if type(data) is not dict:
        raise _Unusual
    try:
        v0 = data["Status"]
    except KeyError:
        raise _Unusual from None
    v1 = data.get("WithdrawalKey")
    if type(v0) is not str:
        raise _Unusual
    if v1 is not None and (type(v1) is not str):
        raise _Unusual
    extra = len(data) != 1 + ("WithdrawalKey" in data)
    obj = _new(TokenStatusResponse)
    obj.status = v0
    obj.withdrawal_key = v1
    if extra:
        obj.additional_properties = _extras(data, ("Status", "WithdrawalKey"))
    return obj


def _decode_status_response(data: Any) -> StatusResponse:
    if type(data) is not dict:
        raise _Unusual
    try:
        v0 = data["Status"]
    except KeyError:
        raise _Unusual from None
    if type(v0) is not str:
        raise _Unusual
    extra = len(data) != 1
    obj = _new(StatusResponse)
    obj.status = v0
    if extra:
        obj.additional_properties = _extras(data, ("Status",))
    return obj


def _decode_nickname_put_request(data: Any) -> NicknamePutRequest:
    if type(data) is not dict:
        raise _Unusual
    try:
        v0 = data["change_nickname"]
        v1 = data["check_exists"]
    except KeyError:
        raise _Unusual from None
    if type(v0) is not str:
        raise _Unusual
    v1 = _enum(YesNo, v1)
    extra = len(data) != 2
    if extra:
        _extras(
            data, ("change_nickname", "check_exists")
        )  # unknown keys are dropped, wrongly cased ones are not
    obj = _new(NicknamePutRequest)
    _set(obj, "nickname", v0)
    _set(obj, "check_exists", v1)
    return obj


def _decode_nickname_exists_request(data: Any) -> NicknameExistsRequest:
    if type(data) is not dict:
        raise _Unusual
    try:
        v0 = data["change_nickname"]
    except KeyError:
        raise _Unusual from None
    if type(v0) is not str:
        raise _Unusual
    extra = len(data) != 1
    if extra:
        _extras(data, ("change_nickname",))  # unknown keys are dropped, wrongly cased ones are not
    obj = _new(NicknameExistsRequest)
    _set(obj, "nickname", v0)
    return obj


def _decode_nickname_response(data: Any) -> NicknameResponse:
    if type(data) is not dict:
        raise _Unusual
    try:
        v0 = data["Nickname"]
    except KeyError:
        raise _Unusual from None
    if type(v0) is not str:
        raise _Unusual
    extra = len(data) != 1
    obj = _new(NicknameResponse)
    obj.nickname = v0
    if extra:
        obj.additional_properties = _extras(data, ("Nickname",))
    return obj


def _decode_nickname_exists_response(data: Any) -> NicknameExistsResponse:
    if type(data) is not dict:
        raise _Unusual
    try:
        v0 = data["Status"]
    except KeyError:
        raise _Unusual from None
    v0 = _enum(NicknameExistence, v0)
    extra = len(data) != 1
    obj = _new(NicknameExistsResponse)
    obj.status = v0
    if extra:
        obj.additional_properties = _extras(data, ("Status",))
    return obj


def _decode_withdrawal_request_request(data: Any) -> WithdrawalRequestRequest:
    if type(data) is not dict:
        raise _Unusual
    try:
        v0 = data["period"]
        v1 = data["account_token"]
        v2 = data["memo"]
    except KeyError:
        raise _Unusual from None
    if type(v0) is not int:
        raise _Unusual
    if type(v1) is not str:
        raise _Unusual
    if type(v2) is not str:
        raise _Unusual
    extra = len(data) != 3
    if extra:
        _extras(
            data, ("period", "account_token", "memo")
        )  # unknown keys are dropped, wrongly cased ones are not
    obj = _new(WithdrawalRequestRequest)
    _set(obj, "period", v0)
    _set(obj, "account_token", v1)
    _set(obj, "memo", v2)
    return obj


def _decode_withdrawal_key_request(data: Any) -> WithdrawalKeyRequest:
    if type(data) is not dict:
        raise _Unusual
    try:
        v0 = data["withdrawal_key"]
    except KeyError:
        raise _Unusual from None
    if type(v0) is not str:
        raise _Unusual
    extra = len(data) != 1
    if extra:
        _extras(data, ("withdrawal_key",))  # unknown keys are dropped, wrongly cased ones are not
    obj = _new(WithdrawalKeyRequest)
    _set(obj, "withdrawal_key", v0)
    return obj


def _decode_withdrawal_info(data: Any) -> WithdrawalInfo:
    if type(data) is not dict:
        raise _Unusual
    try:
        v0 = data["Status"]
        v1 = data["Memo"]
        v2 = data["WithdrawalDate"]
    except KeyError:
        raise _Unusual from None
    if type(v0) is not str:
        raise _Unusual
    if type(v1) is not str:
        raise _Unusual
    if type(v2) is not str:
        raise _Unusual
    extra = len(data) != 3
    obj = _new(WithdrawalInfo)
    obj.status = v0
    obj.memo = v1
    obj.withdrawal_date = v2
    if extra:
        obj.additional_properties = _extras(data, ("Status", "Memo", "WithdrawalDate"))
    return obj


def _decode_block_reason_request(data: Any) -> BlockReasonRequest:
    if type(data) is not dict:
        raise _Unusual
    try:
        v0 = data["block_key"]
    except KeyError:
        raise _Unusual from None
    if type(v0) is not str:
        raise _Unusual
    extra = len(data) != 1
    if extra:
        _extras(data, ("block_key",))  # unknown keys are dropped, wrongly cased ones are not
    obj = _new(BlockReasonRequest)
    _set(obj, "block_key", v0)
    return obj


def _decode_block_reason(data: Any) -> BlockReason:
    if type(data) is not dict:
        raise _Unusual
    try:
        v0 = data["Reason"]
        v1 = data["Permanent"]
    except KeyError:
        raise _Unusual from None
    v2 = data.get("UserId")
    v3 = data.get("ExpireDate")
    v4 = data.get("TimeUntilExpire")
    v5 = data.get("Services")
    if type(v0) is not str:
        raise _Unusual
    v1 = _enum(YesNo, v1)
    if v2 is not None and (type(v2) is not str):
        raise _Unusual
    if v3 is not None and (type(v3) is not str):
        raise _Unusual
    if v4 is not None and type(v4) not in (
        int,
        str,
    ):
        raise _Unusual
    if v5 is not None:
        if type(v5) is not list:
            raise _Unusual
        for item in v5:
            if type(item) is not str:
                raise _Unusual
    extra = len(data) != 2 + ("UserId" in data) + ("ExpireDate" in data) + ("TimeUntilExpire" in data) + (
        "Services" in data
    )
    obj = _new(BlockReason)
    obj.reason = v0
    obj.permanent = v1
    obj.user_id = v2
    obj.expire_date = v3
    obj.time_until_expire = v4
    obj.services = v5
    if extra:
        obj.additional_properties = _extras(
            data, ("Reason", "Permanent", "UserId", "ExpireDate", "TimeUntilExpire", "Services")
        )
    return obj


def _decode_block_reasons(data: Any) -> BlockReasons:
    if type(data) is not dict:
        raise _Unusual
    try:
        v0 = data["Items"]
    except KeyError:
        raise _Unusual from None
    if type(v0) is not list:
        raise _Unusual
    v0 = [_decode_block_reason(item) for item in v0]
    extra = len(data) != 1
    obj = _new(BlockReasons)
    obj.items = v0
    if extra:
        obj.additional_properties = _extras(data, ("Items",))
    return obj


def _decode_storage_save_request(data: Any) -> StorageSaveRequest:
    if type(data) is not dict:
        raise _Unusual
    try:
        v0 = data["storage_key"]
        v1 = data["storage_value"]
        v2 = data["isPrivate"]
    except KeyError:
        raise _Unusual from None
    if type(v0) is not str:
        raise _Unusual
    if type(v1) is not str:
        raise _Unusual
    v2 = _enum(StoragePrivacy, v2)
    extra = len(data) != 3
    if extra:
        _extras(
            data, ("storage_key", "storage_value", "isPrivate")
        )  # unknown keys are dropped, wrongly cased ones are not
    obj = _new(StorageSaveRequest)
    _set(obj, "storage_key", v0)
    _set(obj, "storage_value", v1)
    _set(obj, "is_private", v2)
    return obj


def _decode_storage_load_request(data: Any) -> StorageLoadRequest:
    if type(data) is not dict:
        raise _Unusual
    try:
        v0 = data["storage_key"]
    except KeyError:
        raise _Unusual from None
    if type(v0) is not str:
        raise _Unusual
    extra = len(data) != 1
    if extra:
        _extras(data, ("storage_key",))  # unknown keys are dropped, wrongly cased ones are not
    obj = _new(StorageLoadRequest)
    _set(obj, "storage_key", v0)
    return obj


def _decode_storage_record(data: Any) -> StorageRecord:
    if type(data) is not dict:
        raise _Unusual
    try:
        v0 = data["StorageKey"]
        v1 = data["StorageValue"]
    except KeyError:
        raise _Unusual from None
    v2 = data.get("PlayerId")
    if type(v0) is not str:
        raise _Unusual
    if type(v1) is not str:
        raise _Unusual
    if v2 is not None and (type(v2) is not str):
        raise _Unusual
    extra = len(data) != 2 + ("PlayerId" in data)
    obj = _new(StorageRecord)
    obj.storage_key = v0
    obj.storage_value = v1
    obj.player_id = v2
    if extra:
        obj.additional_properties = _extras(data, ("StorageKey", "StorageValue", "PlayerId"))
    return obj


def _decode_storage_records(data: Any) -> StorageRecords:
    if type(data) is not dict:
        raise _Unusual
    try:
        v0 = data["Items"]
    except KeyError:
        raise _Unusual from None
    if type(v0) is not list:
        raise _Unusual
    v0 = [_decode_storage_record(item) for item in v0]
    extra = len(data) != 1
    obj = _new(StorageRecords)
    obj.items = v0
    if extra:
        obj.additional_properties = _extras(data, ("Items",))
    return obj


def _decode_storage_multi_save_request(data: Any) -> StorageMultiSaveRequest:
    if type(data) is not dict:
        raise _Unusual
    try:
        v0 = data["storage_items"]
    except KeyError:
        raise _Unusual from None
    if type(v0) is not str:
        raise _Unusual
    extra = len(data) != 1
    if extra:
        _extras(data, ("storage_items",))  # unknown keys are dropped, wrongly cased ones are not
    obj = _new(StorageMultiSaveRequest)
    _set(obj, "storage_items", v0)
    return obj


def _decode_storage_multi_save_item(data: Any) -> StorageMultiSaveItem:
    if type(data) is not dict:
        raise _Unusual
    try:
        v0 = data["StorageKey"]
        v1 = data["StorageValue"]
        v2 = data["IsPrivate"]
    except KeyError:
        raise _Unusual from None
    if type(v0) is not str:
        raise _Unusual
    if type(v1) is not str:
        raise _Unusual
    if v2 is not True and v2 is not False:
        raise _Unusual
    extra = len(data) != 3
    if extra:
        _extras(
            data, ("StorageKey", "StorageValue", "IsPrivate")
        )  # unknown keys are dropped, wrongly cased ones are not
    obj = _new(StorageMultiSaveItem)
    _set(obj, "storage_key", v0)
    _set(obj, "storage_value", v1)
    _set(obj, "is_private", v2)
    return obj


def _decode_storage_multi_load_request(data: Any) -> StorageMultiLoadRequest:
    if type(data) is not dict:
        raise _Unusual
    try:
        v0 = data["storage_keys"]
    except KeyError:
        raise _Unusual from None
    if type(v0) is not list:
        raise _Unusual
    for item in v0:
        if type(item) is not str:
            raise _Unusual
    extra = len(data) != 1
    if extra:
        _extras(data, ("storage_keys",))  # unknown keys are dropped, wrongly cased ones are not
    obj = _new(StorageMultiLoadRequest)
    _set(obj, "storage_keys", v0)
    return obj


def _decode_storage_public_load_request(data: Any) -> StoragePublicLoadRequest:
    if type(data) is not dict:
        raise _Unusual
    try:
        v0 = data["storage_key"]
    except KeyError:
        raise _Unusual from None
    if type(v0) is not str:
        raise _Unusual
    extra = len(data) != 1
    if extra:
        _extras(data, ("storage_key",))  # unknown keys are dropped, wrongly cased ones are not
    obj = _new(StoragePublicLoadRequest)
    _set(obj, "storage_key", v0)
    return obj


def _decode_storage_player_load_request(data: Any) -> StoragePlayerLoadRequest:
    if type(data) is not dict:
        raise _Unusual
    try:
        v0 = data["player_uuid"]
        v1 = data["storage_key"]
    except KeyError:
        raise _Unusual from None
    if type(v0) is not str:
        raise _Unusual
    if type(v1) is not str:
        raise _Unusual
    extra = len(data) != 2
    if extra:
        _extras(data, ("player_uuid", "storage_key"))  # unknown keys are dropped, wrongly cased ones are not
    obj = _new(StoragePlayerLoadRequest)
    _set(obj, "player_uuid", v0)
    _set(obj, "storage_key", v1)
    return obj


def _decode_inbox_items_request(data: Any) -> InboxItemsRequest:
    if type(data) is not dict:
        raise _Unusual
    try:
        v0 = data["table_code"]
    except KeyError:
        raise _Unusual from None
    if type(v0) is not str:
        raise _Unusual
    extra = len(data) != 1
    if extra:
        _extras(data, ("table_code",))  # unknown keys are dropped, wrongly cased ones are not
    obj = _new(InboxItemsRequest)
    _set(obj, "table_code", v0)
    return obj


def _decode_inbox_count_request(data: Any) -> InboxCountRequest:
    if type(data) is not dict:
        raise _Unusual
    try:
        v0 = data["table_code"]
    except KeyError:
        raise _Unusual from None
    if type(v0) is not str:
        raise _Unusual
    extra = len(data) != 1
    if extra:
        _extras(data, ("table_code",))  # unknown keys are dropped, wrongly cased ones are not
    obj = _new(InboxCountRequest)
    _set(obj, "table_code", v0)
    return obj


def _decode_inbox_show_request(data: Any) -> InboxShowRequest:
    if type(data) is not dict:
        raise _Unusual
    try:
        v0 = data["item_key"]
    except KeyError:
        raise _Unusual from None
    if type(v0) is not str:
        raise _Unusual
    extra = len(data) != 1
    if extra:
        _extras(data, ("item_key",))  # unknown keys are dropped, wrongly cased ones are not
    obj = _new(InboxShowRequest)
    _set(obj, "item_key", v0)
    return obj


def _decode_inbox_send_request(data: Any) -> InboxSendRequest:
    if type(data) is not dict:
        raise _Unusual
    try:
        v0 = data["table_code"]
        v1 = data["items"]
        v2 = data["period"]
    except KeyError:
        raise _Unusual from None
    if type(v0) is not str:
        raise _Unusual
    if type(v1) is not str:
        raise _Unusual
    if type(v2) is not int:
        raise _Unusual
    extra = len(data) != 3
    if extra:
        _extras(
            data, ("table_code", "items", "period")
        )  # unknown keys are dropped, wrongly cased ones are not
    obj = _new(InboxSendRequest)
    _set(obj, "table_code", v0)
    _set(obj, "items", v1)
    _set(obj, "period", v2)
    return obj


def _decode_inbox_send_item(data: Any) -> InboxSendItem:
    if type(data) is not dict:
        raise _Unusual
    try:
        v0 = data["item_code"]
        v1 = data["item_count"]
    except KeyError:
        raise _Unusual from None
    if type(v0) is not str:
        raise _Unusual
    if type(v1) is not int:
        raise _Unusual
    extra = len(data) != 2
    if extra:
        _extras(data, ("item_code", "item_count"))  # unknown keys are dropped, wrongly cased ones are not
    obj = _new(InboxSendItem)
    _set(obj, "item_code", v0)
    _set(obj, "item_count", v1)
    return obj


def _decode_inbox_send_message(data: Any) -> InboxSendMessage:
    if type(data) is not dict:
        raise _Unusual
    try:
        v0 = data["language"]
        v1 = data["title"]
        v2 = data["content"]
    except KeyError:
        raise _Unusual from None
    if type(v0) is not str:
        raise _Unusual
    if type(v1) is not str:
        raise _Unusual
    if type(v2) is not str:
        raise _Unusual
    extra = len(data) != 3
    if extra:
        _extras(
            data, ("language", "title", "content")
        )  # unknown keys are dropped, wrongly cased ones are not
    obj = _new(InboxSendMessage)
    _set(obj, "language", v0)
    _set(obj, "title", v1)
    _set(obj, "content", v2)
    return obj


def _decode_inbox_consume_item_request(data: Any) -> InboxConsumeItemRequest:
    if type(data) is not dict:
        raise _Unusual
    try:
        v0 = data["item_key"]
    except KeyError:
        raise _Unusual from None
    if type(v0) is not str:
        raise _Unusual
    extra = len(data) != 1
    if extra:
        _extras(data, ("item_key",))  # unknown keys are dropped, wrongly cased ones are not
    obj = _new(InboxConsumeItemRequest)
    _set(obj, "item_key", v0)
    return obj


def _decode_inbox_consume_multi_request(data: Any) -> InboxConsumeMultiRequest:
    if type(data) is not dict:
        raise _Unusual
    try:
        v0 = data["item_keys"]
    except KeyError:
        raise _Unusual from None
    if type(v0) is not str:
        raise _Unusual
    extra = len(data) != 1
    if extra:
        _extras(data, ("item_keys",))  # unknown keys are dropped, wrongly cased ones are not
    obj = _new(InboxConsumeMultiRequest)
    _set(obj, "item_keys", v0)
    return obj


def _decode_inbox_item(data: Any) -> InboxItem:
    if type(data) is not dict:
        raise _Unusual
    v0 = data.get("item_code")
    v1 = data.get("item_count")
    if v0 is not None and (type(v0) is not str):
        raise _Unusual
    if v1 is not None and (type(v1) is not int):
        raise _Unusual
    extra = len(data) != 0 + ("item_code" in data) + ("item_count" in data)
    obj = _new(InboxItem)
    obj.item_code = v0
    obj.item_count = v1
    if extra:
        obj.additional_properties = _extras(data, ("item_code", "item_count"))
    return obj


def _decode_inbox_message(data: Any) -> InboxMessage:
    if type(data) is not dict:
        raise _Unusual
    v0 = data.get("language")
    v1 = data.get("title")
    v2 = data.get("content")
    if v0 is not None and (type(v0) is not str):
        raise _Unusual
    if v1 is not None and (type(v1) is not str):
        raise _Unusual
    if v2 is not None and (type(v2) is not str):
        raise _Unusual
    extra = len(data) != 0 + ("language" in data) + ("title" in data) + ("content" in data)
    obj = _new(InboxMessage)
    obj.language = v0
    obj.title = v1
    obj.content = v2
    if extra:
        obj.additional_properties = _extras(data, ("language", "title", "content"))
    return obj


def _decode_inbox_entry(data: Any) -> InboxEntry:
    if type(data) is not dict:
        raise _Unusual
    v0 = data.get("type")
    v1 = data.get("item_key")
    v2 = data.get("items")
    v3 = data.get("messages")
    v4 = data.get("expire_sec")
    if v0 is not None and (type(v0) is not str):
        raise _Unusual
    if v1 is not None and (type(v1) is not str):
        raise _Unusual
    if v2 is not None:
        if type(v2) is not list:
            raise _Unusual
        v2 = [_decode_inbox_item(item) for item in v2]
    if v3 is not None:
        if type(v3) is not list:
            raise _Unusual
        v3 = [_decode_inbox_message(item) for item in v3]
    if v4 is not None and (type(v4) is not int):
        raise _Unusual
    extra = len(data) != 0 + ("type" in data) + ("item_key" in data) + ("items" in data) + (
        "messages" in data
    ) + ("expire_sec" in data)
    obj = _new(InboxEntry)
    obj.type = v0
    obj.item_key = v1
    obj.items = v2
    obj.messages = v3
    obj.expire_sec = v4
    if extra:
        obj.additional_properties = _extras(data, ("type", "item_key", "items", "messages", "expire_sec"))
    return obj


def _decode_inbox_items_response(data: Any) -> InboxItemsResponse:
    if type(data) is not dict:
        raise _Unusual
    try:
        v0 = data["items"]
    except KeyError:
        raise _Unusual from None
    if type(v0) is not list:
        raise _Unusual
    v0 = [_decode_inbox_entry(item) for item in v0]
    extra = len(data) != 1
    obj = _new(InboxItemsResponse)
    obj.items = v0
    if extra:
        obj.additional_properties = _extras(data, ("items",))
    return obj


def _decode_inbox_count_response(data: Any) -> InboxCountResponse:
    if type(data) is not dict:
        raise _Unusual
    try:
        v0 = data["count"]
    except KeyError:
        raise _Unusual from None
    if type(v0) is not int:
        raise _Unusual
    extra = len(data) != 1
    obj = _new(InboxCountResponse)
    obj.count = v0
    if extra:
        obj.additional_properties = _extras(data, ("count",))
    return obj


def _decode_inbox_show_response(data: Any) -> InboxShowResponse:
    if type(data) is not dict:
        raise _Unusual
    try:
        v0 = data["items"]
    except KeyError:
        raise _Unusual from None
    v1 = data.get("messages")
    if type(v0) is not list:
        raise _Unusual
    v0 = [_decode_inbox_item(item) for item in v0]
    if v1 is not None:
        if type(v1) is not list:
            raise _Unusual
        v1 = [_decode_inbox_message(item) for item in v1]
    extra = len(data) != 1 + ("messages" in data)
    obj = _new(InboxShowResponse)
    obj.items = v0
    obj.messages = v1
    if extra:
        obj.additional_properties = _extras(data, ("items", "messages"))
    return obj


def _decode_inbox_send_response(data: Any) -> InboxSendResponse:
    if type(data) is not dict:
        raise _Unusual
    try:
        v0 = data["status"]
    except KeyError:
        raise _Unusual from None
    if type(v0) is not str:
        raise _Unusual
    extra = len(data) != 1
    obj = _new(InboxSendResponse)
    obj.status = v0
    if extra:
        obj.additional_properties = _extras(data, ("status",))
    return obj


def _decode_inbox_consume_response(data: Any) -> InboxConsumeResponse:
    if type(data) is not dict:
        raise _Unusual
    try:
        v0 = data["items"]
    except KeyError:
        raise _Unusual from None
    if type(v0) is not list:
        raise _Unusual
    v0 = [_decode_inbox_item(item) for item in v0]
    extra = len(data) != 1
    obj = _new(InboxConsumeResponse)
    obj.items = v0
    if extra:
        obj.additional_properties = _extras(data, ("items",))
    return obj


def _decode_leaderboard_record_request(data: Any) -> LeaderboardRecordRequest:
    if type(data) is not dict:
        raise _Unusual
    try:
        v0 = data["uid"]
        v1 = data["record_id"]
        v2 = data["score"]
    except KeyError:
        raise _Unusual from None
    v3 = data.get("extra_data")
    if type(v0) is not str:
        raise _Unusual
    if type(v1) is not str:
        raise _Unusual
    if type(v2) is not float:
        if type(v2) is not int:
            raise _Unusual
        v2 = float(v2)
    if v3 is not None and (type(v3) is not str):
        raise _Unusual
    extra = len(data) != 3 + ("extra_data" in data)
    if extra:
        _extras(
            data, ("uid", "record_id", "score", "extra_data")
        )  # unknown keys are dropped, wrongly cased ones are not
    obj = _new(LeaderboardRecordRequest)
    _set(obj, "table_code", v0)
    _set(obj, "record_id", v1)
    _set(obj, "score", v2)
    _set(obj, "extra_data", v3)
    return obj


def _decode_leaderboard_show_request(data: Any) -> LeaderboardShowRequest:
    if type(data) is not dict:
        raise _Unusual
    try:
        v0 = data["uid"]
        v1 = data["record_id"]
    except KeyError:
        raise _Unusual from None
    if type(v0) is not str:
        raise _Unusual
    if type(v1) is not str:
        raise _Unusual
    extra = len(data) != 2
    if extra:
        _extras(data, ("uid", "record_id"))  # unknown keys are dropped, wrongly cased ones are not
    obj = _new(LeaderboardShowRequest)
    _set(obj, "table_code", v0)
    _set(obj, "record_id", v1)
    return obj


def _decode_leaderboard_range_request(data: Any) -> LeaderboardRangeRequest:
    if type(data) is not dict:
        raise _Unusual
    try:
        v0 = data["uid"]
        v1 = data["range_start"]
        v2 = data["range_end"]
    except KeyError:
        raise _Unusual from None
    if type(v0) is not str:
        raise _Unusual
    if type(v1) is not int:
        raise _Unusual
    if type(v2) is not int:
        raise _Unusual
    extra = len(data) != 3
    if extra:
        _extras(
            data, ("uid", "range_start", "range_end")
        )  # unknown keys are dropped, wrongly cased ones are not
    obj = _new(LeaderboardRangeRequest)
    _set(obj, "table_code", v0)
    _set(obj, "range_start", v1)
    _set(obj, "range_end", v2)
    return obj


def _decode_leaderboard_show_previous_request(data: Any) -> LeaderboardShowPreviousRequest:
    if type(data) is not dict:
        raise _Unusual
    try:
        v0 = data["uid"]
        v1 = data["record_id"]
        v2 = data["rotation_count"]
    except KeyError:
        raise _Unusual from None
    if type(v0) is not str:
        raise _Unusual
    if type(v1) is not str:
        raise _Unusual
    if type(v2) is not int:
        raise _Unusual
    extra = len(data) != 3
    if extra:
        _extras(
            data, ("uid", "record_id", "rotation_count")
        )  # unknown keys are dropped, wrongly cased ones are not
    obj = _new(LeaderboardShowPreviousRequest)
    _set(obj, "table_code", v0)
    _set(obj, "record_id", v1)
    _set(obj, "rotation_count", v2)
    return obj


def _decode_leaderboard_range_previous_request(data: Any) -> LeaderboardRangePreviousRequest:
    if type(data) is not dict:
        raise _Unusual
    try:
        v0 = data["uid"]
        v1 = data["rotation_count"]
        v2 = data["range_start"]
        v3 = data["range_end"]
    except KeyError:
        raise _Unusual from None
    if type(v0) is not str:
        raise _Unusual
    if type(v1) is not int:
        raise _Unusual
    if type(v2) is not int:
        raise _Unusual
    if type(v3) is not int:
        raise _Unusual
    extra = len(data) != 4
    if extra:
        _extras(
            data, ("uid", "rotation_count", "range_start", "range_end")
        )  # unknown keys are dropped, wrongly cased ones are not
    obj = _new(LeaderboardRangePreviousRequest)
    _set(obj, "table_code", v0)
    _set(obj, "rotation_count", v1)
    _set(obj, "range_start", v2)
    _set(obj, "range_end", v3)
    return obj


def _decode_leaderboard_entry(data: Any) -> LeaderboardEntry:
    if type(data) is not dict:
        raise _Unusual
    try:
        v0 = data["RecordId"]
        v1 = data["Score"]
    except KeyError:
        raise _Unusual from None
    v2 = data.get("Rank")
    v3 = data.get("RotationCount")
    v4 = data.get("ExtraData")
    if type(v0) is not str:
        raise _Unusual
    if type(v1) is not float:
        if type(v1) is not int:
            raise _Unusual
        v1 = float(v1)
    if v2 is not None and (type(v2) is not int):
        raise _Unusual
    if v3 is not None and (type(v3) is not int):
        raise _Unusual
    if v4 is not None and (type(v4) is not str):
        raise _Unusual
    extra = len(data) != 2 + ("Rank" in data) + ("RotationCount" in data) + ("ExtraData" in data)
    obj = _new(LeaderboardEntry)
    obj.record_id = v0
    obj.score = v1
    obj.rank = v2
    obj.rotation_count = v3
    obj.extra_data = v4
    if extra:
        obj.additional_properties = _extras(data, ("RecordId", "Score", "Rank", "RotationCount", "ExtraData"))
    return obj


def _decode_leaderboard_range(data: Any) -> LeaderboardRange:
    if type(data) is not dict:
        raise _Unusual
    try:
        v0 = data["Items"]
    except KeyError:
        raise _Unusual from None
    if type(v0) is not list:
        raise _Unusual
    v0 = [_decode_leaderboard_entry(item) for item in v0]
    extra = len(data) != 1
    obj = _new(LeaderboardRange)
    obj.items = v0
    if extra:
        obj.additional_properties = _extras(data, ("Items",))
    return obj


def _decode_coupon_use_request(data: Any) -> CouponUseRequest:
    if type(data) is not dict:
        raise _Unusual
    try:
        v0 = data["code"]
    except KeyError:
        raise _Unusual from None
    if type(v0) is not str:
        raise _Unusual
    extra = len(data) != 1
    if extra:
        _extras(data, ("code",))  # unknown keys are dropped, wrongly cased ones are not
    obj = _new(CouponUseRequest)
    _set(obj, "code", v0)
    return obj


def _decode_coupon_reward(data: Any) -> CouponReward:
    if type(data) is not dict:
        raise _Unusual
    v0 = data.get("item_code")
    v1 = data.get("item_count")
    if v0 is not None and (type(v0) is not str):
        raise _Unusual
    if v1 is not None and (type(v1) is not float):
        if type(v1) is not int:
            raise _Unusual
        v1 = float(v1)
    extra = len(data) != 0 + ("item_code" in data) + ("item_count" in data)
    obj = _new(CouponReward)
    obj.item_code = v0
    obj.item_count = v1
    if extra:
        obj.additional_properties = _extras(data, ("item_code", "item_count"))
    return obj


def _decode_coupon_use_response(data: Any) -> CouponUseResponse:
    if type(data) is not dict:
        raise _Unusual
    try:
        v0 = data["Items"]
    except KeyError:
        raise _Unusual from None
    if type(v0) is not list:
        raise _Unusual
    v0 = [_decode_coupon_reward(item) for item in v0]
    extra = len(data) != 1
    obj = _new(CouponUseResponse)
    obj.items = v0
    if extra:
        obj.additional_properties = _extras(data, ("Items",))
    return obj


def _decode_currency_put_request(data: Any) -> CurrencyPutRequest:
    if type(data) is not dict:
        raise _Unusual
    try:
        v0 = data["items"]
    except KeyError:
        raise _Unusual from None
    if type(v0) is not str:
        raise _Unusual
    extra = len(data) != 1
    if extra:
        _extras(data, ("items",))  # unknown keys are dropped, wrongly cased ones are not
    obj = _new(CurrencyPutRequest)
    _set(obj, "items", v0)
    return obj


def _decode_currency_charge_request(data: Any) -> CurrencyChargeRequest:
    if type(data) is not dict:
        raise _Unusual
    try:
        v0 = data["items"]
    except KeyError:
        raise _Unusual from None
    if type(v0) is not str:
        raise _Unusual
    extra = len(data) != 1
    if extra:
        _extras(data, ("items",))  # unknown keys are dropped, wrongly cased ones are not
    obj = _new(CurrencyChargeRequest)
    _set(obj, "items", v0)
    return obj


def _decode_currency_change(data: Any) -> CurrencyChange:
    if type(data) is not dict:
        raise _Unusual
    try:
        v0 = data["currency_code"]
        v1 = data["currency_amount"]
    except KeyError:
        raise _Unusual from None
    if type(v0) is not str:
        raise _Unusual
    if type(v1) is not float:
        if type(v1) is not int:
            raise _Unusual
        v1 = float(v1)
    extra = len(data) != 2
    if extra:
        _extras(
            data, ("currency_code", "currency_amount")
        )  # unknown keys are dropped, wrongly cased ones are not
    obj = _new(CurrencyChange)
    _set(obj, "currency_code", v0)
    _set(obj, "currency_amount", v1)
    return obj


def _decode_currency_balance(data: Any) -> CurrencyBalance:
    if type(data) is not dict:
        raise _Unusual
    v0 = data.get("currency_code")
    v1 = data.get("currency_amount")
    if v0 is not None and (type(v0) is not str):
        raise _Unusual
    if v1 is not None and (type(v1) is not float):
        if type(v1) is not int:
            raise _Unusual
        v1 = float(v1)
    extra = len(data) != 0 + ("currency_code" in data) + ("currency_amount" in data)
    obj = _new(CurrencyBalance)
    obj.currency_code = v0
    obj.currency_amount = v1
    if extra:
        obj.additional_properties = _extras(data, ("currency_code", "currency_amount"))
    return obj


def _decode_currency_balances(data: Any) -> CurrencyBalances:
    if type(data) is not dict:
        raise _Unusual
    try:
        v0 = data["items"]
    except KeyError:
        raise _Unusual from None
    if type(v0) is not list:
        raise _Unusual
    v0 = [_decode_currency_balance(item) for item in v0]
    extra = len(data) != 1
    obj = _new(CurrencyBalances)
    obj.items = v0
    if extra:
        obj.additional_properties = _extras(data, ("items",))
    return obj


def _decode_remote_config_load_request(data: Any) -> RemoteConfigLoadRequest:
    if type(data) is not dict:
        raise _Unusual
    try:
        v0 = data["storage_key"]
    except KeyError:
        raise _Unusual from None
    if type(v0) is not str:
        raise _Unusual
    extra = len(data) != 1
    if extra:
        _extras(data, ("storage_key",))  # unknown keys are dropped, wrongly cased ones are not
    obj = _new(RemoteConfigLoadRequest)
    _set(obj, "storage_key", v0)
    return obj


def _decode_remote_config_variable(data: Any) -> RemoteConfigVariable:
    if type(data) is not dict:
        raise _Unusual
    try:
        v0 = data["remote_config_variable_key"]
        v1 = data["remote_config_variable_value"]
    except KeyError:
        raise _Unusual from None
    v2 = data.get("remote_config_variable_type")
    v3 = data.get("remote_config_variable_description")
    v4 = data.get("remote_config_variable_createdAt")
    if type(v0) is not str:
        raise _Unusual
    if type(v1) is not str:
        raise _Unusual
    if v2 is not None and (type(v2) is not str):
        raise _Unusual
    if v3 is not None and (type(v3) is not str):
        raise _Unusual
    if v4 is not None and (type(v4) is not int):
        raise _Unusual
    extra = len(data) != 2 + ("remote_config_variable_type" in data) + (
        "remote_config_variable_description" in data
    ) + ("remote_config_variable_createdAt" in data)
    obj = _new(RemoteConfigVariable)
    obj.key = v0
    obj.value = v1
    obj.variable_type = v2
    obj.description = v3
    obj.created_at = v4
    if extra:
        obj.additional_properties = _extras(
            data,
            (
                "remote_config_variable_key",
                "remote_config_variable_value",
                "remote_config_variable_type",
                "remote_config_variable_description",
                "remote_config_variable_createdAt",
            ),
        )
    return obj


def _decode_remote_config(data: Any) -> RemoteConfig:
    if type(data) is not dict:
        raise _Unusual
    try:
        v0 = data["StorageKey"]
        v1 = data["remote_config_variables"]
    except KeyError:
        raise _Unusual from None
    v2 = data.get("StorageValue")
    if type(v0) is not str:
        raise _Unusual
    if type(v1) is not list:
        raise _Unusual
    v1 = [_decode_remote_config_variable(item) for item in v1]
    if v2 is not None and (type(v2) is not str):
        raise _Unusual
    extra = len(data) != 2 + ("StorageValue" in data)
    obj = _new(RemoteConfig)
    obj.storage_key = v0
    obj.variables = v1
    obj.storage_value = v2
    if extra:
        obj.additional_properties = _extras(data, ("StorageKey", "remote_config_variables", "StorageValue"))
    return obj


def _decode_leaderboard_table_show_request(data: Any) -> LeaderboardTableShowRequest:
    if type(data) is not dict:
        raise _Unusual
    try:
        v0 = data["uid"]
    except KeyError:
        raise _Unusual from None
    if type(v0) is not str:
        raise _Unusual
    extra = len(data) != 1
    if extra:
        _extras(data, ("uid",))  # unknown keys are dropped, wrongly cased ones are not
    obj = _new(LeaderboardTableShowRequest)
    _set(obj, "table_code", v0)
    return obj


def _decode_leaderboard_table(data: Any) -> LeaderboardTable:
    if type(data) is not dict:
        raise _Unusual
    try:
        v0 = data["Rotation"]
        v1 = data["RotationCount"]
        v2 = data["RecordType"]
        v3 = data["RecordSortType"]
        v4 = data["TotalIds"]
    except KeyError:
        raise _Unusual from None
    v5 = data.get("RotationTimeLeft")
    v0 = _enum(LeaderboardRotation, v0)
    if type(v1) is not int:
        raise _Unusual
    v2 = _enum(LeaderboardRecordType, v2)
    v3 = _enum(LeaderboardSortType, v3)
    if type(v4) is not float:
        if type(v4) is not int:
            raise _Unusual
        v4 = float(v4)
    if v5 is not None and (type(v5) is not int):
        raise _Unusual
    extra = len(data) != 5 + ("RotationTimeLeft" in data)
    obj = _new(LeaderboardTable)
    obj.rotation = v0
    obj.rotation_count = v1
    obj.record_type = v2
    obj.record_sort_type = v3
    obj.total_ids = v4
    obj.rotation_time_left = v5
    if extra:
        obj.additional_properties = _extras(
            data,
            ("Rotation", "RotationCount", "RecordType", "RecordSortType", "TotalIds", "RotationTimeLeft"),
        )
    return obj


def _decode_leaderboard_table_create_request(data: Any) -> LeaderboardTableCreateRequest:
    if type(data) is not dict:
        raise _Unusual
    try:
        v0 = data["name"]
        v1 = data["rotation"]
        v2 = data["record_type"]
        v3 = data["record_sort_type"]
        v4 = data["record_priority"]
    except KeyError:
        raise _Unusual from None
    v5 = data.get("rotation_timeoffset")
    v6 = data.get("rotation_date")
    v7 = data.get("rotation_time")
    v8 = data.get("rotation_period")
    if type(v0) is not str:
        raise _Unusual
    v1 = _enum(LeaderboardRotation, v1)
    v2 = _enum(LeaderboardRecordType, v2)
    v3 = _enum(LeaderboardSortType, v3)
    v4 = _enum(YesNo, v4)
    if v5 is not None and (type(v5) is not int):
        raise _Unusual
    if v6 is not None and (type(v6) is not str):
        raise _Unusual
    if v7 is not None and (type(v7) is not str):
        raise _Unusual
    if v8 is not None and (type(v8) is not int):
        raise _Unusual
    extra = len(data) != 5 + ("rotation_timeoffset" in data) + ("rotation_date" in data) + (
        "rotation_time" in data
    ) + ("rotation_period" in data)
    if extra:
        _extras(
            data,
            (
                "name",
                "rotation",
                "record_type",
                "record_sort_type",
                "record_priority",
                "rotation_timeoffset",
                "rotation_date",
                "rotation_time",
                "rotation_period",
            ),
        )  # unknown keys are dropped, wrongly cased ones are not
    obj = _new(LeaderboardTableCreateRequest)
    _set(obj, "name", v0)
    _set(obj, "rotation", v1)
    _set(obj, "record_type", v2)
    _set(obj, "record_sort_type", v3)
    _set(obj, "record_priority", v4)
    _set(obj, "rotation_timeoffset", v5)
    _set(obj, "rotation_date", v6)
    _set(obj, "rotation_time", v7)
    _set(obj, "rotation_period", v8)
    return obj


def _decode_leaderboard_table_created(data: Any) -> LeaderboardTableCreated:
    if type(data) is not dict:
        raise _Unusual
    try:
        v0 = data["TableId"]
    except KeyError:
        raise _Unusual from None
    if type(v0) is not str:
        raise _Unusual
    extra = len(data) != 1
    obj = _new(LeaderboardTableCreated)
    obj.table_id = v0
    if extra:
        obj.additional_properties = _extras(data, ("TableId",))
    return obj


def _decode_currency_get_request(data: Any) -> CurrencyGetRequest:
    if type(data) is not dict:
        raise _Unusual
    try:
        v0 = data["currency_code"]
    except KeyError:
        raise _Unusual from None
    if type(v0) is not str:
        raise _Unusual
    extra = len(data) != 1
    if extra:
        _extras(data, ("currency_code",))  # unknown keys are dropped, wrongly cased ones are not
    obj = _new(CurrencyGetRequest)
    _set(obj, "currency_code", v0)
    return obj


def _decode_currency_subtract_request(data: Any) -> CurrencySubtractRequest:
    if type(data) is not dict:
        raise _Unusual
    try:
        v0 = data["currency_code"]
        v1 = data["currency_amount"]
    except KeyError:
        raise _Unusual from None
    if type(v0) is not str:
        raise _Unusual
    if type(v1) is not float:
        if type(v1) is not int:
            raise _Unusual
        v1 = float(v1)
    extra = len(data) != 2
    if extra:
        _extras(
            data, ("currency_code", "currency_amount")
        )  # unknown keys are dropped, wrongly cased ones are not
    obj = _new(CurrencySubtractRequest)
    _set(obj, "currency_code", v0)
    _set(obj, "currency_amount", v1)
    return obj


def _decode_currency_amount(data: Any) -> CurrencyAmount:
    if type(data) is not dict:
        raise _Unusual
    try:
        v0 = data["currency_amount"]
    except KeyError:
        raise _Unusual from None
    if type(v0) is not float:
        if type(v0) is not int:
            raise _Unusual
        v0 = float(v0)
    extra = len(data) != 1
    obj = _new(CurrencyAmount)
    obj.currency_amount = v0
    if extra:
        obj.additional_properties = _extras(data, ("currency_amount",))
    return obj


def _decode_friend_table_request(data: Any) -> FriendTableRequest:
    if type(data) is not dict:
        raise _Unusual
    try:
        v0 = data["table_code"]
    except KeyError:
        raise _Unusual from None
    if type(v0) is not str:
        raise _Unusual
    extra = len(data) != 1
    if extra:
        _extras(data, ("table_code",))  # unknown keys are dropped, wrongly cased ones are not
    obj = _new(FriendTableRequest)
    _set(obj, "table_code", v0)
    return obj


def _decode_friend_request_request(data: Any) -> FriendRequestRequest:
    if type(data) is not dict:
        raise _Unusual
    try:
        v0 = data["table_code"]
        v1 = data["open_id"]
    except KeyError:
        raise _Unusual from None
    if type(v0) is not str:
        raise _Unusual
    if type(v1) is not str:
        raise _Unusual
    extra = len(data) != 2
    if extra:
        _extras(data, ("table_code", "open_id"))  # unknown keys are dropped, wrongly cased ones are not
    obj = _new(FriendRequestRequest)
    _set(obj, "table_code", v0)
    _set(obj, "open_id", v1)
    return obj


def _decode_friend_relationship_request(data: Any) -> FriendRelationshipRequest:
    if type(data) is not dict:
        raise _Unusual
    try:
        v0 = data["table_code"]
        v1 = data["relationship_code"]
    except KeyError:
        raise _Unusual from None
    if type(v0) is not str:
        raise _Unusual
    if type(v1) is not str:
        raise _Unusual
    extra = len(data) != 2
    if extra:
        _extras(
            data, ("table_code", "relationship_code")
        )  # unknown keys are dropped, wrongly cased ones are not
    obj = _new(FriendRelationshipRequest)
    _set(obj, "table_code", v0)
    _set(obj, "relationship_code", v1)
    return obj


def _decode_friend(data: Any) -> Friend:
    if type(data) is not dict:
        raise _Unusual
    try:
        v0 = data["RelationshipCode"]
        v1 = data["UserId"]
    except KeyError:
        raise _Unusual from None
    v2 = data.get("Nickname")
    v3 = data.get("Timezone")
    v4 = data.get("AccessSeconds")
    if type(v0) is not str:
        raise _Unusual
    if type(v1) is not str:
        raise _Unusual
    if v2 is not None and (type(v2) is not str):
        raise _Unusual
    if v3 is not None and (type(v3) is not str):
        raise _Unusual
    if v4 is not None and (type(v4) is not float):
        if type(v4) is not int:
            raise _Unusual
        v4 = float(v4)
    extra = len(data) != 2 + ("Nickname" in data) + ("Timezone" in data) + ("AccessSeconds" in data)
    obj = _new(Friend)
    obj.relationship_code = v0
    obj.user_id = v1
    obj.nickname = v2
    obj.timezone = v3
    obj.access_seconds = v4
    if extra:
        obj.additional_properties = _extras(
            data, ("RelationshipCode", "UserId", "Nickname", "Timezone", "AccessSeconds")
        )
    return obj


def _decode_friend_list(data: Any) -> FriendList:
    if type(data) is not dict:
        raise _Unusual
    try:
        v0 = data["Items"]
    except KeyError:
        raise _Unusual from None
    if type(v0) is not list:
        raise _Unusual
    v0 = [_decode_friend(item) for item in v0]
    extra = len(data) != 1
    obj = _new(FriendList)
    obj.items = v0
    if extra:
        obj.additional_properties = _extras(data, ("Items",))
    return obj


def _decode_friend_info(data: Any) -> FriendInfo:
    if type(data) is not dict:
        raise _Unusual
    try:
        v0 = data["RelationshipCount"]
        v1 = data["PendingCount"]
    except KeyError:
        raise _Unusual from None
    if type(v0) is not int:
        raise _Unusual
    if type(v1) is not int:
        raise _Unusual
    extra = len(data) != 2
    obj = _new(FriendInfo)
    obj.relationship_count = v0
    obj.pending_count = v1
    if extra:
        obj.additional_properties = _extras(data, ("RelationshipCount", "PendingCount"))
    return obj


def _decode_game_log_save_request(data: Any) -> GameLogSaveRequest:
    if type(data) is not dict:
        raise _Unusual
    try:
        v0 = data["table_code"]
        v1 = data["log_value"]
    except KeyError:
        raise _Unusual from None
    if type(v0) is not str:
        raise _Unusual
    if type(v1) is not str:
        raise _Unusual
    extra = len(data) != 2
    if extra:
        _extras(data, ("table_code", "log_value"))  # unknown keys are dropped, wrongly cased ones are not
    obj = _new(GameLogSaveRequest)
    _set(obj, "table_code", v0)
    _set(obj, "log_value", v1)
    return obj


def _decode_game_log_value(data: Any) -> GameLogValue:
    if type(data) is not dict:
        raise _Unusual
    try:
        v0 = data["items"]
    except KeyError:
        raise _Unusual from None
    if type(v0) is not list:
        raise _Unusual
    raise _Unusual
    extra = len(data) != 1
    if extra:
        _extras(data, ("items",))  # unknown keys are dropped, wrongly cased ones are not
    obj = _new(GameLogValue)
    _set(obj, "items", v0)
    return obj


def _decode_cloud_code_run_request(data: Any) -> CloudCodeRunRequest:
    if type(data) is not dict:
        raise _Unusual
    try:
        v0 = data["table_code"]
        v1 = data["function_name"]
        v2 = data["function_arguments"]
    except KeyError:
        raise _Unusual from None
    if type(v0) is not str:
        raise _Unusual
    if type(v1) is not str:
        raise _Unusual
    if type(v2) is not str:
        raise _Unusual
    extra = len(data) != 3
    if extra:
        _extras(
            data, ("table_code", "function_name", "function_arguments")
        )  # unknown keys are dropped, wrongly cased ones are not
    obj = _new(CloudCodeRunRequest)
    _set(obj, "table_code", v0)
    _set(obj, "function_name", v1)
    _set(obj, "function_arguments", v2)
    return obj


def _decode_cloud_code_function(data: Any) -> CloudCodeFunction:
    if type(data) is not dict:
        raise _Unusual
    try:
        v0 = data["Name"]
    except KeyError:
        raise _Unusual from None
    v1 = data.get("Version")
    if type(v0) is not str:
        raise _Unusual
    if v1 is not None and (type(v1) is not str):
        raise _Unusual
    extra = len(data) != 1 + ("Version" in data)
    obj = _new(CloudCodeFunction)
    obj.name = v0
    obj.version = v1
    if extra:
        obj.additional_properties = _extras(data, ("Name", "Version"))
    return obj


def _decode_cloud_code_log(data: Any) -> CloudCodeLog:
    if type(data) is not dict:
        raise _Unusual
    try:
        v0 = data["message"]
    except KeyError:
        raise _Unusual from None
    v1 = data.get("level")
    if type(v0) is not str:
        raise _Unusual
    if v1 is not None and (type(v1) is not str):
        raise _Unusual
    extra = len(data) != 1 + ("level" in data)
    obj = _new(CloudCodeLog)
    obj.message = v0
    obj.level = v1
    if extra:
        obj.additional_properties = _extras(data, ("message", "level"))
    return obj


def _decode_cloud_code_run(data: Any) -> CloudCodeRun:
    if type(data) is not dict:
        raise _Unusual
    try:
        v0 = data["Function"]
        v1 = data["RunTimeMilliSeconds"]
    except KeyError:
        raise _Unusual from None
    v2 = data.get("Logs")
    v3 = data.get("Result")
    v4 = data.get("Error")
    v0 = _decode_cloud_code_function(v0)
    if type(v1) is not int:
        raise _Unusual
    if v2 is not None:
        if type(v2) is not list:
            raise _Unusual
        v2 = [_decode_cloud_code_log(item) for item in v2]
    if v4 is not None and (type(v4) is not str):
        raise _Unusual
    extra = len(data) != 2 + ("Logs" in data) + ("Result" in data) + ("Error" in data)
    obj = _new(CloudCodeRun)
    obj.function = v0
    obj.run_time_milliseconds = v1
    obj.logs = v2
    obj.result = v3
    obj.error = v4
    if extra:
        obj.additional_properties = _extras(
            data, ("Function", "RunTimeMilliSeconds", "Logs", "Result", "Error")
        )
    return obj


def _decode_iap_validate_android_request(data: Any) -> IapValidateAndroidRequest:
    if type(data) is not dict:
        raise _Unusual
    try:
        v0 = data["receipt"]
        v1 = data["duplicate_allow"]
    except KeyError:
        raise _Unusual from None
    v2 = data.get("skuDetails")
    v3 = data.get("signature")
    if type(v0) is not str:
        raise _Unusual
    v1 = _enum(DuplicateAllow, v1)
    if v2 is not None and (type(v2) is not str):
        raise _Unusual
    if v3 is not None and (type(v3) is not str):
        raise _Unusual
    extra = len(data) != 2 + ("skuDetails" in data) + ("signature" in data)
    if extra:
        _extras(
            data, ("receipt", "duplicate_allow", "skuDetails", "signature")
        )  # unknown keys are dropped, wrongly cased ones are not
    obj = _new(IapValidateAndroidRequest)
    _set(obj, "receipt", v0)
    _set(obj, "duplicate_allow", v1)
    _set(obj, "sku_details", v2)
    _set(obj, "signature", v3)
    return obj


def _decode_iap_validate_ios_request(data: Any) -> IapValidateIosRequest:
    if type(data) is not dict:
        raise _Unusual
    try:
        v0 = data["receipt"]
        v1 = data["product_id"]
        v2 = data["currency"]
        v3 = data["price"]
        v4 = data["duplicate_allow"]
    except KeyError:
        raise _Unusual from None
    if type(v0) is not str:
        raise _Unusual
    if type(v1) is not str:
        raise _Unusual
    if type(v2) is not str:
        raise _Unusual
    if type(v3) is not str:
        raise _Unusual
    v4 = _enum(DuplicateAllow, v4)
    extra = len(data) != 5
    if extra:
        _extras(
            data, ("receipt", "product_id", "currency", "price", "duplicate_allow")
        )  # unknown keys are dropped, wrongly cased ones are not
    obj = _new(IapValidateIosRequest)
    _set(obj, "receipt", v0)
    _set(obj, "product_id", v1)
    _set(obj, "currency", v2)
    _set(obj, "price", v3)
    _set(obj, "duplicate_allow", v4)
    return obj


def _decode_purchase_validation(data: Any) -> PurchaseValidation:
    if type(data) is not dict:
        raise _Unusual
    v0 = data.get("UserID")
    v1 = data.get("PackageName")
    v2 = data.get("OrderID")
    v3 = data.get("ProductID")
    v4 = data.get("Currency")
    v5 = data.get("Quantity")
    v6 = data.get("Price")
    v7 = data.get("PurchaseState")
    if v0 is not None and (type(v0) is not str):
        raise _Unusual
    if v1 is not None and (type(v1) is not str):
        raise _Unusual
    if v2 is not None and (type(v2) is not str):
        raise _Unusual
    if v3 is not None and (type(v3) is not str):
        raise _Unusual
    if v4 is not None and (type(v4) is not str):
        raise _Unusual
    if v5 is not None and (type(v5) is not str):
        raise _Unusual
    if v6 is not None and (type(v6) is not str):
        raise _Unusual
    if v7 is not None and (type(v7) is not str):
        raise _Unusual
    extra = len(data) != 0 + ("UserID" in data) + ("PackageName" in data) + ("OrderID" in data) + (
        "ProductID" in data
    ) + ("Currency" in data) + ("Quantity" in data) + ("Price" in data) + ("PurchaseState" in data)
    obj = _new(PurchaseValidation)
    obj.user_id = v0
    obj.package_name = v1
    obj.order_id = v2
    obj.product_id = v3
    obj.currency = v4
    obj.quantity = v5
    obj.price = v6
    obj.purchase_state = v7
    if extra:
        obj.additional_properties = _extras(
            data,
            (
                "UserID",
                "PackageName",
                "OrderID",
                "ProductID",
                "Currency",
                "Quantity",
                "Price",
                "PurchaseState",
            ),
        )
    return obj


def _decode_server_time_request(data: Any) -> ServerTimeRequest:
    if type(data) is not dict:
        raise _Unusual
    try:
        v0 = data["udid"]
    except KeyError:
        raise _Unusual from None
    if type(v0) is not str:
        raise _Unusual
    extra = len(data) != 1
    if extra:
        _extras(data, ("udid",))  # unknown keys are dropped, wrongly cased ones are not
    obj = _new(ServerTimeRequest)
    _set(obj, "udid", v0)
    return obj


def _decode_server_time(data: Any) -> ServerTime:
    if type(data) is not dict:
        raise _Unusual
    try:
        v0 = data["timestamp"]
    except KeyError:
        raise _Unusual from None
    v1 = data.get("timezone")
    v2 = data.get("ISO_8601_date")
    v3 = data.get("date")
    v4 = data.get("year")
    v5 = data.get("month")
    v6 = data.get("day")
    v7 = data.get("hour")
    v8 = data.get("minute")
    v9 = data.get("second")
    if type(v0) is not int:
        raise _Unusual
    if v1 is not None and (type(v1) is not str):
        raise _Unusual
    if v2 is not None and (type(v2) is not str):
        raise _Unusual
    if v3 is not None and (type(v3) is not str):
        raise _Unusual
    if v4 is not None and (type(v4) is not str):
        raise _Unusual
    if v5 is not None and (type(v5) is not str):
        raise _Unusual
    if v6 is not None and (type(v6) is not str):
        raise _Unusual
    if v7 is not None and (type(v7) is not str):
        raise _Unusual
    if v8 is not None and (type(v8) is not str):
        raise _Unusual
    if v9 is not None and (type(v9) is not str):
        raise _Unusual
    extra = len(data) != 1 + ("timezone" in data) + ("ISO_8601_date" in data) + ("date" in data) + (
        "year" in data
    ) + ("month" in data) + ("day" in data) + ("hour" in data) + ("minute" in data) + ("second" in data)
    obj = _new(ServerTime)
    obj.timestamp = v0
    obj.timezone = v1
    obj.iso_8601_date = v2
    obj.date = v3
    obj.year = v4
    obj.month = v5
    obj.day = v6
    obj.hour = v7
    obj.minute = v8
    obj.second = v9
    if extra:
        obj.additional_properties = _extras(
            data,
            (
                "timestamp",
                "timezone",
                "ISO_8601_date",
                "date",
                "year",
                "month",
                "day",
                "hour",
                "minute",
                "second",
            ),
        )
    return obj


def _decode_server_time_envelope(data: Any) -> ServerTimeEnvelope:
    if type(data) is not dict:
        raise _Unusual
    try:
        v0 = data["code"]
    except KeyError:
        raise _Unusual from None
    v1 = data.get("message")
    v2 = data.get("value")
    if type(v0) is not int:
        raise _Unusual
    if v2 is not None:
        v2 = _decode_server_time(v2)
    extra = len(data) != 1 + ("message" in data) + ("value" in data)
    obj = _new(ServerTimeEnvelope)
    obj.code = v0
    obj.message = v1
    obj.value = v2
    if extra:
        obj.additional_properties = _extras(data, ("code", "message", "value"))
    return obj


def _decode_error_envelope(data: Any) -> ErrorEnvelope:
    if type(data) is not dict:
        raise _Unusual
    v0 = data.get("ErrorCode")
    v1 = data.get("Message")
    v2 = data.get("WithdrawalKey")
    v3 = data.get("BlockKey")
    if v0 is not None and (type(v0) is not str):
        raise _Unusual
    if v1 is not None and (type(v1) is not str):
        raise _Unusual
    if v2 is not None and (type(v2) is not str):
        raise _Unusual
    if v3 is not None and (type(v3) is not str):
        raise _Unusual
    extra = len(data) != 0 + ("ErrorCode" in data) + ("Message" in data) + ("WithdrawalKey" in data) + (
        "BlockKey" in data
    )
    obj = _new(ErrorEnvelope)
    obj.error_code = v0
    obj.message = v1
    obj.withdrawal_key = v2
    obj.block_key = v3
    if extra:
        obj.additional_properties = _extras(data, ("ErrorCode", "Message", "WithdrawalKey", "BlockKey"))
    return obj


def _decode_device_info(data: Any) -> DeviceInfo:
    if type(data) is not dict:
        raise _Unusual
    v0 = data.get("uuid")
    v1 = data.get("nickname")
    v2 = data.get("device_id")
    v3 = data.get("version")
    v4 = data.get("platform")
    v5 = data.get("device_model")
    v6 = data.get("device_os")
    v7 = data.get("device_language")
    v8 = data.get("device_country")
    v9 = data.get("device_timeoffset")
    if v0 is not None and (type(v0) is not str):
        raise _Unusual
    if v1 is not None and (type(v1) is not str):
        raise _Unusual
    if v2 is not None and (type(v2) is not str):
        raise _Unusual
    if v3 is not None and (type(v3) is not str):
        raise _Unusual
    if v4 is not None:
        v4 = _enum(DevicePlatform, v4)
    if v5 is not None and (type(v5) is not str):
        raise _Unusual
    if v6 is not None and (type(v6) is not str):
        raise _Unusual
    if v7 is not None and (type(v7) is not str):
        raise _Unusual
    if v8 is not None and (type(v8) is not str):
        raise _Unusual
    if v9 is not None and (type(v9) is not str):
        raise _Unusual
    extra = len(data) != 0 + ("uuid" in data) + ("nickname" in data) + ("device_id" in data) + (
        "version" in data
    ) + ("platform" in data) + ("device_model" in data) + ("device_os" in data) + (
        "device_language" in data
    ) + ("device_country" in data) + ("device_timeoffset" in data)
    if extra:
        _extras(
            data,
            (
                "uuid",
                "nickname",
                "device_id",
                "version",
                "platform",
                "device_model",
                "device_os",
                "device_language",
                "device_country",
                "device_timeoffset",
            ),
        )  # unknown keys are dropped, wrongly cased ones are not
    obj = _new(DeviceInfo)
    _set(obj, "uuid", v0)
    _set(obj, "nickname", v1)
    _set(obj, "device_id", v2)
    _set(obj, "version", v3)
    _set(obj, "platform", v4)
    _set(obj, "device_model", v5)
    _set(obj, "device_os", v6)
    _set(obj, "device_language", v7)
    _set(obj, "device_country", v8)
    _set(obj, "device_timeoffset", v9)
    return obj


def _decode_storage_multi_save_items(data: Any) -> StorageMultiSaveItems:
    if type(data) is not dict:
        raise _Unusual
    try:
        v0 = data["Items"]
    except KeyError:
        raise _Unusual from None
    if type(v0) is not list:
        raise _Unusual
    v0 = [_decode_storage_multi_save_item(item) for item in v0]
    extra = len(data) != 1
    if extra:
        _extras(data, ("Items",))  # unknown keys are dropped, wrongly cased ones are not
    obj = _new(StorageMultiSaveItems)
    _set(obj, "items", v0)
    return obj


def _decode_inbox_send_payload(data: Any) -> InboxSendPayload:
    if type(data) is not dict:
        raise _Unusual
    try:
        v0 = data["items"]
    except KeyError:
        raise _Unusual from None
    v1 = data.get("messages")
    if type(v0) is not list:
        raise _Unusual
    v0 = [_decode_inbox_send_item(item) for item in v0]
    if v1 is not None:
        if type(v1) is not list:
            raise _Unusual
        v1 = [_decode_inbox_send_message(item) for item in v1]
    extra = len(data) != 1 + ("messages" in data)
    if extra:
        _extras(data, ("items", "messages"))  # unknown keys are dropped, wrongly cased ones are not
    obj = _new(InboxSendPayload)
    _set(obj, "items", v0)
    _set(obj, "messages", v1)
    return obj


def _decode_currency_changes(data: Any) -> CurrencyChanges:
    if type(data) is not dict:
        raise _Unusual
    try:
        v0 = data["items"]
    except KeyError:
        raise _Unusual from None
    if type(v0) is not list:
        raise _Unusual
    v0 = [_decode_currency_change(item) for item in v0]
    extra = len(data) != 1
    if extra:
        _extras(data, ("items",))  # unknown keys are dropped, wrongly cased ones are not
    obj = _new(CurrencyChanges)
    _set(obj, "items", v0)
    return obj


def _encode_guest_sign_in_request(obj: GuestSignInRequest) -> dict[str, Any]:
    data: dict[str, Any] = {"linked_id": obj.linked_id}
    return data


def _encode_email_sign_in_request(obj: EmailSignInRequest) -> dict[str, Any]:
    data: dict[str, Any] = {"linked_id": obj.email, "linked_password": obj.password}
    return data


def _encode_email_sign_up_request(obj: EmailSignUpRequest) -> dict[str, Any]:
    data: dict[str, Any] = {"linked_id": obj.email, "linked_password": obj.password}
    return data


def _encode_social_sign_in_request(obj: SocialSignInRequest) -> dict[str, Any]:
    data: dict[str, Any] = {"account_type": obj.account_type, "account_token": obj.account_token}
    v2 = obj.request_uuid
    if v2 is not None:
        data["request_uuid"] = v2
    return data


def _encode_token_refresh_request(obj: TokenRefreshRequest) -> dict[str, Any]:
    data: dict[str, Any] = {"refresh_token": obj.refresh_token}
    return data


def _encode_token_info_request(obj: TokenInfoRequest) -> dict[str, Any]:
    data: dict[str, Any] = {"access_token": obj.access_token}
    return data


def _encode_token_status_request(obj: TokenStatusRequest) -> dict[str, Any]:
    data: dict[str, Any] = {"access_token": obj.access_token}
    return data


def _encode_account_link_request(obj: AccountLinkRequest) -> dict[str, Any]:
    data: dict[str, Any] = {"request_uuid": obj.request_uuid, "account_type": obj.account_type}
    return data


def _encode_nickname_put_request(obj: NicknamePutRequest) -> dict[str, Any]:
    data: dict[str, Any] = {"change_nickname": obj.nickname, "check_exists": obj.check_exists._value_}
    return data


def _encode_nickname_exists_request(obj: NicknameExistsRequest) -> dict[str, Any]:
    data: dict[str, Any] = {"change_nickname": obj.nickname}
    return data


def _encode_withdrawal_request_request(obj: WithdrawalRequestRequest) -> dict[str, Any]:
    data: dict[str, Any] = {"period": obj.period, "account_token": obj.account_token, "memo": obj.memo}
    return data


def _encode_withdrawal_key_request(obj: WithdrawalKeyRequest) -> dict[str, Any]:
    data: dict[str, Any] = {"withdrawal_key": obj.withdrawal_key}
    return data


def _encode_block_reason_request(obj: BlockReasonRequest) -> dict[str, Any]:
    data: dict[str, Any] = {"block_key": obj.block_key}
    return data


def _encode_storage_save_request(obj: StorageSaveRequest) -> dict[str, Any]:
    data: dict[str, Any] = {
        "storage_key": obj.storage_key,
        "storage_value": obj.storage_value,
        "isPrivate": obj.is_private._value_,
    }
    return data


def _encode_storage_load_request(obj: StorageLoadRequest) -> dict[str, Any]:
    data: dict[str, Any] = {"storage_key": obj.storage_key}
    return data


def _encode_storage_multi_save_request(obj: StorageMultiSaveRequest) -> dict[str, Any]:
    data: dict[str, Any] = {"storage_items": obj.storage_items}
    return data


def _encode_storage_multi_save_item(obj: StorageMultiSaveItem) -> dict[str, Any]:
    data: dict[str, Any] = {
        "StorageKey": obj.storage_key,
        "StorageValue": obj.storage_value,
        "IsPrivate": obj.is_private,
    }
    return data


def _encode_storage_multi_load_request(obj: StorageMultiLoadRequest) -> dict[str, Any]:
    data: dict[str, Any] = {"storage_keys": obj.storage_keys}
    return data


def _encode_storage_public_load_request(obj: StoragePublicLoadRequest) -> dict[str, Any]:
    data: dict[str, Any] = {"storage_key": obj.storage_key}
    return data


def _encode_storage_player_load_request(obj: StoragePlayerLoadRequest) -> dict[str, Any]:
    data: dict[str, Any] = {"player_uuid": obj.player_uuid, "storage_key": obj.storage_key}
    return data


def _encode_inbox_items_request(obj: InboxItemsRequest) -> dict[str, Any]:
    data: dict[str, Any] = {"table_code": obj.table_code}
    return data


def _encode_inbox_count_request(obj: InboxCountRequest) -> dict[str, Any]:
    data: dict[str, Any] = {"table_code": obj.table_code}
    return data


def _encode_inbox_show_request(obj: InboxShowRequest) -> dict[str, Any]:
    data: dict[str, Any] = {"item_key": obj.item_key}
    return data


def _encode_inbox_send_request(obj: InboxSendRequest) -> dict[str, Any]:
    data: dict[str, Any] = {"table_code": obj.table_code, "items": obj.items, "period": obj.period}
    return data


def _encode_inbox_send_item(obj: InboxSendItem) -> dict[str, Any]:
    data: dict[str, Any] = {"item_code": obj.item_code, "item_count": obj.item_count}
    return data


def _encode_inbox_send_message(obj: InboxSendMessage) -> dict[str, Any]:
    data: dict[str, Any] = {"language": obj.language, "title": obj.title, "content": obj.content}
    return data


def _encode_inbox_consume_item_request(obj: InboxConsumeItemRequest) -> dict[str, Any]:
    data: dict[str, Any] = {"item_key": obj.item_key}
    return data


def _encode_inbox_consume_multi_request(obj: InboxConsumeMultiRequest) -> dict[str, Any]:
    data: dict[str, Any] = {"item_keys": obj.item_keys}
    return data


def _encode_leaderboard_record_request(obj: LeaderboardRecordRequest) -> dict[str, Any]:
    data: dict[str, Any] = {"uid": obj.table_code, "record_id": obj.record_id, "score": obj.score}
    v3 = obj.extra_data
    if v3 is not None:
        data["extra_data"] = v3
    return data


def _encode_leaderboard_show_request(obj: LeaderboardShowRequest) -> dict[str, Any]:
    data: dict[str, Any] = {"uid": obj.table_code, "record_id": obj.record_id}
    return data


def _encode_leaderboard_range_request(obj: LeaderboardRangeRequest) -> dict[str, Any]:
    data: dict[str, Any] = {"uid": obj.table_code, "range_start": obj.range_start, "range_end": obj.range_end}
    return data


def _encode_leaderboard_show_previous_request(obj: LeaderboardShowPreviousRequest) -> dict[str, Any]:
    data: dict[str, Any] = {
        "uid": obj.table_code,
        "record_id": obj.record_id,
        "rotation_count": obj.rotation_count,
    }
    return data


def _encode_leaderboard_range_previous_request(obj: LeaderboardRangePreviousRequest) -> dict[str, Any]:
    data: dict[str, Any] = {
        "uid": obj.table_code,
        "rotation_count": obj.rotation_count,
        "range_start": obj.range_start,
        "range_end": obj.range_end,
    }
    return data


def _encode_coupon_use_request(obj: CouponUseRequest) -> dict[str, Any]:
    data: dict[str, Any] = {"code": obj.code}
    return data


def _encode_currency_put_request(obj: CurrencyPutRequest) -> dict[str, Any]:
    data: dict[str, Any] = {"items": obj.items}
    return data


def _encode_currency_charge_request(obj: CurrencyChargeRequest) -> dict[str, Any]:
    data: dict[str, Any] = {"items": obj.items}
    return data


def _encode_currency_change(obj: CurrencyChange) -> dict[str, Any]:
    data: dict[str, Any] = {"currency_code": obj.currency_code, "currency_amount": obj.currency_amount}
    return data


def _encode_remote_config_load_request(obj: RemoteConfigLoadRequest) -> dict[str, Any]:
    data: dict[str, Any] = {"storage_key": obj.storage_key}
    return data


def _encode_leaderboard_table_show_request(obj: LeaderboardTableShowRequest) -> dict[str, Any]:
    data: dict[str, Any] = {"uid": obj.table_code}
    return data


def _encode_leaderboard_table_create_request(obj: LeaderboardTableCreateRequest) -> dict[str, Any]:
    data: dict[str, Any] = {
        "name": obj.name,
        "rotation": obj.rotation._value_,
        "record_type": obj.record_type._value_,
        "record_sort_type": obj.record_sort_type._value_,
        "record_priority": obj.record_priority._value_,
    }
    v5 = obj.rotation_timeoffset
    if v5 is not None:
        data["rotation_timeoffset"] = v5
    v6 = obj.rotation_date
    if v6 is not None:
        data["rotation_date"] = v6
    v7 = obj.rotation_time
    if v7 is not None:
        data["rotation_time"] = v7
    v8 = obj.rotation_period
    if v8 is not None:
        data["rotation_period"] = v8
    return data


def _encode_currency_get_request(obj: CurrencyGetRequest) -> dict[str, Any]:
    data: dict[str, Any] = {"currency_code": obj.currency_code}
    return data


def _encode_currency_subtract_request(obj: CurrencySubtractRequest) -> dict[str, Any]:
    data: dict[str, Any] = {"currency_code": obj.currency_code, "currency_amount": obj.currency_amount}
    return data


def _encode_friend_table_request(obj: FriendTableRequest) -> dict[str, Any]:
    data: dict[str, Any] = {"table_code": obj.table_code}
    return data


def _encode_friend_request_request(obj: FriendRequestRequest) -> dict[str, Any]:
    data: dict[str, Any] = {"table_code": obj.table_code, "open_id": obj.open_id}
    return data


def _encode_friend_relationship_request(obj: FriendRelationshipRequest) -> dict[str, Any]:
    data: dict[str, Any] = {"table_code": obj.table_code, "relationship_code": obj.relationship_code}
    return data


def _encode_game_log_save_request(obj: GameLogSaveRequest) -> dict[str, Any]:
    data: dict[str, Any] = {"table_code": obj.table_code, "log_value": obj.log_value}
    return data


def _encode_game_log_value(obj: GameLogValue) -> dict[str, Any]:
    data: dict[str, Any] = {"items": [_serde.to_json_value(item) for item in obj.items]}
    return data


def _encode_cloud_code_run_request(obj: CloudCodeRunRequest) -> dict[str, Any]:
    data: dict[str, Any] = {
        "table_code": obj.table_code,
        "function_name": obj.function_name,
        "function_arguments": obj.function_arguments,
    }
    return data


def _encode_iap_validate_android_request(obj: IapValidateAndroidRequest) -> dict[str, Any]:
    data: dict[str, Any] = {"receipt": obj.receipt, "duplicate_allow": obj.duplicate_allow._value_}
    v2 = obj.sku_details
    if v2 is not None:
        data["skuDetails"] = v2
    v3 = obj.signature
    if v3 is not None:
        data["signature"] = v3
    return data


def _encode_iap_validate_ios_request(obj: IapValidateIosRequest) -> dict[str, Any]:
    data: dict[str, Any] = {
        "receipt": obj.receipt,
        "product_id": obj.product_id,
        "currency": obj.currency,
        "price": obj.price,
        "duplicate_allow": obj.duplicate_allow._value_,
    }
    return data


def _encode_server_time_request(obj: ServerTimeRequest) -> dict[str, Any]:
    data: dict[str, Any] = {"udid": obj.udid}
    return data


def _encode_device_info(obj: DeviceInfo) -> dict[str, Any]:
    data: dict[str, Any] = {}
    v0 = obj.uuid
    if v0 is not None:
        data["uuid"] = v0
    v1 = obj.nickname
    if v1 is not None:
        data["nickname"] = v1
    v2 = obj.device_id
    if v2 is not None:
        data["device_id"] = v2
    v3 = obj.version
    if v3 is not None:
        data["version"] = v3
    v4 = obj.platform
    if v4 is not None:
        data["platform"] = v4._value_
    v5 = obj.device_model
    if v5 is not None:
        data["device_model"] = v5
    v6 = obj.device_os
    if v6 is not None:
        data["device_os"] = v6
    v7 = obj.device_language
    if v7 is not None:
        data["device_language"] = v7
    v8 = obj.device_country
    if v8 is not None:
        data["device_country"] = v8
    v9 = obj.device_timeoffset
    if v9 is not None:
        data["device_timeoffset"] = v9
    return data


def _encode_storage_multi_save_items(obj: StorageMultiSaveItems) -> dict[str, Any]:
    data: dict[str, Any] = {"Items": [_encode_storage_multi_save_item(item) for item in obj.items]}
    return data


def _encode_inbox_send_payload(obj: InboxSendPayload) -> dict[str, Any]:
    data: dict[str, Any] = {"items": [_encode_inbox_send_item(item) for item in obj.items]}
    v1 = obj.messages
    if v1 is not None:
        data["messages"] = [_encode_inbox_send_message(item) for item in v1]
    return data


def _encode_currency_changes(obj: CurrencyChanges) -> dict[str, Any]:
    data: dict[str, Any] = {"items": [_encode_currency_change(item) for item in obj.items]}
    return data


_serde.register_codecs(
    decoders={
        GuestSignInRequest: _decode_guest_sign_in_request,
        EmailSignInRequest: _decode_email_sign_in_request,
        EmailSignUpRequest: _decode_email_sign_up_request,
        SocialSignInRequest: _decode_social_sign_in_request,
        TokenRefreshRequest: _decode_token_refresh_request,
        TokenInfoRequest: _decode_token_info_request,
        TokenStatusRequest: _decode_token_status_request,
        AccountLinkRequest: _decode_account_link_request,
        SessionTokens: _decode_session_tokens,
        PlayerProfile: _decode_player_profile,
        SignInResponse: _decode_sign_in_response,
        TokenStatusResponse: _decode_token_status_response,
        StatusResponse: _decode_status_response,
        NicknamePutRequest: _decode_nickname_put_request,
        NicknameExistsRequest: _decode_nickname_exists_request,
        NicknameResponse: _decode_nickname_response,
        NicknameExistsResponse: _decode_nickname_exists_response,
        WithdrawalRequestRequest: _decode_withdrawal_request_request,
        WithdrawalKeyRequest: _decode_withdrawal_key_request,
        WithdrawalInfo: _decode_withdrawal_info,
        BlockReasonRequest: _decode_block_reason_request,
        BlockReason: _decode_block_reason,
        BlockReasons: _decode_block_reasons,
        StorageSaveRequest: _decode_storage_save_request,
        StorageLoadRequest: _decode_storage_load_request,
        StorageRecord: _decode_storage_record,
        StorageRecords: _decode_storage_records,
        StorageMultiSaveRequest: _decode_storage_multi_save_request,
        StorageMultiSaveItem: _decode_storage_multi_save_item,
        StorageMultiLoadRequest: _decode_storage_multi_load_request,
        StoragePublicLoadRequest: _decode_storage_public_load_request,
        StoragePlayerLoadRequest: _decode_storage_player_load_request,
        InboxItemsRequest: _decode_inbox_items_request,
        InboxCountRequest: _decode_inbox_count_request,
        InboxShowRequest: _decode_inbox_show_request,
        InboxSendRequest: _decode_inbox_send_request,
        InboxSendItem: _decode_inbox_send_item,
        InboxSendMessage: _decode_inbox_send_message,
        InboxConsumeItemRequest: _decode_inbox_consume_item_request,
        InboxConsumeMultiRequest: _decode_inbox_consume_multi_request,
        InboxItem: _decode_inbox_item,
        InboxMessage: _decode_inbox_message,
        InboxEntry: _decode_inbox_entry,
        InboxItemsResponse: _decode_inbox_items_response,
        InboxCountResponse: _decode_inbox_count_response,
        InboxShowResponse: _decode_inbox_show_response,
        InboxSendResponse: _decode_inbox_send_response,
        InboxConsumeResponse: _decode_inbox_consume_response,
        LeaderboardRecordRequest: _decode_leaderboard_record_request,
        LeaderboardShowRequest: _decode_leaderboard_show_request,
        LeaderboardRangeRequest: _decode_leaderboard_range_request,
        LeaderboardShowPreviousRequest: _decode_leaderboard_show_previous_request,
        LeaderboardRangePreviousRequest: _decode_leaderboard_range_previous_request,
        LeaderboardEntry: _decode_leaderboard_entry,
        LeaderboardRange: _decode_leaderboard_range,
        CouponUseRequest: _decode_coupon_use_request,
        CouponReward: _decode_coupon_reward,
        CouponUseResponse: _decode_coupon_use_response,
        CurrencyPutRequest: _decode_currency_put_request,
        CurrencyChargeRequest: _decode_currency_charge_request,
        CurrencyChange: _decode_currency_change,
        CurrencyBalance: _decode_currency_balance,
        CurrencyBalances: _decode_currency_balances,
        RemoteConfigLoadRequest: _decode_remote_config_load_request,
        RemoteConfigVariable: _decode_remote_config_variable,
        RemoteConfig: _decode_remote_config,
        LeaderboardTableShowRequest: _decode_leaderboard_table_show_request,
        LeaderboardTable: _decode_leaderboard_table,
        LeaderboardTableCreateRequest: _decode_leaderboard_table_create_request,
        LeaderboardTableCreated: _decode_leaderboard_table_created,
        CurrencyGetRequest: _decode_currency_get_request,
        CurrencySubtractRequest: _decode_currency_subtract_request,
        CurrencyAmount: _decode_currency_amount,
        FriendTableRequest: _decode_friend_table_request,
        FriendRequestRequest: _decode_friend_request_request,
        FriendRelationshipRequest: _decode_friend_relationship_request,
        Friend: _decode_friend,
        FriendList: _decode_friend_list,
        FriendInfo: _decode_friend_info,
        GameLogSaveRequest: _decode_game_log_save_request,
        GameLogValue: _decode_game_log_value,
        CloudCodeRunRequest: _decode_cloud_code_run_request,
        CloudCodeFunction: _decode_cloud_code_function,
        CloudCodeLog: _decode_cloud_code_log,
        CloudCodeRun: _decode_cloud_code_run,
        IapValidateAndroidRequest: _decode_iap_validate_android_request,
        IapValidateIosRequest: _decode_iap_validate_ios_request,
        PurchaseValidation: _decode_purchase_validation,
        ServerTimeRequest: _decode_server_time_request,
        ServerTime: _decode_server_time,
        ServerTimeEnvelope: _decode_server_time_envelope,
        ErrorEnvelope: _decode_error_envelope,
        DeviceInfo: _decode_device_info,
        StorageMultiSaveItems: _decode_storage_multi_save_items,
        InboxSendPayload: _decode_inbox_send_payload,
        CurrencyChanges: _decode_currency_changes,
    },
    encoders={
        GuestSignInRequest: _encode_guest_sign_in_request,
        EmailSignInRequest: _encode_email_sign_in_request,
        EmailSignUpRequest: _encode_email_sign_up_request,
        SocialSignInRequest: _encode_social_sign_in_request,
        TokenRefreshRequest: _encode_token_refresh_request,
        TokenInfoRequest: _encode_token_info_request,
        TokenStatusRequest: _encode_token_status_request,
        AccountLinkRequest: _encode_account_link_request,
        NicknamePutRequest: _encode_nickname_put_request,
        NicknameExistsRequest: _encode_nickname_exists_request,
        WithdrawalRequestRequest: _encode_withdrawal_request_request,
        WithdrawalKeyRequest: _encode_withdrawal_key_request,
        BlockReasonRequest: _encode_block_reason_request,
        StorageSaveRequest: _encode_storage_save_request,
        StorageLoadRequest: _encode_storage_load_request,
        StorageMultiSaveRequest: _encode_storage_multi_save_request,
        StorageMultiSaveItem: _encode_storage_multi_save_item,
        StorageMultiLoadRequest: _encode_storage_multi_load_request,
        StoragePublicLoadRequest: _encode_storage_public_load_request,
        StoragePlayerLoadRequest: _encode_storage_player_load_request,
        InboxItemsRequest: _encode_inbox_items_request,
        InboxCountRequest: _encode_inbox_count_request,
        InboxShowRequest: _encode_inbox_show_request,
        InboxSendRequest: _encode_inbox_send_request,
        InboxSendItem: _encode_inbox_send_item,
        InboxSendMessage: _encode_inbox_send_message,
        InboxConsumeItemRequest: _encode_inbox_consume_item_request,
        InboxConsumeMultiRequest: _encode_inbox_consume_multi_request,
        LeaderboardRecordRequest: _encode_leaderboard_record_request,
        LeaderboardShowRequest: _encode_leaderboard_show_request,
        LeaderboardRangeRequest: _encode_leaderboard_range_request,
        LeaderboardShowPreviousRequest: _encode_leaderboard_show_previous_request,
        LeaderboardRangePreviousRequest: _encode_leaderboard_range_previous_request,
        CouponUseRequest: _encode_coupon_use_request,
        CurrencyPutRequest: _encode_currency_put_request,
        CurrencyChargeRequest: _encode_currency_charge_request,
        CurrencyChange: _encode_currency_change,
        RemoteConfigLoadRequest: _encode_remote_config_load_request,
        LeaderboardTableShowRequest: _encode_leaderboard_table_show_request,
        LeaderboardTableCreateRequest: _encode_leaderboard_table_create_request,
        CurrencyGetRequest: _encode_currency_get_request,
        CurrencySubtractRequest: _encode_currency_subtract_request,
        FriendTableRequest: _encode_friend_table_request,
        FriendRequestRequest: _encode_friend_request_request,
        FriendRelationshipRequest: _encode_friend_relationship_request,
        GameLogSaveRequest: _encode_game_log_save_request,
        GameLogValue: _encode_game_log_value,
        CloudCodeRunRequest: _encode_cloud_code_run_request,
        IapValidateAndroidRequest: _encode_iap_validate_android_request,
        IapValidateIosRequest: _encode_iap_validate_ios_request,
        ServerTimeRequest: _encode_server_time_request,
        DeviceInfo: _encode_device_info,
        StorageMultiSaveItems: _encode_storage_multi_save_items,
        InboxSendPayload: _encode_inbox_send_payload,
        CurrencyChanges: _encode_currency_changes,
    },
)
