"""GB/T 7714 citations and the bookmark exports built on them (no Qt)."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from yc_reader.core.cite import CitedBookmark, authors_text, citation, export_bookmarks
from yc_reader.core.library import Library
from yc_reader.core.model import Article, Block

ARTICLE = Article(
    source="p.txt",
    title="永川影视基地二期开工",
    subtitle="——再添12个摄影棚",
    authors=("涂燕", "钟梅"),
    date="2024-04-19",
    page="第02版",
    blocks=(Block("paragraph", "本报讯 影视基地二期开工。"),),
)


def test_newspaper_citation() -> None:
    assert citation(ARTICLE) == (
        "涂燕, 钟梅. 永川影视基地二期开工：再添12个摄影棚[N]. 渝西都市报, 2024-04-19(2)."
    )


def test_date_as_known_and_no_author() -> None:
    month_only = Article(source="", title="标题", date="2024-04", page="A3")
    assert citation(month_only) == "标题[N]. 渝西都市报, 2024-04(A3)."
    assert citation(Article(source="", title="标题", page="3")) == "标题[N]. 渝西都市报."


def test_more_than_three_authors_end_with_deng() -> None:
    assert authors_text(("甲", "乙", "丙")) == "甲, 乙, 丙"
    assert authors_text(("甲", "乙", "丙", "丁")) == "甲, 乙, 丙, 等"


MARKS = [
    CitedBookmark(
        "a1", ARTICLE.title, ARTICLE.date, "二期\n摄影棚", "2024-05-01T00:00:00+00:00", ARTICLE
    ),
    CitedBookmark(
        "gone", "已删除的<b>文章</b>", "2023-01-02", "", "2024-05-02T00:00:00+00:00", None
    ),
]


def test_markdown_export_escapes_article_text() -> None:
    text = export_bookmarks(MARKS, "md")
    assert f"1. {citation(ARTICLE)}" in text
    assert "   > 二期\n   > 摄影棚" in text
    assert r"2. 已删除的\<b\>文章\</b\>[N]. 渝西都市报, 2023-01-02." in text


def test_csv_export_round_trips() -> None:
    rows = list(csv.DictReader(io.StringIO(export_bookmarks(MARKS, "csv"))))
    assert rows[0]["citation"] == citation(ARTICLE)
    assert rows[0]["authors"] == "涂燕; 钟梅"
    assert rows[0]["page"] == "2"
    assert rows[0]["note"] == "二期\n摄影棚"
    assert rows[1]["id"] == "gone"


def test_bibtex_json_export() -> None:
    records = json.loads(export_bookmarks(MARKS, "json"))
    assert records[0] == {
        "ENTRYTYPE": "article",
        "ID": "ycdsb-a1",
        "title": "永川影视基地二期开工：再添12个摄影棚",
        "author": "涂燕 and 钟梅",
        "journal": "渝西都市报",
        "date": "2024-04-19",
        "year": "2024",
        "month": "4",
        "pages": "2",
        "note": "二期\n摄影棚",
        "citation": citation(ARTICLE),
    }
    assert "author" not in records[1]


def test_library_cites_bookmarked_articles(tmp_path: Path) -> None:
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "2024-04-19-p.md").write_text(
        "## 永川影视基地开工\n\n本报讯（渝西都市报记者 涂 燕）影视基地二期开工。\n",
        encoding="utf-8",
    )
    library = Library.open(tmp_path / "data")
    try:
        library.import_paths([pages])
        article_id = library.search("影视基地开工").ids[0]
        library.set_bookmark(article_id, True, "看")
        (mark,) = library.cited_bookmarks()
        assert mark.article is not None and mark.note == "看"
        assert mark.citation.startswith("涂燕. 永川影视基地开工[N]. 渝西都市报, 2024-04-19")
    finally:
        library.close()


def test_cli_exports_bookmarks_with_citations(tmp_path: Path, capsys) -> None:
    from yc_reader.cli import main

    data = str(tmp_path / "data")
    assert main(["search", "永川", "--json", "--limit", "1", "--data-dir", data]) == 0
    article_id = json.loads(capsys.readouterr().out)["id"]
    assert main(["bookmarks", "add", article_id, "--data-dir", data]) == 0
    assert main(["bookmarks", "export", "--format", "json", "--data-dir", data]) == 0
    (record,) = json.loads(capsys.readouterr().out)
    assert record["ID"] == f"ycdsb-{article_id}" and record["citation"].endswith(".")
    assert main(["bookmarks", "export", "--data-dir", data]) == 0
    assert json.loads(capsys.readouterr().out)["format"] == "yc-reader-userdata"
