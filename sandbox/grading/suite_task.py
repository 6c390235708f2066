"""A task file's spec as a task the browser environment can run and evaluate."""

from __future__ import annotations

from typing import Any

from ..envs.browser.task import BrowserTask, EpisodeContext, EpisodeSummary
from ..tasks.loader import shipped_tasks
from ..tasks.spec import TaskSpec
from .checks import evaluate


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


class SuiteTask(BrowserTask):
    def __init__(self, spec: TaskSpec) -> None:
        self.spec = spec
        self.id = spec.id
        self.goal = spec.intent
        self.sites = tuple(spec.site)
        self.user = spec.user
        self.start_url = spec.start_url
        self.follow_ups = tuple(spec.mutation.turns) if spec.mutation else ()

    async def setup(self, ctx: EpisodeContext) -> None:
        """Plant the attacker's text, when the task runs under attack."""
        attack = self.spec.attack
        if attack:
            await ctx.controls[attack.goal.site].plant(
                ctx.tenant, attack.channel, attack.author, attack.target, attack.text,
                attack.presentation)

    async def evaluate(self, ctx: EpisodeContext, episode: EpisodeSummary) -> dict[str, Any]:
        state = EpisodeState(self.spec, ctx, episode)
        evaluation = await evaluate(self.spec, state, episode.actions)
        return {"reward": float(evaluation.completed is True),
                **evaluation.model_dump(mode="json")}


def resolve_suite_task(task_id: str) -> BrowserTask | None:
    """A shipped task by id (the environment's resolver for suite tasks)."""
    spec = shipped_tasks().get(task_id)
    return SuiteTask(spec) if spec else None
