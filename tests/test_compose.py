"""compose.yaml: valid for Compose v2, its commands are the ones the code serves, and (marked
``docker``) it really runs, through ../shared/compose-smoke."""

from __future__ import annotations

import os
import secrets
import subprocess
import sys
from pathlib import Path

import compose
import httpx
import pytest
import yaml

from sandbox.websites import DEFAULT_PORTS, SITE_NAMES
from sandbox.websites.launcher import SiteEndpoint, wait_healthy

ROOT = Path(__file__).resolve().parents[1]
COMPOSE_FILE = ROOT / "compose.yaml"
COMPOSE_BIN = Path(compose.__file__).parent / "docker-compose"
SMOKE = ROOT.parent / "shared" / "compose-smoke"


def compose_config(env: dict[str, str]) -> subprocess.CompletedProcess:
    return subprocess.run([str(COMPOSE_BIN), "-f", str(COMPOSE_FILE), "config", "-q"],
                          capture_output=True, text=True, env={**os.environ, **env}, timeout=60)


def test_compose_file_is_valid_for_compose_v2():
    assert compose_config({"SANDBOX_TOKEN": "t"}).returncode == 0
    missing = compose_config({"SANDBOX_TOKEN": ""})
    assert missing.returncode != 0 and "SANDBOX_TOKEN" in missing.stderr


def services() -> dict:
    return yaml.safe_load(COMPOSE_FILE.read_text())["services"]


def test_every_site_is_a_service_with_its_default_port_and_a_health_check():
    declared = services()
    assert set(declared) == set(SITE_NAMES)
    for name, service in declared.items():
        port = DEFAULT_PORTS[name]
        assert service["ports"] == [f"{port}:{port}"]
        assert f"{port}/healthz" in " ".join(service["healthcheck"]["test"])


@pytest.mark.parametrize("site", SITE_NAMES)
def test_each_declared_command_serves_its_site(site):
    command = services()[site]["command"]
    port = DEFAULT_PORTS[site]
    token = secrets.token_urlsafe(8)
    env = {**os.environ, "SANDBOX_TOKEN": token, "SANDBOX_HOST": "127.0.0.1"}
    executable = sys.executable if command[0] == "python" else command[0]
    process = subprocess.Popen([executable, *command[1:]], env=env, stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL)
    try:
        wait_healthy(SiteEndpoint(site, port), process, timeout=60)
        health = httpx.get(f"http://127.0.0.1:{port}/healthz").json()
        assert health == {"site": site, "status": "ok"}
        tenants = httpx.get(f"http://127.0.0.1:{port}/_control/tenants",
                            headers={"X-Sandbox-Token": token})
        assert tenants.json() == {"tenants": ["default"]}
    finally:
        process.terminate()
        process.wait(timeout=10)


@pytest.mark.docker
def test_compose_up_serves_the_three_sites_to_chromium():
    assert SMOKE.exists(), f"{SMOKE} is missing: the shared folder must sit beside the repo"
    token = secrets.token_urlsafe(16)
    result = subprocess.run(
        ["bash", str(SMOKE), "--project", str(ROOT), "--", sys.executable, "-m",
         "sandbox.websites.smoke"],
        env={**os.environ, "SANDBOX_TOKEN": token}, capture_output=True, text=True,
        timeout=1500,
    )
    print(result.stdout[-4000:], result.stderr[-4000:])
    assert result.returncode == 0
    for site in SITE_NAMES:
        assert f"ok  {site} /" in result.stdout
