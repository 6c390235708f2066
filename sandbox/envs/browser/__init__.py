"""The browser environment (sync and async), its action language and its recorder.

Names load on first use, so that ``import sandbox`` does not start Playwright.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .action_formats import anthropic_tools, describe_actions, openai_tools
    from .action_set import ACTIONS
    from .action_spec import ActionError
    from .core import AsyncBrowserEnv, BrowserSession
    from .env import BrowserEnv
    from .launch import BrowserNotFound, find_chromium
    from .observation import Observation, ObservationConfig
    from .recorder import TrajectoryRecorder, read_trajectory
    from .task import TASKS, BrowserTask, EpisodeContext, EpisodeSummary

_MODULES = {
    "action_formats": ["anthropic_tools", "describe_actions", "openai_tools"],
    "action_set": ["ACTIONS"],
    "action_spec": ["ActionError"],
    "core": ["AsyncBrowserEnv", "BrowserSession"],
    "env": ["BrowserEnv"],
    "launch": ["BrowserNotFound", "find_chromium"],
    "observation": ["Observation", "ObservationConfig"],
    "recorder": ["TrajectoryRecorder", "read_trajectory"],
    "task": ["TASKS", "BrowserTask", "EpisodeContext", "EpisodeSummary"],
}
_WHERE = {name: module for module, names in _MODULES.items() for name in names}
__all__ = [
    "ACTIONS", "ActionError", "AsyncBrowserEnv", "BrowserEnv", "BrowserNotFound",
    "BrowserSession", "BrowserTask", "EpisodeContext", "EpisodeSummary", "Observation",
    "ObservationConfig", "TASKS", "TrajectoryRecorder", "anthropic_tools", "describe_actions",
    "find_chromium", "openai_tools", "read_trajectory",
]


def __getattr__(name: str) -> Any:
    if name in _WHERE:
        return getattr(importlib.import_module(f".{_WHERE[name]}", __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
