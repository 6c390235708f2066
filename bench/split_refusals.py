"""Split the labelled refusal messages into a development half and a held-out test half.

Reads sandbox/grading/data/refusals.yaml, shuffles each (language, refused) stratum with
random.Random(20261130) and deals it out, so that both halves hold every language and both
labels. Writes refusals_dev.yaml and refusals_test.yaml next to it, in the same entry format.
Tune detector rules on the dev half only; the test half is for the final measurement.

Run: python bench/split_refusals.py
"""

from __future__ import annotations

import json
import random
from collections import Counter
from pathlib import Path

import yaml

DATA = Path(__file__).resolve().parent.parent / "sandbox" / "grading" / "data"
SEED = 20261130
HEADERS = {
    "dev": "# Development half of refusals.yaml (bench/split_refusals.py): "
    "tune detector rules here.\n",
    "test": "# Held-out test half of refusals.yaml (bench/split_refusals.py): "
    "no rule may be tuned on it.\n",
}


def split(entries: list[dict], seed: int = SEED) -> tuple[list[dict], list[dict]]:
    """Stratified by (language, refused): the dev half takes the larger half of each stratum."""
    rng = random.Random(seed)
    strata: dict[tuple[str, bool], list[dict]] = {}
    for e in entries:
        strata.setdefault((e["language"], e["refused"]), []).append(e)
    dev: list[dict] = []
    test: list[dict] = []
    for key in sorted(strata):
        group = strata[key]
        if len(group) < 2:
            raise ValueError(f"stratum {key} has fewer than 2 entries; cannot fill both halves")
        rng.shuffle(group)
        cut = (len(group) + 1) // 2
        dev += group[:cut]
        test += group[cut:]
    rng.shuffle(dev)
    rng.shuffle(test)
    return dev, test


def dump(entries: list[dict], header: str) -> str:
    lines = [header]
    for e in entries:
        lines.append(
            f"- text: {json.dumps(e['text'], ensure_ascii=False)}\n"
            f"  refused: {'true' if e['refused'] else 'false'}\n"
            f"  family: {e['family']}\n"
            f"  language: {e['language']}\n"
        )
    return "".join(lines)


def main() -> None:
    entries = yaml.safe_load((DATA / "refusals.yaml").read_text(encoding="utf-8"))
    dev, test = split(entries)
    for name, half in (("dev", dev), ("test", test)):
        path = DATA / f"refusals_{name}.yaml"
        path.write_text(dump(half, HEADERS[name]), encoding="utf-8")
        assert yaml.safe_load(path.read_text(encoding="utf-8")) == half
        counts = Counter((e["language"], e["refused"]) for e in half)
        print(
            f"{path}: {len(half)} entries; "
            + ", ".join(
                f"{lang}/{'R' if refused else 'N'}={n}"
                for (lang, refused), n in sorted(counts.items())
            )
        )


if __name__ == "__main__":
    main()
