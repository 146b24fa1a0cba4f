"""Fixtures for the Playdapp signing tests: the shared vectors and the vendor's JavaScript.

``node_reference`` is one ``node tests/node/reference.js`` process for the whole session
(the npm packages are installed into ``tests/node/node_modules`` on first use). Without
``node``/``npm`` the tests that need it are skipped, or fail when ``CI`` is set.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import NoReturn

import pytest

SHARED_DIR_VARIABLE = "GAMEPLATFORM_SHARED_DIR"
NODE_DIR = Path(__file__).resolve().parents[1] / "node"

if str(NODE_DIR) not in sys.path:
    sys.path.insert(0, str(NODE_DIR))

from node_reference import NodeReference, NodeUnavailable, ensure_installed  # noqa: E402


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
def playdapp_vectors_path() -> Path:
    """``vectors/playdapp.json``: signatures computed by the vendor's code on the real packages."""
    shared = find_shared_dir()
    path = shared / "vectors" / "playdapp.json" if shared is not None else None
    if path is None or not path.is_file():
        skip_or_fail(
            f"shared vectors not found: set {SHARED_DIR_VARIABLE} "
            "or put shared/ beside the repository checkout"
        )
    return path


@pytest.fixture(scope="session")
def node_reference() -> Iterator[NodeReference]:
    """The vendor's signing function under Node, answering one case per call."""
    try:
        node = ensure_installed()
        reference = NodeReference(node)
    except NodeUnavailable as unavailable:
        skip_or_fail(f"the JavaScript reference cannot run: {unavailable}")
    with reference:
        yield reference
