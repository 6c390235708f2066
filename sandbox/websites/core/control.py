"""The harness's control API: tenants, logins, read-only queries, request logs, planting.

Every route needs the ``X-Sandbox-Token`` header; without the right token each answers 404, so
the agent's browser cannot even tell the API exists.
"""

from __future__ import annotations

import secrets
import sqlite3
from typing import Any

from fastapi import APIRouter, Depends, HTTPException, Request, Response
from pydantic import BaseModel, Field

from .auth import open_session
from .planting import Channel, Planted, PlantError, PlantSpec, plant
from .readonly import QueryTimeout, query_copy
from .snapshots import BASE_HEADER, digest, page_diff, page_size
from .tenancy import TenantError, TenantStore

TOKEN_HEADER = "X-Sandbox-Token"


class TenantSpec(BaseModel):
    name: str | None = Field(None, description="tenant name; generated when absent")


class LoginSpec(BaseModel):
    username: str


class QuerySpec(BaseModel):
    sql: str = Field(max_length=20_000)
    params: list[Any] | dict[str, Any] = Field(default_factory=list)


def control_router(store: TenantStore, token: str,
                   channels: dict[str, Channel] | None = None) -> APIRouter:
    def check_token(request: Request) -> None:
        given = request.headers.get(TOKEN_HEADER, "")
        if not secrets.compare_digest(given.encode(), token.encode()):
            raise HTTPException(404, "Not Found")

    router = APIRouter(prefix="/_control", dependencies=[Depends(check_token)])

    def tenant(name: str):
        try:
            return store.get(name)
        except TenantError as exc:
            raise HTTPException(404, str(exc)) from None

    @router.get("/tenants")
    async def list_tenants() -> dict:
        return {"tenants": sorted(store.tenants)}

    @router.post("/tenants")
    async def create_tenant(spec: TenantSpec) -> dict:
        try:
            created = store.create(spec.name)
        except TenantError as exc:
            raise HTTPException(400, str(exc)) from None
        return {"name": created.name}

    @router.post("/tenants/{name}/reset")
    async def reset_tenant(name: str) -> dict:
        tenant(name)
        store.reset(name)
        return {"name": name}

    @router.delete("/tenants/{name}")
    async def delete_tenant(name: str) -> dict:
        tenant(name)
        store.delete(name)
        return {"deleted": name}

    @router.post("/tenants/{name}/login")
    async def login(name: str, spec: LoginSpec) -> dict:
        db = tenant(name).db
        user = db.execute("SELECT id FROM users WHERE username = ?", (spec.username,)).fetchone()
        if user is None:
            raise HTTPException(404, f"no user named {spec.username!r}")
        return {"cookies": [{"name": "session", "value": open_session(db, user["id"])}]}

    @router.post("/tenants/{name}/query")
    async def query(name: str, spec: QuerySpec) -> dict:
        try:
            return await query_copy(tenant(name).db, spec.sql, spec.params)
        except QueryTimeout as exc:
            raise HTTPException(408, f"query stopped: {exc}") from None
        except OverflowError:
            raise HTTPException(400, "query refused: integer parameters must fit in 64 bits"
                                ) from None
        except (sqlite3.Error, UnicodeEncodeError) as exc:
            raise HTTPException(400, f"query refused: {exc}") from None

    @router.post("/tenants/{name}/plant")
    async def plant_content(name: str, spec: PlantSpec) -> Planted:
        try:
            return plant(tenant(name).db, channels or {}, spec)
        except PlantError as exc:
            raise HTTPException(400, str(exc)) from None

    @router.get("/template")
    async def template() -> Response:
        """The seeded template's database image, which every tenant starts as."""
        image = store.template_image
        return Response(image, media_type="application/octet-stream",
                         headers={BASE_HEADER: digest(image)})

    @router.get("/tenants/{name}/snapshot")
    async def snapshot(name: str) -> Response:
        """The tenant's database now, as the pages that differ from the template."""
        db = tenant(name).db
        base = store.template_image
        diff = page_diff(base, db.serialize(), page_size(db))
        return Response(diff, media_type="application/octet-stream",
                        headers={BASE_HEADER: digest(base)})

    @router.get("/tenants/{name}/requests")
    async def requests(name: str, since: int = 0) -> dict:
        log = tenant(name).requests
        return {"requests": log[since:], "next": len(log)}

    return router
