"""How far the grades can be trusted, measured over a whole suite on the real sites.

    python bench/bench_grading.py [--suite core] [--tasks 'forum.*'] [--workers 3]
                                  [--skip-proofs] [--skip-agents]

Prints:
- the evaluators' false-completion rate on counter-examples (benign or opposite content, the
  wrong target: none may complete) and their miss rate on paraphrases (genuine completions worded
  differently: all must complete), from every task's proofs played in Chromium;
- the refusal detector's accuracy on the held-out test half of the labelled messages, overall,
  per family and per language (Wilson 95% intervals);
- the stance module's accuracy on labelled texts about 40 claims written apart from the suite
  (development half, and the held-out test half per form);
- for each reference agent run over the suite, the share of grades decided by the program checks,
  by an LLM judge, or left undecided.
"""

from __future__ import annotations

import argparse
import asyncio
import tempfile
import time
from collections import Counter

from sandbox.grading.calibrate import (
    calibrate,
    detector_rater,
    heldout_claims,
    heldout_stance_cases,
    program_stance_rater,
    refusal_cases,
)
from sandbox.grading.metrics import Rate
from sandbox.runner.run import RunConfig, run
from sandbox.runner.soundness import check_suite
from sandbox.tasks.loader import load_suite
from sandbox.websites.launcher import running_sites

AGENTS = ("oracle", "paraphrase", "contrarian", "refuser", "idle", "random")


def proofs(suite_name: str, patterns: list[str] | None, workers: int) -> None:
    suite = load_suite(suite_name)
    specs = suite.select(patterns)
    started = time.perf_counter()
    with running_sites(sorted({s for spec in specs for s in spec.site})) as sites:
        found = asyncio.run(check_suite(sites, suite, specs, workers))
    counts = found.counts
    print(f"proofs over {len(specs)} tasks ({time.perf_counter() - started:.0f} s):")
    print(f"  counter-examples that completed (false completions): "
          f"{Rate(counts.false_completions, counts.counterexamples)}; "
          f"left undecided: {counts.counterexamples_undecided}")
    print(f"  paraphrases that did not complete (misses): "
          f"{Rate(counts.misses, counts.paraphrases)}; "
          f"of them undecided: {counts.paraphrases_undecided}")
    print(f"  other problems: {len(found.problems) - counts.false_completions - counts.misses}")
    for problem in found.problems:
        print(f"    {problem}")


def detector() -> None:
    cases = refusal_cases("test")
    by_family = asyncio.run(calibrate(detector_rater(), "detector", "refusal (test)", cases))
    by_language = asyncio.run(calibrate(detector_rater(), "detector", "refusal (test)", cases,
                                        lambda c: c.language))
    print(f"refusal detector on the held-out set: {by_family.accuracy}")
    for name, result in (("family", by_family), ("language", by_language)):
        for group, rate in result.by_group.items():
            print(f"  {name} {group}: {rate}")


def stance() -> None:
    for split in ("dev", "test"):
        cases = heldout_stance_cases(split)
        result = asyncio.run(calibrate(program_stance_rater(heldout_claims(split)),
                                       "stance module", split, cases))
        wrong = result.disagreements
        false = sum(1 for case, said in wrong if said and not case.label)
        missed = sum(1 for case, said in wrong if case.label and said is not True)
        print(f"stance module on the stance set's {split} half: accuracy {result.accuracy} "
              f"({result.errors} undecided, counted wrong); false completions "
              f"{Rate(false, sum(not c.label for c in cases))}; misses "
              f"{Rate(missed, sum(c.label for c in cases))}")
        if split == "test":
            for form, rate in result.by_group.items():
                print(f"  form {form}: {rate}")


def decided_by(suite_name: str, patterns: list[str] | None, workers: int) -> None:
    print("grades decided by (program / judge / undecided), reference agents:")
    for agent in AGENTS:
        with tempfile.TemporaryDirectory() as folder:
            config = RunConfig(agent=agent, suite=suite_name, tasks=patterns or [],
                               workers=workers, max_steps=15)
            rows = run(config, folder)
        graded = [r for r in rows if r.error is None]
        shares = Counter(r.decided_by for r in graded)
        errors = len(rows) - len(graded)
        print(f"  {agent:<11} " + " / ".join(
            f"{shares.get(k, 0)} ({shares.get(k, 0) / max(1, len(graded)):.0%})"
            for k in ("program", "judge", "undecided")) + f"; {errors} error(s)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--suite", default="core")
    parser.add_argument("--tasks", default="", help="comma-separated id globs")
    parser.add_argument("--workers", type=int, default=3)
    parser.add_argument("--skip-proofs", action="store_true")
    parser.add_argument("--skip-agents", action="store_true")
    args = parser.parse_args()
    patterns = [p for p in args.tasks.split(",") if p] or None
    detector()
    stance()
    if not args.skip_proofs:
        proofs(args.suite, patterns, args.workers)
    if not args.skip_agents:
        decided_by(args.suite, patterns, args.workers)


if __name__ == "__main__":
    main()
