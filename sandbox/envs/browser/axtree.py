"""The page outline the agent reads: roles, names and element ids, built in the page.

``outline.js`` walks the DOM once (one ``page.evaluate``), computes each element's role and
accessible name, and marks every interactive element with a ``data-sbx-id`` attribute that
stays the same for the same element while the document lives. The outline reads like
BrowserGym's: ``[41] button "Add to cart"``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from playwright.async_api import FrameLocator, Locator, Page

ID_ATTRIBUTE = "data-sbx-id"
OUTLINE_SCRIPT = Path(__file__).with_name("outline.js").read_text(encoding="utf-8")


@dataclass
class Outline:
    """The text the agent reads, and where each shown id points."""

    text: str
    title: str = ""
    ids: frozenset[str] = frozenset()
    frames: dict[str, list[str]] = field(default_factory=dict)  # id -> ids of its iframes
    boxes: dict[str, tuple[int, int, int, int]] = field(default_factory=dict)
    third_party: tuple[str, ...] = ()
    """Text the site marks as its users' (posts, comments, reviews, messages, files)."""

    def locator(self, page: Page, bid: str) -> Locator | None:
        """The element shown as ``[bid]``, or None when the outline has no such id."""
        if bid not in self.ids:
            return None
        scope: Page | FrameLocator = page
        for frame_id in self.frames.get(bid, []):
            scope = scope.frame_locator(f'[{ID_ATTRIBUTE}="{frame_id}"]')
        return scope.locator(f'[{ID_ATTRIBUTE}="{bid}"]')


async def read_outline(page: Page, with_boxes: bool = False) -> Outline:
    """Build the outline of the page's current document (boxes for set-of-marks on request)."""
    result = await page.evaluate(OUTLINE_SCRIPT, {"attribute": ID_ATTRIBUTE, "boxes": with_boxes})
    return Outline(
        text=result["text"],
        title=result["title"],
        ids=frozenset(result["ids"]),
        frames=result["frames"],
        boxes={bid: tuple(box) for bid, box in result["boxes"].items()},
        third_party=tuple(result["thirdParty"]),
    )
