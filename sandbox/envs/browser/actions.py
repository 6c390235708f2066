"""The action language: one description, parsed with ``ast`` into an allow-list, never executed.

An agent's action is one call such as ``click("41")`` or ``fill("12", "hello")``. The text is
parsed (``ast.parse(mode="eval")``), the call's name must be a known action and every argument a
literal; anything else is an :class:`ActionError`. The same :data:`ACTIONS` table renders the
prompt text and the OpenAI / Anthropic tool schemas.
"""

from __future__ import annotations

import ast
import math
import re
from dataclasses import dataclass, field
from typing import Any


class ActionError(ValueError):
    """An action that cannot be parsed or is not allowed; reported back to the agent."""


@dataclass(frozen=True)
class Param:
    name: str
    kind: type  # str, int, float or list
    description: str
    default: Any = field(default=None)
    required: bool = True
    bound: float | None = None  # numbers: the largest magnitude allowed


@dataclass(frozen=True)
class ActionSpec:
    name: str
    description: str
    params: tuple[Param, ...]
    example: str
    final: bool = False  # ends the episode


MAX_ACTION_CHARS = 50_000
MAX_SCROLL = 100_000.0
MAX_TABS = 1_000
MAX_WAIT_MS = 10_000.0
_CALL_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*\s*\(")


def _id(description: str = "element id from the observation, e.g. '41'") -> Param:
    return Param("bid", str, description)


ACTIONS: dict[str, ActionSpec] = {
    spec.name: spec
    for spec in (
        ActionSpec("click", "Click an element.", (_id(),), 'click("41")'),
        ActionSpec("fill", "Clear a text field and type a value into it.",
                   (_id(), Param("value", str, "the text to enter")), 'fill("12", "hello")'),
        ActionSpec("select_option", "Choose an option of a drop-down list, by its label.",
                   (_id(), Param("options", str, "the option's visible text")),
                   'select_option("7", "Blue")'),
        ActionSpec("hover", "Move the mouse over an element.", (_id(),), 'hover("41")'),
        ActionSpec("press", "Focus an element and press a key or combination.",
                   (_id(), Param("key_comb", str, "e.g. 'Enter', 'Control+a'")),
                   'press("12", "Enter")'),
        ActionSpec("scroll", "Scroll the page by a number of pixels.",
                   (Param("delta_x", float, "pixels to the right", bound=MAX_SCROLL),
                    Param("delta_y", float, "pixels down", bound=MAX_SCROLL)),
                   "scroll(0, 300)"),
        ActionSpec("goto", "Open a URL in the current tab.", (Param("url", str, "the URL"),),
                   'goto("http://e1.forum.localhost:8101/forums")'),
        ActionSpec("go_back", "Go back in the tab's history.", (), "go_back()"),
        ActionSpec("go_forward", "Go forward in the tab's history.", (), "go_forward()"),
        ActionSpec("new_tab", "Open a new, empty tab and focus it.", (), "new_tab()"),
        ActionSpec("tab_focus", "Focus the tab with this index (0 is the first).",
                   (Param("index", int, "tab index", bound=MAX_TABS),), "tab_focus(0)"),
        ActionSpec("tab_close", "Close the current tab.", (), "tab_close()"),
        ActionSpec("send_msg_to_user", "Send your final answer or message to the user; this "
                   "ends the task.", (Param("text", str, "the message"),),
                   'send_msg_to_user("The order was cancelled.")', final=True),
        ActionSpec("report_infeasible", "Say the task cannot or should not be done, and why; "
                   "this ends the task.", (Param("reason", str, "why"),),
                   'report_infeasible("There is no such product.")', final=True),
        ActionSpec("noop", "Do nothing for a moment (wait for the page).",
                   (Param("wait_ms", float, "milliseconds to wait", 500.0, required=False,
                          bound=MAX_WAIT_MS),),
                   "noop()"),
    )
}


@dataclass(frozen=True)
class Action:
    """A parsed, allowed action."""

    name: str
    args: dict[str, Any]

    @property
    def final(self) -> bool:
        return ACTIONS[self.name].final

    def __str__(self) -> str:
        values = ", ".join(repr(v) for v in self.args.values())
        return f"{self.name}({values})"


def _literal(node: ast.expr) -> Any:
    """A plain string or number; one minus sign at most."""
    negative = isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub)
    if negative:
        node = node.operand  # type: ignore[attr-defined]
    value = getattr(node, "value", None)
    if isinstance(node, ast.Constant) and isinstance(value, str | int | float) and \
            not isinstance(value, bool) and not (negative and isinstance(value, str)):
        return -value if negative else value
    raise ActionError("arguments must be plain strings or numbers")


def _coerce(spec: ActionSpec, param: Param, value: Any) -> Any:
    if param.kind is str and isinstance(value, int | float) and param.name == "bid":
        return str(value)
    if param.kind is float and isinstance(value, int | float):
        try:
            value = float(value)
        except OverflowError:
            value = math.inf
    if not isinstance(value, param.kind) or isinstance(value, bool):
        expected = {str: "a string", int: "an integer", float: "a number"}[param.kind]
        raise ActionError(f"{spec.name}: argument '{param.name}' must be {expected}")
    if param.bound is not None and not abs(value) <= param.bound:  # NaN fails too
        raise ActionError(f"{spec.name}: argument '{param.name}' must be between "
                          f"-{param.bound:g} and {param.bound:g}")
    return value


def clean_text(text: str) -> str:
    """Text with lone surrogates (which no file can hold) replaced by U+FFFD."""
    return text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")


def parse_action(text: Any) -> Action:
    """Parse one action; raise :class:`ActionError` with a message meant for the agent.

    Anything may come in (any type, any characters, any size); only an allowed call of plain
    literals comes out, its text free of lone surrogates.
    """
    if not isinstance(text, str):
        raise ActionError(f"an action is text such as click(\"12\"), not "
                          f"{type(text).__name__}")
    if len(text) > MAX_ACTION_CHARS:
        raise ActionError(f"the action is {len(text):,} characters long; at most "
                          f"{MAX_ACTION_CHARS:,} are accepted")
    source = clean_text(text).strip().strip("`").strip().rstrip(";").strip()
    if not source:
        raise ActionError("empty action; send one command such as click(\"12\")")
    if not _CALL_NAME.match(source):
        raise ActionError(f"could not parse {source[:80]!r}: an action is one call such as "
                          "click(\"12\"), its name in plain ASCII letters; known actions: "
                          f"{', '.join(ACTIONS)}")
    try:
        tree = ast.parse(source, mode="eval")
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        raise ActionError(f"could not parse {source[:80]!r}; send one command such as "
                          'click("12")') from None
    call = tree.body
    if not isinstance(call, ast.Call) or not isinstance(call.func, ast.Name):
        raise ActionError("an action is one call such as click(\"12\"); "
                          f"known actions: {', '.join(ACTIONS)}")
    spec = ACTIONS.get(call.func.id)
    if spec is None:
        raise ActionError(f"unknown action {call.func.id!r}; known actions: {', '.join(ACTIONS)}")
    if len(call.args) > len(spec.params):
        raise ActionError(f"{spec.name} takes {len(spec.params)} argument(s); e.g. {spec.example}")
    values: dict[str, Any] = {}
    for param, node in zip(spec.params, call.args, strict=False):
        values[param.name] = _literal(node)
    names = {param.name for param in spec.params}
    for keyword in call.keywords:
        if keyword.arg not in names or keyword.arg in values:
            raise ActionError(f"{spec.name}: unexpected argument {keyword.arg!r}; "
                              f"e.g. {spec.example}")
        values[keyword.arg] = _literal(keyword.value)
    args = {}
    for param in spec.params:
        if param.name in values:
            args[param.name] = _coerce(spec, param, values[param.name])
        elif param.required:
            raise ActionError(f"{spec.name}: missing argument '{param.name}'; e.g. {spec.example}")
        else:
            args[param.name] = param.default
    return Action(spec.name, args)


def describe_actions() -> str:
    """The action set as prompt text."""
    lines = []
    for spec in ACTIONS.values():
        params = ", ".join(p.name for p in spec.params)
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
    """Turn a tool call back into action text (then parsed like any other action)."""
    spec = ACTIONS.get(name)
    if spec is None:
        raise ActionError(f"unknown tool {name!r}")
    values = [repr(arguments[p.name]) for p in spec.params if p.name in arguments]
    return f"{name}({', '.join(values)})"
