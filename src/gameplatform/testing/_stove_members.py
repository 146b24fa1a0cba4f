"""The STOVE fake's members, their games and what they own, and the calls that read them.

:class:`Members` keeps the members (with a per-game ``guid`` once they accepted a game's
terms), the application number of each game player tokens were minted for, and ownership
entries; it answers player-token verification, the server's member lookup, the player's
own lookup and the ownership check. Not locked: the fake calls it under its own lock.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import attrs

from gameplatform.testing._server import FakeRequest, FakeResponse, json_response
from gameplatform.testing._stove_tokens import PlayerTokens
from gameplatform.testing._stove_wire import (
    BAD_REQUEST,
    CALLER_ID,
    DIGITS,
    GAME_ID,
    INVALID_GAME_ID,
    MEMBER_NOT_FOUND,
    OK,
    Operation,
    bearer,
    envelope,
    json_object,
)

__all__ = ["Member", "Members"]


@attrs.define
class Member:
    """One STOVE member: a nickname, and a guid per game whose terms they accepted."""

    nickname: str | None = None
    guids: dict[str, int] = attrs.Factory(dict)


class Members:
    """Members, games and ownership; player tokens are read with ``player_tokens`` on ``clock``."""

    def __init__(self, player_tokens: PlayerTokens, clock: Callable[[], float]) -> None:
        self._player_tokens = player_tokens
        self._clock = clock
        self._members: dict[int, Member] = {}
        self._games: dict[str, int] = {}
        self._owned: dict[int, dict[str, dict[str, Any]]] = {}

    # -- records ------------------------------------------------------------------------

    def member(self, member_no: int) -> Member:
        """The member's record, created empty the first time."""
        return self._members.setdefault(member_no, Member())

    def application_no(self, game_id: str) -> int:
        """The game's application number (what player tokens carry), given on first use."""
        if game_id not in self._games:
            self._games[game_id] = 10_000 + len(self._games) + 1
        return self._games[game_id]

    def grant(self, member_no: int, game_id: str, entry: dict[str, Any]) -> None:
        """Record that the member owns the game; the ownership check answers ``entry``."""
        self._owned.setdefault(member_no, {})[game_id] = entry

    # -- calls ----------------------------------------------------------------------------

    def verify_user_token(self, request: FakeRequest, game_id: str) -> FakeResponse:
        body = json_object(request)
        player_token = body.get("access_token") if body else None
        if not isinstance(player_token, str) or not player_token:
            return envelope("verify_user_token", BAD_REQUEST)
        claims = self._player_tokens.claims(player_token)
        return self._player_answer("verify_user_token", claims, game_id)

    def lookup_own_member(self, request: FakeRequest, game_id: str) -> FakeResponse:
        claims = self._player_tokens.claims(bearer(request))
        return self._player_answer("lookup_member_with_player_token", claims, game_id)

    def lookup_member(self, request: FakeRequest, game_id: str) -> FakeResponse:
        query = dict(request.query)
        search_type, wanted = query.get("search_type"), query.get("value", "")
        if search_type not in ("member_no", "guid") or not DIGITS.fullmatch(wanted):
            return envelope("lookup_member", BAD_REQUEST)
        number = int(wanted)
        for member_no, member in self._members.items():
            found = member_no == number if search_type == "member_no" else member.guids.get(game_id) == number
            if found:
                value: dict[str, Any] = {"member_no": member_no}
                if game_id in member.guids:
                    value["guid"] = member.guids[game_id]
                if member.nickname is not None:
                    value["nickname"] = member.nickname
                return json_response(200, {"code": OK, "message": "success", "value": value})
        return envelope("lookup_member", MEMBER_NOT_FOUND, status=404)

    def check_ownership(self, request: FakeRequest) -> FakeResponse:
        caller = request.header("caller-id") or ""
        if not CALLER_ID.fullmatch(caller):
            return envelope("check_ownership", BAD_REQUEST)
        query = dict(request.query)
        member_text, games_text = query.get("member_no", ""), query.get("game_ids", "")
        game_ids = games_text.split(",") if games_text else []
        valid_games = bool(game_ids) and all(GAME_ID.fullmatch(g) for g in game_ids)
        if not DIGITS.fullmatch(member_text) or not valid_games:
            return envelope("check_ownership", BAD_REQUEST)
        member_no = int(member_text)
        owned = self._owned.get(member_no, {})
        owner_list = [dict(owned[game_id]) for game_id in game_ids if game_id in owned]
        return json_response(
            200,
            {
                "response_code": OK,
                "response_message": "success",
                "value": {"member_no": member_no, "owner_list": owner_list},
            },
        )

    def _player_answer(
        self, operation: Operation, claims: dict[str, Any] | None, game_id: str
    ) -> FakeResponse:
        """``{member_no, guid}`` for a good, unexpired player token of this game; else its refusal.

        A forged or expired token is 40000, one minted for another game 41002.
        """
        if claims is None or claims["expire_time"] <= self._clock() * 1000:
            return envelope(operation, BAD_REQUEST)
        if self._games.get(game_id) != claims["application_no"]:
            return envelope(operation, INVALID_GAME_ID)
        member_no = claims["member_no"]
        value: dict[str, Any] = {"member_no": member_no}
        member = self._members.get(member_no)
        if member is not None and game_id in member.guids:
            value["guid"] = member.guids[game_id]
        return json_response(200, {"code": OK, "message": "success", "value": value})
