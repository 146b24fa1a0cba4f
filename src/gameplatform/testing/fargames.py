"""A local FAR Games agent API for tests: real HTTP on 127.0.0.1, FAR Games' rules and failures.

Usage::

    with FarGamesFake(agent_id=5, api_token="agent-token") as fake:
        client = FarGamesClient(base_url=fake.url, agent_id=5, api_token="agent-token")
        client.list_games()
        fake.fail_next("game_not_available")          # the next request answers 403
        fake.set_game_available(2, False)             # or make a game unavailable for good

What it does, as the vendor documents it (seed 001, platforms.md §1):

- ``POST /api/games/get_game_link``, ``POST /api/games/get_game_link_demo`` and
  ``POST /api/games/list`` with a JSON body carrying ``agent_id`` and ``timestamp``
  (unix seconds), signed in ``X-Signature``: lowercase hex HMAC-SHA256 of the **raw body
  bytes**, keyed with the agent's API token.
- Success is HTTP 200 ``{"status":"success","timestamp":…,"request_id":…,"content":{…}}``;
  failure is the documented status with ``{"status":"error","error":code,"message":…,
  "timestamp":…,"request_id":…}``. ``timestamp`` is the fake clock in ISO-8601 with
  milliseconds and ``Z``; ``request_id`` is a fresh UUID4 (in the body only, as documented).
- A ``timestamp`` more than ``window_seconds`` (300) away from the fake clock, in either
  direction, is ``request_expired`` (400).
- JSON is written the way PHP writes it (``\\/``, ``\\uXXXX``).

What it assumes where the vendor is silent (say so in your own tests if you rely on it):

- Checks run in this order: unknown path (404, code ``not_found``), method other than
  ``POST`` (405 ``method_not_allowed``), missing ``X-Signature`` (401
  ``signature_required``), a body that is not ``application/json`` or not a JSON object or
  has no integer ``agent_id`` (422 ``validation_error``), unknown agent (404
  ``agent_not_found``), wrong signature (403 ``invalid_signature``), ``timestamp`` not an
  integer (422) or out of the window (400 ``request_expired``), the operation's own fields
  (422), then the game: unknown (404 ``game_not_found``), unavailable (403
  ``game_not_available``), no demo for a demo link (404 ``game_provider_not_found``).
  The signature can only be checked once the agent, and so its token, is known.
- Field rules: ``game_id`` an integer (not a boolean); ``player_id``, ``player_username``,
  ``language`` and ``agent_session_id`` non-empty strings of at most 255 characters;
  ``currency`` three uppercase letters; ``home_url`` an absolute ``http``/``https`` URL;
  ``ip`` an IPv4 or IPv6 address. Extra fields are ignored.
- The game list holds only the games available to the agent.
"""

from __future__ import annotations

import ipaddress
import json
import math
import re
import secrets
import time
import uuid
from collections.abc import Callable, Mapping, Sequence
from datetime import UTC, datetime
from typing import Any, Final, TypeGuard
from urllib.parse import urlencode, urlsplit

import attrs

from gameplatform.fargames._signing import verify_signature
from gameplatform.testing._server import (
    FailureQueue,
    FakeRequest,
    FakeResponse,
    FakeServer,
    check_times,
    renamed_option,
)

__all__ = [
    "DEFAULT_GAMES",
    "ERROR_STATUSES",
    "FakeGame",
    "FarGamesFake",
    "IssuedLink",
]

ERROR_STATUSES: Final[Mapping[str, int]] = {
    "signature_required": 401,
    "invalid_signature": 403,
    "agent_not_found": 404,
    "api_token_not_found": 404,
    "game_not_found": 404,
    "game_not_available": 403,
    "game_provider_not_found": 404,
    "method_not_allowed": 405,
    "validation_error": 422,
    "request_expired": 400,
}
"""Every documented error code and the HTTP status the platform answers it with."""

_ERROR_MESSAGES: Final[Mapping[str, str]] = {
    "signature_required": "Missing X-Signature header",
    "invalid_signature": "Invalid request signature",
    "agent_not_found": "Agent not found",
    "api_token_not_found": "The agent has no API token configured",
    "game_not_found": "Game not found",
    "game_not_available": "Game is not available for this agent",
    "game_provider_not_found": "No provider with demo support for this game",
    "method_not_allowed": "Method not allowed",
    "validation_error": "Validation error",
    "request_expired": "Request expired",
}

GET_GAME_LINK_PATH: Final = "/api/games/get_game_link"
GET_GAME_LINK_DEMO_PATH: Final = "/api/games/get_game_link_demo"
LIST_GAMES_PATH: Final = "/api/games/list"
_PATHS: Final = frozenset({GET_GAME_LINK_PATH, GET_GAME_LINK_DEMO_PATH, LIST_GAMES_PATH})

_MAX_TEXT_LENGTH: Final = 255
_CURRENCY: Final = re.compile(r"[A-Z]{3}")


@attrs.frozen
class FakeGame:
    """One game of the fake's catalogue.

    ``demo``: a demo link can be made for it. ``available``: it is available to the agent
    (unavailable games are left out of the list and answer ``game_not_available``).
    """

    id: int
    title: str
    brand: str
    image_url: str
    demo: bool = False
    available: bool = True


DEFAULT_GAMES: Final[tuple[FakeGame, ...]] = (
    FakeGame(
        1, "Champagne Party", "Mega", "https://cdn.games.fake.local/images/games/champagne_party.jpg", True
    ),
    FakeGame(2, "Book of Fortune", "Mega", "https://cdn.games.fake.local/images/games/book_of_fortune.jpg"),
    FakeGame(
        3,
        "Lucky Lanterns",
        "Orient Play",
        "https://cdn.games.fake.local/images/games/lucky_lanterns.jpg",
        True,
    ),
    FakeGame(
        4, "Crystal Mines", "Deepcore", "https://cdn.games.fake.local/images/games/crystal_mines.jpg", True
    ),
    FakeGame(
        5, "Pharaoh's Vault", "Sandstone", "https://cdn.games.fake.local/images/games/pharaohs_vault.jpg"
    ),
)
"""The catalogue a fake starts with unless given ``games``: five games, three with a demo."""


@attrs.frozen
class IssuedLink:
    """A game link the fake handed out (``agent_session_id`` is ``None`` for demo links)."""

    url: str
    token: str
    demo: bool
    game_id: int
    player_id: str
    player_username: str
    language: str
    currency: str
    home_url: str
    ip: str
    agent_session_id: str | None
    issued_at: float


@attrs.frozen
class _ForcedFailure:
    code: str
    status: int
    message: str


class _Rejected(Exception):
    """Raised inside request handling to answer with an error envelope."""

    def __init__(self, code: str, message: str | None = None, status: int | None = None) -> None:
        super().__init__(code)
        self.code = code
        self.status = status if status is not None else ERROR_STATUSES[code]
        self.message = message if message is not None else _ERROR_MESSAGES[code]


class FarGamesFake(FakeServer):
    """The FAR Games agent API for one agent (see the module doc for its exact rules).

    ``clock`` (unix seconds, ``time.time`` by default) decides the request window and the
    envelope timestamps; share one controllable clock with the client under test.
    ``link_base_url`` is where issued game links point.

    Test controls: :meth:`fail_next`, :meth:`set_game_available`, :meth:`add_game`, the
    base class's :meth:`~FakeServer.inject` (resets, stalls, raw answers such as an HTML
    502); records: :attr:`requests`, :attr:`issued_links`, :attr:`request_ids`.
    """

    platform = "fargames"

    def __init__(
        self,
        *,
        agent_id: int,
        api_token: str,
        games: Sequence[FakeGame] | None = None,
        clock: Callable[[], float] = time.time,
        window_seconds: int = 300,
        link_base_url: str = "https://games.fake.local",
        host: str = "127.0.0.1",
        port: int = 0,
    ) -> None:
        super().__init__(host=host, port=port)
        if isinstance(agent_id, bool) or not isinstance(agent_id, int):
            raise TypeError("agent_id must be an int")
        if not isinstance(api_token, str) or not api_token:
            raise TypeError("api_token must be a non-empty str")
        self.agent_id = agent_id
        self._api_token = api_token
        self.clock = clock
        self.window_seconds = window_seconds
        self.link_base_url = link_base_url.rstrip("/")
        self._games: dict[int, FakeGame] = {}
        for game in DEFAULT_GAMES if games is None else games:
            self._games[game.id] = game
        self._forced: FailureQueue[_ForcedFailure] = FailureQueue()
        self.issued_links: list[IssuedLink] = []
        """Every game link handed out, oldest first."""
        self.request_ids: list[str] = []
        """The ``request_id`` of every envelope the fake answered (success or error), oldest first."""

    def __repr__(self) -> str:
        return f"FarGamesFake(agent_id={self.agent_id!r}, games={len(self._games)})"

    def serves(self, method: str, path: str) -> bool:
        return method == "POST" and path in _PATHS

    def client_settings(self) -> dict[str, Any]:
        """Keyword arguments that build a :class:`~gameplatform.fargames.FarGamesClient` for this fake:
        ``FarGamesClient(**fake.client_settings())``."""
        return {"base_url": self.url, "agent_id": self.agent_id, "api_token": self._api_token}

    # -- test controls -------------------------------------------------------------------

    @property
    def games(self) -> tuple[FakeGame, ...]:
        """The catalogue as it is now (available or not), in the order games were added."""
        with self.lock:
            return tuple(self._games.values())

    def add_game(self, game: FakeGame) -> None:
        """Add a game to the catalogue, or replace the one with the same id."""
        with self.lock:
            self._games[game.id] = game

    def set_game_available(self, game_id: int, available: bool) -> None:
        """Make a game (un)available to the agent; ``KeyError`` if the catalogue lacks it."""
        with self.lock:
            game = self._games[game_id]
            self._games[game_id] = attrs.evolve(game, available=available)

    def fail_next(
        self,
        code: str,
        *,
        times: int = 1,
        path: str | None = None,
        status: int | None = None,
        message: str | None = None,
        count: int | None = None,
    ) -> None:
        """Answer the next ``times`` requests (to ``path``, or to any path) with error ``code``.

        ``code`` is a documented FAR Games error code (``"game_not_found"``, …, see
        :data:`ERROR_STATUSES`) and gets its documented HTTP status; any other code needs
        ``status`` (e.g. ``fail_next("internal_error", status=500)``). ``message`` replaces
        the default message. The forced failure replaces the fake's own logic entirely, so
        no link is issued. ``count=`` is the older spelling of ``times=``.
        """
        times = check_times(renamed_option("FarGamesFake", "times", times, "count", count))
        if status is None:
            if code not in ERROR_STATUSES:
                raise ValueError(
                    f"unknown FAR Games error code {code!r}: pass status= for an undocumented one"
                )
            status = ERROR_STATUSES[code]
        failure = _ForcedFailure(
            code=code,
            status=status,
            message=message if message is not None else _ERROR_MESSAGES.get(code, code.replace("_", " ")),
        )
        with self.lock:
            self._forced.push(failure, scope=path, times=times)

    def clear_failures(self) -> None:
        """Drop every failure queued by :meth:`fail_next`."""
        with self.lock:
            self._forced.clear()

    # -- the platform ----------------------------------------------------------------------

    def handle(self, request: FakeRequest) -> FakeResponse:
        with self.lock:
            request_id = str(uuid.uuid4())
            self.request_ids.append(request_id)
            now = self.clock()
            try:
                forced = self._forced.take(request.path)
                if forced is not None:
                    raise _Rejected(forced.code, forced.message, forced.status)
                content = self._serve(request, now)
            except _Rejected as rejection:
                return _envelope(
                    rejection.status,
                    {
                        "status": "error",
                        "error": rejection.code,
                        "message": rejection.message,
                        "timestamp": _iso8601(now),
                        "request_id": request_id,
                    },
                )
            return _envelope(
                200,
                {
                    "status": "success",
                    "timestamp": _iso8601(now),
                    "request_id": request_id,
                    "content": content,
                },
            )

    def _serve(self, request: FakeRequest, now: float) -> dict[str, Any]:
        if request.path not in _PATHS:
            raise _Rejected("not_found", "Not found", 404)
        if request.method != "POST":
            raise _Rejected("method_not_allowed")
        signature = request.header("X-Signature")
        if not signature:
            raise _Rejected("signature_required")
        data = _json_object(request)
        agent_id = data.get("agent_id")
        if not _is_int(agent_id):
            raise _Rejected("validation_error", "The agent_id field is required and must be an integer.")
        if agent_id != self.agent_id:
            raise _Rejected("agent_not_found")
        if not verify_signature(request.body, signature, self._api_token):
            raise _Rejected("invalid_signature")
        timestamp = data.get("timestamp")
        if not _is_int(timestamp):
            raise _Rejected("validation_error", "The timestamp field is required and must be an integer.")
        if abs(timestamp - now) > self.window_seconds:
            raise _Rejected("request_expired")
        if request.path == LIST_GAMES_PATH:
            return self._list_games()
        return self._issue_link(data, now, demo=request.path == GET_GAME_LINK_DEMO_PATH)

    def _list_games(self) -> dict[str, Any]:
        games = [
            {"id": g.id, "title": g.title, "brand": g.brand, "image_url": g.image_url, "demo": g.demo}
            for g in self._games.values()
            if g.available
        ]
        return {"games": games, "total": len(games)}

    def _issue_link(self, data: Mapping[str, Any], now: float, *, demo: bool) -> dict[str, Any]:
        game_id = data.get("game_id")
        if not _is_int(game_id):
            raise _Rejected("validation_error", "The game_id field is required and must be an integer.")
        texts = ["player_id", "player_username", "language", "currency", "home_url", "ip"]
        if not demo:
            texts.append("agent_session_id")
        for name in texts:
            value = data.get(name)
            if not isinstance(value, str) or not value or len(value) > _MAX_TEXT_LENGTH:
                raise _Rejected(
                    "validation_error",
                    f"The {name} field is required and must be a string "
                    f"of at most {_MAX_TEXT_LENGTH} characters.",
                )
        if not _CURRENCY.fullmatch(data["currency"]):
            raise _Rejected("validation_error", "The currency must be a 3-letter currency code.")
        if not _is_http_url(data["home_url"]):
            raise _Rejected("validation_error", "The home_url must be a valid URL.")
        try:
            ipaddress.ip_address(data["ip"])
        except ValueError:
            raise _Rejected("validation_error", "The ip must be a valid IP address.") from None
        game = self._games.get(game_id)
        if game is None:
            raise _Rejected("game_not_found")
        if not game.available:
            raise _Rejected("game_not_available")
        if demo and not game.demo:
            raise _Rejected("game_provider_not_found")
        token = secrets.token_hex(16)
        query = urlencode({"token": token, "gameId": game_id, "playerId": data["player_id"]})
        url = f"{self.link_base_url}/{'demo' if demo else 'play'}?{query}"
        self.issued_links.append(
            IssuedLink(
                url=url,
                token=token,
                demo=demo,
                game_id=game_id,
                player_id=data["player_id"],
                player_username=data["player_username"],
                language=data["language"],
                currency=data["currency"],
                home_url=data["home_url"],
                ip=data["ip"],
                agent_session_id=None if demo else data["agent_session_id"],
                issued_at=now,
            )
        )
        return {"url": url}


def _json_object(request: FakeRequest) -> dict[str, Any]:
    content_type = (request.header("Content-Type") or "").split(";", 1)[0].strip().lower()
    if content_type != "application/json":
        raise _Rejected("validation_error", "The request body must be application/json.")
    try:
        data = json.loads(request.body.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise _Rejected("validation_error", "The request body is not valid JSON.") from None
    if not isinstance(data, dict):
        raise _Rejected("validation_error", "The request body must be a JSON object.")
    return data


def _is_int(value: object) -> TypeGuard[int]:
    return isinstance(value, int) and not isinstance(value, bool)


def _is_http_url(value: str) -> bool:
    try:
        parts = urlsplit(value)
    except ValueError:
        return False
    return parts.scheme in ("http", "https") and bool(parts.hostname) and not any(c.isspace() for c in value)


def _iso8601(unix_seconds: float) -> str:
    """``2024-01-01T00:00:00.000Z``: UTC with milliseconds, as the platform writes it."""
    moment = datetime.fromtimestamp(math.floor(unix_seconds * 1000) / 1000, tz=UTC)
    return moment.isoformat(timespec="milliseconds").replace("+00:00", "Z")


def _envelope(status: int, payload: Mapping[str, Any]) -> FakeResponse:
    """A JSON answer written as PHP's ``json_encode`` writes it (slashes and non-ASCII escaped)."""
    text = json.dumps(payload, ensure_ascii=True, separators=(",", ":")).replace("/", "\\/")
    return FakeResponse(status, text.encode("ascii"), {"Content-Type": "application/json"})
