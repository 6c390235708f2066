"""Carry out one parsed action with its handler on the episode's pages."""

from __future__ import annotations

from playwright.async_api import BrowserContext, Locator, Page

from .action_set import ACTION_TIMEOUT_MS
from .actions import Action, ActionError
from .axtree import Outline
from .confinement import Confinement

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
    """Runs actions against the tabs; element ids come from the latest observation's outline.

    Handlers (``action_set``) get the executor and the focused page, then the action's arguments.
    """

    def __init__(self, tabs: Tabs, confinement: Confinement) -> None:
        self.tabs = tabs
        self.confinement = confinement
        self.outline = Outline(text="")

    async def element(self, page: Page, bid: str, check: str = PRESENT_CHECK) -> Locator:
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
        await action.spec.handler(self, page, **action.args)
        page = await self.tabs.ensure_active()
        try:
            await page.wait_for_load_state("load", timeout=ACTION_TIMEOUT_MS)
        except Exception:  # a slow page is not the agent's error; observe what is there
            pass
