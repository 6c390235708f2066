"""File trees for the seeded projects, filled in from the templates under ``seed_templates/``.

``seed_templates/<kind>/tree/`` holds the files every project of that kind starts with, at their
paths in the project. The functions below add the rest: files shared by several kinds (at the top
of ``seed_templates/``), one file per module, and files whose path or text depends on the project.
Templates use ``<<name>>`` placeholders (braces are too common in code to use ``str.format``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from importlib import resources
from importlib.resources.abc import Traversable

PLACEHOLDER = re.compile(r"<<(\w+)>>")
TEMPLATES = resources.files(__package__) / "seed_templates"

# The README's "Getting started" commands, per kind.
INSTALL = {
    "python": "pip install <<slug>>",
    "js": "npm install\nnpm start",
    "go": "go install ./cmd/<<slug>>",
    "docs": "pip install mkdocs-material\nmkdocs serve",
    "dotfiles": "./install.sh",
    "ops": "make check\nmake apply",
    "site": "python3 -m http.server 8000",
}


@dataclass(frozen=True)
class ProjectSpec:
    """What the seed knows about one project."""

    namespace: str
    path: str
    name: str
    description: str
    kind: str  # python, js, go, docs, dotfiles, ops, site
    modules: tuple[str, ...]
    visibility: str = "public"
    archived: bool = False
    issues: int = 6
    mrs: int = 1

    @property
    def full_path(self) -> str:
        return f"{self.namespace}/{self.path}"


def fill(template: str, **values: str) -> str:
    return PLACEHOLDER.sub(lambda m: values[m.group(1)], template)


def camel(word: str) -> str:
    return "".join(part.capitalize() for part in re.split(r"[-_ ]", word))


@cache
def template(name: str) -> str:
    """The text of ``seed_templates/<name>``."""
    return TEMPLATES.joinpath(*name.split("/")).read_text(encoding="utf-8")


@cache
def tree_templates(kind: str) -> dict[str, str]:
    """Path in the project -> template, for every file under ``seed_templates/<kind>/tree/``."""
    found: dict[str, str] = {}

    def walk(folder: Traversable, prefix: str) -> None:
        for entry in folder.iterdir():
            if entry.is_dir():
                if entry.name != "__pycache__":  # pip compiles the shipped .py files
                    walk(entry, f"{prefix}{entry.name}/")
            else:
                found[prefix + entry.name] = entry.read_text(encoding="utf-8")

    walk(TEMPLATES / kind / "tree", "")
    return found


def values_for(spec: ProjectSpec, holder: str, year: int) -> dict[str, str]:
    return {
        "project": spec.name,
        "slug": spec.path,
        "pkg": spec.path.replace("-", "_"),
        "desc": spec.description,
        "holder": holder,
        "year": str(year),
        "full_path": spec.full_path,
        "modules": ", ".join(spec.modules),
    }


def module_values(v: dict[str, str], module: str) -> dict[str, str]:
    return {**v, "module": module, "Module": module.capitalize(), "Cls": camel(module)}


def start(kind: str, v: dict[str, str], *shared: str) -> dict[str, str]:
    """The README, the ``shared`` top-level templates and ``<kind>/tree/``, filled with ``v``."""
    files = {"README.md": fill(template("README.md"), **v, install=fill(INSTALL[kind], **v))}
    files.update((name, fill(template(name), **v)) for name in shared)
    files.update((path, fill(text, **v)) for path, text in tree_templates(kind).items())
    return files


def python_files(spec: ProjectSpec, v: dict[str, str]) -> dict[str, str]:
    pkg = v["pkg"]
    base = {**v, **{f"m{i}": m for i, m in enumerate(spec.modules)},
            **{f"C{i}": camel(m) for i, m in enumerate(spec.modules)}}
    files = start("python", base, "LICENSE")
    files[f"src/{pkg}/__init__.py"] = fill(template("python/__init__.py"), **base)
    files[f"src/{pkg}/cli.py"] = fill(template("python/cli.py"), **base)
    for index, module in enumerate(spec.modules):
        names = module_values(v, module)
        files[f"src/{pkg}/{module}.py"] = fill(template(f"python/module{index % 3}.py"), **names)
        if index < 2:
            files[f"tests/test_{module}.py"] = fill(
                template(f"python/test_module{index}.py"), **names)
    return files


def js_files(spec: ProjectSpec, v: dict[str, str]) -> dict[str, str]:
    base = {**v, "m0": spec.modules[0], "m1": spec.modules[1], "C0": camel(spec.modules[0])}
    files = start("js", base, "LICENSE")
    files["public/styles.css"] = template("styles.css")
    for index, module in enumerate(spec.modules):
        names = module_values(v, module)
        files[f"src/{module}.js"] = fill(template(f"js/module{index % 3}.js"), **names)
        if index in (1, 2):
            files[f"test/{module}.test.js"] = fill(template(f"js/module{index}.test.js"), **names)
    return files


def go_files(spec: ProjectSpec, v: dict[str, str]) -> dict[str, str]:
    base = {**v, "m0": spec.modules[0]}
    files = start("go", base, "LICENSE")
    files[f"cmd/{spec.path}/main.go"] = fill(template("go/main.go"), **base)
    for index, module in enumerate(spec.modules):
        names = module_values(v, module)
        files[f"internal/{module}/{module}.go"] = fill(template(f"go/module{index % 3}.go"),
                                                        **names)
        if index < 2:
            files[f"internal/{module}/{module}_test.go"] = fill(
                template(f"go/module{index}_test.go"), **names)
    return files


def docs_files(spec: ProjectSpec, v: dict[str, str]) -> dict[str, str]:
    values = {**v, "nav": "\n".join(f"  - {m.capitalize()}: {m}.md" for m in spec.modules),
              "links": ", ".join(f"[{m}]({m}.md)" for m in spec.modules)}
    files = start("docs", values, "LICENSE", "CONTRIBUTING.md", "CODE_OF_CONDUCT.md")
    for module in spec.modules:
        words = module.replace("-", " ")
        files[f"docs/{module}.md"] = fill(template("docs/page.md"), **v, topic=module,
                                          Title=words.capitalize(), words=words)
    return files


def dotfiles_files(spec: ProjectSpec, v: dict[str, str]) -> dict[str, str]:
    email = f"{spec.namespace}@users.noreply.gitlab.example.com"
    return start("dotfiles", {**v, "email": email}, "LICENSE")


def ops_files(spec: ProjectSpec, v: dict[str, str]) -> dict[str, str]:
    files = start("ops", v)
    for module in spec.modules:
        files[f"playbooks/{module}.yml"] = fill(template("ops/playbook.yml"), topic=module)
    return files


def site_files(spec: ProjectSpec, v: dict[str, str], members: list[dict]) -> dict[str, str]:
    files = start("site", v, "LICENSE", "CONTRIBUTING.md", "CODE_OF_CONDUCT.md")
    files["assets/styles.css"] = template("styles.css")
    files["members.html"] = files["index.html"].replace("<h1>", "<h1>Members of ")
    files["join.html"] = files["index.html"].replace("<h1>", "<h1>Join ")
    files["data/members.json"] = "[\n" + ",\n".join(
        f'  {{"name": "{m["name"]}", "url": "{m["url"]}", "owner": "{m["owner"]}"}}'
        for m in members
    ) + "\n]\n"
    return files


GENERATORS: dict[str, Callable[[ProjectSpec, dict[str, str]], dict[str, str]]] = {
    "python": python_files,
    "js": js_files,
    "go": go_files,
    "docs": docs_files,
    "dotfiles": dotfiles_files,
    "ops": ops_files,
}


def project_files(
    spec: ProjectSpec, holder: str, year: int, members: list[dict]
) -> dict[str, str]:
    """The initial file tree of a seeded project."""
    values = values_for(spec, holder, year)
    if spec.kind == "site":
        return site_files(spec, values, members)
    return GENERATORS[spec.kind](spec, values)


def module_file(spec: ProjectSpec, module: str, files: dict[str, str]) -> str:
    """The path of the file a merge request about ``module`` would touch."""
    candidates = {
        "python": f"src/{spec.path.replace('-', '_')}/{module}.py",
        "js": f"src/{module}.js",
        "go": f"internal/{module}/{module}.go",
        "docs": f"docs/{module}.md",
        "ops": f"playbooks/{module}.yml",
        "dotfiles": ".bashrc",
        "site": "assets/styles.css",
    }
    path = candidates[spec.kind]
    return path if path in files else "README.md"


def snippet(spec: ProjectSpec, module: str) -> str:
    """What a merge request about ``module`` appends to its file (``<kind>/snippet``)."""
    return fill(template(f"{spec.kind}/snippet"), module=module.replace("-", "_"),
                Cls=camel(module))
