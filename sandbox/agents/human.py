"""Play a task yourself in the terminal: see the observation, type an action."""

from __future__ import annotations

from typing import Any

from rich.console import Console
from rich.panel import Panel

from ..envs.browser.action_formats import describe_actions


class HumanAgent:
    name = "human"

    def __init__(self, console: Console | None = None) -> None:
        self.console = console or Console()

    def reset(self, goal: str) -> None:
        self.console.print(Panel(goal, title="Your task"))
        self.console.print(Panel(describe_actions(), title="Actions"))

    def act(self, observation: dict[str, Any]) -> str:
        self.console.print(Panel(observation.get("axtree", ""), title=observation.get("url", "")))
        if observation.get("last_action_error"):
            self.console.print(f"[red]error:[/red] {observation['last_action_error']}")
        return self.console.input("[bold]action>[/bold] ")
