"""FAR Games agent API: game links, demo links and the game catalogue.

Requests are signed with HMAC-SHA256 over the exact body bytes (see :func:`sign`);
:func:`encode_body` produces the bytes PHP's ``ksort`` + ``json_encode`` would.
"""

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
    "encode_body",
    "sign",
    "verify_signature",
]
