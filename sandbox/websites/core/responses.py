"""Responses every site sends the same way."""

from __future__ import annotations

from fastapi.responses import RedirectResponse


def see_other(url: str) -> RedirectResponse:
    """A 303 redirect: after a form post, the browser GETs ``url`` (Post/Redirect/Get)."""
    return RedirectResponse(url, status_code=303)
