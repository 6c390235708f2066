"""A random agent: valid actions on the current page, chosen with a seeded generator."""

from __future__ import annotations

import json
import random
from typing import Any

from .locate import elements

TYPING = ("hello", "test", "42", "Great post!")
TEXT_ROLES = ("textbox", "searchbox")


class RandomAgent:
    """Clicks, fills and scrolls at random; ends the episode with a message after a while."""

    name = "random"

    def __init__(self, seed: int = 0, stop_probability: float = 0.05) -> None:
        self.seed = int(seed)  # options may arrive as text (--agent-option seed=3)
        self.stop_probability = float(stop_probability)
        self._rng = random.Random(seed)

    def reset(self, goal: str) -> None:
        self._rng = random.Random(f"{self.seed}:{goal}")

    def act(self, observation: dict[str, Any]) -> str:
        rng = self._rng
        if rng.random() < self.stop_probability:
            return 'send_msg_to_user("I am done.")'
        found = elements(observation.get("axtree", ""))
        if not found or rng.random() < 0.1:
            return rng.choice(["scroll(0, 400)", "go_back()", "noop(100)"])
        element = rng.choice(found)
        if element.role in TEXT_ROLES:
            return f"fill({json.dumps(element.bid)}, {json.dumps(rng.choice(TYPING))})"
        return f"click({json.dumps(element.bid)})"
