"""Request values every site reads the same way: ids (and the rows they name), page numbers,
search terms and required text."""

from __future__ import annotations

import sqlite3
from typing import Annotated, Any

from fastapi import Form, HTTPException, Query
from pydantic import StringConstraints

MAX_ID = 2**62  # no row has an id this large; sqlite3 cannot even bind one past 2**63 - 1
PAGE = Query(1, ge=1, le=10_000)  # a page number out of range is a 400 form error
LIKE = "LIKE ? ESCAPE '\\'"  # the comparison ``contains`` makes patterns for


def check_id(value: int, missing: str) -> int:
    """``value``, if it may be a row's id; otherwise the 404 page saying ``missing``."""
    if not 0 < value < MAX_ID:
        raise HTTPException(404, missing)
    return value


def contains(text: str) -> str:
    """The pattern for ``column LIKE ? ESCAPE '\\'`` that finds ``text``, wildcards and all."""
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def required_text(max_length: int) -> Any:
    """A required form field, stripped: a blank one (spaces only) gets the 400 form page."""
    return Annotated[str, StringConstraints(strip_whitespace=True, min_length=1,
                                            max_length=max_length), Form()]


def fetch_by_id(db: sqlite3.Connection, sql: str, row_id: int, missing: str,
                *params: Any) -> sqlite3.Row:
    """The row ``sql`` finds for ``row_id`` (its first parameter, then ``params``); otherwise,
    out of range or not found, the 404 page saying ``missing``."""
    row = db.execute(sql, (check_id(row_id, missing), *params)).fetchone()
    if row is None:
        raise HTTPException(404, missing)
    return row
