"""Fixtures shared by the whole suite.

``redis_url`` gives a real redis-server for the session: the one named by
``GAMEPLATFORM_TEST_REDIS_URL`` (``.ci/run`` starts one), else a throwaway server
started here when ``redis-server`` is on PATH, else the test is skipped — or fails
when ``CI`` is set, so CI can never silently skip it. The vendors' reference code
is reached the same way: ``shared_dir`` (the vendor-verified vectors), ``php_binary``
(PHP, for ``json_encode`` parity, driven by ``tests/php/php_reference.py``) and
``node_reference`` (the Playdapp JavaScript, ``tests/node/node_reference.py``).
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

import pytest

if TYPE_CHECKING:
    import redis

TESTS_DIR = Path(__file__).resolve().parent
for _reference_dir in (TESTS_DIR / "node", TESTS_DIR / "php"):
    if str(_reference_dir) not in sys.path:
        sys.path.insert(0, str(_reference_dir))

from node_reference import NodeReference, NodeUnavailable, ensure_installed  # noqa: E402

REDIS_URL_VARIABLE = "GAMEPLATFORM_TEST_REDIS_URL"
SHARED_DIR_VARIABLE = "GAMEPLATFORM_SHARED_DIR"
_START_ATTEMPTS = 3
_READY_WITHIN = 15.0


def _unavailable(reason: str) -> NoReturn:
    """Skip, or fail when running in CI, where every component must be present."""
    if os.environ.get("CI"):
        pytest.fail(f"{reason} (CI is set, so this is a failure, not a skip)")
    pytest.skip(reason)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def _redis_module() -> Any:
    try:
        import redis
    except ImportError:
        _unavailable("the redis package is not installed (pip install -e '.[dev]')")
    return redis


def _wait_until_ready(process: subprocess.Popen[bytes], port: int, log_path: Path) -> bool:
    """Poll PING until the server answers; False if it exited (e.g. the port was taken)."""
    redis_module = _redis_module()
    client = redis_module.Redis(host="127.0.0.1", port=port, socket_connect_timeout=0.5, socket_timeout=0.5)
    deadline = time.monotonic() + _READY_WITHIN
    try:
        while time.monotonic() < deadline:
            if process.poll() is not None:
                return False
            try:
                if client.ping():
                    return True
            except redis_module.exceptions.ConnectionError:
                pass
            time.sleep(0.02)
    finally:
        client.close()
    process.kill()
    process.wait()
    pytest.fail(f"redis-server did not answer PING within {_READY_WITHIN:g} s; log: {log_path}")
    return False


def start_redis_server(workdir: Path) -> tuple[subprocess.Popen[bytes], int]:
    """A new redis-server on a free loopback port (its data and log in ``workdir``)."""
    binary = shutil.which("redis-server")
    if binary is None:
        _unavailable("redis-server is not on PATH")
    _redis_module()
    log_path = workdir / "redis.log"
    for _ in range(_START_ATTEMPTS):
        port = _free_port()
        with log_path.open("ab") as log:
            process = subprocess.Popen(
                [
                    binary,
                    *("--port", str(port), "--bind", "127.0.0.1", "--dir", str(workdir)),
                    *("--save", "", "--appendonly", "no", "--daemonize", "no"),
                ],
                stdout=log,
                stderr=subprocess.STDOUT,
            )
        if _wait_until_ready(process, port, log_path):
            return process, port
        process.wait()
    pytest.fail(f"could not start redis-server after {_START_ATTEMPTS} attempts; log: {log_path}")


def stop_redis_server(process: subprocess.Popen[bytes]) -> None:
    process.kill()  # also ends a stopped (SIGSTOP) server
    process.wait(timeout=10)


@pytest.fixture(scope="session")
def redis_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The URL of a real, empty-at-start redis-server for this test session."""
    configured = os.environ.get(REDIS_URL_VARIABLE)
    if configured:
        yield configured
        return
    if shutil.which("redis-server") is None:
        _unavailable(f"redis-server is not on PATH and {REDIS_URL_VARIABLE} is not set")
    process, port = start_redis_server(tmp_path_factory.mktemp("redis-server"))
    try:
        yield f"redis://127.0.0.1:{port}/0"
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@pytest.fixture
def private_redis(tmp_path: Path) -> Iterator[tuple[str, subprocess.Popen[bytes]]]:
    """A redis-server of this test alone, which the test may freeze (SIGSTOP) or kill."""
    process, port = start_redis_server(tmp_path)
    try:
        yield f"redis://127.0.0.1:{port}/0", process
    finally:
        stop_redis_server(process)


@pytest.fixture
def redis_client(redis_url: str) -> Iterator[redis.Redis]:
    """A client on ``redis_url`` whose database is flushed before the test, for isolation."""
    client: redis.Redis = _redis_module().Redis.from_url(
        redis_url, socket_timeout=5.0, socket_connect_timeout=5.0
    )
    client.flushdb()
    try:
        yield client
    finally:
        client.close()


def find_shared_dir() -> Path | None:
    """``$GAMEPLATFORM_SHARED_DIR``, else ``shared/`` beside the repository checkout."""
    configured = os.environ.get(SHARED_DIR_VARIABLE)
    if configured:
        return Path(configured)
    candidate = TESTS_DIR.parent.parent / "shared"
    return candidate if candidate.is_dir() else None


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """The directory holding the vendor-verified vectors (``vectors/*.json``)."""
    found = find_shared_dir()
    if found is None or not found.is_dir():
        _unavailable(
            f"shared vectors not found: set {SHARED_DIR_VARIABLE} "
            "or put shared/ beside the repository checkout"
        )
    return found


@pytest.fixture(scope="session")
def php_binary() -> str:
    """The path of the PHP CLI, for parity checks against the vendor's own language."""
    found = shutil.which("php")
    if found is None:
        _unavailable("php is not installed (apt-get install php-cli); PHP parity cannot be checked")
    return found


@pytest.fixture(scope="session")
def node_reference() -> Iterator[NodeReference]:
    """The vendor's Playdapp signing function under Node, answering one case per call.

    The npm packages are installed into ``tests/node/node_modules`` on first use.
    """
    try:
        node = ensure_installed()
        reference = NodeReference(node)
    except NodeUnavailable as unavailable:
        _unavailable(f"the JavaScript reference cannot run: {unavailable}")
    with reference:
        yield reference
