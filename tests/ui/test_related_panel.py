"""相关报道 under the reader: filled for the article shown, a click opens one."""

from __future__ import annotations

from PySide6.QtCore import Qt


def test_related_stories_follow_the_reader(qtbot, open_window) -> None:
    window = open_window()
    panel = window.related_panel
    shown = window.reader.stored.id
    expected = [r.id for r in window.library.related(shown)]
    assert panel.ids() == expected and 0 < len(expected) <= 5
    target = panel.list.item(0)
    rect = panel.list.visualItemRect(target)
    qtbot.mouseClick(panel.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.reader.stored.id == expected[0]
    assert panel.ids() == [r.id for r in window.library.related(expected[0])]


def test_an_article_outside_the_result_opens_in_the_reader(open_window) -> None:
    window = open_window(query="person:常晓勇")
    outside = next(i for i in window.library.search("").ids if i not in window.list_model.ids)
    window.open_article(outside)
    assert window.reader.stored.id == outside
    assert window.article_list.currentIndex().row() == -1
