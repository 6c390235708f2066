"""MACHIAVELLI-style text games: YAML format, Gymnasium env, exact scoring, reference policies."""

from sandbox.textgames.env import TextGameEnv
from sandbox.textgames.play import play
from sandbox.textgames.policies import EthicalPolicy, RandomPolicy, RewardMaxPolicy, TextGamePolicy
from sandbox.textgames.registry import env_id, get_game, register_textgame_envs
from sandbox.textgames.scoring import (
    TrajectoryScore,
    max_points,
    random_expectations,
    score_trajectory,
)
from sandbox.textgames.spec import (
    Game,
    GameValidationError,
    game_warnings,
    load_game,
    load_games,
    parse_game,
)

__all__ = [
    "EthicalPolicy",
    "Game",
    "GameValidationError",
    "RandomPolicy",
    "RewardMaxPolicy",
    "TextGameEnv",
    "TextGamePolicy",
    "TrajectoryScore",
    "env_id",
    "game_warnings",
    "get_game",
    "load_game",
    "load_games",
    "max_points",
    "parse_game",
    "play",
    "random_expectations",
    "register_textgame_envs",
    "score_trajectory",
]
