"""The embedded sites of Inspect evals: each started when a sample first needs it, shared by
every sample and eval of the process, stopped when the process exits."""

from __future__ import annotations

import atexit
import contextlib
import secrets
import threading
from collections.abc import Iterable

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


SHARED_SITES = SharedSites()
atexit.register(SHARED_SITES.close)
