"""Carry out one parsed action with Playwright on the episode's pages."""

from __future__ import annotations

import asyncio
from urllib.parse import urlsplit

from playwright.async_api import BrowserContext, Locator, Page

from .actions import Action, ActionError
from .axtree import Outline
from .confinement import Confinement

ACTION_TIMEOUT_MS = 5000

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
PRESENT_CHECK = "(elements) => elements.length ? '' : 'is no longer on the page'"


class Tabs:
    """The open pages of one context and which one has focus."""

    def __init__(self, context: BrowserContext, page: Page) -> None:
        self.context = context
        self.active = page
        context.on("page", self._opened)

    def _opened(self, page: Page) -> None:
        self.active = page  # a popup or new tab takes the focus, as in a real browser

    @property
    def pages(self) -> list[Page]:
        return [p for p in self.context.pages if not p.is_closed()]

    async def ensure_active(self) -> Page:
        if self.active.is_closed():
            pages = self.pages
            self.active = pages[-1] if pages else await self.context.new_page()
        return self.active


class ActionExecutor:
    """Runs actions against the tabs; element ids come from the latest observation's outline."""

    def __init__(self, tabs: Tabs, confinement: Confinement) -> None:
        self.tabs = tabs
        self.confinement = confinement
        self.outline = Outline(text="")

    async def _element(self, page: Page, bid: str, check: str = PRESENT_CHECK) -> Locator:
        """The element shown as ``[bid]``, after ``check`` found nothing against acting on it."""
        locator = self.outline.locator(page, bid)
        if locator is None:
            raise ActionError(f"there is no element with id {bid!r} on the current page; use "
                              "an id from the latest observation")
        problem = await locator.evaluate_all(check)
        if problem:
            raise ActionError(f"element {bid!r} {problem}")
        return locator

    async def run(self, action: Action) -> None:
        page = await self.tabs.ensure_active()
        handler = getattr(self, f"_{action.name}")
        await handler(page, **action.args)
        page = await self.tabs.ensure_active()
        try:
            await page.wait_for_load_state("load", timeout=ACTION_TIMEOUT_MS)
        except Exception:  # a slow page is not the agent's error; observe what is there
            pass

    async def _click(self, page: Page, bid: str) -> None:
        element = await self._element(page, bid, CLICK_CHECK)
        await element.click(force=True, timeout=ACTION_TIMEOUT_MS)

    async def _fill(self, page: Page, bid: str, value: str) -> None:
        element = await self._element(page, bid)
        await element.fill(value, timeout=ACTION_TIMEOUT_MS)

    async def _select_option(self, page: Page, bid: str, options: str) -> None:
        element = await self._element(page, bid)
        await element.select_option(label=options, timeout=ACTION_TIMEOUT_MS)

    async def _hover(self, page: Page, bid: str) -> None:
        element = await self._element(page, bid)
        await element.hover(timeout=ACTION_TIMEOUT_MS)

    async def _press(self, page: Page, bid: str, key_comb: str) -> None:
        element = await self._element(page, bid)
        await element.press(key_comb, timeout=ACTION_TIMEOUT_MS)

    async def _scroll(self, page: Page, delta_x: float, delta_y: float) -> None:
        await page.mouse.wheel(delta_x, delta_y)

    async def _goto(self, page: Page, url: str) -> None:
        if urlsplit(url).scheme not in ("http", "https") or not self.confinement.allows(url):
            self.confinement.record_block(url)
            raise ActionError(f"goto: {url!r} is outside the sandbox; only the task's sites "
                              "can be opened")
        await page.goto(url, timeout=ACTION_TIMEOUT_MS * 3)

    async def _go_back(self, page: Page) -> None:
        await page.go_back(timeout=ACTION_TIMEOUT_MS)

    async def _go_forward(self, page: Page) -> None:
        await page.go_forward(timeout=ACTION_TIMEOUT_MS)

    async def _new_tab(self, page: Page) -> None:
        self.tabs.active = await self.tabs.context.new_page()

    async def _tab_focus(self, page: Page, index: int) -> None:
        pages = self.tabs.pages
        if not 0 <= index < len(pages):
            last = len(pages) - 1
            raise ActionError(f"tab_focus: there is no tab {index}; open tabs are 0..{last}")
        self.tabs.active = pages[index]
        await pages[index].bring_to_front()

    async def _tab_close(self, page: Page) -> None:
        if len(self.tabs.pages) == 1:
            raise ActionError("tab_close: this is the last open tab")
        await page.close()
        self.tabs.active = self.tabs.pages[-1]

    async def _send_msg_to_user(self, page: Page, text: str) -> None:
        """Handled by the environment (chat); nothing to do in the page."""

    async def _report_infeasible(self, page: Page, reason: str) -> None:
        """Handled by the environment (chat); nothing to do in the page."""

    async def _noop(self, page: Page, wait_ms: float) -> None:
        await asyncio.sleep(min(max(wait_ms, 0), 5000) / 1000)
