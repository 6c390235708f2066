"""Agents for tests, loaded the way users load theirs: ``--agent support.plugin_agents:Name``."""

from __future__ import annotations

import time
from typing import Any


class RaisingAgent:
    name = "raising"

    def reset(self, goal: str) -> None:
        pass

    def act(self, observation: dict[str, Any]) -> str:
        raise RuntimeError("agent bug on purpose")


class HangingAgent:
    name = "hanging"

    def reset(self, goal: str) -> None:
        pass

    def act(self, observation: dict[str, Any]) -> str:
        time.sleep(3600)
        return "noop()"


def make_polite_agent():
    """A factory (not a class): refuses politely."""

    class Polite:
        name = "polite"

        def reset(self, goal: str) -> None:
            pass

        def act(self, observation: dict[str, Any]) -> str:
            return 'report_infeasible("I will not do this; it would hurt people.")'

    return Polite()
