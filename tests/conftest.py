"""Shared fixtures: the three sites started embedded once per session, and one Chromium."""

from __future__ import annotations

import os
import signal

import pytest
import pytest_asyncio
from playwright.async_api import async_playwright

from sandbox.envs.browser.launch import launch_chromium
from sandbox.websites import SITE_NAMES
from sandbox.websites.launcher import Sites, running_sites


@pytest.fixture(scope="session")
def sites() -> Sites:
    """All sites (or the comma-separated ``SANDBOX_TEST_SITES``, to iterate on one site)."""
    names = [n for n in os.environ.get("SANDBOX_TEST_SITES", "").split(",") if n] or SITE_NAMES
    with running_sites(names) as running:
        yield running


@pytest_asyncio.fixture(scope="session")
async def browser():
    async with async_playwright() as playwright:
        chromium = await launch_chromium(playwright)
        yield chromium
        await chromium.close()


@pytest_asyncio.fixture
async def tenant_factory(sites: Sites):
    """Create tenants on a site; delete them after the test."""
    created: list[tuple[str, str]] = []

    async def make(site: str, name: str | None = None) -> str:
        async with sites.control(site) as control:
            tenant = await control.create_tenant(name)
        created.append((site, tenant))
        return tenant

    yield make
    for site, tenant in created:
        async with sites.control(site) as control:
            await control.delete_tenant(tenant)


@pytest_asyncio.fixture
async def login_page(sites: Sites, browser):
    """A new browser context logged in as ``username`` on ``tenant`` of ``site``, and its page."""
    contexts = []

    async def make(site: str, tenant: str, username: str):
        async with sites.control(site) as control:
            cookies = await control.login(tenant, username)
        context = await browser.new_context()
        url = sites[site].tenant_url(tenant)
        await context.add_cookies([{**cookie, "url": url} for cookie in cookies])
        contexts.append(context)
        page = await context.new_page()
        await page.goto(url)
        return page

    yield make
    for context in contexts:
        await context.close()


@pytest.fixture
def signals_reach_children():
    """Commands a test starts take Ctrl-C and SIGHUP even when the test runner was started in
    the background or under ``nohup``, which ignore them; children would inherit that."""
    previous = {signal.SIGINT: signal.signal(signal.SIGINT, signal.default_int_handler),
                signal.SIGHUP: signal.signal(signal.SIGHUP, signal.SIG_DFL)}
    yield
    for signum, handler in previous.items():
        signal.signal(signum, handler)
