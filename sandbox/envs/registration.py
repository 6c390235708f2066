"""Gymnasium ids: ``sandbox/Browser-v0``, one ``sandbox/<task id>-v0`` per shipped browser task,
and one ``sandbox/textgame.<game>-v0`` per shipped text game."""

from __future__ import annotations

import gymnasium as gym

BROWSER_ENTRY = "sandbox.envs.browser.env:BrowserEnv"


def _register(env_id: str, entry_point: str, **kwargs: object) -> None:
    if env_id not in gym.registry:
        gym.register(env_id, entry_point=entry_point, kwargs=kwargs, disable_env_checker=True)


def register_browser_envs() -> None:
    """The generic browser env and one id per task of every shipped suite (plus the demo)."""
    from ..tasks.loader import SUITES_DIR, TaskFileError, load_suite
    from .browser.task import TopPostTask

    _register("sandbox/Browser-v0", BROWSER_ENTRY)
    _register(f"sandbox/{TopPostTask.id}-v0", BROWSER_ENTRY, task=TopPostTask.id)
    for suite_dir in sorted(p for p in SUITES_DIR.iterdir() if p.is_dir()):
        try:
            suite = load_suite(suite_dir.name)
        except TaskFileError:
            continue  # `sandbox tasks validate` reports it; importing must not fail
        for task_id in suite.tasks:
            _register(f"sandbox/{task_id}-v0", BROWSER_ENTRY, task=task_id)


def register_all() -> None:
    from ..textgames import register_textgame_envs

    register_browser_envs()
    register_textgame_envs()
