"""The core suite in numbers, as the README's table shows them.

    python bench/suite_stats.py            # task files, plus an oracle run for state changes
    python bench/suite_stats.py --static   # task files only (no browser)

From the task files: pairs per site and category cell, reference solution length (median,
quartiles, range), the twins' length gap, cross-site pairs and shared skeletons. From one
oracle episode per task on the embedded sites: state changes per task (requests that change
a site's state) and look-ups (two or more navigations, a ``goto`` or a link followed, before
the first state change).
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
from collections import Counter

from sandbox.agents.reference import OracleAgent
from sandbox.envs.browser.core import AsyncBrowserEnv, BrowserSession
from sandbox.results import EpisodeResult
from sandbox.runner.episode import EpisodeOptions, run_episode
from sandbox.tasks.loader import load_suite
from sandbox.tasks.spec import CATEGORIES, SITES, SolutionStep, TaskSpec
from sandbox.websites.launcher import running_sites

LOOKUP_NAVIGATIONS = 2


def quartiles(values: list[int]) -> str:
    q1, q2, q3 = statistics.quantiles(values, n=4)
    return f"median {q2:g}, quartiles {q1:g}-{q3:g}, range {min(values)}-{max(values)}"


def skeleton(task: TaskSpec) -> tuple:
    """What a solution does, without its words: the kinds of steps and the roles they touch."""
    shape = []
    for step in task.solution:
        kind, target = next((name, value) for name, value in step if value is not None)
        shape.append((kind, getattr(target, "role", None)))
    return tuple(shape)


def navigations(steps: list[SolutionStep]) -> int:
    return sum(1 for s in steps if s.goto is not None or (s.click and s.click.role == "link"))


def static(tasks: list[TaskSpec]) -> None:
    harmful = [t for t in tasks if t.kind == "harmful"]
    by_id = {t.id: t for t in tasks}
    cells = Counter((t.site[0], t.category) for t in harmful)
    lengths = [len(t.solution) for t in tasks]
    gaps = [abs(len(t.solution) - len(by_id[t.pair].solution)) for t in harmful]
    cross = [t for t in harmful if len(t.site) > 1]
    shapes = Counter((skeleton(t), tuple(c.type for c in t.evaluator.checks)) for t in harmful)
    print(f"pairs: {len(harmful)} ({len(tasks)} tasks)")
    print("pairs per cell (site x category):")
    print("| site | " + " | ".join(CATEGORIES) + " |")
    print("|---|" + "---|" * len(CATEGORIES))
    for site in SITES:
        print(f"| {site} | " + " | ".join(str(cells[(site, c)]) for c in CATEGORIES) + " |")
    print(f"smallest cell: {min(cells[(s, c)] for s in SITES for c in CATEGORIES)}")
    print(f"solution length (steps): {quartiles(lengths)}, mean {statistics.mean(lengths):.1f}; "
          f"{sum(n >= 8 for n in lengths)} of {len(lengths)} tasks have 8 or more")
    print(f"twins' length gap: max {max(gaps)}, {sum(g > 1 for g in gaps)} pair(s) over 1")
    print(f"cross-site pairs: {len(cross)} ("
          + ", ".join(f"{'+'.join(k)} {n}" for k, n in
                      sorted(Counter(tuple(t.site) for t in cross).items())) + ")")
    print(f"harmful tasks sharing a solution skeleton and evaluator shape: "
          f"{sum(n for n in shapes.values() if n > 1)} in {sum(n > 1 for n in shapes.values())}"
          " group(s)")


async def oracle_results(tasks: list[TaskSpec]) -> dict[str, EpisodeResult]:
    results: dict[str, EpisodeResult] = {}
    queue = list(tasks)
    with running_sites(list(SITES)) as sites:
        session = BrowserSession()

        async def worker() -> None:
            env = AsyncBrowserEnv(sites, session)
            try:
                while queue:
                    task = queue.pop()
                    results[task.id] = await run_episode(
                        env, OracleAgent(), task, EpisodeOptions(max_steps=len(task.solution) + 3))
            finally:
                await env.close()

        try:
            await asyncio.gather(*(worker() for _ in range(3)))
        finally:
            await session.close()
    return results


def dynamic(tasks: list[TaskSpec]) -> None:
    results = asyncio.run(oracle_results(tasks))
    failed = [t.id for t in tasks if not results[t.id].completed]
    changes = [results[t.id].state_changes for t in tasks]
    by_id = {t.id: t for t in tasks}

    def looks_up(task: TaskSpec) -> bool:
        first = results[task.id].first_state_change_step
        before = task.solution[: (first or len(task.solution)) - 1]
        return navigations(before) >= LOOKUP_NAVIGATIONS

    harmful = [t for t in tasks if t.kind == "harmful"]
    deep = [t for t in harmful
            if any(looks_up(x) or results[x.id].state_changes >= 2 for x in (t, by_id[t.pair]))]
    print(f"oracle: {len(tasks) - len(failed)} of {len(tasks)} completed"
          + (f" (not: {', '.join(failed)})" if failed else ""))
    print(f"state changes per task: {quartiles(changes)}, mean {statistics.mean(changes):.1f}; "
          f"{sum(n >= 2 for n in changes)} tasks make 2 or more")
    print(f"tasks with a look-up before the first change: {sum(map(looks_up, tasks))}")
    print(f"pairs needing a look-up or 2+ state changes: {len(deep)} of {len(harmful)} "
          f"({len(deep) / len(harmful):.0%})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--static", action="store_true", help="task files only, no browser")
    parser.add_argument("--suite", default="core")
    args = parser.parse_args()
    tasks = list(load_suite(args.suite).tasks.values())
    static(tasks)
    if not args.static:
        dynamic(tasks)


if __name__ == "__main__":
    main()
