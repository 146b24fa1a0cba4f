# Generated from specs/playnanoo.yaml by `python -m codegen` (datamodel-code-generator 0.89.0). Do not edit.
"""Methods of the PlayNANOO REST API, one per operation of ``specs/playnanoo.yaml``.

Each is a typed, keyword-only signature whose body hands the operation and its arguments to the
client (``_invoke``); the client class mixes these in.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from gameplatform._client import API
from gameplatform.playnanoo import _operations as _op
from gameplatform.playnanoo._models import (
    BlockReasons,
    CloudCodeRun,
    CouponUseResponse,
    CurrencyAmount,
    CurrencyBalances,
    FriendInfo,
    FriendList,
    InboxConsumeResponse,
    InboxCountResponse,
    InboxItemsResponse,
    InboxSendItem,
    InboxSendMessage,
    InboxSendResponse,
    InboxShowResponse,
    LeaderboardEntry,
    LeaderboardRange,
    LeaderboardRecordType,
    LeaderboardRotation,
    LeaderboardSortType,
    LeaderboardTable,
    LeaderboardTableCreated,
    NicknameExistsResponse,
    NicknameResponse,
    PurchaseValidation,
    RemoteConfig,
    ServerTime,
    SignInResponse,
    StatusResponse,
    StorageMultiSaveItem,
    StorageRecord,
    StorageRecords,
    TokenStatusResponse,
    WithdrawalInfo,
)

__all__ = [
    "PlayNanooPlayerAPI",
]


class PlayNanooPlayerAPI(API):
    """The PlayNANOO REST API's operations (player scope) as methods, generated from
    ``specs/playnanoo.yaml``. Each builds and checks its request before any I/O and returns the
    result model, or raises a typed error.
    """

    def guest_sign_in(self, *, linked_id: str) -> SignInResponse:
        """Sign a player in as a guest (the account is created on first use).

        Args:
            linked_id: The guest's linked id (a device-unique id the app keeps).

        Returns:
            SignInResponse: The player's token pair and profile.
        """
        return self._invoke(_op.GUEST_SIGN_IN, {"linked_id": linked_id})

    def email_sign_up(self, *, email: str, password: str) -> SignInResponse:
        """Create an email account and sign the player in.

        Args:
            email: The email address.
            password: The password.

        Returns:
            SignInResponse: The player's token pair and profile.
        """
        return self._invoke(_op.EMAIL_SIGN_UP, {"email": email, "password": password})

    def email_sign_in(self, *, email: str, password: str) -> SignInResponse:
        """Sign a player in with email and password.

        Args:
            email: The email address.
            password: The password.

        Returns:
            SignInResponse: The player's token pair and profile.
        """
        return self._invoke(_op.EMAIL_SIGN_IN, {"email": email, "password": password})

    def social_sign_in(
        self, *, account_type: str, account_token: str, request_uuid: str | None = None
    ) -> SignInResponse:
        """Sign a player in with a social account token (Google, Facebook, Apple, …).

        Args:
            account_type: Social account type, as the vendor's plugin constants spell it (e.g.
                "GOOGLE", "FACEBOOK", "APPLE").
            account_token: The social provider's token (Google ID token, Facebook access token,
                …).
            request_uuid: A request unique id; listed on the REST page, absent from the plugin
                pages. A random UUID is sent when none is given.

        Returns:
            SignInResponse: The player's token pair and profile.
        """
        return self._invoke(
            _op.SOCIAL_SIGN_IN,
            {"account_type": account_type, "account_token": account_token, "request_uuid": request_uuid},
        )

    def token_info(self) -> SignInResponse:
        """The player and token pair behind the current access token.

        A GET that carries a JSON body: the vendor's reference client sends the same device-field
        body with every method, this one included.

        Returns:
            SignInResponse: Token pair and profile.
        """
        return self._invoke(_op.TOKEN_INFO, {})

    def token_status(self) -> TokenStatusResponse:
        """Whether an access token is valid, and the account's state.

        Returns:
            TokenStatusResponse: The token's status.
        """
        return self._invoke(_op.TOKEN_STATUS, {})

    def sign_out(self) -> StatusResponse:
        """Sign the player out (the access token stops working).

        The body is only the device fields (no fields of its own).

        Returns:
            StatusResponse: Done.
        """
        return self._invoke(_op.TOKEN_SIGN_OUT, {})

    def account_link(self, *, request_uuid: str, account_type: str = "LINK") -> StatusResponse:
        """Link the signed-in account with an external user id (custom link).

        Args:
            request_uuid: The external user id to link.
            account_type: Link type; the vendor's reference client sends "LINK".

        Returns:
            StatusResponse: Link result.
        """
        return self._invoke(_op.ACCOUNT_LINK, {"request_uuid": request_uuid, "account_type": account_type})

    def nickname_put(self, *, nickname: str, check_exists: bool = True) -> NicknameResponse:
        """Set or change the player's nickname.

        With `check_exists` (the default) a nickname another player already has is refused with
        10008 (`ValueExists`). The device field `nickname` the client sends with every call still
        comes from the player's last sign-in (or its `DeviceInfo`).

        Args:
            nickname: The nickname to set.
            check_exists: Refuse a nickname another player has (10008); False allows duplicates.

        Returns:
            NicknameResponse: The nickname now set.
        """
        return self._invoke(_op.NICKNAME_PUT, {"nickname": nickname, "check_exists": check_exists})

    def nickname_get(self) -> NicknameResponse:
        """The player's current nickname.

        The body is only the device fields (no fields of its own).

        Returns:
            NicknameResponse: The nickname.
        """
        return self._invoke(_op.NICKNAME_GET, {})

    def nickname_exists(self, *, nickname: str) -> NicknameExistsResponse:
        """Whether a nickname is already in use.

        Args:
            nickname: The nickname to look for.

        Returns:
            NicknameExistsResponse: `EXISTS` or `NOT_EXISTS`.
        """
        return self._invoke(_op.NICKNAME_EXISTS, {"nickname": nickname})

    def withdrawal_request(self, *, period: int, memo: str) -> StatusResponse:
        """Ask for the player's account to be withdrawn after a grace period.

        The account is kept for `period` days; until then every call for it answers 30007
        (`AccountWithdrawalPending`) with the `WithdrawalKey` that `withdrawal_restore` takes.
        `account_token` is sent as the player's access token (inferred: the page names it "Account
        token" only).

        Args:
            period: The grace period in days (the account can be recovered until it ends).
            memo: Why the player leaves (shown by withdrawal_search).

        Returns:
            StatusResponse: The request's status.
        """
        return self._invoke(_op.WITHDRAWAL_REQUEST, {"period": period, "memo": memo})

    def withdrawal_restore(self, *, withdrawal_key: str) -> StatusResponse:
        """Recover an account in its withdrawal grace period.

        Needs no player token (the account's calls answer 30007 meanwhile): only the `WithdrawalKey`
        of that error, plus the device fields. The player signs in again afterwards.

        Args:
            withdrawal_key: The `WithdrawalKey` of a 30007 answer
                (`AccountWithdrawalPending.withdrawal_key`).

        Returns:
            StatusResponse: The recovery's status.
        """
        return self._invoke(_op.WITHDRAWAL_RESTORE, {"withdrawal_key": withdrawal_key})

    def withdrawal_search(self, *, withdrawal_key: str) -> WithdrawalInfo:
        """A pending withdrawal's state, reason and date, by its withdrawal key.

        Needs no player token; only the `WithdrawalKey` and the device fields.

        Args:
            withdrawal_key: The `WithdrawalKey` of a 30007 answer
                (`AccountWithdrawalPending.withdrawal_key`).

        Returns:
            WithdrawalInfo: The withdrawal.
        """
        return self._invoke(_op.WITHDRAWAL_SEARCH, {"withdrawal_key": withdrawal_key})

    def block_reason(self, *, block_key: str) -> BlockReasons:
        """Why an account is blocked, for how long and from which services, by its block key.

        Works without a player token (a blocked account's calls answer 70002, so the player may hold
        none): the `BlockKey` of that error and the device fields are enough. The player's access
        token is sent when the client keeps one. The vendor's sources differ: the page's table says
        a token is required and names `service-account…/api/v20221201/reason`, its Unity code calls
        `service-api…/block/v20221201/reason` without a token, its Unreal code with one; the path of
        both code samples is used.

        Args:
            block_key: The `BlockKey` of a 70002 answer (`AccountBlocked.block_key`).

        Returns:
            BlockReasons: The account's blocks.
        """
        return self._invoke(_op.BLOCK_REASON, {"block_key": block_key})

    def storage_save(
        self, *, storage_key: str, storage_value: str, is_private: bool = True
    ) -> StatusResponse:
        """Save one value of the player's cloud data.

        Args:
            storage_value: The value (often a JSON document as a string).
            is_private: Whether other players are kept from loading it (False lets them).

        Returns:
            StatusResponse: Saved.
        """
        return self._invoke(
            _op.STORAGE_SAVE,
            {"storage_key": storage_key, "storage_value": storage_value, "is_private": is_private},
        )

    def storage_load(self, *, storage_key: str) -> StorageRecord:
        """Load one value of the player's cloud data.

        Returns:
            StorageRecord: The stored value.
        """
        return self._invoke(_op.STORAGE_LOAD, {"storage_key": storage_key})

    def storage_multi_save(
        self, *, items: Sequence[StorageMultiSaveItem | Mapping[str, Any]]
    ) -> StatusResponse:
        """Save several values of the player's cloud data at once.

        Args:
            items: The values to save (StorageMultiSaveItem or mappings of its fields).

        Returns:
            StatusResponse: Saved.
        """
        return self._invoke(_op.STORAGE_MULTI_SAVE, {"items": items})

    def storage_multi_load(self, *, storage_keys: Sequence[str]) -> StorageRecords:
        """Load several values of the player's cloud data at once.

        Returns:
            StorageRecords: The stored values.
        """
        return self._invoke(_op.STORAGE_MULTI_LOAD, {"storage_keys": storage_keys})

    def storage_public_load(self, *, storage_key: str) -> StorageRecord:
        """Load a value of the game's public data.

        Returns:
            StorageRecord: The public value (no `PlayerId`).
        """
        return self._invoke(_op.STORAGE_PUBLIC_LOAD, {"storage_key": storage_key})

    def storage_player_load(self, *, player_uuid: str, storage_key: str) -> StorageRecord:
        """Load another player's value (one saved with isPrivate off).

        Args:
            player_uuid: The other player's UserUniqueID.

        Returns:
            StorageRecord: The other player's value.
        """
        return self._invoke(_op.STORAGE_PLAYER_LOAD, {"player_uuid": player_uuid, "storage_key": storage_key})

    def remote_config_load(self, *, table_code: str) -> RemoteConfig:
        """A remote configuration table's variables.

        The same path as `storage_public_load`, on the api host (`service-api…`, not
        `service-storage-api…`): the `#remote-config` label only tells the two operations apart. The
        client sends `storage_key` as `RemoteConfig_{table_code}`, as the vendor's reference client
        builds it.

        Args:
            table_code: The remote configuration table's code (from the console).

        Returns:
            RemoteConfig: The table's variables.
        """
        return self._invoke(_op.REMOTE_CONFIG_LOAD, {"table_code": table_code})

    def inbox_items(self, *, table_code: str) -> InboxItemsResponse:
        """The player's inbox entries in one table.

        Args:
            table_code: The inbox table's code (from the console).

        Returns:
            InboxItemsResponse: Inbox entries.
        """
        return self._invoke(_op.INBOX_ITEMS, {"table_code": table_code})

    def inbox_count(self, *, table_code: str) -> InboxCountResponse:
        """How many entries the player's inbox table holds.

        Returns:
            InboxCountResponse: The count.
        """
        return self._invoke(_op.INBOX_COUNT, {"table_code": table_code})

    def inbox_show(self, *, item_key: str) -> InboxShowResponse:
        """One inbox entry's items and messages.

        Returns:
            InboxShowResponse: The entry.
        """
        return self._invoke(_op.INBOX_SHOW, {"item_key": item_key})

    def inbox_send(
        self,
        *,
        table_code: str,
        items: Sequence[InboxSendItem | Mapping[str, Any]],
        period: int,
        messages: Sequence[InboxSendMessage | Mapping[str, Any]] | None = None,
    ) -> InboxSendResponse:
        """Put items (with messages) into the player's own inbox table.

        Args:
            messages: Messages shown with the entry; when given, one must be in the "default"
                language (shown when none matches the device's language).
            period: How many days the entry can be claimed.

        Returns:
            InboxSendResponse: Sent.
        """
        return self._invoke(
            _op.INBOX_SEND, {"table_code": table_code, "items": items, "messages": messages, "period": period}
        )

    def inbox_consume_item(self, *, item_key: str) -> InboxConsumeResponse:
        """Claim one inbox entry (it is removed; its items are returned).

        Returns:
            InboxConsumeResponse: The claimed items.
        """
        return self._invoke(_op.INBOX_CONSUME_ITEM, {"item_key": item_key})

    def inbox_consume_multi(self, *, item_keys: Sequence[str]) -> InboxConsumeResponse:
        """Claim several inbox entries at once.

        Args:
            item_keys: The entries' item keys (sent joined with commas, "key1,key2,key3").

        Returns:
            InboxConsumeResponse: The claimed items.
        """
        return self._invoke(_op.INBOX_CONSUME_MULTI, {"item_keys": item_keys})

    def leaderboard_record(
        self, *, table_code: str, record_id: str, score: float, extra_data: str | None = None
    ) -> StatusResponse:
        """Record a score in a leaderboard table.

        Args:
            table_code: The leaderboard table code.
            record_id: Whose record this is (usually the player's id).
            extra_data: Extra data kept with the record (often a JSON string).

        Returns:
            StatusResponse: Recorded.
        """
        return self._invoke(
            _op.LEADERBOARD_RECORD,
            {"table_code": table_code, "record_id": record_id, "score": score, "extra_data": extra_data},
        )

    def leaderboard_show(self, *, table_code: str, record_id: str) -> LeaderboardEntry:
        """One record (rank, score) in the current season.

        Returns:
            LeaderboardEntry: The record.
        """
        return self._invoke(_op.LEADERBOARD_SHOW, {"table_code": table_code, "record_id": record_id})

    def leaderboard_range(self, *, table_code: str, range_start: int, range_end: int) -> LeaderboardRange:
        """The records ranked between two ranks (inclusive) in the current season.

        Args:
            range_start: First rank (ranks start at 1).
            range_end: Last rank (inclusive); not lower than range_start.

        Returns:
            LeaderboardRange: The records.
        """
        return self._invoke(
            _op.LEADERBOARD_RANGE,
            {"table_code": table_code, "range_start": range_start, "range_end": range_end},
        )

    def leaderboard_show_previous(
        self, *, table_code: str, record_id: str, rotation_count: int
    ) -> LeaderboardEntry:
        """One record in a previous season.

        Args:
            rotation_count: The season number.

        Returns:
            LeaderboardEntry: The record.
        """
        return self._invoke(
            _op.LEADERBOARD_SHOW_PREVIOUS,
            {"table_code": table_code, "record_id": record_id, "rotation_count": rotation_count},
        )

    def leaderboard_range_previous(
        self, *, table_code: str, rotation_count: int, range_start: int, range_end: int
    ) -> LeaderboardRange:
        """The records ranked between two ranks in a previous season.

        Args:
            range_end: Last rank (inclusive); not lower than range_start.

        Returns:
            LeaderboardRange: The records.
        """
        return self._invoke(
            _op.LEADERBOARD_RANGE_PREVIOUS,
            {
                "table_code": table_code,
                "rotation_count": rotation_count,
                "range_start": range_start,
                "range_end": range_end,
            },
        )

    def leaderboard_table_show(self, *, table_code: str) -> LeaderboardTable:
        """A leaderboard table's settings, current season and size.

        Args:
            table_code: The leaderboard table code.

        Returns:
            LeaderboardTable: The table.
        """
        return self._invoke(_op.LEADERBOARD_TABLE_SHOW, {"table_code": table_code})

    def leaderboard_table_create(
        self,
        *,
        name: str,
        rotation: LeaderboardRotation | str,
        record_type: LeaderboardRecordType | str,
        record_sort_type: LeaderboardSortType | str,
        record_priority: bool,
        rotation_timeoffset: int | None = None,
        rotation_date: str | None = None,
        rotation_time: str | None = None,
        rotation_period: int | None = None,
    ) -> LeaderboardTableCreated:
        """Create a leaderboard table.

        A `rotation` table also needs `rotation_timeoffset`, `rotation_date`, `rotation_time` and
        `rotation_period` (the vendor marks them "required if rotation"); a `never` table leaves
        them out. That condition is not checked before sending.

        Args:
            name: The table's name.
            rotation_timeoffset: The rotation's time offset (the unit is not documented);
                required with `rotation`.
            rotation_date: The first season's start date (YYYY-MM-DD); required with `rotation`.
            rotation_time: The first season's start time (HH:MM:SS); required with `rotation`.
            rotation_period: A season's length in days; required with `rotation`.
            record_priority: The record priority flag ("Y"/"N"; the page does not say more).

        Returns:
            LeaderboardTableCreated: The new table's id.
        """
        return self._invoke(
            _op.LEADERBOARD_TABLE_CREATE,
            {
                "name": name,
                "rotation": rotation,
                "rotation_timeoffset": rotation_timeoffset,
                "rotation_date": rotation_date,
                "rotation_time": rotation_time,
                "rotation_period": rotation_period,
                "record_type": record_type,
                "record_sort_type": record_sort_type,
                "record_priority": record_priority,
            },
        )

    def coupon_use(self, *, code: str) -> CouponUseResponse:
        """Redeem a coupon code (the path says search; the call uses the coupon).

        Returns:
            CouponUseResponse: The coupon's rewards.
        """
        return self._invoke(_op.COUPON_USE, {"code": code})

    def currency_put(self, *, items: Mapping[str, float]) -> CurrencyBalances:
        """Grant game currency to the player.

        Args:
            items: Currency code → amount (``{"gold": 100}``).

        Returns:
            CurrencyBalances: Balances after the grant.
        """
        return self._invoke(_op.CURRENCY_PUT, {"items": items})

    def currency_charge(self, *, items: Mapping[str, float]) -> CurrencyBalances:
        """Charge (top up) the player's game currency.

        Args:
            items: Currency code → amount (``{"gold": 100}``).

        Returns:
            CurrencyBalances: Balances after the charge.
        """
        return self._invoke(_op.CURRENCY_CHARGE, {"items": items})

    def currency_get(self, *, currency_code: str) -> CurrencyAmount:
        """How much of one currency the player owns.

        Returns:
            CurrencyAmount: The amount owned.
        """
        return self._invoke(_op.CURRENCY_GET, {"currency_code": currency_code})

    def currency_subtract(self, *, currency_code: str, currency_amount: float) -> CurrencyAmount:
        """Take an amount of one currency from the player.

        Args:
            currency_amount: How much to take (a positive amount).

        Returns:
            CurrencyAmount: The amount owned after the subtraction.
        """
        return self._invoke(
            _op.CURRENCY_SUBTRACT, {"currency_code": currency_code, "currency_amount": currency_amount}
        )

    def currency_init(self) -> CurrencyBalances:
        """Reset the player's currencies to their initial amounts.

        The body is only the device fields (no fields of its own).

        Returns:
            CurrencyBalances: The balances after the reset.
        """
        return self._invoke(_op.CURRENCY_INIT, {})

    def iap_validate_android(
        self,
        *,
        receipt: str,
        sku_details: str | None = None,
        signature: str | None = None,
        duplicate_allow: bool = False,
    ) -> PurchaseValidation:
        """Validate a Google Play purchase receipt.

        Args:
            receipt: The purchase receipt (Unity IAP's receipt string, or the Play purchase
                JSON).
            sku_details: Play product details; needed when not using Unity IAP.
            signature: The Play purchase signature; needed when not using Unity IAP.
            duplicate_allow: Whether a receipt validated before may be validated again.

        Returns:
            PurchaseValidation: The validated purchase. `PurchaseState` is `purchase` (paid),
                `wait` (still processing: validate again later) or `cancel` (validation failed).
        """
        return self._invoke(
            _op.IAP_VALIDATE_ANDROID,
            {
                "receipt": receipt,
                "sku_details": sku_details,
                "signature": signature,
                "duplicate_allow": duplicate_allow,
            },
        )

    def iap_validate_ios(
        self, *, receipt: str, product_id: str, currency: str, price: str, duplicate_allow: bool = False
    ) -> PurchaseValidation:
        """Validate an App Store purchase receipt.

        Args:
            currency: ISO 4217 currency code (KRW, JPY, USD, …).
            price: The amount paid, as a decimal string.
            duplicate_allow: Whether a receipt validated before may be validated again.

        Returns:
            PurchaseValidation: The validated purchase.
        """
        return self._invoke(
            _op.IAP_VALIDATE_IOS,
            {
                "receipt": receipt,
                "product_id": product_id,
                "currency": currency,
                "price": price,
                "duplicate_allow": duplicate_allow,
            },
        )

    def friend_search(self, *, table_code: str) -> FriendList:
        """The player's friends in one friend table.

        Args:
            table_code: The friend table's code (from the console).

        Returns:
            FriendList: The friends.
        """
        return self._invoke(_op.FRIEND_SEARCH, {"table_code": table_code})

    def friend_search_pending(self, *, table_code: str) -> FriendList:
        """Friend requests waiting for the player's answer in one friend table.

        Args:
            table_code: The friend table's code (from the console).

        Returns:
            FriendList: The pending requests (who asked).
        """
        return self._invoke(_op.FRIEND_SEARCH_PENDING, {"table_code": table_code})

    def friend_request(self, *, table_code: str, open_id: str) -> StatusResponse:
        """Ask another player (by OpenID) to be friends.

        Whether it needs the other player's acceptance depends on the friend table's settings.

        Args:
            open_id: The other player's OpenID (`PlayerProfile.open_id`).

        Returns:
            StatusResponse: The request's status.
        """
        return self._invoke(_op.FRIEND_REQUEST, {"table_code": table_code, "open_id": open_id})

    def friend_accept(self, *, table_code: str, relationship_code: str) -> StatusResponse:
        """Accept a pending friend request.

        Args:
            relationship_code: The relationship's code (`Friend.relationship_code`).

        Returns:
            StatusResponse: The status.
        """
        return self._invoke(
            _op.FRIEND_ACCEPT, {"table_code": table_code, "relationship_code": relationship_code}
        )

    def friend_delete(self, *, table_code: str, relationship_code: str) -> StatusResponse:
        """End a friendship (or drop a pending request).

        The page says it deletes a registered friend; the bundled fake also drops a pending request
        this way (inferred).

        Args:
            relationship_code: The relationship's code (`Friend.relationship_code`).

        Returns:
            StatusResponse: The status.
        """
        return self._invoke(
            _op.FRIEND_DELETE, {"table_code": table_code, "relationship_code": relationship_code}
        )

    def friend_info(self, *, table_code: str) -> FriendInfo:
        """How many friends and pending requests the player has in one friend table.

        Args:
            table_code: The friend table's code (from the console).

        Returns:
            FriendInfo: The counts.
        """
        return self._invoke(_op.FRIEND_INFO, {"table_code": table_code})

    def game_log_save(
        self, *, table_code: str, items: Sequence[dict[str, str | float | bool | None]]
    ) -> StatusResponse:
        """Write rows to one of the game's log tables.

        The table code is made in the console first. The rows travel as the JSON text of `{"items":
        [row, …]}` in `log_value`, as the vendor's reference client sends them.

        Args:
            table_code: The log table's code (made in the console first).
            items: The rows to write: each a mapping of column name to a string, number, bool or
                None (``{"event": "stage_clear", "stage": 3}``).

        Returns:
            StatusResponse: The status.
        """
        return self._invoke(_op.GAME_LOG_SAVE, {"table_code": table_code, "items": items})

    def cloud_code_run(self, *, table_code: str, function_name: str, function_arguments: str) -> CloudCodeRun:
        """Run a cloud code function registered on the platform.

        A function that fails still answers with a success: its message is in `Error` (check it),
        with the logs written so far.

        Args:
            table_code: The cloud code table's code.
            function_name: The function to run.
            function_arguments: The function's arguments as the JSON text of an object
                (``json.dumps({...})``; ``"{}"`` for none). Taken as text: their shape is the
                function's own.

        Returns:
            CloudCodeRun: The run.
        """
        return self._invoke(
            _op.CLOUD_CODE_RUN,
            {
                "table_code": table_code,
                "function_name": function_name,
                "function_arguments": function_arguments,
            },
        )

    def server_time(self) -> ServerTime:
        """The platform's current time (UTC).

        Answers with its own envelope `{code, message, value{…}}` (platforms.md §4); a `code` other
        than 200 (or 0) is a failure whatever the HTTP status. The vendor's reference client sends
        the player's access token and `udid` (the device id, used for a per-minute limit per
        device).

        Returns:
            ServerTime: Server time envelope.
        """
        return self._invoke(_op.SERVER_TIME, {})
