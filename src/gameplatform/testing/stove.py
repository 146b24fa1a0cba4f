"""A local STOVE server for tests: real HTTP on 127.0.0.1, STOVE's rules, STOVE's failures.

Usage::

    clock = ...  # any zero-argument callable giving unix seconds; share it with the client
    with StoveFake(clock=clock) as fake:
        fake.add_client(client_id="com.example.server", client_secret="s3cret", service_id="MY_GAME")
        player_token = fake.issue_player_token("MY_GAME", 20005061986, guid=200000000397)
        client = StoveClient(client_id="com.example.server", client_secret="s3cret",
                             service_id="MY_GAME", base_url=fake.url, clock=clock)
        client.verify_user_token(game_id="MY_GAME", access_token=player_token)

It also plays STOVE's billing middleware: :meth:`StoveFake.send_payment_notification`
POSTs a payment completion notification to your endpoint, as STOVE does after a purchase.

What it does, as the vendor documents it (seed 002, platforms.md §3):

- ``POST /auth/v5/server_token`` checks the client (``client_id``, ``client_secret``,
  ``service_id``; anything else is 40105 with HTTP 401) and applies the 70 % rule:
  while more than 30 % of the current token's life remains it returns that same token
  (with ``expires_in`` counting down), after that a new one; every token it issued stays
  valid until its own expiry, measured on the injectable ``clock``.
- Calls carrying a server token reject an unknown, revoked or expired one with 40101
  (HTTP 401) and a player token in the ``Authorization`` header with 40000 (HTTP 200).
- Verification answers 40000 (HTTP 200) for a missing player token, 41002 (HTTP 200) for
  a token minted for another game, and ``{member_no, guid}`` (``guid`` only when one was
  given) for a good one.
- ``GET /member/v3.0/{game_id}`` without a query is the player's own lookup (platforms.md
  §5): authorised by the player token itself, it answers that member's ``{member_no, guid}``;
  with ``search_type``/``value`` it is the server's lookup.

What it assumes where the vendor is silent (say so in your own tests if you rely on it):
a forged or expired player token is answered 40000 (HTTP 200), by verification and by the
player's own lookup (which answers 41002 for another game's token, as verification does);
a member lookup that finds nobody is answered HTTP 404 with code 40400; a malformed
token-issue body is 40000 (HTTP 200); the ownership check answers with ``response_code``
40000 for a missing or malformed ``caller-id`` (any application name is accepted: the
vendor's example is ``ownership-api``) and 40101 (HTTP 401) for a bad server token; token
issue accepts an optional non-empty ``instance_id`` string and otherwise ignores it.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import math
import re
import secrets
import time
from collections.abc import Callable, Mapping
from typing import Any, Literal

import attrs
import requests

from gameplatform.testing._server import (
    FailureQueue,
    FakeRequest,
    FakeResponse,
    FakeServer,
    check_times,
    json_response,
    renamed_option,
)
from gameplatform.testing._stove_billing import (
    DEFAULT_BILLING_CALLER_ID,
    payment_notification_body,
    send_payment_notification,
)

__all__ = [
    "DEFAULT_BILLING_CALLER_ID",
    "DEFAULT_CLIENT_ID",
    "DEFAULT_CLIENT_SECRET",
    "DEFAULT_PLAYER_TOKEN_LIFETIME_MS",
    "DEFAULT_SERVER_TOKEN_LIFETIME",
    "DEFAULT_SERVICE_ID",
    "StoveFake",
    "payment_notification_body",
    "send_payment_notification",
]

DEFAULT_SERVER_TOKEN_LIFETIME = 30 * 24 * 3600
"""A server token's life in seconds unless configured: 30 days, as documented."""

DEFAULT_PLAYER_TOKEN_LIFETIME_MS = 21_600_000
"""A player token's life in milliseconds unless given: 6 hours, as documented."""

DEFAULT_CLIENT_ID = "fake-client"
DEFAULT_CLIENT_SECRET = "fake-client-secret"
DEFAULT_SERVICE_ID = "FAKE_SERVICE"
"""The client :meth:`StoveFake.client_settings` registers when none is."""

Operation = Literal[
    "issue_server_token",
    "verify_user_token",
    "lookup_member",
    "lookup_member_with_player_token",
    "check_ownership",
]

_TOKEN_PATH = "/auth/v5/server_token"
_OWNERSHIP_PATH = "/ownership/v3.0/check_ownership"
_VERIFY_PATH = re.compile(r"^/member/v3\.0/([^/]+)/token/verify$")
_MEMBER_PATH = re.compile(r"^/member/v3\.0/([^/]+)$")
_DIGITS = re.compile(r"^[0-9]{1,20}$")
_GAME_ID = re.compile(r"^[A-Za-z0-9_.-]{1,100}$")
_CALLER_ID = re.compile(r"[A-Za-z0-9_.-]{1,107}")

_OK = 0
_BAD_REQUEST = 40000
_INVALID_SERVER_TOKEN = 40101
_INVALID_CLIENT = 40105
_INVALID_GAME_ID = 41002
_MEMBER_NOT_FOUND = 40400

_DEFAULT_MESSAGES = {
    _OK: "success",
    _BAD_REQUEST: "bad request",
    _INVALID_SERVER_TOKEN: "invalid token",
    _INVALID_CLIENT: "invalid client",
    _INVALID_GAME_ID: "Invalid game id",
    _MEMBER_NOT_FOUND: "member not found",
}
_DEFAULT_STATUSES = {_INVALID_SERVER_TOKEN: 401, _INVALID_CLIENT: 401, _MEMBER_NOT_FOUND: 404}


@attrs.define
class _Client:
    client_secret: str = attrs.field(repr=False)
    service_id: str
    token_lifetime: float


@attrs.define
class _IssuedToken:
    client_id: str
    issued_at: float
    expires_at: float
    revoked: bool = False

    @property
    def lifetime(self) -> float:
        return self.expires_at - self.issued_at


@attrs.define
class _Member:
    nickname: str | None = None
    guids: dict[str, int] = attrs.Factory(dict)


@attrs.frozen
class _QueuedFailure:
    code: int
    http_status: int
    message: str


class StoveFake(FakeServer):
    """A STOVE server on 127.0.0.1 with registered clients, players and owned games.

    ``clock`` (unix seconds; ``time.time`` by default) decides when tokens expire and
    when the 70 % rule renews; share one controllable clock with the client under test.
    ``token_lifetime`` is the default server-token life in seconds.
    """

    platform = "stove"

    def __init__(
        self,
        *,
        clock: Callable[[], float] | None = None,
        token_lifetime: float = DEFAULT_SERVER_TOKEN_LIFETIME,
        host: str = "127.0.0.1",
        port: int = 0,
    ) -> None:
        super().__init__(host=host, port=port)
        _check_lifetime(token_lifetime)
        self._clock = clock if clock is not None else time.time
        self.token_lifetime = token_lifetime
        self._clients: dict[str, _Client] = {}
        self._current: dict[str, str] = {}
        self._server_tokens: dict[str, _IssuedToken] = {}
        self._games: dict[str, int] = {}
        self._members: dict[int, _Member] = {}
        self._owned: dict[int, dict[str, dict[str, Any]]] = {}
        self._failures: FailureQueue[_QueuedFailure] = FailureQueue()
        self._player_token_key = secrets.token_bytes(32)
        self._token_calls = 0
        self._tokens_issued = 0

    # -- set-up ------------------------------------------------------------------

    def add_client(
        self, *, client_id: str, client_secret: str, service_id: str, token_lifetime: float | None = None
    ) -> None:
        """Register API credentials; ``token_lifetime`` (seconds) overrides the fake's default."""
        lifetime = self.token_lifetime if token_lifetime is None else token_lifetime
        _check_lifetime(lifetime)
        with self.lock:
            self._clients[client_id] = _Client(client_secret, service_id, lifetime)

    def serves(self, method: str, path: str) -> bool:
        return _route(FakeRequest(method, path, "", {}, b""))[0] is not None

    def client_settings(self) -> dict[str, Any]:
        """Keyword arguments that build a :class:`~gameplatform.stove.StoveClient` for this fake:
        ``StoveClient(**fake.client_settings())``.

        They name the first registered client; when none is registered, a default one
        (``client_id="fake-client"``, ``service_id="FAKE_SERVICE"``) is registered first.
        """
        with self.lock:
            if not self._clients:
                self._clients[DEFAULT_CLIENT_ID] = _Client(
                    DEFAULT_CLIENT_SECRET, DEFAULT_SERVICE_ID, self.token_lifetime
                )
            client_id, client = next(iter(self._clients.items()))
        return {
            "base_url": self.url,
            "client_id": client_id,
            "client_secret": client.client_secret,
            "service_id": client.service_id,
        }

    def add_member(
        self, *, member_no: int, nickname: str | None = None, guids: Mapping[str, int] | None = None
    ) -> None:
        """Register (or update) a member; ``guids`` maps game ids to the member's per-game guid."""
        with self.lock:
            member = self._members.setdefault(member_no, _Member())
            if nickname is not None:
                member.nickname = nickname
            member.guids.update(guids or {})

    def issue_player_token(
        self,
        game_id: str,
        member_no: int,
        guid: int | None = None,
        *,
        lifetime_ms: int = DEFAULT_PLAYER_TOKEN_LIFETIME_MS,
    ) -> str:
        """Mint a player token (HS256 JWT) for a member of a game, as the PC SDK would hand out.

        The payload carries ``expire_time`` (now + ``lifetime_ms``, in milliseconds),
        ``member_no`` and the game's ``application_no``. A zero or negative
        ``lifetime_ms`` mints a token that has already expired. ``guid`` records that
        the member accepted the game's terms.
        """
        if not _GAME_ID.fullmatch(game_id):
            raise ValueError("game_id must be 1-100 letters, digits, '_', '.' or '-'")
        with self.lock:
            application_no = self._application_no(game_id)
            member = self._members.setdefault(member_no, _Member())
            if guid is not None:
                member.guids[game_id] = guid
            expire_time = math.floor(self._clock() * 1000) + lifetime_ms
        payload = {"expire_time": expire_time, "member_no": member_no, "application_no": application_no}
        return self._sign_player_token(payload)

    def grant_ownership(
        self,
        *,
        member_no: int,
        game_id: str,
        game_cd: int | str | None = 3,
        ownership_cd: int | str | None = 1,
        purchase_dt: int | None = None,
        product_no: int | None = None,
    ) -> None:
        """Record that a member owns a game; the ownership check lists it when asked about it.

        The codes are sent as given (numbers by default): ``game_cd`` 3 main game, 4 demo,
        5 DLC; ``ownership_cd`` 1 acquired, 2 released; ``purchase_dt`` unix milliseconds.
        """
        entry: dict[str, Any] = {"game_id": game_id}
        for name, value in (
            ("game_cd", game_cd),
            ("ownership_cd", ownership_cd),
            ("purchase_dt", purchase_dt),
            ("product_no", product_no),
        ):
            if value is not None:
                entry[name] = value
        with self.lock:
            self._owned.setdefault(member_no, {})[game_id] = entry

    def send_payment_notification(
        self,
        url: str,
        *,
        service_id: str | None = None,
        caller_id: str | None = DEFAULT_BILLING_CALLER_ID,
        **fields: Any,
    ) -> requests.Response:
        """Play STOVE's billing middleware: POST a payment completion notification to ``url``.

        ``fields`` are those of :func:`payment_notification_body` (``tid``, ``world_id``,
        ``guid``, ``extra``, …); ``service_id`` (the path variable, for a ``{service_id}`` in
        ``url``) defaults to the first registered client's. Returns the endpoint's answer.
        """
        if service_id is None:
            with self.lock:
                first = next(iter(self._clients.values()), None)
            service_id = first.service_id if first is not None else DEFAULT_SERVICE_ID
        body = payment_notification_body(**fields)
        return send_payment_notification(url, body, service_id=service_id, caller_id=caller_id)

    # -- test controls -------------------------------------------------------------

    @property
    def token_calls(self) -> int:
        """How many token-issue requests arrived (answered or refused)."""
        with self.lock:
            return self._token_calls

    @property
    def tokens_issued(self) -> int:
        """How many distinct server tokens were minted."""
        with self.lock:
            return self._tokens_issued

    def revoke_server_tokens(self) -> None:
        """Make every server token issued so far invalid (calls with them get 40101)."""
        with self.lock:
            for issued in self._server_tokens.values():
                issued.revoked = True
            self._current.clear()

    def is_valid_server_token(self, token: str) -> bool:
        """Whether ``token`` is a server token the fake issued that is neither revoked nor expired."""
        with self.lock:
            return self._server_token_problem(token) is None

    def fail_next(
        self,
        code: int,
        *,
        times: int = 1,
        operation: Operation | None = None,
        status: int | None = None,
        message: str | None = None,
        http_status: int | None = None,
    ) -> None:
        """Answer the next ``times`` matching requests with a failure envelope carrying ``code``.

        ``code`` is a STOVE result code (40000, 40101, 40105, 41002, …). ``operation``
        limits it to one operation (``None``: any). ``status`` (the HTTP status) defaults
        to what STOVE uses for that code (401 for 40101 and 40105, else 200). The envelope
        is ``{code, message}``, or ``{response_code, response_message}`` for the ownership
        check. ``http_status=`` is the older spelling of ``status=``.
        """
        status = renamed_option("StoveFake", "status", status, "http_status", http_status)
        times = check_times(times)
        with self.lock:
            self._failures.push(
                _QueuedFailure(
                    code=code,
                    http_status=status or _DEFAULT_STATUSES.get(code, 200),
                    message=message or _DEFAULT_MESSAGES.get(code, "error"),
                ),
                scope=operation,
                times=times,
            )

    # -- the platform ------------------------------------------------------------------

    def handle(self, request: FakeRequest) -> FakeResponse:
        operation, game_id = _route(request)
        if operation is None:
            return json_response(404, {"code": 40400, "message": "no such API"})
        with self.lock:
            if operation == "issue_server_token":
                self._token_calls += 1
            failure = self._failures.take(operation)
            if failure is not None:
                return _envelope(operation, failure.code, failure.message, status=failure.http_status)
            if operation == "issue_server_token":
                return self._issue_server_token(request)
            if operation == "lookup_member_with_player_token":
                return self._lookup_own_member(request, game_id)
            refused = self._check_server_token(request, operation)
            if refused is not None:
                return refused
            if operation == "verify_user_token":
                return self._verify_user_token(request, game_id)
            if operation == "lookup_member":
                return self._lookup_member(request, game_id)
            return self._check_ownership(request)

    def _issue_server_token(self, request: FakeRequest) -> FakeResponse:
        body = _json_object(request)
        fields = [body.get(name) if body else None for name in ("client_id", "client_secret", "service_id")]
        if not all(isinstance(value, str) and value for value in fields):
            return _envelope("issue_server_token", _BAD_REQUEST)
        instance_id = body.get("instance_id") if body else None
        if instance_id is not None and not (isinstance(instance_id, str) and instance_id):
            return _envelope("issue_server_token", _BAD_REQUEST)
        client_id, client_secret, service_id = (str(value) for value in fields)
        client = self._clients.get(client_id)
        if (
            client is None
            or not hmac.compare_digest(client.client_secret.encode(), client_secret.encode())
            or client.service_id != service_id
        ):
            return _envelope("issue_server_token", _INVALID_CLIENT, status=401)
        now = self._clock()
        token = self._current.get(client_id)
        issued = self._server_tokens.get(token) if token is not None else None
        if token is None or issued is None or issued.expires_at - now <= 0.3 * issued.lifetime:
            token = base64.urlsafe_b64encode(secrets.token_bytes(96)).decode("ascii")
            issued = _IssuedToken(client_id=client_id, issued_at=now, expires_at=now + client.token_lifetime)
            self._server_tokens[token] = issued
            self._current[client_id] = token
            self._tokens_issued += 1
        data = {
            "access_token": token,
            "token_type": "bearer",
            "expires_in": max(0, math.floor(issued.expires_at - now)),
        }
        return json_response(200, {"code": _OK, "message": "success", "response_data": data})

    def _check_server_token(self, request: FakeRequest, operation: Operation) -> FakeResponse | None:
        token = _bearer(request)
        if token and self._player_claims(token) is not None:
            return _envelope(operation, _BAD_REQUEST)
        if self._server_token_problem(token) is not None:
            return _envelope(operation, _INVALID_SERVER_TOKEN, status=401)
        return None

    def _server_token_problem(self, token: str) -> str | None:
        issued = self._server_tokens.get(token) if token else None
        if issued is None:
            return "unknown"
        if issued.revoked:
            return "revoked"
        if self._clock() >= issued.expires_at:
            return "expired"
        return None

    def _verify_user_token(self, request: FakeRequest, game_id: str) -> FakeResponse:
        body = _json_object(request)
        player_token = body.get("access_token") if body else None
        if not isinstance(player_token, str) or not player_token:
            return _envelope("verify_user_token", _BAD_REQUEST)
        claims = self._player_claims(player_token)
        if claims is None or claims["expire_time"] <= self._clock() * 1000:
            return _envelope("verify_user_token", _BAD_REQUEST)
        if self._games.get(game_id) != claims["application_no"]:
            return _envelope("verify_user_token", _INVALID_GAME_ID)
        member_no = claims["member_no"]
        value: dict[str, Any] = {"member_no": member_no}
        member = self._members.get(member_no)
        if member is not None and game_id in member.guids:
            value["guid"] = member.guids[game_id]
        return json_response(200, {"code": _OK, "message": "success", "value": value})

    def _lookup_member(self, request: FakeRequest, game_id: str) -> FakeResponse:
        query = dict(request.query)
        search_type, wanted = query.get("search_type"), query.get("value", "")
        if search_type not in ("member_no", "guid") or not _DIGITS.fullmatch(wanted):
            return _envelope("lookup_member", _BAD_REQUEST)
        number = int(wanted)
        for member_no, member in self._members.items():
            found = member_no == number if search_type == "member_no" else member.guids.get(game_id) == number
            if found:
                value: dict[str, Any] = {"member_no": member_no}
                if game_id in member.guids:
                    value["guid"] = member.guids[game_id]
                if member.nickname is not None:
                    value["nickname"] = member.nickname
                return json_response(200, {"code": _OK, "message": "success", "value": value})
        return _envelope("lookup_member", _MEMBER_NOT_FOUND, status=404)

    def _lookup_own_member(self, request: FakeRequest, game_id: str) -> FakeResponse:
        claims = self._player_claims(_bearer(request))
        if claims is None or claims["expire_time"] <= self._clock() * 1000:
            return _envelope("lookup_member_with_player_token", _BAD_REQUEST)
        if self._games.get(game_id) != claims["application_no"]:
            return _envelope("lookup_member_with_player_token", _INVALID_GAME_ID)
        member_no = claims["member_no"]
        value: dict[str, Any] = {"member_no": member_no}
        member = self._members.get(member_no)
        if member is not None and game_id in member.guids:
            value["guid"] = member.guids[game_id]
        return json_response(200, {"code": _OK, "message": "success", "value": value})

    def _check_ownership(self, request: FakeRequest) -> FakeResponse:
        caller = request.header("caller-id") or ""
        if not _CALLER_ID.fullmatch(caller):
            return _envelope("check_ownership", _BAD_REQUEST)
        query = dict(request.query)
        member_text, games_text = query.get("member_no", ""), query.get("game_ids", "")
        game_ids = games_text.split(",") if games_text else []
        valid_games = bool(game_ids) and all(_GAME_ID.fullmatch(g) for g in game_ids)
        if not _DIGITS.fullmatch(member_text) or not valid_games:
            return _envelope("check_ownership", _BAD_REQUEST)
        member_no = int(member_text)
        owned = self._owned.get(member_no, {})
        owner_list = [dict(owned[game_id]) for game_id in game_ids if game_id in owned]
        return json_response(
            200,
            {
                "response_code": _OK,
                "response_message": "success",
                "value": {"member_no": member_no, "owner_list": owner_list},
            },
        )

    # -- helpers -----------------------------------------------------------------------

    def _application_no(self, game_id: str) -> int:
        if game_id not in self._games:
            self._games[game_id] = 10_000 + len(self._games) + 1
        return self._games[game_id]

    def _sign_player_token(self, payload: Mapping[str, Any]) -> str:
        signing_input = _b64(json.dumps({"alg": "HS256"}).encode()) + "." + _b64(json.dumps(payload).encode())
        signature = hmac.new(self._player_token_key, signing_input.encode("ascii"), hashlib.sha256).digest()
        return signing_input + "." + _b64(signature)

    def _player_claims(self, token: str) -> dict[str, Any] | None:
        """The payload of a player token this fake minted (signature checked), else ``None``."""
        parts = token.split(".")
        if len(parts) != 3:
            return None
        signing_input = (parts[0] + "." + parts[1]).encode("ascii", "replace")
        expected = _b64(hmac.new(self._player_token_key, signing_input, hashlib.sha256).digest())
        if not hmac.compare_digest(expected.encode(), parts[2].encode("ascii", "replace")):
            return None
        try:
            payload = json.loads(base64.urlsafe_b64decode(parts[1] + "=" * (-len(parts[1]) % 4)))
        except ValueError:
            return None
        return payload if isinstance(payload, dict) else None


def _route(request: FakeRequest) -> tuple[Operation | None, str]:
    if request.method == "POST" and request.path == _TOKEN_PATH:
        return "issue_server_token", ""
    if request.method == "GET" and request.path == _OWNERSHIP_PATH:
        return "check_ownership", ""
    verify = _VERIFY_PATH.fullmatch(request.path)
    if request.method == "POST" and verify:
        return "verify_user_token", verify.group(1)
    member = _MEMBER_PATH.fullmatch(request.path)
    if request.method == "GET" and member:
        # One path, two calls: with search parameters it is the server's lookup, without
        # them the player's own (web) lookup; each checks its own kind of token.
        if request.raw_query:
            return "lookup_member", member.group(1)
        return "lookup_member_with_player_token", member.group(1)
    return None, ""


def _bearer(request: FakeRequest) -> str:
    """The token of ``Authorization: Bearer <token>`` (the whole value without the prefix)."""
    header = request.header("Authorization")
    token = header.strip() if header else ""
    if token[:7].lower() == "bearer ":
        token = token[7:].strip()
    return token


def _envelope(
    operation: Operation, code: int, message: str | None = None, *, status: int = 200
) -> FakeResponse:
    text = message or _DEFAULT_MESSAGES.get(code, "error")
    if operation == "check_ownership":
        return json_response(status, {"response_code": code, "response_message": text})
    return json_response(status, {"code": code, "message": text})


def _json_object(request: FakeRequest) -> dict[str, Any] | None:
    try:
        body = request.json()
    except ValueError:
        return None
    return body if isinstance(body, dict) else None


def _b64(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode("ascii")


def _check_lifetime(value: float) -> None:
    if isinstance(value, bool) or not isinstance(value, int | float) or not value > 0:
        raise ValueError("token_lifetime must be a positive number of seconds")
