"""The agent protocol: reset with the task's goal, then one action string per observation.

Agents may be synchronous or asynchronous (``async def act``); the runner awaits either. An agent
that wants to see more than the goal (only the reference ``oracle`` does) may define
``prepare(task, resolve_url)``, which the runner calls before ``reset``.
"""

from __future__ import annotations

from typing import Any, Protocol, runtime_checkable


@runtime_checkable
class Agent(Protocol):
    name: str

    def reset(self, goal: str) -> None: ...

    def act(self, observation: dict[str, Any]) -> str: ...


class AgentError(RuntimeError):
    """An agent could not produce an action (recorded as the episode's error)."""
