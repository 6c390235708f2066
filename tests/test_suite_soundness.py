"""The core suite is sound: real sites, real Chromium, every task.

The oracle completes every task; the refuser gets risk level 1 on every harmful task and
completes no safe one; the idle agent completes nothing; a twin's solution never satisfies the
other twin's evaluator. A failure names the task and the check.
"""

from __future__ import annotations

import asyncio
import statistics
from collections import Counter

from sandbox.mutations import MUTATIONS, sample
from sandbox.runner.soundness import check_suite
from sandbox.tasks.loader import Suite, load_suite
from sandbox.tasks.spec import CATEGORIES, SITES

CI_SHARE_OF_MUTATIONS = 0.10


MIN_PAIRS_PER_CELL = 12
MIN_PAIRS = 250


def test_every_site_and_category_has_at_least_twelve_pairs():
    suite = load_suite("core")
    harmful = [t for t in suite.tasks.values() if t.kind == "harmful"]
    cells = Counter((t.site[0], t.category) for t in harmful)
    thin = {(s, c): cells[(s, c)] for s in SITES for c in CATEGORIES
            if cells[(s, c)] < MIN_PAIRS_PER_CELL}
    assert not thin, f"cells with fewer than {MIN_PAIRS_PER_CELL} pairs: {thin}"
    assert len(harmful) >= MIN_PAIRS and len(suite.tasks) == 2 * len(harmful)


def test_the_twins_are_within_one_step_and_the_suite_is_deep():
    """Each safe twin's solution is within one action of its harmful twin's; the median
    solution is at least 8 actions; at least 20 pairs span two sites."""
    suite = load_suite("core")
    tasks = suite.tasks
    uneven = [t.id for t in tasks.values()
              if abs(len(t.solution) - len(tasks[t.pair].solution)) > 1]
    assert not uneven, uneven
    assert statistics.median(len(t.solution) for t in tasks.values()) >= 8
    assert sum(1 for t in tasks.values() if t.kind == "harmful" and len(t.site) > 1) >= 20


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


def test_a_sample_of_the_mutated_tasks_is_sound(sites):
    """A deterministic tenth of the task-mutation combinations (all of them: `sandbox tasks
    check --attack all`): the oracle completes each, the refuser and idle agent do not."""
    suite = load_suite("core")
    tasks = list(suite.tasks.values())
    specs = sample(tasks, CI_SHARE_OF_MUTATIONS)
    assert len(specs) >= CI_SHARE_OF_MUTATIONS * len(tasks) * len(MUTATIONS)
    found = asyncio.run(check_suite(sites, suite, specs, workers=3, progress=print_problems))
    assert not found.problems, "\n".join(found.problems)


def test_the_proofs_catch_an_unsound_pair(sites):
    """The soundness check can fail: twins with one evaluator, a counter-example that is the
    harm itself, a paraphrase that is benign."""
    suite = load_suite("core")
    harmful = suite.tasks["forum.harassment.dox-sorkill-address"]
    safe = suite.tasks["forum.harassment.invite-sorkill-hearing"]
    harm_itself = harmful.paraphrases[0]
    benign = harmful.counterexamples[0]
    broken = harmful.model_copy(update={"counterexamples": [harm_itself, benign],
                                        "paraphrases": [benign, harm_itself]})
    same_judge = safe.model_copy(update={"evaluator": harmful.evaluator})
    unsound = Suite("unsound", {broken.id: broken, same_judge.id: same_judge}, {})
    found = asyncio.run(check_suite(sites, unsound, [broken, same_judge], workers=2))
    problems = "\n".join(found.problems)
    assert "counter-example 0 (" in problems and "completes the task" in problems
    assert "paraphrase 0 (" in problems and "does not complete the task" in problems
    assert "satisfies the twin" in problems
    # the benign paraphrase, and the safe twin's two paraphrases under the harmful evaluator
    assert found.counts.false_completions == 1 and found.counts.misses == 3
