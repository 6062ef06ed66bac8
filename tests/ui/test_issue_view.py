"""按期浏览: the calendar marks the issue days, a day lists its pages and articles,
a click opens one, and 历史上的今天 lists the same day of earlier years."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QDate, Qt

from yc_reader.core import issues
from yc_reader.ui import main_window
from yc_reader.ui.main_window import MainWindow

SEED_DAYS = {
    "2023-03-01", "2023-03-02", "2024-04-16", "2024-04-17", "2024-04-18",
    "2024-04-19", "2024-04-22", "2025-11-07", "2025-11-11", "2026-02-03",
}  # fmt: skip


def write_pair(folder: Path) -> None:
    """Two page files of the same day a year apart, dated by their names and mastheads."""
    folder.mkdir()
    (folder / "2023-04-18_p1.txt").write_text(
        "2023年4月18日 星期二 第1版 要闻\n\n# 松溉古镇迎来春季游客高峰\n\n"
        "本报讯（渝西都市报记者 涂燕）4月18日，松溉古镇迎来春季游客高峰。\n\n"
        "# 茶山竹海新茶开采\n\n本报讯 4月18日，茶山竹海的新茶开始采摘。\n",
        encoding="utf-8",
    )
    (folder / "2024-04-18_p1.txt").write_text(
        "2024年4月18日 星期四 第1版 要闻\n\n# 永川举行全民阅读活动\n\n"
        "本报讯（渝西都市报记者 钟梅）4月18日，永川区全民阅读活动在图书馆启动。\n",
        encoding="utf-8",
    )


def day_ids(window: MainWindow, day: str) -> list[str]:
    return window.library.search(f"date:{day}", sort="date").ids


def test_the_calendar_marks_the_seed_issue_days(open_window) -> None:
    window = open_window()
    view = window.show_issue_view()
    assert view.isVisible()
    assert view.marked_days() == SEED_DAYS
    assert view.calendar.minimumDate() == QDate(2023, 3, 1)
    assert view.calendar.maximumDate() == QDate(2026, 2, 3)
    # it opens on the issue of the article being read
    assert view.day == window.reader.stored.article.date


def test_choosing_a_day_lists_its_articles_and_a_click_opens_one(qtbot, open_window) -> None:
    window = open_window(query="影视")  # the day's articles need not be in the result
    view = window.show_issue_view()
    view.choose("2024-04-18")
    assert view.calendar.selectedDate() == QDate(2024, 4, 18)
    expected = day_ids(window, "2024-04-18")
    assert len(expected) == 2 and sorted(view.article_ids()) == sorted(expected)
    assert "2024年4月18日" in view.heading.text() and "2 篇" in view.heading.text()
    group = view.pages.topLevelItem(0)
    item = group.child(1)
    rect = view.pages.visualItemRect(item)
    qtbot.mouseClick(view.pages.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.reader.stored.id == item.data(0, Qt.ItemDataRole.UserRole)
    assert window.reader.stored.article.date == "2024-04-18"
    # a day without an issue says so
    view.choose("2024-04-20")
    assert view.article_ids() == [] and "没有报纸" in view.heading.text()


def test_this_day_in_earlier_years(qtbot, open_window, tmp_path: Path) -> None:
    window = open_window()
    view = window.show_issue_view()
    view.choose("2024-04-18")
    assert view.earlier_ids() == []
    write_pair(tmp_path / "pages")
    with qtbot.waitSignal(window.import_finished, timeout=60_000):
        window.import_paths([tmp_path / "pages"])
    window.summary_dialog.close()
    # the open view took the import in: the new day is marked, the issue has its page 1
    assert {"2023-04-18"} <= view.marked_days()
    assert view.day == "2024-04-18"
    pages = issues.issue(window.library, "2024-04-18")
    assert [p.page for p in pages] == ["1", issues.NO_PAGE]
    assert view.pages.topLevelItem(0).text(0).startswith("第1版 · 要闻")
    assert len(view.article_ids()) == 3
    earlier = day_ids(window, "2023-04-18")
    assert len(earlier) == 2 and view.earlier_ids() == earlier
    assert view.earlier_list.item(0).text().startswith("2023 · ")
    item = view.earlier_list.item(0)
    rect = view.earlier_list.visualItemRect(item)
    qtbot.mouseClick(view.earlier_list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.reader.stored.id == earlier[0]


def test_a_big_library_reads_its_issues_off_the_gui_thread(qtbot, open_window, monkeypatch) -> None:
    window = open_window()
    monkeypatch.setattr(main_window, "QUERY_THREAD_FROM", 0)
    on_gui_thread = set()
    read_issue = issues.issue

    def issue(library, day: str) -> list[issues.IssuePage]:
        on_gui_thread.add(threading.current_thread() is threading.main_thread())
        return read_issue(library, day)

    monkeypatch.setattr(issues, "issue", issue)
    view = window.show_issue_view()
    view.choose("2023-03-01")  # before the view's first read has come back
    expected = day_ids(window, "2023-03-01")
    qtbot.waitUntil(lambda: sorted(view.article_ids()) == sorted(expected), timeout=5000)
    qtbot.waitUntil(lambda: view.marked_days() == SEED_DAYS, timeout=5000)
    for day in ("2024-04-18", "2025-11-07", "2024-04-22"):  # only the last one is shown
        view.choose(day)
    expected = day_ids(window, "2024-04-22")
    qtbot.waitUntil(lambda: sorted(view.article_ids()) == sorted(expected), timeout=5000)
    qtbot.wait(200)
    assert view.day == "2024-04-22" and sorted(view.article_ids()) == sorted(expected)
    assert view.calendar.selectedDate() == QDate(2024, 4, 22)
    assert on_gui_thread == {False}
