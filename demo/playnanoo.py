"""PlayNANOO: sign-in, per-player tokens refreshed once, every service API, typed failures."""

from __future__ import annotations

import json
import threading

from gameplatform import AuthenticationError, NotFoundError, RateLimitError, ReloginRequired, ValidationError
from gameplatform.playnanoo import (
    AccountBlocked,
    AccountNotFound,
    AccountWithdrawalPending,
    DeviceInfo,
    DevicePlatform,
    InboxSendItem,
    InboxSendMessage,
    PlayNanooClient,
    RateLimit,
    StorageMultiSaveItem,
    ValueExists,
)
from gameplatform.testing.playnanoo import PlayNanooFake
from gameplatform.tokens import MemoryTokenStore, Token


class DemoClock:
    """Unix seconds the demo moves by hand, shared by the fake and the client."""

    def __init__(self) -> None:
        self.now = 1_700_000_000.0

    def __call__(self) -> float:
        return self.now


DEVICE = DeviceInfo(
    device_id="demo-device-1",
    platform=DevicePlatform.AOS,
    device_model="Pixel 8",
    device_os="14",
    device_language="EN",
    device_country="KR",
    device_timeoffset="32400",
    version="1.0.0",
)


def run() -> None:
    clock = DemoClock()
    saved_pairs: list[str] = []

    def keep_in_app_database(player_key: str, token: Token) -> None:
        saved_pairs.append(player_key)

    with (
        PlayNanooFake(clock=clock) as fake,
        PlayNanooClient(
            game_id=fake.game_id,
            service_key=fake.service_key,
            base_url=fake.url,
            token_store=MemoryTokenStore(),
            on_new_token=keep_in_app_database,
            clock=clock,
            player_rate_limit=RateLimit(per_second=50, burst=100, max_wait=0),
        ) as client,
    ):
        print(f"fake PlayNANOO at {fake.url}; client {client!r}")

        # -- accounts and tokens ------------------------------------------------------
        hero = client.player("user-42", device=DEVICE)
        signed = hero.guest_sign_in(linked_id="demo-device-1")
        profile = signed.player
        assert profile is not None and profile.user_unique_id is not None
        uuid = profile.user_unique_id
        print(f"guest_sign_in: UserUniqueID={uuid} nickname={profile.nickname}")
        mail = client.player("user-43", device=DEVICE)
        mail.email_sign_up(email="ana@example.com", password="demo-password")
        again = mail.email_sign_in(email="ana@example.com", password="demo-password")
        print(f"email_sign_up + email_sign_in: linked {again.player.linked_id if again.player else None}")
        social = client.player(device=DEVICE)  # keyed by the UserUniqueID the sign-in returns
        social.social_sign_in(account_type="GOOGLE", account_token="google-id-token")
        print(f"social_sign_in: keyless handle now keyed {social.player_key!r}")
        info = hero.token_info()
        print(f"token_info: player {info.player.user_unique_id if info.player else None}")
        print(f"token_status: {hero.token_status().status}")
        print(f"account_link: {hero.account_link(request_uuid='external-user-42').status}")

        # -- nickname -----------------------------------------------------------------------
        hero.nickname_put(nickname="Hero")
        mail.nickname_put(nickname="Ana")
        taken = mail.nickname_exists(nickname="Hero").status
        print(f"nickname_put + nickname_get: {hero.nickname_get().nickname}; nickname_exists: {taken}")

        # -- storage ----------------------------------------------------------------------
        hero.storage_save(storage_key="progress", storage_value=json.dumps({"level": 3}))
        print(f"storage_save + storage_load: {hero.storage_load(storage_key='progress').storage_value}")
        hero.storage_multi_save(
            items=[
                StorageMultiSaveItem(storage_key="avatar", storage_value="knight", is_private=False),
                StorageMultiSaveItem(storage_key="settings", storage_value="{}", is_private=True),
            ]
        )
        loaded = hero.storage_multi_load(storage_keys=["avatar", "settings"])
        print(f"storage_multi_save + storage_multi_load: {[r.storage_key for r in loaded.items or []]}")
        fake.set_public_storage("notice", "Server maintenance at 04:00 UTC")
        print(f"storage_public_load: {hero.storage_public_load(storage_key='notice').storage_value}")
        shared = mail.storage_player_load(player_uuid=uuid, storage_key="avatar")
        print(f"storage_player_load (another player's public value): {shared.storage_value}")
        fake.set_remote_config("main", {"max_level": 50, "double_xp": True})
        config = hero.remote_config_load(table_code="main")
        print(f"remote_config_load (api host): {[(v.key, v.value) for v in config.variables]}")

        # -- inbox ------------------------------------------------------------------------
        hero.inbox_send(
            table_code="rewards",
            items=[InboxSendItem(item_code="gold", item_count=100)],
            messages=[InboxSendMessage(language="default", title="Welcome", content="A gift")],
            period=7,
        )
        hero.inbox_send(table_code="rewards", items=[InboxSendItem(item_code="gem", item_count=5)], period=1)
        entries = hero.inbox_items(table_code="rewards").items or []
        print(f"inbox_send x2 + inbox_count: {hero.inbox_count(table_code='rewards').count}")
        first, second = (entry.item_key or "" for entry in entries)
        shown = hero.inbox_show(item_key=first).items or []
        print(f"inbox_show: {[(i.item_code, i.item_count) for i in shown]}")
        claimed = hero.inbox_consume_item(item_key=first).items or []
        print(f"inbox_consume_item: {[i.item_code for i in claimed]}")
        claimed = hero.inbox_consume_multi(item_keys=[second]).items or []
        print(f"inbox_consume_multi: {[i.item_code for i in claimed]}")

        # -- leaderboard ------------------------------------------------------------------
        for record_id, score in (("ana", 120), ("bob", 300), ("cid", 50)):
            hero.leaderboard_record(table_code="weekly", record_id=record_id, score=score)
        ana = hero.leaderboard_show(table_code="weekly", record_id="ana")
        print(f"leaderboard_record x3 + leaderboard_show: ana rank {ana.rank} score {ana.score}")
        top = hero.leaderboard_range(table_code="weekly", range_start=1, range_end=2)
        print(f"leaderboard_range 1-2: {[e.record_id for e in top.items or []]}")
        season = fake.rotate_leaderboard("weekly")
        previous = hero.leaderboard_show_previous(table_code="weekly", record_id="cid", rotation_count=season)
        old = hero.leaderboard_range_previous(
            table_code="weekly", rotation_count=season, range_start=1, range_end=3
        )
        ranked = [e.record_id for e in old.items or []]
        print(f"previous season {season}: cid rank {previous.rank}; range {ranked}")
        laps = hero.leaderboard_table_create(
            name="Fastest lap",
            rotation="never",
            record_type="lowscore",
            record_sort_type="asc",
            record_priority=True,
        ).table_id
        for record_id, seconds in (("ana", 61.5), ("ana", 58.25), ("bob", 60.0)):
            hero.leaderboard_record(table_code=laps, record_id=record_id, score=seconds)
        table = hero.leaderboard_table_show(table_code=laps)
        fastest = hero.leaderboard_range(table_code=laps, range_start=1, range_end=2).items
        print(
            f"leaderboard_table_create + _show: {table.record_type}/{table.record_sort_type},"
            f" {table.total_ids:g} records; fastest {[(e.record_id, e.score) for e in fastest]}"
        )

        # -- friends --------------------------------------------------------------------------
        ana = mail.token_info().player
        assert ana is not None and ana.open_id is not None
        hero.friend_request(table_code="friends", open_id=ana.open_id)
        (asking,) = mail.friend_search_pending(table_code="friends").items
        mail.friend_accept(table_code="friends", relationship_code=asking.relationship_code)
        friends = hero.friend_search(table_code="friends").items
        counts = hero.friend_info(table_code="friends")
        print(
            f"friend_request -> friend_search_pending -> friend_accept: {[f.nickname for f in friends]}"
            f" ({counts.relationship_count} friend, {counts.pending_count} pending)"
        )
        hero.friend_delete(table_code="friends", relationship_code=friends[0].relationship_code)
        print(f"friend_delete: {len(hero.friend_search(table_code='friends').items)} friends left")

        # -- coupon, currency, purchases, time ----------------------------------------------
        fake.add_coupon("SPRING", {"gem": 10})
        print(
            f"coupon_use: {[(r.item_code, r.item_count) for r in hero.coupon_use(code='SPRING').items or []]}"
        )
        hero.currency_put(items={"gold": 100})
        balances = hero.currency_charge(items={"gold": 50, "gem": 3})
        amounts = [(b.currency_code, b.currency_amount) for b in balances.items or []]
        print(f"currency_put + currency_charge: {amounts}")
        hero.currency_subtract(currency_code="gold", currency_amount=30)
        gold = hero.currency_get(currency_code="gold").currency_amount
        print(f"currency_subtract 30 gold + currency_get: {gold}")
        fake.set_currency_defaults({"gold": 10})
        reset = [(b.currency_code, b.currency_amount) for b in hero.currency_init().items]
        print(f"currency_init: {reset}")
        android = hero.iap_validate_android(receipt=json.dumps({"productId": "gem_pack_10"}))
        print(f"iap_validate_android: {android.product_id} {android.purchase_state}")
        ios = hero.iap_validate_ios(
            receipt="MIIT-demo", product_id="gem_pack_10", currency="KRW", price="1200"
        )
        print(f"iap_validate_ios: {ios.product_id} {ios.price} {ios.currency}")
        print(f"server_time: {hero.server_time().iso_8601_date}")

        # -- game logs, cloud code --------------------------------------------------------------
        hero.game_log_save(table_code="play", items=[{"event": "stage_clear", "stage": 3}, {"event": "quit"}])
        print(f"game_log_save: {len(fake.game_logs('play'))} rows in log table 'play'")
        fake.add_cloud_code_function("rewards", "daily_bonus", lambda args, _: {"gold": 10 * args["streak"]})
        run = hero.cloud_code_run(
            table_code="rewards", function_name="daily_bonus", function_arguments=json.dumps({"streak": 3})
        )
        print(f"cloud_code_run daily_bonus: result {run.result} in {run.run_time_milliseconds} ms")

        # -- an expired access token: 10 threads, one refresh ---------------------------------
        fake.expire_access_tokens()
        threads = [
            threading.Thread(
                target=lambda: client.player("user-42", device=DEVICE).inbox_count(table_code="x")
            )
            for _ in range(10)
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        print(f"10 concurrent calls with an expired access token -> refresh calls: {fake.refresh_calls}")
        print(f"on_new_token saw pairs for: {sorted(set(saved_pairs))}")

        # -- failures, each a typed error ---------------------------------------------------
        try:
            client.player("nobody", device=DEVICE).email_sign_in(email="nobody@example.com", password="x")
        except AccountNotFound as exc:
            print(f"AccountNotFound: code={exc.code}")
        try:
            mail.nickname_put(nickname="Hero")
        except ValueExists as exc:
            print(f"ValueExists (the nickname is taken): code={exc.code}")
        hero.withdrawal_request(period=7, memo="taking a break")
        withdrawal_key = ""
        try:
            hero.storage_load(storage_key="progress")
        except AccountWithdrawalPending as exc:
            withdrawal_key = exc.withdrawal_key or ""
            print(f"withdrawal_request, then AccountWithdrawalPending: code={exc.code} (with its key)")
        nobody = client.player(device=DEVICE)  # the key alone is enough: no token
        pending = nobody.withdrawal_search(withdrawal_key=withdrawal_key)
        print(f"withdrawal_search: {pending.status} ({pending.memo!r}) until {pending.withdrawal_date}")
        print(f"withdrawal_restore: {nobody.withdrawal_restore(withdrawal_key=withdrawal_key).status}")
        fake.block_player(uuid, reason="spamming chat", seconds=86400, services=["chat"])
        try:
            hero.storage_load(storage_key="progress")
        except AccountBlocked as exc:
            (block,) = nobody.block_reason(block_key=exc.block_key or "").items
            print(
                f"AccountBlocked: code={exc.code}; block_reason: {block.reason!r} on {block.services},"
                f" permanent={block.permanent}, {block.time_until_expire} s left"
            )
        fake.unblock_player(uuid)
        fake.rate_limit_next(retry_after=30, path="/storage/v20221001/save")
        try:
            hero.storage_save(storage_key="progress", storage_value="{}")
        except RateLimitError as exc:
            print(
                f"RateLimitError (429, not retried: a save is not idempotent): retry_after={exc.retry_after}"
            )
        try:
            hero.storage_load(storage_key="never-saved")
        except NotFoundError as exc:
            print(f"NotFoundError: code={exc.code}")
        try:
            hero.leaderboard_range(table_code="weekly", range_start=5, range_end=1)
        except ValidationError as exc:
            print(f"ValidationError before any I/O: {exc}")
        fake.fail_next("TokenExpired", path="/inbox/v20220901/count", times=2)
        try:
            hero.inbox_count(table_code="x")
        except AuthenticationError as exc:
            print(f"AuthenticationError after one refresh and one retry (no loop): {type(exc).__name__}")
        clock.now += fake.refresh_token_ttl + 1
        try:
            hero.inbox_count(table_code="x")
        except ReloginRequired as exc:
            print(f"ReloginRequired (refresh token expired): http_status={exc.http_status}")
        hero.guest_sign_in(linked_id="demo-device-1")
        print(f"signed in again; sign_out: {hero.sign_out().status}; tokens kept: {hero.tokens is not None}")


if __name__ == "__main__":
    run()
