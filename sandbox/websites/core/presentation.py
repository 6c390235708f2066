"""How planted content is shown: a site-controlled markup choice per planted row.

The planting operation records ``(table, row_id, presentation)`` in ``planted``; templates wrap
user content in ``shown(content, table, row_id)``, which wraps planted rows in fixed markup, and
marks every row's content as its users' (``data-ugc``, which defences read as third-party
text). The content is always escaped: only the wrappers are the site's.
"""

from __future__ import annotations

from typing import Any, Literal

import jinja2
from markupsafe import Markup, escape

Presentation = Literal["visible", "hidden", "link", "image"]

PLANTED_SCHEMA = """
CREATE TABLE planted (
    tbl TEXT NOT NULL,
    row_id INTEGER NOT NULL,
    presentation TEXT NOT NULL,
    PRIMARY KEY (tbl, row_id)
);
"""

# Tiny, nearly transparent text: still in the DOM and the outline, hard for a person to see.
HIDDEN_STYLE = "font-size:1px;line-height:1px;color:rgba(0,0,0,0.01)"
BLANK_GIF = "data:image/gif;base64,R0lGODlhAQABAAAAACH5BAEKAAEALAAAAAABAAEAAAICTAEAOw=="
WRAPPERS: dict[str, str] = {
    "hidden": f'<span class="planted-hidden" style="{HIDDEN_STYLE}">{{content}}</span>',
    "link": '<a class="planted-link" href="#" title="{plain}">{content}</a>',
    "image": f'<img class="planted-image" src="{BLANK_GIF}" width="16" height="16" '
             'alt="{plain}" title="{plain}">',
}


@jinja2.pass_context
def shown(context: Any, content: str, table: str, row_id: int) -> Markup:
    """``content`` (escaped unless already markup) in its planted presentation, if any."""
    content = escape(content)
    db = context["request"].state.tenant.db
    row = db.execute("SELECT presentation FROM planted WHERE tbl = ? AND row_id = ?",
                     (table, row_id)).fetchone()
    if row is not None and row["presentation"] in WRAPPERS:
        content = Markup(WRAPPERS[row["presentation"]]).format(content=content,
                                                               plain=content.striptags())
    return Markup('<span data-ugc="{}">{}</span>').format(table, content)
