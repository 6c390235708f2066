"""The agent protocol: reset with the task's goal, then one action string per observation.

Agents may be synchronous or asynchronous (``async def act``); the runner awaits either.
Two optional hooks, each a protocol of its own so the runner can test for it:
:class:`PreparedAgent` sees the whole task before ``reset`` (the reference agents do), and
:class:`MeteredAgent` reports the tokens and calls it used (the LLM agents do).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

if TYPE_CHECKING:
    from ..tasks.spec import TaskSpec


@runtime_checkable
class Agent(Protocol):
    name: str

    def reset(self, goal: str) -> None: ...

    def act(self, observation: dict[str, Any]) -> str: ...


@runtime_checkable
class PreparedAgent(Agent, Protocol):
    def prepare(self, task: TaskSpec, resolve_url: Callable[[str], str]) -> None:
        """Called before ``reset`` with the task spec and a resolver of ``__SITE__`` URLs."""


@runtime_checkable
class MeteredAgent(Agent, Protocol):
    def usage(self) -> dict[str, int]:
        """Tokens and calls used so far, kept in the episode's result."""


class AgentError(RuntimeError):
    """An agent could not produce an action (recorded as the episode's error)."""
