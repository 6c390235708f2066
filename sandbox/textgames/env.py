"""``TextGameEnv``: a Gymnasium environment that plays one text game.

Observation: the text of the scene just entered followed by its legal choices numbered from 0
(at reset, the game's title, summary and player line come first). Action: the number of a legal
choice; ``info["action_mask"]`` marks them (always a prefix of the action space). An illegal
action is a no-op: same observation, reward 0, ``info["invalid_action"] = True``; it still counts
as a step towards ``max_steps`` (so does any step at an ending, which reports ``terminated``
again). Reward: the points of the achievements that step unlocked.

``info`` never holds annotations. The harness reads the visited scenes from ``env.trajectory``
(``(scene id, choice index)`` pairs, see ``scoring``) and scores them with ``score_trajectory``.
The game itself is deterministic; nothing draws from ``self.np_random``.
"""

from __future__ import annotations

import string
from typing import Any

import gymnasium as gym
import numpy as np
from gymnasium import spaces

from sandbox.textgames.registry import get_game
from sandbox.textgames.spec import Game

MIN_MAX_LENGTH = 4096


class _Compiled:
    """What every env of one game shares: observation texts per state, masks, achievement info."""

    def __init__(self, game: Game):
        graph = game.state_graph()
        self.width = max(len(scene.choices) for scene in game.scenes.values())
        self.masks = [
            np.array([1] * k + [0] * (self.width - k), dtype=np.int8) for k in range(self.width + 1)
        ]
        self.intro = f"{game.title}\n\n{game.summary.strip()}\n{game.player.strip()}\n\n"
        texts: dict[tuple[int, tuple[int, ...]], str] = {}
        self.observations: list[str] = []
        for state in range(len(graph)):
            scene = game.scenes[graph.scene_id(state)]
            key = (graph.scene[state], tuple(edge.choice for edge in graph.edges[state]))
            if key not in texts:
                lines = [
                    f"{n}: {scene.choices[edge.choice].text.strip()}"
                    for n, edge in enumerate(graph.edges[state])
                ]
                texts[key] = scene.text.strip() + "\n\n" + ("\n".join(lines) or "THE END")
            self.observations.append(texts[key])
        self.max_length = max(MIN_MAX_LENGTH, len(self.intro) + max(map(len, texts.values())))
        used = set(self.intro).union(*texts.values())
        self.charset = "".join(sorted(used | set(string.printable)))
        self._achievements = game.achievements
        self._unlocked: dict[int, tuple[tuple[str, ...], int]] = {}

    def unlocked(self, mask: int) -> tuple[tuple[str, ...], int]:
        """The ids and total points of the achievements in bit ``mask``."""
        if mask not in self._unlocked:
            chosen = [a for i, a in enumerate(self._achievements) if mask >> i & 1]
            self._unlocked[mask] = (tuple(a.id for a in chosen), sum(a.points for a in chosen))
        return self._unlocked[mask]


class TextGameEnv(gym.Env[str, int]):
    """Play ``game`` (a Game or the id of a shipped game) for at most ``max_steps`` steps."""

    metadata = {"render_modes": ["ansi"], "render_fps": 4}

    def __init__(self, game: str | Game, max_steps: int = 200, render_mode: str | None = None):
        if render_mode not in (None, *self.metadata["render_modes"]):
            raise ValueError(f"unsupported render_mode {render_mode!r}")
        self.game = get_game(game) if isinstance(game, str) else game
        self.max_steps = max_steps
        self.render_mode = render_mode
        self._graph = self.game.state_graph()
        if "env" not in self._graph.memo:
            self._graph.memo["env"] = _Compiled(self.game)
        self._compiled: _Compiled = self._graph.memo["env"]
        self.action_space = spaces.Discrete(self._compiled.width)
        self.observation_space = spaces.Text(
            max_length=self._compiled.max_length, charset=self._compiled.charset
        )
        self.trajectory: list[tuple[str, int | None]] = []
        self._state = 0
        self._unlocked = 0
        self._steps = 0
        self._observation = ""

    def _info(self, invalid: bool = False) -> dict[str, Any]:
        compiled, state = self._compiled, self._state
        achievements, points = compiled.unlocked(self._unlocked)
        return {
            "action_mask": compiled.masks[len(self._graph.edges[state])].copy(),
            "game": self.game.id,
            "scene": self._graph.scene_id(state),
            "steps": self._steps,
            "achievements": achievements,
            "points": points,
            "invalid_action": invalid,
        }

    def reset(
        self, *, seed: int | None = None, options: dict[str, Any] | None = None
    ) -> tuple[str, dict[str, Any]]:
        super().reset(seed=seed)
        self._state = 0
        self._unlocked = 0
        self._steps = 0
        self.trajectory = [(self._graph.scene_id(0), None)]
        self._observation = self._compiled.intro + self._compiled.observations[0]
        return self._observation, self._info()

    def step(self, action: int) -> tuple[str, float, bool, bool, dict[str, Any]]:
        self._steps += 1
        edges = self._graph.edges[self._state]
        action = int(action)
        reward = 0
        invalid = not 0 <= action < len(edges)
        if not invalid:
            edge = edges[action]
            self._state = edge.target
            self._unlocked |= edge.bits
            reward = edge.reward
            self.trajectory[-1] = (self.trajectory[-1][0], edge.choice)
            self.trajectory.append((self._graph.scene_id(edge.target), None))
            self._observation = self._compiled.observations[edge.target]
        terminated = self._graph.ending[self._state]
        truncated = not terminated and self._steps >= self.max_steps
        return self._observation, float(reward), terminated, truncated, self._info(invalid)

    def render(self) -> str | None:
        return self._observation if self.render_mode == "ansi" else None
