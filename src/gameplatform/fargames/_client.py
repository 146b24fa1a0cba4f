"""The FAR Games agent API client: settings, the signing flow and the game-list cache.

The methods come from the spec (:class:`~gameplatform.fargames._api.FarGamesAPI`); this
adapter adds what no spec states: the values the client fills in (``agent_id``, the
timestamp), the PHP-exact signature of every attempt, the clock fix after
``request_expired`` and the catalogue cache the vendor recommends.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any

import attrs
import requests

from gameplatform._client import BaseClient, outgoing
from gameplatform._envelope import failure_code, parsed_body
from gameplatform._fork import reset_after_fork
from gameplatform._operation import Call
from gameplatform._transport import (
    DEFAULT_MAX_RETRY_WAIT,
    DEFAULT_TIMEOUT,
    Flow,
    Transport,
    set_body,
)
from gameplatform._validation import check_secret_setting
from gameplatform.errors import APIError, ConfigurationError
from gameplatform.fargames import _operations as op
from gameplatform.fargames._api import FarGamesAPI
from gameplatform.fargames._errors import RequestExpired
from gameplatform.fargames._models import GameList
from gameplatform.fargames._signing import encode_body, sign

__all__ = ["MAX_CLOCK_OFFSET", "FarGamesClient"]

_JSON_HEADERS = {"Content-Type": "application/json", "Accept": "application/json"}
MAX_CLOCK_OFFSET = 86_400
"""The largest clock offset (seconds) learnt from a ``request_expired`` answer."""
logger = logging.getLogger("gameplatform.fargames")


class _RequestSigner:
    """Stamps, encodes and signs the body of one call, afresh on every attempt.

    The timestamp is taken when the attempt is sent, so a retried request is
    never rejected as stale; the bytes signed are exactly the bytes sent.
    """

    __slots__ = ("_api_token", "_data", "_now")

    def __init__(self, data: dict[str, Any], api_token: str, now: Callable[[], int]) -> None:
        self._data = data
        self._api_token = api_token
        self._now = now

    def __call__(self, prepared: requests.PreparedRequest) -> None:
        self._data["timestamp"] = self._now()
        body = encode_body(self._data)
        set_body(prepared, body)
        prepared.headers["X-Signature"] = sign(body, self._api_token)


class FarGamesClient(FarGamesAPI, BaseClient):
    """Client for the FAR Games agent API (game links, demo links, the game catalogue).

    Every call is a signed ``POST``: the client adds ``agent_id`` and ``timestamp``,
    encodes the body exactly as PHP's ``ksort`` + ``json_encode`` would and signs
    those bytes (``X-Signature``, HMAC-SHA256 keyed with ``api_token``).

    ``game_list_ttl`` turns on the game-list cache the vendor recommends
    (seconds; ``None``, the default, means every :meth:`list_games` asks the platform).
    ``clock`` returns unix seconds; it exists for tests.
    """

    def __init__(
        self,
        *,
        base_url: str,
        agent_id: int,
        api_token: str,
        session: requests.Session | None = None,
        timeout: float | tuple[float, float] | None = DEFAULT_TIMEOUT,
        max_retries: int = 2,
        max_retry_wait: float = DEFAULT_MAX_RETRY_WAIT,
        backoff_factor: float = 0.5,
        clock: Callable[[], float] | None = None,
        game_list_ttl: float | None = None,
    ) -> None:
        if not isinstance(agent_id, int) or isinstance(agent_id, bool) or agent_id < 1:
            raise ConfigurationError("agent_id must be a positive integer")
        check_secret_setting("api_token", api_token)
        if game_list_ttl is not None and not game_list_ttl > 0:
            raise ConfigurationError("game_list_ttl must be a positive number of seconds or None")
        self.agent_id = agent_id
        self._api_token = api_token
        self._clock = clock or time.time
        self._clock_offset = 0.0
        self._transport = Transport(
            platform=op.PLATFORM,
            base_urls={"default": base_url},
            session=session,
            timeout=timeout,
            max_retries=max_retries,
            max_retry_wait=max_retry_wait,
            backoff_factor=backoff_factor,
        )
        self._errors = attrs.evolve(op.ERRORS, enrich=_note_server_time)
        self._game_list_ttl = game_list_ttl
        self._game_list: GameList | None = None
        self._game_list_expires = 0.0
        self._game_list_lock = threading.Lock()
        self._game_list_failures = 0
        self._game_list_failure: Exception | None = None
        reset_after_fork(self, FarGamesClient._after_fork)

    def _after_fork(self) -> None:
        self._game_list_lock = threading.Lock()

    @property
    def base_url(self) -> str:
        return self._transport.base_url()

    @property
    def clock_offset(self) -> float:
        """Seconds added to the local clock, learnt from a ``request_expired`` answer."""
        return self._clock_offset

    def list_games(self, *, refresh: bool = False) -> GameList:
        """Every game available to the agent.

        With ``game_list_ttl`` set, answers from the cache while it is fresh
        (``refresh=True`` skips it); concurrent callers share one fetch, and its
        failure: callers that waited for a fetch that failed get its error rather than
        queueing one more request each. The cached list is shared: treat it as read-only.
        """
        if self._game_list_ttl is None:
            return super().list_games()
        cached = self._game_list
        if cached is not None and not refresh and time.monotonic() < self._game_list_expires:
            return cached
        failures_seen = self._game_list_failures
        with self._game_list_lock:
            # Double-checked: another thread may have refreshed while we waited.
            cached = self._game_list
            if cached is not None and not refresh and time.monotonic() < self._game_list_expires:
                return cached
            if self._game_list_failures != failures_seen and self._game_list_failure is not None:
                raise self._game_list_failure  # the fetch we waited for failed just now
            try:
                games = super().list_games()
            except Exception as exc:
                self._game_list_failure = exc
                self._game_list_failures += 1
                raise
            self._game_list_failure = None
            self._game_list = games
            self._game_list_expires = time.monotonic() + self._game_list_ttl
            return games

    def clear_game_list_cache(self) -> None:
        """Forget the cached game list; the next :meth:`list_games` asks the platform."""
        with self._game_list_lock:
            self._game_list = None
            self._game_list_expires = 0.0

    def __repr__(self) -> str:
        return f"FarGamesClient(base_url={self.base_url!r}, agent_id={self.agent_id!r})"

    # -- the adapter -----------------------------------------------------------------------

    def _fill(self, source: str, arguments: Mapping[str, Any]) -> Any:
        if source == "agent_id":
            return self.agent_id
        if source == "timestamp":
            return self._timestamp()
        return super()._fill(source, arguments)

    def _timestamp(self) -> int:
        return int(self._clock() + self._clock_offset)

    def _flow(self, call: Call) -> Flow:
        """Signed afresh on every attempt; after ``request_expired``, learn the clock and try once more.

        The retry is safe even for non-idempotent calls: the platform refused the
        request before acting on it.
        """
        assert call.body is not None
        signer = _RequestSigner(call.body, self._api_token, self._timestamp)
        response = yield outgoing(call, body=b"", headers=_JSON_HEADERS, auth=signer)
        offset = self._learnable_offset(response)
        if offset is not None:
            self._clock_offset = offset
            logger.warning("FAR Games clock offset corrected to %+.0f s after request_expired", offset)
            yield outgoing(call, body=b"", headers=_JSON_HEADERS, auth=signer)

    def _learnable_offset(self, response: requests.Response) -> float | None:
        """The clock offset a ``request_expired`` answer teaches, when it is believable."""
        if response.status_code == 200:
            return None
        payload = parsed_body(response)
        if failure_code(op.ENVELOPE, payload) != "request_expired":
            return None
        server_time = _server_time(payload, response)
        if server_time is None:
            return None
        offset = server_time - self._clock()
        if abs(offset) > MAX_CLOCK_OFFSET:
            # The answer is not signed: a clock a day or more away is more likely a
            # broken or forged answer than our clock, so it is not learnt.
            logger.warning(
                "FAR Games request_expired names a clock %+.0f s away from ours; not adopting it "
                "(more than %d s): check this machine's clock",
                offset,
                MAX_CLOCK_OFFSET,
            )
            return None
        return offset


def _note_server_time(error: APIError, response: requests.Response) -> None:
    if isinstance(error, RequestExpired):
        error.server_time = _server_time(parsed_body(response), response)


def _server_time(payload: Any, response: requests.Response) -> float | None:
    """The platform's clock at answer time: the envelope's ``timestamp``, else ``Date``."""
    if isinstance(payload, dict) and isinstance(payload.get("timestamp"), str):
        try:
            when = datetime.fromisoformat(payload["timestamp"].replace("Z", "+00:00"))
        except ValueError:
            pass
        else:
            # The platform writes UTC ("…Z"); a timestamp without an offset is read as UTC too.
            return (when if when.tzinfo else when.replace(tzinfo=UTC)).timestamp()
    date = response.headers.get("Date")
    if date:
        try:
            return parsedate_to_datetime(date).timestamp()
        except (TypeError, ValueError):
            return None
    return None
