"""Per-call cost of Playdapp request signing: ours against the vendor's JavaScript under Node.

Run ``python bench/bench_playdapp_sign.py [--loops N] [--repeat R]``. Both sides sign
the documented Mapping Item body (vector ``doc_post_items``) ``N`` times per round and
keep the best of ``R`` rounds: Python with :mod:`timeit`, Node with ``process.hrtime``
in ``tests/node/reference.js`` (its pinned npm packages are installed on first use).
Both signatures are checked against each other before timing counts.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import timeit
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests" / "node"))

from node_reference import NodeUnavailable, ensure_installed, node_environment  # noqa: E402

from gameplatform.playdapp._signing import sign  # noqa: E402

SECRET = "test-secret-Ab9"
ARGS = ("POST", "/v1/items", 1663817250538, "bsD3E7ge")
DOC_BODY = {
    "userId": "123",
    "serviceContractId": 1,
    "itemCode": "1111",
    "itemId": "11",
    "itemAttributes": [
        {"trait_type": "Base", "value": "Starfish"},
        {"trait_type": "Eyes", "value": "Big"},
    ],
}
EXPECTED = "kVUpVJdFtK9YOD9KHiOXJ8x3kdMlvSRyLU0olvYPFdi/m6KMr1hVAMwc/duyr85rmq1thI7RqEnoxOgPA3GwSQ=="


def python_per_call_us(loops: int, repeat: int) -> float:
    signature = sign(SECRET, *ARGS, DOC_BODY)
    if signature != EXPECTED:
        raise SystemExit(f"Python signature {signature} differs from the documented vector")
    timer = timeit.Timer(lambda: sign(SECRET, *ARGS, DOC_BODY))
    return min(timer.repeat(repeat=repeat, number=loops)) / loops * 1e6


def node_per_call_us(loops: int) -> tuple[float, str]:
    node = ensure_installed()
    result = subprocess.run(
        [node, "reference.js", "bench", str(loops)],
        cwd=REPO / "tests" / "node",
        env=node_environment(),
        capture_output=True,
        text=True,
        check=True,
        timeout=600,
    )
    report = json.loads(result.stdout)
    if report["signature"] != EXPECTED:
        raise SystemExit(f"Node signature {report['signature']} differs from the documented vector")
    return float(report["per_call_us"]), str(report["node"])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--loops", type=int, default=20000, help="calls per timed round (default 20000)")
    parser.add_argument("--repeat", type=int, default=5, help="rounds; the best counts (default 5)")
    options = parser.parse_args()

    ours = python_per_call_us(options.loops, options.repeat)
    print(
        f"python sign(), Mapping Item body: {ours:8.2f} µs/call (best of {options.repeat} x {options.loops})"
    )
    try:
        theirs, version = node_per_call_us(options.loops)
    except NodeUnavailable as unavailable:
        print(f"node reference: unavailable ({unavailable})")
        return 1
    print(f"node {version} vendor reference:    {theirs:8.2f} µs/call (best of 5 x {options.loops})")
    print(f"speed-up: {theirs / ours:.1f}x (target: at least 3x)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
