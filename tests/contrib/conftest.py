"""Django, configured once for the framework tests: the real framework, its test client, real caches.

Settings are Django's usual ones (CSRF middleware on), a sqlite database for the database
cache, local memory as the default cache; tests switch caches and ``GAMEPLATFORM`` with
``override_settings``. The example project's directory is put on ``sys.path`` so its
``mysite`` package can be routed to in-process.
"""

from __future__ import annotations

import atexit
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import django
import pytest
from django.conf import settings

ROOT = Path(__file__).resolve().parents[2]
DJANGO_EXAMPLE = ROOT / "examples" / "django_project"
FLASK_EXAMPLE = ROOT / "examples" / "flask_app"

if str(DJANGO_EXAMPLE) not in sys.path:
    sys.path.insert(0, str(DJANGO_EXAMPLE))

_DATABASE_DIR = tempfile.mkdtemp(prefix="gameplatform-django-")
atexit.register(shutil.rmtree, _DATABASE_DIR, ignore_errors=True)

if not settings.configured:
    settings.configure(
        DEBUG=False,
        SECRET_KEY="tests-only",
        ALLOWED_HOSTS=["testserver"],
        INSTALLED_APPS=["gameplatform.contrib.django"],
        MIDDLEWARE=[
            "django.middleware.security.SecurityMiddleware",
            "django.middleware.common.CommonMiddleware",
            "django.middleware.csrf.CsrfViewMiddleware",
        ],
        ROOT_URLCONF="mysite.urls",
        DATABASES={
            "default": {
                "ENGINE": "django.db.backends.sqlite3",
                "NAME": f"{_DATABASE_DIR}/db.sqlite3",
                # IMMEDIATE: concurrent writers wait for each other instead of failing with
                # "database is locked" (the database cache is written from many threads here).
                "OPTIONS": {"transaction_mode": "IMMEDIATE", "timeout": 20},
            }
        },
        CACHES={
            "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "tests"},
            "db": {
                "BACKEND": "django.core.cache.backends.db.DatabaseCache",
                "LOCATION": "gameplatform_cache",
            },
        },
        USE_TZ=True,
    )
    django.setup()


def unavailable(reason: str) -> None:
    """Skip, or fail under CI, where every component must be present."""
    if os.environ.get("CI"):
        pytest.fail(f"{reason} (CI is set, so this is a failure, not a skip)")
    pytest.skip(reason)


@pytest.fixture(autouse=True)
def _fresh_clients_and_caches() -> Iterator[None]:
    """Each test starts with no clients built and empty caches."""
    from django.core.cache import caches

    from gameplatform.contrib.django import clients

    clients.reset()
    caches["default"].clear()
    yield
    clients.reset()


@pytest.fixture(scope="session")
def cache_table() -> str:
    """The database cache's table, created once."""
    from django.core.management import call_command

    call_command("createcachetable", verbosity=0)
    return "db"


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


@pytest.fixture(scope="session")
def memcached_location(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """``host:port`` of a throwaway memcached (Debian's ``memcached``), for the session."""
    binary = shutil.which("memcached")
    if binary is None:
        unavailable("memcached is not on PATH (apt-get install memcached)")
    try:
        import pymemcache  # noqa: F401
    except ImportError:
        unavailable("pymemcache is not installed (pip install -e '.[dev]')")
    assert binary is not None
    port = _free_port()
    log = tmp_path_factory.mktemp("memcached") / "memcached.log"
    as_user = ["-u", "nobody"] if os.geteuid() == 0 else []  # memcached refuses to run as root
    with log.open("wb") as output:
        process = subprocess.Popen(
            [binary, "-l", "127.0.0.1", "-p", str(port), "-U", "0", "-m", "16", *as_user],
            stdout=output,
            stderr=subprocess.STDOUT,
        )
    deadline = time.monotonic() + 10
    try:
        while True:
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                    break
            except OSError:
                if process.poll() is not None or time.monotonic() > deadline:
                    pytest.fail(f"memcached did not start; log: {log}")
                time.sleep(0.02)
        yield f"127.0.0.1:{port}"
    finally:
        process.terminate()
        process.wait(timeout=10)


def cache_settings(backend: str, location: str | None = None, **options: Any) -> dict[str, Any]:
    """One CACHES entry."""
    entry: dict[str, Any] = {"BACKEND": backend}
    if location is not None:
        entry["LOCATION"] = location
    if options:
        entry["OPTIONS"] = options
    return entry
