"""Run specs on Ray actors (``--executor ray``). Each actor owns its embedded sites and one
Chromium and plays whole episodes; each result comes back with its trajectory's files and the
driver writes both into the run folder as the episode ends. An actor that dies makes its
episode an error and a new actor takes its place. Ray is imported here only."""

from __future__ import annotations

import asyncio
import contextlib
import os
import tempfile
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..agents import agent_factory
from ..defences import defence_factory
from ..envs.browser.core import BrowserSession
from ..results import EpisodeResult
from ..tasks.spec import TaskSpec
from ..websites.launcher import running_sites
from .config import RunConfig, judge_for
from .episode import ungraded
from .store import RunStore
from .suites import is_textgames
from .worker import EpisodeWorker, seed_images, site_names

INSTALL = "pip install -e '.[ray]'"
READY_TIMEOUT = 300.0  # seconds for the first actors to start their sites
DIED = "WorkerDied: the Ray actor playing this episode died"


class RayExecutorError(RuntimeError):
    """Ray is missing, or the cluster could not start the actors."""


@dataclass
class Played:
    """What an actor sends back for one episode: the result and its trajectory's files (by
    path relative to the trajectory folder)."""

    result: EpisodeResult
    files: dict[str, bytes]


class EpisodeActor:
    """The body of one Ray actor: its sites, one Chromium and one worker."""

    def __init__(self, config: RunConfig, site_names: list[str]) -> None:
        self._sites = contextlib.ExitStack()
        self.sites = self._sites.enter_context(running_sites(site_names))
        self.site_names = site_names
        self.loop = asyncio.new_event_loop()
        self.session = BrowserSession()
        self.worker = EpisodeWorker(config, self.sites, self.session, judge_for(config))

    def ready(self) -> bool:
        return True

    def seed_images(self) -> dict[str, bytes]:
        return self.loop.run_until_complete(seed_images(self.sites, self.site_names))

    def play(self, spec: TaskSpec) -> Played:
        with tempfile.TemporaryDirectory(prefix="sandbox-trajectory-") as folder:
            result = self.loop.run_until_complete(self.worker.play(spec, Path(folder)))
            files = {str(path.relative_to(folder)): path.read_bytes()
                     for path in Path(folder).rglob("*") if path.is_file()}
        return Played(result, files)

    def close(self) -> None:
        self.loop.run_until_complete(self.worker.close())
        self.loop.run_until_complete(self.session.close())
        self._sites.close()


def check_ray_run(config: RunConfig) -> None:
    """Refuse, before the run folder is touched, a run the ray executor cannot play."""
    if is_textgames(config.suite):
        raise ValueError("the ray executor runs browser suites; run text games locally")
    if config.site_urls or config.compose:
        raise ValueError("the ray executor starts each actor's own sites; drop --site-url "
                         "and --compose")
    _ray()
    agent_factory(config.agent, **config.agent_options)  # a bad name fails here, as locally
    if config.defence:
        defence_factory(config.defence)


def run_on_ray(specs: list[TaskSpec], config: RunConfig, store: RunStore, address: str,
               on_result: Callable[[EpisodeResult], None] | None = None) -> None:
    """Play ``specs`` on ``config.workers`` actors, appending each result to ``store``.

    Joins the cluster at ``address`` (empty: starts a local Ray) unless this process is
    already connected to one.
    """
    ray = _ray()
    started = not ray.is_initialized()
    if started:
        where = ({"address": address} if address else
                 {"address": "local", "num_cpus": max(config.workers, os.cpu_count() or 1)})
        ray.init(include_dashboard=False, **where)
    remote = ray.remote(num_cpus=1, max_restarts=0)(EpisodeActor)
    names = site_names(specs)
    actors = [remote.remote(config, names)
              for _ in range(min(max(1, config.workers), len(specs)))]
    try:
        _wait_ready(ray, actors)
        for name, image in ray.get(actors[0].seed_images.remote()).items():
            store.bases.add(name, image)
        _play_all(ray, actors, lambda: remote.remote(config, names), deque(specs), store,
                  on_result)
    finally:
        _stop(ray, actors)
        if started:
            ray.shutdown()


def _play_all(ray: Any, actors: list[Any], new_actor: Callable[[], Any], todo: deque[TaskSpec],
              store: RunStore, on_result: Callable[[EpisodeResult], None] | None) -> None:
    """Keep every actor busy with one episode until none is left; replace dead actors while
    episodes wait."""
    running: dict[Any, tuple[Any, TaskSpec]] = {}

    def submit(actor: Any) -> None:
        if todo:
            spec = todo.popleft()
            running[actor.play.remote(spec)] = (actor, spec)

    for actor in actors:
        submit(actor)
    while running:
        [done], _ = ray.wait(list(running))
        actor, spec = running.pop(done)
        try:
            played = ray.get(done)
        except ray.exceptions.RayActorError as exc:
            reason = str(exc).strip().splitlines()[0]
            played = Played(ungraded(spec, f"{DIED} ({reason})"), {})
            actors.remove(actor)
            if todo:
                actors.append(new_actor())
                actor = actors[-1]
        store.write_trajectory(spec.id, played.files)
        store.append(played.result)
        if on_result:
            on_result(played.result)
        if actor in actors:
            submit(actor)


def _wait_ready(ray: Any, actors: list[Any]) -> None:
    try:
        ray.get([actor.ready.remote() for actor in actors], timeout=READY_TIMEOUT)
    except ray.exceptions.GetTimeoutError:
        raise RayExecutorError(f"{len(actors)} Ray actor(s) did not start within "
                               f"{READY_TIMEOUT:g} s; each needs a free CPU on the cluster"
                               ) from None


def _stop(ray: Any, actors: list[Any]) -> None:
    """Close the actors' browsers and sites, then end their processes."""
    closing = [actor.close.remote() for actor in actors]
    ray.wait(closing, num_returns=len(closing), timeout=30)
    for actor in actors:
        ray.kill(actor)


def _ray() -> Any:
    try:
        import ray
    except ImportError:
        raise RayExecutorError(f"the ray executor needs Ray: {INSTALL}") from None
    return ray
