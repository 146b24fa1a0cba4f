"""Cold-start cost in a fresh process: each endpoint's first call, and the first non-ASCII Playdapp signature.

The parent runs ``python -m bench.firstcall SCENARIO [sdk|hand|floor]`` (or
``--playdapp-non-ascii-sign``) several times, each a fresh interpreter that prints one
JSON line, and keeps medians.

A scenario child imports the canned transport (``requests``, nothing of the SDK), then
times with :func:`time.process_time`: importing the platform's SDK and building its client
(STOVE's includes issuing the server token, which the benchmarked calls then find cached;
PlayNANOO's seeds the player's tokens), the first call, and a steady call (the median of
batches after a warm-up). The ratio first / steady is what the issue's target bounds.

The signature child imports ``gameplatform.playdapp`` and then measures the CPU time and
the resident memory added by signing its first body, one with non-ASCII keys.

A scenario child of the SDK also times the first call of a second client built in the
warmed process (what a client defers to its first use), and a warmed call made right after
flushing the CPU caches (what any call pays when its caches are cold). The first call's
cost beyond the latter is code run for the first time in the process.
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import time
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

__all__ = ["first_call", "first_non_ascii_sign"]

REPO = Path(__file__).resolve().parents[1]
NON_ASCII_BODY = {
    "userId": "123",
    "이름": "홍길동",
    "名前": "山田",
    "ключ": 1,
    "😀": True,
    "itemCode": "1111",
}


def _child_scenario(name: str, contender: str) -> dict[str, Any]:
    from bench.calls import floor_call
    from bench.canned import CannedAdapter, canned_session
    from bench.scenarios import SCENARIOS
    from bench.timing import calibrate

    scenario = SCENARIOS[name]
    adapter = CannedAdapter(scenario.routes())
    session = canned_session(adapter)
    start = time.process_time()
    if contender == "floor":
        call = floor_call(adapter, scenario.floor)
    else:
        call = (scenario.sdk if contender == "sdk" else scenario.hand)(session)
    built = time.process_time()
    result = call()
    first = time.process_time()
    summary = {"sdk": scenario.summary_sdk, "hand": scenario.summary_hand}.get(contender)
    if summary is not None and summary(result) != scenario.expected:
        raise SystemExit(f"{name}: unexpected first result {summary(result)}")
    number = calibrate(call, batch_seconds=0.01, warmup=50)
    batches = []
    for _ in range(7):
        batch_start = time.process_time()
        for _ in range(number):
            call()
        batches.append((time.process_time() - batch_start) / number)
    steady = statistics.median(batches)
    costs = {
        "import_build_ms": (built - start) * 1e3,
        "first_ms": (first - built) * 1e3,
        "steady_ms": steady * 1e3,
        "first_over_steady": (first - built) / steady,
    }
    if contender == "sdk":
        # A second client, built now: its first call shows what a client defers to first use.
        second = scenario.sdk(canned_session(adapter))
        second_start = time.process_time()
        second()
        costs["new_client_over_steady"] = (time.process_time() - second_start) / steady
        cold = _cold_cache_call(call)
        costs["cold_cache_ms"] = cold * 1e3
        costs["first_over_cold_cache"] = (first - built) / cold
    return costs


_EVICTION_BYTES = 96 * 2**20
"""Three times the largest CPU cache of the benchmark machine (32 MiB of L3)."""


def _cold_cache_call(call: Callable[[], Any], *, samples: int = 7) -> float:
    """CPU seconds of a warmed call made right after the CPU caches were flushed (median).

    Reading a buffer three times the size of the caches evicts the code and data of the
    call: what is left is what any call pays when its caches are cold, with no first-use
    work of the SDK's own and no code running for the first time.
    """
    buffer = bytes(_EVICTION_BYTES)
    timings = []
    for _ in range(samples):
        zlib.crc32(buffer)
        start = time.process_time()
        call()
        timings.append(time.process_time() - start)
    return statistics.median(timings)


def _resident_bytes() -> int:
    try:
        with open("/proc/self/statm", encoding="ascii") as statm:
            import resource

            return int(statm.read().split()[1]) * resource.getpagesize()
    except OSError:  # not Linux: the peak is the best stdlib measure there
        import resource

        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        return peak if sys.platform == "darwin" else peak * 1024


def _child_sign() -> dict[str, Any]:
    from gameplatform.playdapp import sign

    resident = _resident_bytes()
    start = time.process_time()
    signature = sign("bench-secret", "POST", "/v1/items", 1663817250538, "bsD3E7ge", NON_ASCII_BODY)
    cpu = time.process_time() - start
    added = _resident_bytes() - resident
    return {
        "cpu_ms": cpu * 1e3,
        "rss_mb": added / 2**20,
        "pyuca_imported": any(module.split(".")[0] == "pyuca" for module in sys.modules),
        "signature_length": len(signature),
    }


def _run_child(argument: str, runs: int, contender: str = "sdk") -> list[dict[str, Any]]:
    answers = []
    for _ in range(runs):
        result = subprocess.run(
            [sys.executable, "-m", "bench.firstcall", argument, contender],
            cwd=REPO,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        if result.returncode != 0:
            raise RuntimeError(f"first-call child {argument} failed:\n{result.stderr}")
        answers.append(json.loads(result.stdout.strip().splitlines()[-1]))
    return answers


def _medians(answers: list[dict[str, Any]]) -> dict[str, Any]:
    merged: dict[str, Any] = {}
    for key, value in answers[0].items():
        if isinstance(value, bool) or not isinstance(value, int | float):
            merged[key] = (
                value if all(answer[key] == value for answer in answers) else [a[key] for a in answers]
            )
        else:
            merged[key] = statistics.median(answer[key] for answer in answers)
    merged["runs"] = len(answers)
    return merged


def first_call(name: str, *, runs: int) -> dict[str, Any]:
    """Medians over ``runs`` fresh processes of scenario ``name``'s cold-start numbers.

    The hand-written integration and the floor are measured the same way, each in fresh
    processes of its own: their first / steady says how much of the SDK's is what any
    ``requests`` client pays on its first call (code run for the first time).
    """
    medians = _medians(_run_child(name, runs))
    for contender in ("hand", "floor"):
        medians[f"{contender}_first_over_steady"] = _medians(_run_child(name, runs, contender))[
            "first_over_steady"
        ]
    return medians


def first_non_ascii_sign(*, runs: int) -> dict[str, Any]:
    """Medians over ``runs`` fresh processes of the first non-ASCII Playdapp signature's cost."""
    return _medians(_run_child("--playdapp-non-ascii-sign", runs))


if __name__ == "__main__":
    argument = sys.argv[1]
    if argument == "--playdapp-non-ascii-sign":
        answer = _child_sign()
    else:
        answer = _child_scenario(argument, sys.argv[2] if len(sys.argv) > 2 else "sdk")
    print(json.dumps(answer))
