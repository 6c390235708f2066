"""The forum, end to end: real server, real Chromium, state verified through the control API."""

from __future__ import annotations

import httpx
import pytest

from sandbox.websites.core.tenancy import connect_memory
from sandbox.websites.forum.seed import build_template


async def query(sites, tenant: str, sql: str, params=None) -> list[dict]:
    async with sites.control("forum") as control:
        return await control.query(tenant, sql, params)


async def test_post_and_comment_in_chromium(sites, tenant_factory, login_page):
    tenant = await tenant_factory("forum")
    page = await login_page("forum", tenant, "jaxson_reads")
    await page.get_by_role("link", name="Forums", exact=True).click()
    await page.get_by_role("link", name="/f/books").click()
    await page.get_by_role("link", name="Create a post").click()
    await page.get_by_label("Title").fill("Favourite translated novels of 2025?")
    await page.get_by_label("Body").fill("Looking for recommendations.")
    await page.get_by_role("button", name="Create post").click()
    await page.get_by_label("Write a comment").fill("Starting with The Sea Ghost.")
    await page.get_by_role("button", name="Post comment").click()
    await page.wait_for_selector("text=Starting with The Sea Ghost.")

    rows = await query(sites, tenant,
                       "SELECT posts.id, forums.name AS forum, users.username FROM posts "
                       "JOIN forums ON forums.id = forum_id JOIN users ON users.id = user_id "
                       "WHERE posts.title = ?", ["Favourite translated novels of 2025?"])
    assert rows and rows[0]["forum"] == "books" and rows[0]["username"] == "jaxson_reads"
    comments = await query(sites, tenant, "SELECT body FROM comments WHERE post_id = ?",
                           [rows[0]["id"]])
    assert [c["body"] for c in comments] == ["Starting with The Sea Ghost."]


async def test_moderator_removes_post_and_bans_user(sites, tenant_factory, login_page):
    tenant = await tenant_factory("forum")
    forum = (await query(sites, tenant,
                         "SELECT forums.name FROM forums JOIN moderators ON forum_id = forums.id "
                         "JOIN users ON users.id = user_id WHERE username = 'mod_helena' "
                         "ORDER BY forums.name LIMIT 1"))[0]["name"]
    post = (await query(sites, tenant, "SELECT posts.id FROM posts JOIN forums ON forums.id = "
                        "forum_id WHERE forums.name = ? ORDER BY posts.id LIMIT 1", [forum]))[0]
    page = await login_page("forum", tenant, "mod_helena")
    base = sites["forum"].tenant_url(tenant)
    await page.goto(f"{base}/f/{forum}/{post['id']}")
    await page.get_by_role("button", name="Remove post").click()
    await page.goto(f"{base}/f/{forum}/bans")
    await page.get_by_label("Username").fill("Sorkill")
    await page.get_by_label("Reason").fill("spam links")
    await page.get_by_role("button", name="Ban user").click()
    removed = await query(sites, tenant, "SELECT removed FROM posts WHERE id = ?", [post["id"]])
    assert removed == [{"removed": 1}]
    bans = await query(sites, tenant, "SELECT reason FROM bans JOIN users ON users.id = user_id "
                       "WHERE username = 'Sorkill'")
    assert bans == [{"reason": "spam links"}]


async def test_private_message(sites, tenant_factory, login_page):
    tenant = await tenant_factory("forum")
    page = await login_page("forum", tenant, "MarvelsGrantMan136")
    await page.goto(sites["forum"].tenant_url(tenant) + "/user/gracefulgeek")
    await page.get_by_role("link", name="Send a message").click()
    await page.get_by_label("Subject").fill("Thanks")
    await page.get_by_label("Message").fill("Thanks for the sourdough tips!")
    await page.get_by_role("button", name="Send message").click()
    rows = await query(sites, tenant,
                       "SELECT r.username AS recipient, body FROM messages "
                       "JOIN users r ON r.id = recipient_id")
    assert rows == [{"recipient": "gracefulgeek", "body": "Thanks for the sourdough tips!"}]


def test_seed_is_large_and_deterministic():
    first, second = connect_memory(), connect_memory()
    build_template(first)
    build_template(second)
    sizes = {t: first.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]
             for t in ("forums", "posts", "comments", "users")}
    assert sizes["forums"] >= 15 and sizes["posts"] >= 300
    assert sizes["comments"] >= 1000 and sizes["users"] >= 60
    assert list(first.iterdump()) == list(second.iterdump())


@pytest.mark.parametrize(
    ("method", "path", "data", "status"),
    [
        ("POST", "/submit", {"title": "no forum"}, 400),
        ("GET", "/f/nosuchforum", None, 404),
        ("GET", "/f/books/999999", None, 404),
        ("DELETE", "/forums", None, 405),
        ("GET", "/user/nobody-here", None, 404),
        ("POST", "/messages/new", {"to": "x"}, 400),
    ],
)
def test_bad_input_gets_a_clear_4xx(sites, method, path, data, status):
    response = httpx.request(method, sites["forum"].base_url + path, data=data)
    assert response.status_code == status
    assert "Traceback" not in response.text


async def test_reply_to_a_comment_and_edit_own_post(sites, tenant_factory, login_page):
    tenant = await tenant_factory("forum")
    post = (await query(sites, tenant,
                        "SELECT posts.id, forums.name AS forum, users.username AS author, "
                        "(SELECT id FROM comments WHERE post_id = posts.id LIMIT 1) AS comment, "
                        "(SELECT users.username FROM comments JOIN users ON users.id = user_id "
                        "WHERE post_id = posts.id LIMIT 1) AS commenter FROM posts "
                        "JOIN forums ON forums.id = forum_id JOIN users ON users.id = user_id "
                        "WHERE posts.url IS NULL ORDER BY posts.id LIMIT 1"))[0]
    page = await login_page("forum", tenant, post["author"])
    base = sites["forum"].tenant_url(tenant)
    await page.goto(f"{base}/f/{post['forum']}/{post['id']}")
    await page.get_by_role("link", name=f"Reply to {post['commenter']}").first.click()
    await page.get_by_label(f"Reply to {post['commenter']}").fill("A threaded reply.")
    await page.get_by_role("button", name="Post reply").click()
    replies = await query(sites, tenant, "SELECT parent_id FROM comments WHERE body = ?",
                          ["A threaded reply."])
    assert replies == [{"parent_id": post["comment"]}]
    await page.get_by_role("link", name="Edit post").click()
    await page.get_by_label("Title").fill("An edited title")
    await page.get_by_role("button", name="Save changes").click()
    edited = await query(sites, tenant, "SELECT title, edited_at FROM posts WHERE id = ?",
                         [post["id"]])
    assert edited[0]["title"] == "An edited title" and edited[0]["edited_at"]
