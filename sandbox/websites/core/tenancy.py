"""Tenants: one private in-memory SQLite database per episode, cloned from a seeded template.

A tenant is chosen by the request's host name: ``e17.forum.localhost:8001`` is tenant ``e17`` of
the forum. Any other host (``127.0.0.1:8001``, ``localhost:8001``) is the ``default`` tenant, which
exists from start-up so a person can browse the site. Cloning uses SQLite's online backup API, so a
fresh tenant costs a memory copy of the seeded database (a few milliseconds), never a restart.
"""

from __future__ import annotations

import re
import secrets
import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

TENANT_NAME = re.compile(r"^[a-z0-9][a-z0-9-]{0,39}$")
DEFAULT_TENANT = "default"
MAX_LOGGED_REQUESTS = 5000


class TenantError(ValueError):
    """A bad or unknown tenant name."""


@dataclass
class Tenant:
    """One episode's private copy of a site's state."""

    name: str
    db: sqlite3.Connection
    requests: list[dict[str, Any]] = field(default_factory=list)
    created_at: float = field(default_factory=time.time)

    def log_request(self, entry: dict[str, Any]) -> None:
        if len(self.requests) < MAX_LOGGED_REQUESTS:
            self.requests.append(entry)


def connect_memory() -> sqlite3.Connection:
    """An in-memory connection with rows addressable by column name."""
    conn = sqlite3.connect(":memory:", check_same_thread=False, isolation_level=None)
    conn.row_factory = sqlite3.Row
    conn.execute("PRAGMA foreign_keys = ON")
    return conn


class TenantStore:
    """Holds the seeded template database and every live tenant cloned from it."""

    def __init__(self, build_template: Callable[[sqlite3.Connection], None]) -> None:
        self.template = connect_memory()
        build_template(self.template)
        self.tenants: dict[str, Tenant] = {}
        self.create(DEFAULT_TENANT)

    def _clone(self) -> sqlite3.Connection:
        conn = connect_memory()
        self.template.backup(conn)
        return conn

    @staticmethod
    def check_name(name: str) -> str:
        if not TENANT_NAME.match(name):
            raise TenantError(
                f"bad tenant name {name!r}: use 1-40 lowercase letters, digits or '-', "
                "starting with a letter or digit"
            )
        return name

    def create(self, name: str | None = None) -> Tenant:
        """Create (or replace) a tenant holding a fresh copy of the seed."""
        name = self.check_name(name or "t" + secrets.token_hex(4))
        old = self.tenants.get(name)
        self.tenants[name] = Tenant(name=name, db=self._clone())
        if old is not None:
            old.db.close()
        return self.tenants[name]

    def reset(self, name: str) -> Tenant:
        """Restore a tenant to the seeded state and clear its request log."""
        tenant = self.get(name)
        self.template.backup(tenant.db)
        tenant.requests.clear()
        return tenant

    def delete(self, name: str) -> None:
        tenant = self.get(name)
        if name == DEFAULT_TENANT:
            self.reset(name)
            return
        del self.tenants[name]
        tenant.db.close()

    def get(self, name: str) -> Tenant:
        try:
            return self.tenants[self.check_name(name)]
        except KeyError:
            raise TenantError(f"no tenant named {name!r}") from None


def tenant_from_host(host: str, site: str) -> str:
    """``e17.forum.localhost:8001`` -> ``e17``; any other host -> the default tenant."""
    hostname = host.split(":", 1)[0].lower()
    suffix = f".{site}.localhost"
    if hostname.endswith(suffix):
        return hostname[: -len(suffix)]
    return DEFAULT_TENANT


def run_readonly(db: sqlite3.Connection, sql: str, params: list[Any] | dict[str, Any]) -> dict:
    """Run one read-only statement; anything that would write is refused by SQLite itself."""
    allowed = {sqlite3.SQLITE_SELECT, sqlite3.SQLITE_READ, sqlite3.SQLITE_FUNCTION}
    allowed.add(getattr(sqlite3, "SQLITE_RECURSIVE", 33))

    def authorize(action: int, *_: Any) -> int:
        return sqlite3.SQLITE_OK if action in allowed else sqlite3.SQLITE_DENY

    db.set_authorizer(authorize)
    try:
        cursor = db.execute(sql, params)
        columns = [d[0] for d in cursor.description or []]
        rows = [list(row) for row in cursor.fetchall()]
    finally:
        db.set_authorizer(None)
    return {"columns": columns, "rows": rows}
