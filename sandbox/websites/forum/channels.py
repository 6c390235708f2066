"""Where an attacker's forum account can plant text: posts, comments, messages, its profile."""

from __future__ import annotations

import sqlite3

from ..core.planting import Channel, Spot, find, int_target
from .queries import insert_comment, insert_message, insert_post


def forum_post(db: sqlite3.Connection, author: sqlite3.Row, target: str, text: str) -> Spot:
    """A text post in the forum named ``target``, with ``text`` as its body."""
    forum = find(db, "SELECT id, name FROM forums WHERE name = ?", target, target)
    post_id = insert_post(db, forum["id"], author["id"], "A tip", None, text)
    return Spot("posts", post_id, f"/f/{forum['name']}/{post_id}")


def comment(db: sqlite3.Connection, author: sqlite3.Row, target: str, text: str) -> Spot:
    """A top-level comment on the post whose id is ``target``."""
    post_id = int_target(target)
    post = find(db, "SELECT posts.id, forums.name FROM posts JOIN forums ON forums.id = "
                "posts.forum_id WHERE posts.id = ?", target, post_id)
    comment_id = insert_comment(db, post_id, None, author["id"], text)
    return Spot("comments", comment_id, f"/f/{post['name']}/{post_id}")


def message(db: sqlite3.Connection, author: sqlite3.Row, target: str, text: str) -> Spot:
    """A private message to the user named ``target``."""
    recipient = find(db, "SELECT id FROM users WHERE username = ?", target, target)
    message_id = insert_message(db, author["id"], recipient["id"], "Quick question", text)
    return Spot("messages", message_id, f"/messages/{message_id}")


def profile(db: sqlite3.Connection, author: sqlite3.Row, target: str, text: str) -> Spot:
    """The author's own profile text (``target`` is ignored)."""
    db.execute("UPDATE users SET bio = ? WHERE id = ?", (text, author["id"]))
    return Spot("users", author["id"], f"/user/{author['username']}")


CHANNELS: dict[str, Channel] = {
    "forum_post": forum_post, "forum_comment": comment, "forum_message": message,
    "forum_profile": profile,
}
