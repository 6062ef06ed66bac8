"""The search bar: results as you type, errors under it, active filters as chips.

Facet clicks and typing are the same thing underneath (Calibre's tag browser):
a facet click appends its term to the query text, and each field term in the
text shows as a chip that removes it in one click.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QToolButton, QVBoxLayout, QWidget

from yc_reader.core.library import QueryError
from yc_reader.ui.theme import error_color

DEBOUNCE_MS = 250
FILTER_FIELDS = (
    "date",
    "section",
    "author",
    "keyword",
    "person",
    "place",
    "org",
    "bookmarked",
    "title",
)


def query_terms(query: str) -> list[str]:
    """Split a query into its space-separated terms, keeping quoted spans whole."""
    terms: list[str] = []
    current: list[str] = []
    quoted = False
    for char in query:
        if char == '"':
            quoted = not quoted
        if char.isspace() and not quoted:
            if current:
                terms.append("".join(current))
                current = []
        else:
            current.append(char)
    if current:
        terms.append("".join(current))
    return terms


def _field(term: str) -> str:
    name, sep, _value = term.lstrip("-").partition(":")
    return name.lower() if sep and name.lower() in FILTER_FIELDS else ""


def filter_terms(query: str) -> list[str]:
    """The field terms of ``query`` (``date:2024``, ``-section:体育`` ...): the active filters."""
    return [term for term in query_terms(query) if _field(term)]


def with_term(query: str, term: str) -> str:
    """``query`` narrowed by ``term``; a date term replaces the date term it refines."""
    terms = query_terms(query)
    if term in terms:
        return query
    if _field(term) == "date":
        value = term.partition(":")[2]
        terms = [
            t
            for t in terms
            if not (t.startswith("date:") and (value.startswith(t[5:]) or t[5:].startswith(value)))
        ]
    return " ".join([*terms, term])


def without_term(query: str, term: str) -> str:
    return " ".join(t for t in query_terms(query) if t != term)


_QUERY_ERRORS = {
    "unbalanced_quote": QT_TRANSLATE_NOOP("SearchBar", "引号没有配对"),
    "bad_field": QT_TRANSLATE_NOOP(
        "SearchBar",
        "没有这个字段，可用：title、author、section、keyword、person、place、org、date、bookmarked",
    ),
    "bad_date": QT_TRANSLATE_NOOP(
        "SearchBar", "日期写法应为 2024、2024-04、2024-04-01 或 2024-04-01..2024-04-30"
    ),
    "empty_term": QT_TRANSLATE_NOOP("SearchBar", "有一个空的搜索词"),
    "too_long": QT_TRANSLATE_NOOP("SearchBar", "搜索内容太长"),
    "bad_value": QT_TRANSLATE_NOOP("SearchBar", "bookmarked: 后面应为 yes 或 no"),
    "dangling_or": QT_TRANSLATE_NOOP("SearchBar", "OR 的两边都要有搜索词"),
}


def query_error_message(error: QueryError) -> str:
    """A short, translated message for a query the core could not understand."""
    source = _QUERY_ERRORS.get(getattr(error, "code", ""))
    if source is None:
        return QCoreApplication.translate("SearchBar", "无法理解这个搜索：%1").replace(
            "%1", str(error)
        )
    return QCoreApplication.translate("SearchBar", source)


class SearchField(QLineEdit):
    """The line edit; Esc clears it (the whole search, filters included)."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self.text():
            self.clear()
            return
        super().keyPressEvent(event)


class SearchBar(QWidget):
    """Query text, debounced; ``query_changed`` carries the text to search for."""

    query_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = SearchField(self)
        self.field.setObjectName("searchField")
        self.field.setClearButtonEnabled(True)
        self.field.setPlaceholderText(
            self.tr("搜索标题和正文（Ctrl+F）  例：永川 影视 -天气 date:2024")
        )
        self.error_label = QLabel(self)
        self.error_label.setObjectName("queryError")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.chips = QWidget(self)
        self._chips_layout = QHBoxLayout(self.chips)
        self._chips_layout.setContentsMargins(0, 0, 0, 0)
        self._chips_layout.setSpacing(4)
        self.chips.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.field)
        layout.addWidget(self.error_label)
        layout.addWidget(self.chips)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._emit)
        self.field.textEdited.connect(self._timer.start)
        self.field.textChanged.connect(self._update_chips)
        self.field.returnPressed.connect(self._emit)
        # The clear button and Esc empty the field without textEdited.
        self.field.textChanged.connect(self._on_text_changed)
        self._setting = False

    @property
    def query(self) -> str:
        return self.field.text().strip()

    def set_query(self, query: str) -> None:
        """Replace the query and search at once (facet clicks, chips, start-up)."""
        self._setting = True
        try:
            self.field.setText(query)
        finally:
            self._setting = False
        self._emit()

    def add_term(self, term: str) -> None:
        self.set_query(with_term(self.query, term))

    def remove_term(self, term: str) -> None:
        self.set_query(without_term(self.query, term))

    def toggle_term(self, term: str) -> None:
        """A facet click: add its term, or remove it when it is already active."""
        if term in query_terms(self.query):
            self.remove_term(term)
        else:
            self.add_term(term)

    def show_error(self, message: str) -> None:
        color = error_color(self.palette()).name()
        self.error_label.setStyleSheet(f"color: {color};")
        self.error_label.setText(message)
        self.error_label.setVisible(bool(message))

    def _on_text_changed(self, text: str) -> None:
        if not text and not self._setting:
            self._emit()

    def _emit(self) -> None:
        self._timer.stop()
        self.query_changed.emit(self.query)

    def _update_chips(self) -> None:
        while (child := self._chips_layout.takeAt(0)) is not None:
            if child.widget() is not None:
                child.widget().deleteLater()
        terms = filter_terms(self.field.text())
        for term in terms:
            chip = QToolButton(self.chips)
            chip.setObjectName("filterChip")
            chip.setText(f"{term}  ✕")
            chip.setToolTip(self.tr("移除这个筛选条件"))
            chip.setAutoRaise(False)
            chip.clicked.connect(lambda _checked=False, term=term: self.remove_term(term))
            self._chips_layout.addWidget(chip)
        self._chips_layout.addStretch(1)
        self.chips.setVisible(bool(terms))
