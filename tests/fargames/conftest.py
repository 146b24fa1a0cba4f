"""Fixtures for the FAR Games tests: where the shared vectors live, how to skip without them."""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import NoReturn

import pytest

SHARED_DIR_VARIABLE = "GAMEPLATFORM_SHARED_DIR"


def skip_or_fail(reason: str) -> NoReturn:
    """Skip a test that needs something missing, but fail it under CI, where nothing may be missing."""
    if os.environ.get("CI"):
        pytest.fail(f"{reason} (CI is set, so this is a failure, not a skip)")
    pytest.skip(reason)


def find_shared_dir() -> Path | None:
    """``$GAMEPLATFORM_SHARED_DIR``, else ``shared/`` beside the repository checkout."""
    configured = os.environ.get(SHARED_DIR_VARIABLE)
    if configured:
        return Path(configured)
    candidate = Path(__file__).resolve().parents[2].parent / "shared"
    return candidate if candidate.is_dir() else None


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """The directory holding the vendor-verified vectors (``vectors/fargames.json``)."""
    found = find_shared_dir()
    if found is None or not found.is_dir():
        skip_or_fail(
            f"shared vectors not found: set {SHARED_DIR_VARIABLE} "
            "or put shared/ beside the repository checkout"
        )
    return found


@pytest.fixture(scope="session")
def php_binary() -> str:
    """The path of the PHP CLI, for parity checks against the vendor's own language."""
    found = shutil.which("php")
    if found is None:
        skip_or_fail("php is not installed (apt-get install php-cli); PHP parity cannot be checked")
    return found
