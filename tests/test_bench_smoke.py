"""``make bench`` must not rot: its modules import, and a tiny round of it runs end to end.

No timing is asserted here (the numbers of a tiny round mean nothing); only that every
stage runs, checks its contenders and reports in the documented shape.
"""

from __future__ import annotations

import json
from dataclasses import replace

from bench.report import compare_lines, report_lines
from bench.scenarios import SCENARIOS
from bench.suite import TARGETS, Settings, evaluate_targets, run

TINY = Settings(rounds=1, batch_seconds=0.0005, first_call_runs=1, sign_runs=1, references=False)


def test_a_tiny_round_of_every_call_runs_and_reports() -> None:
    results = run(replace(TINY, cold_starts=False), progress=lambda _message: None)
    assert list(results["calls"]) == list(SCENARIOS)
    for row in results["calls"].values():
        assert set(row) == {"sdk_us", "hand_us", "floor_us", "sdk_over_hand", "sdk_over_floor"}
    assert {"sdk_us", "naive_us", "sdk_over_naive"} <= set(results["signing"]["fargames"])
    assert [target["target"] for target in results["targets"]] == [target.name for target in TARGETS]
    text = "\n".join(report_lines(results))
    assert "playnanoo.storage_save" in text and "Targets" in text
    again = json.loads(json.dumps(results))
    assert any("sdk_over_floor" in line for line in compare_lines(again, results))


def test_a_tiny_cold_start_runs_in_fresh_processes() -> None:
    results = run(replace(TINY, only=("stove.verify",)), progress=lambda _message: None)
    first = results["first_call"]["stove.verify_user_token"]
    assert set(first) >= {"import_build_ms", "first_ms", "steady_ms", "first_over_steady"}
    assert results["first_call_worst"]["endpoint"] == "stove.verify_user_token"
    sign = results["playdapp_first_non_ascii_sign"]
    assert sign["pyuca_imported"] is False
    assert sign["signature_length"] == 88


def test_every_scenario_has_a_distinct_name_and_expected_answer() -> None:
    assert len(SCENARIOS) == 10
    for name, scenario in SCENARIOS.items():
        assert scenario.name == name and scenario.expected


def test_targets_are_judged_against_their_limits() -> None:
    results = {
        "calls": {
            "fargames.list_games[2000]": {"sdk_over_floor": 1.3},
            "fargames.list_games[20]": {"sdk_over_floor": 1.31},
        },
        "playdapp_first_non_ascii_sign": {"cpu_ms": 12.0, "rss_mb": 5.0},
    }
    verdicts = {target["target"]: target["met"] for target in evaluate_targets(results)}
    assert verdicts["FAR list_games 2000: SDK / floor"] is True  # "at most"
    assert verdicts["FAR list_games 20: SDK / floor"] is False
    assert verdicts["first non-ASCII Playdapp sign: CPU ms"] is True
    assert verdicts["first non-ASCII Playdapp sign: RSS MB"] is False  # "under"
    assert verdicts["Playdapp list_items: SDK / hand-written"] is None  # not measured
