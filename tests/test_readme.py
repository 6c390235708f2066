"""The README's test command is the one CI runs."""

from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_ci_runs_the_readme_test_command():
    readme = (ROOT / "README.md").read_text()
    command = readme.split("Run the tests", 1)[1].split("```sh\n", 1)[1].split("\n", 1)[0]
    test_part = command.split("&&", 1)[1].strip()  # after the install step
    assert test_part in (ROOT / ".ci" / "run").read_text().splitlines()
