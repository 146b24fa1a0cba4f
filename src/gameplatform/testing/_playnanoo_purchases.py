"""What a PlayNANOO player redeems in the fake: coupon codes and in-app purchase receipts.

Coupons are single use per player. A receipt validates once unless the call allows duplicates;
the order id is derived from the receipt, and an Android receipt's product id is read from the
Play purchase JSON or Unity IAP receipt inside it.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from gameplatform.testing._playnanoo_common import Failure, FakePlayer, FakeState, Route, required

__all__ = ["Purchases"]


class Purchases:
    """Coupon and receipt validation routes, the coupons and the receipts seen (under the fake's lock)."""

    def __init__(self, state: FakeState) -> None:
        self._state = state
        self.coupons: dict[str, list[tuple[str, float]]] = {}
        """Coupon code → its rewards as (item code, count)."""
        self._receipts: set[str] = set()

    def routes(self) -> dict[str, Route]:
        return {
            "/coupon/v20240301/search": ("PUT", True, self._coupon_use),
            "/iap/v20221001/unity/android": ("PUT", True, self._iap_android),
            "/iap/v20221001/unity/ios": ("PUT", True, self._iap_ios),
        }

    def _coupon_use(self, body: dict[str, Any], player: FakePlayer | None) -> Any:
        assert player is not None
        code = required(body, "code")
        rewards = self.coupons.get(code)
        if rewards is None:
            raise Failure(404, "CouponNotFound", "no such coupon")
        if code in player.used_coupons:
            raise Failure(400, "CouponAlreadyUsed", "this player used the coupon already")
        player.used_coupons.add(code)
        return {"Items": [{"item_code": item, "item_count": count} for item, count in rewards]}

    def _purchase(self, receipt: str, duplicate_allow: object) -> str:
        if duplicate_allow not in ("Y", "N"):
            raise Failure(400, "BadRequest", "duplicate_allow must be Y or N")
        if receipt in self._receipts and duplicate_allow == "N":
            raise Failure(400, "DuplicateReceipt", "this receipt was validated before")
        self._receipts.add(receipt)
        return hashlib.sha256(receipt.encode()).hexdigest()[:20]

    def _iap_android(self, body: dict[str, Any], player: FakePlayer | None) -> Any:
        assert player is not None
        receipt = required(body, "receipt")
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
            "PurchaseState": self._state.android_purchase_state,
        }

    def _iap_ios(self, body: dict[str, Any], player: FakePlayer | None) -> Any:
        assert player is not None
        receipt = required(body, "receipt")
        product = required(body, "product_id")
        currency = required(body, "currency")
        price = required(body, "price")
        digest = self._purchase(receipt, body.get("duplicate_allow"))
        return {
            "UserID": player.uuid,
            "PackageName": "com.example.fake",
            "OrderID": digest,
            "ProductID": product,
            "Currency": currency,
            "Price": price,
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
