"""Make a LangChain chat model from ``provider:model`` (plus an optional base URL)."""

from __future__ import annotations

import os
from typing import Any

from .base import AgentError

DEFAULT_MAX_TOKENS = 256


def chat_model(spec: str, base_url: str | None, options: dict[str, Any]) -> tuple[Any, dict]:
    """The chat model and extra LLMAgent settings for it.

    ``openai:gpt-4o``, ``anthropic:claude-...`` (any provider LangChain's ``init_chat_model``
    knows), ``openai:NAME`` with ``base_url`` for any OpenAI-compatible server (vLLM, Ollama,
    llama.cpp), and ``local:gemma3-270m`` (starts llama.cpp's server on 127.0.0.1).
    """
    provider, _, name = spec.partition(":")
    if not name:
        raise AgentError(f"--model {spec!r}: use provider:model, e.g. openai:gpt-4o")
    max_tokens = int(options.get("max_tokens", DEFAULT_MAX_TOKENS))
    temperature = float(options.get("temperature", 0))
    if provider == "local":
        from langchain_openai import ChatOpenAI

        from .local_server import local_server

        server = local_server(name)
        # llama.cpp's server ignores max_completion_tokens (what max_tokens= sends): use the body
        model = ChatOpenAI(model=name, base_url=server.base_url, api_key="local",
                           temperature=temperature, max_retries=0,
                           extra_body={"max_tokens": max_tokens, "stop": ["\n"]})
        return model, {"few_shot": True}
    if base_url:
        from langchain_openai import ChatOpenAI

        api_key = options.get("api_key") or os.environ.get("OPENAI_API_KEY") or "unused"
        model = ChatOpenAI(model=name, base_url=base_url, api_key=api_key,
                           temperature=temperature, max_retries=0,
                           extra_body={"max_tokens": max_tokens})
        return model, {}
    from langchain.chat_models import init_chat_model

    try:
        model = init_chat_model(name, model_provider=provider, temperature=temperature,
                                max_tokens=max_tokens)
    except (ImportError, ValueError) as exc:
        raise AgentError(f"cannot make a chat model for {spec!r}: {exc}") from None
    return model, {}
