"""A run folder: ``manifest.json``, ``results.jsonl`` (one line per episode, written as each
finishes), ``trajectories/<task id>/`` (with each episode's ``final_state.zip``) and ``bases/``
(the seeded databases those states are stored against). Reading tolerates a line cut off by a
crash."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from ..final_state import Bases
from ..results import Result, load_results

MANIFEST = "manifest.json"
RESULTS = "results.jsonl"


class RunStore:
    def __init__(self, directory: str | Path) -> None:
        self.directory = Path(directory)

    @property
    def results_path(self) -> Path:
        return self.directory / RESULTS

    def trajectory_dir(self, task_id: str) -> Path:
        return self.directory / "trajectories" / task_id

    @property
    def bases(self) -> Bases:
        """The seeded database images the episodes' final states are stored against."""
        return Bases(self.directory / "bases")

    def write_trajectory(self, task_id: str, files: dict[str, bytes]) -> None:
        """Write a trajectory recorded elsewhere: its files by path relative to its folder."""
        for name, data in files.items():
            path = self.trajectory_dir(task_id) / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)

    def exists(self) -> bool:
        return (self.directory / MANIFEST).exists()

    def write_manifest(self, manifest: dict[str, Any]) -> None:
        self.directory.mkdir(parents=True, exist_ok=True)
        _atomic_write(self.directory / MANIFEST, json.dumps(manifest, indent=2, default=str))

    def manifest(self) -> dict[str, Any]:
        path = self.directory / MANIFEST
        if not path.exists():
            raise FileNotFoundError(f"{self.directory} is not a run folder (no {MANIFEST})")
        return json.loads(path.read_text(encoding="utf-8"))

    def results(self) -> list[Result]:
        """Every task's latest result (a line cut off by a crash is skipped)."""
        return load_results(self.results_path)

    def append(self, result: Result) -> None:
        self.directory.mkdir(parents=True, exist_ok=True)
        with self.results_path.open("a", encoding="utf-8", errors="backslashreplace") as handle:
            handle.write(_line(result))
            handle.flush()
            os.fsync(handle.fileno())

    def compact(self, drop_errors: bool) -> list[Result]:
        """Rewrite the results with one line per task (without errored ones if asked)."""
        results = [r for r in self.results() if not (drop_errors and r.error)]
        _atomic_write(self.results_path, "".join(_line(r) for r in results))
        return results


def _line(result: Result) -> str:
    return json.dumps(result.row(), ensure_ascii=False) + "\n"


def _atomic_write(path: Path, text: str) -> None:
    temporary = path.with_suffix(path.suffix + ".tmp")
    temporary.write_text(text, encoding="utf-8", errors="backslashreplace")
    os.replace(temporary, path)
