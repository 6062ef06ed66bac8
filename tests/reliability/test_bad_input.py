"""Bad input: whatever is in an imported folder is imported, or skipped with a reason.

Binary, empty, huge and punctuation-free pages, mixed encodings, odd and
undecodable file names, special files, symlink loops and a folder of 10,000
files: none crashes or hangs the import, each skip is reported.
"""

from __future__ import annotations

import os
import sys
import threading
import time
from pathlib import Path

import pytest

from yc_reader.core import reading
from yc_reader.core.library import Library

GOOD = "## 永川影视基地开工\n\n本报讯（渝西都市报记者 涂燕）4月19日，永川科技影视基地二期开工。\n"
GB = "## 茶山竹海迎来游客高峰\n\n本报讯 五一前夕，茶山竹海景区游客量明显上升。\n"


@pytest.fixture
def library(tmp_path):
    lib = Library.open(tmp_path / "data")
    yield lib
    lib.close()


def _bad_folder(folder: Path) -> dict[str, str | None]:
    """Write the bad files; returns name → expected skip code (None: imported)."""
    folder.mkdir()
    expected: dict[str, str | None] = {}

    def put(name: str | bytes, data: bytes, code: str | None) -> None:
        target = os.path.join(os.fsencode(folder), os.fsencode(name))
        with open(target, "wb") as handle:
            handle.write(data)
        # as reports show such a name: undecodable bytes as U+FFFD
        expected[os.fsencode(name).decode("utf-8", "replace")] = code

    put("binary.txt", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 64, "binary")
    put("empty.txt", b"", "empty")
    put("blank.md", b" \n\n\t\r\n", "empty")
    put("nul.txt", b"\x00" * 1000, "binary")
    put("huge.txt", b"", "too_large")
    with open(folder / "huge.txt", "r+b") as handle:  # sparse: 50 MB without writing it
        handle.truncate(50 * 1024 * 1024)
    row = "永川区茶山竹海街道党工委书记带领干部群众开展植树活动共建绿色家园"
    put("no punctuation.txt", "\n".join([row] * 20_000).encode(), None)
    put("mixed.txt", GOOD.encode() + GB.encode("gbk"), "encoding")
    put("utf16.txt", GOOD.encode("utf-16"), None)
    put("utf16-no-bom.txt", GOOD.encode("utf-16-le"), None)
    put("latin1.txt", "Café crème, naïve façade\n".encode("latin-1"), "encoding")
    put("gbk.txt", GB.encode("gbk"), None)
    put("控制字符.txt", ("\x01\x02\x03\x04" * 100 + GOOD).encode(), "binary")
    put("space name 2024-04-20 .md", GOOD.encode(), None)
    put("emoji 😀 新闻.md", GOOD.encode(), None)
    put("hash#and?query%20.md", GOOD.encode(), None)
    put("line\nbreak.md", GOOD.encode(), None)
    if sys.platform == "linux":  # names need not be UTF-8 on Linux
        put(b"invalid-\xff\xfe-utf8.md", GOOD.encode(), "io")
        put("永川".encode("gbk") + b".md", GB.encode("gbk"), "io")
        os.symlink(folder / "loop-b.txt", folder / "loop-a.txt")
        os.symlink(folder / "loop-a.txt", folder / "loop-b.txt")
        expected["loop-a.txt"] = expected["loop-b.txt"] = "io"
        os.symlink(folder, folder / "self")  # a folder loop
        os.symlink("/dev/zero", folder / "zero.txt")  # endless data
        os.symlink(folder / "missing.txt", folder / "dangling.txt")
        os.mkfifo(folder / "fifo.txt")  # reading would block forever
        expected.update({"zero.txt": "io", "dangling.txt": "io", "fifo.txt": "io"})
    return expected


def test_every_bad_file_is_skipped_with_a_reason_or_imported(library, tmp_path):
    folder = tmp_path / "bad"
    expected = _bad_folder(folder)
    outcome: list = []
    worker = threading.Thread(target=lambda: outcome.append(library.import_paths([folder])))
    worker.start()
    worker.join(timeout=120)
    assert not worker.is_alive(), "the import hangs"
    (report,) = outcome
    skipped = {Path(s.path).name: s.code for s in report.skipped}
    assert skipped == {name: code for name, code in expected.items() if code}
    assert all(s.reason for s in report.skipped)
    # files that reached the parser are stored (a refusal too: it is not re-read)
    parsed = {None, "binary", "empty", "encoding"}
    assert report.added == sum(1 for code in expected.values() if code in parsed)
    assert library.search("影视基地").ids and library.search("茶山竹海").ids
    for id_ in library.search("").ids:  # every imported article can be shown
        library.article(id_)
    again = library.import_paths([folder])  # and nothing is redone
    assert (again.added, again.updated) == (0, 0)


def test_a_page_over_the_size_limit_is_skipped_before_it_is_read(library, tmp_path):
    page = tmp_path / "huge.txt"
    with page.open("wb") as handle:
        handle.truncate(reading.MAX_BYTES + 1)
    started = time.monotonic()
    report = library.import_paths([page])
    assert [s.code for s in report.skipped] == ["too_large"]
    assert time.monotonic() - started < 5  # not hashed, not read


def test_ten_thousand_files_in_one_folder(library, tmp_path):
    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(10_000):
        (folder / f"{i:05d}.txt").write_text(f"## 第{i}号新闻\n\n永川新闻正文{i}。\n", "utf-8")
    calls: list[tuple[int, int]] = []
    report = library.import_paths([folder], progress=lambda d, t, n: calls.append((d, t)))
    assert report.added == 10_000 and not report.skipped
    assert calls[-1] == (10_000, 10_000) and len(calls) > 100  # progress all along
    assert len(library.search("永川新闻").ids) == 10_000
