"""The scenarios of the signed platforms: FAR Games and Playdapp (see :mod:`bench.scenario`)."""

from __future__ import annotations

import json
from functools import partial
from typing import Any

import requests

from bench.canned import CannedResponse
from bench.handwritten import FarGamesHand, PlaydappHand
from bench.scenario import FloorRequest, Scenario, json_answer

__all__ = ["FAR_TOKEN", "PLAYDAPP_KEY", "PLAYDAPP_SECRET", "signed_scenarios"]

FAR_TOKEN = "bench-api-token"
FAR_AGENT = 7
PLAYDAPP_BASE = "https://playdapp.bench.invalid"
PLAYDAPP_KEY = "bench-svc-api-key"
PLAYDAPP_SECRET = "bench-api-secret"
GAME_LINK_FIELDS = {
    "game_id": 1042,
    "player_id": "player_123",
    "player_username": "john_doe",
    "language": "en",
    "currency": "USD",
    "home_url": "https://casino.example.com/lobby",
    "agent_session_id": "session_abc123",
    "ip": "203.0.113.7",
}
MAP_ITEM_BODY = {
    "userId": "123",
    "serviceContractId": 1,
    "itemCode": "1111",
    "itemId": "11",
    "itemAttributes": [{"trait_type": "Base", "value": "Starfish"}, {"trait_type": "Eyes", "value": "Big"}],
}
PAGE = 20


# -- FAR Games --------------------------------------------------------------------------------


def _far_host(size: int | None) -> str:
    return f"fargames-{size}.bench.invalid" if size is not None else "fargames.bench.invalid"


def _far_envelope(content: dict[str, Any]) -> CannedResponse:
    return json_answer(
        {
            "status": "success",
            "timestamp": "2024-01-01T00:00:00.000Z",
            "request_id": "ba9d4445-779f-4b04-8bcb-6d17bc8dc3da",
            "content": content,
        }
    )


def _games(size: int) -> list[dict[str, Any]]:
    return [
        {
            "id": number,
            "title": f"Game number {number}",
            "brand": ("Mega", "Spin", "Lucky")[number % 3],
            "image_url": f"https://cdn.example.com/images/games/game_{number}.jpg",
            "demo": bool(number % 2),
        }
        for number in range(1, size + 1)
    ]


def _far_client(session: requests.Session, size: int | None) -> Any:
    from gameplatform.fargames import FarGamesClient

    return FarGamesClient(
        base_url=f"https://{_far_host(size)}", agent_id=FAR_AGENT, api_token=FAR_TOKEN, session=session
    )


def _far_hand(session: requests.Session, size: int | None) -> FarGamesHand:
    return FarGamesHand(
        session, base_url=f"https://{_far_host(size)}", agent_id=FAR_AGENT, api_token=FAR_TOKEN
    )


def _list_games(size: int) -> Scenario:
    host = _far_host(size)
    return Scenario(
        name=f"fargames.list_games[{size}]",
        platform="fargames",
        routes=lambda: {
            ("POST", host, "/api/games/list"): _far_envelope({"games": _games(size), "total": size})
        },
        sdk=lambda session: _far_client(session, size).list_games,
        hand=lambda session: _far_hand(session, size).list_games,
        floor=FloorRequest("POST", f"https://{host}/api/games/list", b'{"agent_id":7,"timestamp":1}'),
        summary_sdk=lambda result: (result.total, len(result.games), result.games[-1].title),
        summary_hand=lambda result: (result[1], len(result[0]), result[0][-1].title),
        expected=(size, size, f"Game number {size}"),
    )


def _game_link() -> Scenario:
    host = _far_host(None)
    url = "https://game.example.com/launch?session=9f8e7d6c5b4a&lang=en"
    return Scenario(
        name="fargames.get_game_link",
        platform="fargames",
        routes=lambda: {("POST", host, "/api/games/get_game_link"): _far_envelope({"url": url})},
        sdk=lambda session: partial(_far_client(session, None).get_game_link, **GAME_LINK_FIELDS),
        hand=lambda session: partial(_far_hand(session, None).get_game_link, **GAME_LINK_FIELDS),
        floor=FloorRequest(
            "POST",
            f"https://{host}/api/games/get_game_link",
            json.dumps({"agent_id": 7, "timestamp": 1, **GAME_LINK_FIELDS}, separators=(",", ":")).encode(),
        ),
        summary_sdk=lambda result: (result.url,),
        summary_hand=lambda result: (result,),
        expected=(url,),
    )


# -- Playdapp ---------------------------------------------------------------------------------


def _mapped_item(number: int) -> dict[str, Any]:
    return {
        "userId": f"user-{number % 7}",
        "serviceContractId": 1,
        "itemCode": "1111",
        "itemId": str(number),
        "itemAttributes": [
            {"trait_type": "Base", "value": "Starfish"},
            {"trait_type": "Level", "value": number},
        ],
        "status": "burned",
    }


def _playdapp_client(session: requests.Session) -> Any:
    from gameplatform.playdapp import PlaydappClient

    return PlaydappClient(
        base_url=PLAYDAPP_BASE, api_key=PLAYDAPP_KEY, api_secret=PLAYDAPP_SECRET, session=session
    )


def _playdapp_hand(session: requests.Session) -> PlaydappHand:
    return PlaydappHand(session, base_url=PLAYDAPP_BASE, api_key=PLAYDAPP_KEY, api_secret=PLAYDAPP_SECRET)


def _list_items() -> Scenario:
    host = PLAYDAPP_BASE.removeprefix("https://")
    page = {"total": 240, "list": [_mapped_item(n) for n in range(PAGE)], "offset": 0, "limit": PAGE}
    return Scenario(
        name="playdapp.list_items",
        platform="playdapp",
        routes=lambda: {
            ("GET", host, "/v1/items"): json_answer({"result": True, "data": page, "errorMessage": None})
        },
        sdk=lambda session: partial(
            _playdapp_client(session).list_items, status="burned", offset=0, limit=PAGE
        ),
        hand=lambda session: partial(
            _playdapp_hand(session).list_items, status="burned", offset=0, limit=PAGE
        ),
        floor=FloorRequest("GET", f"{PLAYDAPP_BASE}/v1/items?status=burned&offset=0&limit={PAGE}", None),
        summary_sdk=lambda result: (result.total, len(result.list), result.list[-1].item_id),
        summary_hand=lambda result: (result[1], len(result[0]), result[0][-1].item_id),
        expected=(240, PAGE, str(PAGE - 1)),
    )


def _map_item() -> Scenario:
    host = PLAYDAPP_BASE.removeprefix("https://")
    answer = {**MAP_ITEM_BODY, "status": "mapped"}
    sdk_arguments = {
        "user_id": MAP_ITEM_BODY["userId"],
        "service_contract_id": MAP_ITEM_BODY["serviceContractId"],
        "item_code": MAP_ITEM_BODY["itemCode"],
        "item_id": MAP_ITEM_BODY["itemId"],
        "item_attributes": MAP_ITEM_BODY["itemAttributes"],
    }
    return Scenario(
        name="playdapp.map_item",
        platform="playdapp",
        routes=lambda: {
            ("POST", host, "/v1/items"): json_answer({"result": True, "data": answer, "errorMessage": None})
        },
        sdk=lambda session: partial(_playdapp_client(session).map_item, **sdk_arguments),
        hand=lambda session: partial(_playdapp_hand(session).map_item, **MAP_ITEM_BODY),
        floor=FloorRequest("POST", f"{PLAYDAPP_BASE}/v1/items", json.dumps(MAP_ITEM_BODY).encode()),
        summary_sdk=lambda result: (result.item_id, str(result.status)),
        summary_hand=lambda result: (result.item_id, result.status),
        expected=("11", "mapped"),
    )


def signed_scenarios() -> list[Scenario]:
    return [_list_games(20), _list_games(200), _list_games(2000), _game_link(), _list_items(), _map_item()]
