"""The STOVE client: server tokens that are shared and renewed once, and the calls that use them."""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable, Mapping
from typing import Any, Final, Literal
from urllib.parse import quote

import attrs
import requests

from gameplatform._client import BaseClient, outgoing
from gameplatform._envelope import failure_code, parsed_body
from gameplatform._operation import Call
from gameplatform._redaction import redact
from gameplatform._serde import to_wire
from gameplatform._transport import DEFAULT_MAX_RETRY_WAIT, DEFAULT_TIMEOUT, Flow, Transport
from gameplatform._validation import check_header_text
from gameplatform.errors import APIError, ConfigurationError, ValidationError
from gameplatform.stove import _operations as op
from gameplatform.stove._api import StoveAPI
from gameplatform.stove._errors import StoveErrorCode
from gameplatform.stove._models import CheckOwnershipParams, IssueServerTokenRequest
from gameplatform.stove._player_token import precheck_user_token
from gameplatform.tokens import MemoryTokenStore, RefreshingToken, Token, TokenStore

__all__ = ["BASE_URLS", "Environment", "ServerToken", "StoveClient"]

logger = logging.getLogger("gameplatform.stove")
_JSON = {"Content-Type": "application/json"}

Environment = Literal["live", "sandbox"]

BASE_URLS: Final[Mapping[str, str]] = {
    "live": "https://api.onstove.com",
    "sandbox": "https://api.gate8.com",
}
"""The documented host of each STOVE environment."""

_UNBOUNDED_CALL_SECONDS = 300.0


@attrs.frozen
class ServerToken:
    """A STOVE server access token as this client holds it.

    ``expires_in`` is the lifetime STOVE announced when the token was received
    (seconds); ``issued_at`` and ``expires_at`` are unix seconds on the client's clock
    (``expires_at = issued_at + expires_in``). ``access_token`` never appears in ``repr``.
    """

    access_token: str = attrs.field(repr=False)
    token_type: str
    expires_in: int
    expires_at: float
    issued_at: float


class StoveClient(StoveAPI, BaseClient):
    """Calls the STOVE server APIs with a server token that is cached, shared and renewed once.

    ``environment`` picks the documented host (``"live"``: https://api.onstove.com,
    ``"sandbox"``: https://api.gate8.com); ``base_url`` overrides it (``http://`` only to
    loopback, e.g. a local :class:`~gameplatform.testing.stove.StoveFake`). Live and sandbox
    need their own ``client_id``/``client_secret``.

    The server token lives in ``token_store`` (an in-process
    :class:`~gameplatform.tokens.MemoryTokenStore` by default; pass a
    :class:`~gameplatform.tokens.RedisTokenStore` to share one token between processes and
    machines) under a key made of the environment, ``client_id`` and ``service_id``, never
    the secret. It is renewed once ``token_advisory_fraction`` of its life has passed (by
    one caller, while the others keep using it) and at the latest
    ``token_mandatory_seconds`` before it expires (then everyone waits for the one renewal).
    The default fraction, 0.7, is the point where STOVE starts issuing a new token (it
    hands back the same one while more than 30 % of its life remains): renewing earlier
    would only get the same token back.
    ``token_lock_timeout`` (seconds) bounds a renewal's lock; by default it is longer than
    the worst-case duration of a token call with these ``timeout``/``max_retries``.

    A call whose server token STOVE rejects (40101) drops that token, gets a new one and is
    retried once; a second rejection raises :class:`~gameplatform.stove.InvalidServerToken`.
    ``clock`` (unix seconds, ``time.time`` by default) measures token lifetimes and player
    token expiry.

    ``instance_id`` (optional) is sent with every server-token request, for STOVE to tell
    this server apart from the game's others; it is also part of :attr:`token_store_key`, so
    instances with different ids do not share a token. ``caller_id`` (optional) is the
    application name :meth:`check_ownership` sends as ``caller-id``; without it the call
    sends ``{game_id}_SERVER`` from its ``game_id`` argument.
    """

    def __init__(
        self,
        *,
        client_id: str,
        client_secret: str,
        service_id: str,
        environment: Environment = "live",
        base_url: str | None = None,
        token_store: TokenStore | None = None,
        clock: Callable[[], float] | None = None,
        session: requests.Session | None = None,
        timeout: float | tuple[float, float] | None = DEFAULT_TIMEOUT,
        max_retries: int = 2,
        max_retry_wait: float = DEFAULT_MAX_RETRY_WAIT,
        token_advisory_fraction: float = 0.7,
        token_mandatory_seconds: float = 60.0,
        token_lock_timeout: float | None = None,
        instance_id: str | None = None,
        caller_id: str | None = None,
    ) -> None:
        if environment not in BASE_URLS:
            raise ConfigurationError(f"environment must be 'live' or 'sandbox', got {environment!r}")
        for name, value in (
            ("client_id", client_id),
            ("client_secret", client_secret),
            ("service_id", service_id),
        ):
            if not isinstance(value, str) or not value:
                raise ConfigurationError(f"{name} must be a non-empty string")
        if clock is not None and not callable(clock):
            raise ConfigurationError("clock must be a callable returning unix seconds")
        try:
            IssueServerTokenRequest(
                client_id=client_id,
                client_secret=client_secret,
                service_id=service_id,
                instance_id=instance_id,
            )
            if caller_id is not None:
                CheckOwnershipParams(member_no=1, game_ids=["_"], caller_id=caller_id)
        except ValidationError as exc:
            raise ConfigurationError(f"{exc.field}: {exc.reason}") from None
        self._credentials = {"client_id": client_id, "client_secret": client_secret, "service_id": service_id}
        self._client_id = client_id
        self._service_id = service_id
        self._instance_id = instance_id
        self._caller_id = caller_id
        self._environment: Environment = environment
        self._clock: Callable[[], float] = clock if clock is not None else time.time
        self._transport = Transport(
            platform=op.PLATFORM,
            base_urls={"default": base_url if base_url is not None else BASE_URLS[environment]},
            session=session,
            timeout=timeout,
            max_retries=max_retries,
            max_retry_wait=max_retry_wait,
        )
        self._base_url = self._transport.base_url()
        self._errors = op.ERRORS
        call_seconds = _token_call_seconds(timeout, self._transport)
        if token_lock_timeout is None:
            token_lock_timeout = call_seconds + 10.0
        elif call_seconds != _UNBOUNDED_CALL_SECONDS and not token_lock_timeout > call_seconds:
            raise ConfigurationError(
                f"token_lock_timeout ({token_lock_timeout:g} s) must be longer than a token call can "
                f"take with these timeout/max_retries settings ({call_seconds:g} s)"
            )
        self._token_store: TokenStore = token_store if token_store is not None else MemoryTokenStore()
        try:
            self._server_token = RefreshingToken(
                store=self._token_store,
                key=self.token_store_key,
                fetch=self._fetch_server_token,
                clock=self._clock,
                advisory_fraction=token_advisory_fraction,
                mandatory_seconds=token_mandatory_seconds,
                lock_timeout=token_lock_timeout,
            )
        except ValidationError as exc:
            raise ConfigurationError(f"{exc.field}: {exc.reason}") from None

    # -- lifecycle ---------------------------------------------------------------------

    @property
    def environment(self) -> Environment:
        """``"live"`` or ``"sandbox"``."""
        return self._environment

    @property
    def base_url(self) -> str:
        """The base URL calls go to."""
        return self._base_url

    @property
    def instance_id(self) -> str | None:
        """The ``instance_id`` sent with server-token requests, if any."""
        return self._instance_id

    @property
    def caller_id(self) -> str | None:
        """The ``caller-id`` setting of :meth:`check_ownership`, if any."""
        return self._caller_id

    @property
    def token_store_key(self) -> str:
        """The key the server token is kept under: environment, host override, client and service
        (and ``instance_id`` when set).

        Two clients share a token exactly when these match; the secret is never part of it.
        """
        where = self._environment if self._base_url == BASE_URLS[self._environment] else self._base_url
        parts = [where, self._client_id, self._service_id]
        if self._instance_id is not None:
            parts.append(self._instance_id)
        return "stove:server_token:" + ":".join(quote(part, safe="") for part in parts)

    def __repr__(self) -> str:
        instance = f", instance_id={self._instance_id!r}" if self._instance_id is not None else ""
        return (
            f"StoveClient(environment={self._environment!r}, base_url={self._base_url!r}, "
            f"client_id={self._client_id!r}, service_id={self._service_id!r}{instance})"
        )

    # -- server token --------------------------------------------------------------------

    def server_token(self) -> ServerToken:
        """The current server token: from the store while fresh, else issued (once for everyone).

        Raises :class:`~gameplatform.stove.InvalidClientCredentials` when STOVE does not know these
        credentials in this environment.
        """
        token = self._server_token.get()
        expires_in = token.extra.get("expires_in")
        lifetime = token.lifetime
        if not isinstance(expires_in, int):
            expires_in = int(lifetime) if lifetime is not None else 0
        return ServerToken(
            access_token=token.access_token,
            token_type=token.token_type,
            expires_in=expires_in,
            expires_at=token.expires_at if token.expires_at is not None else token.issued_at + expires_in,
            issued_at=token.issued_at,
        )

    def _fetch_server_token(self) -> Token:
        """Ask STOVE for the server token (the store's lock is held by the caller)."""
        issued = self._invoke(op.ISSUE_SERVER_TOKEN, {})
        received_at = self._clock()
        expires_in = issued.expires_in
        try:
            check_header_text("access_token", issued.access_token)
            if isinstance(expires_in, bool) or expires_in <= 0:
                raise ValidationError("expires_in", "must be positive")
        except ValidationError:
            raise APIError(
                "the issued server token has no usable access_token (printable ASCII) or expires_in",
                platform=op.PLATFORM,
                body={"response_data": redact(to_wire(issued), op.SECRET_KEYS)},
            ) from None
        logger.debug("server token received; expires in %d s", expires_in)
        return Token.from_expires_in(
            access_token=issued.access_token,
            expires_in=expires_in,
            now=received_at,
            token_type=issued.token_type or "bearer",
            extra={"expires_in": expires_in},
        )

    # -- the adapter -----------------------------------------------------------------------

    def _fill(self, source: str, arguments: Mapping[str, Any]) -> Any:
        if source == "caller_id":
            if self._caller_id is not None:
                return self._caller_id
            game_id = arguments.get("game_id")
            if game_id is None:
                raise ValidationError(
                    "game_id",
                    "is needed for caller-id {game_id}_SERVER (or give the client a caller_id setting)",
                )
            return f"{game_id}_SERVER"
        if source in ("client_id", "client_secret", "service_id"):
            return self._credentials[source]
        if source == "instance_id":
            return self._instance_id
        return super()._fill(source, arguments)

    def _flow(self, call: Call) -> Flow:
        """The server token in ``Authorization``; on 40101 drop it and try once more with a new one.

        ``player-token`` calls carry the player's own token (their ``access_token`` option)
        instead, once: no server token is involved, so there is nothing to renew.
        """
        operation = call.operation
        if call.options.get("precheck"):
            precheck_user_token(access_token=call.body_model.access_token, now=self._clock())
        body = json.dumps(call.body).encode("utf-8") if call.body is not None else None
        headers = _JSON if body is not None else {}
        if operation.auth == "none":
            yield outgoing(call, body=body, headers=headers)
            return
        if operation.auth == "player-token":
            player_token = call.options.get("access_token")
            if not isinstance(player_token, str):  # the option's rule has checked a given one
                raise ValidationError("access_token", "must be the player's access token (a string)")
            yield outgoing(call, body=body, headers={**headers, "Authorization": f"Bearer {player_token}"})
            return
        token = self._server_token.get()
        response = yield outgoing(call, body=body, headers={**headers, **_bearer(token)})
        if failure_code(operation.envelope, parsed_body(response)) == StoveErrorCode.INVALID_SERVER_TOKEN:
            logger.info(
                "%s: STOVE rejected the server token (40101); dropping it and retrying once with a new one",
                operation.operation_id,
            )
            self._server_token.invalidate(token)
            token = self._server_token.get()
            yield outgoing(call, body=body, headers={**headers, **_bearer(token)})


def _bearer(token: Token) -> dict[str, str]:
    return {"Authorization": f"Bearer {token.access_token}"}


def _token_call_seconds(timeout: float | tuple[float, float] | None, transport: Transport) -> float:
    """The longest a token call can take: every attempt timing out, plus the backoff between them."""
    if timeout is None:
        return _UNBOUNDED_CALL_SECONDS
    per_attempt = sum(timeout) if isinstance(timeout, tuple) else 2 * timeout
    attempts = 1 + transport.max_retries
    return attempts * per_attempt + transport.max_retries * transport.backoff_max
