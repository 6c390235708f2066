"""Projects themselves: creating one, its overview, stars, settings, members and labels."""

from __future__ import annotations

import re

from fastapi import APIRouter, Form, HTTPException, Request

from ..core.auth import require_user
from ..core.params import check_id
from ..core.responses import see_other
from .access import load_project
from .dbutil import lf, now, transaction
from .gitops import Change, commit, file_row, history, tree_entries
from .pages import templates
from .project_view import project_page
from .queries import project_labels, project_members, user_by_name
from .routes_auth import RESERVED_NAMES
from .schema import ROLES, VISIBILITIES

router = APIRouter()
PROJECT = "/{namespace}/{project}"
PROJECT_PATH = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$")
COLOR = re.compile(r"^#[0-9a-fA-F]{6}$")
LABEL_COLORS = ["#d9534f", "#428bca", "#5cb85c", "#8e44ad", "#69d100", "#ed9121", "#cc0033",
                "#a8d695", "#7f8c8d", "#0033cc", "#009966", "#f0ad4e"]


def _namespaces(db, user) -> list[str]:
    """Where ``user`` may create projects: their own namespace and groups they maintain."""
    if user["is_admin"]:
        rows = db.execute("SELECT path FROM groups ORDER BY path")
    else:
        rows = db.execute(
            "SELECT groups.path FROM group_members gm JOIN groups ON groups.id = gm.group_id "
            "WHERE gm.user_id = ? AND gm.role IN ('Maintainer', 'Owner') ORDER BY groups.path",
            (user["id"],),
        )
    return [user["username"], *(row["path"] for row in rows)]


@router.get("/projects/new")
async def new_project_form(request: Request, namespace: str = ""):
    user = require_user(request)
    return templates.page(request, "project_new.html", namespaces=_namespaces(
        request.state.tenant.db, user), form={"namespace": namespace, "visibility": "private",
                                              "readme": True}, error=None)


@router.post("/projects/new")
@router.post("/projects")
async def create_project(
    request: Request,
    name: str = Form(..., min_length=1, max_length=100),
    namespace: str = Form(...),
    path: str = Form("", max_length=100),
    description: str = Form("", max_length=2000),
    visibility: str = Form("private"),
    initialize_with_readme: str = Form(""),
):
    user = require_user(request)
    db = request.state.tenant.db
    name = name.strip()
    path = path.strip() or re.sub(r"[^A-Za-z0-9._-]+", "-", name).strip("-._").lower()
    namespaces = _namespaces(db, user)
    form = {"name": name, "path": path, "namespace": namespace, "description": description,
            "visibility": visibility, "readme": bool(initialize_with_readme)}
    error = None
    if namespace not in namespaces:
        error = f"You cannot create projects in '{namespace}'. Choose one of: " + ", ".join(
            namespaces) + "."
    elif not PROJECT_PATH.match(path) or path.endswith(".git") or path in RESERVED_NAMES:
        error = (f"'{path}' is not a valid project path: use letters, digits, '.', '_' and '-', "
                 "starting with a letter or digit.")
    elif visibility not in VISIBILITIES:
        error = "Visibility must be public, internal or private."
    elif db.execute("SELECT 1 FROM projects WHERE lower(full_path) = lower(?)",
                    (f"{namespace}/{path}",)).fetchone():
        error = f"The project '{namespace}/{path}' already exists. Choose another name or path."
    if error:
        return templates.page(request, "project_new.html", 400, namespaces=namespaces,
                              form=form, error=error)
    group = db.execute("SELECT id FROM groups WHERE path = ?", (namespace,)).fetchone()
    stamp = now()
    with transaction(db):
        project_id = db.execute(
            "INSERT INTO projects (namespace, path, full_path, name, description, visibility, "
            "owner_id, group_id, creator_id, created_at, last_activity_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (namespace, path, f"{namespace}/{path}", name, lf(description), visibility,
             None if group else user["id"], group["id"] if group else None, user["id"], stamp,
             stamp),
        ).lastrowid
        db.execute("INSERT INTO project_members VALUES (?, ?, 'Owner', ?)",
                   (project_id, user["id"], stamp))
        db.execute("INSERT INTO branches (project_id, name, created_at) VALUES (?, 'main', ?)",
                   (project_id, stamp))
        if initialize_with_readme:
            readme = f"# {name}\n\n{description or 'A new project.'}\n"
            commit(db, project_id, "main", user["id"], "Initial commit",
                   [Change("README.md", "create", readme)])
    return see_other(f"/{namespace}/{path}")


@router.get(PROJECT)
async def project_home(request: Request, namespace: str, project: str):
    access = load_project(request, namespace, project)
    db, info = request.state.tenant.db, access.project
    branch = info["default_branch"]
    commits = history(db, info["id"], branch)
    return project_page(
        request, access, "project_home.html", branch=branch, directory="",
        entries=tree_entries(db, info["id"], branch, ""),
        readme=file_row(db, info["id"], branch, "README.md"),
        last_commit=commits[0] if commits else None, n_commits=len(commits),
        n_branches=db.execute("SELECT COUNT(*) FROM branches WHERE project_id = ?",
                              (info["id"],)).fetchone()[0],
    )


@router.post(PROJECT + "/-/star")
async def toggle_star(request: Request, namespace: str, project: str):
    access = load_project(request, namespace, project)
    user = access.require_login("star projects")
    db, project_id = request.state.tenant.db, access.project["id"]
    removed = db.execute("DELETE FROM project_stars WHERE user_id = ? AND project_id = ?",
                         (user["id"], project_id)).rowcount
    if not removed:
        db.execute("INSERT INTO project_stars VALUES (?, ?)", (user["id"], project_id))
    return see_other(f"/{access.full_path}")


# --- Settings ---------------------------------------------------------------------------------


@router.get(PROJECT + "/-/edit")
async def settings_form(request: Request, namespace: str, project: str):
    access = load_project(request, namespace, project)
    access.require("Maintainer", "change this project's settings")
    return project_page(request, access, "settings.html", error=None)


@router.post(PROJECT + "/-/edit")
async def update_settings(request: Request, namespace: str, project: str,
                          name: str = Form(..., min_length=1, max_length=100),
                          description: str = Form("", max_length=2000),
                          visibility: str = Form(...)):
    access = load_project(request, namespace, project)
    access.require("Maintainer", "change this project's settings")
    if visibility not in VISIBILITIES:
        return project_page(request, access, "settings.html", 400,
                            error="Visibility must be public, internal or private.")
    request.state.tenant.db.execute(
        "UPDATE projects SET name = ?, description = ?, visibility = ?, last_activity_at = ? "
        "WHERE id = ?", (name.strip(), lf(description), visibility, now(),
                          access.project["id"]))
    return see_other(f"/{access.full_path}/-/edit")


@router.post(PROJECT + "/-/archive")
@router.post(PROJECT + "/-/unarchive")
async def set_archived(request: Request, namespace: str, project: str):
    access = load_project(request, namespace, project)
    archive = request.url.path.endswith("/archive")
    access.require("Maintainer", "archive or unarchive this project")
    request.state.tenant.db.execute("UPDATE projects SET archived = ? WHERE id = ?",
                                    (int(archive), access.project["id"]))
    return see_other(f"/{access.full_path}")


@router.post(PROJECT + "/-/delete")
async def delete_project(request: Request, namespace: str, project: str,
                         confirm_path: str = Form("")):
    access = load_project(request, namespace, project)
    access.require("Owner", "delete this project")
    if confirm_path.strip() != access.full_path:
        return project_page(
            request, access, "settings.html", 400,
            error=f"To delete the project, type its path '{access.full_path}' exactly.")
    db = request.state.tenant.db
    with transaction(db):
        db.execute("DELETE FROM projects WHERE id = ?", (access.project["id"],))
    return see_other("/")


# --- Members ----------------------------------------------------------------------------------


def _check_role(role: str) -> str:
    if role not in ROLES:
        raise HTTPException(400, f"Unknown role '{role}'. Choose one of: {', '.join(ROLES)}.")
    return role


def _may_manage(access, current_role: str | None, new_role: str | None) -> None:
    """Maintainers manage members below Owner; only Owners grant or change Owner."""
    access.require("Maintainer", "manage members")
    touches_owner = "Owner" in (current_role, new_role)
    if touches_owner and not access.at_least("Owner"):
        raise HTTPException(403, "Only an Owner can add, change or remove an Owner.")


def _owner_count(db, project_id: int) -> int:
    return db.execute("SELECT COUNT(*) FROM project_members WHERE project_id = ? AND "
                      "role = 'Owner'", (project_id,)).fetchone()[0]


@router.get(PROJECT + "/-/project_members")
async def members_page(request: Request, namespace: str, project: str):
    access = load_project(request, namespace, project)
    return project_page(request, access, "members.html", roles=ROLES,
                        members=project_members(request.state.tenant.db, access.project["id"]))


@router.post(PROJECT + "/-/project_members")
async def add_member(request: Request, namespace: str, project: str,
                     username: str = Form(..., min_length=1, max_length=100),
                     role: str = Form(...)):
    access = load_project(request, namespace, project)
    _may_manage(access, None, _check_role(role))
    db = request.state.tenant.db
    person = user_by_name(db, username.strip().lstrip("@"))
    existing = db.execute("SELECT role FROM project_members WHERE project_id = ? AND user_id = ?",
                          (access.project["id"], person["id"])).fetchone()
    if existing:
        raise HTTPException(400, f"{person['username']} is already a member of "
                                 f"{access.full_path} ({existing['role']}). Change their role "
                                 "in the members list instead.")
    db.execute("INSERT INTO project_members VALUES (?, ?, ?, ?)",
               (access.project["id"], person["id"], role, now()))
    return see_other(f"/{access.full_path}/-/project_members")


def _membership(db, access, username: str):
    person = user_by_name(db, username)
    row = db.execute("SELECT role FROM project_members WHERE project_id = ? AND user_id = ?",
                     (access.project["id"], person["id"])).fetchone()
    if row is None:
        raise HTTPException(404, f"{username} is not a member of {access.full_path}.")
    return person, row["role"]


@router.post(PROJECT + "/-/project_members/{username}/role")
async def change_role(request: Request, namespace: str, project: str, username: str,
                      role: str = Form(...)):
    access = load_project(request, namespace, project)
    db = request.state.tenant.db
    person, current = _membership(db, access, username)
    _may_manage(access, current, _check_role(role))
    if current == "Owner" and role != "Owner" and _owner_count(db, access.project["id"]) == 1:
        raise HTTPException(400, "A project needs at least one Owner; add another Owner first.")
    db.execute("UPDATE project_members SET role = ? WHERE project_id = ? AND user_id = ?",
               (role, access.project["id"], person["id"]))
    return see_other(f"/{access.full_path}/-/project_members")


@router.post(PROJECT + "/-/project_members/{username}/remove")
async def remove_member(request: Request, namespace: str, project: str, username: str):
    access = load_project(request, namespace, project)
    db = request.state.tenant.db
    person, current = _membership(db, access, username)
    _may_manage(access, current, None)
    if current == "Owner" and _owner_count(db, access.project["id"]) == 1:
        raise HTTPException(400, "A project needs at least one Owner; add another Owner first.")
    db.execute("DELETE FROM project_members WHERE project_id = ? AND user_id = ?",
               (access.project["id"], person["id"]))
    return see_other(f"/{access.full_path}/-/project_members")


# --- Labels -----------------------------------------------------------------------------------


@router.get(PROJECT + "/-/labels")
async def labels_page(request: Request, namespace: str, project: str):
    access = load_project(request, namespace, project)
    return project_page(request, access, "labels.html", colors=LABEL_COLORS,
                        labels=project_labels(request.state.tenant.db, access.project["id"]))


@router.post(PROJECT + "/-/labels")
async def create_label(request: Request, namespace: str, project: str,
                       name: str = Form(..., min_length=1, max_length=60),
                       color: str = Form("#428bca"),
                       description: str = Form("", max_length=500)):
    access = load_project(request, namespace, project)
    access.require("Reporter", "manage labels")
    access.require_active()
    db = request.state.tenant.db
    if not COLOR.match(color):
        raise HTTPException(400, "The colour must look like #1f75cb.")
    if db.execute("SELECT 1 FROM labels WHERE project_id = ? AND name = ?",
                  (access.project["id"], name.strip())).fetchone():
        raise HTTPException(400, f"{access.full_path} already has a label named '{name}'.")
    db.execute("INSERT INTO labels (project_id, name, color, description) VALUES (?, ?, ?, ?)",
               (access.project["id"], name.strip(), color, description))
    return see_other(f"/{access.full_path}/-/labels")


@router.post(PROJECT + "/-/labels/{label_id:int}/delete")
async def delete_label(request: Request, namespace: str, project: str, label_id: int):
    access = load_project(request, namespace, project)
    access.require("Reporter", "manage labels")
    access.require_active()
    missing = f"{access.full_path} has no label {label_id}."
    deleted = request.state.tenant.db.execute(
        "DELETE FROM labels WHERE id = ? AND project_id = ?",
        (check_id(label_id, missing), access.project["id"]),
    ).rowcount
    if not deleted:
        raise HTTPException(404, missing)
    return see_other(f"/{access.full_path}/-/labels")
