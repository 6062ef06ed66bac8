"""The user database (``user.sqlite``): bookmarks, notes, read state, last read,
and the folders the user imported.

Unlike the index this is never rebuilt. It is keyed by the stable article ids of
``index.article_id``, so it survives index rebuilds and parser changes; it is
copied to ``backups/`` at every start (the copy a damaged database is restored
from) and before every schema migration; migrations run step by step, each in a
transaction; a database from a newer app is refused and left untouched.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from yc_reader.core import dbfile
from yc_reader.core.errors import LibraryError, Notice

SCHEMA_VERSION = 1
APPLICATION_ID = 0x59435255  # "YCRU"
EXPORT_FORMAT = "yc-reader-userdata"
LATEST_BACKUP = "user-latest.sqlite"


@dataclass(frozen=True)
class Bookmark:
    """A bookmark as stored in the user database.

    ``title`` and ``date`` are remembered when the bookmark is made, so a bookmark
    whose article has left the index still says what it was; ``present`` tells
    whether the article is in the index now. ``created`` is ISO 8601 (UTC).
    """

    id: str
    title: str
    date: str
    note: str
    created: str
    present: bool = True


def _create_v1(conn: sqlite3.Connection) -> None:
    conn.execute(
        "CREATE TABLE bookmarks(id TEXT PRIMARY KEY, title TEXT NOT NULL, date TEXT NOT NULL,"
        " note TEXT NOT NULL, created TEXT NOT NULL) WITHOUT ROWID"
    )
    conn.execute("CREATE TABLE read_state(id TEXT PRIMARY KEY, at TEXT NOT NULL) WITHOUT ROWID")
    conn.execute("CREATE TABLE state(key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID")
    conn.execute("CREATE TABLE roots(path TEXT PRIMARY KEY, added TEXT NOT NULL) WITHOUT ROWID")


# MIGRATIONS[n] brings a version-n database to version n + 1 (0: an empty file).
MIGRATIONS: dict[int, Callable[[sqlite3.Connection], None]] = {0: _create_v1}


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def connect(path: Path) -> sqlite3.Connection:
    """WAL with ``synchronous=FULL``: an acknowledged bookmark survives a power cut."""
    conn = sqlite3.connect(path, timeout=15, isolation_level=None, check_same_thread=False)
    conn.execute("PRAGMA busy_timeout = 15000")
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    return conn


def open_user_db(path: Path, backups: Path) -> tuple[sqlite3.Connection, list[Notice]]:
    """Open, restore, migrate and back up the user database.

    Returns the connection and the notices for the user (a restore from the
    backup, a failed backup; usually none). Raises
    ``LibraryError`` for a newer database (``newer_version``) or a damaged one
    with no backup to restore (``damaged``); neither file is changed then.
    """
    backups.mkdir(parents=True, exist_ok=True)
    notices: list[Notice] = []
    # Peeked read-only first: opening switches the file to WAL, which would change it.
    _refuse_newer(path, dbfile.stored_version(path))
    if path.exists() and not _healthy(path):
        latest = backups / LATEST_BACKUP
        if not latest.exists() or not _healthy(latest):
            raise LibraryError(
                "bookmarks_damaged",
                f"The bookmarks database {path} is damaged and there is no backup to restore. "
                "It was left as it is; move it away to start with empty bookmarks.",
            )
        damaged = backups / f"user-damaged-{time.strftime('%Y%m%d-%H%M%S')}.sqlite"
        # Every step leaves either the damaged file or the restored one at ``path``,
        # never no file: a crash half-way must not let the next start create an
        # empty database (and back that up over the good backup).
        restored = path.with_name(path.name + ".restoring")
        shutil.copyfile(path, damaged)
        shutil.copyfile(latest, restored)
        for suffix in ("-wal", "-shm"):  # the damaged file's, not the backup's
            with contextlib.suppress(FileNotFoundError):
                shutil.move(f"{path}{suffix}", f"{damaged}{suffix}")
        os.replace(restored, path)
        notices.append(
            Notice(
                "bookmarks_restored",
                "The bookmarks database was damaged and has been restored from its last backup; "
                f"the damaged copy is kept as {damaged.name}.",
                damaged.name,
            )
        )
    conn = connect(path)
    try:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        _refuse_newer(path, version)
        if 0 < version < SCHEMA_VERSION:
            backup(conn, backups / f"user-v{version}-{time.strftime('%Y%m%d-%H%M%S')}.sqlite")
        for step in range(version, SCHEMA_VERSION):
            with transaction(conn):
                if conn.execute("PRAGMA user_version").fetchone()[0] > step:
                    continue  # another process took this step while we waited for the lock
                MIGRATIONS[step](conn)
                conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
                conn.execute(f"PRAGMA user_version = {step + 1}")
    except BaseException:
        conn.close()
        raise
    try:
        backup(conn, backups / LATEST_BACKUP)
    except (OSError, sqlite3.Error) as error:
        # A full disk must not lock the user out of reading: the last good backup
        # stays where it is (a migration above, though, never runs without one).
        notices.append(
            Notice(
                "bookmarks_not_backed_up",
                f"Your bookmarks could not be backed up ({error}).",
                str(error),
            )
        )
    return conn, notices


def _refuse_newer(path: Path, version: int) -> None:
    if version > SCHEMA_VERSION:
        raise LibraryError(
            "newer_version",
            f"The bookmarks database {path} was written by a newer version of YC Reader "
            f"(schema {version}, this version reads {SCHEMA_VERSION}). It was left "
            "untouched: update YC Reader, or use another data folder.",
        )


def _healthy(path: Path) -> bool:
    """False only for a damaged file: a busy or unreadable one is not restored over."""
    try:
        with contextlib.closing(dbfile.read_only(path)) as conn:
            return conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
    except sqlite3.DatabaseError as error:
        if dbfile.is_damage(error):
            return False
        raise


STALE_PART_S = 3600
"""A partial backup older than this was left by a killed process and is removed."""


def backup(conn: sqlite3.Connection, target: Path) -> None:
    """A consistent copy via SQLite's backup API, written aside and renamed in.

    Each backup writes its own partial file: two processes starting at once must
    not write into the same one (and rename it from under each other).
    """
    for stale in target.parent.glob(f"{target.name}*.part"):
        with contextlib.suppress(OSError):
            if time.time() - stale.stat().st_mtime > STALE_PART_S:
                stale.unlink()
    handle, name = tempfile.mkstemp(dir=target.parent, prefix=f"{target.name}.", suffix=".part")
    os.close(handle)
    partial = Path(name)
    try:
        with contextlib.closing(sqlite3.connect(partial)) as copy:
            conn.backup(copy)
        partial.replace(target)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise


@contextlib.contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[None]:
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def set_bookmark(
    conn: sqlite3.Connection, id: str, on: bool, note: str, title: str, date: str
) -> None:
    if on:
        conn.execute(
            "INSERT INTO bookmarks(id, title, date, note, created) VALUES (?, ?, ?, ?, ?)"
            " ON CONFLICT(id) DO UPDATE SET note = excluded.note, title = excluded.title,"
            " date = excluded.date",
            (id, title, date, note, now()),
        )
    else:
        conn.execute("DELETE FROM bookmarks WHERE id = ?", (id,))


def move_bookmark(conn: sqlite3.Connection, old: str, new: str, title: str, date: str) -> None:
    """Point the bookmark (and read state) of article ``old`` at article ``new``,
    remembering the new one's title and date; the note and time stay."""
    conn.execute(
        "UPDATE bookmarks SET id = ?, title = ?, date = ? WHERE id = ?", (new, title, date, old)
    )
    conn.execute("UPDATE OR REPLACE read_state SET id = ? WHERE id = ?", (new, old))


def bookmarks(conn: sqlite3.Connection) -> list[Bookmark]:
    """Every bookmark, newest first (``present`` is left for the caller to set)."""
    return [
        Bookmark(*row)
        for row in conn.execute(
            "SELECT id, title, date, note, created FROM bookmarks ORDER BY created DESC, id"
        )
    ]


def bookmark(conn: sqlite3.Connection, id: str) -> Bookmark | None:
    row = conn.execute(
        "SELECT id, title, date, note, created FROM bookmarks WHERE id = ?", (id,)
    ).fetchone()
    return Bookmark(*row) if row else None


def bookmarked_ids(conn: sqlite3.Connection) -> set[str]:
    return {id_ for (id_,) in conn.execute("SELECT id FROM bookmarks")}


def read_ids(conn: sqlite3.Connection, ids: list[str]) -> set[str]:
    query = "SELECT id FROM read_state WHERE id IN ({ids})"
    return {id_ for (id_,) in dbfile.rows_for_ids(conn, query, ids)}


def mark_read(conn: sqlite3.Connection, id: str, read: bool) -> None:
    if read:
        conn.execute("INSERT OR REPLACE INTO read_state(id, at) VALUES (?, ?)", (id, now()))
    else:
        conn.execute("DELETE FROM read_state WHERE id = ?", (id,))


def get_state(conn: sqlite3.Connection, key: str) -> str | None:
    row = conn.execute("SELECT value FROM state WHERE key = ?", (key,)).fetchone()
    return row[0] if row else None


def set_state(conn: sqlite3.Connection, key: str, value: str) -> None:
    conn.execute("INSERT OR REPLACE INTO state(key, value) VALUES (?, ?)", (key, value))


def add_root(conn: sqlite3.Connection, path: str) -> None:
    conn.execute("INSERT OR IGNORE INTO roots(path, added) VALUES (?, ?)", (path, now()))


def roots(conn: sqlite3.Connection) -> list[str]:
    return [p for (p,) in conn.execute("SELECT path FROM roots ORDER BY added, path")]


def export(conn: sqlite3.Connection) -> dict:
    """Everything the user made, as a JSON-ready dict."""
    return {
        "format": EXPORT_FORMAT,
        "version": SCHEMA_VERSION,
        "exported": now(),
        "bookmarks": [
            {"id": b.id, "title": b.title, "date": b.date, "note": b.note, "created": b.created}
            for b in bookmarks(conn)
        ],
        "read": [{"id": i, "at": at} for i, at in conn.execute("SELECT id, at FROM read_state")],
        "last_read": get_state(conn, "last_read"),
    }


def import_(conn: sqlite3.Connection, data: object) -> int:
    """Merge an ``export`` dict (one transaction); returns bookmarks added or updated.

    Raises ``LibraryError('bad_export')`` naming what is wrong, before writing.
    """
    records, reads, last = _validated(data)
    with transaction(conn):
        for record in records:
            conn.execute(
                "INSERT INTO bookmarks(id, title, date, note, created) VALUES (?, ?, ?, ?, ?)"
                " ON CONFLICT(id) DO UPDATE SET note = CASE WHEN excluded.note != ''"
                " THEN excluded.note ELSE bookmarks.note END",
                (record["id"], record["title"], record["date"], record["note"], record["created"]),
            )
        conn.executemany(
            "INSERT OR IGNORE INTO read_state(id, at) VALUES (?, ?)",
            ((r["id"], r["at"]) for r in reads),
        )
        if last:
            set_state(conn, "last_read", last)
    return len(records)


def _validated(data: object) -> tuple[list[dict], list[dict], str | None]:
    def bad(why: str) -> LibraryError:
        return LibraryError("bad_export", f"Not a YC Reader bookmarks export: {why}.")

    if not isinstance(data, dict) or data.get("format") != EXPORT_FORMAT:
        raise bad(f'"format" must be "{EXPORT_FORMAT}"')
    if not isinstance(data.get("version"), int) or data["version"] > SCHEMA_VERSION:
        raise bad("it is from a newer version of YC Reader or has no version")
    records = data.get("bookmarks", [])
    if not isinstance(records, list):
        raise bad('"bookmarks" must be a list')
    clean = []
    for i, record in enumerate(records):
        if (
            not isinstance(record, dict)
            or not isinstance(record.get("id"), str)
            or not record["id"]
        ):
            raise bad(f"bookmark {i + 1} has no id")
        fields = {k: record.get(k, "") for k in ("title", "date", "note", "created")}
        if not all(isinstance(v, str) for v in fields.values()):
            raise bad(f"bookmark {i + 1} has a field that is not text")
        clean.append({"id": record["id"], **fields, "created": fields["created"] or now()})
    reads = data.get("read", [])
    if not isinstance(reads, list) or not all(
        isinstance(r, dict) and isinstance(r.get("id"), str) and isinstance(r.get("at", ""), str)
        for r in reads
    ):
        raise bad('"read" must be a list of {"id", "at"}')
    last = data.get("last_read")
    if last is not None and not isinstance(last, str):
        raise bad('"last_read" must be an id')
    return clean, [{"id": r["id"], "at": r.get("at") or now()} for r in reads], last
