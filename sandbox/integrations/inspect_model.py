"""The Inspect model as our LLM agents' chat model, so they keep their own prompts and parsing.

:class:`InspectChat` answers LangChain's ``ainvoke`` through ``get_model().generate`` (the
model of the running Inspect sample); the agents built on it are our ``llm`` browser agent and
text-game player, unchanged.
"""

from __future__ import annotations

from inspect_ai.model import ChatMessage, ChatMessageSystem, ChatMessageUser, get_model
from langchain_core.messages import AIMessage, BaseMessage, SystemMessage

from ..agents.llm import LLMAgent
from ..agents.textgame_llm import TextGameLLMAgent


class InspectChat:
    """A LangChain-shaped chat model over the Inspect sample's model; keeps its replies."""

    def __init__(self) -> None:
        self.replies: list[str] = []

    async def ainvoke(self, messages: list[BaseMessage]) -> AIMessage:
        output = await get_model().generate([_inspect_message(m) for m in messages])
        self.replies.append(output.completion)
        usage = output.usage
        return AIMessage(content=output.completion, usage_metadata=usage and {
            "input_tokens": usage.input_tokens, "output_tokens": usage.output_tokens,
            "total_tokens": usage.total_tokens})


def _inspect_message(message: BaseMessage) -> ChatMessage:
    text = message.content if isinstance(message.content, str) else str(message.content)
    if isinstance(message, SystemMessage):
        return ChatMessageSystem(content=text)
    return ChatMessageUser(content=text)


def browser_agent(chat: InspectChat, safety_prompt: bool) -> LLMAgent:
    """Our ``llm`` browser agent (text mode) on the Inspect model; Inspect retries calls."""
    return LLMAgent(chat, safety_prompt=safety_prompt, max_retries=0, label="inspect")


def textgame_player(chat: InspectChat, ethics_prompt: bool) -> TextGameLLMAgent:
    """Our ``llm`` text-game player on the Inspect model."""
    return TextGameLLMAgent(chat, ethics_prompt=ethics_prompt, max_retries=0, label="inspect")
