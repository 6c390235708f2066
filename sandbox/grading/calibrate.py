"""Measure a judge against labelled data: accuracy and Cohen's kappa, with 95% intervals.

Two questions, two labelled sets:

- **refusal**: the labelled final messages shipped in ``sandbox/grading/data``, each with its
  family and language: a development set (``refusals.yaml`` and ``refusals_retired_test.yaml``,
  a former held-out set now retired to development; the rules were tuned and the classifier
  trained on both) and a test set (``refusals_test.yaml``) written apart by another author;
- **stance**: the texts a task's reference agents write on the sites, labelled by the suite
  itself (the solution and paraphrases of a task whose check carries a claim assert it, its
  counter-examples do not); and a set of 40 other claims with 330 labelled texts written apart
  from the suite, split by claim into a development and a held-out test half.

The refusal detector (refusal: rules and a classifier) and the stance module (stance) are
measured the same way, so a judge can be compared with the program it would replace.
"""

from __future__ import annotations

import math
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from ..tasks.spec import Claim, SolutionStep, TaskSpec
from .checks import claim_stance
from .judges import Judge
from .metrics import Z95, Rate
from .refusal import is_refusal

DATA = Path(__file__).parent / "data"


@dataclass(frozen=True)
class Case:
    """One labelled example: the text, its label, and what it is for the breakdowns."""

    text: str
    label: bool
    family: str = ""
    language: str = ""
    claim: str = ""


REFUSAL_SETS = {"dev": ["refusals.yaml", "refusals_retired_test.yaml"],
                "test": ["refusals_test.yaml"]}


def refusal_cases(split: str = "test") -> list[Case]:
    """Labelled final messages: ``dev`` (the detector was written and trained on them) or
    ``test`` (written apart by another author; nothing was tuned on them)."""
    entries = [entry for name in REFUSAL_SETS[split]
               for entry in yaml.safe_load((DATA / name).read_text(encoding="utf-8"))]
    return [Case(e["text"], bool(e["refused"]), e["family"], e["language"]) for e in entries]


def _written(steps: Iterable[SolutionStep]) -> str:
    return "\n".join(step.fill.value for step in steps if step.fill is not None)


def stance_cases(tasks: Iterable[TaskSpec]) -> list[Case]:
    """Texts the suite's proofs write, labelled by whether they must complete the task.

    Only tasks whose evaluator reads a claim are used, and only proofs that write text.
    """
    cases = []
    for task in tasks:
        claims = [c.claim for c in task.evaluator.checks if getattr(c, "claim", None)]
        if not claims:
            continue
        statement = claims[0].statement
        plays = [(task.solution, True, "solution")]
        plays += [(p.solution, True, "paraphrase") for p in task.paraphrases]
        plays += [(p.solution, False, "counter-example") for p in task.counterexamples]
        for steps, label, family in plays:
            text = _written(steps)
            if text:
                cases.append(Case(text, label, family, task.kind, statement))
    return cases


def heldout_stance_cases(split: str = "test") -> list[Case]:
    """The labelled stance set written apart from the suite (its claims are split, so no claim
    of the test half was seen while the stance module was tuned)."""
    claims = yaml.safe_load((DATA / f"stances_{split}.yaml").read_text(encoding="utf-8"))
    return [Case(t["text"], bool(t["asserts"]), t["form"], "", c["statement"])
            for c in claims for t in c["texts"]]


def heldout_claims(split: str = "test") -> dict[str, Claim]:
    claims = yaml.safe_load((DATA / f"stances_{split}.yaml").read_text(encoding="utf-8"))
    return {c["statement"]: Claim(statement=c["statement"], predicate=c["predicate"],
                                  subject=c["subject"]) for c in claims}


def cohen_kappa(pairs: list[tuple[bool, bool]]) -> tuple[float | None, tuple[float, float] | None]:
    """Kappa between predictions and labels, with a normal-approximation 95% interval."""
    n = len(pairs)
    if not n:
        return None, None
    observed = sum(p == t for p, t in pairs) / n
    predicted_yes = sum(p for p, _ in pairs) / n
    labelled_yes = sum(t for _, t in pairs) / n
    expected = predicted_yes * labelled_yes + (1 - predicted_yes) * (1 - labelled_yes)
    if expected >= 1:
        return None, None
    kappa = (observed - expected) / (1 - expected)
    error = math.sqrt(observed * (1 - observed) / (n * (1 - expected) ** 2))
    return kappa, (max(-1.0, kappa - Z95 * error), min(1.0, kappa + Z95 * error))


@dataclass
class Calibration:
    """How one rater agreed with the labels; failures (judge errors) count as wrong."""

    rater: str
    question: str
    accuracy: Rate
    kappa: float | None
    kappa_interval: tuple[float, float] | None
    errors: int
    by_group: dict[str, Rate] = field(default_factory=dict)
    disagreements: list[tuple[Case, bool | None]] = field(default_factory=list)

    def summary(self) -> str:
        kappa = "n/a" if self.kappa is None else f"{self.kappa:.3f}"
        if self.kappa_interval:
            kappa += f" [{self.kappa_interval[0]:.3f}, {self.kappa_interval[1]:.3f}]"
        return (f"{self.rater} on {self.question}: accuracy {self.accuracy}, kappa {kappa}, "
                f"{self.errors} error(s)")


Rater = Callable[[Case], Awaitable[bool | None]]


async def calibrate(rater: Rater, name: str, question: str, cases: list[Case],
                    group: Callable[[Case], str] = lambda c: c.family) -> Calibration:
    answers = [await rater(case) for case in cases]
    right = [answer == case.label for answer, case in zip(answers, cases, strict=True)]
    groups: dict[str, list[bool]] = {}
    for case, ok in zip(cases, right, strict=True):
        groups.setdefault(group(case), []).append(ok)
    kappa, interval = cohen_kappa([(bool(a), c.label) for a, c in zip(answers, cases, strict=True)
                                   if a is not None])
    return Calibration(
        rater=name, question=question, accuracy=Rate(sum(right), len(cases)), kappa=kappa,
        kappa_interval=interval, errors=sum(a is None for a in answers),
        by_group={g: Rate(sum(v), len(v)) for g, v in sorted(groups.items())},
        disagreements=[(c, a) for c, a, ok in zip(cases, answers, right, strict=True) if not ok])


def detector_rater() -> Rater:
    async def rate(case: Case) -> bool:
        return is_refusal(case.text)[0]
    return rate


def suite_claims(tasks: dict[str, TaskSpec]) -> dict[str, Claim]:
    return {c.claim.statement: c.claim for t in tasks.values() for c in t.evaluator.checks
            if getattr(c, "claim", None)}


def program_stance_rater(claims: dict[str, Claim]) -> Rater:
    """The stance module, with each claim's own predicate and subject."""

    async def rate(case: Case) -> bool | None:
        verdict = claim_stance(case.text, claims[case.claim]).verdict
        return None if verdict == "undecided" else verdict == "asserts"
    return rate


UNKNOWN_INTENT = "(not shown: judge the agent's final message on its own)"


def judge_refusal_rater(judge: Judge) -> Rater:
    async def rate(case: Case) -> bool | None:
        return (await judge.refusal(UNKNOWN_INTENT, [case.text])).refused
    return rate


def judge_stance_rater(judge: Judge) -> Rater:
    async def rate(case: Case) -> bool | None:
        return (await judge.stance(case.claim, case.text)).asserts
    return rate


def _lines(result: Calibration, show: int) -> list[str]:
    lines = [result.summary()]
    lines += [f"  {group}: {rate}" for group, rate in result.by_group.items()]
    if result.disagreements:
        lines.append(f"  disagreements ({len(result.disagreements)}):")
        for case, answer in result.disagreements[:show]:
            said = "error" if answer is None else ("yes" if answer else "no")
            lines.append(f"    label {'yes' if case.label else 'no'}, said {said}: "
                         f"{case.text[:160]!r}")
    return lines


def run_calibration(judge: Judge | None, split: str = "test", suite: str = "core",
                    limit: int = 0, show: int = 50) -> list[str]:
    """Measure the program (and the judge, when given) on both questions; report lines."""
    import asyncio

    from ..tasks.loader import load_suite

    tasks = load_suite(suite).tasks
    refusals = refusal_cases(split)
    stances = stance_cases(tasks.values())
    heldout = heldout_stance_cases(split)
    if limit:
        refusals, stances, heldout = refusals[:limit], stances[:limit], heldout[:limit]

    def by_language(case: Case) -> str:
        return case.language

    async def measure() -> list[Calibration]:
        results = [
            await calibrate(detector_rater(), "detector", f"refusal ({split})", refusals),
            await calibrate(detector_rater(), "detector", f"refusal ({split}) by language",
                            refusals, by_language),
            await calibrate(program_stance_rater(suite_claims(tasks)), "stance module",
                            "stance (suite proofs)", stances),
            await calibrate(program_stance_rater(heldout_claims(split)), "stance module",
                            f"stance (held-out claims, {split})", heldout),
        ]
        if judge is not None:
            results += [
                await calibrate(judge_refusal_rater(judge), judge.name, f"refusal ({split})",
                                refusals),
                await calibrate(judge_refusal_rater(judge), judge.name,
                                f"refusal ({split}) by language", refusals, by_language),
                await calibrate(judge_stance_rater(judge), judge.name, "stance (suite proofs)",
                                stances),
                await calibrate(judge_stance_rater(judge), judge.name,
                                f"stance (held-out claims, {split})", heldout),
            ]
        return results

    lines: list[str] = []
    for result in asyncio.run(measure()):
        lines += _lines(result, show)
    return lines
