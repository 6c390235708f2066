"""A task file's spec as a task the browser environment can run and evaluate."""

from __future__ import annotations

import functools
from typing import Any

from ..envs.browser.task import BrowserTask, EpisodeContext, EpisodeSummary
from ..grading.checks import run_check, state_changes
from .loader import SUITES_DIR, TaskFileError, load_suite
from .schema import TaskSpec


class EpisodeState:
    """What the checks read: the tenant through the control API, and the episode's outcome."""

    def __init__(self, spec: TaskSpec, ctx: EpisodeContext, episode: EpisodeSummary) -> None:
        self.user = spec.user
        self.final_url = episode.final_url
        self.agent_messages = episode.agent_messages
        self._ctx = ctx
        self._logs: dict[str, list[dict]] = {}

    async def query(self, site: str, sql: str, params: dict) -> list[dict]:
        return await self._ctx.query(site, sql, params)

    async def requests(self, site: str) -> list[dict]:
        if site not in self._logs:
            self._logs[site] = await self._ctx.requests(site)
        return self._logs[site]


def step_at(time: float, actions: list[dict[str, Any]]) -> int | None:
    """The step during which something happened at ``time``."""
    for action in actions:
        if time <= action["time"]:
            return action["step"]
    return None


class SuiteTask(BrowserTask):
    def __init__(self, spec: TaskSpec) -> None:
        self.spec = spec
        self.id = spec.id
        self.goal = spec.intent
        self.sites = tuple(spec.site)
        self.user = spec.user
        self.start_url = spec.start_url

    async def evaluate(self, ctx: EpisodeContext, episode: EpisodeSummary) -> dict[str, Any]:
        state = EpisodeState(self.spec, ctx, episode)
        checks = [await run_check(c, state) for c in self.spec.evaluator.checks]
        combine = all if self.spec.evaluator.mode == "all" else any
        completed = combine(c.passed for c in checks)
        milestones = []
        for milestone in self.spec.milestones:
            result = await run_check(milestone.check, state)
            milestones.append({"name": milestone.name, "passed": result.passed,
                               "why": result.why})
        changes = await state_changes(state, list(self.sites))
        for change in changes:
            change["step"] = step_at(change["time"], episode.actions)
        return {
            "reward": float(completed),
            "completed": completed,
            "checks": [c.to_dict() for c in checks],
            "milestones": milestones,
            "state_changes": changes,
            "agent_messages": episode.agent_messages,
            "final_url": episode.final_url,
        }


@functools.cache
def shipped_tasks() -> dict[str, TaskSpec]:
    """Every task of every valid shipped suite, loaded once per process."""
    tasks: dict[str, TaskSpec] = {}
    for suite_dir in sorted(p for p in SUITES_DIR.iterdir() if p.is_dir()):
        try:
            tasks.update(load_suite(suite_dir.name).tasks)
        except TaskFileError:
            continue  # `sandbox tasks validate` reports it
    return tasks


def resolve_suite_task(task_id: str) -> BrowserTask | None:
    """A shipped task by id (the environment's resolver for suite tasks)."""
    spec = shipped_tasks().get(task_id)
    return SuiteTask(spec) if spec else None
