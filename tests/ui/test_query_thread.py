"""A big library searches on its own thread: typing never waits, the newest query wins."""

from __future__ import annotations

from yc_reader.ui import main_window
from yc_reader.ui.main_window import MainWindow


def searched_on_the_query_thread(window: MainWindow, query: str) -> None:
    window.search_bar.set_query(query)  # searches at once, as a facet click does


def test_results_arrive_from_the_query_thread(qtbot, open_window, monkeypatch) -> None:
    window = open_window()
    monkeypatch.setattr(main_window, "QUERY_THREAD_FROM", 0)
    containing = {
        article_id for article_id, article in window.library.articles() if "影视" in article.text
    }
    searched_on_the_query_thread(window, "影视")
    qtbot.waitUntil(lambda: set(window.list_model.ids) == containing, timeout=5000)
    assert window.sidebar.isEnabled()


def test_only_the_newest_query_is_shown(qtbot, open_window, monkeypatch) -> None:
    window = open_window()
    monkeypatch.setattr(main_window, "QUERY_THREAD_FROM", 0)
    for query in ("影视", "永川", "date:2023", "工会"):
        searched_on_the_query_thread(window, query)
    newest = set(window.library.search("工会").ids)
    qtbot.waitUntil(lambda: set(window.list_model.ids) == newest, timeout=5000)
    qtbot.wait(200)  # nothing older lands afterwards
    assert set(window.list_model.ids) == newest


def test_a_bad_query_on_the_query_thread_shows_its_message(qtbot, open_window, monkeypatch) -> None:
    window = open_window()
    monkeypatch.setattr(main_window, "QUERY_THREAD_FROM", 0)
    before = window.list_model.rowCount()
    searched_on_the_query_thread(window, '"影视')
    qtbot.waitUntil(lambda: window.search_bar.error_label.isVisible(), timeout=5000)
    assert window.list_model.rowCount() == before
