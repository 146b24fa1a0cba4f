"""The printed form of the suite's results: compact tables of costs and ratios, and the targets."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

__all__ = ["compare_lines", "report_lines"]


def _number(value: Any, digits: int = 2) -> str:
    return f"{value:.{digits}f}" if isinstance(value, int | float) else "-"


def report_lines(results: dict[str, Any]) -> Iterator[str]:
    settings = results["settings"]
    calls = results.get("calls", {})
    if calls:
        yield (
            f"Per call: CPU µs per call, medians of {settings['rounds']} interleaved rounds; "
            "ratios are medians of per-round ratios"
        )
        yield f"  {'call':28} {'SDK µs':>9} {'hand µs':>9} {'floor µs':>9} {'SDK/hand':>9} {'SDK/floor':>9}"
        for name, row in calls.items():
            yield (
                f"  {name:28} {_number(row['sdk_us'], 1):>9} {_number(row['hand_us'], 1):>9}"
                f" {_number(row['floor_us'], 1):>9} {_number(row['sdk_over_hand']):>9}"
                f" {_number(row['sdk_over_floor']):>9}"
            )
    first = results.get("first_call", {})
    if first:
        yield ""
        yield f"First call in a fresh process: CPU, medians of {settings['first_call_runs']} processes"
        yield "  hand, floor: first/steady of the hand-written integration and of the floor, measured alike"
        yield "  new client: first call of a second SDK client built after the steady calls, / steady"
        yield "  cold ms: a warmed SDK call just after flushing the CPU caches; first/cold: first / cold ms"
        yield (
            f"  {'endpoint':28} {'import+build ms':>15} {'first ms':>9} {'steady ms':>9} {'first/steady':>12}"
            f" {'hand':>5} {'floor':>5} {'new client':>10} {'cold ms':>7} {'first/cold':>10}"
        )
        for name, row in first.items():
            yield (
                f"  {name:28} {_number(row['import_build_ms'], 1):>15} {_number(row['first_ms'], 2):>9}"
                f" {_number(row['steady_ms'], 3):>9} {_number(row['first_over_steady'], 1):>12}"
                f" {_number(row.get('hand_first_over_steady'), 1):>5}"
                f" {_number(row.get('floor_first_over_steady'), 1):>5}"
                f" {_number(row.get('new_client_over_steady'), 1):>10}"
                f" {_number(row.get('cold_cache_ms'), 2):>7}"
                f" {_number(row.get('first_over_cold_cache'), 1):>10}"
            )
    sign = results.get("playdapp_first_non_ascii_sign")
    if sign:
        yield (
            f"  first Playdapp signature, non-ASCII keys: {_number(sign['cpu_ms'], 1)} ms CPU, "
            f"+{_number(sign['rss_mb'], 1)} MB resident (pyuca imported: {sign['pyuca_imported']})"
        )
    signing = results.get("signing", {})
    if signing:
        yield ""
        yield "Signing"
        far = signing.get("fargames", {})
        line = (
            f"  FAR encode_body+sign {_number(far.get('sdk_us'), 2)} µs;"
            f" naive port {_number(far.get('naive_us'), 2)} µs"
            f" (SDK/naive {_number(far.get('sdk_over_naive'))})"
        )
        if "php_us" in far:
            line += (
                f"; PHP {far['php_version']} {_number(far['php_us'], 2)} µs"
                f" (SDK/PHP {_number(far['sdk_over_php'])}, naive/PHP {_number(far['naive_over_php'])})"
            )
        elif "php" in far:
            line += f"; PHP: {far['php']}"
        yield line
        playdapp = signing.get("playdapp")
        if playdapp:
            line = f"  Playdapp sign {_number(playdapp['python_us'], 2)} µs (wall, best of 5)"
            if "node_us" in playdapp:
                line += (
                    f"; Node {playdapp['node_version']} vendor reference {_number(playdapp['node_us'], 2)} µs"
                    f" (Python/Node {_number(playdapp['python_over_node'])},"
                    f" {1 / playdapp['python_over_node']:.1f}x faster)"
                )
            else:
                line += f"; Node: {playdapp.get('node')}"
            yield line
    yield ""
    yield "Targets (issue: this work; earlier: targets of the first release)"
    for target in results["targets"]:
        mark = {True: "met ", False: "MISS", None: "n/a "}[target["met"]]
        limit = target["limit"]
        limit_text = f"{limit:.2f}" if limit < 10 else f"{limit:g}"
        yield (
            f"  [{mark}] {target['target']:44} {_number(target['value']):>7}"
            f"  (target {target['comparison']} {limit_text}, {target['source']})"
        )
    if "first_call_worst" in results:
        worst = results["first_call_worst"]
        yield (
            f"  worst first call: {worst['endpoint']}; worst first / cold-cache call of any endpoint: "
            f"{_number(worst.get('first_over_cold_cache'))}"
        )
    if "seconds" in results:
        yield f"({results['seconds']:.0f} s)"


def _numbers(value: Any, prefix: str = "") -> dict[str, float]:
    flat: dict[str, float] = {}
    if isinstance(value, dict):
        for key, item in value.items():
            flat.update(_numbers(item, f"{prefix}.{key}" if prefix else str(key)))
    elif isinstance(value, int | float) and not isinstance(value, bool):
        flat[prefix] = float(value)
    return flat


_COMPARED_ENDINGS = (
    "_over_hand",
    "_over_floor",
    "first_over_steady",
    "_over_naive",
    "_over_php",
    "_over_node",
)


def compare_lines(before: dict[str, Any], after: dict[str, Any]) -> Iterator[str]:
    """Each ratio of ``after`` next to the same ratio of ``before`` (an earlier run's JSON)."""
    old, new = _numbers(before), _numbers(after)
    keys = [
        key
        for key in new
        if key in old
        and not key.startswith(("targets", "first_call_worst"))
        and key.endswith(_COMPARED_ENDINGS)
    ]
    keys += [
        key
        for key in ("playdapp_first_non_ascii_sign.cpu_ms", "playdapp_first_non_ascii_sign.rss_mb")
        if key in old and key in new
    ]
    yield f"  {'ratio':64} {'before':>8} {'now':>8} {'now/before':>10}"
    for key in keys:
        change = new[key] / old[key] if old[key] else float("nan")
        yield f"  {key:64} {old[key]:8.2f} {new[key]:8.2f} {change:10.2f}"
