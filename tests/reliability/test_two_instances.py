"""Two processes on one data dir: both finish (one waits for the other's write) or
one refuses with a clear message; the databases stay sound and nothing is lost.
(The window itself is single-instance: ``tests/packaging/test_single_instance.py``.)
"""

from __future__ import annotations

import sqlite3
import subprocess
import time
from pathlib import Path

from tests.core.generated import write_corpus
from tests.reliability.kills import ROOT, cli_command, integrity
from yc_reader.core.library import Library


def _start(command: list[str]) -> subprocess.Popen:
    return subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def test_two_concurrent_imports_both_land(tmp_path):
    data = tmp_path / "data"
    folders = [tmp_path / "a", tmp_path / "b"]
    write_corpus(folders[0], 300, seed=21, chars=600)
    write_corpus(folders[1], 300, seed=22, chars=600)
    children = [_start(cli_command(data, "index", str(folder))) for folder in folders]
    # communicate, not wait: progress on stderr could fill the pipe and stall a child
    outputs = [child.communicate(timeout=180)[1].decode() for child in children]
    results = [(child.returncode, err) for child, err in zip(children, outputs, strict=True)]
    for code, err in results:
        assert "Traceback" not in err
        assert code == 0 or "being updated by another YC Reader" in err
    for name in ("index.sqlite", "user.sqlite"):
        assert integrity(data / name) == "ok"
    library = Library.open(data)
    library.sync_seeds()
    done = [f for f, (code, _) in zip(folders, results, strict=True) if code == 0]
    imported = {Path(r.source).name for r in library.rows(library.search("").ids)}
    for folder in done:
        assert {p.name for p in folder.iterdir()} <= imported
    library.close()


def test_bookmarks_written_by_many_processes_at_once_are_all_kept(tmp_path):
    data = tmp_path / "data"
    library = Library.open(data)
    library.sync_seeds()
    ids = sorted(library.search("").ids)[:8]
    library.close()
    children = [
        _start(cli_command(data, "bookmarks", "add", id_, "--note", f"进程{i}"))
        for i, id_ in enumerate(ids)
    ]
    for child in children:
        err = child.communicate(timeout=180)[1].decode()
        assert child.returncode == 0, err
    assert integrity(data / "user.sqlite") == "ok"
    library = Library.open(data)
    assert {m.id: m.note for m in library.bookmarks()} == {
        id_: f"进程{i}" for i, id_ in enumerate(ids)
    }
    library.close()
    assert not list((data / "backups").glob("*.part"))


def test_a_library_opens_and_searches_while_another_process_writes(tmp_path):
    """Opening must not wait for the write lock, which an import holds for minutes."""
    data = tmp_path / "data"
    library = Library.open(data)
    library.sync_seeds()
    expected = library.search("永川").ids
    library.close()
    writer = sqlite3.connect(data / "index.sqlite", isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")
    try:
        started = time.monotonic()
        library = Library.open(data)
        assert time.monotonic() - started < 5
        assert library.search("永川").ids == expected
        library.close()
    finally:
        writer.execute("ROLLBACK")
        writer.close()
