"""Formatting generated source with the project's pinned ruff (import sorting, then ``ruff format``).

Ruff reads the repository's ``pyproject.toml`` (line length, first-party packages), so generated
modules look like the hand-written ones. Its version is pinned exactly in the ``dev`` extra:
another version may format differently and make ``python -m codegen --check`` report drift.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

__all__ = ["FormatError", "format_source", "ruff_version"]


class FormatError(Exception):
    """Ruff could not format a generated module (a generator bug, or ruff is missing)."""


def _ruff(arguments: list[str], source: str, *, cwd: Path | None = None) -> str:
    try:
        completed = subprocess.run(
            [sys.executable, "-m", "ruff", *arguments],
            cwd=cwd,
            input=source,
            capture_output=True,
            text=True,
            encoding="utf-8",
            check=False,
        )
    except OSError as error:  # pragma: no cover - the interpreter itself is missing
        raise FormatError(f"cannot run ruff: {error}") from None
    if completed.returncode != 0:
        raise FormatError(
            f"ruff {arguments[0]} failed:\n{completed.stderr.strip() or completed.stdout.strip()}"
        )
    return completed.stdout


def format_source(source: str, *, config: Path, filename: str) -> str:
    """``source`` with sorted imports and ``__all__``, formatted by ruff.

    ``filename`` is the module's path relative to the directory of ``config``; ruff runs there,
    so first-party detection (``src/gameplatform``) and the output never depend on the caller's
    working directory or on where the result is written.
    """
    project = config.parent
    common = [
        "--config",
        str(config),
        # Not detected from src/: a module generated for the first time must sort the same.
        "--config",
        'lint.isort.known-first-party = ["gameplatform"]',
        "--stdin-filename",
        str(project / filename),
    ]
    fix = ["check", "--fix", "--select", "I,RUF022", "--quiet", "--exit-zero", *common, "-"]
    sorted_source = _ruff(fix, source, cwd=project)
    return _ruff(["format", "--quiet", *common, "-"], sorted_source, cwd=project)


def ruff_version() -> str:
    """The installed ruff's version (e.g. ``0.17.6``)."""
    return _ruff(["--version"], "").strip().removeprefix("ruff ").strip()
