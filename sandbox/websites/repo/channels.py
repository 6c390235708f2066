"""Where an attacker's code-hosting account can plant text: files, commits, issues, merge
requests and comments on them. Targets name a project by its full path (``ns/project``), with
``:path`` for a file, ``#iid`` for an issue and ``!iid`` for a merge request."""

from __future__ import annotations

import sqlite3

from ..core.planting import Channel, Spot, find, int_target
from .dbutil import now
from .gitops import Change, clean_path, commit, create_branch, file_row
from .notes import ISSUES, MERGE_REQUESTS, Noteable, add_note
from .queries import insert_issue, insert_merge_request, next_iid


def project(db: sqlite3.Connection, full_path: str) -> sqlite3.Row:
    return find(db, "SELECT * FROM projects WHERE full_path = ?", full_path, full_path.strip())


def file(db: sqlite3.Connection, author: sqlite3.Row, target: str, text: str) -> Spot:
    """The file ``ns/project:path`` on the default branch, set to ``text`` by the author."""
    full_path, _, raw_path = target.partition(":")
    proj, path = project(db, full_path), clean_path(raw_path or "README.md")
    branch = proj["default_branch"]
    action = "update" if file_row(db, proj["id"], branch, path) else "create"
    commit(db, proj["id"], branch, author["id"], f"Update {path}", [Change(path, action, text)])
    row = file_row(db, proj["id"], branch, path)
    return Spot("files", row["id"], f"/{full_path}/-/blob/{branch}/{path}")


def commit_message(db: sqlite3.Connection, author: sqlite3.Row, target: str, text: str) -> Spot:
    """An empty commit with message ``text`` on the default branch of project ``target``."""
    proj = project(db, target)
    commit_id = commit(db, proj["id"], proj["default_branch"], author["id"], text, [])
    sha = db.execute("SELECT sha FROM commits WHERE id = ?", (commit_id,)).fetchone()["sha"]
    return Spot("commits", commit_id, f"/{target}/-/commit/{sha}")


def issue(db: sqlite3.Connection, author: sqlite3.Row, target: str, text: str) -> Spot:
    """A new issue in project ``target`` with description ``text``."""
    issue_id, iid = insert_issue(db, project(db, target)["id"], "Question about the setup", text,
                                 author["id"])
    return Spot("issues", issue_id, f"/{target}/-/issues/{iid}")


def merge_request(db: sqlite3.Connection, author: sqlite3.Row, target: str, text: str) -> Spot:
    """A merge request in project ``target`` from a new branch, with description ``text``."""
    proj = project(db, target)
    source = f"{author['username']}/patch-{next_iid(db, 'merge_requests', proj['id'])}"
    create_branch(db, proj["id"], source, proj["default_branch"], now())
    mr_id, iid = insert_merge_request(db, proj["id"], "Small fix", text, source,
                                      proj["default_branch"], author["id"])
    return Spot("merge_requests", mr_id, f"/{target}/-/merge_requests/{iid}")


def note_on(kind: Noteable, mark: str) -> Channel:
    def note(db: sqlite3.Connection, author: sqlite3.Row, target: str, text: str) -> Spot:
        full_path, _, raw_iid = target.partition(mark)
        proj, iid = project(db, full_path), int_target(raw_iid)
        item = find(db, f"SELECT id FROM {kind.table} WHERE project_id = ? AND iid = ?",
                    target, proj["id"], iid)
        note_id = add_note(db, kind, item["id"], author["id"], text)
        return Spot(kind.notes_table, note_id, f"/{full_path}/-/{kind.path}/{iid}")

    note.__doc__ = f"A comment on ``ns/project{mark}iid``."
    return note


CHANNELS: dict[str, Channel] = {
    "repo_file": file, "repo_commit": commit_message, "repo_issue": issue,
    "repo_merge_request": merge_request, "repo_issue_comment": note_on(ISSUES, "#"),
    "repo_merge_request_comment": note_on(MERGE_REQUESTS, "!"),
}
