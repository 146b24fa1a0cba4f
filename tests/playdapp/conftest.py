"""Fixtures for the Playdapp signing tests: the shared vectors.

The vendor's JavaScript (``node_reference``) and ``shared_dir`` are suite-wide
fixtures (tests/conftest.py).
"""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture(scope="session")
def playdapp_vectors_path(shared_dir: Path) -> Path:
    """``vectors/playdapp.json``: signatures computed by the vendor's code on the real packages."""
    return shared_dir / "vectors" / "playdapp.json"
