"""Tenants: one private in-memory SQLite database per episode, cloned from a seeded template.

A tenant is chosen by the request's host name: ``e17.forum.localhost:8001`` is tenant ``e17`` of
the forum. Any other host (``127.0.0.1:8001``, ``localhost:8001``) is the ``default`` tenant, which
exists from start-up so a person can browse the site. Cloning uses SQLite's online backup API, so a
fresh tenant costs a memory copy of the seeded database (a few milliseconds), never a restart.
"""

from __future__ import annotations

import functools
import re
import secrets
import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

TENANT_NAME = re.compile(r"[a-z0-9][a-z0-9-]{0,39}")  # the whole name: fullmatch
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


def copy_of(db: sqlite3.Connection) -> sqlite3.Connection:
    """A new in-memory database holding what ``db`` holds (SQLite's online backup API)."""
    copy = connect_memory()
    db.backup(copy)
    return copy


class TenantStore:
    """Holds the seeded template database and every live tenant cloned from it."""

    def __init__(self, build_template: Callable[[sqlite3.Connection], None]) -> None:
        self.template = connect_memory()
        build_template(self.template)
        self.tenants: dict[str, Tenant] = {}
        self.create(DEFAULT_TENANT)

    @functools.cached_property
    def template_image(self) -> bytes:
        """The seeded template's database image (the template never changes once built)."""
        return self.template.serialize()

    @staticmethod
    def check_name(name: str) -> str:
        if not TENANT_NAME.fullmatch(name):
            raise TenantError(
                f"bad tenant name {name!r}: use 1-40 lowercase letters, digits or '-', "
                "starting with a letter or digit"
            )
        return name

    def create(self, name: str | None = None) -> Tenant:
        """Create (or replace) a tenant holding a fresh copy of the seed."""
        name = self.check_name(name or "t" + secrets.token_hex(4))
        old = self.tenants.get(name)
        self.tenants[name] = Tenant(name=name, db=copy_of(self.template))
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
