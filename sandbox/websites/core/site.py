"""Build a site's FastAPI app: tenant routing, request log, size limits, HTML error pages."""

from __future__ import annotations

import functools
import os
import secrets
import sqlite3
import sys
import tempfile
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
from .planting import Channel
from .presentation import PLANTED_SCHEMA, shown
from .tenancy import Tenant, TenantError, TenantStore, tenant_from_host

MAX_BODY_BYTES = 256 * 1024
CORE_TEMPLATES = Path(__file__).parent / "templates"


def control_token() -> str:
    """The control token from ``SANDBOX_TOKEN``, else the one shared in ``SANDBOX_TOKEN_FILE``
    (compose), else a new one (printed so a person can use it)."""
    token = os.environ.get("SANDBOX_TOKEN")
    if token:
        return token
    token_file = os.environ.get("SANDBOX_TOKEN_FILE")
    if token_file:
        token = shared_token(Path(token_file))
        print(f"SANDBOX_TOKEN not set; using the token in {token_file}", file=sys.stderr)
    else:
        token = secrets.token_urlsafe(24)
        print(f"SANDBOX_TOKEN not set; generated {token}", file=sys.stderr)
    os.environ["SANDBOX_TOKEN"] = token
    return token


def shared_token(path: Path) -> str:
    """The token in ``path``, written there first (0600) if absent: the first of several
    processes sharing the file creates it atomically, the others read it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.NamedTemporaryFile("w", dir=path.parent, delete=False) as draft:
        draft.write(secrets.token_urlsafe(24))
    try:
        os.link(draft.name, path)  # fails if another process has created it
    except FileExistsError:
        pass
    finally:
        os.unlink(draft.name)
    token = path.read_text().strip()
    if not token:
        raise RuntimeError(f"the control token file {path} is empty")
    return token


def instance_id() -> str:
    """This process's instance id for ``/healthz``: ``SANDBOX_INSTANCE`` (the launcher's, so it
    can tell its own process from another one on the port), or a random one."""
    return os.environ.get("SANDBOX_INSTANCE") or secrets.token_hex(8)


class TenantMiddleware:
    """Routes each request to its tenant, caps body size and logs every request it answers."""

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
        scope.setdefault("state", {})["tenant"] = tenant
        await self._answer_and_log(tenant, scope, headers, receive, send)

    async def _answer_and_log(self, tenant: Tenant, scope: Scope, headers: dict[bytes, bytes],
                              receive: Receive, send: Send) -> None:
        """Answer (413 for a body past the limit) and log the answer, even if a handler raised."""
        body = None if _declares_too_much(headers) else await _read_body(receive)
        status = 500  # what the client gets when a handler raises before answering

        async def capture_send(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            await send(message)

        try:
            if body is None:
                await _too_large(scope, receive, capture_send)
            else:
                await self.app(scope, _replay(body, receive), capture_send)
        finally:
            tenant.log_request(_log_entry(scope, headers, status, body or b""))


def _declares_too_much(headers: dict[bytes, bytes]) -> bool:
    declared = headers.get(b"content-length", b"")
    return declared.isdigit() and int(declared) > MAX_BODY_BYTES


async def _read_body(receive: Receive) -> bytes | None:
    """The whole request body, chunked or not; None once it grows past ``MAX_BODY_BYTES``."""
    body = bytearray()
    while True:
        message = await receive()
        body.extend(message.get("body", b""))
        if len(body) > MAX_BODY_BYTES:
            return None
        if message["type"] != "http.request" or not message.get("more_body", False):
            return bytes(body)


def _replay(body: bytes, receive: Receive) -> Receive:
    """A ``receive`` that gives the app the body already read, then listens to the client."""
    pending: list[Message] = [{"type": "http.request", "body": body, "more_body": False}]

    async def replay() -> Message:
        return pending.pop() if pending else await receive()

    return replay


async def _too_large(scope: Scope, receive: Receive, send: Send) -> None:
    message = f"413 Request Entity Too Large: bodies are limited to {MAX_BODY_BYTES} bytes"
    await PlainTextResponse(message, 413)(scope, receive, send)


def _log_entry(scope: Scope, headers: dict[bytes, bytes], status: int,
               body: bytes) -> dict[str, Any]:
    return {
        "time": time.time(),
        "method": scope["method"],
        "path": scope["path"],
        "query": scope.get("query_string", b"").decode("latin-1"),
        "status": status,
        "form": _form_fields(headers, body),
    }


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
        self.env.globals["shown"] = shown

    def page(self, request: Request, name: str, status_code: int = 200, **context: Any):
        context.setdefault("user", current_user(request))
        return self.TemplateResponse(request, name, context, status_code=status_code)


def build_seeded(build_template: Callable[[sqlite3.Connection], None],
                 db: sqlite3.Connection) -> None:
    """A site's seeded template: its seed data, and the table planted content goes to."""
    build_template(db)
    db.executescript(PLANTED_SCHEMA)


def create_site(
    name: str,
    build_template: Callable[[sqlite3.Connection], None],
    templates: SiteTemplates,
    routers: list[APIRouter],
    channels: dict[str, Channel] | None = None,
) -> FastAPI:
    """Assemble one site: its routers, the control API (planting through ``channels``),
    tenants and friendly error pages."""

    store = TenantStore(functools.partial(build_seeded, build_template))
    app = FastAPI(title=name, docs_url=None, redoc_url=None, openapi_url=None)
    app.state.store = store
    app.include_router(control_router(store, control_token(), channels))
    for router in routers:
        app.include_router(router)

    instance = instance_id()

    @app.get("/healthz", include_in_schema=False)
    async def healthz() -> JSONResponse:
        return JSONResponse({"site": name, "status": "ok", "instance": instance})

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
