"""Token stores and single-flight token renewal, shared by the platform clients.

- :class:`Token`: an access token with its receipt and expiry times (JSON in stores).
- :class:`TokenStore`: where tokens live and the lock per key; :class:`MemoryTokenStore`
  (default, one process) and :class:`RedisTokenStore` (many processes or machines).
- :class:`RefreshingToken`: a server token (STOVE) renewed once per fleet, in its
  advisory window without blocking anyone, in its mandatory window with everyone waiting.
- :class:`PlayerTokens`: per-player pairs (PlayNANOO) whose rotating refresh token is
  used by exactly one caller per player.

Logs go to the ``gameplatform.tokens`` logger and never carry a token.
"""

from gameplatform.errors import TokenStoreError
from gameplatform.tokens._player import PlayerTokens
from gameplatform.tokens._redis import RedisClient, RedisStoreLock, RedisTokenStore, TokenStoreWarning
from gameplatform.tokens._refreshing import RefreshingToken
from gameplatform.tokens._store import (
    LeaseLock,
    LockTimeout,
    MemoryStoreLock,
    MemoryTokenStore,
    StoreLock,
    TokenStore,
    poll_lease,
)
from gameplatform.tokens._token import Token

__all__ = [
    "LeaseLock",
    "LockTimeout",
    "MemoryStoreLock",
    "MemoryTokenStore",
    "PlayerTokens",
    "RedisClient",
    "RedisStoreLock",
    "RedisTokenStore",
    "RefreshingToken",
    "StoreLock",
    "Token",
    "TokenStore",
    "TokenStoreError",
    "TokenStoreWarning",
    "poll_lease",
]
