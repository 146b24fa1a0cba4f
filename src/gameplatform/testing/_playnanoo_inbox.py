"""The PlayNANOO fake's inbox: item mail in a player's inbox tables, kept until it expires or is taken.

Entries live on :class:`~gameplatform.testing._playnanoo_common.FakePlayer` (``inbox``: table →
entries); an expired entry is dropped the next time its table is read.
"""

from __future__ import annotations

import secrets
from typing import Any

from gameplatform.testing._playnanoo_common import Failure, FakePlayer, FakeState, Route, json_field, required

__all__ = ["Inbox"]


class Inbox:
    """The inbox routes (under the fake's lock)."""

    def __init__(self, state: FakeState) -> None:
        self._state = state

    def routes(self) -> dict[str, Route]:
        return {
            "/inbox/v20220901/items": ("PUT", True, self._items),
            "/inbox/v20220901/count": ("PUT", True, self._count),
            "/inbox/v20220901/show": ("PUT", True, self._show),
            "/inbox/v20220901/send": ("PUT", True, self._send),
            "/inbox/v20220901/consume/item": ("PUT", True, self._consume_item),
            "/inbox/v20220901/consume/multi": ("PUT", True, self._consume_multi),
        }

    def _live_entries(self, player: FakePlayer, table: str) -> list[dict[str, Any]]:
        now = self._state.now()
        entries = [e for e in player.inbox.get(table, []) if e["expire_at"] > now]
        player.inbox[table] = entries
        return entries

    def _find_entry(self, player: FakePlayer, item_key: str) -> tuple[str, dict[str, Any]]:
        for table in list(player.inbox):
            for entry in self._live_entries(player, table):
                if entry["item_key"] == item_key:
                    return table, entry
        raise Failure(404, "InboxItemNotFound", "no such inbox entry")

    def _items(self, body: dict[str, Any], player: FakePlayer | None) -> Any:
        assert player is not None
        now = self._state.now()
        entries = self._live_entries(player, required(body, "table_code"))
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

    def _count(self, body: dict[str, Any], player: FakePlayer | None) -> Any:
        assert player is not None
        return {"count": len(self._live_entries(player, required(body, "table_code")))}

    def _show(self, body: dict[str, Any], player: FakePlayer | None) -> Any:
        assert player is not None
        _, entry = self._find_entry(player, required(body, "item_key"))
        return {"items": entry["items"], "messages": entry["messages"]}

    def _send(self, body: dict[str, Any], player: FakePlayer | None) -> Any:
        assert player is not None
        table = required(body, "table_code")
        period = body.get("period")
        if isinstance(period, bool) or not isinstance(period, int) or period < 1:
            raise Failure(400, "BadRequest", "period must be a positive number of days")
        document = json_field(body, "items")
        items = document.get("items") if isinstance(document, dict) else None
        if not isinstance(items, list) or not items:
            raise Failure(400, "BadRequest", "items must hold a non-empty items list")
        messages = document.get("messages") or []
        entry = {
            "type": "item",
            "item_key": "ib-" + secrets.token_hex(8),
            "items": [{"item_code": i["item_code"], "item_count": i["item_count"]} for i in items],
            "messages": list(messages),
            "expire_at": self._state.now() + period * 86400,
        }
        player.inbox.setdefault(table, []).append(entry)
        return {"status": "success"}

    def _consume_item(self, body: dict[str, Any], player: FakePlayer | None) -> Any:
        assert player is not None
        table, entry = self._find_entry(player, required(body, "item_key"))
        player.inbox[table].remove(entry)
        return {"items": entry["items"]}

    def _consume_multi(self, body: dict[str, Any], player: FakePlayer | None) -> Any:
        assert player is not None
        keys = [k for k in required(body, "item_keys").split(",") if k]
        found = [self._find_entry(player, key) for key in keys]  # all or nothing
        items: list[dict[str, Any]] = []
        for table, entry in found:
            player.inbox[table].remove(entry)
            items.extend(entry["items"])
        return {"items": items}
