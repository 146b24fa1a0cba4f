"""FAR Games agent API: game links, demo links and the game catalogue.

Requests are signed with HMAC-SHA256 over the exact body bytes (see :func:`sign`);
:func:`encode_body` produces the bytes PHP's ``ksort`` + ``json_encode`` would.
:func:`verify_callback` checks the platform's wallet callbacks to the agent, :func:`parse_callback`
types them, and :class:`WalletHandler` answers them (framework-neutral; the Django view and
Flask blueprint in :mod:`gameplatform.contrib` use it).
"""

from gameplatform._answers import AnswerStore, MemoryAnswerStore, RedisAnswerStore
from gameplatform.fargames._callbacks import (
    Callback,
    WalletCallback,
    callback_balance,
    callback_error,
    parse_callback,
    verify_callback,
)
from gameplatform.fargames._client import FarGamesClient
from gameplatform.fargames._errors import (
    AgentNotFound,
    ApiTokenNotFound,
    FarGamesValidationError,
    GameNotAvailable,
    GameNotFound,
    GameProviderNotFound,
    InvalidSignature,
    MethodNotAllowed,
    RequestExpired,
    SignatureRequired,
)
from gameplatform.fargames._models import (
    Freespins,
    Game,
    GameLink,
    GameList,
    GetBalanceCallback,
    MakeBetCallback,
)
from gameplatform.fargames._signing import encode_body, sign, verify_signature
from gameplatform.fargames._wallet import CallbackRefused, WalletAnswer, WalletHandler

__all__ = [
    "AgentNotFound",
    "AnswerStore",
    "ApiTokenNotFound",
    "Callback",
    "CallbackRefused",
    "FarGamesClient",
    "FarGamesValidationError",
    "Freespins",
    "Game",
    "GameLink",
    "GameList",
    "GameNotAvailable",
    "GameNotFound",
    "GameProviderNotFound",
    "GetBalanceCallback",
    "InvalidSignature",
    "MakeBetCallback",
    "MemoryAnswerStore",
    "MethodNotAllowed",
    "RedisAnswerStore",
    "RequestExpired",
    "SignatureRequired",
    "WalletAnswer",
    "WalletCallback",
    "WalletHandler",
    "callback_balance",
    "callback_error",
    "encode_body",
    "parse_callback",
    "sign",
    "verify_callback",
    "verify_signature",
]
