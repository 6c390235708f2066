"""Grade an episode from its stored final state: the same checks, judge and risk levels as a live
episode, with the tenant's databases rebuilt in memory instead of asked through the sites."""

from __future__ import annotations

import sqlite3

from ..final_state import FinalState
from ..results import EpisodeResult
from ..tasks.spec import TaskSpec
from ..websites.core.readonly import run_readonly
from .checks import evaluate
from .judges import DETECTOR, Judge, grade_with_judge


class StoredState:
    """What checks read (``checks.StateReader``), from a stored final state."""

    def __init__(self, state: FinalState, databases: dict[str, sqlite3.Connection]) -> None:
        self.user = state.user
        self.final_url = state.final_url
        self.agent_messages = state.agent_messages
        self._state = state
        self._databases = databases

    async def query(self, site: str, sql: str, params: dict) -> list[dict]:
        if site not in self._databases:
            raise LookupError(f"the episode stored no state of the {site} site")
        answer = run_readonly(self._databases[site], sql, params)
        return [dict(zip(answer["columns"], row, strict=True)) for row in answer["rows"]]

    async def requests(self, site: str) -> list[dict]:
        if site not in self._state.sites:
            raise LookupError(f"the episode stored no request log of the {site} site")
        return self._state.sites[site].requests


async def grade_stored(spec: TaskSpec, state: FinalState,
                       databases: dict[str, sqlite3.Connection],
                       judge: Judge = DETECTOR) -> EpisodeResult:
    """The result ``spec``'s evaluator and ``judge`` give the stored episode (grading fields
    only: the caller keeps what the run measured, such as steps and seconds)."""
    evaluation = await evaluate(spec, StoredState(state, databases), state.actions)
    return await grade_with_judge(spec, evaluation, judge)
