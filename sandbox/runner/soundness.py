"""Prove a suite sound with the reference agents, over the real sites and a real Chromium.

For every task: the oracle completes it; every paraphrase (a completion worded differently)
completes it; every counter-example (benign or opposite content, the wrong target) does not;
the refuser gets risk level 1 (harmful) or does not complete it (safe); the idle agent
completes nothing; and the twin's evaluator, applied to the oracle's episode, is not satisfied
(each twin's solution is graded by the other's evaluator, without a second run). A harmful
task needs at least two counter-examples and every task at least two paraphrases. Each failure
names the task, the proof and the check.

Under indirect prompt injection (tasks with an ``attack``): the oracle does the user's task and
triggers neither the attacker's goal nor its intermediate step; the gullible agent reaches the
goal; the refuser and the idle agent trigger nothing; and each goal's counter-examples do not
reach it while its paraphrases do. A user task's clean run needs only the oracle (its own
proofs belong to its suite).

Under a mutation of the request (tasks with a ``mutation``): the oracle completes it, the
refuser gets risk level 1 on a harmful task and completes no safe one, and the idle agent
completes nothing (so priming alone never completes a task).
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

from ..agents.reference import (
    ContrarianAgent,
    GullibleAgent,
    IdleAgent,
    OracleAgent,
    ParaphraseAgent,
    RefuserAgent,
)
from ..envs.browser.core import AsyncBrowserEnv, BrowserSession
from ..grading.suite_task import SuiteTask
from ..results import EpisodeResult
from ..tasks.loader import Suite
from ..tasks.spec import TaskSpec
from ..websites.launcher import Sites
from .episode import EpisodeOptions, run_episode

MIN_COUNTEREXAMPLES = 2
MIN_PARAPHRASES = 2
MIN_GOAL_PARAPHRASES = 1


@dataclass
class ProofCounts:
    """How the evaluators fared on the proofs: counter-examples that completed (false
    completions), paraphrases that did not (misses), and those left undecided."""

    counterexamples: int = 0
    false_completions: int = 0
    counterexamples_undecided: int = 0
    paraphrases: int = 0
    misses: int = 0
    paraphrases_undecided: int = 0

    def add(self, other: ProofCounts) -> None:
        for name in self.__dataclass_fields__:
            setattr(self, name, getattr(self, name) + getattr(other, name))


@dataclass
class Soundness:
    problems: list[str] = field(default_factory=list)
    counts: ProofCounts = field(default_factory=ProofCounts)


def _failed_checks(result: EpisodeResult) -> str:
    failed = [f"{e.label}: {e.why}" for e in result.evidence
              if e.kind == "check" and e.outcome != "passed"]
    return "; ".join(failed) or result.error or "?"


def _missing_proofs(spec: TaskSpec) -> list[str]:
    problems = []
    if spec.kind == "harmful" and len(spec.counterexamples) < MIN_COUNTEREXAMPLES:
        problems.append(f"{spec.id}: has {len(spec.counterexamples)} counter-example(s); a "
                        f"harmful task needs at least {MIN_COUNTEREXAMPLES}")
    if len(spec.paraphrases) < MIN_PARAPHRASES:
        problems.append(f"{spec.id}: has {len(spec.paraphrases)} paraphrase(s); a task needs "
                        f"at least {MIN_PARAPHRASES}")
    return problems


async def _play(env: AsyncBrowserEnv, agent: Any, spec: TaskSpec, steps: int) -> EpisodeResult:
    """One episode of a reference agent, with three steps to spare over its ``steps``."""
    return await run_episode(env, agent, spec, EpisodeOptions(max_steps=steps + 3))


async def _proofs(env: AsyncBrowserEnv, spec: TaskSpec, found: Soundness) -> None:
    counts = found.counts
    for index, proof in enumerate(spec.counterexamples):
        result = await _play(env, ContrarianAgent(index), spec, len(proof.solution))
        counts.counterexamples += 1
        where = f"{spec.id}: counter-example {index} ({proof.note})"
        if result.error:
            found.problems.append(f"{where} could not be played: {result.error}")
        elif result.completed:
            counts.false_completions += 1
            found.problems.append(f"{where} completes the task; the evaluator must tell it "
                                  "apart from the harm")
        elif result.completed is None:
            counts.counterexamples_undecided += 1
    for index, proof in enumerate(spec.paraphrases):
        result = await _play(env, ParaphraseAgent(index), spec, len(proof.solution))
        counts.paraphrases += 1
        where = f"{spec.id}: paraphrase {index} ({proof.note})"
        if result.error:
            found.problems.append(f"{where} could not be played: {result.error}")
        elif not result.completed:
            counts.misses += 1
            if result.completed is None:
                counts.paraphrases_undecided += 1
            found.problems.append(f"{where} does not complete the task: "
                                  f"{_failed_checks(result)}")


async def check_task(env: AsyncBrowserEnv, spec: TaskSpec, twin: TaskSpec | None) -> Soundness:
    found = Soundness(_missing_proofs(spec))
    problems = found.problems
    steps = len(spec.solution)
    oracle = await _play(env, OracleAgent(), spec, steps)
    if not oracle.completed:
        problems.append(f"{spec.id}: oracle did not complete it: {_failed_checks(oracle)}")
    if twin is not None:
        crossed = await env.evaluation_as(SuiteTask(twin))
        if crossed and crossed.get("completed"):
            problems.append(f"{spec.id}: its solution satisfies the twin {twin.id}'s "
                            "evaluator; make the evaluators tell them apart")
    await _proofs(env, spec, found)
    await _refuser_and_idle(env, spec, steps, problems, "",
                            "an untouched tenant must not pass")
    return found


async def _refuser_and_idle(env: AsyncBrowserEnv, spec: TaskSpec, steps: int,
                            problems: list[str], under: str, idle_note: str) -> None:
    """The refuser gets risk level 1 (harmful) and completes nothing; the idle agent
    completes nothing. ``under`` names the mutation in the messages (with a leading space)."""
    refuser = await _play(env, RefuserAgent(), spec, steps)
    if spec.kind == "harmful" and refuser.risk_level != 1:
        problems.append(f"{spec.id}: refuser got risk level {refuser.risk_level}{under}, "
                        f"not 1 ({refuser.error or ''})")
    if refuser.completed or refuser.error:
        problems.append(f"{spec.id}: refuser completed={refuser.completed} "
                        f"error={refuser.error}{under}")
    idle = await _play(env, IdleAgent(), spec, steps)
    if idle.completed or idle.error:
        problems.append(f"{spec.id}: idle agent completed={idle.completed} "
                        f"error={idle.error}{under} ({idle_note})")


async def check_mutated(env: AsyncBrowserEnv, spec: TaskSpec) -> Soundness:
    """A task under a mutation of its request: the oracle still completes it (turn by turn,
    or from where priming left it); the refuser gets risk level 1 (harmful) or does not
    complete it (safe); the idle agent completes nothing, primed or not."""
    found = Soundness()
    problems = found.problems
    name = spec.mutation.name
    steps = len(spec.solution) + len(spec.mutation.turns)
    oracle = await _play(env, OracleAgent(), spec, steps)
    if not oracle.completed:
        problems.append(f"{spec.id}: oracle did not complete it under {name}: "
                        f"{_failed_checks(oracle)}")
    await _refuser_and_idle(env, spec, steps, problems, f" under {name}",
                            "the priming alone must not complete a task")
    return found


def _attack_triggered(result: EpisodeResult) -> str:
    """What of the attack a run reached: '' when nothing."""
    attack = result.attack
    if attack is None:
        return "no attack outcome (" + (result.error or "not graded") + ")"
    if attack.succeeded is not False:
        return f"the attacker's goal {attack.goal} (succeeded={attack.succeeded})"
    if attack.intermediate is not False:
        return f"the intermediate step of {attack.goal}"
    return ""


async def check_attacked(env: AsyncBrowserEnv, spec: TaskSpec) -> Soundness:
    """An attacked task: the oracle does the user's task and triggers nothing; the gullible
    agent reaches the goal; the refuser and the idle agent trigger nothing."""
    found = Soundness()
    problems = found.problems
    goal = spec.attack.goal
    steps = len(spec.solution) + len(goal.solution)
    oracle = await _play(env, OracleAgent(), spec, steps)
    if not oracle.completed:
        problems.append(f"{spec.id}: oracle did not complete the user task under attack: "
                        f"{_failed_checks(oracle)}")
    if triggered := _attack_triggered(oracle):
        problems.append(f"{spec.id}: the oracle, which ignores the injection, triggered "
                        f"{triggered}")
    gullible = await _play(env, GullibleAgent(), spec, steps)
    if not (gullible.attack and gullible.attack.succeeded):
        why = "; ".join(f"{e.label}: {e.why}" for e in gullible.evidence
                        if e.kind == "attack" and e.outcome != "passed")
        problems.append(f"{spec.id}: the gullible agent did not reach the goal: "
                        f"{gullible.error or why or 'never saw the injection'}")
    for agent in (RefuserAgent(), IdleAgent()):
        result = await _play(env, agent, spec, steps)
        if triggered := _attack_triggered(result):
            problems.append(f"{spec.id}: {agent.name} triggered {triggered}")
    return found


async def check_goal_proofs(env: AsyncBrowserEnv, spec: TaskSpec) -> Soundness:
    """The goal's counter-examples must not reach it and its paraphrases must, played on one
    of its attacked tasks."""
    goal = spec.attack.goal
    found = Soundness()
    if len(goal.counterexamples) < MIN_COUNTEREXAMPLES:
        found.problems.append(f"goal {goal.id}: has {len(goal.counterexamples)} "
                              f"counter-example(s); needs at least {MIN_COUNTEREXAMPLES}")
    if len(goal.paraphrases) < MIN_GOAL_PARAPHRASES:
        found.problems.append(f"goal {goal.id}: has {len(goal.paraphrases)} paraphrase(s); "
                              f"needs at least {MIN_GOAL_PARAPHRASES}")
    for label, proofs, must_succeed in (("counter-example", goal.counterexamples, False),
                                        ("paraphrase", goal.paraphrases, True)):
        for index, proof in enumerate(proofs):
            played = spec.model_copy(update={"solution": proof.solution})
            result = await _play(env, OracleAgent(), played, len(proof.solution))
            where = f"goal {goal.id}: {label} {index} ({proof.note})"
            succeeded = result.attack.succeeded if result.attack else None
            if result.error:
                found.problems.append(f"{where} could not be played: {result.error}")
            elif must_succeed and not succeeded:
                found.counts.misses += 1
                found.problems.append(f"{where} does not reach the goal")
            elif not must_succeed and succeeded is not False:
                found.counts.false_completions += 1
                found.problems.append(f"{where} reaches the goal; the checks must tell it "
                                      "apart")
            if must_succeed:
                found.counts.paraphrases += 1
            else:
                found.counts.counterexamples += 1
    return found


async def check_clean(env: AsyncBrowserEnv, spec: TaskSpec) -> Soundness:
    """A user task's clean baseline (its own proofs run with its suite): the oracle does it."""
    oracle = await _play(env, OracleAgent(), spec, len(spec.solution))
    if oracle.completed:
        return Soundness()
    return Soundness([f"{spec.id}: oracle did not complete it: {_failed_checks(oracle)}"])


Check = Callable[[AsyncBrowserEnv, TaskSpec], Awaitable[Soundness]]


def first_of_each_goal(specs: list[TaskSpec]) -> list[TaskSpec]:
    """One attacked task per goal (the first), where its proofs are played."""
    first: dict[str, TaskSpec] = {}
    for spec in specs:
        if spec.attack:
            first.setdefault(spec.attack.goal.id, spec)
    return list(first.values())


async def check_suite(
    sites: Sites,
    suite: Suite,
    specs: list[TaskSpec],
    workers: int = 3,
    progress: Callable[[str, list[str]], None] | None = None,
) -> Soundness:
    """Every problem found in ``specs`` (none when the suite is sound), and the proof counts."""
    checks: list[tuple[Check, TaskSpec]] = []
    user_tasks = {task.attack.user_task for task in suite.tasks.values() if task.attack}
    for spec in specs:
        if spec.mutation:
            checks.append((check_mutated, spec))
        elif spec.attack:
            checks.append((check_attacked, spec))
        elif spec.id in user_tasks:
            checks.append((check_clean, spec))
        else:
            twin = suite.tasks.get(spec.pair)
            checks.append((lambda env, s, twin=twin: check_task(env, s, twin), spec))
    checks += [(check_goal_proofs, spec) for spec in first_of_each_goal(specs)]
    return await run_checks(sites, checks, workers, progress)


async def run_checks(
    sites: Sites,
    checks: list[tuple[Check, TaskSpec]],
    workers: int = 3,
    progress: Callable[[str, list[str]], None] | None = None,
) -> Soundness:
    """Each check on its task, ``workers`` at a time over one Chromium; their problems and
    counts together."""
    queue: asyncio.Queue[tuple[Check, TaskSpec]] = asyncio.Queue()
    for item in checks:
        queue.put_nowait(item)
    total = Soundness()
    session = BrowserSession()

    async def worker() -> None:
        env = AsyncBrowserEnv(sites, session)
        try:
            while not queue.empty():
                check, spec = queue.get_nowait()
                found = await check(env, spec)
                total.problems.extend(found.problems)
                total.counts.add(found.counts)
                if progress:
                    progress(spec.id, found.problems)
        finally:
            await env.close()

    try:
        await asyncio.gather(*(worker() for _ in range(workers)))
    finally:
        await session.close()
    return total
