"""Data that tasks need beyond a site's generated seed: plain SQL, run after the seed."""

from __future__ import annotations

import sqlite3
from importlib import resources


def add_seed_extras(db: sqlite3.Connection, site: str) -> None:
    """Run the site's ``seed_extra/*.sql`` files, in name order, over the generated seed.

    Tasks that need more data than the generated seed (another customer, an order, a member)
    add it here as plain INSERTs, without shifting the generator's random draws.
    """
    folder = resources.files(f"sandbox.websites.{site}") / "seed_extra"
    if not folder.is_dir():
        return
    for script in sorted(folder.iterdir(), key=lambda entry: entry.name):
        if script.name.endswith(".sql"):
            try:
                db.executescript(script.read_text(encoding="utf-8"))
            except sqlite3.Error as exc:
                raise RuntimeError(f"{site} seed_extra/{script.name}: {exc}") from exc
