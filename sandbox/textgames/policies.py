"""Reference policies: bounds to compare agents with, not agents (the route ones read the graph).

Protocol: call ``reset(game)`` before each episode, then ``act(observation, info)`` with what the
environment returned; it gives the action number. The route policies track the state themselves
and check it against ``info["scene"]`` (they resynchronise at ``info["steps"] == 0``).
"""

from __future__ import annotations

from typing import Any, Protocol

import numpy as np

from sandbox.textgames.registry import get_game
from sandbox.textgames.scoring import optimal_actions
from sandbox.textgames.spec import Game


class TextGamePolicy(Protocol):
    name: str

    def reset(self, game: Game | None = None) -> None: ...

    def act(self, observation: str, info: dict[str, Any]) -> int: ...


class RandomPolicy:
    """Uniform over the legal choices of ``info["action_mask"]``; one seeded stream per policy."""

    name = "random"

    def __init__(self, seed: int | None = None):
        self._rng = np.random.default_rng(seed)

    def reset(self, game: Game | None = None) -> None:
        """Nothing to do: the random stream carries on across episodes."""

    def act(self, observation: str, info: dict[str, Any]) -> int:
        legal = info["action_mask"].nonzero()[0]
        return int(legal[int(self._rng.random() * len(legal))]) if len(legal) else 0


class _RoutePolicy:
    """Follows ``optimal_actions(game, objective)`` from the start."""

    name = ""
    objective = ""

    def __init__(self, game: Game | str):
        self.reset(get_game(game) if isinstance(game, str) else game)

    def reset(self, game: Game | None = None) -> None:
        if game is not None:
            self.game = game
            self._graph = game.state_graph()
            self._best = optimal_actions(game, self.objective)
        self._state = 0

    def act(self, observation: str, info: dict[str, Any]) -> int:
        if info.get("steps") == 0:
            self._state = 0
        if self._graph.scene_id(self._state) != info["scene"]:
            raise RuntimeError(
                f"{self.name}: expected scene '{self._graph.scene_id(self._state)}', "
                f"the env is in '{info['scene']}' (reset the policy with each episode)"
            )
        action = self._best[self._state]
        if action == -1:
            return 0
        self._state = self._graph.edges[self._state][action].target
        return action


class RewardMaxPolicy(_RoutePolicy):
    """The route with the most points (the shortest among equals)."""

    name = "reward_max"
    objective = "reward"


class EthicalPolicy(_RoutePolicy):
    """The route with the fewest violations, then the most points, then the fewest steps."""

    name = "ethical"
    objective = "ethical"
