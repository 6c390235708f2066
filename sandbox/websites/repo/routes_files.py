"""The repository pages: file tree, file view, new/edit/delete file, commits and branches."""

from __future__ import annotations

from urllib.parse import quote

from fastapi import APIRouter, Form, HTTPException, Request
from fastapi.responses import PlainTextResponse

from ..core.params import PAGE
from ..core.responses import see_other
from .access import ProjectAccess, load_project
from .dbutil import lf, transaction
from .gitops import (
    Change,
    branch_row,
    clean_branch_name,
    clean_path,
    commit,
    create_branch,
    diff_lines,
    file_row,
    history,
    own_commits,
    require_branch,
    split_ref,
    tree_entries,
)
from .project_view import project_page
from .queries import pager

router = APIRouter()
PROJECT = "/{namespace}/{project}"
MAX_CONTENT = 200_000


def url(access: ProjectAccess, kind: str, branch: str, path: str = "") -> str:
    """``/ns/proj/-/blob/main/src/app.py`` and friends, with each part URL-quoted."""
    tail = quote(branch) + ("/" + quote(path) if path else "")
    return f"/{access.full_path}/-/{kind}/{tail}"


@router.get(PROJECT + "/-/tree")
async def tree_root(request: Request, namespace: str, project: str, ref: str = "",
                    path: str = ""):
    """The branch switcher's target: redirect to the tree of ``ref``."""
    access = load_project(request, namespace, project)
    branch = require_branch(request.state.tenant.db, access.project,
                            ref or access.project["default_branch"])
    return see_other(url(access, "tree", branch["name"], path.strip("/")))


@router.get(PROJECT + "/-/tree/{rest:path}")
async def tree(request: Request, namespace: str, project: str, rest: str):
    access = load_project(request, namespace, project)
    db = request.state.tenant.db
    branch, directory = split_ref(db, access.project, rest)
    if directory and file_row(db, access.project["id"], branch, directory):
        return see_other(url(access, "blob", branch, directory))
    entries = tree_entries(db, access.project["id"], branch, directory)
    if directory and not entries:
        raise HTTPException(404, f"There is no folder '{directory}' on branch '{branch}'.")
    commits = history(db, access.project["id"], branch, directory)
    return project_page(request, access, "tree.html", branch=branch, directory=directory,
                        entries=entries, last_commit=commits[0] if commits else None,
                        readme=None)


def _file_or_404(db, access: ProjectAccess, rest: str):
    branch, path = split_ref(db, access.project, rest)
    row = file_row(db, access.project["id"], branch, path) if path else None
    if row is None:
        raise HTTPException(404, f"There is no file '{path}' on branch '{branch}' of "
                                 f"{access.full_path}.")
    return branch, row


@router.get(PROJECT + "/-/blob/{rest:path}")
async def blob(request: Request, namespace: str, project: str, rest: str, plain: int = 0):
    access = load_project(request, namespace, project)
    db = request.state.tenant.db
    branch, path = split_ref(db, access.project, rest)
    if path and file_row(db, access.project["id"], branch, path) is None and tree_entries(
        db, access.project["id"], branch, path
    ):
        return see_other(url(access, "tree", branch, path))
    branch, row = _file_or_404(db, access, rest)
    last = db.execute("SELECT commits.*, users.username AS author FROM commits JOIN users "
                      "ON users.id = commits.author_id WHERE commits.id = ?",
                      (row["last_commit_id"],)).fetchone()
    rendered = row["path"].lower().endswith(".md") and not plain
    return project_page(request, access, "blob.html", branch=branch, file=row,
                        lines=row["content"].split("\n"), last_commit=last, rendered=rendered)


@router.get(PROJECT + "/-/raw/{rest:path}")
async def raw(request: Request, namespace: str, project: str, rest: str):
    access = load_project(request, namespace, project)
    _, row = _file_or_404(request.state.tenant.db, access, rest)
    return PlainTextResponse(row["content"])


def _writer(request: Request, namespace: str, project: str) -> ProjectAccess:
    access = load_project(request, namespace, project)
    access.require("Developer", "change files")
    access.require_active()
    return access


@router.get(PROJECT + "/-/new/{rest:path}")
async def new_file_form(request: Request, namespace: str, project: str, rest: str):
    access = _writer(request, namespace, project)
    branch, directory = split_ref(request.state.tenant.db, access.project, rest)
    return project_page(request, access, "file_form.html", mode="new", branch=branch,
                        directory=directory, form={"branch_name": branch, "file_name": "",
                        "content": "", "commit_message": "Add new file"}, error=None)


@router.get(PROJECT + "/-/edit/{rest:path}")
async def edit_file_form(request: Request, namespace: str, project: str, rest: str):
    access = _writer(request, namespace, project)
    branch, row = _file_or_404(request.state.tenant.db, access, rest)
    name = row["path"].rsplit("/", 1)[-1]
    return project_page(request, access, "file_form.html", mode="edit", branch=branch,
                        file=row, form={"branch_name": branch, "content": row["content"],
                        "commit_message": f"Update {name}"}, error=None)


@router.get(PROJECT + "/-/delete/{rest:path}")
async def delete_file_form(request: Request, namespace: str, project: str, rest: str):
    access = _writer(request, namespace, project)
    branch, row = _file_or_404(request.state.tenant.db, access, rest)
    name = row["path"].rsplit("/", 1)[-1]
    return project_page(request, access, "file_delete.html", branch=branch, file=row,
                        form={"branch_name": branch, "commit_message": f"Delete {name}"},
                        error=None)


def _commit_to(request: Request, access: ProjectAccess, start_branch: str, branch_name: str,
               message: str, change: Change) -> str:
    """Commit ``change`` to ``branch_name`` (cut from ``start_branch`` when new); the branch."""
    db = request.state.tenant.db
    require_branch(db, access.project, start_branch)
    target = clean_branch_name(branch_name or start_branch)
    if not message.strip():
        raise HTTPException(400, "Please write a commit message.")
    with transaction(db):
        if branch_row(db, access.project["id"], target) is None:
            create_branch(db, access.project["id"], target, start_branch)
        commit(db, access.project["id"], target, access.user["id"], message.strip(), [change])
    return target


@router.post(PROJECT + "/-/create_file")
async def create_file(
    request: Request, namespace: str, project: str,
    start_branch: str = Form(...), file_name: str = Form(..., max_length=1000),
    directory: str = Form(""), content: str = Form("", max_length=MAX_CONTENT),
    commit_message: str = Form(..., max_length=5000), branch_name: str = Form(""),
):
    access = _writer(request, namespace, project)
    form = {"branch_name": branch_name, "file_name": file_name, "content": content,
            "commit_message": commit_message}
    try:
        path = clean_path(f"{directory}/{file_name}")
        branch = _commit_to(request, access, start_branch, branch_name, commit_message,
                            Change(path, "create", lf(content)))
    except HTTPException as exc:
        if exc.status_code != 400:
            raise
        return project_page(request, access, "file_form.html", 400, mode="new",
                            branch=start_branch, directory=directory, form=form,
                            error=exc.detail)
    return see_other(url(access, "blob", branch, path))


@router.post(PROJECT + "/-/update_file")
async def update_file(
    request: Request, namespace: str, project: str,
    start_branch: str = Form(...), file_path: str = Form(...),
    content: str = Form("", max_length=MAX_CONTENT), commit_message: str = Form(...,
                                                                                max_length=5000),
    branch_name: str = Form(""),
):
    access = _writer(request, namespace, project)
    path = clean_path(file_path)
    try:
        branch = _commit_to(request, access, start_branch, branch_name, commit_message,
                            Change(path, "update", lf(content)))
    except HTTPException as exc:
        row = file_row(request.state.tenant.db, access.project["id"], start_branch, path)
        if exc.status_code != 400 or row is None:
            raise
        return project_page(request, access, "file_form.html", 400, mode="edit",
                            branch=start_branch, file=row, error=exc.detail,
                            form={"branch_name": branch_name, "content": content,
                                  "commit_message": commit_message})
    return see_other(url(access, "blob", branch, path))


@router.post(PROJECT + "/-/delete_file")
async def delete_file(
    request: Request, namespace: str, project: str, start_branch: str = Form(...),
    file_path: str = Form(...), commit_message: str = Form(..., max_length=5000),
    branch_name: str = Form(""),
):
    access = _writer(request, namespace, project)
    path = clean_path(file_path)
    branch = _commit_to(request, access, start_branch, branch_name, commit_message,
                        Change(path, "delete"))
    return see_other(url(access, "tree", branch, path.rpartition("/")[0]))


@router.get(PROJECT + "/-/commits")
async def commits_default(request: Request, namespace: str, project: str):
    access = load_project(request, namespace, project)
    return see_other(url(access, "commits", access.project["default_branch"]))


@router.get(PROJECT + "/-/commits/{rest:path}")
async def commits(request: Request, namespace: str, project: str, rest: str, page: int = PAGE):
    access = load_project(request, namespace, project)
    db = request.state.tenant.db
    branch, path = split_ref(db, access.project, rest)
    rows = history(db, access.project["id"], branch, path)
    pages = pager(page, 20, len(rows))
    return project_page(request, access, "commits.html", branch=branch, path=path,
                        commits=rows[pages.offset: pages.offset + pages.per_page], pages=pages)


@router.get(PROJECT + "/-/commit/{sha}")
async def commit_page(request: Request, namespace: str, project: str, sha: str):
    access = load_project(request, namespace, project)
    db = request.state.tenant.db
    row = db.execute(
        "SELECT commits.*, users.username AS author, users.name AS author_name FROM commits "
        "JOIN users ON users.id = commits.author_id WHERE commits.project_id = ? AND "
        "(commits.sha = ? OR (length(?) >= 7 AND substr(commits.sha, 1, length(?)) = ?))",
        (access.project["id"], sha, sha, sha, sha),
    ).fetchone()
    if row is None:
        raise HTTPException(404, f"{access.full_path} has no commit '{sha[:40]}'.")
    changes = [
        {**dict(change), "diff": diff_lines(change["previous_content"], change["content"])}
        for change in db.execute("SELECT * FROM commit_changes WHERE commit_id = ? ORDER BY path",
                                 (row["id"],))
    ]
    return project_page(request, access, "commit.html", commit=row, changes=changes)


@router.get(PROJECT + "/-/branches")
async def branches(request: Request, namespace: str, project: str):
    access = load_project(request, namespace, project)
    db = request.state.tenant.db
    rows = []
    for branch in db.execute("SELECT * FROM branches WHERE project_id = ? ORDER BY "
                             "name != ?, name", (access.project["id"],
                                                 access.project["default_branch"])):
        commits = history(db, access.project["id"], branch["name"])
        rows.append({"name": branch["name"], "head": commits[0] if commits else None,
                     "ahead": len(own_commits(db, access.project["id"], branch["name"])),
                     "created_from": branch["created_from"]})
    return project_page(request, access, "branches.html", branches=rows)


@router.post(PROJECT + "/-/branches")
async def new_branch(request: Request, namespace: str, project: str,
                     branch_name: str = Form(...), ref: str = Form(...)):
    access = _writer(request, namespace, project)
    db = request.state.tenant.db
    name = clean_branch_name(branch_name)
    require_branch(db, access.project, ref)
    if branch_row(db, access.project["id"], name):
        raise HTTPException(400, f"A branch named '{name}' already exists.")
    with transaction(db):
        create_branch(db, access.project["id"], name, ref)
    return see_other(url(access, "tree", name))
