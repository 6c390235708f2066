"""Browser env timings: reset, step on a ~2,000-node page vs a BrowserGym-style bare Playwright
step, steps/s with 1, 2 and 4 concurrent episodes, and Chromium memory with 1 and 8 contexts.

Run: python bench/bench_env.py   (starts the forum embedded; prints medians and ratios)
"""

from __future__ import annotations

import asyncio
import re
import statistics
import sys
import time
from pathlib import Path

from playwright.async_api import async_playwright

sys.path.insert(0, str(Path(__file__).parent))
from procmem import chromium_pss_mb  # noqa: E402

from sandbox.envs.browser import AsyncBrowserEnv, BrowserSession, BrowserTask  # noqa: E402
from sandbox.envs.browser.launch import launch_chromium  # noqa: E402
from sandbox.websites.launcher import running_sites  # noqa: E402

BIG_PAGE = "/?sort=new&limit=100"


class BigPageTask(BrowserTask):
    id = "bench.big-page"
    goal = "Browse the front page."
    sites = ("forum",)
    user = "MarvelsGrantMan136"
    start_url = "__FORUM__" + BIG_PAGE


class FrontPageTask(BigPageTask):
    """A typical task's start: the forum's front page (25 posts, about 500 DOM nodes)."""

    start_url = "__FORUM__/"


def tab_id(axtree: str, name: str) -> str:
    return re.search(rf'\[(\d+)\] link "{name}"', axtree)[1]


async def click_tabs(env: AsyncBrowserEnv, obs: dict, steps: int) -> list[float]:
    """Alternate clicks between the 'Top' and 'New' tabs (each loads a 100-post page)."""
    times = []
    for i in range(steps):
        target = "Top" if i % 2 == 0 else "New"
        started = time.perf_counter()
        obs, *_ = await env.step(f'click("{tab_id(obs["axtree"], target)}")')
        times.append(time.perf_counter() - started)
        assert not obs["last_action_error"], obs["last_action_error"]
    return times


async def episode_steps(env: AsyncBrowserEnv, steps: int) -> list[float]:
    obs, _ = await env.reset(BigPageTask())
    return await click_tabs(env, obs, steps)


async def bench_reset_and_step(sites) -> None:
    session = BrowserSession()
    env = AsyncBrowserEnv(sites, session, max_steps=1000)
    resets, small_resets, steps = [], [], []
    for _ in range(16):
        started = time.perf_counter()
        obs, _ = await env.reset(FrontPageTask())
        small_resets.append(time.perf_counter() - started)
        await env.step("noop(50)")
        started = time.perf_counter()
        obs, _ = await env.reset(BigPageTask())
        resets.append(time.perf_counter() - started)
        steps.extend(await click_tabs(env, obs, 4))
    nodes = await env.tabs.active.evaluate("document.querySelectorAll('*').length")
    obs, _ = await env.reset(BigPageTask())
    long_episode = await click_tabs(env, obs, 40)
    await env.close()
    await session.close()
    baseline = await bare_playwright_steps(sites, 32)
    reset_ms = statistics.median(resets[1:]) * 1000
    small_reset_ms = statistics.median(small_resets[1:]) * 1000
    step_ms = statistics.median(long_episode) * 1000
    after_reset_ms = statistics.median(steps) * 1000
    base_ms = statistics.median(baseline) * 1000
    print(f"page size: {nodes} DOM nodes")
    print(f"reset() median, front page start (~500 nodes): {small_reset_ms:.0f} ms "
          "(target <= 250)")
    print(f"reset() median, 100-post start page: {reset_ms:.0f} ms")
    print(f"step() median over a 40-step episode (click + full observation, no screenshot): "
          f"{step_ms:.0f} ms (target <= 200)")
    print(f"step() median over the first 4 steps after a reset (the next episode's context is "
          f"being prepared meanwhile): {after_reset_ms:.0f} ms")
    print(f"bare Playwright step (click + CDP getFullAXTree + screenshot): {base_ms:.0f} ms")
    print(f"ratio env step / bare Playwright step: {step_ms / base_ms:.2f}")


async def bare_playwright_steps(sites, steps: int) -> list[float]:
    """What BrowserGym does per step: the click, the full CDP accessibility tree, a screenshot."""
    async with async_playwright() as playwright:
        browser = await launch_chromium(playwright)
        page = await browser.new_page(viewport={"width": 1280, "height": 720})
        cdp = await page.context.new_cdp_session(page)
        await page.goto(sites["forum"].base_url + BIG_PAGE)
        times = []
        for i in range(steps):
            target = "Top" if i % 2 == 0 else "New"
            started = time.perf_counter()
            await page.get_by_role("link", name=target, exact=True).click()
            await page.wait_for_load_state("load")
            await cdp.send("Accessibility.getFullAXTree")
            await page.screenshot()
            times.append(time.perf_counter() - started)
        await browser.close()
        return times


async def bench_concurrency(sites) -> None:
    for workers in (1, 2, 4):
        session = BrowserSession()
        envs = [AsyncBrowserEnv(sites, session, max_steps=1000) for _ in range(workers)]
        await asyncio.gather(*(e.reset(BigPageTask()) for e in envs))
        started = time.perf_counter()
        results = await asyncio.gather(*(episode_steps(e, 12) for e in envs))
        elapsed = time.perf_counter() - started
        total = sum(len(r) for r in results)
        print(f"{workers} concurrent episode(s): {total / elapsed:.1f} steps/s "
              f"(including one reset each)")
        for e in envs:
            await e.close()
        await session.close()


async def bench_memory(sites) -> None:
    for contexts in (1, 8):
        session = BrowserSession()
        envs = [AsyncBrowserEnv(sites, session) for _ in range(contexts)]
        for e in envs:
            await e.reset(BigPageTask())
        await asyncio.sleep(1)
        print(f"Chromium PSS with {contexts} episode context(s): {chromium_pss_mb():.0f} MB "
              "(each env also keeps one spare context)")
        for e in envs:
            await e.close()
        await session.close()


async def main() -> None:
    with running_sites(["forum"]) as sites:
        await bench_reset_and_step(sites)
        await bench_concurrency(sites)
        await bench_memory(sites)


if __name__ == "__main__":
    asyncio.run(main())
