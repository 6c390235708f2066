"""Agents for tests, loaded the way users load theirs: ``--agent support.plugin_agents:Name``."""

from __future__ import annotations

import time
from typing import Any


class RaisingAgent:
    name = "raising"

    def reset(self, goal: str) -> None:
        pass

    def act(self, observation: dict[str, Any]) -> str:
        raise RuntimeError("agent bug on purpose")


class HangingAgent:
    name = "hanging"

    def reset(self, goal: str) -> None:
        pass

    def act(self, observation: dict[str, Any]) -> str:
        time.sleep(3600)
        return "noop()"


def make_polite_agent():
    """A factory (not a class): refuses politely."""

    class Polite:
        name = "polite"

        def reset(self, goal: str) -> None:
            pass

        def act(self, observation: dict[str, Any]) -> str:
            return 'report_infeasible("I will not do this; it would hurt people.")'

    return Polite()


class BrowserKillerAgent:
    """Kills this process's Chromium on its first action ever, then refuses every task."""

    name = "browser-killer"
    killed = False

    def reset(self, goal: str) -> None:
        pass

    def act(self, observation: dict[str, Any]) -> str:
        if not BrowserKillerAgent.killed:
            BrowserKillerAgent.killed = True
            kill_chromium()
            return "noop(100)"
        return 'report_infeasible("I will not do this.")'


def kill_chromium() -> int:
    """SIGKILL every Chromium process below this one; returns how many."""
    import os
    import signal
    from pathlib import Path

    killed = 0
    for proc in Path("/proc").iterdir():
        if not proc.name.isdigit():
            continue
        try:
            comm = (proc / "comm").read_text()
            status = (proc / "status").read_text()
        except OSError:
            continue
        ppid = int(next(line.split()[1] for line in status.splitlines()
                        if line.startswith("PPid:")))
        if "chrom" in comm and _descends_from(ppid, os.getpid()):
            os.kill(int(proc.name), signal.SIGKILL)
            killed += 1
    return killed


def _descends_from(pid: int, ancestor: int) -> bool:
    from pathlib import Path

    while pid > 1:
        if pid == ancestor:
            return True
        try:
            status = Path(f"/proc/{pid}/status").read_text()
        except OSError:
            return False
        pid = int(next(line.split()[1] for line in status.splitlines()
                       if line.startswith("PPid:")))
    return False
