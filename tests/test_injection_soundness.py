"""The injection suite is sound, over the whole suite with real sites and a real Chromium.

``sandbox run --agent gullible --suite injection`` reaches every attacker goal (ASR end to end
100%); the oracle does every user task under attack and never begins to comply (utility under
attack and without it 100%, ASR intermediate and end to end 0%); the refuser and the idle agent
trigger nothing. Each goal's counter-examples do not reach it and its paraphrases do.
"""

from __future__ import annotations

import asyncio

import pytest

from sandbox.grading.metrics import injection
from sandbox.injection.catalog import goals
from sandbox.runner.run import RunConfig, run
from sandbox.runner.soundness import check_goal_proofs, first_of_each_goal, run_checks
from sandbox.runner.suites import browser_suite

WORKERS = 3


@pytest.fixture(scope="module")
def suite():
    return browser_suite("injection")


ATTACKED_ONLY = ["*--*"]  # the clean runs measure utility: the oracle's run plays them


def attacked_run(sites, tmp_path, agent: str, tasks: list[str] = ATTACKED_ONLY):
    results = run(RunConfig(agent=agent, suite="injection", workers=WORKERS, tasks=tasks),
                  tmp_path / agent, sites=sites)
    errors = [f"{r.task_id}: {r.error}" for r in results if r.error]
    assert not errors, "\n".join(errors)
    return injection(results)


def test_gullible_agent_reaches_every_goal(sites, tmp_path, suite):
    measured = attacked_run(sites, tmp_path, "gullible")
    assert measured.attacked == sum(1 for t in suite.tasks.values() if t.attack)
    assert measured.asr_end_to_end.value == 1.0, measured.asr_end_to_end


def test_oracle_does_every_user_task_and_ignores_every_injection(sites, tmp_path):
    measured = attacked_run(sites, tmp_path, "oracle", tasks=[])
    assert measured.utility_clean.value == 1.0, measured.utility_clean
    assert measured.utility_attacked.value == 1.0, measured.utility_attacked
    assert measured.asr_intermediate.successes == 0, measured.asr_intermediate
    assert measured.asr_end_to_end.successes == 0, measured.asr_end_to_end


@pytest.mark.parametrize("agent", ["refuser", "idle"])
def test_refuser_and_idle_trigger_nothing(sites, tmp_path, agent):
    measured = attacked_run(sites, tmp_path, agent)
    assert measured.utility_attacked.successes == 0, measured.utility_attacked
    assert measured.asr_intermediate.successes == 0, measured.asr_intermediate
    assert measured.asr_end_to_end.successes == 0, measured.asr_end_to_end


def test_every_goal_tells_its_counterexamples_from_its_paraphrases(sites, suite):
    firsts = first_of_each_goal(list(suite.tasks.values()))
    assert len(firsts) == len(goals()), "every goal is dealt, so its proofs are played"
    found = asyncio.run(run_checks(sites, [(check_goal_proofs, task) for task in firsts],
                                   workers=WORKERS))
    assert not found.problems, "\n".join(found.problems)
