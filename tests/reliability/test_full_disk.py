"""Out of space, and a data dir that cannot be written: a clear message, and the
previous index (and every bookmark) still there and usable.

The disk is filled for real on a small tmpfs and the folder made read-only by a
read-only bind mount (both need root, and are skipped without it); SQLite's own
``SQLITE_FULL`` is provoked everywhere with ``PRAGMA max_page_count``.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.core.generated import write_corpus
from yc_reader.core import index
from yc_reader.core.library import Library, LibraryError

ROOT = Path(__file__).resolve().parents[2]


def _mount(*args: str) -> bool:
    return subprocess.run(["mount", *args], capture_output=True).returncode == 0


@pytest.fixture
def tiny_disk(tmp_path) -> Iterator[Path]:
    """A 3 MB tmpfs: room for the seeds' index, not for much more."""
    point = tmp_path / "disk"
    point.mkdir()
    if os.geteuid() != 0 or not _mount("-t", "tmpfs", "-o", "size=3m", "tmpfs", str(point)):
        pytest.skip("mounting a tmpfs needs root")
    yield point
    subprocess.run(["umount", "-l", str(point)], check=False)


@pytest.fixture
def read_only_view(tmp_path) -> Iterator[tuple[Path, Path]]:
    """A data dir with seeds and a bookmark, and a read-only bind mount of it."""
    data, view = tmp_path / "data", tmp_path / "view"
    library = Library.open(data)
    library.sync_seeds()
    library.set_bookmark(library.search("").ids[0], True, "只读")
    library.close()
    view.mkdir()
    if os.geteuid() != 0 or not _mount("--bind", str(data), str(view)):
        pytest.skip("a bind mount needs root")
    if not _mount("-o", "remount,bind,ro", str(view)):
        subprocess.run(["umount", str(view)], check=False)
        pytest.skip("cannot remount read-only")
    yield data, view
    subprocess.run(["umount", "-l", str(view)], check=False)


@pytest.fixture(scope="module")
def big_pages(tmp_path_factory) -> Path:
    """Far more index than 3 MB holds."""
    pages = tmp_path_factory.mktemp("big") / "pages"
    write_corpus(pages, 3000, chars=600)
    return pages


def _fill(folder: Path) -> Path:
    """Take every free byte of the file system ``folder`` is on."""
    filler = folder / "filler"
    with filler.open("wb") as handle:
        try:
            while True:
                handle.write(b"\0" * 65536)
                handle.flush()
        except OSError:
            pass
    return filler


def _hashes(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def test_an_import_that_fills_the_disk_keeps_the_previous_index(tiny_disk, big_pages):
    data = tiny_disk / "data"
    library = Library.open(data)
    seeds = sorted(library.sync_seeds() and library.search("").ids)
    library.set_bookmark(seeds[0], True, "满盘之前")
    with pytest.raises(LibraryError) as error:
        library.import_paths([big_pages])
    assert error.value.code == "write_failed"
    assert "full" in str(error.value) and "previous index is unchanged" in str(error.value)
    assert sorted(library.search("").ids) == seeds  # still searchable, in this session
    assert library.search("永川").ids
    library.close()

    filler = _fill(tiny_disk)
    try:  # SQLite cannot even make the WAL's shared-memory file on a 100% full disk
        library = Library.open(data)
    except LibraryError as error:
        assert error.code == "unwritable" and "disk is full" in str(error)
    else:
        with pytest.raises(LibraryError) as error:
            library.set_bookmark(seeds[1], True, "满盘")
        assert error.value.code == "write_failed" and "full" in str(error.value)
        assert {m.id: m.note for m in library.bookmarks()} == {seeds[0]: "满盘之前"}
        library.close()

    filler.unlink()
    library = Library.open(data)
    assert sorted(library.search("").ids) == seeds
    assert {m.id: m.note for m in library.bookmarks()} == {seeds[0]: "满盘之前"}
    library.close()


def test_the_cli_on_a_full_disk_says_so_without_a_traceback(tiny_disk, big_pages):
    data = tiny_disk / "data"
    Library.open(data).close()
    result = subprocess.run(
        [sys.executable, "-m", "yc_reader", "index", str(big_pages), "--data-dir", str(data)],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert result.returncode == 1
    assert "Traceback" not in result.stderr and "full" in result.stderr
    search = subprocess.run(
        [sys.executable, "-m", "yc_reader", "search", "永川", "--data-dir", str(data)],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert search.returncode == 0 and search.stdout  # the seeds are still searchable


def test_sqlite_full_mid_import_keeps_the_previous_index(tmp_path, monkeypatch):
    """``SQLITE_FULL`` without root: the index may not grow past its current size."""
    data = tmp_path / "data"
    library = Library.open(data)
    seeds = sorted(library.sync_seeds() and library.search("").ids)
    library.close()
    connect = index.connect

    def capped(path: Path) -> sqlite3.Connection:
        conn = connect(path)
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
        conn.execute(f"PRAGMA max_page_count = {pages + 4}")
        return conn

    monkeypatch.setattr(index, "connect", capped)
    library = Library.open(data)
    pages = tmp_path / "pages"
    write_corpus(pages, 200)
    with pytest.raises(LibraryError) as error:
        library.import_paths([pages])
    assert error.value.code == "write_failed" and "full" in str(error.value)
    assert sorted(library.search("").ids) == seeds
    library.close()
    monkeypatch.undo()
    library = Library.open(data)
    assert library.import_paths([pages]).articles == len(seeds) + 200
    library.close()


def test_a_read_only_data_dir_is_refused_clearly_and_left_as_it_was(read_only_view):
    data, view = read_only_view
    before = _hashes(data)
    with pytest.raises(LibraryError) as error:
        Library.open(view)
    assert error.value.code == "unwritable" and str(view) in str(error.value)
    result = subprocess.run(
        [sys.executable, "-m", "yc_reader", "search", "永川", "--data-dir", str(view)],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert str(view) in result.stderr
    assert _hashes(data) == before
    library = Library.open(data)  # writable again: everything is there
    assert library.search("永川").ids and [m.note for m in library.bookmarks()] == ["只读"]
    library.close()


def test_a_data_dir_that_cannot_be_created_is_a_clear_error(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    with pytest.raises(LibraryError) as error:
        Library.open(blocker / "data")
    assert error.value.code == "unwritable"
    shutil.rmtree(tmp_path / "nothing", ignore_errors=True)
