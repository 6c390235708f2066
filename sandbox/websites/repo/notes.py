"""Comments ("notes") on issues and merge requests: written by users or by the system."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass

from fastapi import HTTPException, Request
from fastapi.responses import RedirectResponse

from ..core.responses import see_other
from .access import load_project
from .dbutil import lf, now, transaction


@dataclass(frozen=True)
class Noteable:
    """Where the notes of one kind of item live and how its pages are addressed."""

    table: str
    notes_table: str
    key: str
    path: str


ISSUES = Noteable("issues", "issue_comments", "issue_id", "issues")
MERGE_REQUESTS = Noteable("merge_requests", "merge_request_comments", "merge_request_id",
                          "merge_requests")


def add_note(db: sqlite3.Connection, kind: Noteable, item_id: int, author_id: int, body: str,
             system: bool = False) -> int:
    """Add a note to an item (touching its ``updated_at``); returns the note's id."""
    stamp = now()
    db.execute(f"UPDATE {kind.table} SET updated_at = ? WHERE id = ?", (stamp, item_id))
    return db.execute(
        f"INSERT INTO {kind.notes_table} ({kind.key}, author_id, body, system, created_at) "
        "VALUES (?, ?, ?, ?, ?)", (item_id, author_id, body, int(system), stamp),
    ).lastrowid


def post_comment(request: Request, namespace: str, project: str, iid: int, note: str,
                 kind: Noteable, find: Callable) -> RedirectResponse:
    """A signed-in user's comment on the item ``iid`` of an active project."""
    access = load_project(request, namespace, project)
    user = access.require_login("comment")
    access.require_active()
    db = request.state.tenant.db
    item = find(db, access.project, iid)
    if not note.strip():
        raise HTTPException(400, "A comment cannot be empty.")
    with transaction(db):
        note_id = add_note(db, kind, item["id"], user["id"], lf(note))
    return see_other(f"/{access.full_path}/-/{kind.path}/{iid}#note_{note_id}")
