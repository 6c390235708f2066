"""Site figures: tenant create/reset median, page latency (home and heaviest page) per site,
and resident memory of the three site processes with 1 and with 16 tenants.

Run: python bench/bench_sites.py   (starts the three sites embedded)
"""

from __future__ import annotations

import asyncio
import statistics
import sys
import time
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).parent))
from procmem import tree  # noqa: E402

from sandbox.websites.launcher import Sites, running_sites  # noqa: E402

HEAVIEST = {
    "forum": "/?sort=new&limit=100",
    "shop": "/category/electronics?per_page=100",
    "repo": "/a11y-webring/webring-site/-/issues?per_page=100",
}
ROUNDS = 40


def rss_mb(pid: int) -> float:
    total = 0
    for member in tree(pid):
        try:
            for line in Path(f"/proc/{member}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
        except OSError:
            pass
    return total / 1024


async def tenant_timings(sites: Sites, site: str) -> tuple[float, float]:
    creates, resets = [], []
    async with sites.control(site) as control:
        for index in range(ROUNDS):
            started = time.perf_counter()
            name = await control.create_tenant(f"bench{index}")
            creates.append(time.perf_counter() - started)
            started = time.perf_counter()
            await control.reset_tenant(name)
            resets.append(time.perf_counter() - started)
            await control.delete_tenant(name)
    return statistics.median(creates) * 1000, statistics.median(resets) * 1000


def page_latency(base: str, path: str) -> float:
    with httpx.Client() as client:
        client.get(base + path)
        times = []
        for _ in range(20):
            started = time.perf_counter()
            response = client.get(base + path)
            times.append(time.perf_counter() - started)
            assert response.status_code == 200, (path, response.status_code)
    return statistics.median(times) * 1000


async def memory(sites: Sites, tenants: int) -> dict[str, float]:
    names = [f"mem{i}" for i in range(tenants - 1)]  # plus the default tenant
    for site in sites.endpoints:
        async with sites.control(site) as control:
            for name in names:
                await control.create_tenant(name)
            for name in names:  # touch each tenant once, as an episode would
                base = sites[site].base_url
                async with httpx.AsyncClient() as client:
                    await client.get(base + "/", headers={
                        "Host": sites[site].tenant_origin_host(name)})
    usage = {site: rss_mb(process.pid) for site, process in
             zip(sites.endpoints, sites.processes, strict=True)}
    for site in sites.endpoints:
        async with sites.control(site) as control:
            for name in names:
                await control.delete_tenant(name)
    return usage


def main() -> None:
    with running_sites() as sites:
        print(f"{'site':6} {'create ms':>10} {'reset ms':>9} {'home ms':>8} {'heaviest ms':>12}")
        for site in sites.endpoints:
            create, reset = asyncio.run(tenant_timings(sites, site))
            base = sites[site].base_url
            print(f"{site:6} {create:10.1f} {reset:9.1f} {page_latency(base, '/'):8.1f} "
                  f"{page_latency(base, HEAVIEST[site]):12.1f}   (heaviest: {HEAVIEST[site]})")
        for count in (1, 16):
            usage = asyncio.run(memory(sites, count))
            parts = ", ".join(f"{site} {mb:.0f} MB" for site, mb in usage.items())
            print(f"RSS with {count:2d} tenant(s): {parts}; total {sum(usage.values()):.0f} MB")


if __name__ == "__main__":
    main()
