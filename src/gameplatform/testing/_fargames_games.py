"""The FAR Games fake's game catalogue and the game links it hands out.

:class:`FakeGame` and :data:`DEFAULT_GAMES` make up the catalogue; :func:`list_games`
answers the game list from it; :func:`issue_link` checks a (demo) link request's fields and
the game, and mints the :class:`IssuedLink`. :mod:`gameplatform.testing.fargames`
re-exports the public names.
"""

from __future__ import annotations

import ipaddress
import re
import secrets
from collections.abc import Mapping
from typing import Any, Final
from urllib.parse import urlencode, urlsplit

import attrs

from gameplatform.testing._fargames_wire import Rejected, is_int

__all__ = ["DEFAULT_GAMES", "FakeGame", "IssuedLink", "issue_link", "list_games"]

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


def list_games(games: Mapping[int, FakeGame]) -> dict[str, Any]:
    """The game list's ``content``: the games available to the agent, in catalogue order."""
    listed = [
        {"id": g.id, "title": g.title, "brand": g.brand, "image_url": g.image_url, "demo": g.demo}
        for g in games.values()
        if g.available
    ]
    return {"games": listed, "total": len(listed)}


def issue_link(
    games: Mapping[int, FakeGame], data: Mapping[str, Any], now: float, *, demo: bool, link_base_url: str
) -> IssuedLink:
    """A new game link for a request body whose signature and window were checked.

    The fields first (422 ``validation_error``), then the game: unknown, unavailable, or
    without a demo for a demo link.
    """
    game_id = data.get("game_id")
    if not is_int(game_id):
        raise Rejected("validation_error", "The game_id field is required and must be an integer.")
    texts = ["player_id", "player_username", "language", "currency", "home_url", "ip"]
    if not demo:
        texts.append("agent_session_id")
    for name in texts:
        value = data.get(name)
        if not isinstance(value, str) or not value or len(value) > _MAX_TEXT_LENGTH:
            raise Rejected(
                "validation_error",
                f"The {name} field is required and must be a string "
                f"of at most {_MAX_TEXT_LENGTH} characters.",
            )
    if not _CURRENCY.fullmatch(data["currency"]):
        raise Rejected("validation_error", "The currency must be a 3-letter currency code.")
    if not _is_http_url(data["home_url"]):
        raise Rejected("validation_error", "The home_url must be a valid URL.")
    try:
        ipaddress.ip_address(data["ip"])
    except ValueError:
        raise Rejected("validation_error", "The ip must be a valid IP address.") from None
    game = games.get(game_id)
    if game is None:
        raise Rejected("game_not_found")
    if not game.available:
        raise Rejected("game_not_available")
    if demo and not game.demo:
        raise Rejected("game_provider_not_found")
    token = secrets.token_hex(16)
    query = urlencode({"token": token, "gameId": game_id, "playerId": data["player_id"]})
    return IssuedLink(
        url=f"{link_base_url}/{'demo' if demo else 'play'}?{query}",
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


def _is_http_url(value: str) -> bool:
    try:
        parts = urlsplit(value)
    except ValueError:
        return False
    return parts.scheme in ("http", "https") and bool(parts.hostname) and not any(c.isspace() for c in value)
