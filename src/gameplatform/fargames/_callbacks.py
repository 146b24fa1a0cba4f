"""Callbacks the platform sends to the agent's wallet endpoint ("seamless wallet").

The platform POSTs JSON to one HTTPS endpoint of the agent, signed with the same
scheme as the agent's own calls: ``X-Signature`` is the lowercase hex HMAC-SHA256 of
the raw body, keyed with the agent's API token. Each carries a ``type``
(``getBalance``, ``makeBet``) and a ``request_id``; the agent answers
``{"content": {"balance": …}}`` or ``{"error": code, "message": …}``.

:func:`verify_callback` checks the signature and returns the decoded body as data;
:func:`parse_callback` turns a verified ``getBalance`` or ``makeBet`` into its typed model
(:class:`GetBalanceCallback`, :class:`MakeBetCallback`, generated from the spec). The
vendor's field lists are not complete, so the models keep unknown fields in
``additional_properties``.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Mapping
from decimal import Decimal
from types import MappingProxyType
from typing import Any

import attrs

from gameplatform._serde import ResponseShapeError, from_wire
from gameplatform.errors import SignatureError, ValidationError
from gameplatform.fargames._models import GetBalanceCallback, MakeBetCallback
from gameplatform.fargames._signing import encode_body, verify_signature

__all__ = [
    "CALLBACK_MODELS",
    "Callback",
    "WalletCallback",
    "callback_balance",
    "callback_error",
    "parse_callback",
    "verify_callback",
]

WalletCallback = GetBalanceCallback | MakeBetCallback
"""A typed wallet callback, as :func:`parse_callback` returns it."""

CALLBACK_MODELS: Mapping[str, type[GetBalanceCallback] | type[MakeBetCallback]] = MappingProxyType(
    {"getBalance": GetBalanceCallback, "makeBet": MakeBetCallback}
)
"""The callback ``type`` values the SDK knows, and the model of each."""


@attrs.frozen
class Callback:
    """A verified callback: its ``type``, ``request_id`` and the whole decoded body."""

    type: str
    request_id: str | None
    data: Mapping[str, Any]


def verify_callback(
    *,
    body: bytes,
    signature: str | None,
    api_token: str,
    agent_id: int | None = None,
    window_seconds: float | None = 300,
    clock: Callable[[], float] | None = None,
) -> Callback:
    """Check a callback's signature over the raw ``body`` and decode it.

    ``signature`` is the ``X-Signature`` header as received. Pass ``agent_id`` to refuse
    callbacks meant for another agent. When the body carries a unix ``timestamp``, it
    must be within ``window_seconds`` of ``clock()`` (``None`` turns the check off).

    Raises :class:`~gameplatform.errors.SignatureError` for a missing or wrong
    signature, a stale timestamp, another agent's callback, or a body that is not a
    JSON object with a ``type``: answer such a request with an error and do not act on it.
    """
    if not isinstance(api_token, str) or not api_token:
        raise ValidationError("api_token", "must be a non-empty string")
    if not isinstance(body, bytes | bytearray | memoryview):
        raise ValidationError("body", "must be the raw request body (bytes)")
    if not signature:
        raise SignatureError("callback without an X-Signature header")
    if not isinstance(signature, str) or not verify_signature(bytes(body), signature, api_token):
        raise SignatureError("callback signature does not match the body")
    try:
        data = json.loads(bytes(body))
    except ValueError:
        raise SignatureError("callback body is not JSON") from None
    if not isinstance(data, dict) or not isinstance(data.get("type"), str):
        raise SignatureError("callback body is not a JSON object with a type")
    if agent_id is not None and data.get("agent_id") != agent_id:
        raise SignatureError("callback is addressed to another agent")
    timestamp = data.get("timestamp")
    if window_seconds is not None and timestamp is not None:
        now = (clock or time.time)()
        if isinstance(timestamp, bool) or not isinstance(timestamp, int | float):
            raise SignatureError("callback timestamp is not a number")
        if abs(now - timestamp) > window_seconds:
            raise SignatureError(f"callback timestamp is more than {window_seconds:g} s from now")
    request_id = data.get("request_id")
    return Callback(
        type=data["type"],
        request_id=None if request_id is None else str(request_id),
        data=MappingProxyType(data),
    )


def parse_callback(callback: Callback) -> GetBalanceCallback | MakeBetCallback:
    """The typed model of a verified callback: :class:`GetBalanceCallback` or :class:`MakeBetCallback`.

    Numbers the platform sends as strings are read as numbers; fields the model does not
    name are kept in ``additional_properties``. Raises
    :class:`~gameplatform.errors.ValidationError` for another ``type`` (field ``type``) or
    a body that lacks a field or carries one of the wrong kind (the field's JSON path);
    the message never quotes the body.
    """
    if not isinstance(callback, Callback):
        raise ValidationError("callback", "must be a Callback returned by verify_callback")
    model = CALLBACK_MODELS.get(callback.type)
    if model is None:
        known = ", ".join(CALLBACK_MODELS)
        raise ValidationError("type", f"unsupported callback type (the SDK handles {known})")
    try:
        return from_wire(model, dict(callback.data))
    except ResponseShapeError as error:
        field, _, reason = error.problems[0].partition(": ")
        raise ValidationError(field, reason) from None


def callback_balance(*, balance: float | int | Decimal) -> bytes:
    """The success answer to a callback, ``{"content":{"balance":…}}``, encoded as PHP would."""
    if isinstance(balance, bool) or not isinstance(balance, int | float | Decimal):
        raise ValidationError("balance", "must be a number")
    value: float | int = float(balance) if isinstance(balance, Decimal) else balance
    return encode_body({"content": {"balance": value}})


def callback_error(*, code: str, message: str) -> bytes:
    """The failure answer to a callback, ``{"error":code,"message":…}``."""
    if not isinstance(code, str) or not code:
        raise ValidationError("code", "must be a non-empty string")
    if not isinstance(message, str):
        raise ValidationError("message", "must be a string")
    return encode_body({"error": code, "message": message})
