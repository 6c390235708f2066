"""Offline re-grading in numbers: what each episode stores, and how fast a run re-grades.

    python bench/bench_regrade.py            # an oracle and a refuser run over every 8th task
    python bench/bench_regrade.py --every 1  # over the whole core suite

Runs the oracle (which changes state) and the refuser (which changes nothing) over a
deterministic sample of the core suite, then prints the size of each episode's
``final_state.zip`` (median, quartiles, largest), the run's seed copies (``bases/``, stored
once per run), the re-grading time per episode (no browser, no sites), and whether re-grading
gave back exactly the original grades.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from sandbox.final_state import FILE_NAME
from sandbox.runner.regrade import regrade
from sandbox.runner.run import RunConfig, run
from sandbox.runner.store import RunStore
from sandbox.tasks.loader import load_suite


def kib(size: float) -> str:
    return f"{size / 1024:.1f} KiB"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--every", type=int, default=8, help="take every Nth core task")
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    tasks = sorted(load_suite("core").tasks)[::args.every]
    with tempfile.TemporaryDirectory() as scratch:
        for agent in ("oracle", "refuser"):
            out = Path(scratch) / agent
            run(RunConfig(agent=agent, tasks=tasks, workers=args.workers), out)
            store = RunStore(out)
            results = store.results()
            sizes = [(store.trajectory_dir(r.task_id) / FILE_NAME).stat().st_size
                     for r in results]
            bases = sum(p.stat().st_size for p in (out / "bases").iterdir())
            started = time.perf_counter()
            report = regrade(out)
            seconds = time.perf_counter() - started
            same = [a.row() for a in report.results] == [b.row() for b in results]
            q1, median, q3 = statistics.quantiles(sizes, n=4)
            print(f"{agent}: {len(results)} episodes; final state per episode median "
                  f"{kib(median)} (quartiles {kib(q1)}-{kib(q3)}, largest {kib(max(sizes))}); "
                  f"seed copies {kib(bases)} per run")
            print(f"{agent}: re-graded {report.regraded} in {seconds:.1f} s "
                  f"({seconds / len(results) * 1000:.0f} ms per episode, suite loading "
                  f"included); grades identical: {same}; changed: {len(report.changes)}")


if __name__ == "__main__":
    main()
