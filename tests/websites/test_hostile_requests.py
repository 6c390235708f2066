"""Hostile requests get a clear 4xx and land in the tenant's request log: bad ids and pages on
every route (found in the apps' own routes), oversized bodies, blank titles, LIKE wildcards."""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from unittest import mock
from urllib.parse import quote

import httpx
import pytest
from fastapi import APIRouter, FastAPI
from fastapi.openapi.utils import get_openapi
from markupsafe import escape
from support.tenants import SiteHelper

from sandbox.websites import SITE_NAMES
from sandbox.websites.core.site import MAX_BODY_BYTES, create_site
from sandbox.websites.forum import app as forum_app
from sandbox.websites.forum.pages import templates as forum_templates
from sandbox.websites.repo import app as repo_app
from sandbox.websites.shop import app as shop_app

APPS = {"forum": forum_app, "shop": shop_app, "repo": repo_app}
ADMINS = {site: module.LOGINS[0][0] for site, module in APPS.items()}
BAD_INTS = {"huge": str(2**70), "negative": "-1", "word": "abc"}
PATH_SAMPLES = {  # the other path parameters of routes that take an int: seeded names
    "forum": {"name": "books", "kind": "post", "slug": "a-post"},
    "shop": {"slug": "books", "action": "approve"},
    "repo": {"namespace": "a11y-webring", "project": "webring-site", "rest": "main/README.md"},
}
FORM = "application/x-www-form-urlencoded"


@dataclass(frozen=True)
class IntParam:
    """One integer parameter of one route, with valid values for the route's other fields."""

    site: str
    method: str
    path: str  # OpenAPI form: /f/{name}/{post_id}
    where: str  # path, query or form
    name: str
    form: tuple[tuple[str, str], ...]  # the route's required form fields, filled in

    def __str__(self) -> str:
        return f"{self.site} {self.method} {self.path} {self.where}:{self.name}"

    @property
    def kind(self) -> str:
        if self.name == "page":
            return "page"
        return "id" if self.name == "id" or self.name.endswith(("_id", "iid")) else "other"

    def url_path(self, value: str) -> str:
        values = {**PATH_SAMPLES[self.site], self.name: value}
        return self.path.format_map({k: values.get(k, "1") for k in _placeholders(self.path)})

    def request(self, value: str) -> tuple[str, dict, dict]:
        """The path, query and form of a request giving ``value`` to this parameter."""
        query = {self.name: value} if self.where == "query" else {}
        form = dict(self.form) | ({self.name: value} if self.where == "form" else {})
        return self.url_path(value), query, form


def _placeholders(path: str) -> list[str]:
    return [part[1:-1] for part in path.split("/") if part.startswith("{")]


def _is_integer(schema: dict) -> bool:
    return schema.get("type") == "integer" or any(
        option.get("type") == "integer" for option in schema.get("anyOf", []))


def _sample(schema: dict) -> str | None:
    """A valid-looking value for a required form field (None for lists and booleans)."""
    kinds = {schema.get("type")} | {option.get("type") for option in schema.get("anyOf", [])}
    if kinds & {"integer", "number"}:
        return "1"
    return "sample" if "string" in kinds else None


def _form_schema(operation: dict, schemas: dict) -> dict:
    content = operation.get("requestBody", {}).get("content", {})
    ref = content.get(FORM, {}).get("schema", {}).get("$ref", "")
    return schemas.get(ref.rpartition("/")[2], {})


def int_params(site: str) -> Iterator[IntParam]:
    """Every integer path, query and form parameter of the site's routes (control API aside)."""
    with mock.patch.dict(os.environ, {"SANDBOX_TOKEN": "collecting-routes"}):
        app: FastAPI = APPS[site].create_app()
    spec = get_openapi(title=site, version="0", routes=app.routes)
    for path, operations in spec["paths"].items():
        if path.startswith("/_control"):
            continue
        for method, operation in operations.items():
            body = _form_schema(operation, spec["components"]["schemas"])
            fields = body.get("properties", {})
            required = tuple((name, _sample(fields[name])) for name in body.get("required", []))
            form = tuple((name, value) for name, value in required if value is not None)
            params = [(p["in"], p["name"], p["schema"]) for p in operation.get("parameters", [])]
            params += [("form", name, schema) for name, schema in fields.items()]
            for where, name, schema in params:
                if _is_integer(schema):
                    yield IntParam(site, method.upper(), path, where, name, form)


INT_PARAMS = [param for site in SITE_NAMES for param in int_params(site)]


def test_every_site_has_id_and_page_parameters_to_check():
    kinds = {(param.site, param.kind, param.where) for param in INT_PARAMS}
    for site in SITE_NAMES:
        assert {(site, "id", "path"), (site, "page", "query")} <= kinds, site
    assert ("forum", "id", "form") in kinds  # parent_id


@pytest.mark.parametrize("value", BAD_INTS.values(), ids=BAD_INTS.keys())
@pytest.mark.parametrize("param", INT_PARAMS, ids=str)
async def test_bad_ints_get_a_4xx_and_are_logged(sites, tenant_factory, param, value):
    tenant = await tenant_factory(param.site)
    path, query, form = param.request(value)
    async with await SiteHelper(param.site).client(sites, tenant, ADMINS[param.site]) as client:
        response = await client.request(param.method, path, params=query, data=form or None)
    expected = {"page": range(400, 401), "id": range(400, 500), "other": range(200, 500)}
    if param.kind == "id" and param.where == "path":
        expected["id"] = range(404, 405)  # an id past 64 bits names nothing, like a missing one
    assert response.status_code in expected[param.kind], response.text[:300]
    async with sites.control(param.site) as control:
        log = await control.requests(tenant)
    assert [(e["method"], e["path"], e["status"]) for e in log] == [
        (param.method, path, response.status_code)]


async def test_a_request_whose_handler_raised_is_logged_as_500(monkeypatch):
    monkeypatch.setenv("SANDBOX_TOKEN", "test-token")
    router = APIRouter()

    @router.post("/boom")
    async def boom():
        raise RuntimeError("a bug in a handler")

    app = create_site("forum", lambda db: None, forum_templates, [router])
    transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
    async with httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1") as client:
        response = await client.post("/boom", data={"note": "kept"})
    assert response.status_code == 500
    log = app.state.store.get("default").requests
    assert [(e["path"], e["status"], e["form"]) for e in log] == [("/boom", 500, {"note": "kept"})]


async def _chunks(total: int) -> AsyncIterator[bytes]:
    while total > 0:
        yield b"x" * min(total, 32 * 1024)
        total -= 32 * 1024


@pytest.mark.parametrize("chunked", [True, False], ids=["chunked", "content-length"])
@pytest.mark.parametrize("site", SITE_NAMES)
async def test_oversized_bodies_get_413_and_are_logged(sites, tenant_factory, site, chunked):
    tenant = await tenant_factory(site)
    size = MAX_BODY_BYTES + 64 * 1024
    body = _chunks(size) if chunked else b"x" * size
    async with await SiteHelper(site).client(sites, tenant) as client:
        response = await client.post("/login", content=body, headers={"Content-Type": FORM})
    assert response.status_code == 413
    assert ("content-length" in response.request.headers) is not chunked
    async with sites.control(site) as control:
        log = await control.requests(tenant)
    assert [(e["path"], e["status"]) for e in log] == [("/login", 413)]


BLANK_TITLES = [  # site, SQL choosing the user (and path values), path, form, table.column
    ("forum", "SELECT 'MarvelsGrantMan136' AS user", "/submit",
     {"forum": "books", "title": " \t "}, "posts.title"),
    ("forum", "SELECT users.username AS user, forums.name AS forum, posts.id AS post FROM posts "
     "JOIN users ON users.id = user_id JOIN forums ON forums.id = forum_id ORDER BY posts.id "
     "LIMIT 1", "/f/{forum}/{post}/edit",
     {"title": "   "}, "posts.title"),
    ("forum", "SELECT 'MarvelsGrantMan136' AS user", "/create_forum",
     {"name": "blank_title", "title": "  "}, "forums.title"),
    ("forum", "SELECT 'MarvelsGrantMan136' AS user", "/messages/new",
     {"to": "jaxson_reads", "subject": "  ", "body": "hi"}, "messages.subject"),
    ("shop", "SELECT 'admin' AS user", "/admin/products",
     {"name": "  ", "sku": "BLANK-1", "price": "1", "stock_qty": "1", "category_id": "1"},
     "products.name"),
    ("shop", "SELECT 'admin' AS user, MIN(id) AS product FROM products WHERE enabled = 1",
     "/product/{product}/reviews", {"nickname": "x", "title": "  ", "body": "x", "rating": "5"},
     "reviews.title"),
    ("repo", "SELECT 'root' AS user", "/a11y-webring/webring-site/-/issues", {"title": "  "},
     "issues.title"),
    ("repo", "SELECT 'root' AS user", "/a11y-webring/webring-site/-/merge_requests",
     {"title": "  ", "source_branch": "blank-title", "target_branch": "main"},
     "merge_requests.title"),
]


@pytest.mark.parametrize(("site", "lookup", "path", "form", "column"), BLANK_TITLES,
                         ids=[f"{case[0]} {case[2]}" for case in BLANK_TITLES])
async def test_blank_titles_are_refused(sites, tenant_factory, site, lookup, path, form, column):
    tenant = await tenant_factory(site)
    helper = SiteHelper(site)
    found = (await helper.query(sites, tenant, lookup))[0]
    async with await helper.client(sites, tenant, found["user"]) as client:
        response = await client.post(path.format_map(found), data=form)
    assert response.status_code == 400, response.text[:300]
    table, name = column.split(".")
    blank = await helper.query(sites, tenant, f"SELECT COUNT(*) AS n FROM {table} "
                                              f"WHERE trim({name}, ' ' || char(9)) = ''")
    assert blank == [{"n": 0}]


LIKE_SEARCHES = [  # site, user, search URL, SQL for a text that the search shows when found
    ("forum", None, "/search?q={}",
     "SELECT title AS text FROM posts WHERE removed = 0 ORDER BY score DESC LIMIT 1"),
    ("shop", None, "/search?q={}",
     "SELECT name AS text FROM products WHERE enabled = 1 ORDER BY id LIMIT 1"),
    ("shop", "admin", "/admin/products?q={}", "SELECT name AS text FROM products ORDER BY id "
     "LIMIT 1"),
    ("shop", "admin", "/admin/customers?q={}", "SELECT email AS text FROM users "
     "WHERE is_admin = 0 ORDER BY id LIMIT 1"),
    ("shop", "admin", "/admin/reviews?q={}", "SELECT title AS text FROM reviews ORDER BY id "
     "LIMIT 1"),
    ("shop", "admin", "/admin/orders?q={}", "SELECT customer_email AS text FROM orders "
     "ORDER BY id LIMIT 1"),
    ("repo", None, "/search?scope=projects&search={}",
     "SELECT description AS text FROM projects WHERE visibility = 'public' ORDER BY id LIMIT 1"),
    ("repo", None, "/search?scope=users&search={}", "SELECT name AS text FROM users "
     "WHERE name LIKE '% %' ORDER BY id LIMIT 1"),
    ("repo", None, "/explore/groups?search={}", "SELECT name AS text FROM groups "
     "WHERE name LIKE '% %' ORDER BY id LIMIT 1"),
    ("repo", None, "/search?scope=issues&search={}", "SELECT title AS text FROM issues "
     "JOIN projects ON projects.id = project_id WHERE visibility = 'public' ORDER BY issues.id "
     "LIMIT 1"),
]


@pytest.mark.parametrize(("site", "user", "url", "lookup"), LIKE_SEARCHES,
                         ids=[f"{case[0]} {case[2]}" for case in LIKE_SEARCHES])
async def test_like_wildcards_in_searches_match_literally(sites, tenant_factory, site, user,
                                                          url, lookup):
    tenant = await tenant_factory(site)
    text = (await SiteHelper(site).query(sites, tenant, lookup))[0]["text"]
    middle = len(text) // 2
    async with await SiteHelper(site).client(sites, tenant, user) as client:
        found = await client.get(url.format(quote(text, safe="")))
        assert str(escape(text)) in found.text
        for wildcard in ("_", "%"):
            term = text[:middle] + wildcard + text[middle + 1:]
            response = await client.get(url.format(quote(term, safe="")))
            assert response.status_code == 200
            assert str(escape(text)) not in response.text, term
