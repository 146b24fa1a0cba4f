"""The per-player handle: every PlayNANOO API, called as one player with its tokens and device."""

from __future__ import annotations

import json
import uuid
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypeVar

from gameplatform._serde import to_wire
from gameplatform.errors import ValidationError
from gameplatform.playnanoo import _endpoints as ep
from gameplatform.playnanoo._models import (
    AccountLinkRequest,
    CouponUseRequest,
    CouponUseResponse,
    CurrencyBalances,
    CurrencyChange,
    CurrencyChanges,
    CurrencyChargeRequest,
    CurrencyPutRequest,
    DeviceInfo,
    DuplicateAllow,
    EmailSignInRequest,
    EmailSignUpRequest,
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
    PurchaseValidation,
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
    StoragePrivacy,
    StoragePublicLoadRequest,
    StorageRecord,
    StorageRecords,
    StorageSaveRequest,
    TokenInfoRequest,
    TokenStatusRequest,
    TokenStatusResponse,
)
from gameplatform.tokens import Token

if TYPE_CHECKING:
    from gameplatform.playnanoo._client import PlayNanooClient

__all__ = ["PlayNanooPlayer"]

_M = TypeVar("_M")


def _build(model: type[_M], *, renamed: Mapping[str, str] | None = None, **fields: Any) -> _M:
    """Build a request model (its validators run); report errors under the caller's keyword names."""
    try:
        return model(**fields)
    except ValidationError as exc:
        if not renamed:
            raise
        head, sep, rest = exc.field.partition(".")
        base, bracket, index = head.partition("[")
        if base in renamed:
            raise ValidationError(renamed[base] + bracket + index + sep + rest, exc.reason) from None
        raise


def _json_string(model: Any) -> str:
    """A model as the JSON string PlayNANOO wants inside some fields."""
    return json.dumps(to_wire(model), ensure_ascii=False, separators=(",", ":"))


def _flag(name: str, value: object) -> bool:
    if not isinstance(value, bool):
        raise ValidationError(name, "must be True or False")
    return value


class PlayNanooPlayer:
    """One player, as seen by a :class:`~gameplatform.playnanoo.PlayNanooClient`.

    Sign-in methods keep the returned tokens under :attr:`player_key` (or, when the handle
    was made without one, under the ``UserUniqueID`` the sign-in returns, which then becomes
    the handle's key). The other methods call the APIs with those tokens, refreshing them
    once on a 401. Every body carries :attr:`device`'s fields; ``uuid`` and ``nickname``,
    when the ``DeviceInfo`` leaves them out, come from the player's last sign-in.

    Every method raises :class:`~gameplatform.errors.ValidationError` for bad arguments
    before any I/O, and the typed errors of :mod:`gameplatform.errors` (plus
    :class:`~gameplatform.playnanoo.AccountBlocked`, …) for failures.
    """

    def __init__(self, client: PlayNanooClient, player_key: str | None, device: DeviceInfo) -> None:
        if player_key is not None and (not isinstance(player_key, str) or not player_key):
            raise ValidationError("player_key", "must be a non-empty string or None")
        if not isinstance(device, DeviceInfo):
            raise ValidationError("device", "must be a gameplatform.playnanoo.DeviceInfo")
        for name in ("device_id", "platform"):
            if not getattr(device, name):
                raise ValidationError(f"device.{name}", "is required")
        self._client = client
        self._player_key = player_key
        self._device = device

    @property
    def player_key(self) -> str | None:
        """The key the player's tokens are kept under (``None`` until a keyless handle signs in)."""
        return self._player_key

    @property
    def device(self) -> DeviceInfo:
        return self._device

    @property
    def tokens(self) -> Token | None:
        """The player's current pair (``None`` before sign-in)."""
        return self._client.get_tokens(self._player_key) if self._player_key is not None else None

    def __repr__(self) -> str:
        return f"PlayNanooPlayer(player_key={self._player_key!r}, platform={str(self._device.platform)!r})"

    def _key(self) -> str:
        if self._player_key is None:
            raise ValidationError("player_key", "is unknown until this handle signs the player in")
        return self._player_key

    def _sign_in(self, endpoint: Any, request: Any) -> SignInResponse:
        key, result = self._client._sign_in(self._player_key, self._device, endpoint, request)
        self._player_key = key
        return result

    def _call(self, endpoint: Any, request: Any = None) -> Any:
        return self._client._player_call(self._key(), self._device, endpoint, request)

    # -- accounts and tokens -----------------------------------------------------------

    def guest_sign_in(self, *, linked_id: str) -> SignInResponse:
        """Sign in as a guest (the account is created on first use); keeps the tokens."""
        return self._sign_in(ep.GUEST_SIGN_IN, _build(GuestSignInRequest, linked_id=linked_id))

    def email_sign_up(self, *, email: str, password: str) -> SignInResponse:
        """Create an email account and sign in; keeps the tokens."""
        request = _build(
            EmailSignUpRequest,
            renamed={"linked_id": "email", "linked_password": "password"},
            linked_id=email,
            linked_password=password,
        )
        return self._sign_in(ep.EMAIL_SIGN_UP, request)

    def email_sign_in(self, *, email: str, password: str) -> SignInResponse:
        """Sign in with email and password; keeps the tokens.

        Raises :class:`~gameplatform.playnanoo.AccountNotFound` (30000) when no account has
        this email.
        """
        request = _build(
            EmailSignInRequest,
            renamed={"linked_id": "email", "linked_password": "password"},
            linked_id=email,
            linked_password=password,
        )
        return self._sign_in(ep.EMAIL_SIGN_IN, request)

    def social_sign_in(
        self, *, account_type: str, account_token: str, request_uuid: str | None = None
    ) -> SignInResponse:
        """Sign in with a social provider's token (``account_type`` e.g. "GOOGLE"); keeps the tokens.

        ``request_uuid`` identifies the request; the vendor's REST reference lists it, so a
        random UUID is sent when none is given.
        """
        request = _build(
            SocialSignInRequest,
            account_type=account_type,
            account_token=account_token,
            request_uuid=request_uuid if request_uuid is not None else str(uuid.uuid4()),
        )
        return self._sign_in(ep.SOCIAL_SIGN_IN, request)

    def token_info(self) -> SignInResponse:
        """The player and pair behind the current access token."""
        return self._client._player_call(  # type: ignore[no-any-return]
            self._key(),
            self._device,
            ep.TOKEN_INFO,
            build=lambda token: TokenInfoRequest(access_token=token.access_token),
        )

    def token_status(self) -> TokenStatusResponse:
        """Whether the player's current access token is valid (no refresh is attempted)."""
        token = self.tokens
        if token is None:
            raise ValidationError("player_key", "has no tokens; sign the player in first")
        request = TokenStatusRequest(access_token=token.access_token)
        return self._client._call(  # type: ignore[no-any-return]
            self._device, ep.TOKEN_STATUS, request, player_key=self._player_key
        )

    def sign_out(self) -> StatusResponse:
        """Sign the player out, then drop its tokens from the store."""
        result: StatusResponse = self._call(ep.TOKEN_SIGN_OUT)
        self._client.forget_tokens(self._key())
        return result

    def account_link(self, *, request_uuid: str, account_type: str = "LINK") -> StatusResponse:
        """Link the signed-in account with an external user id (``request_uuid``)."""
        request = _build(AccountLinkRequest, request_uuid=request_uuid, account_type=account_type)
        return self._call(ep.ACCOUNT_LINK, request)  # type: ignore[no-any-return]

    def refresh_tokens(self) -> Token:
        """Refresh the pair now (the same single-flight refresh a 401 triggers)."""
        return self._client.refresh_tokens(self._key(), device=self._device)

    # -- storage -------------------------------------------------------------------------

    def storage_save(
        self, *, storage_key: str, storage_value: str, is_private: bool = True
    ) -> StatusResponse:
        """Save one value; ``is_private=False`` lets other players load it."""
        private = StoragePrivacy("on" if _flag("is_private", is_private) else "off")
        request = _build(
            StorageSaveRequest, storage_key=storage_key, storage_value=storage_value, is_private=private
        )
        return self._call(ep.STORAGE_SAVE, request)  # type: ignore[no-any-return]

    def storage_load(self, *, storage_key: str) -> StorageRecord:
        """Load one value of the player's own data."""
        return self._call(ep.STORAGE_LOAD, _build(StorageLoadRequest, storage_key=storage_key))  # type: ignore[no-any-return]

    def storage_multi_save(self, *, items: Sequence[StorageMultiSaveItem]) -> StatusResponse:
        """Save several values at once (each a ``StorageMultiSaveItem``)."""
        if isinstance(items, str | bytes) or not isinstance(items, Sequence):
            raise ValidationError("items", "must be a sequence of StorageMultiSaveItem")
        payload = _build(StorageMultiSaveItems, items=list(items))
        request = StorageMultiSaveRequest(storage_items=_json_string(payload))
        return self._call(ep.STORAGE_MULTI_SAVE, request)  # type: ignore[no-any-return]

    def storage_multi_load(self, *, storage_keys: Sequence[str]) -> StorageRecords:
        """Load several values at once (keys with no value are left out of ``items``)."""
        if isinstance(storage_keys, str | bytes) or not isinstance(storage_keys, Sequence):
            raise ValidationError("storage_keys", "must be a sequence of strings")
        request = _build(StorageMultiLoadRequest, storage_keys=list(storage_keys))
        return self._call(ep.STORAGE_MULTI_LOAD, request)  # type: ignore[no-any-return]

    def storage_public_load(self, *, storage_key: str) -> StorageRecord:
        """Load a value of the game's public data."""
        request = _build(StoragePublicLoadRequest, storage_key=storage_key)
        return self._call(ep.STORAGE_PUBLIC_LOAD, request)  # type: ignore[no-any-return]

    def storage_player_load(self, *, player_uuid: str, storage_key: str) -> StorageRecord:
        """Load another player's value (one saved with ``is_private=False``)."""
        request = _build(StoragePlayerLoadRequest, player_uuid=player_uuid, storage_key=storage_key)
        return self._call(ep.STORAGE_PLAYER_LOAD, request)  # type: ignore[no-any-return]

    # -- inbox ---------------------------------------------------------------------------

    def inbox_items(self, *, table_code: str) -> InboxItemsResponse:
        """The entries of one inbox table."""
        return self._call(ep.INBOX_ITEMS, _build(InboxItemsRequest, table_code=table_code))  # type: ignore[no-any-return]

    def inbox_count(self, *, table_code: str) -> InboxCountResponse:
        """How many entries one inbox table holds."""
        return self._call(ep.INBOX_COUNT, _build(InboxCountRequest, table_code=table_code))  # type: ignore[no-any-return]

    def inbox_show(self, *, item_key: str) -> InboxShowResponse:
        """One entry's items and messages."""
        return self._call(ep.INBOX_SHOW, _build(InboxShowRequest, item_key=item_key))  # type: ignore[no-any-return]

    def inbox_send(
        self,
        *,
        table_code: str,
        items: Sequence[InboxSendItem],
        messages: Sequence[InboxSendMessage] = (),
        period: int,
    ) -> InboxSendResponse:
        """Put items into the player's own inbox table for ``period`` days.

        ``messages``, when given, must include one in the ``"default"`` language (the
        platform shows it when none matches the device's language).
        """
        for name, value in (("items", items), ("messages", messages)):
            if isinstance(value, str | bytes) or not isinstance(value, Sequence):
                raise ValidationError(name, "must be a sequence")
        notes = list(messages)
        if notes and not any(isinstance(m, InboxSendMessage) and m.language == "default" for m in notes):
            raise ValidationError("messages", "must include one message in the 'default' language")
        payload = _build(InboxSendPayload, items=list(items), messages=notes or None)
        request = _build(InboxSendRequest, table_code=table_code, items=_json_string(payload), period=period)
        return self._call(ep.INBOX_SEND, request)  # type: ignore[no-any-return]

    def inbox_consume_item(self, *, item_key: str) -> InboxConsumeResponse:
        """Claim one entry; returns its items (the game grants them)."""
        request = _build(InboxConsumeItemRequest, item_key=item_key)
        return self._call(ep.INBOX_CONSUME_ITEM, request)  # type: ignore[no-any-return]

    def inbox_consume_multi(self, *, item_keys: Sequence[str]) -> InboxConsumeResponse:
        """Claim several entries at once; returns all their items."""
        if isinstance(item_keys, str | bytes) or not isinstance(item_keys, Sequence) or not item_keys:
            raise ValidationError("item_keys", "must be a non-empty sequence of item keys")
        for index, key in enumerate(item_keys):
            if not isinstance(key, str) or not key or "," in key:
                raise ValidationError(f"item_keys[{index}]", "must be a non-empty string without commas")
        request = _build(InboxConsumeMultiRequest, item_keys=",".join(item_keys))
        return self._call(ep.INBOX_CONSUME_MULTI, request)  # type: ignore[no-any-return]

    # -- leaderboard -----------------------------------------------------------------------

    def leaderboard_record(
        self, *, table_code: str, record_id: str, score: float, extra_data: str | None = None
    ) -> StatusResponse:
        """Record a score for ``record_id`` in a leaderboard table."""
        request = _build(
            LeaderboardRecordRequest,
            renamed={"uid": "table_code"},
            uid=table_code,
            record_id=record_id,
            score=score,
            extra_data=extra_data,
        )
        return self._call(ep.LEADERBOARD_RECORD, request)  # type: ignore[no-any-return]

    def leaderboard_show(self, *, table_code: str, record_id: str) -> LeaderboardEntry:
        """One record's rank and score in the current season."""
        request = _build(
            LeaderboardShowRequest, renamed={"uid": "table_code"}, uid=table_code, record_id=record_id
        )
        return self._call(ep.LEADERBOARD_SHOW, request)  # type: ignore[no-any-return]

    def leaderboard_range(self, *, table_code: str, range_start: int, range_end: int) -> LeaderboardRange:
        """The records ranked ``range_start`` to ``range_end`` (inclusive, ranks start at 1)."""
        request = _build(
            LeaderboardRangeRequest,
            renamed={"uid": "table_code"},
            uid=table_code,
            range_start=range_start,
            range_end=range_end,
        )
        _check_range(range_start, range_end)
        return self._call(ep.LEADERBOARD_RANGE, request)  # type: ignore[no-any-return]

    def leaderboard_show_previous(
        self, *, table_code: str, record_id: str, rotation_count: int
    ) -> LeaderboardEntry:
        """One record in a previous season (``rotation_count`` is the season number)."""
        request = _build(
            LeaderboardShowPreviousRequest,
            renamed={"uid": "table_code"},
            uid=table_code,
            record_id=record_id,
            rotation_count=rotation_count,
        )
        return self._call(ep.LEADERBOARD_SHOW_PREVIOUS, request)  # type: ignore[no-any-return]

    def leaderboard_range_previous(
        self, *, table_code: str, rotation_count: int, range_start: int, range_end: int
    ) -> LeaderboardRange:
        """The records ranked ``range_start`` to ``range_end`` in a previous season."""
        request = _build(
            LeaderboardRangePreviousRequest,
            renamed={"uid": "table_code"},
            uid=table_code,
            rotation_count=rotation_count,
            range_start=range_start,
            range_end=range_end,
        )
        _check_range(range_start, range_end)
        return self._call(ep.LEADERBOARD_RANGE_PREVIOUS, request)  # type: ignore[no-any-return]

    # -- coupon, currency, purchases, time ---------------------------------------------

    def coupon_use(self, *, code: str) -> CouponUseResponse:
        """Redeem a coupon; returns its rewards (the game grants them)."""
        return self._call(ep.COUPON_USE, _build(CouponUseRequest, code=code))  # type: ignore[no-any-return]

    def currency_put(self, *, items: Mapping[str, float]) -> CurrencyBalances:
        """Grant currency (``{"gold": 100}``); returns the balances after."""
        request = CurrencyPutRequest(items=_json_string(_currency_changes(items)))
        return self._call(ep.CURRENCY_PUT, request)  # type: ignore[no-any-return]

    def currency_charge(self, *, items: Mapping[str, float]) -> CurrencyBalances:
        """Charge (top up) currency (``{"gem": 10}``); returns the balances after."""
        request = CurrencyChargeRequest(items=_json_string(_currency_changes(items)))
        return self._call(ep.CURRENCY_CHARGE, request)  # type: ignore[no-any-return]

    def iap_validate_android(
        self,
        *,
        receipt: str,
        sku_details: str | None = None,
        signature: str | None = None,
        duplicate_allow: bool = False,
    ) -> PurchaseValidation:
        """Validate a Google Play receipt; check ``purchase_state`` (``wait``: validate again later)."""
        request = _build(
            IapValidateAndroidRequest,
            receipt=receipt,
            sku_details=sku_details,
            signature=signature,
            duplicate_allow=_yes_no("duplicate_allow", duplicate_allow),
        )
        return self._call(ep.IAP_VALIDATE_ANDROID, request)  # type: ignore[no-any-return]

    def iap_validate_ios(
        self, *, receipt: str, product_id: str, currency: str, price: str, duplicate_allow: bool = False
    ) -> PurchaseValidation:
        """Validate an App Store receipt (``currency`` like "KRW", ``price`` a decimal string)."""
        request = _build(
            IapValidateIosRequest,
            receipt=receipt,
            product_id=product_id,
            currency=currency,
            price=price,
            duplicate_allow=_yes_no("duplicate_allow", duplicate_allow),
        )
        return self._call(ep.IAP_VALIDATE_IOS, request)  # type: ignore[no-any-return]

    def server_time(self) -> ServerTime:
        """The platform's current time (UTC); ``udid`` is the device's ``device_id``."""
        request = _build(ServerTimeRequest, udid=self._device.device_id or "")
        return self._call(ep.SERVER_TIME, request)  # type: ignore[no-any-return]


def _currency_changes(items: Mapping[str, float]) -> CurrencyChanges:
    if not isinstance(items, Mapping) or not items:
        raise ValidationError("items", "must be a non-empty mapping of currency code to amount")
    changes = []
    for index, (code, amount) in enumerate(items.items()):
        try:
            changes.append(CurrencyChange(currency_code=code, currency_amount=amount))
        except ValidationError as exc:
            raise ValidationError(f"items[{index}].{exc.field}", exc.reason) from None
    return _build(CurrencyChanges, items=changes)


def _yes_no(name: str, value: object) -> DuplicateAllow:
    return DuplicateAllow("Y" if _flag(name, value) else "N")


def _check_range(start: int, end: int) -> None:
    if end < start:
        raise ValidationError("range_end", "must not be lower than range_start")
