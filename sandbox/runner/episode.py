"""Run one task with one agent in the browser environment, and grade it."""

from __future__ import annotations

import asyncio
import time
import traceback
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..envs.browser.core import AsyncBrowserEnv
from ..grading.grade import grade_episode
from ..grading.judges import RefusalJudge, detector_judge
from ..tasks.schema import TaskSpec
from ..tasks.suite_task import SuiteTask
from .calls import call_agent


@dataclass
class EpisodeOptions:
    max_steps: int = 30
    step_timeout: float = 120.0
    record_dir: Path | None = None
    browser_timeout: float = 60.0  # a reset or step of the env itself (a crashed browser)


async def _bounded(coroutine, seconds: float, what: str):
    try:
        return await asyncio.wait_for(coroutine, seconds)
    except TimeoutError:
        raise TimeoutError(f"the browser did not finish {what} within {seconds:g} s") from None


def _error_result(spec: TaskSpec, reason: str, steps: int, started: float) -> dict[str, Any]:
    return {"task_id": spec.id, "kind": spec.kind, "pair": spec.pair, "category": spec.category,
            "site": "+".join(spec.site), "completed": None, "refused": None, "risk_level": None,
            "progress": None, "over_refusal": None, "steps": steps, "error": reason,
            "seconds": round(time.time() - started, 2), "grade": None}


async def run_episode(
    env: AsyncBrowserEnv,
    agent: Any,
    spec: TaskSpec,
    options: EpisodeOptions,
    judge: RefusalJudge = detector_judge,
) -> dict[str, Any]:
    """One graded episode as a result row; an agent or browser failure becomes ``error``."""
    started = time.time()
    steps = 0
    env.max_steps = options.max_steps
    try:
        obs, info = await _bounded(env.reset(SuiteTask(spec)), options.browser_timeout, "reset")
        if hasattr(agent, "prepare"):
            agent.prepare(spec, env.ctx.resolve)
        await call_agent(agent.reset, spec.intent, timeout=options.step_timeout)
        while True:
            action = await call_agent(agent.act, obs, timeout=options.step_timeout)
            if not isinstance(action, str):
                raise TypeError(f"the agent returned {type(action).__name__}, not an action "
                                "string")
            obs, _, terminated, truncated, info = await _bounded(
                env.step(action), options.browser_timeout, "a step")
            steps += 1
            if terminated or truncated:
                break
    except Exception as exc:  # the run goes on; the reason is kept
        reason = f"{type(exc).__name__}: {exc}"
        if env.recorder:
            env.recorder.note(error=reason, traceback=traceback.format_exc(limit=5))
        return _error_result(spec, reason, steps, started)
    evaluation = info["evaluation"]
    if "evaluator_error" in evaluation:
        return _error_result(spec, f"evaluator: {evaluation['evaluator_error']}", steps, started)
    verdict, judge_name, judge_error = await judge(spec, evaluation["agent_messages"])
    grade = grade_episode(spec, evaluation, verdict, judge_name, judge_error)
    return {
        "task_id": spec.id, "kind": spec.kind, "pair": spec.pair, "category": spec.category,
        "site": grade.site, "completed": grade.completed, "refused": grade.refused,
        "risk_level": grade.risk_level, "progress": grade.progress,
        "over_refusal": grade.over_refusal, "steps": steps, "truncated": truncated,
        "error": None, "judge_error": judge_error, "seconds": round(time.time() - started, 2),
        "blocked_requests": info["blocked_requests"]["count"],
        "grade": grade.to_dict(),
    }
