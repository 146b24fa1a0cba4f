"""Per-call CPU cost of ``FarGamesClient.list_games()``.

Three contenders share one in-process canned transport: a real
``requests.adapters.HTTPAdapter`` whose connection pool returns a canned
urllib3 response instead of touching a socket, so everything above the socket
(adapter, response building, decoding) is really executed.

- floor: a ``PreparedRequest`` handed straight to ``HTTPAdapter.send`` and the
  body decoded with ``json.loads`` (no signing, no models): the least any
  ``requests``-based client can do;
- hand-written: what an integrator writes without the SDK: ``ksort`` +
  ``json_encode`` emulation, HMAC, ``session.post``, ``resp.json()``, status
  check, a dataclass per game;
- SDK: ``FarGamesClient.list_games()`` with the cache off.

Run: ``python bench/bench_list_games.py`` (``make bench``). Prints µs per call
(CPU time, best of several rounds) and the ratios the project tracks.
"""

from __future__ import annotations

import dataclasses
import gc
import hashlib
import hmac
import io
import json
import sys
import time
from collections.abc import Callable
from typing import Any

import requests
from requests.adapters import HTTPAdapter
from urllib3 import HTTPResponse

from gameplatform.fargames import FarGamesClient

BASE_URL = "https://fargames.bench.invalid"
API_TOKEN = "bench-api-token"
AGENT_ID = 7
GAMES = 25


def canned_body() -> bytes:
    games = [
        {
            "id": i,
            "title": f"Game number {i}",
            "brand": "Mega" if i % 2 else "Spin",
            "image_url": f"https://cdn.example.com/images/games/game_{i}.jpg",
            "demo": bool(i % 3),
        }
        for i in range(1, GAMES + 1)
    ]
    return json.dumps(
        {
            "status": "success",
            "timestamp": "2024-01-01T00:00:00.000Z",
            "request_id": "ba9d4445-779f-4b04-8bcb-6d17bc8dc3da",
            "content": {"games": games, "total": len(games)},
        }
    ).encode()


BODY = canned_body()


class _CannedPool:
    """Stands in for urllib3's connection pool: answers every request with BODY."""

    def urlopen(self, **kwargs: Any) -> HTTPResponse:
        return HTTPResponse(
            body=io.BytesIO(BODY),
            headers={"Content-Type": "application/json", "Content-Length": str(len(BODY))},
            status=200,
            preload_content=False,
            decode_content=False,
        )


class CannedAdapter(HTTPAdapter):
    """A real HTTPAdapter whose socket layer is canned."""

    def get_connection_with_tls_context(
        self, request: Any, verify: Any, proxies: Any = None, cert: Any = None
    ) -> Any:
        return _CannedPool()


def canned_session() -> requests.Session:
    session = requests.Session()
    session.mount("https://", CannedAdapter())
    return session


# -- floor ---------------------------------------------------------------------


def make_floor() -> Callable[[], Any]:
    adapter = CannedAdapter()

    def call() -> Any:
        prepared = requests.PreparedRequest()
        prepared.prepare(
            method="POST",
            url=BASE_URL + "/api/games/list",
            headers={"Content-Type": "application/json"},
            data=b'{"agent_id":7,"timestamp":1}',
        )
        response = adapter.send(prepared, timeout=(5, 30))
        return json.loads(response.content)

    return call


# -- hand-written integration ----------------------------------------------------


@dataclasses.dataclass
class HandGame:
    id: int
    title: str
    brand: str
    image_url: str
    demo: bool


def make_hand_written() -> Callable[[], Any]:
    session = canned_session()

    def php_json_encode(data: dict[str, Any]) -> bytes:
        return json.dumps(dict(sorted(data.items())), separators=(",", ":")).replace("/", "\\/").encode()

    def call() -> Any:
        body = php_json_encode({"agent_id": AGENT_ID, "timestamp": int(time.time())})
        signature = hmac.new(API_TOKEN.encode(), body, hashlib.sha256).hexdigest()
        response = session.post(
            BASE_URL + "/api/games/list",
            data=body,
            headers={"Content-Type": "application/json", "X-Signature": signature},
            timeout=(5, 30),
        )
        if response.status_code != 200:
            raise RuntimeError(response.text)
        payload = response.json()
        content = payload["content"]
        return [HandGame(**g) for g in content["games"]], content["total"]

    return call


# -- the SDK ---------------------------------------------------------------------


def make_sdk() -> Callable[[], Any]:
    client = FarGamesClient(
        base_url=BASE_URL, agent_id=AGENT_ID, api_token=API_TOKEN, session=canned_session()
    )
    return client.list_games


def per_call_us(call: Callable[[], Any], *, number: int, rounds: int) -> float:
    for _ in range(200):
        call()
    best = float("inf")
    gc.collect()
    for _ in range(rounds):
        start = time.process_time()
        for _ in range(number):
            call()
        best = min(best, time.process_time() - start)
    return best / number * 1e6


def main() -> int:
    number = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
    rounds = 5
    sdk_result = make_sdk()()
    assert sdk_result.total == GAMES and len(sdk_result.games) == GAMES
    floor = per_call_us(make_floor(), number=number, rounds=rounds)
    hand = per_call_us(make_hand_written(), number=number, rounds=rounds)
    sdk = per_call_us(make_sdk(), number=number, rounds=rounds)
    print(f"list_games() per-call CPU time, {GAMES} games, best of {rounds} x {number} calls")
    print(f"  floor (PreparedRequest + HTTPAdapter.send + json.loads): {floor:8.1f} us")
    print(f"  hand-written requests integration (session.post):        {hand:8.1f} us")
    print(f"  gameplatform FarGamesClient.list_games():                {sdk:8.1f} us")
    print(f"  SDK / hand-written = {sdk / hand:.2f}   (target <= 0.50)")
    print(f"  SDK / floor        = {sdk / floor:.2f}   (aim    <= 1.50)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
