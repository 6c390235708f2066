"""What the samples of Inspect evals share: the embedded sites (each started when a sample
first needs it, kept for every eval of the process, stopped when it exits) and one Chromium
per event loop (launched by the first sample in flight, closed by the last)."""

from __future__ import annotations

import asyncio
import atexit
import contextlib
import secrets
import threading
from collections.abc import AsyncIterator, Iterable

from ..envs.browser.core import BrowserSession
from ..websites.launcher import Sites, running_sites


class SharedSites:
    """One :class:`Sites` (one control token) that grows as samples need more sites."""

    def __init__(self) -> None:
        self.sites = Sites({}, secrets.token_urlsafe(24))
        self._stack = contextlib.ExitStack()
        self._lock = threading.Lock()

    def get(self, names: Iterable[str]) -> Sites:
        """The sites, ``names`` among them (blocking while missing ones start)."""
        with self._lock:
            missing = sorted(set(names) - set(self.sites.endpoints))
            if missing:
                started = self._stack.enter_context(running_sites(missing,
                                                                  token=self.sites.token))
                self.sites.endpoints.update(started.endpoints)
        return self.sites

    def close(self) -> None:
        with self._lock:
            self._stack.close()
            self.sites.endpoints.clear()


class SharedBrowser:
    """One :class:`BrowserSession` per event loop for the samples in flight on it."""

    def __init__(self) -> None:
        self._sessions: dict[asyncio.AbstractEventLoop, tuple[BrowserSession, int]] = {}

    @contextlib.asynccontextmanager
    async def session(self) -> AsyncIterator[BrowserSession]:
        loop = asyncio.get_running_loop()
        session, users = self._sessions.get(loop, (BrowserSession(), 0))
        self._sessions[loop] = (session, users + 1)
        try:
            yield session
        finally:
            session, users = self._sessions.pop(loop)
            if users > 1:
                self._sessions[loop] = (session, users - 1)
            else:
                await session.close()


SHARED_SITES = SharedSites()
atexit.register(SHARED_SITES.close)
SHARED_BROWSER = SharedBrowser()
