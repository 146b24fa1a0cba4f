"""A local PlayNANOO: players, rotating per-player tokens and the main services, over real HTTP.

Serve all four PlayNANOO hosts from one fake (their paths do not collide, except the public
load that cloud save and remote config share: a ``RemoteConfig_{table}`` key of a table set
with :meth:`PlayNanooFake.set_remote_config` answers as remote config) and point a client at
it with ``PlayNanooClient(..., base_url=fake.url)``::

    with PlayNanooFake() as fake, PlayNanooClient(
        game_id=fake.game_id, service_key=fake.service_key, base_url=fake.url
    ) as client:
        player = client.player("user-1", device=device)
        player.guest_sign_in(linked_id="device-1")
        fake.expire_access_tokens()          # the next call gets a 401 and refreshes
        player.storage_save(storage_key="k", storage_value="v")
        assert fake.refresh_calls == 1

What it checks like the platform: ``X-Playnanoo-Key`` and ``X-Playnanoo-Id`` on every
call (403 otherwise), ``Authorization: Bearer`` on player calls (401 for a missing,
unknown, expired or signed-out access token), the device fields in every body (400
without ``device_id`` or with a ``platform`` other than ``aos``/``ios``), rotating
refresh tokens (a refresh retires the refresh token it used; refreshing with a retired
or expired one is a 401), and the documented error codes: 10008 for a nickname another
player has, 30000 for an email sign-in with no account (or a friend request to an unknown
OpenID), 30007 with ``WithdrawalKey`` for a player in its withdrawal grace period, 70002
with ``BlockKey`` for a blocked player. Withdrawal restore and search and the block reason
need no token.

What it invents (the vendor does not publish it): the HTTP statuses that go with those
codes (400, 404, 403, 403), non-numeric codes for its other failures (``"TokenExpired"``,
``"InvalidRefreshToken"``, ``"StorageNotFound"``, ``"NotEnoughCurrency"``, …), and service
semantics the documents leave open (a leaderboard made by its first record keeps each
record's best score; currency ``put`` and ``charge`` both add; coupons are single use per
player; a withdrawn account is deleted when its grace period ends; the status words of a
withdrawal; a cloud code run takes 1 ms).

Time comes from ``clock`` (default :func:`time.time`) plus :meth:`advance`, so tests
expire tokens without sleeping.
"""

from __future__ import annotations

import hashlib
import json
import secrets
import threading
import time
import warnings
from collections.abc import Callable, Iterable, Mapping
from datetime import UTC, datetime
from typing import Any

import attrs

from gameplatform.testing._playnanoo_accounts import Accounts
from gameplatform.testing._playnanoo_common import Failure as _Failure
from gameplatform.testing._playnanoo_common import FakePlayer, Handler
from gameplatform.testing._playnanoo_common import json_field as _json_field
from gameplatform.testing._playnanoo_common import required as _required
from gameplatform.testing._playnanoo_leaderboard import Leaderboards
from gameplatform.testing._playnanoo_services import CloudFunction, Services
from gameplatform.testing._server import (
    FakeRequest,
    FakeResponse,
    FakeServer,
    Fault,
    check_times,
    json_response,
)

__all__ = ["DEFAULT_REFRESH_PATH", "FAILURE_STATUSES", "CloudFunction", "FakePlayer", "PlayNanooFake"]

DEFAULT_REFRESH_PATH = "/api/v20210601/token/refresh"

_GUEST_SIGN_IN = "/api/v20240401/guest/signin"
_EMAIL_SIGN_UP = "/api/v20240101/email/signup"
_EMAIL_SIGN_IN = "/api/v20240101/email/signin"
_SOCIAL_SIGN_IN = "/api/v20240101/social/signin"
_TOKEN_INFO = "/api/v20240401/token/info"
_TOKEN_STATUS = "/api/v20240401/token/status"
_TOKEN_SIGN_OUT = "/api/v20240401/token/signout"
_ACCOUNT_LINK = "/api/v20240401/link"
_SERVER_TIME = "/server_time/call"

FAILURE_STATUSES: Mapping[str, int] = {
    "10008": 400,
    "30000": 404,
    "30007": 403,
    "70002": 403,
    "Unauthorized": 401,
    "TokenExpired": 401,
    "InvalidToken": 401,
    "InvalidRefreshToken": 401,
    "RefreshTokenExpired": 401,
    "InvalidServiceKey": 403,
    "BadRequest": 400,
    "NotFound": 404,
    "StorageNotFound": 404,
}
"""``fail_next`` codes and the HTTP status the fake answers each with: the documented codes
(10008, 30000, 30007, 70002: their statuses are the fake's guess) and the fake's own."""

_FAILURE_MESSAGES: Mapping[str, str] = {
    "10008": "ExistsValueException",
    "30000": "NotFoundAccountException",
    "30007": "the account is being withdrawn",
    "70002": "the account is blocked",
    "TokenExpired": "the access token has expired",
    "InvalidRefreshToken": "the refresh token is not valid",
}
_FAILURE_EXTRAS: Mapping[str, Mapping[str, str]] = {
    "30007": {"WithdrawalKey": "wdr-injected"},
    "70002": {"BlockKey": "blk-injected"},
}


@attrs.define
class _Grant:
    player_uuid: str
    expires_at: float
    alive: bool = True


class PlayNanooFake(FakeServer):
    """PlayNANOO over loopback HTTP, with controls for tokens, account states and failures.

    ``refresh_calls`` counts requests to the refresh path.
    ``refresh_path`` must match the client's ``token_refresh_path`` setting.
    """

    platform = "playnanoo"

    def __init__(
        self,
        *,
        game_id: str = "fake-game",
        service_key: str = "fake-service-key",
        access_token_ttl: float = 600.0,
        refresh_token_ttl: float = 14 * 86400.0,
        refresh_path: str = DEFAULT_REFRESH_PATH,
        clock: Callable[[], float] = time.time,
        host: str = "127.0.0.1",
        port: int = 0,
    ) -> None:
        super().__init__(host=host, port=port)
        self.game_id = game_id
        self.service_key = service_key
        self.access_token_ttl = access_token_ttl
        self.refresh_token_ttl = refresh_token_ttl
        self.refresh_path = refresh_path
        self._clock = clock
        self._offset = 0.0
        self._changed = threading.Condition(self.lock)
        self._refresh_gate = threading.Event()
        self._refresh_gate.set()
        self.players: dict[str, FakePlayer] = {}
        self._by_link: dict[tuple[str, str], str] = {}
        self._access: dict[str, _Grant] = {}
        self._refresh: dict[str, _Grant] = {}
        self._public_storage: dict[str, str] = {}
        self._accounts = Accounts(self)
        self._leaderboards = Leaderboards(self)
        self._services = Services(self)
        self._coupons: dict[str, list[tuple[str, float]]] = {}
        self._receipts: set[str] = set()
        self.android_purchase_state = "purchase"
        self._answers: list[tuple[str, int]] = []
        self._routes: dict[str, tuple[str, bool, Handler]] = {
            _GUEST_SIGN_IN: ("PUT", False, self._guest_sign_in),
            _EMAIL_SIGN_UP: ("PUT", False, self._email_sign_up),
            _EMAIL_SIGN_IN: ("PUT", False, self._email_sign_in),
            _SOCIAL_SIGN_IN: ("PUT", False, self._social_sign_in),
            refresh_path: ("PUT", False, self._token_refresh),
            _TOKEN_INFO: ("GET", True, self._token_info),
            _TOKEN_STATUS: ("PUT", False, self._token_status),
            _TOKEN_SIGN_OUT: ("PUT", True, self._token_sign_out),
            _ACCOUNT_LINK: ("PUT", True, self._account_link),
            "/storage/v20221001/save": ("PUT", True, self._storage_save),
            "/storage/v20221001/load": ("PUT", True, self._storage_load),
            "/storage/v20221001/save/multi": ("PUT", True, self._storage_multi_save),
            "/storage/v20221001/load/multi": ("PUT", True, self._storage_multi_load),
            "/storage/v20211101/load/public": ("PUT", True, self._storage_public_load),
            "/storage/v20221001/playerDataLoad": ("PUT", True, self._storage_player_load),
            "/inbox/v20220901/items": ("PUT", True, self._inbox_items),
            "/inbox/v20220901/count": ("PUT", True, self._inbox_count),
            "/inbox/v20220901/show": ("PUT", True, self._inbox_show),
            "/inbox/v20220901/send": ("PUT", True, self._inbox_send),
            "/inbox/v20220901/consume/item": ("PUT", True, self._inbox_consume_item),
            "/inbox/v20220901/consume/multi": ("PUT", True, self._inbox_consume_multi),
            "/coupon/v20240301/search": ("PUT", True, self._coupon_use),
            "/currency/v20221101/currency/put": ("PUT", True, self._currency_add),
            "/currency/v20221101/currency/charge": ("PUT", True, self._currency_add),
            "/iap/v20221001/unity/android": ("PUT", True, self._iap_android),
            "/iap/v20221001/unity/ios": ("PUT", True, self._iap_ios),
            _SERVER_TIME: ("POST", True, self._server_time),
            **self._accounts.routes(),
            **self._leaderboards.routes(),
            **self._services.routes(),
        }

    # -- time ----------------------------------------------------------------------

    def now(self) -> float:
        """The fake's current time (unix seconds): ``clock()`` plus every :meth:`advance`."""
        return self._clock() + self._offset

    def advance(self, seconds: float) -> None:
        """Move the fake's time forward (tokens expire without anyone sleeping)."""
        with self.lock:
            self._offset += seconds

    # -- controls ------------------------------------------------------------------

    @property
    def refresh_calls(self) -> int:
        """How many requests reached the refresh path (answered, held or failed on purpose)."""
        return len(self.requests_to(self.refresh_path))

    def create_player(
        self,
        *,
        linked_type: str = "GUEST",
        linked_id: str | None = None,
        nickname: str = "",
        password: str | None = None,
    ) -> FakePlayer:
        """Create an account directly (as if it had signed up earlier)."""
        with self.lock:
            return self._create(linked_type, linked_id or secrets.token_hex(8), nickname, password)

    def player_by_uuid(self, uuid: str) -> FakePlayer:
        """The account with this UserUniqueID (``KeyError`` when none)."""
        with self.lock:
            return self.players[uuid]

    def issue_tokens(self, uuid: str) -> tuple[str, str]:
        """A fresh (access token, refresh token) pair for a player, as a sign-in would give."""
        with self.lock:
            return self._issue(uuid)

    def expire_access_tokens(self, uuid: str | None = None) -> None:
        """Expire every access token issued so far (or only one player's)."""
        with self.lock:
            now = self.now()
            for grant in self._access.values():
                if uuid is None or grant.player_uuid == uuid:
                    grant.expires_at = min(grant.expires_at, now)

    def expire_refresh_tokens(self, uuid: str | None = None) -> None:
        """Expire every refresh token issued so far (or only one player's)."""
        with self.lock:
            now = self.now()
            for grant in self._refresh.values():
                if uuid is None or grant.player_uuid == uuid:
                    grant.expires_at = min(grant.expires_at, now)

    def live_refresh_tokens(self, uuid: str) -> list[str]:
        """The player's refresh tokens that would still be accepted."""
        with self.lock:
            now = self.now()
            return [
                token
                for token, grant in self._refresh.items()
                if grant.player_uuid == uuid and grant.alive and grant.expires_at > now
            ]

    def block_player(
        self,
        uuid: str,
        *,
        block_key: str | None = None,
        reason: str = "blocked by the fake",
        seconds: float | None = None,
        services: Iterable[str] = ("all",),
    ) -> str:
        """Block a player: every call for it answers 70002 with this ``BlockKey`` (returned), until
        ``seconds`` have passed on the fake's clock (``None``: for good). ``block_reason`` reports
        ``reason`` and ``services``."""
        with self.lock:
            return self._accounts.block(
                uuid, key=block_key, reason=reason, seconds=seconds, services=services
            )

    def unblock_player(self, uuid: str) -> None:
        with self.lock:
            self._accounts.unblock(uuid)

    def mark_withdrawal(
        self, uuid: str, *, withdrawal_key: str | None = None, days: float = 7, memo: str = ""
    ) -> str:
        """Put a player in a withdrawal grace period of ``days``, as ``withdrawal_request`` does: calls
        answer 30007 with the ``WithdrawalKey`` (returned); when it ends the account is deleted."""
        with self.lock:
            return self._accounts.start_withdrawal(uuid, key=withdrawal_key, days=days, memo=memo)

    def cancel_withdrawal(self, uuid: str) -> None:
        with self.lock:
            self._accounts.cancel_withdrawal(uuid)

    def serves(self, method: str, path: str) -> bool:
        route = self._routes.get(path)
        return route is not None and route[0] == method

    def client_settings(self) -> dict[str, Any]:
        """Keyword arguments that build a :class:`~gameplatform.playnanoo.PlayNanooClient` for this
        fake (every host pointed at it): ``PlayNanooClient(**fake.client_settings())``."""
        return {
            "base_url": self.url,
            "game_id": self.game_id,
            "service_key": self.service_key,
            "token_refresh_path": self.refresh_path,
        }

    def fail_next(
        self,
        code: str | int | None,
        *,
        times: int = 1,
        status: int | None = None,
        message: str | None = None,
        path: str | None = None,
        headers: Mapping[str, str] | None = None,
        extra: Mapping[str, str] | None = None,
        error_code: str | int | None = None,
    ) -> None:
        """Answer the next ``times`` requests (to ``path``, or any) with this error instead.

        ``code`` is the body's ``ErrorCode``: a documented one (30000, 30007, 70002) or one
        of the fake's own (``"TokenExpired"``, ``"InvalidRefreshToken"``, …, see
        :data:`FAILURE_STATUSES`), each answered with its HTTP status; any other code needs
        ``status``. ``None`` answers an HTTP-only failure without ``ErrorCode`` (``status``
        required), e.g. ``fail_next(None, status=503)``. 30007 and 70002 carry a
        ``WithdrawalKey`` / ``BlockKey`` unless ``extra`` gives one.

        Older form: ``fail_next(status, error_code=…)`` (the first argument was the HTTP
        status); it still works, with a ``DeprecationWarning``.
        """
        if error_code is not None or (isinstance(code, int) and 100 <= code <= 599 and status is None):
            # The older form, fail_next(401, error_code="TokenExpired"): the HTTP status came
            # first. PlayNANOO's codes are 30000 and up or words, so an HTTP status is unambiguous.
            warnings.warn(
                "PlayNanooFake.fail_next(status, error_code=...) is deprecated: "
                "use fail_next(code, status=...)",
                DeprecationWarning,
                stacklevel=2,
            )
            code, status = error_code, int(code) if isinstance(code, int) else status
        times = check_times(times)
        payload: dict[str, Any] = {}
        if code is None:
            if status is None:
                raise ValueError("an HTTP-only failure (code=None) needs status=")
        else:
            known = FAILURE_STATUSES.get(str(code))
            if status is None:
                if known is None:
                    raise ValueError(f"unknown PlayNANOO error code {code!r}: pass status= for it")
                status = known
            payload["ErrorCode"] = str(code)
            payload.update(_FAILURE_EXTRAS.get(str(code), {}))
        payload["Message"] = (
            message if message is not None else _FAILURE_MESSAGES.get(str(code), "injected failure")
        )
        if extra:
            payload.update(extra)
        response = json_response(status, payload, headers)
        self.inject(*[Fault("respond", response, path=path) for _ in range(times)])

    def rate_limit_next(
        self, *, retry_after: float | None = 1, path: str | None = None, times: int = 1
    ) -> None:
        """Answer the next ``times`` requests with 429 (``Retry-After`` when given)."""
        headers = {} if retry_after is None else {"Retry-After": _number(retry_after)}
        self.fail_next(None, status=429, message="Too Many Requests", path=path, times=times, headers=headers)

    def pause_refresh(self) -> None:
        """Hold every refresh request unanswered until :meth:`resume_refresh`."""
        self._refresh_gate.clear()

    def resume_refresh(self) -> None:
        self._refresh_gate.set()

    def wait_until(self, predicate: Callable[[], bool], *, timeout: float = 10.0) -> bool:
        """Wait (woken by each request) until ``predicate()`` holds; False after ``timeout``."""
        with self._changed:
            return self._changed.wait_for(predicate, timeout)

    def count(self, path: str, *, status: int | None = None) -> int:
        """How many requests reached ``path`` (the fake's own answers only when ``status`` is given)."""
        with self.lock:
            if status is None:
                return len(self.requests_to(path))
            return sum(1 for (p, s) in self._answers if p == path and s == status)

    def set_public_storage(self, storage_key: str, storage_value: str) -> None:
        """Game-wide public data, as set in the console (read with the public load)."""
        with self.lock:
            self._public_storage[storage_key] = storage_value

    def add_coupon(self, code: str, rewards: Mapping[str, float]) -> None:
        """A coupon each player can use once, granting ``rewards`` (item code → count)."""
        with self.lock:
            self._coupons[code] = list(rewards.items())

    def rotate_leaderboard(self, uid: str) -> int:
        """End the table's season; returns the number of the season that ended."""
        with self.lock:
            return self._leaderboards.rotate(uid)

    def set_remote_config(
        self,
        table_code: str,
        variables: Mapping[str, str | int | float | bool],
        *,
        descriptions: Mapping[str, str] | None = None,
    ) -> None:
        """A remote config table, as set in the console (read with ``remote_config_load``)."""
        with self.lock:
            self._services.set_remote_config(table_code, variables, descriptions or {})

    def set_currency_defaults(self, amounts: Mapping[str, float]) -> None:
        """The amounts ``currency_init`` resets a player's currencies to (none by default)."""
        with self.lock:
            self._services.currency_defaults = {code: float(amount) for code, amount in amounts.items()}

    def add_cloud_code_function(
        self, table_code: str, name: str, function: CloudFunction, *, version: str = "1"
    ) -> None:
        """A cloud code function ``cloud_code_run`` can call: ``function(arguments, player_uuid)``
        returns the result (a JSON value); what it raises becomes the run's ``Error``. Every table
        also has the built-in ``echo``."""
        with self.lock:
            self._services.functions[(table_code, name)] = (function, version)

    def game_logs(self, table_code: str) -> list[dict[str, Any]]:
        """The rows ``game_log_save`` wrote to a table, oldest first: ``{"player_uuid", "logged_at",
        "values"}``."""
        with self.lock:
            return [
                {**row, "values": dict(row["values"])} for row in self._services.game_logs.get(table_code, [])
            ]

    # -- the platform --------------------------------------------------------------

    def handle(self, request: FakeRequest) -> FakeResponse:
        with self._changed:
            self._changed.notify_all()
        if request.path == self.refresh_path:
            # Outside the lock: a paused refresh must not stall other requests.
            while not self._refresh_gate.wait(0.05):
                if self._stopping.is_set():
                    return FakeResponse(503, b"fake stopping")
        with self._changed:
            response = self._answer(request)
            self._answers.append((request.path, response.status))
            self._changed.notify_all()
            return response

    def _answer(self, request: FakeRequest) -> FakeResponse:
        try:
            if (
                request.header("X-Playnanoo-Key") != self.service_key
                or request.header("X-Playnanoo-Id") != self.game_id
            ):
                raise _Failure(403, "InvalidServiceKey", "unknown service key or game id")
            route = self._routes.get(request.path)
            if route is None:
                raise _Failure(404, "NotFound", "no such API")
            method, needs_token, handler = route
            if request.method != method:
                raise _Failure(405, "MethodNotAllowed", f"use {method}")
            self._accounts.sweep()
            body = self._body(request)
            player = self._authenticate(request, body) if needs_token else None
            result = handler(body, player)
            return json_response(200, result)
        except _Failure as failure:
            payload = {"ErrorCode": failure.code, "Message": failure.message, **failure.extra}
            return json_response(failure.status, payload)

    def _body(self, request: FakeRequest) -> dict[str, Any]:
        content_type = (request.header("Content-Type") or "").split(";")[0].strip()
        if content_type != "application/json":
            raise _Failure(400, "BadRequest", "Content-Type must be application/json")
        try:
            body = request.json()
        except ValueError:
            raise _Failure(400, "BadRequest", "the body is not JSON") from None
        if not isinstance(body, dict):
            raise _Failure(400, "BadRequest", "the body must be a JSON object")
        if not body.get("device_id"):
            raise _Failure(400, "BadRequest", "device_id is required")
        if body.get("platform") not in ("aos", "ios"):
            raise _Failure(400, "BadRequest", "platform must be aos or ios")
        return body

    def _authenticate(self, request: FakeRequest, body: Mapping[str, Any]) -> FakePlayer:
        header = request.header("Authorization") or ""
        scheme, _, token = header.partition(" ")
        if scheme != "Bearer" or not token:
            raise _Failure(401, "Unauthorized", "Authorization: Bearer <access token> is required")
        grant = self._access.get(token)
        if grant is None or not grant.alive:
            raise _Failure(401, "InvalidToken", "the access token is not valid")
        if self.now() >= grant.expires_at:
            raise _Failure(401, "TokenExpired", "the access token has expired")
        player = self.players[grant.player_uuid]
        self._check_state(player)
        uuid = body.get("uuid")
        if uuid and uuid != player.uuid:
            raise _Failure(400, "BadRequest", "uuid does not belong to the access token's player")
        player.last_seen = self.now()
        return player

    def _check_state(self, player: FakePlayer) -> None:
        self._accounts.check(player)

    def _delete_account(self, uuid: str) -> None:
        """The account is gone (its withdrawal went through): its links and tokens with it."""
        self.players.pop(uuid, None)
        for link in [link for link, owner in self._by_link.items() if owner == uuid]:
            del self._by_link[link]
        for grant in [*self._access.values(), *self._refresh.values()]:
            if grant.player_uuid == uuid:
                grant.alive = False

    def _token_player(self, access_token: str) -> str | None:
        """The UserUniqueID behind a live access token."""
        grant = self._access.get(access_token)
        if grant is None or not grant.alive or self.now() >= grant.expires_at:
            return None
        return grant.player_uuid

    def _create(self, linked_type: str, linked_id: str, nickname: str, password: str | None) -> FakePlayer:
        uuid = "pn-" + secrets.token_hex(6)
        player = FakePlayer(
            uuid=uuid,
            linked_type=linked_type,
            linked_id=linked_id,
            nickname=nickname or f"player-{uuid[-4:]}",
            open_id="open-" + secrets.token_hex(6),
            password=password,
        )
        self.players[uuid] = player
        self._by_link[(linked_type, linked_id)] = uuid
        return player

    def _issue(self, uuid: str) -> tuple[str, str]:
        now = self.now()
        access = "pn-at-" + secrets.token_urlsafe(18)
        refresh = "pn-rt-" + secrets.token_urlsafe(24)
        self._access[access] = _Grant(uuid, now + self.access_token_ttl)
        self._refresh[refresh] = _Grant(uuid, now + self.refresh_token_ttl)
        return access, refresh

    def _session(self, player: FakePlayer, tokens: tuple[str, str] | None = None) -> dict[str, Any]:
        access, refresh = tokens or self._issue(player.uuid)
        player.last_seen = self.now()
        return {"Token": {"AccessToken": access, "RefreshToken": refresh}, "Player": self._profile(player)}

    @staticmethod
    def _profile(player: FakePlayer) -> dict[str, Any]:
        return {
            "UserUniqueID": player.uuid,
            "OpenID": player.open_id,
            "Nickname": player.nickname,
            "LinkedID": player.linked_id,
            "LinkedType": player.linked_type,
            "PurchaseCount": 0,
            "PurchaseCurrencyCode": "",
            "PurchaseTotalPrice": 0.0,
            "PurchaseVoidedCount": 0,
            "PurchaseVoidedCurrencyCode": "",
            "PurchaseVoidedTotalPrice": 0.0,
            "Country": player.country,
            "Timezone": "UTC",
            "Offset": 0,
            "JoinPeriod": 0,
        }

    # -- accounts and tokens -------------------------------------------------------

    def _guest_sign_in(self, body: dict[str, Any], _: FakePlayer | None) -> Any:
        linked_id = _required(body, "linked_id")
        uuid = self._by_link.get(("GUEST", linked_id))
        player = (
            self.players[uuid] if uuid else self._create("GUEST", linked_id, body.get("nickname", ""), None)
        )
        self._check_state(player)
        return self._session(player)

    def _email_sign_up(self, body: dict[str, Any], _: FakePlayer | None) -> Any:
        email = _required(body, "linked_id")
        password = _required(body, "linked_password")
        if ("EMAIL", email) in self._by_link:
            raise _Failure(400, "AccountExists", "an account with this email exists")
        return self._session(self._create("EMAIL", email, body.get("nickname", ""), password))

    def _email_sign_in(self, body: dict[str, Any], _: FakePlayer | None) -> Any:
        email = _required(body, "linked_id")
        password = _required(body, "linked_password")
        uuid = self._by_link.get(("EMAIL", email))
        if uuid is None:
            raise _Failure(404, "30000", "NotFoundAccountException")
        player = self.players[uuid]
        if not secrets.compare_digest(player.password or "", password):
            raise _Failure(401, "InvalidPassword", "the password does not match")
        self._check_state(player)
        return self._session(player)

    def _social_sign_in(self, body: dict[str, Any], _: FakePlayer | None) -> Any:
        account_type = _required(body, "account_type").upper()
        account_token = _required(body, "account_token")
        # The fake treats the provider token as the identity; a real provider token is verified.
        identity = hashlib.sha256(account_token.encode()).hexdigest()[:16]
        uuid = self._by_link.get((account_type, identity))
        player = self.players[uuid] if uuid else self._create(account_type, identity, "", None)
        self._check_state(player)
        return self._session(player)

    def _token_refresh(self, body: dict[str, Any], _: FakePlayer | None) -> Any:
        refresh = _required(body, "refresh_token")
        grant = self._refresh.get(refresh)
        if grant is None or not grant.alive:
            raise _Failure(401, "InvalidRefreshToken", "the refresh token is not valid")
        if self.now() >= grant.expires_at:
            raise _Failure(401, "RefreshTokenExpired", "the refresh token has expired; sign in again")
        player = self.players[grant.player_uuid]
        self._check_state(player)
        grant.alive = False
        return self._session(player)

    def _token_info(self, body: dict[str, Any], player: FakePlayer | None) -> Any:
        assert player is not None
        access = _required(body, "access_token")
        grant = self._access.get(access)
        if grant is None or grant.player_uuid != player.uuid:
            raise _Failure(400, "BadRequest", "access_token does not match the Authorization header")
        refresh = next((t for t, g in self._refresh.items() if g.player_uuid == player.uuid and g.alive), "")
        return {"Token": {"AccessToken": access, "RefreshToken": refresh}, "Player": self._profile(player)}

    def _token_status(self, body: dict[str, Any], _: FakePlayer | None) -> Any:
        access = _required(body, "access_token")
        grant = self._access.get(access)
        if grant is None or not grant.alive:
            return {"Status": "invalid"}
        player = self.players[grant.player_uuid]
        if player.blocked_key is not None:
            raise _Failure(403, "70002", "the account is blocked", BlockKey=player.blocked_key)
        result: dict[str, Any] = {"Status": "expired" if self.now() >= grant.expires_at else "valid"}
        if player.withdrawal_key is not None:
            result["WithdrawalKey"] = player.withdrawal_key
        return result

    def _token_sign_out(self, body: dict[str, Any], player: FakePlayer | None) -> Any:
        assert player is not None
        for grant in [*self._access.values(), *self._refresh.values()]:
            if grant.player_uuid == player.uuid:
                grant.alive = False
        return {"Status": "success"}

    def _account_link(self, body: dict[str, Any], player: FakePlayer | None) -> Any:
        assert player is not None
        external = _required(body, "request_uuid")
        account_type = body.get("account_type") or "LINK"
        owner = self._by_link.get((account_type, external))
        if owner is not None and owner != player.uuid:
            raise _Failure(400, "AlreadyLinked", "this id is linked to another account")
        self._by_link[(account_type, external)] = player.uuid
        player.links.add(external)
        return {"Status": "success"}

    # -- storage -------------------------------------------------------------------

    def _storage_save(self, body: dict[str, Any], player: FakePlayer | None) -> Any:
        assert player is not None
        key = _required(body, "storage_key")
        value = body.get("storage_value")
        if not isinstance(value, str):
            raise _Failure(400, "BadRequest", "storage_value must be a string")
        private = body.get("isPrivate")
        if private not in ("on", "off"):
            raise _Failure(400, "BadRequest", "isPrivate must be on or off")
        player.storage[key] = (value, private == "on")
        return {"Status": "success"}

    def _storage_load(self, body: dict[str, Any], player: FakePlayer | None) -> Any:
        assert player is not None
        key = _required(body, "storage_key")
        if key not in player.storage:
            raise _Failure(404, "StorageNotFound", "no value under this key")
        return {"PlayerId": player.uuid, "StorageKey": key, "StorageValue": player.storage[key][0]}

    def _storage_multi_save(self, body: dict[str, Any], player: FakePlayer | None) -> Any:
        assert player is not None
        document = _json_field(body, "storage_items")
        items = document.get("Items") if isinstance(document, dict) else None
        if not isinstance(items, list) or not items:
            raise _Failure(400, "BadRequest", "storage_items must hold a non-empty Items list")
        parsed = []
        for item in items:
            if (
                not isinstance(item, dict)
                or not isinstance(item.get("StorageKey"), str)
                or not item["StorageKey"]
                or not isinstance(item.get("StorageValue"), str)
                or not isinstance(item.get("IsPrivate"), bool)
            ):
                raise _Failure(400, "BadRequest", "each item needs StorageKey, StorageValue, IsPrivate")
            parsed.append((item["StorageKey"], item["StorageValue"], item["IsPrivate"]))
        for key, value, private in parsed:
            player.storage[key] = (value, private)
        return {"Status": "success"}

    def _storage_multi_load(self, body: dict[str, Any], player: FakePlayer | None) -> Any:
        assert player is not None
        keys = body.get("storage_keys")
        if not isinstance(keys, list) or not all(isinstance(k, str) for k in keys):
            raise _Failure(400, "BadRequest", "storage_keys must be a list of strings")
        return {
            "Items": [
                {"PlayerId": player.uuid, "StorageKey": k, "StorageValue": player.storage[k][0]}
                for k in keys
                if k in player.storage
            ]
        }

    def _storage_public_load(self, body: dict[str, Any], _: FakePlayer | None) -> Any:
        # Cloud save's public load (storage host) and remote config (api host) share this path:
        # a remote config table is public data under "RemoteConfig_{table}".
        key = _required(body, "storage_key")
        remote_config = self._services.remote_config(key)
        if remote_config is not None:
            return remote_config
        if key not in self._public_storage:
            raise _Failure(404, "StorageNotFound", "no public value under this key")
        return {"StorageKey": key, "StorageValue": self._public_storage[key]}

    def _storage_player_load(self, body: dict[str, Any], _: FakePlayer | None) -> Any:
        other = self.players.get(_required(body, "player_uuid"))
        key = _required(body, "storage_key")
        if other is None or key not in other.storage:
            raise _Failure(404, "StorageNotFound", "no value under this key")
        value, private = other.storage[key]
        if private:
            raise _Failure(403, "PrivateStorage", "this value is private")
        return {"PlayerId": other.uuid, "StorageKey": key, "StorageValue": value}

    # -- inbox ---------------------------------------------------------------------

    def _live_entries(self, player: FakePlayer, table: str) -> list[dict[str, Any]]:
        now = self.now()
        entries = [e for e in player.inbox.get(table, []) if e["expire_at"] > now]
        player.inbox[table] = entries
        return entries

    def _find_entry(self, player: FakePlayer, item_key: str) -> tuple[str, dict[str, Any]]:
        for table in list(player.inbox):
            for entry in self._live_entries(player, table):
                if entry["item_key"] == item_key:
                    return table, entry
        raise _Failure(404, "InboxItemNotFound", "no such inbox entry")

    def _inbox_items(self, body: dict[str, Any], player: FakePlayer | None) -> Any:
        assert player is not None
        now = self.now()
        entries = self._live_entries(player, _required(body, "table_code"))
        return {
            "items": [
                {
                    "type": e["type"],
                    "item_key": e["item_key"],
                    "items": e["items"],
                    "messages": e["messages"],
                    "expire_sec": int(e["expire_at"] - now),
                }
                for e in entries
            ]
        }

    def _inbox_count(self, body: dict[str, Any], player: FakePlayer | None) -> Any:
        assert player is not None
        return {"count": len(self._live_entries(player, _required(body, "table_code")))}

    def _inbox_show(self, body: dict[str, Any], player: FakePlayer | None) -> Any:
        assert player is not None
        _, entry = self._find_entry(player, _required(body, "item_key"))
        return {"items": entry["items"], "messages": entry["messages"]}

    def _inbox_send(self, body: dict[str, Any], player: FakePlayer | None) -> Any:
        assert player is not None
        table = _required(body, "table_code")
        period = body.get("period")
        if isinstance(period, bool) or not isinstance(period, int) or period < 1:
            raise _Failure(400, "BadRequest", "period must be a positive number of days")
        document = _json_field(body, "items")
        items = document.get("items") if isinstance(document, dict) else None
        if not isinstance(items, list) or not items:
            raise _Failure(400, "BadRequest", "items must hold a non-empty items list")
        messages = document.get("messages") or []
        entry = {
            "type": "item",
            "item_key": "ib-" + secrets.token_hex(8),
            "items": [{"item_code": i["item_code"], "item_count": i["item_count"]} for i in items],
            "messages": list(messages),
            "expire_at": self.now() + period * 86400,
        }
        player.inbox.setdefault(table, []).append(entry)
        return {"status": "success"}

    def _inbox_consume_item(self, body: dict[str, Any], player: FakePlayer | None) -> Any:
        assert player is not None
        table, entry = self._find_entry(player, _required(body, "item_key"))
        player.inbox[table].remove(entry)
        return {"items": entry["items"]}

    def _inbox_consume_multi(self, body: dict[str, Any], player: FakePlayer | None) -> Any:
        assert player is not None
        keys = [k for k in _required(body, "item_keys").split(",") if k]
        found = [self._find_entry(player, key) for key in keys]  # all or nothing
        items: list[dict[str, Any]] = []
        for table, entry in found:
            player.inbox[table].remove(entry)
            items.extend(entry["items"])
        return {"items": items}

    # -- coupon, currency, purchases, time -----------------------------------------

    def _coupon_use(self, body: dict[str, Any], player: FakePlayer | None) -> Any:
        assert player is not None
        code = _required(body, "code")
        rewards = self._coupons.get(code)
        if rewards is None:
            raise _Failure(404, "CouponNotFound", "no such coupon")
        if code in player.used_coupons:
            raise _Failure(400, "CouponAlreadyUsed", "this player used the coupon already")
        player.used_coupons.add(code)
        return {"Items": [{"item_code": item, "item_count": count} for item, count in rewards]}

    def _currency_add(self, body: dict[str, Any], player: FakePlayer | None) -> Any:
        assert player is not None
        document = _json_field(body, "items")
        changes = document.get("items") if isinstance(document, dict) else None
        if not isinstance(changes, list) or not changes:
            raise _Failure(400, "BadRequest", "items must hold a non-empty items list")
        for change in changes:
            code, amount = change.get("currency_code"), change.get("currency_amount")
            if not isinstance(code, str) or isinstance(amount, bool) or not isinstance(amount, int | float):
                raise _Failure(400, "BadRequest", "each item needs currency_code and currency_amount")
        for change in changes:
            code = change["currency_code"]
            player.currency[code] = player.currency.get(code, 0.0) + float(change["currency_amount"])
        return {
            "items": [
                {"currency_code": code, "currency_amount": amount}
                for code, amount in sorted(player.currency.items())
            ]
        }

    def _purchase(self, receipt: str, duplicate_allow: object) -> str:
        if duplicate_allow not in ("Y", "N"):
            raise _Failure(400, "BadRequest", "duplicate_allow must be Y or N")
        if receipt in self._receipts and duplicate_allow == "N":
            raise _Failure(400, "DuplicateReceipt", "this receipt was validated before")
        self._receipts.add(receipt)
        return hashlib.sha256(receipt.encode()).hexdigest()[:20]

    def _iap_android(self, body: dict[str, Any], player: FakePlayer | None) -> Any:
        assert player is not None
        receipt = _required(body, "receipt")
        digest = self._purchase(receipt, body.get("duplicate_allow"))
        product = _product_id(receipt)
        return {
            "UserID": player.uuid,
            "PackageName": "com.example.fake",
            "OrderID": f"GPA.{digest}",
            "ProductID": product,
            "Currency": "KRW",
            "Quantity": "1",
            "Price": "1000",
            "PurchaseState": self.android_purchase_state,
        }

    def _iap_ios(self, body: dict[str, Any], player: FakePlayer | None) -> Any:
        assert player is not None
        receipt = _required(body, "receipt")
        product = _required(body, "product_id")
        currency = _required(body, "currency")
        price = _required(body, "price")
        digest = self._purchase(receipt, body.get("duplicate_allow"))
        return {
            "UserID": player.uuid,
            "PackageName": "com.example.fake",
            "OrderID": digest,
            "ProductID": product,
            "Currency": currency,
            "Price": price,
        }

    def _server_time(self, body: dict[str, Any], _: FakePlayer | None) -> Any:
        _required(body, "udid")
        now = self.now()
        moment = datetime.fromtimestamp(now, tz=UTC)
        return {
            "code": 200,
            "message": 0,
            "value": {
                "timezone": "UTC",
                "timestamp": int(now),
                "ISO_8601_date": moment.isoformat(timespec="seconds"),
                "date": moment.strftime("%Y-%m-%d"),
                "year": moment.strftime("%Y"),
                "month": moment.strftime("%m"),
                "day": moment.strftime("%d"),
                "hour": moment.strftime("%H"),
                "minute": moment.strftime("%M"),
                "second": moment.strftime("%S"),
            },
        }


def _product_id(receipt: str) -> str:
    """The product id inside a Play purchase JSON or a Unity IAP receipt, when there is one."""
    try:
        document = json.loads(receipt)
    except ValueError:
        return "unknown"
    for _ in range(3):
        if not isinstance(document, dict):
            break
        for key in ("productId", "ProductID", "product_id"):
            if isinstance(document.get(key), str):
                return str(document[key])
        inner = document.get("Payload") or document.get("json")
        if not isinstance(inner, str):
            break
        try:
            document = json.loads(inner)
        except ValueError:
            break
    return "unknown"


def _number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else str(value)
