"""Small database helpers: the clock and explicit transactions on autocommit connections."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime


def now() -> str:
    return datetime.now().isoformat(sep=" ", timespec="seconds")


@contextmanager
def transaction(db: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """BEGIN ... COMMIT, rolled back if the block raises (the connection is autocommit)."""
    db.execute("BEGIN")
    try:
        yield db
    except BaseException:
        db.execute("ROLLBACK")
        raise
    db.execute("COMMIT")


def lf(text: str) -> str:
    """Browsers send textarea contents with CRLF line ends; store LF, like git does."""
    return text.replace("\r\n", "\n")
