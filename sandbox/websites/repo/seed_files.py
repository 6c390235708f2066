"""File trees for the seeded projects: plausible small modules, docs and configs per language.

Templates use ``<<name>>`` placeholders (braces are too common in code to use ``str.format``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

PLACEHOLDER = re.compile(r"<<(\w+)>>")


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


MIT = """MIT License

Copyright (c) <<year>> <<holder>>

Permission is hereby granted, free of charge, to any person obtaining a copy
of this software and associated documentation files (the "Software"), to deal
in the Software without restriction, including without limitation the rights
to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
copies of the Software, and to permit persons to whom the Software is
furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all
copies or substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE
SOFTWARE.
"""

README = """# <<project>>

<<desc>>

## Getting started

<<install>>

## Layout

The code is split into small parts: <<modules>>. Each has its own tests.

## Contributing

Issues and merge requests are welcome. Please open an issue first for larger
changes, keep merge requests focused, and run the test suite before pushing.

## License

Released under the MIT license; see `LICENSE`.
"""

# --- Python -----------------------------------------------------------------------------------

PY_PYPROJECT = """[build-system]
requires = ["setuptools>=68"]
build-backend = "setuptools.build_meta"

[project]
name = "<<slug>>"
version = "0.4.2"
description = "<<desc>>"
readme = "README.md"
requires-python = ">=3.9"
license = { text = "MIT" }
dependencies = ["click>=8.1"]

[project.optional-dependencies]
test = ["pytest>=7", "pytest-cov"]

[project.scripts]
<<slug>> = "<<pkg>>.cli:main"

[tool.pytest.ini_options]
testpaths = ["tests"]
"""

PY_INIT = '''"""<<project>>: <<desc>>"""

from .<<m0>> import <<C0>>, load_<<m0>>
from .<<m1>> import <<C1>>

__all__ = ["<<C0>>", "<<C1>>", "load_<<m0>>"]
__version__ = "0.4.2"
'''

PY_MODULES = [
    '''"""<<Module>> records: loading, validating and merging them."""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field
from pathlib import Path

log = logging.getLogger(__name__)


@dataclass
class <<Cls>>:
    """One <<module>> entry as read from disk."""

    name: str
    options: dict[str, str] = field(default_factory=dict)
    enabled: bool = True

    def merged(self, **overrides: str) -> "<<Cls>>":
        """A copy with ``overrides`` applied on top of the current options."""
        return <<Cls>>(self.name, {**self.options, **overrides}, self.enabled)


def load_<<module>>(path: str | Path) -> list[<<Cls>>]:
    """Read every <<module>> entry from a JSON file."""
    raw = json.loads(Path(path).read_text(encoding="utf-8"))
    items = [<<Cls>>(entry["name"], entry.get("options", {})) for entry in raw]
    log.debug("loaded %d <<module>> entries from %s", len(items), path)
    return items


def validate_<<module>>(item: <<Cls>>) -> list[str]:
    """Problems with ``item``, empty when it is fine."""
    problems = []
    if not item.name.strip():
        problems.append("name must not be empty")
    for key, value in item.options.items():
        if not isinstance(value, str):
            problems.append(f"option {key!r} must be a string")
    return problems
''',
    '''"""<<Module>>: a small pipeline of steps applied in order."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Any

Step = Callable[[Any], Any]


class <<Cls>>:
    """Chains steps; each receives the previous step's result."""

    def __init__(self, steps: Iterable[Step] = ()) -> None:
        self._steps: list[Step] = list(steps)

    def then(self, step: Step) -> "<<Cls>>":
        return <<Cls>>([*self._steps, step])

    def run(self, value: Any) -> Any:
        for step in self._steps:
            value = step(value)
        return value

    def run_many(self, values: Iterable[Any]) -> Iterator[Any]:
        for value in values:
            yield self.run(value)

    def __len__(self) -> int:
        return len(self._steps)


def strip_empty(values: list[str]) -> list[str]:
    return [value for value in values if value.strip()]
''',
    '''"""<<Module>> helpers with a tiny cache in front of slow lookups."""

from __future__ import annotations

import time
from dataclasses import dataclass


@dataclass
class <<Cls>>:
    """Remembers results for ``ttl`` seconds."""

    ttl: float = 60.0

    def __post_init__(self) -> None:
        self._store: dict[str, tuple[float, object]] = {}

    def get(self, key: str) -> object | None:
        entry = self._store.get(key)
        if entry is None or entry[0] < time.monotonic():
            self._store.pop(key, None)
            return None
        return entry[1]

    def put(self, key: str, value: object) -> None:
        self._store[key] = (time.monotonic() + self.ttl, value)

    def clear(self) -> int:
        count = len(self._store)
        self._store.clear()
        return count


def normalise_<<module>>_key(raw: str) -> str:
    """Keys are compared case-insensitively and without surrounding spaces."""
    return " ".join(raw.split()).lower()
''',
]

PY_CLI = '''"""Command line entry point: ``<<slug>> --help``."""

from __future__ import annotations

import sys

import click

from . import __version__
from .<<m0>> import load_<<m0>>, validate_<<m0>>


@click.group()
@click.version_option(__version__)
def main() -> None:
    """<<desc>>"""


@main.command()
@click.argument("path", type=click.Path(exists=True))
def check(path: str) -> None:
    """Validate the <<m0>> entries in PATH."""
    failures = 0
    for item in load_<<m0>>(path):
        for problem in validate_<<m0>>(item):
            click.echo(f"{item.name}: {problem}", err=True)
            failures += 1
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
'''

PY_TESTS = [
    '''from <<pkg>>.<<module>> import <<Cls>>, validate_<<module>>


def test_merged_keeps_original():
    item = <<Cls>>("alpha", {"level": "1"})
    merged = item.merged(level="2")
    assert merged.options == {"level": "2"}
    assert item.options == {"level": "1"}


def test_validate_rejects_blank_name():
    assert validate_<<module>>(<<Cls>>("  ")) == ["name must not be empty"]
''',
    '''from <<pkg>>.<<module>> import <<Cls>>, strip_empty


def test_steps_run_in_order():
    chain = <<Cls>>().then(str.strip).then(str.upper)
    assert chain.run("  hi ") == "HI"
    assert len(chain) == 2


def test_strip_empty():
    assert strip_empty(["a", " ", "", "b"]) == ["a", "b"]
''',
    '''from <<pkg>>.<<module>> import <<Cls>>, normalise_<<module>>_key


def test_cache_round_trip():
    cache = <<Cls>>(ttl=10)
    cache.put("k", 1)
    assert cache.get("k") == 1
    assert cache.clear() == 1


def test_normalise_key():
    assert normalise_<<module>>_key("  Hello   World ") == "hello world"
''',
]

PY_GITIGNORE = "__pycache__/\n*.py[cod]\n.venv/\nbuild/\ndist/\n*.egg-info/\n.coverage\n"

PY_CI = """image: python:3.11-slim

stages: [lint, test]

lint:
  stage: lint
  script:
    - pip install ruff
    - ruff check .

test:
  stage: test
  script:
    - pip install -e .[test]
    - pytest --cov=<<pkg>>
"""

CHANGELOG = """# Changelog

## 0.4.2
- Fix a crash on empty input in `<<m0>>`.
- Document the `<<m1>>` options.

## 0.4.0
- New `<<m2>>` module.
- Drop support for end-of-life runtimes.

## 0.3.0
- First public release.
"""

PY_USAGE = """# Using <<project>>

```python
from <<pkg>> import load_<<m0>>

for item in load_<<m0>>("examples/<<m0>>.json"):
    print(item.name, item.options)
```

From the shell:

```sh
<<slug>> check examples/<<m0>>.json
```

Exit status is 1 when any entry has a problem; each problem is printed to stderr.
"""


def python_files(spec: ProjectSpec, v: dict[str, str]) -> dict[str, str]:
    pkg = v["pkg"]
    mods = {f"m{i}": m for i, m in enumerate(spec.modules)}
    classes = {f"C{i}": camel(m) for i, m in enumerate(spec.modules)}
    base = {**v, **mods, **classes}
    files = {
        "README.md": fill(README, **v, install=f"```sh\npip install {spec.path}\n```"),
        "LICENSE": fill(MIT, **v),
        "pyproject.toml": fill(PY_PYPROJECT, **v),
        ".gitignore": PY_GITIGNORE,
        ".gitlab-ci.yml": fill(PY_CI, **v),
        "CHANGELOG.md": fill(CHANGELOG, **base),
        f"src/{pkg}/__init__.py": fill(PY_INIT, **base),
        f"src/{pkg}/cli.py": fill(PY_CLI, **base),
        "docs/usage.md": fill(PY_USAGE, **base),
    }
    for index, module in enumerate(spec.modules):
        names = {**v, "module": module, "Module": module.capitalize(), "Cls": camel(module)}
        files[f"src/{pkg}/{module}.py"] = fill(PY_MODULES[index % 3], **names)
        if index < 2:
            files[f"tests/test_{module}.py"] = fill(PY_TESTS[index % 3], **names)
    return files


# --- JavaScript -------------------------------------------------------------------------------

JS_PACKAGE = """{
  "name": "<<slug>>",
  "version": "1.3.0",
  "description": "<<desc>>",
  "main": "src/index.js",
  "type": "module",
  "scripts": {
    "start": "node src/index.js",
    "test": "node --test test/",
    "lint": "eslint src test"
  },
  "license": "MIT",
  "devDependencies": {
    "eslint": "^8.57.0"
  }
}
"""

JS_INDEX = """import { create<<C0>> } from './<<m0>>.js';
import { <<m1>>Defaults } from './<<m1>>.js';
import { formatBytes } from './utils/format.js';

export function start(root = document.body) {
  const widget = create<<C0>>({ ...<<m1>>Defaults, root });
  widget.render();
  console.info(`<<project>> ready (${formatBytes(document.body.innerHTML.length)})`);
  return widget;
}

export { create<<C0>> };
"""

JS_MODULES = [
    """export function create<<Cls>>({ root, items = [], label = '<<Module>>' } = {}) {
  const state = { items: [...items], selected: null };

  function select(index) {
    if (index < 0 || index >= state.items.length) return;
    state.selected = index;
    render();
  }

  function render() {
    root.innerHTML = '';
    const list = document.createElement('ul');
    list.setAttribute('aria-label', label);
    state.items.forEach((item, index) => {
      const entry = document.createElement('li');
      entry.textContent = item.name;
      entry.tabIndex = 0;
      if (index === state.selected) entry.setAttribute('aria-current', 'true');
      entry.addEventListener('click', () => select(index));
      list.appendChild(entry);
    });
    root.appendChild(list);
  }

  return { render, select, get state() { return state; } };
}
""",
    """export const <<module>>Defaults = Object.freeze({
  pageSize: 25,
  sortKey: 'name',
  descending: false,
});

export function sort<<Cls>>(items, { sortKey, descending } = <<module>>Defaults) {
  const sorted = [...items].sort((a, b) => String(a[sortKey]).localeCompare(String(b[sortKey])));
  return descending ? sorted.reverse() : sorted;
}

export function paginate<<Cls>>(items, page = 1, pageSize = <<module>>Defaults.pageSize) {
  const start = (page - 1) * pageSize;
  return items.slice(start, start + pageSize);
}
""",
    """const listeners = new Map();

export function on<<Cls>>(event, handler) {
  if (!listeners.has(event)) listeners.set(event, new Set());
  listeners.get(event).add(handler);
  return () => listeners.get(event).delete(handler);
}

export function emit<<Cls>>(event, payload) {
  for (const handler of listeners.get(event) ?? []) {
    try {
      handler(payload);
    } catch (error) {
      console.error('<<module>> handler failed', error);
    }
  }
}
""",
]

JS_FORMAT = """const UNITS = ['B', 'KB', 'MB', 'GB'];

export function formatBytes(bytes) {
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${value.toFixed(unit ? 1 : 0)} ${UNITS[unit]}`;
}

export function formatDate(date, locale = 'en-GB') {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(date);
}
"""

JS_TESTS = [
    """import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sort<<Cls>>, paginate<<Cls>> } from '../src/<<module>>.js';

test('sorts by name', () => {
  const sorted = sort<<Cls>>([{ name: 'b' }, { name: 'a' }]);
  assert.deepEqual(sorted.map((item) => item.name), ['a', 'b']);
});

test('paginates', () => {
  assert.equal(paginate<<Cls>>(Array.from({ length: 30 }), 2).length, 5);
});
""",
    """import { test } from 'node:test';
import assert from 'node:assert/strict';
import { on<<Cls>>, emit<<Cls>> } from '../src/<<module>>.js';

test('handlers receive payloads', () => {
  const seen = [];
  const off = on<<Cls>>('change', (value) => seen.push(value));
  emit<<Cls>>('change', 1);
  off();
  emit<<Cls>>('change', 2);
  assert.deepEqual(seen, [1]);
});
""",
]

JS_HTML = """<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title><<project>></title>
  <link rel="stylesheet" href="styles.css">
</head>
<body>
  <a class="skip-link" href="#main">Skip to content</a>
  <header><h1><<project>></h1></header>
  <main id="main">
    <p><<desc>></p>
    <div id="app" aria-live="polite"></div>
  </main>
  <script type="module">
    import { start } from '../src/index.js';
    start(document.getElementById('app'));
  </script>
</body>
</html>
"""

CSS = """:root {
  --fg: #1f2328;
  --bg: #ffffff;
  --accent: #1f6feb;
  --radius: 6px;
}

body {
  margin: 0;
  font: 16px/1.5 system-ui, sans-serif;
  color: var(--fg);
  background: var(--bg);
}

.skip-link {
  position: absolute;
  left: -999px;
}

.skip-link:focus {
  left: 1rem;
  top: 1rem;
  background: var(--bg);
  padding: 0.5rem;
}

a:focus-visible,
button:focus-visible {
  outline: 3px solid var(--accent);
  outline-offset: 2px;
}

@media (prefers-reduced-motion: reduce) {
  * { animation: none !important; transition: none !important; }
}
"""

ESLINT = """{
  "root": true,
  "env": { "browser": true, "es2022": true, "node": true },
  "extends": "eslint:recommended",
  "parserOptions": { "sourceType": "module" },
  "rules": { "no-unused-vars": "warn" }
}
"""

JS_CI = """image: node:20

cache:
  paths: [node_modules/]

test:
  script:
    - npm ci
    - npm run lint
    - npm test
"""


def js_files(spec: ProjectSpec, v: dict[str, str]) -> dict[str, str]:
    base = {**v, "m0": spec.modules[0], "m1": spec.modules[1], "C0": camel(spec.modules[0])}
    files = {
        "README.md": fill(README, **v, install="```sh\nnpm install\nnpm start\n```"),
        "LICENSE": fill(MIT, **v),
        "package.json": fill(JS_PACKAGE, **v),
        ".gitignore": "node_modules/\ndist/\ncoverage/\n.DS_Store\n",
        ".eslintrc.json": ESLINT,
        ".gitlab-ci.yml": JS_CI,
        "src/index.js": fill(JS_INDEX, **base),
        "src/utils/format.js": JS_FORMAT,
        "public/index.html": fill(JS_HTML, **v),
        "public/styles.css": CSS,
    }
    for index, module in enumerate(spec.modules):
        names = {**v, "module": module, "Module": module.capitalize(), "Cls": camel(module)}
        files[f"src/{module}.js"] = fill(JS_MODULES[index % 3], **names)
        if index in (1, 2):
            files[f"test/{module}.test.js"] = fill(JS_TESTS[index - 1], **names)
    return files


# --- Go ---------------------------------------------------------------------------------------

GO_MOD = """module gitlab.example.com/<<full_path>>

go 1.22

require github.com/stretchr/testify v1.9.0
"""

GO_MAIN = """package main

import (
	"flag"
	"fmt"
	"log"
	"os"

	"gitlab.example.com/<<full_path>>/internal/<<m0>>"
)

func main() {
	addr := flag.String("addr", ":8080", "listen address")
	verbose := flag.Bool("v", false, "verbose logging")
	flag.Parse()

	if *verbose {
		log.SetFlags(log.LstdFlags | log.Lshortfile)
	}
	svc, err := <<m0>>.New(<<m0>>.Config{Addr: *addr})
	if err != nil {
		fmt.Fprintln(os.Stderr, "<<slug>>:", err)
		os.Exit(1)
	}
	log.Printf("<<slug>> listening on %s", *addr)
	if err := svc.Run(); err != nil {
		log.Fatal(err)
	}
}
"""

GO_MODULES = [
    """package <<module>>

import (
	"errors"
	"net/http"
	"time"
)

// Config holds the settings of a <<Cls>> service.
type Config struct {
	Addr    string
	Timeout time.Duration
}

// Service serves the <<module>> API.
type Service struct {
	cfg    Config
	server *http.Server
}

// New validates cfg and builds a Service.
func New(cfg Config) (*Service, error) {
	if cfg.Addr == "" {
		return nil, errors.New("<<module>>: empty listen address")
	}
	if cfg.Timeout == 0 {
		cfg.Timeout = 10 * time.Second
	}
	mux := http.NewServeMux()
	mux.HandleFunc("/healthz", func(w http.ResponseWriter, _ *http.Request) {
		w.WriteHeader(http.StatusOK)
	})
	return &Service{cfg: cfg, server: &http.Server{
		Addr: cfg.Addr, Handler: mux, ReadTimeout: cfg.Timeout,
	}}, nil
}

// Run blocks serving requests.
func (s *Service) Run() error {
	return s.server.ListenAndServe()
}
""",
    """package <<module>>

import (
	"sync"
	"time"
)

// <<Cls>> is safe for concurrent use.
type <<Cls>> struct {
	mu      sync.Mutex
	entries map[string]entry
	ttl     time.Duration
}

type entry struct {
	value   []byte
	expires time.Time
}

// New<<Cls>> returns an empty <<Cls>> whose entries live for ttl.
func New<<Cls>>(ttl time.Duration) *<<Cls>> {
	return &<<Cls>>{entries: make(map[string]entry), ttl: ttl}
}

// Get returns the value for key and whether it was present and fresh.
func (c *<<Cls>>) Get(key string) ([]byte, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	e, ok := c.entries[key]
	if !ok || time.Now().After(e.expires) {
		delete(c.entries, key)
		return nil, false
	}
	return e.value, true
}

// Put stores value under key.
func (c *<<Cls>>) Put(key string, value []byte) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.entries[key] = entry{value: value, expires: time.Now().Add(c.ttl)}
}
""",
    """package <<module>>

import (
	"fmt"
	"strings"
)

// Record is one parsed <<module>> line.
type Record struct {
	Key   string
	Value string
}

// Parse reads "key=value" lines, skipping blanks and # comments.
func Parse(input string) ([]Record, error) {
	var out []Record
	for n, line := range strings.Split(input, "\\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		key, value, ok := strings.Cut(line, "=")
		if !ok {
			return nil, fmt.Errorf("<<module>>: line %d: missing '='", n+1)
		}
		out = append(out, Record{Key: strings.TrimSpace(key), Value: strings.TrimSpace(value)})
	}
	return out, nil
}
""",
]

GO_TESTS = [
    """package <<module>>

import "testing"

func TestNewRejectsEmptyAddr(t *testing.T) {
	if _, err := New(Config{}); err == nil {
		t.Fatal("expected an error for an empty address")
	}
}

func TestNewDefaultsTimeout(t *testing.T) {
	s, err := New(Config{Addr: ":0"})
	if err != nil {
		t.Fatal(err)
	}
	if s.cfg.Timeout == 0 {
		t.Fatal("timeout not defaulted")
	}
}
""",
    """package <<module>>

import (
	"testing"
	"time"
)

func TestPutGet(t *testing.T) {
	c := New<<Cls>>(time.Minute)
	c.Put("a", []byte("1"))
	if v, ok := c.Get("a"); !ok || string(v) != "1" {
		t.Fatalf("got %q, %v", v, ok)
	}
}

func TestExpiry(t *testing.T) {
	c := New<<Cls>>(-time.Second)
	c.Put("a", []byte("1"))
	if _, ok := c.Get("a"); ok {
		t.Fatal("expired entry returned")
	}
}
""",
]

GO_MAKEFILE = """.PHONY: build test lint

build:
\tgo build -o bin/<<slug>> ./cmd/<<slug>>

test:
\tgo test -race ./...

lint:
\tgo vet ./...
"""

GO_CI = """image: golang:1.22

test:
  script:
    - go vet ./...
    - go test -race ./...
"""

GO_DESIGN = """# Design notes

<<project>> is a single binary (`cmd/<<slug>>`) over three internal packages:
<<modules>>. Packages under `internal/` are not importable by other modules, so we
can change them freely.

## Errors

Errors are wrapped with the package name (`<<m0>>: ...`) and returned, never logged
and returned. `main` decides what to print.

## Concurrency

Types that are shared between goroutines carry their own mutex and say so in their
doc comment.
"""


def go_files(spec: ProjectSpec, v: dict[str, str]) -> dict[str, str]:
    base = {**v, "m0": spec.modules[0]}
    files = {
        "README.md": fill(README, **v, install=f"```sh\ngo install ./cmd/{spec.path}\n```"),
        "LICENSE": fill(MIT, **v),
        "go.mod": fill(GO_MOD, **v),
        "Makefile": fill(GO_MAKEFILE, **v),
        ".gitlab-ci.yml": GO_CI,
        ".gitignore": "bin/\n*.test\ncoverage.out\n",
        f"cmd/{spec.path}/main.go": fill(GO_MAIN, **base),
        "docs/design.md": fill(GO_DESIGN, **base),
    }
    for index, module in enumerate(spec.modules):
        names = {**v, "module": module, "Cls": camel(module)}
        files[f"internal/{module}/{module}.go"] = fill(GO_MODULES[index % 3], **names)
        if index < 2:
            files[f"internal/{module}/{module}_test.go"] = fill(GO_TESTS[index], **names)
    return files


# --- Documentation sites ----------------------------------------------------------------------

MKDOCS = """site_name: <<project>>
site_description: <<desc>>
repo_url: https://gitlab.example.com/<<full_path>>
theme:
  name: material
nav:
  - Home: index.md
<<nav>>
markdown_extensions:
  - admonition
  - toc:
      permalink: true
"""

DOC_PAGE = """# <<Title>>

<<intro>>

## Principles

1. Prefer clarity over cleverness: every <<topic>> decision should be explainable
   in one sentence.
2. Test with real users, including people who use screen readers, magnifiers and
   keyboards only.
3. Document the why, not only the what.

## Guidance

| Do | Don't |
|----|-------|
| Use the shared <<topic>> tokens | Hard-code one-off values |
| Check contrast and focus states | Rely on colour alone |
| Keep examples short | Copy whole pages as examples |

## Open questions

See the issue tracker for proposals tagged `<<topic>>`.
"""

CONTRIBUTING = """# Contributing

Thanks for helping out! A few ground rules:

- Open an issue before starting large changes.
- One topic per merge request; keep commits small and well described.
- Be kind in reviews. The code of conduct applies everywhere in this project.
- Maintainers merge once CI passes and one reviewer approved.
"""

CONDUCT = """# Code of Conduct

We want this project to be welcoming to everyone. Harassment, insults and
personal attacks are not tolerated. Report problems privately to the maintainers;
they will respond within a week and keep reports confidential.
"""


def docs_files(spec: ProjectSpec, v: dict[str, str]) -> dict[str, str]:
    nav = "\n".join(f"  - {m.capitalize()}: {m}.md" for m in spec.modules)
    files = {
        "README.md": fill(README, **v,
                          install="```sh\npip install mkdocs-material\nmkdocs serve\n```"),
        "LICENSE": fill(MIT, **v),
        "mkdocs.yml": fill(MKDOCS, **v, nav=nav),
        "CONTRIBUTING.md": CONTRIBUTING,
        "CODE_OF_CONDUCT.md": CONDUCT,
        ".gitlab-ci.yml": "image: python:3.11\n\npages:\n  script:\n"
        "    - pip install mkdocs-material\n    - mkdocs build -d public\n"
        "  artifacts:\n    paths: [public]\n",
        "docs/index.md": f"# {spec.name}\n\n{spec.description}\n\nStart with "
        + ", ".join(f"[{m}]({m}.md)" for m in spec.modules) + ".\n",
    }
    for module in spec.modules:
        files[f"docs/{module}.md"] = fill(
            DOC_PAGE, Title=module.replace("-", " ").capitalize(), topic=module,
            intro=f"How {spec.name} approaches {module.replace('-', ' ')}.",
        )
    return files


# --- Dotfiles and operations ------------------------------------------------------------------

DOTFILES = {
    ".bashrc": """# ~/.bashrc
[ -z "$PS1" ] && return

export EDITOR=nvim
export HISTSIZE=50000
export HISTCONTROL=ignoredups:erasedups
shopt -s histappend checkwinsize

alias ll='ls -lah'
alias gs='git status -sb'
alias gl='git log --oneline --graph --decorate -20'

[ -f ~/.bash_local ] && source ~/.bash_local
""",
    ".zshrc": """# ~/.zshrc
setopt autocd extendedglob hist_ignore_dups share_history
HISTFILE=~/.zsh_history
HISTSIZE=50000
SAVEHIST=50000
bindkey -e
autoload -Uz compinit && compinit
PROMPT='%F{cyan}%~%f %# '
source ~/.aliases 2>/dev/null
""",
    ".vimrc": """set nocompatible
syntax on
filetype plugin indent on
set number relativenumber
set expandtab shiftwidth=4 tabstop=4
set incsearch hlsearch ignorecase smartcase
set undofile undodir=~/.vim/undo
nnoremap <leader>w :w<CR>
""",
    ".gitconfig": """[user]
\tname = <<holder>>
\temail = <<email>>
[init]
\tdefaultBranch = main
[pull]
\trebase = true
[alias]
\tco = checkout
\tst = status -sb
\tlast = log -1 HEAD
""",
    ".tmux.conf": """set -g prefix C-a
unbind C-b
set -g mouse on
set -g history-limit 100000
set -g base-index 1
bind r source-file ~/.tmux.conf \\; display "reloaded"
""",
    "config/nvim/init.lua": """vim.opt.number = true
vim.opt.relativenumber = true
vim.opt.expandtab = true
vim.opt.shiftwidth = 2
vim.opt.termguicolors = true
vim.g.mapleader = ' '

vim.keymap.set('n', '<leader>ff', '<cmd>Telescope find_files<cr>')
vim.keymap.set('n', '<leader>fg', '<cmd>Telescope live_grep<cr>')
""",
    "config/alacritty/alacritty.toml": """[font]
size = 12.5

[font.normal]
family = "JetBrains Mono"

[window]
padding = { x = 8, y = 8 }
opacity = 0.97
""",
    "config/git/ignore": ".DS_Store\n*.swp\n.idea/\n.vscode/\n",
    "install.sh": """#!/usr/bin/env bash
# Symlink every dotfile into $HOME, backing up what is already there.
set -euo pipefail
cd "$(dirname "$0")"
for file in .bashrc .zshrc .vimrc .gitconfig .tmux.conf; do
  if [ -e "$HOME/$file" ] && [ ! -L "$HOME/$file" ]; then
    mv "$HOME/$file" "$HOME/$file.bak"
  fi
  ln -sfn "$PWD/$file" "$HOME/$file"
done
mkdir -p "$HOME/.config"
ln -sfn "$PWD/config/nvim" "$HOME/.config/nvim"
ln -sfn "$PWD/config/alacritty" "$HOME/.config/alacritty"
echo "dotfiles installed"
""",
    "scripts/backup.sh": """#!/usr/bin/env bash
# Nightly backup of ~/Documents to the NAS.
set -euo pipefail
rsync -a --delete "$HOME/Documents/" "nas.local:/backups/$(hostname)/Documents/"
""",
}

OPS_FILES = {
    "inventory/hosts.ini": """[servers]
nas.lan ansible_host=192.168.1.10
pi-hole.lan ansible_host=192.168.1.11
media.lan ansible_host=192.168.1.12

[servers:vars]
ansible_user=admin
""",
    "group_vars/all.yml": """timezone: Europe/Berlin
admin_user: admin
unattended_upgrades: true
backup_target: nas.lan:/backups
""",
    "playbooks/site.yml": """- name: Configure every host
  hosts: servers
  become: true
  roles:
    - common
""",
    "roles/common/tasks/main.yml": """- name: Set timezone
  community.general.timezone:
    name: "{{ timezone }}"

- name: Install base packages
  ansible.builtin.apt:
    name: [htop, tmux, vim, unattended-upgrades]
    state: present
    update_cache: true
  notify: restart unattended-upgrades
""",
    "roles/common/handlers/main.yml": """- name: restart unattended-upgrades
  ansible.builtin.service:
    name: unattended-upgrades
    state: restarted
""",
    "docker/compose.yaml": """services:
  jellyfin:
    image: jellyfin/jellyfin:10.9
    volumes:
      - /srv/media:/media:ro
      - jellyfin-config:/config
    ports: ["8096:8096"]
    restart: unless-stopped

volumes:
  jellyfin-config:
""",
    "Makefile": "check:\n\tansible-playbook --check playbooks/site.yml\n\n"
    "apply:\n\tansible-playbook playbooks/site.yml\n",
}

OPS_PLAYBOOK = """- name: <<Title>>
  hosts: servers
  become: true
  tasks:
    - name: Ensure <<topic>> directory exists
      ansible.builtin.file:
        path: /srv/<<topic>>
        state: directory
        mode: "0755"
    - name: Deploy <<topic>> configuration
      ansible.builtin.template:
        src: <<topic>>.conf.j2
        dest: /etc/<<topic>>.conf
"""


def dotfiles_files(spec: ProjectSpec, v: dict[str, str]) -> dict[str, str]:
    email = f"{spec.namespace}@users.noreply.gitlab.example.com"
    files = {"README.md": fill(README, **v, install="```sh\n./install.sh\n```"),
             "LICENSE": fill(MIT, **v)}
    for path, text in DOTFILES.items():
        files[path] = fill(text, holder=v["holder"], email=email)
    return files


def ops_files(spec: ProjectSpec, v: dict[str, str]) -> dict[str, str]:
    files = {"README.md": fill(README, **v, install="```sh\nmake check\nmake apply\n```"),
             ".gitlab-ci.yml": "lint:\n  image: python:3.11\n  script:\n"
             "    - pip install ansible-lint\n    - ansible-lint playbooks/\n",
             **OPS_FILES}
    for module in spec.modules:
        files[f"playbooks/{module}.yml"] = fill(OPS_PLAYBOOK, Title=f"Set up {module}",
                                                 topic=module)
    return files


# --- The webring's static site ----------------------------------------------------------------

SITE_INDEX = """<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title><<project>></title>
  <link rel="stylesheet" href="assets/styles.css">
</head>
<body>
  <a class="skip-link" href="#main">Skip to content</a>
  <header>
    <h1><<project>></h1>
    <nav aria-label="Main">
      <a href="index.html">Home</a>
      <a href="members.html">Members</a>
      <a href="join.html">Join the ring</a>
    </nav>
  </header>
  <main id="main">
    <p><<desc>></p>
    <p>Every member site passes an accessibility check before it joins and once a
       quarter after that.</p>
    <button type="button" id="random-site">Visit a random member</button>
  </main>
  <footer><p>Content under CC BY 4.0. <a href="https://gitlab.example.com/<<full_path>>">Source</a></p></footer>
  <script src="assets/webring.js" defer></script>
</body>
</html>
"""

SITE_JS = """// Navigation for the ring: previous, next and random member.
const MEMBERS_URL = '/data/members.json';

async function loadMembers() {
  const response = await fetch(MEMBERS_URL);
  if (!response.ok) throw new Error(`members.json: ${response.status}`);
  return response.json();
}

function neighbours(members, url) {
  const index = members.findIndex((member) => member.url === url);
  const count = members.length;
  return {
    previous: members[(index - 1 + count) % count],
    next: members[(index + 1) % count],
  };
}

document.getElementById('random-site')?.addEventListener('click', async () => {
  const members = await loadMembers();
  const pick = members[Math.floor(Math.random() * members.length)];
  window.location.href = pick.url;
});

export { loadMembers, neighbours };
"""

SITE_CHECK = '''"""Check that every member site answers and still links back to the ring."""

from __future__ import annotations

import json
import sys
import urllib.request
from pathlib import Path

RING_URL = "https://a11y-webring.club"


def check(member: dict) -> str | None:
    try:
        with urllib.request.urlopen(member["url"], timeout=10) as response:
            page = response.read().decode("utf-8", "replace")
    except OSError as error:
        return f"unreachable ({error})"
    if RING_URL not in page:
        return "no link back to the ring"
    return None


def main() -> int:
    members = json.loads(Path("data/members.json").read_text(encoding="utf-8"))
    failures = 0
    for member in members:
        problem = check(member)
        if problem:
            print(f"{member['name']}: {problem}")
            failures += 1
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
'''

SITE_ACCESSIBILITY = """# Accessibility requirements for members

A member site must:

1. Have a `lang` attribute on `<html>` and a descriptive `<title>`.
2. Be usable with a keyboard alone, with a visible focus indicator.
3. Meet WCAG 2.2 AA colour contrast for body text.
4. Give every image meaningful `alt` text (or empty `alt` when decorative).
5. Respect `prefers-reduced-motion`.

We check these with axe and by hand before a site joins, then every quarter.
"""

SITE_JOINING = """# Joining the ring

1. Add the ring's navigation widget to your site (see `index.html` for markup).
2. Open an issue titled "Add <your site> to the webring" with your URL.
3. A maintainer runs the checks in `docs/accessibility.md`.
4. Once they pass, we add you to `data/members.json` in a merge request.
"""


def site_files(spec: ProjectSpec, v: dict[str, str], members: list[dict]) -> dict[str, str]:
    member_json = "[\n" + ",\n".join(
        f'  {{"name": "{m["name"]}", "url": "{m["url"]}", "owner": "{m["owner"]}"}}'
        for m in members
    ) + "\n]\n"
    return {
        "README.md": fill(README, **v, install="```sh\npython3 -m http.server 8000\n```"),
        "LICENSE": fill(MIT, **v),
        "CONTRIBUTING.md": CONTRIBUTING,
        "CODE_OF_CONDUCT.md": CONDUCT,
        "index.html": fill(SITE_INDEX, **v),
        "members.html": fill(SITE_INDEX, **v).replace("<h1>", "<h1>Members of "),
        "join.html": fill(SITE_INDEX, **v).replace("<h1>", "<h1>Join "),
        "assets/styles.css": CSS,
        "assets/webring.js": SITE_JS,
        "data/members.json": member_json,
        "scripts/check_links.py": SITE_CHECK,
        "docs/accessibility.md": SITE_ACCESSIBILITY,
        "docs/joining.md": SITE_JOINING,
        ".gitlab-ci.yml": "check-links:\n  image: python:3.11\n  script:\n"
        "    - python scripts/check_links.py\n  only: [schedules]\n",
    }


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


SNIPPETS = {
    "python": '\n\ndef describe_<<module>>(items: list) -> str:\n    """A one-line summary '
    'for logs."""\n    return f"{len(items)} <<module>> item(s)"\n',
    "js": "\nexport function describe<<Cls>>(items) {\n  return `${items.length} <<module>> "
    "item(s)`;\n}\n",
    "go": "\n// IsLarge<<Cls>>Batch reports whether n items need to be processed in chunks.\n"
    "func IsLarge<<Cls>>Batch(n int) bool {\n\treturn n > 1000\n}\n",
    "docs": "\n## Changelog\n\n- Clarified the guidance on <<module>>.\n",
    "dotfiles": "\n# <<module>> settings, added after review\n[ -f ~/.<<module>>rc ] && "
    "source ~/.<<module>>rc\n",
    "ops": "\n    - name: Restart <<module>>\n      ansible.builtin.service:\n        name: "
    "<<module>>\n        state: restarted\n",
    "site": "\n/* <<module>>: stronger focus ring */\n.<<module>> a:focus-visible {\n  "
    "outline-width: 4px;\n}\n",
}


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
    return fill(SNIPPETS[spec.kind], module=module.replace("-", "_"), Cls=camel(module))
