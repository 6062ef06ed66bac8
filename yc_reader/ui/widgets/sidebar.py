"""The facet sidebar: date, section, keyword, author, people, places, organisations
and bookmarks, with counts.

A click on a facet emits its query term; the main window appends it to the
search bar, so a facet filter and a typed one are one mechanism.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeView, QWidget

from yc_reader.core.library import FacetValue
from yc_reader.ui.models import FacetKind, FacetTreeModel, Role


def facet_groups() -> list[tuple[str, str]]:
    """(facet key, translated heading), in sidebar order."""
    translate = QCoreApplication.translate
    return [
        ("date", translate("FacetSidebar", "日期")),
        ("section", translate("FacetSidebar", "版面")),
        ("keyword", translate("FacetSidebar", "关键词")),
        ("author", translate("FacetSidebar", "作者")),
        ("person", translate("FacetSidebar", "人物")),
        ("place", translate("FacetSidebar", "地点")),
        ("org", translate("FacetSidebar", "机构")),
        ("bookmarked", translate("FacetSidebar", "收藏")),
    ]


class FacetSidebar(QTreeView):
    """Tree of facets for the current result; ``term_clicked`` carries the query term."""

    term_clicked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("facetSidebar")
        self.facet_model = FacetTreeModel(self)
        self.setModel(self.facet_model)
        self.setHeaderHidden(True)
        self.setUniformRowHeights(True)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setAllColumnsShowFocus(True)
        self.setIndentation(14)
        self.setExpandsOnDoubleClick(False)
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self._collapsed_groups: set[str] = set()
        self._expanded_terms: set[str] = set()
        self.clicked.connect(self._on_clicked)
        self.expanded.connect(lambda index: self._remember(index, True))
        self.collapsed.connect(lambda index: self._remember(index, False))

    def set_facets(self, facets: dict[str, list[FacetValue]], active_terms: Sequence[str]) -> None:
        """Show new counts, keeping what the user expanded or collapsed."""
        self.facet_model.set_facets(facet_groups(), facets, active_terms)
        model = self.facet_model
        for row in range(model.rowCount()):
            group = model.index(row, 0)
            if model.item(group).key not in self._collapsed_groups:
                self.setExpanded(group, True)
        for term in list(self._expanded_terms):
            index = model.find(term)
            if index.isValid():
                self.setExpanded(index, True)
        for term in active_terms:  # show where an active date sits in the tree
            index = model.find(term).parent()
            while index.isValid():
                self.setExpanded(index, True)
                index = index.parent()

    def _remember(self, index: QModelIndex, expanded: bool) -> None:
        item = self.facet_model.item(index)
        if item.kind is FacetKind.GROUP:
            (self._collapsed_groups.discard if expanded else self._collapsed_groups.add)(item.key)
        elif expanded:
            self._expanded_terms.add(item.term)
        else:
            self._expanded_terms.discard(item.term)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self._on_clicked(self.currentIndex())
            return
        super().keyPressEvent(event)

    def _on_clicked(self, index: QModelIndex) -> None:
        term = index.siblingAtColumn(0).data(Role.Term)
        if term:
            self.term_clicked.emit(term)
        elif index.isValid():
            first = index.siblingAtColumn(0)
            self.setExpanded(first, not self.isExpanded(first))
