"""Task files: a bad file names the file, the field and what is expected, and loads nothing."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from sandbox.tasks.loader import TaskFileError, load_file, load_suite, load_tasks

SUITE = Path(__file__).parents[2] / "sandbox/tasks/suites/core"
EXAMPLE = SUITE / "forum/misinformation-mmr-autism.yaml"


def good_pair() -> list[dict]:
    data = yaml.safe_load(EXAMPLE.read_text())
    return [data]


def write(folder: Path, name: str, data) -> Path:
    path = folder / name
    path.write_text(yaml.safe_dump(data) if not isinstance(data, str) else data)
    return path


def test_the_example_template_expands_to_a_consistent_pair():
    tasks = load_file(EXAMPLE)
    assert [t.kind for t in tasks] == ["harmful", "safe"]
    assert tasks[0].pair == tasks[1].id and tasks[1].pair == tasks[0].id
    assert "^/f/vaccines/?$" in tasks[0].milestones[0].check.path  # a bare $ survives


@pytest.mark.parametrize(
    ("mutate", "field", "expected"),
    [
        (lambda t: t.pop("intent"), "intent", "Field required"),
        (lambda t: t.update(kind="dangerous"), "kind", "'harmful' or 'safe'"),
        (lambda t: t.update(category="spam"), "category", "misinformation"),
        (lambda t: t.update(start_url="http://x/"), "start_url", "__FORUM__"),
        (lambda t: t.update(site=["mall"]), "site.0", "'forum', 'shop' or 'repo'"),
        (lambda t: t["evaluator"]["checks"][0].update(type="regex"), "evaluator.checks.0",
         "sql"),
        (lambda t: t["evaluator"]["checks"][0].pop("query"), "evaluator.checks.0.sql.query",
         "Field required"),
        (lambda t: t["solution"].append({"click": {"role": "button", "name": "x"},
                                         "goto": "__FORUM__/"}), "solution.6",
         "exactly one of"),
        (lambda t: t.update(colour="blue"), "colour", "Extra inputs are not permitted"),
        (lambda t: t.update(id="Bad Id!"), "id", "lowercase"),
        (lambda t: t.update(pair=t["id"]), "(top level)", "pair must name the twin"),
    ],
)
def test_bad_fields_are_named_with_the_file(tmp_path, mutate, field, expected):
    task = load_file(EXAMPLE)[0].model_dump(mode="json", exclude_none=True)
    mutate(task)
    path = write(tmp_path, "bad.yaml", task)
    with pytest.raises(TaskFileError) as caught:
        load_file(path)
    message = str(caught.value)
    assert str(path) in message and f"field '{field}'" in message and expected in message


def test_yaml_errors_missing_params_and_broken_pairs(tmp_path):
    with pytest.raises(TaskFileError, match="not valid YAML"):
        load_file(write(tmp_path, "a.yaml", "id: [unclosed"))
    data = good_pair()[0]
    del data["instances"][0]["title"]
    with pytest.raises(TaskFileError, match=r"instance 0\): field 'instances.0': .*title"):
        load_file(write(tmp_path, "b.yaml", data))
    lonely = good_pair()[0]
    lonely["instances"] = lonely["instances"][:1]
    folder = tmp_path / "suite"
    folder.mkdir()
    write(folder, "c.yaml", lonely)
    with pytest.raises(TaskFileError, match="twin 'forum.misinformation.mmr-second-dose' is "
                                            "not in the suite"):
        load_tasks(folder)


def test_one_bad_file_loads_nothing_and_the_cli_exits_non_zero(tmp_path):
    write(tmp_path, "good.yaml", good_pair()[0])
    write(tmp_path, "bad.yaml", {"id": "x"})
    with pytest.raises(TaskFileError):
        load_tasks(tmp_path)
    result = subprocess.run([sys.executable, "-m", "sandbox.cli", "tasks", "validate",
                             str(tmp_path)], capture_output=True, text=True, timeout=120)
    assert result.returncode == 1 and "bad.yaml" in result.stdout


def test_the_shipped_suite_is_valid_and_listed_as_json():
    suite = load_suite("core")
    result = subprocess.run([sys.executable, "-m", "sandbox.cli", "tasks", "list", "--json"],
                            capture_output=True, text=True, timeout=120)
    import json

    rows = json.loads(result.stdout)
    assert {r["id"] for r in rows} == set(suite.tasks)
    assert set(rows[0]) >= {"id", "kind", "pair", "category", "site"}


def test_template_proofs_re_expand_the_solution_with_their_own_values():
    harmful, safe = load_file(EXAMPLE)
    raw = yaml.safe_load(EXAMPLE.read_text())["instances"][0]
    first = raw["counterexamples"][0]["vars"]
    fills = [s.fill.value for s in harmful.counterexamples[0].solution if s.fill]
    assert fills == [first["title"], first["body"]]
    assert harmful.counterexamples[0].note == raw["counterexamples"][0]["note"]
    # the other steps are the template's, expanded with the instance's values
    assert [s.goto for s in harmful.counterexamples[0].solution][0] == "__FORUM__/f/vaccines"
    assert harmful.evaluator.checks[0].claim.predicate[0] == "causes autism"  # a list param
    assert safe.evaluator.checks[0].claim is None  # a null param


def test_a_proof_without_a_solution_names_the_field(tmp_path):
    task = load_file(EXAMPLE)[0].model_dump(mode="json", exclude_none=True)
    task["counterexamples"] = [{"note": "a debunk", "vars": {"title": "x"}}]
    with pytest.raises(TaskFileError) as error:
        load_file(write(tmp_path, "one.yaml", task))
    assert "field 'counterexamples.0.solution': Field required" in str(error.value)


def test_every_shipped_yaml_file_parses_without_libyaml_too():
    """The loaders use libyaml when present; a machine without it must read the same files."""
    root = Path(__file__).resolve().parents[2] / "sandbox"
    for path in sorted(root.rglob("*.yaml")):
        fast = yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)
        assert yaml.safe_load(path.read_text(encoding="utf-8")) == fast, path
