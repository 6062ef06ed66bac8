"""The article list: headline, date, section and a snippet with hits highlighted.

Rows are painted by a delegate from the ``ArticleRow`` the model hands over, at
a fixed height, so the view can lay out 100,000 rows without asking for them.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from yc_reader.core.library import HIT_END, HIT_START, ArticleRow
from yc_reader.ui.models import Role
from yc_reader.ui.theme import hit_background, secondary_text, star_color

PADDING = 7
STAR = "★"


def snippet_segments(snippet: str) -> list[tuple[str, bool]]:
    """Split a core snippet into (text, is_hit) runs; unbalanced markers end a hit."""
    segments: list[tuple[str, bool]] = []
    hit = False
    text = []
    for char in snippet:
        if char in (HIT_START, HIT_END):
            if text:
                segments.append(("".join(text), hit))
                text = []
            hit = char == HIT_START
        else:
            text.append(char)
    if text:
        segments.append(("".join(text), hit))
    return segments


def bring_first_hit_into_view(
    segments: list[tuple[str, bool]], metrics: QFontMetrics, width: int
) -> list[tuple[str, bool]]:
    """Cut the text before the first hit so the hit shows in a line ``width`` wide."""
    lead = 0
    for text, hit in segments:
        if hit:
            break
        lead += metrics.horizontalAdvance(text)
    else:
        return segments
    if lead <= width // 2:
        return segments
    trimmed: list[tuple[str, bool]] = []
    excess = lead - width // 5  # the hit starts a fifth of the way in
    for text, hit in segments:
        if excess > 0 and not hit:
            width_here = metrics.horizontalAdvance(text)
            if width_here <= excess:
                excess -= width_here
                continue
            cut, advance = 0, 0
            while cut < len(text) and advance < excess:
                advance += metrics.horizontalAdvance(text[cut])
                cut += 1
            text = "…" + text[cut:]
            excess = 0
        trimmed.append((text, hit))
    return trimmed


class ArticleDelegate(QStyledItemDelegate):
    """Two lines per article: ★ title … date, then section · snippet."""

    @staticmethod
    def row_height(font: QFont) -> int:
        return 2 * QFontMetrics(font).height() + 3 * PADDING

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        return QSize(200, self.row_height(option.font))

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        row: ArticleRow | None = index.data(Role.Row)
        style = option.widget.style() if option.widget else None
        painter.save()
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        if style is not None:
            style.drawPrimitive(
                QStyle.PrimitiveElement.PE_PanelItemViewItem, opt, painter, opt.widget
            )
        if row is not None:
            self._paint_row(painter, option, row)
        painter.restore()

    def _paint_row(self, painter: QPainter, option: QStyleOptionViewItem, row: ArticleRow) -> None:
        palette: QPalette = option.palette
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        text_color = palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        quiet = text_color if selected else secondary_text(palette)
        rect = option.rect.adjusted(PADDING + 2, PADDING, -PADDING - 2, -PADDING)
        base = QFont(option.font)
        metrics = QFontMetrics(base)
        line_height = metrics.height()
        top = QRect(rect.left(), rect.top(), rect.width(), line_height)
        bottom = QRect(rect.left(), rect.top() + line_height + PADDING, rect.width(), line_height)

        # line 1: star, title (bold while unread), date on the right
        date_width = metrics.horizontalAdvance(row.date) + PADDING if row.date else 0
        painter.setFont(base)
        painter.setPen(quiet)
        painter.drawText(top, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, row.date)
        x = top.left()
        if row.bookmarked:
            painter.setPen(star_color(palette))
            painter.drawText(
                QRect(x, top.top(), line_height, line_height), Qt.AlignmentFlag.AlignVCenter, STAR
            )
            x += metrics.horizontalAdvance(STAR) + 4
        title_font = QFont(base)
        title_font.setBold(not row.read)
        title_metrics = QFontMetrics(title_font)
        title_rect = QRect(x, top.top(), top.right() - date_width - x, line_height)
        title = title_metrics.elidedText(row.title, Qt.TextElideMode.ElideRight, title_rect.width())
        painter.setFont(title_font)
        painter.setPen(text_color)
        painter.drawText(title_rect, Qt.AlignmentFlag.AlignVCenter, title)

        # line 2: section · snippet, hits on a highlight
        painter.setFont(base)
        x = bottom.left()
        right = bottom.right()
        if row.section:
            label = f"{row.section} · "
            painter.setPen(quiet)
            painter.drawText(QRect(x, bottom.top(), right - x, line_height), 0, label)
            x += metrics.horizontalAdvance(label)
        hit_color = hit_background(palette)
        segments = snippet_segments(row.snippet.replace("\n", " "))
        for text, hit in bring_first_hit_into_view(segments, metrics, right - x):
            room = right - x
            if room <= 0:
                break
            width = metrics.horizontalAdvance(text)
            if width > room:
                text = metrics.elidedText(text, Qt.TextElideMode.ElideRight, room)
                width = metrics.horizontalAdvance(text)
            box = QRect(x, bottom.top(), width, line_height)
            if hit:
                painter.fillRect(box, hit_color)
                painter.setPen(palette.color(QPalette.ColorRole.Text))
            else:
                painter.setPen(quiet)
            painter.drawText(box, Qt.AlignmentFlag.AlignVCenter, text)
            x += width


class ArticleList(QTableView):
    """The middle pane: a one-column table, which (unlike QListView) lays out
    100,000 fixed-height rows without visiting each; j/k move like ↑/↓."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("articleList")
        self.setItemDelegate(ArticleDelegate(self))
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setCornerButtonEnabled(False)
        self.horizontalHeader().hide()
        self.horizontalHeader().setStretchLastSection(True)
        self.verticalHeader().hide()
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._fit_rows()

    def _fit_rows(self) -> None:
        height = ArticleDelegate.row_height(self.font())
        self.verticalHeader().setMinimumSectionSize(height)
        self.verticalHeader().setDefaultSectionSize(height)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            self._fit_rows()
        super().changeEvent(event)

    def move_by(self, step: int) -> None:
        """Select the article ``step`` rows away (j/k, previous/next)."""
        model = self.model()
        if model is None or model.rowCount() == 0:
            return
        current = self.currentIndex().row()
        row = 0 if current < 0 else max(0, min(model.rowCount() - 1, current + step))
        self.setCurrentIndex(model.index(row, 0))
