"""The suite soundness check, repeated beside a CPU hog: does it ever fail under load?

Starts the sites embedded, starts ``--hogs`` processes that spin on the CPU, and runs the
soundness check (oracle, proofs, refuser, idle agent, swapped twins; see
sandbox/runner/soundness.py) on the selected tasks ``--rounds`` times. Each problem is printed
as it is found; each round prints its duration and problem count; the end prints how many
rounds failed.

Run: python bench/stress_soundness.py --rounds 10 --hogs 2 --tasks 'forum.*' 'shop.*'
"""

from __future__ import annotations

import argparse
import asyncio
import multiprocessing
import statistics
import time

from sandbox.runner.soundness import check_suite
from sandbox.tasks.loader import load_suite
from sandbox.websites.launcher import running_sites


def spin() -> None:
    while True:
        pass


def report(task_id: str, problems: list[str]) -> None:
    for problem in problems:
        print(f"  PROBLEM {problem}", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=10)
    parser.add_argument("--hogs", type=int, default=2, help="CPU-spinning processes")
    parser.add_argument("--workers", type=int, default=3)
    parser.add_argument("--tasks", nargs="*", help="task id patterns (default: every task)")
    args = parser.parse_args()

    suite = load_suite("core")
    specs = suite.select(args.tasks)
    hogs = [multiprocessing.Process(target=spin, daemon=True) for _ in range(args.hogs)]
    for hog in hogs:
        hog.start()
    durations, failed = [], 0
    try:
        with running_sites() as sites:
            for round_number in range(1, args.rounds + 1):
                started = time.perf_counter()
                found = asyncio.run(check_suite(sites, suite, specs, args.workers, report))
                durations.append(time.perf_counter() - started)
                failed += bool(found.problems)
                print(f"round {round_number}: {len(specs)} tasks, {durations[-1]:.0f} s, "
                      f"{len(found.problems)} problem(s)", flush=True)
    finally:
        for hog in hogs:
            hog.terminate()
    median = statistics.median(durations) if durations else 0
    print(f"\n{failed} of {len(durations)} rounds failed ({args.hogs} CPU hogs on "
          f"{multiprocessing.cpu_count()} cores; median round {median:.0f} s)")


if __name__ == "__main__":
    main()
