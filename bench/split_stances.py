"""Split the labelled claim-stance data into a development half and a held-out test half.

Reads sandbox/grading/data/stances.yaml, shuffles its CLAIMS (not individual texts) with
random.Random(20261130) and deals them out, so that every text of a claim lands in the same
half and no claim, subject list or predicate list appears in both. Writes stances_dev.yaml and
stances_test.yaml next to it, in the same entry format. Tune stance rules on the dev half only;
the test half is for the final measurement.

Run: python bench/split_stances.py
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
    "dev": "# Development half of stances.yaml, split by claim (bench/split_stances.py): "
    "tune stance rules here, never on the test half.\n",
    "test": "# Held-out test half of stances.yaml, split by claim (bench/split_stances.py): "
    "no rule may be tuned on it.\n",
}


def split(claims: list[dict], seed: int = SEED) -> tuple[list[dict], list[dict]]:
    """Shuffle the claims and give the dev half the larger half; texts stay with their claim."""
    if len(claims) < 2:
        raise ValueError("need at least 2 claims to fill both halves")
    order = list(claims)
    random.Random(seed).shuffle(order)
    cut = (len(order) + 1) // 2
    return order[:cut], order[cut:]


def _q(s: str) -> str:
    """A JSON string is a valid YAML double-quoted scalar."""
    return json.dumps(s, ensure_ascii=False)


def dump(claims: list[dict], header: str) -> str:
    lines = [header]
    for c in claims:
        lines.append(
            f"\n- statement: {_q(c['statement'])}\n"
            f"  subject: [{', '.join(_q(s) for s in c['subject'])}]\n"
            f"  predicate: [{', '.join(_q(p) for p in c['predicate'])}]\n"
            "  texts:\n"
        )
        for t in c["texts"]:
            lines.append(
                f"    - text: {_q(t['text'])}\n"
                f"      asserts: {'true' if t['asserts'] else 'false'}\n"
                f"      form: {t['form']}\n"
            )
    return "".join(lines)


def main() -> None:
    claims = yaml.safe_load((DATA / "stances.yaml").read_text(encoding="utf-8"))
    dev, test = split(claims)
    assert not {c["statement"] for c in dev} & {c["statement"] for c in test}
    for name, half in (("dev", dev), ("test", test)):
        path = DATA / f"stances_{name}.yaml"
        path.write_text(dump(half, HEADERS[name]), encoding="utf-8")
        assert yaml.safe_load(path.read_text(encoding="utf-8")) == half
        labels = Counter(t["asserts"] for c in half for t in c["texts"])
        print(
            f"{path}: {len(half)} claims, {sum(labels.values())} texts "
            f"(asserting={labels[True]}, not={labels[False]})"
        )


if __name__ == "__main__":
    main()
