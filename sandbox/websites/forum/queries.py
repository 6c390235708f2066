"""Read helpers shared by the forum's pages."""

from __future__ import annotations

import sqlite3
from datetime import datetime

from fastapi import HTTPException

from ..core.params import fetch_by_id

PAGE_SIZE = 25
SORTS = {
    "hot": "posts.score * 1.0 / (julianday('2025-11-01') - julianday(posts.created_at) + 2) DESC",
    "new": "posts.created_at DESC",
    "top": "posts.score DESC",
}
POST_COLUMNS = (
    "posts.*, forums.name AS forum_name, users.username AS author, "
    "(SELECT COUNT(*) FROM comments WHERE comments.post_id = posts.id AND removed = 0) "
    "AS n_comments"
)


def forum_by_name(db: sqlite3.Connection, name: str) -> sqlite3.Row:
    forum = db.execute("SELECT * FROM forums WHERE name = ?", (name,)).fetchone()
    if forum is None:
        raise HTTPException(404, f"There is no forum named '{name}'.")
    return forum


def post_in_forum(db: sqlite3.Connection, forum: sqlite3.Row, post_id: int) -> sqlite3.Row:
    return fetch_by_id(
        db, f"SELECT {POST_COLUMNS} FROM posts JOIN forums ON forums.id = posts.forum_id "
        "JOIN users ON users.id = posts.user_id WHERE posts.id = ? AND posts.forum_id = ?",
        post_id, f"There is no post {post_id} in /f/{forum['name']}.", forum["id"],
    )


def user_by_name(db: sqlite3.Connection, username: str) -> sqlite3.Row:
    user = db.execute("SELECT * FROM users WHERE username = ?", (username,)).fetchone()
    if user is None:
        raise HTTPException(404, f"There is no user named '{username}'.")
    return user


def list_posts(
    db: sqlite3.Connection, where: str, params: tuple, sort: str, page: int,
    limit: int = PAGE_SIZE,
) -> tuple[list[sqlite3.Row], bool]:
    """Page ``page`` (from 1) of ``limit`` posts (10 to 100), and whether a next page exists."""
    order = SORTS.get(sort, SORTS["hot"])
    limit = min(max(limit, 10), 100)
    rows = db.execute(
        f"SELECT {POST_COLUMNS} FROM posts JOIN forums ON forums.id = posts.forum_id "
        f"JOIN users ON users.id = posts.user_id WHERE posts.removed = 0 AND {where} "
        f"ORDER BY {order} LIMIT ? OFFSET ?",
        (*params, limit + 1, (page - 1) * limit),
    ).fetchall()
    return rows[:limit], len(rows) > limit


def is_moderator(db: sqlite3.Connection, forum_id: int, user: sqlite3.Row | None) -> bool:
    if user is None:
        return False
    if user["is_admin"]:
        return True
    row = db.execute(
        "SELECT 1 FROM moderators WHERE forum_id = ? AND user_id = ?", (forum_id, user["id"])
    ).fetchone()
    return row is not None


def is_banned(db: sqlite3.Connection, forum_id: int, user_id: int) -> bool:
    row = db.execute(
        "SELECT 1 FROM bans WHERE forum_id = ? AND user_id = ?", (forum_id, user_id)
    ).fetchone()
    return row is not None


def comment_tree(db: sqlite3.Connection, post_id: int) -> list[dict]:
    """Comments of a post as nested dicts (``children``), best first."""
    rows = db.execute(
        "SELECT comments.*, users.username AS author FROM comments "
        "JOIN users ON users.id = comments.user_id WHERE post_id = ? "
        "ORDER BY comments.score DESC, comments.id",
        (post_id,),
    ).fetchall()
    nodes = {row["id"]: {**dict(row), "children": []} for row in rows}
    roots = []
    for node in nodes.values():
        parent = nodes.get(node["parent_id"])
        (parent["children"] if parent else roots).append(node)
    return roots


def now() -> str:
    return datetime.now().isoformat(sep=" ", timespec="seconds")


def insert_post(db: sqlite3.Connection, forum_id: int, user_id: int, title: str,
                url: str | None, body: str) -> int:
    """A new post, as the submit form and a planted attack both make it; its id."""
    return db.execute(
        "INSERT INTO posts (forum_id, user_id, title, url, body, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?)", (forum_id, user_id, title, url, body, now()),
    ).lastrowid


def insert_comment(db: sqlite3.Connection, post_id: int, parent_id: int | None, user_id: int,
                   body: str) -> int:
    """A new comment on a post (a reply when ``parent_id`` is given); its id."""
    return db.execute(
        "INSERT INTO comments (post_id, parent_id, user_id, body, created_at) "
        "VALUES (?, ?, ?, ?, ?)", (post_id, parent_id, user_id, body, now()),
    ).lastrowid


def insert_message(db: sqlite3.Connection, sender_id: int, recipient_id: int, subject: str,
                   body: str) -> int:
    """A new private message; its id."""
    return db.execute(
        "INSERT INTO messages (sender_id, recipient_id, subject, body, created_at) "
        "VALUES (?, ?, ?, ?, ?)", (sender_id, recipient_id, subject, body, now()),
    ).lastrowid
