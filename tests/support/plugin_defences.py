"""A defence for tests, loaded as users load theirs: ``--defence support.plugin_defences:Name``."""

from __future__ import annotations

from typing import Any


class BlockEveryClick:
    """Blocks every click and says so in the goal the agent gets."""

    name = "no_clicks"

    def reset(self, goal: str) -> str:
        return goal + " (clicks are blocked)"

    def observe(self, observation: dict[str, Any]) -> dict[str, Any]:
        return observation

    def check(self, action: str) -> str | None:
        return "clicks are not allowed" if action.startswith("click") else None
