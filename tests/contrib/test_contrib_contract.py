"""The contract's Testing kit, Django and Flask sections: names and argument names."""

from __future__ import annotations

import importlib.metadata
import inspect

import pytest

from gameplatform.testing import FarGamesFake, PlaydappFake, PlayNanooFake, StoveFake


@pytest.mark.parametrize("fake", [FarGamesFake, PlaydappFake, StoveFake, PlayNanooFake])
def test_every_fake_has_the_same_fail_next_and_client_settings(fake: type) -> None:
    parameters = list(inspect.signature(fake.fail_next).parameters.values())
    assert [p.name for p in parameters[:2]] == ["self", "code"]
    assert parameters[1].kind is inspect.Parameter.POSITIONAL_OR_KEYWORD
    times = inspect.signature(fake.fail_next).parameters["times"]
    assert (times.kind, times.default) == (inspect.Parameter.KEYWORD_ONLY, 1)
    assert list(inspect.signature(fake.client_settings).parameters) == ["self"]


def test_the_pytest_plugin_is_registered_and_has_the_fixtures() -> None:
    [entry] = [e for e in importlib.metadata.entry_points(group="pytest11") if e.name == "gameplatform"]
    assert entry.value == "gameplatform.testing.pytest_plugin"
    plugin = entry.load()
    for name in ("fargames_fake", "playdapp_fake", "stove_fake", "playnanoo_fake"):
        assert callable(getattr(plugin, name))


def test_django_surface() -> None:
    from gameplatform.contrib import django as contrib_django

    for name in ("clients", "DjangoCacheTokenStore", "FarGamesWalletView"):
        assert hasattr(contrib_django, name)
    assert next(iter(inspect.signature(contrib_django.DjangoCacheTokenStore).parameters)) == "cache_alias"
    assert (
        inspect.signature(contrib_django.DjangoCacheTokenStore).parameters["cache_alias"].default == "default"
    )
    for attribute in ("fargames", "playdapp", "stove", "playnanoo"):
        assert isinstance(getattr(type(contrib_django.clients), attribute), property)
    view = contrib_django.FarGamesWalletView
    assert callable(view.get_balance) and callable(view.make_bet)
    assert getattr(view.as_view(), "csrf_exempt", False) is True


def test_flask_surface() -> None:
    from gameplatform.contrib.flask import GamePlatform

    assert list(inspect.signature(GamePlatform).parameters) == ["app"]
    assert list(inspect.signature(GamePlatform.init_app).parameters) == ["self", "app"]
    for attribute in ("fargames", "playdapp", "stove", "playnanoo"):
        assert isinstance(getattr(GamePlatform, attribute), property)
    blueprint = inspect.signature(GamePlatform.fargames_wallet_blueprint).parameters
    assert blueprint["get_balance"].kind is inspect.Parameter.KEYWORD_ONLY
    assert blueprint["make_bet"].kind is inspect.Parameter.KEYWORD_ONLY
    assert blueprint["url_prefix"].default == "/fargames"
