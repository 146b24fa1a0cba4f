"""Local pre-check of a player (game user) access token, without asking STOVE.

A STOVE player token is a JWT (HS256) whose payload carries ``expire_time``
(milliseconds since the epoch), ``member_no`` and ``application_no``. Reading the
payload lets a game server turn away a token that is malformed or already expired
without a network call. It proves nothing else: the signature is NOT checked (the
key is STOVE's), so a well-formed, unexpired token may still be forged, revoked or
for another game. Only :meth:`StoveClient.verify_user_token` establishes who the
player is.
"""

from __future__ import annotations

import base64
import binascii
import json
import math
import re
import time
from collections.abc import Mapping
from typing import Any

import attrs

from gameplatform.errors import ValidationError
from gameplatform.stove._errors import ExpiredUserToken

__all__ = ["MAX_USER_TOKEN_LENGTH", "UnverifiedClaims", "decode_user_token", "precheck_user_token"]

MAX_USER_TOKEN_LENGTH = 8192
"""The longest player token accepted; real ones are well under 1 kB."""

_SEGMENT = re.compile(r"[A-Za-z0-9_-]+")
_FIELD = "access_token"


@attrs.frozen
class UnverifiedClaims:
    """What a player token's payload says about itself, NOT verified by anyone.

    ``expire_time`` is in milliseconds since the epoch, as STOVE writes it;
    ``member_no`` and ``application_no`` are ``None`` when the payload lacks them.
    Never use these values to identify a player: call ``verify_user_token``.
    """

    expire_time: int
    member_no: int | None = None
    application_no: int | None = None
    payload: Mapping[str, Any] = attrs.field(factory=dict, repr=False)

    @property
    def expires_at(self) -> float:
        """``expire_time`` in seconds since the epoch."""
        return self.expire_time / 1000.0


def precheck_user_token(
    *, access_token: str, now: float | None = None, leeway: float = 0.0
) -> UnverifiedClaims:
    """Read a player token's payload and reject it when it is malformed or expired.

    No network call. The signature is **not** checked: this is a cheap filter
    in front of :meth:`StoveClient.verify_user_token`, never a substitute for it.

    ``now`` (seconds since the epoch) defaults to ``time.time()``. A token counts
    as expired once ``expire_time`` is at or before ``now - leeway``; a positive
    ``leeway`` tolerates a local clock running ahead.

    Raises :class:`~gameplatform.errors.ValidationError` (field ``access_token``)
    for anything that is not a JWT with an integer ``expire_time``, and
    :class:`ExpiredUserToken` when it has expired. Neither message contains the token.
    """
    if not isinstance(leeway, int | float) or isinstance(leeway, bool) or not leeway >= 0:
        raise ValidationError("leeway", "must be a non-negative number of seconds")
    claims = decode_user_token(access_token=access_token)
    if now is None:
        now = time.time()
    if claims.expire_time <= (now - leeway) * 1000.0:
        expired_for = now - claims.expires_at
        raise ExpiredUserToken(
            f"the player token expired {expired_for:.0f} s ago (checked locally from its "
            "payload; the player must get a new token)",
            platform="stove",
        )
    return claims


def decode_user_token(*, access_token: str) -> UnverifiedClaims:
    """Read a player token's payload as it is, expired or not; for inspection and debugging.

    Nothing is verified: neither the signature nor the expiry (compare
    :attr:`UnverifiedClaims.expires_at` with the clock yourself, or use
    :func:`precheck_user_token`). Raises :class:`~gameplatform.errors.ValidationError`
    (field ``access_token``, message without the token) for anything that is not a JWT
    with a numeric ``expire_time``.
    """
    if not isinstance(access_token, str):
        raise ValidationError(_FIELD, "must be a string")
    if not access_token:
        raise ValidationError(_FIELD, "must not be empty")
    if len(access_token) > MAX_USER_TOKEN_LENGTH:
        raise ValidationError(_FIELD, f"longer than {MAX_USER_TOKEN_LENGTH} characters")
    parts = access_token.split(".")
    if len(parts) != 3:
        raise ValidationError(_FIELD, "not a JWT: expected three dot-separated parts")
    header = _decode_json_segment(parts[0], "header")
    if not isinstance(header, dict):
        raise ValidationError(_FIELD, "not a JWT: the header is not a JSON object")
    payload = _decode_json_segment(parts[1], "payload")
    if not isinstance(payload, dict):
        raise ValidationError(_FIELD, "not a JWT: the payload is not a JSON object")
    if not parts[2] or not _SEGMENT.fullmatch(parts[2]):
        raise ValidationError(_FIELD, "not a JWT: the signature part is missing or not base64url")
    expire_time = payload.get("expire_time")
    if not isinstance(expire_time, int | float) or not _is_number(expire_time):
        raise ValidationError(_FIELD, "the payload carries no numeric expire_time")
    return UnverifiedClaims(
        expire_time=int(expire_time),
        member_no=_optional_int(payload.get("member_no")),
        application_no=_optional_int(payload.get("application_no")),
        payload=payload,
    )


def _decode_json_segment(segment: str, name: str) -> Any:
    if not segment or not _SEGMENT.fullmatch(segment) or len(segment) % 4 == 1:
        raise ValidationError(_FIELD, f"not a JWT: the {name} is not base64url")
    try:
        raw = base64.urlsafe_b64decode(segment + "=" * (-len(segment) % 4))
        return json.loads(raw.decode("utf-8"))
    except (binascii.Error, UnicodeDecodeError, ValueError):
        raise ValidationError(_FIELD, f"not a JWT: the {name} is not base64url JSON") from None


def _is_number(value: object) -> bool:
    if isinstance(value, bool):
        return False
    if isinstance(value, int):
        return True
    return isinstance(value, float) and math.isfinite(value)


def _optional_int(value: object) -> int | None:
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    return None
