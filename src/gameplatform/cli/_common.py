"""What every ``gameplatform`` command shares: exit codes, errors, secrets from the environment, output."""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from pathlib import Path
from typing import Any, Final

__all__ = [
    "EXIT_CODES_HELP",
    "EXIT_FAILED",
    "EXIT_INTERRUPTED",
    "EXIT_OK",
    "EXIT_UNREACHABLE",
    "EXIT_USAGE",
    "CommandError",
    "add_command",
    "add_group",
    "emit_json",
    "integer_argument",
    "parse_json_text",
    "read_text",
    "secret_from_env",
    "warn",
]

EXIT_OK: Final = 0
EXIT_FAILED: Final = 1
"""A check failed: signatures or signed texts differ, a callback was answered with a non-2xx status."""
EXIT_USAGE: Final = 2
"""Bad arguments, input or configuration (argparse uses 2 as well)."""
EXIT_UNREACHABLE: Final = 3
"""The network part failed: no HTTP answer, or a port that cannot be listened on."""
EXIT_INTERRUPTED: Final = 130

EXIT_CODES_HELP: Final = """\
exit codes:
  0  success (and, with --expect, the signatures match)
  1  a check failed: a signature or signed text differs, or a non-2xx answer
  2  usage error: bad arguments or input, a missing environment variable
  3  network failure: no HTTP answer, or a port that cannot be listened on
  130  interrupted (Ctrl+C) before finishing; fake exits 0 when stopped so
"""


_INTEGER: Final = re.compile(r"-?[0-9]+")


class CommandError(Exception):
    """A failure to report as one line on stderr, then exit with ``exit_code``."""

    def __init__(self, message: str, *, exit_code: int = EXIT_USAGE) -> None:
        super().__init__(message)
        self.exit_code = exit_code


def add_command(
    subparsers: argparse._SubParsersAction[argparse.ArgumentParser], name: str, *, summary: str, details: str
) -> argparse.ArgumentParser:
    """A subcommand whose ``--help`` shows ``details`` and the exit codes, laid out as written."""
    return subparsers.add_parser(
        name,
        help=summary,
        description=f"{summary}\n\n{details}".rstrip(),
        epilog=EXIT_CODES_HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )


def add_group(
    subparsers: argparse._SubParsersAction[argparse.ArgumentParser], name: str, *, summary: str
) -> argparse._SubParsersAction[argparse.ArgumentParser]:
    """A command that only groups subcommands (``gameplatform stove ...``); its subcommands' adder."""
    group = subparsers.add_parser(name, help=summary, description=f"{summary}.")
    return group.add_subparsers(dest=f"{name}_command", metavar="COMMAND", required=True)


def secret_from_env(variable: str, *, what: str) -> str:
    """The value of environment variable ``variable``: never an argument, never printed."""
    value = os.environ.get(variable)
    if value is None:
        raise CommandError(f"the {what} is read from the environment variable {variable}, which is not set")
    if not value:
        raise CommandError(f"the environment variable {variable} ({what}) is empty")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise CommandError(f"the environment variable {variable} ({what}) is not valid UTF-8") from None
    return value


def read_text(*, inline: str | None, path: str | None, what: str) -> str | None:
    """Text given inline, or read from a file (``-``: standard input), or ``None`` for neither."""
    if path is None:
        return inline
    try:
        if path == "-":
            return sys.stdin.read()
        return Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise CommandError(f"cannot read the {what} from {path}: {error}") from None


def integer_argument(text: str) -> int:
    """An argparse type: decimal digits with an optional minus, nothing else (no ``_``, ``+``, spaces)."""
    if not _INTEGER.fullmatch(text):
        raise argparse.ArgumentTypeError(f"not an integer: {text!r}")
    return int(text)


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


def parse_json_text(text: str, *, what: str) -> Any:
    """``json.loads`` that refuses NaN and Infinity (not JSON) with a clear message."""
    try:
        return json.loads(text, parse_constant=_refuse_constant)
    except ValueError as error:
        raise CommandError(f"the {what} is not valid JSON: {error}") from None


def emit_json(document: Any) -> None:
    """One JSON document on one stdout line, flushed; non-ASCII raw where stdout takes UTF-8."""
    encoding = (getattr(sys.stdout, "encoding", None) or "").lower().replace("-", "")
    text = json.dumps(document, ensure_ascii=encoding != "utf8")
    sys.stdout.write(text + "\n")
    sys.stdout.flush()


def warn(text: str) -> None:
    """A note for the person at the terminal, on stderr."""
    sys.stderr.write(text.rstrip("\n") + "\n")
    sys.stderr.flush()
