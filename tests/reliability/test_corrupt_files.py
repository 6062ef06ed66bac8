"""Damaged, truncated, stale and too-new database files, found at start.

The index is rebuilt (with a notice) whatever is wrong with it, or refused
untouched when a newer app wrote it; the user database is restored from its
automatic backup, never replaced by an empty one.
"""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
import threading
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

import pytest

from yc_reader.core import index, userdata
from yc_reader.core.library import Library, LibraryError

PAGE = 16384


@pytest.fixture(scope="module")
def reference(tmp_path_factory) -> tuple[Path, list[str]]:
    """A data dir with the seeds indexed, two bookmarks and a start-up backup."""
    data = tmp_path_factory.mktemp("ref") / "data"
    library = Library.open(data)
    library.sync_seeds()
    ids = sorted(library.search("").ids)
    library.set_bookmark(ids[0], True, "第一条")
    library.set_bookmark(ids[1], True, "")
    library.close()
    Library.open(data).close()  # checkpoints, and the backup has both bookmarks
    return data, ids


@pytest.fixture
def data(reference, tmp_path) -> Path:
    copy = tmp_path / "data"
    shutil.copytree(reference[0], copy)
    return copy


def _truncate(fraction: float) -> Callable[[Path], None]:
    def damage(path: Path) -> None:
        content = path.read_bytes()
        path.write_bytes(content[: int(len(content) * fraction)])

    return damage


def _scramble_page(number: int, start: int = 0, length: int = 64) -> Callable[[Path], None]:
    """Overwrite part of one page (its b-tree header when ``start`` is 0)."""

    def damage(path: Path) -> None:
        content = bytearray(path.read_bytes())
        offset = number * PAGE + start
        for i in range(offset, min(offset + length, len(content))):
            content[i] = (content[i] * 7 + 13) % 256
        path.write_bytes(bytes(content))

    return damage


def _garbage(path: Path) -> None:
    path.write_bytes(b"garbage\x00" * 4000)


def _sqlite_header_only(path: Path) -> None:
    path.write_bytes(path.read_bytes()[:100])


INDEX_DAMAGE = {
    "garbage": _garbage,
    "header only": _sqlite_header_only,
    "truncated to a tenth": _truncate(0.1),
    "truncated to half": _truncate(0.5),
    "truncated by one page": _truncate(1 - 1 / 40),
    **{f"page {n} header scrambled": _scramble_page(n) for n in range(1, 40, 3)},
}


def _expect_working(data: Path, ids: list[str]) -> Library:
    """After whatever repair, the library opens, searches, and has the bookmarks."""
    library = Library.open(data)
    library.sync_seeds()
    assert sorted(library.search("").ids) == ids
    assert library.search("永川").ids
    assert library.facets("")["section"]
    assert {m.id: m.note for m in library.bookmarks()} == {ids[0]: "第一条", ids[1]: ""}
    return library


@pytest.mark.parametrize("damage", list(INDEX_DAMAGE))
def test_damaged_index_is_rebuilt_never_a_crash(data, reference, damage):
    path = data / "index.sqlite"
    INDEX_DAMAGE[damage](path)
    try:
        library = Library.open(data)
    except LibraryError as error:
        pytest.fail(f"a damaged index must be rebuilt, not refused: {error}")
    try:
        # A damage the cheap start-up check cannot see shows at the first query:
        # a clear error then, and the next start rebuilds.
        library.search("永川")
        library.facets("")
        library.rows(library.search("").ids)
    except LibraryError as error:
        assert error.code == "damaged" and "rebuilt" in str(error)
        library.close()
        library = Library.open(data)
        assert any(n.code == "index_damaged" and "rebuilt" in n.message for n in library.notices)
    library.close()
    _expect_working(data, reference[1]).close()


def test_a_damaged_index_noticed_mid_session_is_rebuilt_at_next_start(data, reference):
    library = Library.open(data)
    assert library.search("永川").ids
    library.close()
    _scramble_page(10)(data / "index.sqlite")
    library = Library.open(data)
    with pytest.raises(LibraryError) as error:
        for query in ("永川", "影视", "", "title:永川"):
            library.rows(library.search(query).ids)
            library.facets(query)
    assert error.value.code == "damaged"
    library.close()
    library = Library.open(data)
    assert any(n.code == "index_damaged" and "rebuilt" in n.message for n in library.notices)
    library.close()
    _expect_working(data, reference[1]).close()


USER_DAMAGE = {
    "garbage": _garbage,
    "header only": _sqlite_header_only,
    "truncated to half": _truncate(0.5),
    "first page scrambled": _scramble_page(0, 100, 400),
    "second page scrambled": _scramble_page(1, 0, 64),
}


@pytest.mark.parametrize("damage", list(USER_DAMAGE))
def test_damaged_user_database_is_restored_from_its_backup(data, reference, damage):
    path = data / "user.sqlite"
    if damage == "second page scrambled":
        with closing(sqlite3.connect(path)) as conn:  # small pages, so there is a page 2
            assert conn.execute("PRAGMA page_count").fetchone()[0] > 1
    USER_DAMAGE[damage](path)
    library = Library.open(data)
    assert any(n.code == "bookmarks_restored" and "restored" in n.message for n in library.notices)
    library.close()
    _expect_working(data, reference[1]).close()
    assert list((data / "backups").glob("user-damaged-*.sqlite"))


def test_a_restore_interrupted_half_way_loses_nothing(data, reference, monkeypatch):
    """A crash while the backup is copied in: the next start restores again."""
    _garbage(data / "user.sqlite")

    def crash(*args, **kwargs):
        raise KeyboardInterrupt  # as abrupt as it gets inside Python

    monkeypatch.setattr(shutil, "copyfile", crash)
    monkeypatch.setattr(shutil, "copy2", crash)
    with pytest.raises(KeyboardInterrupt):
        Library.open(data)
    monkeypatch.undo()
    library = Library.open(data)
    library.close()
    _expect_working(data, reference[1]).close()


def test_a_stale_partial_backup_does_not_block_the_start(data, reference):
    """A kill during the start-up backup leaves its partial copy behind."""
    for name in ("user-latest.sqlite.part", f"{userdata.LATEST_BACKUP}.12345.part"):
        (data / "backups" / name).write_bytes(b"half a backup" * 1000)
    _expect_working(data, reference[1]).close()


def test_concurrent_starts_back_up_without_tripping_over_each_other(data, reference):
    errors: list[BaseException] = []

    def start() -> None:
        try:
            for _ in range(5):
                Library.open(data).close()
        except BaseException as error:
            errors.append(error)

    threads = [threading.Thread(target=start) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    _expect_working(data, reference[1]).close()


@pytest.mark.parametrize(
    ("name", "version"),
    [("index.sqlite", index.SCHEMA_VERSION + 1), ("user.sqlite", userdata.SCHEMA_VERSION + 1)],
)
@pytest.mark.parametrize("journal", ["WAL", "DELETE"])
def test_a_database_from_a_newer_app_is_refused_and_left_untouched(data, name, version, journal):
    path = data / name
    with closing(sqlite3.connect(path)) as conn:
        conn.execute(f"PRAGMA journal_mode = {journal}")
        conn.execute(f"PRAGMA user_version = {version}")
    for suffix in ("-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    before = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in data.rglob("*.sqlite")}
    with pytest.raises(LibraryError) as error:
        Library.open(data)
    assert error.value.code == "newer_version"
    assert "newer version" in str(error.value) and str(version) in str(error.value)
    after = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in data.rglob("*.sqlite")}
    assert after == before
