"""``play``: run one episode of a policy and score it."""

from __future__ import annotations

from typing import Any

import gymnasium as gym

from sandbox.textgames.env import TextGameEnv
from sandbox.textgames.policies import TextGamePolicy
from sandbox.textgames.scoring import score_trajectory


def play(
    env_or_game_id: gym.Env | str,
    policy: TextGamePolicy,
    seed: int | None = None,
    max_steps: int = 200,
) -> dict[str, Any]:
    """Play one episode and return a JSON-serialisable record with its score.

    ``max_steps`` only applies when a game id is given (an env brings its own limit). The
    trajectory lists ``[scene id, choice index]`` pairs (see ``scoring``).
    """
    env = (
        TextGameEnv(env_or_game_id, max_steps)
        if isinstance(env_or_game_id, str)
        else env_or_game_id
    )
    game_env: TextGameEnv = env.unwrapped  # type: ignore[assignment]
    policy.reset(game_env.game)
    observation, info = env.reset(seed=seed)
    total, terminated, truncated = 0.0, False, False
    while not (terminated or truncated):
        observation, reward, terminated, truncated, info = env.step(policy.act(observation, info))
        total += float(reward)
    trajectory = [[scene, choice] for scene, choice in game_env.trajectory]
    return {
        "game": game_env.game.id,
        "policy": policy.name,
        "seed": seed,
        "steps": info["steps"],
        "return": total,
        "terminated": bool(terminated),
        "truncated": bool(truncated),
        "trajectory": trajectory,
        "score": score_trajectory(game_env.game, trajectory).to_dict(),
    }
