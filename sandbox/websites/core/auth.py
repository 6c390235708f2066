"""Accounts and cookie sessions, stored in each tenant's own database."""

from __future__ import annotations

import hashlib
import secrets
import sqlite3

from fastapi import HTTPException, Request

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


def require_admin(request: Request) -> sqlite3.Row:
    user = require_user(request)
    if not user["is_admin"]:
        raise HTTPException(403, "Only administrators can do that.")
    return user
