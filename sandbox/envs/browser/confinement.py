"""Keep a browser context inside the sandbox: only the episode's own site origins are reachable.

Every request of every page, popup and frame (and every WebSocket) passes through one context
route. Anything else is aborted and recorded; dialogs are answered and recorded; downloads are
recorded and saved to a temporary folder.
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from playwright.async_api import BrowserContext, Dialog, Download, Route, WebSocketRoute

MAX_RECORDED = 200


@dataclass
class Confinement:
    """The allowed hosts (``host:port``) of one episode, and what was blocked or handled."""

    allowed_hosts: frozenset[str] = frozenset()
    blocked: list[str] = field(default_factory=list)
    blocked_count: int = 0
    dialogs: list[dict[str, str]] = field(default_factory=list)
    downloads: list[dict[str, str]] = field(default_factory=list)
    download_dir: Path = field(default_factory=lambda: Path(tempfile.mkdtemp(prefix="sbx-dl-")))

    def allows(self, url: str) -> bool:
        parts = urlsplit(url)
        if parts.scheme in ("about", "blob", "data"):
            return True  # local content, no network
        return parts.scheme in ("http", "https", "ws", "wss") and parts.netloc in self.allowed_hosts

    def record_block(self, url: str) -> None:
        self.blocked_count += 1
        if len(self.blocked) < MAX_RECORDED:
            self.blocked.append(url[:500])

    async def _route(self, route: Route) -> None:
        if self.allows(route.request.url):
            await route.continue_()
        else:
            self.record_block(route.request.url)
            await route.abort("blockedbyclient")

    async def _route_socket(self, socket: WebSocketRoute) -> None:
        if self.allows(socket.url):
            socket.connect_to_server()
        else:
            self.record_block(socket.url)
            await socket.close(code=1008, reason="blocked by the sandbox")

    async def _on_dialog(self, dialog: Dialog) -> None:
        self.dialogs.append({"type": dialog.type, "message": dialog.message[:500]})
        if dialog.type in ("alert", "beforeunload"):
            await dialog.accept()
        else:
            await dialog.dismiss()

    async def _on_download(self, download: Download) -> None:
        target = self.download_dir / Path(download.suggested_filename).name
        self.downloads.append({"url": download.url[:500], "path": str(target)})
        await download.save_as(target)

    async def apply(self, context: BrowserContext) -> None:
        """Install the routes on the context and the handlers on every page it opens."""
        await context.route("**/*", self._route)
        await context.route_web_socket("**/*", self._route_socket)
        context.on("page", self.watch_page)

    def watch_page(self, page) -> None:
        page.on("dialog", self._on_dialog)
        page.on("download", self._on_download)

    def report(self) -> dict:
        return {
            "blocked_requests": {"count": self.blocked_count, "urls": list(self.blocked)},
            "dialogs": list(self.dialogs),
            "downloads": list(self.downloads),
        }
