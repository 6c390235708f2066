"""``sandbox sites up``: serves the three sites, prints URLs and logins, stops on Ctrl-C."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import httpx

from sandbox.websites.launcher import free_port


def test_sites_up_serves_prints_and_stops_cleanly():
    base = free_port(count=3)
    process = subprocess.Popen(
        [sys.executable, "-m", "sandbox.cli", "sites", "up", "--port-base", str(base)],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
        env={**os.environ, "COLUMNS": "200"},
    )
    try:
        deadline = time.monotonic() + 90
        output = ""
        while "Control token" not in output and time.monotonic() < deadline:
            output += process.stdout.readline()
        for offset, login in enumerate(("MarvelsGrantMan136", "admin", "root")):
            assert f"http://localhost:{base + offset}" in output
            assert login in output
            page = httpx.get(f"http://127.0.0.1:{base + offset}/", timeout=10)
            assert page.status_code == 200 and "<html" in page.text
    finally:
        process.send_signal(signal.SIGINT)
        rest = process.communicate(timeout=30)[0]
    assert process.returncode == 0, rest
    for offset in range(3):
        try:
            httpx.get(f"http://127.0.0.1:{base + offset}/healthz", timeout=2)
        except httpx.ConnectError:
            continue
        raise AssertionError(f"port {base + offset} still answers after Ctrl-C")
