"""Per-call cost of each scenario: the SDK against the hand-written integration and the floor.

Before anything is timed, every contender is called once and checked: its result must
reduce to the scenario's expected summary, and the hand-written integration must send
what the SDK sends (same method, URL, JSON body and credentials; signatures verified with
the SDK's public functions). Then :func:`bench.timing.interleaved` times the three.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import requests

from bench.canned import CannedAdapter
from bench.scenario import FloorRequest, Scenario
from bench.scenarios_signed import FAR_TOKEN, PLAYDAPP_KEY, PLAYDAPP_SECRET
from bench.timing import interleaved

__all__ = ["floor_call", "measure_call", "recorded_request"]

_TIMEOUT = (5, 30)


def floor_call(adapter: CannedAdapter, request: FloorRequest) -> Callable[[], Any]:
    """The least a ``requests``-based client does: prepare, ``adapter.send``, ``json.loads``."""
    headers = {"Content-Type": "application/json"} if request.body is not None else {}

    def call() -> Any:
        prepared = requests.PreparedRequest()
        prepared.prepare(method=request.method, url=request.url, headers=headers, data=request.body)
        response = adapter.send(prepared, timeout=_TIMEOUT)
        return json.loads(response.content)

    return call


def recorded_request(adapter: CannedAdapter, call: Callable[[], Any]) -> tuple[Any, requests.PreparedRequest]:
    """Call once with the adapter recording; the result and the request it sent."""
    adapter.record = True
    adapter.last_request = None
    try:
        result = call()
    finally:
        adapter.record = False
    if adapter.last_request is None:
        raise AssertionError("the call sent no request")
    return result, adapter.last_request


def _body(request: requests.PreparedRequest) -> Any:
    if not request.body:
        return None
    return json.loads(request.body)


def _check_same_request(
    scenario: Scenario, sdk: requests.PreparedRequest, hand: requests.PreparedRequest
) -> None:
    """The hand-written integration sends what the SDK sends, and both are signed correctly."""
    sdk_url, hand_url = urlsplit(sdk.url or ""), urlsplit(hand.url or "")
    assert (sdk.method, sdk_url.netloc, sdk_url.path) == (hand.method, hand_url.netloc, hand_url.path), (
        scenario.name
    )
    assert sorted(parse_qsl(sdk_url.query)) == sorted(parse_qsl(hand_url.query)), scenario.name
    sdk_body, hand_body = _body(sdk), _body(hand)
    if scenario.platform == "fargames":
        from gameplatform.fargames import verify_signature

        for request in (sdk, hand):
            assert verify_signature(request.body, request.headers["X-Signature"], FAR_TOKEN)
        sdk_body.pop("timestamp")
        hand_body.pop("timestamp")
    elif scenario.platform == "playdapp":
        from gameplatform.playdapp import sign

        for request in (sdk, hand):
            parts = urlsplit(request.url or "")
            path = parts.path + ("?" + parts.query if parts.query else "")
            headers = request.headers
            expected = sign(
                PLAYDAPP_SECRET,
                request.method or "",
                path,
                int(headers["timestamp"]),
                headers["nonce"],
                _body(request),
            )
            assert headers["signature"] == expected, f"{scenario.name}: bad signature"
            assert headers["svc-api-key"] == PLAYDAPP_KEY
        assert sdk.body == hand.body, scenario.name  # both send the canonical text they signed
    else:
        names = ("Authorization", "caller-id", "X-Playnanoo-Key", "X-Playnanoo-Id")
        for name in names:
            assert sdk.headers.get(name) == hand.headers.get(name), f"{scenario.name}: {name} differs"
    assert sdk_body == hand_body, f"{scenario.name}: bodies differ: {sdk_body} != {hand_body}"


def measure_call(
    scenario: Scenario,
    adapter: CannedAdapter,
    session: requests.Session,
    *,
    rounds: int,
    batch_seconds: float,
) -> dict[str, float]:
    """Check the contenders of ``scenario``, then time them; µs per call and the ratios."""
    sdk = scenario.sdk(session)
    hand = scenario.hand(session)
    floor = floor_call(adapter, scenario.floor)
    sdk_result, sdk_request = recorded_request(adapter, sdk)
    hand_result, hand_request = recorded_request(adapter, hand)
    assert scenario.summary_sdk(sdk_result) == scenario.expected, (
        scenario.name,
        scenario.summary_sdk(sdk_result),
    )
    assert scenario.summary_hand(hand_result) == scenario.expected, (
        scenario.name,
        scenario.summary_hand(hand_result),
    )
    _check_same_request(scenario, sdk_request, hand_request)
    floor()
    timings = interleaved(
        {"sdk": sdk, "hand": hand, "floor": floor}, rounds=rounds, batch_seconds=batch_seconds
    )
    return {
        "sdk_us": timings.median_us("sdk"),
        "hand_us": timings.median_us("hand"),
        "floor_us": timings.median_us("floor"),
        "sdk_over_hand": timings.ratio("sdk", "hand"),
        "sdk_over_floor": timings.ratio("sdk", "floor"),
    }
