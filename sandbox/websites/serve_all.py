"""``sandbox sites up``: serve every site on fixed ports until interrupted."""

from __future__ import annotations

import importlib
import time

from rich.console import Console
from rich.table import Table

from . import DEFAULT_PORTS, SITE_NAMES
from .launcher import running_sites


def logins(site: str) -> list[tuple[str, str, str]]:
    """The documented seeded accounts of a site: (username, password, role)."""
    return importlib.import_module(f"sandbox.websites.{site}.app").LOGINS


def serve_until_interrupted(
    names: tuple[str, ...] = SITE_NAMES,
    port_base: int | None = None,
    console: Console | None = None,
) -> None:
    console = console or Console()
    ports = {n: (port_base + i if port_base else DEFAULT_PORTS[n]) for i, n in enumerate(names)}
    with running_sites(names, ports=ports, quiet=False) as sites:
        table = Table(title="Sandbox sites (Ctrl-C to stop)")
        for column in ("site", "URL", "tenant URL pattern", "logins (user / password)"):
            table.add_column(column)
        for name in names:
            endpoint = sites[name]
            accounts = "\n".join(f"{u} / {p} ({role})" for u, p, role in logins(name))
            table.add_row(name, f"http://localhost:{endpoint.port}",
                          endpoint.tenant_url("NAME"), accounts)
        console.print(table)
        console.print(f"Control token (X-Sandbox-Token): [bold]{sites.token}[/bold]")
        try:
            while all(p.poll() is None for p in sites.processes):
                time.sleep(0.5)
            console.print("[red]a site exited; stopping[/red]")
        except KeyboardInterrupt:
            console.print("stopping…")
