"""Run the installed ``gameplatform`` console script as a user would, and watch what it prints.

Every run goes through :func:`run_cli` or :class:`FakeProcess`, which check that no
secret handed to the command through the environment appears in anything it printed.
"""

from __future__ import annotations

import json
import os
import queue
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

GAMEPLATFORM = Path(sys.executable).parent / "gameplatform"
"""The console script ``pip install`` made next to this interpreter."""

SECRET_VARIABLES = ("FARGAMES_API_TOKEN", "PLAYDAPP_API_SECRET")
"""Removed from the inherited environment, so only what a test gives is there."""

_START_WITHIN = 30.0
_STOP_WITHIN = 15.0


def command_environment(env: Mapping[str, str]) -> dict[str, str]:
    environment = {key: value for key, value in os.environ.items() if key not in SECRET_VARIABLES}
    environment.update(env)
    return environment


def assert_no_secret(outputs: Sequence[str], secrets: Mapping[str, str]) -> None:
    for name, value in secrets.items():
        for output in outputs:
            assert value not in output, f"the value of ${name} was printed"


def run_cli(
    *args: str,
    secrets: Mapping[str, str] | None = None,
    env: Mapping[str, str] | None = None,
    stdin: str | None = None,
    command: Sequence[str] | None = None,
    timeout: float = 60.0,
) -> subprocess.CompletedProcess[str]:
    """Run ``gameplatform ARGS``; ``secrets`` go into the environment and must not come out."""
    secrets = dict(secrets or {})
    result = subprocess.run(
        [*(command or [str(GAMEPLATFORM)]), *args],
        env=command_environment({**(env or {}), **secrets}),
        input=stdin,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=timeout,
        check=False,
    )
    assert_no_secret([result.stdout, result.stderr], secrets)
    return result


def json_output(result: subprocess.CompletedProcess[str]) -> Any:
    """The one JSON line a command printed on stdout."""
    lines = result.stdout.split("\n")  # not splitlines(): U+2028 may stand raw inside a JSON string
    assert len(lines) == 2 and not lines[1], result.stdout + result.stderr
    return json.loads(lines[0])


class FakeProcess:
    """``gameplatform fake ...`` running in the background until :meth:`stop`."""

    def __init__(self, *args: str, secrets: Mapping[str, str] | None = None) -> None:
        self.secrets = dict(secrets or {})
        self.process = subprocess.Popen(
            [str(GAMEPLATFORM), "fake", *args],
            env=command_environment(self.secrets),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            encoding="utf-8",
        )
        self._lines: queue.Queue[str | None] = queue.Queue()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()
        self.announcements: list[dict[str, Any]] = []
        self.printed: list[str] = []

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self._lines.put(line)
        self._lines.put(None)

    def wait_until_ready(self) -> list[dict[str, Any]]:
        """The JSON lines printed before ``ready``; fails if it exits or takes too long."""
        deadline = time.monotonic() + _START_WITHIN
        while True:
            try:
                line = self._lines.get(timeout=max(0.0, deadline - time.monotonic()))
            except queue.Empty:
                raise AssertionError(f"no 'ready' within {_START_WITHIN:g} s: {self.printed}") from None
            if line is None:
                _, error = self.process.communicate(timeout=_STOP_WITHIN)
                raise AssertionError(f"exited {self.process.returncode} before 'ready': {error}")
            self.printed.append(line)
            if line == "ready\n":
                return self.announcements
            self.announcements.append(json.loads(line))

    def stop(self, number: int = signal.SIGINT) -> tuple[int, str, str]:
        """Send the signal; the exit code, the rest of stdout and all of stderr once it has exited."""
        self.process.send_signal(number)
        try:
            self.process.wait(timeout=_STOP_WITHIN)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
            raise AssertionError(f"still running {_STOP_WITHIN:g} s after signal {number}") from None
        self._reader.join(timeout=_STOP_WITHIN)
        rest = []
        while True:
            line = self._lines.get_nowait() if not self._lines.empty() else None
            if line is None:
                break
            rest.append(line)
        assert self.process.stderr is not None
        error = self.process.stderr.read()
        self.close()
        assert_no_secret(["".join(self.printed), "".join(rest), error], self.secrets)
        return self.process.returncode, "".join(rest), error

    def close(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait()
        for stream in (self.process.stdout, self.process.stderr):
            if stream is not None:
                stream.close()

    def __enter__(self) -> FakeProcess:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()
