"""One episode's state, made by ``AsyncBrowserEnv.reset`` and kept readable after it ends."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from playwright.async_api import BrowserContext, Page

from .confinement import Confinement
from .executor import ActionExecutor, Tabs
from .task import BrowserTask, EpisodeContext


@dataclass
class EpisodeBrowser:
    """The episode's browser context, what confines it, its tabs and the executor acting on them."""

    context: BrowserContext
    confinement: Confinement
    tabs: Tabs
    executor: ActionExecutor

    @classmethod
    def around(
        cls, context: BrowserContext, page: Page, confinement: Confinement
    ) -> EpisodeBrowser:
        """The browser side of an episode whose context has ``page`` open and focused."""
        tabs = Tabs(context, page)
        return cls(context, confinement, tabs, ActionExecutor(tabs, confinement))


@dataclass
class Episode:
    """A task on its tenant, the browser once reset has opened it, and what happened so far.

    ``ended`` once the next reset or ``close`` has closed the browser and deleted the tenant; the
    record (chat, actions, evaluation, confinement report) stays readable until then and after.
    """

    task: BrowserTask
    ctx: EpisodeContext
    browser: EpisodeBrowser | None = None  # None until reset has opened and confined it
    chat: list[dict[str, str]] = field(default_factory=list)
    follow_ups: list[str] = field(default_factory=list)  # the user's messages still to send
    actions: list[dict[str, Any]] = field(default_factory=list)
    steps: int = 0
    done: bool = False
    evaluation: dict[str, Any] | None = None
    timings: dict[str, float] = field(default_factory=dict)  # the last reset's or step's, in ms
    ended: bool = False
