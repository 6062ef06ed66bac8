"""时间线: a bar chart of the current result's articles per month, above the list.

The counts are the date facet the window already has for the query
(``core.timeline.month_counts``); nothing here queries the library. A click on a
bar emits its ``date:YYYY-MM`` term, which the window hands to the search bar,
as a click on the date facet does. The chart draws with the palette, so it reads
in the light and the dark theme, and renders to a PNG at any size.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QEvent, QPoint, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFontMetrics,
    QHelpEvent,
    QImage,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
)
from PySide6.QtWidgets import QToolTip, QWidget

from yc_reader.core.library import FacetValue
from yc_reader.core.timeline import MonthCount, month_counts
from yc_reader.ui.theme import secondary_text

CHART_HEIGHT = 100
EXPORT_SIZE = QSize(900, 260)
EXPORT_SCALE = 2
"""Exported charts are drawn at twice their size, sharp on high-DPI screens and in print."""


class TimelineChart(QWidget):
    """Articles per month, oldest on the left; ``term_clicked`` carries ``date:YYYY-MM``."""

    term_clicked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timelineChart")
        self.setAccessibleName(self.tr("时间线：每月文章数"))
        self.setMouseTracking(True)
        self.setFixedHeight(CHART_HEIGHT)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.months: list[MonthCount] = []
        self.active: set[str] = set()
        self.hovered = -1

    # -- data ----------------------------------------------------------------------

    def set_facets(self, date_facet: Sequence[FacetValue], active_terms: Sequence[str]) -> None:
        """Show the month counts of ``date_facet``; months of active ``date:`` terms stand out."""
        self.months = month_counts(date_facet)
        self.active = {
            term[5:12] for term in active_terms if term.startswith("date:") and len(term) >= 12
        }
        self.hovered = -1
        self.update()

    def month_text(self, bar: MonthCount) -> str:
        """``2024年4月：6 篇`` — what hovering a bar tells."""
        return (
            self.tr("%1年%2月：%3 篇")
            .replace("%1", str(bar.year))
            .replace("%2", str(bar.number))
            .replace("%3", str(bar.count))
        )

    # -- geometry --------------------------------------------------------------------

    def _plot_rect(self, rect: QRect, metrics: QFontMetrics) -> QRectF:
        top = rect.top() + metrics.height() + 6
        bottom = rect.bottom() - metrics.height() - 4
        return QRectF(rect.left() + 10, top, max(rect.width() - 20, 1), max(bottom - top, 1))

    def bar_rect(self, i: int, rect: QRect | None = None) -> QRectF:
        """The rectangle bar ``i`` is drawn in (its full slot height, for hit tests)."""
        plot = self._plot_rect(rect or self.rect(), self.fontMetrics())
        slot = plot.width() / max(len(self.months), 1)
        width = slot * 0.72 if slot >= 4 else slot
        x = plot.left() + i * slot + (slot - width) / 2
        return QRectF(x, plot.top(), max(width, 1.0), plot.height())

    def bar_at(self, pos: QPoint) -> int:
        """The index of the bar under ``pos`` (anywhere in its column), or -1."""
        if not self.months:
            return -1
        plot = self._plot_rect(self.rect(), self.fontMetrics())
        if not (plot.left() <= pos.x() < plot.right()):
            return -1
        slot = plot.width() / len(self.months)
        return min(int((pos.x() - plot.left()) / slot), len(self.months) - 1)

    # -- drawing -----------------------------------------------------------------------

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            self._paint(painter, self.rect(), "")
        finally:
            painter.end()

    def _paint(self, painter: QPainter, rect: QRect, title: str) -> None:
        palette = self.palette()
        painter.fillRect(rect, palette.color(QPalette.ColorRole.Window))
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.setFont(self.font())
        metrics = QFontMetrics(self.font())
        quiet = secondary_text(palette)
        accent = palette.color(QPalette.ColorRole.Accent)
        calm = QColor(accent)
        calm.setAlphaF(0.55)
        plot = self._plot_rect(rect, metrics)

        # The caption line: what is under the mouse, else what the chart shows.
        if 0 <= self.hovered < len(self.months) and not title:
            caption = self.month_text(self.months[self.hovered])
            painter.setPen(palette.color(QPalette.ColorRole.WindowText))
        elif self.months:
            peak = max(bar.count for bar in self.months)
            caption = self.tr("每月文章数 · 最多 %1 篇").replace("%1", str(peak))
            painter.setPen(quiet)
        else:
            caption = self.tr("没有带日期的文章")
            painter.setPen(quiet)
        if title:
            caption = f"{title}  ·  {caption}"
        caption_rect = QRect(rect.left() + 10, rect.top() + 3, rect.width() - 20, metrics.height())
        painter.drawText(
            caption_rect,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            metrics.elidedText(caption, Qt.TextElideMode.ElideRight, caption_rect.width()),
        )
        if not self.months:
            return

        peak = max(bar.count for bar in self.months) or 1
        baseline = plot.bottom()
        painter.setPen(palette.color(QPalette.ColorRole.Mid))
        painter.drawLine(int(plot.left()), int(baseline), int(plot.right()), int(baseline))
        for i, bar in enumerate(self.months):
            if bar.count == 0:
                continue
            slot = self.bar_rect(i, rect)
            height = max(plot.height() * bar.count / peak, 2.0)
            shape = QRectF(slot.left(), baseline - height, slot.width(), height)
            strong = i == self.hovered or bar.month in self.active
            painter.fillRect(shape, accent if strong else calm)

        # Years under the axis, at their first month, as many as fit.
        painter.setPen(quiet)
        year_label = self.tr("%1年")
        label_width = metrics.horizontalAdvance(year_label.replace("%1", "2024")) + 8
        last_right = float("-inf")
        for i, bar in enumerate(self.months):
            if bar.number != 1 and i != 0:
                continue
            slot = self.bar_rect(i, rect)
            if slot.left() < last_right:
                continue
            painter.drawLine(int(slot.left()), int(baseline), int(slot.left()), int(baseline) + 3)
            left = min(slot.left(), rect.right() - label_width + 6)  # the last one fits
            text_rect = QRectF(left, baseline + 3, label_width, metrics.height())
            painter.drawText(
                text_rect, Qt.AlignmentFlag.AlignLeft, year_label.replace("%1", str(bar.year))
            )
            last_right = slot.left() + label_width

    def render_image(self, size: QSize = EXPORT_SIZE, title: str = "") -> QImage:
        """The chart drawn into an image of ``size`` (logical pixels), with ``title``."""
        image = QImage(
            size.width() * EXPORT_SCALE, size.height() * EXPORT_SCALE, QImage.Format.Format_RGB32
        )
        image.setDevicePixelRatio(EXPORT_SCALE)
        hovered, self.hovered = self.hovered, -1
        painter = QPainter(image)
        try:
            self._paint(painter, QRect(QPoint(0, 0), size), title)
        finally:
            painter.end()
            self.hovered = hovered
        return image

    def export_png(self, path: Path, title: str = "") -> bool:
        """Save the chart as a PNG at ``path``; False when it could not be written."""
        return self.render_image(EXPORT_SIZE, title).save(str(path), "PNG")

    # -- interaction ---------------------------------------------------------------------

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        hovered = self.bar_at(event.position().toPoint())
        if hovered != self.hovered:
            self.hovered = hovered
            self.setCursor(
                Qt.CursorShape.PointingHandCursor
                if hovered >= 0 and self.months[hovered].count
                else Qt.CursorShape.ArrowCursor
            )
            self.update()
        super().mouseMoveEvent(event)

    def leaveEvent(self, event: QEvent) -> None:
        self.hovered = -1
        self.update()
        super().leaveEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            i = self.bar_at(event.pos())
            if i >= 0:
                QToolTip.showText(event.globalPos(), self.month_text(self.months[i]), self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            i = self.bar_at(event.position().toPoint())
            if i >= 0 and self.months[i].count:
                self.term_clicked.emit(self.months[i].term)
                return
        super().mouseReleaseEvent(event)
