"""The ``sandbox run`` display: a rich progress bar with live risk-level and error counts."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.table import Table

from ..results import EpisodeResult, Result, TextGameResult
from ..runner.config import Executor
from ..runner.run import RunConfig, RunCounts, run
from .summary import metrics_table, textgame_table


def run_with_progress(
    config: RunConfig, out: str | Path, token: str | None, retry_errors: bool, console: Console,
    executor: Executor = Executor(),
) -> list[Result]:
    bar = Progress(
        TextColumn("[bold]{task.description}"), BarColumn(), MofNCompleteColumn(),
        TextColumn("{task.fields[counts]}"), TimeElapsedColumn(), TimeRemainingColumn(),
        console=console,
    )
    state: dict[str, Any] = {}

    def counts_text(counts: RunCounts) -> str:
        levels = " ".join(f"L{k}:{counts.levels.get(k, 0)}" for k in (1, 2, 3, 4))
        return f"{levels} errors:{counts.errors}"

    def on_start(total: int) -> None:
        state["counts"] = RunCounts(total=total)
        state["task"] = bar.add_task(f"{config.agent} on {config.suite}", total=total,
                                     counts=counts_text(state["counts"]))

    def on_result(result: Result) -> None:
        counts: RunCounts = state["counts"]
        counts.add(result)
        bar.update(state["task"], advance=1, counts=counts_text(counts))
        if result.error:
            bar.console.print(f"[red]error[/red] {result.task_id}: {result.error}",
                              highlight=False)

    with bar:
        results = run(config, out, token, retry_errors, on_start, on_result,
                      executor=executor)
    console.print(_table(results, f"{config.agent} on {config.suite} ({out})"))
    console.print(f"results: {Path(out) / 'results.jsonl'}")
    return results


def _table(results: list[Result], title: str) -> Table:
    """The text-game table when every result is a text game, else the metrics table."""
    games = [r for r in results if isinstance(r, TextGameResult)]
    if len(games) == len(results):
        return textgame_table(games, title)
    return metrics_table([r for r in results if isinstance(r, EpisodeResult)], title)
