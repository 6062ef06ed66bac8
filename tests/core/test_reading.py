"""Files that are not pages are refused with a reason; every text encoding we meet is read."""

from __future__ import annotations

from pathlib import Path

import pytest

from yc_reader.core.parse import parse_file
from yc_reader.core.reading import UnreadableFile, decode, read_page, walk

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


SEEDS = sorted(Path(__file__).resolve().parents[2].joinpath("seeds").iterdir())


@pytest.fixture(params=[seed.name for seed in SEEDS])
def seed_text(request):
    return (SEEDS[0].parent / request.param).read_text(encoding="utf-8").replace("\r\n", "\n")


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_reads_utf16_without_a_bom_though_a_chinese_page_has_few_ascii_characters(
    seed_text, encoding
):
    assert decode(seed_text.encode(encoding)) == seed_text


@pytest.mark.parametrize("encoding", ["utf-8", "gb18030", "utf-16-le", "utf-16"])
def test_a_page_cut_off_inside_its_last_character_loses_only_that_character(
    encoding,
):
    text = PAGE * 20 + "永川区"
    data = text.encode(encoding)
    assert decode(data[:-1]) == text[:-1]


@pytest.mark.parametrize("encoding", ["utf-8", "gb18030"])
def test_a_damaged_byte_in_a_long_page_is_one_replacement_not_a_refused_page(seed_text, encoding):
    data = seed_text.encode(encoding)
    middle = len(data) // 2
    text = decode(data[:middle] + b"\xff" + data[middle:])
    lines, expected = text.split("\n"), seed_text.split("\n")
    assert len(lines) == len(expected)
    # UTF-8 loses the damaged character; GB18030 is misread up to the line's end.
    assert sum(line != want for line, want in zip(lines, expected, strict=True)) == 1


def test_text_in_two_encodings_is_refused_not_read_as_nonsense():
    data = PAGE.encode("utf-8") + PAGE.encode("gbk") * 3
    with pytest.raises(UnreadableFile) as error:
        decode(data)
    assert error.value.code == "encoding"


def test_a_folder_gives_its_text_markdown_and_saved_web_pages(tmp_path):
    """Page files by their names' endings (a saved e-paper page too); hidden files,
    images and PDFs stay out."""
    for name in ("a.txt", "b.md", "c.html", "d.HTM", "e", "f.pdf", "g.jpg", ".h.txt"):
        (tmp_path / name).write_text("永川", encoding="utf-8")
    assert [p.name for p in walk(tmp_path)] == ["a.txt", "b.md", "c.html", "d.HTM", "e"]
