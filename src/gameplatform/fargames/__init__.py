"""FAR Games agent API: game links, demo links and the game catalogue.

Requests are signed with HMAC-SHA256 over the exact body bytes (see :func:`sign`);
:func:`encode_body` produces the bytes PHP's ``ksort`` + ``json_encode`` would.
:func:`verify_callback` checks the platform's wallet callbacks to the agent.
"""

from gameplatform.fargames._callbacks import Callback, callback_balance, callback_error, verify_callback
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
from gameplatform.fargames._models import Game, GameLink, GameList
from gameplatform.fargames._signing import encode_body, sign, verify_signature

__all__ = [
    "AgentNotFound",
    "ApiTokenNotFound",
    "Callback",
    "FarGamesClient",
    "FarGamesValidationError",
    "Game",
    "GameLink",
    "GameList",
    "GameNotAvailable",
    "GameNotFound",
    "GameProviderNotFound",
    "InvalidSignature",
    "MethodNotAllowed",
    "RequestExpired",
    "SignatureRequired",
    "callback_balance",
    "callback_error",
    "encode_body",
    "sign",
    "verify_callback",
    "verify_signature",
]
