"""``sandbox sites up``: serve every site on fixed ports until a signal stops them."""

from __future__ import annotations

import contextlib
import importlib
import signal
import time
from collections.abc import Iterator

from rich.console import Console
from rich.table import Table

from . import DEFAULT_PORTS, SITE_NAMES
from .launcher import Sites, SitesError, running_sites


def logins(site: str) -> list[tuple[str, str, str]]:
    """The documented seeded accounts of a site: (username, password, role)."""
    return importlib.import_module(f"sandbox.websites.{site}.app").LOGINS


@contextlib.contextmanager
def interrupted_by_signals() -> Iterator[None]:
    """Make SIGTERM and SIGHUP raise KeyboardInterrupt, as SIGINT does, while inside."""

    def interrupt(signum: int, frame: object) -> None:
        raise KeyboardInterrupt

    previous = {sig: signal.signal(sig, interrupt) for sig in (signal.SIGTERM, signal.SIGHUP)}
    try:
        yield
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)


def sites_table(sites: Sites) -> Table:
    """Each site's URL, tenant URL pattern and logins."""
    table = Table(title="Sandbox sites (Ctrl-C to stop)")
    for column in ("site", "URL", "tenant URL pattern", "logins (user / password)"):
        table.add_column(column)
    for name, endpoint in sites.endpoints.items():
        accounts = "\n".join(f"{u} / {p} ({role})" for u, p, role in logins(name))
        table.add_row(name, f"http://localhost:{endpoint.port}", endpoint.tenant_url("NAME"),
                      accounts)
    return table


def serve_until_interrupted(
    names: tuple[str, ...] = SITE_NAMES,
    port_base: int | None = None,
    token: str | None = None,
    console: Console | None = None,
) -> None:
    """Serve until SIGINT, SIGTERM or SIGHUP; SitesError if a site cannot start, or exits."""
    console = console or Console()
    ports = {n: (port_base + i if port_base else DEFAULT_PORTS[n]) for i, n in enumerate(names)}
    with interrupted_by_signals():
        try:
            with running_sites(names, ports=ports, token=token, quiet=False) as sites:
                console.print(sites_table(sites))
                console.print(f"Control token (X-Sandbox-Token): [bold]{sites.token}[/bold]")
                while all(p.poll() is None for p in sites.processes):
                    time.sleep(0.5)
                raise SitesError("a site exited; stopped the others")
        except KeyboardInterrupt:
            console.print("stopped")
