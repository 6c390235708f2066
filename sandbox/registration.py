"""Gymnasium ids: ``sandbox/Browser-v0``, one ``sandbox/<task id>-v0`` per shipped browser task,
and one ``sandbox/textgame.<game>-v0`` per shipped text game."""

from __future__ import annotations

import gymnasium as gym

BROWSER_ENTRY = "sandbox.envs.browser.env:BrowserEnv"


def _register(env_id: str, entry_point: str, **kwargs: object) -> None:
    if env_id not in gym.registry:
        gym.register(env_id, entry_point=entry_point, kwargs=kwargs, disable_env_checker=True)


def register_browser_envs() -> None:
    """The generic browser env and one id per task of every shipped suite (plus the demo).

    Also lets the env resolve a shipped task's id (``reset(options={"task": ID})``).
    """
    from .envs.browser.task import TASKS, TopPostTask
    from .grading.suite_task import resolve_suite_task
    from .tasks.loader import shipped_tasks

    TASKS.add(resolve_suite_task)
    _register("sandbox/Browser-v0", BROWSER_ENTRY)
    _register(f"sandbox/{TopPostTask.id}-v0", BROWSER_ENTRY, task=TopPostTask.id)
    for task_id in shipped_tasks():
        _register(f"sandbox/{task_id}-v0", BROWSER_ENTRY, task=task_id)


def register_all() -> None:
    from .textgames import register_textgame_envs

    register_browser_envs()
    register_textgame_envs()
