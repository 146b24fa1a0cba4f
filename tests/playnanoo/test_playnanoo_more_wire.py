"""The newer PlayNANOO operations on the wire: hosts, paths, bodies, tokens, answers, error classes.

Canned answers through ``responses`` (no fake server), so each request is exactly what the
vendor's pages describe, and each answer is parsed the way the spec says.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from typing import Any

import pytest
import responses
from playnanoo_support import DEVICE

from gameplatform.errors import APIError, PermissionDeniedError, ValidationError
from gameplatform.playnanoo import (
    AccountBlocked,
    AccountWithdrawalPending,
    BlockReasons,
    CloudCodeRun,
    CurrencyAmount,
    CurrencyBalances,
    FriendInfo,
    FriendList,
    LeaderboardRecordType,
    LeaderboardRotation,
    LeaderboardSortType,
    LeaderboardTable,
    LeaderboardTableCreated,
    NicknameExistence,
    NicknameExistsResponse,
    NicknameResponse,
    PlayNanooClient,
    PlayNanooPlayer,
    RemoteConfig,
    StatusResponse,
    ValueExists,
    WithdrawalInfo,
    YesNo,
)
from gameplatform.playnanoo import _operations as operations

ACCOUNT = "https://account.pn.test"
API = "https://api.pn.test"
STORAGE = "https://storage.pn.test"
DEVICE_FIELDS = {
    "device_id": "device-1",
    "platform": "aos",
    "device_model": "Pixel 8",
    "device_os": "14",
    "device_language": "EN",
    "device_country": "KR",
    "device_timeoffset": "32400",
    "version": "1.2.3",
}

ROTATION = {
    "rotation_timeoffset": 0,
    "rotation_date": "2024-03-01",
    "rotation_time": "00:00:00",
    "rotation_period": 7,
}
"""Valid rotation fields (a rotating table needs all four): each case spoils one."""


@pytest.fixture
def mocked() -> Iterator[responses.RequestsMock]:
    with responses.RequestsMock(assert_all_requests_are_fired=False) as mock:
        yield mock


@pytest.fixture
def client() -> Iterator[PlayNanooClient]:
    with PlayNanooClient(
        game_id="g",
        service_key="service-key-123",
        account_base_url=ACCOUNT,
        api_base_url=API,
        storage_base_url=STORAGE,
        time_base_url="https://time.pn.test",
        max_retries=0,
        sleep=lambda seconds: None,
    ) as made:
        made.set_tokens(
            "p", access_token="at-1", refresh_token="rt-1", user_unique_id="uuid-1", nickname="Ana"
        )
        yield made


@pytest.fixture
def player(client: PlayNanooClient) -> PlayNanooPlayer:
    return client.player("p", device=DEVICE)


def sent(mock: responses.RequestsMock, index: int = -1) -> tuple[str, str, dict[str, Any], str | None]:
    """(method, URL, JSON body, Authorization header) of a request the client made."""
    request = mock.calls[index].request
    body = json.loads(request.body or b"{}")
    return str(request.method), str(request.url), body, request.headers.get("Authorization")


SIGNED_IN = {**DEVICE_FIELDS, "uuid": "uuid-1", "nickname": "Ana"}
"""The device fields of a signed-in call (``uuid`` and ``nickname`` from the kept sign-in)."""

WIRE: list[tuple[str, Callable[[PlayNanooPlayer], Any], str, dict[str, Any], dict[str, Any], type[Any]]] = [
    (
        "nickname_put",
        lambda p: p.nickname_put(nickname="Neo"),
        ACCOUNT + "/api/v20240401/nickname/put",
        {"change_nickname": "Neo", "check_exists": "Y"},
        {"Nickname": "Neo"},
        NicknameResponse,
    ),
    (
        "nickname_put without the duplicate check",
        lambda p: p.nickname_put(nickname="Neo", check_exists=False),
        ACCOUNT + "/api/v20240401/nickname/put",
        {"change_nickname": "Neo", "check_exists": "N"},
        {"Nickname": "Neo"},
        NicknameResponse,
    ),
    (
        "nickname_get",
        lambda p: p.nickname_get(),
        ACCOUNT + "/api/v20240401/nickname/get",
        {},
        {"Nickname": "Ana"},
        NicknameResponse,
    ),
    (
        "nickname_exists",
        lambda p: p.nickname_exists(nickname="Neo"),
        ACCOUNT + "/api/v20240101/nickname/exists",
        {"change_nickname": "Neo"},
        {"Status": "NOT_EXISTS"},
        NicknameExistsResponse,
    ),
    (
        "withdrawal_request",
        lambda p: p.withdrawal_request(period=7, memo="moving on"),
        ACCOUNT + "/api/v20240401/token/withdrawal",
        {"period": 7, "account_token": "at-1", "memo": "moving on"},
        {"Status": "success"},
        StatusResponse,
    ),
    (
        "remote_config_load",
        lambda p: p.remote_config_load(table_code="main"),
        API + "/storage/v20211101/load/public",
        {"storage_key": "RemoteConfig_main"},
        {"StorageKey": "RemoteConfig_main", "StorageValue": "{}", "remote_config_variables": []},
        RemoteConfig,
    ),
    (
        "leaderboard_table_show",
        lambda p: p.leaderboard_table_show(table_code="weekly"),
        API + "/leaderboard/v20240301/table/show",
        {"uid": "weekly"},
        {
            "Rotation": "never",
            "RotationCount": 1,
            "RecordType": "sum",
            "RecordSortType": "desc",
            "TotalIds": 3.0,
        },
        LeaderboardTable,
    ),
    (
        "leaderboard_table_create (never rotates)",
        lambda p: p.leaderboard_table_create(
            name="All time",
            rotation="never",
            record_type="highscore",
            record_sort_type="desc",
            record_priority=False,
        ),
        API + "/leaderboard/v20240301/table/create",
        {
            "name": "All time",
            "rotation": "never",
            "record_type": "highscore",
            "record_sort_type": "desc",
            "record_priority": "N",
        },
        {"TableId": "lb-1"},
        LeaderboardTableCreated,
    ),
    (
        "leaderboard_table_create (weekly)",
        lambda p: p.leaderboard_table_create(
            name="Weekly",
            rotation=LeaderboardRotation.ROTATION,
            rotation_timeoffset=32400,
            rotation_date="2024-03-04",
            rotation_time="00:00:00",
            rotation_period=7,
            record_type=LeaderboardRecordType.LOWSCORE,
            record_sort_type=LeaderboardSortType.ASC,
            record_priority=True,
        ),
        API + "/leaderboard/v20240301/table/create",
        {
            "name": "Weekly",
            "rotation": "rotation",
            "rotation_timeoffset": 32400,
            "rotation_date": "2024-03-04",
            "rotation_time": "00:00:00",
            "rotation_period": 7,
            "record_type": "lowscore",
            "record_sort_type": "asc",
            "record_priority": "Y",
        },
        {"TableId": "lb-2"},
        LeaderboardTableCreated,
    ),
    (
        "currency_get",
        lambda p: p.currency_get(currency_code="gold"),
        API + "/currency/v20250301/get",
        {"currency_code": "gold"},
        {"currency_amount": 120.0},
        CurrencyAmount,
    ),
    (
        "currency_subtract",
        lambda p: p.currency_subtract(currency_code="gold", currency_amount=20),
        API + "/currency/v20250301/subtract",
        {"currency_code": "gold", "currency_amount": 20},
        {"currency_amount": 100.0},
        CurrencyAmount,
    ),
    (
        "currency_init",
        lambda p: p.currency_init(),
        API + "/currency/v20240301/init",
        {},
        {"items": [{"currency_code": "gold", "currency_amount": 0}]},
        CurrencyBalances,
    ),
    *[
        (
            name,
            call,
            API + "/friend/v20231201/" + path,
            {"table_code": "friends"},
            {"Items": []},
            FriendList,
        )
        for name, call, path in [
            ("friend_search", lambda p: p.friend_search(table_code="friends"), "search"),
            (
                "friend_search_pending",
                lambda p: p.friend_search_pending(table_code="friends"),
                "searchPending",
            ),
        ]
    ],
    (
        "friend_request",
        lambda p: p.friend_request(table_code="friends", open_id="open-9"),
        API + "/friend/v20231201/request",
        {"table_code": "friends", "open_id": "open-9"},
        {"Status": "success"},
        StatusResponse,
    ),
    (
        "friend_accept",
        lambda p: p.friend_accept(table_code="friends", relationship_code="rel-1"),
        API + "/friend/v20231201/accept",
        {"table_code": "friends", "relationship_code": "rel-1"},
        {"Status": "success"},
        StatusResponse,
    ),
    (
        "friend_delete",
        lambda p: p.friend_delete(table_code="friends", relationship_code="rel-1"),
        API + "/friend/v20231201/delete",
        {"table_code": "friends", "relationship_code": "rel-1"},
        {"Status": "success"},
        StatusResponse,
    ),
    (
        "friend_info",
        lambda p: p.friend_info(table_code="friends"),
        API + "/friend/v20231201/info",
        {"table_code": "friends"},
        {"RelationshipCount": 2, "PendingCount": 1},
        FriendInfo,
    ),
    (
        "game_log_save",
        lambda p: p.game_log_save(
            table_code="play", items=[{"event": "clear", "stage": 3, "won": True, "note": None}]
        ),
        API + "/gamelog/v20220901/save",
        {
            "table_code": "play",
            "log_value": '{"items":[{"event":"clear","stage":3,"won":true,"note":null}]}',
        },
        {"Status": "success"},
        StatusResponse,
    ),
    (
        "cloud_code_run",
        lambda p: p.cloud_code_run(table_code="cc", function_name="grant", function_arguments='{"gold": 5}'),
        API + "/cloudcode/v20210901/run",
        {"table_code": "cc", "function_name": "grant", "function_arguments": '{"gold": 5}'},
        {"Function": {"Name": "grant", "Version": "3"}, "RunTimeMilliSeconds": 12},
        CloudCodeRun,
    ),
]


@pytest.mark.parametrize(
    ("call", "url", "fields", "answer", "result"),
    [pytest.param(*case[1:], id=case[0]) for case in WIRE],
)
def test_a_player_call_carries_its_fields_the_device_and_the_bearer(
    mocked: responses.RequestsMock,
    player: PlayNanooPlayer,
    call: Callable[[PlayNanooPlayer], Any],
    url: str,
    fields: dict[str, Any],
    answer: dict[str, Any],
    result: type[Any],
) -> None:
    mocked.add(responses.PUT, url, json=answer)
    assert isinstance(call(player), result)
    method, sent_url, body, authorization = sent(mocked)
    assert (method, sent_url, authorization) == ("PUT", url, "Bearer at-1")
    assert body == {**SIGNED_IN, **fields}
    request = mocked.calls[-1].request
    assert request.headers["X-Playnanoo-Key"] == "service-key-123"
    assert request.headers["X-Playnanoo-Id"] == "g"


TOKENLESS: list[
    tuple[str, Callable[[PlayNanooPlayer], Any], str, dict[str, Any], dict[str, Any], type[Any]]
] = [
    (
        "withdrawal_restore",
        lambda p: p.withdrawal_restore(withdrawal_key="wk-1"),
        ACCOUNT + "/api/v20240401/withdrawal/restore",
        {"withdrawal_key": "wk-1"},
        {"Status": "success"},
        StatusResponse,
    ),
    (
        "withdrawal_search",
        lambda p: p.withdrawal_search(withdrawal_key="wk-1"),
        ACCOUNT + "/api/v20240101/withdrawal/search",
        {"withdrawal_key": "wk-1"},
        {"Status": "pending", "Memo": "bye", "WithdrawalDate": "2024-05-01 00:00:00"},
        WithdrawalInfo,
    ),
]


@pytest.mark.parametrize(
    ("call", "url", "fields", "answer", "result"),
    [pytest.param(*case[1:], id=case[0]) for case in TOKENLESS],
)
def test_a_call_needing_no_token_sends_none_even_for_a_player_without_tokens(
    mocked: responses.RequestsMock,
    client: PlayNanooClient,
    call: Callable[[PlayNanooPlayer], Any],
    url: str,
    fields: dict[str, Any],
    answer: dict[str, Any],
    result: type[Any],
) -> None:
    mocked.add(responses.PUT, url, json=answer)
    for handle in (client.player("p", device=DEVICE), client.player("never-signed-in", device=DEVICE)):
        assert isinstance(call(handle), result)
        method, sent_url, body, authorization = sent(mocked)
        assert (method, sent_url, authorization) == ("PUT", url, None)
        assert body == {**DEVICE_FIELDS, **fields}  # device fields, but no uuid/nickname of a sign-in


def test_block_reason_sends_the_token_only_when_one_is_kept(
    mocked: responses.RequestsMock, client: PlayNanooClient
) -> None:
    url = API + "/block/v20221201/reason"
    mocked.add(responses.PUT, url, json={"Items": []})
    assert isinstance(client.player("p", device=DEVICE).block_reason(block_key="bk-1"), BlockReasons)
    assert sent(mocked) == ("PUT", url, {**SIGNED_IN, "block_key": "bk-1"}, "Bearer at-1")
    assert isinstance(
        client.player("never-signed-in", device=DEVICE).block_reason(block_key="bk-1"), BlockReasons
    )
    assert sent(mocked) == ("PUT", url, {**DEVICE_FIELDS, "block_key": "bk-1"}, None)
    assert isinstance(
        client.player(device=DEVICE).block_reason(block_key="bk-1"), BlockReasons
    )  # no key at all
    assert sent(mocked)[3] is None


def test_remote_config_and_public_load_share_a_path_on_two_hosts(
    mocked: responses.RequestsMock, player: PlayNanooPlayer
) -> None:
    variables = [
        {
            "remote_config_variable_type": "number",
            "remote_config_variable_key": "max_level",
            "remote_config_variable_description": "cap",
            "remote_config_variable_value": "50",
            "remote_config_variable_createdAt": 1714521600000,
        }
    ]
    mocked.add(
        responses.PUT,
        API + "/storage/v20211101/load/public",
        json={
            "StorageKey": "RemoteConfig_main",
            "StorageValue": '{"max_level":"50"}',
            "remote_config_variables": variables,
        },
    )
    mocked.add(
        responses.PUT,
        STORAGE + "/storage/v20211101/load/public",
        json={"StorageKey": "notice", "StorageValue": "hello"},
    )
    config = player.remote_config_load(table_code="main")
    (variable,) = config.variables
    assert (variable.key, variable.value, variable.variable_type) == ("max_level", "50", "number")
    assert (variable.description, variable.created_at) == ("cap", 1714521600000)
    assert config.storage_value == '{"max_level":"50"}'
    assert player.storage_public_load(storage_key="notice").storage_value == "hello"
    assert [call.request.url for call in mocked.calls] == [
        API + "/storage/v20211101/load/public",
        STORAGE + "/storage/v20211101/load/public",
    ]
    assert operations.REMOTE_CONFIG_LOAD.path == operations.STORAGE_PUBLIC_LOAD.path
    assert (operations.REMOTE_CONFIG_LOAD.host, operations.STORAGE_PUBLIC_LOAD.host) == ("api", "storage")


def test_answers_parse_into_typed_results(mocked: responses.RequestsMock, player: PlayNanooPlayer) -> None:
    mocked.add(responses.PUT, ACCOUNT + "/api/v20240101/nickname/exists", json={"Status": "EXISTS"})
    assert player.nickname_exists(nickname="Neo").status is NicknameExistence.EXISTS
    mocked.add(
        responses.PUT,
        API + "/block/v20221201/reason",
        json={
            "Items": [
                {
                    "UserId": "u-1",
                    "Reason": "cheating",
                    "Permanent": "Y",
                    "ExpireDate": "permanent",
                    "TimeUntilExpire": "-1",
                    "Services": ["inbox", "chat"],
                    "ExpireTime": "-1",
                },
                {"Reason": "spam", "Permanent": "N", "ExpireDate": "2024-05-01", "TimeUntilExpire": 3600},
            ]
        },
    )
    permanent, timed = player.block_reason(block_key="bk-1").items
    assert (permanent.permanent, permanent.time_until_expire, permanent.services) == (
        YesNo.Y,
        "-1",
        ["inbox", "chat"],
    )
    assert permanent.additional_properties == {"ExpireTime": "-1"}  # a field the SDK does not name is kept
    assert (timed.permanent, timed.time_until_expire, timed.user_id) == (YesNo.N, 3600, None)
    mocked.add(
        responses.PUT,
        API + "/friend/v20231201/search",
        json={
            "Items": [
                {
                    "RelationshipCode": "rel-1",
                    "UserId": "u-2",
                    "Nickname": "Bo",
                    "Timezone": "Asia/Seoul",
                    "AccessSeconds": 61.5,
                }
            ]
        },
    )
    (friend,) = player.friend_search(table_code="friends").items
    assert (friend.relationship_code, friend.user_id, friend.nickname, friend.access_seconds) == (
        "rel-1",
        "u-2",
        "Bo",
        61.5,
    )
    mocked.add(
        responses.PUT,
        API + "/leaderboard/v20240301/table/show",
        json={
            "Rotation": "rotation",
            "RotationCount": 4,
            "RotationTimeLeft": 3600,
            "RecordType": "best-of-three",  # a value the SDK does not know is kept
            "RecordSortType": "asc",
            "TotalIds": 12.0,
        },
    )
    table = player.leaderboard_table_show(table_code="weekly")
    assert (table.rotation, table.rotation_count, table.rotation_time_left) == (
        LeaderboardRotation.ROTATION,
        4,
        3600,
    )
    assert (str(table.record_type), table.record_sort_type, table.total_ids) == (
        "best-of-three",
        LeaderboardSortType.ASC,
        12.0,
    )
    mocked.add(
        responses.PUT,
        API + "/cloudcode/v20210901/run",
        json={
            "Function": {"Name": "grant", "Version": "3"},
            "Logs": [{"level": "debug", "message": "granted"}],
            "Result": {"message": "ok", "gold": 5},
            "RunTimeMilliSeconds": 12,
        },
    )
    run = player.cloud_code_run(table_code="cc", function_name="grant", function_arguments="{}")
    assert (run.function.name, run.function.version, run.run_time_milliseconds, run.error) == (
        "grant",
        "3",
        12,
        None,
    )
    assert run.result == {"message": "ok", "gold": 5}
    assert [(log.level, log.message) for log in run.logs or []] == [("debug", "granted")]


@pytest.mark.parametrize(
    ("call", "url", "answer"),
    [
        pytest.param(
            lambda p: p.currency_get(currency_code="gold"),
            API + "/currency/v20250301/get",
            {},
            id="currency_amount",
        ),
        pytest.param(
            lambda p: p.nickname_get(), ACCOUNT + "/api/v20240401/nickname/get", {"nick": "x"}, id="Nickname"
        ),
        pytest.param(
            lambda p: p.friend_info(table_code="f"),
            API + "/friend/v20231201/info",
            {"PendingCount": 1},
            id="RelationshipCount",
        ),
        pytest.param(
            lambda p: p.cloud_code_run(table_code="c", function_name="f", function_arguments="{}"),
            API + "/cloudcode/v20210901/run",
            {"Result": 1, "RunTimeMilliSeconds": 3},
            id="Function",
        ),
        pytest.param(
            lambda p: p.withdrawal_search(withdrawal_key="wk"),
            ACCOUNT + "/api/v20240101/withdrawal/search",
            {"Status": "pending", "Memo": "m"},
            id="WithdrawalDate",
        ),
    ],
)
def test_an_answer_without_a_field_the_platform_always_sends_is_an_api_error(
    mocked: responses.RequestsMock,
    player: PlayNanooPlayer,
    call: Callable[[PlayNanooPlayer], Any],
    url: str,
    answer: dict[str, Any],
) -> None:
    mocked.add(responses.PUT, url, json=answer)
    with pytest.raises(APIError):
        call(player)


def test_10008_is_value_exists(mocked: responses.RequestsMock, player: PlayNanooPlayer) -> None:
    mocked.add(
        responses.PUT,
        ACCOUNT + "/api/v20240401/nickname/put",
        status=400,
        json={"ErrorCode": "10008", "Message": "ExistsValueException"},
    )
    with pytest.raises(ValueExists) as caught:
        player.nickname_put(nickname="Taken")
    assert isinstance(caught.value, APIError) and not isinstance(caught.value, PermissionDeniedError)
    assert (caught.value.code, caught.value.message, caught.value.http_status) == (
        10008,
        "ExistsValueException",
        400,
    )


@pytest.mark.parametrize(
    ("code", "key_field", "expected"),
    [("30007", "WithdrawalKey", AccountWithdrawalPending), ("70002", "BlockKey", AccountBlocked)],
)
def test_the_account_state_codes_apply_to_the_new_calls_too(
    mocked: responses.RequestsMock,
    player: PlayNanooPlayer,
    code: str,
    key_field: str,
    expected: type[APIError],
) -> None:
    mocked.add(
        responses.PUT,
        API + "/friend/v20231201/info",
        status=403,
        json={"ErrorCode": code, "Message": "account state", key_field: "key-secret-1"},
    )
    with pytest.raises(expected) as caught:
        player.friend_info(table_code="friends")
    assert "key-secret-1" not in str(caught.value) and "key-secret-1" not in repr(caught.value)


def test_keys_sent_in_a_request_are_redacted_from_error_bodies(
    mocked: responses.RequestsMock, player: PlayNanooPlayer
) -> None:
    mocked.add(
        responses.PUT,
        ACCOUNT + "/api/v20240401/withdrawal/restore",
        status=400,
        json={"ErrorCode": "Bad", "Message": "no", "withdrawal_key": "wk-secret", "account_token": "at-1"},
    )
    with pytest.raises(APIError) as caught:
        player.withdrawal_restore(withdrawal_key="wk-secret")
    assert caught.value.body == {
        "ErrorCode": "Bad",
        "Message": "no",
        "withdrawal_key": "[redacted]",
        "account_token": "[redacted]",
    }


# -- bad input never reaches the network -------------------------------------------------------

BAD_CALLS: list[tuple[str, Callable[[PlayNanooPlayer], Any], str]] = [
    ("empty nickname", lambda p: p.nickname_put(nickname=""), "nickname"),
    ("check_exists not a bool", lambda p: p.nickname_put(nickname="N", check_exists="Y"), "check_exists"),  # type: ignore[arg-type]
    ("long nickname", lambda p: p.nickname_exists(nickname="n" * 129), "nickname"),
    ("zero-day withdrawal", lambda p: p.withdrawal_request(period=0, memo="m"), "period"),
    ("memo not text", lambda p: p.withdrawal_request(period=3, memo=5), "memo"),  # type: ignore[arg-type]
    ("empty withdrawal key", lambda p: p.withdrawal_restore(withdrawal_key=""), "withdrawal_key"),
    ("empty block key", lambda p: p.block_reason(block_key=""), "block_key"),
    ("empty remote config table", lambda p: p.remote_config_load(table_code=""), "table_code"),
    ("no remote config table", lambda p: p.remote_config_load(table_code=None), "table_code"),  # type: ignore[arg-type]
    ("empty table code", lambda p: p.leaderboard_table_show(table_code=""), "table_code"),
    (
        "unknown rotation",
        lambda p: p.leaderboard_table_create(
            name="t", rotation="monthly", record_type="sum", record_sort_type="asc", record_priority=True
        ),
        "rotation",
    ),
    (
        "unknown record type",
        lambda p: p.leaderboard_table_create(
            name="t", rotation="never", record_type="best", record_sort_type="asc", record_priority=True
        ),
        "record_type",
    ),
    (
        "bad rotation date",
        lambda p: p.leaderboard_table_create(
            name="t",
            rotation="rotation",
            **{**ROTATION, "rotation_date": "04/03/2024"},
            record_type="sum",
            record_sort_type="asc",
            record_priority=True,
        ),
        "rotation_date",
    ),
    (
        "bad rotation time",
        lambda p: p.leaderboard_table_create(
            name="t",
            rotation="rotation",
            **{**ROTATION, "rotation_time": "24:00:00"},
            record_type="sum",
            record_sort_type="asc",
            record_priority=True,
        ),
        "rotation_time",
    ),
    (
        "zero-day season",
        lambda p: p.leaderboard_table_create(
            name="t",
            rotation="rotation",
            **{**ROTATION, "rotation_period": 0},
            record_type="sum",
            record_sort_type="asc",
            record_priority=True,
        ),
        "rotation_period",
    ),
    (
        "nothing to subtract",
        lambda p: p.currency_subtract(currency_code="gold", currency_amount=0),
        "currency_amount",
    ),
    (
        "negative subtraction",
        lambda p: p.currency_subtract(currency_code="gold", currency_amount=-5),
        "currency_amount",
    ),
    (
        "nan subtraction",
        lambda p: p.currency_subtract(currency_code="gold", currency_amount=float("nan")),
        "currency_amount",
    ),
    ("empty currency code", lambda p: p.currency_get(currency_code=""), "currency_code"),
    ("empty open id", lambda p: p.friend_request(table_code="f", open_id=""), "open_id"),
    (
        "empty relationship",
        lambda p: p.friend_accept(table_code="f", relationship_code=""),
        "relationship_code",
    ),
    ("no friend table", lambda p: p.friend_info(table_code=""), "table_code"),
    ("no log rows", lambda p: p.game_log_save(table_code="play", items=[]), "items"),
    ("a log row not a dict", lambda p: p.game_log_save(table_code="play", items=["clear"]), "items[0]"),  # type: ignore[list-item]
    (
        "a nested log value",
        lambda p: p.game_log_save(table_code="play", items=[{"hero": {"level": 3}}]),  # type: ignore[dict-item]
        "items[0]['hero']",
    ),
    (
        "a nan log value",
        lambda p: p.game_log_save(table_code="play", items=[{"dps": float("nan")}]),
        "items[0]['dps']",
    ),
    (
        "101 log rows",
        lambda p: p.game_log_save(table_code="play", items=[{"n": n} for n in range(101)]),
        "items",
    ),
    (
        "arguments not an object",
        lambda p: p.cloud_code_run(table_code="c", function_name="f", function_arguments="[1, 2]"),
        "function_arguments",
    ),
    (
        "arguments as a dict",
        lambda p: p.cloud_code_run(table_code="c", function_name="f", function_arguments={"a": 1}),  # type: ignore[arg-type]
        "function_arguments",
    ),
    (
        "no function",
        lambda p: p.cloud_code_run(table_code="c", function_name="", function_arguments="{}"),
        "function_name",
    ),
]


@pytest.mark.parametrize(("call", "field"), [pytest.param(c, f, id=label) for label, c, f in BAD_CALLS])
def test_bad_arguments_are_refused_before_any_request(
    mocked: responses.RequestsMock,
    player: PlayNanooPlayer,
    call: Callable[[PlayNanooPlayer], Any],
    field: str,
) -> None:
    with pytest.raises(ValidationError) as caught:
        call(player)
    assert caught.value.field == field
    assert not mocked.calls


# -- retry safety --------------------------------------------------------------------------------

IDEMPOTENT = {
    "nickname_get": True,
    "nickname_exists": True,
    "withdrawal_search": True,
    "block_reason": True,
    "remote_config_load": True,
    "leaderboard_table_show": True,
    "currency_get": True,
    "friend_search": True,
    "friend_search_pending": True,
    "friend_info": True,
    "nickname_put": False,  # a retry after a success could meet its own name as taken (10008)
    "withdrawal_request": False,
    "withdrawal_restore": False,  # the key recovers the account once
    "leaderboard_table_create": False,
    "currency_subtract": False,
    "currency_init": False,
    "friend_request": False,
    "friend_accept": False,
    "friend_delete": False,
    "game_log_save": False,
    "cloud_code_run": False,
}
NO_TOKEN = {"withdrawal_restore", "withdrawal_search"}


@pytest.mark.parametrize(("operation_id", "idempotent"), sorted(IDEMPOTENT.items()))
def test_retry_safety_and_credential_of_each_new_operation(operation_id: str, idempotent: bool) -> None:
    operation = next(op for op in operations.OPERATIONS if op.operation_id == operation_id)
    assert operation.idempotent is idempotent
    expected = "player-token-if-kept" if operation_id == "block_reason" else "player-token"
    assert operation.auth == ("none" if operation_id in NO_TOKEN else expected)
    assert operation.common_body  # every body carries the device fields


def test_a_non_idempotent_call_is_not_resent_after_a_server_error(
    mocked: responses.RequestsMock, client: PlayNanooClient
) -> None:
    with PlayNanooClient(
        game_id="g", service_key="k", base_url=API, max_retries=2, sleep=lambda seconds: None
    ) as retrying:
        retrying.set_tokens("p", access_token="at-1")
        handle = retrying.player("p", device=DEVICE)
        mocked.add(responses.PUT, API + "/currency/v20250301/subtract", status=503, body="busy")
        mocked.add(responses.PUT, API + "/currency/v20250301/get", status=503, body="busy")
        mocked.add(responses.PUT, API + "/currency/v20250301/get", json={"currency_amount": 7})
        with pytest.raises(APIError):
            handle.currency_subtract(currency_code="gold", currency_amount=1)
        assert handle.currency_get(currency_code="gold").currency_amount == 7
    assert [call.request.url.rsplit("/", 1)[-1] for call in mocked.calls] == ["subtract", "get", "get"]


def test_token_info_reads_every_documented_player_field(
    mocked: responses.RequestsMock, player: PlayNanooPlayer
) -> None:
    profile = {
        "UserUniqueID": "uuid-1",
        "OpenID": "open-1",
        "Nickname": "Ana",
        "LinkedID": "device-1",
        "LinkedType": "GUEST",
        "PurchaseCount": 3,
        "PurchaseCurrencyCode": "KRW",
        "PurchaseTotalPrice": 3300.0,
        "PurchaseVoidedCount": 1,
        "PurchaseVoidedCurrencyCode": "KRW",
        "PurchaseVoidedTotalPrice": 1100.0,
        "Country": "KR",
        "Timezone": "Asia/Seoul",
        "Offset": 32400,
        "JoinPeriod": 12,
    }
    mocked.add(
        responses.GET,
        ACCOUNT + "/api/v20240401/token/info",
        json={"Token": {"AccessToken": "at-1", "RefreshToken": "rt-1"}, "Player": profile},
    )
    read = player.token_info().player
    assert read is not None
    assert (read.purchase_count, read.purchase_currency_code, read.purchase_total_price) == (3, "KRW", 3300.0)
    assert (
        read.purchase_voided_count,
        read.purchase_voided_currency_code,
        read.purchase_voided_total_price,
    ) == (
        1,
        "KRW",
        1100.0,
    )
    assert (read.timezone, read.offset, read.join_period, read.open_id) == ("Asia/Seoul", 32400, 12, "open-1")
    assert read.additional_properties == {}  # every field is named


def test_token_status_reads_the_withdrawal_key_without_showing_it(
    mocked: responses.RequestsMock, player: PlayNanooPlayer
) -> None:
    mocked.add(
        responses.PUT,
        ACCOUNT + "/api/v20240401/token/status",
        json={"Status": "valid", "WithdrawalKey": "wk-secret-9"},
    )
    status = player.token_status()
    assert (status.status, status.withdrawal_key) == ("valid", "wk-secret-9")
    assert "wk-secret-9" not in repr(status)
