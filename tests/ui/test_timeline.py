"""时间线: articles per month of the current result; a bar click filters; PNG export."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QImage, QMouseEvent
from PySide6.QtWidgets import QApplication

from tests.ui.test_window import listed_rows
from yc_reader.core.timeline import month_counts
from yc_reader.ui.main_window import MainWindow

SEED_MONTHS = {"2023-03": 4, "2024-04": 6, "2025-11": 4, "2026-02": 1}


def month_facet_counts(window: MainWindow, query: str) -> dict[str, int]:
    return {
        month.value: month.count
        for year in window.library.facets(query)["date"]
        for month in year.children
    }


def bar_center(window: MainWindow, month: str) -> QPoint:
    chart = window.timeline
    i = [bar.month for bar in chart.months].index(month)
    rect = chart.bar_rect(i)
    return QPoint(int(rect.center().x()), int(rect.bottom()) - 2)


def hover(chart, pos: QPoint) -> None:
    event = QMouseEvent(
        QEvent.Type.MouseMove,
        QPointF(pos),
        chart.mapToGlobal(QPointF(pos)),
        Qt.MouseButton.NoButton,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(chart, event)


def test_month_counts_fill_the_gaps_oldest_first(open_window) -> None:
    window = open_window()
    months = month_counts(window.library.facets("")["date"])
    assert months[0].month == "2023-03" and months[-1].month == "2026-02"
    assert len(months) == 36  # every month between, the empty ones as 0
    assert {m.month: m.count for m in months if m.count} == SEED_MONTHS
    assert months[1].term == "date:2023-04" and months[1].count == 0


def test_bars_match_the_date_facet_of_the_query(open_window) -> None:
    window = open_window()
    chart = window.timeline
    assert chart.isVisible()
    assert {b.month: b.count for b in chart.months if b.count} == month_facet_counts(window, "")
    assert sum(b.count for b in chart.months) == window.list_model.rowCount()
    window.search_bar.set_query("永川")
    expected = month_facet_counts(window, "永川")
    assert {b.month: b.count for b in chart.months if b.count} == expected
    assert sum(expected.values()) == window.list_model.rowCount()


def test_hovering_a_bar_tells_the_month_and_count(open_window) -> None:
    window = open_window()
    chart = window.timeline
    hover(chart, bar_center(window, "2024-04"))
    assert chart.months[chart.hovered].month == "2024-04"
    assert chart.month_text(chart.months[chart.hovered]) == "2024年4月：6 篇"


def test_clicking_a_bar_filters_to_that_month(qtbot, open_window) -> None:
    window = open_window()
    qtbot.mouseClick(window.timeline, Qt.MouseButton.LeftButton, pos=bar_center(window, "2025-11"))
    assert "date:2025-11" in window.search_bar.field.text().split()
    rows = listed_rows(window)
    assert len(rows) == SEED_MONTHS["2025-11"]
    assert all(row.date.startswith("2025-11") for row in rows)
    assert [b.month for b in window.timeline.months] == ["2025-11"]
    assert window.timeline.active == {"2025-11"}
    # a click on the month again removes the filter, as on the date facet
    qtbot.mouseClick(window.timeline, Qt.MouseButton.LeftButton, pos=bar_center(window, "2025-11"))
    assert window.search_bar.query == ""
    assert window.list_model.rowCount() == sum(SEED_MONTHS.values())


def test_a_click_on_an_empty_month_does_nothing(qtbot, open_window) -> None:
    window = open_window()
    qtbot.mouseClick(window.timeline, Qt.MouseButton.LeftButton, pos=bar_center(window, "2024-09"))
    assert window.search_bar.query == ""


def test_the_chart_exports_as_png(open_window, tmp_path: Path) -> None:
    window = open_window(query="date:2024")
    path = tmp_path / "时间线.png"
    assert window.export_timeline(path)
    assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    image = QImage(str(path))
    assert not image.isNull() and image.width() >= 900 and image.height() >= 200
    assert window.export_timeline_action.text() == "导出图表为 PNG…"


def test_the_timeline_can_be_hidden_and_stays_so(open_window, data_dir: Path) -> None:
    window = open_window()
    window.timeline_action.trigger()
    assert not window.timeline.isVisible()
    window.close()
    again = open_window(data_dir)
    assert not again.timeline.isVisible() and not again.timeline_action.isChecked()
