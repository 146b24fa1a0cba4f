"""The PlayNANOO fake's smaller services: friends, remote config, game logs, cloud code, server time.

Currencies (every version) are in :mod:`gameplatform.testing._playnanoo_currency`.
"""

from __future__ import annotations

import json
import secrets
from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from typing import Any

import attrs

from gameplatform.testing._playnanoo_common import (
    Failure,
    FakePlayer,
    FakeState,
    Route,
    json_field,
    required,
)

__all__ = ["CloudFunction", "Relationship", "Services", "echo"]

REMOTE_CONFIG_PREFIX = "RemoteConfig_"

CloudFunction = Callable[[dict[str, Any], str], Any]
"""A cloud code function of the fake: ``(arguments, player's UserUniqueID) → result`` (a JSON value);
an exception it raises becomes the run's ``Error``."""


def echo(arguments: dict[str, Any], player_uuid: str) -> Any:
    """The fake's built-in ``echo`` function (on every table): the arguments back, and who called."""
    return {"message": f"echo for {player_uuid}", "arguments": arguments}


@attrs.define
class Relationship:
    """A friend request in one friend table, and then the friendship."""

    table: str
    requester: str
    target: str
    accepted: bool = False

    def other(self, uuid: str) -> str:
        return self.target if uuid == self.requester else self.requester


class Services:
    """Routes and state of the smaller services (the fake holds its lock around every call)."""

    def __init__(self, state: FakeState) -> None:
        self._state = state
        self.relationships: dict[str, Relationship] = {}
        self.remote_configs: dict[str, list[dict[str, Any]]] = {}
        self.game_logs: dict[str, list[dict[str, Any]]] = {}
        self.functions: dict[tuple[str, str], tuple[CloudFunction, str]] = {}

    def routes(self) -> dict[str, Route]:
        return {
            "/friend/v20231201/search": ("PUT", True, self._friend_search),
            "/friend/v20231201/searchPending": ("PUT", True, self._friend_search_pending),
            "/friend/v20231201/request": ("PUT", True, self._friend_request),
            "/friend/v20231201/accept": ("PUT", True, self._friend_accept),
            "/friend/v20231201/delete": ("PUT", True, self._friend_delete),
            "/friend/v20231201/info": ("PUT", True, self._friend_info),
            "/gamelog/v20220901/save": ("PUT", True, self._game_log_save),
            "/cloudcode/v20210901/run": ("PUT", True, self._cloud_code_run),
            "/server_time/call": ("POST", True, self._server_time),
        }

    # -- friends ---------------------------------------------------------------------

    def _live(self, table: str) -> list[tuple[str, Relationship]]:
        """The table's relationships whose two accounts still exist."""
        players = self._state.players
        return [
            (code, rel)
            for code, rel in self.relationships.items()
            if rel.table == table and rel.requester in players and rel.target in players
        ]

    def _friend(self, code: str, uuid: str) -> dict[str, Any]:
        other = self._state.players[uuid]
        return {
            "RelationshipCode": code,
            "UserId": other.uuid,
            "Nickname": other.nickname,
            "Timezone": "UTC",
            "AccessSeconds": max(0.0, self._state.now() - other.last_seen),
        }

    def _friend_search(self, body: dict[str, Any], player: FakePlayer | None) -> Any:
        assert player is not None
        me = player.uuid
        friends = [
            self._friend(code, rel.other(me))
            for code, rel in self._live(required(body, "table_code"))
            if rel.accepted and me in (rel.requester, rel.target)
        ]
        return {"Items": friends}

    def _friend_search_pending(self, body: dict[str, Any], player: FakePlayer | None) -> Any:
        assert player is not None
        asking = [
            self._friend(code, rel.requester)
            for code, rel in self._live(required(body, "table_code"))
            if not rel.accepted and rel.target == player.uuid
        ]
        return {"Items": asking}

    def _friend_request(self, body: dict[str, Any], player: FakePlayer | None) -> Any:
        assert player is not None
        table, open_id = required(body, "table_code"), required(body, "open_id")
        target = next((p for p in self._state.players.values() if p.open_id == open_id), None)
        if target is None:
            raise Failure(404, "30000", "NotFoundAccountException")
        if target.uuid == player.uuid:
            raise Failure(400, "BadRequest", "a player cannot befriend itself")
        for _, rel in self._live(table):
            if {rel.requester, rel.target} == {player.uuid, target.uuid}:
                raise Failure(400, "AlreadyFriends" if rel.accepted else "AlreadyRequested", "already linked")
        self.relationships["rel-" + secrets.token_hex(8)] = Relationship(table, player.uuid, target.uuid)
        return {"Status": "success"}

    def _relationship(self, body: dict[str, Any], player: FakePlayer) -> tuple[str, Relationship]:
        table, code = required(body, "table_code"), required(body, "relationship_code")
        for found, rel in self._live(table):
            if found == code and player.uuid in (rel.requester, rel.target):
                return found, rel
        raise Failure(404, "RelationshipNotFound", "no such friend or request")

    def _friend_accept(self, body: dict[str, Any], player: FakePlayer | None) -> Any:
        assert player is not None
        _, rel = self._relationship(body, player)
        if rel.accepted:
            raise Failure(400, "AlreadyFriends", "already friends")
        if rel.target != player.uuid:
            raise Failure(403, "NotYourRequest", "only the asked player can accept")
        rel.accepted = True
        return {"Status": "success"}

    def _friend_delete(self, body: dict[str, Any], player: FakePlayer | None) -> Any:
        assert player is not None
        code, _ = self._relationship(body, player)
        del self.relationships[code]
        return {"Status": "success"}

    def _friend_info(self, body: dict[str, Any], player: FakePlayer | None) -> Any:
        assert player is not None
        me = player.uuid
        live = [rel for _, rel in self._live(required(body, "table_code"))]
        return {
            "RelationshipCount": sum(1 for rel in live if rel.accepted and me in (rel.requester, rel.target)),
            "PendingCount": sum(1 for rel in live if not rel.accepted and rel.target == me),
        }

    # -- remote config ---------------------------------------------------------------

    def set_remote_config(
        self,
        table_code: str,
        variables: Mapping[str, str | int | float | bool],
        descriptions: Mapping[str, str],
    ) -> None:
        created = int(self._state.now() * 1000)
        self.remote_configs[table_code] = [
            {
                "remote_config_variable_type": _variable_type(value),
                "remote_config_variable_key": key,
                "remote_config_variable_description": descriptions.get(key, ""),
                "remote_config_variable_value": _variable_text(value),
                "remote_config_variable_createdAt": created,
            }
            for key, value in variables.items()
        ]

    def remote_config(self, storage_key: str) -> dict[str, Any] | None:
        """The answer for ``RemoteConfig_{table}`` when that table exists (else ``None``)."""
        table = storage_key.removeprefix(REMOTE_CONFIG_PREFIX)
        if table == storage_key or table not in self.remote_configs:
            return None
        variables = self.remote_configs[table]
        stored = {v["remote_config_variable_key"]: v["remote_config_variable_value"] for v in variables}
        return {
            "StorageKey": storage_key,
            "StorageValue": json.dumps(stored, separators=(",", ":")),
            "remote_config_variables": [dict(v) for v in variables],
        }

    # -- game logs -------------------------------------------------------------------

    def _game_log_save(self, body: dict[str, Any], player: FakePlayer | None) -> Any:
        assert player is not None
        table = required(body, "table_code")
        document = json_field(body, "log_value")
        rows = document.get("items") if isinstance(document, dict) else None
        if not isinstance(rows, list) or not rows:
            raise Failure(400, "BadRequest", "log_value must hold a non-empty items list")
        for row in rows:
            if not isinstance(row, dict) or not all(
                value is None or isinstance(value, str | int | float | bool) for value in row.values()
            ):
                raise Failure(400, "BadRequest", "each log row must be an object of plain values")
        now = self._state.now()
        self.game_logs.setdefault(table, []).extend(
            {"player_uuid": player.uuid, "logged_at": now, "values": dict(row)} for row in rows
        )
        return {"Status": "success"}

    # -- cloud code ------------------------------------------------------------------

    def _cloud_code_run(self, body: dict[str, Any], player: FakePlayer | None) -> Any:
        assert player is not None
        table, name = required(body, "table_code"), required(body, "function_name")
        arguments = json_field(body, "function_arguments")
        if not isinstance(arguments, dict):
            raise Failure(400, "BadRequest", "function_arguments must be a JSON object")
        function, version = self.functions.get((table, name)) or (
            (echo, "1") if name == "echo" else (None, "")
        )
        if function is None:
            raise Failure(404, "FunctionNotFound", f"no function {name!r} in cloud code table {table!r}")
        answer: dict[str, Any] = {
            "Function": {"Name": name, "Version": version},
            "Logs": [{"level": "info", "message": f"{name} called by {player.uuid}"}],
            "RunTimeMilliSeconds": 1,
        }
        try:
            answer["Result"] = function(arguments, player.uuid)
        except Exception as exc:  # the function's failure is the run's Error, as on the platform
            answer["Result"] = None
            answer["Error"] = f"{type(exc).__name__}: {exc}"
            answer["Logs"].append({"level": "error", "message": str(exc)})
        return answer

    # -- server time -----------------------------------------------------------------

    def _server_time(self, body: dict[str, Any], _: FakePlayer | None) -> Any:
        required(body, "udid")
        now = self._state.now()
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


def _variable_type(value: object) -> str:
    if isinstance(value, bool):
        return "boolean"
    return "number" if isinstance(value, int | float) else "string"


def _variable_text(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)
