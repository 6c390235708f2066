"""Run a suite: concurrent episodes over one Chromium (or on Ray actors), results written as
each one ends, resumable from the run folder alone."""

from __future__ import annotations

import asyncio
import contextlib
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Any

from ..agents.base import Agent
from ..envs.browser.core import BrowserSession
from ..grading.judges import DETECTOR, Judge
from ..results import EpisodeResult, Result
from ..tasks.spec import TaskSpec
from ..websites.launcher import Sites, running_sites
from .config import Executor, RunConfig, judge_for
from .manifest import versions
from .store import RunStore
from .suites import is_textgames, run_tasks
from .textgames import games_digest, run_textgames, textgame_ids
from .worker import EpisodeWorker, seed_images, site_names


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
    needed = site_names(specs)
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
    """Run every spec with ``config.workers`` concurrent episodes; append each result."""
    queue: asyncio.Queue[TaskSpec] = asyncio.Queue()
    for spec in specs:
        queue.put_nowait(spec)
    for name, image in (await seed_images(sites, site_names(specs))).items():
        store.bases.add(name, image)
    session = BrowserSession()

    async def worker() -> None:
        player = EpisodeWorker(config, sites, session, judge, make_agent)
        try:
            while not queue.empty():
                spec = queue.get_nowait()
                result = await player.play(spec, store.trajectory_dir(spec.id))
                store.append(result)
                if on_result:
                    on_result(result)
        finally:
            await player.close()

    try:
        await asyncio.gather(*(worker() for _ in range(max(1, config.workers))))
    finally:
        await session.close()


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
        started = RunConfig.from_manifest(recorded)  # fields added since: defaults
        if replace(started, workers=config.workers) != config:
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
    executor: Executor = Executor(),
) -> list[Result]:
    """Run (or finish) a suite into ``out``; returns every result of the run folder.

    ``sites`` reuses running sites (else they are started embedded, or taken from
    ``config.site_urls``); ``make_agent`` overrides how agents are made from ``config.agent``.
    The ray executor makes its sites, agents and judge inside its actors, from ``config``.
    """
    if executor.kind == "ray":
        from .ray_executor import check_ray_run, run_on_ray

        if any(given is not None for given in (judge, make_agent, sites)):
            raise ValueError("the ray executor makes its sites, agents and judge inside its "
                             "actors, from the run's settings")
        check_ray_run(config)
    store = RunStore(out)
    todo, specs = plan(config, store, retry_errors)
    if on_start:
        on_start(len(todo))
    if todo and is_textgames(config.suite):
        run_textgames(config, store, todo, on_result)
    elif todo and executor.kind == "ray":
        run_on_ray(specs, config, store, executor.address, on_result)
    elif todo:
        with contextlib.ExitStack() as stack:
            if sites is None:
                sites = stack.enter_context(sites_for(config, specs, token))
            asyncio.run(run_specs(sites, specs, config, store, on_result,
                                  judge or judge_for(config), make_agent))
    return store.results()


def resume_config(out: str | Path) -> RunConfig:
    return RunConfig.from_manifest(RunStore(out).manifest())
