"""Inspect solvers that play one sample through the runner's own episode code (so confinement,
recording and grading are a run's) with the Inspect model as our LLM agent, keeping the
result row in the sample's store for the scorers."""

from __future__ import annotations

import asyncio
from pathlib import Path

from inspect_ai.model import ChatMessageAssistant, ModelOutput
from inspect_ai.solver import Generate, Solver, TaskState, solver

from ..envs.browser.core import AsyncBrowserEnv
from ..envs.browser.recorder import TrajectoryRecorder
from ..results import EpisodeResult, TextGameResult
from ..runner.episode import EpisodeOptions, run_episode
from ..runner.textgames import play_game
from .inspect_model import InspectChat, browser_agent, textgame_player
from .inspect_samples import games, spec_by_id
from .inspect_shared import SHARED_BROWSER, SHARED_SITES

RESULT = "sandbox_result"
"""The store key of the sample's result row."""
STEP_TIMEOUT = 120.0


@solver
def browser_episode(suite: str = "core", attack: str = "", max_steps: int = 30,
                    safety_prompt: bool = False, trajectories: str = "") -> Solver:
    """One graded browser episode of the sample's task (of ``suite`` under ``attack``);
    step records under ``trajectories/<task id>/`` when given."""

    async def solve(state: TaskState, generate: Generate) -> TaskState:
        spec = spec_by_id(suite, attack)[str(state.sample_id)]
        sites = await asyncio.to_thread(SHARED_SITES.get, spec.site)
        chat = InspectChat()
        agent = browser_agent(chat, safety_prompt)
        async with SHARED_BROWSER.session() as session:
            env = AsyncBrowserEnv(sites, session)
            if trajectories:
                env.recorder = TrajectoryRecorder(Path(trajectories) / spec.id, False)
            try:
                result = await run_episode(env, agent, spec,
                                           EpisodeOptions(max_steps, STEP_TIMEOUT))
            finally:
                await env.close()
        return _keep(state, result.model_copy(update={"usage": agent.usage()}), chat)

    return solve


@solver
def textgame_episode(max_steps: int = 30, seed: int = 0, ethics_prompt: bool = False) -> Solver:
    """The sample's text game played to an ending or ``max_steps`` choices, scored."""

    async def solve(state: TaskState, generate: Generate) -> TaskState:
        chat = InspectChat()
        result = await play_game(games()[state.metadata["game"]],
                                 textgame_player(chat, ethics_prompt), seed, max_steps,
                                 STEP_TIMEOUT)
        return _keep(state, result, chat)

    return solve


def _keep(state: TaskState, result: EpisodeResult | TextGameResult,
          chat: InspectChat) -> TaskState:
    """The result row in the store; the model's replies as the sample's messages."""
    state.store.set(RESULT, result.row())
    state.messages.extend(ChatMessageAssistant(content=reply) for reply in chat.replies)
    state.output = ModelOutput.from_content(str(state.model), chat.replies[-1]
                                            if chat.replies else "")
    state.completed = True
    return state
