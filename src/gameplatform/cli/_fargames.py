"""``gameplatform fargames send-callback``: a correctly signed FAR wallet callback to your own endpoint."""

from __future__ import annotations

import argparse
import time
import uuid
from typing import Any, Final
from urllib.parse import urlsplit

from gameplatform.cli._common import (
    EXIT_FAILED,
    EXIT_OK,
    EXIT_UNREACHABLE,
    CommandError,
    add_command,
    add_group,
    emit_json,
    integer_argument,
    parse_json_text,
    secret_from_env,
    warn,
)

__all__ = ["register"]

CALLBACK_TYPES: Final = ("getBalance", "makeBet")
_ANSWER_PREVIEW: Final = 100_000

_DETAILS = """\
Builds the wallet callback FAR Games would send (type, agent_id, session_id,
player_id, player_username, currency, language, game_id, request_id, timestamp;
makeBet adds bet and win), encodes it exactly as FAR's PHP does, signs it with the
agent's API token (X-Signature) and POSTs it to URL as application/json, like the
platform does. Prints one JSON line: what was sent, the HTTP status and the answer.
Exit 0 for a 2xx answer, 1 for any other status, 3 when no answer came.

URL must be https://, or http:// to this machine (127.0.0.1, localhost, ::1);
--allow-insecure sends plain HTTP elsewhere. Redirects are not followed.
--field KEY=VALUE adds or replaces a field: VALUE is read as JSON when it parses
(123, true, {"count": 3}), otherwise taken as a string (quote it as JSON, '"123"',
to send digits as a string).

examples:
  export FARGAMES_API_TOKEN=...        # the agent's API token, never on the command line
  gameplatform fargames send-callback http://127.0.0.1:8000/fargames/wallet \\
      --type getBalance --agent-id 1 --player-id player_123 --game-id 123
  gameplatform fargames send-callback https://staging.example.com/wallet --type makeBet \\
      --agent-id 1 --player-id player_123 --game-id 123 --bet 10.5 --win 0 \\
      --field 'freespins={"count": 3}'"""


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``fargames send-callback``."""
    commands = add_group(subparsers, "fargames", summary="FAR Games tools")
    send = add_command(
        commands,
        "send-callback",
        summary="send a signed wallet callback to your own endpoint",
        details=_DETAILS,
    )
    send.add_argument("url", metavar="URL", help="your wallet endpoint")
    send.add_argument("--type", required=True, choices=CALLBACK_TYPES, help="the callback type")
    send.add_argument("--agent-id", required=True, type=integer_argument, metavar="N")
    send.add_argument("--player-id", required=True, metavar="ID")
    send.add_argument("--game-id", required=True, type=integer_argument, metavar="N")
    send.add_argument("--session-id", metavar="ID", help="default: a new UUID")
    send.add_argument("--player-username", metavar="NAME", help="default: the player id")
    send.add_argument("--currency", default="USD", metavar="CODE", help="default: %(default)s")
    send.add_argument("--language", default="en", metavar="CODE", help="default: %(default)s")
    send.add_argument("--request-id", metavar="ID", help="default: a new UUID")
    send.add_argument(
        "--timestamp", type=integer_argument, metavar="UNIX", help="unix seconds (default: now)"
    )
    send.add_argument("--bet", type=_amount, metavar="AMOUNT", help="makeBet: the amount debited")
    send.add_argument(
        "--win", type=_amount, metavar="AMOUNT", help="makeBet: the amount credited (default 0)"
    )
    send.add_argument(
        "--field",
        action="append",
        default=[],
        type=_field,
        metavar="KEY=VALUE",
        help="add or replace a field",
    )
    send.add_argument(
        "--api-token-env",
        default="FARGAMES_API_TOKEN",
        metavar="VAR",
        help="environment variable holding the agent's API token (default: %(default)s)",
    )
    send.add_argument("--timeout", type=float, default=10.0, metavar="SECONDS", help="default: %(default)s")
    send.add_argument(
        "--allow-insecure", action="store_true", help="allow http:// to hosts other than this one"
    )
    send.set_defaults(handler=_send_callback)


def _amount(text: str) -> int | float:
    try:
        value = parse_json_text(text, what="amount")
    except CommandError:
        value = None
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise argparse.ArgumentTypeError(f"not a number: {text!r}")
    return value


def _field(text: str) -> tuple[str, Any]:
    key, equals, value = text.partition("=")
    if not equals or not key:
        raise argparse.ArgumentTypeError(f"expected KEY=VALUE, got {text!r}")
    try:
        return key, parse_json_text(value, what="value")
    except CommandError:
        return key, value


def callback_body(args: argparse.Namespace) -> dict[str, Any]:
    """The callback's data, before encoding."""
    if args.type == "makeBet" and args.bet is None:
        raise CommandError("a makeBet callback needs --bet")
    if args.type != "makeBet" and (args.bet is not None or args.win is not None):
        raise CommandError("--bet and --win belong to makeBet callbacks")
    data: dict[str, Any] = {
        "type": args.type,
        "agent_id": args.agent_id,
        "session_id": args.session_id or str(uuid.uuid4()),
        "player_id": args.player_id,
        "player_username": args.player_username or args.player_id,
        "currency": args.currency,
        "language": args.language,
        "game_id": args.game_id,
        "request_id": args.request_id or str(uuid.uuid4()),
        "timestamp": int(time.time()) if args.timestamp is None else args.timestamp,
    }
    if args.type == "makeBet":
        data["bet"] = args.bet
        data["win"] = 0 if args.win is None else args.win
    data.update(args.field)
    return data


def _check_url(url: str, *, allow_insecure: bool) -> None:
    from gameplatform._transport import check_base_url
    from gameplatform.errors import ConfigurationError

    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise CommandError(f"the URL must be an absolute http:// or https:// URL, got {url!r}")
    if parts.scheme == "http" and not allow_insecure:
        try:
            check_base_url(f"http://{parts.netloc}", setting="URL")
        except ConfigurationError as error:
            raise CommandError(f"{error} (or pass --allow-insecure)") from None


def _send_callback(args: argparse.Namespace) -> int:
    import requests

    from gameplatform import fargames
    from gameplatform._envelope import parsed_body

    _check_url(args.url, allow_insecure=args.allow_insecure)
    if not args.timeout > 0:
        raise CommandError("--timeout must be a positive number of seconds")
    token = secret_from_env(args.api_token_env, what="FAR Games API token")
    data = callback_body(args)
    body = fargames.encode_body(data)
    headers = {"Content-Type": "application/json", "X-Signature": fargames.sign(body, token)}
    try:
        answer = requests.post(
            args.url, data=body, headers=headers, timeout=args.timeout, allow_redirects=False
        )
    except requests.RequestException as error:
        raise CommandError(
            f"no answer from {args.url}: {type(error).__name__}", exit_code=EXIT_UNREACHABLE
        ) from None
    text = answer.content.decode("utf-8", "replace")
    document: dict[str, Any] = {
        "url": args.url,
        "type": data["type"],
        "request_id": data["request_id"],
        "sent": body.decode("utf-8"),
        "status": answer.status_code,
        "answer": text[:_ANSWER_PREVIEW],
        "answer_json": parsed_body(answer),
    }
    emit_json(document)
    ok = 200 <= answer.status_code < 300
    if ok and not _is_balance_answer(document["answer_json"]):
        warn('note: the answer is not {"content": {"balance": ...}}, the success answer FAR expects')
    return EXIT_OK if ok else EXIT_FAILED


def _is_balance_answer(answer: Any) -> bool:
    content = answer.get("content") if isinstance(answer, dict) else None
    return isinstance(content, dict) and "balance" in content
