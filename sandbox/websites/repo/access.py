"""Who may see and do what: project visibility and the member roles."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from fastapi import HTTPException, Request

from ..core.auth import current_user
from .schema import ROLES

ROLE_LEVEL = {role: level for level, role in enumerate(ROLES, start=1)}


def visible_clause(user: sqlite3.Row | None, alias: str = "projects") -> tuple[str, tuple]:
    """A WHERE fragment (and its parameters) keeping the projects ``user`` may see."""
    if user is None:
        return f"{alias}.visibility = 'public'", ()
    if user["is_admin"]:
        return "1", ()
    return (
        f"({alias}.visibility IN ('public', 'internal') OR EXISTS (SELECT 1 FROM project_members "
        f"pm WHERE pm.project_id = {alias}.id AND pm.user_id = ?))",
        (user["id"],),
    )


@dataclass(frozen=True)
class ProjectAccess:
    """A project as seen by the current user, with that user's role in it."""

    project: sqlite3.Row
    user: sqlite3.Row | None
    role: str | None

    @property
    def full_path(self) -> str:
        return self.project["full_path"]

    def at_least(self, role: str) -> bool:
        if self.user is None:
            return False
        if self.user["is_admin"]:
            return True
        return self.role is not None and ROLE_LEVEL[self.role] >= ROLE_LEVEL[role]

    def require(self, role: str, action: str) -> sqlite3.Row:
        """The user, if they hold ``role`` or higher; a 401 or 403 page otherwise."""
        if self.user is None:
            raise HTTPException(401, f"You need to log in to {action}.")
        if not self.at_least(role):
            raise HTTPException(
                403, f"You need the {role} role or higher in {self.full_path} to {action}."
            )
        return self.user

    def require_login(self, action: str) -> sqlite3.Row:
        if self.user is None:
            raise HTTPException(401, f"You need to log in to {action}.")
        return self.user

    def require_active(self) -> None:
        """Refuse writes to an archived project."""
        if self.project["archived"]:
            raise HTTPException(
                403, f"{self.full_path} is archived and read-only. Unarchive it in its settings."
            )


def role_of(db: sqlite3.Connection, project_id: int, user: sqlite3.Row | None) -> str | None:
    if user is None:
        return None
    row = db.execute(
        "SELECT role FROM project_members WHERE project_id = ? AND user_id = ?",
        (project_id, user["id"]),
    ).fetchone()
    return row["role"] if row else None


def load_project(request: Request, namespace: str, path: str) -> ProjectAccess:
    """The project at ``namespace/path`` if the current user may see it; a 404 page otherwise."""
    db = request.state.tenant.db
    user = current_user(request)
    full_path = f"{namespace}/{path}"
    project = db.execute("SELECT * FROM projects WHERE full_path = ?", (full_path,)).fetchone()
    if project is not None:
        role = role_of(db, project["id"], user)
        visible = (
            project["visibility"] == "public"
            or (project["visibility"] == "internal" and user is not None)
            or role is not None
            or (user is not None and user["is_admin"])
        )
        if visible:
            return ProjectAccess(project, user, role)
    raise HTTPException(
        404, f"The project '{full_path}' could not be found, or you do not have access to it."
    )
