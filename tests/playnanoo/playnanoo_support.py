"""Shared helpers of the PlayNANOO tests (imported by them, never collected)."""

from __future__ import annotations

import threading

from gameplatform.playnanoo import DeviceInfo, DevicePlatform

DEVICE = DeviceInfo(
    device_id="device-1",
    platform=DevicePlatform.AOS,
    device_model="Pixel 8",
    device_os="14",
    device_language="EN",
    device_country="KR",
    device_timeoffset="32400",
    version="1.2.3",
)
"""A complete device: every field but ``uuid`` and ``nickname`` (known after sign-in)."""

WAIT = 30.0
"""Upper bound for waits on other threads or processes (never reached when things work)."""


class RecordingSleep:
    """A ``sleep`` that returns at once and remembers what it was asked to wait."""

    def __init__(self) -> None:
        self.calls: list[float] = []
        self._lock = threading.Lock()

    def __call__(self, seconds: float) -> None:
        with self._lock:
            self.calls.append(seconds)


class ManualClock:
    """A clock that moves only when told."""

    def __init__(self, start: float = 1_000_000.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds
