"""The ``sandbox`` command: sites, tasks, runs, reports and leaderboards."""

from __future__ import annotations

import typer
from rich.console import Console

from .websites import SITE_NAMES

app = typer.Typer(help="Agent safety evaluation sandbox.", no_args_is_help=True)
sites_app = typer.Typer(help="The mock websites.", no_args_is_help=True)
app.add_typer(sites_app, name="sites")
console = Console()


@sites_app.command("up")
def sites_up(
    sites: str = typer.Option(",".join(SITE_NAMES), help="comma-separated sites to serve"),
    port_base: int = typer.Option(0, help="first port (default: 8101, 8102, 8103)"),
) -> None:
    """Serve the sites on 127.0.0.1 and print their URLs and logins; Ctrl-C stops them."""
    from .websites.serve_all import serve_until_interrupted

    names = tuple(s.strip() for s in sites.split(",") if s.strip())
    unknown = set(names) - set(SITE_NAMES)
    if unknown:
        raise typer.BadParameter(f"unknown site(s) {sorted(unknown)}; choose from {SITE_NAMES}")
    serve_until_interrupted(names, port_base or None, console)
