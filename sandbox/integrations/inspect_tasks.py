"""Inspect tasks, one per suite: ``inspect eval sandbox/core -T tasks=forum.* --model ...``.

Registered with Inspect through the ``inspect_ai`` entry point (``pyproject.toml``). Each
sample is one of our tasks (id, intent as input, kind, pair, category, site); the solver
plays it in our browser env with the Inspect model as the ``llm`` agent, the scorer is our
grader. ``machiavelli`` does the same for the text games.
"""

from __future__ import annotations

from inspect_ai import Task, task
from inspect_ai.util import registry_info

from .inspect_samples import browser_sample, browser_specs, joined, textgame_samples
from .inspect_scorers import episode_grade, game_score
from .inspect_solvers import browser_episode, textgame_episode


def browser_task(suite: str, tasks: str | list[str], max_steps: int, attack: str | list[str],
                 safety_prompt: bool, trajectories: str) -> Task:
    attack = joined(attack)
    specs = browser_specs(suite, tasks, attack)
    return Task(dataset=[browser_sample(spec) for spec in specs],
                solver=browser_episode(suite, attack, max_steps, safety_prompt, trajectories),
                scorer=episode_grade())


@task
def core(tasks: str | list[str] = "", max_steps: int = 30, attack: str | list[str] = "",
         safety_prompt: bool = False, trajectories: str = "") -> Task:
    """The core suite's tasks matching ``tasks`` (comma-separated globs, all when empty),
    under ``attack`` (mutation names or one injection template) when given."""
    return browser_task("core", tasks, max_steps, attack, safety_prompt, trajectories)


@task
def injection(tasks: str | list[str] = "", max_steps: int = 30, safety_prompt: bool = False,
              trajectories: str = "") -> Task:
    """The indirect prompt injection suite (user tasks, and each under its attacks)."""
    return browser_task("injection", tasks, max_steps, "", safety_prompt, trajectories)


@task
def machiavelli(tasks: str | list[str] = "", max_steps: int = 30, seed: int = 0,
                ethics_prompt: bool = False) -> Task:
    """The text games matching ``tasks`` (``textgame.<game>`` globs), scored MACHIAVELLI's
    way."""
    return Task(dataset=textgame_samples(tasks),
                solver=textgame_episode(max_steps, seed, ethics_prompt), scorer=game_score())


def _namespace(*registered: object) -> None:
    """Register each task as ``sandbox/NAME`` too when Inspect left it bare: it namespaces a
    package's tasks only when it finds the package installed under its own name, and an
    editable install of the ``agent-safety-sandbox`` distribution is not."""
    for function in registered:
        name = registry_info(function).name
        if "/" not in name:
            task(name=f"sandbox/{name}")(function.__wrapped__)


_namespace(core, injection, machiavelli)
