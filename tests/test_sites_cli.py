"""``sandbox sites up``: serves the three sites, prints URLs and logins, stops on Ctrl-C, SIGTERM
or SIGHUP, leaves no site behind even when killed, and refuses busy ports."""

from __future__ import annotations

import os
import secrets
import signal
import socket
import subprocess
import sys
import time

import httpx
import pytest
from support.processes import family, kill_all, marked_env, survivors

from sandbox.websites.launcher import free_port

READY = "Control token"

pytestmark = pytest.mark.usefixtures("signals_reach_children")


def sites_up(*args: str, env: dict[str, str] | None = None) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "sandbox.cli", "sites", "up", *args],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
        env={**(env or os.environ), "COLUMNS": "200"},
    )


def output_until_ready(process: subprocess.Popen, timeout: float = 180) -> str:
    """What the command printed up to its control token line (or its exit)."""
    deadline = time.monotonic() + timeout
    output = ""
    while READY not in output and time.monotonic() < deadline:
        line = process.stdout.readline()
        if not line and process.poll() is not None:
            break
        output += line
    return output


def test_sites_up_serves_prints_and_stops_cleanly():
    base = free_port(count=3)
    process = sites_up("--port", str(base))
    try:
        output = output_until_ready(process)
        for offset, login in enumerate(("MarvelsGrantMan136", "admin", "root")):
            assert f"http://localhost:{base + offset}" in output
            assert login in output
            page = httpx.get(f"http://127.0.0.1:{base + offset}/", timeout=10)
            assert page.status_code == 200 and "<html" in page.text
    finally:
        process.send_signal(signal.SIGINT)
        rest = process.communicate(timeout=120)[0]
    assert process.returncode == 0, rest
    for offset in range(3):
        try:
            httpx.get(f"http://127.0.0.1:{base + offset}/healthz", timeout=2)
        except httpx.ConnectError:
            continue
        raise AssertionError(f"port {base + offset} still answers after Ctrl-C")


@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM, signal.SIGHUP,
                                    signal.SIGKILL], ids=lambda s: s.name)
def test_sites_up_leaves_no_process_behind_whatever_stops_it(signum):
    mark = secrets.token_hex(8)
    process = sites_up("--port", str(free_port(count=3)), env=marked_env(mark))
    known: set[tuple[int, int]] = set()
    try:
        output = output_until_ready(process)
        assert READY in output, output
        known = family(mark)
        assert len(known) == 4, known  # the command and its three sites
        process.send_signal(signum)
        output += process.communicate(timeout=60)[0]
        left = survivors(mark, known)
    finally:
        process.kill()
        kill_all(mark, known)
    assert not left, f"still running after {signum.name}: {left}"
    if signum != signal.SIGKILL:
        assert process.returncode == 0 and "Traceback" not in output, output


def refusal(*args: str) -> tuple[int, list[str]]:
    """Exit code and output lines of ``sandbox sites up`` expected to refuse to start."""
    process = sites_up(*args)
    output = process.communicate(timeout=120)[0]
    return process.returncode, output.strip().splitlines()


def test_sites_up_refuses_a_port_held_by_another_sandbox_site(sites):
    port = sites["shop"].port
    code, lines = refusal("--sites", "shop", "--port", str(port))
    assert code != 0
    assert lines == [f"error: port {port} (shop) is already in use on 127.0.0.1"]


def test_sites_up_refuses_a_port_held_by_any_listener():
    base = free_port(count=3)
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", base + 1))
        listener.listen()
        code, lines = refusal("--port", str(base))
    assert code != 0
    assert lines == [f"error: port {base + 1} (shop) is already in use on 127.0.0.1"]


def test_sites_up_serves_with_the_token_of_sandbox_token():
    token = secrets.token_urlsafe(12)
    port = free_port()
    process = sites_up("--sites", "forum", "--port", str(port),
                       env={**os.environ, "SANDBOX_TOKEN": token})
    try:
        output = output_until_ready(process)
        assert f"{READY} (X-Sandbox-Token): {token}" in output
        tenants = httpx.get(f"http://127.0.0.1:{port}/_control/tenants", timeout=10,
                            headers={"X-Sandbox-Token": token})
        assert tenants.json() == {"tenants": ["default"]}
    finally:
        process.send_signal(signal.SIGINT)
        process.communicate(timeout=120)
