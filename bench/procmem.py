"""Proportional set size (PSS) of process trees, read from /proc (Linux)."""

from __future__ import annotations

import os
from pathlib import Path


def children(pid: int) -> list[int]:
    found = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        text = (task / "children").read_text() if (task / "children").exists() else ""
        found.extend(int(c) for c in text.split())
    return found


def tree(pid: int) -> list[int]:
    pids, stack = [], [pid]
    while stack:
        current = stack.pop()
        pids.append(current)
        try:
            stack.extend(children(current))
        except OSError:
            pass
    return pids


def pss_mb(pids: list[int]) -> float:
    total = 0
    for pid in pids:
        try:
            for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
                if line.startswith("Pss:"):
                    total += int(line.split()[1])
        except OSError:
            pass
    return total / 1024


def chromium_pss_mb(root: int | None = None) -> float:
    """PSS of every Chromium process under ``root`` (default: this process)."""
    pids = [p for p in tree(root or os.getpid()) if _is_chromium(p)]
    return pss_mb(pids)


def _is_chromium(pid: int) -> bool:
    try:
        return "chrom" in Path(f"/proc/{pid}/comm").read_text()
    except OSError:
        return False
