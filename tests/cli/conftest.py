"""The command-line tests run the installed console script; without it they fail, they never skip."""

from __future__ import annotations

import pytest
from cli_support import GAMEPLATFORM


@pytest.fixture(autouse=True, scope="session")
def console_script_installed() -> None:
    if not GAMEPLATFORM.is_file():
        pytest.fail(f"{GAMEPLATFORM} is missing: install the package (make venv, or pip install -e .)")
