"""相关报道 under the reader: the most similar stories, reprints flagged first.

The ranking is the core's (``core.related``); this only lists it. A click asks
the main window to open the article, which may be outside the current result.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from yc_reader.core.library import ArticleRow


class RelatedPanel(QWidget):
    """Up to five related stories and any reprints; ``article_requested`` carries an id."""

    article_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("relatedPanel")
        self.heading = QLabel(self.tr("相关报道"), self)
        self.heading.setObjectName("relatedHeading")
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.list = QListWidget(self)
        self.list.setObjectName("relatedList")
        self.list.setUniformItemSizes(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.setSpacing(2)
        layout.addWidget(self.heading)
        layout.addWidget(self.list, 1)
        self.list.itemActivated.connect(self._on_item)
        self.list.itemClicked.connect(self._on_item)

    def show_related(self, rows: Sequence[tuple[ArticleRow, bool]]) -> None:
        """List ``(row, is a reprint)`` pairs in order; none: a quiet empty line."""
        self.list.clear()
        for row, duplicate in rows:
            label = " · ".join(part for part in (row.title, row.date) if part)
            if duplicate:
                label = self.tr("〔重复刊登〕%1").replace("%1", label)
            item = QListWidgetItem(label, self.list)
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            item.setToolTip(label)
            if duplicate:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
        if not rows:
            empty = QListWidgetItem(self.tr("没有相关报道"), self.list)
            empty.setFlags(Qt.ItemFlag.NoItemFlags)

    def ids(self) -> list[str]:
        """The ids listed, in order (for tests and keyboard users' tooling)."""
        items = (self.list.item(i) for i in range(self.list.count()))
        return [i.data(Qt.ItemDataRole.UserRole) for i in items if i.data(Qt.ItemDataRole.UserRole)]

    def _on_item(self, item: QListWidgetItem) -> None:
        article_id = item.data(Qt.ItemDataRole.UserRole)
        if article_id:
            self.article_requested.emit(article_id)
