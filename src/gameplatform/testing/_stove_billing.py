"""STOVE's billing middleware as a test sender: payment completion notifications to your endpoint.

STOVE POSTs a payment completion notification to the URL the game registered in Partners,
with a ``caller-id`` header and the game id as the ``service_id`` path variable (platforms.md
§5). :func:`send_payment_notification` does the same over real HTTP, so a test drives the
game's endpoint exactly as STOVE would, repeats included.
"""

from __future__ import annotations

import json
import secrets
from collections.abc import Mapping
from typing import Any

import requests

__all__ = ["DEFAULT_BILLING_CALLER_ID", "payment_notification_body", "send_payment_notification"]

DEFAULT_BILLING_CALLER_ID = "clientapp"
"""The ``caller-id`` the sender uses unless told otherwise (the vendor's example value)."""


def payment_notification_body(
    *,
    tid: str | None = None,
    bill_platform_type: str = "ONLINE",
    noti_type: str = "ONLINE_PURCHASE",
    world_id: str | None = None,
    guid: str | int | None = None,
    extra: Mapping[str, Any] | None = None,
) -> dict[str, Any]:
    """A notification body with the documented fields (a fresh ``tid`` when none is given).

    ``extra`` adds fields the vendor's page does not name (product and item information, …).
    """
    body: dict[str, Any] = {
        "bill_platform_type": bill_platform_type,
        "noti_type": noti_type,
        "tid": tid if tid is not None else "T" + str(secrets.randbelow(10**12)).zfill(12),
    }
    if world_id is not None:
        body["world_id"] = world_id
    if guid is not None:
        body["guid"] = guid
    body.update(extra or {})
    return body


def send_payment_notification(
    url: str,
    body: Mapping[str, Any],
    *,
    service_id: str,
    caller_id: str | None = DEFAULT_BILLING_CALLER_ID,
    session: requests.Session | None = None,
    timeout: float = 10.0,
) -> requests.Response:
    """POST ``body`` as JSON to ``url`` the way STOVE's billing middleware does.

    A ``{service_id}`` in ``url`` is replaced by ``service_id`` (the documented path
    variable); ``caller_id=None`` leaves the ``caller-id`` header out. Returns the answer.
    """
    target = url.replace("{service_id}", service_id)
    headers = {"Content-Type": "application/json"}
    if caller_id is not None:
        headers["caller-id"] = caller_id
    data = json.dumps(dict(body), ensure_ascii=False).encode("utf-8")
    sender = session if session is not None else requests
    return sender.post(target, data=data, headers=headers, timeout=timeout)
