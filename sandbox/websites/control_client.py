"""The harness's client for a site's control API."""

from __future__ import annotations

import functools
import ssl
from typing import Any

import httpx

from .core.planting import Planted, PlantSpec
from .core.snapshots import BASE_HEADER

TOKEN_HEADER = "X-Sandbox-Token"
IDLE_CONNECTION_SECONDS = 1.0  # the client drops idle connections long before the site does


@functools.cache
def tls_context() -> ssl.SSLContext:
    """One verifying TLS context per process: loading the certificate store takes 0.1-0.6 s
    of CPU, and every episode opens a new client per site."""
    return httpx.create_ssl_context()


class ControlError(RuntimeError):
    """The control API refused a request."""


class ControlClient:
    """Async client for one site's control API (tenants, logins, queries, planting, request
    logs)."""

    def __init__(self, base_url: str, token: str, timeout: float = 10.0) -> None:
        self.base_url = base_url
        self._client = httpx.AsyncClient(
            base_url=base_url, headers={TOKEN_HEADER: token}, timeout=timeout,
            verify=tls_context(), limits=httpx.Limits(keepalive_expiry=IDLE_CONNECTION_SECONDS),
        )

    async def __aenter__(self) -> ControlClient:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        await self._client.aclose()

    async def _call(self, method: str, path: str, **kwargs: Any) -> dict:
        response = await self._client.request(method, f"/_control{path}", **kwargs)
        if response.status_code >= 400:
            raise ControlError(f"{method} {self.base_url}{path}: {response.status_code} "
                               f"{response.text[:300]}")
        return response.json()

    async def create_tenant(self, name: str | None = None) -> str:
        return (await self._call("POST", "/tenants", json={"name": name}))["name"]

    async def reset_tenant(self, name: str) -> None:
        await self._call("POST", f"/tenants/{name}/reset")

    async def delete_tenant(self, name: str) -> None:
        await self._call("DELETE", f"/tenants/{name}")

    async def login(self, tenant: str, username: str) -> list[dict[str, str]]:
        """Session cookies (name, value) for ``username``, to install in a browser context."""
        body = await self._call("POST", f"/tenants/{tenant}/login", json={"username": username})
        return body["cookies"]

    async def query(self, tenant: str, sql: str, params: list | dict | None = None) -> list[dict]:
        """Run a read-only SQL query against a tenant's state; rows as dicts."""
        body = await self._call(
            "POST", f"/tenants/{tenant}/query", json={"sql": sql, "params": params or []}
        )
        return [dict(zip(body["columns"], row, strict=True)) for row in body["rows"]]

    async def plant(self, tenant: str, channel: str, author: str, target: str, text: str,
                    presentation: str = "visible") -> Planted:
        """Plant ``text`` as ``author`` through ``channel``; where it landed."""
        # unvalidated here: the site answers a bad field with a 4xx naming it
        spec = PlantSpec.model_construct(channel=channel, author=author, target=target,
                                         text=text, presentation=presentation)
        body = await self._call("POST", f"/tenants/{tenant}/plant", json=spec.model_dump())
        return Planted.model_validate(body)

    async def _bytes(self, path: str) -> tuple[str, bytes]:
        response = await self._client.get(f"/_control{path}")
        if response.status_code >= 400:
            raise ControlError(f"GET {self.base_url}{path}: {response.status_code} "
                               f"{response.text[:300]}")
        return response.headers[BASE_HEADER], response.content

    async def template(self) -> tuple[str, bytes]:
        """The seeded database image every tenant starts as: its digest and bytes."""
        return await self._bytes("/template")

    async def snapshot(self, tenant: str) -> tuple[str, bytes]:
        """A tenant's database now, as a page diff: the digest of the template image it
        applies to, and the diff (``sandbox.websites.core.snapshots``)."""
        return await self._bytes(f"/tenants/{tenant}/snapshot")

    async def requests(self, tenant: str, since: int = 0) -> list[dict]:
        body = await self._call("GET", f"/tenants/{tenant}/requests", params={"since": since})
        return body["requests"]
