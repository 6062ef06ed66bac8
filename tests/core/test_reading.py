"""Files that are not pages are refused with a reason; every text encoding we meet is read."""

from __future__ import annotations

import pytest

from yc_reader.core.parse import parse_file
from yc_reader.core.reading import UnreadableFile, decode, read_page

PAGE = "## 永川区召开会议\n\n本报讯（渝西都市报记者 涂 燕）3月1日，永川区召开会议。\n"


@pytest.mark.parametrize(
    "data",
    [
        PAGE.encode("utf-8"),
        b"\xef\xbb\xbf" + PAGE.replace("\n", "\r\n").encode("utf-8"),
        PAGE.encode("utf-16"),
        PAGE.encode("utf-16-le"),
        PAGE.encode("utf-16-be"),
        PAGE.encode("gbk"),
        PAGE.encode("gb18030"),
        PAGE.replace("\n", "\r").encode("utf-8"),
    ],
)
def test_decodes_the_encodings_pages_come_in(data):
    assert decode(data) == PAGE


@pytest.mark.parametrize(
    ("data", "code"),
    [
        (b"", "empty"),
        (b"  \n\r\n\t ", "empty"),
        (bytes(range(256)) * 8, "binary"),
        (b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR" + bytes(200), "binary"),
        ("永川".encode() + b"\xff\xfe\xfa", "encoding"),
    ],
)
def test_refuses_what_is_not_a_page(data, code):
    with pytest.raises(UnreadableFile) as error:
        decode(data)
    assert error.value.code == code
    assert str(error.value)


def test_unreadable_file_is_skipped_with_its_reason(tmp_path):
    missing = parse_file(tmp_path / "nope.txt")
    assert missing.skipped and missing.skip_code == "io" and not missing.articles
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    assert parse_file(empty).skip_code == "empty"


def test_reads_a_page_from_disk(tmp_path):
    path = tmp_path / "p.txt"
    path.write_bytes(PAGE.encode("gbk"))
    assert read_page(path) == PAGE
