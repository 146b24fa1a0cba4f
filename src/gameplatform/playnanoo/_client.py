"""The PlayNANOO client: headers, hosts, per-player tokens that refresh once, pacing, errors."""

from __future__ import annotations

import logging
import math
import time
from collections.abc import Callable, Mapping
from typing import Any, Final, TypeVar

import attrs
import requests

from gameplatform._client import BaseClient, outgoing
from gameplatform._envelope import decode, failure_code, parsed_body
from gameplatform._operation import Call, Operation, build_call
from gameplatform._transport import DEFAULT_MAX_RETRY_WAIT, DEFAULT_TIMEOUT, Flow, Transport
from gameplatform._validation import check_header_setting, check_header_text
from gameplatform.errors import APIError, ConfigurationError, ReloginRequired, ValidationError
from gameplatform.playnanoo import _operations as op
from gameplatform.playnanoo._errors import PLATFORM
from gameplatform.playnanoo._models import DeviceInfo, SignInResponse
from gameplatform.playnanoo._player import PlayerCall, PlayNanooPlayer, encode_body, with_bearer
from gameplatform.playnanoo._ratelimit import PlayerBuckets, RateLimit, TokenBucket
from gameplatform.tokens import PlayerTokens, Token, TokenStore

__all__ = ["DEFAULT_BASE_URLS", "DEFAULT_TOKEN_REFRESH_PATH", "PlayNanooClient"]

logger = logging.getLogger("gameplatform.playnanoo")

DEFAULT_BASE_URLS: Final[Mapping[str, str]] = {
    "account": "https://service-account.playnanoo.com",
    "api": "https://service-api.playnanoo.com",
    "storage": "https://service-storage-api.playnanoo.com",
    "time": "https://api.playnanoo.com",
}
"""The documented host of each PlayNANOO service (platforms.md §4)."""

DEFAULT_TOKEN_REFRESH_PATH: Final = op.TOKEN_REFRESH.path
"""The token refresh path. Inferred, not documented: override it with ``token_refresh_path=``."""

_UNBOUNDED_CALL_SECONDS = 300.0
_PLAYER_TOKEN = frozenset({"player-token", "player-token-if-kept"})
"""``x-auth`` schemes sending the player's access token (``…-if-kept``: only when one is kept)."""
R = TypeVar("R")

NewTokenCallback = Callable[[str, Token], None]


class PlayNanooClient(BaseClient):
    """Calls the PlayNANOO REST APIs for many players, each with its own token pair.

    ``game_id`` and ``service_key`` (console: Channel > Settings > API & Platform) go in
    ``X-Playnanoo-Id`` and ``X-Playnanoo-Key`` on every call; the Secret Key is never
    needed. Use :meth:`player` to get a handle for one player (and its ``DeviceInfo``);
    its sign-in methods keep the player's access and refresh tokens in ``token_store``
    (an in-process :class:`~gameplatform.tokens.MemoryTokenStore` by default; a
    :class:`~gameplatform.tokens.RedisTokenStore` shares them between processes) and its
    other methods call the APIs with them.

    A call answered 401 refreshes the player's tokens (once per player at a time, across
    every process sharing the store: refresh tokens rotate) and is retried once. A second
    401 raises :class:`~gameplatform.errors.AuthenticationError`; a refresh token that is
    expired or rejected raises :class:`~gameplatform.errors.ReloginRequired`. Every new pair
    (sign-in or refresh) is saved in the store first, then handed to ``on_new_token``
    (``(player_key, token)``) so the app can keep it in its own database.

    Hosts: ``account_base_url``, ``api_base_url``, ``storage_base_url`` and ``time_base_url``
    override one host each; ``base_url`` sets all four (e.g. one local
    :class:`~gameplatform.testing.playnanoo.PlayNanooFake`). ``token_refresh_path`` is the
    refresh endpoint's path, which PlayNANOO does not document.

    ``rate_limit`` paces the whole client and ``player_rate_limit`` each player
    (:class:`RateLimit`): a call waits up to ``max_wait`` for a free slot, else raises
    :class:`~gameplatform.errors.RateLimitError` before any I/O. A 429 from the platform
    raises ``RateLimitError`` with ``retry_after``; idempotent calls are first retried by the
    transport, honouring ``Retry-After``.

    ``clock`` (unix seconds) stamps tokens and drives the rate limiters; ``sleep`` is what
    waiting uses (tests pass a fake). ``token_ttl`` is how long the store keeps a pair
    (``None``: until sign-out or a failed refresh). ``token_lock_timeout`` bounds a refresh's
    cross-process lock (by default longer than a refresh call can take).
    """

    def __init__(
        self,
        *,
        game_id: str,
        service_key: str,
        token_store: TokenStore | None = None,
        on_new_token: NewTokenCallback | None = None,
        base_url: str | None = None,
        account_base_url: str | None = None,
        api_base_url: str | None = None,
        storage_base_url: str | None = None,
        time_base_url: str | None = None,
        token_refresh_path: str = DEFAULT_TOKEN_REFRESH_PATH,
        session: requests.Session | None = None,
        timeout: float | tuple[float, float] | None = DEFAULT_TIMEOUT,
        max_retries: int = 2,
        max_retry_wait: float = DEFAULT_MAX_RETRY_WAIT,
        clock: Callable[[], float] | None = None,
        sleep: Callable[[float], None] | None = None,
        rate_limit: RateLimit | None = None,
        player_rate_limit: RateLimit | None = None,
        token_ttl: float | None = None,
        token_lock_timeout: float | None = None,
    ) -> None:
        check_header_setting("game_id", game_id)
        check_header_setting("service_key", service_key)
        if not isinstance(token_refresh_path, str) or not token_refresh_path.startswith("/"):
            raise ConfigurationError("token_refresh_path must be a path starting with '/'")
        for name, callback in (("clock", clock), ("sleep", sleep), ("on_new_token", on_new_token)):
            if callback is not None and not callable(callback):
                raise ConfigurationError(f"{name} must be callable")
        for name, limit in (("rate_limit", rate_limit), ("player_rate_limit", player_rate_limit)):
            if limit is not None and not isinstance(limit, RateLimit):
                raise ConfigurationError(f"{name} must be a gameplatform.playnanoo.RateLimit")
        overrides = {
            "account": account_base_url,
            "api": api_base_url,
            "storage": storage_base_url,
            "time": time_base_url,
        }
        base_urls = {
            host: override if override is not None else base_url if base_url is not None else default
            for (host, default), override in zip(DEFAULT_BASE_URLS.items(), overrides.values(), strict=True)
        }
        self._game_id = game_id
        self._headers: Mapping[str, str] = {
            "X-Playnanoo-Key": service_key,
            "X-Playnanoo-Id": game_id,
            "Content-Type": "application/json",
            "Accept": "application/json",
        }
        self._refresh_path = token_refresh_path
        self._refresh_operation = attrs.evolve(op.TOKEN_REFRESH, path=token_refresh_path)
        self._errors = op.ERRORS
        self._clock: Callable[[], float] = clock if clock is not None else time.time
        self._on_new_token = on_new_token
        self._transport = Transport(
            platform=PLATFORM,
            base_urls=base_urls,
            session=session,
            timeout=timeout,
            max_retries=max_retries,
            max_retry_wait=max_retry_wait,
        )
        if sleep is not None:
            self._transport.sleep = sleep
        pace_clock = clock if clock is not None else time.monotonic
        pace_sleep = sleep if sleep is not None else time.sleep
        self._client_bucket = (
            TokenBucket(rate_limit, clock=pace_clock, sleep=pace_sleep) if rate_limit is not None else None
        )
        self._player_buckets = (
            PlayerBuckets(player_rate_limit, clock=pace_clock, sleep=pace_sleep)
            if player_rate_limit is not None
            else None
        )
        call_seconds = _refresh_call_seconds(timeout, self._transport)
        if token_lock_timeout is None:
            token_lock_timeout = call_seconds + 10.0
        try:
            self._tokens = PlayerTokens(
                store=token_store,
                prefix=f"playnanoo:{game_id}:player:",
                clock=self._clock,
                lock_timeout=token_lock_timeout,
                ttl=token_ttl,
                platform=PLATFORM,
                on_new_token=on_new_token,
            )
        except ValidationError as exc:
            raise ConfigurationError(f"{exc.field}: {exc.reason}") from None

    # -- lifecycle ---------------------------------------------------------------------

    @property
    def game_id(self) -> str:
        return self._game_id

    @property
    def base_urls(self) -> Mapping[str, str]:
        """The validated base URL of each host (``account``, ``api``, ``storage``, ``time``)."""
        return {host: self._transport.base_url(host) for host in DEFAULT_BASE_URLS}

    @property
    def token_refresh_path(self) -> str:
        return self._refresh_path

    @property
    def token_store(self) -> TokenStore:
        """Where the players' token pairs live."""
        return self._tokens.store

    def __repr__(self) -> str:
        account = self._transport.base_url("account")
        return f"PlayNanooClient(game_id={self._game_id!r}, account_base_url={account!r})"

    # -- players and their tokens -----------------------------------------------------

    def player(self, player_key: str | None = None, *, device: DeviceInfo) -> PlayNanooPlayer:
        """A handle calling the APIs as one player, with that player's ``device`` fields.

        ``player_key`` is how the app names the player (e.g. its own user id): tokens are
        kept under it. Leave it out to key the player by the ``UserUniqueID`` its next
        sign-in returns (the handle's :attr:`~PlayNanooPlayer.player_key` is set then).
        Handles are cheap; make one per request if convenient.
        """
        from gameplatform.playnanoo._player import PlayNanooPlayer

        return PlayNanooPlayer(self, player_key, device)

    def set_tokens(
        self,
        player_key: str,
        *,
        access_token: str,
        refresh_token: str | None = None,
        user_unique_id: str | None = None,
        nickname: str | None = None,
        issued_at: float | None = None,
    ) -> Token:
        """Seed a player's pair, e.g. one the app kept in its own database.

        ``user_unique_id`` and ``nickname`` fill the ``uuid`` and ``nickname`` device fields
        when the player's ``DeviceInfo`` leaves them out. ``on_new_token`` is not called.
        """
        _check_key(player_key)
        check_header_text("access_token", access_token)
        if refresh_token is not None and not isinstance(refresh_token, str):
            raise ValidationError("refresh_token", "must be a string or None")
        extra = {
            name: value
            for name, value in (("user_unique_id", user_unique_id), ("nickname", nickname))
            if value is not None
        }
        token = Token(
            access_token=access_token,
            expires_at=None,
            issued_at=self._clock() if issued_at is None else issued_at,
            refresh_token=refresh_token,
            extra=extra,
        )
        self._tokens.put(player_key, token)
        return token

    def get_tokens(self, player_key: str) -> Token | None:
        """The player's current pair, or ``None`` (never signed in here, signed out, or dropped)."""
        _check_key(player_key)
        return self._tokens.get(player_key)

    def forget_tokens(self, player_key: str) -> None:
        """Drop the player's pair from the store (the platform is not told; see ``sign_out``)."""
        _check_key(player_key)
        self._tokens.forget(player_key)

    def refresh_tokens(self, player_key: str, *, device: DeviceInfo) -> Token:
        """Refresh the player's pair now (single-flight, like an automatic refresh)."""
        _check_key(player_key)
        current = self._tokens.get(player_key)
        if current is None:
            raise ReloginRequired("no tokens are kept for this player; sign in first", platform=PLATFORM)
        return self._tokens.refresh(player_key, current, lambda base: self._refresh(player_key, base, device))

    # -- calls (used by PlayNanooPlayer) -------------------------------------------------

    def _call_as(
        self,
        player_key: str | None,
        device: DeviceInfo,
        operation: Operation[R],
        arguments: Mapping[str, Any],
    ) -> tuple[R, str | None]:
        """One call as a player (built and checked before any I/O); returns the result and the
        player's key (a keyless handle learns it from its sign-in)."""
        signed_in = operation.auth in _PLAYER_TOKEN or operation is self._refresh_operation
        player = PlayerCall(self, player_key, device, signed_in=signed_in)
        call = build_call(operation, arguments, player.fill)
        response = self._transport.run(self._flow_as(player, call))
        try:
            result = decode(operation, response, self._errors)
        finally:
            response.close()
        if "keeps-tokens" in operation.effects:
            if not isinstance(result, SignInResponse):  # pragma: no cover - the spec says so
                raise TypeError(f"{operation.operation_id} keeps tokens but does not answer SignInResponse")
            player_key = self._keep_sign_in(player_key, result, response.status_code)
            logger.debug("signed in player %r (%s)", player_key, operation.operation_id)
        elif "drops-tokens" in operation.effects and player_key is not None:
            self.forget_tokens(player_key)
        return result, player_key

    def _flow_as(self, player: PlayerCall, call: Call) -> Flow:
        """The player's access token in ``Authorization``; on a 401, refresh once and resend once.

        A 401 means the platform did not act on the request, so resending even a
        non-idempotent call after the refresh is safe. A 401 that names the account's
        state (blocked, withdrawing, …) is final: no refresh can change it.
        """
        operation = call.operation
        body = call.body or {}
        optional = operation.auth == "player-token-if-kept"
        if operation.auth != "player-token" and not (optional and player.kept() is not None):
            self._pace(player.key)
            yield outgoing(call, body=encode_body(body), headers=self._headers)
            return
        key = player.require_key()
        token = player.token()
        self._pace(key)
        response = yield outgoing(
            call, body=encode_body(body, token, operation), headers=with_bearer(self._headers, token)
        )
        if response.status_code != 401 or self._is_final(operation, response):
            return
        logger.debug("access token of player %r rejected on %s; refreshing", key, operation.operation_id)
        fresh = self._tokens.refresh(key, token, lambda base: self._refresh(key, base, player.device))
        self._pace(key)
        yield outgoing(
            call, body=encode_body(body, fresh, operation), headers=with_bearer(self._headers, fresh)
        )

    def _refresh(self, player_key: str, current: Token, device: DeviceInfo) -> Token:
        """The refresh call (``do_refresh`` for :meth:`PlayerTokens.refresh`)."""
        if current.refresh_token is None:
            raise ReloginRequired(
                "no refresh token is kept for this player; sign in again", platform=PLATFORM
            )
        answer, _ = self._call_as(
            player_key, device, self._refresh_operation, {"refresh_token": current.refresh_token}
        )
        return self._token_from(answer, previous=current)

    def _keep_sign_in(self, player_key: str | None, answer: SignInResponse, status: int) -> str:
        """Keep a sign-in's pair under ``player_key`` (or the UserUniqueID it names)."""
        token = self._token_from(answer, previous=None)
        if player_key is None:
            player_key = token.extra.get("user_unique_id")
            if not isinstance(player_key, str) or not player_key:
                raise APIError(
                    "the sign-in answer carries no Player.UserUniqueID to keep the tokens under; "
                    "pass a player_key",
                    platform=PLATFORM,
                    http_status=status,
                )
        self._tokens.put(player_key, token)
        self._announce(player_key, token)
        return player_key

    def _is_final(self, operation: Operation[Any], response: requests.Response) -> bool:
        """A failure with a documented code (an account state, a taken value): final even with
        HTTP 401, since no token refresh can change it."""
        return failure_code(operation.envelope, parsed_body(response)) in op.ERROR_CODES

    def _pace(self, player_key: str | None) -> None:
        if self._client_bucket is not None:
            self._client_bucket.acquire()
        if self._player_buckets is not None and player_key is not None:
            self._player_buckets.acquire(player_key)

    def _token_from(self, answer: SignInResponse, *, previous: Token | None) -> Token:
        """The pair a sign-in or refresh answer carries (a missing refresh token keeps the old one)."""
        tokens = answer.token
        refresh = tokens.refresh_token or (previous.refresh_token if previous is not None else None)
        extra: dict[str, Any] = dict(previous.extra) if previous is not None else {}
        profile = answer.player
        if profile is not None:
            if profile.user_unique_id:
                extra["user_unique_id"] = profile.user_unique_id
            if profile.nickname:
                extra["nickname"] = profile.nickname
        try:
            check_header_text("AccessToken", tokens.access_token)
        except ValidationError:
            raise APIError(
                "the answer carries no usable access token (printable ASCII)", platform=PLATFORM
            ) from None
        return Token(
            access_token=tokens.access_token,
            expires_at=None,
            issued_at=self._clock(),
            refresh_token=refresh or None,
            extra=extra,
        )

    def _announce(self, player_key: str, token: Token) -> None:
        if self._on_new_token is None:
            return
        try:
            self._on_new_token(player_key, token)
        except Exception:
            logger.exception("on_new_token failed for player %r (the new pair is saved)", player_key)


def _check_key(player_key: object) -> None:
    if not isinstance(player_key, str) or not player_key:
        raise ValidationError("player_key", "must be a non-empty string")


def _refresh_call_seconds(timeout: float | tuple[float, float] | None, transport: Transport) -> float:
    """The longest a refresh call can take: connect attempts, one read, the backoffs between."""
    if timeout is None:
        return _UNBOUNDED_CALL_SECONDS
    connect, read = timeout if isinstance(timeout, tuple) else (timeout, timeout)
    attempts = 1 + transport.max_retries
    total = connect * attempts + read + transport.backoff_max * transport.max_retries
    return total if math.isfinite(total) else _UNBOUNDED_CALL_SECONDS
