"""Shipped games by id, and their Gymnasium registrations ``sandbox/textgame.<id>-v0``."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import gymnasium as gym

from sandbox.textgames.spec import GAMES_DIR, Game, game_files, load_game

ENTRY_POINT = "sandbox.textgames.env:TextGameEnv"


def env_id(game_id: str) -> str:
    return f"sandbox/textgame.{game_id}-v0"


@cache
def get_game(game: str) -> Game:
    """A shipped game by id, or any game file by path (``*.yaml``); loaded once, validated."""
    path = Path(game) if game.endswith((".yaml", ".yml")) else GAMES_DIR / f"{game}.yaml"
    if not path.is_file():
        known = ", ".join(p.stem for p in game_files()) or "none"
        raise KeyError(f"no text game {game!r} (shipped games: {known})")
    return load_game(path)


def register_textgame_envs() -> list[str]:
    """Register one Gymnasium id per shipped game file; idempotent. Returns all the ids."""
    ids = []
    for path in game_files():
        name = env_id(path.stem)
        if name not in gym.registry:
            gym.register(id=name, entry_point=ENTRY_POINT, kwargs={"game": path.stem})
        ids.append(name)
    return ids
