"""``python -m sandbox.envs.smoke``: browse running sites (e.g. ``docker compose up``) in
Chromium through fresh tenants, as the harness would. Exits non-zero on any failure.

    python -m sandbox.envs.smoke --compose [--compose-project NAME]  # found through Docker
    SANDBOX_TOKEN=... python -m sandbox.envs.smoke forum=http://127.0.0.1:8101 ...
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys

from playwright.async_api import async_playwright

from ..websites import DEFAULT_PORTS
from ..websites.compose import compose_sites
from ..websites.launcher import Sites, SitesError
from .browser.launch import launch_chromium

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


def given_sites(urls: list[str]) -> Sites:
    """Sites from SITE=URL arguments (default: the default ports) and ``SANDBOX_TOKEN``."""
    token = os.environ.get("SANDBOX_TOKEN")
    if not token:
        raise SitesError("set SANDBOX_TOKEN to the sites' control token (or use --compose)")
    pairs = dict(url.split("=", 1) for url in urls) or {
        name: f"http://127.0.0.1:{port}" for name, port in DEFAULT_PORTS.items()
    }
    return Sites.from_urls(pairs, token)


def found_sites(project: str | None) -> Sites:
    """The sites ``docker compose up`` runs, and their token, found through Docker."""
    sites = compose_sites(project=project)
    where = ", ".join(f"{name} at {e.base_url}" for name, e in sites.endpoints.items())
    print(f"found {where} and their control token through Docker")
    return sites


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m sandbox.envs.smoke")
    parser.add_argument("urls", nargs="*", metavar="SITE=URL")
    parser.add_argument("--compose", action="store_true", help="find the sites through Docker")
    parser.add_argument("--compose-project", default=None, help="with --compose: the project")
    args = parser.parse_args(argv)
    try:
        sites = found_sites(args.compose_project) if args.compose else given_sites(args.urls)
    except SitesError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    problems = asyncio.run(smoke(sites))
    for problem in problems:
        print(problem, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
