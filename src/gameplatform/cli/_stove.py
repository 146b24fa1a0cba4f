"""``gameplatform stove decode-token``: what a STOVE player token says about itself, NOT verified."""

from __future__ import annotations

import argparse
import datetime
import sys
import time
from typing import Any, Final

from gameplatform.cli._common import EXIT_FAILED, EXIT_OK, CommandError, add_command, add_group, emit_json

__all__ = ["register"]

_WARNING: Final = (
    "not verified: the signature was not checked (the key is STOVE's), so this token may be forged, "
    "revoked or for another game; only StoveClient.verify_user_token establishes who the player is"
)

_DETAILS = """\
Decodes the payload of a STOVE player token (a JWT from StoveSDK_GetToken) without
verifying it, and prints one JSON line:
  {"verified": false, "warning": ..., "payload": {...},
   "expire_time": ISO-8601 UTC, "expire_time_ms": ..., "expired": true|false}
Nothing is sent anywhere. A token that is not a JWT with a numeric expire_time
exits 2 with the reason (the token itself is never echoed).

examples:
  gameplatform stove decode-token eyJhbGciOiJIUzI1NiJ9.eyJleHBpcmVfdGltZSI6...
  pbpaste | gameplatform stove decode-token -      # keep the token out of the shell history"""


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``stove decode-token``."""
    commands = add_group(subparsers, "stove", summary="STOVE tools")
    decode = add_command(
        commands,
        "decode-token",
        summary="show a player token's payload and expiry (not verified)",
        details=_DETAILS,
    )
    decode.add_argument(
        "token", metavar="TOKEN", help="the player token, or '-' to read it from standard input"
    )
    decode.add_argument(
        "--fail-if-expired", action="store_true", help="exit 1 when the token has expired (default: exit 0)"
    )
    decode.set_defaults(handler=_decode_token)


def _decode_token(args: argparse.Namespace) -> int:
    from gameplatform.errors import ValidationError
    from gameplatform.stove import decode_user_token

    token = sys.stdin.read().strip() if args.token == "-" else args.token
    try:
        claims = decode_user_token(access_token=token)
    except ValidationError as error:
        raise CommandError(
            f"cannot read the player token ({len(token)} characters): {error.reason}"
        ) from None
    expired = claims.expire_time <= time.time() * 1000.0
    document: dict[str, Any] = {
        "verified": False,
        "warning": _WARNING,
        "payload": dict(claims.payload),
        "expire_time": _iso_utc(claims.expires_at),
        "expire_time_ms": claims.expire_time,
        "expired": expired,
    }
    emit_json(document)
    return EXIT_FAILED if expired and args.fail_if_expired else EXIT_OK


def _iso_utc(seconds: float) -> str | None:
    """``2022-09-23T09:13:27.417Z``, or ``None`` past the dates Python can represent."""
    try:
        moment = datetime.datetime.fromtimestamp(seconds, tz=datetime.UTC)
    except (OverflowError, OSError, ValueError):
        return None
    return moment.isoformat(timespec="milliseconds").replace("+00:00", "Z")
