"""``python -m sandbox.websites.smoke``: browse running sites (e.g. ``docker compose up``) in
Chromium through fresh tenants, as the harness would. Exits non-zero on any failure.

    SANDBOX_TOKEN=... python -m sandbox.websites.smoke forum=http://127.0.0.1:8101 ...
"""

from __future__ import annotations

import asyncio
import os
import sys

from playwright.async_api import async_playwright

from ..envs.browser.launch import launch_chromium
from . import DEFAULT_PORTS
from .launcher import Sites

PAGES = {"forum": ["/", "/forums", "/f/news"], "shop": ["/", "/search?q=vitamin"],
         "repo": ["/", "/explore"]}


async def smoke(sites: Sites) -> list[str]:
    """Problems found (empty when every site served its pages to a logged-in browser)."""
    problems = []
    async with async_playwright() as playwright:
        browser = await launch_chromium(playwright)
        for name, endpoint in sites.endpoints.items():
            async with sites.control(name) as control:
                tenant = await control.create_tenant()
                username = (await control.query(
                    tenant, "SELECT username FROM users WHERE is_admin = 0 ORDER BY id LIMIT 1"
                ))[0]["username"]
                cookies = await control.login(tenant, username)
                context = await browser.new_context()
                base = endpoint.tenant_url(tenant)
                await context.add_cookies([{**c, "url": base} for c in cookies])
                page = await context.new_page()
                for path in PAGES[name]:
                    response = await page.goto(base + path)
                    status = response.status if response else 0
                    body = await page.locator("body").inner_text()
                    ok = status == 200 and username in body
                    print(f"{'ok ' if ok else 'BAD'} {name} {path} -> {status} "
                          f"({await page.title()!r}, logged in as {username}: {username in body})")
                    if not ok:
                        problems.append(f"{name} {path}: status {status}")
                await context.close()
                await control.delete_tenant(tenant)
        await browser.close()
    return problems


def main(argv: list[str]) -> int:
    urls = dict(arg.split("=", 1) for arg in argv) or {
        name: f"http://127.0.0.1:{port}" for name, port in DEFAULT_PORTS.items()
    }
    token = os.environ.get("SANDBOX_TOKEN")
    if not token:
        print("set SANDBOX_TOKEN to the sites' control token", file=sys.stderr)
        return 2
    problems = asyncio.run(smoke(Sites.from_urls(urls, token)))
    for problem in problems:
        print(problem, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
