"""The ``gameplatform`` command (also ``python -m gameplatform``).

``gameplatform sign``           the exact text the SDK signs and its signature; why another differs
``gameplatform fake``           the bundled fakes, served from the shell until interrupted
``gameplatform stove``          ``decode-token``: a player token's payload and expiry, not verified
``gameplatform fargames``       ``send-callback``: a signed wallet callback to your own endpoint

Secrets come only from environment variables and are never printed. Exit codes:
0 success, 1 a check failed, 2 usage or input error, 3 network failure.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from gameplatform._version import __version__
from gameplatform.cli import _fake, _fargames, _sign, _stove
from gameplatform.cli._common import EXIT_CODES_HELP, EXIT_FAILED, EXIT_INTERRUPTED, EXIT_USAGE, CommandError
from gameplatform.errors import GamePlatformError, ValidationError

__all__ = ["build_parser", "main"]


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of every command."""
    parser = argparse.ArgumentParser(
        prog="gameplatform",
        description="Tools around the gameplatform SDK: signature debugging, local fakes, token decoding, "
        "wallet callbacks. Secrets are read from environment variables only and never printed.",
        epilog=EXIT_CODES_HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    _fake.register(commands)
    _sign.register(commands)
    _stove.register(commands)
    _fargames.register(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; the exit code is the return value."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exit_request:  # --help, --version, or a usage error already printed
        return exit_request.code if isinstance(exit_request.code, int) else EXIT_USAGE
    try:
        code: int = args.handler(args)
    except CommandError as error:
        return _fail(str(error), error.exit_code)
    except ValidationError as error:
        return _fail(f"invalid input: {error}", EXIT_USAGE)
    except GamePlatformError as error:
        return _fail(f"{type(error).__name__}: {error}", EXIT_USAGE)
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        # The reader went away (| head): stop quietly, without a second error at exit.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_FAILED
    return code


def _fail(message: str, code: int) -> int:
    sys.stderr.write(f"gameplatform: error: {message}\n")
    return code
