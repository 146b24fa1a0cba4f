"""The PlayNANOO fake's sign-ins and tokens: accounts by linked id, rotating per-player tokens.

Guest, email and social sign-in and sign-up, the token refresh (a refresh retires the refresh
token it used), token info, status and sign-out, account linking, and the bearer check every
player call goes through.
"""

from __future__ import annotations

import hashlib
import secrets
from collections.abc import Mapping
from typing import Any

import attrs

from gameplatform.testing._playnanoo_accounts import Accounts
from gameplatform.testing._playnanoo_common import Failure, FakePlayer, FakeState, Route, required
from gameplatform.testing._server import FakeRequest

__all__ = ["Grant", "Sessions", "profile"]

_GUEST_SIGN_IN = "/api/v20240401/guest/signin"
_EMAIL_SIGN_UP = "/api/v20240101/email/signup"
_EMAIL_SIGN_IN = "/api/v20240101/email/signin"
_SOCIAL_SIGN_IN = "/api/v20240101/social/signin"
_TOKEN_INFO = "/api/v20240401/token/info"
_TOKEN_STATUS = "/api/v20240401/token/status"
_TOKEN_SIGN_OUT = "/api/v20240401/token/signout"
_ACCOUNT_LINK = "/api/v20240401/link"


@attrs.define
class Grant:
    """An issued access or refresh token: whose, until when, and whether it is still in use."""

    player_uuid: str
    expires_at: float
    alive: bool = True


def profile(player: FakePlayer) -> dict[str, Any]:
    """The ``Player`` object of a sign-in answer."""
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


class Sessions:
    """Sign-in and token routes, the accounts' links and the tokens issued (under the fake's lock)."""

    def __init__(self, state: FakeState, accounts: Accounts) -> None:
        self._state = state
        self._accounts = accounts
        self.by_link: dict[tuple[str, str], str] = {}
        """(linked type, linked id) → the account's UserUniqueID."""
        self.access: dict[str, Grant] = {}
        self.refresh: dict[str, Grant] = {}

    def routes(self, refresh_path: str) -> dict[str, Route]:
        return {
            _GUEST_SIGN_IN: ("PUT", False, self._guest_sign_in),
            _EMAIL_SIGN_UP: ("PUT", False, self._email_sign_up),
            _EMAIL_SIGN_IN: ("PUT", False, self._email_sign_in),
            _SOCIAL_SIGN_IN: ("PUT", False, self._social_sign_in),
            refresh_path: ("PUT", False, self._token_refresh),
            _TOKEN_INFO: ("GET", True, self._token_info),
            _TOKEN_STATUS: ("PUT", False, self._token_status),
            _TOKEN_SIGN_OUT: ("PUT", True, self._token_sign_out),
            _ACCOUNT_LINK: ("PUT", True, self._account_link),
        }

    # -- accounts and tokens (the fake's controls and its request handling use these) ----

    def create(self, linked_type: str, linked_id: str, nickname: str, password: str | None) -> FakePlayer:
        uuid = "pn-" + secrets.token_hex(6)
        player = FakePlayer(
            uuid=uuid,
            linked_type=linked_type,
            linked_id=linked_id,
            nickname=nickname or f"player-{uuid[-4:]}",
            open_id="open-" + secrets.token_hex(6),
            password=password,
        )
        self._state.players[uuid] = player
        self.by_link[(linked_type, linked_id)] = uuid
        return player

    def issue(self, uuid: str) -> tuple[str, str]:
        """A fresh (access token, refresh token) pair for the player."""
        now = self._state.now()
        access = "pn-at-" + secrets.token_urlsafe(18)
        refresh = "pn-rt-" + secrets.token_urlsafe(24)
        self.access[access] = Grant(uuid, now + self._state.access_token_ttl)
        self.refresh[refresh] = Grant(uuid, now + self._state.refresh_token_ttl)
        return access, refresh

    def expire(self, grants: Mapping[str, Grant], uuid: str | None) -> None:
        """Expire every token of ``grants`` (``access`` or ``refresh``), or only one player's."""
        now = self._state.now()
        for grant in grants.values():
            if uuid is None or grant.player_uuid == uuid:
                grant.expires_at = min(grant.expires_at, now)

    def live_refresh_tokens(self, uuid: str) -> list[str]:
        now = self._state.now()
        return [
            token
            for token, grant in self.refresh.items()
            if grant.player_uuid == uuid and grant.alive and grant.expires_at > now
        ]

    def authenticate(self, request: FakeRequest, body: Mapping[str, Any]) -> FakePlayer:
        """The player behind the call's ``Authorization: Bearer`` access token (401 otherwise)."""
        header = request.header("Authorization") or ""
        scheme, _, token = header.partition(" ")
        if scheme != "Bearer" or not token:
            raise Failure(401, "Unauthorized", "Authorization: Bearer <access token> is required")
        grant = self.access.get(token)
        if grant is None or not grant.alive:
            raise Failure(401, "InvalidToken", "the access token is not valid")
        if self._state.now() >= grant.expires_at:
            raise Failure(401, "TokenExpired", "the access token has expired")
        player = self._state.players[grant.player_uuid]
        self._accounts.check(player)
        uuid = body.get("uuid")
        if uuid and uuid != player.uuid:
            raise Failure(400, "BadRequest", "uuid does not belong to the access token's player")
        player.last_seen = self._state.now()
        return player

    def delete_account(self, uuid: str) -> None:
        """The account is gone (its withdrawal went through): its links and tokens with it."""
        self._state.players.pop(uuid, None)
        for link in [link for link, owner in self.by_link.items() if owner == uuid]:
            del self.by_link[link]
        for grant in [*self.access.values(), *self.refresh.values()]:
            if grant.player_uuid == uuid:
                grant.alive = False

    def token_player(self, access_token: str) -> str | None:
        """The UserUniqueID behind a live access token."""
        grant = self.access.get(access_token)
        if grant is None or not grant.alive or self._state.now() >= grant.expires_at:
            return None
        return grant.player_uuid

    def _session(self, player: FakePlayer, tokens: tuple[str, str] | None = None) -> dict[str, Any]:
        access, refresh = tokens or self.issue(player.uuid)
        player.last_seen = self._state.now()
        return {"Token": {"AccessToken": access, "RefreshToken": refresh}, "Player": profile(player)}

    # -- sign-in -----------------------------------------------------------------------

    def _guest_sign_in(self, body: dict[str, Any], _: FakePlayer | None) -> Any:
        linked_id = required(body, "linked_id")
        uuid = self.by_link.get(("GUEST", linked_id))
        player = (
            self._state.players[uuid]
            if uuid
            else self.create("GUEST", linked_id, body.get("nickname", ""), None)
        )
        self._accounts.check(player)
        return self._session(player)

    def _email_sign_up(self, body: dict[str, Any], _: FakePlayer | None) -> Any:
        email = required(body, "linked_id")
        password = required(body, "linked_password")
        if ("EMAIL", email) in self.by_link:
            raise Failure(400, "AccountExists", "an account with this email exists")
        return self._session(self.create("EMAIL", email, body.get("nickname", ""), password))

    def _email_sign_in(self, body: dict[str, Any], _: FakePlayer | None) -> Any:
        email = required(body, "linked_id")
        password = required(body, "linked_password")
        uuid = self.by_link.get(("EMAIL", email))
        if uuid is None:
            raise Failure(404, "30000", "NotFoundAccountException")
        player = self._state.players[uuid]
        if not secrets.compare_digest(player.password or "", password):
            raise Failure(401, "InvalidPassword", "the password does not match")
        self._accounts.check(player)
        return self._session(player)

    def _social_sign_in(self, body: dict[str, Any], _: FakePlayer | None) -> Any:
        account_type = required(body, "account_type").upper()
        account_token = required(body, "account_token")
        # The fake treats the provider token as the identity; a real provider token is verified.
        identity = hashlib.sha256(account_token.encode()).hexdigest()[:16]
        uuid = self.by_link.get((account_type, identity))
        player = self._state.players[uuid] if uuid else self.create(account_type, identity, "", None)
        self._accounts.check(player)
        return self._session(player)

    # -- tokens ------------------------------------------------------------------------

    def _token_refresh(self, body: dict[str, Any], _: FakePlayer | None) -> Any:
        refresh = required(body, "refresh_token")
        grant = self.refresh.get(refresh)
        if grant is None or not grant.alive:
            raise Failure(401, "InvalidRefreshToken", "the refresh token is not valid")
        if self._state.now() >= grant.expires_at:
            raise Failure(401, "RefreshTokenExpired", "the refresh token has expired; sign in again")
        player = self._state.players[grant.player_uuid]
        self._accounts.check(player)
        grant.alive = False
        return self._session(player)

    def _token_info(self, body: dict[str, Any], player: FakePlayer | None) -> Any:
        assert player is not None
        access = required(body, "access_token")
        grant = self.access.get(access)
        if grant is None or grant.player_uuid != player.uuid:
            raise Failure(400, "BadRequest", "access_token does not match the Authorization header")
        refresh = next((t for t, g in self.refresh.items() if g.player_uuid == player.uuid and g.alive), "")
        return {"Token": {"AccessToken": access, "RefreshToken": refresh}, "Player": profile(player)}

    def _token_status(self, body: dict[str, Any], _: FakePlayer | None) -> Any:
        access = required(body, "access_token")
        grant = self.access.get(access)
        if grant is None or not grant.alive:
            return {"Status": "invalid"}
        player = self._state.players[grant.player_uuid]
        if player.blocked_key is not None:
            raise Failure(403, "70002", "the account is blocked", BlockKey=player.blocked_key)
        result: dict[str, Any] = {"Status": "expired" if self._state.now() >= grant.expires_at else "valid"}
        if player.withdrawal_key is not None:
            result["WithdrawalKey"] = player.withdrawal_key
        return result

    def _token_sign_out(self, body: dict[str, Any], player: FakePlayer | None) -> Any:
        assert player is not None
        for grant in [*self.access.values(), *self.refresh.values()]:
            if grant.player_uuid == player.uuid:
                grant.alive = False
        return {"Status": "success"}

    # -- links -------------------------------------------------------------------------

    def _account_link(self, body: dict[str, Any], player: FakePlayer | None) -> Any:
        assert player is not None
        external = required(body, "request_uuid")
        account_type = body.get("account_type") or "LINK"
        owner = self.by_link.get((account_type, external))
        if owner is not None and owner != player.uuid:
            raise Failure(400, "AlreadyLinked", "this id is linked to another account")
        self.by_link[(account_type, external)] = player.uuid
        player.links.add(external)
        return {"Status": "success"}
