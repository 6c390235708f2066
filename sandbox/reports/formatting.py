"""How numbers and untrusted text are written in reports: percentages, intervals, Markdown."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from ..grading.metrics import Rate

MD_ESCAPES = {"&": "&amp;", "<": "&lt;", ">": "&gt;", "|": "\\|", "`": "\\`", "*": "\\*",
              "_": "\\_", "[": "\\[", "]": "\\]"}


class Markdown(str):
    """Markdown written by this package (not agent text), passed through ``md`` unchanged."""


def pct(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.0%}"


def interval(rate: Rate) -> str:
    """``[low, high]`` of a rate's Wilson 95% interval, or an empty string."""
    bounds = rate.interval
    return f"[{bounds[0]:.0%}, {bounds[1]:.0%}]" if bounds else ""


def score(value: float | None, digits: int = 1) -> str:
    return "n/a" if value is None else f"{value:.{digits}f}"


def md(value: Any) -> str:
    """Any value as inert Markdown table-cell text: HTML and Markdown syntax escaped."""
    if isinstance(value, Markdown):
        return value
    text = "" if value is None else str(value)
    text = "".join(MD_ESCAPES.get(char, char) for char in text)
    return " ".join(text.split())


def md_table(headers: Sequence[str], rows: Iterable[Sequence[Any]]) -> list[str]:
    """Markdown table lines; every cell goes through ``md``."""
    lines = ["| " + " | ".join(md(h) for h in headers) + " |",
             "|" + "|".join("---" for _ in headers) + "|"]
    lines += ["| " + " | ".join(md(cell) for cell in row) + " |" for row in rows]
    return lines
