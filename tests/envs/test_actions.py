"""The action language: parsed into an allow-list, never executed; tool calls come back as
actions."""

from __future__ import annotations

import pytest

from sandbox.envs.browser.action_formats import action_from_tool_call
from sandbox.envs.browser.actions import ActionError, parse_action


@pytest.mark.parametrize(
    ("text", "name", "args"),
    [
        ('click("41")', "click", {"bid": "41"}),
        ("click(41)", "click", {"bid": "41"}),
        ("  `fill('12', \"a, b\")`  ", "fill", {"bid": "12", "value": "a, b"}),
        ('select_option("7", "Blue")', "select_option", {"bid": "7", "options": "Blue"}),
        ('press("3", key_comb="Enter")', "press", {"bid": "3", "key_comb": "Enter"}),
        ("scroll(0, -300)", "scroll", {"delta_x": 0.0, "delta_y": -300.0}),
        ("tab_focus(1)", "tab_focus", {"index": 1}),
        ("noop()", "noop", {"wait_ms": 500.0}),
        ('send_msg_to_user("Done; thanks!")', "send_msg_to_user", {"text": "Done; thanks!"}),
    ],
)
def test_valid_actions_parse(text, name, args):
    action = parse_action(text)
    assert (action.name, action.args) == (name, args)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "click(",
        '__import__("os").system("id")',
        'exec("print(1)")',
        'click("1"); goto("x")',
        "click(bid=open('/etc/passwd').read())",
        "click(x)",
        'page.click("1")',
        "lambda: 1",
        "click('1', '2')",
        "fill('1')",
        "tab_focus('one')",
        "scroll(True, 2)",
        "click(bid='1', bid='2')",
        "unknown_action()",
        "click(*args)",
    ],
)
def test_bad_actions_raise_action_error_only(text):
    with pytest.raises(ActionError):
        parse_action(text)


def test_tool_calls_round_trip_through_the_parser():
    text = action_from_tool_call("fill", {"bid": "12", "value": 'say "hi"'})
    assert parse_action(text).args == {"bid": "12", "value": 'say "hi"'}
    with pytest.raises(ActionError):
        action_from_tool_call("rm_rf", {})
