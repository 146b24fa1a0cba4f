"""What the parts of the PlayNANOO fake share: accounts, failures, body readers, the route type."""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from typing import Any, Protocol

import attrs

__all__ = [
    "Failure",
    "FakePlayer",
    "FakeState",
    "Handler",
    "Route",
    "json_field",
    "number",
    "required",
]


@attrs.define
class FakePlayer:
    """One account of the fake."""

    uuid: str
    linked_type: str
    linked_id: str
    nickname: str = ""
    open_id: str = ""
    password: str | None = attrs.field(default=None, repr=False)
    country: str = "KR"
    blocked_key: str | None = attrs.field(default=None, repr=False)
    withdrawal_key: str | None = attrs.field(default=None, repr=False)
    links: set[str] = attrs.field(factory=set)
    storage: dict[str, tuple[str, bool]] = attrs.field(factory=dict)
    currency: dict[str, float] = attrs.field(factory=dict)
    inbox: dict[str, list[dict[str, Any]]] = attrs.field(factory=dict)
    used_coupons: set[str] = attrs.field(factory=set)
    last_seen: float = 0.0
    """When the account last signed in or made a call (the fake's clock)."""


class Failure(Exception):
    """A platform error answer, raised inside a handler."""

    def __init__(self, status: int, code: str, message: str, **extra: str) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.extra = extra


Handler = Callable[[dict[str, Any], FakePlayer | None], Any]
"""A route's handler: the request body and the signed-in player (``None`` on routes without a token)."""

Route = tuple[str, bool, Handler]
"""(HTTP method, whether the route needs the player's access token, handler)."""


class FakeState(Protocol):
    """What the parts of the fake read from the fake itself (called with its lock held)."""

    players: dict[str, FakePlayer]
    game_id: str
    service_key: str
    access_token_ttl: float
    refresh_token_ttl: float
    android_purchase_state: str

    def now(self) -> float: ...

    def _delete_account(self, uuid: str) -> None: ...

    def _token_player(self, access_token: str) -> str | None: ...


def required(body: Mapping[str, Any], name: str) -> str:
    """A non-empty string field of the body (400 otherwise)."""
    value = body.get(name)
    if not isinstance(value, str) or not value:
        raise Failure(400, "BadRequest", f"{name} is required")
    return value


def number(body: Mapping[str, Any], name: str) -> float:
    """A numeric field of the body (400 otherwise; ``bool`` is not a number)."""
    value = body.get(name)
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise Failure(400, "BadRequest", f"{name} must be a number")
    return float(value)


def json_field(body: Mapping[str, Any], name: str) -> Any:
    """A field the vendor sends as a JSON document inside a string."""
    text = required(body, name)
    try:
        return json.loads(text)
    except ValueError:
        raise Failure(400, "BadRequest", f"{name} must be a JSON string") from None
