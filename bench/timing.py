"""Interleaved CPU timing: many rounds, each contender timed in every round, medians of ratios.

Each round runs every contender for one batch (a number of calls calibrated to take about
``batch_seconds`` of CPU), in an order that rotates from round to round; the ratio of two
contenders is taken per round and the median over the rounds is reported, so slow drift
of the machine (frequency scaling, other load) cancels out of the ratios.
CPU time is :func:`time.process_time`: no network, no sleeping, only work.
"""

from __future__ import annotations

import gc
import statistics
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

__all__ = ["Timings", "calibrate", "interleaved", "median_ratio"]

Call = Callable[[], Any]


@dataclass(frozen=True)
class Timings:
    """Per-call CPU microseconds of each contender, one value per round."""

    per_call_us: Mapping[str, list[float]]

    def median_us(self, name: str) -> float:
        return statistics.median(self.per_call_us[name])

    def ratio(self, numerator: str, denominator: str) -> float:
        return median_ratio(self.per_call_us[numerator], self.per_call_us[denominator])


def median_ratio(numerators: list[float], denominators: list[float]) -> float:
    """The median of the per-round ratios."""
    return statistics.median(a / b for a, b in zip(numerators, denominators, strict=True))


def calibrate(call: Call, *, batch_seconds: float, warmup: int = 20) -> int:
    """How many calls make a batch of about ``batch_seconds`` CPU (after ``warmup`` calls)."""
    for _ in range(warmup):
        call()
    number = 1
    while True:
        start = time.process_time()
        for _ in range(number):
            call()
        elapsed = time.process_time() - start
        if elapsed >= batch_seconds / 4 or number >= 1 << 20:
            return max(1, round(number * batch_seconds / max(elapsed, 1e-9)))
        number *= 4


def interleaved(
    contenders: Mapping[str, Call],
    *,
    rounds: int,
    batch_seconds: float,
    clock: Callable[[], float] = time.process_time,
    external: Mapping[str, Callable[[], float]] | None = None,
) -> Timings:
    """Time every contender in each of ``rounds`` rounds (see the module docstring).

    ``external`` contenders run one batch elsewhere (another runtime) and return its µs per
    call as that runtime measured it; they take their turn in every round like the others.
    """
    numbers = {name: calibrate(call, batch_seconds=batch_seconds) for name, call in contenders.items()}
    batches: dict[str, Callable[[], float]] = {
        name: _timed_batch(call, numbers[name], clock) for name, call in contenders.items()
    }
    batches.update(external or {})
    names = list(batches)
    results: dict[str, list[float]] = {name: [] for name in names}
    for round_number in range(rounds):
        gc.collect()
        shift = round_number % len(names)
        for name in names[shift:] + names[:shift]:
            results[name].append(batches[name]())
    return Timings(results)


def _timed_batch(call: Call, number: int, clock: Callable[[], float]) -> Callable[[], float]:
    def batch() -> float:
        start = clock()
        for _ in range(number):
            call()
        return (clock() - start) / number * 1e6

    return batch
