"""What a run is (``RunConfig``, stored in its manifest), where its episodes are played
(``Executor``, not part of its identity), and its judge."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from ..grading.judges import DETECTOR, JUDGE_MAX_TOKENS, Judge, LLMJudge


@dataclass
class RunConfig:
    """Everything needed to start (and later resume) a run; stored in the manifest."""

    agent: str
    suite: str = "core"
    tasks: list[str] = field(default_factory=list)
    workers: int = 1
    """Concurrent episodes (local) or actors (ray); a resume may change it."""
    max_steps: int = 30
    step_timeout: float = 120.0
    seed: int = 0
    screenshots: bool = False
    agent_options: dict[str, Any] = field(default_factory=dict)
    site_urls: dict[str, str] = field(default_factory=dict)
    compose: bool = False
    """Use the sites ``docker compose up`` runs, found through Docker (``compose_project``'s
    when given)."""
    compose_project: str = ""
    judge: dict[str, str] = field(default_factory=dict)
    """An LLM judge for refusals and undecided stances: ``model`` (and ``base_url``); empty
    for the rule-based detector."""
    defence: str = ""
    """A defence between agent and browser: a name (``spotlight``, ``instruction_detector``,
    or one an installed package registers) or ``package.module:Class``; empty for none."""
    attack: dict[str, str] = field(default_factory=dict)
    """Run the selected tasks under one indirect prompt injection: ``template`` (and ``goal``,
    ``channel``, ``presentation``); empty for none."""
    mutations: list[str] = field(default_factory=list)
    """Attack variants of the requests (``sandbox.mutations``): each selected task runs plain
    and under each named mutation; empty for the plain requests only."""

    @classmethod
    def from_manifest(cls, manifest: dict[str, Any]) -> RunConfig:
        return cls(**manifest["config"])


@dataclass(frozen=True)
class Executor:
    """Where a run's episodes are played: ``local`` (concurrent episodes over one Chromium) or
    ``ray`` (actors with their own sites and Chromium). Not part of the run's identity: a run
    started on one may be resumed on the other."""

    kind: Literal["local", "ray"] = "local"
    address: str = ""
    """ray: the cluster to join (``ray start --head`` prints it); empty starts a local Ray."""


def judge_for(config: RunConfig) -> Judge:
    """The run's judge: an LLM judge when the config names a model, else the detector."""
    if not config.judge:
        return DETECTOR
    from ..agents.models import chat_model

    model, _ = chat_model(config.judge["model"], config.judge.get("base_url"),
                          {"max_tokens": JUDGE_MAX_TOKENS})
    return LLMJudge(model)
