"""User databases of every released schema migrate, after a backup, losing nothing.

``tests/data/user-v<N>.sqlite`` is a user database as schema version N wrote it,
with the bookmarks, notes and read state listed in ``user-v<N>.json``. When the
schema changes, bump ``userdata.SCHEMA_VERSION``, add the migration, and run
``YC_WRITE_FIXTURES=1 pytest tests/reliability/test_upgrades.py`` once to add the
new version's fixture; the old ones stay, forever.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from yc_reader.core import userdata
from yc_reader.core.library import Library

DATA = Path(__file__).resolve().parents[1] / "data"
CURRENT = DATA / f"user-v{userdata.SCHEMA_VERSION}.sqlite"
CONTENT = {
    "bookmarks": [
        {
            "id": "1f3ab531dfba68f5",
            "title": "永川影视基地开工",
            "date": "2024-04-20",
            "note": "第一条备注：含“引号”和\n换行",
            "created": "2024-04-21T08:00:00+00:00",
        },
        {
            "id": "0000000000000001",
            "title": "已不在索引里的文章",
            "date": "2019-01-02",
            "note": "",
            "created": "2024-04-22T09:30:00+00:00",
        },
        {
            "id": "0000000000000002",
            "title": "<script>alert(1)</script>",
            "date": "",
            "note": "😀 emoji \u200f RTL",
            "created": "2024-04-23T10:00:00+00:00",
        },
    ],
    "read": [{"id": "1f3ab531dfba68f5", "at": "2024-04-21T08:00:00+00:00"}],
    "last_read": "1f3ab531dfba68f5",
}


def _schema(path: Path) -> list[tuple[str, str]]:
    with closing(sqlite3.connect(path)) as conn:
        return sorted(conn.execute("SELECT name, sql FROM sqlite_master WHERE sql IS NOT NULL"))


def _write_fixture(path: Path) -> None:
    """The current schema with ``CONTENT``, as a user's file would hold it."""
    data = path.parent / "fixture-data"
    library = Library.open(data)
    library.import_user_data({"format": userdata.EXPORT_FORMAT, "version": 1, **CONTENT})
    library.close()
    with closing(sqlite3.connect(data / "user.sqlite")) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute("PRAGMA journal_mode = DELETE")
        conn.execute("VACUUM")
    shutil.copyfile(data / "user.sqlite", path)
    path.with_suffix(".json").write_text(
        json.dumps(CONTENT, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )
    shutil.rmtree(data)


@pytest.mark.skipif(not os.environ.get("YC_WRITE_FIXTURES"), reason="writes tests/data")
def test_write_the_current_fixture():
    if not CURRENT.exists():
        _write_fixture(CURRENT)


def test_every_released_schema_has_a_fixture():
    """Fails on the next schema change until its fixture is added (see the docstring)."""
    versions = sorted(int(p.stem.removeprefix("user-v")) for p in DATA.glob("user-v*.sqlite"))
    assert versions == list(range(1, userdata.SCHEMA_VERSION + 1))
    assert sorted(userdata.MIGRATIONS) == list(range(userdata.SCHEMA_VERSION))


def test_the_schema_did_not_change_without_a_version_bump(tmp_path):
    Library.open(tmp_path).close()
    assert _schema(tmp_path / "user.sqlite") == _schema(CURRENT)


def _expect_content(library: Library, content: dict) -> None:
    marks = {m.id: (m.title, m.date, m.note, m.created) for m in library.bookmarks()}
    assert marks == {
        b["id"]: (b["title"], b["date"], b["note"], b["created"]) for b in content["bookmarks"]
    }
    exported = library.export_user_data()
    assert {r["id"] for r in exported["read"]} == {r["id"] for r in content["read"]}
    assert library.last_read() == content["last_read"]


@pytest.mark.parametrize("fixture", sorted(DATA.glob("user-v*.sqlite")), ids=lambda p: p.stem)
def test_each_released_schema_opens_with_everything_intact(tmp_path, fixture):
    version = int(fixture.stem.removeprefix("user-v"))
    content = json.loads(fixture.with_suffix(".json").read_text(encoding="utf-8"))
    shutil.copyfile(fixture, tmp_path / "user.sqlite")
    library = Library.open(tmp_path)
    _expect_content(library, content)
    library.close()
    if version < userdata.SCHEMA_VERSION:  # migrated: the old file was kept first
        (kept,) = (tmp_path / "backups").glob(f"user-v{version}-*.sqlite")
        assert _schema(kept) == _schema(fixture)


def _next_version(monkeypatch, step) -> None:
    """Pretend the app moved to the next schema with migration ``step``."""
    monkeypatch.setattr(userdata, "SCHEMA_VERSION", userdata.SCHEMA_VERSION + 1)
    monkeypatch.setitem(userdata.MIGRATIONS, userdata.SCHEMA_VERSION - 1, step)


def test_a_migration_runs_after_a_backup_and_keeps_every_bookmark(tmp_path, monkeypatch):
    old = userdata.SCHEMA_VERSION
    content = json.loads(CURRENT.with_suffix(".json").read_text(encoding="utf-8"))
    shutil.copyfile(CURRENT, tmp_path / "user.sqlite")

    def add_colour(conn: sqlite3.Connection) -> None:
        conn.execute("ALTER TABLE bookmarks ADD COLUMN colour TEXT NOT NULL DEFAULT ''")

    _next_version(monkeypatch, add_colour)
    library = Library.open(tmp_path)
    _expect_content(library, content)
    library.close()
    (kept,) = (tmp_path / "backups").glob(f"user-v{old}-*.sqlite")
    assert _schema(kept) == _schema(CURRENT)
    with closing(sqlite3.connect(tmp_path / "user.sqlite")) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == old + 1


def test_a_failing_migration_leaves_the_old_database_as_it_was(tmp_path, monkeypatch):
    shutil.copyfile(CURRENT, tmp_path / "user.sqlite")
    content = json.loads(CURRENT.with_suffix(".json").read_text(encoding="utf-8"))

    def half_done(conn: sqlite3.Connection) -> None:
        conn.execute("DELETE FROM bookmarks")
        raise sqlite3.OperationalError("disk I/O error")

    _next_version(monkeypatch, half_done)
    with pytest.raises(Exception):  # noqa: B017 - any error, as long as nothing is lost
        Library.open(tmp_path)
    monkeypatch.undo()
    library = Library.open(tmp_path)
    _expect_content(library, content)
    library.close()
