# Generated from specs/playnanoo.yaml by `python -m codegen` (datamodel-code-generator 0.89.0). Do not edit.
"""Operations of the PlayNANOO REST API: one ``Endpoint`` constant per operation of
``specs/playnanoo.yaml``.

Clients read method, path, retry safety and models from these constants instead of repeating them.
``ERROR_CODES`` maps every documented error code to its HTTP status and SDK error class.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Final

from gameplatform._endpoint import Endpoint, ErrorCode
from gameplatform.errors import NotFoundError, PermissionDeniedError
from gameplatform.playnanoo._models import (
    AccountLinkRequest,
    CouponUseRequest,
    CouponUseResponse,
    CurrencyBalances,
    CurrencyChargeRequest,
    CurrencyPutRequest,
    DeviceInfo,
    EmailSignInRequest,
    EmailSignUpRequest,
    ErrorEnvelope,
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
    PurchaseValidation,
    ServerTimeEnvelope,
    ServerTimeRequest,
    SignInResponse,
    SocialSignInRequest,
    StatusResponse,
    StorageLoadRequest,
    StorageMultiLoadRequest,
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
)

__all__ = [
    "ACCOUNT_LINK",
    "COUPON_USE",
    "CURRENCY_CHARGE",
    "CURRENCY_PUT",
    "EMAIL_SIGN_IN",
    "EMAIL_SIGN_UP",
    "ENDPOINTS",
    "ERROR_CODES",
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
    "PLATFORM",
    "SERVER_TIME",
    "SOCIAL_SIGN_IN",
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
]

PLATFORM: Final = "playnanoo"
"""The platform name errors carry (``APIError.platform``)."""


GUEST_SIGN_IN: Final = Endpoint(
    operation_id="guest_sign_in",
    method="PUT",
    path="/api/v20240401/guest/signin",
    host="account",
    idempotent=False,
    request_model=GuestSignInRequest,
    params_model=None,
    response_model=SignInResponse,
    error_model=ErrorEnvelope,
    result_field=None,
    summary="Sign a player in as a guest (the account is created on first use).",
)
"""Sign a player in as a guest (the account is created on first use)."""

EMAIL_SIGN_UP: Final = Endpoint(
    operation_id="email_sign_up",
    method="PUT",
    path="/api/v20240101/email/signup",
    host="account",
    idempotent=False,
    request_model=EmailSignUpRequest,
    params_model=None,
    response_model=SignInResponse,
    error_model=ErrorEnvelope,
    result_field=None,
    summary="Create an email account and sign the player in.",
)
"""Create an email account and sign the player in."""

EMAIL_SIGN_IN: Final = Endpoint(
    operation_id="email_sign_in",
    method="PUT",
    path="/api/v20240101/email/signin",
    host="account",
    idempotent=False,
    request_model=EmailSignInRequest,
    params_model=None,
    response_model=SignInResponse,
    error_model=ErrorEnvelope,
    result_field=None,
    summary="Sign a player in with email and password.",
)
"""Sign a player in with email and password."""

SOCIAL_SIGN_IN: Final = Endpoint(
    operation_id="social_sign_in",
    method="PUT",
    path="/api/v20240101/social/signin",
    host="account",
    idempotent=False,
    request_model=SocialSignInRequest,
    params_model=None,
    response_model=SignInResponse,
    error_model=ErrorEnvelope,
    result_field=None,
    summary="Sign a player in with a social account token (Google, Facebook, Apple, …).",
)
"""Sign a player in with a social account token (Google, Facebook, Apple, …)."""

TOKEN_REFRESH: Final = Endpoint(
    operation_id="token_refresh",
    method="PUT",
    path="/api/v20210601/token/refresh",
    host="account",
    idempotent=False,
    request_model=TokenRefreshRequest,
    params_model=None,
    response_model=SignInResponse,
    error_model=ErrorEnvelope,
    result_field=None,
    summary="Exchange a refresh token for a new token pair.",
)
"""Exchange a refresh token for a new token pair."""

TOKEN_INFO: Final = Endpoint(
    operation_id="token_info",
    method="GET",
    path="/api/v20240401/token/info",
    host="account",
    idempotent=True,
    request_model=TokenInfoRequest,
    params_model=None,
    response_model=SignInResponse,
    error_model=ErrorEnvelope,
    result_field=None,
    summary="The player and token pair behind the current access token.",
)
"""The player and token pair behind the current access token."""

TOKEN_STATUS: Final = Endpoint(
    operation_id="token_status",
    method="PUT",
    path="/api/v20240401/token/status",
    host="account",
    idempotent=True,
    request_model=TokenStatusRequest,
    params_model=None,
    response_model=TokenStatusResponse,
    error_model=ErrorEnvelope,
    result_field=None,
    summary="Whether an access token is valid, and the account's state.",
)
"""Whether an access token is valid, and the account's state."""

TOKEN_SIGN_OUT: Final = Endpoint(
    operation_id="token_sign_out",
    method="PUT",
    path="/api/v20240401/token/signout",
    host="account",
    idempotent=False,
    request_model=DeviceInfo,
    params_model=None,
    response_model=StatusResponse,
    error_model=ErrorEnvelope,
    result_field=None,
    summary="Sign the player out (the access token stops working).",
)
"""Sign the player out (the access token stops working)."""

ACCOUNT_LINK: Final = Endpoint(
    operation_id="account_link",
    method="PUT",
    path="/api/v20240401/link",
    host="account",
    idempotent=False,
    request_model=AccountLinkRequest,
    params_model=None,
    response_model=StatusResponse,
    error_model=ErrorEnvelope,
    result_field=None,
    summary="Link the signed-in account with an external user id (custom link).",
)
"""Link the signed-in account with an external user id (custom link)."""

STORAGE_SAVE: Final = Endpoint(
    operation_id="storage_save",
    method="PUT",
    path="/storage/v20221001/save",
    host="storage",
    idempotent=False,
    request_model=StorageSaveRequest,
    params_model=None,
    response_model=StatusResponse,
    error_model=ErrorEnvelope,
    result_field=None,
    summary="Save one value of the player's cloud data.",
)
"""Save one value of the player's cloud data."""

STORAGE_LOAD: Final = Endpoint(
    operation_id="storage_load",
    method="PUT",
    path="/storage/v20221001/load",
    host="storage",
    idempotent=True,
    request_model=StorageLoadRequest,
    params_model=None,
    response_model=StorageRecord,
    error_model=ErrorEnvelope,
    result_field=None,
    summary="Load one value of the player's cloud data.",
)
"""Load one value of the player's cloud data."""

STORAGE_MULTI_SAVE: Final = Endpoint(
    operation_id="storage_multi_save",
    method="PUT",
    path="/storage/v20221001/save/multi",
    host="storage",
    idempotent=False,
    request_model=StorageMultiSaveRequest,
    params_model=None,
    response_model=StatusResponse,
    error_model=ErrorEnvelope,
    result_field=None,
    summary="Save several values of the player's cloud data at once.",
)
"""Save several values of the player's cloud data at once."""

STORAGE_MULTI_LOAD: Final = Endpoint(
    operation_id="storage_multi_load",
    method="PUT",
    path="/storage/v20221001/load/multi",
    host="storage",
    idempotent=True,
    request_model=StorageMultiLoadRequest,
    params_model=None,
    response_model=StorageRecords,
    error_model=ErrorEnvelope,
    result_field=None,
    summary="Load several values of the player's cloud data at once.",
)
"""Load several values of the player's cloud data at once."""

STORAGE_PUBLIC_LOAD: Final = Endpoint(
    operation_id="storage_public_load",
    method="PUT",
    path="/storage/v20211101/load/public",
    host="storage",
    idempotent=True,
    request_model=StoragePublicLoadRequest,
    params_model=None,
    response_model=StorageRecord,
    error_model=ErrorEnvelope,
    result_field=None,
    summary="Load a value of the game's public data.",
)
"""Load a value of the game's public data."""

STORAGE_PLAYER_LOAD: Final = Endpoint(
    operation_id="storage_player_load",
    method="PUT",
    path="/storage/v20221001/playerDataLoad",
    host="storage",
    idempotent=True,
    request_model=StoragePlayerLoadRequest,
    params_model=None,
    response_model=StorageRecord,
    error_model=ErrorEnvelope,
    result_field=None,
    summary="Load another player's value (one saved with isPrivate off).",
)
"""Load another player's value (one saved with isPrivate off)."""

INBOX_ITEMS: Final = Endpoint(
    operation_id="inbox_items",
    method="PUT",
    path="/inbox/v20220901/items",
    host="api",
    idempotent=True,
    request_model=InboxItemsRequest,
    params_model=None,
    response_model=InboxItemsResponse,
    error_model=ErrorEnvelope,
    result_field=None,
    summary="The player's inbox entries in one table.",
)
"""The player's inbox entries in one table."""

INBOX_COUNT: Final = Endpoint(
    operation_id="inbox_count",
    method="PUT",
    path="/inbox/v20220901/count",
    host="api",
    idempotent=True,
    request_model=InboxCountRequest,
    params_model=None,
    response_model=InboxCountResponse,
    error_model=ErrorEnvelope,
    result_field=None,
    summary="How many entries the player's inbox table holds.",
)
"""How many entries the player's inbox table holds."""

INBOX_SHOW: Final = Endpoint(
    operation_id="inbox_show",
    method="PUT",
    path="/inbox/v20220901/show",
    host="api",
    idempotent=True,
    request_model=InboxShowRequest,
    params_model=None,
    response_model=InboxShowResponse,
    error_model=ErrorEnvelope,
    result_field=None,
    summary="One inbox entry's items and messages.",
)
"""One inbox entry's items and messages."""

INBOX_SEND: Final = Endpoint(
    operation_id="inbox_send",
    method="PUT",
    path="/inbox/v20220901/send",
    host="api",
    idempotent=False,
    request_model=InboxSendRequest,
    params_model=None,
    response_model=InboxSendResponse,
    error_model=ErrorEnvelope,
    result_field=None,
    summary="Put items (with messages) into the player's own inbox table.",
)
"""Put items (with messages) into the player's own inbox table."""

INBOX_CONSUME_ITEM: Final = Endpoint(
    operation_id="inbox_consume_item",
    method="PUT",
    path="/inbox/v20220901/consume/item",
    host="api",
    idempotent=False,
    request_model=InboxConsumeItemRequest,
    params_model=None,
    response_model=InboxConsumeResponse,
    error_model=ErrorEnvelope,
    result_field=None,
    summary="Claim one inbox entry (it is removed; its items are returned).",
)
"""Claim one inbox entry (it is removed; its items are returned)."""

INBOX_CONSUME_MULTI: Final = Endpoint(
    operation_id="inbox_consume_multi",
    method="PUT",
    path="/inbox/v20220901/consume/multi",
    host="api",
    idempotent=False,
    request_model=InboxConsumeMultiRequest,
    params_model=None,
    response_model=InboxConsumeResponse,
    error_model=ErrorEnvelope,
    result_field=None,
    summary="Claim several inbox entries at once.",
)
"""Claim several inbox entries at once."""

LEADERBOARD_RECORD: Final = Endpoint(
    operation_id="leaderboard_record",
    method="PUT",
    path="/leaderboard/v20240301/record",
    host="api",
    idempotent=False,
    request_model=LeaderboardRecordRequest,
    params_model=None,
    response_model=StatusResponse,
    error_model=ErrorEnvelope,
    result_field=None,
    summary="Record a score in a leaderboard table.",
)
"""Record a score in a leaderboard table."""

LEADERBOARD_SHOW: Final = Endpoint(
    operation_id="leaderboard_show",
    method="PUT",
    path="/leaderboard/v20240301/show",
    host="api",
    idempotent=True,
    request_model=LeaderboardShowRequest,
    params_model=None,
    response_model=LeaderboardEntry,
    error_model=ErrorEnvelope,
    result_field=None,
    summary="One record (rank, score) in the current season.",
)
"""One record (rank, score) in the current season."""

LEADERBOARD_RANGE: Final = Endpoint(
    operation_id="leaderboard_range",
    method="PUT",
    path="/leaderboard/v20240301/range",
    host="api",
    idempotent=True,
    request_model=LeaderboardRangeRequest,
    params_model=None,
    response_model=LeaderboardRange,
    error_model=ErrorEnvelope,
    result_field=None,
    summary="The records ranked between two ranks (inclusive) in the current season.",
)
"""The records ranked between two ranks (inclusive) in the current season."""

LEADERBOARD_SHOW_PREVIOUS: Final = Endpoint(
    operation_id="leaderboard_show_previous",
    method="PUT",
    path="/leaderboard/v20240301/show/prev",
    host="api",
    idempotent=True,
    request_model=LeaderboardShowPreviousRequest,
    params_model=None,
    response_model=LeaderboardEntry,
    error_model=ErrorEnvelope,
    result_field=None,
    summary="One record in a previous season.",
)
"""One record in a previous season."""

LEADERBOARD_RANGE_PREVIOUS: Final = Endpoint(
    operation_id="leaderboard_range_previous",
    method="PUT",
    path="/leaderboard/v20240301/range/prev",
    host="api",
    idempotent=True,
    request_model=LeaderboardRangePreviousRequest,
    params_model=None,
    response_model=LeaderboardRange,
    error_model=ErrorEnvelope,
    result_field=None,
    summary="The records ranked between two ranks in a previous season.",
)
"""The records ranked between two ranks in a previous season."""

COUPON_USE: Final = Endpoint(
    operation_id="coupon_use",
    method="PUT",
    path="/coupon/v20240301/search",
    host="api",
    idempotent=False,
    request_model=CouponUseRequest,
    params_model=None,
    response_model=CouponUseResponse,
    error_model=ErrorEnvelope,
    result_field=None,
    summary="Redeem a coupon code (the path says search; the call uses the coupon).",
)
"""Redeem a coupon code (the path says search; the call uses the coupon)."""

CURRENCY_PUT: Final = Endpoint(
    operation_id="currency_put",
    method="PUT",
    path="/currency/v20221101/currency/put",
    host="api",
    idempotent=False,
    request_model=CurrencyPutRequest,
    params_model=None,
    response_model=CurrencyBalances,
    error_model=ErrorEnvelope,
    result_field=None,
    summary="Grant game currency to the player.",
)
"""Grant game currency to the player."""

CURRENCY_CHARGE: Final = Endpoint(
    operation_id="currency_charge",
    method="PUT",
    path="/currency/v20221101/currency/charge",
    host="api",
    idempotent=False,
    request_model=CurrencyChargeRequest,
    params_model=None,
    response_model=CurrencyBalances,
    error_model=ErrorEnvelope,
    result_field=None,
    summary="Charge (top up) the player's game currency.",
)
"""Charge (top up) the player's game currency."""

IAP_VALIDATE_ANDROID: Final = Endpoint(
    operation_id="iap_validate_android",
    method="PUT",
    path="/iap/v20221001/unity/android",
    host="api",
    idempotent=False,
    request_model=IapValidateAndroidRequest,
    params_model=None,
    response_model=PurchaseValidation,
    error_model=ErrorEnvelope,
    result_field=None,
    summary="Validate a Google Play purchase receipt.",
)
"""Validate a Google Play purchase receipt."""

IAP_VALIDATE_IOS: Final = Endpoint(
    operation_id="iap_validate_ios",
    method="PUT",
    path="/iap/v20221001/unity/ios",
    host="api",
    idempotent=False,
    request_model=IapValidateIosRequest,
    params_model=None,
    response_model=PurchaseValidation,
    error_model=ErrorEnvelope,
    result_field=None,
    summary="Validate an App Store purchase receipt.",
)
"""Validate an App Store purchase receipt."""

SERVER_TIME: Final = Endpoint(
    operation_id="server_time",
    method="POST",
    path="/server_time/call",
    host="time",
    idempotent=True,
    request_model=ServerTimeRequest,
    params_model=None,
    response_model=ServerTimeEnvelope,
    error_model=ErrorEnvelope,
    result_field="value",
    summary="The platform's current time (UTC).",
)
"""The platform's current time (UTC)."""

ENDPOINTS: Final[tuple[Endpoint, ...]] = (
    GUEST_SIGN_IN,
    EMAIL_SIGN_UP,
    EMAIL_SIGN_IN,
    SOCIAL_SIGN_IN,
    TOKEN_REFRESH,
    TOKEN_INFO,
    TOKEN_STATUS,
    TOKEN_SIGN_OUT,
    ACCOUNT_LINK,
    STORAGE_SAVE,
    STORAGE_LOAD,
    STORAGE_MULTI_SAVE,
    STORAGE_MULTI_LOAD,
    STORAGE_PUBLIC_LOAD,
    STORAGE_PLAYER_LOAD,
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
    COUPON_USE,
    CURRENCY_PUT,
    CURRENCY_CHARGE,
    IAP_VALIDATE_ANDROID,
    IAP_VALIDATE_IOS,
    SERVER_TIME,
)
"""Every operation of the spec, in spec order."""

ERROR_CODES: Final[Mapping[int, ErrorCode]] = MappingProxyType(
    {
        30000: ErrorCode(
            code=30000,
            http_status=404,
            error=NotFoundError,
            description="Account not found (NotFoundAccountException).",
        ),
        30007: ErrorCode(
            code=30007,
            http_status=403,
            error=PermissionDeniedError,
            description="Withdrawal grace period; `WithdrawalKey` recovers the account.",
        ),
        70002: ErrorCode(
            code=70002,
            http_status=403,
            error=PermissionDeniedError,
            description="The account is blocked; the body carries `BlockKey`.",
        ),
    }
)
"""Documented error codes, keyed by code, in spec order."""
