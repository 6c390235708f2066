"""Resetting and planting an attacked tenant, for every attacked task of the injection suite.

For each attacked task: reset the tenant of its attack's site, then plant the attack's text, as
an episode's reset does (the browser context is prepared beside it). Prints the median, 95th
percentile and maximum of reset + plant in milliseconds, per site and overall, against the
50 ms reset budget.

    python bench/injection_reset.py
"""

from __future__ import annotations

import asyncio
import statistics
import time
from collections import defaultdict

from sandbox.runner.suites import browser_suite
from sandbox.websites.launcher import running_sites

BUDGET_MS = 50.0


def summary(values: list[float]) -> str:
    ordered = sorted(values)
    p95 = ordered[min(len(ordered) - 1, int(0.95 * len(ordered)))]
    return (f"median {statistics.median(ordered):5.1f} ms, p95 {p95:5.1f} ms, "
            f"max {ordered[-1]:5.1f} ms (n={len(ordered)})")


async def measure(sites) -> dict[str, list[float]]:
    tasks = [t for t in browser_suite("injection").tasks.values() if t.attack]
    times: dict[str, list[float]] = defaultdict(list)
    controls = {site: sites.control(site) for site in ("forum", "shop", "repo")}
    tenants = {site: await control.create_tenant() for site, control in controls.items()}
    for task in tasks:
        attack = task.attack
        site = attack.goal.site
        control = controls[site]
        started = time.perf_counter()
        await control.reset_tenant(tenants[site])
        await control.plant(tenants[site], attack.channel, attack.author, attack.target,
                            attack.text, attack.presentation)
        times[site].append((time.perf_counter() - started) * 1000)
    for site, control in controls.items():
        await control.delete_tenant(tenants[site])
        await control.aclose()
    return times


def main() -> None:
    with running_sites(["forum", "shop", "repo"]) as sites:
        asyncio.run(measure(sites))  # warm up
        times = asyncio.run(measure(sites))
    for site, values in sorted(times.items()):
        print(f"{site:6} reset + plant: {summary(values)}")
    every = [v for values in times.values() for v in values]
    print(f"all    reset + plant: {summary(every)}; budget {BUDGET_MS:.0f} ms: "
          f"{'within' if max(every) <= BUDGET_MS else 'OVER'} "
          f"({sum(v > BUDGET_MS for v in every)} over)")


if __name__ == "__main__":
    main()
