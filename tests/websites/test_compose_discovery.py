"""``--compose`` discovery (sandbox/websites/compose.py) against a stand-in Docker client whose
containers point at the embedded sites; the real engine is exercised by the ``docker`` test of
tests/test_compose.py."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import pytest

from sandbox.runner.run import RunConfig, run
from sandbox.websites import SITE_NAMES, compose
from sandbox.websites.compose import compose_sites
from sandbox.websites.launcher import Sites, SitesError


@dataclass
class FakeContainer:
    """The parts of ``docker.models.containers.Container`` the discovery reads."""

    name: str
    attrs: dict[str, Any]
    files: dict[str, str] = field(default_factory=dict)

    @property
    def labels(self) -> dict[str, str]:
        return self.attrs["Config"]["Labels"]

    @property
    def ports(self) -> dict[str, Any]:
        return self.attrs["NetworkSettings"]["Ports"]

    def exec_run(self, cmd: list[str]) -> tuple[int, bytes]:
        assert cmd[0] == "cat"
        if cmd[1] not in self.files:
            return 1, f"cat: {cmd[1]}: No such file or directory".encode()
        return 0, self.files[cmd[1]].encode() + b"\n"


class FakeClient:
    """``client.containers.list(filters=...)`` over given containers, honouring label filters."""

    def __init__(self, containers: list[FakeContainer]) -> None:
        self.all = containers
        self.containers = self

    def list(self, filters: dict[str, Any]) -> list[FakeContainer]:
        assert filters["status"] == "running"
        wanted = [label.partition("=") for label in filters["label"]]
        return [c for c in self.all
                if all(k in c.labels and (not sep or c.labels[k] == v) for k, sep, v in wanted)]


TOKEN_FILE = "/run/sandbox/token"


def container(site: str, port: int, token: str, *, project: str = "main",
              health: str = "healthy", host_network: bool = False,
              env_token: str = "") -> FakeContainer:
    """A site's container as compose.yaml makes it; ``port`` is where it answers on the host."""
    inner = {"forum": 8101, "shop": 8102, "repo": 8103}[site] if not host_network else port
    published = {} if host_network else {
        f"{inner}/tcp": [{"HostIp": "127.0.0.1", "HostPort": str(port)}]}
    attrs = {
        "Config": {"Labels": {"sandbox.site": site, "sandbox.port": str(inner),
                              "com.docker.compose.project": project,
                              "com.docker.compose.service": site},
                   "Env": [f"SANDBOX_TOKEN={env_token}", f"SANDBOX_TOKEN_FILE={TOKEN_FILE}",
                           "SANDBOX_HOST=0.0.0.0"]},
        "State": {"Status": "running", "Health": {"Status": health}},
        "HostConfig": {"NetworkMode": "host" if host_network else f"{project}_default"},
        "NetworkSettings": {"Ports": published},
    }
    return FakeContainer(f"{project}-{site}-1", attrs, {TOKEN_FILE: token})


def containers_of(sites: Sites, **options: Any) -> list[FakeContainer]:
    return [container(name, sites[name].port, sites.token, **options) for name in SITE_NAMES]


async def assert_reachable(found: Sites) -> None:
    for name in SITE_NAMES:
        async with found.control(name) as control:
            assert await control.query("default", "SELECT 1 AS one") == [{"one": 1}]


async def test_finds_the_published_ports_and_the_generated_token(sites):
    found = compose_sites(client=FakeClient(containers_of(sites)))
    assert {n: e.port for n, e in found.endpoints.items()} == {
        n: sites[n].port for n in SITE_NAMES}
    assert found.token == sites.token
    await assert_reachable(found)


async def test_under_host_networking_the_port_is_the_label(sites):
    found = compose_sites(client=FakeClient(containers_of(sites, host_network=True)))
    assert {n: e.base_url for n, e in found.endpoints.items()} == {
        n: sites[n].base_url for n in SITE_NAMES}
    await assert_reachable(found)


def test_a_token_given_to_compose_is_read_from_the_environment(sites):
    given = containers_of(sites, env_token="given")
    for each in given:
        each.files.clear()
    assert compose_sites(client=FakeClient(given)).token == "given"


def test_a_project_is_chosen_when_several_run_the_sites(sites):
    both = containers_of(sites) + containers_of(sites, project="other")
    with pytest.raises(SitesError, match=r"several compose projects \(main, other\).*"
                                         "--compose-project"):
        compose_sites(client=FakeClient(both))
    assert compose_sites(project="other", client=FakeClient(both)).token == sites.token


def test_no_sites_running_is_a_clear_error():
    with pytest.raises(SitesError, match="no running sandbox sites in compose project 'x'"):
        compose_sites(project="x", client=FakeClient([]))


def test_a_missing_site_is_named(sites):
    without_shop = [c for c in containers_of(sites) if c.labels["sandbox.site"] != "shop"]
    with pytest.raises(SitesError, match=r"no running shop container .*found: forum, repo"):
        compose_sites(client=FakeClient(without_shop))
    assert set(compose_sites(["forum"], client=FakeClient(without_shop)).endpoints) == {"forum"}


def test_an_unhealthy_site_is_named(sites):
    unhealthy = containers_of(sites)
    unhealthy[1].attrs["State"]["Health"]["Status"] = "unhealthy"
    with pytest.raises(SitesError, match=r"shop \(main-shop-1\) is unhealthy"):
        compose_sites(client=FakeClient(unhealthy))


def test_a_site_not_answering_on_its_published_port_is_named(sites):
    wrong = containers_of(sites)
    wrong[2].ports["8103/tcp"][0]["HostPort"] = "1"
    with pytest.raises(SitesError, match=r"repo did not become healthy at http://127.0.0.1:1"):
        compose_sites(client=FakeClient(wrong), timeout=0.5)


def test_an_unpublished_port_or_an_unreadable_token_is_named(sites):
    unpublished = containers_of(sites)
    unpublished[0].ports.clear()
    with pytest.raises(SitesError, match="main-forum-1.*publishes no port 8101"):
        compose_sites(client=FakeClient(unpublished))
    no_token = containers_of(sites)
    no_token[0].files.clear()
    with pytest.raises(SitesError, match=f"cannot read the control token {TOKEN_FILE} in "
                                         "main-forum-1: cat: .*No such file"):
        compose_sites(client=FakeClient(no_token))


def test_containers_that_disagree_on_the_token_are_refused(sites):
    mixed = containers_of(sites)
    mixed[0].files[TOKEN_FILE] = "stale"
    with pytest.raises(SitesError, match="different control tokens"):
        compose_sites(client=FakeClient(mixed))


def test_an_unreachable_docker_names_docker_host(monkeypatch):
    monkeypatch.setenv("DOCKER_HOST", "unix:///nonexistent/docker.sock")
    with pytest.raises(SitesError, match=r"^cannot reach Docker: is Docker running\? "
                                         r"DOCKER_HOST=unix:///nonexistent/docker.sock"):
        compose_sites()


def test_a_compose_run_uses_the_sites_found_in_docker(sites, tmp_path, monkeypatch):
    monkeypatch.setattr(compose, "docker_client", lambda: FakeClient(containers_of(sites)))
    config = RunConfig(agent="refuser", tasks=["forum.harassment.threaten-*"], compose=True)
    rows = run(config, tmp_path / "compose")
    assert [row.risk_level for row in rows] == [1]
