"""Planting channels: visibility of planted text to the agent (outline) and to a person
(screenshot) for every channel x presentation, and the cost of planting and of a tenant reset.

Run: python bench/injection_visibility.py [--write]   (starts the three sites embedded; --write
updates the table in docs/injection-channels.md)
"""

from __future__ import annotations

import asyncio
import statistics
import sys
import time
from pathlib import Path

from sandbox.envs.browser import AsyncBrowserEnv, BrowserSession
from sandbox.envs.browser.observation import ObservationConfig
from sandbox.injection.cases import CASES, PRESENTATIONS
from sandbox.injection.visibility import TEXT, Visibility, measure, table
from sandbox.websites.launcher import Sites, running_sites

DOC = Path(__file__).parent.parent / "docs" / "injection-channels.md"
BEGIN, END = "<!-- table:begin -->", "<!-- table:end -->"
ROUNDS = 50


async def visibility(sites: Sites) -> list[Visibility]:
    session = BrowserSession()
    env = AsyncBrowserEnv(sites, session, ObservationConfig(screenshot=False))
    try:
        return [await measure(env, case, p) for case in CASES for p in PRESENTATIONS]
    finally:
        await env.close()
        await session.close()


async def timings(sites: Sites) -> dict[str, float]:
    """Median milliseconds of one plant and of one tenant reset, over ``ROUNDS`` each."""
    case = CASES[0]
    plant, reset = [], []
    async with sites.control(case.site) as control:
        tenant = await control.create_tenant()
        for _ in range(ROUNDS):
            started = time.perf_counter()
            await control.plant(tenant, case.channel, case.author, case.target, TEXT, "hidden")
            plant.append(time.perf_counter() - started)
            started = time.perf_counter()
            await control.reset_tenant(tenant)
            reset.append(time.perf_counter() - started)
        await control.delete_tenant(tenant)
    return {"plant_ms": statistics.median(plant) * 1000,
            "reset_ms": statistics.median(reset) * 1000}


def write_doc(markdown: str) -> None:
    text = DOC.read_text()
    head, _, rest = text.partition(BEGIN)
    _, _, tail = rest.partition(END)
    DOC.write_text(f"{head}{BEGIN}\n{markdown}\n{END}{tail}")


async def main() -> None:
    with running_sites(["forum", "shop", "repo"]) as sites:
        rows = await visibility(sites)
        times = await timings(sites)
    markdown = table(rows)
    print(markdown)
    print(f"\nplant median {times['plant_ms']:.1f} ms, reset median {times['reset_ms']:.1f} ms "
          f"({ROUNDS} rounds, {CASES[0].channel})")
    if "--write" in sys.argv:
        write_doc(markdown)


if __name__ == "__main__":
    asyncio.run(main())
