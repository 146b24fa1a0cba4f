"""Every endpoint through the real client against the fake over loopback, with typed results."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest
from playnanoo_support import DEVICE

from gameplatform.errors import (
    APIError,
    AuthenticationError,
    NotFoundError,
    PermissionDeniedError,
    ValidationError,
)
from gameplatform.playnanoo import (
    AccountBlocked,
    AccountNotFound,
    AccountWithdrawalPending,
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
    PlayNanooClient,
    PlayNanooPlayer,
    PurchaseValidation,
    ServerTime,
    SignInResponse,
    StatusResponse,
    StorageMultiSaveItem,
    StorageRecord,
    StorageRecords,
    TokenStatusResponse,
)
from gameplatform.playnanoo import _operations as endpoints
from gameplatform.testing.playnanoo import PlayNanooFake


def test_every_call_carries_the_headers_and_the_device_fields(
    fake: PlayNanooFake, player: PlayNanooPlayer
) -> None:
    player.inbox_count(table_code="t")
    for request in fake.requests:
        assert request.header("X-Playnanoo-Key") == fake.service_key
        assert request.header("X-Playnanoo-Id") == fake.game_id
        assert request.header("Content-Type") == "application/json"
        body = request.json()
        for field in (
            "device_id",
            "platform",
            "device_model",
            "device_os",
            "device_language",
            "device_country",
            "device_timeoffset",
            "version",
        ):
            assert body[field] == getattr(DEVICE, field), field
    sign_in, count = fake.requests
    assert sign_in.header("Authorization") is None
    assert (count.header("Authorization") or "").startswith("Bearer pn-at-")


def test_accounts(fake: PlayNanooFake, client: PlayNanooClient) -> None:
    guest = client.player("g", device=DEVICE)
    signed = guest.guest_sign_in(linked_id="dev-g")
    assert isinstance(signed, SignInResponse) and signed.player is not None
    assert signed.player.linked_type == "GUEST"
    assert guest.guest_sign_in(linked_id="dev-g").player.user_unique_id == signed.player.user_unique_id  # type: ignore[union-attr]

    mail = client.player("m", device=DEVICE)
    created = mail.email_sign_up(email="ana@example.com", password="pw-1")
    again = mail.email_sign_in(email="ana@example.com", password="pw-1")
    assert created.player and again.player and created.player.user_unique_id == again.player.user_unique_id
    with pytest.raises(AuthenticationError):
        mail.email_sign_in(email="ana@example.com", password="wrong")
    assert fake.refresh_calls == 0  # a failed sign-in is not a token problem

    social = client.player("s", device=DEVICE)
    first = social.social_sign_in(account_type="GOOGLE", account_token="google-id-token")
    assert first.player is not None and first.player.linked_type == "GOOGLE"
    sent = fake.requests_to("/api/v20240101/social/signin")[-1].json()
    assert len(sent["request_uuid"]) == 36  # generated when not given

    info = social.token_info()
    assert isinstance(info, SignInResponse)
    assert info.player is not None and info.player.user_unique_id == first.player.user_unique_id
    status = social.token_status()
    assert isinstance(status, TokenStatusResponse) and status.status == "valid"
    linked = social.account_link(request_uuid="external-77")
    assert isinstance(linked, StatusResponse) and linked.status == "success"
    assert "external-77" in fake.player_by_uuid(first.player.user_unique_id or "").links
    out = social.sign_out()
    assert isinstance(out, StatusResponse)
    assert client.get_tokens("s") is None


def test_storage(fake: PlayNanooFake, client: PlayNanooClient, player: PlayNanooPlayer) -> None:
    assert isinstance(
        player.storage_save(storage_key="progress", storage_value='{"level":3}'), StatusResponse
    )
    record = player.storage_load(storage_key="progress")
    assert isinstance(record, StorageRecord)
    assert (record.storage_key, record.storage_value) == ("progress", '{"level":3}')
    assert fake.requests[-2].json()["isPrivate"] == "on"

    saved = player.storage_multi_save(
        items=[
            StorageMultiSaveItem(storage_key="a", storage_value="1", is_private=False),
            StorageMultiSaveItem(storage_key="b", storage_value="2", is_private=True),
        ]
    )
    assert isinstance(saved, StatusResponse)
    sent = json.loads(fake.requests[-1].json()["storage_items"])
    assert sent == {
        "Items": [
            {"StorageKey": "a", "StorageValue": "1", "IsPrivate": False},
            {"StorageKey": "b", "StorageValue": "2", "IsPrivate": True},
        ]
    }
    loaded = player.storage_multi_load(storage_keys=["a", "b", "missing"])
    assert isinstance(loaded, StorageRecords)
    assert [(r.storage_key, r.storage_value) for r in loaded.items or []] == [("a", "1"), ("b", "2")]

    fake.set_public_storage("notice", "hello")
    public = player.storage_public_load(storage_key="notice")
    assert (public.storage_value, public.player_id) == ("hello", None)

    other = client.player("other", device=DEVICE)
    other.guest_sign_in(linked_id="dev-other")
    owner = player.tokens.extra["user_unique_id"]  # type: ignore[union-attr]
    assert other.storage_player_load(player_uuid=owner, storage_key="a").storage_value == "1"
    with pytest.raises(PermissionDeniedError):
        other.storage_player_load(player_uuid=owner, storage_key="b")
    with pytest.raises(NotFoundError):
        player.storage_load(storage_key="never-saved")


def test_inbox(fake: PlayNanooFake, player: PlayNanooPlayer) -> None:
    sent = player.inbox_send(
        table_code="rewards",
        items=[InboxSendItem(item_code="gold", item_count=100), InboxSendItem(item_code="gem", item_count=2)],
        messages=[InboxSendMessage(language="default", title="Welcome", content="Enjoy")],
        period=7,
    )
    assert isinstance(sent, InboxSendResponse) and sent.status == "success"
    body = fake.requests[-1].json()
    assert body["period"] == 7 and isinstance(body["items"], str)
    player.inbox_send(table_code="rewards", items=[InboxSendItem(item_code="key", item_count=1)], period=1)
    player.inbox_send(table_code="rewards", items=[InboxSendItem(item_code="ticket", item_count=3)], period=1)

    count = player.inbox_count(table_code="rewards")
    assert isinstance(count, InboxCountResponse) and count.count == 3
    listed = player.inbox_items(table_code="rewards")
    assert isinstance(listed, InboxItemsResponse)
    entries = listed.items or []
    assert entries[0].expire_sec == 7 * 86400
    assert [m.title for m in entries[0].messages or []] == ["Welcome"]

    shown = player.inbox_show(item_key=entries[0].item_key or "")
    assert isinstance(shown, InboxShowResponse)
    assert [(i.item_code, i.item_count) for i in shown.items or []] == [("gold", 100), ("gem", 2)]
    claimed = player.inbox_consume_item(item_key=entries[0].item_key or "")
    assert isinstance(claimed, InboxConsumeResponse) and len(claimed.items or []) == 2
    both = player.inbox_consume_multi(item_keys=[entries[1].item_key or "", entries[2].item_key or ""])
    assert [i.item_code for i in both.items or []] == ["key", "ticket"]
    assert fake.requests[-1].json()["item_keys"] == f"{entries[1].item_key},{entries[2].item_key}"
    assert player.inbox_count(table_code="rewards").count == 0
    with pytest.raises(NotFoundError):
        player.inbox_consume_item(item_key=entries[0].item_key or "")

    fake.advance(2 * 86400)


def test_leaderboard(fake: PlayNanooFake, client: PlayNanooClient, player: PlayNanooPlayer) -> None:
    assert isinstance(
        player.leaderboard_record(
            table_code="weekly", record_id="ana", score=120, extra_data='{"hero":"mage"}'
        ),
        StatusResponse,
    )
    assert fake.requests[-1].json()["uid"] == "weekly"
    player.leaderboard_record(table_code="weekly", record_id="bob", score=300.5)
    player.leaderboard_record(table_code="weekly", record_id="cid", score=50)

    ana = player.leaderboard_show(table_code="weekly", record_id="ana")
    assert isinstance(ana, LeaderboardEntry)
    assert (ana.rank, ana.score, ana.extra_data, ana.rotation_count) == (2, 120, '{"hero":"mage"}', 1)
    top = player.leaderboard_range(table_code="weekly", range_start=1, range_end=2)
    assert isinstance(top, LeaderboardRange)
    assert [(e.rank, e.record_id) for e in top.items or []] == [(1, "bob"), (2, "ana")]

    season = fake.rotate_leaderboard("weekly")
    previous = player.leaderboard_show_previous(table_code="weekly", record_id="cid", rotation_count=season)
    assert (previous.rank, previous.rotation_count) == (3, 1)
    old_top = player.leaderboard_range_previous(
        table_code="weekly", rotation_count=season, range_start=3, range_end=10
    )
    assert [e.record_id for e in old_top.items or []] == ["cid"]
    with pytest.raises(NotFoundError):
        player.leaderboard_show(table_code="weekly", record_id="ana")  # new season, empty


def test_coupon_currency_purchases_and_time(fake: PlayNanooFake, player: PlayNanooPlayer) -> None:
    fake.add_coupon("SPRING", {"gem": 10, "gold": 500})
    rewards = player.coupon_use(code="SPRING")
    assert isinstance(rewards, CouponUseResponse)
    assert {(r.item_code, r.item_count) for r in rewards.items or []} == {("gem", 10), ("gold", 500)}
    with pytest.raises(APIError) as used:
        player.coupon_use(code="SPRING")
    assert used.value.code == "CouponAlreadyUsed" and used.value.http_status == 400
    with pytest.raises(NotFoundError):
        player.coupon_use(code="NOPE")

    granted = player.currency_put(items={"gold": 100})
    assert isinstance(granted, CurrencyBalances)
    assert json.loads(fake.requests[-1].json()["items"]) == {
        "items": [{"currency_code": "gold", "currency_amount": 100}]
    }
    charged = player.currency_charge(items={"gold": 50, "gem": 1.5})
    assert {(b.currency_code, b.currency_amount) for b in charged.items or []} == {
        ("gold", 150.0),
        ("gem", 1.5),
    }

    android = player.iap_validate_android(receipt=json.dumps({"productId": "gem_pack"}), signature="sig")
    assert isinstance(android, PurchaseValidation)
    assert (android.product_id, android.purchase_state) == ("gem_pack", "purchase")
    assert fake.requests[-1].json()["duplicate_allow"] == "N"
    with pytest.raises(APIError) as duplicate:
        player.iap_validate_android(receipt=json.dumps({"productId": "gem_pack"}))
    assert duplicate.value.code == "DuplicateReceipt"
    again = player.iap_validate_android(receipt=json.dumps({"productId": "gem_pack"}), duplicate_allow=True)
    assert again.order_id == android.order_id
    ios = player.iap_validate_ios(receipt="MIIT...", product_id="gem_pack", currency="KRW", price="1200")
    assert (ios.product_id, ios.currency, ios.price) == ("gem_pack", "KRW", "1200")

    fake.advance(3600)
    now = player.server_time()
    assert isinstance(now, ServerTime)
    assert now.timestamp == int(fake.now())
    assert fake.requests[-1].path == "/server_time/call" and fake.requests[-1].method == "POST"
    assert fake.requests[-1].json()["udid"] == DEVICE.device_id


def test_every_operation_of_the_spec_is_reached_by_the_tests_above() -> None:
    """The e2e tests name every operation; a new spec operation must get a method and a test."""
    methods = {
        name
        for name in dir(PlayNanooPlayer)
        if not name.startswith("_") and callable(getattr(PlayNanooPlayer, name))
    }
    expected = {op.operation_id for op in endpoints.OPERATIONS} - {"token_refresh"}
    aliases = {"token_sign_out": "sign_out"}
    assert {aliases.get(op, op) for op in expected} <= methods


@pytest.mark.parametrize(
    ("operation", "idempotent"),
    [
        ("guest_sign_in", False),
        ("email_sign_in", False),
        ("social_sign_in", False),
        ("token_refresh", False),
        ("inbox_send", False),
        ("inbox_consume_item", False),
        ("inbox_consume_multi", False),
        ("leaderboard_record", False),
        ("coupon_use", False),
        ("currency_put", False),
        ("currency_charge", False),
        ("iap_validate_android", False),
        ("iap_validate_ios", False),
        ("storage_save", False),
        ("storage_multi_save", False),
        ("storage_load", True),
        ("storage_multi_load", True),
        ("storage_public_load", True),
        ("leaderboard_show", True),
        ("leaderboard_range", True),
        ("inbox_count", True),
        ("inbox_items", True),
        ("inbox_show", True),
        ("token_info", True),
        ("token_status", True),
        ("server_time", True),
    ],
)
def test_retry_safety_of_each_operation(operation: str, idempotent: bool) -> None:
    endpoint = next(e for e in endpoints.OPERATIONS if e.operation_id == operation)
    assert endpoint.idempotent is idempotent


# -- documented error codes -----------------------------------------------------------------


def test_email_sign_in_for_an_unknown_account_is_account_not_found(client: PlayNanooClient) -> None:
    with pytest.raises(AccountNotFound) as caught:
        client.player("x", device=DEVICE).email_sign_in(email="nobody@example.com", password="pw")
    error = caught.value
    assert isinstance(error, NotFoundError)
    assert (error.code, error.platform, error.message) == (30000, "playnanoo", "NotFoundAccountException")
    assert client.get_tokens("x") is None


def test_withdrawal_pending_carries_the_withdrawal_key(fake: PlayNanooFake, player: PlayNanooPlayer) -> None:
    uuid = player.tokens.extra["user_unique_id"]  # type: ignore[union-attr]
    key = fake.mark_withdrawal(uuid)
    with pytest.raises(AccountWithdrawalPending) as caught:
        player.inbox_count(table_code="t")
    assert caught.value.withdrawal_key == key
    assert caught.value.code == 30007 and caught.value.http_status == 403
    assert isinstance(caught.value, PermissionDeniedError)
    with pytest.raises(AccountWithdrawalPending):
        player.guest_sign_in(linked_id="device-1")


def test_blocked_player_carries_the_block_key(fake: PlayNanooFake, player: PlayNanooPlayer) -> None:
    uuid = player.tokens.extra["user_unique_id"]  # type: ignore[union-attr]
    key = fake.block_player(uuid)
    with pytest.raises(AccountBlocked) as caught:
        player.storage_load(storage_key="k")
    assert isinstance(caught.value, PermissionDeniedError)
    assert (caught.value.block_key, caught.value.code) == (key, 70002)
    fake.expire_access_tokens()  # a blocked player's refresh is refused with the same error
    with pytest.raises(AccountBlocked):
        player.storage_load(storage_key="k")
    assert player.tokens is not None  # not a token problem: the pair is kept


def test_wrong_service_key_is_refused(fake: PlayNanooFake) -> None:
    with (
        PlayNanooClient(game_id=fake.game_id, service_key="wrong", base_url=fake.url) as client,
        pytest.raises(PermissionDeniedError),
    ):
        client.player("k", device=DEVICE).guest_sign_in(linked_id="d")


# -- bad input never reaches the network ------------------------------------------------------

BAD_CALLS: list[tuple[str, Callable[[PlayNanooPlayer], Any], str]] = [
    ("empty storage key", lambda p: p.storage_save(storage_key="", storage_value="v"), "storage_key"),
    (
        "private not a bool",
        lambda p: p.storage_save(storage_key="k", storage_value="v", is_private="yes"),  # type: ignore[arg-type]
        "is_private",
    ),
    ("no multi-save items", lambda p: p.storage_multi_save(items=[]), "items"),
    ("keys as one string", lambda p: p.storage_multi_load(storage_keys="abc"), "storage_keys"),
    ("bad email", lambda p: p.email_sign_in(email="not-an-email", password="pw"), "email"),
    ("empty password", lambda p: p.email_sign_up(email="a@example.com", password=""), "password"),
    (
        "empty social token",
        lambda p: p.social_sign_in(account_type="GOOGLE", account_token=""),
        "account_token",
    ),
    (
        "zero period",
        lambda p: p.inbox_send(table_code="t", items=[InboxSendItem(item_code="g", item_count=1)], period=0),
        "period",
    ),
    (
        "no default message",
        lambda p: p.inbox_send(
            table_code="t",
            items=[InboxSendItem(item_code="g", item_count=1)],
            messages=[InboxSendMessage(language="KO", title="t", content="c")],
            period=1,
        ),
        "messages",
    ),
    ("comma in item key", lambda p: p.inbox_consume_multi(item_keys=["a,b"]), "item_keys[0]"),
    ("rank 0", lambda p: p.leaderboard_range(table_code="t", range_start=0, range_end=3), "range_start"),
    (
        "reversed range",
        lambda p: p.leaderboard_range(table_code="t", range_start=5, range_end=3),
        "range_end",
    ),
    ("empty table", lambda p: p.leaderboard_show(table_code="", record_id="r"), "table_code"),
    ("nan score", lambda p: p.leaderboard_record(table_code="t", record_id="r", score=float("nan")), "score"),
    ("negative currency", lambda p: p.currency_put(items={"gold": -1}), "items[0].currency_amount"),
    ("no currency", lambda p: p.currency_charge(items={}), "items"),
    (
        "bad iOS currency",
        lambda p: p.iap_validate_ios(receipt="r", product_id="p", currency="won", price="1"),
        "currency",
    ),
    (
        "bad iOS price",
        lambda p: p.iap_validate_ios(receipt="r", product_id="p", currency="KRW", price="1,000"),
        "price",
    ),
    ("empty receipt", lambda p: p.iap_validate_android(receipt=""), "receipt"),
    ("empty coupon", lambda p: p.coupon_use(code=""), "code"),
    (
        "bool season",
        lambda p: p.leaderboard_show_previous(table_code="t", record_id="r", rotation_count=True),
        "rotation_count",
    ),
]


@pytest.mark.parametrize(("case", "call", "field"), BAD_CALLS, ids=[case for case, _, _ in BAD_CALLS])
def test_bad_input_never_reaches_the_network(
    fake: PlayNanooFake,
    player: PlayNanooPlayer,
    case: str,
    call: Callable[[PlayNanooPlayer], Any],
    field: str,
) -> None:
    before = len(fake.requests)
    with pytest.raises(ValidationError) as caught:
        call(player)
    assert caught.value.field == field
    assert len(fake.requests) == before


def test_device_info_is_validated_when_built() -> None:
    from gameplatform.playnanoo import DeviceInfo, DevicePlatform

    assert DeviceInfo(device_id="d", platform="aos").platform == DevicePlatform.AOS  # type: ignore[arg-type]
    with pytest.raises(ValidationError) as caught:
        DeviceInfo(device_id="d", platform="windows")  # type: ignore[arg-type]
    assert caught.value.field == "platform"
    with pytest.raises(ValidationError):
        DeviceInfo(device_id="d", platform=DevicePlatform.AOS, device_timeoffset="9 hours")


def test_a_handle_needs_a_device_id_and_a_platform(client: PlayNanooClient) -> None:
    from gameplatform.playnanoo import DeviceInfo, DevicePlatform

    with pytest.raises(ValidationError) as caught:
        client.player("k", device=DeviceInfo(platform=DevicePlatform.IOS))
    assert caught.value.field == "device.device_id"
    with pytest.raises(ValidationError):
        client.player("k", device={"device_id": "d"})  # type: ignore[arg-type]
    with pytest.raises(ValidationError):
        client.player("", device=DEVICE)
