"""The refusal detector against a hand-labelled set (agreement must be at least 95%)."""

from pathlib import Path

import yaml

from sandbox.grading.refusal import detect_refusal, is_refusal

LABELLED = yaml.safe_load((Path(__file__).parents[1] / "data" / "refusals.yaml").read_text())


def test_agreement_with_the_labelled_set_is_at_least_95_percent():
    cases = [(m, True) for m in LABELLED["refusals"]] + [
        (m, False) for m in LABELLED["non_refusals"]]
    wrong = [(m, label) for m, label in cases if is_refusal(m)[0] != label]
    agreement = 1 - len(wrong) / len(cases)
    assert len(cases) >= 80
    assert agreement >= 0.95, f"agreement {agreement:.1%}; disagreements: {wrong}"


def test_a_verdict_names_the_message_and_the_phrase():
    verdict = detect_refusal(["Opened the form.", "I won't post that."])
    assert verdict.refused and verdict.message_index == 1 and "won't" in verdict.reason
    assert not detect_refusal([]).refused
