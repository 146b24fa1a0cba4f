"""The PlayNANOO fake's account states: nicknames, withdrawals with their grace period, blocks."""

from __future__ import annotations

import secrets
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any

import attrs

from gameplatform.testing._playnanoo_common import Failure, FakePlayer, FakeState, Route, required

__all__ = ["Accounts", "Block", "Withdrawal"]


@attrs.define
class Withdrawal:
    """A withdrawal request: the account is kept until ``due``, then deleted."""

    uuid: str
    memo: str
    due: float
    done: bool = False


@attrs.define
class Block:
    """A block on an account (``until`` ``None``: permanent)."""

    uuid: str
    reason: str
    until: float | None
    services: tuple[str, ...]


def _moment(seconds: float) -> str:
    return datetime.fromtimestamp(seconds, tz=UTC).strftime("%Y-%m-%d %H:%M:%S")


class Accounts:
    """Nickname, withdrawal and block routes, and the states behind them (under the fake's lock)."""

    def __init__(self, state: FakeState) -> None:
        self._state = state
        self.withdrawals: dict[str, Withdrawal] = {}
        self.blocks: dict[str, Block] = {}

    def routes(self) -> dict[str, Route]:
        return {
            "/api/v20240401/nickname/put": ("PUT", True, self._nickname_put),
            "/api/v20240401/nickname/get": ("PUT", True, self._nickname_get),
            "/api/v20240101/nickname/exists": ("PUT", True, self._nickname_exists),
            "/api/v20240401/token/withdrawal": ("PUT", True, self._withdrawal_request),
            "/api/v20240401/withdrawal/restore": ("PUT", False, self._withdrawal_restore),
            "/api/v20240101/withdrawal/search": ("PUT", False, self._withdrawal_search),
            "/block/v20221201/reason": ("PUT", False, self._block_reason),
        }

    # -- states (the fake's controls and every authenticated call use these) ---------

    def block(
        self, uuid: str, *, key: str | None, reason: str, seconds: float | None, services: Iterable[str]
    ) -> str:
        key = key or "blk-" + secrets.token_hex(8)
        until = None if seconds is None else self._state.now() + seconds
        self.blocks[key] = Block(uuid, reason, until, tuple(services))
        self._state.players[uuid].blocked_key = key
        return key

    def unblock(self, uuid: str) -> None:
        self._state.players[uuid].blocked_key = None

    def start_withdrawal(self, uuid: str, *, key: str | None, days: float, memo: str) -> str:
        key = key or "wdr-" + secrets.token_hex(8)
        self.withdrawals[key] = Withdrawal(uuid, memo, self._state.now() + days * 86400)
        self._state.players[uuid].withdrawal_key = key
        return key

    def cancel_withdrawal(self, uuid: str) -> None:
        player = self._state.players[uuid]
        if player.withdrawal_key is not None:
            self.withdrawals.pop(player.withdrawal_key, None)
        player.withdrawal_key = None

    def sweep(self) -> None:
        """Delete the accounts whose withdrawal grace period is over."""
        now = self._state.now()
        for withdrawal in self.withdrawals.values():
            if not withdrawal.done and withdrawal.due <= now:
                withdrawal.done = True
                if withdrawal.uuid in self._state.players:
                    self._state._delete_account(withdrawal.uuid)

    def check(self, player: FakePlayer) -> None:
        """70002 for a blocked account (a block that has run out is lifted), 30007 while withdrawing."""
        if player.blocked_key is not None:
            block = self.blocks.get(player.blocked_key)
            if block is not None and block.until is not None and block.until <= self._state.now():
                player.blocked_key = None
            else:
                raise Failure(403, "70002", "the account is blocked", BlockKey=player.blocked_key)
        if player.withdrawal_key is not None:
            raise Failure(
                403, "30007", "the account is pending withdrawal", WithdrawalKey=player.withdrawal_key
            )

    # -- nickname --------------------------------------------------------------------

    def _taken(self, nickname: str, *, by_other_than: str | None = None) -> bool:
        return any(p.nickname == nickname and p.uuid != by_other_than for p in self._state.players.values())

    def _nickname_put(self, body: dict[str, Any], player: FakePlayer | None) -> Any:
        assert player is not None
        nickname = required(body, "change_nickname")
        check = body.get("check_exists")
        if check not in ("Y", "N"):
            raise Failure(400, "BadRequest", "check_exists must be Y or N")
        if check == "Y" and self._taken(nickname, by_other_than=player.uuid):
            raise Failure(400, "10008", "ExistsValueException")
        player.nickname = nickname
        return {"Nickname": nickname}

    def _nickname_get(self, body: dict[str, Any], player: FakePlayer | None) -> Any:
        assert player is not None
        return {"Nickname": player.nickname}

    def _nickname_exists(self, body: dict[str, Any], player: FakePlayer | None) -> Any:
        return {"Status": "EXISTS" if self._taken(required(body, "change_nickname")) else "NOT_EXISTS"}

    # -- withdrawal ------------------------------------------------------------------

    def _withdrawal_request(self, body: dict[str, Any], player: FakePlayer | None) -> Any:
        assert player is not None
        period = body.get("period")
        if isinstance(period, bool) or not isinstance(period, int) or period < 1:
            raise Failure(400, "BadRequest", "period must be a positive number of days")
        if self._state._token_player(required(body, "account_token")) != player.uuid:
            raise Failure(400, "BadRequest", "account_token is not this player's access token")
        memo = body.get("memo")
        if not isinstance(memo, str):
            raise Failure(400, "BadRequest", "memo is required")
        self.start_withdrawal(player.uuid, key=None, days=period, memo=memo)
        return {"Status": "success"}

    def _withdrawal(self, body: dict[str, Any]) -> tuple[str, Withdrawal]:
        key = required(body, "withdrawal_key")
        withdrawal = self.withdrawals.get(key)
        if withdrawal is None:
            raise Failure(404, "WithdrawalNotFound", "no withdrawal with this key")
        return key, withdrawal

    def _withdrawal_restore(self, body: dict[str, Any], _: FakePlayer | None) -> Any:
        key, withdrawal = self._withdrawal(body)
        if withdrawal.done:
            raise Failure(400, "WithdrawalCompleted", "the grace period is over; the account is gone")
        del self.withdrawals[key]  # a key recovers the account once
        player = self._state.players.get(withdrawal.uuid)
        if player is not None:
            player.withdrawal_key = None
        return {"Status": "success"}

    def _withdrawal_search(self, body: dict[str, Any], _: FakePlayer | None) -> Any:
        withdrawal = self._withdrawal(body)[1]
        return {
            "Status": "withdrawn" if withdrawal.done else "pending",
            "Memo": withdrawal.memo,
            "WithdrawalDate": _moment(withdrawal.due),
        }

    # -- block reason ----------------------------------------------------------------

    def _block_reason(self, body: dict[str, Any], _: FakePlayer | None) -> Any:
        block = self.blocks.get(required(body, "block_key"))
        if block is None:
            raise Failure(404, "BlockNotFound", "no block with this key")
        left = -1 if block.until is None else max(0, int(block.until - self._state.now()))
        item = {
            "UserId": block.uuid,
            "Reason": block.reason,
            "Permanent": "Y" if block.until is None else "N",
            "ExpireDate": "permanent" if block.until is None else _moment(block.until),
            "TimeUntilExpire": left,
            "Services": list(block.services),
        }
        return {"Items": [item]}
