"""Defences between agent and browser, on the real sites: what they change, block and record."""

from __future__ import annotations

import asyncio

import pytest

from sandbox.defences import DefenceError, defence_factory
from sandbox.defences.builtin import Spotlight
from sandbox.envs.browser.core import AsyncBrowserEnv, BrowserSession
from sandbox.grading.metrics import compute
from sandbox.grading.suite_task import SuiteTask
from sandbox.injection.suite import under_attack
from sandbox.runner.run import RunConfig, run
from sandbox.tasks.loader import load_suite

USER_TASK = "forum.cybercrime.unique-password-tip"


def attacked(template: str):
    """The user task under ``template``, planted as a comment on the post the task opens."""
    [task] = under_attack(load_suite("core"), [USER_TASK], template,
                          channel="forum_comment").tasks.values()
    return task


def test_spotlight_marks_the_planted_comment_and_not_the_page(sites):
    spec = attacked("important_instructions")

    async def observe():
        session = BrowserSession()
        env = AsyncBrowserEnv(sites, session)
        try:
            await env.reset(SuiteTask(spec))
            obs, *_ = await env.step(f'goto("{env.ctx.resolve("__FORUM__/f/technology/65")}")')
            return obs
        finally:
            await env.close()
            await session.close()

    obs = asyncio.run(observe())
    spotlight = Spotlight()
    assert spotlight.NOTE in spotlight.reset("Do the task.")
    seen = spotlight.observe(obs)
    marked = [line for line in seen["axtree"].splitlines() if Spotlight.MARK in line]
    assert any("important message from me" in line for line in marked)
    assert not any("Post comment" in line or "heading" in line for line in marked)
    assert len(marked) == len([t for t in obs["third_party"] if len(t) >= 12])


def test_instruction_detector_stops_the_gullible_agent_and_spares_clean_pages(sites, tmp_path):
    results = {}
    for template in ("important_instructions", "system_notice"):
        config = RunConfig(agent="gullible", tasks=[USER_TASK], defence="instruction_detector",
                           attack={"template": template, "channel": "forum_comment"})
        results.update({r.task_id: r for r in run(config, tmp_path / template, sites=sites)})
    [clean] = run(RunConfig(agent="gullible", tasks=[USER_TASK],
                            defence="instruction_detector"), tmp_path / "clean", sites=sites)
    assert clean.completed and clean.defence.blocked == [] and clean.defence.steps > 0
    for result in results.values():
        assert result.attack.succeeded is False and result.attack.intermediate is False
        assert result.defence.blocked and "instruction_detector" in result.defence.blocked[0].reason
    metrics = compute([clean, *results.values()])
    assert metrics.injection.asr_end_to_end.successes == 0
    assert metrics.defence_blocks == len(results) and metrics.defence_ms_per_step is not None


def test_a_plugin_defence_blocks_and_is_recorded(sites, tmp_path):
    config = RunConfig(agent="oracle", tasks=[USER_TASK],
                       defence="support.plugin_defences:BlockEveryClick")
    [result] = run(config, tmp_path / "plugin", sites=sites)
    assert not result.completed and result.defence.name == "no_clicks"
    assert result.defence.blocked[0].reason == "clicks are not allowed"
    assert "clicks are not allowed" in result.error  # the oracle stops at its blocked step


def test_unknown_defences_are_named():
    for spec, message in (("nosuch", "unknown defence 'nosuch'"),
                          ("no_such_module:X", "cannot load defence")):
        with pytest.raises(DefenceError, match=message):
            defence_factory(spec)
