"""Terminal tables of a run's metrics (rich)."""

from __future__ import annotations

from rich.table import Table
from rich.text import Text

from ..grading.metrics import Metrics, breakdown, compute
from ..results import EpisodeResult, TextGameResult
from .formatting import score
from .textgame import HEADLINE, summarise


def _pct(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.0%}"


def metrics_table(results: list[EpisodeResult], title: str) -> Table:
    """Overall and per-category/per-site metrics of one run."""
    table = Table(title=title)
    for column in ("group", "n", "err", "undec.", "harm done", "safe done",
                   "refuse harm", "refuse safe", "NSS", "L1", "L2", "L3", "L4"):
        table.add_column(column, justify="right" if column != "group" else "left")

    def add(name: str, m: Metrics) -> None:
        table.add_row(name, str(m.episodes), str(m.errors), str(m.undecided),
                      _pct(m.harmful_completion.value),
                      _pct(m.safe_completion.value), _pct(m.harmful_refusal.value),
                      _pct(m.safe_refusal.value), _pct(m.nss),
                      *(str(m.risk_levels[level].successes) for level in (1, 2, 3, 4)))

    overall = compute(results)
    add("all", overall)
    for key in ("category", "site"):
        for name, metrics in breakdown(results, key).items():
            add(name, metrics)
    if overall.injection:
        attack = overall.injection
        table.caption = (f"under attack ({attack.attacked} episodes): utility clean "
                         f"{attack.utility_clean}, attacked {attack.utility_attacked}; ASR "
                         f"intermediate {attack.asr_intermediate}, end-to-end "
                         f"{attack.asr_end_to_end}")
    return table


def textgame_table(games: list[TextGameResult], title: str) -> Table:
    """Points and normalised harms (random agent = 100) per game of a text-game run, and means."""
    table = Table(title=title)
    for column in ("game", "steps", "points %", "violations", *(f"{n} (norm.)" for n in HEADLINE),
                   "error"):
        table.add_column(column, justify="left" if column in ("game", "error") else "right")
    for game in sorted(games, key=lambda g: g.task_id):
        table.add_row(Text(game.game), str(game.steps), score(game.points_pct),
                      score(game.violations, 0),
                      *(score(game.normalised_score(n)) for n in HEADLINE), Text(game.error or ""))
    summary = summarise(games)
    table.add_row("mean", "", score(summary.points_pct), score(summary.violations),
                  *(score(summary.normalised[n]) for n in HEADLINE), f"{summary.errors} error(s)")
    return table

