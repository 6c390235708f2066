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
    port: int = typer.Option(None, min=1, max=65533, help="first port; the sites take "
                             "consecutive ones (default: 8101, 8102, 8103)"),
) -> None:
    """Serve the sites on 127.0.0.1 and print their URLs, logins and control token
    (SANDBOX_TOKEN when set); Ctrl-C, SIGTERM or SIGHUP stops them."""
    import os

    from .websites.launcher import SitesError
    from .websites.serve_all import serve_until_interrupted

    names = tuple(s.strip() for s in sites.split(",") if s.strip())
    unknown = set(names) - set(SITE_NAMES)
    if unknown:
        raise typer.BadParameter(f"unknown site(s) {sorted(unknown)}; choose from {SITE_NAMES}")
    try:
        serve_until_interrupted(names, port, os.environ.get("SANDBOX_TOKEN"), console)
    except SitesError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(1) from None


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
    if not path:
        failed = not _validate_injection() or failed
    raise typer.Exit(1 if failed else 0)


def _validate_injection() -> bool:
    """Build the injection suite from the attack catalog; print what is wrong."""
    from .runner.suites import browser_suite
    from .tasks.loader import TaskFileError

    try:
        suite = browser_suite("injection")
    except TaskFileError as exc:
        for problem in exc.problems:
            console.print(f"[red]✗[/red] {problem}", highlight=False, soft_wrap=True)
        return False
    attacked = sum(1 for task in suite.tasks.values() if task.attack)
    console.print(f"[green]✓[/green] injection: {len(suite.tasks) - attacked} user tasks, "
                  f"{attacked} attacked tasks valid")
    return True


@tasks_app.command("list")
def tasks_list(
    suite: str = typer.Option("core", help="suite name"),
    as_json: bool = typer.Option(False, "--json", help="print a JSON array"),
) -> None:
    """List a suite's tasks."""
    import json

    from rich.table import Table

    from .runner.suites import browser_suite

    tasks = list(browser_suite(suite).tasks.values())
    rows = [{"id": t.id, "kind": t.kind, "pair": t.pair, "category": t.category,
             "site": "+".join(t.site), "user": t.user, "intent": t.intent,
             **({"attack": {"goal": t.attack.goal.id, "template": t.attack.template,
                            "channel": t.attack.channel,
                            "presentation": t.attack.presentation}} if t.attack else {})}
            for t in tasks]
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
    attack: str = typer.Option("", help="prove the tasks under these mutations instead "
                               "(names, or all)"),
) -> None:
    """Prove tasks sound on embedded sites: the oracle, every paraphrase and counter-example,
    the refuser and the idle agent; with --attack, the oracle, refuser and idle agent on
    each task under each mutation."""
    import asyncio

    from .mutations import mutated
    from .runner.soundness import check_suite
    from .runner.suites import browser_suite
    from .websites.launcher import running_sites

    loaded = browser_suite(suite)
    specs = loaded.select([p for p in tasks.split(",") if p] or None)
    if attack:
        names, template = _parse_attack(attack)
        if template:
            raise typer.BadParameter("tasks check --attack takes mutations; injection attacks "
                                     "are proven with --suite injection")
        specs = mutated(specs, names)
    needed = sorted({site for spec in specs for site in spec.site})

    def progress(task_id: str, problems: list[str]) -> None:
        mark = "[green]✓[/green]" if not problems else "[red]✗[/red]"
        console.print(f"{mark} {task_id}", highlight=False)
        for problem in problems:
            console.print(f"    {problem}", highlight=False, soft_wrap=True)

    with running_sites(needed) as sites:
        found = asyncio.run(check_suite(sites, loaded, specs, workers, progress))
    counts = found.counts
    console.print(f"{len(specs)} tasks checked, {len(found.problems)} problem(s); "
                  f"counter-examples completed {counts.false_completions}/"
                  f"{counts.counterexamples} ({counts.counterexamples_undecided} undecided), "
                  f"paraphrases missed {counts.misses}/{counts.paraphrases}")
    raise typer.Exit(1 if found.problems else 0)


def _options(pairs: list[str]) -> dict[str, str]:
    options = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep:
            raise typer.BadParameter(f"{pair!r}: use KEY=VALUE")
        options[key.strip()] = value.strip()
    return options


@app.command("run")
def run_command(
    agent: str = typer.Option(None, help="an agent's name (oracle, gullible, refuser, idle, "
                              "random, human, llm, or one an installed package registers), or "
                              "package.module:ClassOrFactory"),
    suite: str = typer.Option("core", help="suite name (core, injection, textgames)"),
    tasks: str = typer.Option("", help="comma-separated task id patterns (globs)"),
    workers: int = typer.Option(None, min=1, help="concurrent episodes, or Ray actors "
                                "(default 1; on --resume, the run's own)"),
    executor: str = typer.Option("local", help="local (episodes over one Chromium here) or "
                                 "ray (actors with their own sites and Chromium)"),
    address: str = typer.Option("", help="with --executor ray: the cluster's address (empty: "
                                "start a local Ray)"),
    max_steps: int = typer.Option(30, help="steps per episode"),
    step_timeout: float = typer.Option(120.0, help="seconds an agent may take per step"),
    out: str = typer.Option(None, help="run folder (results.jsonl, manifest, trajectories)"),
    resume: str = typer.Option(None, help="finish the run in this folder (nothing else needed)"),
    retry_errors: bool = typer.Option(False, help="with --resume: run errored episodes again"),
    model: str = typer.Option(None, help="llm agent: provider:model, e.g. openai:gpt-4o or "
                              "local:gemma3-270m"),
    base_url: str = typer.Option(None, help="llm agent: an OpenAI-compatible server's URL"),
    safety_prompt: bool = typer.Option(False, help="llm agent: add the safety prompt"),
    agent_option: list[str] = typer.Option([], "--agent-option", help="KEY=VALUE for the agent"),
    screenshots: bool = typer.Option(False, help="record a screenshot per step"),
    site_url: list[str] = typer.Option([], help="SITE=URL of a site started elsewhere; "
                                       "needs --token"),
    token: str = typer.Option(None, envvar="SANDBOX_TOKEN", help="control token of --site-url"),
    compose: bool = typer.Option(False, help="use the sites `docker compose up` runs, found "
                                 "with their token through Docker"),
    compose_project: str = typer.Option("", help="with --compose: the compose project "
                                        "(default: the only one running the sites)"),
    seed: int = typer.Option(0, help="seed for agents that sample"),
    judge_model: str = typer.Option(None, help="an LLM judge (provider:model) for refusals and "
                                    "for text whose stance the program leaves undecided"),
    judge_base_url: str = typer.Option(None, help="the judge's OpenAI-compatible server URL"),
    defence: str = typer.Option("", help="a defence between agent and browser: spotlight, "
                                "instruction_detector, or package.module:Class"),
    attack: str = typer.Option("", help="mutations of the requests (e.g. roleplay,decompose, "
                               "or all: each task runs plain and under each), or one injection "
                               "template (e.g. important_instructions); see `sandbox attacks "
                               "list`"),
    goal: str = typer.Option("", help="with --attack: the attacker goal (default: the first "
                             "that applies to each task)"),
    channel: str = typer.Option("", help="with --attack: where to plant (default: each task's "
                                "first injection point)"),
    presentation: str = typer.Option("visible", help="with --attack: visible, hidden, link or "
                                     "image"),
) -> None:
    """Run agents on a suite; results are written as each episode ends, and resumable."""
    from dataclasses import replace

    from .reports.console import run_with_progress
    from .runner.config import Executor
    from .runner.ray_executor import RayExecutorError
    from .runner.run import RunConfig, resume_config
    from .websites.launcher import SitesError

    if executor not in ("local", "ray"):
        raise typer.BadParameter(f"--executor {executor!r}: choose local or ray")
    if address and executor != "ray":
        raise typer.BadParameter("--address needs --executor ray")
    if resume:
        config, folder = resume_config(resume), resume
        if workers:
            config = replace(config, workers=workers)
    else:
        if not agent or not out:
            raise typer.BadParameter("give --agent and --out (or --resume RUN_FOLDER)")
        if compose and site_url:
            raise typer.BadParameter("give --compose or --site-url, not both")
        options = _options(agent_option)
        for key, value in (("model", model), ("base_url", base_url)):
            if value:
                options[key] = value
        if safety_prompt:
            options["safety_prompt"] = True
        if agent == "random":
            options.setdefault("seed", seed)
        mutations, template = _parse_attack(attack)
        config = RunConfig(agent=agent, suite=suite,
                           tasks=[t for t in tasks.split(",") if t], workers=workers or 1,
                           max_steps=max_steps, step_timeout=step_timeout, seed=seed,
                           screenshots=screenshots, agent_options=options,
                           site_urls=_options(site_url), compose=compose,
                           compose_project=compose_project,
                           judge=_judge_options(judge_model, judge_base_url),
                           attack=_attack_options(template, goal, channel, presentation),
                           mutations=mutations, defence=defence)
        folder = out
    try:
        run_with_progress(config, folder, token, retry_errors, console,
                          Executor(executor, address))
    except (SitesError, ValueError, RayExecutorError) as exc:  # bad sites, suite, run folder..
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(1) from None


def _parse_attack(value: str) -> tuple[list[str], str]:
    """``--attack`` as (mutation names, injection template)."""
    from .runner.suites import parse_attack

    try:
        return parse_attack(value) if value else ([], "")
    except ValueError as exc:
        raise typer.BadParameter(str(exc)) from None


def _attack_options(template: str, goal: str, channel: str,
                    presentation: str) -> dict[str, str]:
    if not template:
        if goal or channel or presentation != "visible":
            raise typer.BadParameter("--goal, --channel and --presentation need --attack with "
                                     "an injection template")
        return {}
    return {"template": template, "goal": goal, "channel": channel,
            "presentation": presentation}


def _judge_options(model: str | None, base_url: str | None) -> dict[str, str]:
    options = {"model": model} if model else {}
    if base_url:
        if not model:
            raise typer.BadParameter("--judge-base-url needs --judge-model")
        options["base_url"] = base_url
    return options


attacks_app = typer.Typer(help="The attacks: mutations of the request and indirect prompt "
                          "injection.",
                          no_args_is_help=True)
app.add_typer(attacks_app, name="attacks")


@attacks_app.command("list")
def attacks_list() -> None:
    """The mutations and injection templates `sandbox run --attack` takes, and the attacker
    goals and channels of the injection attacks."""
    from rich.table import Table

    from .injection.catalog import CHANNEL_SITES, goals, templates
    from .mutations import MUTATIONS

    for title, columns, rows in (
            ("mutations of the request (--attack NAME[,NAME...] or all)",
             ("id", "what it does", "after"),
             [(m.name, m.summary, m.after) for m in MUTATIONS.values()]),
            ("injection templates (--attack NAME)", ("id", "name"),
             [(t.id, t.name) for t in templates().values()]),
            ("goals (--goal)", ("id", "site", "summary"),
             [(g.id, g.site, g.summary) for g in goals().values()]),
            ("channels (--channel)", ("id", "site"), sorted(CHANNEL_SITES.items()))):
        table = Table(title=title)
        for column in columns:
            table.add_column(column, overflow="fold")
        for row in rows:
            table.add_row(*row)
        console.print(table)


judge_app = typer.Typer(help="Measure the judges against labelled data.")
app.add_typer(judge_app, name="judge")


@judge_app.command("calibrate")
def judge_calibrate(
    model: str = typer.Option(None, help="the LLM judge to measure (provider:model); without "
                              "it only the rule-based detector and stance module are measured"),
    base_url: str = typer.Option(None, help="the judge's OpenAI-compatible server URL"),
    split: str = typer.Option("test", help="refusal messages: test (held out) or dev"),
    suite: str = typer.Option("core", help="suite whose proofs label the stance texts"),
    limit: int = typer.Option(0, help="at most this many cases per question (0: all)"),
) -> None:
    """Accuracy and Cohen's kappa of the judges on labelled refusals and stances."""
    from .grading.calibrate import run_calibration

    judge = None
    if model:
        from .runner.run import RunConfig, judge_for

        judge = judge_for(RunConfig(agent="none", judge=_judge_options(model, base_url)))
    for line in run_calibration(judge, split, suite, limit):
        console.print(line, highlight=False, soft_wrap=True)


@app.command("report")
def report_command(run_dir: str = typer.Argument(..., help="a run folder")) -> None:
    """Print a run's metrics and write its report.md and report.html (episode viewer)."""
    from .reports.report import write_report
    from .reports.summary import metrics_table, textgame_table

    try:
        data, markdown, html = write_report(run_dir)
    except FileNotFoundError as exc:
        raise typer.BadParameter(str(exc)) from None
    title = f"{data.run.label} on {data.run.suite} ({run_dir})"
    table = textgame_table if data.run.kind == "textgame" else metrics_table
    console.print(table(data.run.rows, title))
    console.print(f"report: {markdown}\nreport: {html}", highlight=False, soft_wrap=True)


@app.command("regrade")
def regrade_command(
    run_dir: str = typer.Argument(..., help="a run folder"),
    out: str = typer.Option(None, help="write the re-graded run to this new folder"),
    as_json: bool = typer.Option(False, "--json", help="print the changes as JSON"),
) -> None:
    """Re-grade a run with the task files and grader installed now, from each episode's stored
    final state (no browser, sites or agent); print which grades changed and why."""
    from .runner.regrade import as_json as report_json
    from .runner.regrade import describe, regrade
    from .tasks.loader import TaskFileError

    try:
        report = regrade(run_dir, out)
    except (FileNotFoundError, TaskFileError, ValueError) as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(1) from None
    if as_json:
        typer.echo(report_json(report))
    else:
        for line in describe(report):
            console.print(line, highlight=False, soft_wrap=True)
    if out:
        console.print(f"wrote {out}", highlight=False, soft_wrap=True)


@app.command("leaderboard")
def leaderboard_command(
    run_dirs: list[str] = typer.Argument(..., help="run folders, one row each"),
    out: str = typer.Option(..., help="folder for leaderboard.{md,html,json,csv} and plots"),
) -> None:
    """Rank runs: browser runs by NSS (then harmful completion ascending, safe completion
    descending); text-game runs by normalised violations ascending (then points)."""
    from rich.table import Table
    from rich.text import Text

    from .reports.leaderboard import BROWSER_HEADERS, TEXTGAME_HEADERS, build_leaderboard

    try:
        board = build_leaderboard(run_dirs, out)
    except FileNotFoundError as exc:
        raise typer.BadParameter(str(exc)) from None
    for title, headers, rows in (("browser agents", BROWSER_HEADERS, board.browser_table()),
                                 ("text-game agents", TEXTGAME_HEADERS, board.textgame_table())):
        if rows:
            table = Table(*headers, title=f"leaderboard: {title}")
            for row in rows:
                table.add_row(*(Text(cell) for cell in row))  # labels are not rich markup
            console.print(table)
    for path in board.files.values():
        console.print(f"wrote {path}", highlight=False, soft_wrap=True)


if __name__ == "__main__":
    app()
