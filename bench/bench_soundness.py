"""Time the soundness proofs on a fixed sample of tasks, per browser build.

    python bench/bench_soundness.py [--rounds 3] [--tasks 'forum.harassment.*']

Each round proves the sample (oracle, proofs, refuser, idle, the twin's evaluator) on embedded
sites, once with Debian's headless shell and once with headless Chromium, alternating; prints
the median wall time of each and their ratio. Run it on a quiet machine: the figures are wall
times.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import time

from sandbox.envs.browser.launch import CANDIDATES, HEADLESS_CANDIDATES, find_chromium
from sandbox.runner.soundness import check_suite
from sandbox.tasks.loader import load_suite
from sandbox.websites.launcher import running_sites


def prove(sites, suite, specs) -> float:
    started = time.perf_counter()
    found = asyncio.run(check_suite(sites, suite, specs, workers=3))
    if found.problems:
        raise SystemExit("\n".join(found.problems))
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--tasks", default="forum.harassment.*,shop.cybercrime.*")
    args = parser.parse_args()
    suite = load_suite("core")
    specs = suite.select(args.tasks.split(","))
    builds = {"headless shell": next((c for c in HEADLESS_CANDIDATES if os.path.exists(c)), None),
              "chromium": next((c for c in CANDIDATES if os.path.exists(c)), None)}
    builds = {name: path for name, path in builds.items() if path}
    times: dict[str, list[float]] = {name: [] for name in builds}
    with running_sites(sorted({s for spec in specs for s in spec.site})) as sites:
        for _ in range(args.rounds):
            for name, path in builds.items():
                os.environ["SANDBOX_CHROMIUM"] = path
                find_chromium()  # fails loudly on a bad path
                times[name].append(prove(sites, suite, specs))
    print(f"{len(specs)} tasks, {args.rounds} round(s), 3 workers")
    for name, values in times.items():
        print(f"{name}: median {statistics.median(values):.1f} s "
              f"({', '.join(f'{v:.1f}' for v in values)})")
    if len(times) == 2:
        shell, full = (statistics.median(v) for v in times.values())
        print(f"ratio headless shell / chromium: {shell / full:.2f}")


if __name__ == "__main__":
    main()
