"""Bookmarks follow their article when a better parser gives it another headline
(and so another id): each keeps an anchor, its file and a passage of its text."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

from yc_reader.core import anchors
from yc_reader.core.library import Library
from yc_reader.core.model import Block

PAGE = """原创 某某号 2024-08-15 18:30 重庆

## {title}

夜幕降临，华灯初上。8月14日晚，永川区松溉古镇的石板街上人头攒动，川剧变脸轮番上演。

今年暑期，松溉古镇推出“夜游松溉”系列活动，打造了滨江灯光秀、古镇夜市等夜间消费场景。

## 茶山竹海迎来游客高峰

本报讯（渝西都市报记者 钟梅）五一前夕，茶山竹海景区游客量明显上升。
"""


def _page(path: Path, title: str) -> Path:
    path.write_text(PAGE.format(title=title), encoding="utf-8")
    return path


def test_a_bookmark_follows_its_article_to_its_new_headline(library, tmp_path):
    page = _page(tmp_path / "p.md", "原创 某某号 渝西都市报")
    library.import_paths([page])
    (old,) = library.search("title:原创").ids
    library.set_bookmark(old, True, "夜游")
    library.mark_read(old, True)
    _page(page, "今夏，松溉古镇夜游“火”了")  # the headline read right at last
    library.import_paths([page])
    (mark,) = library.bookmarks()
    assert mark.id != old and mark.present
    assert (mark.title, mark.note) == ("今夏，松溉古镇夜游“火”了", "夜游")
    stored = library.article(mark.id)
    assert stored.bookmarked and stored.read


def test_a_bookmark_whose_text_is_gone_stays_as_it_was(library, tmp_path):
    page = _page(tmp_path / "p.md", "松溉古镇夜游")
    library.import_paths([page])
    (old,) = library.search("title:夜游").ids
    library.set_bookmark(old, True, "留着")
    page.write_text("## 另一篇\n\n完全不同的文字。\n", encoding="utf-8")
    library.import_paths([page])
    (mark,) = library.bookmarks()
    assert (mark.id, mark.present, mark.note) == (old, False, "留着")


def test_two_bookmarks_never_land_on_one_article(library, tmp_path):
    page = _page(tmp_path / "p.md", "松溉古镇夜游")
    library.import_paths([page])
    ids = library.search("松溉古镇").ids + library.search("茶山竹海").ids
    for id_ in ids:
        library.set_bookmark(id_, True)
    _page(page, "今夏，松溉古镇夜游“火”了")
    library.import_paths([page])
    marks = library.bookmarks()
    assert len({m.id for m in marks}) == 2 and all(m.present for m in marks)


def test_bookmarks_made_before_anchors_get_theirs_from_the_index(tmp_path):
    """A bookmark kept by an older version has no anchor: the next start reads it from
    the index as it is, before an upgraded parser rebuilds it."""
    page = _page(tmp_path / "p.md", "原创 某某号 渝西都市报")
    library = Library.open(tmp_path / "data")
    library.import_paths([page])
    (old,) = library.search("title:原创").ids
    library.set_bookmark(old, True)
    library.close()
    with closing(sqlite3.connect(tmp_path / "data" / "user.sqlite")) as conn, conn:
        conn.execute("DELETE FROM state WHERE key LIKE 'anchor:%'")
    with closing(sqlite3.connect(tmp_path / "data" / "index.sqlite")) as conn, conn:
        conn.execute("UPDATE meta SET value = 'another' WHERE key = 'analysis'")  # rebuilt
    _page(page, "今夏，松溉古镇夜游“火”了")
    library = Library.open(tmp_path / "data")
    try:
        library.sync_seeds()  # the index rebuilt: the imported folder comes back
        (mark,) = library.bookmarks()
        assert mark.present and mark.title == "今夏，松溉古镇夜游“火”了"
    finally:
        library.close()


def test_the_passage_is_the_opening_of_the_longest_paragraph():
    blocks = [
        Block("paragraph", "短的。"),
        Block("subhead", "小标题"),
        Block("paragraph", "长 " * 50),
    ]
    assert anchors.passage("标题", blocks) == "长" * 40
    assert anchors.passage("只有 标题", [Block("caption", "▲图")]) == "只有标题"
