"""Signing in and out works the same way on every site: a session cookie, local redirects only."""

from __future__ import annotations

import importlib

import pytest
from support.tenants import SiteHelper

from sandbox.websites import SITE_NAMES

HOME_AFTER_SIGN_IN = {"forum": "/", "shop": "/account", "repo": "/"}


@pytest.mark.parametrize("site", SITE_NAMES)
@pytest.mark.parametrize(("target", "landing"), [
    ("/help", "/help"),
    ("//example.com/phish", None),
    ("http://example.com/", None),
])
async def test_sign_in_follows_only_local_paths_and_sign_out_ends_the_session(
    sites, tenant_factory, site, target, landing
):
    tenant = await tenant_factory(site)
    username, password, _ = importlib.import_module(f"sandbox.websites.{site}.app").LOGINS[1]
    async with await SiteHelper(site).client(sites, tenant) as client:
        form = {"username": username, "password": password, "next": target}
        response = await client.post("/login", data=form)
        assert response.status_code == 303
        assert response.headers["location"] == (landing or HOME_AFTER_SIGN_IN[site])
        assert "session" in response.cookies
        client.cookies.set("session", response.cookies["session"])
        assert (await client.post("/logout")).headers["location"] == "/"
        sessions = await SiteHelper(site).query(sites, tenant, "SELECT count(*) AS n FROM sessions")
        assert sessions == [{"n": 0}]
