# Generated from specs/fargames.yaml by `python -m codegen` (datamodel-code-generator 0.89.0). Do not edit.
"""Methods of the FAR Games agent API, one per operation of ``specs/fargames.yaml``.

Each is a typed, keyword-only signature whose body hands the operation and its arguments to the
client (``_invoke``); the client class mixes these in.
"""

from __future__ import annotations

from gameplatform._client import API
from gameplatform.fargames import _operations as _op
from gameplatform.fargames._models import GameLink, GameList

__all__ = [
    "FarGamesAPI",
]


class FarGamesAPI(API):
    """The FAR Games agent API's operations as methods, generated from ``specs/fargames.yaml``. Each
    builds and checks its request before any I/O and returns the result model, or raises a typed
    error.
    """

    def get_game_link(
        self,
        *,
        game_id: int,
        player_id: str,
        player_username: str,
        language: str,
        currency: str,
        home_url: str,
        agent_session_id: str,
        ip: str,
    ) -> GameLink:
        """Generate a unique link that launches a game for a player (creates a game session).

        Not idempotent: each call creates a new game session behind the link, so a retry after the
        request may have reached the platform could leave a second session.

        Args:
            game_id: Game ID (``Game.id`` from list_games).
            player_id: Unique player ID in the agent's system; must be unique per player.
            player_username: Player username; may be non-unique.
            language: Language code, e.g. ``ru`` or ``en``: an ISO 639-1 code, optionally with a
                region (``en-US``). The vendor shows two-letter codes only; the region part is
                inferred from what game launchers commonly accept.
            currency: Currency code, e.g. ``RUB``, ``USD``, ``EUR`` (ISO 4217, upper case).
            home_url: Return URL for the player, used by some games for the "Home" button
                (absolute http(s) URL).
            agent_session_id: Agent session ID.
            ip: Player IP address (IPv4 or IPv6).

        Returns:
            GameLink: A link that launches a game (``content`` of get_game_link and
                get_game_link_demo).
        """
        return self._invoke(
            _op.GET_GAME_LINK,
            {
                "game_id": game_id,
                "player_id": player_id,
                "player_username": player_username,
                "language": language,
                "currency": currency,
                "home_url": home_url,
                "agent_session_id": agent_session_id,
                "ip": ip,
            },
        )

    def get_game_link_demo(
        self,
        *,
        game_id: int,
        player_id: str,
        player_username: str,
        language: str,
        currency: str,
        home_url: str,
        ip: str,
    ) -> GameLink:
        """Generate a link that launches the demo version of a game (virtual balance, nothing saved).

        Idempotent: no game session is created and results are not saved, so repeating the call only
        yields another demo link.

        Args:
            game_id: Game ID (``Game.id`` from list_games).
            player_id: Unique player ID in the agent's system; must be unique per player.
            player_username: Player username; may be non-unique.
            language: Language code, e.g. ``ru`` or ``en``: an ISO 639-1 code, optionally with a
                region (``en-US``). The region part is inferred, as for get_game_link.
            currency: Currency code, e.g. ``RUB``, ``USD``, ``EUR`` (ISO 4217, upper case).
            home_url: Return URL for the player, used by some games for the "Home" button
                (absolute http(s) URL).
            ip: Player IP address (IPv4 or IPv6).

        Returns:
            GameLink: A link that launches a game (``content`` of get_game_link and
                get_game_link_demo).
        """
        return self._invoke(
            _op.GET_GAME_LINK_DEMO,
            {
                "game_id": game_id,
                "player_id": player_id,
                "player_username": player_username,
                "language": language,
                "currency": currency,
                "home_url": home_url,
                "ip": ip,
            },
        )

    def list_games(self) -> GameList:
        """List every game available to the agent (the vendor recommends caching it for a few hours).

        Returns:
            GameList: The games available to the agent (``content`` of list_games).
        """
        return self._invoke(_op.LIST_GAMES, {})
