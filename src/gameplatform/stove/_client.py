"""The STOVE client: server tokens that are shared and renewed once, and the calls that use them."""

from __future__ import annotations

import json
import logging
import re
import time
from collections.abc import Callable, Mapping, Sequence
from typing import Any, Final, Literal, TypeVar
from urllib.parse import quote

import attrs
import requests

from gameplatform import _validation as _v
from gameplatform._client import BaseClient
from gameplatform._endpoint import Endpoint
from gameplatform._redaction import SecretKeys, redact
from gameplatform._serde import ResponseShapeError, from_wire, to_wire
from gameplatform._transport import (
    DEFAULT_MAX_RETRY_WAIT,
    DEFAULT_TIMEOUT,
    Transport,
    json_or_none,
    retry_after_seconds,
)
from gameplatform.errors import (
    APIError,
    ConfigurationError,
    RateLimitError,
    ValidationError,
    error_class_for_status,
)
from gameplatform.stove._endpoints import (
    CHECK_OWNERSHIP,
    ISSUE_SERVER_TOKEN,
    LOOKUP_MEMBER,
    VERIFY_USER_TOKEN,
)
from gameplatform.stove._errors import StoveErrorCode, error_class_for_code
from gameplatform.stove._models import (
    CheckOwnershipParams,
    IssuedServerToken,
    IssueServerTokenRequest,
    LookupMemberParams,
    Member,
    MemberSearchType,
    Ownership,
    VerifiedUser,
    VerifyUserTokenParams,
    VerifyUserTokenRequest,
)
from gameplatform.stove._player_token import precheck_user_token
from gameplatform.tokens import MemoryTokenStore, RefreshingToken, Token, TokenStore

__all__ = ["BASE_URLS", "Environment", "ServerToken", "StoveClient"]

logger = logging.getLogger("gameplatform.stove")
_TOKEN_TEXT = re.compile(r"[\x21-\x7e]+")
"""What a bearer token may hold: it travels in a header, so no spaces or control characters."""

Environment = Literal["live", "sandbox"]

BASE_URLS: Final[Mapping[str, str]] = {
    "live": "https://api.onstove.com",
    "sandbox": "https://api.gate8.com",
}
"""The documented host of each STOVE environment."""

_PLATFORM = "stove"
_SECRET_KEYS = SecretKeys(("access_token", "refresh_token", "client_secret"))
_MAX_MESSAGE = 500
_UNBOUNDED_CALL_SECONDS = 300.0
_T = TypeVar("_T")


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


class StoveClient(BaseClient):
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
            self._issue_request = IssueServerTokenRequest(
                client_id=client_id, client_secret=client_secret, service_id=service_id
            )
        except ValidationError as exc:
            raise ConfigurationError(f"{exc.field}: {exc.reason}") from None
        self._client_id = client_id
        self._service_id = service_id
        self._environment: Environment = environment
        self._clock: Callable[[], float] = clock if clock is not None else time.time
        self._transport = Transport(
            platform=_PLATFORM,
            base_urls={"default": base_url if base_url is not None else BASE_URLS[environment]},
            session=session,
            timeout=timeout,
            max_retries=max_retries,
            max_retry_wait=max_retry_wait,
        )
        self._base_url = self._transport.base_url()
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
    def token_store_key(self) -> str:
        """The key the server token is kept under: environment, host override, client and service.

        Two clients share a token exactly when these match; the secret is never part of it.
        """
        where = self._environment if self._base_url == BASE_URLS[self._environment] else self._base_url
        parts = (where, self._client_id, self._service_id)
        return "stove:server_token:" + ":".join(quote(part, safe="") for part in parts)

    def __repr__(self) -> str:
        return (
            f"StoveClient(environment={self._environment!r}, base_url={self._base_url!r}, "
            f"client_id={self._client_id!r}, service_id={self._service_id!r})"
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
        body = json.dumps(to_wire(self._issue_request)).encode("utf-8")
        response = self._transport.send(
            ISSUE_SERVER_TOKEN.method,
            ISSUE_SERVER_TOKEN.path,
            body=body,
            headers={"Content-Type": "application/json"},
            idempotent=ISSUE_SERVER_TOKEN.idempotent,
        )
        received_at = self._clock()
        issued = self._result(ISSUE_SERVER_TOKEN, response, IssuedServerToken)
        expires_in = issued.expires_in
        if (
            isinstance(expires_in, bool)
            or not isinstance(expires_in, int)
            or expires_in <= 0
            or not (isinstance(issued.access_token, str) and _TOKEN_TEXT.fullmatch(issued.access_token))
        ):
            raise self._shape_error(
                response, "the issued server token has no usable access_token (printable ASCII) or expires_in"
            )
        logger.debug("server token received; expires in %d s", expires_in)
        return Token.from_expires_in(
            access_token=issued.access_token,
            expires_in=expires_in,
            now=received_at,
            token_type=issued.token_type or "bearer",
            extra={"expires_in": expires_in},
        )

    # -- calls -------------------------------------------------------------------------------

    def verify_user_token(self, *, game_id: str, access_token: str, precheck: bool = False) -> VerifiedUser:
        """Ask STOVE whether a player's access token is valid for ``game_id``, and whose it is.

        ``access_token`` is the game user token the player's client got from
        ``StoveSDK_GetToken()``. Returns the member number and, once the player accepted
        the game's terms, the per-game ``guid`` (else ``None``).

        ``precheck=True`` first reads the token's payload locally (see
        :func:`~gameplatform.stove.precheck_user_token`) and raises
        :class:`~gameplatform.stove.ExpiredUserToken` or ``ValidationError`` for an
        expired or malformed token without any network call. That check does not verify
        the signature; only STOVE's answer here does.

        Raises :class:`~gameplatform.stove.InvalidGameId` (41002) for a token of another
        game and :class:`~gameplatform.stove.BadRequest` (40000) for one STOVE refuses.
        """
        params = VerifyUserTokenParams(game_id=game_id)
        request = VerifyUserTokenRequest(access_token=access_token)
        if precheck:
            precheck_user_token(access_token=access_token, now=self._clock())
        body = json.dumps(to_wire(request)).encode("utf-8")
        return self._call(
            VERIFY_USER_TOKEN,
            VERIFY_USER_TOKEN.format_path(game_id=params.game_id),
            VerifiedUser,
            body=body,
        )

    def lookup_member(self, *, game_id: str, search_type: MemberSearchType | str, value: int | str) -> Member:
        """Find a member of ``game_id`` by member number or by per-game guid.

        ``search_type`` is ``"member_no"`` (STOVE member number) or ``"guid"``; ``value``
        is the number to look for (an ``int`` or a decimal string).
        """
        if isinstance(value, bool) or not isinstance(value, int | str):
            raise ValidationError("value", "must be a member number or guid (int or decimal string)")
        if isinstance(value, int):
            _v.integer(minimum=1).check("value", value)
        elif value.isascii() and value.isdigit() and int(value) > _v.INT64_MAX:
            raise ValidationError("value", "must fit in a signed 64-bit integer")
        if isinstance(search_type, str) and not isinstance(search_type, MemberSearchType):
            # An unlisted value becomes a pseudo-member, which the params validator refuses.
            search_type = MemberSearchType(search_type)
        params = LookupMemberParams(game_id=game_id, search_type=search_type, value=str(value))
        query = [("search_type", str(params.search_type)), ("value", params.value)]
        return self._call(
            LOOKUP_MEMBER, LOOKUP_MEMBER.format_path(game_id=params.game_id), Member, query=query
        )

    def check_ownership(self, *, game_id: str, member_no: int, game_ids: Sequence[str]) -> Ownership:
        """Which of ``game_ids`` the member owns, asked as the server of ``game_id``.

        ``owner_list`` holds one entry per owned game among ``game_ids`` (empty: owns none).
        """
        # The caller-id rule would report a bad game id under the wrong name: check it first.
        VerifyUserTokenParams(game_id=game_id)
        if isinstance(game_ids, str) or not isinstance(game_ids, Sequence):
            raise ValidationError("game_ids", "must be a list of game ids")
        params = CheckOwnershipParams(
            member_no=member_no, game_ids=list(game_ids), caller_id=f"{game_id}_SERVER"
        )
        query = [("member_no", str(params.member_no)), ("game_ids", ",".join(params.game_ids))]
        return self._call(
            CHECK_OWNERSHIP,
            CHECK_OWNERSHIP.path,
            Ownership,
            query=query,
            headers={"caller-id": params.caller_id},
        )

    # -- plumbing ------------------------------------------------------------------------------

    def _call(
        self,
        endpoint: Endpoint,
        path: str,
        result_type: type[_T],
        *,
        query: Sequence[tuple[str, str]] | None = None,
        body: bytes | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> _T:
        """One call with the server token; on 40101 drop the token and try once more with a new one."""
        token = self._server_token.get()
        response = self._send(endpoint, path, token, query=query, body=body, headers=headers)
        if _rejects_server_token(endpoint, response):
            logger.info(
                "%s: STOVE rejected the server token (40101); dropping it and retrying once with a new one",
                endpoint.operation_id,
            )
            response.close()
            self._server_token.invalidate(token)
            token = self._server_token.get()
            response = self._send(endpoint, path, token, query=query, body=body, headers=headers)
        return self._result(endpoint, response, result_type)

    def _send(
        self,
        endpoint: Endpoint,
        path: str,
        token: Token,
        *,
        query: Sequence[tuple[str, str]] | None,
        body: bytes | None,
        headers: Mapping[str, str] | None,
    ) -> requests.Response:
        all_headers = {"Authorization": f"Bearer {token.access_token}"}
        if body is not None:
            all_headers["Content-Type"] = "application/json"
        if headers:
            all_headers.update(headers)
        return self._transport.send(
            endpoint.method, path, query=query, body=body, headers=all_headers, idempotent=endpoint.idempotent
        )

    def _result(self, endpoint: Endpoint, response: requests.Response, result_type: type[_T]) -> _T:
        """The result of a success envelope; every failure, whatever its HTTP status, raised typed."""
        data = json_or_none(response)
        code_key, message_key = _envelope_keys(endpoint)
        code = _as_code(data.get(code_key)) if isinstance(data, dict) else None
        status = response.status_code
        logger.debug("%s -> HTTP %d, %s=%s", endpoint.operation_id, status, code_key, code)
        if not (200 <= status < 300 and code == StoveErrorCode.SUCCESS):
            raise self._api_error(response, data, code, message_key)
        assert endpoint.response_model is not None and endpoint.result_field is not None
        try:
            envelope = from_wire(endpoint.response_model, data)
        except ResponseShapeError as exc:
            raise self._shape_error(response, f"{endpoint.operation_id}: {exc}") from None
        result = getattr(envelope, endpoint.result_field, None)
        if not isinstance(result, result_type):
            raise self._shape_error(
                response, f"the {endpoint.operation_id} answer carries no {endpoint.result_field}"
            )
        return result

    def _api_error(
        self, response: requests.Response, data: Any, code: int | None, message_key: str
    ) -> APIError:
        status = response.status_code
        cls = error_class_for_code(code) if code is not None else None
        if cls is None:
            cls = error_class_for_status(status)
        message = data.get(message_key) if isinstance(data, dict) else None
        if not isinstance(message, str) or not message:
            message = f"HTTP {status}" if code is None else "failure"
        kwargs: dict[str, Any] = {
            "platform": _PLATFORM,
            "http_status": status,
            "code": code,
            "request_id": _request_id(response),
            "body": _redact(data) if data is not None else response.text[:_MAX_MESSAGE],
        }
        if issubclass(cls, RateLimitError):
            return cls(message[:_MAX_MESSAGE], retry_after=retry_after_seconds(response), **kwargs)
        return cls(message[:_MAX_MESSAGE], **kwargs)

    def _shape_error(self, response: requests.Response, message: str) -> APIError:
        data = json_or_none(response)
        return APIError(
            message,
            platform=_PLATFORM,
            http_status=response.status_code,
            request_id=_request_id(response),
            body=_redact(data) if data is not None else response.text[:_MAX_MESSAGE],
        )


def _envelope_keys(endpoint: Endpoint) -> tuple[str, str]:
    """The ownership check answers ``{response_code, response_message}``; the rest ``{code, message}``."""
    if endpoint.operation_id == CHECK_OWNERSHIP.operation_id:
        return "response_code", "response_message"
    return "code", "message"


def _rejects_server_token(endpoint: Endpoint, response: requests.Response) -> bool:
    data = json_or_none(response)
    code_key, _ = _envelope_keys(endpoint)
    code = _as_code(data.get(code_key)) if isinstance(data, dict) else None
    return code == StoveErrorCode.INVALID_SERVER_TOKEN


def _as_code(value: object) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.strip().lstrip("-").isdigit():
        return int(value)
    return None


def _request_id(response: requests.Response) -> str | None:
    for name in ("X-Request-Id", "X-Request-ID", "X-Amzn-RequestId", "X-Trace-Id"):
        value = response.headers.get(name)
        if value:
            return value
    return None


def _redact(data: Any) -> Any:
    """A copy of a decoded body with token- and secret-like values blanked."""
    return redact(data, _SECRET_KEYS)


def _token_call_seconds(timeout: float | tuple[float, float] | None, transport: Transport) -> float:
    """The longest a token call can take: every attempt timing out, plus the backoff between them."""
    if timeout is None:
        return _UNBOUNDED_CALL_SECONDS
    per_attempt = sum(timeout) if isinstance(timeout, tuple) else 2 * timeout
    attempts = 1 + transport.max_retries
    return attempts * per_attempt + transport.max_retries * transport.backoff_max
