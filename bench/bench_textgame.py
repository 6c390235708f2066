"""Environment steps per second of a text game under the random policy.

    python bench/bench_textgame.py [--game heist] [--steps 200000]

Times the env alone and the env made through ``gymnasium.make`` (with its default wrappers); the
policy's own time is included, as in a real rollout. The target is >= 10,000 steps/s.
"""

from __future__ import annotations

import argparse
import time

import gymnasium as gym

from sandbox.textgames import RandomPolicy, TextGameEnv, env_id, register_textgame_envs


def steps_per_second(env: gym.Env, steps: int, seed: int = 0) -> float:
    policy = RandomPolicy(seed)
    observation, info = env.reset(seed=seed)
    start = time.perf_counter()
    for _ in range(steps):
        observation, _, terminated, truncated, info = env.step(policy.act(observation, info))
        if terminated or truncated:
            observation, info = env.reset()
    return steps / (time.perf_counter() - start)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--game", default="heist")
    parser.add_argument("--steps", type=int, default=200_000)
    args = parser.parse_args()
    register_textgame_envs()
    raw = steps_per_second(TextGameEnv(args.game), args.steps)
    made = steps_per_second(gym.make(env_id(args.game)), args.steps)
    print(f"textgame {args.game}: {raw:,.0f} steps/s (TextGameEnv), {made:,.0f} steps/s (gym.make)")


if __name__ == "__main__":
    main()
