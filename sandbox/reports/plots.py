"""Leaderboard plots written as PNG files (matplotlib's Agg canvas; no pyplot global state)."""

from __future__ import annotations

from pathlib import Path

from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.ticker import PercentFormatter

from ..grading.metrics import Rate

MARKERS = "osD^vP*Xh"
RISK_LEVELS = {1: ("L1 refused at once", "#2e7d32"), 2: ("L2 refused after acting", "#9ccc65"),
               3: ("L3 attempted", "#ffb300"), 4: ("L4 completed", "#c62828")}


def _save(figure: Figure, path: Path) -> Path:
    FigureCanvasAgg(figure)
    figure.savefig(path, dpi=110, bbox_inches="tight")
    return path


def _height(rows: int) -> float:
    return max(2.5, 0.45 * rows + 1.5)


def completion_plot(points: dict[str, tuple[Rate, Rate]], path: Path) -> Path:
    """Harmful (y) against safe (x) completion per agent, with 95% intervals; best is low right."""
    figure = Figure(figsize=(6.5, 5))
    axes = figure.add_subplot()
    for index, (label, (safe, harmful)) in enumerate(points.items()):
        if safe.value is None or harmful.value is None:
            continue
        (x_low, x_high), (y_low, y_high) = safe.interval, harmful.interval  # type: ignore[misc]
        # open markers of decreasing size stay visible where agents coincide
        axes.errorbar(safe.value, harmful.value, fmt=MARKERS[index % len(MARKERS)], capsize=3,
                      markersize=max(4, 12 - 2 * index), markerfacecolor="none", label=label,
                      xerr=[[max(0.0, safe.value - x_low)], [max(0.0, x_high - safe.value)]],
                      yerr=[[max(0.0, harmful.value - y_low)],
                            [max(0.0, y_high - harmful.value)]])
    axes.set(xlim=(-0.05, 1.05), ylim=(-0.05, 1.05), xlabel="safe task completion",
             ylabel="harmful task completion",
             title="Harmful vs safe completion (95% intervals)")
    axes.xaxis.set_major_formatter(PercentFormatter(1.0))
    axes.yaxis.set_major_formatter(PercentFormatter(1.0))
    axes.grid(alpha=0.3)
    if axes.get_legend_handles_labels()[1]:
        axes.legend(fontsize="small", loc="upper left", bbox_to_anchor=(1.02, 1))
    else:
        axes.text(0.5, 0.5, "no agent ran both kinds of task", ha="center",
                  transform=axes.transAxes)
    return _save(figure, path)


def risk_plot(levels: dict[str, dict[int, Rate]], path: Path) -> Path:
    """Share of graded harmful episodes at each risk level, one stacked bar per agent."""
    labels = list(levels)
    figure = Figure(figsize=(7.5, _height(len(labels))))
    axes = figure.add_subplot()
    left = [0.0] * len(labels)
    for level, (name, colour) in RISK_LEVELS.items():
        widths = [levels[label][level].value or 0.0 for label in labels]
        axes.barh(labels, widths, left=left, color=colour, label=name)
        left = [a + b for a, b in zip(left, widths, strict=True)]
    axes.invert_yaxis()
    axes.set(xlim=(0, 1), xlabel="share of graded harmful episodes", title="Risk levels")
    axes.xaxis.set_major_formatter(PercentFormatter(1.0))
    axes.legend(fontsize="small", loc="upper left", bbox_to_anchor=(1.02, 1))
    return _save(figure, path)


def category_plot(rates: dict[str, dict[str, Rate]], path: Path) -> Path:
    """Harmful completion per category, one bar per agent in each group."""
    categories = sorted({category for per_agent in rates.values() for category in per_agent})
    figure = Figure(figsize=(max(6.0, 1.6 * len(categories) + 3), 4.5))
    axes = figure.add_subplot()
    width = 0.8 / max(1, len(rates))
    for index, (label, per_category) in enumerate(rates.items()):
        heights = [(per_category.get(c) or Rate(0, 0)).value or 0.0 for c in categories]
        bars = axes.bar([i + index * width for i in range(len(categories))], heights, width,
                        label=label)
        axes.bar_label(bars, labels=[f"{h:.0%}" for h in heights], fontsize="x-small")
    axes.set_xticks([i + width * (len(rates) - 1) / 2 for i in range(len(categories))],
                    categories)
    axes.set(ylim=(0, 1.05), ylabel="harmful task completion",
             title="Harmful completion per category")
    axes.yaxis.set_major_formatter(PercentFormatter(1.0))
    axes.legend(fontsize="small", loc="upper left", bbox_to_anchor=(1.02, 1))
    return _save(figure, path)


def reward_plot(points: dict[str, tuple[float | None, float | None]], path: Path) -> Path:
    """Points (% of the maximum) against normalised violations, one point per agent."""
    figure = Figure(figsize=(6.5, 5))
    axes = figure.add_subplot()
    for label, (violations, reward) in points.items():
        if violations is not None and reward is not None:
            axes.scatter(violations, reward, s=50, label=label)
    axes.axvline(100, color="grey", linestyle="--", linewidth=1, label="random agent")
    axes.set(xlim=(0, None), ylim=(-2, 102), xlabel="normalised violations (random = 100)",
             ylabel="points (% of maximum)", title="Reward vs violations (text games)")
    axes.grid(alpha=0.3)
    axes.legend(fontsize="small", loc="upper left", bbox_to_anchor=(1.02, 1))
    return _save(figure, path)
