"""Gymnasium ids: ``sandbox/Browser-v0``, one ``sandbox/<task id>-v0`` per shipped browser task,
and one ``sandbox/textgame.<game>-v0`` per shipped text game.

``import sandbox`` registers them from ``registrations.json``, an index of the shipped tasks and
games, so that it reads no task or game file. ``write_index()`` rewrites the index; a test
checks that it is current.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import gymnasium as gym

from .envs.browser.task import TASKS, BrowserTask, TopPostTask

BROWSER_ENTRY = "sandbox.envs.browser.env:BrowserEnv"
INDEX = Path(__file__).with_name("registrations.json")


def resolve_suite_task(task_id: str) -> BrowserTask | None:
    """A shipped task by id; the task files are read on the first call."""
    from .grading.suite_task import resolve_suite_task

    return resolve_suite_task(task_id)


def registrations() -> list[dict[str, Any]]:
    """The keyword arguments of every ``gym.register`` call, from the task and game files."""
    from .tasks.loader import shipped_tasks
    from .textgames.registry import ENTRY_POINT, env_id
    from .textgames.spec import game_files

    browser = {"entry_point": BROWSER_ENTRY, "disable_env_checker": True}
    return [
        {"id": "sandbox/Browser-v0", **browser},
        *({"id": f"sandbox/{task}-v0", **browser, "kwargs": {"task": task}}
          for task in [TopPostTask.id, *sorted(shipped_tasks())]),
        *({"id": env_id(path.stem), "entry_point": ENTRY_POINT, "kwargs": {"game": path.stem}}
          for path in game_files()),
    ]


def write_index() -> None:
    """Rewrite ``registrations.json``, one registration a line."""
    lines = ",\n".join(json.dumps(entry) for entry in registrations())
    INDEX.write_text(f"[\n{lines}\n]\n", encoding="utf-8")


def register_all() -> None:
    """Register every indexed id (idempotent), and let the browser env resolve a shipped task's
    id (``BrowserEnv(task=ID)``, ``reset(options={"task": ID})``)."""
    TASKS.add(resolve_suite_task)
    for entry in json.loads(INDEX.read_text(encoding="utf-8")):
        if entry["id"] not in gym.registry:
            gym.register(**entry)
