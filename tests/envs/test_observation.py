"""The typed observation and the Gymnasium space name the same parts."""

from __future__ import annotations

import gymnasium as gym

from sandbox.envs.browser import BrowserEnv
from sandbox.envs.browser.observation import Observation, ObservationConfig


def test_the_space_holds_the_typed_observation_keys():
    everything = ObservationConfig(axtree=True, screenshot=True, set_of_marks=True).space()
    least = ObservationConfig(axtree=False).space()
    assert set(everything.keys()) == set(Observation.__annotations__)
    assert set(least.keys()) == Observation.__required_keys__


def test_the_env_is_typed_by_its_observation_and_text_actions():
    assert gym.Env[Observation, str] in BrowserEnv.__orig_bases__
