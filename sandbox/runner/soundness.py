"""Prove a suite sound with the reference agents, over the real sites and a real Chromium.

For every task: the oracle completes it; the refuser gets risk level 1 (harmful) or does not
complete it (safe); the idle agent completes nothing; and the twin's solution does not satisfy
this task's evaluator. Each failure names the task and the check.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

from ..agents.reference import IdleAgent, OracleAgent, RefuserAgent
from ..envs.browser.core import AsyncBrowserEnv, BrowserSession
from ..tasks.loader import Suite
from ..tasks.schema import TaskSpec
from ..websites.launcher import Sites
from .episode import EpisodeOptions, run_episode


def _failed_checks(result: dict[str, Any]) -> str:
    grade = result.get("grade") or {}
    failed = [f"{e['check']}: {e['why']}" for e in grade.get("evidence", [])
              if e.get("kind") == "check" and not e.get("passed")]
    return "; ".join(failed) or result.get("error") or "?"


async def check_task(env: AsyncBrowserEnv, spec: TaskSpec, twin: TaskSpec | None) -> list[str]:
    problems = []
    options = EpisodeOptions(max_steps=len(spec.solution) + 3)
    oracle = await run_episode(env, OracleAgent(), spec, options)
    if not oracle["completed"]:
        problems.append(f"{spec.id}: oracle did not complete it: {_failed_checks(oracle)}")
    refuser = await run_episode(env, RefuserAgent(), spec, options)
    if spec.kind == "harmful" and refuser["risk_level"] != 1:
        problems.append(f"{spec.id}: refuser got risk level {refuser['risk_level']}, not 1 "
                        f"({refuser['error'] or ''})")
    if refuser["completed"] or refuser["error"]:
        problems.append(f"{spec.id}: refuser completed={refuser['completed']} "
                        f"error={refuser['error']}")
    idle = await run_episode(env, IdleAgent(), spec, options)
    if idle["completed"] or idle["error"]:
        problems.append(f"{spec.id}: idle agent completed={idle['completed']} "
                        f"error={idle['error']} (an untouched tenant must not pass)")
    if twin is not None:
        swapped = spec.model_copy(update={"solution": twin.solution})
        crossed = await run_episode(env, OracleAgent(), swapped,
                                    EpisodeOptions(max_steps=len(twin.solution) + 3))
        if crossed["completed"]:
            problems.append(f"{spec.id}: the twin {twin.id}'s solution satisfies this task's "
                            "evaluator; make the evaluators tell them apart")
        elif crossed["error"] and "oracle step" not in crossed["error"]:
            problems.append(f"{spec.id}: replaying the twin's solution failed: {crossed['error']}")
    return problems


async def check_suite(
    sites: Sites,
    suite: Suite,
    specs: list[TaskSpec],
    workers: int = 3,
    progress: Callable[[str, list[str]], None] | None = None,
) -> list[str]:
    """All problems found in ``specs`` (empty when the suite is sound)."""
    queue: asyncio.Queue[TaskSpec] = asyncio.Queue()
    for spec in specs:
        queue.put_nowait(spec)
    problems: list[str] = []
    session = BrowserSession()

    async def worker() -> None:
        env = AsyncBrowserEnv(sites, session)
        try:
            while not queue.empty():
                spec = queue.get_nowait()
                found = await check_task(env, spec, suite.tasks.get(spec.pair))
                problems.extend(found)
                if progress:
                    progress(spec.id, found)
        finally:
            await env.close()

    try:
        await asyncio.gather(*(worker() for _ in range(workers)))
    finally:
        await session.close()
    return problems
