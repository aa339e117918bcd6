"""Corpus-level state kept on disk, so that a parse's memory does not grow with the corpus.

Duplicate detection and claim grouping must remember something about every article seen so
far: a fingerprint of each original article, and which articles each claim group has
reached. Held in Python objects, that grows by kilobytes per article; in a SQLite file (the
standard library's ``sqlite3``) it costs a bounded page cache instead, and the lookups the
parser makes (a handful of indexed queries per article) are cheap next to parsing it.

Nothing here is durable: the database is scratch space for one run, written without a
journal and deleted by whoever made it. ``connect(None)`` gives an in-memory database for
callers that hold the whole corpus in memory anyway.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from itertools import islice
from pathlib import Path

CACHE_KB = 8192  # SQLite page cache per connection: the memory the state may use
MAX_PARAMS = 500  # host parameters per ``IN (...)`` query, well under SQLite's limit


def connect(path: str | Path | None) -> sqlite3.Connection:
    """A scratch database at ``path`` (replaced if it exists), or in memory for ``None``."""
    if path is None:
        return sqlite3.connect(":memory:")
    path = Path(path)
    path.unlink(missing_ok=True)
    db = sqlite3.connect(path)
    db.execute("PRAGMA journal_mode = OFF")
    db.execute("PRAGMA synchronous = OFF")
    db.execute("PRAGMA temp_store = FILE")
    db.execute(f"PRAGMA cache_size = -{CACHE_KB}")
    return db


def chunked(values: Iterable, size: int = MAX_PARAMS) -> Iterator[list]:
    """``values`` in lists of at most ``size``, for queries with many parameters."""
    it = iter(values)
    while chunk := list(islice(it, size)):
        yield chunk


def lookup(db: sqlite3.Connection, sql: str, keys: Sequence) -> dict:
    """``{key: row}`` for ``sql``, a query with one ``{}`` where the ``IN`` placeholders go,
    whose first column is the key."""
    out = {}
    for part in chunked(dict.fromkeys(keys)):
        marks = ",".join("?" * len(part))
        for row in db.execute(sql.format(marks), part):
            out[row[0]] = row[1:]
    return out
