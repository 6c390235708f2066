"""The code-hosting site's tables (what graders query through the control API).

Accounts and namespaces
- ``users(id, username, password_hash, is_admin, name, email, bio, created_at)``
- ``sessions(token, user_id, created_at)``
- ``groups(id, path, name, description, created_at)``: ``path`` is the namespace in URLs
  (``/a11y-webring``). Groups are always visible.
- ``group_members(group_id, user_id, role, created_at)``: group Maintainers and Owners may create
  projects in the group. Group membership gives no access to the group's projects by itself.

Projects
- ``projects(id, namespace, path, full_path, name, description, visibility, archived,
  default_branch, owner_id, group_id, creator_id, created_at, last_activity_at)``:
  ``full_path`` = ``namespace/path`` (e.g. ``'a11y-webring/webring-site'``) and is the project's
  URL. ``namespace`` is a username (personal project, ``owner_id`` set, ``group_id`` NULL) or a
  group path (``group_id`` set, ``owner_id`` NULL). ``visibility`` is 'public', 'internal'
  (logged-in users only) or 'private' (members and admins only); ``archived`` 0/1 (read-only).
  Deleting a project deletes its row and, by cascade, every row below that belongs to it.
- ``project_members(project_id, user_id, role, created_at)``: ``role`` is one of 'Guest',
  'Reporter', 'Developer', 'Maintainer', 'Owner' (in increasing order). Developer+ edits files,
  creates branches and merge requests and merges; Reporter+ manages labels and issue
  labels/assignees; Maintainer+ manages members (only Owners grant, change or remove the Owner
  role; a project keeps at least one Owner), settings and archiving; only an Owner deletes the
  project. Admins (``users.is_admin``) may do everything. Any logged-in user who can see a
  project may open issues and comment on it; an issue's author (or Reporter+) may edit, close
  and reopen it; a merge request's author (or Developer+) may close and reopen it. Archived
  projects refuse every change except their settings.
- ``project_stars(user_id, project_id)``

Repository (one snapshot of files per branch, plus the commits that produced them)
- ``branches(id, project_id, name, created_from, base_commit_id, created_at)``: ``created_from``
  is the branch it was cut from (NULL for the default branch), ``base_commit_id`` that branch's
  head commit at the time; after a merge they point at the target branch and the merge commit.
  Every project has a ``main`` branch (``projects.default_branch``).
- ``files(id, project_id, branch, path, content, last_commit_id, updated_at)``: the current file
  tree of each branch; ``path`` is relative with '/' separators and no leading slash
  (``src/app.py``). "File x.py exists in project Y" = a row with ``path = 'x.py'`` (or ending in
  ``'/x.py'``) and ``branch = projects.default_branch`` (or any branch, if you accept that).
- ``commits(id, sha, project_id, branch, author_id, message, created_at)``: ``branch`` is the
  branch the commit was made on; ``sha`` is 40 hex digits.
- ``commit_changes(id, commit_id, path, action, content, previous_content)``: ``action`` is
  'create', 'update' or 'delete'; ``content`` is the file after the commit (NULL for delete),
  ``previous_content`` before it (NULL for create).

Issues and merge requests
- ``labels(id, project_id, name, color, description)``
- ``issues(id, project_id, iid, title, description, state, author_id, assignee_id, created_at,
  updated_at, closed_at)``: ``iid`` is the per-project number shown as ``#12`` and used in URLs
  (``/ns/proj/-/issues/12``); ``state`` is 'opened' or 'closed'.
- ``issue_labels(issue_id, label_id)``
- ``issue_comments(id, issue_id, author_id, body, system, created_at)``: ``system`` = 1 for
  notes the site writes itself ('closed', 'reopened', 'added ~bug label(s)', 'assigned to @x');
  a user's comment has ``system`` = 0.
- ``merge_requests(id, project_id, iid, title, description, source_branch, target_branch, state,
  author_id, assignee_id, created_at, updated_at, merged_at, merged_by_id, merge_commit_id,
  closed_at)``: ``iid`` is shown as ``!7`` (``/ns/proj/-/merge_requests/7``); ``state`` is
  'opened', 'merged' or 'closed'. Merging replays the source branch's own commits onto the target
  branch as one merge commit (``merge_commit_id``).
- ``merge_request_comments(id, merge_request_id, author_id, body, system, created_at)``:
  system notes are 'merged', 'closed' and 'reopened'.

Timestamps are ISO text ``YYYY-MM-DD HH:MM:SS``: seeded rows lie between 2023-03 and 2025-10,
rows written through the site carry the server's clock. Text typed into forms is stored with LF
line ends (browsers send CRLF).
"""

from ..core.auth import SESSIONS_SCHEMA

ROLES = ("Guest", "Reporter", "Developer", "Maintainer", "Owner")
VISIBILITIES = ("public", "internal", "private")

SCHEMA = (
    """
CREATE TABLE users (
    id INTEGER PRIMARY KEY,
    username TEXT NOT NULL UNIQUE,
    password_hash TEXT NOT NULL,
    is_admin INTEGER NOT NULL DEFAULT 0,
    name TEXT NOT NULL,
    email TEXT NOT NULL,
    bio TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL
);
"""
    + SESSIONS_SCHEMA
    + """
CREATE TABLE groups (
    id INTEGER PRIMARY KEY,
    path TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL
);
CREATE TABLE group_members (
    group_id INTEGER NOT NULL REFERENCES groups(id) ON DELETE CASCADE,
    user_id INTEGER NOT NULL REFERENCES users(id),
    role TEXT NOT NULL CHECK (role IN ('Guest', 'Reporter', 'Developer', 'Maintainer', 'Owner')),
    created_at TEXT NOT NULL,
    PRIMARY KEY (group_id, user_id)
);
CREATE TABLE projects (
    id INTEGER PRIMARY KEY,
    namespace TEXT NOT NULL,
    path TEXT NOT NULL,
    full_path TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    visibility TEXT NOT NULL CHECK (visibility IN ('public', 'internal', 'private')),
    archived INTEGER NOT NULL DEFAULT 0,
    default_branch TEXT NOT NULL DEFAULT 'main',
    owner_id INTEGER REFERENCES users(id),
    group_id INTEGER REFERENCES groups(id),
    creator_id INTEGER NOT NULL REFERENCES users(id),
    created_at TEXT NOT NULL,
    last_activity_at TEXT NOT NULL
);
CREATE TABLE project_members (
    project_id INTEGER NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
    user_id INTEGER NOT NULL REFERENCES users(id),
    role TEXT NOT NULL CHECK (role IN ('Guest', 'Reporter', 'Developer', 'Maintainer', 'Owner')),
    created_at TEXT NOT NULL,
    PRIMARY KEY (project_id, user_id)
);
CREATE TABLE project_stars (
    user_id INTEGER NOT NULL REFERENCES users(id),
    project_id INTEGER NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
    PRIMARY KEY (user_id, project_id)
);
CREATE TABLE branches (
    id INTEGER PRIMARY KEY,
    project_id INTEGER NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    created_from TEXT,
    base_commit_id INTEGER,
    created_at TEXT NOT NULL,
    UNIQUE (project_id, name)
);
CREATE TABLE commits (
    id INTEGER PRIMARY KEY,
    sha TEXT NOT NULL UNIQUE,
    project_id INTEGER NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
    branch TEXT NOT NULL,
    author_id INTEGER NOT NULL REFERENCES users(id),
    message TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX commits_branch ON commits(project_id, branch);
CREATE TABLE commit_changes (
    id INTEGER PRIMARY KEY,
    commit_id INTEGER NOT NULL REFERENCES commits(id) ON DELETE CASCADE,
    path TEXT NOT NULL,
    action TEXT NOT NULL CHECK (action IN ('create', 'update', 'delete')),
    content TEXT,
    previous_content TEXT
);
CREATE INDEX commit_changes_commit ON commit_changes(commit_id);
CREATE TABLE files (
    id INTEGER PRIMARY KEY,
    project_id INTEGER NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
    branch TEXT NOT NULL,
    path TEXT NOT NULL,
    content TEXT NOT NULL,
    last_commit_id INTEGER REFERENCES commits(id),
    updated_at TEXT NOT NULL,
    UNIQUE (project_id, branch, path)
);
CREATE TABLE labels (
    id INTEGER PRIMARY KEY,
    project_id INTEGER NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    color TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    UNIQUE (project_id, name)
);
CREATE TABLE issues (
    id INTEGER PRIMARY KEY,
    project_id INTEGER NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
    iid INTEGER NOT NULL,
    title TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    state TEXT NOT NULL CHECK (state IN ('opened', 'closed')),
    author_id INTEGER NOT NULL REFERENCES users(id),
    assignee_id INTEGER REFERENCES users(id),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    closed_at TEXT,
    UNIQUE (project_id, iid)
);
CREATE TABLE issue_labels (
    issue_id INTEGER NOT NULL REFERENCES issues(id) ON DELETE CASCADE,
    label_id INTEGER NOT NULL REFERENCES labels(id) ON DELETE CASCADE,
    PRIMARY KEY (issue_id, label_id)
);
CREATE TABLE issue_comments (
    id INTEGER PRIMARY KEY,
    issue_id INTEGER NOT NULL REFERENCES issues(id) ON DELETE CASCADE,
    author_id INTEGER NOT NULL REFERENCES users(id),
    body TEXT NOT NULL,
    system INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL
);
CREATE INDEX issue_comments_issue ON issue_comments(issue_id);
CREATE TABLE merge_requests (
    id INTEGER PRIMARY KEY,
    project_id INTEGER NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
    iid INTEGER NOT NULL,
    title TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    source_branch TEXT NOT NULL,
    target_branch TEXT NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('opened', 'merged', 'closed')),
    author_id INTEGER NOT NULL REFERENCES users(id),
    assignee_id INTEGER REFERENCES users(id),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    merged_at TEXT,
    merged_by_id INTEGER REFERENCES users(id),
    merge_commit_id INTEGER REFERENCES commits(id),
    closed_at TEXT,
    UNIQUE (project_id, iid)
);
CREATE TABLE merge_request_comments (
    id INTEGER PRIMARY KEY,
    merge_request_id INTEGER NOT NULL REFERENCES merge_requests(id) ON DELETE CASCADE,
    author_id INTEGER NOT NULL REFERENCES users(id),
    body TEXT NOT NULL,
    system INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL
);
"""
)
