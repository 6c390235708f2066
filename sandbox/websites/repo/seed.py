"""Deterministic seed: 44 users, 7 groups, 28 projects with real file trees and commit history,
~300 issues with labels and comments, 46 merge requests."""

from __future__ import annotations

import hashlib
import random
import sqlite3
from datetime import datetime, timedelta

from ..core.auth import hash_password
from ..core.seed_extras import add_seed_extras
from . import seed_data as data
from .gitops import Change, commit, create_branch, merge
from .schema import SCHEMA
from .seed_files import ProjectSpec, module_file, project_files, snippet

SEED = 20241105
START = datetime(2023, 3, 1, 9, 0)
END = datetime(2025, 10, 30, 18, 0)
DEVELOPER_ROLES = ("Developer", "Maintainer", "Owner")


def stamp(moment: datetime) -> str:
    return moment.isoformat(sep=" ", timespec="seconds")


def between(rng: random.Random, start: datetime, end: datetime) -> datetime:
    seconds = max(60, int((end - start).total_seconds()))
    return start + timedelta(seconds=rng.randrange(60, seconds + 60))


def build_template(db: sqlite3.Connection) -> None:
    """Create the schema and insert the seed; the same every time."""
    rng = random.Random(SEED)
    db.executescript(SCHEMA)
    db.execute("BEGIN")
    users = _insert_users(db, rng)
    groups = _insert_groups(db, users)
    sites = _site_names(rng)
    for spec in data.PROJECTS:
        Seeder(db, rng, spec, users, groups, sites).run()
    _insert_stars(db, rng, list(users.values()))
    db.execute("COMMIT")
    add_seed_extras(db, "repo")


def _insert_users(db: sqlite3.Connection, rng: random.Random) -> dict[str, int]:
    rows = [(data.ADMIN[0], "Administrator", "Instance administrator.", data.ADMIN[1], 1)]
    rows += [(name, full, bio, data.USER_PASSWORD, 0) for name, full, bio in data.NAMED_USERS]
    taken = {row[0] for row in rows}
    while len(rows) < 1 + len(data.NAMED_USERS) + data.GENERATED_USERS:
        first, last = rng.choice(data.FIRST_NAMES), rng.choice(data.LAST_NAMES)
        username = rng.choice(
            [f"{first}.{last}", f"{first}{last[0]}", f"{first[0]}{last}", f"{first}_{last}"]
        ).lower()
        if username not in taken:
            taken.add(username)
            rows.append((username, f"{first} {last}", "", data.USER_PASSWORD, 0))
    hashes = {password: hash_password(password) for *_, password, _ in rows}
    ids = {}
    for username, name, bio, password, is_admin in rows:
        ids[username] = db.execute(
            "INSERT INTO users (username, password_hash, is_admin, name, email, bio, created_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            (username, hashes[password], is_admin, name, f"{username}@example.com", bio,
             stamp(between(rng, datetime(2022, 1, 1), START))),
        ).lastrowid
    return ids


def _insert_groups(db: sqlite3.Connection, users: dict[str, int]) -> dict[str, int]:
    ids = {}
    for index, (path, name, description, members) in enumerate(data.GROUPS):
        created = stamp(START + timedelta(days=index * 11))
        ids[path] = db.execute(
            "INSERT INTO groups (path, name, description, created_at) VALUES (?, ?, ?, ?)",
            (path, name, description, created),
        ).lastrowid
        for username, role in members.items():
            db.execute("INSERT INTO group_members VALUES (?, ?, ?, ?)",
                       (ids[path], users[username], role, created))
    return ids


def _site_names(rng: random.Random) -> list[str]:
    first, second = data.SITE_NAME_PARTS
    names = [f"{a}{b}.{tld}" for a in first for b in second for tld in data.SITE_TLDS]
    rng.shuffle(names)
    return names


def _insert_stars(db: sqlite3.Connection, rng: random.Random, user_ids: list[int]) -> None:
    for (project_id,) in db.execute(
        "SELECT id FROM projects WHERE visibility != 'private' ORDER BY id"
    ).fetchall():
        for user_id in rng.sample(user_ids, rng.randrange(0, 16)):
            db.execute("INSERT INTO project_stars VALUES (?, ?)", (user_id, project_id))


class Seeder:
    """Seeds one project: members, labels, files and history, merge requests, issues."""

    def __init__(self, db: sqlite3.Connection, rng: random.Random, spec: ProjectSpec,
                 users: dict[str, int], groups: dict[str, int], sites: list[str]) -> None:
        self.db, self.rng, self.spec, self.users, self.sites = db, rng, spec, users, sites
        self.group_id = groups.get(spec.namespace)
        self.created = START + timedelta(days=rng.randrange(0, 540), minutes=rng.randrange(600))
        self.shas = 0
        self.latest = self.created
        self.members: dict[int, str] = {}
        self.project_id = 0

    def run(self) -> None:
        self._insert_project()
        self._insert_members()
        self._insert_labels()
        self._insert_history()
        self._insert_issues()
        self.db.execute("UPDATE projects SET last_activity_at = ? WHERE id = ?",
                        (stamp(self.latest), self.project_id))

    def sha(self) -> str:
        self.shas += 1
        return hashlib.sha1(f"{self.spec.full_path}:{self.shas}".encode()).hexdigest()

    def touch(self, moment: datetime) -> str:
        self.latest = max(self.latest, moment)
        return stamp(moment)

    @property
    def developers(self) -> list[int]:
        return [uid for uid, role in self.members.items() if role in DEVELOPER_ROLES]

    def _insert_project(self) -> None:
        spec = self.spec
        owner_id = None if self.group_id else self.users[spec.namespace]
        self.creator = owner_id or self.users[
            next(u for u, r in data.GROUPS_BY_PATH[spec.namespace].items() if r == "Owner")
        ]
        self.project_id = self.db.execute(
            "INSERT INTO projects (namespace, path, full_path, name, description, visibility, "
            "archived, owner_id, group_id, creator_id, created_at, last_activity_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (spec.namespace, spec.path, spec.full_path, spec.name, spec.description,
             spec.visibility, int(spec.archived), owner_id, self.group_id, self.creator,
             stamp(self.created), stamp(self.created)),
        ).lastrowid

    def _insert_members(self) -> None:
        rng, spec = self.rng, self.spec
        if self.group_id:
            for username, role in data.GROUPS_BY_PATH[spec.namespace].items():
                self.members[self.users[username]] = role
        else:
            self.members[self.users[spec.namespace]] = "Owner"
        others = [uid for name, uid in self.users.items() if name not in data.DOCUMENTED_USERS]
        for uid in rng.sample(others, rng.randrange(2, 5)):
            self.members.setdefault(uid, rng.choice(["Developer", "Developer", "Reporter",
                                                     "Guest"]))
        for username, role in data.PROJECT_MEMBER_OVERRIDES.get(spec.full_path, {}).items():
            if role is None:
                self.members.pop(self.users[username], None)
            else:
                self.members[self.users[username]] = role
        for uid, role in self.members.items():
            self.db.execute("INSERT INTO project_members VALUES (?, ?, ?, ?)",
                            (self.project_id, uid, role, stamp(self.created)))

    def _insert_labels(self) -> None:
        labels = data.LABELS + (data.SITE_LABELS if self.spec.kind == "site" else [])
        self.labels = {}
        for name, color, description in labels:
            self.labels[name] = self.db.execute(
                "INSERT INTO labels (project_id, name, color, description) VALUES (?, ?, ?, ?)",
                (self.project_id, name, color, description),
            ).lastrowid

    def _insert_history(self) -> None:
        """The initial commit, then commits on main and merge requests, in time order."""
        spec, rng, db = self.spec, self.rng, self.db
        db.execute("INSERT INTO branches (project_id, name, created_at) VALUES (?, 'main', ?)",
                   (self.project_id, stamp(self.created)))
        holder = (data.GROUP_NAMES.get(spec.namespace)
                  or db.execute("SELECT name FROM users WHERE id = ?",
                                (self.creator,)).fetchone()[0])
        members = [{"name": site.split(".")[0].capitalize(), "url": f"https://{site}",
                    "owner": name} for site, name in zip(self.sites[:40], self.users, strict=False)]
        self.files = project_files(spec, holder, self.created.year, members)
        commit(db, self.project_id, "main", self.creator, "Initial commit",
               [Change(path, "create", text) for path, text in sorted(self.files.items())],
               created_at=self.touch(self.created), sha=self.sha())
        events = ["main"] * rng.randrange(2, 5) + ["mr"] * spec.mrs
        rng.shuffle(events)
        step = (END - self.created) / (len(events) + 1)
        moment = self.created
        for index, event in enumerate(events):
            moment = self.created + step * (index + 1) - timedelta(minutes=rng.randrange(600))
            if event == "main":
                self._main_commit(moment)
            else:
                self._merge_request(index, moment, step)

    def _main_commit(self, moment: datetime) -> None:
        module = self.rng.choice(self.spec.modules)
        path = module_file(self.spec, module, self.files)
        content = self._current("main", path) + self.rng.choice(
            ["\n", f"\n{'#' if path.endswith(('.py', '.md', '.yml', '.sh')) else '//'} "
                   f"Maintained by the {self.spec.name} team.\n"])
        message = self.rng.choice(data.MAIN_COMMITS).format(module=module)
        commit(self.db, self.project_id, "main", self.rng.choice(self.developers), message,
               [Change(path, "update", content)], created_at=self.touch(moment), sha=self.sha())

    def _current(self, branch: str, path: str) -> str:
        row = self.db.execute(
            "SELECT content FROM files WHERE project_id = ? AND branch = ? AND path = ?",
            (self.project_id, branch, path),
        ).fetchone()
        return row[0] if row else ""

    def _merge_request(self, index: int, moment: datetime, span: timedelta) -> None:
        rng, spec, db = self.rng, self.spec, self.db
        module = rng.choice(spec.modules)
        feature = rng.choice(data.FEATURES.get(spec.kind, data.FEATURES["js"]))
        branch_t, title_t = data.MR_TEMPLATES[(index + rng.randrange(6)) % len(data.MR_TEMPLATES)]
        words = {"module": module, "feature": feature,
                 "feature_slug": "-".join(feature.lower().replace("'", "").split()[-2:])}
        branch, title = branch_t.format(**words), title_t.format(**words)
        if db.execute("SELECT 1 FROM branches WHERE project_id = ? AND name = ?",
                      (self.project_id, branch)).fetchone():
            branch = f"{branch}-{index}"
        author = rng.choice(self.developers)
        create_branch(db, self.project_id, branch, "main", created_at=self.touch(moment))
        path = module_file(spec, module, self.files)
        changes = [Change(path, "update", self._current(branch, path) + snippet(spec, module))]
        commit(db, self.project_id, branch, author, title, changes,
               created_at=self.touch(moment + timedelta(hours=1)), sha=self.sha())
        if rng.random() < 0.5:
            notes = f"docs/notes/{branch.replace('/', '-')}.md"
            commit(db, self.project_id, branch, author, f"Add notes for {module}",
                   [Change(notes, "create", f"# Notes: {title}\n\n- Why: {module} needed it.\n"
                                            "- Tested by hand and with the unit tests.\n")],
                   created_at=self.touch(moment + timedelta(hours=3)), sha=self.sha())
        self._insert_mr(title, branch, author, moment + timedelta(hours=4), span)

    def _insert_mr(self, title: str, branch: str, author: int, opened: datetime,
                   span: timedelta) -> None:
        rng, db = self.rng, self.db
        iid = db.execute("SELECT COUNT(*) + 1 FROM merge_requests WHERE project_id = ?",
                         (self.project_id,)).fetchone()[0]
        roll = rng.random()
        state = "opened" if roll < 0.5 or self.spec.archived else (
            "merged" if roll < 0.85 else "closed")
        finished = opened + span * rng.uniform(0.1, 0.6)
        mr_id = db.execute(
            "INSERT INTO merge_requests (project_id, iid, title, description, source_branch, "
            "target_branch, state, author_id, assignee_id, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, 'main', 'opened', ?, ?, ?, ?)",
            (self.project_id, iid, title,
             f"{title}.\n\nCloses nothing yet; see the discussion below.", branch, author,
             rng.choice(self.developers) if rng.random() < 0.6 else None,
             self.touch(opened), stamp(opened)),
        ).lastrowid
        last = opened
        for _ in range(rng.randrange(0, 4)):
            last = between(rng, opened, finished)
            db.execute("INSERT INTO merge_request_comments (merge_request_id, author_id, body, "
                       "created_at) VALUES (?, ?, ?, ?)",
                       (mr_id, rng.choice(list(self.members)), rng.choice(data.MR_COMMENTS),
                        self.touch(last)))
        if state == "opened":
            db.execute("UPDATE merge_requests SET updated_at = ? WHERE id = ?",
                       (stamp(last), mr_id))
            return
        closer = rng.choice(self.developers)
        when = self.touch(max(finished, last) + timedelta(minutes=5))
        if state == "merged":
            commit_id = merge(db, self.project_id, branch, "main", closer,
                              f"Merge branch '{branch}' into 'main'\n\n{title}\n\nSee merge "
                              f"request {self.spec.full_path}!{iid}", created_at=when,
                              sha=self.sha())
            db.execute("UPDATE merge_requests SET state = 'merged', merged_at = ?, "
                       "merged_by_id = ?, merge_commit_id = ?, updated_at = ? WHERE id = ?",
                       (when, closer, commit_id, when, mr_id))
        else:
            db.execute("UPDATE merge_requests SET state = 'closed', closed_at = ?, "
                       "updated_at = ? WHERE id = ?", (when, when, mr_id))
        db.execute("INSERT INTO merge_request_comments (merge_request_id, author_id, body, "
                   "system, created_at) VALUES (?, ?, ?, 1, ?)", (mr_id, closer, state, when))

    def _issue_titles(self) -> list[tuple[str, list[str], str, str]]:
        """(title, labels, description kind, subject) for every issue, no title twice."""
        rng, spec = self.rng, self.spec
        kind_features = data.FEATURES.get(spec.kind, data.FEATURES["js"])
        generic = [(t.format(module=m, Module=m.capitalize(), feature=f), [label], label, m)
                   for label, t in data.ISSUE_TEMPLATES for m in spec.modules
                   for f in kind_features]
        generic = list(dict((g[0], g) for g in generic).values())
        rng.shuffle(generic)
        if spec.kind != "site":
            return generic[: spec.issues]
        a11y = [(p.format(c=c), ["accessibility", "bug"], "accessibility", c)
                for p in data.SITE_PROBLEMS for c in data.SITE_COMPONENTS]
        rng.shuffle(a11y)
        requests = [(f"Add {site} to the webring", ["member request"], "member request", site)
                    for site in self.sites[40:100]]
        removals = [(f"Remove {site} from the ring (site offline)", ["member request"],
                     "removal", site) for site in self.sites[:10]]
        pool = requests[:55] + removals + a11y[:60] + generic[:15]
        rng.shuffle(pool)
        return pool[: spec.issues]

    def _insert_issues(self) -> None:
        rng, db, spec = self.rng, self.db, self.spec
        anyone = [uid for name, uid in self.users.items() if name != data.ADMIN[0]]
        authors = anyone if spec.visibility != "private" else list(self.members)
        openings = sorted(between(rng, self.created, END - timedelta(days=1))
                          for _ in range(spec.issues))
        for iid, (opened, (title, labels, kind, subject)) in enumerate(
            zip(openings, self._issue_titles(), strict=False), start=1
        ):
            extra = [name for name, chance in (("priority::high", 0.12), ("priority::low", 0.15),
                                               ("good first issue", 0.12), ("help wanted", 0.1))
                     if rng.random() < chance]
            closed = rng.random() < (0.2 if spec.kind == "site" else 0.3) or spec.archived
            author = rng.choice(authors)
            issue_id = db.execute(
                "INSERT INTO issues (project_id, iid, title, description, state, author_id, "
                "assignee_id, created_at, updated_at) VALUES (?, ?, ?, ?, 'opened', ?, ?, ?, ?)",
                (self.project_id, iid, title, self._description(kind, subject, author), author,
                 rng.choice(self.developers) if rng.random() < 0.5 else None,
                 self.touch(opened), stamp(opened)),
            ).lastrowid
            for name in dict.fromkeys(labels + extra):
                db.execute("INSERT INTO issue_labels VALUES (?, ?)", (issue_id, self.labels[name]))
            last = opened
            for _ in range(rng.choice([0, 0, 1, 1, 2, 3, 4])):
                last = between(rng, last, min(END, last + timedelta(days=20)))
                db.execute("INSERT INTO issue_comments (issue_id, author_id, body, created_at) "
                           "VALUES (?, ?, ?, ?)",
                           (issue_id, rng.choice(authors), rng.choice(data.COMMENTS),
                            self.touch(last)))
            if closed:
                last = between(rng, last, min(END, last + timedelta(days=30)))
                db.execute("UPDATE issues SET state = 'closed', closed_at = ? WHERE id = ?",
                           (self.touch(last), issue_id))
                db.execute("INSERT INTO issue_comments (issue_id, author_id, body, system, "
                           "created_at) VALUES (?, ?, 'closed', 1, ?)",
                           (issue_id, rng.choice(self.developers), stamp(last)))
            db.execute("UPDATE issues SET updated_at = ? WHERE id = ?", (stamp(last), issue_id))

    def _description(self, kind: str, subject: str, author: int) -> str:
        rng = self.rng
        owner = self.db.execute("SELECT name FROM users WHERE id = ?", (author,)).fetchone()[0]
        return data.DESCRIPTIONS[kind].format(
            step=rng.choice(data.STEPS), thing=subject,
            wrong=rng.choice(data.WRONG), version=f"{rng.randrange(0, 3)}.{rng.randrange(10)}."
            f"{rng.randrange(10)}", proposal=rng.choice(data.PROPOSALS),
            wrong_doc=rng.choice(["out of date", "hard to follow", "missing"]),
            question_body=rng.choice(["The README only covers the basic case.",
                                      "I tried the obvious thing and it did not work."]),
            tool=rng.choice(data.TOOLS), site=subject, owner=owner,
        )
