"""The action language: parsed with ``ast`` against the allow-list of actions, never executed.

An agent's action is one call such as ``click("41")`` or ``fill("12", "hello")``. The text is
parsed (``ast.parse(mode="eval")``), the call's name must be an action of :data:`ACTIONS` and
every argument a literal of the declared kind; anything else is an :class:`ActionError`.
"""

from __future__ import annotations

import ast
import math
import re
from dataclasses import dataclass
from typing import Any

from .action_set import ACTIONS
from .action_spec import ActionError, ActionSpec, Param

MAX_ACTION_CHARS = 50_000
_CALL_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*\s*\(")


@dataclass(frozen=True)
class Action:
    """A parsed, allowed action."""

    name: str
    args: dict[str, Any]

    @property
    def spec(self) -> ActionSpec:
        return ACTIONS[self.name]

    @property
    def final(self) -> bool:
        return self.spec.final

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
