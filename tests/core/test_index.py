"""The index: incremental sync, stable ids, crash safety, versions, threads."""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from contextlib import closing
from pathlib import Path

import pytest

from tests.core.generated import write_corpus
from yc_reader.core import index, paths
from yc_reader.core.library import Library, LibraryError
from yc_reader.core.paths import resource_path

PAGE = """2024年4月20日 星期六 第2版 要闻

## 永川影视基地开工

本报讯（渝西都市报记者 涂燕）4月19日，永川科技影视基地二期开工。

## 茶山竹海迎来游客高峰

本报讯（渝西都市报记者 钟梅）五一前夕，茶山竹海景区游客量明显上升。
"""


def _write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_seeds_sync_is_incremental(library):
    first = library.sync_seeds()
    assert first.added == len(list(Path(index.__file__).parents[2].joinpath("seeds").iterdir()))
    assert first.articles >= 15
    again = library.sync_seeds()
    assert (again.added, again.updated, again.removed) == (0, 0, 0)
    assert again.unchanged == first.added
    assert len(library.search("").ids) == first.articles


def test_changed_touched_and_removed_files(library, tmp_path):
    folder = tmp_path / "pages"
    page = _write(folder / "a.md", PAGE)
    other = _write(folder / "b.md", PAGE.replace("永川影视基地开工", "松溉古镇修缮完工"))
    report = library.import_paths([folder])
    assert (report.added, report.articles) == (2, 4)

    os.utime(page, ns=(time.time_ns(), time.time_ns() + 10**9))  # same bytes, new time
    assert library.import_paths([folder]).unchanged == 2

    _write(page, PAGE.replace("二期开工", "三期开工"))
    report = library.import_paths([folder])
    assert (report.updated, report.unchanged) == (1, 1)
    assert len(library.search("三期").ids) == 1 and len(library.search("二期").ids) == 1

    other.unlink()
    report = library.import_paths([folder])
    assert (report.removed, report.articles) == (1, 2)
    assert not library.search("松溉").ids


def _vocabularies(data: Path) -> dict[str, set[tuple[str, int, int]]]:
    """Every full-text table's terms with their document and occurrence counts."""
    with closing(sqlite3.connect(data / "index.sqlite")) as conn:
        found = {}
        for table in ("fts", "heads", "words", "pinyin"):
            conn.execute(f"CREATE VIRTUAL TABLE temp.v_{table} USING fts5vocab(main, {table}, row)")
            found[table] = set(conn.execute(f"SELECT term, doc, cnt FROM temp.v_{table}"))
        return found


def test_changed_and_removed_files_leave_the_index_of_a_fresh_build(tmp_path):
    """The full-text tables are contentless: they forget an article only when told
    the very tokens they stored. After changes and removals the index must hold
    exactly what a fresh build of the same files holds."""
    folder = tmp_path / "pages"
    write_corpus(folder, 200)
    with closing(Library.open(tmp_path / "data")) as library:
        library.import_paths([folder])
        files = sorted(folder.iterdir())
        for path in files[::3]:
            text = path.read_text(encoding="utf-8")
            path.write_text(
                text.replace("永川", "大足").replace("记者", "通讯员"), encoding="utf-8"
            )
        for path in files[1::5]:
            path.unlink()
        report = library.import_paths([folder])
        assert report.updated >= 5 and report.removed >= 3
    with closing(Library.open(tmp_path / "fresh")) as library:
        library.import_paths([folder])
    incremental, fresh = _vocabularies(tmp_path / "data"), _vocabularies(tmp_path / "fresh")
    for table in fresh:
        assert incremental[table] == fresh[table], table
    assert any(term.startswith("dazu") for term, _, _ in fresh["pinyin"])


def test_space_freed_by_removed_articles_is_given_back(library, tmp_path):
    folder = tmp_path / "pages"
    write_corpus(folder, 120)
    library.import_paths([folder])
    for path in sorted(folder.iterdir())[::2]:
        path.unlink()
    assert library.import_paths([folder]).removed > 0
    conn = sqlite3.connect(tmp_path / "data" / "index.sqlite")
    try:
        assert conn.execute("PRAGMA freelist_count").fetchone()[0] == 0
    finally:
        conn.close()


def test_missing_root_removes_nothing(library, tmp_path):
    folder = tmp_path / "drive"
    _write(folder / "a.md", PAGE)
    library.import_paths([folder])
    folder.joinpath("a.md").rename(tmp_path / "away.md")
    folder.rmdir()
    report = library.import_paths([folder])
    assert [s.code for s in report.skipped] == ["missing"]
    assert report.articles == 2


def test_bookmark_survives_a_text_change_of_its_article(library, tmp_path):
    page = _write(tmp_path / "p.md", PAGE)
    library.import_paths([page])
    (id_,) = library.search("title:影视基地").ids
    library.set_bookmark(id_, True, "看这篇")
    _write(page, PAGE.replace("二期开工。", "二期开工，总投资10亿元。"))
    assert library.import_paths([page]).updated == 1
    stored = library.article(id_)
    assert "总投资" in stored.article.text
    assert stored.bookmarked and stored.note == "看这篇"


def test_same_headline_twice_on_a_page_gets_two_ids(library, tmp_path):
    page = _write(tmp_path / "p.md", "## 简讯\n\n第一条。\n\n## 简讯\n\n第二条。\n")
    library.import_paths([page])
    assert len(set(library.search("简讯").ids)) == 2


def test_broken_files_are_reported_and_the_rest_imported(library, tmp_path):
    folder = tmp_path / "pages"
    _write(folder / "good.md", PAGE)
    (folder / "broken.txt").write_bytes(b"\x00\x01\x02" * 100)
    (folder / "empty.txt").write_bytes(b"")
    report = library.import_paths([folder])
    assert sorted(s.code for s in report.skipped) == ["binary", "empty"]
    assert report.articles == 2


def test_newer_index_is_refused_and_left_untouched(tmp_path):
    Library.open(tmp_path).close()
    path = tmp_path / "index.sqlite"
    with sqlite3.connect(path) as conn:
        conn.execute(f"PRAGMA user_version = {index.SCHEMA_VERSION + 1}")
    before = path.read_bytes()
    with pytest.raises(LibraryError) as error:
        Library.open(tmp_path)
    assert error.value.code == "newer_version" and "newer version" in str(error.value)
    assert path.read_bytes() == before


def test_index_of_other_analysis_settings_is_rebuilt_and_bookmarks_kept(tmp_path):
    """An index made with another dictionary, rule file or segmenter version is
    rebuilt: deleting its articles would repeat other tokens than it stored."""
    library = Library.open(tmp_path)
    library.sync_seeds()
    (id_,) = library.search("title:永川").ids[:1]
    library.set_bookmark(id_, True, "留着")
    library.close()
    with closing(sqlite3.connect(tmp_path / "index.sqlite")) as conn, conn:
        conn.execute("UPDATE meta SET value = 'another' WHERE key = 'analysis'")
    library = Library.open(tmp_path)
    try:
        assert [n.code for n in library.notices] == ["index_analysis_changed"]
        assert "dictionary" in library.notices[0].message
        assert library.search("").ids == []
        assert library.sync_seeds().added > 0
        assert library.article(id_).bookmarked and library.article(id_).note == "留着"
    finally:
        library.close()
    reopened = Library.open(tmp_path)
    assert reopened.notices == [] and reopened.search("title:永川").ids
    reopened.close()


def test_analysis_fingerprint_follows_the_editable_resources(tmp_path):
    resources = tmp_path / "resources"
    shutil.copytree(resource_path(), resources)
    before = index.analysis_fingerprint(resources)
    assert before == index.analysis_fingerprint()
    for name in ("userdict.txt", "sections.toml", "stopwords.txt"):
        path = resources / name
        original = path.read_bytes()
        path.write_bytes(original + "\n# 一行注释\n".encode())
        assert index.analysis_fingerprint(resources) != before, name
        path.write_bytes(original)
    assert index.analysis_fingerprint(resources) == before


def test_garbage_index_is_rebuilt_with_a_notice(tmp_path):
    lib = Library.open(tmp_path)
    lib.sync_seeds()
    lib.close()
    for suffix in ("-wal", "-shm"):
        Path(f"{tmp_path / 'index.sqlite'}{suffix}").unlink(missing_ok=True)
    (tmp_path / "index.sqlite").write_bytes(b"garbage" * 5000)
    lib = Library.open(tmp_path)
    assert [n.code for n in lib.notices] == ["index_damaged"]
    assert "rebuilt" in lib.notices[0].message and lib.notices[0].detail
    assert lib.sync_seeds().added > 0
    lib.close()


def test_readers_see_the_old_state_until_an_import_commits(tmp_path):
    folder = tmp_path / "pages"
    write_corpus(folder, 80)
    lib = Library.open(tmp_path / "data")
    lib.sync_seeds()
    before = set(lib.search("").ids)
    seen: list[int] = []
    started = threading.Event()

    def progress(done: int, total: int, name: str) -> None:
        started.set()
        time.sleep(0.01)

    worker = threading.Thread(target=lib.import_paths, args=([folder], progress))
    worker.start()
    started.wait(10)
    while worker.is_alive():
        seen.append(len(lib.search("").ids))
        time.sleep(0.005)
    worker.join()
    lib.close()
    assert set(seen) <= {len(before), len(before) + 80}
    assert seen and seen[0] == len(before)


_KILL_SCRIPT = """
import sys
from pathlib import Path
from yc_reader.core.library import Library
lib = Library.open(Path(sys.argv[1]))
def progress(done, total, name):
    if done == 3:
        print("mid", flush=True)
        sys.stdin.readline()
lib.import_paths([Path(sys.argv[2])], progress)
"""


def test_killed_mid_import_leaves_the_previous_index(tmp_path):
    folder = tmp_path / "pages"
    write_corpus(folder, 60)
    data = tmp_path / "data"
    lib = Library.open(data)
    seeds = lib.sync_seeds().articles
    lib.close()
    child = subprocess.Popen(
        [sys.executable, "-c", _KILL_SCRIPT, str(data), str(folder)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=Path(__file__).parents[2],
    )
    assert child.stdout.readline().strip() == "mid"
    child.send_signal(signal.SIGKILL)
    child.wait()
    lib = Library.open(data)
    assert len(lib.search("").ids) == seeds
    report = lib.import_paths([folder])
    assert report.added == 6 and report.articles == seeds + 60
    lib.close()


def test_core_never_imports_qt():
    script = (
        "import sys\n"
        "import yc_reader.core.library, yc_reader.library_cli\n"
        "assert not any(m.startswith(('PySide6', 'PyQt')) for m in sys.modules), 'Qt imported'\n"
    )
    subprocess.run([sys.executable, "-c", script], check=True, cwd=Path(__file__).parents[2])


@pytest.mark.parametrize("how", [shutil.move, shutil.copytree])
def test_a_moved_install_lists_its_bundled_corpus_once_and_keeps_bookmarks(
    tmp_path, monkeypatch, how
):
    """The app moved to another folder (or a second copy runs on the same data):
    the bundled corpus's old copy leaves the index, so no article is listed twice,
    and a bookmark on one still points at it."""
    first = tmp_path / "old" / "seeds"
    shutil.copytree(paths.seeds_dir(), first)
    monkeypatch.setattr(paths, "seeds_dir", lambda: first)
    library = Library.open(tmp_path / "data")
    count = library.sync_seeds().articles
    (id_,) = library.search("title:永川").ids[:1]
    library.set_bookmark(id_, True, "留着")
    second = tmp_path / "new" / "seeds"
    second.parent.mkdir()
    how(first, second)
    monkeypatch.setattr(paths, "seeds_dir", lambda: second)
    report = library.sync_seeds()
    assert (report.articles, report.removed) == (count, len(list(second.glob("*.txt"))))
    assert library.sync_seeds().articles == count  # and stays so
    (bookmark,) = library.bookmarks()
    assert (bookmark.id, bookmark.present) == (id_, True)
    library.close()
