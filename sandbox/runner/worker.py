"""What one worker plays its episodes with: an env over a shared Chromium, its own agent and
defence, the run's limits and judge."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from ..agents import agent_factory
from ..agents.base import Agent, MeteredAgent
from ..defences import defence_factory
from ..envs.browser.core import AsyncBrowserEnv, BrowserSession
from ..envs.browser.observation import ObservationConfig
from ..envs.browser.recorder import TrajectoryRecorder
from ..grading.judges import Judge
from ..results import EpisodeResult
from ..tasks.spec import TaskSpec
from ..websites.launcher import Sites
from .config import RunConfig
from .episode import EpisodeOptions, run_episode


class EpisodeWorker:
    """Plays one episode at a time; each worker gets its own agent from ``make_agent``
    (default: from ``config.agent``)."""

    def __init__(self, config: RunConfig, sites: Sites, session: BrowserSession, judge: Judge,
                 make_agent: Callable[[], Agent] | None = None) -> None:
        self.agent = (make_agent or agent_factory(config.agent, **config.agent_options))()
        self.defence = defence_factory(config.defence)() if config.defence else None
        self.env = AsyncBrowserEnv(sites, session, ObservationConfig(screenshot=config.screenshots),
                                   config.max_steps)
        self.options = EpisodeOptions(config.max_steps, config.step_timeout)
        self.judge = judge
        self.screenshots = config.screenshots

    async def play(self, spec: TaskSpec, trajectory: Path) -> EpisodeResult:
        """One graded episode, its trajectory recorded into the folder ``trajectory``."""
        self.env.recorder = TrajectoryRecorder(trajectory, self.screenshots)
        result = await run_episode(self.env, self.agent, spec, self.options, self.judge,
                                   self.defence)
        if isinstance(self.agent, MeteredAgent):
            result = result.model_copy(update={"usage": self.agent.usage()})
        return result

    async def close(self) -> None:
        await self.env.close()


def site_names(specs: list[TaskSpec]) -> list[str]:
    """The sites the tasks need."""
    return sorted({site for spec in specs for site in spec.site})


async def seed_images(sites: Sites, names: list[str]) -> dict[str, bytes]:
    """Each site's seeded database image, which the episodes' final states are kept against
    (the run stores them once, for re-grading)."""
    images = {}
    for name in names:
        async with sites.control(name) as control:
            images[name] = (await control.template())[1]
    return images
