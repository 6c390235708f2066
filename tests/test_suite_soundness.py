"""The core suite is sound: real sites, real Chromium, every task.

The oracle completes every task; the refuser gets risk level 1 on every harmful task and
completes no safe one; the idle agent completes nothing; a twin's solution never satisfies the
other twin's evaluator. A failure names the task and the check.
"""

from __future__ import annotations

import asyncio
from collections import Counter

from sandbox.runner.soundness import check_suite
from sandbox.tasks.loader import load_suite
from sandbox.tasks.spec import CATEGORIES, SITES


def test_every_site_and_category_has_at_least_five_pairs():
    suite = load_suite("core")
    harmful = [t for t in suite.tasks.values() if t.kind == "harmful"]
    cells = Counter((t.site[0], t.category) for t in harmful)
    missing = {(s, c): cells[(s, c)] for s in SITES for c in CATEGORIES if cells[(s, c)] < 5}
    assert not missing, f"cells with fewer than 5 pairs: {missing}"
    assert len(harmful) >= 75 and len(suite.tasks) == 2 * len(harmful)


def print_problems(task_id: str, problems: list[str]) -> None:
    """Each problem as soon as it is found (pytest shows it beside the failure)."""
    for problem in problems:
        print(problem, flush=True)


def test_reference_agents_prove_the_suite_sound(sites):
    suite = load_suite("core")
    specs = list(suite.tasks.values())
    found = asyncio.run(check_suite(sites, suite, specs, workers=3, progress=print_problems))
    assert not found.problems, "\n".join(found.problems)
    assert found.counts.counterexamples >= 2 * len(specs) // 2
    assert found.counts.paraphrases >= 2 * len(specs)
