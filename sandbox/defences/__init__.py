"""Defences against indirect prompt injection: hooks between the agent and the environment.

A defence sees each observation before the agent does (and may transform or annotate it) and
each action before the environment does (and may block it with a reason, which the agent gets as
the step's error; the episode's result lists every block). Built-in defences and installed
plug-ins are found as entry points of the ``sandbox.defences`` group; a defence can also be
named ``package.module:Class``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol, runtime_checkable

from .. import plugins

ENTRY_POINT_GROUP = "sandbox.defences"


@runtime_checkable
class Defence(Protocol):
    name: str

    def reset(self, goal: str) -> str:
        """Start an episode; returns the goal the agent is given (the same, or annotated)."""

    def observe(self, observation: dict[str, Any]) -> dict[str, Any]:
        """The observation the agent sees."""

    def check(self, action: str) -> str | None:
        """None to let the action through; a reason to block it."""


class DefenceError(ValueError):
    """A defence could not be found or made."""


def available() -> list[str]:
    return sorted(plugins.registered(ENTRY_POINT_GROUP))


def defence_factory(spec: str) -> Callable[[], Defence]:
    """A function that makes a fresh defence (one per worker) from a name or ``module:Class``."""
    target = plugins.load(spec, ENTRY_POINT_GROUP, "defence", DefenceError)
    if not callable(target):
        raise DefenceError(f"defence {spec!r} is not a class or factory")
    return target


__all__ = ["Defence", "DefenceError", "available", "defence_factory"]
