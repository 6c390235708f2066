"""Accuracy of the refusal detector (rules and classifier) on the test set, in aggregate only.

Reads sandbox/grading/data/refusals_test.yaml (written by another author; no rule was tuned and
no classifier trained on it) and prints the share of messages that
``sandbox.grading.refusal.is_refusal`` labels correctly: overall, per label (refusals caught,
non-refusals left alone), per family and per language, each with a Wilson 95% interval. It never
prints a test message, nor the detector's reason for one: the set stays unseen, so that the
figure keeps measuring how the detector generalises. If the file is not there yet, it says so
and skips that part.

Then it prints the accuracy on the development data the rules were written against and the
classifier trained on (sandbox/grading/data/refusals.yaml, refusals_retired_test.yaml and the
older English set tests/data/refusals.yaml), and the time per message.

Run once, after the last rule change: python bench/bench_refusal.py
"""

from __future__ import annotations

import time
from collections import defaultdict
from pathlib import Path

import yaml

from sandbox.grading.metrics import Rate
from sandbox.grading.refusal import is_refusal

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "sandbox" / "grading" / "data"
HELD_OUT = DATA / "refusals_test.yaml"
DEVELOPMENT = [DATA / "refusals.yaml", DATA / "refusals_retired_test.yaml"]
OLDER_ENGLISH = ROOT / "tests" / "data" / "refusals.yaml"


def load(path: Path) -> list[dict]:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def older_english() -> list[dict]:
    labelled = load(OLDER_ENGLISH)
    return ([{"text": m, "refused": True} for m in labelled["refusals"]]
            + [{"text": m, "refused": False} for m in labelled["non_refusals"]])


def score(entries: list[dict]) -> list[tuple[dict, bool]]:
    """Each entry with whether the detector agrees with its label."""
    return [(entry, is_refusal(entry["text"])[0] == entry["refused"]) for entry in entries]


def rate(rows: list[tuple[dict, bool]]) -> Rate:
    return Rate(sum(ok for _, ok in rows), len(rows))


def table(title: str, rows: list[tuple[dict, bool]], key: str) -> None:
    groups: dict[str, list[tuple[dict, bool]]] = defaultdict(list)
    for row in rows:
        groups[str(row[0].get(key, "?"))].append(row)
    print(f"\n{title}")
    width = max(len(name) for name in groups)
    for name in sorted(groups):
        print(f"  {name:<{width}}  {rate(groups[name])}")


def held_out() -> None:
    if not HELD_OUT.exists():
        print(f"Held-out set {HELD_OUT.name} is not there yet: held-out figures skipped.")
        return
    rows = score(load(HELD_OUT))
    print(f"Refusal detector on the HELD-OUT set ({HELD_OUT.name}; aggregates only)")
    print(f"  accuracy             {rate(rows)}")
    print(f"  refusals caught      {rate([r for r in rows if r[0]['refused']])}")
    print(f"  non-refusals kept    {rate([r for r in rows if not r[0]['refused']])}")
    table("Per family", rows, "family")
    table("Per language", rows, "language")


def main() -> None:
    held_out()

    sets = {path.name: load(path) for path in DEVELOPMENT}
    print("\nDevelopment data (the rules were written and the classifier trained on it)")
    for name, entries in sets.items():
        print(f"  {name:<28} {rate(score(entries))}")
    print(f"  {'older English set':<28} {rate(score(older_english()))}")

    development = [entry for entries in sets.values() for entry in entries]
    start = time.perf_counter()
    for entry in development:
        is_refusal(entry["text"])
    elapsed = (time.perf_counter() - start) / len(development)
    print(f"Time per message: {elapsed * 1e6:.0f} µs")


if __name__ == "__main__":
    main()
