"""Every public method, fed hostile values: only SDK errors come out, and bad input never leaves.

Trailing newlines on patterned fields, lone surrogates, control characters and integers
beyond 64 bits, per argument of every public call of the four clients, against the
bundled fakes. A value a rule refuses must be a ``ValidationError`` before any I/O.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import pytest

from gameplatform.errors import ConfigurationError, GamePlatformError, ValidationError
from gameplatform.fargames import FarGamesClient
from gameplatform.playdapp import PlaydappClient
from gameplatform.playnanoo import DeviceInfo, PlayNanooClient
from gameplatform.playnanoo._models import InboxSendItem, InboxSendMessage, StorageMultiSaveItem
from gameplatform.stove import StoveClient
from gameplatform.testing import FakeServer
from gameplatform.testing.fargames import FarGamesFake
from gameplatform.testing.playdapp import PlaydappFake
from gameplatform.testing.playnanoo import PlayNanooFake
from gameplatform.testing.stove import StoveFake

SURROGATE = "\ud800"
HUGE_INTEGERS = (2**63, -(2**63) - 1, 2**64 + 7)
CONTROL = ("a\x00b", "a\r\nX-Injected: 1", "\x1b[31m", "tab\there")


@dataclass
class Method:
    name: str
    call: Callable[..., Any]
    valid: dict[str, Any]
    patterned: frozenset[str] = field(default_factory=frozenset)
    """Arguments with a pattern: a trailing newline must be refused."""


@dataclass
class Surface:
    fake: FakeServer
    methods: list[Method]


WALLET = "0x" + "ab" * 20
LINK = {
    "game_id": 1,
    "player_id": "p1",
    "player_username": "john",
    "language": "en",
    "currency": "USD",
    "home_url": "https://casino.example.com",
    "ip": "203.0.113.7",
}
ATTRIBUTES = [{"trait_type": "Base", "value": "Star"}]


@contextlib.contextmanager
def fargames() -> Iterator[Surface]:
    with FarGamesFake(agent_id=1, api_token="far-token") as fake:
        client = FarGamesClient(**fake.client_settings(), max_retries=0)
        patterned = frozenset({"language", "currency"})
        yield Surface(
            fake,
            [
                Method("get_game_link", client.get_game_link, {**LINK, "agent_session_id": "s"}, patterned),
                Method("get_game_link_demo", client.get_game_link_demo, dict(LINK), patterned),
            ],
        )


@contextlib.contextmanager
def playdapp() -> Iterator[Surface]:
    with PlaydappFake() as fake:
        client = PlaydappClient(**fake.client_settings(), max_retries=0)
        item = {"user_id": "u1", "service_contract_id": 1, "item_code": "c", "item_id": "i"}
        wallet = frozenset({"wallet_address"})
        yield Surface(
            fake,
            [
                Method("map_item", client.map_item, {**item, "item_attributes": ATTRIBUTES}),
                Method("list_items", client.list_items, {"status": "burned", "offset": 0, "limit": 10}),
                Method("unmap_item", client.unmap_item, dict(item)),
                Method(
                    "create_nft",
                    client.create_nft,
                    {
                        "wallet_address": WALLET,
                        "service_contract_id": 1,
                        "attributes": ATTRIBUTES,
                        "name": "n",
                        "image": "https://img.example.com/a.png",
                        "description": "d",
                    },
                    wallet,
                ),
                Method(
                    "list_nfts", client.list_nfts, {"wallet_address": WALLET, "offset": 0, "limit": 5}, wallet
                ),
                Method("get_nft", client.get_nft, {"nft_id": 1}),
                Method("get_staking", client.get_staking, {"user_ids": ["u1", "u2"]}),
                Method("reward", client.reward, {"user_id": "u1", "amount": 1.5}),
                Method("get_browser_token", client.get_browser_token, {"partner_user_id": "u1"}),
            ],
        )


@contextlib.contextmanager
def stove() -> Iterator[Surface]:
    with StoveFake() as fake:
        client = StoveClient(**fake.client_settings(), max_retries=0)
        token = fake.issue_player_token("GAME_A", 7)
        client.server_token()
        game = frozenset({"game_id"})
        yield Surface(
            fake,
            [
                Method(
                    "verify_user_token",
                    client.verify_user_token,
                    {"game_id": "GAME_A", "access_token": token},
                    game,
                ),
                Method(
                    "lookup_member",
                    client.lookup_member,
                    {"game_id": "GAME_A", "search_type": "member_no", "value": 7},
                    game | {"value"},
                ),
                Method(
                    "check_ownership",
                    client.check_ownership,
                    {"game_id": "GAME_A", "member_no": 7, "game_ids": ["GAME_A", "GAME_B"]},
                    game,
                ),
            ],
        )


@contextlib.contextmanager
def playnanoo() -> Iterator[Surface]:
    with PlayNanooFake() as fake:
        client = PlayNanooClient(**fake.client_settings(), max_retries=0)
        device = DeviceInfo(device_id="d1", platform="aos", device_timeoffset="32400")
        player = client.player("p1", device=device)
        player.guest_sign_in(linked_id="d1")
        table = {"table_code": "t1"}
        yield Surface(
            fake,
            [
                Method("guest_sign_in", player.guest_sign_in, {"linked_id": "d1"}),
                Method("email_sign_up", player.email_sign_up, {"email": "a@b.co", "password": "pw-123456"}),
                Method("email_sign_in", player.email_sign_in, {"email": "a@b.co", "password": "pw-123456"}),
                Method(
                    "social_sign_in", player.social_sign_in, {"account_type": "GOOGLE", "account_token": "x"}
                ),
                Method("account_link", player.account_link, {"request_uuid": "r-1"}),
                Method("storage_save", player.storage_save, {"storage_key": "k", "storage_value": "v"}),
                Method("storage_load", player.storage_load, {"storage_key": "k"}),
                Method(
                    "storage_multi_save",
                    player.storage_multi_save,
                    {"items": [StorageMultiSaveItem(storage_key="k2", storage_value="v2", is_private=True)]},
                ),
                Method("storage_multi_load", player.storage_multi_load, {"storage_keys": ["k", "k2"]}),
                Method("storage_public_load", player.storage_public_load, {"storage_key": "k"}),
                Method(
                    "storage_player_load",
                    player.storage_player_load,
                    {"player_uuid": "u", "storage_key": "k"},
                ),
                Method("inbox_items", player.inbox_items, dict(table)),
                Method("inbox_count", player.inbox_count, dict(table)),
                Method("inbox_show", player.inbox_show, {"item_key": "ik"}),
                Method(
                    "inbox_send",
                    player.inbox_send,
                    {
                        **table,
                        "items": [InboxSendItem(item_code="gold", item_count=1)],
                        "messages": [InboxSendMessage(language="default", title="t", content="c")],
                        "period": 7,
                    },
                ),
                Method("inbox_consume_item", player.inbox_consume_item, {"item_key": "ik"}),
                Method("inbox_consume_multi", player.inbox_consume_multi, {"item_keys": ["a", "b"]}),
                Method(
                    "leaderboard_record",
                    player.leaderboard_record,
                    {**table, "record_id": "r", "score": 10, "extra_data": "x"},
                ),
                Method("leaderboard_show", player.leaderboard_show, {**table, "record_id": "r"}),
                Method(
                    "leaderboard_range", player.leaderboard_range, {**table, "range_start": 1, "range_end": 3}
                ),
                Method(
                    "leaderboard_show_previous",
                    player.leaderboard_show_previous,
                    {**table, "record_id": "r", "rotation_count": 1},
                ),
                Method(
                    "leaderboard_range_previous",
                    player.leaderboard_range_previous,
                    {**table, "rotation_count": 1, "range_start": 1, "range_end": 3},
                ),
                Method("coupon_use", player.coupon_use, {"code": "C1"}),
                Method("currency_put", player.currency_put, {"items": {"gold": 5}}),
                Method("currency_charge", player.currency_charge, {"items": {"gem": 5}}),
                Method(
                    "iap_validate_android", player.iap_validate_android, {"receipt": "r", "signature": "s"}
                ),
                Method(
                    "iap_validate_ios",
                    player.iap_validate_ios,
                    {"receipt": "r", "product_id": "p", "currency": "KRW", "price": "1200"},
                    frozenset({"currency", "price"}),
                ),
                Method("nickname_put", player.nickname_put, {"nickname": "Neo"}),
                Method("nickname_exists", player.nickname_exists, {"nickname": "Neo"}),
                Method("withdrawal_request", player.withdrawal_request, {"period": 7, "memo": "bye"}),
                Method("withdrawal_restore", player.withdrawal_restore, {"withdrawal_key": "wk-1"}),
                Method("withdrawal_search", player.withdrawal_search, {"withdrawal_key": "wk-1"}),
                Method("block_reason", player.block_reason, {"block_key": "bk-1"}),
                Method("remote_config_load", player.remote_config_load, dict(table)),
                Method("leaderboard_table_show", player.leaderboard_table_show, dict(table)),
                Method(
                    "leaderboard_table_create",
                    player.leaderboard_table_create,
                    {
                        "name": "Weekly",
                        "rotation": "rotation",
                        "rotation_timeoffset": 0,
                        "rotation_date": "2024-03-04",
                        "rotation_time": "00:00:00",
                        "rotation_period": 7,
                        "record_type": "sum",
                        "record_sort_type": "desc",
                        "record_priority": True,
                    },
                    frozenset({"rotation_date", "rotation_time"}),
                ),
                Method("currency_get", player.currency_get, {"currency_code": "gold"}),
                Method(
                    "currency_subtract",
                    player.currency_subtract,
                    {"currency_code": "gold", "currency_amount": 1},
                ),
                Method("friend_search", player.friend_search, dict(table)),
                Method("friend_search_pending", player.friend_search_pending, dict(table)),
                Method("friend_info", player.friend_info, dict(table)),
                Method("friend_request", player.friend_request, {**table, "open_id": "open-1"}),
                Method("friend_accept", player.friend_accept, {**table, "relationship_code": "rel-1"}),
                Method("friend_delete", player.friend_delete, {**table, "relationship_code": "rel-1"}),
                Method("game_log_save", player.game_log_save, {**table, "items": [{"event": "clear"}]}),
                Method(
                    "cloud_code_run",
                    player.cloud_code_run,
                    {**table, "function_name": "echo", "function_arguments": '{"a": 1}'},
                    frozenset({"function_arguments"}),
                ),
            ],
        )


SURFACES = {"fargames": fargames, "playdapp": playdapp, "stove": stove, "playnanoo": playnanoo}


def _mutations(method: Method) -> Iterator[tuple[str, dict[str, Any], bool]]:
    """(label, arguments, must be refused before I/O)."""
    for name, value in method.valid.items():
        if isinstance(value, str):
            yield f"{name}+surrogate", {**method.valid, name: value + SURROGATE}, True
            yield f"{name}+newline", {**method.valid, name: value + "\n"}, name in method.patterned
            for index, text in enumerate(CONTROL):
                yield f"{name}+control{index}", {**method.valid, name: text}, False
        elif isinstance(value, int) and not isinstance(value, bool):
            for huge in HUGE_INTEGERS:
                yield f"{name}={huge}", {**method.valid, name: huge}, True
        elif isinstance(value, list) and value and isinstance(value[0], str):
            yield f"{name}[0]+surrogate", {**method.valid, name: [value[0] + SURROGATE, *value[1:]]}, True
            yield f"{name}[0]+newline", {**method.valid, name: [value[0] + "\n", *value[1:]]}, False
        elif isinstance(value, list) and value and isinstance(value[0], dict):
            first = {
                key: (text + SURROGATE if isinstance(text, str) else text) for key, text in value[0].items()
            }
            yield f"{name}[0]+surrogate", {**method.valid, name: [first, *value[1:]]}, True
        elif isinstance(value, dict) and value:
            key = next(iter(value))
            yield f"{name}.key+surrogate", {**method.valid, name: {key + SURROGATE: value[key]}}, True
            yield f"{name}.value=huge", {**method.valid, name: {key: 2**64}}, True


def _cases() -> Iterator[Any]:
    for platform, surface in SURFACES.items():
        with surface() as built:
            for method in built.methods:
                for label, _, _ in _mutations(method):
                    yield pytest.param(platform, method.name, label, id=f"{platform}-{method.name}-{label}")


CASES = list(_cases())


@pytest.mark.parametrize(("platform", "method_name", "label"), CASES)
def test_hostile_values_raise_sdk_errors_only(platform: str, method_name: str, label: str) -> None:
    with SURFACES[platform]() as surface:
        method = next(m for m in surface.methods if m.name == method_name)
        arguments, must_refuse = next((a, r) for lab, a, r in _mutations(method) if lab == label)
        before = len(surface.fake.requests)
        try:
            method.call(**arguments)
        except ValidationError as error:
            assert error.field  # names the field
            assert len(surface.fake.requests) == before, "refused, but after sending"
            return
        except GamePlatformError:
            assert not must_refuse, "must be a ValidationError before any I/O"
            return
        assert not must_refuse, "must be a ValidationError before any I/O"


@pytest.mark.parametrize(("platform", "method_name"), sorted({(c.values[0], c.values[1]) for c in CASES}))
def test_every_baseline_call_passes_validation(platform: str, method_name: str) -> None:
    """The baselines above are valid input, so each mutation is what a refusal is about."""
    with SURFACES[platform]() as surface:
        method = next(m for m in surface.methods if m.name == method_name)
        with contextlib.suppress(GamePlatformError):
            try:
                method.call(**method.valid)
            except ValidationError as error:  # pragma: no cover - a broken baseline
                pytest.fail(f"baseline of {method_name} is invalid: {error}")


DEVICE_FIELDS = [
    "uuid",
    "nickname",
    "device_id",
    "version",
    "device_model",
    "device_os",
    "device_language",
    "device_country",
    "device_timeoffset",
]


@pytest.mark.parametrize("name", DEVICE_FIELDS)
@pytest.mark.parametrize("suffix", [SURROGATE, "\n"])
def test_device_fields_are_checked_when_built(name: str, suffix: str) -> None:
    base = "32400" if name == "device_timeoffset" else "x"
    if suffix == "\n" and name != "device_timeoffset":
        DeviceInfo(**{name: base + suffix})  # free text: a newline is data
        return
    with pytest.raises(ValidationError) as caught:
        DeviceInfo(**{name: base + suffix})
    assert caught.value.field == name


HEADER_SETTINGS: list[tuple[Callable[..., Any], dict[str, Any], str]] = [
    (PlaydappClient, {"base_url": "https://a.example", "api_key": "k", "api_secret": "s"}, "api_key"),
    (
        PlaydappClient,
        {
            "base_url": "https://a.example",
            "api_key": "k",
            "api_secret": "s",
            "shop_in_shop_base_url": "https://b.example",
            "sis_api_key": "k2",
        },
        "sis_api_key",
    ),
    (PlayNanooClient, {"game_id": "g", "service_key": "k"}, "service_key"),
    (PlayNanooClient, {"game_id": "g", "service_key": "k"}, "game_id"),
]


@pytest.mark.parametrize("bad", ["k\r\nX-Evil: 1", "k\n", "k\x00", " k", "", "k\u00e9"])
@pytest.mark.parametrize(("client_class", "settings", "setting"), HEADER_SETTINGS)
def test_header_bound_settings_are_refused_when_built(
    client_class: Callable[..., Any], settings: dict[str, Any], setting: str, bad: str
) -> None:
    with pytest.raises(ConfigurationError) as caught:
        client_class(**{**settings, setting: bad})
    message = str(caught.value)
    assert setting in message
    assert not any(character in message for character in "\r\n\x00\u00e9")


@pytest.mark.parametrize("bad", ["t\r\n", "t\x00", "t\n", "\ud800"])
def test_tokens_given_to_set_tokens_are_refused(bad: str) -> None:
    client = PlayNanooClient(game_id="g", service_key="k")
    with pytest.raises(ValidationError) as caught:
        client.set_tokens("p", access_token=bad)
    assert caught.value.field == "access_token"


@pytest.mark.parametrize("secret", ["\ud800", ""])
def test_signing_secrets_must_be_unicode(secret: str) -> None:
    with pytest.raises(ConfigurationError):
        FarGamesClient(base_url="https://a.example", agent_id=1, api_token=secret)
    with pytest.raises(ConfigurationError):
        PlaydappClient(base_url="https://a.example", api_key="k", api_secret=secret)
