"""Each action is declared once (``action_set``); the prompt text, the OpenAI and Anthropic tool
schemas, the parser and the handlers all read that declaration and agree."""

# No ``from __future__ import annotations``: the handlers below are declared as in action_set.
import inspect
import re
from typing import Annotated

import pytest

from sandbox.envs.browser import action_set
from sandbox.envs.browser.action_formats import anthropic_tools, describe_actions, openai_tools
from sandbox.envs.browser.action_set import ACTIONS
from sandbox.envs.browser.action_spec import HANDLER_CONTEXT, ActionRegistry, Arg
from sandbox.envs.browser.actions import parse_action

Signatures = dict[str, dict[str, bool]]  # action -> argument -> required


def declared() -> Signatures:
    return {s.name: {p.name: p.required for p in s.params} for s in ACTIONS.values()}


def from_prompt() -> Signatures:
    found = {}
    for line in describe_actions().splitlines():
        name, params = re.match(r"(\w+)\((.*?)\): ", line).groups()
        found[name] = {p.split("=")[0]: "=" not in p for p in params.split(", ") if p}
    return found


def from_schemas(schemas: list[dict]) -> Signatures:
    return {name: {p: p in schema["required"] for p in schema["properties"]}
            for name, schema in schemas}


def from_handlers() -> Signatures:
    found = {}
    for spec in ACTIONS.values():
        params = list(inspect.signature(spec.handler).parameters.values())
        assert tuple(p.name for p in params[: len(HANDLER_CONTEXT)]) == HANDLER_CONTEXT
        found[spec.handler.__name__] = {p.name: p.default is inspect.Parameter.empty
                                        for p in params[len(HANDLER_CONTEXT):]}
    return found


def test_prompt_schemas_and_handlers_agree_with_the_declarations():
    openai = [(t["function"]["name"], t["function"]["parameters"]) for t in openai_tools()]
    anthropic = [(t["name"], t["input_schema"]) for t in anthropic_tools()]
    expected = declared()
    assert list(from_prompt().items()) == list(expected.items())
    assert from_schemas(openai) == expected
    assert from_schemas(anthropic) == expected
    assert from_handlers() == expected


def test_every_handler_is_declared_and_every_declaration_has_its_handler():
    handlers = {name for name, value in vars(action_set).items()
                if inspect.iscoroutinefunction(value) and value.__module__ == action_set.__name__}
    assert handlers == set(ACTIONS)
    for name, spec in ACTIONS.items():
        assert spec.handler is getattr(action_set, name)


def test_descriptions_and_examples_are_the_declared_ones():
    prompt = describe_actions()
    descriptions = {t["name"]: t["description"] for t in anthropic_tools()}
    for spec in ACTIONS.values():
        assert spec.description == inspect.getdoc(spec.handler) == descriptions[spec.name]
        assert f"{spec.description} Example: {spec.example}" in prompt
        assert parse_action(spec.example).name == spec.name


async def _undocumented(executor, page) -> None:
    pass


async def _unannotated(executor, page, bid: str) -> None:
    """Click."""


async def _no_page(executor, bid: Annotated[str, Arg("id")]) -> None:
    """Click."""


async def _list_argument(executor, page, ids: Annotated[list, Arg("ids")]) -> None:
    """Click."""


def _not_a_coroutine(executor, page) -> None:
    """Click."""


@pytest.mark.parametrize("handler", [_undocumented, _unannotated, _no_page, _list_argument,
                                     _not_a_coroutine])
def test_a_badly_declared_action_is_refused_at_import(handler):
    with pytest.raises(TypeError):
        ActionRegistry().action("x()")(handler)


def test_an_action_is_declared_once():
    registry = ActionRegistry()

    async def wait(executor, page) -> None:
        """Wait."""

    registry.action("wait()")(wait)
    with pytest.raises(TypeError, match="twice"):
        registry.action("wait()")(wait)
