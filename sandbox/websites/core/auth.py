"""Accounts and cookie sessions, stored in each tenant's own database."""

from __future__ import annotations

import hashlib
import secrets
import sqlite3
from urllib.parse import urlsplit

from fastapi import HTTPException, Request
from fastapi.responses import RedirectResponse

from .responses import see_other

SESSION_COOKIE = "session"

SESSIONS_SCHEMA = """
CREATE TABLE sessions (
    token TEXT PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users(id),
    created_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP
);
"""


def hash_password(password: str) -> str:
    """A salted digest; a mock site needs no slow hash, only no plain-text passwords."""
    return hashlib.sha256(f"sandbox-mock:{password}".encode()).hexdigest()


def check_password(db: sqlite3.Connection, username: str, password: str) -> sqlite3.Row | None:
    row = db.execute("SELECT * FROM users WHERE username = ?", (username,)).fetchone()
    if row is None or not secrets.compare_digest(row["password_hash"], hash_password(password)):
        return None
    return row


def open_session(db: sqlite3.Connection, user_id: int) -> str:
    token = secrets.token_urlsafe(24)
    db.execute("INSERT INTO sessions (token, user_id) VALUES (?, ?)", (token, user_id))
    return token


def close_session(db: sqlite3.Connection, token: str | None) -> None:
    if token:
        db.execute("DELETE FROM sessions WHERE token = ?", (token,))


def local_path(url: str, default: str = "/") -> str:
    """``url`` if it is a path on this site, else ``default`` (no open redirects)."""
    parts = urlsplit(url)
    if not url.startswith("/") or url.startswith("//") or parts.scheme or parts.netloc:
        return default
    return url


def signed_in(db: sqlite3.Connection, user_id: int, target: str) -> RedirectResponse:
    """Log ``user_id`` in with a new session cookie and go on to ``target`` (a local path)."""
    response = see_other(target)
    response.set_cookie(SESSION_COOKIE, open_session(db, user_id), httponly=True, samesite="lax")
    return response


def signed_out(request: Request) -> RedirectResponse:
    """End the request's session and go to the home page."""
    close_session(request.state.tenant.db, request.cookies.get(SESSION_COOKIE))
    response = see_other("/")
    response.delete_cookie(SESSION_COOKIE)
    return response


def current_user(request: Request) -> sqlite3.Row | None:
    """The logged-in user of this request, or None."""
    state = request.scope.setdefault("state", {})
    if "user" not in state:
        token = request.cookies.get(SESSION_COOKIE)
        user = None
        if token:
            user = request.state.tenant.db.execute(
                "SELECT users.* FROM sessions JOIN users ON users.id = sessions.user_id "
                "WHERE sessions.token = ?",
                (token,),
            ).fetchone()
        state["user"] = user
    return state["user"]


def require_user(request: Request) -> sqlite3.Row:
    """The logged-in user; a 401 page asking to log in otherwise."""
    user = current_user(request)
    if user is None:
        raise HTTPException(401, "You need to log in to do that.")
    return user

