"""<<Module>> records: loading, validating and merging them."""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field
from pathlib import Path

log = logging.getLogger(__name__)


@dataclass
class <<Cls>>:
    """One <<module>> entry as read from disk."""

    name: str
    options: dict[str, str] = field(default_factory=dict)
    enabled: bool = True

    def merged(self, **overrides: str) -> "<<Cls>>":
        """A copy with ``overrides`` applied on top of the current options."""
        return <<Cls>>(self.name, {**self.options, **overrides}, self.enabled)


def load_<<module>>(path: str | Path) -> list[<<Cls>>]:
    """Read every <<module>> entry from a JSON file."""
    raw = json.loads(Path(path).read_text(encoding="utf-8"))
    items = [<<Cls>>(entry["name"], entry.get("options", {})) for entry in raw]
    log.debug("loaded %d <<module>> entries from %s", len(items), path)
    return items


def validate_<<module>>(item: <<Cls>>) -> list[str]:
    """Problems with ``item``, empty when it is fine."""
    problems = []
    if not item.name.strip():
        problems.append("name must not be empty")
    for key, value in item.options.items():
        if not isinstance(value, str):
            problems.append(f"option {key!r} must be a string")
    return problems
