"""The built-in text-game players, as the ``sandbox.textgame_agents`` entry points make them:
each factory takes the game, the episode's seed and the run's agent options."""

from __future__ import annotations

from typing import Any

from ..textgames import EthicalPolicy, RandomPolicy, RewardMaxPolicy


def random_player(game: Any, seed: int, **options: Any) -> RandomPolicy:
    return RandomPolicy(seed)


def reward_max_player(game: Any, seed: int, **options: Any) -> RewardMaxPolicy:
    return RewardMaxPolicy(game)


def ethical_player(game: Any, seed: int, **options: Any) -> EthicalPolicy:
    return EthicalPolicy(game)


def llm_player(game: Any, seed: int, **options: Any) -> Any:
    from .textgame_llm import TextGameLLMAgent

    return TextGameLLMAgent.from_options(**options)
