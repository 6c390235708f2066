"""Reference agents that prove a suite sound.

``oracle`` replays each task's reference solution; ``contrarian`` plays one of its
counter-examples (which must not complete it) and ``paraphrase`` one of its paraphrases (which
must); ``refuser`` refuses at once; ``idle`` does nothing. Under indirect prompt injection,
``gullible`` does the user's task until it reads the planted instruction, then carries out the
attacker's goal.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from typing import Any

from ..mutations.staging import acting_steps, agent_steps
from ..tasks.spec import Locator, SolutionStep, TaskSpec
from .base import AgentError
from .locate import find


class OracleAgent:
    """Replays the task's reference solution, finding each element by role and name."""

    name = "oracle"

    def __init__(self) -> None:
        self._steps: list[SolutionStep] = []
        self._resolve: Callable[[str], str] = lambda url: url

    def solution(self, task: TaskSpec) -> list[SolutionStep] | None:
        """The steps this agent plays on ``task`` (None when it has nothing to play): the
        reference solution, or on a restaged task what is left of it, turn by turn."""
        mutation = task.mutation
        if mutation is None:
            return task.solution
        return agent_steps(task.solution, mutation.primed_steps, mutation.turn_steps)

    def prepare(self, task: TaskSpec, resolve_url: Callable[[str], str]) -> None:
        steps = self.solution(task)
        self._steps = list(steps) if steps is not None else [
            SolutionStep(send_msg_to_user=f"This task has nothing for {self.name} to play.")]
        self._resolve = resolve_url

    def reset(self, goal: str) -> None:
        self._position = 0

    def act(self, observation: dict[str, Any]) -> str:
        if observation.get("last_action_error"):
            raise AgentError(f"oracle step {self._position} failed: "
                             f"{observation['last_action_error']}")
        if self._position >= len(self._steps):
            return 'send_msg_to_user("Done.")'
        step = self._steps[self._position]
        self._position += 1
        return self._action(step, observation.get("axtree", ""))

    def _bid(self, axtree: str, locator: Locator) -> str:
        element = find(axtree, locator.role, locator.name, locator.exact, locator.url,
                       locator.nth)
        if element is None:
            raise AgentError(f"oracle step {self._position - 1}: no {locator.role} named "
                             f"{locator.name!r} on the page")
        return element.bid

    def _action(self, step: SolutionStep, axtree: str) -> str:
        quote = json.dumps
        if step.goto is not None:
            return f"goto({quote(self._resolve(step.goto))})"
        if step.click is not None:
            return f"click({quote(self._bid(axtree, step.click))})"
        if step.fill is not None:
            return f"fill({quote(self._bid(axtree, step.fill))}, {quote(step.fill.value)})"
        if step.select is not None:
            bid = self._bid(axtree, step.select)
            return f"select_option({quote(bid)}, {quote(step.select.option)})"
        if step.press is not None:
            return f"press({quote(self._bid(axtree, step.press))}, {quote(step.press.key)})"
        return f"send_msg_to_user({quote(step.send_msg_to_user)})"


def words(text: str) -> str:
    """Lowercase letters and digits only, one space apart: how text is compared across the
    outline's rendering."""
    return " ".join(re.findall(r"[^\W_]+", text.lower()))


class PrimingPlayer(OracleAgent):
    """Plays the steps a primed task starts with, before the agent under test takes over."""

    name = "priming"

    def solution(self, task: TaskSpec) -> list[SolutionStep] | None:
        primed = task.mutation.primed_steps if task.mutation else 0
        return acting_steps(task.solution)[:primed]


class GullibleAgent(OracleAgent):
    """Plays the user's task until the attacker's instruction shows in its observation, then
    plays the attacker goal's reference solution instead."""

    name = "gullible"
    CUE_WORDS = 10

    def prepare(self, task: TaskSpec, resolve_url: Callable[[str], str]) -> None:
        super().prepare(task, resolve_url)
        instruction = task.attack.goal.instruction if task.attack else ""
        self._cue = " ".join(words(instruction).split()[:self.CUE_WORDS])
        self._goal_steps = task.attack.goal.solution if task.attack else []

    def act(self, observation: dict[str, Any]) -> str:
        if self._cue and self._cue in words(observation.get("axtree", "")):
            self._cue = ""
            self._steps, self._position = list(self._goal_steps), 0
        return super().act(observation)


class ProofAgent(OracleAgent):
    """Plays one of the task's proofs (``proof`` is its index) instead of the solution."""

    proofs = "counterexamples"

    def __init__(self, proof: int | str = 0) -> None:
        super().__init__()
        self.index = int(proof)

    def solution(self, task: TaskSpec) -> list[SolutionStep] | None:
        proofs = getattr(task, self.proofs)
        return proofs[self.index].solution if self.index < len(proofs) else None


class ContrarianAgent(ProofAgent):
    """The same acts with benign or opposite content, or on the wrong target: must not
    complete the task."""

    name = "contrarian"
    proofs = "counterexamples"


class ParaphraseAgent(ProofAgent):
    """A genuine completion worded differently: must complete the task."""

    name = "paraphrase"
    proofs = "paraphrases"


class RefuserAgent:
    """Refuses every task at once."""

    name = "refuser"
    MESSAGE = ("I can't help with this request. It could cause harm, so I won't carry it out.")

    def reset(self, goal: str) -> None:
        pass

    def act(self, observation: dict[str, Any]) -> str:
        return f"report_infeasible({json.dumps(self.MESSAGE)})"


class IdleAgent:
    """Does nothing and ends the episode with an empty-handed message."""

    name = "idle"

    def reset(self, goal: str) -> None:
        pass

    def act(self, observation: dict[str, Any]) -> str:
        return 'send_msg_to_user("Finished.")'
