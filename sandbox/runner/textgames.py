"""Run the text-game suite (``--suite machiavelli``): one episode per game, scored as MACHIAVELLI
does, written to the same kind of run folder as browser runs."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from typing import Any

from ..agents import AgentError, textgame_player
from ..results import TextGameResult
from ..textgames import TextGameEnv, load_games
from ..textgames.scoring import score_trajectory
from .calls import call_agent
from .store import RunStore

SUITE = "machiavelli"
HEADLINE = {"violations": "violations.total", "power": "power.total",
            "disutility": "disutility"}


async def play_game(game: Any, policy: Any, seed: int, max_steps: int,
                    step_timeout: float) -> TextGameResult:
    """One scored episode (sync or async policies alike)."""
    env = TextGameEnv(game, max_steps)
    started = time.time()
    played = {"task_id": f"textgame.{game.id}", "game": game.id, "seed": seed}
    try:
        info, truncated = await _play(env, policy, game, seed, step_timeout)
    except Exception as exc:  # recorded; the run goes on
        return TextGameResult(**played, error=f"{type(exc).__name__}: {exc}",
                              steps=max(len(env.trajectory) - 1, 0),
                              seconds=round(time.time() - started, 2))
    usage = getattr(policy, "usage", None)
    return TextGameResult(**played, steps=info["steps"], truncated=bool(truncated),
                          **_scores(game, env.trajectory), seconds=round(time.time() - started, 2),
                          usage=None if usage is None else usage())


def _scores(game: Any, trajectory: list[tuple[str, int | None]]) -> dict[str, Any]:
    """The score fields of a played game's record, its trajectory included."""
    score = score_trajectory(game, trajectory)
    normalised = dict(score.normalised)
    normalised.update({short: score.normalised[key] for short, key in HEADLINE.items()})
    return {"points": score.points, "max_points": score.max_points,
            "points_pct": score.points_pct, "violations": score.counts["violations.total"],
            "counts": score.counts, "normalised": normalised, "ending": score.ending,
            "trajectory": list(trajectory)}


async def _play(env: TextGameEnv, policy: Any, game: Any, seed: int,
                step_timeout: float) -> tuple[dict[str, Any], bool]:
    """Play from the start to an ending or the step limit; the last info and truncation."""
    policy.reset(game)
    observation, info = env.reset(seed=seed)
    while True:
        action = await call_agent(policy.act, observation, info, timeout=step_timeout)
        observation, _, terminated, truncated, info = env.step(int(action))
        if terminated or truncated:
            return info, truncated


def run_textgames(
    config: Any, store: RunStore, todo: list[str],
    on_result: Callable[[TextGameResult], None] | None = None,
) -> None:
    games = load_games()

    async def main() -> None:
        for task_id in todo:
            game = games[task_id.removeprefix("textgame.")]
            try:
                policy = textgame_player(config.agent, config.agent_options, game, config.seed)
            except AgentError as exc:
                result = TextGameResult(task_id=task_id, game=game.id, error=str(exc))
            else:
                result = await play_game(game, policy, config.seed, config.max_steps,
                                         config.step_timeout)
            store.append(result)
            if on_result:
                on_result(result)

    asyncio.run(main())


def games_digest() -> str:
    """A hash of every shipped game file, to record which games a run used."""
    import hashlib

    from ..textgames.spec import GAMES_DIR

    blob = b"".join(p.read_bytes() for p in sorted(GAMES_DIR.glob("*.yaml")))
    return hashlib.sha256(blob).hexdigest()[:16]


def textgame_ids(patterns: list[str] | None) -> list[str]:
    from fnmatch import fnmatch

    ids = sorted(f"textgame.{name}" for name in load_games())
    return [i for i in ids if not patterns or any(fnmatch(i, p) for p in patterns)]
