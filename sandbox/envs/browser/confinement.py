"""Keep a browser context inside the sandbox: only the episode's own site origins are reachable.

The network rule is enforced by Chromium itself: every context gets a proxy that does not exist
(``127.0.0.1:9``, nothing listens there) and bypasses it only for this environment's tenant
hosts (``ENV*.SITE.localhost:PORT``). So every other request of every page, frame, popup,
WebSocket or IP literal (the control API on 127.0.0.1 included) fails inside the browser,
without a round trip per request. WebRTC, whose UDP no proxy sees, is removed from every
frame. Failed requests to other hosts are recorded; dialogs are answered and recorded;
downloads are saved to a temporary folder (removed with the episode) and recorded with
their size and digest; ``goto`` refusals are listed with the blocked requests.
"""

from __future__ import annotations

import hashlib
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from playwright.async_api import BrowserContext, Dialog, Download, Page, Request, WebSocket

MAX_RECORDED = 200
NO_WEBRTC = """(() => {
  // WebRTC sends UDP (STUN, ICE) that no proxy sees: the sandbox's pages have none of it.
  for (const name of Object.getOwnPropertyNames(globalThis)) {
    if (/^(webkit)?RTC/.test(name)) {
      try {
        Object.defineProperty(globalThis, name, {value: undefined, writable: false,
                                                 configurable: false});
      } catch (error) {}
    }
  }
})();"""
NOWHERE_PROXY = "http://127.0.0.1:9"  # the discard port: connections are refused


def proxy_settings(host_patterns: list[str]) -> dict[str, str]:
    """Playwright's per-context proxy: everything through a dead proxy but these hosts.

    ``<-loopback>`` removes Chromium's implicit bypass of localhost and 127.0.0.1.
    """
    return {"server": NOWHERE_PROXY, "bypass": ",".join(["<-loopback>", *host_patterns])}


@dataclass
class Confinement:
    """The allowed hosts (``host:port``) of one episode, and what was blocked or handled.

    Each list keeps its first ``MAX_RECORDED`` entries; the counts keep counting.
    """

    allowed_hosts: frozenset[str] = frozenset()
    blocked: list[str] = field(default_factory=list)
    blocked_count: int = 0
    dialogs: list[dict[str, str]] = field(default_factory=list)
    dialog_count: int = 0
    downloads: list[dict[str, str | int]] = field(default_factory=list)
    _download_dir: Path | None = None

    def allows(self, url: str) -> bool:
        parts = urlsplit(url)
        if parts.scheme in ("about", "blob", "data"):
            return True  # local content, no network
        return parts.scheme in ("http", "https", "ws", "wss") and parts.netloc in self.allowed_hosts

    def record_block(self, url: str) -> None:
        """Note an attempt to leave the tenant: a page's request, a socket or a ``goto``."""
        self.blocked_count += 1
        if len(self.blocked) < MAX_RECORDED:
            self.blocked.append(url[:500])

    @property
    def download_dir(self) -> Path:
        """The episode's own download folder, made on first use and removed by ``close``."""
        if self._download_dir is None:
            self._download_dir = Path(tempfile.mkdtemp(prefix="sbx-dl-"))
        return self._download_dir

    def close(self) -> None:
        """Remove what the episode downloaded; the record keeps each file's size and digest."""
        if self._download_dir is not None:
            shutil.rmtree(self._download_dir, ignore_errors=True)
            self._download_dir = None

    def _on_request_failed(self, request: Request) -> None:
        if not self.allows(request.url):
            self.record_block(request.url)

    def _on_websocket(self, socket: WebSocket) -> None:
        if not self.allows(socket.url):
            self.record_block(socket.url)

    async def _on_dialog(self, dialog: Dialog) -> None:
        self.dialog_count += 1
        if len(self.dialogs) < MAX_RECORDED:
            self.dialogs.append({"type": dialog.type, "message": dialog.message[:500]})
        if dialog.type in ("alert", "beforeunload"):
            await dialog.accept()
        else:
            await dialog.dismiss()

    async def _on_download(self, download: Download) -> None:
        if len(self.downloads) >= MAX_RECORDED:
            await download.cancel()
            return
        name = Path(download.suggested_filename).name
        target = self.download_dir / f"{len(self.downloads)}-{name}"
        await download.save_as(target)
        data = target.read_bytes()
        self.downloads.append({"url": download.url[:500], "path": str(target),
                               "bytes": len(data), "sha256": hashlib.sha256(data).hexdigest()})

    async def watch(self, context: BrowserContext) -> None:
        """Remove WebRTC from every frame of the context, and record what its pages try and
        do (the proxy has already refused it)."""
        await context.add_init_script(script=NO_WEBRTC)
        context.on("requestfailed", self._on_request_failed)
        context.on("page", self.watch_page)

    def watch_page(self, page: Page) -> None:
        page.on("dialog", self._on_dialog)
        page.on("download", self._on_download)
        page.on("websocket", self._on_websocket)

    def report(self) -> dict:
        return {
            "blocked_requests": {"count": self.blocked_count, "urls": list(self.blocked)},
            "dialogs": list(self.dialogs),
            "dialog_count": self.dialog_count,
            "downloads": list(self.downloads),
        }
