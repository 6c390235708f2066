"""Train the refusal classifier, choose how it joins the rules, and write its model file.

    python bench/train_refusal_model.py     (needs scikit-learn, from the dev extra, and git)

Development data only: sandbox/grading/data/refusals.yaml, refusals_retired_test.yaml and the
older English set tests/data/refusals.yaml. The test set (refusals_test.yaml) is never read.

The classifier (sandbox/grading/refusal_model.py) is a logistic regression over hashed n-grams.
The detector asks it only about the messages the rules cannot decide (no cue either way), and
counts one as a refusal when p >= threshold. Today's rules are right on every development
message (they were tuned on all of them), so they cannot choose the threshold: it is chosen with
the rules as they were at RULES_BEFORE, on the messages written since (they had never seen them,
and get 90% of them right, about what today's rules score on fresh text), from out-of-fold
probabilities. Printed:

- the classifier alone, 10-fold cross-validation stratified by label, language and family;
- the earlier rules, alone and with the classifier, on the messages they never saw;
- the cross-author folds: trained without the retired set (another author) and tested on it,
  and the reverse; on the retired set also the earlier rules with the classifier, its threshold
  chosen without that set;
- today's rules with the classifier on all development messages: what the classifier costs.

Then the classifier is fitted on all the data and sandbox/grading/data/refusal_model.npz written.
"""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
import tempfile
import warnings
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import scipy.sparse as sparse
import yaml
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold

from sandbox.grading import refusal_model
from sandbox.grading.calibrate import DATA, REFUSAL_SETS
from sandbox.grading.refusal import INFEASIBLE_NO_HARM, NO_CUE, rule_verdict

ROOT = Path(__file__).resolve().parent.parent
OLDER_ENGLISH = "tests/data/refusals.yaml"
RETIRED = "refusals_retired_test.yaml"
# The rules measured once on the retired set (93.6%) before it, the self-check set and the probe
# rounds of refusals.yaml were used to extend them.
RULES_BEFORE = "6207463"
C = 30.0  # inverse regularisation strength: 10 to 100 cross-validate alike; 30 is their middle
FOLDS = 10
THRESHOLDS = [round(0.5 + 0.05 * i, 2) for i in range(10)]


@dataclass(frozen=True)
class Message:
    text: str
    refused: bool
    family: str
    language: str
    source: str


def load_development() -> list[Message]:
    """The development sets of calibrate.REFUSAL_SETS and the older English set."""
    messages = [Message(e["text"], bool(e["refused"]), e["family"], e["language"], name)
                for name in REFUSAL_SETS["dev"]
                for e in yaml.safe_load((DATA / name).read_text(encoding="utf-8"))]
    older = yaml.safe_load((ROOT / OLDER_ENGLISH).read_text(encoding="utf-8"))
    for key, refused in (("refusals", True), ("non_refusals", False)):
        messages += [Message(text, refused, "older English set", "en", OLDER_ENGLISH)
                     for text in older[key]]
    return messages


def git_show(commit: str, path: str) -> str:
    return subprocess.run(["git", "show", f"{commit}:{path}"], cwd=ROOT, check=True,
                          capture_output=True, text=True).stdout


def earlier_rules(commit: str) -> Callable[[str], tuple[bool, str]]:
    """The rules of sandbox/grading/refusal.py (its is_refusal then) as they were at a commit."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "refusal_before.py"
        path.write_text(git_show(commit, "sandbox/grading/refusal.py"), encoding="utf-8")
        spec = importlib.util.spec_from_file_location("refusal_before", path)
        module = importlib.util.module_from_spec(spec)
        sys.modules[spec.name] = module
        spec.loader.exec_module(module)
    return module.is_refusal


def unseen_by(commit: str, messages: list[Message]) -> np.ndarray:
    """Which messages were in no labelled set at the commit (its rules never saw them)."""
    labelled = yaml.safe_load(git_show(commit, "sandbox/grading/data/refusals.yaml"))
    seen = {entry["text"] for entry in labelled}
    older = yaml.safe_load(git_show(commit, OLDER_ENGLISH))
    seen.update(older["refusals"] + older["non_refusals"])
    return np.array([m.text not in seen for m in messages])


def design_matrix(texts: list[str]) -> sparse.csr_matrix:
    """The classifier's features, exactly as refusal_model computes them at run time."""
    rows = [refusal_model.features(text) for text in texts]
    indptr = np.cumsum([0] + [len(buckets) for buckets, _ in rows])
    indices = np.concatenate([buckets for buckets, _ in rows])
    values = np.concatenate([np.full(len(buckets), value) for buckets, value in rows])
    return sparse.csr_matrix((values, indices, indptr), shape=(len(texts), refusal_model.BUCKETS))


def fit(features: sparse.csr_matrix, labels: np.ndarray) -> LogisticRegression:
    return LogisticRegression(C=C, max_iter=5000).fit(features, labels)


def out_of_fold(features, labels: np.ndarray, strata: list[str]) -> np.ndarray:
    """Each message's probability from the model trained on the other folds."""
    p = np.zeros(len(labels))
    warnings.filterwarnings("ignore", "The least populated class")  # small strata are fine
    splits = StratifiedKFold(FOLDS, shuffle=True, random_state=0).split(features, strata)
    for train, test in splits:
        p[test] = fit(features[train], labels[train]).predict_proba(features[test])[:, 1]
    return p


def held_apart(features, labels: np.ndarray, test: np.ndarray) -> np.ndarray:
    """Probabilities on the masked messages from a model trained on the others."""
    return fit(features[~test], labels[~test]).predict_proba(features[test])[:, 1]


@dataclass(frozen=True)
class Verdicts:
    """The rules' verdicts on some messages, and which of them found no cue either way."""

    refused: np.ndarray
    undecided: np.ndarray

    @classmethod
    def of(cls, rules: Callable[[str], tuple[bool, str]], texts: list[str]) -> Verdicts:
        said = [rules(text) for text in texts]
        return cls(np.array([refused for refused, _ in said]),
                   np.array([not r and why in (NO_CUE, INFEASIBLE_NO_HARM) for r, why in said]))

    def __getitem__(self, mask: np.ndarray) -> Verdicts:
        return Verdicts(self.refused[mask], self.undecided[mask])

    def joined(self, p: np.ndarray, threshold: float) -> np.ndarray:
        """The detector's verdicts: the classifier decides where the rules did not."""
        return np.where(self.undecided, p >= threshold, self.refused)


def choose(rules: Verdicts, p: np.ndarray, labels: np.ndarray) -> float:
    """The most accurate threshold (the highest of equals)."""
    return max(THRESHOLDS, key=lambda t: (int((rules.joined(p, t) == labels).sum()), t))


def accuracy(right: np.ndarray) -> str:
    return f"{right.mean():6.1%} ({int(right.sum())}/{len(right)})" if len(right) else "n/a"


def report(title: str, messages: list[Message], right: np.ndarray) -> None:
    """Accuracy overall, on refusals and non-refusals, per family and per language."""
    print(f"\n{title}\n  overall              {accuracy(right)}")
    refused = np.array([m.refused for m in messages])
    print(f"  refusals caught      {accuracy(right[refused])}")
    print(f"  non-refusals kept    {accuracy(right[~refused])}")
    for key in ("family", "language"):
        groups: dict[str, list[int]] = defaultdict(list)
        for i, message in enumerate(messages):
            groups[getattr(message, key)].append(i)
        print(f"  per {key}:")
        for name in sorted(groups):
            print(f"    {name:<22} {accuracy(right[groups[name]])}")


def cross_author(features, labels: np.ndarray, strata: list[str], retired: np.ndarray,
                 fresh: np.ndarray, before: Verdicts) -> None:
    """Both cross-author folds; on the retired one, the earlier rules joined to the classifier
    with a threshold chosen out of fold on the other unseen messages (never on the retired set)."""
    p_retired = held_apart(features, labels, retired)
    p_rest = held_apart(features, labels, ~retired)
    alone, reverse = (p_retired >= .5) == labels[retired], (p_rest >= .5) == labels[~retired]
    print("\nCross-author folds (classifier alone, p >= 0.5)")
    print(f"  trained without the retired set, on it   {accuracy(alone)}")
    print(f"  trained on the retired set, on the rest  {accuracy(reverse)}")
    rest = np.flatnonzero(~retired)
    p = out_of_fold(features[rest], labels[rest], [strata[i] for i in rest])
    chosen = rest[fresh[rest]]
    threshold = choose(before[chosen], p[fresh[rest]], labels[chosen])
    rules, truth = before[retired], labels[retired]
    print(f"  retired set, earlier rules alone         {accuracy(rules.refused == truth)}")
    print(f"  retired set, earlier rules + classifier  "
          f"{accuracy(rules.joined(p_retired, threshold) == truth)} (threshold {threshold})")


def write_model(model: LogisticRegression, threshold: float, messages: int) -> Path:
    """The non-zero weights with their buckets, the bias, the configuration and threshold."""
    weights = model.coef_[0]
    buckets = np.flatnonzero(weights)
    np.savez_compressed(
        refusal_model.MODEL_PATH, buckets=buckets.astype(np.int32),
        weights=weights[buckets].astype(np.float32), bias=np.float64(model.intercept_[0]),
        threshold=np.float64(threshold),
        config=json.dumps(refusal_model.CONFIG, sort_keys=True),
        config_digest=refusal_model.config_digest(),
        trained=json.dumps({"C": C, "messages": messages, "rules_before": RULES_BEFORE}))
    return refusal_model.MODEL_PATH


def with_earlier_rules(messages: list[Message], p: np.ndarray, before: Verdicts,
                       fresh: np.ndarray) -> float:
    """The threshold chosen on the messages the earlier rules never saw, with its results."""
    labels = np.array([m.refused for m in messages])[fresh]
    unseen = [m for m, f in zip(messages, fresh, strict=True) if f]
    threshold = choose(before[fresh], p[fresh], labels)
    curve = [f"{t} {(before[fresh].joined(p[fresh], t) == labels).mean():.1%}" for t in THRESHOLDS]
    print(f"\nAccuracy by threshold, earlier rules + classifier: {', '.join(curve)}")
    report(f"Rules of {RULES_BEFORE} alone, on the {len(unseen)} messages they never saw",
           unseen, before[fresh].refused == labels)
    report(f"Rules of {RULES_BEFORE} + classifier (threshold {threshold}), out of fold", unseen,
           before[fresh].joined(p[fresh], threshold) == labels)
    return threshold


def main() -> None:
    messages = load_development()
    texts = [m.text for m in messages]
    labels = np.array([m.refused for m in messages])
    features = design_matrix(texts)
    strata = [f"{m.refused}|{m.language}|{m.family}" for m in messages]
    print(f"{len(messages)} development messages, {FOLDS}-fold cross-validation, C={C}")

    p = out_of_fold(features, labels, strata)
    report("Classifier alone (p >= 0.5), out of fold", messages, (p >= .5) == labels)

    fresh = unseen_by(RULES_BEFORE, messages)
    before = Verdicts.of(earlier_rules(RULES_BEFORE), texts)
    threshold = with_earlier_rules(messages, p, before, fresh)
    retired = np.array([m.source == RETIRED for m in messages])
    cross_author(features, labels, strata, retired, fresh, before)

    today = Verdicts.of(rule_verdict, texts)
    report("Today's rules + classifier on all development messages, out of fold (the rules were "
           "tuned on them: this shows what the classifier costs)", messages,
           today.joined(p, threshold) == labels)

    path = write_model(fit(features, labels), threshold, len(messages))
    print(f"\nWrote {path.relative_to(ROOT)} ({path.stat().st_size / 1024:.0f} KiB)")


if __name__ == "__main__":
    main()
