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

This module holds the fake itself (its set-up, test controls, and which token each call
needs); server and player tokens are in ``_stove_tokens``, members, games and ownership
with the calls that read them in ``_stove_members``, routes, result codes and envelopes in
``_stove_wire``, and the billing middleware's sender in ``_stove_billing``.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable, Mapping
from typing import Any

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
from gameplatform.testing._stove_members import Members
from gameplatform.testing._stove_tokens import Client, PlayerTokens, ServerTokens
from gameplatform.testing._stove_wire import (
    BAD_REQUEST,
    DEFAULT_MESSAGES,
    DEFAULT_STATUSES,
    GAME_ID,
    INVALID_SERVER_TOKEN,
    bearer,
    envelope,
    route,
)
from gameplatform.testing._stove_wire import Operation as Operation

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
        self.clock = self._clock  # the Date header tells the same time as the tokens
        self.token_lifetime = token_lifetime
        self._server_tokens = ServerTokens(self._clock)
        self._player_tokens = PlayerTokens()
        self._members = Members(self._player_tokens, self._clock)
        self._failures: FailureQueue[_QueuedFailure] = FailureQueue()
        self._token_calls = 0

    # -- set-up ------------------------------------------------------------------

    def add_client(
        self, *, client_id: str, client_secret: str, service_id: str, token_lifetime: float | None = None
    ) -> None:
        """Register API credentials; ``token_lifetime`` (seconds) overrides the fake's default."""
        lifetime = self.token_lifetime if token_lifetime is None else token_lifetime
        _check_lifetime(lifetime)
        with self.lock:
            self._server_tokens.clients[client_id] = Client(client_secret, service_id, lifetime)

    def serves(self, method: str, path: str) -> bool:
        return route(FakeRequest(method, path, "", {}, b""))[0] is not None

    def client_settings(self) -> dict[str, Any]:
        """Keyword arguments that build a :class:`~gameplatform.stove.StoveClient` for this fake:
        ``StoveClient(**fake.client_settings())``.

        They name the first registered client; when none is registered, a default one
        (``client_id="fake-client"``, ``service_id="FAKE_SERVICE"``) is registered first.
        """
        with self.lock:
            clients = self._server_tokens.clients
            if not clients:
                clients[DEFAULT_CLIENT_ID] = Client(
                    DEFAULT_CLIENT_SECRET, DEFAULT_SERVICE_ID, self.token_lifetime
                )
            client_id, client = next(iter(clients.items()))
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
            member = self._members.member(member_no)
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
        if not GAME_ID.fullmatch(game_id):
            raise ValueError("game_id must be 1-100 letters, digits, '_', '.' or '-'")
        with self.lock:
            application_no = self._members.application_no(game_id)
            member = self._members.member(member_no)
            if guid is not None:
                member.guids[game_id] = guid
            expire_time = math.floor(self._clock() * 1000) + lifetime_ms
        payload = {"expire_time": expire_time, "member_no": member_no, "application_no": application_no}
        return self._player_tokens.sign(payload)

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
            self._members.grant(member_no, game_id, entry)

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
                first = next(iter(self._server_tokens.clients.values()), None)
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
            return self._server_tokens.minted

    def revoke_server_tokens(self) -> None:
        """Make every server token issued so far invalid (calls with them get 40101)."""
        with self.lock:
            self._server_tokens.revoke_all()

    def is_valid_server_token(self, token: str) -> bool:
        """Whether ``token`` is a server token the fake issued that is neither revoked nor expired."""
        with self.lock:
            return self._server_tokens.problem(token) is None

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
                    http_status=status or DEFAULT_STATUSES.get(code, 200),
                    message=message or DEFAULT_MESSAGES.get(code, "error"),
                ),
                scope=operation,
                times=times,
            )

    # -- the platform ------------------------------------------------------------------

    def handle(self, request: FakeRequest) -> FakeResponse:
        operation, game_id = route(request)
        if operation is None:
            return json_response(404, {"code": 40400, "message": "no such API"})
        with self.lock:
            if operation == "issue_server_token":
                self._token_calls += 1
            failure = self._failures.take(operation)
            if failure is not None:
                return envelope(operation, failure.code, failure.message, status=failure.http_status)
            if operation == "issue_server_token":
                return self._server_tokens.issue(request)
            if operation == "lookup_member_with_player_token":
                return self._members.lookup_own_member(request, game_id)
            refused = self._check_server_token(request, operation)
            if refused is not None:
                return refused
            if operation == "verify_user_token":
                return self._members.verify_user_token(request, game_id)
            if operation == "lookup_member":
                return self._members.lookup_member(request, game_id)
            return self._members.check_ownership(request)

    def _check_server_token(self, request: FakeRequest, operation: Operation) -> FakeResponse | None:
        """Refuse a call that carries a player token (40000) or no good server token (40101)."""
        token = bearer(request)
        if token and self._player_tokens.claims(token) is not None:
            return envelope(operation, BAD_REQUEST)
        if self._server_tokens.problem(token) is not None:
            return envelope(operation, INVALID_SERVER_TOKEN, status=401)
        return None


def _check_lifetime(value: float) -> None:
    if isinstance(value, bool) or not isinstance(value, int | float) or not value > 0:
        raise ValueError("token_lifetime must be a positive number of seconds")
