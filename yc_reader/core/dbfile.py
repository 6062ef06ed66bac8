"""Looking at a database file without changing it, telling damage from other
errors, and asking either database about many ids.

Both databases need this before they are opened for real: opening switches a
file to WAL, which must not happen to a file a newer app wrote (it is refused
untouched), and a damaged file is handled (rebuilt, restored) while a busy,
full or read-only one is only reported.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator, Sequence
from pathlib import Path

_DAMAGE = ("SQLITE_CORRUPT", "SQLITE_NOTADB")
_BUSY = ("SQLITE_BUSY", "SQLITE_LOCKED")


def read_only(path: Path) -> sqlite3.Connection:
    """A read-only connection that cannot create or alter the file (any file name)."""
    return sqlite3.connect(f"{Path(path).absolute().as_uri()}?mode=ro", uri=True)


def stored_version(path: Path) -> int:
    """``PRAGMA user_version`` of an existing file, read without writing (0: no file,
    or a file that cannot be read this way: the full open will find out why)."""
    if not path.exists():
        return 0
    try:
        with contextlib.closing(read_only(path)) as conn:
            return conn.execute("PRAGMA user_version").fetchone()[0]
    except sqlite3.Error:
        return 0


def is_damage(error: sqlite3.Error) -> bool:
    """Whether ``error`` means the file is damaged (not busy, full or read-only)."""
    name = getattr(error, "sqlite_errorname", "") or ""
    return name.startswith(_DAMAGE) or type(error) is sqlite3.DatabaseError


def is_busy(error: sqlite3.Error) -> bool:
    """Whether ``error`` means another process holds the lock past the busy timeout."""
    return (getattr(error, "sqlite_errorname", "") or "").startswith(_BUSY)


_IDS_AT_ONCE = 500  # SQLite caps the parameters of one statement


def rows_for_ids(conn: sqlite3.Connection, query: str, ids: Sequence[str]) -> Iterator[tuple]:
    """The rows of ``query`` for ``ids``, where ``{ids}`` in it stands for the ``IN``
    list (``SELECT … WHERE id IN ({ids})``), asked a few hundred ids at a time."""
    for start in range(0, len(ids), _IDS_AT_ONCE):
        chunk = ids[start : start + _IDS_AT_ONCE]
        yield from conn.execute(query.format(ids=",".join("?" * len(chunk))), chunk)
