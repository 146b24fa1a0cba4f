"""Per-player tokens: sign-in keeps them, a 401 refreshes once per player, nothing ever loops."""

from __future__ import annotations

import threading
from typing import Any

import pytest
from playnanoo_support import DEVICE, WAIT

from gameplatform.errors import AuthenticationError, ReloginRequired, ValidationError
from gameplatform.playnanoo import DeviceInfo, DevicePlatform, PlayNanooClient, PlayNanooPlayer
from gameplatform.testing.playnanoo import DEFAULT_REFRESH_PATH, PlayNanooFake
from gameplatform.tokens import MemoryTokenStore, Token

LOAD = "/storage/v20221001/load"
SAVE = "/storage/v20221001/save"


def make_client(fake: PlayNanooFake, **settings: Any) -> PlayNanooClient:
    settings.setdefault("sleep", lambda seconds: None)
    return PlayNanooClient(game_id=fake.game_id, service_key=fake.service_key, base_url=fake.url, **settings)


def test_sign_in_keeps_the_pair_under_the_player_key(
    fake: PlayNanooFake, client: PlayNanooClient, player: PlayNanooPlayer
) -> None:
    token = client.get_tokens("user-1")
    assert token is not None
    uuid = token.extra["user_unique_id"]
    assert fake.live_refresh_tokens(uuid) == [token.refresh_token]
    assert token.expires_at is None  # PlayNANOO does not say; a 401 tells


def test_keyless_handle_is_keyed_by_the_user_unique_id(client: PlayNanooClient) -> None:
    handle = client.player(device=DEVICE)
    with pytest.raises(ValidationError) as caught:
        handle.storage_load(storage_key="k")
    assert caught.value.field == "player_key"
    answer = handle.guest_sign_in(linked_id="device-9")
    assert answer.player is not None
    assert handle.player_key == answer.player.user_unique_id
    assert client.get_tokens(answer.player.user_unique_id or "") is not None


def test_uuid_and_nickname_come_from_the_sign_in_when_the_device_leaves_them_out(
    fake: PlayNanooFake, player: PlayNanooPlayer
) -> None:
    player.storage_save(storage_key="k", storage_value="v")
    body = fake.requests_to(SAVE)[-1].json()
    token = player.tokens
    assert token is not None
    assert body["uuid"] == token.extra["user_unique_id"]
    assert body["nickname"] == token.extra["nickname"]
    assert body["device_id"] == "device-1" and body["platform"] == "aos"


def test_expired_access_token_is_refreshed_once_and_the_call_retried(
    fake: PlayNanooFake, client: PlayNanooClient, player: PlayNanooPlayer
) -> None:
    player.storage_save(storage_key="k", storage_value="v")
    before = client.get_tokens("user-1")
    assert before is not None
    fake.expire_access_tokens()

    record = player.storage_load(storage_key="k")

    assert record.storage_value == "v"
    assert fake.refresh_calls == 1
    assert [r.path for r in fake.requests[-3:]] == [LOAD, DEFAULT_REFRESH_PATH, LOAD]
    after = client.get_tokens("user-1")
    assert after is not None
    assert after.access_token != before.access_token
    uuid = after.extra["user_unique_id"]
    assert fake.live_refresh_tokens(uuid) == [after.refresh_token]  # rotated: the old one is dead
    assert fake.requests[-1].header("Authorization") == f"Bearer {after.access_token}"


def test_twenty_threads_with_one_expired_token_refresh_exactly_once(
    fake: PlayNanooFake, client: PlayNanooClient, player: PlayNanooPlayer
) -> None:
    player.storage_save(storage_key="k", storage_value="v")
    fake.expire_access_tokens()
    fake.pause_refresh()  # the refresh answers only once every thread got its 401
    threads_count = 20
    barrier = threading.Barrier(threads_count)
    results: list[str] = []
    errors: list[BaseException] = []
    lock = threading.Lock()

    def work() -> None:
        handle = client.player("user-1", device=DEVICE)
        barrier.wait(timeout=WAIT)
        try:
            value = handle.storage_load(storage_key="k").storage_value
        except BaseException as exc:  # reported below
            with lock:
                errors.append(exc)
        else:
            with lock:
                results.append(str(value))

    threads = [threading.Thread(target=work) for _ in range(threads_count)]
    for thread in threads:
        thread.start()
    try:
        assert fake.wait_until(lambda: fake.count(LOAD, status=401) == threads_count, timeout=WAIT)
        assert fake.wait_until(lambda: fake.refresh_calls == 1, timeout=WAIT)
    finally:
        fake.resume_refresh()
        for thread in threads:
            thread.join(timeout=WAIT)

    assert errors == []
    assert results == ["v"] * threads_count
    assert fake.refresh_calls == 1
    stored = client.get_tokens("user-1")
    assert stored is not None
    assert fake.live_refresh_tokens(stored.extra["user_unique_id"]) == [stored.refresh_token]
    assert fake.count(LOAD, status=200) == threads_count


def test_dead_refresh_token_raises_relogin_required_without_looping(
    fake: PlayNanooFake, client: PlayNanooClient, player: PlayNanooPlayer
) -> None:
    fake.expire_access_tokens()
    fake.expire_refresh_tokens()
    before = len(fake.requests)

    with pytest.raises(ReloginRequired) as caught:
        player.storage_load(storage_key="k")

    assert isinstance(caught.value, AuthenticationError)
    assert caught.value.http_status == 401
    assert [r.path for r in fake.requests[before:]] == [LOAD, DEFAULT_REFRESH_PATH]
    assert client.get_tokens("user-1") is None  # the dead pair is dropped
    with pytest.raises(ReloginRequired):
        player.storage_load(storage_key="k")
    assert len(fake.requests) == before + 2  # no tokens: refused before any I/O


def test_a_refresh_token_used_elsewhere_is_dead_too(fake: PlayNanooFake, client: PlayNanooClient) -> None:
    profile = fake.create_player()
    access, refresh = fake.issue_tokens(profile.uuid)
    client.set_tokens("p", access_token=access, refresh_token=refresh)
    other = make_client(fake)
    other.set_tokens("p", access_token=access, refresh_token=refresh)
    fake.expire_access_tokens()
    assert other.player("p", device=DEVICE).token_info().player is not None  # rotates the pair

    with pytest.raises(ReloginRequired):
        client.player("p", device=DEVICE).token_info()
    assert fake.refresh_calls == 2


def test_a_second_401_after_the_refresh_is_an_authentication_error(
    fake: PlayNanooFake, player: PlayNanooPlayer
) -> None:
    fake.fail_next("TokenExpired", path=LOAD, times=2)
    before = len(fake.requests)

    with pytest.raises(AuthenticationError) as caught:
        player.storage_load(storage_key="k")

    assert not isinstance(caught.value, ReloginRequired)
    assert [r.path for r in fake.requests[before:]] == [LOAD, DEFAULT_REFRESH_PATH, LOAD]
    assert fake.refresh_calls == 1


def test_non_idempotent_call_is_retried_after_a_401_because_nothing_happened(
    fake: PlayNanooFake, player: PlayNanooPlayer
) -> None:
    fake.add_coupon("WELCOME", {"gem": 5})
    fake.expire_access_tokens()
    rewards = player.coupon_use(code="WELCOME")
    assert [(r.item_code, r.item_count) for r in rewards.items or []] == [("gem", 5)]
    assert fake.count("/coupon/v20240301/search") == 2


def test_on_new_token_gets_every_new_pair_after_it_is_stored(fake: PlayNanooFake) -> None:
    seen: list[tuple[str, Token, Token | None]] = []
    store = MemoryTokenStore()
    holder: dict[str, PlayNanooClient] = {}

    def remember(player_key: str, token: Token) -> None:
        seen.append((player_key, token, holder["client"].get_tokens(player_key)))

    with make_client(fake, token_store=store, on_new_token=remember) as client:
        holder["client"] = client
        handle = client.player("user-7", device=DEVICE)
        handle.guest_sign_in(linked_id="d-7")
        fake.expire_access_tokens()
        handle.inbox_count(table_code="t")

    assert [key for key, _, _ in seen] == ["user-7", "user-7"]
    for _, token, stored in seen:
        assert stored == token  # saved before the callback ran
    assert seen[0][1].refresh_token != seen[1][1].refresh_token


def test_a_failing_on_new_token_does_not_fail_the_call(fake: PlayNanooFake) -> None:
    def broken(player_key: str, token: Token) -> None:
        raise RuntimeError("database down")

    with make_client(fake, on_new_token=broken) as client:
        handle = client.player("user-8", device=DEVICE)
        handle.guest_sign_in(linked_id="d-8")
        fake.expire_access_tokens()
        assert handle.inbox_count(table_code="t").count == 0
        assert client.get_tokens("user-8") is not None


def test_seeded_tokens_are_used_and_refreshed(fake: PlayNanooFake, client: PlayNanooClient) -> None:
    profile = fake.create_player(nickname="seeded")
    access, refresh = fake.issue_tokens(profile.uuid)
    client.set_tokens("app-42", access_token=access, refresh_token=refresh, user_unique_id=profile.uuid)
    handle = client.player("app-42", device=DEVICE)
    fake.expire_access_tokens()

    assert handle.server_time().timestamp is not None
    assert fake.refresh_calls == 1
    assert fake.requests[-1].json()["uuid"] == profile.uuid


def test_seeded_access_token_without_refresh_token_needs_a_new_sign_in(
    fake: PlayNanooFake, client: PlayNanooClient
) -> None:
    profile = fake.create_player()
    access, _ = fake.issue_tokens(profile.uuid)
    client.set_tokens("app-43", access_token=access)
    fake.expire_access_tokens()
    with pytest.raises(ReloginRequired):
        client.player("app-43", device=DEVICE).inbox_count(table_code="t")
    assert fake.refresh_calls == 0


def test_explicit_refresh_and_sign_out(
    fake: PlayNanooFake, client: PlayNanooClient, player: PlayNanooPlayer
) -> None:
    old = client.get_tokens("user-1")
    new = player.refresh_tokens()
    assert old is not None and new.access_token != old.access_token
    assert player.sign_out().status == "success"
    assert client.get_tokens("user-1") is None
    with pytest.raises(ReloginRequired):
        player.inbox_count(table_code="t")


def test_token_info_sends_the_access_token_in_use_even_after_a_refresh(
    fake: PlayNanooFake, client: PlayNanooClient, player: PlayNanooPlayer
) -> None:
    fake.expire_access_tokens()
    info = player.token_info()
    current = client.get_tokens("user-1")
    assert current is not None
    assert fake.requests[-1].method == "GET"
    assert fake.requests[-1].json()["access_token"] == current.access_token
    assert info.token.access_token == current.access_token


def test_token_status_reports_an_expired_token_without_refreshing(
    fake: PlayNanooFake, player: PlayNanooPlayer
) -> None:
    assert player.token_status().status == "valid"
    fake.expire_access_tokens()
    assert player.token_status().status == "expired"
    assert fake.refresh_calls == 0
    assert fake.requests[-1].header("Authorization") is None


def test_refresh_path_is_a_setting() -> None:
    with (
        PlayNanooFake(refresh_path="/api/v2/refresh") as fake,
        make_client(fake, token_refresh_path="/api/v2/refresh") as client,
    ):
        handle = client.player("u", device=DEVICE)
        handle.guest_sign_in(linked_id="d")
        fake.expire_access_tokens()
        handle.inbox_count(table_code="t")
        assert fake.count("/api/v2/refresh") == 1


def test_tokens_are_shared_through_the_store(fake: PlayNanooFake) -> None:
    store = MemoryTokenStore()
    with make_client(fake, token_store=store) as first, make_client(fake, token_store=store) as second:
        first.player("shared", device=DEVICE).guest_sign_in(linked_id="d-s")
        assert second.player("shared", device=DEVICE).inbox_count(table_code="t").count == 0
        assert first.get_tokens("shared") == second.get_tokens("shared")


def test_an_ios_device_is_sent_as_is(fake: PlayNanooFake, client: PlayNanooClient) -> None:
    device = DeviceInfo(
        device_id="i-1",
        platform=DevicePlatform.IOS,
        device_model="iPhone15,2",
        device_os="17.2",
        device_language="KO",
        uuid=None,
    )
    client.player("ios-user", device=device).guest_sign_in(linked_id="i-1")
    body = fake.requests[-1].json()
    assert body["platform"] == "ios" and "uuid" not in body


def test_time_passing_on_the_fake_expires_tokens(
    fake: PlayNanooFake, client: PlayNanooClient, player: PlayNanooPlayer
) -> None:
    fake.advance(fake.access_token_ttl - 1)
    player.inbox_count(table_code="t")
    assert fake.refresh_calls == 0
    fake.advance(1)
    player.inbox_count(table_code="t")
    assert fake.refresh_calls == 1
    fake.advance(fake.refresh_token_ttl)
    with pytest.raises(ReloginRequired):
        player.inbox_count(table_code="t")
    assert fake.refresh_calls == 2
    assert client.get_tokens("user-1") is None
    player.guest_sign_in(linked_id="device-1")  # signing in again recovers
    assert player.inbox_count(table_code="t").count == 0
