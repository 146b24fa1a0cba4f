"""gameplatform: Python clients for the FAR Games, Playdapp, STOVE and PlayNANOO server APIs."""

from gameplatform._version import __version__
from gameplatform.errors import (
    APIError,
    AuthenticationError,
    ConfigurationError,
    GamePlatformError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ReloginRequired,
    ServerError,
    SignatureError,
    TokenStoreError,
    TransportError,
    ValidationError,
)

__all__ = [
    "APIError",
    "AuthenticationError",
    "ConfigurationError",
    "GamePlatformError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "ReloginRequired",
    "ServerError",
    "SignatureError",
    "TokenStoreError",
    "TransportError",
    "ValidationError",
    "__version__",
]
