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

from .run import Progress as Counts
from .run import RunConfig, run
from .summary import metrics_table, textgame_table


def run_with_progress(
    config: RunConfig, out: str | Path, token: str | None, retry_errors: bool, console: Console
) -> list[dict[str, Any]]:
    bar = Progress(
        TextColumn("[bold]{task.description}"), BarColumn(), MofNCompleteColumn(),
        TextColumn("{task.fields[counts]}"), TimeElapsedColumn(), TimeRemainingColumn(),
        console=console,
    )
    state: dict[str, Any] = {}

    def counts_text(counts: Counts) -> str:
        levels = " ".join(f"L{k}:{counts.levels.get(k, 0)}" for k in (1, 2, 3, 4))
        return f"{levels} errors:{counts.errors}"

    def on_start(total: int) -> None:
        state["counts"] = Counts(total=total)
        state["task"] = bar.add_task(f"{config.agent} on {config.suite}", total=total,
                                     counts=counts_text(state["counts"]))

    def on_result(row: dict[str, Any]) -> None:
        counts: Counts = state["counts"]
        counts.add(row)
        bar.update(state["task"], advance=1, counts=counts_text(counts))
        if row.get("error"):
            bar.console.print(f"[red]error[/red] {row['task_id']}: {row['error']}",
                              highlight=False)

    with bar:
        rows = run(config, out, token, retry_errors, on_start, on_result)
    title = f"{config.agent} on {config.suite} ({out})"
    table = textgame_table if all(r.get("kind") == "textgame" for r in rows) else metrics_table
    console.print(table(rows, title))
    console.print(f"results: {Path(out) / 'results.jsonl'}")
    return rows
