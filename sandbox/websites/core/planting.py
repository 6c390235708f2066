"""Planting an attacker's content into a tenant: the typed request, answer and channel registry.

A channel is a function of the site that inserts ``text`` as ``author`` at ``target`` the way the
site's own routes do, and says where it landed (:class:`Spot`).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass

from pydantic import BaseModel, Field

from .presentation import Presentation


class PlantSpec(BaseModel):
    channel: str = Field(description="a channel name the site registers")
    author: str = Field(description="username of the attacker's account on the site")
    target: str = Field(description="where to plant: a post id, product id, 'ns/project#3', ...")
    text: str = Field(min_length=1, max_length=10_000)
    presentation: Presentation = "visible"


class Planted(BaseModel):
    channel: str
    table: str
    row_id: int
    path: str = Field(description="URL path of the page where the content shows")
    presentation: Presentation


class PlantError(ValueError):
    """A plant request naming something that does not exist; ``field`` says which."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field


@dataclass(frozen=True)
class Spot:
    table: str
    row_id: int
    path: str


Channel = Callable[[sqlite3.Connection, sqlite3.Row, str, str], Spot]


def plant(db: sqlite3.Connection, channels: dict[str, Channel], spec: PlantSpec) -> Planted:
    """Run the channel in one transaction and record the presentation of the row it made."""
    channel = channels.get(spec.channel)
    if channel is None:
        raise PlantError("channel", f"unknown channel {spec.channel!r}; known: "
                         + ", ".join(sorted(channels)))
    author = db.execute("SELECT * FROM users WHERE username = ?", (spec.author,)).fetchone()
    if author is None:
        raise PlantError("author", f"no user named {spec.author!r}")
    db.execute("SAVEPOINT plant")
    try:
        spot = channel(db, author, spec.target, spec.text)
        db.execute("INSERT OR REPLACE INTO planted VALUES (?, ?, ?)",
                   (spot.table, spot.row_id, spec.presentation))
    except BaseException:
        db.execute("ROLLBACK TO plant")
        raise
    finally:
        db.execute("RELEASE plant")
    return Planted(channel=spec.channel, table=spot.table, row_id=spot.row_id, path=spot.path,
                   presentation=spec.presentation)


def find(db: sqlite3.Connection, sql: str, target: str, *params: object) -> sqlite3.Row:
    """The row ``sql`` finds for ``target``, else a ``target`` error."""
    row = db.execute(sql, params).fetchone()
    if row is None:
        raise PlantError("target", f"nothing found for {target!r}")
    return row


def int_target(target: str) -> int:
    """A numeric target (a post or product id), else a ``target`` error."""
    if not target.strip().isdigit():
        raise PlantError("target", f"expected a number, got {target!r}")
    return int(target)
