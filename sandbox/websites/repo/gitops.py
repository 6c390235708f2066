"""The repository model: branches hold file snapshots, commits record each change to them."""

from __future__ import annotations

import difflib
import re
import secrets
import sqlite3
from dataclasses import dataclass

from fastapi import HTTPException

from .dbutil import now

BRANCH_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._/-]{0,99}$")
MAX_PATH = 255
MAX_DIFF_LINES = 400


@dataclass(frozen=True)
class Change:
    """One file operation of a commit."""

    path: str
    action: str  # 'create', 'update' or 'delete'
    content: str | None = None


def clean_path(raw: str) -> str:
    """A normalised relative file path; a 400 page for paths a repository cannot hold."""
    parts = [part.strip() for part in raw.replace("\\", "/").split("/")]
    parts = [part for part in parts if part]
    path = "/".join(parts)
    if not path:
        raise HTTPException(400, "Please give the file a name.")
    if any(part in (".", "..") for part in parts):
        raise HTTPException(400, f"'{raw}' is not a valid file path: '.' and '..' are not allowed.")
    if any(ord(char) < 32 for char in path) or len(path) > MAX_PATH:
        raise HTTPException(
            400, f"'{raw[:80]}' is not a valid file path (at most {MAX_PATH} printable characters)."
        )
    return path


def clean_branch_name(raw: str) -> str:
    name = raw.strip()
    if not BRANCH_NAME.match(name) or ".." in name or "//" in name or name.endswith(("/", ".")):
        raise HTTPException(
            400,
            f"'{name[:80]}' is not a valid branch name: use letters, digits, '.', '_', '-' "
            "and '/', up to 100 characters.",
        )
    return name


def branch_names(db: sqlite3.Connection, project_id: int) -> list[str]:
    rows = db.execute("SELECT name FROM branches WHERE project_id = ? ORDER BY name", (project_id,))
    return [row["name"] for row in rows]


def branch_row(db: sqlite3.Connection, project_id: int, name: str) -> sqlite3.Row | None:
    return db.execute(
        "SELECT * FROM branches WHERE project_id = ? AND name = ?", (project_id, name)
    ).fetchone()


def require_branch(db: sqlite3.Connection, project: sqlite3.Row, name: str) -> sqlite3.Row:
    branch = branch_row(db, project["id"], name)
    if branch is None:
        raise HTTPException(404, f"{project['full_path']} has no branch named '{name}'.")
    return branch


def split_ref(db: sqlite3.Connection, project: sqlite3.Row, rest: str) -> tuple[str, str]:
    """``'feature/x/src/a.py'`` -> ``('feature/x', 'src/a.py')``, matching the longest branch."""
    rest = rest.strip("/")
    for name in sorted(branch_names(db, project["id"]), key=len, reverse=True):
        if rest == name:
            return name, ""
        if rest.startswith(name + "/"):
            return name, rest[len(name) + 1 :]
    ref = rest.split("/", 1)[0]
    raise HTTPException(404, f"{project['full_path']} has no branch named '{ref}'.")


def head_commit_id(db: sqlite3.Connection, project_id: int, branch: str) -> int | None:
    """The newest commit a branch contains (its own, or the one it was cut at)."""
    row = db.execute(
        "SELECT MAX(id) AS id FROM commits WHERE project_id = ? AND branch = ?",
        (project_id, branch),
    ).fetchone()
    if row["id"] is not None:
        return row["id"]
    branch_info = branch_row(db, project_id, branch)
    return branch_info["base_commit_id"] if branch_info else None


def create_branch(
    db: sqlite3.Connection, project_id: int, name: str, from_branch: str, created_at: str = ""
) -> None:
    """Cut ``name`` from ``from_branch``: a new branch row and a copy of its files."""
    for other in branch_names(db, project_id):
        if name.startswith(other + "/") or other.startswith(name + "/"):
            raise HTTPException(400, f"A branch cannot be named '{name}' while '{other}' "
                                     "exists (one would be a folder of the other).")
    db.execute(
        "INSERT INTO branches (project_id, name, created_from, base_commit_id, created_at) "
        "VALUES (?, ?, ?, ?, ?)",
        (project_id, name, from_branch, head_commit_id(db, project_id, from_branch),
         created_at or now()),
    )
    db.execute(
        "INSERT INTO files (project_id, branch, path, content, last_commit_id, updated_at) "
        "SELECT project_id, ?, path, content, last_commit_id, updated_at FROM files "
        "WHERE project_id = ? AND branch = ?",
        (name, project_id, from_branch),
    )


def file_row(db: sqlite3.Connection, project_id: int, branch: str, path: str) -> sqlite3.Row | None:
    return db.execute(
        "SELECT * FROM files WHERE project_id = ? AND branch = ? AND path = ?",
        (project_id, branch, path),
    ).fetchone()


def _path_conflict(db: sqlite3.Connection, project_id: int, branch: str, path: str) -> str | None:
    """Why ``path`` cannot be created next to the existing files, or None."""
    if file_row(db, project_id, branch, path):
        return f"A file named '{path}' already exists on branch '{branch}'."
    under = db.execute(
        "SELECT 1 FROM files WHERE project_id = ? AND branch = ? AND substr(path, 1, ?) = ?",
        (project_id, branch, len(path) + 1, path + "/"),
    ).fetchone()
    if under:
        return f"'{path}' is a folder on branch '{branch}'; choose another file name."
    parts = path.split("/")
    for depth in range(1, len(parts)):
        parent = "/".join(parts[:depth])
        if file_row(db, project_id, branch, parent):
            return f"'{parent}' is a file on branch '{branch}', so it cannot hold '{path}'."
    return None


def commit(
    db: sqlite3.Connection,
    project_id: int,
    branch: str,
    author_id: int,
    message: str,
    changes: list[Change],
    *,
    created_at: str = "",
    sha: str = "",
) -> int:
    """Apply ``changes`` to ``branch`` as one commit; 400/404 pages for impossible changes.

    Run it inside a transaction: a refused change raises after earlier ones were written.
    """
    created_at = created_at or now()
    commit_id = db.execute(
        "INSERT INTO commits (sha, project_id, branch, author_id, message, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        (sha or secrets.token_hex(20), project_id, branch, author_id, message, created_at),
    ).lastrowid
    for change in changes:
        existing = file_row(db, project_id, branch, change.path)
        if change.action == "create":
            problem = _path_conflict(db, project_id, branch, change.path)
            if problem:
                raise HTTPException(400, problem)
            db.execute(
                "INSERT INTO files (project_id, branch, path, content, last_commit_id, updated_at)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (project_id, branch, change.path, change.content or "", commit_id, created_at),
            )
        elif existing is None:
            raise HTTPException(404, f"There is no file '{change.path}' on branch '{branch}'.")
        elif change.action == "update":
            db.execute(
                "UPDATE files SET content = ?, last_commit_id = ?, updated_at = ? WHERE id = ?",
                (change.content or "", commit_id, created_at, existing["id"]),
            )
        else:
            db.execute("DELETE FROM files WHERE id = ?", (existing["id"],))
        db.execute(
            "INSERT INTO commit_changes (commit_id, path, action, content, previous_content) "
            "VALUES (?, ?, ?, ?, ?)",
            (commit_id, change.path, change.action,
             None if change.action == "delete" else change.content or "",
             existing["content"] if existing else None),
        )
    db.execute(
        "UPDATE projects SET last_activity_at = ? WHERE id = ?", (created_at, project_id)
    )
    return commit_id


COMMIT_COLUMNS = "commits.*, users.username AS author, users.name AS author_name"


def history(
    db: sqlite3.Connection, project_id: int, branch: str, path: str = ""
) -> list[sqlite3.Row]:
    """Commits reachable from ``branch`` (its own, then its ancestors' up to each cut), newest
    first; only those touching ``path`` when given."""
    clauses, params = [], []
    name, upto, seen = branch, None, set()
    while name and name not in seen:
        seen.add(name)
        clauses.append("(commits.branch = ? AND commits.id <= ?)")
        params += [name, upto if upto is not None else 2**62]
        info = branch_row(db, project_id, name)
        if info is None or info["base_commit_id"] is None:
            break
        upto = info["base_commit_id"] if upto is None else min(upto, info["base_commit_id"])
        name = info["created_from"]
    path_filter = ""
    if path:
        path_filter = (
            " AND EXISTS (SELECT 1 FROM commit_changes cc WHERE cc.commit_id = commits.id "
            "AND (cc.path = ? OR substr(cc.path, 1, ?) = ?))"
        )
        params += [path, len(path) + 1, path + "/"]
    return db.execute(
        f"SELECT {COMMIT_COLUMNS} FROM commits JOIN users ON users.id = commits.author_id "
        f"WHERE commits.project_id = ? AND ({' OR '.join(clauses)}){path_filter} "
        "ORDER BY commits.id DESC",
        (project_id, *params),
    ).fetchall()


def own_commits(
    db: sqlite3.Connection, project_id: int, branch: str, before: int | None = None
) -> list[sqlite3.Row]:
    """Commits made on ``branch`` since it was cut (or last merged), newest first; with
    ``before``, every commit made on it before that commit id instead."""
    if before is None:
        info = branch_row(db, project_id, branch)
        condition, bound = "commits.id > ?", (info["base_commit_id"] or 0) if info else 0
    else:
        condition, bound = "commits.id < ?", before
    return db.execute(
        f"SELECT {COMMIT_COLUMNS} FROM commits JOIN users ON users.id = commits.author_id "
        f"WHERE commits.project_id = ? AND commits.branch = ? AND {condition} "
        "ORDER BY commits.id DESC",
        (project_id, branch, bound),
    ).fetchall()


@dataclass(frozen=True)
class MergePlan:
    """What merging a branch would do: file changes, and paths that conflict."""

    changes: list[Change]
    conflicts: list[str]


def merge_plan(db: sqlite3.Connection, project_id: int, source: str, target: str) -> MergePlan:
    """Replay the source branch's own changes onto the target's current files.

    Per file: the target unchanged since the branch point takes the source's version; both sides
    only appending to the branch-point version get both appendices; anything else conflicts.
    """
    info = branch_row(db, project_id, source)
    base_before: dict[str, str | None] = {}
    final: dict[str, str | None] = {}
    rows = db.execute(
        "SELECT cc.path, cc.content, cc.previous_content FROM commit_changes cc "
        "JOIN commits ON commits.id = cc.commit_id WHERE commits.project_id = ? AND "
        "commits.branch = ? AND commits.id > ? ORDER BY commits.id, cc.id",
        (project_id, source, (info["base_commit_id"] or 0) if info else 0),
    )
    for row in rows:
        base_before.setdefault(row["path"], row["previous_content"])
        final[row["path"]] = row["content"]
    changes, conflicts = [], []
    for path in sorted(final):
        base, theirs = base_before[path], final[path]
        row = file_row(db, project_id, target, path)
        current = row["content"] if row else None
        if theirs == current:
            continue
        if current == base:
            merged = theirs
        elif None not in (base, theirs, current) and theirs.startswith(base) and \
                current.startswith(base):
            merged = current + theirs[len(base):]
        else:
            conflicts.append(path)
            continue
        action = "delete" if merged is None else "update" if row else "create"
        changes.append(Change(path, action, merged))
    return MergePlan(changes, conflicts)


def merge(
    db: sqlite3.Connection, project_id: int, source: str, target: str, author_id: int,
    message: str, created_at: str = "", sha: str = "",
) -> int:
    """Replay ``source`` onto ``target`` as one merge commit and restart ``source`` from it;
    a 400 page when files conflict. Returns the merge commit's id."""
    plan = merge_plan(db, project_id, source, target)
    if plan.conflicts:
        raise HTTPException(400, "Merge blocked: these files changed on both branches in ways "
                                 "that cannot be combined: " + ", ".join(plan.conflicts) + ".")
    commit_id = commit(db, project_id, target, author_id, message, plan.changes,
                       created_at=created_at, sha=sha)
    db.execute("UPDATE branches SET created_from = ?, base_commit_id = ? WHERE project_id = ? "
               "AND name = ?", (target, commit_id, project_id, source))
    return commit_id


def diff_lines(old: str | None, new: str | None) -> list[tuple[str, str]]:
    """A unified diff as (kind, text) pairs; kind is 'add', 'del', 'hunk' or 'ctx'."""
    lines = difflib.unified_diff(
        (old or "").splitlines(), (new or "").splitlines(), lineterm="", n=2
    )
    out = []
    for line in list(lines)[2:]:
        kind = {"+": "add", "-": "del", "@": "hunk"}.get(line[:1], "ctx")
        out.append((kind, line))
        if len(out) >= MAX_DIFF_LINES:
            out.append(("hunk", "... diff truncated ..."))
            break
    return out


def tree_entries(
    db: sqlite3.Connection, project_id: int, branch: str, directory: str
) -> list[dict]:
    """The folders and files directly inside ``directory``, folders first, each with the
    newest commit that touched it."""
    prefix = directory + "/" if directory else ""
    rows = db.execute(
        "SELECT path, last_commit_id FROM files WHERE project_id = ? AND branch = ? "
        "AND substr(path, 1, ?) = ?",
        (project_id, branch, len(prefix), prefix),
    ).fetchall()
    entries: dict[str, dict] = {}
    for row in rows:
        rest = row["path"][len(prefix) :]
        name, _, below = rest.partition("/")
        entry = entries.setdefault(
            name, {"name": name, "path": prefix + name, "kind": "tree" if below else "blob",
                   "commit_id": 0}
        )
        entry["commit_id"] = max(entry["commit_id"], row["last_commit_id"] or 0)
    ids = sorted({entry["commit_id"] for entry in entries.values()})
    commits = {}
    if ids:
        marks = ",".join("?" * len(ids))
        for row in db.execute(f"SELECT * FROM commits WHERE id IN ({marks})", ids):
            commits[row["id"]] = row
    for entry in entries.values():
        entry["commit"] = commits.get(entry["commit_id"])
    return sorted(entries.values(), key=lambda e: (e["kind"] != "tree", e["name"].lower()))
