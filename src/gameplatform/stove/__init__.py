"""STOVE (Smilegate) server APIs: shared server tokens, player-token verification, payment notifications.

::

    from gameplatform.stove import StoveClient, InvalidGameId

    with StoveClient(client_id="...", client_secret="...", service_id="MY_GAME",
                     environment="sandbox") as stove:
        user = stove.verify_user_token(game_id="MY_GAME", access_token=token_from_player)
        print(user.member_no, user.guid)

The server token is fetched on first use, kept in a token store (in memory by default,
Redis to share it across processes) and renewed once, by one caller, before it expires.

:class:`PaymentNotificationHandler` receives STOVE's payment completion notifications: it
checks the caller, types the body (:class:`PaymentNotification`) and runs your ``deliver``
once per TID, answering a repeat as the first time (the Django view and Flask blueprint in
:mod:`gameplatform.contrib` use it).
"""

from gameplatform._answers import AnswerStore, MemoryAnswerStore, RedisAnswerStore
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
    BillPlatformType,
    GameCode,
    Member,
    MemberSearchType,
    NotificationType,
    OwnedGame,
    Ownership,
    OwnershipCode,
    PaymentNotification,
    VerifiedUser,
)
from gameplatform.stove._payments import (
    BILLING_ORIGINS,
    PaymentAnswer,
    PaymentNotificationHandler,
    PaymentRefused,
    check_payment_caller,
    parse_payment_notification,
)
from gameplatform.stove._player_token import UnverifiedClaims, decode_user_token, precheck_user_token

__all__ = [
    "BASE_URLS",
    "BILLING_ORIGINS",
    "AnswerStore",
    "BadRequest",
    "BillPlatformType",
    "Environment",
    "ExpiredUserToken",
    "GameCode",
    "InvalidClientCredentials",
    "InvalidGameId",
    "InvalidServerToken",
    "Member",
    "MemberSearchType",
    "MemoryAnswerStore",
    "NotificationType",
    "OwnedGame",
    "Ownership",
    "OwnershipCode",
    "PaymentAnswer",
    "PaymentNotification",
    "PaymentNotificationHandler",
    "PaymentRefused",
    "RedisAnswerStore",
    "ServerToken",
    "StoveClient",
    "StoveErrorCode",
    "UnverifiedClaims",
    "VerifiedUser",
    "check_payment_caller",
    "decode_user_token",
    "parse_payment_notification",
    "precheck_user_token",
]
