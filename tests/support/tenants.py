"""Helpers for site tests: query, dump and browse one site's tenant over HTTP."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

import httpx

from sandbox.websites.core.tenancy import connect_memory
from sandbox.websites.launcher import Sites


@dataclass(frozen=True)
class SiteHelper:
    site: str

    async def query(self, sites: Sites, tenant: str, sql: str,
                    params: list | None = None) -> list[dict]:
        async with sites.control(self.site) as control:
            return await control.query(tenant, sql, params)

    async def dump(self, sites: Sites, tenant: str) -> dict[str, list[dict]]:
        """Every row of every table of a tenant, in a stable order."""
        tables = await self.query(sites, tenant, "SELECT name FROM sqlite_master WHERE type = "
                                  "'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
        return {t["name"]: await self.query(sites, tenant,
                                            f'SELECT * FROM "{t["name"]}" ORDER BY rowid')
                for t in tables}

    async def client(self, sites: Sites, tenant: str,
                     username: str | None = None) -> httpx.AsyncClient:
        """An HTTP client for one tenant, logged in as ``username`` when given."""
        endpoint = sites[self.site]
        headers = {"Host": endpoint.tenant_origin_host(tenant)}
        if username:
            async with sites.control(self.site) as control:
                cookie = (await control.login(tenant, username))[0]
            headers["Cookie"] = f"{cookie['name']}={cookie['value']}"
        return httpx.AsyncClient(base_url=endpoint.base_url, headers=headers, timeout=10)


def build_twice(build_template) -> sqlite3.Connection:
    """Build a seed twice and assert that both builds match row for row."""
    first = connect_memory()
    build_template(first)
    second = connect_memory()
    build_template(second)
    tables = [r[0] for r in first.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    for table in tables:
        rows = f"SELECT * FROM {table} ORDER BY rowid"
        assert [tuple(r) for r in first.execute(rows)] == [tuple(r) for r in second.execute(rows)]
    return first
