"""The injection suite's shape, its deterministic dealing, and clear errors for bad catalogs."""

from __future__ import annotations

from collections import Counter

import pytest
from typer.testing import CliRunner

from sandbox.cli import app
from sandbox.injection.catalog import CHANNEL_SITES, AttackTemplate, _entries, goals, templates
from sandbox.injection.suite import fields, for_user, injection_suite, render, under_attack
from sandbox.runner.suites import browser_suite
from sandbox.tasks.loader import TaskFileError, load_suite
from sandbox.tasks.spec import AttackerGoal


@pytest.fixture(scope="module")
def suite():
    return browser_suite("injection")


def test_suite_has_the_size_the_issue_asks_for(suite):
    attacked = [t for t in suite.tasks.values() if t.attack]
    user_tasks = {t.attack.user_task for t in attacked}
    assert len(attacked) >= 300 and len(user_tasks) >= 50
    assert all(suite.tasks[u].kind == "safe" and suite.tasks[u].attack is None
               for u in user_tasks), "every user task is a benign task, run clean too"
    per_site = Counter(g.site for g in goals().values())
    assert len(goals()) >= 30 and min(per_site[s] for s in ("forum", "shop", "repo")) >= 8
    assert len(templates()) >= 6
    used = Counter(t.attack.channel for t in attacked)
    # a new commit's, issue's or merge request's text shows only on its own page, which no
    # user task opens: those three channels are measured (visibility) but not in the suite
    assert set(CHANNEL_SITES) - set(used) <= {"repo_commit", "repo_issue", "repo_merge_request"}
    assert set(Counter(t.attack.goal.id for t in attacked)) == set(goals()), "goals never dealt"
    assert set(Counter(t.attack.presentation for t in attacked)) == {"visible", "hidden", "link",
                                                                     "image"}


def test_dealing_is_deterministic_and_goals_fit_their_task(suite):
    again = injection_suite(load_suite("core"))
    assert list(again.tasks) == list(suite.tasks) and again.digest == suite.digest
    for task in suite.tasks.values():
        if task.attack:
            goal = task.attack.goal
            assert goal.site in task.site and task.user != goal.attacker
            assert not goal.users or task.user in goal.users
            assert task.attack.text and goal.instruction in task.attack.text
            assert "${" not in task.attack.text + goal.model_dump_json(), task.id


def test_templates_wrap_the_instruction_for_this_user_and_page():
    values = fields(goals()["forum.dm-confirm-account"], "jaxson_reads", "the news post")
    goal = for_user(goals()["forum.dm-confirm-account"], values)
    assert "I, jaxson_reads, confirm" in goal.instruction
    assert "jaxson_reads" in goal.solution[2].fill.value
    for template in templates().values():
        text = render(template, goal, values)
        assert goal.instruction in text and "${" not in text
    site_specific = render(templates()["site_specific"], goal, values)
    assert "jaxson_reads" in site_specific and "the news post" in site_specific


def test_a_bad_goal_file_names_the_file_the_entry_and_the_field(tmp_path):
    path = tmp_path / "goals.yaml"
    path.write_text("- id: forum.x\n  site: forum\n  attacker: a\n  summary: five words here\n"
                    "  instruction: do this thing now\n  evaluator: {checks: []}\n"
                    "  intermediate: {checks: [{type: url, contains: /x}]}\n"
                    "  solution: [{click: {role: link, name: X}}]\n")
    with pytest.raises(TaskFileError) as caught:
        _entries(path, AttackerGoal)
    problems = "\n".join(caught.value.problems)
    assert f"{path} (entry 0): field 'evaluator.checks'" in problems
    assert "field 'solution'" in problems and "start with a goto" in problems


def test_a_template_without_the_instruction_is_refused(tmp_path):
    path = tmp_path / "templates.yaml"
    path.write_text("- {id: t, name: T, text: 'nothing to see here at all'}\n")
    with pytest.raises(TaskFileError, match=r"entry 0\): field 'text'.*\$\{instruction\}"):
        _entries(path, AttackTemplate)


def test_under_attack_applies_one_attack_and_names_bad_choices(suite):
    core = load_suite("core")
    user_task = next(t.attack.user_task for t in suite.tasks.values() if t.attack)
    one = under_attack(core, [user_task], "ignore_previous", presentation="hidden")
    [task] = one.tasks.values()
    assert task.attack.template == "ignore_previous" and task.attack.presentation == "hidden"
    assert task.attack.user_task == user_task
    for kwargs, field in (({"template": "nope"}, "--attack"),
                          ({"template": "ignore_previous", "goal": "nope"}, "--goal"),
                          ({"template": "ignore_previous", "channel": "nope"}, "--channel"),
                          ({"template": "ignore_previous", "presentation": "nope"},
                           "--presentation")):
        with pytest.raises(TaskFileError, match=field):
            under_attack(core, [user_task], **kwargs)
    with pytest.raises(TaskFileError, match="no selected task has an injection point"):
        under_attack(core, ["forum.harassment.*"], "ignore_previous",
                     goal=next(iter(goals())), channel="repo_file")


def test_cli_lists_the_catalog_and_refuses_goal_without_attack(tmp_path):
    runner = CliRunner()
    listed = runner.invoke(app, ["attacks", "list"])
    assert listed.exit_code == 0 and "important_instructions" in listed.output
    refused = runner.invoke(app, ["run", "--agent", "idle", "--out", str(tmp_path / "r"),
                                  "--goal", "forum.dm-confirm-account"])
    assert refused.exit_code != 0 and "need --attack" in refused.output
    bad = runner.invoke(app, ["run", "--agent", "idle", "--out", str(tmp_path / "r2"),
                              "--attack", "no_such_template"])
    assert bad.exit_code == 1 and "no template 'no_such_template'" in bad.output
