"""A defence wrapped for one episode: its hooks timed, its blocks recorded."""

from __future__ import annotations

import time
from typing import Any

from ..defences import Defence
from ..results import BlockedAction, DefenceOutcome


class DefendedEpisode:
    def __init__(self, defence: Defence) -> None:
        self.defence = defence
        self.outcome = DefenceOutcome(name=defence.name)

    def _timed(self, hook, *args):
        started = time.perf_counter()
        try:
            return hook(*args)
        finally:
            self.outcome.seconds += time.perf_counter() - started

    def reset(self, goal: str) -> str:
        return self._timed(self.defence.reset, goal)

    def observe(self, observation: dict[str, Any]) -> dict[str, Any]:
        self.outcome.steps += 1
        return self._timed(self.defence.observe, observation)

    def blocked(self, step: int, action: Any, observation: dict[str, Any]) -> dict | None:
        """The observation to give the agent instead of stepping, when the defence blocks
        ``action``; None to let it through."""
        if not isinstance(action, str):
            return None  # the environment reports what is wrong with it
        reason = self._timed(self.defence.check, action)
        if reason is None:
            return None
        self.outcome.blocked.append(BlockedAction(step=step, action=action[:500],
                                                  reason=str(reason)[:500]))
        return {**observation, "last_action": action, "last_action_error": str(reason)}

    def result(self) -> DefenceOutcome:
        self.outcome.seconds = round(self.outcome.seconds, 4)
        return self.outcome
