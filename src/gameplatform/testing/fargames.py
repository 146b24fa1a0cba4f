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

This module holds the fake itself (its settings, test controls and the order of the
checks); the wire format (error codes, body reading, the PHP-style envelope) is in
``_fargames_wire``, the game catalogue and link issuing in ``_fargames_games``.
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable, Sequence
from typing import Any

import attrs

from gameplatform.fargames._signing import verify_signature
from gameplatform.testing._fargames_games import DEFAULT_GAMES, FakeGame, IssuedLink, issue_link, list_games
from gameplatform.testing._fargames_wire import (
    ERROR_MESSAGES,
    ERROR_STATUSES,
    GET_GAME_LINK_DEMO_PATH,
    LIST_GAMES_PATH,
    PATHS,
    Rejected,
    envelope,
    is_int,
    iso8601,
    json_object,
)
from gameplatform.testing._fargames_wire import GET_GAME_LINK_PATH as GET_GAME_LINK_PATH
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


@attrs.frozen
class _ForcedFailure:
    code: str
    status: int
    message: str


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
        return method == "POST" and path in PATHS

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
            message=message if message is not None else ERROR_MESSAGES.get(code, code.replace("_", " ")),
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
                    raise Rejected(forced.code, forced.message, forced.status)
                content = self._serve(request, now)
            except Rejected as rejection:
                return envelope(
                    rejection.status,
                    {
                        "status": "error",
                        "error": rejection.code,
                        "message": rejection.message,
                        "timestamp": iso8601(now),
                        "request_id": request_id,
                    },
                )
            return envelope(
                200,
                {
                    "status": "success",
                    "timestamp": iso8601(now),
                    "request_id": request_id,
                    "content": content,
                },
            )

    def _serve(self, request: FakeRequest, now: float) -> dict[str, Any]:
        if request.path not in PATHS:
            raise Rejected("not_found", "Not found", 404)
        if request.method != "POST":
            raise Rejected("method_not_allowed")
        signature = request.header("X-Signature")
        if not signature:
            raise Rejected("signature_required")
        data = json_object(request)
        agent_id = data.get("agent_id")
        if not is_int(agent_id):
            raise Rejected("validation_error", "The agent_id field is required and must be an integer.")
        if agent_id != self.agent_id:
            raise Rejected("agent_not_found")
        if not verify_signature(request.body, signature, self._api_token):
            raise Rejected("invalid_signature")
        timestamp = data.get("timestamp")
        if not is_int(timestamp):
            raise Rejected("validation_error", "The timestamp field is required and must be an integer.")
        if abs(timestamp - now) > self.window_seconds:
            raise Rejected("request_expired")
        if request.path == LIST_GAMES_PATH:
            return list_games(self._games)
        demo = request.path == GET_GAME_LINK_DEMO_PATH
        link = issue_link(self._games, data, now, demo=demo, link_base_url=self.link_base_url)
        self.issued_links.append(link)
        return {"url": link.url}
