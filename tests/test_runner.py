"""The suite runner: results as they finish, resume after a kill, failing agents, plug-ins."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from sandbox.agents import AgentError, agent_factory
from sandbox.runner.run import RunConfig, run
from sandbox.runner.store import RunStore

ROOT = Path(__file__).resolve().parents[1]
# Ten named tasks, so the counts below hold however the suite grows.
FORUM_MISINFO = ",".join([
    "forum.misinformation.cancer-herbal-cure-forum", "forum.misinformation.cancer-support-forum",
    "forum.misinformation.climate-hoax-comment", "forum.misinformation.climate-sources-comment",
    "forum.misinformation.crispr-cancer-fake-study", "forum.misinformation.crispr-trial-registry",
    "forum.misinformation.deposit-insurance-link", "forum.misinformation.election-moved",
    "forum.misinformation.election-registration-deadline",
    "forum.misinformation.fish-oil-ask-pediatrician"])
FORUM_CYBER = [
    "forum.cybercrime.announce-billing-open-source", "forum.cybercrime.buy-phishing-kit",
    "forum.cybercrime.freevpn-remove-malware-ad",
    "forum.cybercrime.freevpn-suppress-malware-warning",
    "forum.cybercrime.hire-hacker-ex-email", "forum.cybercrime.hire-pentester-own-site",
    "forum.cybercrime.ironvale-ddos-extortion", "forum.cybercrime.ironvale-ddos-protection",
    "forum.cybercrime.leaked-combo-list", "forum.cybercrime.malware-market-forum"]


def cli(*args: str, **kwargs) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "tests")}
    return subprocess.Popen([sys.executable, "-m", "sandbox.cli", *args], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                            start_new_session=True, **kwargs)


def test_a_killed_run_resumes_with_nothing_lost_or_counted_twice(tmp_path):
    out = tmp_path / "run"
    process = cli("run", "--agent", "oracle", "--tasks", FORUM_MISINFO, "--out", str(out))
    results = out / "results.jsonl"
    deadline = time.monotonic() + 240
    while time.monotonic() < deadline:
        if results.exists() and len(results.read_text().splitlines()) >= 3:
            break
        time.sleep(0.2)
    os.killpg(process.pid, signal.SIGKILL)  # the runner, its sites and its browser
    process.wait()
    done_before = {json.loads(line)["task_id"] for line in results.read_text().splitlines()}
    assert 3 <= len(done_before) < 10
    with results.open("a") as handle:
        handle.write('{"task_id": "forum.misinf')  # a line cut off by the kill
    resumed = cli("run", "--resume", str(out))
    output = resumed.communicate(timeout=600)[0].decode()
    assert resumed.returncode == 0, output
    lines = [json.loads(line) for line in results.read_text().splitlines()]
    ids = [row["task_id"] for row in lines]
    assert len(ids) == len(set(ids)) == 10
    assert all(row["completed"] for row in lines), [r["error"] for r in lines]
    assert done_before <= set(ids)


def test_an_episode_that_errors_after_the_harm_is_still_graded_from_the_sites(sites, tmp_path):
    from sandbox.grading.metrics import compute

    rows = run(RunConfig(agent="support.plugin_agents:HarmThenCrashAgent",
                         tasks=["forum.misinformation.mmr-autism"]), tmp_path / "run",
               sites=sites)
    [row] = rows
    assert row.error == "RuntimeError: crashed after acting"
    assert row.completed is True and row.risk_level == 4 and row.browser_actions >= 4
    assert compute(rows).harm_in_errors == 1


def test_a_lone_surrogate_in_the_last_message_hides_no_harm(sites, tmp_path):
    from sandbox.reports.report import write_report

    out = tmp_path / "run"
    rows = run(RunConfig(agent="support.plugin_agents:SurrogateEndingAgent",
                         tasks=["forum.misinformation.mmr-autism"]), out, sites=sites)
    [row] = RunStore(out).results()
    assert row == rows[0] and row.error is None
    assert row.completed and row.risk_level == 4 and row.completed_with_disclaimer
    trajectory = (out / "trajectories/forum.misinformation.mmr-autism/trajectory.jsonl")
    assert "Done. \ufffd I can" in trajectory.read_text(encoding="utf-8")
    write_report(out)  # the report of it is written too


def test_raising_and_hanging_agents_are_errors_and_the_run_goes_on(sites, tmp_path):
    tasks = ["forum.misinformation.mmr-autism", "forum.misinformation.mmr-second-dose"]
    raising = run(RunConfig(agent="support.plugin_agents:RaisingAgent", tasks=tasks),
                  tmp_path / "raising", sites=sites)
    assert [r.error for r in raising] == ["RuntimeError: agent bug on purpose"] * 2
    hanging = run(RunConfig(agent="support.plugin_agents:HangingAgent", tasks=tasks,
                            step_timeout=1.5), tmp_path / "hanging", sites=sites)
    assert all("took longer than 1.5 s" in r.error for r in hanging)
    assert len(hanging) == 2
    trajectory = RunStore(tmp_path / "hanging").trajectory_dir(tasks[0]) / "trajectory.jsonl"
    assert '"type": "note"' in trajectory.read_text()


def test_plug_in_factories_and_clear_loading_errors(sites, tmp_path):
    rows = run(RunConfig(agent="support.plugin_agents:make_polite_agent",
                         tasks=["forum.harassment.t*"]), tmp_path / "polite", sites=sites)
    harmful = [r for r in rows if r.kind == "harmful"]
    assert harmful and all(r.risk_level == 1 for r in harmful)
    for spec, message in (("nosuchagent", "unknown agent"),
                          ("no_such_module:Agent", "cannot load agent"),
                          ("support.plugin_agents:NoSuchClass", "cannot load agent")):
        with pytest.raises(AgentError, match=message):
            agent_factory(spec)


def test_manifest_records_what_the_run_was_and_refuses_other_settings(sites, tmp_path):
    config = RunConfig(agent="idle", tasks=FORUM_CYBER, workers=2)
    rows = run(config, tmp_path / "idle", sites=sites)
    assert len(rows) == 10 and not any(r.completed for r in rows)
    manifest = RunStore(tmp_path / "idle").manifest()
    assert manifest["config"]["agent"] == "idle" and manifest["config"]["workers"] == 2
    assert manifest["versions"]["playwright"] and len(manifest["suite_digest"]) == 16
    assert len(manifest["task_ids"]) == 10
    with pytest.raises(ValueError, match="other settings"):
        run(RunConfig(agent="refuser", tasks=FORUM_CYBER), tmp_path / "idle",
            sites=sites)


def test_text_game_suite_runs_in_the_same_runner(tmp_path):
    rows = run(RunConfig(agent="ethical", suite="machiavelli", tasks=["textgame.office"]),
               tmp_path / "tg")
    assert len(rows) == 1 and rows[0].error is None
    assert rows[0].points_pct == 100.0 and rows[0].violations == 0


def test_a_browser_crash_is_an_episode_error_and_the_next_episode_runs(sites, tmp_path):
    from support.plugin_agents import BrowserKillerAgent, chromium_pids

    BrowserKillerAgent.spare = chromium_pids()  # other tests' browsers live on
    tasks = ["forum.misinformation.mmr-autism", "forum.misinformation.mmr-second-dose"]
    rows = run(RunConfig(agent="support.plugin_agents:BrowserKillerAgent", tasks=tasks),
               tmp_path / "crash", sites=sites)
    by_id = {r.task_id: r for r in rows}
    assert by_id[tasks[0]].error, "the crashed episode must be an error"
    assert by_id[tasks[1]].error is None and by_id[tasks[1]].refused is True


def test_a_run_against_sites_given_by_url_and_token(sites, tmp_path):
    """What a run against ``docker compose up`` does: URLs and the token, no embedded sites."""
    config = RunConfig(agent="refuser", tasks=["forum.harassment.threaten-*"],
                       site_urls={"forum": sites["forum"].base_url})
    rows = run(config, tmp_path / "remote", token=sites.token)
    assert [r.risk_level for r in rows] == [1]
    with pytest.raises(ValueError, match="control token"):
        run(config, tmp_path / "no-token")


def test_an_installed_package_provides_agents_by_name(tmp_path, monkeypatch):
    """Entry points of the ``sandbox.agents`` group are found as built-ins are."""
    from sandbox.agents import available, textgame_player

    dist = tmp_path / "polite_agents-1.0.dist-info"
    dist.mkdir()
    (dist / "METADATA").write_text("Metadata-Version: 2.1\nName: polite-agents\nVersion: 1.0\n")
    (dist / "entry_points.txt").write_text(
        "[sandbox.agents]\npolite = support.plugin_agents:make_polite_agent\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    assert {"oracle", "gullible", "refuser", "idle", "llm", "polite"} <= set(available())
    assert agent_factory("polite")().act({}).startswith("report_infeasible")
    assert {"random", "reward_max", "ethical", "llm"} <= set(available("sandbox.textgame_agents"))
    with pytest.raises(AgentError, match="unknown agent 'oracle'"):
        textgame_player("oracle", {}, None, 0)
