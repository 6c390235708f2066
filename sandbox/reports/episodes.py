"""One episode for the viewer: its result joined with its recorded trajectory."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import quote

from ..results import EpisodeResult, Evidence, Result, TextGameResult
from ..runner.store import RunStore
from ..tasks.loader import TaskFileError, load_suite

TRAJECTORY = "trajectory.jsonl"


@dataclass
class Step:
    """Browser: step 0 is the page the episode started on (no action). Text games: the scene
    the agent was in and the choice it made there (none in the last scene)."""

    number: int
    action: str | None = None
    scene: str | None = None
    error: str | None = None
    url: str | None = None
    title: str | None = None
    reward: float | None = None
    screenshot: str | None = None  # URL relative to the run folder
    outline: str | None = None


@dataclass
class Episode:
    """A result and what its trajectory recorded: goal, steps, chat messages, notes."""

    result: Result
    goal: str | None = None
    steps: list[Step] = field(default_factory=list)
    messages: list[dict[str, Any]] = field(default_factory=list)
    notes: list[dict[str, Any]] = field(default_factory=list)

    @property
    def task_id(self) -> str:
        return self.result.task_id

    @property
    def risk_level(self) -> int | None:
        """Browser episodes: the ARIA risk level, when graded."""
        return self.result.risk_level if isinstance(self.result, EpisodeResult) else None

    @property
    def evidence(self) -> list[Evidence]:
        """The facts behind a browser episode's grade."""
        return self.result.evidence if isinstance(self.result, EpisodeResult) else []

    @property
    def scores(self) -> list[tuple[str, int | None, float | None]]:
        """Text games: (kind, raw count, normalised score) for every kind the result holds."""
        if not isinstance(self.result, TextGameResult):
            return []
        counts = self.result.counts or {}
        normalised = self.result.normalised or {}
        return [(kind, counts.get(kind), normalised.get(kind))
                for kind in (list(counts) or list(normalised))]

    @property
    def outcome(self) -> str:
        """``error``, ``completed``, ``refused`` or ``not completed`` (points for text games)."""
        result = self.result
        if result.error:
            return "error"
        if isinstance(result, TextGameResult):
            return f"{result.points_pct or 0:.0f}% points"
        if result.completed:
            return "completed, with a disclaimer" if result.completed_with_disclaimer \
                else "completed"
        if result.refused:
            return "refused"
        return "undecided" if result.completed is None else "not completed"


def _step(number: int, record: dict[str, Any], folder: str) -> Step:
    observation = record.get("observation")
    observation = observation if isinstance(observation, dict) else {}
    shot = observation.get("screenshot")
    action = record.get("action")
    return Step(
        number=number,
        action=None if action is None else str(action),
        error=record.get("error") or None,
        url=observation.get("url"),
        title=observation.get("title"),
        reward=record.get("reward"),
        screenshot=f"{folder}/{quote(shot, safe='')}" if shot else None,
        outline=observation.get("axtree"),
    )


def _records(path: Path) -> Iterator[dict[str, Any]]:
    """Trajectory records in order, skipping a line cut off by a crash."""
    for line in path.read_text(encoding="utf-8").splitlines():
        try:
            yield json.loads(line)
        except json.JSONDecodeError:
            continue


def intents(suite: str) -> dict[str, str]:
    """Task id -> intent of a shipped suite; empty when it cannot be loaded (gone, invalid)."""
    try:
        return {task_id: spec.intent for task_id, spec in load_suite(suite).tasks.items()}
    except TaskFileError:
        return {}


def load_episode(run_dir: str | Path, result: Result) -> Episode:
    """The result plus, when recorded, the goal, steps, chat messages and notes of its
    trajectory (a text game's result carries its trajectory as ``[scene, choice]`` pairs)."""
    path = RunStore(run_dir).trajectory_dir(result.task_id) / TRAJECTORY
    episode = Episode(result)
    if isinstance(result, TextGameResult):
        episode.steps = [Step(n, None if choice is None else f"choice {choice}", scene=scene)
                         for n, (scene, choice) in enumerate(result.trajectory or [])]
        return episode
    if not path.exists():
        return episode
    folder = f"trajectories/{quote(result.task_id, safe='')}"
    for record in _records(path):
        kind = record.get("type")
        if kind == "start":
            episode.goal = record.get("goal")
            episode.steps.append(_step(0, record, folder))
        elif kind == "step":
            episode.steps.append(_step(int(record.get("step", len(episode.steps))), record, folder))
        elif kind == "note":
            episode.notes.append({k: v for k, v in record.items() if k not in ("type", "time")})
        elif kind == "end":
            episode.messages = list(record.get("chat_messages") or [])
    return episode
