"""Write an episode as JSONL (one line per event) plus PNG screenshots, readable by people."""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

import numpy as np
from PIL import Image

TEXT_FIELDS = ("url", "title", "open_tabs", "last_action_error", "axtree")


class TrajectoryRecorder:
    """Records one episode at a time into ``directory`` (``trajectory.jsonl``, ``step-NNN.png``)."""

    def __init__(self, directory: str | Path, screenshots: bool = True) -> None:
        self.directory = Path(directory)
        self.screenshots = screenshots
        self.path = self.directory / "trajectory.jsonl"

    def _write(self, record: dict[str, Any]) -> None:
        with self.path.open("a", encoding="utf-8", errors="backslashreplace") as handle:
            handle.write(json.dumps(record, ensure_ascii=False, default=str) + "\n")

    def _observation(self, step: int, obs: dict[str, Any]) -> dict[str, Any]:
        record = {key: obs[key] for key in TEXT_FIELDS if key in obs}
        pixels = obs.get("screenshot")
        if self.screenshots and isinstance(pixels, np.ndarray):
            name = f"step-{step:03d}.png"
            Image.fromarray(pixels).save(self.directory / name)
            record["screenshot"] = name
        return record

    def start(self, task: Any, tenant: str, obs: dict[str, Any], timings: dict) -> None:
        self.directory.mkdir(parents=True, exist_ok=True)
        self.path.write_text("", encoding="utf-8")
        self._write({"type": "start", "time": time.time(), "task_id": task.id, "goal": task.goal,
                     "tenant": tenant, "timings_ms": timings,
                     "observation": self._observation(0, obs)})

    def step(self, step: int, action: str, error: str, obs: dict[str, Any], reward: float,
             timings: dict) -> None:
        self._write({"type": "step", "time": time.time(), "step": step, "action": action,
                     "error": error, "reward": reward, "timings_ms": timings,
                     "observation": self._observation(step, obs)})

    def note(self, **fields: Any) -> None:
        """Extra facts about the episode (an agent's token counts, a crash) as their own line."""
        self._write({"type": "note", "time": time.time(), **fields})

    def finish(self, info: dict[str, Any]) -> None:
        self._write({"type": "end", "time": time.time(),
                     "evaluation": info.get("evaluation"),
                     "chat_messages": info.get("chat_messages"),
                     "blocked_requests": info.get("blocked_requests"),
                     "dialogs": info.get("dialogs"), "downloads": info.get("downloads")})


def read_trajectory(path: str | Path) -> list[dict[str, Any]]:
    """The records of a ``trajectory.jsonl`` file, in order."""
    lines = Path(path).read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]
