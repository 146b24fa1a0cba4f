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

This module holds :class:`PlayNanooFake` itself: its controls, its clock, the hold on refresh
requests and the log of answers. The rest is in private modules beside it: the checks every
request goes through (``_playnanoo_gateway``); the platform's services, each a part with its
routes and state: sign-in and tokens (``_playnanoo_sessions``), nicknames, withdrawals and
blocks (``_playnanoo_accounts``), cloud save (``_playnanoo_storage``), the inbox
(``_playnanoo_inbox``), currencies (``_playnanoo_currency``), coupons and receipts
(``_playnanoo_purchases``), leaderboards (``_playnanoo_leaderboard``), friends, remote config,
game logs, cloud code and server time (``_playnanoo_services``); what the parts share
(``_playnanoo_common``); and the answers of ``fail_next`` (``_playnanoo_failures``).
"""

from __future__ import annotations

import secrets
import threading
import time
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from gameplatform.testing._playnanoo_accounts import Accounts
from gameplatform.testing._playnanoo_common import FakePlayer, Route
from gameplatform.testing._playnanoo_currency import Currency
from gameplatform.testing._playnanoo_failures import FAILURE_STATUSES, injected_failures, retry_after_headers
from gameplatform.testing._playnanoo_gateway import Gateway
from gameplatform.testing._playnanoo_inbox import Inbox
from gameplatform.testing._playnanoo_leaderboard import Leaderboards
from gameplatform.testing._playnanoo_purchases import Purchases
from gameplatform.testing._playnanoo_services import CloudFunction, Services
from gameplatform.testing._playnanoo_sessions import Sessions
from gameplatform.testing._playnanoo_storage import Storage
from gameplatform.testing._server import FakeRequest, FakeResponse, FakeServer

__all__ = ["DEFAULT_REFRESH_PATH", "FAILURE_STATUSES", "CloudFunction", "FakePlayer", "PlayNanooFake"]

DEFAULT_REFRESH_PATH = "/api/v20210601/token/refresh"


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
        self.clock = self.now  # the Date header tells the fake's time, advances included
        self._changed = threading.Condition(self.lock)
        self._refresh_gate = threading.Event()
        self._refresh_gate.set()
        self.players: dict[str, FakePlayer] = {}
        self.android_purchase_state = "purchase"
        self._answers: list[tuple[str, int]] = []
        # The platform's services, each with its routes and state; the fake holds its lock
        # around every call into them.
        self._accounts = Accounts(self)
        self._sessions = Sessions(self, self._accounts)
        self._services = Services(self)
        self._storage = Storage(self, self._services)
        self._inbox = Inbox(self)
        self._purchases = Purchases(self)
        self._currency = Currency()
        self._leaderboards = Leaderboards(self)
        self._routes: dict[str, Route] = {
            **self._sessions.routes(refresh_path),
            **self._storage.routes(),
            **self._inbox.routes(),
            **self._purchases.routes(),
            **self._currency.routes(),
            **self._accounts.routes(),
            **self._leaderboards.routes(),
            **self._services.routes(),
        }
        self._gateway = Gateway(self, self._routes, accounts=self._accounts, sessions=self._sessions)

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
            return self._sessions.create(linked_type, linked_id or secrets.token_hex(8), nickname, password)

    def player_by_uuid(self, uuid: str) -> FakePlayer:
        """The account with this UserUniqueID (``KeyError`` when none)."""
        with self.lock:
            return self.players[uuid]

    def issue_tokens(self, uuid: str) -> tuple[str, str]:
        """A fresh (access token, refresh token) pair for a player, as a sign-in would give."""
        with self.lock:
            return self._sessions.issue(uuid)

    def expire_access_tokens(self, uuid: str | None = None) -> None:
        """Expire every access token issued so far (or only one player's)."""
        with self.lock:
            self._sessions.expire(self._sessions.access, uuid)

    def expire_refresh_tokens(self, uuid: str | None = None) -> None:
        """Expire every refresh token issued so far (or only one player's)."""
        with self.lock:
            self._sessions.expire(self._sessions.refresh, uuid)

    def live_refresh_tokens(self, uuid: str) -> list[str]:
        """The player's refresh tokens that would still be accepted."""
        with self.lock:
            return self._sessions.live_refresh_tokens(uuid)

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
        faults = injected_failures(
            code,
            times=times,
            status=status,
            message=message,
            path=path,
            headers=headers,
            extra=extra,
            error_code=error_code,
        )
        self.inject(*faults)

    def rate_limit_next(
        self, *, retry_after: float | None = 1, path: str | None = None, times: int = 1
    ) -> None:
        """Answer the next ``times`` requests with 429 (``Retry-After`` when given)."""
        headers = retry_after_headers(retry_after)
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
            self._storage.public[storage_key] = storage_value

    def add_coupon(self, code: str, rewards: Mapping[str, float]) -> None:
        """A coupon each player can use once, granting ``rewards`` (item code → count)."""
        with self.lock:
            self._purchases.coupons[code] = list(rewards.items())

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
            self._currency.defaults = {code: float(amount) for code, amount in amounts.items()}

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
            response = self._gateway.answer(request)
            self._answers.append((request.path, response.status))
            self._changed.notify_all()
            return response

    # -- what the parts read from the fake (FakeState) -----------------------------

    def _delete_account(self, uuid: str) -> None:
        self._sessions.delete_account(uuid)

    def _token_player(self, access_token: str) -> str | None:
        return self._sessions.token_player(access_token)
