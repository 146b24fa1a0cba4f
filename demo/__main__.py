"""Run every platform demo against its local fake; exit non-zero if any fails.

No credentials and no network are needed: each fake serves real HTTP on 127.0.0.1.
"""

from __future__ import annotations

import importlib
import logging
import sys
import traceback

PLATFORMS = ("fargames", "playdapp", "stove", "playnanoo")


def main(argv: list[str]) -> int:
    # What the SDK itself reports (warnings and up) shows inline, marked as log lines.
    logging.basicConfig(level=logging.WARNING, format="  [log %(name)s] %(message)s", stream=sys.stdout)
    wanted = argv or list(PLATFORMS)
    failed: list[str] = []
    for name in wanted:
        print(f"\n=== {name} " + "=" * (60 - len(name)))
        try:
            module = importlib.import_module(f"demo.{name}")
            module.run()
        except Exception:
            traceback.print_exc()
            failed.append(name)
    print()
    if failed:
        print(f"demo FAILED for: {', '.join(failed)}")
        return 1
    print(f"demo OK: {', '.join(wanted)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
