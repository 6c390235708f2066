"""What the agent sees: which parts are on, the Gymnasium space, and how the parts are built."""

from __future__ import annotations

import io
from dataclasses import dataclass
from typing import Any, TypedDict

import numpy as np
from gymnasium import spaces
from PIL import Image, ImageDraw
from playwright.async_api import Page

from .axtree import Outline

MAX_TEXT = 200_000
VIEWPORT = (1280, 720)


class AnyText(spaces.Text):
    """A text space that accepts any Unicode string up to ``max_length`` characters."""

    def __init__(self, max_length: int = MAX_TEXT) -> None:
        super().__init__(max_length=max_length, min_length=0)

    def contains(self, x: Any) -> bool:
        return isinstance(x, str) and len(x) <= self.max_length

    def __repr__(self) -> str:
        return f"AnyText({self.max_length})"


class TextObservation(TypedDict):
    """The parts of every observation."""

    goal: str
    url: str
    title: str
    open_tabs: str  # one line a tab: "INDEX URL", a star after the focused tab's index
    last_action: str
    last_action_error: str  # "" when the last action went well
    chat_messages: str


class Observation(TextObservation, total=False):
    """What the agent sees after ``reset`` and each ``step``; the optional parts are there when
    :class:`ObservationConfig` turns them on."""

    axtree: str
    third_party: tuple[str, ...]  # with the outline: text the site marks as its users'
    screenshot: np.ndarray  # (height, width, 3) uint8
    set_of_marks: np.ndarray  # the screenshot with the element ids drawn on it


@dataclass(frozen=True)
class ObservationConfig:
    """Which parts of the observation to build; the cheap ones are on by default."""

    axtree: bool = True
    screenshot: bool = False
    set_of_marks: bool = False
    max_axtree_chars: int = 60_000

    def space(self) -> spaces.Dict:
        parts: dict[str, spaces.Space] = {key: AnyText() for key in TextObservation.__annotations__}
        if self.axtree:
            parts["axtree"] = AnyText()
            parts["third_party"] = spaces.Sequence(AnyText())
        shape = (VIEWPORT[1], VIEWPORT[0], 3)
        if self.screenshot:
            parts["screenshot"] = spaces.Box(0, 255, shape, np.uint8)
        if self.set_of_marks:
            parts["set_of_marks"] = spaces.Box(0, 255, shape, np.uint8)
        return spaces.Dict(parts)


def render_chat(messages: list[dict[str, str]]) -> str:
    return "\n".join(f"{m['role']}: {m['message']}" for m in messages)


async def screenshot_array(page: Page) -> np.ndarray:
    png = await page.screenshot(type="png", timeout=5000)
    image = Image.open(io.BytesIO(png)).convert("RGB")
    if image.size != VIEWPORT:
        image = image.resize(VIEWPORT)
    return np.asarray(image, dtype=np.uint8)


def draw_marks(pixels: np.ndarray, outline: Outline) -> np.ndarray:
    """Set-of-marks: a box and the id over every interactive element that is in view."""
    image = Image.fromarray(pixels)
    draw = ImageDraw.Draw(image)
    for bid, (x, y, w, h) in outline.boxes.items():
        if w <= 0 or h <= 0 or y > VIEWPORT[1] or x > VIEWPORT[0]:
            continue
        draw.rectangle((x, y, x + w, y + h), outline=(230, 40, 40), width=2)
        draw.rectangle((x, max(y - 12, 0), x + 7 * len(bid) + 4, max(y - 12, 0) + 12),
                       fill=(230, 40, 40))
        draw.text((x + 2, max(y - 12, 0)), bid, fill=(255, 255, 255))
    return np.asarray(image, dtype=np.uint8)
