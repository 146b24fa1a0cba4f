"""``manage.py check`` on GAMEPLATFORM, and the same rules in Flask's init_app (one function)."""

from __future__ import annotations

from typing import Any

import pytest
from django.core import checks
from django.core.management import call_command
from django.core.management.base import SystemCheckError
from django.test import override_settings
from flask import Flask

from gameplatform.contrib.flask import GamePlatform
from gameplatform.errors import ConfigurationError

FAR = {"base_url": "https://far.example.com", "agent_id": 1, "api_token": "far-SECRET-token"}
STOVE = {"client_id": "cid", "client_secret": "stove-SECRET", "service_id": "MY_GAME"}
PLAYDAPP = {"base_url": "https://pd.example.com", "api_key": "k", "api_secret": "pd-SECRET"}
NANOO = {"game_id": "g", "service_key": "nanoo-SECRET"}


def problems(setting: Any) -> list[tuple[str, str]]:
    with override_settings(GAMEPLATFORM=setting):
        found = checks.run_checks(tags=["gameplatform"])
    return [(message.id or "", message.msg) for message in found]


def ids(setting: Any) -> list[str]:
    return [problem_id for problem_id, _ in problems(setting)]


def test_good_settings_pass() -> None:
    assert problems({"FARGAMES": FAR, "STOVE": STOVE, "PLAYDAPP": PLAYDAPP, "PLAYNANOO": NANOO}) == []
    assert problems({"FARGAMES": FAR, "TOKEN_STORE": "redis://127.0.0.1:6379/0", "CACHE_ALIAS": "db"}) == []
    assert problems({"STOVE": STOVE, "TOKEN_STORE": "memory"}) == []


def test_manage_py_check_reports_a_missing_api_token() -> None:
    without_token = {key: value for key, value in FAR.items() if key != "api_token"}
    with (
        override_settings(GAMEPLATFORM={"FARGAMES": without_token}),
        pytest.raises(SystemCheckError) as caught,
    ):
        call_command("check")
    assert "gameplatform.E004" in str(caught.value)
    assert "'api_token'" in str(caught.value)
    assert ids({"FARGAMES": {**FAR, "api_token": None}}) == ["gameplatform.E004"]


@pytest.mark.parametrize(
    ("setting", "expected"),
    [
        (None, ["gameplatform.E001"]),
        ("not a dict", ["gameplatform.E001"]),
        ({"FARGAME": FAR}, ["gameplatform.E002", "gameplatform.W001"]),
        ({"FARGAMES": ["not", "a", "dict"]}, ["gameplatform.E003"]),
        ({"FARGAMES": {"base_url": "https://far.example.com"}}, ["gameplatform.E004", "gameplatform.E004"]),
        ({"FARGAMES": {**FAR, "api_tokn": "x"}}, ["gameplatform.E005"]),
        ({"STOVE": {**STOVE, "token_store": object()}}, ["gameplatform.E005"]),
        ({"FARGAMES": {**FAR, "base_url": "http://far.example.com"}}, ["gameplatform.E006"]),
        ({"FARGAMES": {**FAR, "agent_id": "one"}}, ["gameplatform.E006"]),
        ({"STOVE": {**STOVE, "environment": "staging"}}, ["gameplatform.E006"]),
        ({"FARGAMES": FAR, "TOKEN_STORE": "memcached"}, ["gameplatform.E007"]),
        ({"FARGAMES": FAR, "TOKEN_STORE": "http://redis.example.com"}, ["gameplatform.E007"]),
        ({"FARGAMES": FAR, "CACHE_ALIAS": "nowhere"}, ["gameplatform.E008"]),
        ({"FARGAMES": FAR, "CACHE_ALIAS": 3}, ["gameplatform.E008"]),
        ({}, ["gameplatform.W001"]),
    ],
)
def test_each_problem_has_its_stable_id(setting: Any, expected: list[str]) -> None:
    assert ids(setting) == expected


def test_messages_name_the_key_and_never_a_secret() -> None:
    found = problems(
        {
            "FARGAMES": {**FAR, "base_url": "http://far.example.com"},
            "STOVE": {**STOVE, "client_secret": None, "secret_key": "stove-SECRET"},
            "FARGAME": {},
        }
    )
    text = " ".join(message for _, message in found)
    assert "SECRET" not in text
    assert "'FARGAME'" in text
    assert "'client_secret'" in text
    assert "'secret_key'" in text


def test_a_typo_gets_a_suggestion() -> None:
    with override_settings(GAMEPLATFORM={"FARGAMES": {**FAR, "api_tokn": "x"}}):
        [message] = checks.run_checks(tags=["gameplatform"])
    assert message.hint == "did you mean 'api_token'?"


@pytest.mark.parametrize(
    "setting",
    [
        None,
        {"FARGAMES": {key: value for key, value in FAR.items() if key != "api_token"}},
        {"FARGAMES": FAR, "TOKEN_STORE": "cache"},  # Flask has no cache
        {"FARGAMES": {**FAR, "agent_id": "one"}},
    ],
)
def test_flask_init_app_refuses_what_manage_py_check_reports(setting: Any) -> None:
    app = Flask(__name__)
    app.config["GAMEPLATFORM"] = setting
    with pytest.raises(ConfigurationError, match=r"gameplatform\.E00[0-9]") as caught:
        GamePlatform(app)
    assert "SECRET" not in str(caught.value)
