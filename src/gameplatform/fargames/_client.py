"""The FAR Games agent API client."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any, TypeVar

import requests

from gameplatform._client import BaseClient
from gameplatform._endpoint import Endpoint
from gameplatform._fork import reset_after_fork
from gameplatform._serde import ResponseShapeError, from_wire, to_wire
from gameplatform._transport import (
    DEFAULT_MAX_RETRY_WAIT,
    DEFAULT_TIMEOUT,
    Transport,
    json_or_none,
    retry_after_seconds,
    set_body,
)
from gameplatform._validation import check_secret_setting
from gameplatform.errors import (
    APIError,
    ConfigurationError,
    RateLimitError,
    error_class_for_status,
)
from gameplatform.fargames._endpoints import GET_GAME_LINK, GET_GAME_LINK_DEMO, LIST_GAMES
from gameplatform.fargames._errors import RequestExpired, error_class_for_code
from gameplatform.fargames._models import (
    GameLink,
    GameList,
    GetGameLinkDemoRequest,
    GetGameLinkRequest,
    ListGamesRequest,
)
from gameplatform.fargames._signing import encode_body, sign

__all__ = ["FarGamesClient"]

PLATFORM = "fargames"
_JSON_HEADERS = {"Content-Type": "application/json", "Accept": "application/json"}
_ResultT = TypeVar("_ResultT")
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


class FarGamesClient(BaseClient):
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
            platform=PLATFORM,
            base_urls={"default": base_url},
            session=session,
            timeout=timeout,
            max_retries=max_retries,
            max_retry_wait=max_retry_wait,
            backoff_factor=backoff_factor,
        )
        self._game_list_ttl = game_list_ttl
        self._game_list: GameList | None = None
        self._game_list_expires = 0.0
        self._game_list_lock = threading.Lock()
        self._game_list_failures = 0
        self._game_list_failure: Exception | None = None
        reset_after_fork(self, FarGamesClient._after_fork)

    def _after_fork(self) -> None:
        self._game_list_lock = threading.Lock()

    # -- public API ------------------------------------------------------------

    @property
    def base_url(self) -> str:
        return self._transport.base_url()

    @property
    def clock_offset(self) -> float:
        """Seconds added to the local clock, learnt from a ``request_expired`` answer."""
        return self._clock_offset

    def get_game_link(
        self,
        *,
        game_id: int,
        player_id: str,
        player_username: str,
        language: str,
        currency: str,
        home_url: str,
        agent_session_id: str,
        ip: str,
    ) -> GameLink:
        """A link that launches ``game_id`` for the player, in a new game session."""
        request = GetGameLinkRequest(
            agent_id=self.agent_id,
            timestamp=self._timestamp(),
            game_id=game_id,
            player_id=player_id,
            player_username=player_username,
            language=language,
            currency=currency,
            home_url=home_url,
            agent_session_id=agent_session_id,
            ip=ip,
        )
        return self._call(GET_GAME_LINK, to_wire(request), GameLink)

    def get_game_link_demo(
        self,
        *,
        game_id: int,
        player_id: str,
        player_username: str,
        language: str,
        currency: str,
        home_url: str,
        ip: str,
    ) -> GameLink:
        """A link that launches the demo of ``game_id``: virtual balance, results not saved."""
        request = GetGameLinkDemoRequest(
            agent_id=self.agent_id,
            timestamp=self._timestamp(),
            game_id=game_id,
            player_id=player_id,
            player_username=player_username,
            language=language,
            currency=currency,
            home_url=home_url,
            ip=ip,
        )
        return self._call(GET_GAME_LINK_DEMO, to_wire(request), GameLink)

    def list_games(self, *, refresh: bool = False) -> GameList:
        """Every game available to the agent.

        With ``game_list_ttl`` set, answers from the cache while it is fresh
        (``refresh=True`` skips it); concurrent callers share one fetch, and its
        failure: callers that waited for a fetch that failed get its error rather than
        queueing one more request each. The cached list is shared: treat it as read-only.
        """
        if self._game_list_ttl is None:
            return self._fetch_game_list()
        now = time.monotonic()
        cached = self._game_list
        if cached is not None and not refresh and now < self._game_list_expires:
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
                games = self._fetch_game_list()
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

    # -- internals -------------------------------------------------------------

    def _fetch_game_list(self) -> GameList:
        request = ListGamesRequest(agent_id=self.agent_id, timestamp=self._timestamp())
        return self._call(LIST_GAMES, to_wire(request), GameList)

    def _timestamp(self) -> int:
        return int(self._clock() + self._clock_offset)

    def _call(self, endpoint: Endpoint, data: dict[str, Any], result: type[_ResultT]) -> _ResultT:
        try:
            return self._send(endpoint, data, result)
        except RequestExpired as exc:
            # Our clock disagrees with the platform's: learn the offset from its
            # answer and try once more. Safe even for non-idempotent calls: the
            # platform rejected the request before acting on it.
            offset = _server_clock_offset(exc, self._clock())
            if offset is None:
                raise
            if abs(offset) > MAX_CLOCK_OFFSET:
                # The answer is not signed: a clock a day or more away is more likely a
                # broken or forged answer than our clock, so it is not learnt.
                logger.warning(
                    "FAR Games request_expired names a clock %+.0f s away from ours; not adopting it "
                    "(more than %d s): check this machine's clock",
                    offset,
                    MAX_CLOCK_OFFSET,
                )
                raise
            self._clock_offset = offset
            logger.warning("FAR Games clock offset corrected to %+.0f s after request_expired", offset)
            return self._send(endpoint, data, result)

    def _send(self, endpoint: Endpoint, data: dict[str, Any], result: type[_ResultT]) -> _ResultT:
        signer = _RequestSigner(data, self._api_token, self._timestamp)
        response = self._transport.send(
            endpoint.method,
            endpoint.path,
            headers=_JSON_HEADERS,
            auth=signer,
            idempotent=endpoint.idempotent,
        )
        payload = json_or_none(response)
        if response.status_code != 200 or (isinstance(payload, dict) and payload.get("status") == "error"):
            # Any non-200 is a failure, even with data; an error envelope is one even on 200.
            raise _api_error(response, payload)
        field = endpoint.result_field or "content"
        if not isinstance(payload, dict) or payload.get("status") != "success" or field not in payload:
            raise APIError(
                "malformed success response (expected a JSON success envelope)",
                platform=PLATFORM,
                http_status=200,
                request_id=_request_id(payload),
                body=payload if payload is not None else response.text[:500],
            )
        try:
            return from_wire(result, payload[field])
        except ResponseShapeError as exc:
            raise APIError(
                f"unexpected response content: {exc}",
                platform=PLATFORM,
                http_status=200,
                request_id=_request_id(payload),
                body=payload,
            ) from None


def _request_id(payload: Any) -> str | None:
    if isinstance(payload, dict):
        value = payload.get("request_id")
        if value is not None:
            return str(value)
    return None


def _api_error(response: requests.Response, payload: Any) -> APIError:
    """The typed error for a non-200 answer, JSON envelope or not."""
    status = response.status_code
    code: str | None = None
    message = f"HTTP {status}"
    if isinstance(payload, dict):
        raw_code = payload.get("error")
        code = str(raw_code) if raw_code is not None else None
        if payload.get("message"):
            message = str(payload["message"])
        body: Any = payload
    else:
        message += " (response body is not JSON)"
        body = response.text[:500]
    cls = error_class_for_code(code) or error_class_for_status(status)
    kwargs: dict[str, Any] = {
        "platform": PLATFORM,
        "http_status": status,
        "code": code,
        "request_id": _request_id(payload),
        "body": body,
    }
    if issubclass(cls, RateLimitError):
        return cls(message, retry_after=retry_after_seconds(response), **kwargs)
    error = cls(message, **kwargs)
    if isinstance(error, RequestExpired):
        error.server_time = _server_time(payload, response)
    return error


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


def _server_clock_offset(error: RequestExpired, local_now: float) -> float | None:
    if error.server_time is None:
        return None
    return error.server_time - local_now
