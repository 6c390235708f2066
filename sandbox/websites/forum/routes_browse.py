"""Pages that read: front page, forums, posts with comment threads, profiles, search."""

from __future__ import annotations

from fastapi import APIRouter, Request

from ..core.auth import current_user
from ..core.params import LIKE, PAGE, contains
from .pages import templates
from .queries import (
    comment_tree,
    forum_by_name,
    is_moderator,
    list_posts,
    post_in_forum,
    user_by_name,
)

router = APIRouter()


@router.get("/")
async def front_page(request: Request, sort: str = "hot", page: int = PAGE, limit: int = 25):
    posts, more = list_posts(request.state.tenant.db, "1", (), sort, page, limit)
    return templates.page(request, "listing.html", heading="Front page", posts=posts,
                          sort=sort, page=page, more=more, base_path="/", limit=limit)


@router.get("/forums")
async def all_forums(request: Request):
    forums = request.state.tenant.db.execute(
        "SELECT forums.*, (SELECT COUNT(*) FROM posts WHERE forum_id = forums.id) AS n_posts "
        "FROM forums ORDER BY name"
    ).fetchall()
    return templates.page(request, "forums.html", forums=forums)


@router.get("/f/{name}")
async def forum_page(
    request: Request, name: str, sort: str = "hot", page: int = PAGE, limit: int = 25
):
    db = request.state.tenant.db
    forum = forum_by_name(db, name)
    posts, more = list_posts(db, "posts.forum_id = ?", (forum["id"],), sort, page, limit)
    moderators = db.execute(
        "SELECT users.username FROM moderators JOIN users ON users.id = moderators.user_id "
        "WHERE forum_id = ?", (forum["id"],)
    ).fetchall()
    return templates.page(request, "listing.html", heading=forum["title"], forum=forum,
                          posts=posts, sort=sort, page=page, more=more,
                          base_path=f"/f/{name}", moderators=moderators, limit=limit,
                          can_moderate=is_moderator(db, forum["id"], current_user(request)))


@router.get("/f/{name}/{post_id:int}")
@router.get("/f/{name}/{post_id:int}/{slug}")
async def post_page(
    request: Request, name: str, post_id: int, slug: str = "", reply_to: int | None = None
):
    db = request.state.tenant.db
    forum = forum_by_name(db, name)
    post = post_in_forum(db, forum, post_id)
    return templates.page(request, "post.html", forum=forum, post=post,
                          comments=comment_tree(db, post_id), reply_to=reply_to,
                          can_moderate=is_moderator(db, forum["id"], current_user(request)))


@router.get("/user/{username}")
async def profile(request: Request, username: str):
    db = request.state.tenant.db
    person = user_by_name(db, username)
    posts, _ = list_posts(db, "posts.user_id = ?", (person["id"],), "new", 1)
    comments = db.execute(
        "SELECT comments.*, posts.title AS post_title, posts.id AS post_id, "
        "forums.name AS forum_name FROM comments JOIN posts ON posts.id = comments.post_id "
        "JOIN forums ON forums.id = posts.forum_id WHERE comments.user_id = ? "
        "AND comments.removed = 0 ORDER BY comments.created_at DESC LIMIT 25",
        (person["id"],),
    ).fetchall()
    return templates.page(request, "profile.html", person=person, posts=posts, comments=comments)


@router.get("/search")
async def search(request: Request, q: str = "", page: int = PAGE):
    db = request.state.tenant.db
    posts, more = [], False
    if q.strip():
        pattern = contains(q.strip())
        posts, more = list_posts(
            db, f"(posts.title {LIKE} OR posts.body {LIKE})", (pattern, pattern), "top", page
        )
    return templates.page(request, "search.html", q=q, posts=posts, page=page, more=more)
