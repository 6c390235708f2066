"""<<Module>> helpers with a tiny cache in front of slow lookups."""

from __future__ import annotations

import time
from dataclasses import dataclass


@dataclass
class <<Cls>>:
    """Remembers results for ``ttl`` seconds."""

    ttl: float = 60.0

    def __post_init__(self) -> None:
        self._store: dict[str, tuple[float, object]] = {}

    def get(self, key: str) -> object | None:
        entry = self._store.get(key)
        if entry is None or entry[0] < time.monotonic():
            self._store.pop(key, None)
            return None
        return entry[1]

    def put(self, key: str, value: object) -> None:
        self._store[key] = (time.monotonic() + self.ttl, value)

    def clear(self) -> int:
        count = len(self._store)
        self._store.clear()
        return count


def normalise_<<module>>_key(raw: str) -> str:
    """Keys are compared case-insensitively and without surrounding spaces."""
    return " ".join(raw.split()).lower()
