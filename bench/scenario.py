"""What a benchmarked call is: a :class:`Scenario`, its canned answers and its three contenders.

A :class:`Scenario` is one common call of one platform. ``routes()`` are the prepared
answers it needs, ``sdk(session)`` builds the SDK client (through its public API only) and
returns the call, ``hand(session)`` does the same with the hand-written integration
(:mod:`bench.handwritten`), ``floor`` is the request the floor sends. ``summary_sdk`` and
``summary_hand`` reduce each contender's result to the same tuple, which must equal
``expected``: a contender that decodes wrongly fails the benchmark instead of winning it.

The SDK modules are imported inside the factories, so a fresh process (the first-call
benchmark) pays for them exactly when it builds the client.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import requests

from bench.canned import CannedResponse

__all__ = ["Call", "FloorRequest", "Route", "Scenario", "json_answer"]

Route = tuple[str, str, str]
Call = Callable[[], Any]


@dataclass(frozen=True)
class FloorRequest:
    """The request the floor sends for a scenario (no signing, no models)."""

    method: str
    url: str
    body: bytes | None


@dataclass(frozen=True)
class Scenario:
    """One common call of one platform, with its canned answers and contenders."""

    name: str
    platform: str
    routes: Callable[[], dict[Route, CannedResponse]]
    sdk: Callable[[requests.Session], Call]
    hand: Callable[[requests.Session], Call]
    floor: FloorRequest
    summary_sdk: Callable[[Any], tuple[Any, ...]]
    summary_hand: Callable[[Any], tuple[Any, ...]]
    expected: tuple[Any, ...]


def json_answer(value: Any) -> CannedResponse:
    """A 200 answer carrying ``value`` as JSON."""
    return CannedResponse(json.dumps(value).encode("utf-8"))
