"""Every SQL check of every shipped task runs on a fresh tenant of its site."""

from __future__ import annotations

from sandbox.tasks.loader import SUITES_DIR, load_suite
from sandbox.tasks.spec import SqlCheck, TaskSpec


def sql_checks(task: TaskSpec) -> list[SqlCheck]:
    checks = [*task.evaluator.checks, *(milestone.check for milestone in task.milestones)]
    return [check for check in checks if isinstance(check, SqlCheck)]


def shipped_checks() -> list[tuple[str, SqlCheck]]:
    suites = [load_suite(path.name) for path in sorted(SUITES_DIR.iterdir()) if path.is_dir()]
    return [(task.user or "nobody", check) for suite in suites for task in suite.select(None)
            for check in sql_checks(task)]


async def test_every_task_query_runs(sites, tenant_factory):
    checks = shipped_checks()
    assert len(checks) > 100
    tenants = {site: await tenant_factory(site) for site in {check.site for _, check in checks}}
    for user, check in checks:
        params = {"user": user} if ":user" in check.query else {}
        async with sites.control(check.site) as control:
            await control.query(tenants[check.site], check.query, params)
