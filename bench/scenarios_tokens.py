"""The scenarios of the token platforms: STOVE and PlayNANOO (see :mod:`bench.scenario`)."""

from __future__ import annotations

import json
from functools import partial
from typing import Any

import requests

from bench.canned import CannedResponse
from bench.handwritten import PlayNanooHand, StoveHand
from bench.scenario import FloorRequest, Route, Scenario, json_answer

__all__ = ["token_scenarios"]

STOVE_BASE = "https://stove.bench.invalid"
STOVE_GAME = "MY_GAME"
STOVE_SERVER_TOKEN = "srv-" + "a1B2c3D4" * 24
PLAYER_TOKEN = "eyJhbGciOiJIUzI1NiJ9.eyJtZW1iZXJfbm8iOjEyMzQ1Njc4OX0.c2lnbmF0dXJl"
NANOO_BASE = "https://playnanoo.bench.invalid"
NANOO_GAME = "bench-game"
NANOO_KEY = "bench-service-key"
NANOO_ACCESS = "nanoo-access-" + "x" * 40
NANOO_DEVICE = {
    "device_id": "a1b2c3",
    "version": "1.4.0",
    "platform": "aos",
    "uuid": "uuid-42",
    "nickname": "john",
}
PROGRESS = json.dumps({"level": 12, "gold": 3400, "inventory": ["sword", "shield", "potion"] * 5})


# -- STOVE ------------------------------------------------------------------------------------


def _stove_routes() -> dict[Route, CannedResponse]:
    host = STOVE_BASE.removeprefix("https://")
    return {
        ("POST", host, "/auth/v5/server_token"): json_answer(
            {
                "code": 0,
                "message": "OK",
                "response_data": {
                    "access_token": STOVE_SERVER_TOKEN,
                    "token_type": "bearer",
                    "expires_in": 2592000,
                },
            }
        ),
        ("POST", host, f"/member/v3.0/{STOVE_GAME}/token/verify"): json_answer(
            {"code": 0, "message": "OK", "value": {"member_no": 123456789, "guid": 987654321}}
        ),
        ("GET", host, "/ownership/v3.0/check_ownership"): json_answer(
            {
                "response_code": 0,
                "response_message": "success",
                "value": {
                    "member_no": 123456789,
                    "owner_list": [
                        {
                            "game_id": game,
                            "game_cd": 3,
                            "ownership_cd": 1,
                            "purchase_dt": 1700000000000,
                            "product_no": n,
                        }
                        for n, game in enumerate((STOVE_GAME, "MY_GAME_DLC1", "MY_GAME_DLC2"), start=1)
                    ],
                },
            }
        ),
    }


def _stove_client(session: requests.Session) -> Any:
    from gameplatform.stove import StoveClient

    client = StoveClient(
        client_id="com.example.server",
        client_secret="bench-client-secret",
        service_id=STOVE_GAME,
        base_url=STOVE_BASE,
        session=session,
    )
    client.server_token()  # "token cached": the benchmarked calls never issue it
    return client


def _stove_hand(session: requests.Session) -> StoveHand:
    return StoveHand(
        session,
        base_url=STOVE_BASE,
        client_id="com.example.server",
        client_secret="bench-client-secret",
        service_id=STOVE_GAME,
    )


_OWNED = [STOVE_GAME, "MY_GAME_DLC1", "MY_GAME_DLC2", "MY_GAME_DLC3"]


def _verify() -> Scenario:
    return Scenario(
        name="stove.verify_user_token",
        platform="stove",
        routes=_stove_routes,
        sdk=lambda session: partial(
            _stove_client(session).verify_user_token, game_id=STOVE_GAME, access_token=PLAYER_TOKEN
        ),
        hand=lambda session: partial(
            _stove_hand(session).verify_user_token, game_id=STOVE_GAME, access_token=PLAYER_TOKEN
        ),
        floor=FloorRequest(
            "POST",
            f"{STOVE_BASE}/member/v3.0/{STOVE_GAME}/token/verify",
            json.dumps({"access_token": PLAYER_TOKEN}).encode(),
        ),
        summary_sdk=lambda result: (result.member_no, result.guid),
        summary_hand=lambda result: (result.member_no, result.guid),
        expected=(123456789, 987654321),
    )


def _ownership() -> Scenario:
    return Scenario(
        name="stove.check_ownership",
        platform="stove",
        routes=_stove_routes,
        sdk=lambda session: partial(
            _stove_client(session).check_ownership, game_id=STOVE_GAME, member_no=123456789, game_ids=_OWNED
        ),
        hand=lambda session: partial(
            _stove_hand(session).check_ownership, game_id=STOVE_GAME, member_no=123456789, game_ids=_OWNED
        ),
        floor=FloorRequest(
            "GET",
            f"{STOVE_BASE}/ownership/v3.0/check_ownership?member_no=123456789&game_ids={','.join(_OWNED)}",
            None,
        ),
        summary_sdk=lambda result: tuple(entry.game_id for entry in result.owner_list),
        summary_hand=lambda result: tuple(entry.game_id for entry in result),
        expected=(STOVE_GAME, "MY_GAME_DLC1", "MY_GAME_DLC2"),
    )


# -- PlayNANOO --------------------------------------------------------------------------------


def _nanoo_routes() -> dict[Route, CannedResponse]:
    host = NANOO_BASE.removeprefix("https://")
    return {
        ("PUT", host, "/storage/v20221001/load"): json_answer(
            {"PlayerId": "uuid-42", "StorageKey": "progress", "StorageValue": PROGRESS}
        ),
        ("PUT", host, "/storage/v20221001/save"): json_answer({"Status": "success"}),
    }


def _nanoo_player(session: requests.Session) -> Any:
    from gameplatform.playnanoo import DeviceInfo, PlayNanooClient

    client = PlayNanooClient(game_id=NANOO_GAME, service_key=NANOO_KEY, base_url=NANOO_BASE, session=session)
    client.set_tokens(
        "user-42",
        access_token=NANOO_ACCESS,
        refresh_token="nanoo-refresh-token",
        user_unique_id=NANOO_DEVICE["uuid"],
        nickname=NANOO_DEVICE["nickname"],
    )
    device = DeviceInfo(device_id=NANOO_DEVICE["device_id"], platform="aos", version=NANOO_DEVICE["version"])
    return client.player("user-42", device=device)


def _nanoo_hand(session: requests.Session) -> PlayNanooHand:
    return PlayNanooHand(
        session,
        base_url=NANOO_BASE,
        game_id=NANOO_GAME,
        service_key=NANOO_KEY,
        access_token=NANOO_ACCESS,
        device=NANOO_DEVICE,
    )


def _storage_load() -> Scenario:
    body = json.dumps({**NANOO_DEVICE, "storage_key": "progress"}).encode()
    return Scenario(
        name="playnanoo.storage_load",
        platform="playnanoo",
        routes=_nanoo_routes,
        sdk=lambda session: partial(_nanoo_player(session).storage_load, storage_key="progress"),
        hand=lambda session: partial(_nanoo_hand(session).storage_load, storage_key="progress"),
        floor=FloorRequest("PUT", f"{NANOO_BASE}/storage/v20221001/load", body),
        summary_sdk=lambda result: (result.storage_key, result.storage_value),
        summary_hand=lambda result: (result.storage_key, result.storage_value),
        expected=("progress", PROGRESS),
    )


def _storage_save() -> Scenario:
    fields = {"storage_key": "progress", "storage_value": PROGRESS, "isPrivate": "on"}
    return Scenario(
        name="playnanoo.storage_save",
        platform="playnanoo",
        routes=_nanoo_routes,
        sdk=lambda session: partial(
            _nanoo_player(session).storage_save, storage_key="progress", storage_value=PROGRESS
        ),
        hand=lambda session: partial(
            _nanoo_hand(session).storage_save, storage_key="progress", storage_value=PROGRESS
        ),
        floor=FloorRequest(
            "PUT", f"{NANOO_BASE}/storage/v20221001/save", json.dumps({**NANOO_DEVICE, **fields}).encode()
        ),
        summary_sdk=lambda result: (result.status,),
        summary_hand=lambda result: (result,),
        expected=("success",),
    )


def token_scenarios() -> list[Scenario]:
    return [_verify(), _ownership(), _storage_load(), _storage_save()]
