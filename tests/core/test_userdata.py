"""User data: bookmarks, notes, read state; backups, restore, export/import."""

from __future__ import annotations

import json
import sqlite3

import pytest

from yc_reader.core import userdata
from yc_reader.core.library import Library, LibraryError


@pytest.fixture
def data_dir(tmp_path):
    lib = Library.open(tmp_path)
    lib.sync_seeds()
    lib.close()
    return tmp_path


def _ids(lib: Library, n: int) -> list[str]:
    return lib.search("", sort="date").ids[:n]


def test_user_data_survives_reopen_and_index_rebuild(data_dir):
    lib = Library.open(data_dir)
    first, second = _ids(lib, 2)
    lib.set_bookmark(first, True, "笔记")
    lib.mark_read(second)
    lib.set_last_read(second)
    lib.close()
    (data_dir / "index.sqlite").unlink()
    lib = Library.open(data_dir)
    lib.sync_seeds()
    (mark,) = lib.bookmarks()
    assert (mark.id, mark.note, mark.present) == (first, "笔记", True)
    assert lib.article(second).read and not lib.article(first).read
    assert lib.last_read() == second
    rows = {row.id: row for row in lib.rows([first, second])}
    assert rows[first].bookmarked and rows[second].read
    lib.close()


def test_bookmark_of_a_vanished_article_keeps_its_title(data_dir):
    lib = Library.open(data_dir)
    (id_,) = _ids(lib, 1)
    title = lib.article(id_).article.title
    lib.set_bookmark(id_, True)
    lib.close()
    with sqlite3.connect(data_dir / "index.sqlite") as conn:
        conn.execute("DELETE FROM articles WHERE id = ?", (id_,))
    lib = Library.open(data_dir)
    (mark,) = lib.bookmarks()
    assert (mark.title, mark.present) == (title, False)
    with pytest.raises(LibraryError):
        lib.set_bookmark("no-such-id", True)
    lib.close()


def test_export_import_round_trip(data_dir, tmp_path_factory):
    lib = Library.open(data_dir)
    a, b = _ids(lib, 2)
    lib.set_bookmark(a, True, "一")
    lib.set_bookmark(b, True)
    lib.mark_read(a)
    exported = json.loads(json.dumps(lib.export_user_data()))
    lib.close()
    other = Library.open(tmp_path_factory.mktemp("other"))
    assert other.import_user_data(exported) == 2
    assert {(m.id, m.note) for m in other.bookmarks()} == {(a, "一"), (b, "")}
    assert other.export_user_data()["read"][0]["id"] == a
    for bad in ({}, {"format": "x"}, {**exported, "bookmarks": [{"note": 1}]}, [1, 2]):
        with pytest.raises(LibraryError) as error:
            other.import_user_data(bad)
        assert error.value.code == "bad_export"
    other.close()


def test_newer_user_database_is_refused_untouched(data_dir):
    path = data_dir / "user.sqlite"
    with sqlite3.connect(path) as conn:
        conn.execute(f"PRAGMA user_version = {userdata.SCHEMA_VERSION + 1}")
    before = path.read_bytes()
    with pytest.raises(LibraryError) as error:
        Library.open(data_dir)
    assert error.value.code == "newer_version"
    assert path.read_bytes() == before


def test_damaged_user_database_is_restored_from_backup(data_dir):
    lib = Library.open(data_dir)
    (id_,) = _ids(lib, 1)
    lib.set_bookmark(id_, True, "保留")
    lib.close()
    Library.open(data_dir).close()  # the start-up backup now has the bookmark
    path = data_dir / "user.sqlite"
    for suffix in ("-wal", "-shm"):
        (data_dir / f"user.sqlite{suffix}").unlink(missing_ok=True)
    path.write_bytes(b"\x00garbage" * 2000)
    lib = Library.open(data_dir)
    (notice,) = lib.notices
    assert notice.code == "bookmarks_restored" and notice.detail.startswith("user-damaged-")
    assert "restored" in notice.message and notice.detail in notice.message
    assert [m.note for m in lib.bookmarks()] == ["保留"]
    assert list((data_dir / "backups").glob("user-damaged-*.sqlite"))
    lib.close()


def test_damaged_user_database_without_backup_is_not_replaced(data_dir):
    (data_dir / "backups" / userdata.LATEST_BACKUP).unlink()
    for suffix in ("-wal", "-shm"):
        (data_dir / f"user.sqlite{suffix}").unlink(missing_ok=True)
    (data_dir / "user.sqlite").write_bytes(b"\x00garbage" * 2000)
    with pytest.raises(LibraryError) as error:
        Library.open(data_dir)
    assert error.value.code == "bookmarks_damaged"
    assert (data_dir / "user.sqlite").read_bytes() == b"\x00garbage" * 2000


def test_migration_ladder_reaches_the_current_version():
    assert sorted(userdata.MIGRATIONS) == list(range(userdata.SCHEMA_VERSION))
