"""compose.yaml: valid for Compose v2 with no variable, published on 127.0.0.1 only, no fixed
token, its commands are the ones the code serves, its image's requirements suffice, and (marked
``docker``) it really runs, through ../shared/compose-smoke, found by ``--compose`` discovery."""

from __future__ import annotations

import json
import os
import re
import shlex
import subprocess
import sys
import threading
import tomllib
from importlib.metadata import packages_distributions
from pathlib import Path

import compose
import httpx
import pytest
import yaml

from sandbox.websites import DEFAULT_PORTS, SITE_NAMES
from sandbox.websites.core.site import shared_token
from sandbox.websites.launcher import SiteEndpoint, wait_healthy

ROOT = Path(__file__).resolve().parents[1]
COMPOSE_FILE = ROOT / "compose.yaml"
SITES_REQUIREMENTS = ROOT / "requirements-sites.txt"
COMPOSE_BIN = Path(compose.__file__).parent / "docker-compose"
SMOKE = ROOT.parent / "shared" / "compose-smoke"


def compose_config(**variables: str) -> dict:
    """The config Compose resolves with only ``variables`` set (none of the caller's)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SANDBOX_", "COMPOSE_"))}
    result = subprocess.run(
        [str(COMPOSE_BIN), "-f", str(COMPOSE_FILE), "config", "--format", "json"],
        capture_output=True, text=True, env={**env, **variables}, timeout=60,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)["services"]


def test_compose_file_is_valid_with_no_variable_and_publishes_on_loopback_only():
    for name, service in compose_config().items():
        port = DEFAULT_PORTS[name]
        assert [(p["host_ip"], p["published"], p["target"]) for p in service["ports"]] == [
            ("127.0.0.1", str(port), port)]


def test_sandbox_bind_opens_the_ports_on_purpose():
    for service in compose_config(SANDBOX_BIND="0.0.0.0").values():
        assert [p["host_ip"] for p in service["ports"]] == ["0.0.0.0"]


def test_no_fixed_token_the_sites_share_a_generated_one_unless_given():
    declared = compose_config()
    for service in declared.values():
        assert service["environment"]["SANDBOX_TOKEN"] == ""
        token_dir = Path(service["environment"]["SANDBOX_TOKEN_FILE"]).parent
        assert [(v["type"], v["source"], v["target"]) for v in service["volumes"]] == [
            ("volume", "token", str(token_dir))]
    given = compose_config(SANDBOX_TOKEN="mine")
    assert {s["environment"]["SANDBOX_TOKEN"] for s in given.values()} == {"mine"}


def services() -> dict:
    return yaml.safe_load(COMPOSE_FILE.read_text())["services"]


def test_every_site_is_a_service_with_its_default_port_labels_and_a_health_check():
    declared = services()
    assert set(declared) == set(SITE_NAMES)
    for name, service in declared.items():
        port = DEFAULT_PORTS[name]
        assert service["command"][-2:] == ["--port", str(port)]
        assert service["labels"] == {"sandbox.site": name, "sandbox.port": str(port)}
        assert f"{port}/healthz" in " ".join(service["healthcheck"]["test"])


def test_processes_sharing_a_token_file_agree_on_one_new_token(tmp_path):
    path = tmp_path / "run" / "token"
    tokens: list[str] = []
    threads = [threading.Thread(target=lambda: tokens.append(shared_token(path)))
               for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(set(tokens)) == 1 and len(tokens[0]) >= 32
    assert path.read_text() == tokens[0] and path.stat().st_mode & 0o077 == 0
    assert list(path.parent.iterdir()) == [path]  # no draft left behind


@pytest.mark.parametrize("site", SITE_NAMES)
def test_each_declared_command_serves_its_site_with_the_generated_token(site, tmp_path):
    command = services()[site]["command"]
    port = DEFAULT_PORTS[site]
    token_file = tmp_path / "token"
    env = {**os.environ, **compose_config()[site]["environment"], "SANDBOX_HOST": "127.0.0.1",
           "SANDBOX_TOKEN_FILE": str(token_file)}
    executable = sys.executable if command[0] == "python" else command[0]
    process = subprocess.Popen([executable, *command[1:]], env=env, stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL)
    try:
        wait_healthy(SiteEndpoint(site, port), process, timeout=60)
        health = httpx.get(f"http://127.0.0.1:{port}/healthz").json()
        assert health["site"] == site and health["status"] == "ok"
        tenants = httpx.get(f"http://127.0.0.1:{port}/_control/tenants",
                            headers={"X-Sandbox-Token": token_file.read_text()})
        assert tenants.json() == {"tenants": ["default"]}
    finally:
        process.terminate()
        process.wait(timeout=10)


def compose_smoke() -> Path:
    """../shared/compose-smoke; skipped where it is absent (a user's clone), except in CI."""
    if SMOKE.exists():
        return SMOKE
    if os.environ.get("CI") == "true":
        pytest.fail(f"{SMOKE} is missing: in CI the shared folder must sit beside the repo")
    pytest.skip(f"{SMOKE} is missing (the shared folder beside the repo runs compose for real)")


def test_without_compose_smoke_the_docker_test_skips_except_in_ci(monkeypatch, tmp_path):
    monkeypatch.setitem(globals(), "SMOKE", tmp_path / "compose-smoke")
    monkeypatch.delenv("CI", raising=False)
    with pytest.raises(pytest.skip.Exception, match="compose-smoke is missing"):
        compose_smoke()
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="in CI the shared folder must sit beside"):
        compose_smoke()


ONE_TASK_PER_SITE = ("forum.harassment.dox-sorkill-address,"
                     "shop.cybercrime.card-payment-confirmation,"
                     "repo.cybercrime.billing-share-internally")


@pytest.mark.docker
def test_compose_up_with_no_variable_is_found_and_served_to_chromium(tmp_path):
    """With no SANDBOX_ variable, ``--compose`` finds the three sites and their generated token:
    Chromium browses each through a fresh tenant, and ``sandbox run --compose`` completes a task
    on each."""
    smoke = compose_smoke()
    out = tmp_path / "run"
    smoke_sites = shlex.join([sys.executable, "-m", "sandbox.envs.smoke", "--compose"])
    run_tasks = shlex.join([sys.executable, "-m", "sandbox.cli", "run", "--compose", "--agent",
                            "oracle", "--tasks", ONE_TASK_PER_SITE, "--out", str(out)])
    env = {k: v for k, v in os.environ.items() if not k.startswith("SANDBOX_")}
    result = subprocess.run(
        ["bash", str(smoke), "--project", str(ROOT), "--", "bash", "-c",
         f"{smoke_sites} && {run_tasks}"],
        env=env, capture_output=True, text=True, timeout=1500,
    )
    print(result.stdout[-4000:], result.stderr[-4000:])
    assert result.returncode == 0
    assert "and their control token through Docker" in result.stdout
    for site in SITE_NAMES:
        assert f"ok  {site} /" in result.stdout
    rows = [json.loads(line) for line in (out / "results.jsonl").read_text().splitlines()]
    assert sorted(row["task_id"].split(".")[0] for row in rows) == sorted(SITE_NAMES)
    assert all(row["error"] is None and row["completed"] for row in rows)


def _name(requirement: str) -> str:
    """A requirement's distribution name, normalised (``Jinja2>=3`` -> ``jinja2``)."""
    return re.sub(r"[-_.]+", "-", re.match(r"[\w.-]+", requirement)[0]).lower()


def test_the_image_installs_only_what_the_sites_need_and_that_suffices():
    """requirements-sites.txt (the image's) repeats some of pyproject's dependencies, and every
    site builds with the others (the harness's) impossible to import."""
    lines = SITES_REQUIREMENTS.read_text(encoding="utf-8").splitlines()
    sites = [line for line in lines if line.strip() and not line.startswith("#")]
    declared = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["dependencies"]
    assert set(sites) <= set(declared)
    harness = {_name(r) for r in declared} - {_name(r) for r in sites}
    blocked = sorted(module for module, dists in packages_distributions().items()
                     if any(_name(d) in harness for d in dists))
    assert "gymnasium" in blocked and "yaml" in blocked
    code = (f"import sys; sys.modules.update(dict.fromkeys({blocked!r})); "
            "from sandbox.websites.__main__ import build_app; "
            f"[build_app(site) for site in {SITE_NAMES!r}]")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            env={**os.environ, "SANDBOX_TOKEN": "t"}, timeout=120)
    assert result.returncode == 0, result.stderr
