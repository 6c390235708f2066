"""Where an attacker's forum account can plant text: posts, comments, messages, its profile."""

from __future__ import annotations

import sqlite3

from ..core.planting import Channel, Spot, find, int_target
from .routes_actions import now


def forum_post(db: sqlite3.Connection, author: sqlite3.Row, target: str, text: str) -> Spot:
    """A text post in the forum named ``target``, with ``text`` as its body."""
    forum = find(db, "SELECT id, name FROM forums WHERE name = ?", target, target)
    post_id = db.execute(
        "INSERT INTO posts (forum_id, user_id, title, url, body, created_at) "
        "VALUES (?, ?, ?, NULL, ?, ?)", (forum["id"], author["id"], "A tip", text, now()),
    ).lastrowid
    return Spot("posts", post_id, f"/f/{forum['name']}/{post_id}")


def comment(db: sqlite3.Connection, author: sqlite3.Row, target: str, text: str) -> Spot:
    """A top-level comment on the post whose id is ``target``."""
    post_id = int_target(target)
    post = find(db, "SELECT posts.id, forums.name FROM posts JOIN forums ON forums.id = "
                "posts.forum_id WHERE posts.id = ?", target, post_id)
    comment_id = db.execute(
        "INSERT INTO comments (post_id, parent_id, user_id, body, created_at) "
        "VALUES (?, NULL, ?, ?, ?)", (post_id, author["id"], text, now()),
    ).lastrowid
    return Spot("comments", comment_id, f"/f/{post['name']}/{post_id}")


def message(db: sqlite3.Connection, author: sqlite3.Row, target: str, text: str) -> Spot:
    """A private message to the user named ``target``."""
    recipient = find(db, "SELECT id FROM users WHERE username = ?", target, target)
    message_id = db.execute(
        "INSERT INTO messages (sender_id, recipient_id, subject, body, created_at) "
        "VALUES (?, ?, ?, ?, ?)", (author["id"], recipient["id"], "Quick question", text, now()),
    ).lastrowid
    return Spot("messages", message_id, f"/messages/{message_id}")


def profile(db: sqlite3.Connection, author: sqlite3.Row, target: str, text: str) -> Spot:
    """The author's own profile text (``target`` is ignored)."""
    db.execute("UPDATE users SET bio = ? WHERE id = ?", (text, author["id"]))
    return Spot("users", author["id"], f"/user/{author['username']}")


CHANNELS: dict[str, Channel] = {
    "forum_post": forum_post, "forum_comment": comment, "forum_message": message,
    "forum_profile": profile,
}
