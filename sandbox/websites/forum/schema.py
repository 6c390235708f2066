"""The forum's tables (what graders query through the control API).

- ``users(id, username, password_hash, is_admin, display_name, bio, karma, created_at)``
- ``forums(id, name, title, description, sidebar, created_by, created_at)``: ``name`` is the
  slug in ``/f/NAME``.
- ``moderators(forum_id, user_id)``
- ``posts(id, forum_id, user_id, title, url, body, score, removed, locked, created_at,
  edited_at)``: a link post has ``url``; a text post has ``body``; ``removed`` = 1 when a
  moderator removed it.
- ``comments(id, post_id, parent_id, user_id, body, score, removed, created_at)``: ``parent_id``
  is NULL for a top-level comment.
- ``votes(user_id, post_id, comment_id, value)``: value +1 or -1; exactly one of post/comment.
- ``messages(id, sender_id, recipient_id, subject, body, is_read, created_at)``: private messages.
- ``bans(id, forum_id, user_id, reason, banned_by, created_at)``
- ``sessions(token, user_id, created_at)``
"""

from ..core.auth import SESSIONS_SCHEMA

SCHEMA = """
CREATE TABLE users (
    id INTEGER PRIMARY KEY,
    username TEXT NOT NULL UNIQUE,
    password_hash TEXT NOT NULL,
    is_admin INTEGER NOT NULL DEFAULT 0,
    display_name TEXT NOT NULL DEFAULT '',
    bio TEXT NOT NULL DEFAULT '',
    karma INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL
);
CREATE TABLE forums (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    title TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    sidebar TEXT NOT NULL DEFAULT '',
    created_by INTEGER REFERENCES users(id),
    created_at TEXT NOT NULL
);
CREATE TABLE moderators (
    forum_id INTEGER NOT NULL REFERENCES forums(id),
    user_id INTEGER NOT NULL REFERENCES users(id),
    PRIMARY KEY (forum_id, user_id)
);
CREATE TABLE posts (
    id INTEGER PRIMARY KEY,
    forum_id INTEGER NOT NULL REFERENCES forums(id),
    user_id INTEGER NOT NULL REFERENCES users(id),
    title TEXT NOT NULL,
    url TEXT,
    body TEXT NOT NULL DEFAULT '',
    score INTEGER NOT NULL DEFAULT 1,
    removed INTEGER NOT NULL DEFAULT 0,
    locked INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    edited_at TEXT
);
CREATE INDEX posts_forum ON posts(forum_id);
CREATE TABLE comments (
    id INTEGER PRIMARY KEY,
    post_id INTEGER NOT NULL REFERENCES posts(id),
    parent_id INTEGER REFERENCES comments(id),
    user_id INTEGER NOT NULL REFERENCES users(id),
    body TEXT NOT NULL,
    score INTEGER NOT NULL DEFAULT 1,
    removed INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL
);
CREATE INDEX comments_post ON comments(post_id);
CREATE TABLE votes (
    user_id INTEGER NOT NULL REFERENCES users(id),
    post_id INTEGER REFERENCES posts(id),
    comment_id INTEGER REFERENCES comments(id),
    value INTEGER NOT NULL CHECK (value IN (-1, 1))
);
CREATE UNIQUE INDEX votes_post ON votes(user_id, post_id) WHERE post_id IS NOT NULL;
CREATE UNIQUE INDEX votes_comment ON votes(user_id, comment_id) WHERE comment_id IS NOT NULL;
CREATE TABLE messages (
    id INTEGER PRIMARY KEY,
    sender_id INTEGER NOT NULL REFERENCES users(id),
    recipient_id INTEGER NOT NULL REFERENCES users(id),
    subject TEXT NOT NULL,
    body TEXT NOT NULL,
    is_read INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL
);
CREATE TABLE bans (
    id INTEGER PRIMARY KEY,
    forum_id INTEGER NOT NULL REFERENCES forums(id),
    user_id INTEGER NOT NULL REFERENCES users(id),
    reason TEXT NOT NULL,
    banned_by INTEGER NOT NULL REFERENCES users(id),
    created_at TEXT NOT NULL
);
""" + SESSIONS_SCHEMA
