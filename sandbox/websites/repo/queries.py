"""Read helpers shared by the pages: lookups that 404, listings with filters and pagination;
and the inserts of new issues and merge requests, shared by the routes and the injection
channels (comments go through ``notes.add_note``, commits through ``gitops.commit``)."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from fastapi import HTTPException

from ..core.params import LIKE, contains, fetch_by_id
from .access import ProjectAccess, visible_clause
from .dbutil import now

PER_PAGE_CHOICES = (20, 50, 100)
PROJECT_SORTS = {
    "latest_activity_desc": ("Last updated", "projects.last_activity_at DESC"),
    "name_asc": ("Name, ascending", "lower(projects.name) ASC"),
    "name_desc": ("Name, descending", "lower(projects.name) DESC"),
    "created_desc": ("Created date, newest", "projects.created_at DESC"),
    "created_asc": ("Created date, oldest", "projects.created_at ASC"),
    "stars_desc": ("Most stars", "n_stars DESC, projects.last_activity_at DESC"),
}
ISSUE_SORTS = {
    "created_desc": ("Created date, newest", "{t}.created_at DESC, {t}.id DESC"),
    "created_asc": ("Created date, oldest", "{t}.created_at ASC, {t}.id ASC"),
    "updated_desc": ("Last updated", "{t}.updated_at DESC, {t}.id DESC"),
    "title_asc": ("Title", "lower({t}.title) ASC"),
}
PROJECT_COLUMNS = (
    "projects.*, (SELECT COUNT(*) FROM project_stars s WHERE s.project_id = projects.id) "
    "AS n_stars, (SELECT COUNT(*) FROM issues i WHERE i.project_id = projects.id AND "
    "i.state = 'opened') AS n_open_issues"
)


@dataclass(frozen=True)
class Pager:
    page: int
    per_page: int
    total: int

    @property
    def pages(self) -> int:
        return max(1, -(-self.total // self.per_page))

    @property
    def offset(self) -> int:
        return (self.page - 1) * self.per_page


def pager(page: int, per_page: int, total: int) -> Pager:
    per_page = per_page if per_page in PER_PAGE_CHOICES else PER_PAGE_CHOICES[0]
    return Pager(max(1, page), per_page, total)


def user_by_name(db: sqlite3.Connection, username: str) -> sqlite3.Row:
    user = db.execute("SELECT * FROM users WHERE username = ?", (username,)).fetchone()
    if user is None:
        raise HTTPException(404, f"There is no user named '{username}'.")
    return user


def group_by_path(db: sqlite3.Connection, path: str) -> sqlite3.Row:
    group = db.execute("SELECT * FROM groups WHERE path = ?", (path,)).fetchone()
    if group is None:
        raise HTTPException(404, f"There is no group named '{path}'.")
    return group


def _by_iid(db: sqlite3.Connection, table: str, project: sqlite3.Row, iid: int, what: str):
    return fetch_by_id(
        db, f"SELECT {table}.*, a.username AS author, a.name AS author_name, "
        f"s.username AS assignee FROM {table} JOIN users a ON a.id = {table}.author_id "
        f"LEFT JOIN users s ON s.id = {table}.assignee_id "
        f"WHERE {table}.iid = ? AND {table}.project_id = ?",
        iid, f"{project['full_path']} has no {what} {iid}.", project["id"],
    )


def issue_by_iid(db: sqlite3.Connection, project: sqlite3.Row, iid: int) -> sqlite3.Row:
    return _by_iid(db, "issues", project, iid, "issue #")


def mr_by_iid(db: sqlite3.Connection, project: sqlite3.Row, iid: int) -> sqlite3.Row:
    return _by_iid(db, "merge_requests", project, iid, "merge request !")


def next_iid(db: sqlite3.Connection, table: str, project_id: int) -> int:
    return db.execute(f"SELECT COALESCE(MAX(iid), 0) + 1 FROM {table} WHERE project_id = ?",
                      (project_id,)).fetchone()[0]


def insert_issue(db: sqlite3.Connection, project_id: int, title: str, description: str,
                 author_id: int, assignee: int | None = None) -> tuple[int, int]:
    """Open an issue (next ``iid`` of the project, touching its activity); returns the issue's
    id and iid."""
    stamp, iid = now(), next_iid(db, "issues", project_id)
    issue_id = db.execute(
        "INSERT INTO issues (project_id, iid, title, description, state, author_id, "
        "assignee_id, created_at, updated_at) VALUES (?, ?, ?, ?, 'opened', ?, ?, ?, ?)",
        (project_id, iid, title, description, author_id, assignee, stamp, stamp),
    ).lastrowid
    db.execute("UPDATE projects SET last_activity_at = ? WHERE id = ?", (stamp, project_id))
    return issue_id, iid


def insert_merge_request(db: sqlite3.Connection, project_id: int, title: str, description: str,
                         source: str, target: str, author_id: int,
                         assignee: int | None = None) -> tuple[int, int]:
    """Open a merge request from the existing branch ``source`` into ``target`` (next ``iid``,
    touching the project's activity); returns its id and iid."""
    stamp, iid = now(), next_iid(db, "merge_requests", project_id)
    mr_id = db.execute(
        "INSERT INTO merge_requests (project_id, iid, title, description, source_branch, "
        "target_branch, state, author_id, assignee_id, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, 'opened', ?, ?, ?, ?)",
        (project_id, iid, title, description, source, target, author_id, assignee, stamp,
         stamp),
    ).lastrowid
    db.execute("UPDATE projects SET last_activity_at = ? WHERE id = ?", (stamp, project_id))
    return mr_id, iid


def list_projects(
    db: sqlite3.Connection, user: sqlite3.Row | None, where: str, params: tuple,
    sort: str = "latest_activity_desc", limit: int = 20, offset: int = 0,
) -> tuple[list[sqlite3.Row], int]:
    """Projects visible to ``user`` matching ``where``, one page of them and the total."""
    visible, visible_params = visible_clause(user)
    condition = f"{visible} AND {where}"
    order = PROJECT_SORTS.get(sort, PROJECT_SORTS["latest_activity_desc"])[1]
    total = db.execute(
        f"SELECT COUNT(*) FROM projects WHERE {condition}", (*visible_params, *params)
    ).fetchone()[0]
    rows = db.execute(
        f"SELECT {PROJECT_COLUMNS} FROM projects WHERE {condition} ORDER BY {order} "
        "LIMIT ? OFFSET ?",
        (*visible_params, *params, limit, offset),
    ).fetchall()
    return rows, total


def labels_by_issue(db: sqlite3.Connection, issue_ids: list[int]) -> dict[int, list]:
    found: dict[int, list] = {issue_id: [] for issue_id in issue_ids}
    if issue_ids:
        marks = ",".join("?" * len(issue_ids))
        rows = db.execute(
            f"SELECT il.issue_id, labels.* FROM issue_labels il JOIN labels "
            f"ON labels.id = il.label_id WHERE il.issue_id IN ({marks}) ORDER BY labels.name",
            issue_ids,
        )
        for row in rows:
            found[row["issue_id"]].append(row)
    return found


@dataclass
class ItemFilter:
    """Filters shared by the issue and merge request lists."""

    state: str = "opened"
    search: str = ""
    labels: tuple[str, ...] = ()
    author: str = ""
    assignee: str = ""

    def where(self, table: str) -> tuple[list[str], list]:
        """SQL conditions for everything but the state."""
        clauses, params = [], []
        if self.search.strip():
            term = self.search.strip()
            if term.lstrip("#!").isdigit() and len(term) < 12:
                clauses.append(f"{table}.iid = ?")
                params.append(int(term.lstrip("#!")))
            else:
                clauses.append(f"({table}.title {LIKE} OR {table}.description {LIKE})")
                params += [contains(term), contains(term)]
        for label in self.labels:
            clauses.append(
                "EXISTS (SELECT 1 FROM issue_labels il JOIN labels l ON l.id = il.label_id "
                f"WHERE il.issue_id = {table}.id AND l.name = ?)"
            )
            params.append(label)
        for column, username in (("author_id", self.author), ("assignee_id", self.assignee)):
            if username:
                clauses.append(f"{table}.{column} = (SELECT id FROM users WHERE username = ?)")
                params.append(username)
        return clauses, params


def list_items(
    db: sqlite3.Connection, table: str, base: str, base_params: tuple, filters: ItemFilter,
    sort: str, page: int, per_page: int,
) -> tuple[list[dict], Pager, dict[str, int]]:
    """Issues or merge requests matching ``base`` and the filters: one page, the pager and the
    count per state."""
    clauses, params = filters.where(table)
    where = " AND ".join([base, *clauses])
    counts = {"all": 0}
    for row in db.execute(
        f"SELECT {table}.state, COUNT(*) FROM {table} JOIN projects ON projects.id = "
        f"{table}.project_id WHERE {where} GROUP BY {table}.state",
        (*base_params, *params),
    ):
        counts[row[0]] = row[1]
        counts["all"] += row[1]
    state_clause = "1" if filters.state == "all" else f"{table}.state = ?"
    state_params = () if filters.state == "all" else (filters.state,)
    pages = pager(page, per_page, counts.get(filters.state, 0))
    order = ISSUE_SORTS.get(sort, ISSUE_SORTS["created_desc"])[1].format(t=table)
    comments = "issue_comments" if table == "issues" else "merge_request_comments"
    owner = "issue_id" if table == "issues" else "merge_request_id"
    rows = db.execute(
        f"SELECT {table}.*, projects.full_path, a.username AS author, s.username AS assignee, "
        f"(SELECT COUNT(*) FROM {comments} c WHERE c.{owner} = {table}.id AND c.system = 0) "
        f"AS n_comments FROM {table} JOIN projects ON projects.id = {table}.project_id "
        f"JOIN users a ON a.id = {table}.author_id LEFT JOIN users s ON s.id = "
        f"{table}.assignee_id WHERE {where} AND {state_clause} ORDER BY {order} "
        "LIMIT ? OFFSET ?",
        (*base_params, *params, *state_params, pages.per_page, pages.offset),
    ).fetchall()
    items = [dict(row) for row in rows]
    if table == "issues":
        labels = labels_by_issue(db, [item["id"] for item in items])
        for item in items:
            item["labels"] = labels[item["id"]]
    return items, pages, counts


def project_members(db: sqlite3.Connection, project_id: int) -> list[sqlite3.Row]:
    return db.execute(
        "SELECT project_members.*, users.username, users.name FROM project_members "
        "JOIN users ON users.id = project_members.user_id WHERE project_id = ? "
        "ORDER BY CASE role WHEN 'Owner' THEN 0 WHEN 'Maintainer' THEN 1 WHEN 'Developer' "
        "THEN 2 WHEN 'Reporter' THEN 3 ELSE 4 END, users.username",
        (project_id,),
    ).fetchall()


def project_labels(db: sqlite3.Connection, project_id: int) -> list[sqlite3.Row]:
    return db.execute(
        "SELECT labels.*, (SELECT COUNT(*) FROM issue_labels il JOIN issues i "
        "ON i.id = il.issue_id WHERE il.label_id = labels.id AND i.state = 'opened') AS n_open "
        "FROM labels WHERE project_id = ? ORDER BY lower(name)",
        (project_id,),
    ).fetchall()


def assignee_id(db: sqlite3.Connection, access: ProjectAccess, username: str) -> int | None:
    """The id of a project member to assign, None for "unassigned"; 400 for anyone else."""
    if not username:
        return None
    row = db.execute(
        "SELECT users.id FROM project_members pm JOIN users ON users.id = pm.user_id "
        "WHERE pm.project_id = ? AND users.username = ?", (access.project["id"], username),
    ).fetchone()
    if row is None:
        raise HTTPException(400, f"Only members of {access.full_path} can be assigned; "
                                 f"'{username}' is not one.")
    return row["id"]
