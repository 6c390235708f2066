"""Build a site's FastAPI app: tenant routing, request log, size limits, HTML error pages."""

from __future__ import annotations

import os
import secrets
import sqlite3
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl

import jinja2
from fastapi import APIRouter, FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, PlainTextResponse
from fastapi.templating import Jinja2Templates
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from .auth import current_user
from .control import control_router
from .tenancy import TenantError, TenantStore, tenant_from_host

MAX_BODY_BYTES = 256 * 1024
CORE_TEMPLATES = Path(__file__).parent / "templates"


def control_token() -> str:
    """The control token from ``SANDBOX_TOKEN``, or a new one (printed so a person can use it)."""
    token = os.environ.get("SANDBOX_TOKEN")
    if not token:
        token = secrets.token_urlsafe(24)
        os.environ["SANDBOX_TOKEN"] = token
        print(f"SANDBOX_TOKEN not set; generated {token}", file=sys.stderr)
    return token


class TenantMiddleware:
    """Routes each request to its tenant, caps body size and records what the tenant served."""

    def __init__(self, app: ASGIApp, store: TenantStore, site: str) -> None:
        self.app, self.store, self.site = app, store, site

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        path: str = scope["path"]
        if path.startswith("/_control") or path == "/healthz":
            await self.app(scope, receive, send)
            return
        headers = dict(scope["headers"])
        host = headers.get(b"host", b"").decode("latin-1")
        try:
            tenant = self.store.get(tenant_from_host(host, self.site))
        except TenantError as exc:
            await PlainTextResponse(f"404 Not Found: {exc}", 404)(scope, receive, send)
            return
        declared = int(headers.get(b"content-length", b"0") or 0)
        if declared > MAX_BODY_BYTES:
            await _too_large(scope, receive, send)
            return
        scope.setdefault("state", {})["tenant"] = tenant
        body = bytearray()
        status = 500

        async def tee_receive() -> Message:
            message = await receive()
            if message["type"] == "http.request":
                body.extend(message.get("body", b""))
                if len(body) > MAX_BODY_BYTES:
                    raise BodyTooLarge
            return message

        async def capture_send(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            await send(message)

        try:
            await self.app(scope, tee_receive, capture_send)
        except BodyTooLarge:
            await _too_large(scope, receive, send)
            status = 413
        tenant.log_request(
            {
                "time": time.time(),
                "method": scope["method"],
                "path": path,
                "query": scope.get("query_string", b"").decode("latin-1"),
                "status": status,
                "form": _form_fields(headers, bytes(body)),
            }
        )


class BodyTooLarge(Exception):
    pass


async def _too_large(scope: Scope, receive: Receive, send: Send) -> None:
    message = f"413 Request Entity Too Large: bodies are limited to {MAX_BODY_BYTES} bytes"
    await PlainTextResponse(message, 413)(scope, receive, send)


def _form_fields(headers: dict[bytes, bytes], body: bytes) -> dict[str, str]:
    content_type = headers.get(b"content-type", b"").decode("latin-1")
    if not body or "application/x-www-form-urlencoded" not in content_type:
        return {}
    pairs = parse_qsl(body.decode("utf-8", "replace"), keep_blank_values=True)
    return {key: value[:2000] for key, value in pairs}


class SiteTemplates(Jinja2Templates):
    """The site's templates first, then the shared ones (error page)."""

    def __init__(self, directory: Path) -> None:
        loader = jinja2.ChoiceLoader(
            [jinja2.FileSystemLoader(directory), jinja2.FileSystemLoader(CORE_TEMPLATES)]
        )
        super().__init__(env=jinja2.Environment(loader=loader, autoescape=True))

    def page(self, request: Request, name: str, status_code: int = 200, **context: Any):
        context.setdefault("user", current_user(request))
        return self.TemplateResponse(request, name, context, status_code=status_code)


def create_site(
    name: str,
    build_template: Callable[[sqlite3.Connection], None],
    templates: SiteTemplates,
    routers: list[APIRouter],
) -> FastAPI:
    """Assemble one site: its routers, the control API, tenants and friendly error pages."""
    store = TenantStore(build_template)
    app = FastAPI(title=name, docs_url=None, redoc_url=None, openapi_url=None)
    app.state.store = store
    app.include_router(control_router(store, control_token()))
    for router in routers:
        app.include_router(router)

    @app.get("/healthz", include_in_schema=False)
    async def healthz() -> JSONResponse:
        return JSONResponse({"site": name, "status": "ok"})

    def error_page(request: Request, status: int, message: str) -> HTMLResponse:
        if request.url.path.startswith("/_control"):
            return JSONResponse({"detail": message}, status_code=status)
        if "tenant" not in request.scope.get("state", {}):
            return PlainTextResponse(f"{status} {message}", status_code=status)
        return templates.page(request, "error.html", status, status=status, message=message)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException):
        return error_page(request, exc.status_code, str(exc.detail))

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError):
        problems = []
        for err in exc.errors():
            field = ".".join(str(part) for part in err["loc"] if part not in ("body", "query"))
            problems.append(f"{field}: {err['msg'].lower()}")
        return error_page(request, 400, "Please fix the form. " + "; ".join(problems))

    @app.exception_handler(TenantError)
    async def tenant_error(request: Request, exc: TenantError):
        return error_page(request, 404, str(exc))

    app.add_middleware(TenantMiddleware, store=store, site=name)
    return app
