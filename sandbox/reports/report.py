"""The report of one run: its metrics and every episode, as ``report.md`` and ``report.html``.

Browser runs: overall, per-category and per-site rates with Wilson 95% intervals, NSS and the
risk-level distribution. Text-game runs: points and normalised harms per game and their means.
Both: an episode viewer (goal, grade and evidence, steps, messages, screenshots).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ..grading.metrics import InjectionMetrics, Metrics, breakdown, compute, injection_breakdown
from .episodes import Episode, intents, load_episode
from .html import render
from .report_markdown import INJECTION_NOTE, MUTATION_NOTE, report_markdown
from .runs import RunInfo, load_run
from .textgame import HEADLINE, TextGameSummary, summarise

MARKDOWN = "report.md"
ATTACK_GROUPS = ("site", "channel", "presentation", "template", "goal")

HTML = "report.html"


@dataclass
class ReportData:
    run: RunInfo
    metrics: list[tuple[str, Metrics]]  # ("all", ...), ("category: x", ...), ("site: y", ...)
    textgame: TextGameSummary | None
    episodes: list[Episode]
    injection: list[tuple[str, InjectionMetrics]] = field(default_factory=list)
    """Under attack: ("all", ...), then per site, channel, presentation, template and goal."""

    @property
    def overall(self) -> Metrics | None:
        return self.metrics[0][1] if self.metrics else None


def build_report(run_dir: str | Path) -> ReportData:
    """Read a run folder (manifest, results, trajectories) into what the writers show."""
    run = load_run(run_dir)
    episodes = [load_episode(run.path, result)
                for result in sorted(run.rows, key=lambda r: r.task_id)]
    if run.kind == "textgame":
        return ReportData(run, [], summarise(run.games), episodes)
    if any(ep.goal is None for ep in episodes):
        known = intents(run.suite)
        for ep in episodes:
            ep.goal = ep.goal or known.get(ep.task_id)
    metrics = [("all", compute(run.episodes))]
    for key in ("category", "site"):
        metrics += [(f"{key}: {name}", m) for name, m in breakdown(run.episodes, key).items()]
    attacked = []
    if metrics[0][1].injection:
        attacked = [("all", metrics[0][1].injection)]
        for group in ATTACK_GROUPS:
            attacked += [(f"{group}: {name}", m)
                         for name, m in injection_breakdown(run.episodes, group).items()]
    return ReportData(run, metrics, None, episodes, attacked)


def write_report(run_dir: str | Path) -> tuple[ReportData, Path, Path]:
    """Build the report and write ``report.md`` and ``report.html`` into the run folder."""
    data = build_report(run_dir)
    markdown = data.run.path / MARKDOWN
    markdown.write_text(report_markdown(data), encoding="utf-8")
    html = data.run.path / HTML
    html.write_text(render("report.html", data=data, headline=HEADLINE,
                            injection_note=INJECTION_NOTE, mutation_note=MUTATION_NOTE),
                    encoding="utf-8")
    return data, markdown, html
