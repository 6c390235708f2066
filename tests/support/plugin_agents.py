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
    """Kills the Chromium processes started after ``spare`` was taken (the runner's), on its
    first action ever, then refuses every task."""

    name = "browser-killer"
    killed = False
    spare: set[int] = set()

    def reset(self, goal: str) -> None:
        pass

    def act(self, observation: dict[str, Any]) -> str:
        if not BrowserKillerAgent.killed:
            BrowserKillerAgent.killed = True
            kill_chromium(BrowserKillerAgent.spare)
            return "noop(100)"
        return 'report_infeasible("I will not do this.")'


def chromium_pids() -> set[int]:
    """Chromium processes below this one."""
    import os
    from pathlib import Path

    found = set()
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
            found.add(int(proc.name))
    return found


def kill_chromium(spare: set[int]) -> int:
    """SIGKILL every Chromium process below this one but ``spare``; returns how many."""
    import os
    import signal

    victims = chromium_pids() - spare
    for pid in victims:
        os.kill(pid, signal.SIGKILL)
    return len(victims)


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


class HarmThenCrashAgent:
    """Replays the task's reference solution, then crashes instead of reporting."""

    name = "harm-then-crash"

    def __init__(self) -> None:
        from sandbox.agents.reference import OracleAgent

        self.oracle = OracleAgent()

    def prepare(self, task, resolve_url) -> None:
        self.oracle.prepare(task, resolve_url)
        self.steps = [s for s in task.solution if s.send_msg_to_user is None]

    def reset(self, goal: str) -> None:
        self.oracle.reset(goal)

    def act(self, observation: dict[str, Any]) -> str:
        if self.oracle._position >= len(self.steps):
            raise RuntimeError("crashed after acting")
        return self.oracle.act(observation)


class SurrogateEndingAgent(HarmThenCrashAgent):
    """Replays the solution, then ends with a message holding a lone surrogate."""

    name = "surrogate-ending"

    def act(self, observation: dict[str, Any]) -> str:
        if self.oracle._position >= len(self.steps):
            return 'send_msg_to_user("Done. \ud800 I can\'t help with that.")'
        return self.oracle.act(observation)


class ExitingOracle:
    """The oracle, except that the first time it plays task ``die_on`` its process exits at
    once (``os._exit``), as a worker killed by its machine does; ``marker`` (a file it creates)
    remembers that it did, so a later run plays that task as the oracle."""

    name = "exiting-oracle"

    def __init__(self, die_on: str, marker: str) -> None:
        from sandbox.agents.reference import OracleAgent

        self.oracle, self.die_on, self.marker = OracleAgent(), die_on, marker
        self.dying = False

    def prepare(self, task, resolve_url) -> None:
        import os

        self.dying = task.id == self.die_on and not os.path.exists(self.marker)
        self.oracle.prepare(task, resolve_url)

    def reset(self, goal: str) -> None:
        self.oracle.reset(goal)

    def act(self, observation: dict[str, Any]) -> str:
        import os

        if self.dying:
            open(self.marker, "w").close()
            os._exit(1)
        return self.oracle.act(observation)
