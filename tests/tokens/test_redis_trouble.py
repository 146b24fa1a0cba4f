"""Redis frozen (SIGSTOP) or down (killed): calls neither hang nor leak redis exceptions.

STOVE keeps working with a token of its own process; PlayNANOO, whose player tokens
live only in the store, raises ``TokenStoreError``. Both quickly: with the store's
bounded timeouts a frozen Redis costs one timeout, not minutes. (The timeout marks
below only stop a hang from blocking the suite; nothing here measures speed.)
"""

from __future__ import annotations

import logging
import os
import signal
import subprocess
from collections.abc import Iterator

import pytest
import redis

from gameplatform.errors import GamePlatformError, TokenStoreError
from gameplatform.playnanoo import DeviceInfo, PlayNanooClient
from gameplatform.stove import StoveClient
from gameplatform.testing.playnanoo import PlayNanooFake
from gameplatform.testing.stove import StoveFake
from gameplatform.tokens import RedisTokenStore, Token, TokenStoreWarning
from gameplatform.tokens import _redis as redis_module

Trouble = tuple[str, subprocess.Popen[bytes]]


@pytest.fixture(params=["frozen", "down"])
def troubled_redis(
    request: pytest.FixtureRequest, private_redis: Trouble
) -> Iterator[tuple[str, str, subprocess.Popen[bytes]]]:
    url, process = private_redis
    yield request.param, url, process


def _break(kind: str, process: subprocess.Popen[bytes]) -> None:
    if kind == "frozen":
        os.kill(process.pid, signal.SIGSTOP)
    else:
        process.kill()
        process.wait(timeout=10)


def _heal(kind: str, process: subprocess.Popen[bytes]) -> None:
    if kind == "frozen":
        os.kill(process.pid, signal.SIGCONT)


class CountingStore(RedisTokenStore):
    """Counts the store operations a call attempts (each may cost one timeout)."""

    operations = 0

    def get(self, key: str) -> Token | None:
        CountingStore.operations += 1
        return super().get(key)

    def set(self, key: str, token: Token, ttl: float | None) -> None:
        CountingStore.operations += 1
        super().set(key, token, ttl)


@pytest.mark.timeout(20)
def test_stove_cold_call_falls_back_to_a_process_token(
    troubled_redis: tuple[str, str, subprocess.Popen[bytes]], caplog: pytest.LogCaptureFixture
) -> None:
    kind, url, process = troubled_redis
    store = RedisTokenStore.from_url(url)
    counting = CountingStore(store.client, prefix=store.prefix)
    CountingStore.operations = 0
    with StoveFake() as fake:
        client = StoveClient(**fake.client_settings(), token_store=counting)
        player_token = fake.issue_player_token("GAME_A", 5)
        _break(kind, process)
        try:
            with caplog.at_level(logging.WARNING, logger="gameplatform"):
                user = client.verify_user_token(game_id="GAME_A", access_token=player_token)
                again = client.verify_user_token(game_id="GAME_A", access_token=player_token)
        finally:
            _heal(kind, process)
    assert user.member_no == again.member_no == 5
    assert fake.token_calls == 1
    assert CountingStore.operations == 1  # one failed read, then this process's own token
    assert "token store unavailable" in caplog.text
    assert "fetching a token for this process only" in caplog.text


@pytest.mark.timeout(20)
def test_playnanoo_raises_token_store_error(troubled_redis: tuple[str, str, subprocess.Popen[bytes]]) -> None:
    kind, url, process = troubled_redis
    with PlayNanooFake() as fake:
        client = PlayNanooClient(**fake.client_settings(), token_store=RedisTokenStore.from_url(url))
        player = client.player("p1", device=DeviceInfo(device_id="d1", platform="aos"))
        player.guest_sign_in(linked_id="d1")
        _break(kind, process)
        try:
            with pytest.raises(TokenStoreError) as caught:
                player.storage_load(storage_key="k")
            with pytest.raises(TokenStoreError):
                player.guest_sign_in(linked_id="d1")  # signed in, but the pair cannot be kept
        finally:
            _heal(kind, process)
    error = caught.value
    assert isinstance(error, GamePlatformError)
    assert error.__cause__ is None and error.__context__ is None
    assert "Redis GET failed" in str(error)


@pytest.mark.timeout(20)
@pytest.mark.parametrize("operation", ["get", "set", "delete", "lock"])
def test_every_store_operation_raises_token_store_error(
    troubled_redis: tuple[str, str, subprocess.Popen[bytes]], operation: str
) -> None:
    kind, url, process = troubled_redis
    store = RedisTokenStore.from_url(url)
    token = Token(access_token="a", expires_at=None, issued_at=0.0)
    _break(kind, process)
    try:
        with pytest.raises(TokenStoreError):
            if operation == "get":
                store.get("k")
            elif operation == "set":
                store.set("k", token, 10)
            elif operation == "delete":
                store.delete("k")
            else:
                store.lock("k", 5).acquire(blocking=False)
    finally:
        _heal(kind, process)


def test_from_url_bounds_timeouts_and_client_retries(redis_url: str) -> None:
    store = RedisTokenStore.from_url(redis_url)
    options = store.client.connection_pool.connection_kwargs  # type: ignore[attr-defined]
    assert options["socket_timeout"] == 1.0
    assert options["socket_connect_timeout"] == 1.0
    assert options["retry"].get_retries() == 0
    assert (
        RedisTokenStore.from_url(redis_url, socket_timeout=0.25).client.connection_pool.connection_kwargs[  # type: ignore[attr-defined]
            "socket_timeout"
        ]
        == 0.25
    )


def test_a_client_without_socket_timeout_is_warned_about_once(
    redis_url: str, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setattr(redis_module, "_warned_unbounded", False)
    unbounded = redis.Redis.from_url(redis_url)
    with pytest.warns(TokenStoreWarning, match="socket_timeout"):
        RedisTokenStore(unbounded)
    caplog.clear()
    with caplog.at_level(logging.WARNING, logger="gameplatform.tokens"):
        import warnings

        with warnings.catch_warnings():
            warnings.simplefilter("error")
            RedisTokenStore(unbounded)  # once per process
    assert "socket_timeout" not in caplog.text
    bounded = redis.Redis.from_url(redis_url, socket_timeout=1.0)
    monkeypatch.setattr(redis_module, "_warned_unbounded", False)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        RedisTokenStore(bounded)
    unbounded.close()
    bounded.close()


class BrokenStore:
    """A user's own TokenStore whose backend fails with its library's exception."""

    def get(self, key: str) -> Token | None:
        raise OSError("backend down at db.internal:5432 password=hunter2")

    def set(self, key: str, token: Token, ttl: float | None) -> None:
        raise OSError("backend down")

    def delete(self, key: str) -> None:
        raise OSError("backend down")

    def lock(self, key: str, timeout: float) -> object:
        raise OSError("backend down")


def test_a_user_store_s_own_exceptions_become_token_store_errors() -> None:
    client = PlayNanooClient(game_id="g", service_key="k", token_store=BrokenStore())  # type: ignore[arg-type]
    player = client.player("p1", device=DeviceInfo(device_id="d1", platform="aos"))
    with pytest.raises(TokenStoreError) as caught:
        player.storage_load(storage_key="k")
    assert "hunter2" not in str(caught.value) and caught.value.__context__ is None
    with pytest.raises(TokenStoreError):
        client.set_tokens("p1", access_token="a")
