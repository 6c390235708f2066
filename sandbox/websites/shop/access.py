"""Who may see what: logged-out visitors are sent to a login form that brings them back."""

from __future__ import annotations

import sqlite3
from urllib.parse import urlencode, urlsplit

from fastapi import HTTPException, Request
from fastapi.responses import RedirectResponse

from ..core.auth import check_password, current_user, local_path


class LoginRequired(Exception):
    """Raised by a page that needs a login; answered with a redirect to ``login_path``."""

    def __init__(self, login_path: str, next_path: str) -> None:
        super().__init__(next_path)
        self.login_path, self.next_path = login_path, next_path


def _come_back_to(request: Request, default: str) -> str:
    if request.method == "GET":
        query = request.url.query
        return request.url.path + (f"?{query}" if query else "")
    referer = urlsplit(request.headers.get("referer", ""))
    return local_path(referer.path + (f"?{referer.query}" if referer.query else ""), default)


def customer(request: Request) -> sqlite3.Row:
    """The logged-in user (any account); logged-out visitors go to ``/login``."""
    user = current_user(request)
    if user is None:
        raise LoginRequired("/login", _come_back_to(request, "/account"))
    return user


def admin(request: Request) -> sqlite3.Row:
    """The logged-in administrator; others go to ``/admin/login`` or get a 403 page."""
    user = current_user(request)
    if user is None:
        raise LoginRequired("/admin/login", _come_back_to(request, "/admin"))
    if not user["is_admin"]:
        raise HTTPException(403, "Only administrators can open the admin panel.")
    return user


async def redirect_to_login(request: Request, exc: Exception) -> RedirectResponse:
    assert isinstance(exc, LoginRequired)
    query = urlencode({"next": exc.next_path})
    return RedirectResponse(f"{exc.login_path}?{query}", status_code=303)


def find_login(db: sqlite3.Connection, login: str, password: str) -> sqlite3.Row | None:
    """The account whose username or email is ``login``, if ``password`` is right."""
    row = db.execute("SELECT username FROM users WHERE username = ? OR lower(email) = lower(?)",
                     (login.strip(), login.strip())).fetchone()
    return check_password(db, row["username"], password) if row else None
