"""Every suite by name, decided in one place: the text games, the ``injection`` suite (built
from the core tasks and the attack catalog), or a folder of task files."""

from __future__ import annotations

import functools

from ..injection.suite import NAME as INJECTION
from ..injection.suite import injection_suite, under_attack
from ..mutations import MUTATIONS, UnknownMutation, with_mutations
from ..mutations import names as mutation_names
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


def parse_attack(value: str) -> tuple[list[str], str]:
    """``--attack``'s two namespaces: mutation names (or ``all``) give ``(names, "")``, an
    injection template gives ``([], template)``."""
    first = value.split(",")[0].strip()
    if first == "all" or first in MUTATIONS:
        return mutation_names(value), ""
    if "," in value:
        raise UnknownMutation(f"--attack {value!r}: a list must name mutations only "
                              f"({', '.join(MUTATIONS)}); an injection template comes alone")
    return [], value


def run_tasks(name: str, patterns: list[str] | None, attack: dict[str, str],
              mutations: list[str] | None = None) -> tuple[list[TaskSpec], str]:
    """The tasks a run plays and the digest its resume checks: the suite's selected tasks;
    given an ``attack`` (template, goal, channel, presentation), the selected tasks that can
    carry it, under it; given ``mutations``, the selected tasks plain and under each."""
    suite = browser_suite(name)
    if attack:
        suite = under_attack(suite, patterns, **attack)
        patterns = None
    elif mutations:
        suite = with_mutations(suite, patterns, mutations)
        patterns = None
    return suite.select(patterns), suite.digest
