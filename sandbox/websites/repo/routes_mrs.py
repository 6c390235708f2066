"""Merge requests: the list, opening one (cutting its branch if new), its page, merge, close."""

from __future__ import annotations

from fastapi import APIRouter, Form, HTTPException, Request

from ..core.params import PAGE
from ..core.responses import see_other
from .access import load_project
from .dbutil import lf, now, transaction
from .gitops import (
    branch_names,
    branch_row,
    clean_branch_name,
    create_branch,
    diff_lines,
    file_row,
    merge,
    merge_plan,
    own_commits,
    require_branch,
)
from .notes import MERGE_REQUESTS, add_note, post_comment
from .project_view import project_page
from .queries import (
    ISSUE_SORTS,
    ItemFilter,
    assignee_id,
    insert_merge_request,
    list_items,
    mr_by_iid,
    project_members,
)

router = APIRouter()
PROJECT = "/{namespace}/{project}"
MR = PROJECT + "/-/merge_requests/{iid:int}"


@router.get(PROJECT + "/-/merge_requests")
async def mr_list(request: Request, namespace: str, project: str, state: str = "opened",
                  search: str = "", author_username: str = "", assignee_username: str = "",
                  sort: str = "created_desc", page: int = PAGE,
                  per_page: int = 20):
    access = load_project(request, namespace, project)
    state = state if state in ("opened", "merged", "closed", "all") else "opened"
    filters = ItemFilter(state=state, search=search, author=author_username,
                         assignee=assignee_username)
    items, pages, counts = list_items(request.state.tenant.db, "merge_requests",
                                      "merge_requests.project_id = ?", (access.project["id"],),
                                      filters, sort, page, per_page)
    return project_page(request, access, "mrs.html", mrs=items, pages=pages, counts=counts,
                        filters=filters, sort=sort, sorts=ISSUE_SORTS)


def _mr_form(request: Request, access, status: int = 200, **context):
    db = request.state.tenant.db
    return project_page(request, access, "mr_new.html", status,
                        branches=branch_names(db, access.project["id"]),
                        members=project_members(db, access.project["id"]), **context)


def _developer(request: Request, namespace: str, project: str):
    access = load_project(request, namespace, project)
    access.require("Developer", "open merge requests")
    access.require_active()
    return access


@router.get(PROJECT + "/-/merge_requests/new")
async def new_mr_form(request: Request, namespace: str, project: str, source_branch: str = ""):
    access = _developer(request, namespace, project)
    return _mr_form(request, access, error=None, form={
        "source_branch": source_branch, "target_branch": access.project["default_branch"],
        "title": "", "description": "", "assignee": ""})


@router.post(PROJECT + "/-/merge_requests")
async def create_mr(request: Request, namespace: str, project: str,
                    source_branch: str = Form(..., max_length=200),
                    target_branch: str = Form(..., max_length=200),
                    title: str = Form(..., min_length=1, max_length=255),
                    description: str = Form("", max_length=100_000),
                    assignee_username: str = Form("")):
    access = _developer(request, namespace, project)
    db, project_id = request.state.tenant.db, access.project["id"]
    form = {"source_branch": source_branch, "target_branch": target_branch, "title": title,
            "description": description, "assignee": assignee_username}
    try:
        source = clean_branch_name(source_branch)
        target = require_branch(db, access.project, target_branch)["name"]
        if source == target:
            raise HTTPException(400, "The source and target branch must be different.")
        if not title.strip():
            raise HTTPException(400, "Please give the merge request a title.")
        open_one = db.execute(
            "SELECT iid FROM merge_requests WHERE project_id = ? AND source_branch = ? AND "
            "target_branch = ? AND state = 'opened'", (project_id, source, target)).fetchone()
        if open_one:
            raise HTTPException(400, f"Merge request !{open_one['iid']} is already open for "
                                     f"'{source}' into '{target}'.")
        assignee = assignee_id(db, access, assignee_username)
    except HTTPException as exc:
        if exc.status_code != 400:
            raise
        return _mr_form(request, access, 400, error=exc.detail, form=form)
    with transaction(db):
        if branch_row(db, project_id, source) is None:
            create_branch(db, project_id, source, target)
        _, iid = insert_merge_request(db, project_id, title.strip(), lf(description), source,
                                      target, access.user["id"], assignee)
    return see_other(f"/{access.full_path}/-/merge_requests/{iid}")


@router.get(MR)
async def mr_page(request: Request, namespace: str, project: str, iid: int):
    access = load_project(request, namespace, project)
    db, project_id = request.state.tenant.db, access.project["id"]
    mr = mr_by_iid(db, access.project, iid)
    comments = db.execute(
        "SELECT c.*, users.username AS author, users.name AS author_name FROM "
        "merge_request_comments c JOIN users ON users.id = c.author_id "
        "WHERE merge_request_id = ? ORDER BY c.created_at, c.id", (mr["id"],),
    ).fetchall()
    sources_exist = all(branch_row(db, project_id, b) for b in (mr["source_branch"],
                                                                 mr["target_branch"]))
    changes, conflicts = [], []
    if sources_exist and mr["state"] == "opened":
        plan = merge_plan(db, project_id, mr["source_branch"], mr["target_branch"])
        conflicts = plan.conflicts
        for change in plan.changes:
            old = file_row(db, project_id, mr["target_branch"], change.path)
            changes.append({"path": change.path, "action": change.action,
                            "diff": diff_lines(old["content"] if old else None, change.content)})
    merged_by = db.execute("SELECT username FROM users WHERE id = ?",
                           (mr["merged_by_id"] or 0,)).fetchone()
    user = access.user
    return project_page(
        request, access, "mr.html", mr=mr, comments=comments, changes=changes,
        conflicts=conflicts, commits=own_commits(db, project_id, mr["source_branch"],
                                                 mr["merge_commit_id"]),
        merged_by=merged_by["username"] if merged_by else None,
        can_merge=access.at_least("Developer") and not access.project["archived"],
        can_close=access.at_least("Developer") or (user is not None and
                                                   user["id"] == mr["author_id"]),
    )


@router.post(MR + "/notes")
async def add_mr_comment(request: Request, namespace: str, project: str, iid: int,
                         note: str = Form(..., min_length=1, max_length=100_000)):
    return post_comment(request, namespace, project, iid, note, MERGE_REQUESTS, mr_by_iid)


@router.post(MR + "/merge")
async def merge_mr(request: Request, namespace: str, project: str, iid: int):
    access = _developer(request, namespace, project)
    db, project_id = request.state.tenant.db, access.project["id"]
    mr = mr_by_iid(db, access.project, iid)
    if mr["state"] != "opened":
        raise HTTPException(400, f"Merge request !{iid} is {mr['state']}; only open merge "
                                 "requests can be merged.")
    source = require_branch(db, access.project, mr["source_branch"])["name"]
    target = require_branch(db, access.project, mr["target_branch"])["name"]
    stamp = now()
    with transaction(db):
        commit_id = merge(db, project_id, source, target, access.user["id"],
                          f"Merge branch '{source}' into '{target}'\n\n{mr['title']}\n\n"
                          f"See merge request {access.full_path}!{iid}", created_at=stamp)
        db.execute("UPDATE merge_requests SET state = 'merged', merged_at = ?, merged_by_id = ?, "
                   "merge_commit_id = ? WHERE id = ?", (stamp, access.user["id"], commit_id,
                                                        mr["id"]))
        add_note(db, MERGE_REQUESTS, mr["id"], access.user["id"], "merged", True)
    return see_other(f"/{access.full_path}/-/merge_requests/{iid}")


@router.post(MR + "/close")
@router.post(MR + "/reopen")
async def close_or_reopen_mr(request: Request, namespace: str, project: str, iid: int):
    access = load_project(request, namespace, project)
    user = access.require_login("close or reopen merge requests")
    access.require_active()
    db = request.state.tenant.db
    mr = mr_by_iid(db, access.project, iid)
    if not (access.at_least("Developer") or user["id"] == mr["author_id"]):
        raise HTTPException(403, "Only the author or members with the Developer role or higher "
                                 "can close or reopen this merge request.")
    closing = request.url.path.endswith("/close")
    if mr["state"] == "merged":
        raise HTTPException(400, f"Merge request !{iid} is already merged.")
    if (mr["state"] == "closed") != closing:
        with transaction(db):
            db.execute("UPDATE merge_requests SET state = ?, closed_at = ? WHERE id = ?",
                       ("closed" if closing else "opened", now() if closing else None,
                        mr["id"]))
            add_note(db, MERGE_REQUESTS, mr["id"], user["id"],
                     "closed" if closing else "reopened", True)
    return see_other(f"/{access.full_path}/-/merge_requests/{iid}")
