"""PlayNANOO: player sign-in, per-player tokens that refresh safely, and the main service APIs.

::

    from gameplatform.playnanoo import DeviceInfo, PlayNanooClient

    client = PlayNanooClient(game_id="...", service_key="...")
    device = DeviceInfo(device_id="d-1", platform="aos", device_model="Pixel 8",
                        device_os="14", device_language="EN")
    player = client.player("user-42", device=device)
    player.guest_sign_in(linked_id="d-1")          # tokens kept under "user-42"
    player.storage_save(storage_key="progress", storage_value='{"level": 3}')

See ``docs/playnanoo.md``.
"""

from gameplatform.playnanoo._client import DEFAULT_BASE_URLS, DEFAULT_TOKEN_REFRESH_PATH, PlayNanooClient
from gameplatform.playnanoo._errors import AccountBlocked, AccountNotFound, AccountWithdrawalPending
from gameplatform.playnanoo._models import (
    CouponReward,
    CouponUseResponse,
    CurrencyBalance,
    CurrencyBalances,
    DeviceInfo,
    DevicePlatform,
    InboxConsumeResponse,
    InboxCountResponse,
    InboxEntry,
    InboxItem,
    InboxItemsResponse,
    InboxMessage,
    InboxSendItem,
    InboxSendMessage,
    InboxSendResponse,
    InboxShowResponse,
    LeaderboardEntry,
    LeaderboardRange,
    PlayerProfile,
    PurchaseValidation,
    ServerTime,
    SessionTokens,
    SignInResponse,
    StatusResponse,
    StorageMultiSaveItem,
    StorageRecord,
    StorageRecords,
    TokenStatusResponse,
)
from gameplatform.playnanoo._player import PlayNanooPlayer
from gameplatform.playnanoo._ratelimit import RateLimit

__all__ = [
    "DEFAULT_BASE_URLS",
    "DEFAULT_TOKEN_REFRESH_PATH",
    "AccountBlocked",
    "AccountNotFound",
    "AccountWithdrawalPending",
    "CouponReward",
    "CouponUseResponse",
    "CurrencyBalance",
    "CurrencyBalances",
    "DeviceInfo",
    "DevicePlatform",
    "InboxConsumeResponse",
    "InboxCountResponse",
    "InboxEntry",
    "InboxItem",
    "InboxItemsResponse",
    "InboxMessage",
    "InboxSendItem",
    "InboxSendMessage",
    "InboxSendResponse",
    "InboxShowResponse",
    "LeaderboardEntry",
    "LeaderboardRange",
    "PlayNanooClient",
    "PlayNanooPlayer",
    "PlayerProfile",
    "PurchaseValidation",
    "RateLimit",
    "ServerTime",
    "SessionTokens",
    "SignInResponse",
    "StatusResponse",
    "StorageMultiSaveItem",
    "StorageRecord",
    "StorageRecords",
    "TokenStatusResponse",
]
