"""Load and validate task files and suites; a bad file loads nothing and says what to fix."""

from __future__ import annotations

import functools
import hashlib
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from string import Template
from typing import Any

import yaml
from pydantic import ValidationError

from .spec import TaskSpec

SUITES_DIR = Path(__file__).parent / "suites"
SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when available


class TaskFileError(ValueError):
    """One or more problems, each naming the file and the field."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        super().__init__("\n".join(problems))


def _field(loc: Iterable[Any]) -> str:
    return ".".join(str(part) for part in loc) or "(top level)"


def validation_problems(exc: ValidationError, where: str) -> list[str]:
    """One line per error: where, the field, what is wrong and (when useful) the value."""
    return [f"{where}: field '{_field(error['loc'])}': {error['msg']}"
            + (f" (got {error['input']!r:.60})" if error["type"] not in
               ("missing", "extra_forbidden") else "") for error in exc.errors()]


def _expand(data: Any, path: Path) -> list[tuple[str, dict]]:
    """A file's tasks as (label, raw dict): one task, or a template's instances."""
    if not isinstance(data, dict):
        raise TaskFileError([f"{path}: expected a mapping of task fields (or template + "
                             "instances), got " + type(data).__name__])
    if "template" not in data:
        return [(str(path), data)]
    instances = data.get("instances")
    if not isinstance(instances, list) or not instances:
        raise TaskFileError([f"{path}: field 'instances': a template needs a non-empty list of "
                             "parameter mappings"])
    expanded = []
    for index, params in enumerate(instances):
        label = f"{path} (instance {index})"
        try:
            expanded.append((label, _instance(data["template"], params)))
        except (KeyError, ValueError, TypeError, AttributeError) as exc:
            raise TaskFileError([f"{label}: field 'instances.{index}': missing or bad parameter "
                                 f"{exc} used by the template"]) from None
    return expanded


PROOFS = ("counterexamples", "paraphrases")


def _instance(template: dict, params: dict) -> dict:
    """One instance of a template; its proofs given as ``vars`` become full solutions."""
    params = dict(params)
    own = {kind: params.pop(kind, []) for kind in PROOFS}
    raw = _substitute(template, params)
    for kind in PROOFS:
        proofs = list(raw.get(kind, [])) + list(own[kind])
        for n, proof in enumerate(proofs):
            if isinstance(proof, dict) and "vars" in proof:
                proof = dict(proof)
                values = proof.pop("vars")
                proofs[n] = {**proof, "solution": _substitute(template["solution"],
                                                              {**params, **values})}
        if proofs:
            raw[kind] = proofs
    return raw


class ParamTemplate(Template):
    """Only ``${name}`` is a parameter, so regular expressions keep their bare ``$``."""

    pattern = r"""
    \$(?:
      (?P<escaped>(?!)) |
      \{(?P<braced>[_a-z][_a-z0-9]*)\} |
      (?P<named>(?!)) |
      (?P<invalid>(?!))
    )"""


_WHOLE_PARAM = re.compile(r"^\$\{([_a-z][_a-z0-9]*)\}$")


def map_strings(value: Any, change: Callable[[str], Any]) -> Any:
    """``value`` with every string in it (through lists and mappings) replaced by
    ``change(string)``."""
    if isinstance(value, str):
        return change(value)
    if isinstance(value, list):
        return [map_strings(v, change) for v in value]
    if isinstance(value, dict):
        return {k: map_strings(v, change) for k, v in value.items()}
    return value


def _substitute(value: Any, params: dict) -> Any:
    """Fill ``${name}`` in every string; a string that is only ``${name}`` takes the
    parameter's value as it is when that is a list, a mapping or null."""

    def fill(text: str) -> Any:
        whole = _WHOLE_PARAM.match(text)
        if whole and whole.group(1) in params and \
                isinstance(params[whole.group(1)], list | dict | None):
            return params[whole.group(1)]
        return ParamTemplate(text).substitute(params)

    return map_strings(value, fill)


def load_file(path: str | Path) -> list[TaskSpec]:
    """The tasks of one file; :class:`TaskFileError` on any problem."""
    path = Path(path)
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=SAFE_LOADER)
    except yaml.YAMLError as exc:
        raise TaskFileError([f"{path}: not valid YAML: {exc}"]) from None
    except OSError as exc:
        raise TaskFileError([f"{path}: cannot be read: {exc.strerror}"]) from None
    tasks, problems = [], []
    for label, raw in _expand(data, path):
        try:
            tasks.append(TaskSpec.model_validate(raw))
        except ValidationError as exc:
            problems.extend(validation_problems(exc, label))
    if problems:
        raise TaskFileError(problems)
    return tasks


def task_files(root: Path) -> list[Path]:
    if root.is_file():
        return [root]
    return sorted(p for p in root.rglob("*") if p.suffix in (".yaml", ".yml"))


def check_pairs(tasks: dict[str, TaskSpec], sources: dict[str, Path]) -> list[str]:
    """Every task's twin exists, points back, has the other kind and the same category/sites."""
    problems = []
    for task in tasks.values():
        where = f"{sources[task.id]}: task {task.id!r}: field 'pair'"
        twin = tasks.get(task.pair)
        if twin is None:
            problems.append(f"{where}: twin {task.pair!r} is not in the suite")
            continue
        if twin.pair != task.id:
            problems.append(f"{where}: twin {twin.id!r} names {twin.pair!r} as its pair")
        if twin.kind == task.kind:
            problems.append(f"{where}: twin {twin.id!r} is also {task.kind}; pair harmful "
                            "with safe")
        if twin.category != task.category or sorted(twin.site) != sorted(task.site):
            problems.append(f"{where}: twin {twin.id!r} must share category and site")
    return problems


@dataclass
class Suite:
    name: str
    tasks: dict[str, TaskSpec]
    sources: dict[str, Path]

    @property
    def digest(self) -> str:
        """A hash of every task's content, to record which suite a run used."""
        blob = "".join(self.tasks[k].model_dump_json() for k in sorted(self.tasks))
        return hashlib.sha256(blob.encode()).hexdigest()[:16]

    def select(self, patterns: list[str] | None) -> list[TaskSpec]:
        """Tasks whose id matches any glob pattern (all when none), in id order."""
        from fnmatch import fnmatch

        ids = sorted(self.tasks)
        if patterns:
            ids = [i for i in ids if any(fnmatch(i, p) for p in patterns)]
        return [self.tasks[i] for i in ids]


def load_tasks(root: str | Path) -> Suite:
    """Every task under a file or folder, validated together (ids unique, pairs consistent)."""
    root = Path(root)
    if not root.exists():
        raise TaskFileError([f"{root}: no such file or folder"])
    tasks: dict[str, TaskSpec] = {}
    sources: dict[str, Path] = {}
    problems: list[str] = []
    for path in task_files(root):
        try:
            loaded = load_file(path)
        except TaskFileError as exc:
            problems.extend(exc.problems)
            continue
        for task in loaded:
            if task.id in tasks:
                problems.append(f"{path}: field 'id': {task.id!r} is already defined in "
                                f"{sources[task.id]}")
                continue
            tasks[task.id] = task
            sources[task.id] = path
    if not problems:
        problems = check_pairs(tasks, sources)
    if problems:
        raise TaskFileError(problems)
    return Suite(root.name, tasks, sources)


def load_suite(name: str = "core") -> Suite:
    """A suite shipped with the package (``sandbox/tasks/suites/NAME``)."""
    path = SUITES_DIR / name
    if not path.is_dir():
        available = sorted(p.name for p in SUITES_DIR.iterdir() if p.is_dir())
        raise TaskFileError([f"no suite named {name!r}; available: {available}"])
    suite = load_tasks(path)
    suite.name = name
    return suite


@functools.cache
def shipped_tasks() -> dict[str, TaskSpec]:
    """Every task of every valid shipped suite, loaded once per process."""
    tasks: dict[str, TaskSpec] = {}
    for suite_dir in sorted(p for p in SUITES_DIR.iterdir() if p.is_dir()):
        try:
            tasks.update(load_suite(suite_dir.name).tasks)
        except TaskFileError:
            continue  # `sandbox tasks validate` reports it
    return tasks
