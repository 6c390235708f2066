"""The browser environment (sync and async), its action language and its recorder."""

from .actions import ACTIONS, ActionError, anthropic_tools, describe_actions, openai_tools
from .core import AsyncBrowserEnv, BrowserSession
from .env import BrowserEnv
from .launch import BrowserNotFound, find_chromium
from .observation import ObservationConfig
from .recorder import TrajectoryRecorder, read_trajectory
from .task import TASKS, BrowserTask, EpisodeContext, EpisodeSummary

__all__ = [
    "ACTIONS", "ActionError", "AsyncBrowserEnv", "BrowserEnv", "BrowserNotFound",
    "BrowserSession", "BrowserTask", "EpisodeContext", "EpisodeSummary", "ObservationConfig",
    "TASKS", "TrajectoryRecorder", "anthropic_tools", "describe_actions", "find_chromium",
    "openai_tools", "read_trajectory",
]
