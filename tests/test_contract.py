"""The public surface promised in the contract: names, argument names, error tree."""

from __future__ import annotations

import inspect
from typing import Any

import pytest

import gameplatform
from gameplatform import errors


def params(obj: Any) -> dict[str, inspect.Parameter]:
    return dict(inspect.signature(obj).parameters)


def test_error_tree() -> None:
    tree = {
        "ConfigurationError": "GamePlatformError",
        "ValidationError": "GamePlatformError",
        "SignatureError": "GamePlatformError",
        "TransportError": "GamePlatformError",
        "APIError": "GamePlatformError",
        "AuthenticationError": "APIError",
        "PermissionDeniedError": "APIError",
        "NotFoundError": "APIError",
        "RateLimitError": "APIError",
        "ServerError": "APIError",
        "ReloginRequired": "AuthenticationError",
    }
    for name, parent in tree.items():
        cls = getattr(errors, name)
        assert getattr(gameplatform, name) is cls
        assert cls.__mro__[1] is getattr(errors, parent) or issubclass(cls, getattr(errors, parent))
    error = errors.APIError("m", platform="p", http_status=404, code="c", request_id="r", body={"a": 1})
    assert (error.platform, error.http_status, error.code, error.message, error.request_id, error.body) == (
        "p",
        404,
        "c",
        "m",
        "r",
        {"a": 1},
    )
    assert errors.RateLimitError("m", platform="p", retry_after=3.0).retry_after == 3.0
    assert errors.TransportError("t", retryable=True).retryable is True
    v = errors.ValidationError("ip", "must be an IPv4 or IPv6 address")
    assert (v.field, v.reason) == ("ip", "must be an IPv4 or IPv6 address")


def test_fargames_surface() -> None:
    from gameplatform import fargames

    assert list(params(fargames.encode_body)) == ["data"]
    assert list(params(fargames.sign)) == ["body", "api_token"]
    assert list(params(fargames.verify_signature)) == ["body", "signature", "api_token"]
    init = params(fargames.FarGamesClient)
    for name in ("base_url", "agent_id", "api_token", "session", "timeout", "max_retries", "clock"):
        assert init[name].kind is inspect.Parameter.KEYWORD_ONLY, name
    link = params(fargames.FarGamesClient.get_game_link)
    assert {
        "game_id",
        "player_id",
        "player_username",
        "language",
        "currency",
        "home_url",
        "agent_session_id",
        "ip",
    } <= set(link)
    demo = params(fargames.FarGamesClient.get_game_link_demo)
    assert "agent_session_id" not in demo
    assert {f for f in ("id", "title", "brand", "image_url", "demo")} <= {
        a.name for a in fargames.Game.__attrs_attrs__
    }
    assert issubclass(fargames.GameNotFound, errors.NotFoundError)


def test_playdapp_surface() -> None:
    from gameplatform import playdapp

    assert list(params(playdapp.signing_string)) == ["method", "path", "timestamp", "nonce", "body"]
    assert list(params(playdapp.sign)) == ["api_secret", "method", "path", "timestamp", "nonce", "body"]
    assert list(params(playdapp.canonical_json)) == ["body"]
    init = params(playdapp.PlaydappClient)
    for name in (
        "base_url",
        "api_key",
        "api_secret",
        "shop_in_shop_base_url",
        "sis_api_key",
        "session",
        "timeout",
        "max_retries",
    ):
        assert init[name].kind is inspect.Parameter.KEYWORD_ONLY, name


def test_stove_surface() -> None:
    from gameplatform import stove

    init = params(stove.StoveClient)
    for name in (
        "client_id",
        "client_secret",
        "service_id",
        "environment",
        "base_url",
        "token_store",
        "clock",
        "session",
        "timeout",
        "max_retries",
    ):
        assert init[name].kind is inspect.Parameter.KEYWORD_ONLY, name
    assert init["environment"].default == "live"
    verify = params(stove.StoveClient.verify_user_token)
    assert {"game_id", "access_token"} <= set(verify)
    assert hasattr(stove.StoveClient, "server_token")


def test_playnanoo_surface() -> None:
    from gameplatform import playnanoo

    fields = [a.name for a in playnanoo.DeviceInfo.__attrs_attrs__]
    assert fields[:10] == [
        "uuid",
        "nickname",
        "device_id",
        "version",
        "platform",
        "device_model",
        "device_os",
        "device_language",
        "device_country",
        "device_timeoffset",
    ]
    init = params(playnanoo.PlayNanooClient)
    for name in ("game_id", "service_key", "token_store", "base_url", "session", "timeout", "max_retries"):
        assert init[name].kind is inspect.Parameter.KEYWORD_ONLY, name


def test_token_stores_surface() -> None:
    from gameplatform import tokens

    for name in ("get", "set", "delete", "lock"):
        assert hasattr(tokens.TokenStore, name)
    assert list(params(tokens.MemoryTokenStore.set))[1:] == ["key", "token", "ttl"]
    redis_init = params(tokens.RedisTokenStore)
    assert list(redis_init)[:2] == ["redis_client", "prefix"]
    assert redis_init["prefix"].default == "gameplatform:"


@pytest.mark.parametrize("module", ["fargames", "playdapp", "stove", "playnanoo"])
def test_every_client_is_a_context_manager_with_close(module: str) -> None:
    import importlib

    mod = importlib.import_module(f"gameplatform.{module}")
    client_cls = next(getattr(mod, n) for n in mod.__all__ if n.endswith("Client"))
    for name in ("close", "__enter__", "__exit__"):
        assert callable(getattr(client_cls, name))
