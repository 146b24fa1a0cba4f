"""``gameplatform.contrib.django.clients``: built from settings lazily, once per process, rebuilt
when the setting changes (override_settings) and after fork; platforms missing from the
settings raise ImproperlyConfigured on use."""

from __future__ import annotations

import multiprocessing
import threading
from collections.abc import Iterator
from typing import Any

import pytest
from django.core.exceptions import ImproperlyConfigured
from django.test import override_settings

from gameplatform.contrib.django import DjangoCacheTokenStore, GamePlatformImproperlyConfigured, clients
from gameplatform.errors import ConfigurationError
from gameplatform.fargames import FarGamesClient
from gameplatform.playdapp import PlaydappClient
from gameplatform.playnanoo import PlayNanooClient
from gameplatform.stove import StoveClient
from gameplatform.testing import FarGamesFake, PlaydappFake, PlayNanooFake, StoveFake
from gameplatform.tokens import MemoryTokenStore, RedisTokenStore

WAIT = 20.0


@pytest.fixture
def fakes() -> Iterator[dict[str, Any]]:
    with (
        FarGamesFake(agent_id=3, api_token="far-SECRET") as far,
        PlaydappFake() as playdapp,
        StoveFake() as stove,
        PlayNanooFake() as nanoo,
    ):
        yield {"FARGAMES": far, "PLAYDAPP": playdapp, "STOVE": stove, "PLAYNANOO": nanoo}


def settings_for(fakes: dict[str, Any], **extra: Any) -> dict[str, Any]:
    return {key: dict(fake.client_settings()) for key, fake in fakes.items()} | extra


def test_every_platform_client_works_against_its_fake(fakes: dict[str, Any]) -> None:
    with override_settings(GAMEPLATFORM=settings_for(fakes)):
        assert isinstance(clients.fargames, FarGamesClient)
        assert clients.fargames.list_games().total > 0
        assert isinstance(clients.playdapp, PlaydappClient)
        assert clients.playdapp.list_items().total == 0
        assert isinstance(clients.stove, StoveClient)
        assert clients.stove.server_token().access_token
        assert isinstance(clients.playnanoo, PlayNanooClient)
        assert clients.playnanoo.game_id == fakes["PLAYNANOO"].game_id


def test_clients_are_built_once_and_shared_by_threads(fakes: dict[str, Any]) -> None:
    with override_settings(GAMEPLATFORM=settings_for(fakes)):
        barrier = threading.Barrier(8)
        seen: list[int] = []

        def first_use() -> None:
            barrier.wait(WAIT)
            seen.append(id(clients.fargames))

        threads = [threading.Thread(target=first_use) for _ in range(8)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(WAIT)
        assert len(seen) == 8
        assert len(set(seen)) == 1
        assert clients.fargames is clients.fargames


def test_override_settings_rebuilds_and_the_stove_token_comes_from_the_cache(fakes: dict[str, Any]) -> None:
    stove = fakes["STOVE"]
    with override_settings(GAMEPLATFORM=settings_for(fakes)):
        first_client = clients.stove
        token = first_client.server_token().access_token
        assert isinstance(clients.token_store, DjangoCacheTokenStore)
    with override_settings(GAMEPLATFORM=settings_for(fakes, TOKEN_STORE="cache")):
        rebuilt = clients.stove
        assert rebuilt is not first_client
        assert rebuilt.server_token().access_token == token
    with override_settings(GAMEPLATFORM=settings_for(fakes)):
        assert clients.stove.server_token().access_token == token
    assert stove.token_calls == 1


def test_a_changed_setting_reaches_the_new_clients(fakes: dict[str, Any]) -> None:
    with override_settings(GAMEPLATFORM=settings_for(fakes)):
        assert clients.fargames.base_url == fakes["FARGAMES"].url
    with FarGamesFake(agent_id=9, api_token="other") as other:
        changed = override_settings(GAMEPLATFORM={"FARGAMES": other.client_settings()})
        with changed:
            assert clients.fargames.base_url == other.url
            assert clients.fargames.list_games().total > 0


def test_a_platform_missing_from_the_settings_raises_improperly_configured(fakes: dict[str, Any]) -> None:
    with override_settings(GAMEPLATFORM={"FARGAMES": fakes["FARGAMES"].client_settings()}):
        with pytest.raises(ImproperlyConfigured, match="'PLAYDAPP'"):
            _ = clients.playdapp
        with pytest.raises(ConfigurationError):  # the same error, as an SDK error
            _ = clients.stove
        assert clients.fargames.list_games().total > 0
    with override_settings(GAMEPLATFORM=None), pytest.raises(ImproperlyConfigured, match="missing"):
        _ = clients.fargames


def test_unusable_settings_raise_improperly_configured_without_secrets(fakes: dict[str, Any]) -> None:
    broken = {"base_url": "http://far.example.com", "agent_id": 1, "api_token": "tok-SECRET"}
    with override_settings(GAMEPLATFORM={"FARGAMES": broken}):
        with pytest.raises(GamePlatformImproperlyConfigured) as caught:
            _ = clients.fargames
        assert "SECRET" not in str(caught.value)


def test_memory_and_redis_token_stores(fakes: dict[str, Any], redis_url: str) -> None:
    with override_settings(GAMEPLATFORM=settings_for(fakes, TOKEN_STORE="memory")):
        store = clients.token_store
        assert isinstance(store, MemoryTokenStore)
        clients.stove.server_token()
        assert store.get(clients.stove.token_store_key) is not None
    with override_settings(GAMEPLATFORM=settings_for(fakes, TOKEN_STORE=redis_url)):
        store = clients.token_store
        assert isinstance(store, RedisTokenStore)
        clients.stove.server_token()
        assert store.get(clients.stove.token_store_key) is not None


def _report_in_child(connection: Any, parent_client: FarGamesClient) -> None:
    # With the fork start method the arguments are the parent's very objects, not copies.
    connection.send((clients.fargames is parent_client, clients.fargames.list_games().total > 0))
    connection.close()


def test_a_forked_child_builds_its_own_clients(fakes: dict[str, Any]) -> None:
    with override_settings(GAMEPLATFORM=settings_for(fakes)):
        parent_client = clients.fargames
        parent_client.list_games()
        receiver, sender = multiprocessing.get_context("fork").Pipe(duplex=False)
        child = multiprocessing.get_context("fork").Process(
            target=_report_in_child, args=(sender, parent_client)
        )
        child.start()
        sender.close()
        assert receiver.poll(WAIT)
        reused, worked = receiver.recv()
        child.join(WAIT)
        assert child.exitcode == 0
        assert worked
        assert not reused
        assert clients.fargames is parent_client
