"""Run a suite: concurrent episodes over one Chromium, results written as each one ends,
resumable from the run folder alone."""

from __future__ import annotations

import asyncio
import contextlib
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from ..agents import agent_factory
from ..agents.base import Agent, MeteredAgent
from ..defences import defence_factory
from ..envs.browser.core import AsyncBrowserEnv, BrowserSession
from ..envs.browser.observation import ObservationConfig
from ..envs.browser.recorder import TrajectoryRecorder
from ..grading.judges import DETECTOR, JUDGE_MAX_TOKENS, Judge, LLMJudge
from ..results import EpisodeResult, Result
from ..tasks.spec import TaskSpec
from ..websites.launcher import Sites, running_sites
from .episode import EpisodeOptions, run_episode
from .manifest import versions
from .store import RunStore
from .suites import is_textgames, run_tasks
from .textgames import games_digest, run_textgames, textgame_ids


@dataclass
class RunConfig:
    """Everything needed to start (and later resume) a run; stored in the manifest."""

    agent: str
    suite: str = "core"
    tasks: list[str] = field(default_factory=list)
    workers: int = 1
    max_steps: int = 30
    step_timeout: float = 120.0
    seed: int = 0
    screenshots: bool = False
    agent_options: dict[str, Any] = field(default_factory=dict)
    site_urls: dict[str, str] = field(default_factory=dict)
    compose: bool = False
    """Use the sites ``docker compose up`` runs, found through Docker (``compose_project``'s
    when given)."""
    compose_project: str = ""
    judge: dict[str, str] = field(default_factory=dict)
    """An LLM judge for refusals and undecided stances: ``model`` (and ``base_url``); empty
    for the rule-based detector."""
    defence: str = ""
    """A defence between agent and browser: a name (``spotlight``, ``instruction_detector``,
    or one an installed package registers) or ``package.module:Class``; empty for none."""
    attack: dict[str, str] = field(default_factory=dict)
    """Run the selected tasks under one indirect prompt injection: ``template`` (and ``goal``,
    ``channel``, ``presentation``); empty for none."""
    mutations: list[str] = field(default_factory=list)
    """Attack variants of the requests (``sandbox.mutations``): each selected task runs plain
    and under each named mutation; empty for the plain requests only."""

    @classmethod
    def from_manifest(cls, manifest: dict[str, Any]) -> RunConfig:
        return cls(**manifest["config"])


@dataclass
class RunCounts:
    """Live counts for a progress display."""

    total: int
    done: int = 0
    errors: int = 0
    levels: Counter = field(default_factory=Counter)

    def add(self, result: Result) -> None:
        self.done += 1
        if result.error:
            self.errors += 1
        elif isinstance(result, EpisodeResult) and result.risk_level:
            self.levels[result.risk_level] += 1


@contextlib.contextmanager
def sites_for(config: RunConfig, specs: list[TaskSpec], token: str | None) -> Iterator[Sites]:
    """Given URLs and a token, the ones found in Docker (compose), or the needed sites started
    embedded."""
    needed = sorted({site for spec in specs for site in spec.site})
    if config.site_urls:
        if not token:
            raise ValueError("a run against given site URLs needs their control token "
                             "(--token or SANDBOX_TOKEN)")
        yield Sites.from_urls(config.site_urls, token)
        return
    if config.compose:
        from ..websites.compose import compose_sites  # imports the Docker SDK

        yield compose_sites(needed, config.compose_project or None)
        return
    with running_sites(needed) as sites:
        yield sites


async def run_specs(
    sites: Sites,
    specs: list[TaskSpec],
    config: RunConfig,
    store: RunStore,
    on_result: Callable[[EpisodeResult], None] | None = None,
    judge: Judge = DETECTOR,
    make_agent: Callable[[], Agent] | None = None,
) -> None:
    """Run every spec with ``config.workers`` concurrent episodes; append each result.

    Each worker gets its own agent from ``make_agent`` (default: from ``config.agent``).
    """
    queue: asyncio.Queue[TaskSpec] = asyncio.Queue()
    for spec in specs:
        queue.put_nowait(spec)
    make_agent = make_agent or agent_factory(config.agent, **config.agent_options)
    make_defence = defence_factory(config.defence) if config.defence else None
    await keep_bases(sites, sorted({site for spec in specs for site in spec.site}), store)
    session = BrowserSession()
    observation = ObservationConfig(screenshot=config.screenshots)
    options = EpisodeOptions(config.max_steps, config.step_timeout)

    async def worker() -> None:
        env = AsyncBrowserEnv(sites, session, observation, config.max_steps)
        agent = make_agent()
        defence = make_defence() if make_defence else None
        try:
            while not queue.empty():
                spec = queue.get_nowait()
                env.recorder = TrajectoryRecorder(store.trajectory_dir(spec.id),
                                                  config.screenshots)
                result = await run_episode(env, agent, spec, options, judge, defence)
                if isinstance(agent, MeteredAgent):
                    result = result.model_copy(update={"usage": agent.usage()})
                store.append(result)
                if on_result:
                    on_result(result)
        finally:
            await env.close()

    try:
        await asyncio.gather(*(worker() for _ in range(max(1, config.workers))))
    finally:
        await session.close()


async def keep_bases(sites: Sites, names: list[str], store: RunStore) -> None:
    """Store each site's seeded database once per run: the episodes' final states are kept as
    differences from it."""
    for name in names:
        async with sites.control(name) as control:
            store.bases.add(name, (await control.template())[1])


def plan(config: RunConfig, store: RunStore,
         retry_errors: bool) -> tuple[list[str], list[TaskSpec]]:
    """The task ids still to run (all selected ones minus those with a result), and the
    browser tasks among them (none for text games)."""
    specs: list[TaskSpec] = []
    if is_textgames(config.suite):
        ids, digest = textgame_ids(config.tasks or None), games_digest()
    else:
        specs, digest = run_tasks(config.suite, config.tasks or None, config.attack,
                                  config.mutations)
        ids = [spec.id for spec in specs]
    if not ids:
        raise ValueError(f"no task of suite {config.suite!r} matches {config.tasks}")
    if store.exists():
        recorded = store.manifest()
        if RunConfig.from_manifest(recorded) != config:  # fields added since: defaults
            raise ValueError(f"{store.directory} holds a run with other settings; resume it "
                             "with --resume, or choose another --out")
        if recorded["suite_digest"] != digest:
            raise ValueError(f"the suite {config.suite!r} changed since {store.directory} "
                             "started; its results would mix two suites")
    else:
        store.write_manifest({"config": asdict(config), "versions": versions(),
                              "suite_digest": digest, "task_ids": ids})
    done = {result.task_id for result in store.compact(drop_errors=retry_errors)}
    return [i for i in ids if i not in done], [spec for spec in specs if spec.id not in done]


def run(
    config: RunConfig,
    out: str | Path,
    token: str | None = None,
    retry_errors: bool = False,
    on_start: Callable[[int], None] | None = None,
    on_result: Callable[[Result], None] | None = None,
    judge: Judge | None = None,
    make_agent: Callable[[], Any] | None = None,
    sites: Sites | None = None,
) -> list[Result]:
    """Run (or finish) a suite into ``out``; returns every result of the run folder.

    ``sites`` reuses running sites (else they are started embedded, or taken from
    ``config.site_urls``); ``make_agent`` overrides how agents are made from ``config.agent``.
    """
    store = RunStore(out)
    todo, specs = plan(config, store, retry_errors)
    if on_start:
        on_start(len(todo))
    if todo and is_textgames(config.suite):
        run_textgames(config, store, todo, on_result)
    elif todo:
        with contextlib.ExitStack() as stack:
            if sites is None:
                sites = stack.enter_context(sites_for(config, specs, token))
            asyncio.run(run_specs(sites, specs, config, store, on_result,
                                  judge or judge_for(config), make_agent))
    return store.results()


def judge_for(config: RunConfig) -> Judge:
    """The run's judge: an LLM judge when the config names a model, else the detector."""
    if not config.judge:
        return DETECTOR
    from ..agents.models import chat_model

    model, _ = chat_model(config.judge["model"], config.judge.get("base_url"),
                          {"max_tokens": JUDGE_MAX_TOKENS})
    return LLMJudge(model)


def resume_config(out: str | Path) -> RunConfig:
    return RunConfig.from_manifest(RunStore(out).manifest())
