"""Site-wide pages: explore, the signed-in dashboard, search, user and group pages."""

from __future__ import annotations

from fastapi import APIRouter, HTTPException, Request

from ..core.auth import current_user, require_user
from ..core.params import LIKE, PAGE, contains
from .access import visible_clause
from .pages import templates
from .queries import (
    PROJECT_SORTS,
    ItemFilter,
    group_by_path,
    list_items,
    list_projects,
    pager,
    user_by_name,
)

router = APIRouter()
namespace_router = APIRouter()  # ``/{name}``: included after every other route
SEARCH_SCOPES = ("projects", "issues", "merge_requests", "users")


def _search_clause(search: str) -> tuple[str, tuple]:
    if not search.strip():
        return "1", ()
    term = contains(search.strip())
    return (f"(projects.name {LIKE} OR projects.full_path {LIKE} OR projects.description {LIKE})",
            (term, term, term))


@router.get("/")
async def home(request: Request, page: int = PAGE):
    if current_user(request) is not None:
        return await dashboard_projects(request, page=page)
    return await explore(request, page=page)


@router.get("/explore")
@router.get("/explore/projects")
async def explore(request: Request, search: str = "", sort: str = "latest_activity_desc",
                  page: int = PAGE):
    where, params = _search_clause(search)
    pages = pager(page, 20, 0)
    rows, total = list_projects(request.state.tenant.db, current_user(request), where, params,
                                sort, pages.per_page, pages.offset)
    return templates.page(request, "explore.html", projects=rows, search=search,
                          sort=sort if sort in PROJECT_SORTS else "latest_activity_desc",
                          sorts=PROJECT_SORTS, pages=pager(page, 20, total), tab="projects")


@router.get("/explore/groups")
async def explore_groups(request: Request, search: str = ""):
    term = contains(search.strip())
    groups = request.state.tenant.db.execute(
        "SELECT groups.*, (SELECT COUNT(*) FROM group_members gm WHERE gm.group_id = groups.id) "
        f"AS n_members FROM groups WHERE name {LIKE} OR path {LIKE} ORDER BY lower(name)",
        (term, term),
    ).fetchall()
    return templates.page(request, "explore_groups.html", groups=groups, search=search,
                          tab="groups")


@router.get("/dashboard/projects")
async def dashboard_projects(request: Request, filter: str = "member", search: str = "",
                             page: int = PAGE):
    user = require_user(request)
    where, params = _search_clause(search)
    if filter == "starred":
        where += " AND EXISTS (SELECT 1 FROM project_stars s WHERE s.project_id = projects.id "
        where += "AND s.user_id = ?)"
    else:
        filter = "member"
        where += " AND EXISTS (SELECT 1 FROM project_members m WHERE m.project_id = projects.id "
        where += "AND m.user_id = ?)"
    pages = pager(page, 20, 0)
    rows, total = list_projects(request.state.tenant.db, user, where, (*params, user["id"]),
                                "latest_activity_desc", pages.per_page, pages.offset)
    return templates.page(request, "dashboard_projects.html", projects=rows, filter=filter,
                          search=search, pages=pager(page, 20, total))


@router.get("/dashboard/issues")
@router.get("/dashboard/merge_requests")
async def dashboard_items(request: Request, state: str = "opened", scope: str = "assigned",
                          search: str = "", page: int = PAGE):
    user = require_user(request)
    table = "issues" if request.url.path.endswith("issues") else "merge_requests"
    visible, visible_params = visible_clause(user)
    column = "author_id" if scope == "created" else "assignee_id"
    state = state if state in ("opened", "closed", "merged", "all") else "opened"
    items, pages, counts = list_items(
        request.state.tenant.db, table, f"{visible} AND {table}.{column} = ?",
        (*visible_params, user["id"]), ItemFilter(state=state, search=search),
        "updated_desc", page, 50,
    )
    return templates.page(request, "dashboard_items.html", table=table, items=items,
                          pages=pages, counts=counts, state=state, search=search,
                          scope="created" if scope == "created" else "assigned")


@router.get("/search")
async def search(request: Request, search: str = "", scope: str = "projects",
                 page: int = PAGE):
    db, user = request.state.tenant.db, current_user(request)
    scope = scope if scope in SEARCH_SCOPES else "projects"
    results, pages = [], pager(page, 20, 0)
    term = search.strip()
    if term and scope == "projects":
        rows, total = list_projects(db, user, *_search_clause(term), "latest_activity_desc",
                                    pages.per_page, pages.offset)
        results, pages = rows, pager(page, 20, total)
    elif term and scope in ("issues", "merge_requests"):
        visible, params = visible_clause(user)
        results, pages, _ = list_items(db, scope, visible, params,
                                       ItemFilter(state="all", search=term), "updated_desc",
                                       page, 20)
    elif term:
        like = contains(term)
        total = db.execute(f"SELECT COUNT(*) FROM users WHERE username {LIKE} OR name {LIKE}",
                           (like, like)).fetchone()[0]
        pages = pager(page, 20, total)
        results = db.execute(
            f"SELECT * FROM users WHERE username {LIKE} OR name {LIKE} ORDER BY username "
            "LIMIT ? OFFSET ?", (like, like, pages.per_page, pages.offset),
        ).fetchall()
    return templates.page(request, "search.html", search=search, search_term=search, scope=scope,
                          results=results, pages=pages, scopes=SEARCH_SCOPES)


@router.get("/users/{username}")
async def user_page(request: Request, username: str):
    db, viewer = request.state.tenant.db, current_user(request)
    person = user_by_name(db, username)
    personal, _ = list_projects(db, viewer, "projects.owner_id = ?", (person["id"],),
                                "latest_activity_desc", 100)
    member_of, _ = list_projects(
        db, viewer, "projects.owner_id IS NOT ? AND EXISTS (SELECT 1 FROM project_members m "
        "WHERE m.project_id = projects.id AND m.user_id = ?)", (person["id"], person["id"]),
        "latest_activity_desc", 100,
    )
    visible, params = visible_clause(viewer)
    issues, _, _ = list_items(db, "issues", f"{visible} AND issues.author_id = ?",
                              (*params, person["id"]), ItemFilter(state="all"), "created_desc",
                              1, 20)
    groups = db.execute(
        "SELECT groups.*, gm.role FROM group_members gm JOIN groups ON groups.id = gm.group_id "
        "WHERE gm.user_id = ? ORDER BY groups.name", (person["id"],),
    ).fetchall()
    return templates.page(request, "user.html", person=person, personal=personal,
                          member_of=member_of, issues=issues, groups=groups)


@router.get("/groups/{path}")
async def group_page(request: Request, path: str):
    db = request.state.tenant.db
    group = group_by_path(db, path)
    projects, _ = list_projects(db, current_user(request), "projects.group_id = ?",
                                (group["id"],), "name_asc", 100)
    members = db.execute(
        "SELECT users.username, users.name, gm.role FROM group_members gm JOIN users "
        "ON users.id = gm.user_id WHERE gm.group_id = ? ORDER BY users.username", (group["id"],),
    ).fetchall()
    return templates.page(request, "group.html", group=group, projects=projects, members=members)


@namespace_router.get("/{name}")
async def namespace_page(request: Request, name: str):
    """``/byteblaze`` or ``/a11y-webring``: a user's or a group's page, like GitLab."""
    db = request.state.tenant.db
    if db.execute("SELECT 1 FROM users WHERE username = ?", (name,)).fetchone():
        return await user_page(request, name)
    if db.execute("SELECT 1 FROM groups WHERE path = ?", (name,)).fetchone():
        return await group_page(request, name)
    raise HTTPException(404, f"There is no user, group or page at '/{name}'.")
