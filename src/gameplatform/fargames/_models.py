# Generated from specs/fargames.yaml by `python -m codegen` (datamodel-code-generator 0.89.0). Do not edit.
"""Models of the FAR Games agent API: attrs classes generated from ``specs/fargames.yaml``.

Request models (bodies and ``*Params``) check their fields when built and raise
``gameplatform.errors.ValidationError``; response models are plain and keep keys they do not name in
``additional_properties``. ``gameplatform._serde`` turns both into JSON and back.
"""

from __future__ import annotations

from typing import Any

import attrs

from gameplatform import _serde
from gameplatform import _validation as _v

__all__ = [
    "ErrorEnvelope",
    "Freespins",
    "Game",
    "GameLink",
    "GameList",
    "GameListResponse",
    "GetBalanceCallback",
    "GetGameLinkDemoRequest",
    "GetGameLinkRequest",
    "GetGameLinkResponse",
    "ListGamesRequest",
    "MakeBetCallback",
]


@attrs.define(kw_only=True)
class GetGameLinkRequest:
    """Body of get_game_link. The client fills agent_id and timestamp itself."""

    agent_id: int = attrs.field(validator=_v.integer(), metadata={"json": "agent_id"})
    """Agent ID (from the client settings)."""
    timestamp: int = attrs.field(validator=_v.integer(), metadata={"json": "timestamp"})
    """Unix timestamp of the request, in seconds (stamped on every attempt)."""
    game_id: int = attrs.field(validator=_v.integer(minimum=1), metadata={"json": "game_id"})
    """Game ID (``Game.id`` from list_games)."""
    player_id: str = attrs.field(validator=_v.string(min_length=1), metadata={"json": "player_id"})
    """Unique player ID in the agent's system; must be unique per player."""
    player_username: str = attrs.field(
        validator=_v.string(min_length=1), metadata={"json": "player_username"}
    )
    """Player username; may be non-unique."""
    language: str = attrs.field(
        validator=_v.string(pattern="^[a-z]{2}(-[A-Za-z]{2})?$"), metadata={"json": "language"}
    )
    """Language code, e.g. ``ru`` or ``en``: an ISO 639-1 code, optionally with a region (``en-US``).
    The vendor shows two-letter codes only; the region part is inferred from what game launchers
    commonly accept.
    """
    currency: str = attrs.field(validator=_v.string(pattern="^[A-Z]{3}$"), metadata={"json": "currency"})
    """Currency code, e.g. ``RUB``, ``USD``, ``EUR`` (ISO 4217, upper case)."""
    home_url: str = attrs.field(validator=_v.string(formats=("uri",)), metadata={"json": "home_url"})
    """Return URL for the player, used by some games for the "Home" button (absolute http(s) URL)."""
    agent_session_id: str = attrs.field(
        validator=_v.string(min_length=1), metadata={"json": "agent_session_id"}
    )
    """Agent session ID."""
    ip: str = attrs.field(validator=_v.string(formats=("ipv4", "ipv6")), metadata={"json": "ip"})
    """Player IP address (IPv4 or IPv6)."""


@attrs.define(kw_only=True)
class GetGameLinkDemoRequest:
    """Body of get_game_link_demo: the get_game_link fields without agent_session_id (no session is
    created). The client fills agent_id and timestamp itself.
    """

    agent_id: int = attrs.field(validator=_v.integer(), metadata={"json": "agent_id"})
    """Agent ID (from the client settings)."""
    timestamp: int = attrs.field(validator=_v.integer(), metadata={"json": "timestamp"})
    """Unix timestamp of the request, in seconds (stamped on every attempt)."""
    game_id: int = attrs.field(validator=_v.integer(minimum=1), metadata={"json": "game_id"})
    """Game ID (``Game.id`` from list_games)."""
    player_id: str = attrs.field(validator=_v.string(min_length=1), metadata={"json": "player_id"})
    """Unique player ID in the agent's system; must be unique per player."""
    player_username: str = attrs.field(
        validator=_v.string(min_length=1), metadata={"json": "player_username"}
    )
    """Player username; may be non-unique."""
    language: str = attrs.field(
        validator=_v.string(pattern="^[a-z]{2}(-[A-Za-z]{2})?$"), metadata={"json": "language"}
    )
    """Language code, e.g. ``ru`` or ``en``: an ISO 639-1 code, optionally with a region (``en-US``).
    The region part is inferred, as for get_game_link.
    """
    currency: str = attrs.field(validator=_v.string(pattern="^[A-Z]{3}$"), metadata={"json": "currency"})
    """Currency code, e.g. ``RUB``, ``USD``, ``EUR`` (ISO 4217, upper case)."""
    home_url: str = attrs.field(validator=_v.string(formats=("uri",)), metadata={"json": "home_url"})
    """Return URL for the player, used by some games for the "Home" button (absolute http(s) URL)."""
    ip: str = attrs.field(validator=_v.string(formats=("ipv4", "ipv6")), metadata={"json": "ip"})
    """Player IP address (IPv4 or IPv6)."""


@attrs.define(kw_only=True)
class ListGamesRequest:
    """Body of list_games. The client fills both fields itself."""

    agent_id: int = attrs.field(validator=_v.integer(), metadata={"json": "agent_id"})
    """Agent ID (from the client settings)."""
    timestamp: int = attrs.field(validator=_v.integer(), metadata={"json": "timestamp"})
    """Unix timestamp of the request, in seconds (stamped on every attempt)."""


@attrs.define(kw_only=True)
class GameLink(_serde.OpenModel):
    """A link that launches a game (``content`` of get_game_link and get_game_link_demo)."""

    url: str = attrs.field(metadata={"json": "url"})
    """The URL to open for the player."""
    additional_properties: dict[str, Any] = attrs.field(
        factory=dict, metadata={"additional_properties": True}
    )
    """Keys the platform sent that this model does not name (kept as decoded JSON)."""


@attrs.define(kw_only=True)
class Game(_serde.OpenModel):
    """One game available to the agent."""

    id: int = attrs.field(metadata={"json": "id"})
    """Unique game ID (``game_id`` of the link calls)."""
    title: str = attrs.field(metadata={"json": "title"})
    """Display title of the game."""
    brand: str = attrs.field(metadata={"json": "brand"})
    """Game brand."""
    image_url: str = attrs.field(metadata={"json": "image_url"})
    """Game image URL."""
    demo: bool = attrs.field(metadata={"json": "demo"})
    """Whether a demo is available (get_game_link_demo works for it)."""
    additional_properties: dict[str, Any] = attrs.field(
        factory=dict, metadata={"additional_properties": True}
    )
    """Keys the platform sent that this model does not name (kept as decoded JSON)."""


@attrs.define(kw_only=True)
class GameList(_serde.OpenModel):
    """The games available to the agent (``content`` of list_games)."""

    games: list[Game] = attrs.field(metadata={"json": "games"})
    """List of game objects."""
    total: int = attrs.field(metadata={"json": "total"})
    """Total number of games in the list."""
    additional_properties: dict[str, Any] = attrs.field(
        factory=dict, metadata={"additional_properties": True}
    )
    """Keys the platform sent that this model does not name (kept as decoded JSON)."""


@attrs.define(kw_only=True)
class GetGameLinkResponse(_serde.OpenModel):
    """Success envelope of get_game_link and get_game_link_demo (HTTP 200); the result is ``content``."""

    status: str = attrs.field(metadata={"json": "status"})
    """Always ``success``."""
    content: GameLink = attrs.field(metadata={"json": "content"})
    timestamp: str | None = attrs.field(default=None, metadata={"json": "timestamp"})
    """Server time of the response, ISO 8601 (e.g. ``2024-01-01T00:00:00.000Z``)."""
    request_id: str | None = attrs.field(default=None, metadata={"json": "request_id"})
    """The platform's request id (quote it to FAR Games support)."""
    additional_properties: dict[str, Any] = attrs.field(
        factory=dict, metadata={"additional_properties": True}
    )
    """Keys the platform sent that this model does not name (kept as decoded JSON)."""


@attrs.define(kw_only=True)
class GameListResponse(_serde.OpenModel):
    """Success envelope of list_games (HTTP 200); the result is ``content``."""

    status: str = attrs.field(metadata={"json": "status"})
    """Always ``success``."""
    content: GameList = attrs.field(metadata={"json": "content"})
    timestamp: str | None = attrs.field(default=None, metadata={"json": "timestamp"})
    """Server time of the response, ISO 8601 (e.g. ``2024-01-01T00:00:00.000Z``)."""
    request_id: str | None = attrs.field(default=None, metadata={"json": "request_id"})
    """The platform's request id (quote it to FAR Games support)."""
    additional_properties: dict[str, Any] = attrs.field(
        factory=dict, metadata={"additional_properties": True}
    )
    """Keys the platform sent that this model does not name (kept as decoded JSON)."""


@attrs.define(kw_only=True)
class ErrorEnvelope(_serde.OpenModel):
    """Error body sent with every status but 200 (4xx, 5xx). ``error`` is the code listed in
    x-error-codes.
    """

    error: str = attrs.field(metadata={"json": "error"})
    """The error code, e.g. ``game_not_found``."""
    status: str | None = attrs.field(default=None, metadata={"json": "status"})
    """Always ``error``."""
    message: str | None = attrs.field(default=None, metadata={"json": "message"})
    """Human-readable error description."""
    timestamp: str | None = attrs.field(default=None, metadata={"json": "timestamp"})
    """Server time of the response, ISO 8601."""
    request_id: str | None = attrs.field(default=None, metadata={"json": "request_id"})
    """The platform's request id."""
    additional_properties: dict[str, Any] = attrs.field(
        factory=dict, metadata={"additional_properties": True}
    )
    """Keys the platform sent that this model does not name (kept as decoded JSON)."""


@attrs.define(kw_only=True)
class Freespins(_serde.OpenModel):
    """Free spins attached to a callback's session. The vendor names the object but not its fields, so
    all of them are kept in ``additional_properties``.
    """

    additional_properties: dict[str, Any] = attrs.field(
        factory=dict, metadata={"additional_properties": True}
    )
    """Keys the platform sent that this model does not name (kept as decoded JSON)."""


@attrs.define(kw_only=True)
class GetBalanceCallback(_serde.OpenModel):
    """A ``getBalance`` wallet callback: the platform wants the player's current balance. Fields the
    vendor does not list are kept in ``additional_properties``.
    """

    type: str = attrs.field(metadata={"json": "type"})
    """Always ``getBalance``."""
    request_id: str = attrs.field(metadata={"json": "request_id"})
    """The callback's id, part of the signed body. A callback repeated with the same id is a retry of
    the same callback and must get the same answer.
    """
    agent_id: int = attrs.field(metadata={"json": "agent_id"})
    """The agent the callback is for."""
    session_id: str = attrs.field(metadata={"json": "session_id"})
    """The game session the callback comes from."""
    player_id: str = attrs.field(metadata={"json": "player_id"})
    """The player's id in the agent's system (``player_id`` of get_game_link)."""
    player_username: str = attrs.field(metadata={"json": "player_username"})
    """The player's username."""
    currency: str = attrs.field(metadata={"json": "currency"})
    """Currency code of the session, e.g. ``USD``."""
    language: str = attrs.field(metadata={"json": "language"})
    """Language code of the session, e.g. ``en``."""
    game_id: int = attrs.field(metadata={"json": "game_id"})
    """The game being played."""
    timestamp: int | None = attrs.field(default=None, metadata={"json": "timestamp"})
    """Unix seconds when the platform sent the callback, when it sends one."""
    freespins: Freespins | None = attrs.field(default=None, metadata={"json": "freespins"})
    """Free spins of the session, when it has any."""
    additional_properties: dict[str, Any] = attrs.field(
        factory=dict, metadata={"additional_properties": True}
    )
    """Keys the platform sent that this model does not name (kept as decoded JSON)."""


@attrs.define(kw_only=True)
class MakeBetCallback(_serde.OpenModel):
    """A ``makeBet`` wallet callback: debit ``bet`` from the player's balance and credit ``win``, in
    one step, then answer the new balance. Fields the vendor does not list (round or transaction
    ids, …) are kept in ``additional_properties``.
    """

    type: str = attrs.field(metadata={"json": "type"})
    """Always ``makeBet``."""
    request_id: str = attrs.field(metadata={"json": "request_id"})
    """The callback's id, part of the signed body. A callback repeated with the same id is a retry of
    the same bet: it must not be debited twice, and gets the first answer.
    """
    agent_id: int = attrs.field(metadata={"json": "agent_id"})
    """The agent the callback is for."""
    session_id: str = attrs.field(metadata={"json": "session_id"})
    """The game session the callback comes from."""
    player_id: str = attrs.field(metadata={"json": "player_id"})
    """The player's id in the agent's system (``player_id`` of get_game_link)."""
    player_username: str = attrs.field(metadata={"json": "player_username"})
    """The player's username."""
    currency: str = attrs.field(metadata={"json": "currency"})
    """Currency code of the session, e.g. ``USD``."""
    language: str = attrs.field(metadata={"json": "language"})
    """Language code of the session, e.g. ``en``."""
    game_id: int = attrs.field(metadata={"json": "game_id"})
    """The game being played."""
    bet: float = attrs.field(metadata={"json": "bet"})
    """The amount to debit from the player's balance."""
    win: float = attrs.field(metadata={"json": "win"})
    """The amount to credit to the player's balance (0 for a lost round)."""
    timestamp: int | None = attrs.field(default=None, metadata={"json": "timestamp"})
    """Unix seconds when the platform sent the callback, when it sends one."""
    freespins: Freespins | None = attrs.field(default=None, metadata={"json": "freespins"})
    """Free spins of the session, when it has any."""
    additional_properties: dict[str, Any] = attrs.field(
        factory=dict, metadata={"additional_properties": True}
    )
    """Keys the platform sent that this model does not name (kept as decoded JSON)."""


_new = object.__new__
_set = object.__setattr__
_Unusual = _serde.Unusual
_enum = _serde.open_enum
_extras = _serde.extras


def _decode_get_game_link_request(data: Any) -> GetGameLinkRequest:
    if type(data) is not dict:
        raise _Unusual
    try:
        v0 = data["agent_id"]
        v1 = data["timestamp"]
        v2 = data["game_id"]
        v3 = data["player_id"]
        v4 = data["player_username"]
        v5 = data["language"]
        v6 = data["currency"]
        v7 = data["home_url"]
        v8 = data["agent_session_id"]
        v9 = data["ip"]
    except KeyError:
        raise _Unusual from None
    if type(v0) is not int:
        raise _Unusual
    if type(v1) is not int:
        raise _Unusual
    if type(v2) is not int:
        raise _Unusual
    if type(v3) is not str:
        raise _Unusual
    if type(v4) is not str:
        raise _Unusual
    if type(v5) is not str:
        raise _Unusual
    if type(v6) is not str:
        raise _Unusual
    if type(v7) is not str:
        raise _Unusual
    if type(v8) is not str:
        raise _Unusual
    if type(v9) is not str:
        raise _Unusual
    extra = len(data) != 10
    if extra:
        _extras(
            data,
            (
                "agent_id",
                "timestamp",
                "game_id",
                "player_id",
                "player_username",
                "language",
                "currency",
                "home_url",
                "agent_session_id",
                "ip",
            ),
        )  # unknown keys are dropped, wrongly cased ones are not
    obj = _new(GetGameLinkRequest)
    _set(obj, "agent_id", v0)
    _set(obj, "timestamp", v1)
    _set(obj, "game_id", v2)
    _set(obj, "player_id", v3)
    _set(obj, "player_username", v4)
    _set(obj, "language", v5)
    _set(obj, "currency", v6)
    _set(obj, "home_url", v7)
    _set(obj, "agent_session_id", v8)
    _set(obj, "ip", v9)
    return obj


def _decode_get_game_link_demo_request(data: Any) -> GetGameLinkDemoRequest:
    if type(data) is not dict:
        raise _Unusual
    try:
        v0 = data["agent_id"]
        v1 = data["timestamp"]
        v2 = data["game_id"]
        v3 = data["player_id"]
        v4 = data["player_username"]
        v5 = data["language"]
        v6 = data["currency"]
        v7 = data["home_url"]
        v8 = data["ip"]
    except KeyError:
        raise _Unusual from None
    if type(v0) is not int:
        raise _Unusual
    if type(v1) is not int:
        raise _Unusual
    if type(v2) is not int:
        raise _Unusual
    if type(v3) is not str:
        raise _Unusual
    if type(v4) is not str:
        raise _Unusual
    if type(v5) is not str:
        raise _Unusual
    if type(v6) is not str:
        raise _Unusual
    if type(v7) is not str:
        raise _Unusual
    if type(v8) is not str:
        raise _Unusual
    extra = len(data) != 9
    if extra:
        _extras(
            data,
            (
                "agent_id",
                "timestamp",
                "game_id",
                "player_id",
                "player_username",
                "language",
                "currency",
                "home_url",
                "ip",
            ),
        )  # unknown keys are dropped, wrongly cased ones are not
    obj = _new(GetGameLinkDemoRequest)
    _set(obj, "agent_id", v0)
    _set(obj, "timestamp", v1)
    _set(obj, "game_id", v2)
    _set(obj, "player_id", v3)
    _set(obj, "player_username", v4)
    _set(obj, "language", v5)
    _set(obj, "currency", v6)
    _set(obj, "home_url", v7)
    _set(obj, "ip", v8)
    return obj


def _decode_list_games_request(data: Any) -> ListGamesRequest:
    if type(data) is not dict:
        raise _Unusual
    try:
        v0 = data["agent_id"]
        v1 = data["timestamp"]
    except KeyError:
        raise _Unusual from None
    if type(v0) is not int:
        raise _Unusual
    if type(v1) is not int:
        raise _Unusual
    extra = len(data) != 2
    if extra:
        _extras(data, ("agent_id", "timestamp"))  # unknown keys are dropped, wrongly cased ones are not
    obj = _new(ListGamesRequest)
    _set(obj, "agent_id", v0)
    _set(obj, "timestamp", v1)
    return obj


def _decode_game_link(data: Any) -> GameLink:
    if type(data) is not dict:
        raise _Unusual
    try:
        v0 = data["url"]
    except KeyError:
        raise _Unusual from None
    if type(v0) is not str:
        raise _Unusual
    extra = len(data) != 1
    obj = _new(GameLink)
    obj.url = v0
    if extra:
        obj.additional_properties = _extras(data, ("url",))
    return obj


def _decode_game(data: Any) -> Game:
    if type(data) is not dict:
        raise _Unusual
    try:
        v0 = data["id"]
        v1 = data["title"]
        v2 = data["brand"]
        v3 = data["image_url"]
        v4 = data["demo"]
    except KeyError:
        raise _Unusual from None
    if type(v0) is not int:
        raise _Unusual
    if type(v1) is not str:
        raise _Unusual
    if type(v2) is not str:
        raise _Unusual
    if type(v3) is not str:
        raise _Unusual
    if v4 is not True and v4 is not False:
        raise _Unusual
    extra = len(data) != 5
    obj = _new(Game)
    obj.id = v0
    obj.title = v1
    obj.brand = v2
    obj.image_url = v3
    obj.demo = v4
    if extra:
        obj.additional_properties = _extras(data, ("id", "title", "brand", "image_url", "demo"))
    return obj


def _decode_game_list(data: Any) -> GameList:
    if type(data) is not dict:
        raise _Unusual
    try:
        v0 = data["games"]
        v1 = data["total"]
    except KeyError:
        raise _Unusual from None
    if type(v0) is not list:
        raise _Unusual
    v0 = [_decode_game(item) for item in v0]
    if type(v1) is not int:
        raise _Unusual
    extra = len(data) != 2
    obj = _new(GameList)
    obj.games = v0
    obj.total = v1
    if extra:
        obj.additional_properties = _extras(data, ("games", "total"))
    return obj


def _decode_get_game_link_response(data: Any) -> GetGameLinkResponse:
    if type(data) is not dict:
        raise _Unusual
    try:
        v0 = data["status"]
        v1 = data["content"]
    except KeyError:
        raise _Unusual from None
    v2 = data.get("timestamp")
    v3 = data.get("request_id")
    if type(v0) is not str:
        raise _Unusual
    v1 = _decode_game_link(v1)
    if v2 is not None and (type(v2) is not str):
        raise _Unusual
    if v3 is not None and (type(v3) is not str):
        raise _Unusual
    extra = len(data) != 2 + ("timestamp" in data) + ("request_id" in data)
    obj = _new(GetGameLinkResponse)
    obj.status = v0
    obj.content = v1
    obj.timestamp = v2
    obj.request_id = v3
    if extra:
        obj.additional_properties = _extras(data, ("status", "content", "timestamp", "request_id"))
    return obj


def _decode_game_list_response(data: Any) -> GameListResponse:
    if type(data) is not dict:
        raise _Unusual
    try:
        v0 = data["status"]
        v1 = data["content"]
    except KeyError:
        raise _Unusual from None
    v2 = data.get("timestamp")
    v3 = data.get("request_id")
    if type(v0) is not str:
        raise _Unusual
    v1 = _decode_game_list(v1)
    if v2 is not None and (type(v2) is not str):
        raise _Unusual
    if v3 is not None and (type(v3) is not str):
        raise _Unusual
    extra = len(data) != 2 + ("timestamp" in data) + ("request_id" in data)
    obj = _new(GameListResponse)
    obj.status = v0
    obj.content = v1
    obj.timestamp = v2
    obj.request_id = v3
    if extra:
        obj.additional_properties = _extras(data, ("status", "content", "timestamp", "request_id"))
    return obj


def _decode_error_envelope(data: Any) -> ErrorEnvelope:
    if type(data) is not dict:
        raise _Unusual
    try:
        v0 = data["error"]
    except KeyError:
        raise _Unusual from None
    v1 = data.get("status")
    v2 = data.get("message")
    v3 = data.get("timestamp")
    v4 = data.get("request_id")
    if type(v0) is not str:
        raise _Unusual
    if v1 is not None and (type(v1) is not str):
        raise _Unusual
    if v2 is not None and (type(v2) is not str):
        raise _Unusual
    if v3 is not None and (type(v3) is not str):
        raise _Unusual
    if v4 is not None and (type(v4) is not str):
        raise _Unusual
    extra = len(data) != 1 + ("status" in data) + ("message" in data) + ("timestamp" in data) + (
        "request_id" in data
    )
    obj = _new(ErrorEnvelope)
    obj.error = v0
    obj.status = v1
    obj.message = v2
    obj.timestamp = v3
    obj.request_id = v4
    if extra:
        obj.additional_properties = _extras(data, ("error", "status", "message", "timestamp", "request_id"))
    return obj


def _decode_freespins(data: Any) -> Freespins:
    if type(data) is not dict:
        raise _Unusual
    extra = len(data) != 0
    obj = _new(Freespins)
    if extra:
        obj.additional_properties = _extras(data, ())
    return obj


def _decode_get_balance_callback(data: Any) -> GetBalanceCallback:
    if type(data) is not dict:
        raise _Unusual
    try:
        v0 = data["type"]
        v1 = data["request_id"]
        v2 = data["agent_id"]
        v3 = data["session_id"]
        v4 = data["player_id"]
        v5 = data["player_username"]
        v6 = data["currency"]
        v7 = data["language"]
        v8 = data["game_id"]
    except KeyError:
        raise _Unusual from None
    v9 = data.get("timestamp")
    v10 = data.get("freespins")
    if type(v0) is not str:
        raise _Unusual
    if type(v1) is not str:
        raise _Unusual
    if type(v2) is not int:
        raise _Unusual
    if type(v3) is not str:
        raise _Unusual
    if type(v4) is not str:
        raise _Unusual
    if type(v5) is not str:
        raise _Unusual
    if type(v6) is not str:
        raise _Unusual
    if type(v7) is not str:
        raise _Unusual
    if type(v8) is not int:
        raise _Unusual
    if v9 is not None and (type(v9) is not int):
        raise _Unusual
    if v10 is not None:
        v10 = _decode_freespins(v10)
    extra = len(data) != 9 + ("timestamp" in data) + ("freespins" in data)
    obj = _new(GetBalanceCallback)
    obj.type = v0
    obj.request_id = v1
    obj.agent_id = v2
    obj.session_id = v3
    obj.player_id = v4
    obj.player_username = v5
    obj.currency = v6
    obj.language = v7
    obj.game_id = v8
    obj.timestamp = v9
    obj.freespins = v10
    if extra:
        obj.additional_properties = _extras(
            data,
            (
                "type",
                "request_id",
                "agent_id",
                "session_id",
                "player_id",
                "player_username",
                "currency",
                "language",
                "game_id",
                "timestamp",
                "freespins",
            ),
        )
    return obj


def _decode_make_bet_callback(data: Any) -> MakeBetCallback:
    if type(data) is not dict:
        raise _Unusual
    try:
        v0 = data["type"]
        v1 = data["request_id"]
        v2 = data["agent_id"]
        v3 = data["session_id"]
        v4 = data["player_id"]
        v5 = data["player_username"]
        v6 = data["currency"]
        v7 = data["language"]
        v8 = data["game_id"]
        v9 = data["bet"]
        v10 = data["win"]
    except KeyError:
        raise _Unusual from None
    v11 = data.get("timestamp")
    v12 = data.get("freespins")
    if type(v0) is not str:
        raise _Unusual
    if type(v1) is not str:
        raise _Unusual
    if type(v2) is not int:
        raise _Unusual
    if type(v3) is not str:
        raise _Unusual
    if type(v4) is not str:
        raise _Unusual
    if type(v5) is not str:
        raise _Unusual
    if type(v6) is not str:
        raise _Unusual
    if type(v7) is not str:
        raise _Unusual
    if type(v8) is not int:
        raise _Unusual
    if type(v9) is not float:
        if type(v9) is not int:
            raise _Unusual
        v9 = float(v9)
    if type(v10) is not float:
        if type(v10) is not int:
            raise _Unusual
        v10 = float(v10)
    if v11 is not None and (type(v11) is not int):
        raise _Unusual
    if v12 is not None:
        v12 = _decode_freespins(v12)
    extra = len(data) != 11 + ("timestamp" in data) + ("freespins" in data)
    obj = _new(MakeBetCallback)
    obj.type = v0
    obj.request_id = v1
    obj.agent_id = v2
    obj.session_id = v3
    obj.player_id = v4
    obj.player_username = v5
    obj.currency = v6
    obj.language = v7
    obj.game_id = v8
    obj.bet = v9
    obj.win = v10
    obj.timestamp = v11
    obj.freespins = v12
    if extra:
        obj.additional_properties = _extras(
            data,
            (
                "type",
                "request_id",
                "agent_id",
                "session_id",
                "player_id",
                "player_username",
                "currency",
                "language",
                "game_id",
                "bet",
                "win",
                "timestamp",
                "freespins",
            ),
        )
    return obj


def _encode_get_game_link_request(obj: GetGameLinkRequest) -> dict[str, Any]:
    data: dict[str, Any] = {
        "agent_id": obj.agent_id,
        "timestamp": obj.timestamp,
        "game_id": obj.game_id,
        "player_id": obj.player_id,
        "player_username": obj.player_username,
        "language": obj.language,
        "currency": obj.currency,
        "home_url": obj.home_url,
        "agent_session_id": obj.agent_session_id,
        "ip": obj.ip,
    }
    return data


def _encode_get_game_link_demo_request(obj: GetGameLinkDemoRequest) -> dict[str, Any]:
    data: dict[str, Any] = {
        "agent_id": obj.agent_id,
        "timestamp": obj.timestamp,
        "game_id": obj.game_id,
        "player_id": obj.player_id,
        "player_username": obj.player_username,
        "language": obj.language,
        "currency": obj.currency,
        "home_url": obj.home_url,
        "ip": obj.ip,
    }
    return data


def _encode_list_games_request(obj: ListGamesRequest) -> dict[str, Any]:
    data: dict[str, Any] = {"agent_id": obj.agent_id, "timestamp": obj.timestamp}
    return data


_serde.register_codecs(
    decoders={
        GetGameLinkRequest: _decode_get_game_link_request,
        GetGameLinkDemoRequest: _decode_get_game_link_demo_request,
        ListGamesRequest: _decode_list_games_request,
        GameLink: _decode_game_link,
        Game: _decode_game,
        GameList: _decode_game_list,
        GetGameLinkResponse: _decode_get_game_link_response,
        GameListResponse: _decode_game_list_response,
        ErrorEnvelope: _decode_error_envelope,
        Freespins: _decode_freespins,
        GetBalanceCallback: _decode_get_balance_callback,
        MakeBetCallback: _decode_make_bet_callback,
    },
    encoders={
        GetGameLinkRequest: _encode_get_game_link_request,
        GetGameLinkDemoRequest: _encode_get_game_link_demo_request,
        ListGamesRequest: _encode_list_games_request,
    },
)
