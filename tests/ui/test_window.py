"""The window as a user meets it: seeds listed, facets, search, bookmarks, import."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDropEvent, QInputMethodEvent
from PySide6.QtWidgets import QApplication

from tests.ui.conftest import close
from yc_reader.core import paths
from yc_reader.core.library import HIT_END, HIT_START
from yc_reader.ui.main_window import MainWindow
from yc_reader.ui.models import Role
from yc_reader.ui.theme import hit_background

SEED_ARTICLES = 15


def listed_rows(window: MainWindow):
    model = window.list_model
    return [model.index(row, 0).data(Role.Row) for row in range(model.rowCount())]


def type_text(widget, text: str) -> None:
    """Type as a Chinese user does: an input method commits the characters."""
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def click_facet(qtbot, window: MainWindow, term: str) -> None:
    sidebar = window.sidebar
    index = sidebar.facet_model.find(term)
    assert index.isValid(), f"no facet {term}"
    sidebar.scrollTo(index)
    rect = sidebar.visualRect(index)
    qtbot.mouseClick(sidebar.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_first_launch_lists_the_seed_articles(open_window) -> None:
    window = open_window()
    assert window.list_model.rowCount() == SEED_ARTICLES
    assert "15" in window.count_label.text()
    assert all(row is not None and row.title for row in listed_rows(window))
    # the first article is open in the reader, not yet marked read
    assert window.reader.stored is not None
    assert window.reader.stored.id == window.list_model.ids[0]
    assert not listed_rows(window)[0].read


def test_clicking_the_2024_facet_leaves_the_2024_articles(qtbot, open_window) -> None:
    window = open_window()
    year = window.sidebar.facet_model.find("date:2024")
    expected = year.siblingAtColumn(1).data(Role.Count)
    assert expected > 0
    click_facet(qtbot, window, "date:2024")
    rows = listed_rows(window)
    assert len(rows) == expected < SEED_ARTICLES
    assert all(row.date.startswith("2024") for row in rows)
    # the filter is the query, shown in the bar and as a removable chip
    assert "date:2024" in window.search_bar.field.text()
    chips = window.search_bar.chips.findChildren(type(window.reader.copy_button), "filterChip")
    assert [chip.text().split()[0] for chip in chips] == ["date:2024"]
    qtbot.mouseClick(chips[0], Qt.MouseButton.LeftButton)
    assert window.list_model.rowCount() == SEED_ARTICLES
    assert window.search_bar.query == ""


def test_typing_shows_matching_articles_with_hits_highlighted(qtbot, open_window) -> None:
    window = open_window()
    containing = {
        article_id
        for article_id, article in window.library.articles()
        if "影视" in "\n".join((article.kicker, article.title, article.subtitle, article.text))
    }
    assert 0 < len(containing) < SEED_ARTICLES
    type_text(window.search_bar.field, "影视")
    qtbot.waitUntil(lambda: set(window.list_model.ids) == containing, timeout=5000)
    for row in listed_rows(window):
        if "影视" in row.snippet:
            assert f"{HIT_START}影视{HIT_END}" in row.snippet
    # the reader shows the first match with every 影视 on the hit colour
    document = window.reader.view.document()
    found = document.find("影视")
    assert not found.isNull()
    color = hit_background(window.reader.palette())
    while not found.isNull():
        assert found.charFormat().background().color() == color
        found = document.find("影视", found)


def test_a_bad_query_shows_a_message_not_a_dialog(qtbot, open_window) -> None:
    window = open_window()
    type_text(window.search_bar.field, '"影视')
    qtbot.waitUntil(lambda: window.search_bar.error_label.isVisible(), timeout=5000)
    assert window.search_bar.error_label.text()
    assert window.list_model.rowCount() == SEED_ARTICLES  # the last good result stays
    qtbot.keyClicks(window.search_bar.field, '"')
    qtbot.waitUntil(lambda: not window.search_bar.error_label.isVisible(), timeout=5000)


def test_a_bookmark_survives_closing_and_reopening(qtbot, open_window, data_dir) -> None:
    window = open_window()
    window.article_list.setFocus()
    qtbot.keyClick(window.article_list, Qt.Key.Key_J)  # move to the second article
    article_id = window.reader.stored.id
    assert article_id == window.list_model.ids[1]
    qtbot.keyClick(window, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert window.reader.stored.bookmarked
    assert window.reader.bookmark_button.isChecked()
    assert listed_rows(window)[1].bookmarked
    close(window)

    window = open_window(data_dir)
    row = window.list_model.row_of(article_id)
    assert window.list_model.index(row, 0).data(Role.Row).bookmarked
    assert window.list_model.index(row, 0).data(Role.Row).read
    assert window.reader.stored.id == article_id  # the last article read is reopened
    click_facet(qtbot, window, "bookmarked:yes")
    assert window.list_model.ids == [article_id]


def test_an_import_reports_the_broken_file_and_imports_the_rest(
    qtbot, open_window, tmp_path: Path
) -> None:
    window = open_window()
    folder = tmp_path / "pages"
    folder.mkdir()
    seed = sorted(paths.seeds_dir().glob("*.txt"))[0]
    text = seed.read_text(encoding="utf-8").replace("永川", "荣昌")
    (folder / "good.txt").write_text(text, encoding="utf-8")
    (folder / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    (folder / "empty.txt").write_bytes(b"")

    with qtbot.waitSignal(window.import_finished, timeout=60_000) as finished:
        window.import_paths([folder])
    report = finished.args[0]
    codes = {Path(s.path).name: s.code for s in report.skipped}
    assert codes == {"photo.txt": "binary", "empty.txt": "empty"}
    assert report.articles > SEED_ARTICLES  # good.txt's articles are in
    assert window.list_model.rowCount() == report.articles

    dialog = window.summary_dialog
    assert dialog is not None and dialog.isVisible()
    reasons = {
        dialog.skipped.topLevelItem(i).text(0): dialog.skipped.topLevelItem(i).text(1)
        for i in range(dialog.skipped.topLevelItemCount())
    }
    assert {Path(p).name for p in reasons} == {"photo.txt", "empty.txt"}
    assert "空文件" in reasons.values()
    dialog.accept()


def test_dropping_a_folder_imports_it(qtbot, open_window, tmp_path: Path) -> None:
    window = open_window()
    folder = tmp_path / "dropped"
    folder.mkdir()
    shutil.copy(sorted(paths.seeds_dir().glob("*.txt"))[1], folder / "copy.txt")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(folder))])
    event = QDropEvent(
        QPoint(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    with qtbot.waitSignal(window.import_finished, timeout=60_000) as finished:
        window.dropEvent(event)
    assert finished.args[0].added == 1
    window.summary_dialog.accept()


def test_keyboard_moves_reads_and_clears(qtbot, open_window) -> None:
    window = open_window()
    window.article_list.setFocus()
    qtbot.keyClick(window.article_list, Qt.Key.Key_J)
    qtbot.keyClick(window.article_list, Qt.Key.Key_J)
    assert window.article_list.currentIndex().row() == 2
    qtbot.keyClick(window.article_list, Qt.Key.Key_K)
    assert window.article_list.currentIndex().row() == 1
    assert listed_rows(window)[1].read  # chosen by the user: read
    zoom = window.reader.zoom_factor
    qtbot.keyClick(window, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert window.reader.zoom_factor > zoom
    qtbot.keyClick(window, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert window.reader.zoom_factor == zoom
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.search_bar.field.hasFocus()
    qtbot.keyClicks(window.search_bar.field, "jk")  # letters type, they do not move
    assert window.search_bar.field.text() == "jk"
    qtbot.keyClick(window.search_bar.field, Qt.Key.Key_Escape)
    assert window.search_bar.field.text() == ""


def test_the_sort_box_says_newest_first_until_there_are_words_to_rank(qtbot, open_window) -> None:
    window = open_window()
    box = window.sort_box
    assert box.currentData() == "date" and not box.isEnabled()  # every article, newest first
    type_text(window.search_bar.field, "永川")
    qtbot.waitUntil(box.isEnabled, timeout=5000)
    assert box.currentData() == "relevance"
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Down)  # the user chooses newest first
    dates = [row.date for row in listed_rows(window)]
    assert box.currentData() == "date" and dates == sorted(dates, reverse=True)
    qtbot.keyClick(window.search_bar.field, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not box.isEnabled(), timeout=5000)
    type_text(window.search_bar.field, "影视")
    qtbot.waitUntil(box.isEnabled, timeout=5000)
    assert box.currentData() == "date"  # the choice is kept


def test_window_layout_is_remembered(qtbot, open_window, data_dir) -> None:
    window = open_window()
    window.splitter.setSizes([300, 400, 500])
    sizes = window.splitter.sizes()
    close(window)
    window = open_window(data_dir)
    assert window.splitter.sizes() == sizes
