"""Find the sites ``docker compose up`` runs (``sandbox run --compose``): their containers by the
``sandbox.site`` label compose.yaml sets, their host ports, and their shared control token."""

from __future__ import annotations

import os
from collections.abc import Iterable
from typing import Any

import docker
from docker.errors import DockerException

from . import SITE_NAMES
from .launcher import SiteEndpoint, Sites, SitesError, wait_healthy

SITE_LABEL = "sandbox.site"
PORT_LABEL = "sandbox.port"
PROJECT_LABEL = "com.docker.compose.project"
WILDCARD_HOSTS = ("", "0.0.0.0", "::")


def compose_sites(
    names: Iterable[str] = SITE_NAMES,
    project: str | None = None,
    client: Any = None,
    timeout: float = 5.0,
) -> Sites:
    """The named sites, running in Docker (in ``project`` when given), answering on this host."""
    containers = site_containers(client or docker_client(), project)
    names = list(names)
    missing = [name for name in names if name not in containers]
    if missing:
        raise SitesError(f"no running {', '.join(missing)} container in Docker (found: "
                         f"{', '.join(sorted(containers))}); run `docker compose up -d --wait`")
    endpoints = {name: healthy_endpoint(containers[name], timeout) for name in names}
    return Sites(endpoints, common_token([containers[name] for name in names]))


def docker_client() -> Any:
    """A client of the Docker engine the environment names (``DOCKER_HOST``), checked to answer."""
    try:
        return docker.from_env()
    except DockerException as exc:
        where = os.environ.get("DOCKER_HOST") or "(unset: the default socket)"
        raise SitesError(f"cannot reach Docker: is Docker running? DOCKER_HOST={where} "
                         f"({exc})") from None


def site_containers(client: Any, project: str | None) -> dict[str, Any]:
    """The running site containers by site name, all of one compose project."""
    labels = [SITE_LABEL] + ([f"{PROJECT_LABEL}={project}"] if project else [])
    try:
        containers = client.containers.list(filters={"label": labels, "status": "running"})
    except DockerException as exc:
        raise SitesError(f"cannot list Docker containers: {exc}") from None
    if not containers:
        scope = f"compose project {project!r}" if project else "Docker"
        raise SitesError(f"no running sandbox sites in {scope}; start them with "
                         "`docker compose up -d --wait`")
    projects = sorted({c.labels.get(PROJECT_LABEL, "(none)") for c in containers})
    if len(projects) > 1:
        raise SitesError(f"the sites run in several compose projects ({', '.join(projects)}); "
                         "choose one with --compose-project")
    return {c.labels[SITE_LABEL]: c for c in containers}


def healthy_endpoint(container: Any, timeout: float) -> SiteEndpoint:
    """Where the container's site answers on this host, once Docker and ``/healthz`` agree."""
    name = container.labels[SITE_LABEL]
    health = container.attrs["State"].get("Health", {}).get("Status", "healthy")
    if health != "healthy":
        raise SitesError(f"{name} ({container.name}) is {health}; wait for it or see "
                         f"`docker compose logs {name}`")
    endpoint = host_endpoint(container)
    wait_healthy(endpoint, None, timeout)
    return endpoint


def host_endpoint(container: Any) -> SiteEndpoint:
    """The site's address on this host: its own port under host networking, else the port
    published for it (on 127.0.0.1 unless published on one address)."""
    name = container.labels[SITE_LABEL]
    port = container.labels.get(PORT_LABEL)
    if not port:
        raise SitesError(f"{name} ({container.name}) has no {PORT_LABEL} label")
    if container.attrs["HostConfig"].get("NetworkMode") == "host":
        return SiteEndpoint(name, int(port))
    bindings = [b for b in (container.ports or {}).get(f"{port}/tcp") or []
                if ":" not in b["HostIp"]]
    if not bindings:
        raise SitesError(f"{name} ({container.name}) publishes no port {port} to the host")
    host = bindings[0]["HostIp"]
    return SiteEndpoint(name, int(bindings[0]["HostPort"]),
                        "127.0.0.1" if host in WILDCARD_HOSTS else host)


def common_token(containers: list[Any]) -> str:
    """The control token all the containers use (they must agree)."""
    tokens = {container_token(container) for container in containers}
    if len(tokens) != 1:
        raise SitesError("the sites' containers use different control tokens; recreate them "
                         "with `docker compose up -d --force-recreate`")
    return tokens.pop()


def container_token(container: Any) -> str:
    """The container's ``SANDBOX_TOKEN``, else the token in its ``SANDBOX_TOKEN_FILE``."""
    env = dict(item.partition("=")[::2] for item in container.attrs["Config"].get("Env") or [])
    if env.get("SANDBOX_TOKEN"):
        return env["SANDBOX_TOKEN"]
    path = env.get("SANDBOX_TOKEN_FILE")
    if not path:
        raise SitesError(f"{container.name} sets neither SANDBOX_TOKEN nor SANDBOX_TOKEN_FILE")
    try:
        code, output = container.exec_run(["cat", path])
    except DockerException as exc:
        raise SitesError(f"cannot read {path} in {container.name}: {exc}") from None
    token = output.decode(errors="replace").strip()
    if code != 0 or not token:
        raise SitesError(f"cannot read the control token {path} in {container.name}: "
                         f"{token or 'empty'}")
    return token
