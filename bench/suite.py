"""``make bench``: every platform's common calls, cold starts and signing, as ratios against targets.

Run ``python -m bench`` (``--json PATH`` also writes the results; ``--compare PATH`` prints
each ratio next to an earlier JSON's; ``--help`` for the rest). Everything runs on this
machine in one go, so the ratios compare like with like:

1. per call (:mod:`bench.calls`): the SDK against a hand-written ``requests`` integration
   and against the floor, through one canned adapter (:mod:`bench.canned`);
2. first call in a fresh process (:mod:`bench.firstcall`), and the first Playdapp signature
   over a body with non-ASCII keys (CPU and resident memory);
3. signing against the reference runtimes (:mod:`bench.signing`): PHP, Node.

The table marks each of the issue's targets as met or not; a miss is reported, not hidden.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bench.calls import measure_call
from bench.canned import CannedAdapter, canned_session
from bench.firstcall import first_call, first_non_ascii_sign
from bench.scenarios import SCENARIOS, all_routes
from bench.signing import fargames_signing, playdapp_signing

__all__ = ["Settings", "evaluate_targets", "main", "run"]


@dataclass(frozen=True)
class Settings:
    rounds: int = 21
    batch_seconds: float = 0.02
    first_call_runs: int = 3
    sign_runs: int = 5
    node_loops: int = 10000
    only: tuple[str, ...] = ()
    references: bool = True
    cold_starts: bool = True


QUICK = Settings(rounds=1, batch_seconds=0.0005, first_call_runs=1, sign_runs=1, references=False)


@dataclass(frozen=True)
class Target:
    name: str
    path: tuple[str, ...]
    limit: float
    strict: bool = False  # "under" rather than "at most"
    source: str = "issue"


TARGETS = (
    Target("FAR list_games 2000: SDK / floor", ("calls", "fargames.list_games[2000]", "sdk_over_floor"), 1.3),
    Target("FAR list_games 20: SDK / floor", ("calls", "fargames.list_games[20]", "sdk_over_floor"), 1.3),
    Target("Playdapp list_items: SDK / hand-written", ("calls", "playdapp.list_items", "sdk_over_hand"), 0.5),
    Target("first call / steady, worst endpoint", ("first_call_worst", "first_over_steady"), 3.0),
    Target("FAR encode_body+sign / naive port", ("signing", "fargames", "sdk_over_naive"), 1.15),
    Target("first non-ASCII Playdapp sign: CPU ms", ("playdapp_first_non_ascii_sign", "cpu_ms"), 50.0),
    Target(
        "first non-ASCII Playdapp sign: RSS MB", ("playdapp_first_non_ascii_sign", "rss_mb"), 5.0, strict=True
    ),
    Target(
        "FAR list_games 20: SDK / hand-written",
        ("calls", "fargames.list_games[20]", "sdk_over_hand"),
        0.5,
        source="earlier",
    ),
    Target(
        "Playdapp sign: Python / Node", ("signing", "playdapp", "python_over_node"), 1 / 3, source="earlier"
    ),
)


def _lookup(results: dict[str, Any], path: tuple[str, ...]) -> float | None:
    value: Any = results
    for key in path:
        if not isinstance(value, dict) or key not in value:
            return None
        value = value[key]
    return float(value) if isinstance(value, int | float) and not isinstance(value, bool) else None


def evaluate_targets(results: dict[str, Any]) -> list[dict[str, Any]]:
    """Each target with the measured value and whether it is met (``None``: not measured)."""
    evaluated = []
    for target in TARGETS:
        value = _lookup(results, target.path)
        met = None if value is None else (value < target.limit if target.strict else value <= target.limit)
        evaluated.append(
            {
                "target": target.name,
                "value": value,
                "limit": target.limit,
                "comparison": "<" if target.strict else "<=",
                "met": met,
                "source": target.source,
            }
        )
    return evaluated


def _progress(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def run(settings: Settings, *, progress: Callable[[str], None] = _progress) -> dict[str, Any]:
    """Run the suite; the results as a JSON-ready dictionary."""
    started = time.perf_counter()
    chosen = [
        s for name, s in SCENARIOS.items() if not settings.only or any(part in name for part in settings.only)
    ]
    adapter = CannedAdapter(all_routes(chosen))
    session = canned_session(adapter)
    results: dict[str, Any] = {
        "machine": {
            "python": platform.python_version(),
            "implementation": platform.python_implementation(),
            "system": platform.platform(),
            "cpus": os.cpu_count(),
        },
        "settings": {
            "rounds": settings.rounds,
            "batch_ms": settings.batch_seconds * 1e3,
            "first_call_runs": settings.first_call_runs,
            "clock": "time.process_time (CPU) unless noted",
        },
        "calls": {},
    }
    for scenario in chosen:
        progress(f"per call: {scenario.name}")
        results["calls"][scenario.name] = measure_call(
            scenario, adapter, session, rounds=settings.rounds, batch_seconds=settings.batch_seconds
        )
    if settings.cold_starts:
        results["first_call"] = {}
        for scenario in chosen:
            progress(f"first call in a fresh process: {scenario.name}")
            results["first_call"][scenario.name] = first_call(scenario.name, runs=settings.first_call_runs)
        if results["first_call"]:
            worst = max(results["first_call"].items(), key=lambda item: item[1]["first_over_steady"])
            results["first_call_worst"] = {
                "endpoint": worst[0],
                "first_over_steady": worst[1]["first_over_steady"],
                "first_over_cold_cache": max(
                    row.get("first_over_cold_cache", 0.0) for row in results["first_call"].values()
                ),
            }
        progress("first non-ASCII Playdapp signature in a fresh process")
        results["playdapp_first_non_ascii_sign"] = first_non_ascii_sign(runs=settings.sign_runs)
    progress("signing: FAR Games against a naive port and PHP")
    far = fargames_signing(
        rounds=settings.rounds, batch_seconds=settings.batch_seconds, php=settings.references
    )
    results["signing"] = {"fargames": far}
    if settings.references:
        progress("signing: Playdapp against the vendor's JavaScript under Node")
        results["signing"]["playdapp"] = playdapp_signing(loops=settings.node_loops)
    results["targets"] = evaluate_targets(results)
    results["seconds"] = time.perf_counter() - started
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.splitlines()[0])
    parser.add_argument("--json", type=Path, metavar="PATH", help="also write the results to PATH as JSON")
    parser.add_argument(
        "--compare", type=Path, metavar="PATH", help="print each ratio next to an earlier JSON's"
    )
    parser.add_argument(
        "--rounds", type=int, default=Settings.rounds, help="interleaved rounds per comparison"
    )
    parser.add_argument(
        "--batch-ms", type=float, default=Settings.batch_seconds * 1e3, help="CPU ms per batch"
    )
    parser.add_argument(
        "--first-call-runs", type=int, default=Settings.first_call_runs, help="fresh processes each"
    )
    parser.add_argument(
        "--only", action="append", default=[], metavar="TEXT", help="only calls whose name has TEXT"
    )
    parser.add_argument("--no-references", action="store_true", help="skip PHP and Node")
    parser.add_argument("--no-cold-starts", action="store_true", help="skip the fresh-process measurements")
    parser.add_argument("--quick", action="store_true", help="one tiny round of everything (checks it runs)")
    parser.add_argument("--strict", action="store_true", help="exit 1 when a target of this issue is missed")
    options = parser.parse_args(argv)
    if options.quick:
        settings = QUICK
    else:
        settings = Settings(
            rounds=options.rounds,
            batch_seconds=options.batch_ms / 1e3,
            first_call_runs=options.first_call_runs,
            only=tuple(options.only),
            references=not options.no_references,
            cold_starts=not options.no_cold_starts,
        )
    from bench.report import compare_lines, report_lines

    results = run(settings)
    for line in report_lines(results):
        print(line)
    if options.compare is not None:
        print()
        print(f"Compared with {options.compare}")
        for line in compare_lines(json.loads(options.compare.read_text(encoding="utf-8")), results):
            print(line)
    if options.json is not None:
        options.json.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
        print(f"results written to {options.json}")
    missed = [t for t in results["targets"] if t["source"] == "issue" and t["met"] is False]
    return 1 if options.strict and missed else 0
