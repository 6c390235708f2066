"""Whatever stops ``sandbox run`` (SIGINT, SIGTERM, SIGHUP, SIGKILL), it leaves no process
behind: not its embedded sites, not Playwright's driver, not Chromium."""

from __future__ import annotations

import os
import secrets
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from support.processes import command_line, family, kill_all, marked_env, survivors

ROOT = Path(__file__).resolve().parents[1]
TASK = "forum.cybercrime.leaked-combo-list"

pytestmark = pytest.mark.usefixtures("signals_reach_children")


def wait_for_first_observation(out: Path, process: subprocess.Popen, timeout: float = 180):
    """Until the run has recorded its first observation (its agent, hanging, is acting)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and process.poll() is None:
        if any(path.read_text() for path in out.rglob("trajectory.jsonl")):
            return
        time.sleep(0.2)
    raise AssertionError(f"no observation recorded; the run exited with {process.poll()}")


@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM, signal.SIGHUP,
                                    signal.SIGKILL], ids=lambda s: s.name)
def test_sandbox_run_leaves_no_process_behind_whatever_stops_it(signum, tmp_path):
    mark, out = secrets.token_hex(8), tmp_path / "run"
    process = subprocess.Popen(
        [sys.executable, "-m", "sandbox.cli", "run", "--agent",
         "support.plugin_agents:HangingAgent", "--tasks", TASK, "--step-timeout", "3600",
         "--out", str(out)],
        env=marked_env(mark, PYTHONPATH=os.pathsep.join(
            filter(None, [str(ROOT / "tests"), os.environ.get("PYTHONPATH")]))),
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    known: set[tuple[int, int]] = set()
    try:
        wait_for_first_observation(out, process)
        known = family(mark)
        commands = " ".join(command_line(pid) for pid, _ in known)
        assert "sandbox.websites serve forum" in commands and "--type=renderer" in commands
        process.send_signal(signum)
        process.wait(timeout=60)
        left = survivors(mark, known)
    finally:
        process.kill()
        kill_all(mark, known)
    assert not left, f"still running after {signum.name}: {left}"
