"""The control API's read-only SQL: one statement, run on a copy of a tenant's database in a worker
thread (no tenant waits for it), calling only ordinary SQL functions, within a time limit, with
every value answered as JSON can carry it."""

from __future__ import annotations

import asyncio
import math
import sqlite3
import time
from contextlib import closing
from typing import Any

from .tenancy import copy_of

QUERY_SECONDS = 5.0
PROGRESS_STEPS = 1000  # SQLite virtual-machine steps between two looks at the clock
ACTIONS = frozenset({sqlite3.SQLITE_SELECT, sqlite3.SQLITE_READ, sqlite3.SQLITE_RECURSIVE})
FUNCTIONS = frozenset("""
    abs char coalesce concat concat_ws format glob hex ifnull iif instr length like likelihood
    likely lower ltrim max min nullif octet_length printf quote random replace round rtrim sign
    substr substring trim typeof unhex unicode unlikely upper
    avg count group_concat string_agg sum total
    row_number rank dense_rank percent_rank cume_dist ntile lag lead first_value last_value
    nth_value
    date time datetime julianday unixepoch strftime timediff current_date current_time
    current_timestamp
    json json_array json_array_length json_error_position json_extract json_insert json_object
    json_patch json_quote json_remove json_replace json_set json_type json_valid
    json_group_array json_group_object -> ->>
    acos acosh asin asinh atan atan2 atanh ceil ceiling cos cosh degrees exp floor ln log log10
    log2 mod pi pow power radians sin sinh sqrt tan tanh trunc
""".split())


class QueryTimeout(Exception):
    """A query still running after ``QUERY_SECONDS``."""


async def query_copy(db: sqlite3.Connection, sql: str, params: list[Any] | dict[str, Any],
                     seconds: float = QUERY_SECONDS) -> dict:
    """Run ``sql`` on a copy of ``db`` (taken now, in under a millisecond) in a worker thread."""
    copy = copy_of(db)
    return await asyncio.to_thread(_run_and_close, copy, sql, params, seconds)


def _run_and_close(db: sqlite3.Connection, sql: str, params: list[Any] | dict[str, Any],
                   seconds: float) -> dict:
    with closing(db):
        return run_readonly(db, sql, params, seconds)


def run_readonly(db: sqlite3.Connection, sql: str, params: list[Any] | dict[str, Any],
                 seconds: float = QUERY_SECONDS) -> dict:
    """Run one statement that only reads (SQLite refuses anything else) on a throwaway ``db``."""
    deadline = time.monotonic() + seconds
    db.set_authorizer(_authorize)
    db.set_progress_handler(lambda: time.monotonic() > deadline, PROGRESS_STEPS)
    db.text_factory = _text
    try:
        cursor = db.execute(sql, params)
        rows = [[_json_value(value) for value in row] for row in cursor.fetchall()]
    except sqlite3.OperationalError:
        if time.monotonic() > deadline:
            raise QueryTimeout(f"the query ran past the {seconds:g} s time limit") from None
        raise
    return {"columns": [d[0] for d in cursor.description or []], "rows": rows}


def _authorize(action: int, _arg1: str | None, arg2: str | None, *_: Any) -> int:
    """Reads only, calling only ``FUNCTIONS`` (for a function, ``arg2`` is its name)."""
    if action == sqlite3.SQLITE_FUNCTION:
        allowed = (arg2 or "").lower() in FUNCTIONS
    else:
        allowed = action in ACTIONS
    return sqlite3.SQLITE_OK if allowed else sqlite3.SQLITE_DENY


def _text(raw: bytes) -> str:
    return raw.decode("utf-8", "replace")


def _json_value(value: Any) -> Any:
    """``value`` as JSON carries it: blobs decoded (bad bytes replaced), infinities as text."""
    if isinstance(value, bytes):
        return _text(value)
    if isinstance(value, float) and not math.isfinite(value):
        return str(value)
    return value
