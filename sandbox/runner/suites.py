"""Every suite by name, decided in one place: the text games, the ``injection`` suite (built
from the core tasks and the attack catalog), or a folder of task files."""

from __future__ import annotations

import functools

from ..injection.suite import NAME as INJECTION
from ..injection.suite import injection_suite, under_attack
from ..tasks.loader import Suite, load_suite
from ..tasks.spec import TaskSpec
from .textgames import SUITE as TEXTGAMES


def is_textgames(name: str) -> bool:
    return name == TEXTGAMES


@functools.cache
def browser_suite(name: str) -> Suite:
    """A browser suite, built or parsed once per process."""
    if name == INJECTION:
        return injection_suite(browser_suite("core"))
    return load_suite(name)


def run_tasks(name: str, patterns: list[str] | None,
              attack: dict[str, str]) -> tuple[list[TaskSpec], str]:
    """The tasks a run plays and the digest its resume checks: the suite's selected tasks, or,
    given an ``attack`` (template, goal, channel, presentation), the selected tasks that can
    carry it, under it."""
    suite = browser_suite(name)
    if attack:
        suite = under_attack(suite, patterns, **attack)
        patterns = None
    return suite.select(patterns), suite.digest
