"""Drive the vendor's JavaScript signing reference (``reference.js``) from Python.

Used by the Playdapp differential tests and by the benchmark suite (``bench/signing.py``).
:func:`ensure_installed` runs ``npm ci`` here when ``node_modules`` is missing or holds
other versions than ``package-lock.json`` pins; :class:`NodeReference` keeps one
``node reference.js`` process and exchanges one JSON line per case with it.

Node runs with its locale pinned to ``en_US.UTF-8`` (ICU's root collation, which is what
``localeCompare`` uses on a server with no locale or ``C``); the handshake's ``locale``
says what ICU actually resolved.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import threading
from pathlib import Path
from typing import Any

__all__ = [
    "NODE_DIR",
    "PINNED_VERSIONS",
    "NodeReference",
    "NodeUnavailable",
    "ensure_installed",
    "node_environment",
]

NODE_DIR = Path(__file__).resolve().parent
REFERENCE_SCRIPT = NODE_DIR / "reference.js"
PINNED_VERSIONS = {"crypto-js": "4.2.0", "sort-json": "2.0.1"}
_INSTALL_TIMEOUT = 300.0
_install_lock = threading.Lock()


class NodeUnavailable(RuntimeError):
    """``node`` or ``npm`` is missing, or the pinned packages could not be installed."""


def node_environment() -> dict[str, str]:
    """The environment for Node: this one, with the collation locale pinned."""
    environment = {key: value for key, value in os.environ.items() if not key.startswith("LC_")}
    environment["LANG"] = "en_US.UTF-8"
    environment["LC_ALL"] = "en_US.UTF-8"
    return environment


def _installed_versions() -> dict[str, str | None]:
    versions: dict[str, str | None] = {}
    for name in PINNED_VERSIONS:
        manifest = NODE_DIR / "node_modules" / name / "package.json"
        try:
            versions[name] = json.loads(manifest.read_text(encoding="utf-8")).get("version")
        except (OSError, ValueError):
            versions[name] = None
    return versions


def ensure_installed() -> str:
    """Install the pinned packages if needed; return the path of ``node``."""
    node = shutil.which("node")
    if node is None:
        raise NodeUnavailable("node is not installed (apt-get install nodejs npm)")
    with _install_lock:
        if _installed_versions() == PINNED_VERSIONS:
            return node
        npm = shutil.which("npm")
        if npm is None:
            raise NodeUnavailable("npm is not installed (apt-get install npm)")
        command = [npm, "ci", "--no-audit", "--no-fund", "--ignore-scripts", "--loglevel=error"]
        try:
            result = subprocess.run(
                command,
                cwd=NODE_DIR,
                capture_output=True,
                text=True,
                timeout=_INSTALL_TIMEOUT,
                check=False,
            )
        except subprocess.TimeoutExpired:
            raise NodeUnavailable(f"npm ci did not finish within {_INSTALL_TIMEOUT:g} s") from None
        if result.returncode != 0:
            raise NodeUnavailable(f"npm ci failed in {NODE_DIR}: {result.stderr.strip()[-2000:]}")
        if _installed_versions() != PINNED_VERSIONS:
            raise NodeUnavailable(f"npm ci installed {_installed_versions()}, expected {PINNED_VERSIONS}")
    return node


class NodeReference:
    """One long-lived ``node reference.js``: send a case, read its answer."""

    def __init__(self, node: str) -> None:
        self._process = subprocess.Popen(
            [node, str(REFERENCE_SCRIPT)],
            cwd=NODE_DIR,
            env=node_environment(),
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            encoding="utf-8",
            bufsize=1,
        )
        self._lock = threading.Lock()
        self._next_id = 0
        self.handshake: dict[str, Any] = self._read()
        if not self.handshake.get("ready"):
            self.close()
            raise NodeUnavailable(f"unexpected handshake from reference.js: {self.handshake}")

    def sign(
        self,
        *,
        secret: str,
        method: str,
        path: str,
        timestamp: int,
        nonce: str,
        body_json: str | None,
    ) -> dict[str, Any]:
        """``{"signing_string", "signature"}``, or ``{"error"}`` when the reference threw."""
        return self._ask(
            {
                "secret": secret,
                "method": method,
                "path": path,
                "timestamp": timestamp,
                "nonce": nonce,
                "body_json": body_json,
            }
        )

    def js_number_text(self, number_json: str) -> str:
        """``String(JSON.parse(number_json))``: how JavaScript prints a JSON number token."""
        answer = self._ask({"js_number_text": number_json})
        if "error" in answer:
            raise ValueError(answer["error"])
        text: str = answer["text"]
        return text

    def close(self) -> None:
        """Stop the Node process (closing its stdin ends it)."""
        if self._process.poll() is None:
            if self._process.stdin is not None:
                self._process.stdin.close()
            try:
                self._process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self._process.kill()
                self._process.wait()
        for stream in (self._process.stdout, self._process.stderr):
            if stream is not None:
                stream.close()

    def __enter__(self) -> NodeReference:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def _ask(self, request: dict[str, Any]) -> dict[str, Any]:
        with self._lock:
            self._next_id += 1
            request = {"id": self._next_id, **request}
            assert self._process.stdin is not None
            # ensure_ascii keeps unpaired surrogates as \udxxx escapes, which JSON.parse restores.
            self._process.stdin.write(json.dumps(request, ensure_ascii=True) + "\n")
            self._process.stdin.flush()
            answer = self._read()
        if answer.get("id") != request["id"]:
            raise RuntimeError(f"reference.js answered {answer.get('id')} to request {request['id']}")
        return answer

    def _read(self) -> dict[str, Any]:
        assert self._process.stdout is not None
        line = self._process.stdout.readline()
        if not line:
            error = self._process.stderr.read() if self._process.stderr is not None else ""
            raise NodeUnavailable(f"reference.js exited: {error.strip()[-2000:]}")
        answer: dict[str, Any] = json.loads(line)
        return answer
