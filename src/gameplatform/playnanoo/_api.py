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
    CouponUseResponse,
    CurrencyBalances,
    InboxConsumeResponse,
    InboxCountResponse,
    InboxItemsResponse,
    InboxSendItem,
    InboxSendMessage,
    InboxSendResponse,
    InboxShowResponse,
    LeaderboardEntry,
    LeaderboardRange,
    PurchaseValidation,
    ServerTime,
    SignInResponse,
    StatusResponse,
    StorageMultiSaveItem,
    StorageRecord,
    StorageRecords,
    TokenStatusResponse,
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
