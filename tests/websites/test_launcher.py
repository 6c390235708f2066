"""The launcher's health check: a site counts as started only when its own process answers."""

from __future__ import annotations

import httpx
import pytest

from sandbox.websites.launcher import SitesError, wait_healthy


def test_the_health_check_tells_the_started_site_from_another_on_its_port(sites):
    endpoint = sites["forum"]
    instance = httpx.get(f"{endpoint.base_url}/healthz", timeout=10).json()["instance"]
    wait_healthy(endpoint, None, timeout=10, instance=instance)
    with pytest.raises(SitesError, match=rf"port {endpoint.port} \(forum\) is answered by "
                                         "another process"):
        wait_healthy(endpoint, None, timeout=10, instance=f"not-{instance}")
