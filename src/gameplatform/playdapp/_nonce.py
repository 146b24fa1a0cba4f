"""Nonces for Playdapp requests: 8 characters of ``[A-Za-z0-9]``, never repeated within a window.

The platform refuses a nonce seen within 20 s of an earlier successful request. Nonces
are drawn from :mod:`secrets`; the source also remembers what it issued (with the time)
and draws again on the rare repeat, so one client never sends the same nonce twice
within the window, whatever the luck of the draw.
"""

from __future__ import annotations

import secrets
import string
import threading
import time
from collections.abc import Callable

from gameplatform._fork import reset_after_fork
from gameplatform.errors import ConfigurationError

__all__ = ["NONCE_ALPHABET", "NONCE_LENGTH", "NonceSource"]

NONCE_ALPHABET = string.ascii_letters + string.digits
NONCE_LENGTH = 8
DEFAULT_WINDOW_SECONDS = 60.0
"""The platform's 20 s, plus room for a request that spends a while in flight or in retries."""

_MAX_DRAWS = 64
_SPACE = len(NONCE_ALPHABET) ** NONCE_LENGTH
"""62**8 nonces; a 48-bit draw below the largest multiple of it is uniform over them."""
_LIMIT = (2**48 // _SPACE) * _SPACE


def _draw_fast() -> str:
    """One uniformly random nonce from a single 6-byte draw (rejection sampling, no bias)."""
    while True:
        number = int.from_bytes(secrets.token_bytes(6), "big")
        if number < _LIMIT:
            break
    characters = []
    for _ in range(NONCE_LENGTH):
        number, index = divmod(number, 62)
        characters.append(NONCE_ALPHABET[index])
    return "".join(characters)


class NonceSource:
    """A thread-safe callable returning a fresh nonce on each call.

    ``window`` (seconds, at least the platform's 20) is how long an issued nonce is kept
    out of circulation; ``clock`` returns seconds (default :func:`time.monotonic`);
    ``randbelow`` picks an index below its argument (default :func:`secrets.randbelow`).
    Memory is bounded by the nonces issued within one window: older ones are forgotten.
    """

    def __init__(
        self,
        *,
        window: float = DEFAULT_WINDOW_SECONDS,
        clock: Callable[[], float] = time.monotonic,
        randbelow: Callable[[int], int] = secrets.randbelow,
    ) -> None:
        if not window >= 20.0:
            raise ConfigurationError("NonceSource window must be at least the platform's 20 seconds")
        self._window = float(window)
        self._clock = clock
        self._randbelow = randbelow
        self._lock = threading.Lock()
        self._issued: dict[str, float] = {}
        """Nonce → time issued, in issue order (so the oldest come first when pruning)."""
        reset_after_fork(self, NonceSource._after_fork)

    def _after_fork(self) -> None:
        # The memory is kept: the parent's recent nonces stay out of the child's draws too.
        self._lock = threading.Lock()

    def __call__(self) -> str:
        with self._lock:
            now = self._clock()
            self._forget_older_than(now - self._window)
            for _ in range(_MAX_DRAWS):
                nonce = self._draw()
                if nonce not in self._issued:
                    self._issued[nonce] = now
                    return nonce
        raise RuntimeError(f"the random source repeated issued nonces {_MAX_DRAWS} times in a row")

    def __len__(self) -> int:
        """How many issued nonces are still remembered."""
        with self._lock:
            return len(self._issued)

    def __repr__(self) -> str:
        return f"NonceSource(window={self._window!r})"

    def _draw(self) -> str:
        pick = self._randbelow
        if pick is secrets.randbelow:
            return _draw_fast()
        size = len(NONCE_ALPHABET)
        return "".join(NONCE_ALPHABET[pick(size)] for _ in range(NONCE_LENGTH))

    def _forget_older_than(self, cutoff: float) -> None:
        issued = self._issued
        while issued:
            oldest = next(iter(issued))
            if issued[oldest] > cutoff:
                break
            del issued[oldest]
