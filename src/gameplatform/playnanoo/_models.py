# Generated from specs/playnanoo.yaml by `python -m codegen` (datamodel-code-generator 0.89.0). Do not edit.
"""Models of the PlayNANOO REST API: attrs classes generated from ``specs/playnanoo.yaml``.

Request models (bodies and ``*Params``) check their fields when built and raise
``gameplatform.errors.ValidationError``; response models are plain and keep keys they do not name in
``additional_properties``. ``gameplatform._serde`` turns both into JSON and back.
"""

from __future__ import annotations

from typing import Any

import attrs

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
class SessionTokens:
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
class PlayerProfile:
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
class SignInResponse:
    """Model ``SignInResponse`` of the PlayNANOO REST API."""

    token: SessionTokens = attrs.field(metadata={"json": "Token"})
    player: PlayerProfile | None = attrs.field(default=None, metadata={"json": "Player"})
    additional_properties: dict[str, Any] = attrs.field(
        factory=dict, metadata={"additional_properties": True}
    )
    """Keys the platform sent that this model does not name (kept as decoded JSON)."""


@attrs.define(kw_only=True)
class TokenStatusResponse:
    """Model ``TokenStatusResponse`` of the PlayNANOO REST API."""

    status: str = attrs.field(metadata={"json": "Status"})
    withdrawal_key: str | None = attrs.field(default=None, repr=False, metadata={"json": "WithdrawalKey"})
    """Present while the account is in its withdrawal grace period."""
    additional_properties: dict[str, Any] = attrs.field(
        factory=dict, metadata={"additional_properties": True}
    )
    """Keys the platform sent that this model does not name (kept as decoded JSON)."""


@attrs.define(kw_only=True)
class StatusResponse:
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
class NicknameResponse:
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
class NicknameExistsResponse:
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
class WithdrawalInfo:
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
class BlockReason:
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
class BlockReasons:
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
class StorageRecord:
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
class StorageRecords:
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
class InboxItem:
    """Model ``InboxItem`` of the PlayNANOO REST API."""

    item_code: str | None = attrs.field(default=None, metadata={"json": "item_code"})
    item_count: int | None = attrs.field(default=None, metadata={"json": "item_count"})
    additional_properties: dict[str, Any] = attrs.field(
        factory=dict, metadata={"additional_properties": True}
    )
    """Keys the platform sent that this model does not name (kept as decoded JSON)."""


@attrs.define(kw_only=True)
class InboxMessage:
    """Model ``InboxMessage`` of the PlayNANOO REST API."""

    language: str | None = attrs.field(default=None, metadata={"json": "language"})
    title: str | None = attrs.field(default=None, metadata={"json": "title"})
    content: str | None = attrs.field(default=None, metadata={"json": "content"})
    additional_properties: dict[str, Any] = attrs.field(
        factory=dict, metadata={"additional_properties": True}
    )
    """Keys the platform sent that this model does not name (kept as decoded JSON)."""


@attrs.define(kw_only=True)
class InboxEntry:
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
class InboxItemsResponse:
    """Model ``InboxItemsResponse`` of the PlayNANOO REST API."""

    items: list[InboxEntry] = attrs.field(metadata={"json": "items"})
    additional_properties: dict[str, Any] = attrs.field(
        factory=dict, metadata={"additional_properties": True}
    )
    """Keys the platform sent that this model does not name (kept as decoded JSON)."""


@attrs.define(kw_only=True)
class InboxCountResponse:
    """Model ``InboxCountResponse`` of the PlayNANOO REST API."""

    count: int = attrs.field(metadata={"json": "count"})
    additional_properties: dict[str, Any] = attrs.field(
        factory=dict, metadata={"additional_properties": True}
    )
    """Keys the platform sent that this model does not name (kept as decoded JSON)."""


@attrs.define(kw_only=True)
class InboxShowResponse:
    """Model ``InboxShowResponse`` of the PlayNANOO REST API."""

    items: list[InboxItem] = attrs.field(metadata={"json": "items"})
    messages: list[InboxMessage] | None = attrs.field(default=None, metadata={"json": "messages"})
    additional_properties: dict[str, Any] = attrs.field(
        factory=dict, metadata={"additional_properties": True}
    )
    """Keys the platform sent that this model does not name (kept as decoded JSON)."""


@attrs.define(kw_only=True)
class InboxSendResponse:
    """Model ``InboxSendResponse`` of the PlayNANOO REST API."""

    status: str = attrs.field(metadata={"json": "status"})
    """Processing status (this one is lower-case on the wire)."""
    additional_properties: dict[str, Any] = attrs.field(
        factory=dict, metadata={"additional_properties": True}
    )
    """Keys the platform sent that this model does not name (kept as decoded JSON)."""


@attrs.define(kw_only=True)
class InboxConsumeResponse:
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
class LeaderboardEntry:
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
class LeaderboardRange:
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
class CouponReward:
    """Model ``CouponReward`` of the PlayNANOO REST API."""

    item_code: str | None = attrs.field(default=None, metadata={"json": "item_code"})
    item_count: float | None = attrs.field(default=None, metadata={"json": "item_count"})
    additional_properties: dict[str, Any] = attrs.field(
        factory=dict, metadata={"additional_properties": True}
    )
    """Keys the platform sent that this model does not name (kept as decoded JSON)."""


@attrs.define(kw_only=True)
class CouponUseResponse:
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
class CurrencyBalance:
    """Model ``CurrencyBalance`` of the PlayNANOO REST API."""

    currency_code: str | None = attrs.field(default=None, metadata={"json": "currency_code"})
    currency_amount: float | None = attrs.field(default=None, metadata={"json": "currency_amount"})
    additional_properties: dict[str, Any] = attrs.field(
        factory=dict, metadata={"additional_properties": True}
    )
    """Keys the platform sent that this model does not name (kept as decoded JSON)."""


@attrs.define(kw_only=True)
class CurrencyBalances:
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
class RemoteConfigVariable:
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
class RemoteConfig:
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
class LeaderboardTable:
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
        default=None, validator=_v.optional(_v.integer()), metadata={"json": "rotation_timeoffset"}
    )
    """The rotation's time offset (the unit is not documented); required with `rotation`."""
    rotation_date: str | None = attrs.field(
        default=None, validator=_v.optional(_v.string(formats=("date",))), metadata={"json": "rotation_date"}
    )
    """The first season's start date (YYYY-MM-DD); required with `rotation`."""
    rotation_time: str | None = attrs.field(
        default=None,
        validator=_v.optional(_v.string(pattern="^([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]$")),
        metadata={"json": "rotation_time"},
    )
    """The first season's start time (HH:MM:SS); required with `rotation`."""
    rotation_period: int | None = attrs.field(
        default=None, validator=_v.optional(_v.integer(minimum=1)), metadata={"json": "rotation_period"}
    )
    """A season's length in days; required with `rotation`."""


@attrs.define(kw_only=True)
class LeaderboardTableCreated:
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
class CurrencyAmount:
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
class Friend:
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
class FriendList:
    """Model ``FriendList`` of the PlayNANOO REST API."""

    items: list[Friend] = attrs.field(metadata={"json": "Items"})
    additional_properties: dict[str, Any] = attrs.field(
        factory=dict, metadata={"additional_properties": True}
    )
    """Keys the platform sent that this model does not name (kept as decoded JSON)."""


@attrs.define(kw_only=True)
class FriendInfo:
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
class CloudCodeFunction:
    """Model ``CloudCodeFunction`` of the PlayNANOO REST API."""

    name: str = attrs.field(metadata={"json": "Name"})
    version: str | None = attrs.field(default=None, metadata={"json": "Version"})
    additional_properties: dict[str, Any] = attrs.field(
        factory=dict, metadata={"additional_properties": True}
    )
    """Keys the platform sent that this model does not name (kept as decoded JSON)."""


@attrs.define(kw_only=True)
class CloudCodeLog:
    """Model ``CloudCodeLog`` of the PlayNANOO REST API."""

    message: str = attrs.field(metadata={"json": "message"})
    level: str | None = attrs.field(default=None, metadata={"json": "level"})
    additional_properties: dict[str, Any] = attrs.field(
        factory=dict, metadata={"additional_properties": True}
    )
    """Keys the platform sent that this model does not name (kept as decoded JSON)."""


@attrs.define(kw_only=True)
class CloudCodeRun:
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
class PurchaseValidation:
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
class ServerTime:
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
class ServerTimeEnvelope:
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
class ErrorEnvelope:
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
