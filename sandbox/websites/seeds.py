"""Each site's seeded template database, built without starting the site."""

from __future__ import annotations

import functools
import importlib

from .core.site import build_seeded
from .core.tenancy import connect_memory


@functools.cache
def seeded_image(site: str) -> bytes:
    """The database image every tenant of ``site`` starts as (the seed is deterministic)."""
    seed = importlib.import_module(f"sandbox.websites.{site}.seed")
    db = connect_memory()
    build_seeded(seed.build_template, db)
    return db.serialize()
