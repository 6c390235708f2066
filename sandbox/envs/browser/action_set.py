"""The browser's actions, each declared once: docstring, arguments and handler in one function.

Docstrings are shown to the agent as the actions' descriptions. The module imports no Playwright
(its types only when type checking), so the parser and the prompts stay light.
"""

# No ``from __future__ import annotations``: the arguments' ``Annotated`` types are read at
# declaration; the Playwright types are quoted instead.

import asyncio
from typing import TYPE_CHECKING, Annotated
from urllib.parse import urlsplit

from .action_spec import ActionError, ActionRegistry, Arg

if TYPE_CHECKING:
    from playwright.async_api import Page

    from .executor import ActionExecutor

ACTION_TIMEOUT_MS = 5000
MAX_SCROLL = 100_000.0
MAX_TABS = 1_000
MAX_WAIT_MS = 10_000.0

# Why an element cannot take a click right now ("" when it can), checked in one round trip.
# The click itself then skips Playwright's own waiting checks (which cost two animation frames
# and time out after seconds): a disabled, hidden or covered element is an immediate error.
CLICK_CHECK = """(elements) => {
  const element = elements[0];
  if (!element) return "is no longer on the page";
  if (!element.checkVisibility({visibilityProperty: true})) return "is not visible";
  if (element.disabled || element.getAttribute("aria-disabled") === "true") return "is disabled";
  element.scrollIntoViewIfNeeded(true);
  const box = element.getClientRects()[0];
  if (!box || !box.width || !box.height) return "has no size on the page";
  const root = element.getRootNode();
  const hit = root.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
  if (!hit || hit === element || element.contains(hit)) return "";
  const label = hit.closest("label");
  if (label && label.control === element) return "";
  return `is covered by another element (<${hit.localName}>)`;
}"""

ACTIONS = ActionRegistry()
action = ACTIONS.action

Bid = Annotated[str, Arg("element id from the observation, e.g. '41'")]


@action('click("41")')
async def click(executor: "ActionExecutor", page: "Page", bid: Bid) -> None:
    """Click an element."""
    element = await executor.element(page, bid, CLICK_CHECK)
    await element.click(force=True, timeout=ACTION_TIMEOUT_MS)


@action('fill("12", "hello")')
async def fill(executor: "ActionExecutor", page: "Page", bid: Bid,
               value: Annotated[str, Arg("the text to enter")]) -> None:
    """Clear a text field and type a value into it."""
    element = await executor.element(page, bid)
    await element.fill(value, timeout=ACTION_TIMEOUT_MS)


@action('select_option("7", "Blue")')
async def select_option(executor: "ActionExecutor", page: "Page", bid: Bid,
                        options: Annotated[str, Arg("the option's visible text")]) -> None:
    """Choose an option of a drop-down list, by its label."""
    element = await executor.element(page, bid)
    await element.select_option(label=options, timeout=ACTION_TIMEOUT_MS)


@action('hover("41")')
async def hover(executor: "ActionExecutor", page: "Page", bid: Bid) -> None:
    """Move the mouse over an element."""
    element = await executor.element(page, bid)
    await element.hover(timeout=ACTION_TIMEOUT_MS)


@action('press("12", "Enter")')
async def press(executor: "ActionExecutor", page: "Page", bid: Bid,
                key_comb: Annotated[str, Arg("e.g. 'Enter', 'Control+a'")]) -> None:
    """Focus an element and press a key or combination."""
    element = await executor.element(page, bid)
    await element.press(key_comb, timeout=ACTION_TIMEOUT_MS)


@action("scroll(0, 300)")
async def scroll(executor: "ActionExecutor", page: "Page",
                 delta_x: Annotated[float, Arg("pixels to the right", bound=MAX_SCROLL)],
                 delta_y: Annotated[float, Arg("pixels down", bound=MAX_SCROLL)]) -> None:
    """Scroll the page by a number of pixels."""
    await page.mouse.wheel(delta_x, delta_y)


@action('goto("http://e1.forum.localhost:8101/forums")')
async def goto(executor: "ActionExecutor", page: "Page",
               url: Annotated[str, Arg("the URL")]) -> None:
    """Open a URL in the current tab."""
    confinement = executor.confinement
    if urlsplit(url).scheme not in ("http", "https") or not confinement.allows(url):
        confinement.record_block(url)
        raise ActionError(f"goto: {url!r} is outside the sandbox; only the task's sites "
                          "can be opened")
    await page.goto(url, timeout=ACTION_TIMEOUT_MS * 3)


@action("go_back()")
async def go_back(executor: "ActionExecutor", page: "Page") -> None:
    """Go back in the tab's history."""
    await page.go_back(timeout=ACTION_TIMEOUT_MS)


@action("go_forward()")
async def go_forward(executor: "ActionExecutor", page: "Page") -> None:
    """Go forward in the tab's history."""
    await page.go_forward(timeout=ACTION_TIMEOUT_MS)


@action("new_tab()")
async def new_tab(executor: "ActionExecutor", page: "Page") -> None:
    """Open a new, empty tab and focus it."""
    executor.tabs.active = await executor.tabs.context.new_page()


@action("tab_focus(0)")
async def tab_focus(executor: "ActionExecutor", page: "Page",
                    index: Annotated[int, Arg("tab index", bound=MAX_TABS)]) -> None:
    """Focus the tab with this index (0 is the first)."""
    pages = executor.tabs.pages
    if not 0 <= index < len(pages):
        raise ActionError(f"tab_focus: there is no tab {index}; open tabs are 0..{len(pages) - 1}")
    executor.tabs.active = pages[index]
    await pages[index].bring_to_front()


@action("tab_close()")
async def tab_close(executor: "ActionExecutor", page: "Page") -> None:
    """Close the current tab."""
    if len(executor.tabs.pages) == 1:
        raise ActionError("tab_close: this is the last open tab")
    await page.close()
    executor.tabs.active = executor.tabs.pages[-1]


# The two final actions change nothing in the page: the environment adds their text to the chat.

@action('send_msg_to_user("The order was cancelled.")', final=True)
async def send_msg_to_user(executor: "ActionExecutor", page: "Page",
                           text: Annotated[str, Arg("the message")]) -> None:
    """Send your final answer or message to the user; this ends the task."""


@action('report_infeasible("There is no such product.")', final=True)
async def report_infeasible(executor: "ActionExecutor", page: "Page",
                            reason: Annotated[str, Arg("why")]) -> None:
    """Say the task cannot or should not be done, and why; this ends the task."""


@action("noop()")
async def noop(executor: "ActionExecutor", page: "Page",
               wait_ms: Annotated[float, Arg("milliseconds to wait", bound=MAX_WAIT_MS)] = 500.0,
               ) -> None:
    """Do nothing for a moment (wait for the page)."""
    await asyncio.sleep(min(max(wait_ms, 0), 5000) / 1000)
