"""Pages that write: accounts, submitting, commenting, voting, messages, moderation."""

from __future__ import annotations

from fastapi import APIRouter, Form, HTTPException, Request

from ..core.auth import (
    check_password,
    hash_password,
    local_path,
    require_user,
    signed_in,
    signed_out,
)
from ..core.params import fetch_by_id, required_text
from ..core.responses import see_other
from .pages import templates
from .queries import (
    forum_by_name,
    insert_comment,
    insert_message,
    insert_post,
    is_banned,
    is_moderator,
    now,
    post_in_forum,
    user_by_name,
)

router = APIRouter()
Title = required_text(300)
Subject = required_text(200)
ForumTitle = required_text(100)


@router.get("/login")
async def login_form(request: Request, next: str = "/"):
    return templates.page(request, "login.html", next=next, error=None)


@router.post("/login")
async def login(
    request: Request, username: str = Form(...), password: str = Form(...), next: str = Form("/")
):
    db = request.state.tenant.db
    user = check_password(db, username, password)
    if user is None:
        return templates.page(request, "login.html", 400, next=next,
                              error="Wrong username or password.")
    return signed_in(db, user["id"], local_path(next))


@router.post("/logout")
async def logout(request: Request):
    return signed_out(request)


@router.get("/register")
async def register_form(request: Request):
    return templates.page(request, "register.html", error=None)


@router.post("/register")
async def register(request: Request, username: str = Form(..., min_length=3, max_length=30,
                                                          pattern=r"^[A-Za-z0-9_]+$"),
                   password: str = Form(..., min_length=8, max_length=100)):
    db = request.state.tenant.db
    if db.execute("SELECT 1 FROM users WHERE username = ?", (username,)).fetchone():
        return templates.page(request, "register.html", 400, error="That username is taken.")
    user_id = db.execute(
        "INSERT INTO users (username, password_hash, display_name, created_at) "
        "VALUES (?, ?, ?, ?)", (username, hash_password(password), username, now())
    ).lastrowid
    return signed_in(db, user_id, "/")


@router.get("/submit")
@router.get("/f/{name}/submit")
async def submit_form(request: Request, name: str = ""):
    require_user(request)
    forums = request.state.tenant.db.execute("SELECT name, title FROM forums ORDER BY name")
    return templates.page(request, "submit.html", forums=forums.fetchall(), selected=name)


@router.post("/submit")
async def submit(
    request: Request,
    title: Title,
    forum: str = Form(...),
    url: str = Form("", max_length=2000),
    body: str = Form("", max_length=40_000),
):
    user = require_user(request)
    db = request.state.tenant.db
    target = forum_by_name(db, forum)
    if is_banned(db, target["id"], user["id"]):
        raise HTTPException(403, f"You are banned from /f/{forum}.")
    if url and not url.startswith(("http://", "https://")):
        raise HTTPException(400, "The URL must start with http:// or https://.")
    post_id = insert_post(db, target["id"], user["id"], title, url or None, body)
    return see_other(f"/f/{forum}/{post_id}")


@router.post("/f/{name}/{post_id:int}/comment")
async def comment(
    request: Request,
    name: str,
    post_id: int,
    body: str = Form(..., min_length=1, max_length=10_000),
    parent_id: int | None = Form(None),
):
    user = require_user(request)
    db = request.state.tenant.db
    forum = forum_by_name(db, name)
    post = post_in_forum(db, forum, post_id)
    if is_banned(db, forum["id"], user["id"]):
        raise HTTPException(403, f"You are banned from /f/{name}.")
    if post["locked"]:
        raise HTTPException(403, "This post is locked; no new comments.")
    if parent_id is not None:
        fetch_by_id(db, "SELECT 1 FROM comments WHERE id = ? AND post_id = ?", parent_id,
                    f"There is no comment {parent_id} on this post.", post_id)
    comment_id = insert_comment(db, post_id, parent_id, user["id"], body)
    return see_other(f"/f/{name}/{post_id}#comment-{comment_id}")


@router.get("/f/{name}/{post_id:int}/edit")
async def edit_form(request: Request, name: str, post_id: int):
    user = require_user(request)
    db = request.state.tenant.db
    post = post_in_forum(db, forum_by_name(db, name), post_id)
    if post["user_id"] != user["id"]:
        raise HTTPException(403, "You can only edit your own posts.")
    return templates.page(request, "edit.html", post=post)


@router.post("/f/{name}/{post_id:int}/edit")
async def edit(request: Request, name: str, post_id: int,
               title: Title, body: str = Form("", max_length=40_000)):
    user = require_user(request)
    db = request.state.tenant.db
    post = post_in_forum(db, forum_by_name(db, name), post_id)
    if post["user_id"] != user["id"]:
        raise HTTPException(403, "You can only edit your own posts.")
    db.execute("UPDATE posts SET title = ?, body = ?, edited_at = ? WHERE id = ?",
               (title, body, now(), post_id))
    return see_other(f"/f/{name}/{post_id}")


@router.post("/vote/{kind}/{item_id:int}")
async def vote(request: Request, kind: str, item_id: int, direction: int = Form(...),
               back: str = Form("/")):
    user = require_user(request)
    db = request.state.tenant.db
    if kind not in ("post", "comment") or direction not in (-1, 1):
        raise HTTPException(400, "Vote on a post or a comment, with direction 1 or -1.")
    table = "posts" if kind == "post" else "comments"
    fetch_by_id(db, f"SELECT 1 FROM {table} WHERE id = ?", item_id,
                f"There is no {kind} {item_id}.")
    column = f"{kind}_id"
    previous = db.execute(
        f"SELECT value FROM votes WHERE user_id = ? AND {column} = ?", (user["id"], item_id)
    ).fetchone()
    delta = direction - (previous["value"] if previous else 0)
    db.execute("BEGIN")
    db.execute(f"DELETE FROM votes WHERE user_id = ? AND {column} = ?", (user["id"], item_id))
    db.execute(f"INSERT INTO votes (user_id, {column}, value) VALUES (?, ?, ?)",
               (user["id"], item_id, direction))
    db.execute(f"UPDATE {table} SET score = score + ? WHERE id = ?", (delta, item_id))
    db.execute("COMMIT")
    return see_other(local_path(back))


@router.get("/messages")
async def inbox(request: Request):
    user = require_user(request)
    rows = request.state.tenant.db.execute(
        "SELECT messages.*, s.username AS sender, r.username AS recipient FROM messages "
        "JOIN users s ON s.id = sender_id JOIN users r ON r.id = recipient_id "
        "WHERE recipient_id = ? OR sender_id = ? ORDER BY messages.id DESC",
        (user["id"], user["id"]),
    ).fetchall()
    return templates.page(request, "inbox.html", messages=rows)


@router.get("/messages/new")
async def compose_form(request: Request, to: str = ""):
    require_user(request)
    return templates.page(request, "compose.html", to=to)


@router.post("/messages/new")
async def compose(request: Request, subject: Subject, to: str = Form(...),
                  body: str = Form(..., min_length=1, max_length=10_000)):
    user = require_user(request)
    db = request.state.tenant.db
    recipient = user_by_name(db, to.strip())
    message_id = insert_message(db, user["id"], recipient["id"], subject, body)
    return see_other(f"/messages/{message_id}")


@router.get("/messages/{message_id:int}")
async def read_message(request: Request, message_id: int):
    user = require_user(request)
    db = request.state.tenant.db
    message = fetch_by_id(
        db, "SELECT messages.*, s.username AS sender, r.username AS recipient FROM messages "
        "JOIN users s ON s.id = sender_id JOIN users r ON r.id = recipient_id "
        "WHERE messages.id = ? AND (recipient_id = ? OR sender_id = ?)",
        message_id, f"There is no message {message_id} in your mailbox.", user["id"], user["id"],
    )
    if message["recipient_id"] == user["id"]:
        db.execute("UPDATE messages SET is_read = 1 WHERE id = ?", (message_id,))
    return templates.page(request, "message.html", message=message)


@router.post("/f/{name}/{post_id:int}/remove")
async def remove_post(request: Request, name: str, post_id: int):
    db = request.state.tenant.db
    forum = forum_by_name(db, name)
    post_in_forum(db, forum, post_id)
    if not is_moderator(db, forum["id"], require_user(request)):
        raise HTTPException(403, f"Only moderators of /f/{name} can remove posts.")
    db.execute("UPDATE posts SET removed = 1 WHERE id = ?", (post_id,))
    return see_other(f"/f/{name}")


@router.get("/f/{name}/bans")
async def bans_page(request: Request, name: str):
    db = request.state.tenant.db
    forum = forum_by_name(db, name)
    if not is_moderator(db, forum["id"], require_user(request)):
        raise HTTPException(403, f"Only moderators of /f/{name} can see its bans.")
    bans = db.execute(
        "SELECT bans.*, users.username FROM bans JOIN users ON users.id = bans.user_id "
        "WHERE forum_id = ? ORDER BY bans.id DESC", (forum["id"],)
    ).fetchall()
    return templates.page(request, "bans.html", forum=forum, bans=bans)


@router.post("/f/{name}/bans")
async def ban_user(request: Request, name: str, username: str = Form(...),
                   reason: str = Form(..., min_length=1, max_length=500)):
    db = request.state.tenant.db
    forum = forum_by_name(db, name)
    moderator = require_user(request)
    if not is_moderator(db, forum["id"], moderator):
        raise HTTPException(403, f"Only moderators of /f/{name} can ban users.")
    target = user_by_name(db, username.strip())
    if not is_banned(db, forum["id"], target["id"]):
        db.execute(
            "INSERT INTO bans (forum_id, user_id, reason, banned_by, created_at) "
            "VALUES (?, ?, ?, ?, ?)", (forum["id"], target["id"], reason, moderator["id"], now())
        )
    return see_other(f"/f/{name}/bans")


@router.get("/create_forum")
async def create_forum_form(request: Request):
    require_user(request)
    return templates.page(request, "create_forum.html")


@router.post("/create_forum")
async def create_forum(request: Request, title: ForumTitle,
                       name: str = Form(..., min_length=3, max_length=25,
                                        pattern=r"^[A-Za-z0-9_]+$"),
                       description: str = Form("", max_length=2000)):
    user = require_user(request)
    db = request.state.tenant.db
    if db.execute("SELECT 1 FROM forums WHERE name = ?", (name,)).fetchone():
        raise HTTPException(400, f"A forum named '{name}' already exists.")
    forum_id = db.execute(
        "INSERT INTO forums (name, title, description, created_by, created_at) "
        "VALUES (?, ?, ?, ?, ?)", (name, title, description, user["id"], now())
    ).lastrowid
    db.execute("INSERT INTO moderators VALUES (?, ?)", (forum_id, user["id"]))
    return see_other(f"/f/{name}")

