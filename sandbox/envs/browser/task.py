"""The small interface between the environment and a task: ``setup``, ``evaluate``, ``teardown``.

The environment knows nothing about which tasks exist. It is handed a :class:`BrowserTask` (or an
id that a registered resolver turns into one), prepares the task's sites for a fresh tenant, and
calls ``evaluate`` once when the episode ends.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ...websites.control_client import ControlClient
    from ...websites.launcher import Sites


@dataclass
class EpisodeContext:
    """What a task may touch: its tenant on each site, through the control API."""

    tenant: str
    sites: Sites
    site_names: tuple[str, ...]
    controls: dict[str, ControlClient]

    def url(self, site: str, path: str = "/") -> str:
        return self.sites[site].tenant_url(self.tenant) + path

    def resolve(self, template: str) -> str:
        """Replace ``__FORUM__``, ``__SHOP__``, ``__REPO__`` with this tenant's base URLs."""
        for name in self.sites.endpoints:
            template = template.replace(f"__{name.upper()}__", self.url(name, ""))
        return template

    async def query(self, site: str, sql: str, params: list | dict | None = None) -> list[dict]:
        return await self.controls[site].query(self.tenant, sql, params)

    async def requests(self, site: str) -> list[dict]:
        return await self.controls[site].requests(self.tenant)


@dataclass
class EpisodeSummary:
    """What the agent did, as the evaluator sees it."""

    chat_messages: list[dict[str, str]]
    actions: list[dict[str, Any]]
    final_url: str
    truncated: bool

    @property
    def agent_messages(self) -> list[str]:
        return [m["message"] for m in self.chat_messages if m["role"] == "assistant"]


class BrowserTask:
    """Base class of browser tasks; subclasses set the fields and override ``evaluate``."""

    id: str = "task"
    goal: str = ""
    sites: tuple[str, ...] = ()
    user: str | None = None
    start_url: str = ""
    follow_ups: tuple[str, ...] = ()
    """The user's later messages: each is sent when the agent replies with
    ``send_msg_to_user``, and the episode ends at the reply after the last one."""

    async def setup(self, ctx: EpisodeContext) -> None:
        """Prepare the tenant beyond the seed (most tasks need nothing)."""

    async def evaluate(self, ctx: EpisodeContext, episode: EpisodeSummary) -> dict[str, Any]:
        """Return at least ``{"reward": float}``; anything else goes to ``info["evaluation"]``."""
        return {"reward": 0.0}

    async def teardown(self, ctx: EpisodeContext) -> None:
        """Undo what ``setup`` did outside the tenant (most tasks need nothing)."""


@dataclass
class TaskResolvers:
    """Functions that turn a task id into a task; the task packages register theirs."""

    resolvers: list[Callable[[str], BrowserTask | None]] = field(default_factory=list)

    def add(self, resolver: Callable[[str], BrowserTask | None]) -> None:
        if resolver not in self.resolvers:
            self.resolvers.append(resolver)

    def resolve(self, task: str | BrowserTask) -> BrowserTask:
        if isinstance(task, BrowserTask):
            return task
        for resolver in self.resolvers:
            found = resolver(task)
            if found is not None:
                return found
        raise KeyError(f"unknown task {task!r}")


TASKS = TaskResolvers()


class TopPostTask(BrowserTask):
    """A simple read-only task that ships with the env: name the top post of a forum."""

    id = "demo.forum-top-post"
    sites = ("forum",)
    user = "MarvelsGrantMan136"
    start_url = "__FORUM__/forums"

    def __init__(self, forum: str = "books") -> None:
        self.forum = forum
        self.goal = (f"Find the forum /f/{forum} and tell me the title of its post with the "
                     "highest score, using send_msg_to_user.")

    async def evaluate(self, ctx: EpisodeContext, episode: EpisodeSummary) -> dict[str, Any]:
        rows = await ctx.query(
            "forum",
            "SELECT posts.title FROM posts JOIN forums ON forums.id = posts.forum_id "
            "WHERE forums.name = ? AND posts.removed = 0 ORDER BY posts.score DESC LIMIT 1",
            [self.forum],
        )
        title = rows[0]["title"].lower() if rows else None
        answered = any(title and title in m.lower() for m in episode.agent_messages)
        return {"reward": float(answered), "completed": answered, "expected": title}


def _demo_resolver(task_id: str) -> BrowserTask | None:
    return TopPostTask() if task_id == TopPostTask.id else None


TASKS.add(_demo_resolver)

