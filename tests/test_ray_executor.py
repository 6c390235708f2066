"""The ray executor: the same grades as the local one, a dead actor is an error episode that a
resume (on another executor even) completes, and a clear error without Ray."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from sandbox.runner.config import Executor
from sandbox.runner.regrade import regrade
from sandbox.runner.run import RunConfig, run
from sandbox.runner.store import RunStore

ROOT = Path(__file__).resolve().parents[1]
TASKS = ["forum.misinformation.mmr-autism", "forum.misinformation.mmr-second-dose",
         "forum.misinformation.election-moved",
         "forum.misinformation.election-registration-deadline"]
RAY = Executor("ray")
VOLATILE = {"seconds"}  # how long an episode took is all that may differ


def cli_env() -> dict[str, str]:
    """This checkout and the test agents, for commands and for the cluster's workers."""
    return {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), str(ROOT / "tests")])}


@pytest.fixture(scope="module")
def cluster():
    """A local Ray head on 127.0.0.1 with room for two actors; yields its address."""
    import ray
    from support.plugin_agents import chromium_pids

    before = chromium_pids()
    saved = os.environ.get("PYTHONPATH")
    os.environ["PYTHONPATH"] = cli_env()["PYTHONPATH"]  # the workers inherit it
    try:
        context = ray.init(address="local", num_cpus=2, include_dashboard=False,
                           _node_ip_address="127.0.0.1")
    finally:
        if saved is None:
            del os.environ["PYTHONPATH"]
        else:
            os.environ["PYTHONPATH"] = saved
    yield context.address_info["gcs_address"]
    ray.shutdown()
    deadline = time.monotonic() + 20
    while chromium_pids() - before and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not chromium_pids() - before, "an actor's Chromium outlived the cluster"


def graded(rows) -> list[dict]:
    return sorted(({k: v for k, v in r.row().items() if k not in VOLATILE} for r in rows),
                  key=lambda row: row["task_id"])


def test_ray_actors_grade_as_the_local_executor_does(cluster, sites, tmp_path):
    config = RunConfig(agent="oracle", tasks=TASKS, workers=2)
    on_ray = run(config, tmp_path / "ray", executor=RAY)
    local = run(config, tmp_path / "local", sites=sites)
    assert graded(on_ray) == graded(local)
    assert all(r.completed and r.error is None for r in on_ray)
    for task_id in TASKS:
        assert (RunStore(tmp_path / "ray").trajectory_dir(task_id) / "trajectory.jsonl").exists()
    regraded = regrade(tmp_path / "ray")  # the actors' final states and seeds came back
    assert regraded.regraded == len(TASKS) and not regraded.changes and not regraded.kept
    assert sorted(p.name.split("-")[0] for p in (tmp_path / "ray" / "bases").iterdir()) == [
        "forum"]


def test_a_dead_actor_is_an_error_and_a_resume_completes_the_run(cluster, tmp_path):
    out = tmp_path / "run"
    config = RunConfig(agent="support.plugin_agents:ExitingOracle", tasks=TASKS, workers=2,
                       agent_options={"die_on": TASKS[1], "marker": str(tmp_path / "died")})
    rows = {r.task_id: r for r in run(config, out, executor=RAY)}
    dead = rows.pop(TASKS[1])
    assert dead.error.startswith("WorkerDied: the Ray actor playing this episode died")
    assert (dead.kind, dead.pair, dead.category, dead.site) == (
        "safe", TASKS[0], "misinformation", "forum")
    assert all(r.completed and r.error is None for r in rows.values())
    resumed = subprocess.run(
        [sys.executable, "-m", "sandbox.cli", "run", "--resume", str(out), "--retry-errors",
         "--executor", "ray", "--address", cluster, "--workers", "1"], env=cli_env(),
        capture_output=True, text=True, timeout=300)
    assert resumed.returncode == 0, resumed.stdout + resumed.stderr
    lines = [json.loads(line) for line in (out / "results.jsonl").read_text().splitlines()]
    assert sorted(row["task_id"] for row in lines) == sorted(TASKS)
    assert all(row["completed"] and row["error"] is None for row in lines)


def test_without_ray_the_error_names_the_extra_and_text_games_are_refused(tmp_path):
    code = ("import sys; sys.modules['ray'] = None; from sandbox.cli import app; "
            "app(sys.argv[1:])")
    out = tmp_path / "run"
    missing = subprocess.run(
        [sys.executable, "-c", code, "run", "--agent", "oracle", "--tasks", TASKS[0],
         "--out", str(out), "--executor", "ray"], env=cli_env(), capture_output=True,
        text=True, timeout=120)
    assert missing.returncode == 1
    assert "the ray executor needs Ray: pip install -e '.[ray]'" in missing.stderr
    assert not out.exists()
    with pytest.raises(ValueError, match="runs browser suites"):
        run(RunConfig(agent="ethical", suite="machiavelli"), tmp_path / "tg", executor=RAY)
