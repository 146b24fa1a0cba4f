"""Client settings: hosts and their overrides, checked settings, lifecycle."""

from __future__ import annotations

from typing import Any

import pytest
import requests

from gameplatform.errors import ConfigurationError
from gameplatform.playnanoo import DEFAULT_BASE_URLS, DEFAULT_TOKEN_REFRESH_PATH, PlayNanooClient, RateLimit
from gameplatform.tokens import MemoryTokenStore


def make(**settings: Any) -> PlayNanooClient:
    settings.setdefault("game_id", "g")
    settings.setdefault("service_key", "k")
    return PlayNanooClient(**settings)


def test_documented_hosts_by_default() -> None:
    with make() as client:
        assert client.base_urls == {
            "account": "https://service-account.playnanoo.com",
            "api": "https://service-api.playnanoo.com",
            "storage": "https://service-storage-api.playnanoo.com",
            "time": "https://api.playnanoo.com",
        }
        assert dict(DEFAULT_BASE_URLS) == client.base_urls
        assert client.token_refresh_path == DEFAULT_TOKEN_REFRESH_PATH == "/api/v20210601/token/refresh"


def test_base_url_sets_every_host_and_each_host_can_be_overridden() -> None:
    with make(base_url="http://127.0.0.1:9000/", storage_base_url="https://storage.example.test") as client:
        assert client.base_urls == {
            "account": "http://127.0.0.1:9000",
            "api": "http://127.0.0.1:9000",
            "storage": "https://storage.example.test",
            "time": "http://127.0.0.1:9000",
        }


@pytest.mark.parametrize(
    "settings",
    [
        {"game_id": ""},
        {"service_key": "  "},
        {"base_url": "http://example.com"},
        {"time_base_url": "ftp://127.0.0.1"},
        {"token_refresh_path": "token/refresh"},
        {"max_retries": -1},
        {"timeout": 0},
        {"rate_limit": 5},
        {"clock": 3},
        {"token_ttl": -5},
        {"on_new_token": "callback"},
    ],
)
def test_unusable_settings_are_configuration_errors(settings: dict[str, Any]) -> None:
    with pytest.raises(ConfigurationError):
        make(**settings)


def test_a_callers_session_is_used_and_left_open() -> None:
    class WatchedSession(requests.Session):
        closed = False

        def close(self) -> None:
            self.closed = True
            super().close()

    session = WatchedSession()
    with make(session=session, rate_limit=RateLimit(per_second=5)):
        pass
    assert not session.closed


def test_token_store_is_the_one_given() -> None:
    store = MemoryTokenStore()
    with make(token_store=store) as client:
        assert client.token_store is store
        client.set_tokens("p", access_token="a", refresh_token="r")
        assert client.get_tokens("p") is not None
        client.forget_tokens("p")
        assert client.get_tokens("p") is None
