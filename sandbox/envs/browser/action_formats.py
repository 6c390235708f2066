"""The actions as agents are told them: prompt text, OpenAI and Anthropic tool schemas, and a
tool call turned back into action text (then parsed like any other action)."""

from __future__ import annotations

from typing import Any

from .action_set import ACTIONS
from .action_spec import ActionError, ActionSpec, Param


def _shown(param: Param) -> str:
    return param.name if param.required else f"{param.name}={param.default!r}"


def describe_actions() -> str:
    """The action set as prompt text, one line an action: ``name(arg, optional=default): ...``."""
    lines = []
    for spec in ACTIONS.values():
        params = ", ".join(_shown(p) for p in spec.params)
        lines.append(f"{spec.name}({params}): {spec.description} Example: {spec.example}")
    return "\n".join(lines)


_JSON_TYPES = {str: "string", int: "integer", float: "number"}


def _json_schema(spec: ActionSpec) -> dict:
    return {
        "type": "object",
        "properties": {
            p.name: {"type": _JSON_TYPES[p.kind], "description": p.description}
            for p in spec.params
        },
        "required": [p.name for p in spec.params if p.required],
    }


def openai_tools() -> list[dict]:
    """The action set as OpenAI function-calling tools."""
    return [
        {"type": "function",
         "function": {"name": s.name, "description": s.description,
                      "parameters": _json_schema(s)}}
        for s in ACTIONS.values()
    ]


def anthropic_tools() -> list[dict]:
    """The action set as Anthropic tool definitions."""
    return [
        {"name": s.name, "description": s.description, "input_schema": _json_schema(s)}
        for s in ACTIONS.values()
    ]


def action_from_tool_call(name: str, arguments: dict[str, Any]) -> str:
    """The action text of a tool call."""
    spec = ACTIONS.get(name)
    if spec is None:
        raise ActionError(f"unknown tool {name!r}")
    values = [repr(arguments[p.name]) for p in spec.params if p.name in arguments]
    return f"{name}({', '.join(values)})"
