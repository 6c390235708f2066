"""Turn Playwright's AI-mode ARIA snapshot into a compact outline with element ids.

Playwright (``page.aria_snapshot(mode="ai")``) gives every node a ref (``e41``, or ``f3e41`` after
navigations) that stays the same for the same element across snapshots of one document, and the
selector ``aria-ref=REF`` locates it. We show
``[N]`` on interactive elements only, fold a link's URL onto its line, and drop anonymous
wrappers, so the outline reads like BrowserGym's ``[41] button "Add to cart"``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

INTERACTIVE_ROLES = frozenset({
    "link", "button", "textbox", "searchbox", "combobox", "listbox", "option", "checkbox",
    "radio", "switch", "slider", "spinbutton", "menuitem", "menuitemcheckbox", "menuitemradio",
    "tab", "treeitem",
})
_NOISE = re.compile(r" \[(?:cursor=pointer|active)\]")
_REF = re.compile(r" \[ref=([a-z0-9]+)\]")
_MAIN_REF = re.compile(r"^(f\d+)?e(\d+)$")
_BOX = re.compile(r" \[box=(-?\d+),(-?\d+),(\d+),(\d+)\]")
_LINE = re.compile(r"^(?P<indent> *)- (?P<body>.*?)(?P<colon>:?)$")


@dataclass
class Outline:
    """The text the agent reads, and where each shown id points."""

    text: str
    refs: dict[str, str] = field(default_factory=dict)  # shown id -> Playwright ref
    boxes: dict[str, tuple[int, int, int, int]] = field(default_factory=dict)


def _shown_id(ref: str, main_prefix: str | None) -> str:
    """``f3e41`` -> ``41`` in the main document; a ref of another frame is shown whole."""
    match = _MAIN_REF.match(ref)
    if match and match[1] == main_prefix:
        return match[2]
    return ref


def _unquote_key(body: str) -> str:
    """YAML quotes a key holding ``: `` (``'link "PSA: read" [ref=e2]': text``); unquote it."""
    if not body.startswith("'"):
        return body
    index = 1
    while index < len(body):
        if body[index] == "'":
            if body[index + 1: index + 2] == "'":
                index += 2
                continue
            return body[1:index].replace("''", "'") + body[index + 1:]
        index += 1
    return body


def build_outline(snapshot: str) -> Outline:
    """Convert a ``mode="ai"`` snapshot (optionally with boxes) into an :class:`Outline`."""
    outline = Outline(text="")
    lines: list[str] = []
    kept_depth: list[tuple[int, bool]] = []  # (source indent, kept?) of open ancestors
    first = _REF.search(snapshot)
    main_match = _MAIN_REF.match(first[1]) if first else None
    main_prefix = main_match[1] if main_match else None
    for raw in snapshot.splitlines():
        match = _LINE.match(raw)
        if not match:
            if lines and raw.strip():
                lines[-1] += " " + raw.strip()
            continue
        indent = len(match["indent"]) // 2
        body = _NOISE.sub("", _unquote_key(match["body"] + match["colon"]).rstrip(":"))
        while kept_depth and kept_depth[-1][0] >= indent:
            kept_depth.pop()
        depth = sum(1 for _, kept in kept_depth if kept)
        if body.startswith("/url: "):
            if lines:
                lines[-1] += f" url={body[6:].strip()}"
            continue
        if body.startswith("/"):
            continue  # other properties (/placeholder etc.) are already in the name
        box = _BOX.search(body)
        body = _BOX.sub("", body)
        ref_match = _REF.search(body)
        body = _REF.sub("", body).strip()
        role = body.split(" ", 1)[0].rstrip(":")
        if body.startswith("text: "):
            body = body[6:]
        keep = not (role in ("generic", "none", "presentation") and '"' not in body and
                    ":" not in body)
        kept_depth.append((indent, keep))
        if not keep:
            continue
        prefix = ""
        if ref_match and role in INTERACTIVE_ROLES:
            shown = _shown_id(ref_match[1], main_prefix)
            outline.refs[shown] = ref_match[1]
            if box:
                outline.boxes[shown] = tuple(int(v) for v in box.groups())  # type: ignore[assignment]
            prefix = f"[{shown}] "
        lines.append("  " * depth + prefix + body.strip('"') if body.startswith('"')
                     else "  " * depth + prefix + body)
    outline.text = "\n".join(lines)
    return outline
