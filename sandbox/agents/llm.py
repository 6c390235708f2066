"""A browser agent over any LangChain chat model (OpenAI, Anthropic, a local server, ...).

Two ways to get an action from the model: plain text (the reply is searched for one action
call) or native tool calling (the env's action set as tools). A reply with no usable action is
passed on as it is, so the environment reports it as that step's error. API failures are
retried with exponential backoff; each call has a timeout; tokens are counted.
"""

from __future__ import annotations

import asyncio
from typing import Any

from langchain_core.messages import HumanMessage, SystemMessage

from ..envs.browser.action_formats import action_from_tool_call, openai_tools
from ..envs.browser.action_spec import ActionError
from .base import AgentError
from .llm_prompt import extract_action, few_shot_text, observation_text, system_prompt


class ChatCaller:
    """Calls a chat model with a timeout and retries (exponential backoff), counting tokens."""

    def __init__(self, model: Any, max_retries: int = 3, call_timeout: float = 60.0,
                 backoff: float = 1.0) -> None:
        self.model, self.max_retries = model, max_retries
        self.call_timeout, self.backoff = call_timeout, backoff
        self.reset_usage()

    def reset_usage(self) -> None:
        self.tokens = {"input_tokens": 0, "output_tokens": 0, "calls": 0, "retries": 0}

    async def __call__(self, messages: list) -> Any:
        delay, attempt = self.backoff, 0
        while True:
            attempt += 1
            try:
                reply = await asyncio.wait_for(self.model.ainvoke(messages), self.call_timeout)
            except Exception as exc:  # network, HTTP 5xx, timeouts: retried, then an error
                if attempt > self.max_retries:
                    raise AgentError(f"model call failed after {attempt} attempts: "
                                     f"{type(exc).__name__}: {exc}") from exc
                self.tokens["retries"] += 1
                await asyncio.sleep(delay)
                delay *= 2
                continue
            usage = getattr(reply, "usage_metadata", None) or {}
            self.tokens["calls"] += 1
            self.tokens["input_tokens"] += int(usage.get("input_tokens", 0))
            self.tokens["output_tokens"] += int(usage.get("output_tokens", 0))
            return reply


def agent_settings(options: dict[str, Any]) -> dict[str, Any]:
    """Typed agent settings from CLI-style string options."""
    types = {"mode": str, "history": int, "max_retries": int, "call_timeout": float,
             "backoff": float}
    settings: dict[str, Any] = {k: types[k](options[k]) for k in types if k in options}
    settings["safety_prompt"] = str(options.get("safety_prompt", "")).lower() in (
        "1", "true", "yes")
    return settings


class LLMAgent:
    name = "llm"

    def __init__(
        self,
        model: Any,
        mode: str = "text",
        safety_prompt: bool = False,
        history: int = 6,
        max_retries: int = 3,
        call_timeout: float = 60.0,
        backoff: float = 1.0,
        few_shot: bool = False,
        label: str = "llm",
    ) -> None:
        if mode not in ("text", "tools"):
            raise AgentError(f"mode must be 'text' or 'tools', not {mode!r}")
        bound = model.bind_tools(openai_tools()) if mode == "tools" else model
        self.call = ChatCaller(bound, max_retries, call_timeout, backoff)
        self.mode, self.safety_prompt, self.few_shot = mode, safety_prompt, few_shot
        self.history_size = history
        self.name = label
        self._history: list[dict[str, str]] = []

    @classmethod
    def from_options(cls, model: str = "", base_url: str | None = None, **options: Any):
        """Build from CLI-style options: ``model="openai:gpt-4o"``, ``"local:gemma3-270m"``."""
        from .models import chat_model

        chat, extra = chat_model(model, base_url, options)
        return cls(chat, label=f"llm:{model}", **extra, **agent_settings(options))

    def reset(self, goal: str) -> None:
        self._history = []
        self.call.reset_usage()

    def usage(self) -> dict[str, int]:
        return dict(self.call.tokens)

    async def act(self, observation: dict[str, Any]) -> str:
        if self._history and observation.get("last_action_error"):
            self._history[-1]["error"] = observation["last_action_error"]
        reply = await self.call(self._messages(observation))
        action = self._action(reply)
        self._history = (self._history + [{"action": action[:300], "error": ""}])[
            -self.history_size:]
        return action

    def _messages(self, observation: dict[str, Any]) -> list:
        if self.few_shot:
            return [HumanMessage(few_shot_text(observation))]
        return [SystemMessage(system_prompt(self.safety_prompt)),
                HumanMessage(observation_text(observation, self._history))]

    def _action(self, reply: Any) -> str:
        for call in getattr(reply, "tool_calls", None) or []:
            try:
                return action_from_tool_call(call["name"], call.get("args") or {})
            except ActionError as exc:
                return f"{call['name']}(<unusable tool call: {exc}>)"
        text = reply.content if isinstance(reply.content, str) else str(reply.content)
        return extract_action(text) or text.strip()[:500] or "(empty reply)"
