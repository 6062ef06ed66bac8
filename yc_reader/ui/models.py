"""Item models over the core's query results.

``ArticleListModel`` is anki's browser table model: it holds only the list of
matching ids and fills a row cache in blocks as the view asks for rows, so a
100,000-article result costs one list of strings, not 100,000 rows.
``FacetTreeModel`` is anki's sidebar: a tree of typed items, each of which turns
into a query term.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import Enum, IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractListModel,
    QCoreApplication,
    QDate,
    QLocale,
    QModelIndex,
    QObject,
    Qt,
)
from PySide6.QtGui import QFont

from yc_reader.core.library import ArticleRow, FacetValue, Library


class Role(IntEnum):
    """Custom roles, so data survives proxy models and reaches the delegate whole."""

    ArticleId = Qt.ItemDataRole.UserRole + 1
    Row = Qt.ItemDataRole.UserRole + 2
    Term = Qt.ItemDataRole.UserRole + 3
    Kind = Qt.ItemDataRole.UserRole + 4
    Count = Qt.ItemDataRole.UserRole + 5
    Active = Qt.ItemDataRole.UserRole + 6


ROW_BLOCK = 100
"""Rows fetched from the library at once when the view reaches an uncached row."""


class ArticleListModel(QAbstractListModel):
    """The article list: ids in result order plus a lazily filled row cache."""

    def __init__(self, library: Library, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._library = library
        self._ids: list[str] = []
        self._terms: tuple[str, ...] = ()
        self._cache: dict[str, ArticleRow] = {}

    # -- the result ------------------------------------------------------------

    def set_result(self, ids: Sequence[str], terms: Sequence[str] = ()) -> None:
        """Show a new result (a reset: the whole list changes)."""
        self.beginResetModel()
        self._ids = list(ids)
        self._terms = tuple(terms)
        self._cache.clear()
        self.endResetModel()

    @property
    def ids(self) -> list[str]:
        return self._ids

    @property
    def terms(self) -> tuple[str, ...]:
        return self._terms

    def row_of(self, article_id: str) -> int:
        """The row showing ``article_id``, or -1 (a scan in C: ~1 ms at 100k rows,
        cheaper than keeping a position map through every new result)."""
        try:
            return self._ids.index(article_id)
        except ValueError:
            return -1

    def refresh(self, article_id: str) -> None:
        """Re-read one row (bookmark or read state changed): ``dataChanged``, no reset."""
        row = self.row_of(article_id)
        if row < 0:
            return
        self._cache.pop(article_id, None)
        index = self.index(row, 0)
        self.dataChanged.emit(index, index)

    def article_row(self, row: int) -> ArticleRow | None:
        if not 0 <= row < len(self._ids):
            return None
        article_id = self._ids[row]
        cached = self._cache.get(article_id)
        if cached is None:
            self._fill(row)
            cached = self._cache.get(article_id)
        return cached

    def _fill(self, row: int) -> None:
        start = max(0, row - ROW_BLOCK // 4)
        wanted = [i for i in self._ids[start : start + ROW_BLOCK] if i not in self._cache]
        for article_row in self._library.rows(wanted, self._terms):
            self._cache[article_row.id] = article_row
        if len(self._cache) > 20 * ROW_BLOCK:  # keep memory flat while scrolling far
            keep = set(self._ids[start : start + ROW_BLOCK])
            self._cache = {k: v for k, v in self._cache.items() if k in keep}

    # -- QAbstractListModel ------------------------------------------------------

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.column() != 0:
            return None
        if role == Role.ArticleId:
            return self._ids[index.row()]
        if role not in _LIST_ROLES:
            return None
        article_row = self.article_row(index.row())
        if article_row is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return article_row.title
        if role == Role.Row:
            return article_row
        if role == Qt.ItemDataRole.ToolTipRole:
            return " · ".join(p for p in (article_row.date, article_row.section) if p)
        if role == Qt.ItemDataRole.FontRole and not article_row.read:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )


_LIST_ROLES = frozenset(
    {
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.FontRole,
        Role.Row,
    }
)


class FacetKind(Enum):
    """What a sidebar item is; groups are headings, the rest turn into query terms."""

    GROUP = "group"
    DATE = "date"
    SECTION = "section"
    KEYWORD = "keyword"
    AUTHOR = "author"
    PERSON = "person"
    PLACE = "place"
    ORG = "org"
    BOOKMARKED = "bookmarked"


@dataclass(eq=False)
class FacetItem:
    """One node of the sidebar tree."""

    kind: FacetKind
    label: str
    count: int = 0
    term: str = ""
    key: str = ""  # which facet a group holds (``date``, ``section`` ...)
    parent: FacetItem | None = None
    children: list[FacetItem] = field(default_factory=list)

    def row(self) -> int:
        return self.parent.children.index(self) if self.parent else 0


class FacetTreeModel(QAbstractItemModel):
    """Sidebar facets with counts for the current result; two columns: label, count."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._root = FacetItem(FacetKind.GROUP, "")
        self._active: frozenset[str] = frozenset()

    def set_facets(
        self,
        groups: Sequence[tuple[str, str]],
        facets: dict[str, list[FacetValue]],
        active_terms: Sequence[str] = (),
    ) -> None:
        """Rebuild the tree: ``groups`` is (facet key, heading) in display order."""
        self.beginResetModel()
        self._active = frozenset(active_terms)
        self._root = FacetItem(FacetKind.GROUP, "")
        for key, heading in groups:
            values = facets.get(key, [])
            group = FacetItem(FacetKind.GROUP, heading, key=key, parent=self._root)
            group.children = [_item(FacetKind(key), value, group) for value in values]
            self._root.children.append(group)
        self.endResetModel()

    def item(self, index: QModelIndex) -> FacetItem:
        return index.internalPointer() if index.isValid() else self._root

    def find(self, term: str) -> QModelIndex:
        """The index of the item whose term is ``term`` (invalid if none)."""
        stack = [(self._root, QModelIndex())]
        while stack:
            node, node_index = stack.pop()
            for row, child in enumerate(node.children):
                child_index = self.index(row, 0, node_index)
                if child.term == term:
                    return child_index
                stack.append((child, child_index))
        return QModelIndex()

    def group_index(self, key: str) -> QModelIndex:
        for row, group in enumerate(self._root.children):
            if group.key == key:
                return self.index(row, 0)
        return QModelIndex()

    # -- QAbstractItemModel --------------------------------------------------------

    def index(self, row: int, column: int, parent: QModelIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        return self.createIndex(row, column, self.item(parent).children[row])

    def parent(self, index: QModelIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid():
            return QModelIndex()
        parent = self.item(index).parent
        if parent is None or parent is self._root:
            return QModelIndex()
        return self.createIndex(parent.row(), 0, parent)

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.column() > 0:
            return 0
        return len(self.item(parent).children)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 2

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self.item(index)
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return item.label
            return str(item.count) if item.kind is not FacetKind.GROUP else None
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 1:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and (
            item.kind is FacetKind.GROUP or item.term in self._active
        ):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and item.term:
            return item.term
        if role == Role.Term:
            return item.term
        if role == Role.Kind:
            return item.kind.value
        if role == Role.Count:
            return item.count
        if role == Role.Active:
            return item.term in self._active
        return None

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


def facet_label(kind: FacetKind, value: str) -> str:
    """What the sidebar shows for ``value``: dates and bookmark states in the UI's
    language (the core gives ``2024-04``, ``yes``); names as they are."""
    translate = QCoreApplication.translate
    if kind is FacetKind.BOOKMARKED:
        if value == "yes":
            return translate("FacetTreeModel", "已收藏")
        return translate("FacetTreeModel", "未收藏")
    if kind is not FacetKind.DATE:
        return value
    # Each level's QDate format is translated: English names the month, Chinese numbers it.
    if len(value) == 4:
        date_format = translate("FacetTreeModel", "yyyy年", "QDate format of a year")
        date = QDate.fromString(value, "yyyy")
    elif len(value) == 7:
        date_format = translate("FacetTreeModel", "M月", "QDate format of a month")
        date = QDate.fromString(value, "yyyy-MM")
    else:
        date_format = translate("FacetTreeModel", "d日", "QDate format of a day")
        date = QDate.fromString(value, "yyyy-MM-dd")
    return QLocale().toString(date, date_format) if date.isValid() else value


def _item(kind: FacetKind, value: FacetValue, parent: FacetItem) -> FacetItem:
    item = FacetItem(kind, facet_label(kind, value.value), value.count, value.term, parent=parent)
    item.children = [_item(kind, child, item) for child in value.children]
    return item
