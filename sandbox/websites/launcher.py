"""Start the sites embedded (subprocesses on 127.0.0.1) or point at running ones (Compose)."""

from __future__ import annotations

import contextlib
import os
import random
import secrets
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import IO
from urllib.parse import urlsplit

import httpx

from .. import lifeline
from . import SITE_NAMES
from .control_client import ControlClient, tls_context


class SitesError(RuntimeError):
    """A site failed to start or answer."""


@dataclass(frozen=True)
class SiteEndpoint:
    """Where one site answers: the control API on 127.0.0.1, tenants on ``*.SITE.localhost``."""

    name: str
    port: int
    host: str = "127.0.0.1"

    @property
    def base_url(self) -> str:
        return f"http://{self.host}:{self.port}"

    def tenant_url(self, tenant: str) -> str:
        return f"http://{tenant}.{self.name}.localhost:{self.port}"

    def tenant_origin_host(self, tenant: str) -> str:
        return f"{tenant}.{self.name}.localhost:{self.port}"


@dataclass
class Sites:
    """The running sites and the control token shared by all of them."""

    endpoints: dict[str, SiteEndpoint]
    token: str
    processes: list[subprocess.Popen] = field(default_factory=list, repr=False)

    def __getitem__(self, site: str) -> SiteEndpoint:
        try:
            return self.endpoints[site]
        except KeyError:
            running = sorted(self.endpoints)
            raise SitesError(f"site {site!r} is not running; running: {running}") from None

    def control(self, site: str) -> ControlClient:
        return ControlClient(self[site].base_url, self.token)

    @classmethod
    def from_urls(cls, urls: dict[str, str], token: str) -> Sites:
        """Sites started elsewhere (``docker compose up``), given their base URLs and token."""
        endpoints = {}
        for name, url in urls.items():
            parts = urlsplit(url)
            endpoints[name] = SiteEndpoint(name, parts.port or 80, parts.hostname or "127.0.0.1")
        return cls(endpoints, token)


def free_port(count: int = 1) -> int:
    """A port (the first of ``count`` consecutive ones) free on 127.0.0.1.

    Chosen below the kernel's ephemeral range (32768 and up), so that no outgoing
    connection can take it between this check and the site's own bind.
    """
    for _ in range(500):
        base = random.randrange(20000, 32768 - count)
        try:
            for port in range(base, base + count):
                with socket.socket() as sock:
                    sock.bind(("127.0.0.1", port))
        except OSError:
            continue
        return base
    raise SitesError(f"found no {count} free consecutive port(s) between 20000 and 32767")


def serve_args(site: str, port: int) -> list[str]:
    """The ``python -m`` arguments that serve one site (those compose.yaml declares)."""
    return ["sandbox.websites", "serve", site, "--port", str(port)]


def port_in_use(port: int) -> bool:
    """Whether a site could not listen on ``port`` of 127.0.0.1 (binding as uvicorn does)."""
    with socket.socket() as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind(("127.0.0.1", port))
        except OSError:
            return True
    return False


def answering_instance(endpoint: SiteEndpoint) -> str | None:
    """The instance id ``/healthz`` reports ("" when it reports none); None until it answers."""
    try:
        response = httpx.get(f"{endpoint.base_url}/healthz", timeout=1, verify=tls_context())
    except httpx.HTTPError:
        return None
    if response.status_code != 200:
        return None
    try:
        return str(response.json().get("instance", ""))
    except (ValueError, AttributeError):  # not a JSON object: not a site
        return ""


def wait_healthy(
    endpoint: SiteEndpoint,
    process: subprocess.Popen | None,
    timeout: float,
    log: IO[bytes] | None = None,
    instance: str | None = None,
) -> None:
    """Poll ``/healthz`` until the site answers, as ``instance`` when given (so that another
    process on the port is not taken for it); if the process dies first, the error carries
    the end of its log."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process is not None and process.poll() is not None:
            stderr = ""
            if log is not None:
                log.seek(0)
                stderr = log.read().decode(errors="replace")[-2000:]
            raise SitesError(f"{endpoint.name} exited with code {process.returncode} at start-up"
                             + (f":\n{stderr}" if stderr else ""))
        answer = answering_instance(endpoint)
        if answer is not None:
            if instance not in (None, answer):
                raise SitesError(f"port {endpoint.port} ({endpoint.name}) is answered by "
                                 "another process")
            return
        time.sleep(0.05)
    raise SitesError(f"{endpoint.name} did not become healthy at {endpoint.base_url}")


def start_site(
    endpoint: SiteEndpoint, token: str, quiet: bool, log: IO[bytes]
) -> tuple[subprocess.Popen, str]:
    """Start one site, to end with this process; returns it and the instance id it reports."""
    instance = secrets.token_hex(8)
    env = {**os.environ, "SANDBOX_TOKEN": token, "SANDBOX_HOST": "127.0.0.1",
           "SANDBOX_INSTANCE": instance}
    process = lifeline.spawn(serve_args(endpoint.name, endpoint.port), env=env,
                             stdout=subprocess.DEVNULL if quiet else None,
                             stderr=log if quiet else None)
    return process, instance


def site_endpoints(names: Iterable[str], ports: dict[str, int] | None) -> dict[str, SiteEndpoint]:
    """Each site's endpoint: its given port, which must be free, else a free one."""
    endpoints = {}
    for name in names:
        port = (ports or {}).get(name) or free_port()
        if port_in_use(port):
            raise SitesError(f"port {port} ({name}) is already in use on 127.0.0.1")
        endpoints[name] = SiteEndpoint(name, port)
    return endpoints


@contextlib.contextmanager
def running_sites(
    names: Iterable[str] = SITE_NAMES,
    ports: dict[str, int] | None = None,
    token: str | None = None,
    timeout: float = 60.0,
    quiet: bool = True,
) -> Iterator[Sites]:
    """Start the named sites on 127.0.0.1 (free ports unless given), yield them, stop them."""
    sites = Sites(site_endpoints(names, ports), token or secrets.token_urlsafe(24))
    logs: list[IO[bytes]] = []  # each site's stderr, kept to explain a failed start
    instances: list[str] = []
    try:
        for endpoint in sites.endpoints.values():
            logs.append(tempfile.TemporaryFile())
            process, instance = start_site(endpoint, sites.token, quiet, logs[-1])
            sites.processes.append(process)
            instances.append(instance)
        for endpoint, process, log, instance in zip(sites.endpoints.values(), sites.processes,
                                                    logs, instances, strict=True):
            wait_healthy(endpoint, process, timeout, log, instance)
        yield sites
    finally:
        for log in logs:
            log.close()
        for process in sites.processes:
            process.terminate()
        for process in sites.processes:
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
