"""The command as a whole: help on every command, version, and staying out of ``import gameplatform``."""

from __future__ import annotations

import subprocess
import sys

import pytest
from cli_support import run_cli

from gameplatform import __version__

COMMANDS = [
    [],
    ["fake"],
    ["sign"],
    ["sign", "fargames"],
    ["sign", "playdapp"],
    ["stove", "decode-token"],
    ["fargames", "send-callback"],
]


@pytest.mark.parametrize("command", COMMANDS, ids=lambda command: " ".join(command) or "gameplatform")
def test_every_command_has_help_with_the_exit_codes(command: list[str]) -> None:
    result = run_cli(*command, "--help")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("usage: gameplatform")
    assert "exit codes:" in result.stdout and "2  usage error" in result.stdout


def test_version_and_missing_command() -> None:
    assert run_cli("--version").stdout.strip() == f"gameplatform {__version__}"
    result = run_cli()
    assert result.returncode == 2 and "required" in result.stderr


def test_importing_the_sdk_does_not_import_the_command() -> None:
    probe = "import sys, gameplatform, gameplatform.fargames; print('gameplatform.cli' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"


def test_main_returns_the_exit_code_instead_of_exiting() -> None:
    from gameplatform.cli import main

    assert main(["--version"]) == 0
    assert main(["sign", "fargames"]) == 2  # --body is required
