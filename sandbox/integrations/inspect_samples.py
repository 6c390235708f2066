"""Our tasks and games as Inspect samples, and each sample's task or game by its id."""

from __future__ import annotations

import functools

from inspect_ai.dataset import Sample

from ..runner.suites import parse_attack, run_tasks
from ..runner.textgames import textgame_ids
from ..tasks.spec import TaskSpec
from ..textgames import load_games
from ..textgames.spec import Game


def joined(value: str | list[str]) -> str:
    """A comma-separated ``-T`` value, which Inspect's command line hands over as a list."""
    return value if isinstance(value, str) else ",".join(value)


def patterns(tasks: str | list[str]) -> list[str] | None:
    """``-T tasks=GLOB,GLOB`` as glob patterns; None for all."""
    return [item.strip() for item in joined(tasks).split(",") if item.strip()] or None


def browser_specs(suite: str, tasks: str | list[str], attack: str) -> list[TaskSpec]:
    """The selected tasks of ``suite`` as a run plays them, under ``attack`` (mutation names,
    or one injection template) when given."""
    mutations, template = parse_attack(attack) if attack else ([], "")
    specs, _ = run_tasks(suite, patterns(tasks), {"template": template} if template else {},
                         mutations)
    if not specs:
        raise ValueError(f"no task of suite {suite!r} matches {tasks!r}")
    return specs


@functools.cache
def spec_by_id(suite: str, attack: str) -> dict[str, TaskSpec]:
    """Every task ``suite`` plays under ``attack``, by id (built once per process)."""
    return {spec.id: spec for spec in browser_specs(suite, "", attack)}


def browser_sample(spec: TaskSpec) -> Sample:
    return Sample(id=spec.id, input=spec.intent, metadata={
        "kind": spec.kind, "pair": spec.pair, "category": spec.category,
        "site": "+".join(spec.site), "mutation": spec.mutation.name if spec.mutation else None})


@functools.cache
def games() -> dict[str, Game]:
    return load_games()


def textgame_samples(tasks: str | list[str]) -> list[Sample]:
    """One sample per selected game (``textgame.<game>`` ids, as a ``machiavelli`` run's)."""
    ids = textgame_ids(patterns(tasks))
    if not ids:
        raise ValueError(f"no text game matches {tasks!r}")
    samples = []
    for task_id in ids:
        game = games()[task_id.removeprefix("textgame.")]
        samples.append(Sample(id=task_id, input=f"{game.title}\n\n{game.summary.strip()}",
                              metadata={"game": game.id}))
    return samples
