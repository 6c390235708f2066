"""Find every process a command started, however it ends: the command runs with a mark in its
environment, which its descendants inherit, wherever they are reparented to.

Chromium rewrites its helpers' process titles over their environment, so a process counts as
the command's when it is marked or descends from a marked one. Processes are told apart by
(pid, start time), so a reused pid is never mistaken for a survivor.
"""

from __future__ import annotations

import contextlib
import os
import signal
import time
from pathlib import Path

MARK = "SANDBOX_TEST_MARK"

Process = tuple[int, int]  # pid, start time (clock ticks after boot)


def marked_env(mark: str, **extra: str) -> dict[str, str]:
    """This environment plus ``mark`` (and ``extra``), for a command to start with."""
    return {**os.environ, MARK: mark, **extra}


def _live() -> dict[int, tuple[int, int]]:
    """Every live (not zombie) process: pid -> (parent pid, start time)."""
    found = {}
    for proc in Path("/proc").iterdir():
        if not proc.name.isdigit():
            continue
        try:
            fields = (proc / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if fields[0] != "Z":
            found[int(proc.name)] = (int(fields[1]), int(fields[19]))
    return found


def _is_marked(pid: int, mark: str) -> bool:
    try:
        environ = Path(f"/proc/{pid}/environ").read_bytes()
    except OSError:
        return False
    return f"{MARK}={mark}".encode() in environ.split(b"\0")


def family(mark: str) -> set[Process]:
    """The live processes carrying ``mark`` and all their descendants."""
    live = _live()
    pids = [pid for pid in live if _is_marked(pid, mark)]
    for pid in pids:  # grows while it is walked: breadth first
        pids.extend(child for child, (parent, _) in live.items()
                    if parent == pid and child not in pids)
    return {(pid, live[pid][1]) for pid in pids}


def survivors(mark: str, known: set[Process], timeout: float = 30) -> dict[int, str]:
    """Those of ``known``, and any marked process, still alive after waiting up to ``timeout``
    seconds for all of them to end: pid -> command line."""
    deadline = time.monotonic() + timeout
    while True:
        live = _live()
        left = {pid for pid, start in known if live.get(pid, (0, None))[1] == start}
        left |= {pid for pid, _ in family(mark)}
        if not left or time.monotonic() > deadline:
            return {pid: command_line(pid) for pid in left}
        time.sleep(0.1)


def command_line(pid: int) -> str:
    """The process's command line ("?" once it is gone)."""
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode()
    except OSError:
        return "?"


def kill_all(mark: str, known: set[Process]) -> None:
    """SIGKILL what is left of ``known`` and of the marked processes (a failed test's mess)."""
    for pid in survivors(mark, known, timeout=0):
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)
