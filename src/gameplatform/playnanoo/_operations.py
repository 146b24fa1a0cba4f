# Generated from specs/playnanoo.yaml by `python -m codegen` (datamodel-code-generator 0.89.0). Do not edit.
"""Operations of the PlayNANOO REST API: one ``Operation`` constant per operation of
``specs/playnanoo.yaml``.

Each holds what a call needs beyond its arguments: method, path, host, retry safety, where every
argument goes and how it is encoded, the fields the client fills, the envelope and the result model.
``ERROR_CODES`` and ``STATUS_ERRORS`` say which class each documented failure raises.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Any, Final

from gameplatform import _validation as _v
from gameplatform._envelope import PlatformErrors
from gameplatform._operation import (
    Argument,
    BoolText,
    Content,
    Envelope,
    ErrorCode,
    Fill,
    Joined,
    MapEntries,
    Operation,
)
from gameplatform._redaction import SecretKeys
from gameplatform.errors import (
    APIError,
    AuthenticationError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ServerError,
)
from gameplatform.playnanoo._errors import (
    AccountBlocked,
    AccountNotFound,
    AccountWithdrawalPending,
    ValueExists,
)
from gameplatform.playnanoo._models import (
    AccountLinkRequest,
    BlockReasonRequest,
    BlockReasons,
    CloudCodeRun,
    CloudCodeRunRequest,
    CouponUseRequest,
    CouponUseResponse,
    CurrencyAmount,
    CurrencyBalances,
    CurrencyChange,
    CurrencyChanges,
    CurrencyChargeRequest,
    CurrencyGetRequest,
    CurrencyPutRequest,
    CurrencySubtractRequest,
    EmailSignInRequest,
    EmailSignUpRequest,
    FriendInfo,
    FriendList,
    FriendRelationshipRequest,
    FriendRequestRequest,
    FriendTableRequest,
    GameLogSaveRequest,
    GameLogValue,
    GuestSignInRequest,
    IapValidateAndroidRequest,
    IapValidateIosRequest,
    InboxConsumeItemRequest,
    InboxConsumeMultiRequest,
    InboxConsumeResponse,
    InboxCountRequest,
    InboxCountResponse,
    InboxItemsRequest,
    InboxItemsResponse,
    InboxSendItem,
    InboxSendMessage,
    InboxSendPayload,
    InboxSendRequest,
    InboxSendResponse,
    InboxShowRequest,
    InboxShowResponse,
    LeaderboardEntry,
    LeaderboardRange,
    LeaderboardRangePreviousRequest,
    LeaderboardRangeRequest,
    LeaderboardRecordRequest,
    LeaderboardShowPreviousRequest,
    LeaderboardShowRequest,
    LeaderboardTable,
    LeaderboardTableCreated,
    LeaderboardTableCreateRequest,
    LeaderboardTableShowRequest,
    NicknameExistsRequest,
    NicknameExistsResponse,
    NicknamePutRequest,
    NicknameResponse,
    PurchaseValidation,
    RemoteConfig,
    RemoteConfigLoadRequest,
    ServerTime,
    ServerTimeRequest,
    SignInResponse,
    SocialSignInRequest,
    StatusResponse,
    StorageLoadRequest,
    StorageMultiLoadRequest,
    StorageMultiSaveItem,
    StorageMultiSaveItems,
    StorageMultiSaveRequest,
    StoragePlayerLoadRequest,
    StoragePublicLoadRequest,
    StorageRecord,
    StorageRecords,
    StorageSaveRequest,
    TokenInfoRequest,
    TokenRefreshRequest,
    TokenStatusRequest,
    TokenStatusResponse,
    WithdrawalInfo,
    WithdrawalKeyRequest,
    WithdrawalRequestRequest,
)

__all__ = [
    "ACCOUNT_LINK",
    "BLOCK_REASON",
    "CLOUD_CODE_RUN",
    "COUPON_USE",
    "CURRENCY_CHARGE",
    "CURRENCY_GET",
    "CURRENCY_INIT",
    "CURRENCY_PUT",
    "CURRENCY_SUBTRACT",
    "EMAIL_SIGN_IN",
    "EMAIL_SIGN_UP",
    "ENVELOPE",
    "ERRORS",
    "ERROR_CODES",
    "FRIEND_ACCEPT",
    "FRIEND_DELETE",
    "FRIEND_INFO",
    "FRIEND_REQUEST",
    "FRIEND_SEARCH",
    "FRIEND_SEARCH_PENDING",
    "GAME_LOG_SAVE",
    "GUEST_SIGN_IN",
    "IAP_VALIDATE_ANDROID",
    "IAP_VALIDATE_IOS",
    "INBOX_CONSUME_ITEM",
    "INBOX_CONSUME_MULTI",
    "INBOX_COUNT",
    "INBOX_ITEMS",
    "INBOX_SEND",
    "INBOX_SHOW",
    "LEADERBOARD_RANGE",
    "LEADERBOARD_RANGE_PREVIOUS",
    "LEADERBOARD_RECORD",
    "LEADERBOARD_SHOW",
    "LEADERBOARD_SHOW_PREVIOUS",
    "LEADERBOARD_TABLE_CREATE",
    "LEADERBOARD_TABLE_SHOW",
    "NICKNAME_EXISTS",
    "NICKNAME_GET",
    "NICKNAME_PUT",
    "OPERATIONS",
    "PLATFORM",
    "REMOTE_CONFIG_LOAD",
    "SECRET_KEYS",
    "SERVER_TIME",
    "SOCIAL_SIGN_IN",
    "STATUS_ERRORS",
    "STORAGE_LOAD",
    "STORAGE_MULTI_LOAD",
    "STORAGE_MULTI_SAVE",
    "STORAGE_PLAYER_LOAD",
    "STORAGE_PUBLIC_LOAD",
    "STORAGE_SAVE",
    "TOKEN_INFO",
    "TOKEN_REFRESH",
    "TOKEN_SIGN_OUT",
    "TOKEN_STATUS",
    "WITHDRAWAL_REQUEST",
    "WITHDRAWAL_RESTORE",
    "WITHDRAWAL_SEARCH",
]

PLATFORM: Final = "playnanoo"
"""The platform name errors carry (``APIError.platform``)."""

ENVELOPE: Final = Envelope(
    success_field="ErrorCode",
    success_values=(0,),
    success_if_missing=True,
    numeric_codes=True,
    code_field="ErrorCode",
    message_field="Message",
    request_id_headers=("X-Request-Id",),
)
"""How the platform wraps its answers (``x-envelope``)."""

GUEST_SIGN_IN: Final[Operation[SignInResponse]] = Operation(
    operation_id="guest_sign_in",
    method="PUT",
    path="/api/v20240401/guest/signin",
    host="account",
    idempotent=False,
    auth="none",
    result=SignInResponse,
    result_field=None,
    envelope=ENVELOPE,
    body=GuestSignInRequest,
    arguments=(Argument("linked_id", "body"),),
    common_body=True,
    secret_result=True,
    effects=frozenset(["keeps-tokens"]),
    summary="Sign a player in as a guest (the account is created on first use).",
)
"""Sign a player in as a guest (the account is created on first use)."""

EMAIL_SIGN_UP: Final[Operation[SignInResponse]] = Operation(
    operation_id="email_sign_up",
    method="PUT",
    path="/api/v20240101/email/signup",
    host="account",
    idempotent=False,
    auth="none",
    result=SignInResponse,
    result_field=None,
    envelope=ENVELOPE,
    body=EmailSignUpRequest,
    arguments=(
        Argument("email", "body"),
        Argument("password", "body"),
    ),
    common_body=True,
    secret_result=True,
    effects=frozenset(["keeps-tokens"]),
    summary="Create an email account and sign the player in.",
)
"""Create an email account and sign the player in."""

EMAIL_SIGN_IN: Final[Operation[SignInResponse]] = Operation(
    operation_id="email_sign_in",
    method="PUT",
    path="/api/v20240101/email/signin",
    host="account",
    idempotent=False,
    auth="none",
    result=SignInResponse,
    result_field=None,
    envelope=ENVELOPE,
    body=EmailSignInRequest,
    arguments=(
        Argument("email", "body"),
        Argument("password", "body"),
    ),
    common_body=True,
    secret_result=True,
    effects=frozenset(["keeps-tokens"]),
    summary="Sign a player in with email and password.",
)
"""Sign a player in with email and password."""

SOCIAL_SIGN_IN: Final[Operation[SignInResponse]] = Operation(
    operation_id="social_sign_in",
    method="PUT",
    path="/api/v20240101/social/signin",
    host="account",
    idempotent=False,
    auth="none",
    result=SignInResponse,
    result_field=None,
    envelope=ENVELOPE,
    body=SocialSignInRequest,
    arguments=(
        Argument("account_type", "body"),
        Argument("account_token", "body"),
        Argument("request_uuid", "body"),
    ),
    fills=(Fill("request_uuid", "body", "uuid4", "request_uuid", only_if_missing=True),),
    common_body=True,
    secret_result=True,
    effects=frozenset(["keeps-tokens"]),
    summary="Sign a player in with a social account token (Google, Facebook, Apple, …).",
)
"""Sign a player in with a social account token (Google, Facebook, Apple, …)."""

TOKEN_REFRESH: Final[Operation[SignInResponse]] = Operation(
    operation_id="token_refresh",
    method="PUT",
    path="/api/v20210601/token/refresh",
    host="account",
    idempotent=False,
    auth="none",
    result=SignInResponse,
    result_field=None,
    envelope=ENVELOPE,
    body=TokenRefreshRequest,
    arguments=(Argument("refresh_token", "body"),),
    common_body=True,
    secret_result=True,
    summary="Exchange a refresh token for a new token pair.",
)
"""Exchange a refresh token for a new token pair."""

TOKEN_INFO: Final[Operation[SignInResponse]] = Operation(
    operation_id="token_info",
    method="GET",
    path="/api/v20240401/token/info",
    host="account",
    idempotent=True,
    auth="player-token",
    result=SignInResponse,
    result_field=None,
    envelope=ENVELOPE,
    body=TokenInfoRequest,
    fills=(Fill("access_token", "body", "access_token", "access_token"),),
    common_body=True,
    secret_result=True,
    summary="The player and token pair behind the current access token.",
)
"""The player and token pair behind the current access token."""

TOKEN_STATUS: Final[Operation[TokenStatusResponse]] = Operation(
    operation_id="token_status",
    method="PUT",
    path="/api/v20240401/token/status",
    host="account",
    idempotent=True,
    auth="none",
    result=TokenStatusResponse,
    result_field=None,
    envelope=ENVELOPE,
    body=TokenStatusRequest,
    fills=(Fill("access_token", "body", "access_token", "access_token"),),
    common_body=True,
    secret_result=True,
    summary="Whether an access token is valid, and the account's state.",
)
"""Whether an access token is valid, and the account's state."""

TOKEN_SIGN_OUT: Final[Operation[StatusResponse]] = Operation(
    operation_id="token_sign_out",
    method="PUT",
    path="/api/v20240401/token/signout",
    host="account",
    idempotent=False,
    auth="player-token",
    result=StatusResponse,
    result_field=None,
    envelope=ENVELOPE,
    common_body=True,
    effects=frozenset(["drops-tokens"]),
    summary="Sign the player out (the access token stops working).",
)
"""Sign the player out (the access token stops working)."""

ACCOUNT_LINK: Final[Operation[StatusResponse]] = Operation(
    operation_id="account_link",
    method="PUT",
    path="/api/v20240401/link",
    host="account",
    idempotent=False,
    auth="player-token",
    result=StatusResponse,
    result_field=None,
    envelope=ENVELOPE,
    body=AccountLinkRequest,
    arguments=(
        Argument("request_uuid", "body"),
        Argument("account_type", "body"),
    ),
    common_body=True,
    summary="Link the signed-in account with an external user id (custom link).",
)
"""Link the signed-in account with an external user id (custom link)."""

NICKNAME_PUT: Final[Operation[NicknameResponse]] = Operation(
    operation_id="nickname_put",
    method="PUT",
    path="/api/v20240401/nickname/put",
    host="account",
    idempotent=False,
    auth="player-token",
    result=NicknameResponse,
    result_field=None,
    envelope=ENVELOPE,
    body=NicknamePutRequest,
    arguments=(
        Argument("nickname", "body"),
        Argument("check_exists", "body", encoding=BoolText("Y", "N")),
    ),
    common_body=True,
    summary="Set or change the player's nickname.",
)
"""Set or change the player's nickname."""

NICKNAME_GET: Final[Operation[NicknameResponse]] = Operation(
    operation_id="nickname_get",
    method="PUT",
    path="/api/v20240401/nickname/get",
    host="account",
    idempotent=True,
    auth="player-token",
    result=NicknameResponse,
    result_field=None,
    envelope=ENVELOPE,
    common_body=True,
    summary="The player's current nickname.",
)
"""The player's current nickname."""

NICKNAME_EXISTS: Final[Operation[NicknameExistsResponse]] = Operation(
    operation_id="nickname_exists",
    method="PUT",
    path="/api/v20240101/nickname/exists",
    host="account",
    idempotent=True,
    auth="player-token",
    result=NicknameExistsResponse,
    result_field=None,
    envelope=ENVELOPE,
    body=NicknameExistsRequest,
    arguments=(Argument("nickname", "body"),),
    common_body=True,
    summary="Whether a nickname is already in use.",
)
"""Whether a nickname is already in use."""

WITHDRAWAL_REQUEST: Final[Operation[StatusResponse]] = Operation(
    operation_id="withdrawal_request",
    method="PUT",
    path="/api/v20240401/token/withdrawal",
    host="account",
    idempotent=False,
    auth="player-token",
    result=StatusResponse,
    result_field=None,
    envelope=ENVELOPE,
    body=WithdrawalRequestRequest,
    arguments=(
        Argument("period", "body"),
        Argument("memo", "body"),
    ),
    fills=(Fill("account_token", "body", "access_token", "account_token"),),
    common_body=True,
    summary="Ask for the player's account to be withdrawn after a grace period.",
)
"""Ask for the player's account to be withdrawn after a grace period."""

WITHDRAWAL_RESTORE: Final[Operation[StatusResponse]] = Operation(
    operation_id="withdrawal_restore",
    method="PUT",
    path="/api/v20240401/withdrawal/restore",
    host="account",
    idempotent=False,
    auth="none",
    result=StatusResponse,
    result_field=None,
    envelope=ENVELOPE,
    body=WithdrawalKeyRequest,
    arguments=(Argument("withdrawal_key", "body"),),
    common_body=True,
    summary="Recover an account in its withdrawal grace period.",
)
"""Recover an account in its withdrawal grace period."""

WITHDRAWAL_SEARCH: Final[Operation[WithdrawalInfo]] = Operation(
    operation_id="withdrawal_search",
    method="PUT",
    path="/api/v20240101/withdrawal/search",
    host="account",
    idempotent=True,
    auth="none",
    result=WithdrawalInfo,
    result_field=None,
    envelope=ENVELOPE,
    body=WithdrawalKeyRequest,
    arguments=(Argument("withdrawal_key", "body"),),
    common_body=True,
    summary="A pending withdrawal's state, reason and date, by its withdrawal key.",
)
"""A pending withdrawal's state, reason and date, by its withdrawal key."""

BLOCK_REASON: Final[Operation[BlockReasons]] = Operation(
    operation_id="block_reason",
    method="PUT",
    path="/block/v20221201/reason",
    host="api",
    idempotent=True,
    auth="player-token-if-kept",
    result=BlockReasons,
    result_field=None,
    envelope=ENVELOPE,
    body=BlockReasonRequest,
    arguments=(Argument("block_key", "body"),),
    common_body=True,
    summary="Why an account is blocked, for how long and from which services, by its block key.",
)
"""Why an account is blocked, for how long and from which services, by its block key."""

STORAGE_SAVE: Final[Operation[StatusResponse]] = Operation(
    operation_id="storage_save",
    method="PUT",
    path="/storage/v20221001/save",
    host="storage",
    idempotent=False,
    auth="player-token",
    result=StatusResponse,
    result_field=None,
    envelope=ENVELOPE,
    body=StorageSaveRequest,
    arguments=(
        Argument("storage_key", "body"),
        Argument("storage_value", "body"),
        Argument("is_private", "body", encoding=BoolText("on", "off")),
    ),
    common_body=True,
    summary="Save one value of the player's cloud data.",
)
"""Save one value of the player's cloud data."""

STORAGE_LOAD: Final[Operation[StorageRecord]] = Operation(
    operation_id="storage_load",
    method="PUT",
    path="/storage/v20221001/load",
    host="storage",
    idempotent=True,
    auth="player-token",
    result=StorageRecord,
    result_field=None,
    envelope=ENVELOPE,
    body=StorageLoadRequest,
    arguments=(Argument("storage_key", "body"),),
    common_body=True,
    summary="Load one value of the player's cloud data.",
)
"""Load one value of the player's cloud data."""

STORAGE_MULTI_SAVE: Final[Operation[StatusResponse]] = Operation(
    operation_id="storage_multi_save",
    method="PUT",
    path="/storage/v20221001/save/multi",
    host="storage",
    idempotent=False,
    auth="player-token",
    result=StatusResponse,
    result_field=None,
    envelope=ENVELOPE,
    body=StorageMultiSaveRequest,
    arguments=(Argument("items", "storage_items", model=StorageMultiSaveItem, many=True),),
    contents=(Content("storage_items", "storage_items", "body", StorageMultiSaveItems, as_text=True),),
    common_body=True,
    summary="Save several values of the player's cloud data at once.",
)
"""Save several values of the player's cloud data at once."""

STORAGE_MULTI_LOAD: Final[Operation[StorageRecords]] = Operation(
    operation_id="storage_multi_load",
    method="PUT",
    path="/storage/v20221001/load/multi",
    host="storage",
    idempotent=True,
    auth="player-token",
    result=StorageRecords,
    result_field=None,
    envelope=ENVELOPE,
    body=StorageMultiLoadRequest,
    arguments=(Argument("storage_keys", "body", many=True),),
    common_body=True,
    summary="Load several values of the player's cloud data at once.",
)
"""Load several values of the player's cloud data at once."""

STORAGE_PUBLIC_LOAD: Final[Operation[StorageRecord]] = Operation(
    operation_id="storage_public_load",
    method="PUT",
    path="/storage/v20211101/load/public",
    host="storage",
    idempotent=True,
    auth="player-token",
    result=StorageRecord,
    result_field=None,
    envelope=ENVELOPE,
    body=StoragePublicLoadRequest,
    arguments=(Argument("storage_key", "body"),),
    common_body=True,
    summary="Load a value of the game's public data.",
)
"""Load a value of the game's public data."""

STORAGE_PLAYER_LOAD: Final[Operation[StorageRecord]] = Operation(
    operation_id="storage_player_load",
    method="PUT",
    path="/storage/v20221001/playerDataLoad",
    host="storage",
    idempotent=True,
    auth="player-token",
    result=StorageRecord,
    result_field=None,
    envelope=ENVELOPE,
    body=StoragePlayerLoadRequest,
    arguments=(
        Argument("player_uuid", "body"),
        Argument("storage_key", "body"),
    ),
    common_body=True,
    summary="Load another player's value (one saved with isPrivate off).",
)
"""Load another player's value (one saved with isPrivate off)."""

REMOTE_CONFIG_LOAD: Final[Operation[RemoteConfig]] = Operation(
    operation_id="remote_config_load",
    method="PUT",
    path="/storage/v20211101/load/public",
    host="api",
    idempotent=True,
    auth="player-token",
    result=RemoteConfig,
    result_field=None,
    envelope=ENVELOPE,
    body=RemoteConfigLoadRequest,
    arguments=(Argument("table_code", "options", rule=_v.string(min_length=1, max_length=128)),),
    fills=(Fill("storage_key", "body", "remote_config_key", "storage_key"),),
    common_body=True,
    summary="A remote configuration table's variables.",
)
"""A remote configuration table's variables."""

INBOX_ITEMS: Final[Operation[InboxItemsResponse]] = Operation(
    operation_id="inbox_items",
    method="PUT",
    path="/inbox/v20220901/items",
    host="api",
    idempotent=True,
    auth="player-token",
    result=InboxItemsResponse,
    result_field=None,
    envelope=ENVELOPE,
    body=InboxItemsRequest,
    arguments=(Argument("table_code", "body"),),
    common_body=True,
    summary="The player's inbox entries in one table.",
)
"""The player's inbox entries in one table."""

INBOX_COUNT: Final[Operation[InboxCountResponse]] = Operation(
    operation_id="inbox_count",
    method="PUT",
    path="/inbox/v20220901/count",
    host="api",
    idempotent=True,
    auth="player-token",
    result=InboxCountResponse,
    result_field=None,
    envelope=ENVELOPE,
    body=InboxCountRequest,
    arguments=(Argument("table_code", "body"),),
    common_body=True,
    summary="How many entries the player's inbox table holds.",
)
"""How many entries the player's inbox table holds."""

INBOX_SHOW: Final[Operation[InboxShowResponse]] = Operation(
    operation_id="inbox_show",
    method="PUT",
    path="/inbox/v20220901/show",
    host="api",
    idempotent=True,
    auth="player-token",
    result=InboxShowResponse,
    result_field=None,
    envelope=ENVELOPE,
    body=InboxShowRequest,
    arguments=(Argument("item_key", "body"),),
    common_body=True,
    summary="One inbox entry's items and messages.",
)
"""One inbox entry's items and messages."""

INBOX_SEND: Final[Operation[InboxSendResponse]] = Operation(
    operation_id="inbox_send",
    method="PUT",
    path="/inbox/v20220901/send",
    host="api",
    idempotent=False,
    auth="player-token",
    result=InboxSendResponse,
    result_field=None,
    envelope=ENVELOPE,
    body=InboxSendRequest,
    arguments=(
        Argument("table_code", "body"),
        Argument("items", "items", model=InboxSendItem, many=True),
        Argument("messages", "items", model=InboxSendMessage, many=True),
        Argument("period", "body"),
    ),
    contents=(Content("items", "items", "body", InboxSendPayload, as_text=True),),
    common_body=True,
    summary="Put items (with messages) into the player's own inbox table.",
)
"""Put items (with messages) into the player's own inbox table."""

INBOX_CONSUME_ITEM: Final[Operation[InboxConsumeResponse]] = Operation(
    operation_id="inbox_consume_item",
    method="PUT",
    path="/inbox/v20220901/consume/item",
    host="api",
    idempotent=False,
    auth="player-token",
    result=InboxConsumeResponse,
    result_field=None,
    envelope=ENVELOPE,
    body=InboxConsumeItemRequest,
    arguments=(Argument("item_key", "body"),),
    common_body=True,
    summary="Claim one inbox entry (it is removed; its items are returned).",
)
"""Claim one inbox entry (it is removed; its items are returned)."""

INBOX_CONSUME_MULTI: Final[Operation[InboxConsumeResponse]] = Operation(
    operation_id="inbox_consume_multi",
    method="PUT",
    path="/inbox/v20220901/consume/multi",
    host="api",
    idempotent=False,
    auth="player-token",
    result=InboxConsumeResponse,
    result_field=None,
    envelope=ENVELOPE,
    body=InboxConsumeMultiRequest,
    arguments=(
        Argument("item_keys", "body", encoding=Joined(","), rule=_v.string(min_length=1, max_length=256)),
    ),
    common_body=True,
    summary="Claim several inbox entries at once.",
)
"""Claim several inbox entries at once."""

LEADERBOARD_RECORD: Final[Operation[StatusResponse]] = Operation(
    operation_id="leaderboard_record",
    method="PUT",
    path="/leaderboard/v20240301/record",
    host="api",
    idempotent=False,
    auth="player-token",
    result=StatusResponse,
    result_field=None,
    envelope=ENVELOPE,
    body=LeaderboardRecordRequest,
    arguments=(
        Argument("table_code", "body"),
        Argument("record_id", "body"),
        Argument("score", "body"),
        Argument("extra_data", "body"),
    ),
    common_body=True,
    summary="Record a score in a leaderboard table.",
)
"""Record a score in a leaderboard table."""

LEADERBOARD_SHOW: Final[Operation[LeaderboardEntry]] = Operation(
    operation_id="leaderboard_show",
    method="PUT",
    path="/leaderboard/v20240301/show",
    host="api",
    idempotent=True,
    auth="player-token",
    result=LeaderboardEntry,
    result_field=None,
    envelope=ENVELOPE,
    body=LeaderboardShowRequest,
    arguments=(
        Argument("table_code", "body"),
        Argument("record_id", "body"),
    ),
    common_body=True,
    summary="One record (rank, score) in the current season.",
)
"""One record (rank, score) in the current season."""

LEADERBOARD_RANGE: Final[Operation[LeaderboardRange]] = Operation(
    operation_id="leaderboard_range",
    method="PUT",
    path="/leaderboard/v20240301/range",
    host="api",
    idempotent=True,
    auth="player-token",
    result=LeaderboardRange,
    result_field=None,
    envelope=ENVELOPE,
    body=LeaderboardRangeRequest,
    arguments=(
        Argument("table_code", "body"),
        Argument("range_start", "body"),
        Argument("range_end", "body"),
    ),
    common_body=True,
    summary="The records ranked between two ranks (inclusive) in the current season.",
)
"""The records ranked between two ranks (inclusive) in the current season."""

LEADERBOARD_SHOW_PREVIOUS: Final[Operation[LeaderboardEntry]] = Operation(
    operation_id="leaderboard_show_previous",
    method="PUT",
    path="/leaderboard/v20240301/show/prev",
    host="api",
    idempotent=True,
    auth="player-token",
    result=LeaderboardEntry,
    result_field=None,
    envelope=ENVELOPE,
    body=LeaderboardShowPreviousRequest,
    arguments=(
        Argument("table_code", "body"),
        Argument("record_id", "body"),
        Argument("rotation_count", "body"),
    ),
    common_body=True,
    summary="One record in a previous season.",
)
"""One record in a previous season."""

LEADERBOARD_RANGE_PREVIOUS: Final[Operation[LeaderboardRange]] = Operation(
    operation_id="leaderboard_range_previous",
    method="PUT",
    path="/leaderboard/v20240301/range/prev",
    host="api",
    idempotent=True,
    auth="player-token",
    result=LeaderboardRange,
    result_field=None,
    envelope=ENVELOPE,
    body=LeaderboardRangePreviousRequest,
    arguments=(
        Argument("table_code", "body"),
        Argument("rotation_count", "body"),
        Argument("range_start", "body"),
        Argument("range_end", "body"),
    ),
    common_body=True,
    summary="The records ranked between two ranks in a previous season.",
)
"""The records ranked between two ranks in a previous season."""

LEADERBOARD_TABLE_SHOW: Final[Operation[LeaderboardTable]] = Operation(
    operation_id="leaderboard_table_show",
    method="PUT",
    path="/leaderboard/v20240301/table/show",
    host="api",
    idempotent=True,
    auth="player-token",
    result=LeaderboardTable,
    result_field=None,
    envelope=ENVELOPE,
    body=LeaderboardTableShowRequest,
    arguments=(Argument("table_code", "body"),),
    common_body=True,
    summary="A leaderboard table's settings, current season and size.",
)
"""A leaderboard table's settings, current season and size."""

LEADERBOARD_TABLE_CREATE: Final[Operation[LeaderboardTableCreated]] = Operation(
    operation_id="leaderboard_table_create",
    method="PUT",
    path="/leaderboard/v20240301/table/create",
    host="api",
    idempotent=False,
    auth="player-token",
    result=LeaderboardTableCreated,
    result_field=None,
    envelope=ENVELOPE,
    body=LeaderboardTableCreateRequest,
    arguments=(
        Argument("name", "body"),
        Argument("rotation", "body"),
        Argument("rotation_timeoffset", "body"),
        Argument("rotation_date", "body"),
        Argument("rotation_time", "body"),
        Argument("rotation_period", "body"),
        Argument("record_type", "body"),
        Argument("record_sort_type", "body"),
        Argument("record_priority", "body", encoding=BoolText("Y", "N")),
    ),
    common_body=True,
    summary="Create a leaderboard table.",
)
"""Create a leaderboard table."""

COUPON_USE: Final[Operation[CouponUseResponse]] = Operation(
    operation_id="coupon_use",
    method="PUT",
    path="/coupon/v20240301/search",
    host="api",
    idempotent=False,
    auth="player-token",
    result=CouponUseResponse,
    result_field=None,
    envelope=ENVELOPE,
    body=CouponUseRequest,
    arguments=(Argument("code", "body"),),
    common_body=True,
    summary="Redeem a coupon code (the path says search; the call uses the coupon).",
)
"""Redeem a coupon code (the path says search; the call uses the coupon)."""

CURRENCY_PUT: Final[Operation[CurrencyBalances]] = Operation(
    operation_id="currency_put",
    method="PUT",
    path="/currency/v20221101/currency/put",
    host="api",
    idempotent=False,
    auth="player-token",
    result=CurrencyBalances,
    result_field=None,
    envelope=ENVELOPE,
    body=CurrencyPutRequest,
    arguments=(
        Argument("items", "items", encoding=MapEntries(CurrencyChange, "currency_code", "currency_amount")),
    ),
    contents=(Content("items", "items", "body", CurrencyChanges, as_text=True),),
    common_body=True,
    summary="Grant game currency to the player.",
)
"""Grant game currency to the player."""

CURRENCY_CHARGE: Final[Operation[CurrencyBalances]] = Operation(
    operation_id="currency_charge",
    method="PUT",
    path="/currency/v20221101/currency/charge",
    host="api",
    idempotent=False,
    auth="player-token",
    result=CurrencyBalances,
    result_field=None,
    envelope=ENVELOPE,
    body=CurrencyChargeRequest,
    arguments=(
        Argument("items", "items", encoding=MapEntries(CurrencyChange, "currency_code", "currency_amount")),
    ),
    contents=(Content("items", "items", "body", CurrencyChanges, as_text=True),),
    common_body=True,
    summary="Charge (top up) the player's game currency.",
)
"""Charge (top up) the player's game currency."""

CURRENCY_GET: Final[Operation[CurrencyAmount]] = Operation(
    operation_id="currency_get",
    method="PUT",
    path="/currency/v20250301/get",
    host="api",
    idempotent=True,
    auth="player-token",
    result=CurrencyAmount,
    result_field=None,
    envelope=ENVELOPE,
    body=CurrencyGetRequest,
    arguments=(Argument("currency_code", "body"),),
    common_body=True,
    summary="How much of one currency the player owns.",
)
"""How much of one currency the player owns."""

CURRENCY_SUBTRACT: Final[Operation[CurrencyAmount]] = Operation(
    operation_id="currency_subtract",
    method="PUT",
    path="/currency/v20250301/subtract",
    host="api",
    idempotent=False,
    auth="player-token",
    result=CurrencyAmount,
    result_field=None,
    envelope=ENVELOPE,
    body=CurrencySubtractRequest,
    arguments=(
        Argument("currency_code", "body"),
        Argument("currency_amount", "body"),
    ),
    common_body=True,
    summary="Take an amount of one currency from the player.",
)
"""Take an amount of one currency from the player."""

CURRENCY_INIT: Final[Operation[CurrencyBalances]] = Operation(
    operation_id="currency_init",
    method="PUT",
    path="/currency/v20240301/init",
    host="api",
    idempotent=False,
    auth="player-token",
    result=CurrencyBalances,
    result_field=None,
    envelope=ENVELOPE,
    common_body=True,
    summary="Reset the player's currencies to their initial amounts.",
)
"""Reset the player's currencies to their initial amounts."""

IAP_VALIDATE_ANDROID: Final[Operation[PurchaseValidation]] = Operation(
    operation_id="iap_validate_android",
    method="PUT",
    path="/iap/v20221001/unity/android",
    host="api",
    idempotent=False,
    auth="player-token",
    result=PurchaseValidation,
    result_field=None,
    envelope=ENVELOPE,
    body=IapValidateAndroidRequest,
    arguments=(
        Argument("receipt", "body"),
        Argument("sku_details", "body"),
        Argument("signature", "body"),
        Argument("duplicate_allow", "body", encoding=BoolText("Y", "N")),
    ),
    common_body=True,
    summary="Validate a Google Play purchase receipt.",
)
"""Validate a Google Play purchase receipt."""

IAP_VALIDATE_IOS: Final[Operation[PurchaseValidation]] = Operation(
    operation_id="iap_validate_ios",
    method="PUT",
    path="/iap/v20221001/unity/ios",
    host="api",
    idempotent=False,
    auth="player-token",
    result=PurchaseValidation,
    result_field=None,
    envelope=ENVELOPE,
    body=IapValidateIosRequest,
    arguments=(
        Argument("receipt", "body"),
        Argument("product_id", "body"),
        Argument("currency", "body"),
        Argument("price", "body"),
        Argument("duplicate_allow", "body", encoding=BoolText("Y", "N")),
    ),
    common_body=True,
    summary="Validate an App Store purchase receipt.",
)
"""Validate an App Store purchase receipt."""

FRIEND_SEARCH: Final[Operation[FriendList]] = Operation(
    operation_id="friend_search",
    method="PUT",
    path="/friend/v20231201/search",
    host="api",
    idempotent=True,
    auth="player-token",
    result=FriendList,
    result_field=None,
    envelope=ENVELOPE,
    body=FriendTableRequest,
    arguments=(Argument("table_code", "body"),),
    common_body=True,
    summary="The player's friends in one friend table.",
)
"""The player's friends in one friend table."""

FRIEND_SEARCH_PENDING: Final[Operation[FriendList]] = Operation(
    operation_id="friend_search_pending",
    method="PUT",
    path="/friend/v20231201/searchPending",
    host="api",
    idempotent=True,
    auth="player-token",
    result=FriendList,
    result_field=None,
    envelope=ENVELOPE,
    body=FriendTableRequest,
    arguments=(Argument("table_code", "body"),),
    common_body=True,
    summary="Friend requests waiting for the player's answer in one friend table.",
)
"""Friend requests waiting for the player's answer in one friend table."""

FRIEND_REQUEST: Final[Operation[StatusResponse]] = Operation(
    operation_id="friend_request",
    method="PUT",
    path="/friend/v20231201/request",
    host="api",
    idempotent=False,
    auth="player-token",
    result=StatusResponse,
    result_field=None,
    envelope=ENVELOPE,
    body=FriendRequestRequest,
    arguments=(
        Argument("table_code", "body"),
        Argument("open_id", "body"),
    ),
    common_body=True,
    summary="Ask another player (by OpenID) to be friends.",
)
"""Ask another player (by OpenID) to be friends."""

FRIEND_ACCEPT: Final[Operation[StatusResponse]] = Operation(
    operation_id="friend_accept",
    method="PUT",
    path="/friend/v20231201/accept",
    host="api",
    idempotent=False,
    auth="player-token",
    result=StatusResponse,
    result_field=None,
    envelope=ENVELOPE,
    body=FriendRelationshipRequest,
    arguments=(
        Argument("table_code", "body"),
        Argument("relationship_code", "body"),
    ),
    common_body=True,
    summary="Accept a pending friend request.",
)
"""Accept a pending friend request."""

FRIEND_DELETE: Final[Operation[StatusResponse]] = Operation(
    operation_id="friend_delete",
    method="PUT",
    path="/friend/v20231201/delete",
    host="api",
    idempotent=False,
    auth="player-token",
    result=StatusResponse,
    result_field=None,
    envelope=ENVELOPE,
    body=FriendRelationshipRequest,
    arguments=(
        Argument("table_code", "body"),
        Argument("relationship_code", "body"),
    ),
    common_body=True,
    summary="End a friendship (or drop a pending request).",
)
"""End a friendship (or drop a pending request)."""

FRIEND_INFO: Final[Operation[FriendInfo]] = Operation(
    operation_id="friend_info",
    method="PUT",
    path="/friend/v20231201/info",
    host="api",
    idempotent=True,
    auth="player-token",
    result=FriendInfo,
    result_field=None,
    envelope=ENVELOPE,
    body=FriendTableRequest,
    arguments=(Argument("table_code", "body"),),
    common_body=True,
    summary="How many friends and pending requests the player has in one friend table.",
)
"""How many friends and pending requests the player has in one friend table."""

GAME_LOG_SAVE: Final[Operation[StatusResponse]] = Operation(
    operation_id="game_log_save",
    method="PUT",
    path="/gamelog/v20220901/save",
    host="api",
    idempotent=False,
    auth="player-token",
    result=StatusResponse,
    result_field=None,
    envelope=ENVELOPE,
    body=GameLogSaveRequest,
    arguments=(
        Argument("table_code", "body"),
        Argument("items", "log_value", many=True),
    ),
    contents=(Content("log_value", "log_value", "body", GameLogValue, as_text=True),),
    common_body=True,
    summary="Write rows to one of the game's log tables.",
)
"""Write rows to one of the game's log tables."""

CLOUD_CODE_RUN: Final[Operation[CloudCodeRun]] = Operation(
    operation_id="cloud_code_run",
    method="PUT",
    path="/cloudcode/v20210901/run",
    host="api",
    idempotent=False,
    auth="player-token",
    result=CloudCodeRun,
    result_field=None,
    envelope=ENVELOPE,
    body=CloudCodeRunRequest,
    arguments=(
        Argument("table_code", "body"),
        Argument("function_name", "body"),
        Argument("function_arguments", "body"),
    ),
    common_body=True,
    summary="Run a cloud code function registered on the platform.",
)
"""Run a cloud code function registered on the platform."""

SERVER_TIME: Final[Operation[ServerTime]] = Operation(
    operation_id="server_time",
    method="POST",
    path="/server_time/call",
    host="time",
    idempotent=True,
    auth="player-token",
    result=ServerTime,
    result_field="value",
    envelope=Envelope(
        success_field="code",
        success_values=(0, 200),
        success_if_missing=False,
        numeric_codes=True,
        code_field="code",
        message_field="message",
        request_id_headers=("X-Request-Id",),
    ),
    body=ServerTimeRequest,
    fills=(Fill("udid", "body", "device_id", "udid"),),
    common_body=True,
    summary="The platform's current time (UTC).",
)
"""The platform's current time (UTC)."""

OPERATIONS: Final[tuple[Operation[Any], ...]] = (
    GUEST_SIGN_IN,
    EMAIL_SIGN_UP,
    EMAIL_SIGN_IN,
    SOCIAL_SIGN_IN,
    TOKEN_REFRESH,
    TOKEN_INFO,
    TOKEN_STATUS,
    TOKEN_SIGN_OUT,
    ACCOUNT_LINK,
    NICKNAME_PUT,
    NICKNAME_GET,
    NICKNAME_EXISTS,
    WITHDRAWAL_REQUEST,
    WITHDRAWAL_RESTORE,
    WITHDRAWAL_SEARCH,
    BLOCK_REASON,
    STORAGE_SAVE,
    STORAGE_LOAD,
    STORAGE_MULTI_SAVE,
    STORAGE_MULTI_LOAD,
    STORAGE_PUBLIC_LOAD,
    STORAGE_PLAYER_LOAD,
    REMOTE_CONFIG_LOAD,
    INBOX_ITEMS,
    INBOX_COUNT,
    INBOX_SHOW,
    INBOX_SEND,
    INBOX_CONSUME_ITEM,
    INBOX_CONSUME_MULTI,
    LEADERBOARD_RECORD,
    LEADERBOARD_SHOW,
    LEADERBOARD_RANGE,
    LEADERBOARD_SHOW_PREVIOUS,
    LEADERBOARD_RANGE_PREVIOUS,
    LEADERBOARD_TABLE_SHOW,
    LEADERBOARD_TABLE_CREATE,
    COUPON_USE,
    CURRENCY_PUT,
    CURRENCY_CHARGE,
    CURRENCY_GET,
    CURRENCY_SUBTRACT,
    CURRENCY_INIT,
    IAP_VALIDATE_ANDROID,
    IAP_VALIDATE_IOS,
    FRIEND_SEARCH,
    FRIEND_SEARCH_PENDING,
    FRIEND_REQUEST,
    FRIEND_ACCEPT,
    FRIEND_DELETE,
    FRIEND_INFO,
    GAME_LOG_SAVE,
    CLOUD_CODE_RUN,
    SERVER_TIME,
)
"""Every operation of the spec, in spec order."""

ERROR_CODES: Final[Mapping[int, ErrorCode]] = MappingProxyType(
    {
        10008: ErrorCode(
            code=10008,
            http_status=400,
            error=ValueExists,
            description="The value is taken (ExistsValueException), e.g. a nickname another player has.",
            generic=APIError,
        ),
        30000: ErrorCode(
            code=30000,
            http_status=404,
            error=AccountNotFound,
            description="Account not found (NotFoundAccountException).",
            generic=NotFoundError,
        ),
        30007: ErrorCode(
            code=30007,
            http_status=403,
            error=AccountWithdrawalPending,
            description="Withdrawal grace period; `WithdrawalKey` recovers the account.",
            fields=(("withdrawal_key", "WithdrawalKey"),),
            generic=PermissionDeniedError,
        ),
        70002: ErrorCode(
            code=70002,
            http_status=403,
            error=AccountBlocked,
            description="The account is blocked; the body carries `BlockKey`.",
            fields=(("block_key", "BlockKey"),),
            generic=PermissionDeniedError,
        ),
    }
)
"""Documented error codes (``x-error-codes``), keyed by code, in spec order."""

STATUS_ERRORS: Final[Mapping[int, type[APIError]]] = MappingProxyType(
    {
        400: APIError,
        401: AuthenticationError,
        403: PermissionDeniedError,
        404: NotFoundError,
        429: RateLimitError,
        500: ServerError,
    }
)
"""Classes for HTTP statuses that carry no documented code (``x-http-statuses``; 500 stands for 5xx)."""

SECRET_KEYS: Final = SecretKeys(
    (
        "AccessToken",
        "BlockKey",
        "RefreshToken",
        "WithdrawalKey",
        "access_token",
        "account_token",
        "block_key",
        "linked_password",
        "refresh_token",
        "withdrawal_key",
    )
)
"""Keys whose values are secrets (``x-secret``): never kept in an error's ``body``."""

ERRORS: Final = PlatformErrors(
    platform=PLATFORM, codes=ERROR_CODES, statuses=STATUS_ERRORS, base=APIError, secrets=SECRET_KEYS
)
"""What the platform's failures become: the shared decoder reads this."""
