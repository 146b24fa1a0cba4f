# Generated from specs/stove.yaml by `python -m codegen` (datamodel-code-generator 0.89.0). Do not edit.
"""Methods of the STOVE server API, one per operation of ``specs/stove.yaml``.

Each is a typed, keyword-only signature whose body hands the operation and its arguments to the
client (``_invoke``); the client class mixes these in.
"""

from __future__ import annotations

from collections.abc import Sequence

from gameplatform._client import API
from gameplatform.stove import _operations as _op
from gameplatform.stove._models import Member, MemberSearchType, Ownership, VerifiedUser

__all__ = [
    "StoveAPI",
]


class StoveAPI(API):
    """The STOVE server API's operations as methods, generated from ``specs/stove.yaml``. Each builds
    and checks its request before any I/O and returns the result model, or raises a typed error.
    """

    def verify_user_token(self, *, game_id: str, access_token: str, precheck: bool = False) -> VerifiedUser:
        """Ask STOVE whether a player's access token is valid for ``game_id``, and whose it is.

        Returns the member number and, once the player accepted the game's terms, the per-game
        ``guid`` (else ``None``). Raises ``InvalidGameId`` (41002) for a token of another game and
        ``BadRequest`` (40000) for one STOVE refuses.

        Args:
            game_id: The game's STOVE id (e.g. `SGP_EVENT`).
            access_token: The game user access token the player's client got from
                StoveSDK_GetToken().
            precheck: First read the token's payload locally (``precheck_user_token``) and raise
                ``ExpiredUserToken`` or ``ValidationError`` for an expired or malformed token
                without any network call. That check does not verify the signature; only STOVE's
                answer does.

        Returns:
            VerifiedUser: Success envelope (`code` 0). 40000 and 41002 also come with HTTP 200.
        """
        return self._invoke(
            _op.VERIFY_USER_TOKEN, {"game_id": game_id, "access_token": access_token, "precheck": precheck}
        )

    def lookup_member(self, *, game_id: str, search_type: MemberSearchType | str, value: int | str) -> Member:
        """Find a member of ``game_id`` by STOVE member number or by per-game guid.

        Args:
            game_id: The game's STOVE id (e.g. `SGP_EVENT`).
            value: The member number or guid to look for (an int, or its decimal digits).

        Returns:
            Member: Success envelope (`code` 0).
        """
        return self._invoke(
            _op.LOOKUP_MEMBER, {"game_id": game_id, "search_type": search_type, "value": value}
        )

    def lookup_member_with_player_token(self, *, game_id: str, access_token: str) -> Member:
        """The member a player's own access token belongs to, in ``game_id``.

        The member lookup STOVE documents for the web: the same path as ``lookup_member``, but
        authorised by the player's own access token (``Authorization: Bearer <player token>``)
        instead of the server token, and with no search parameters. No server token is fetched or
        sent. Raises ``BadRequest`` (40000) for a token STOVE refuses.

        Args:
            game_id: The game's STOVE id (e.g. `SGP_EVENT`).
            access_token: The player's access token (from StoveSDK_GetToken() or STOVE's web
                login), sent as ``Authorization: Bearer <access_token>``; printable ASCII
                without spaces.

        Returns:
            Member: Success envelope (`code` 0); `value` holds `member_no` and `guid`.
        """
        return self._invoke(
            _op.LOOKUP_MEMBER_WITH_PLAYER_TOKEN, {"game_id": game_id, "access_token": access_token}
        )

    def check_ownership(
        self, *, member_no: int, game_ids: Sequence[str], game_id: str | None = None
    ) -> Ownership:
        """Which of the given games a member owns (looked up by member number).

        ``owner_list`` holds one entry per owned game among ``game_ids`` (empty: owns none). The
        vendor lists the live host only for this call. Answers with its own envelope
        (`response_code`, `response_message`, `value`). A non-zero `response_code` is a failure
        whatever the HTTP status.

        Args:
            game_ids: Game ids to check, sent comma-separated (`game_ids=A,B`).
            game_id: The calling game's STOVE id: the call is made as ``{game_id}_SERVER``
                (``caller-id``) unless the client has a ``caller_id`` setting, which wins. One
                of the two is needed.

        Returns:
            Ownership: Success envelope (`response_code` 0).
        """
        return self._invoke(
            _op.CHECK_OWNERSHIP, {"member_no": member_no, "game_ids": game_ids, "game_id": game_id}
        )
