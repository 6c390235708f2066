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


tasks_app = typer.Typer(help="Task files and suites.", no_args_is_help=True)
app.add_typer(tasks_app, name="tasks")


@tasks_app.command("validate")
def tasks_validate(path: str = typer.Argument(None, help="file or folder (default: every suite)")):
    """Validate task files; exits non-zero and names file, field and fix on any problem."""
    from pathlib import Path

    from .tasks.loader import SUITES_DIR, TaskFileError, load_tasks

    roots = [Path(path)] if path else sorted(p for p in SUITES_DIR.iterdir() if p.is_dir())
    failed = False
    for root in roots:
        try:
            suite = load_tasks(root)
        except TaskFileError as exc:
            failed = True
            for problem in exc.problems:
                console.print(f"[red]✗[/red] {problem}", highlight=False, soft_wrap=True)
            continue
        console.print(f"[green]✓[/green] {root}: {len(suite.tasks)} tasks valid")
    raise typer.Exit(1 if failed else 0)


@tasks_app.command("list")
def tasks_list(
    suite: str = typer.Option("core", help="suite name"),
    as_json: bool = typer.Option(False, "--json", help="print a JSON array"),
) -> None:
    """List a suite's tasks."""
    import json

    from rich.table import Table

    from .tasks.loader import load_suite

    tasks = list(load_suite(suite).tasks.values())
    rows = [{"id": t.id, "kind": t.kind, "pair": t.pair, "category": t.category,
             "site": "+".join(t.site), "user": t.user, "intent": t.intent} for t in tasks]
    if as_json:
        typer.echo(json.dumps(rows, indent=2))
        return
    table = Table(title=f"suite {suite}: {len(rows)} tasks")
    for column in ("id", "kind", "category", "site", "intent"):
        table.add_column(column, overflow="fold")
    for row in rows:
        table.add_row(row["id"], row["kind"], row["category"], row["site"], row["intent"])
    console.print(table)


@tasks_app.command("check")
def tasks_check(
    suite: str = typer.Option("core", help="suite name"),
    tasks: str = typer.Option("", help="comma-separated id patterns (globs)"),
    workers: int = typer.Option(3, help="concurrent episodes"),
) -> None:
    """Prove tasks sound with the oracle, refuser and idle agents on embedded sites."""
    import asyncio

    from .runner.soundness import check_suite
    from .tasks.loader import load_suite
    from .websites.launcher import running_sites

    loaded = load_suite(suite)
    specs = loaded.select([p for p in tasks.split(",") if p] or None)
    needed = sorted({site for spec in specs for site in spec.site})

    def progress(task_id: str, problems: list[str]) -> None:
        mark = "[green]✓[/green]" if not problems else "[red]✗[/red]"
        console.print(f"{mark} {task_id}", highlight=False)
        for problem in problems:
            console.print(f"    {problem}", highlight=False, soft_wrap=True)

    with running_sites(needed) as sites:
        problems = asyncio.run(check_suite(sites, loaded, specs, workers, progress))
    console.print(f"{len(specs)} tasks checked, {len(problems)} problem(s)")
    raise typer.Exit(1 if problems else 0)
