"""``BrowserEnv``: the synchronous Gymnasium face of :class:`AsyncBrowserEnv`.

It runs the async core on a private event loop in a background thread, so it works the same in a
script, in pytest and in a notebook that already has a loop. With no ``sites`` given it starts
the three sites embedded and stops them on ``close()``.
"""

from __future__ import annotations

import asyncio
import contextlib
import threading
from typing import Any

import gymnasium as gym
import numpy as np

from ...websites.launcher import Sites, running_sites
from .core import AsyncBrowserEnv, BrowserSession
from .observation import AnyText, Observation, ObservationConfig
from .recorder import TrajectoryRecorder
from .task import BrowserTask


class BrowserEnv(gym.Env[Observation, str]):
    """A real Chromium on the sandbox's sites; actions are text commands such as ``click("12")``.

    ``reset(options={"task": TASK})`` takes a task id or object (or the ``task`` given at
    construction). ``render_mode="rgb_array"`` returns the current screenshot. An action that is
    not an allowed command (or not text at all) is an error in the next observation.
    """

    metadata = {"render_modes": ["rgb_array"]}

    def __init__(
        self,
        task: str | BrowserTask | None = None,
        sites: Sites | None = None,
        max_steps: int = 30,
        observation: ObservationConfig | None = None,
        executable: str | None = None,
        headless: bool = True,
        record_dir: str | None = None,
        render_mode: str | None = None,
    ) -> None:
        self.default_task = task
        self.render_mode = render_mode
        config = observation or ObservationConfig(screenshot=render_mode == "rgb_array")
        self.observation_space = config.space()
        self.action_space = AnyText(max_length=20_000)
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, daemon=True)
        self._thread.start()
        self._stack = contextlib.ExitStack()
        if sites is None:
            sites = self._stack.enter_context(running_sites())
        recorder = TrajectoryRecorder(record_dir) if record_dir else None
        self.core = AsyncBrowserEnv(
            sites, BrowserSession(executable, headless), config, max_steps, recorder
        )
        self._last_obs: Observation | None = None

    def _run(self, coroutine):
        return asyncio.run_coroutine_threadsafe(coroutine, self._loop).result()

    def reset(
        self, *, seed: int | None = None, options: dict[str, Any] | None = None
    ) -> tuple[Observation, dict[str, Any]]:
        super().reset(seed=seed)
        task = (options or {}).get("task", self.default_task)
        if task is None:
            raise ValueError('no task: use reset(options={"task": ID}) or BrowserEnv(task=ID)')
        obs, info = self._run(self.core.reset(task, seed=seed))
        self._last_obs = obs
        return obs, info

    def step(self, action: str) -> tuple[Observation, float, bool, bool, dict[str, Any]]:
        obs, reward, terminated, truncated, info = self._run(self.core.step(action))
        self._last_obs = obs
        return obs, reward, terminated, truncated, info

    def render(self) -> np.ndarray | None:
        if self.render_mode == "rgb_array" and self._last_obs is not None:
            return self._last_obs.get("screenshot")
        return None

    def close(self) -> None:
        if self._loop.is_running():
            self._run(self.core.close())
            self._run(self.core.session.close())
            self._loop.call_soon_threadsafe(self._loop.stop)
            self._thread.join(timeout=10)
        if not self._loop.is_running() and not self._loop.is_closed():
            self._loop.close()
        self._stack.close()
        super().close()
