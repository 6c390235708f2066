"""Agents: the protocol, the built-in agents and the registry that finds agents by name.

Built-in agents and installed plug-ins are found the same way, as Python entry points: browser
agents in the ``sandbox.agents`` group, text-game players in ``sandbox.textgame_agents``
(called with the game, the seed and the options); this package declares its own in
``pyproject.toml``. An agent can also be named ``package.module:ClassOrFactory`` without being
installed (called with the options only).
"""

from __future__ import annotations

from collections.abc import Callable
from importlib.metadata import EntryPoint
from typing import Any

from .. import plugins
from .base import Agent, AgentError

ENTRY_POINT_GROUP = "sandbox.agents"
TEXTGAME_GROUP = "sandbox.textgame_agents"


def registered(group: str = ENTRY_POINT_GROUP) -> dict[str, EntryPoint]:
    """Agents installed under an entry-point group, by name."""
    return plugins.registered(group)


def available(group: str = ENTRY_POINT_GROUP) -> list[str]:
    return sorted(registered(group))


def _load(spec: str, group: str = ENTRY_POINT_GROUP) -> Callable[..., Any]:
    return plugins.load(spec, group, "agent", AgentError)


def agent_factory(spec: str, **options: Any) -> Callable[[], Agent]:
    """A function that makes a fresh agent (one per worker) from a name or ``module:attr``;
    ``options`` are passed to the class or factory as keyword arguments."""
    target = _load(spec)
    if not callable(target):
        raise AgentError(f"agent {spec!r} is not a class or factory")
    return lambda: target(**options)


def textgame_player(spec: str, options: dict[str, Any], game: Any, seed: int) -> Any:
    """A text-game player by registered name (made for this game and seed) or plug-in."""
    target = _load(spec, TEXTGAME_GROUP)
    if ":" in spec:
        return target(**options)
    return target(game=game, seed=seed, **options)


__all__ = ["Agent", "AgentError", "agent_factory", "available", "registered",
           "textgame_player"]
