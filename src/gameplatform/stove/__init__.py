"""STOVE (Smilegate) server APIs: shared server tokens and player-token verification.

::

    from gameplatform.stove import StoveClient, InvalidGameId

    with StoveClient(client_id="...", client_secret="...", service_id="MY_GAME",
                     environment="sandbox") as stove:
        user = stove.verify_user_token(game_id="MY_GAME", access_token=token_from_player)
        print(user.member_no, user.guid)

The server token is fetched on first use, kept in a token store (in memory by default,
Redis to share it across processes) and renewed once, by one caller, before it expires.
"""

from gameplatform.stove._client import BASE_URLS, Environment, ServerToken, StoveClient
from gameplatform.stove._errors import (
    BadRequest,
    ExpiredUserToken,
    InvalidClientCredentials,
    InvalidGameId,
    InvalidServerToken,
    StoveErrorCode,
)
from gameplatform.stove._models import (
    GameCode,
    Member,
    MemberSearchType,
    OwnedGame,
    Ownership,
    OwnershipCode,
    VerifiedUser,
)
from gameplatform.stove._player_token import UnverifiedClaims, decode_user_token, precheck_user_token

__all__ = [
    "BASE_URLS",
    "BadRequest",
    "Environment",
    "ExpiredUserToken",
    "GameCode",
    "InvalidClientCredentials",
    "InvalidGameId",
    "InvalidServerToken",
    "Member",
    "MemberSearchType",
    "OwnedGame",
    "Ownership",
    "OwnershipCode",
    "ServerToken",
    "StoveClient",
    "StoveErrorCode",
    "UnverifiedClaims",
    "VerifiedUser",
    "decode_user_token",
    "precheck_user_token",
]
