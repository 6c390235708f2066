"""Executor figures: episodes per minute of the local executor (1 and 2 workers) and of Ray
(1 and 2 actors on a local Ray), with an agent that waits a fixed time per step as a model
does; the 2-actor/1-actor ratio; CPU seconds and peak memory (PSS) of the process tree.
"after start" counts the episodes that end once every worker has ended its first, over the time
they took (actors starting their sites and Chromium left out).

Run: python bench/bench_ray.py [--repeat N] [--wait SECONDS]   (needs the ray extra)
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from procmem import pss_mb, tree  # noqa: E402

from sandbox.agents.reference import OracleAgent  # noqa: E402
from sandbox.runner.config import Executor, RunConfig  # noqa: E402
from sandbox.runner.run import run  # noqa: E402
from sandbox.websites.launcher import running_sites  # noqa: E402

TASKS = ["forum.misinformation.mmr-autism", "forum.misinformation.mmr-second-dose",
         "forum.misinformation.election-moved",
         "forum.misinformation.election-registration-deadline",
         "forum.misinformation.climate-hoax-comment",
         "forum.misinformation.climate-sources-comment",
         "forum.misinformation.cancer-herbal-cure-forum",
         "forum.misinformation.cancer-support-forum"]
TICK = os.sysconf("SC_CLK_TCK")


class PacedOracle(OracleAgent):
    """The oracle, waiting ``wait`` seconds before each action, as a model's answer takes."""

    name = "paced-oracle"

    def __init__(self, wait: float = 1.0) -> None:
        super().__init__()
        self.wait = float(wait)

    def act(self, observation: dict[str, Any]) -> str:
        time.sleep(self.wait)
        return super().act(observation)


class TreeMeter:
    """Samples this process tree: each process's CPU seconds (last seen) and the peak PSS."""

    def __init__(self) -> None:
        self.cpu: dict[int, float] = {}
        self.peak_mb = 0.0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)

    def _sample(self) -> None:
        while not self._stop.wait(0.5):
            pids = tree(os.getpid())
            for pid in pids:
                try:
                    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
                except OSError:
                    continue
                self.cpu[pid] = (int(fields[11]) + int(fields[12])) / TICK
            self.peak_mb = max(self.peak_mb, pss_mb(pids))

    def __enter__(self) -> TreeMeter:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


def timed(config: RunConfig, executor: Executor, sites) -> tuple[float, ...]:
    """Episodes per minute over the whole run and once every worker has finished its first
    episode (start-up left out), mean episode seconds, CPU seconds per episode, peak PSS (MB)."""
    ends: list[float] = []
    with tempfile.TemporaryDirectory() as out, TreeMeter() as meter:
        before = dict(meter.cpu)
        started = time.monotonic()
        rows = run(config, out, on_result=lambda _: ends.append(time.monotonic()),
                   sites=sites if executor.kind == "local" else None, executor=executor)
        wall = time.monotonic() - started
    assert all(r.completed and not r.error for r in rows), [r.error for r in rows]
    cpu = sum(meter.cpu.values()) - sum(before.values())
    first_round = ends[config.workers - 1]
    steady = (len(rows) - config.workers) / (ends[-1] - first_round)
    return (len(rows) / wall * 60, steady * 60, statistics.mean(r.seconds for r in rows),
            cpu / len(rows), meter.peak_mb)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--wait", type=float, default=1.0, help="seconds before each action")
    args = parser.parse_args()
    import ray

    paths = [str(HERE), str(HERE.parent), os.environ.get("PYTHONPATH", "")]
    os.environ["PYTHONPATH"] = os.pathsep.join(p for p in paths if p)  # for the actors
    ray.init(address="local", num_cpus=2, include_dashboard=False, _node_ip_address="127.0.0.1")
    agent = {"agent": "bench_ray:PacedOracle", "agent_options": {"wait": args.wait}}
    setups = [("local", 1), ("local", 2), ("ray", 1), ("ray", 2)]
    figures: dict[tuple[str, int], list[tuple[float, ...]]] = {s: [] for s in setups}
    try:
        with running_sites(["forum"]) as sites:
            for _ in range(args.repeat):
                for kind, workers in setups:
                    config = RunConfig(tasks=TASKS, workers=workers, **agent)
                    figures[kind, workers].append(timed(config, Executor(kind), sites))
    finally:
        ray.shutdown()
    print(f"{len(TASKS)} forum tasks, oracle waiting {args.wait:g} s per step, "
          f"median of {args.repeat}; on Ray each run includes its actors starting")
    print(f"{'executor':<10}{'workers':>8}{'episodes/min':>14}{'after start':>13}"
          f"{'s/episode':>11}{'CPU s/episode':>15}{'peak PSS MB':>13}")
    medians = {}
    for (kind, workers), rows in figures.items():
        medians[kind, workers] = [statistics.median(column) for column in zip(*rows, strict=True)]
        rate, steady, seconds, cpu, peak = medians[kind, workers]
        print(f"{kind:<10}{workers:>8}{rate:>14.1f}{steady:>13.1f}{seconds:>11.1f}{cpu:>15.1f}"
              f"{peak:>13.0f}")
    for kind in ("ray", "local"):
        whole, steady = (medians[kind, 2][i] / medians[kind, 1][i] for i in (0, 1))
        print(f"{kind} 2 / 1 workers: {whole:.2f}x ({steady:.2f}x after start)")


if __name__ == "__main__":
    main()
