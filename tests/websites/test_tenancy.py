"""What every site shares: tenants are isolated, resets restore the seed, the control API is
guarded, and bad requests get a 4xx without losing state."""

from __future__ import annotations

import asyncio

import httpx
import pytest
from support.tenants import SiteHelper

from sandbox.websites import SITE_NAMES
from sandbox.websites.control_client import ControlClient, ControlError

SITES = pytest.mark.parametrize("site", SITE_NAMES)


SESSION_COUNT = "SELECT COUNT(*) AS n FROM sessions"


@SITES
async def test_login_cookies_are_per_tenant_and_reset_restores_the_seed(sites, site):
    async with sites.control(site) as control:
        first = await control.create_tenant()
        second = await control.create_tenant()
        seeded = await SiteHelper(site).dump(sites, first)
        username = (await control.query(first, "SELECT username FROM users ORDER BY id"))[0]
        await control.login(first, username["username"])
        assert (await control.query(first, SESSION_COUNT))[0]["n"] == 1
        assert (await control.query(second, SESSION_COUNT))[0]["n"] == 0
        await control.reset_tenant(first)
        assert await SiteHelper(site).dump(sites, first) == seeded
        await control.delete_tenant(first)
        await control.delete_tenant(second)


@SITES
async def test_parallel_tenants_do_not_see_each_other(sites, site):
    async with sites.control(site) as control:
        names = await asyncio.gather(*(control.create_tenant() for _ in range(4)))
        users = await control.query(names[0], "SELECT username FROM users ORDER BY id LIMIT 4")
        await asyncio.gather(*(control.login(n, u["username"]) for n, u in zip(names, users,
                                                                               strict=True)))
        for name, user in zip(names, users, strict=True):
            rows = await control.query(name, "SELECT users.username FROM sessions "
                                       "JOIN users ON users.id = sessions.user_id")
            assert rows == [{"username": user["username"]}]
        await asyncio.gather(*(control.delete_tenant(n) for n in names))


@SITES
async def test_control_routes_refuse_a_missing_or_wrong_token(sites, site):
    base = sites[site].base_url
    async with httpx.AsyncClient() as client:
        for headers in ({}, {"X-Sandbox-Token": "wrong"}):
            for method, path in (("GET", "/_control/tenants"), ("POST", "/_control/tenants"),
                                 ("POST", "/_control/tenants/default/query")):
                response = await client.request(method, base + path, headers=headers,
                                                json={"sql": "SELECT 1"})
                assert response.status_code in (403, 404), (method, path, headers)
    async with ControlClient(base, "wrong") as control:
        with pytest.raises(ControlError):
            await control.create_tenant()


@SITES
async def test_queries_are_read_only(sites, site):
    async with sites.control(site) as control:
        tenant = await control.create_tenant()
        for sql in ("DELETE FROM users", "UPDATE users SET username = 'x'",
                    "DROP TABLE users", "INSERT INTO sessions VALUES ('a', 1, 'now')",
                    "ATTACH DATABASE ':memory:' AS other"):
            with pytest.raises(ControlError, match="400"):
                await control.query(tenant, sql)
        assert (await control.query(tenant, "SELECT COUNT(*) AS n FROM users"))[0]["n"] > 0
        await control.delete_tenant(tenant)


@SITES
async def test_bad_tenant_names_and_oversized_bodies(sites, site):
    endpoint = sites[site]
    async with httpx.AsyncClient() as client:
        unknown = await client.get(endpoint.base_url + "/",
                                   headers={"Host": f"nope.{site}.localhost:{endpoint.port}"})
        assert unknown.status_code == 404 and "no tenant" in unknown.text
        invalid = await client.get(endpoint.base_url + "/",
                                   headers={"Host": f"Bad_Name!.{site}.localhost"})
        assert invalid.status_code == 404
        huge = await client.post(endpoint.base_url + "/login",
                                 data={"username": "x" * 300_000, "password": "y"})
        assert huge.status_code == 413
        assert (await client.get(endpoint.base_url + "/healthz")).status_code == 200
    async with sites.control(site) as control:
        with pytest.raises(ControlError, match="400"):
            await control.create_tenant("Bad Name")
        assert await control.query("default", "SELECT 1 AS one") == [{"one": 1}]
