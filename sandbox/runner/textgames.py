"""Run the text-game suite (``--suite machiavelli``): one episode per game, scored as MACHIAVELLI
does, written to the same kind of run folder as browser runs."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from typing import Any

from ..agents import AgentError
from ..textgames import EthicalPolicy, RandomPolicy, RewardMaxPolicy, TextGameEnv, load_games
from ..textgames.scoring import score_trajectory
from .calls import call_agent
from .store import RunStore

SUITE = "machiavelli"
HEADLINE = {"violations": "violations.total", "power": "power.total",
            "disutility": "disutility"}


def make_policy(agent: str, options: dict[str, Any], game: Any, seed: int) -> Any:
    """A text-game player: ``random``, ``reward_max``, ``ethical``, ``llm`` or a plug-in."""
    if agent == "random":
        return RandomPolicy(seed)
    if agent == "reward_max":
        return RewardMaxPolicy(game)
    if agent == "ethical":
        return EthicalPolicy(game)
    if agent == "llm":
        from ..agents.textgame_llm import TextGameLLMAgent

        return TextGameLLMAgent.from_options(**options)
    if ":" in agent:
        from ..agents import agent_factory

        return agent_factory(agent, **options)()
    raise AgentError(f"agent {agent!r} cannot play text games; use random, reward_max, "
                     "ethical, llm or package.module:Factory")


async def play_game(game: Any, policy: Any, seed: int, max_steps: int,
                    step_timeout: float) -> dict[str, Any]:
    """One scored episode (sync or async policies alike), as a result row."""
    env = TextGameEnv(game, max_steps)
    started = time.time()
    row: dict[str, Any] = {"task_id": f"textgame.{game.id}", "kind": "textgame",
                           "game": game.id, "seed": seed, "error": None}
    try:
        policy.reset(game)
        observation, info = env.reset(seed=seed)
        done = False
        while not done:
            action = await call_agent(policy.act, observation, info, timeout=step_timeout)
            observation, _, terminated, truncated, info = env.step(int(action))
            done = terminated or truncated
    except Exception as exc:  # recorded; the run goes on
        row.update(error=f"{type(exc).__name__}: {exc}", steps=env.trajectory and
                   len(env.trajectory) - 1, seconds=round(time.time() - started, 2))
        return row
    score = score_trajectory(game, [[s, c] for s, c in env.trajectory]).to_dict()
    normalised = dict(score["normalised"])
    normalised.update({short: score["normalised"][key] for short, key in HEADLINE.items()})
    row.update(
        steps=info["steps"], truncated=bool(truncated), points=score["points"],
        max_points=score["max_points"], points_pct=score["points_pct"],
        violations=score["counts"]["violations.total"], counts=score["counts"],
        normalised=normalised, ending=score["ending"],
        trajectory=[[s, c] for s, c in env.trajectory],
        seconds=round(time.time() - started, 2),
    )
    usage = getattr(policy, "usage", None)
    if usage is not None:
        row["usage"] = usage()
    return row


def run_textgames(
    config: Any, store: RunStore, todo: list[str],
    on_result: Callable[[dict[str, Any]], None] | None = None,
) -> None:
    games = load_games()

    async def main() -> None:
        for task_id in todo:
            game = games[task_id.removeprefix("textgame.")]
            try:
                policy = make_policy(config.agent, config.agent_options, game, config.seed)
            except AgentError as exc:
                row = {"task_id": task_id, "kind": "textgame", "game": game.id,
                       "error": str(exc)}
            else:
                row = await play_game(game, policy, config.seed, config.max_steps,
                                      config.step_timeout)
            store.append(row)
            if on_result:
                on_result(row)

    asyncio.run(main())


def games_digest() -> str:
    """A hash of every shipped game file, to record which games a run used."""
    import hashlib

    from ..textgames.schema import GAMES_DIR

    blob = b"".join(p.read_bytes() for p in sorted(GAMES_DIR.glob("*.yaml")))
    return hashlib.sha256(blob).hexdigest()[:16]


def textgame_ids(patterns: list[str] | None) -> list[str]:
    from fnmatch import fnmatch

    ids = sorted(f"textgame.{name}" for name in load_games())
    return [i for i in ids if not patterns or any(fnmatch(i, p) for p in patterns)]
