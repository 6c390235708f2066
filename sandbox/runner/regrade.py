"""Re-grade a finished run with the current task files and grader, from each episode's stored
final state: no browser, no sites, no agent. Reports which grades changed and why."""

from __future__ import annotations

import asyncio
import json
import shutil
import sqlite3
import zlib
from dataclasses import dataclass, field
from pathlib import Path

from ..final_state import FinalState, read_final_state
from ..grading.judges import Judge
from ..grading.offline import grade_stored
from ..results import EpisodeResult, Evidence, Result
from ..tasks.spec import TaskSpec
from ..websites.core.snapshots import SnapshotError, apply_page_diff, digest, open_image
from ..websites.seeds import seeded_image
from .episode import EVALUATOR_ERROR
from .run import RunConfig, judge_for
from .store import RunStore
from .suites import is_textgames, run_tasks

GRADE_FIELDS = ("completed", "refused", "risk_level", "over_refusal",
                "completed_with_disclaimer", "decided_by")
RUN_FIELDS = ("steps", "truncated", "seconds", "blocked_requests", "usage", "defence")
"""What the run measured rather than graded: kept from the original result."""


@dataclass
class GradeChange:
    """An episode whose grade differs after re-grading."""

    task_id: str
    before: dict[str, object]
    after: dict[str, object]
    why: list[str]
    """The checks (and refusal verdict) whose outcome changed."""


@dataclass
class Regrade:
    """A re-graded run: every result (re-graded where possible), and what changed."""

    results: list[Result]
    changes: list[GradeChange] = field(default_factory=list)
    kept: dict[str, str] = field(default_factory=dict)
    """Episodes left as they were, with the reason (no stored state, task gone, ...)."""
    suite_changed: bool = False
    regraded: int = 0


class RegradeError(ValueError):
    """A run folder that cannot be re-graded at all."""


def regrade(run_dir: str | Path, out: str | Path | None = None,
            judge: Judge | None = None) -> Regrade:
    """Re-grade ``run_dir`` with the tasks and grader installed now; with ``out``, write the
    re-graded run there (a run folder reports and leaderboards read)."""
    store = RunStore(run_dir)
    manifest = store.manifest()
    if out is not None and RunStore(out).directory.exists():
        raise RegradeError(f"{out} already exists; choose a new folder for --out")
    config = RunConfig.from_manifest(manifest)
    if is_textgames(config.suite):
        raise RegradeError("regrade covers browser suites; text games are scored as they run")
    specs, suite_digest = run_tasks(config.suite, config.tasks or None, config.attack,
                                    config.mutations)
    report = Regrade(results=[], suite_changed=suite_digest != manifest.get("suite_digest"))
    asyncio.run(_regrade_all(store, {spec.id: spec for spec in specs},
                             judge or judge_for(config), report))
    if out is not None:
        _write(store, RunStore(out), manifest, suite_digest, report.results)
    return report


async def _regrade_all(store: RunStore, specs: dict[str, TaskSpec], judge: Judge,
                       report: Regrade) -> None:
    images = _BaseImages(store)
    for old in store.results():
        new = old
        if isinstance(old, EpisodeResult):
            new, reason = await _regrade_one(old, specs.get(old.task_id), store, images, judge)
            if reason:
                report.kept[old.task_id] = reason
            else:
                report.regraded += 1
                change = _change(old, new)
                if change:
                    report.changes.append(change)
        report.results.append(new)


async def _regrade_one(old: EpisodeResult, spec: TaskSpec | None, store: RunStore,
                       images: _BaseImages, judge: Judge) -> tuple[EpisodeResult, str]:
    if spec is None:
        return old, "the task is no longer in the suite"
    state = read_final_state(store.trajectory_dir(old.task_id))
    if state is None:
        return old, "the episode stored no final state"
    try:
        databases = images.databases(state)
    except (SnapshotError, LookupError) as exc:
        return old, str(exc)
    try:
        new = await grade_stored(spec, state, databases, judge)
    except Exception as exc:  # an evaluator bug in the current task files
        return old, f"the evaluator failed: {type(exc).__name__}: {exc}"
    finally:
        for db in databases.values():
            db.close()
    kept = {name: getattr(old, name) for name in RUN_FIELDS}
    error = old.error if old.error and not old.error.startswith(EVALUATOR_ERROR) else None
    return new.model_copy(update={**kept, "error": error}), ""


class _BaseImages:
    """The seeded databases the run's final states are stored against: the run's own copies,
    else the installed seed when it is the same."""

    def __init__(self, store: RunStore) -> None:
        self.store = store
        self.images: dict[tuple[str, str], bytes] = {}

    def image(self, site: str, name: str) -> bytes:
        key = (site, name)
        if key not in self.images:
            image = self._kept(site, name)
            if image is None or digest(image) != name:
                image = seeded_image(site)
            if digest(image) != name:
                raise LookupError(f"the {site} seed changed since the run, and the run holds "
                                  f"no intact copy of its seed {name}")
            self.images[key] = image
        return self.images[key]

    def _kept(self, site: str, name: str) -> bytes | None:
        try:
            return self.store.bases.image(site, name)
        except (OSError, EOFError, zlib.error):  # a damaged copy
            return None

    def databases(self, state: FinalState) -> dict[str, sqlite3.Connection]:
        return {site: open_image(apply_page_diff(self.image(site, kept.base), kept.pages))
                for site, kept in state.sites.items()}


def _change(old: EpisodeResult, new: EpisodeResult) -> GradeChange | None:
    before = {name: getattr(old, name) for name in GRADE_FIELDS}
    after = {name: getattr(new, name) for name in GRADE_FIELDS}
    if old.attack or new.attack:
        before["attack_succeeded"] = old.attack.succeeded if old.attack else None
        after["attack_succeeded"] = new.attack.succeeded if new.attack else None
    if before == after:
        return None
    return GradeChange(old.task_id, before, after, _why(old.evidence, new.evidence))


def _why(old: list[Evidence], new: list[Evidence]) -> list[str]:
    """The facts whose outcome differs, old and new side by side."""
    before = {(e.kind, e.label): e for e in old}
    reasons = []
    for fact in new:
        previous = before.pop((fact.kind, fact.label), None)
        if previous is None:
            reasons.append(f"new {fact.kind} {fact.label!r}: {fact.outcome} ({fact.why})")
        elif previous.outcome != fact.outcome:
            reasons.append(f"{fact.kind} {fact.label!r}: {previous.outcome} -> {fact.outcome} "
                           f"({fact.why})")
    reasons += [f"{kind} {label!r} is gone (was {fact.outcome})"
                for (kind, label), fact in before.items()]
    return reasons


def _write(source: RunStore, target: RunStore, manifest: dict, suite_digest: str,
           results: list[Result]) -> None:
    target.write_manifest({**manifest, "suite_digest": suite_digest,
                           "regraded_from": str(source.directory.resolve())})
    for folder in ("trajectories", "bases"):
        if (source.directory / folder).is_dir():
            shutil.copytree(source.directory / folder, target.directory / folder)
    for result in results:
        target.append(result)


def describe(report: Regrade) -> list[str]:
    """The report as lines for a person."""
    lines = [f"re-graded {report.regraded} episode(s); {len(report.changes)} grade(s) changed"
             + ("; the suite changed since the run" if report.suite_changed else "")]
    for change in report.changes:
        moved = ", ".join(f"{k} {change.before[k]} -> {change.after[k]}"
                          for k in change.after if change.before.get(k) != change.after[k])
        lines.append(f"changed {change.task_id}: {moved}")
        lines += [f"    {reason}" for reason in change.why]
    lines += [f"kept {task_id}: {reason}" for task_id, reason in sorted(report.kept.items())]
    return lines


def as_json(report: Regrade) -> str:
    return json.dumps({"regraded": report.regraded, "suite_changed": report.suite_changed,
                       "changes": [vars(c) for c in report.changes], "kept": report.kept},
                      default=str, indent=2)
