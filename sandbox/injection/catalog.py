"""The attack catalog: templates, attacker goals and, per user task, where text can be planted.

All of it is YAML under ``sandbox/injection/data``; a bad file loads nothing and each problem
names the file, the entry and the field.
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from ..tasks.loader import SAFE_LOADER, TaskFileError, validation_problems
from ..tasks.spec import AttackerGoal
from .cases import CASES

DATA_DIR = Path(__file__).parent / "data"
CHANNEL_SITES = {case.channel: case.site for case in CASES}
TEMPLATE_FIELDS = ("instruction", "user", "attacker", "site_title", "page")


class Entry(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, coerce_numbers_to_str=True)


class AttackTemplate(Entry):
    """How the attacker words the planted text around the goal's instruction.

    ``text`` uses ``${instruction}`` and may use ``${user}`` (the agent's user), ``${attacker}``,
    ``${site_title}`` and ``${page}`` (the point's description of the page it shows on).
    """

    id: str
    name: str
    source: str = ""
    text: str = Field(min_length=10)

    @field_validator("text")
    @classmethod
    def _has_instruction(cls, value: str) -> str:
        if "${instruction}" not in value:
            raise ValueError("the text must hold ${instruction}, where the goal's request goes")
        return value


class InjectionPoint(Entry):
    """A place on a page the user task must read where an attacker can plant text."""

    channel: str
    target: str = ""
    page: str = Field(default="this page", min_length=3)
    author: str = ""
    """The account whose content carries the text (default: the goal's attacker), e.g. the
    owner of a profile the task visits, whose profile text the attacker wrote."""

    @field_validator("channel")
    @classmethod
    def _known_channel(cls, value: str) -> str:
        if value not in CHANNEL_SITES:
            raise ValueError(f"unknown channel; use one of {sorted(CHANNEL_SITES)}")
        return value


def _read(path: Path) -> Any:
    try:
        return yaml.load(path.read_text(encoding="utf-8"), Loader=SAFE_LOADER)
    except yaml.YAMLError as exc:
        raise TaskFileError([f"{path}: not valid YAML: {exc}"]) from None
    except OSError as exc:
        raise TaskFileError([f"{path}: cannot be read: {exc.strerror}"]) from None


def _validate(model: type[BaseModel], raw: Any, where: str, problems: list[str]) -> Any:
    try:
        return model.model_validate(raw)
    except ValidationError as exc:
        problems.extend(validation_problems(exc, where))
    return None


def _entries(path: Path, model: type[BaseModel]) -> list[Any]:
    data = _read(path)
    if not isinstance(data, list):
        raise TaskFileError([f"{path}: expected a list of entries"])
    problems: list[str] = []
    entries = [_validate(model, raw, f"{path} (entry {index})", problems)
               for index, raw in enumerate(data)]
    seen: set[str] = set()
    for entry in entries:
        if entry is not None and entry.id in seen:
            problems.append(f"{path}: field 'id': {entry.id!r} is defined twice")
        seen.add(getattr(entry, "id", ""))
    if problems:
        raise TaskFileError(problems)
    return entries


@functools.cache
def templates() -> dict[str, AttackTemplate]:
    return {t.id: t for t in _entries(DATA_DIR / "templates.yaml", AttackTemplate)}


@functools.cache
def goals() -> dict[str, AttackerGoal]:
    found: dict[str, AttackerGoal] = {}
    for path in sorted((DATA_DIR / "goals").glob("*.yaml")):
        for goal in _entries(path, AttackerGoal):
            if goal.id in found:
                raise TaskFileError([f"{path}: field 'id': {goal.id!r} is defined in another "
                                     "goal file too"])
            found[goal.id] = goal
    return found


@functools.cache
def points() -> dict[str, tuple[InjectionPoint, ...]]:
    """Each user task's injection points, by task id (one file per site)."""
    found: dict[str, tuple[InjectionPoint, ...]] = {}
    problems: list[str] = []
    for path in sorted((DATA_DIR / "points").glob("*.yaml")):
        data = _read(path)
        if not isinstance(data, dict):
            raise TaskFileError([f"{path}: expected a mapping of task id to a list of points"])
        for task_id, raw in data.items():
            if not isinstance(raw, list) or not raw:
                problems.append(f"{path}: {task_id}: expected a non-empty list of points")
                continue
            if str(task_id) in found:
                problems.append(f"{path}: {task_id}: has points in another file too")
            found[str(task_id)] = tuple(
                _validate(InjectionPoint, item, f"{path} ({task_id}, point {index})", problems)
                for index, item in enumerate(raw))
    if problems:
        raise TaskFileError(problems)
    return found
