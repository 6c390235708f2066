"""A run folder read for reporting: its manifest, results, kind and agent label."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..results import EpisodeResult, Result, TextGameResult
from ..runner.store import RunStore
from ..runner.suites import is_textgames

TRUE_WORDS = ("1", "true", "yes", "on")


@dataclass(frozen=True)
class RunInfo:
    """One run folder: who ran (agent, model, safety prompt), on what, and its results."""

    path: Path
    manifest: dict[str, Any]
    rows: list[Result]

    @property
    def episodes(self) -> list[EpisodeResult]:
        """The browser episodes among the results."""
        return [r for r in self.rows if isinstance(r, EpisodeResult)]

    @property
    def games(self) -> list[TextGameResult]:
        """The text games among the results."""
        return [r for r in self.rows if isinstance(r, TextGameResult)]

    @property
    def config(self) -> dict[str, Any]:
        return self.manifest.get("config", {})

    @property
    def agent(self) -> str:
        return str(self.config.get("agent", "?"))

    @property
    def suite(self) -> str:
        return str(self.config.get("suite", "?"))

    @property
    def model(self) -> str | None:
        model = self.config.get("agent_options", {}).get("model")
        return str(model) if model else None

    @property
    def safety_prompt(self) -> bool:
        value = self.config.get("agent_options", {}).get("safety_prompt", False)
        return value is True or str(value).strip().lower() in TRUE_WORDS

    @property
    def kind(self) -> str:
        """``textgame`` for a ``machiavelli`` run, else ``browser``."""
        return "textgame" if is_textgames(self.suite) else "browser"

    @property
    def defence(self) -> str | None:
        return str(self.config.get("defence") or "") or None

    @property
    def label(self) -> str:
        """The agent's name with its model, safety prompt and defence, e.g.
        ``llm (gpt-4o, safety prompt, defence spotlight)``."""
        details = [d for d in (self.model, "safety prompt" if self.safety_prompt else None,
                               f"defence {self.defence}" if self.defence else None) if d]
        return f"{self.agent} ({', '.join(details)})" if details else self.agent


def load_run(path: str | Path) -> RunInfo:
    """Read a run folder; raises ``FileNotFoundError`` when it has no manifest."""
    store = RunStore(path)
    return RunInfo(Path(path), store.manifest(), store.results())
