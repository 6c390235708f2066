"""Imports point down the layers of docs/architecture.md: a module imports only from its own
layer or the layers below (function-level imports included)."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "sandbox"
LAYERS = {
    "websites": 1, "textgames": 1, "results": 1, "final_state": 1, "lifeline": 1, "plugins": 1,
    "envs": 2,
    "tasks": 3, "injection": 3, "mutations": 3,
    "grading": 4, "agents": 4, "defences": 4,
    "runner": 5,
    "reports": 6, "api": 6, "integrations": 6,
    "registration": 7, "cli": 7, "pytest_plugin": 7, "__init__": 7, "__main__": 7,
}


def part(module: str) -> str:
    """The layer-bearing part of a dotted name inside the package (``sandbox.X...`` -> X)."""
    names = module.split(".")
    return names[1] if len(names) > 1 else "__init__"


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imported(path: Path, text: str | None = None) -> set[str]:
    """Every ``sandbox...`` module the file (or ``text`` placed there) imports, relative
    imports resolved."""
    name = module_name(path)
    package = name if path.name == "__init__.py" else name.rsplit(".", 1)[0]
    found = set()
    source = path.read_text(encoding="utf-8") if text is None else text
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                target = ".".join(base + ([node.module] if node.module else []))
                if node.module is None:  # from . import x, y
                    found.update(f"{target}.{alias.name}" for alias in node.names)
                    continue
            else:
                target = node.module or ""
            found.add(target)
    return {m for m in found if m == "sandbox" or m.startswith("sandbox.")}


def modules() -> list[Path]:
    """The package's modules: .py files reached through packages only (not, say, the .py
    templates the repo site seeds projects from)."""
    return [path for path in sorted(PACKAGE.rglob("*.py"))
            if all((folder / "__init__.py").exists() for folder in path.parents
                   if folder.is_relative_to(PACKAGE))]


def upward_imports() -> list[str]:
    problems = []
    for path in modules():
        source = part(module_name(path))
        for target in sorted(imported(path)):
            layer = LAYERS.get(part(target))
            if layer is None:
                problems.append(f"{target} (imported by {module_name(path)}) has no layer")
            elif layer > LAYERS[source]:
                problems.append(f"{module_name(path)} (layer {LAYERS[source]}) imports "
                                f"{target} (layer {layer})")
    return problems


def test_every_top_level_module_has_a_layer():
    tops = {p.stem for p in PACKAGE.glob("*.py")} | {p.name for p in PACKAGE.iterdir()
                                                     if (p / "__init__.py").exists()}
    assert tops <= set(LAYERS), sorted(tops - set(LAYERS))


def test_imports_point_down():
    assert upward_imports() == []


@pytest.mark.parametrize(("source", "text", "expected"), [
    ("sandbox/envs/x.py", "from ..grading import checks", "sandbox.grading"),
    ("sandbox/envs/browser/x.py", "from ...grading.checks import run", "sandbox.grading.checks"),
    ("sandbox/websites/x.py", "def f():\n    import sandbox.runner.run", "sandbox.runner.run"),
    ("sandbox/tasks/__init__.py", "from . import loader", "sandbox.tasks.loader"),
])
def test_the_check_sees_relative_and_function_level_imports(source, text, expected):
    assert imported(PACKAGE.parent / source, text) == {expected}


def test_import_sandbox_stays_light():
    """``import sandbox`` registers the Gymnasium ids without loading the browser, the runner,
    the grader's judges or the task files."""
    heavy = ["playwright", "sandbox.runner.run", "sandbox.grading.judges", "langchain_core",
             "sandbox.tasks.loader", "sandbox.textgames"]
    code = f"import sys, sandbox; print([m for m in {heavy!r} if m in sys.modules])"
    loaded = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True).stdout.strip()
    assert loaded == "[]"
