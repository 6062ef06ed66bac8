"""按期浏览, like a 数字报: a calendar of issues, the pages of the chosen issue in
order, and 历史上的今天 (the same day in earlier years).

The data is ``core.issues``', read through the window's ``read_library`` (on
the query thread for a big library); a click on an article asks the window to
open it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QDate, QEvent, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QFont, QPalette, QTextCharFormat
from PySide6.QtWidgets import (
    QCalendarWidget,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from yc_reader.core import issues
from yc_reader.core.library import ArticleRow, Library, LibraryError
from yc_reader.ui.messages import error_message
from yc_reader.ui.theme import secondary_text

ID_ROLE = Qt.ItemDataRole.UserRole

ReadLibrary = Callable[[Callable[[], Any], Callable[[Any], object]], None]
"""``read_library(read, then)``: ``then(read())``, the read maybe on another thread."""

Issue = tuple[list[issues.IssuePage], list[tuple[str, list[ArticleRow]]]]
"""One day's pages and 历史上的今天."""


def _qdate(day: str) -> QDate:
    return QDate.fromString(day, "yyyy-MM-dd")


class IssueView(QDialog):
    """Calendar | the chosen issue's pages; ``article_requested`` carries an id."""

    article_requested = Signal(str)

    def __init__(
        self, library: Library, read_library: ReadLibrary, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("issueView")
        self.setWindowTitle(self.tr("按期浏览"))
        self.library = library
        self.read_library = read_library
        self.days: dict[str, int] = {}
        self.day = ""
        # Reads are numbered: an overtaken one is not shown, except the newest
        # reload's issue days (a day chosen meanwhile overtakes only its issue).
        self._generation = 0
        self._reload_generation = 0

        self.calendar = QCalendarWidget(self)
        self.calendar.setObjectName("issueCalendar")
        self.calendar.setGridVisible(False)
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        self.earlier_heading = QLabel(self.tr("历史上的今天"), self)
        self.earlier_list = QListWidget(self)
        self.earlier_list.setObjectName("earlierYears")
        self.earlier_list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.heading = QLabel(self)
        self.heading.setObjectName("issueHeading")
        self.pages = QTreeWidget(self)
        self.pages.setObjectName("issuePages")
        self.pages.setHeaderHidden(True)
        self.pages.setRootIsDecorated(False)
        self.pages.setIndentation(14)
        for label in (self.earlier_heading, self.heading):
            font = label.font()
            font.setBold(True)
            label.setFont(font)

        left = QVBoxLayout()
        left.addWidget(self.calendar)
        left.addSpacing(6)
        left.addWidget(self.earlier_heading)
        left.addWidget(self.earlier_list, 1)
        right = QVBoxLayout()
        right.addWidget(self.heading)
        right.addWidget(self.pages, 1)
        layout = QHBoxLayout(self)
        layout.addLayout(left)
        layout.addLayout(right, 1)
        self.resize(860, 520)

        self.calendar.selectionChanged.connect(
            lambda: self.show_day(self.calendar.selectedDate().toString("yyyy-MM-dd"))
        )
        self.pages.itemClicked.connect(self._on_item)
        self.pages.itemActivated.connect(self._on_item)
        self.earlier_list.itemClicked.connect(self._on_item)
        self.earlier_list.itemActivated.connect(self._on_item)

    # -- data ---------------------------------------------------------------------------

    def reload(self, day: str = "") -> None:
        """Read the issue days again (after an import) and show ``day`` (default: the
        day shown, else the newest issue)."""
        day = day if _qdate(day).isValid() else self.day
        generation = self._reload_generation = self._next_generation()

        def read() -> tuple[dict[str, int], str, Issue] | LibraryError:
            try:
                days = issues.issue_days(self.library)
                chosen = day or max(days, default="")
                return days, chosen, self._read_issue(chosen, days)
            except LibraryError as error:
                return error

        self.read_library(read, lambda outcome: self._show_reload(generation, outcome))

    def _next_generation(self) -> int:
        self._generation += 1
        return self._generation

    def _read_issue(self, day: str, days: dict[str, int]) -> Issue:
        if not day:
            return [], []
        return issues.issue(self.library, day), issues.earlier_years(self.library, day, days)

    def _show_reload(
        self, generation: int, outcome: tuple[dict[str, int], str, Issue] | LibraryError
    ) -> None:
        if generation != self._reload_generation:
            return
        if isinstance(outcome, LibraryError):
            self.heading.setText(error_message(outcome))
            return
        self.days, day, issue = outcome
        self._mark_days()
        newest = generation == self._generation
        with QSignalBlocker(self.calendar):  # the issue is read already
            if self.days:
                self.calendar.setDateRange(_qdate(min(self.days)), _qdate(max(self.days)))
            if day and newest:
                self.calendar.setSelectedDate(_qdate(day))
        if day and newest:
            self._show_issue(day, issue)

    def _mark_days(self) -> None:
        # Weekends in plain text: colour is for the days that have an issue.
        plain = QTextCharFormat()
        plain.setForeground(self.palette().color(QPalette.ColorRole.Text))
        for weekend in (Qt.DayOfWeek.Saturday, Qt.DayOfWeek.Sunday):
            self.calendar.setWeekdayTextFormat(weekend, plain)
        self.calendar.setDateTextFormat(QDate(), QTextCharFormat())  # clear all
        marked = QTextCharFormat()
        marked.setFontWeight(QFont.Weight.Bold)
        marked.setForeground(self.palette().color(QPalette.ColorRole.Accent))
        for day in self.days:
            self.calendar.setDateTextFormat(_qdate(day), marked)

    def marked_days(self) -> set[str]:
        """The days the calendar shows in bold (for tests)."""
        formats = self.calendar.dateTextFormat()
        return {
            date.toString("yyyy-MM-dd")
            for date, fmt in formats.items()
            if fmt.fontWeight() >= QFont.Weight.Bold.value
        }

    def choose(self, day: str) -> None:
        """Select ``day`` (``YYYY-MM-DD``) in the calendar and show its issue."""
        date = _qdate(day)
        if self.calendar.selectedDate() != date:
            self.calendar.setSelectedDate(date)  # emits selectionChanged → show_day
        if self.day != day:
            self.show_day(day)

    def show_day(self, day: str) -> None:
        self.day = day
        generation = self._next_generation()
        days = self.days

        def read() -> Issue | LibraryError:
            try:
                return self._read_issue(day, days)
            except LibraryError as error:
                return error

        self.read_library(
            read, lambda outcome: generation == self._generation and self._show_issue(day, outcome)
        )

    def _show_issue(self, day: str, outcome: Issue | LibraryError) -> None:
        self.day = day
        date = _qdate(day)
        title = (
            self.tr("%1年%2月%3日 %4")
            .replace("%1", str(date.year()))
            .replace("%2", str(date.month()))
            .replace("%3", str(date.day()))
            .replace("%4", self.locale().dayName(date.dayOfWeek()))
        )
        self.pages.clear()
        self.earlier_list.clear()
        if isinstance(outcome, LibraryError):
            self.heading.setText(error_message(outcome))
            return
        pages, earlier = outcome
        count = sum(len(page.rows) for page in pages)
        self.heading.setText(
            self.tr("%1 · %2 个版面 · %3 篇")
            .replace("%1", title)
            .replace("%2", str(len(pages)))
            .replace("%3", str(count))
            if pages
            else self.tr("%1 · 这一天没有报纸").replace("%1", title)
        )
        quiet = secondary_text(self.palette())
        for page in pages:
            label = (
                self.tr("第%1版").replace("%1", page.page)
                if page.page != issues.NO_PAGE
                else self.tr("版次未注明")
            )
            if page.section:
                label = f"{label} · {page.section}"
            counted = self.tr("%1（%2）").replace("%1", label).replace("%2", str(len(page.rows)))
            group = QTreeWidgetItem(self.pages, [counted])
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            group.setForeground(0, quiet)
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            for row in page.rows:
                item = QTreeWidgetItem(group, [row.title])
                byline = "、".join(row.authors)
                item.setToolTip(0, f"{row.title}\n{byline}" if byline else row.title)
                item.setData(0, ID_ROLE, row.id)
            group.setExpanded(True)
        for earlier_day, rows in earlier:
            for row in rows:
                item = QListWidgetItem(f"{earlier_day[:4]} · {row.title}", self.earlier_list)
                item.setToolTip(f"{earlier_day} · {row.title}")
                item.setData(ID_ROLE, row.id)
        if not earlier:
            empty = QListWidgetItem(self.tr("往年今日没有报道"), self.earlier_list)
            empty.setFlags(Qt.ItemFlag.NoItemFlags)

    def article_ids(self) -> list[str]:
        """The ids of the issue shown, page by page in print order."""
        return [
            self.pages.topLevelItem(g).child(i).data(0, ID_ROLE)
            for g in range(self.pages.topLevelItemCount())
            for i in range(self.pages.topLevelItem(g).childCount())
        ]

    def earlier_ids(self) -> list[str]:
        items = (self.earlier_list.item(i) for i in range(self.earlier_list.count()))
        return [item.data(ID_ROLE) for item in items if item.data(ID_ROLE)]

    # -- events -----------------------------------------------------------------------------

    def _on_item(self, item: QTreeWidgetItem | QListWidgetItem, _column: int = 0) -> None:
        article_id = (
            item.data(0, ID_ROLE) if isinstance(item, QTreeWidgetItem) else item.data(ID_ROLE)
        )
        if article_id:
            self.article_requested.emit(article_id)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange and self.days:
            self._mark_days()  # the marking colour follows the theme
        super().changeEvent(event)
