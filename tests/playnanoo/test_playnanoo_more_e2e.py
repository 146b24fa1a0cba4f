"""The newer PlayNANOO operations end to end: the real client against the bundled fake over loopback."""

from __future__ import annotations

import json
import logging
from typing import Any

import pytest
from playnanoo_support import DEVICE

from gameplatform.errors import APIError, NotFoundError, ReloginRequired, ValidationError
from gameplatform.playnanoo import (
    AccountBlocked,
    AccountWithdrawalPending,
    LeaderboardRecordType,
    LeaderboardRotation,
    LeaderboardSortType,
    NicknameExistence,
    PlayNanooClient,
    PlayNanooPlayer,
    ValueExists,
    YesNo,
)
from gameplatform.testing.playnanoo import PlayNanooFake


def uuid_of(player: PlayNanooPlayer) -> str:
    tokens = player.tokens
    assert tokens is not None
    value = tokens.extra["user_unique_id"]
    assert isinstance(value, str)
    return value


def signed_in(client: PlayNanooClient, key: str) -> PlayNanooPlayer:
    handle = client.player(key, device=DEVICE)
    handle.guest_sign_in(linked_id=f"device-{key}")
    return handle


# -- nickname ---------------------------------------------------------------------------------


def test_nicknames_are_unique_per_game_when_checked(client: PlayNanooClient, player: PlayNanooPlayer) -> None:
    other = signed_in(client, "other")
    assert player.nickname_exists(nickname="Ana").status is NicknameExistence.NOT_EXISTS
    assert player.nickname_put(nickname="Ana").nickname == "Ana"
    assert player.nickname_get().nickname == "Ana"
    assert other.nickname_exists(nickname="Ana").status is NicknameExistence.EXISTS
    with pytest.raises(ValueExists) as caught:
        other.nickname_put(nickname="Ana")
    assert (caught.value.code, caught.value.message) == (10008, "ExistsValueException")
    assert other.nickname_get().nickname != "Ana"  # refused: nothing changed
    assert player.nickname_put(nickname="Ana").nickname == "Ana"  # one's own name is not a duplicate
    assert other.nickname_put(nickname="Ana", check_exists=False).nickname == "Ana"  # allowed unchecked


# -- withdrawal -------------------------------------------------------------------------------


def test_withdrawal_grace_period_then_restore(
    fake: PlayNanooFake, client: PlayNanooClient, player: PlayNanooPlayer
) -> None:
    player.storage_save(storage_key="progress", storage_value="7")
    assert player.withdrawal_request(period=3, memo="taking a break").status == "success"
    sent = fake.requests[-1].json()
    assert sent["account_token"] == player.tokens.access_token  # type: ignore[union-attr]
    with pytest.raises(AccountWithdrawalPending) as caught:
        player.storage_load(storage_key="progress")
    key = caught.value.withdrawal_key
    assert key is not None
    assert player.token_status().withdrawal_key == key

    stranger = client.player(device=DEVICE)  # no tokens at all: the key is enough
    info = stranger.withdrawal_search(withdrawal_key=key)
    assert (info.status, info.memo) == ("pending", "taking a break")
    assert info.withdrawal_date == "1970-01-15 13:46:40"  # the fake's clock (1_000_000 s) plus 3 days
    assert fake.requests[-1].header("Authorization") is None

    fake.advance(2 * 86400)  # still within the grace period
    assert stranger.withdrawal_restore(withdrawal_key=key).status == "success"
    assert player.storage_load(storage_key="progress").storage_value == "7"
    with pytest.raises(NotFoundError):  # a key recovers the account once
        stranger.withdrawal_restore(withdrawal_key=key)


def test_an_account_past_its_grace_period_is_gone(
    fake: PlayNanooFake, client: PlayNanooClient, player: PlayNanooPlayer
) -> None:
    first_uuid = uuid_of(player)
    player.withdrawal_request(period=1, memo="bye")
    key = fake.player_by_uuid(first_uuid).withdrawal_key
    assert key is not None
    fake.advance(86400)
    with pytest.raises(APIError) as late:
        player.withdrawal_restore(withdrawal_key=key)
    assert late.value.code == "WithdrawalCompleted"
    assert player.withdrawal_search(withdrawal_key=key).status == "withdrawn"
    with pytest.raises(ReloginRequired):  # its tokens went with it
        player.storage_load(storage_key="progress")
    again = client.player("again", device=DEVICE).guest_sign_in(linked_id="device-1")
    assert again.player is not None and again.player.user_unique_id != first_uuid  # a new account


# -- block reason -----------------------------------------------------------------------------


def test_a_blocked_player_reads_why_with_the_block_key_and_no_token(
    fake: PlayNanooFake, client: PlayNanooClient, player: PlayNanooPlayer
) -> None:
    uuid = uuid_of(player)
    fake.block_player(uuid, reason="chat abuse", seconds=3600, services=["chat", "inbox"])
    with pytest.raises(AccountBlocked) as caught:
        player.inbox_count(table_code="t")
    key = caught.value.block_key
    assert key is not None
    (block,) = client.player(device=DEVICE).block_reason(block_key=key).items
    assert (block.user_id, block.reason, block.permanent, block.services) == (
        uuid,
        "chat abuse",
        YesNo.N,
        ["chat", "inbox"],
    )
    assert (block.time_until_expire, block.expire_date) == (3600, "1970-01-12 14:46:40")
    assert fake.requests[-1].header("Authorization") is None
    fake.advance(3600)  # the block runs out
    assert player.inbox_count(table_code="t").count == 0

    forever = fake.block_player(uuid)
    (block,) = player.block_reason(block_key=forever).items
    assert (block.permanent, block.expire_date, block.time_until_expire) == (YesNo.Y, "permanent", -1)
    with pytest.raises(NotFoundError):
        player.block_reason(block_key="blk-unknown")


# -- friends ----------------------------------------------------------------------------------


def test_friends_request_pending_accept_delete(
    fake: PlayNanooFake, client: PlayNanooClient, player: PlayNanooPlayer
) -> None:
    bob = signed_in(client, "bob")
    bob.nickname_put(nickname="Bob")
    bob_profile = bob.token_info().player
    assert bob_profile is not None and bob_profile.open_id
    assert player.friend_request(table_code="friends", open_id=bob_profile.open_id).status == "success"
    with pytest.raises(APIError) as twice:
        player.friend_request(table_code="friends", open_id=bob_profile.open_id)
    assert twice.value.code == "AlreadyRequested"
    assert player.friend_search_pending(table_code="friends").items == []  # the request waits on Bob's side

    fake.advance(90)
    (asking,) = bob.friend_search_pending(table_code="friends").items
    assert asking.user_id == uuid_of(player) and asking.access_seconds == 90.0
    info = bob.friend_info(table_code="friends")
    assert (info.relationship_count, info.pending_count) == (0, 1)
    with pytest.raises(APIError):  # only the asked player accepts
        player.friend_accept(table_code="friends", relationship_code=asking.relationship_code)
    assert (
        bob.friend_accept(table_code="friends", relationship_code=asking.relationship_code).status
        == "success"
    )

    (friend,) = player.friend_search(table_code="friends").items
    assert (friend.user_id, friend.nickname, friend.relationship_code) == (
        uuid_of(bob),
        "Bob",
        asking.relationship_code,
    )
    assert [f.user_id for f in bob.friend_search(table_code="friends").items] == [uuid_of(player)]
    assert player.friend_search(table_code="guild").items == []  # tables are separate
    assert (
        player.friend_info(table_code="friends").relationship_count,
        bob.friend_info(table_code="friends").pending_count,
    ) == (1, 0)

    assert (
        player.friend_delete(table_code="friends", relationship_code=friend.relationship_code).status
        == "success"
    )
    assert bob.friend_search(table_code="friends").items == []
    with pytest.raises(NotFoundError):
        player.friend_delete(table_code="friends", relationship_code=friend.relationship_code)
    with pytest.raises(NotFoundError):  # 30000: no player has this OpenID
        player.friend_request(table_code="friends", open_id="open-nobody")


# -- currency ---------------------------------------------------------------------------------


def test_currency_get_subtract_init(fake: PlayNanooFake, player: PlayNanooPlayer) -> None:
    assert player.currency_get(currency_code="gold").currency_amount == 0
    player.currency_put(items={"gold": 100, "gem": 5})
    assert player.currency_subtract(currency_code="gold", currency_amount=30).currency_amount == 70
    assert player.currency_get(currency_code="gold").currency_amount == 70
    with pytest.raises(APIError) as short:
        player.currency_subtract(currency_code="gem", currency_amount=6)
    assert short.value.code == "NotEnoughCurrency"
    assert player.currency_get(currency_code="gem").currency_amount == 5  # nothing taken

    fake.set_currency_defaults({"gold": 10, "ticket": 1})
    reset = player.currency_init()
    assert [(b.currency_code, b.currency_amount) for b in reset.items] == [("gold", 10.0), ("ticket", 1.0)]
    assert player.currency_get(currency_code="gem").currency_amount == 0


# -- leaderboard tables -----------------------------------------------------------------------


def test_a_created_table_ranks_by_its_record_type_and_order(player: PlayNanooPlayer) -> None:
    fastest = player.leaderboard_table_create(
        name="Fastest lap",
        rotation=LeaderboardRotation.NEVER,
        record_type=LeaderboardRecordType.LOWSCORE,
        record_sort_type=LeaderboardSortType.ASC,
        record_priority=True,
    ).table_id
    for record_id, score in (("ana", 61.5), ("bob", 58.0), ("ana", 57.25), ("ana", 70.0)):
        player.leaderboard_record(table_code=fastest, record_id=record_id, score=score)
    ranked = player.leaderboard_range(table_code=fastest, range_start=1, range_end=5).items
    assert [(e.record_id, e.score) for e in ranked] == [("ana", 57.25), ("bob", 58.0)]
    table = player.leaderboard_table_show(table_code=fastest)
    assert (table.rotation, table.record_type, table.record_sort_type) == (
        LeaderboardRotation.NEVER,
        LeaderboardRecordType.LOWSCORE,
        LeaderboardSortType.ASC,
    )
    assert (table.rotation_count, table.total_ids, table.rotation_time_left) == (1, 2.0, None)

    total = player.leaderboard_table_create(
        name="Coins", rotation="never", record_type="sum", record_sort_type="desc", record_priority=False
    ).table_id
    for score in (5, 7):
        player.leaderboard_record(table_code=total, record_id="ana", score=score)
    assert player.leaderboard_show(table_code=total, record_id="ana").score == 12
    last = player.leaderboard_table_create(
        name="Mood", rotation="never", record_type="last", record_sort_type="desc", record_priority=False
    ).table_id
    for score in (9, 2):
        player.leaderboard_record(table_code=last, record_id="ana", score=score)
    assert player.leaderboard_show(table_code=last, record_id="ana").score == 2


def test_a_rotating_table_counts_down_its_season(fake: PlayNanooFake, player: PlayNanooPlayer) -> None:
    # The fake's clock starts at 1_000_000 s (1970-01-12 13:46:40 UTC); weekly seasons from
    # 1970-01-12 13:00:00 at offset 0 leave 7 days minus 46:40 in the first season.
    weekly = player.leaderboard_table_create(
        name="Weekly",
        rotation="rotation",
        rotation_timeoffset=0,
        rotation_date="1970-01-12",
        rotation_time="13:00:00",
        rotation_period=7,
        record_type="highscore",
        record_sort_type="desc",
        record_priority=True,
    ).table_id
    table = player.leaderboard_table_show(table_code=weekly)
    assert (table.rotation, table.rotation_time_left) == (LeaderboardRotation.ROTATION, 7 * 86400 - 2800)
    fake.advance(7 * 86400)
    assert player.leaderboard_table_show(table_code=weekly).rotation_time_left == 7 * 86400 - 2800
    season = fake.rotate_leaderboard(weekly)
    assert player.leaderboard_table_show(table_code=weekly).rotation_count == season + 1
    with pytest.raises(NotFoundError):
        player.leaderboard_table_show(table_code="lb-missing")


def test_a_rotating_table_needs_its_schedule(fake: PlayNanooFake, player: PlayNanooPlayer) -> None:
    """The spec says it (x-required-if): refused before sending, naming the first missing field."""
    before = len(fake.requests)
    with pytest.raises(ValidationError) as caught:
        player.leaderboard_table_create(
            name="Weekly",
            rotation="rotation",
            record_type="sum",
            record_sort_type="desc",
            record_priority=True,
        )
    assert caught.value.field == "rotation_timeoffset" and "rotation" in caught.value.reason
    assert len(fake.requests) == before


# -- remote config ----------------------------------------------------------------------------


def test_remote_config_variables(fake: PlayNanooFake, player: PlayNanooPlayer) -> None:
    fake.set_remote_config(
        "main",
        {"max_level": 50, "event_on": True, "motd": "Welcome"},
        descriptions={"motd": "shown at start"},
    )
    config = player.remote_config_load(table_code="main")
    assert fake.requests[-1].json()["storage_key"] == "RemoteConfig_main"
    assert config.storage_key == "RemoteConfig_main"
    assert [(v.key, v.value, v.variable_type) for v in config.variables] == [
        ("max_level", "50", "number"),
        ("event_on", "true", "boolean"),
        ("motd", "Welcome", "string"),
    ]
    assert config.variables[2].description == "shown at start"
    assert config.variables[0].created_at == 1_000_000_000  # milliseconds on the fake's clock
    assert json.loads(config.storage_value or "") == {
        "max_level": "50",
        "event_on": "true",
        "motd": "Welcome",
    }
    fake.set_public_storage("notice", "hello")  # the same path still serves public cloud-save data
    assert player.storage_public_load(storage_key="notice").storage_value == "hello"
    with pytest.raises(NotFoundError):
        player.remote_config_load(table_code="missing")


# -- game logs --------------------------------------------------------------------------------


def test_game_log_rows_are_kept_per_table(fake: PlayNanooFake, player: PlayNanooPlayer) -> None:
    rows: list[dict[str, Any]] = [
        {"event": "stage_clear", "stage": 3, "perfect": True},
        {"event": "quit", "stage": None},
    ]
    assert player.game_log_save(table_code="play", items=rows).status == "success"
    assert json.loads(fake.requests[-1].json()["log_value"]) == {"items": rows}
    logged = fake.game_logs("play")
    assert [row["values"] for row in logged] == rows
    assert {row["player_uuid"] for row in logged} == {uuid_of(player)}
    assert fake.game_logs("other") == []


# -- cloud code -------------------------------------------------------------------------------


def test_cloud_code_runs_the_built_in_echo_and_registered_functions(
    fake: PlayNanooFake, player: PlayNanooPlayer
) -> None:
    echoed = player.cloud_code_run(table_code="cc", function_name="echo", function_arguments='{"n": 2}')
    assert (echoed.function.name, echoed.error, echoed.run_time_milliseconds) == ("echo", None, 1)
    assert echoed.result == {"message": f"echo for {uuid_of(player)}", "arguments": {"n": 2}}

    def grant(arguments: dict[str, Any], player_uuid: str) -> Any:
        if arguments["gold"] > 100:
            raise ValueError("too much gold")
        return {"granted": arguments["gold"] * 2}

    fake.add_cloud_code_function("cc", "double_gold", grant, version="7")
    run = player.cloud_code_run(
        table_code="cc", function_name="double_gold", function_arguments='{"gold": 21}'
    )
    assert (run.result, run.function.version, run.error) == ({"granted": 42}, "7", None)
    assert [log.message for log in run.logs or []] == [f"double_gold called by {uuid_of(player)}"]
    failed = player.cloud_code_run(
        table_code="cc", function_name="double_gold", function_arguments='{"gold": 500}'
    )
    assert (failed.result, failed.error) == (
        None,
        "ValueError: too much gold",
    )  # answered 200: the call worked
    assert [log.level for log in failed.logs or []] == ["info", "error"]
    with pytest.raises(NotFoundError):
        player.cloud_code_run(table_code="other", function_name="double_gold", function_arguments="{}")


# -- secrets ----------------------------------------------------------------------------------


def test_withdrawal_and_block_keys_stay_out_of_logs_and_reprs(
    fake: PlayNanooFake, client: PlayNanooClient, player: PlayNanooPlayer, caplog: pytest.LogCaptureFixture
) -> None:
    from gameplatform.playnanoo._models import (
        BlockReasonRequest,
        WithdrawalKeyRequest,
        WithdrawalRequestRequest,
    )

    caplog.set_level(logging.DEBUG, logger="gameplatform")
    shown: list[str] = []
    access = player.tokens.access_token  # type: ignore[union-attr]
    shown.append(repr(player.withdrawal_request(period=2, memo="bye")))
    with pytest.raises(AccountWithdrawalPending) as pending:
        player.nickname_get()
    withdrawal_key = pending.value.withdrawal_key or ""
    shown += [str(pending.value), repr(pending.value)]
    shown.append(repr(player.withdrawal_search(withdrawal_key=withdrawal_key)))
    shown.append(repr(player.withdrawal_restore(withdrawal_key=withdrawal_key)))
    block_key = fake.block_player(uuid_of(player), reason="spam")
    shown.append(repr(player.block_reason(block_key=block_key)))
    shown += [
        repr(WithdrawalKeyRequest(withdrawal_key=withdrawal_key)),
        repr(BlockReasonRequest(block_key=block_key)),
        repr(WithdrawalRequestRequest(period=1, account_token=access, memo="m")),
    ]
    assert any(record.levelno == logging.DEBUG for record in caplog.records)
    text = caplog.text + "\n".join(shown)
    for secret in (withdrawal_key, block_key, access):
        assert secret and secret not in text
