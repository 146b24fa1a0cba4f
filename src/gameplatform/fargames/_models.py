# Generated from specs/fargames.yaml by `python -m codegen` (datamodel-code-generator 0.89.0). Do not edit.
"""Models of the FAR Games agent API: attrs classes generated from ``specs/fargames.yaml``.

Request models (bodies and ``*Params``) check their fields when built and raise
``gameplatform.errors.ValidationError``; response models are plain and keep keys they do not name in
``additional_properties``. ``gameplatform._serde`` turns both into JSON and back.
"""

from __future__ import annotations

from typing import Any

import attrs

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
class GameLink:
    """A link that launches a game (``content`` of get_game_link and get_game_link_demo)."""

    url: str = attrs.field(metadata={"json": "url"})
    """The URL to open for the player."""
    additional_properties: dict[str, Any] = attrs.field(
        factory=dict, metadata={"additional_properties": True}
    )
    """Keys the platform sent that this model does not name (kept as decoded JSON)."""


@attrs.define(kw_only=True)
class Game:
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
class GameList:
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
class GetGameLinkResponse:
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
class GameListResponse:
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
class ErrorEnvelope:
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
class Freespins:
    """Free spins attached to a callback's session. The vendor names the object but not its fields, so
    all of them are kept in ``additional_properties``.
    """

    additional_properties: dict[str, Any] = attrs.field(
        factory=dict, metadata={"additional_properties": True}
    )
    """Keys the platform sent that this model does not name (kept as decoded JSON)."""


@attrs.define(kw_only=True)
class GetBalanceCallback:
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
class MakeBetCallback:
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
