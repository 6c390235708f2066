"""The site's Jinja2 templates, with filters for Markdown, dates and query-string links."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import quote, urlencode

from fastapi import Request
from markdown_it import MarkdownIt
from markupsafe import Markup

from ..core.site import SiteTemplates

templates = SiteTemplates(Path(__file__).parent / "templates")
_markdown = MarkdownIt("commonmark", {"html": False, "linkify": False}).enable("table")


def render_markdown(text: str | None) -> Markup:
    """Markdown to HTML; raw HTML in the source is escaped, unsafe link schemes are dropped."""
    return Markup(_markdown.render(text or ""))


def with_query(request: Request, **changes: object) -> str:
    """The current URL with some query parameters replaced (``None`` removes one)."""
    params = [(k, v) for k, v in request.query_params.multi_items() if k not in changes]
    for key, value in changes.items():
        if isinstance(value, list | tuple):
            params += [(key, str(item)) for item in value]
        elif value is not None:
            params.append((key, str(value)))
    query = urlencode(params)
    return request.url.path + ("?" + query if query else "")


def text_color(background: str) -> str:
    """Black or white, whichever reads better on a ``#rrggbb`` label colour."""
    try:
        red, green, blue = (int(background[i : i + 2], 16) for i in (1, 3, 5))
    except (ValueError, IndexError):
        return "#fff"
    return "#1f1f1f" if red * 0.299 + green * 0.587 + blue * 0.114 > 150 else "#fff"


templates.env.filters["markdown"] = render_markdown
templates.env.filters["day"] = lambda value: (value or "")[:10]
templates.env.filters["short_sha"] = lambda sha: (sha or "")[:8]
templates.env.filters["text_color"] = text_color
templates.env.filters["first_line"] = lambda text: (text or "").split("\n", 1)[0]
templates.env.filters["q"] = lambda text: quote(text or "")
templates.env.globals["with_query"] = with_query
