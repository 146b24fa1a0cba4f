"""The PlayNANOO fake's virtual currencies: put and charge (both add), get, subtract, reset to defaults.

Balances live on :class:`~gameplatform.testing._playnanoo_common.FakePlayer` (``currency``:
code → amount); a currency the player never had reads 0.
"""

from __future__ import annotations

from typing import Any

from gameplatform.testing._playnanoo_common import Failure, FakePlayer, Route, json_field, number, required

__all__ = ["Currency"]


class Currency:
    """The currency routes of every version, and the amounts ``currency_init`` resets to."""

    def __init__(self) -> None:
        self.defaults: dict[str, float] = {}

    def routes(self) -> dict[str, Route]:
        return {
            "/currency/v20221101/currency/put": ("PUT", True, self._add),
            "/currency/v20221101/currency/charge": ("PUT", True, self._add),
            "/currency/v20250301/get": ("PUT", True, self._get),
            "/currency/v20250301/subtract": ("PUT", True, self._subtract),
            "/currency/v20240301/init": ("PUT", True, self._init),
        }

    def _add(self, body: dict[str, Any], player: FakePlayer | None) -> Any:
        assert player is not None
        document = json_field(body, "items")
        changes = document.get("items") if isinstance(document, dict) else None
        if not isinstance(changes, list) or not changes:
            raise Failure(400, "BadRequest", "items must hold a non-empty items list")
        for change in changes:
            code, amount = change.get("currency_code"), change.get("currency_amount")
            if not isinstance(code, str) or isinstance(amount, bool) or not isinstance(amount, int | float):
                raise Failure(400, "BadRequest", "each item needs currency_code and currency_amount")
        for change in changes:
            code = change["currency_code"]
            player.currency[code] = player.currency.get(code, 0.0) + float(change["currency_amount"])
        return _balances(player)

    def _get(self, body: dict[str, Any], player: FakePlayer | None) -> Any:
        assert player is not None
        return {"currency_amount": player.currency.get(required(body, "currency_code"), 0.0)}

    def _subtract(self, body: dict[str, Any], player: FakePlayer | None) -> Any:
        assert player is not None
        code, amount = required(body, "currency_code"), number(body, "currency_amount")
        if amount <= 0:
            raise Failure(400, "BadRequest", "currency_amount must be positive")
        owned = player.currency.get(code, 0.0)
        if owned < amount:
            raise Failure(400, "NotEnoughCurrency", f"the player owns {owned:g} {code}")
        player.currency[code] = owned - amount
        return {"currency_amount": player.currency[code]}

    def _init(self, body: dict[str, Any], player: FakePlayer | None) -> Any:
        assert player is not None
        player.currency = dict(self.defaults)
        return _balances(player)


def _balances(player: FakePlayer) -> dict[str, Any]:
    """Every currency the player has, by code."""
    return {
        "items": [
            {"currency_code": code, "currency_amount": amount}
            for code, amount in sorted(player.currency.items())
        ]
    }
