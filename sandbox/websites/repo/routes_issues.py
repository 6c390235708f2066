"""Issues: the filtered list, opening one, its page, comments, closing, labels and assignee."""

from __future__ import annotations

from fastapi import APIRouter, Form, HTTPException, Query, Request

from ..core.params import PAGE
from ..core.responses import see_other
from .access import ProjectAccess, load_project
from .dbutil import lf, now, transaction
from .notes import ISSUES, add_note, post_comment
from .project_view import project_page
from .queries import (
    ISSUE_SORTS,
    PER_PAGE_CHOICES,
    ItemFilter,
    assignee_id,
    insert_issue,
    issue_by_iid,
    labels_by_issue,
    list_items,
    project_labels,
    project_members,
)

router = APIRouter()
PROJECT = "/{namespace}/{project}"
ISSUE = PROJECT + "/-/issues/{iid:int}"
TITLE = Form(..., min_length=1, max_length=255)
BODY = Form("", max_length=100_000)


@router.get(PROJECT + "/-/issues")
async def issue_list(
    request: Request, namespace: str, project: str, state: str = "opened", search: str = "",
    label_name: list[str] = Query([]), author_username: str = "", assignee_username: str = "",
    sort: str = "created_desc", page: int = PAGE, per_page: int = 20,
):
    access = load_project(request, namespace, project)
    db = request.state.tenant.db
    state = state if state in ("opened", "closed", "all") else "opened"
    filters = ItemFilter(state=state, search=search, labels=tuple(x for x in label_name if x),
                         author=author_username, assignee=assignee_username)
    issues, pages, counts = list_items(db, "issues", "issues.project_id = ?",
                                       (access.project["id"],), filters, sort, page, per_page)
    return project_page(request, access, "issues.html", issues=issues, pages=pages,
                        counts=counts, filters=filters, sort=sort, sorts=ISSUE_SORTS,
                        per_page_choices=PER_PAGE_CHOICES,
                        labels=project_labels(db, access.project["id"]))


def _label_ids(db, access: ProjectAccess, names: list[str]) -> list[int]:
    ids = []
    for name in dict.fromkeys(n for n in names if n):
        row = db.execute("SELECT id FROM labels WHERE project_id = ? AND name = ?",
                         (access.project["id"], name)).fetchone()
        if row is None:
            raise HTTPException(400, f"{access.full_path} has no label named '{name}'. "
                                     "Create it on the Labels page first.")
        ids.append(row["id"])
    return ids


def _issue_form(request: Request, access: ProjectAccess, status: int = 200, **context):
    db = request.state.tenant.db
    return project_page(request, access, "issue_new.html", status,
                        labels=project_labels(db, access.project["id"]),
                        members=project_members(db, access.project["id"]), **context)


@router.get(PROJECT + "/-/issues/new")
async def new_issue_form(request: Request, namespace: str, project: str):
    access = load_project(request, namespace, project)
    access.require_login("open issues")
    access.require_active()
    return _issue_form(request, access, form={"title": "", "description": "", "labels": [],
                                              "assignee": ""}, error=None)


@router.post(PROJECT + "/-/issues")
async def create_issue(request: Request, namespace: str, project: str, title: str = TITLE,
                       description: str = BODY, labels: list[str] = Form([]),
                       assignee_username: str = Form("")):
    access = load_project(request, namespace, project)
    user = access.require_login("open issues")
    access.require_active()
    db = request.state.tenant.db
    try:
        if not title.strip():
            raise HTTPException(400, "Please give the issue a title.")
        if (labels or assignee_username) and not access.at_least("Reporter"):
            raise HTTPException(400, "Only project members with the Reporter role or higher "
                                     "can set labels or an assignee.")
        label_ids = _label_ids(db, access, labels)
        assignee = assignee_id(db, access, assignee_username)
    except HTTPException as exc:
        return _issue_form(request, access, 400, error=exc.detail, form={
            "title": title, "description": description, "labels": labels,
            "assignee": assignee_username})
    with transaction(db):
        issue_id, iid = insert_issue(db, access.project["id"], title.strip(), lf(description),
                                     user["id"], assignee)
        for label_id in label_ids:
            db.execute("INSERT INTO issue_labels VALUES (?, ?)", (issue_id, label_id))
    return see_other(f"/{access.full_path}/-/issues/{iid}")


@router.get(ISSUE)
async def issue_page(request: Request, namespace: str, project: str, iid: int):
    access = load_project(request, namespace, project)
    db = request.state.tenant.db
    issue = issue_by_iid(db, access.project, iid)
    comments = db.execute(
        "SELECT issue_comments.*, users.username AS author, users.name AS author_name "
        "FROM issue_comments JOIN users ON users.id = issue_comments.author_id "
        "WHERE issue_id = ? ORDER BY issue_comments.created_at, issue_comments.id",
        (issue["id"],),
    ).fetchall()
    return project_page(
        request, access, "issue.html", issue=issue, comments=comments,
        issue_labels=labels_by_issue(db, [issue["id"]])[issue["id"]],
        labels=project_labels(db, access.project["id"]),
        members=project_members(db, access.project["id"]),
        can_triage=access.at_least("Reporter"),
        can_close=access.at_least("Reporter") or (
            access.user is not None and access.user["id"] == issue["author_id"]),
    )


@router.post(ISSUE + "/notes")
async def add_comment(request: Request, namespace: str, project: str, iid: int,
                      note: str = Form(..., min_length=1, max_length=100_000)):
    return post_comment(request, namespace, project, iid, note, ISSUES, issue_by_iid)


@router.post(ISSUE + "/close")
@router.post(ISSUE + "/reopen")
async def close_or_reopen(request: Request, namespace: str, project: str, iid: int):
    access = load_project(request, namespace, project)
    user = access.require_login("close or reopen issues")
    access.require_active()
    db = request.state.tenant.db
    issue = issue_by_iid(db, access.project, iid)
    if not (access.at_least("Reporter") or user["id"] == issue["author_id"]):
        raise HTTPException(403, "Only the author or members with the Reporter role or higher "
                                 "can close or reopen this issue.")
    closing = request.url.path.endswith("/close")
    if (issue["state"] == "closed") != closing:
        with transaction(db):
            db.execute("UPDATE issues SET state = ?, closed_at = ? WHERE id = ?",
                       ("closed" if closing else "opened", now() if closing else None,
                        issue["id"]))
            add_note(db, ISSUES, issue["id"], user["id"], "closed" if closing else "reopened", True)
    return see_other(f"/{access.full_path}/-/issues/{iid}")


def _triager(request: Request, namespace: str, project: str, iid: int):
    access = load_project(request, namespace, project)
    user = access.require("Reporter", "change labels or assignees")
    access.require_active()
    issue = issue_by_iid(request.state.tenant.db, access.project, iid)
    return access, user, issue


@router.post(ISSUE + "/labels")
async def set_labels(request: Request, namespace: str, project: str, iid: int,
                     labels: list[str] = Form([])):
    access, user, issue = _triager(request, namespace, project, iid)
    db = request.state.tenant.db
    wanted = _label_ids(db, access, labels)
    current = {row["id"]: row["name"] for row in labels_by_issue(db, [issue["id"]])[issue["id"]]}
    added = [n for n in dict.fromkeys(labels) if n and n not in current.values()]
    removed = [name for label_id, name in current.items() if label_id not in wanted]
    with transaction(db):
        db.execute("DELETE FROM issue_labels WHERE issue_id = ?", (issue["id"],))
        for label_id in wanted:
            db.execute("INSERT INTO issue_labels VALUES (?, ?)", (issue["id"], label_id))
        if added or removed:
            parts = ([f"added {' '.join('~' + n for n in added)}"] if added else []) + (
                [f"removed {' '.join('~' + n for n in removed)}"] if removed else [])
            add_note(db, ISSUES, issue["id"], user["id"], " and ".join(parts) + " label(s)", True)
    return see_other(f"/{access.full_path}/-/issues/{iid}")


@router.post(ISSUE + "/assignee")
async def set_assignee(request: Request, namespace: str, project: str, iid: int,
                       assignee_username: str = Form("")):
    access, user, issue = _triager(request, namespace, project, iid)
    db = request.state.tenant.db
    assignee = assignee_id(db, access, assignee_username.strip().lstrip("@"))
    if assignee != issue["assignee_id"]:
        with transaction(db):
            db.execute("UPDATE issues SET assignee_id = ? WHERE id = ?", (assignee, issue["id"]))
            change = (f"assigned to @{assignee_username.strip('@ ')}" if assignee
                      else "removed the assignee")
            add_note(db, ISSUES, issue["id"], user["id"], change, True)
    return see_other(f"/{access.full_path}/-/issues/{iid}")


def _editor(request: Request, namespace: str, project: str, iid: int):
    access = load_project(request, namespace, project)
    user = access.require_login("edit issues")
    access.require_active()
    issue = issue_by_iid(request.state.tenant.db, access.project, iid)
    if not (access.at_least("Reporter") or user["id"] == issue["author_id"]):
        raise HTTPException(403, "Only the author or members with the Reporter role or higher "
                                 "can edit this issue.")
    return access, issue


@router.get(ISSUE + "/edit")
async def edit_issue_form(request: Request, namespace: str, project: str, iid: int):
    access, issue = _editor(request, namespace, project, iid)
    return project_page(request, access, "issue_edit.html", issue=issue)


@router.post(ISSUE + "/edit")
async def edit_issue(request: Request, namespace: str, project: str, iid: int,
                     title: str = TITLE, description: str = BODY):
    access, issue = _editor(request, namespace, project, iid)
    if not title.strip():
        raise HTTPException(400, "Please give the issue a title.")
    request.state.tenant.db.execute(
        "UPDATE issues SET title = ?, description = ?, updated_at = ? WHERE id = ?",
        (title.strip(), lf(description), now(), issue["id"]))
    return see_other(f"/{access.full_path}/-/issues/{iid}")
