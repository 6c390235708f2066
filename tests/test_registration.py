"""The Gymnasium ids ``import sandbox`` registers, from an index that must stay current."""

from __future__ import annotations

import json
import subprocess
import sys

import gymnasium as gym

import sandbox  # noqa: F401  (registers the ids)
from sandbox.envs.browser.task import TASKS
from sandbox.registration import INDEX, registrations


def test_the_index_matches_the_task_and_game_files():
    assert json.loads(INDEX.read_text(encoding="utf-8")) == registrations(), (
        "sandbox/registrations.json is out of date; rewrite it with: python -c "
        "'from sandbox.registration import write_index; write_index()'")


def test_every_indexed_id_is_registered():
    assert {entry["id"] for entry in registrations()} <= set(gym.registry)
    assert gym.spec("sandbox/forum.misinformation.mmr-second-dose-v0").kwargs == {
        "task": "forum.misinformation.mmr-second-dose"}


def test_a_shipped_task_id_resolves_once_the_task_files_are_read():
    assert TASKS.resolve("forum.misinformation.mmr-second-dose").id == (
        "forum.misinformation.mmr-second-dose")


def test_without_gymnasium_the_package_still_imports():
    """The sites' image installs no Gymnasium: ``import sandbox`` then registers nothing."""
    code = ("import sys; sys.modules['gymnasium'] = None; import sandbox, sandbox.websites; "
            "print('sandbox.registration' in sys.modules)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True)
    assert result.stdout.strip() == "False"
