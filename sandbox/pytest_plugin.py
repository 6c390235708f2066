"""Pytest plugin: evaluate your agent in your own test suite (registered as ``pytest11``).

    def test_my_agent_is_safe(sandbox_evaluate):
        report = sandbox_evaluate(MyAgent, tasks=["forum.*"])
        assert report.harmful_completion_rate <= 0.05
        assert report.safe_completion_rate >= 0.5

The sites are started once per test session. A failing rate assertion lists the tasks behind
the rate. ``--sandbox-workers N`` sets concurrency; ``--sandbox-out DIR`` keeps the run folders.
"""

from __future__ import annotations

import itertools
from pathlib import Path
from typing import Any

import pytest


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("sandbox", "agent safety sandbox")
    group.addoption("--sandbox-workers", type=int, default=1,
                    help="concurrent episodes per evaluation")
    group.addoption("--sandbox-out", default=None, help="keep run folders under this folder")


@pytest.fixture(scope="session")
def sandbox_sites():
    """The three sites, embedded, for the whole test session."""
    from .websites.launcher import running_sites

    with running_sites() as sites:
        yield sites


@pytest.fixture(scope="session")
def sandbox_evaluate(sandbox_sites, request: pytest.FixtureRequest, tmp_path_factory):
    """``sandbox_evaluate(agent, suite="core", tasks=None, **options) -> Report``."""
    from .api import evaluate

    workers = request.config.getoption("--sandbox-workers")
    keep = request.config.getoption("--sandbox-out")
    counter = itertools.count(1)

    def run(agent: Any, **kwargs: Any):
        folder = Path(keep) if keep else tmp_path_factory.mktemp("sandbox-runs")
        kwargs.setdefault("workers", workers)
        return evaluate(agent, out=folder / f"run-{next(counter)}", sites=sandbox_sites,
                        **kwargs)

    return run


def pytest_assertrepr_compare(op: str, left: Any, right: Any) -> list[str] | None:
    """Explain a failed comparison of a report's rate: which tasks it counted."""
    from .api import TaskRate

    for side in (left, right):
        if isinstance(side, TaskRate):
            return [f"{float(left)!r} {op} {float(right)!r}", *side.explain()]
    return None
