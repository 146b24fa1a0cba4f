"""A client's first call does no work the SDK could have done before: no imports, no fallbacks.

In a fresh process, each benchmarked endpoint (:mod:`bench.scenarios`: every platform's
common calls, through the canned ``requests`` adapter) is built, then called once. The
first call must import no module (an import on the request path is what a lazily found
codec or a lazily built hook costs the first user after a worker restart), and every
answer must decode through the generated decoders, never the tolerant fallback (which
builds cattrs hooks on first use).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

_CHILD = r"""
import json, sys
from bench.canned import CannedAdapter, canned_session
from bench.scenarios import SCENARIOS
from gameplatform import _serde

fallbacks = []
class Counting:
    def __init__(self, converter):
        self._converter = converter
    def structure(self, data, cls):
        fallbacks.append(getattr(cls, "__name__", str(cls)))
        return self._converter.structure(data, cls)
    def __getattr__(self, name):
        return getattr(self._converter, name)
_serde._CONVERTER = Counting(_serde._CONVERTER)

report = {}
for name, scenario in SCENARIOS.items():
    adapter = CannedAdapter(scenario.routes())
    call = scenario.sdk(canned_session(adapter))
    before = set(sys.modules)
    fallbacks.clear()
    result = call()
    assert scenario.summary_sdk(result) == scenario.expected, name
    report[name] = {"imported": sorted(set(sys.modules) - before), "fallbacks": list(fallbacks)}
print(json.dumps(report))
"""


def test_first_calls_import_nothing_and_use_the_generated_decoders() -> None:
    run = subprocess.run(
        [sys.executable, "-c", _CHILD],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert run.returncode == 0, run.stderr
    report = json.loads(run.stdout.strip().splitlines()[-1])
    assert len(report) >= 10
    assert {name: row["imported"] for name, row in report.items() if row["imported"]} == {}
    assert {name: row["fallbacks"] for name, row in report.items() if row["fallbacks"]} == {}
