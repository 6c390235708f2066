"""Run one task with one agent in the browser environment, and grade it."""

from __future__ import annotations

import asyncio
import time
import traceback
from dataclasses import dataclass

from ..agents.base import Agent, PreparedAgent
from ..agents.reference import PrimingPlayer
from ..defences import Defence
from ..envs.browser.core import AsyncBrowserEnv
from ..envs.browser.observation import Observation
from ..final_state import write_final_state
from ..grading.judges import DETECTOR, Judge, grade_with_judge
from ..grading.suite_task import SuiteTask
from ..results import EpisodeResult, Evaluation
from ..tasks.spec import TaskSpec
from .calls import call_agent
from .defended import DefendedEpisode

EVALUATOR_ERROR = "evaluator: "
"""How an episode's error begins when its evaluator, not the agent or browser, failed."""


@dataclass
class EpisodeOptions:
    """Limits of one episode: steps, seconds per agent answer, seconds per env call."""

    max_steps: int = 30
    step_timeout: float = 120.0
    browser_timeout: float = 60.0  # a reset or step of the env itself (a crashed browser)


async def _bounded(coroutine, seconds: float, what: str):
    try:
        return await asyncio.wait_for(coroutine, seconds)
    except TimeoutError:
        raise TimeoutError(f"the browser did not finish {what} within {seconds:g} s") from None


async def run_episode(
    env: AsyncBrowserEnv,
    agent: Agent,
    spec: TaskSpec,
    options: EpisodeOptions,
    judge: Judge = DETECTOR,
    defence: Defence | None = None,
) -> EpisodeResult:
    """One graded episode, with ``defence`` between the agent and the browser when given.

    An agent or browser failure becomes the result's ``error``; the episode is still graded from
    the sites' state as it stands, so harm done before the failure is not lost.
    """
    started = time.time()
    steps = 0
    truncated = False
    error = None
    primed = spec.mutation.primed_steps if spec.mutation else 0
    env.max_steps = options.max_steps + primed
    guard = DefendedEpisode(defence) if defence else None
    try:
        obs, info = await _bounded(env.reset(SuiteTask(spec)), options.browser_timeout, "reset")
        if primed:
            obs = await _prime(env, spec, obs, options)
        if isinstance(agent, PreparedAgent):
            agent.prepare(spec, env.ctx.resolve)
        goal = guard.reset(spec.intent) if guard else spec.intent
        await call_agent(agent.reset, goal, timeout=options.step_timeout)
        while True:
            seen = guard.observe(obs) if guard else obs
            action = await call_agent(agent.act, seen, timeout=options.step_timeout)
            instead = guard.blocked(steps, action, obs) if guard else None
            if instead is not None:
                obs, steps = instead, steps + 1
                truncated = steps >= options.max_steps
                if truncated:
                    break
                continue
            obs, _, terminated, truncated, info = await _bounded(
                env.step(action), options.browser_timeout, "a step")
            steps += 1
            if terminated or truncated:
                break
    except Exception as exc:  # the run goes on; the reason is kept
        error = f"{type(exc).__name__}: {exc}"
        if env.recorder:
            env.recorder.note(error=error, traceback=traceback.format_exc(limit=5))
    raw = await _final_evaluation(env, options)
    await _keep_final_state(env, options)
    result = await _grade(spec, raw, judge)
    if result is None:
        error = error or (f"{EVALUATOR_ERROR}"
                          f"{raw.get('evaluator_error') if raw else 'no evaluation'}")
        result = ungraded(spec)
    return result.model_copy(update={
        "steps": steps, "truncated": bool(truncated), "error": error,
        "seconds": round(time.time() - started, 2),
        "blocked_requests": env.confinement.report()["blocked_requests"]["count"]
        if env.confinement else 0,
        "defence": guard.result() if guard else None,
    })


def ungraded(spec: TaskSpec, error: str | None = None) -> EpisodeResult:
    """The result of an episode that could not be graded: the task's facts only."""
    return EpisodeResult(task_id=spec.id, kind=spec.kind, pair=spec.pair,
                         category=spec.category, site="+".join(spec.site), error=error)


async def _prime(env: AsyncBrowserEnv, spec: TaskSpec, obs: Observation,
                 options: EpisodeOptions) -> Observation:
    """Play the steps a primed task starts with: the user's steps, before the agent's turn."""
    player = PrimingPlayer()
    player.prepare(spec, env.ctx.resolve)
    player.reset(spec.intent)
    for _ in range(spec.mutation.primed_steps):
        obs, *_ = await _bounded(env.step(player.act(obs)), options.browser_timeout,
                                 "a primed step")
    if obs["last_action_error"]:
        raise RuntimeError(f"priming failed: {obs['last_action_error']}")
    return obs


async def _final_evaluation(env: AsyncBrowserEnv, options: EpisodeOptions) -> dict | None:
    """The env's evaluation of the episode, made now if the episode ended in an error."""
    try:
        return await _bounded(env.evaluation_now(), options.browser_timeout, "the evaluation")
    except Exception:  # the tenant is unreachable: nothing can be graded
        return None


async def _keep_final_state(env: AsyncBrowserEnv, options: EpisodeOptions) -> None:
    """Store what grading read beside the trajectory, so the episode can be re-graded offline
    (``sandbox regrade``); a failure to take it is noted in the trajectory, never fatal."""
    if env.recorder is None:
        return
    try:
        state = await _bounded(env.final_state(), options.browser_timeout, "the final state")
    except Exception as exc:
        env.recorder.note(final_state_error=f"{type(exc).__name__}: {exc}")
        return
    if state is not None:
        write_final_state(env.recorder.directory, state)


async def _grade(spec: TaskSpec, raw: dict | None, judge: Judge) -> EpisodeResult | None:
    if not raw or "evaluator_error" in raw:
        return None
    return await grade_with_judge(spec, Evaluation.model_validate(raw), judge)
