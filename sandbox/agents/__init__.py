"""Agents: the protocol, the built-in agents and plug-in loading (``package.module:Factory``)."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any

from .base import Agent, AgentError

BUILTIN = ("oracle", "contrarian", "paraphrase", "refuser", "idle", "random", "human", "llm")


def agent_factory(spec: str, **options: Any) -> Callable[[], Any]:
    """A function that makes a fresh agent (one per worker) from a name or ``module:attr``."""
    if spec in ("oracle", "refuser", "idle"):
        from . import reference

        cls = {"oracle": reference.OracleAgent, "refuser": reference.RefuserAgent,
               "idle": reference.IdleAgent}[spec]
        return cls
    if spec in ("contrarian", "paraphrase"):
        from . import reference

        proof_agent = {"contrarian": reference.ContrarianAgent,
                       "paraphrase": reference.ParaphraseAgent}[spec]
        return lambda: proof_agent(options.get("proof", 0))
    if spec == "random":
        from .random_agent import RandomAgent

        return lambda: RandomAgent(seed=int(options.get("seed", 0)))
    if spec == "human":
        from .human import HumanAgent

        return HumanAgent
    if spec == "llm":
        from .llm import LLMAgent

        return lambda: LLMAgent.from_options(**options)
    if ":" not in spec:
        raise AgentError(f"unknown agent {spec!r}: use one of {', '.join(BUILTIN)} or "
                         "'package.module:ClassOrFactory'")
    module_name, _, attribute = spec.partition(":")
    try:
        target = getattr(importlib.import_module(module_name), attribute)
    except (ImportError, AttributeError) as exc:
        raise AgentError(f"cannot load agent {spec!r}: {exc}") from None
    if not callable(target):
        raise AgentError(f"agent {spec!r} is not a class or factory")
    return lambda: target(**options) if options else target()


__all__ = ["Agent", "AgentError", "BUILTIN", "agent_factory"]
