"""The PlayNANOO fake's cloud save: a player's own values, another player's public ones, game-wide data.

The public load answers remote config too: cloud save (storage host) and remote config (api host)
share its path, and a ``RemoteConfig_{table}`` key of a table set in the fake reads that table.
"""

from __future__ import annotations

from typing import Any

from gameplatform.testing._playnanoo_common import Failure, FakePlayer, FakeState, Route, json_field, required
from gameplatform.testing._playnanoo_services import Services

__all__ = ["Storage"]


class Storage:
    """Cloud save routes and the game-wide public data (under the fake's lock)."""

    def __init__(self, state: FakeState, services: Services) -> None:
        self._state = state
        self._services = services
        self.public: dict[str, str] = {}
        """Game-wide public data, as set in the console: key → value."""

    def routes(self) -> dict[str, Route]:
        return {
            "/storage/v20221001/save": ("PUT", True, self._save),
            "/storage/v20221001/load": ("PUT", True, self._load),
            "/storage/v20221001/save/multi": ("PUT", True, self._multi_save),
            "/storage/v20221001/load/multi": ("PUT", True, self._multi_load),
            "/storage/v20211101/load/public": ("PUT", True, self._public_load),
            "/storage/v20221001/playerDataLoad": ("PUT", True, self._player_load),
        }

    def _save(self, body: dict[str, Any], player: FakePlayer | None) -> Any:
        assert player is not None
        key = required(body, "storage_key")
        value = body.get("storage_value")
        if not isinstance(value, str):
            raise Failure(400, "BadRequest", "storage_value must be a string")
        private = body.get("isPrivate")
        if private not in ("on", "off"):
            raise Failure(400, "BadRequest", "isPrivate must be on or off")
        player.storage[key] = (value, private == "on")
        return {"Status": "success"}

    def _load(self, body: dict[str, Any], player: FakePlayer | None) -> Any:
        assert player is not None
        key = required(body, "storage_key")
        if key not in player.storage:
            raise Failure(404, "StorageNotFound", "no value under this key")
        return {"PlayerId": player.uuid, "StorageKey": key, "StorageValue": player.storage[key][0]}

    def _multi_save(self, body: dict[str, Any], player: FakePlayer | None) -> Any:
        assert player is not None
        document = json_field(body, "storage_items")
        items = document.get("Items") if isinstance(document, dict) else None
        if not isinstance(items, list) or not items:
            raise Failure(400, "BadRequest", "storage_items must hold a non-empty Items list")
        parsed = []
        for item in items:
            if (
                not isinstance(item, dict)
                or not isinstance(item.get("StorageKey"), str)
                or not item["StorageKey"]
                or not isinstance(item.get("StorageValue"), str)
                or not isinstance(item.get("IsPrivate"), bool)
            ):
                raise Failure(400, "BadRequest", "each item needs StorageKey, StorageValue, IsPrivate")
            parsed.append((item["StorageKey"], item["StorageValue"], item["IsPrivate"]))
        for key, value, private in parsed:
            player.storage[key] = (value, private)
        return {"Status": "success"}

    def _multi_load(self, body: dict[str, Any], player: FakePlayer | None) -> Any:
        assert player is not None
        keys = body.get("storage_keys")
        if not isinstance(keys, list) or not all(isinstance(k, str) for k in keys):
            raise Failure(400, "BadRequest", "storage_keys must be a list of strings")
        return {
            "Items": [
                {"PlayerId": player.uuid, "StorageKey": k, "StorageValue": player.storage[k][0]}
                for k in keys
                if k in player.storage
            ]
        }

    def _public_load(self, body: dict[str, Any], _: FakePlayer | None) -> Any:
        # Cloud save's public load (storage host) and remote config (api host) share this path:
        # a remote config table is public data under "RemoteConfig_{table}".
        key = required(body, "storage_key")
        remote_config = self._services.remote_config(key)
        if remote_config is not None:
            return remote_config
        if key not in self.public:
            raise Failure(404, "StorageNotFound", "no public value under this key")
        return {"StorageKey": key, "StorageValue": self.public[key]}

    def _player_load(self, body: dict[str, Any], _: FakePlayer | None) -> Any:
        other = self._state.players.get(required(body, "player_uuid"))
        key = required(body, "storage_key")
        if other is None or key not in other.storage:
            raise Failure(404, "StorageNotFound", "no value under this key")
        value, private = other.storage[key]
        if private:
            raise Failure(403, "PrivateStorage", "this value is private")
        return {"PlayerId": other.uuid, "StorageKey": key, "StorageValue": value}
