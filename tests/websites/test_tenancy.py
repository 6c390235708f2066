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


@pytest.mark.parametrize("name", ["abc\n", "a\nb", "ABC", "a_b", "-abc", "é", "a" * 41])
async def test_tenant_names_outside_the_documented_set_are_refused(sites, name):
    async with sites.control(SITE_NAMES[0]) as control:
        with pytest.raises(ControlError, match="400"):
            await control.create_tenant(name)


@pytest.mark.parametrize("function", ["fts3_tokenizer('simple')", "load_extension('x')",
                                      "zeroblob(10)", "randomblob(10)"])
async def test_queries_may_call_only_allow_listed_functions(sites, function):
    async with sites.control(SITE_NAMES[0]) as control:
        with pytest.raises(ControlError, match="400"):
            await control.query("default", f"SELECT {function} AS x")
        rows = await control.query(
            "default", "SELECT lower('A') AS a, abs(-2) AS b, round(2.5) AS c, "
            "json_extract('{\"k\": 3}', '$.k') AS d, date('2025-01-02') AS e, "
            "COUNT(*) AS f, group_concat(x, '|') AS g, COALESCE(NULL, 'h') AS h, "
            "replace('a%', '%', '') AS i FROM (SELECT 'x' AS x UNION ALL SELECT 'y')")
        assert rows == [{"a": "a", "b": 2, "c": 3.0, "d": 3, "e": "2025-01-02", "f": 2,
                         "g": "x|y", "h": "h", "i": "a"}]


async def test_query_values_json_cannot_carry_are_answered_safely(sites):
    async with sites.control(SITE_NAMES[0]) as control:
        rows = await control.query("default", "SELECT x'ff00' AS blob, x'c3a9' AS utf8, "
                                   "CAST(x'ff' AS TEXT) AS text, 1e999 AS big, -1e999 AS small")
        assert rows == [{"blob": "\ufffd\x00", "utf8": "é", "text": "\ufffd", "big": "inf",
                         "small": "-inf"}]
        with pytest.raises(ControlError, match="400.*64 bits"):
            await control.query("default", "SELECT ? AS n", [2**70])
    lone_surrogate = '{"sql": "SELECT ? AS n", "params": ["\\ud800"]}'
    async with httpx.AsyncClient(base_url=sites[SITE_NAMES[0]].base_url) as client:
        response = await client.post("/_control/tenants/default/query", content=lone_surrogate,
                                     headers={"X-Sandbox-Token": sites.token,
                                              "Content-Type": "application/json"})
    assert response.status_code == 400


RUNAWAY = ("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) "
           "SELECT COUNT(*) FROM n")


async def test_a_runaway_query_times_out_while_other_tenants_are_served(sites):
    site = SITE_NAMES[0]
    async with sites.control(site) as control, \
            ControlClient(sites[site].base_url, sites.token, timeout=60) as patient:
        slow, other = await control.create_tenant(), await control.create_tenant()
        runaway = asyncio.create_task(patient.query(slow, RUNAWAY))
        assert (await control.query(other, "SELECT COUNT(*) > 0 AS ok FROM users")) == [{"ok": 1}]
        assert not runaway.done()
        with pytest.raises(ControlError, match="408"):
            await runaway
        await control.delete_tenant(slow)
        await control.delete_tenant(other)
