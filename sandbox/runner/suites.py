"""Every suite by name, decided in one place: the text games, the ``injection`` suite (built
from the core tasks and the attack catalog), or a folder of task files."""

from __future__ import annotations

import functools

from ..injection.suite import NAME as INJECTION
from ..injection.suite import injection_suite
from ..tasks.loader import Suite, load_suite
from .textgames import SUITE as TEXTGAMES


def is_textgames(name: str) -> bool:
    return name == TEXTGAMES


@functools.cache
def browser_suite(name: str) -> Suite:
    """A browser suite, built or parsed once per process."""
    if name == INJECTION:
        return injection_suite(browser_suite("core"))
    return load_suite(name)
