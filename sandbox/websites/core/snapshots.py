"""A tenant's database as the pages that differ from the seeded template, so an episode's final
state costs a few kilobytes to keep and can be rebuilt exactly later (offline re-grading).

A tenant starts as a page-for-page copy of the template (SQLite's backup API), so after an
episode only the pages it wrote differ. A diff is ``MAGIC``, the page size and page count of
the tenant's database, then each changed page as its index and bytes.
"""

from __future__ import annotations

import hashlib
import sqlite3
import struct

MAGIC = b"SBXPAGES1"
BASE_HEADER = "X-Sandbox-Base"
"""The control API's header naming the template image a page diff applies to."""
_HEADER = struct.Struct("<II")  # page size, page count
_INDEX = struct.Struct("<I")


class SnapshotError(ValueError):
    """A diff that does not fit its base, or is not a diff at all."""


def digest(data: bytes) -> str:
    """The name of a database image: its SHA-256, shortened."""
    return hashlib.sha256(data).hexdigest()[:16]


def page_size(db: sqlite3.Connection) -> int:
    return db.execute("PRAGMA page_size").fetchone()[0]


def page_diff(base: bytes, current: bytes, size: int) -> bytes:
    """The pages of ``current`` that differ from ``base`` (pages past its end included)."""
    count = len(current) // size
    parts = [MAGIC, _HEADER.pack(size, count)]
    for index in range(count):
        page = current[index * size:(index + 1) * size]
        if page != base[index * size:(index + 1) * size]:
            parts += [_INDEX.pack(index), page]
    return b"".join(parts)


def apply_page_diff(base: bytes, diff: bytes) -> bytes:
    """The database image ``diff`` describes, rebuilt from ``base``."""
    if not diff.startswith(MAGIC):
        raise SnapshotError("not a page diff (bad magic)")
    offset = len(MAGIC)
    size, count = _HEADER.unpack_from(diff, offset)
    offset += _HEADER.size
    pages = [base[i * size:(i + 1) * size] for i in range(count)]
    while offset < len(diff):
        (index,) = _INDEX.unpack_from(diff, offset)
        offset += _INDEX.size
        page = diff[offset:offset + size]
        if index >= count or len(page) != size:
            raise SnapshotError(f"page {index} does not fit a {count}-page database")
        pages[index] = page
        offset += size
    if any(len(page) != size for page in pages):
        raise SnapshotError("the diff's base is shorter than the database it describes")
    return b"".join(pages)


def open_image(image: bytes) -> sqlite3.Connection:
    """An in-memory database holding ``image``, rows addressable by column name."""
    db = sqlite3.connect(":memory:", check_same_thread=False)
    db.deserialize(image)
    db.row_factory = sqlite3.Row
    return db
