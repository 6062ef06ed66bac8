"""The reader pane: one article, set like a newspaper page, shown as text only.

The document is built block by block through ``QTextCursor`` from the article's
plain text, never from HTML, so nothing in an article can inject markup or make
the view load a resource (``loadResource`` refuses everything anyway).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QSize, Qt, QUrl, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QPalette,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextLength,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QMenu,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from yc_reader.core.cite import citation, page_number
from yc_reader.core.library import StoredArticle
from yc_reader.core.model import Article
from yc_reader.ui.theme import hit_background, is_dark, paper_palette, secondary_text

BASE_POINT_SIZE = 12.5
ZOOM_STEPS = (0.7, 0.8, 0.9, 1.0, 1.1, 1.25, 1.4, 1.6, 1.8, 2.0, 2.4)
MEASURE_CHARS = 38
"""Longest line, in CJK characters, before the text column stops widening."""


def meta_parts(article: Article, page_label: str) -> list[str]:
    """date · section · authors · page · source file, leaving out what is unknown."""
    parts = [article.date, article.section, "、".join(article.authors)]
    number = page_number(article)
    if number:
        parts.append(page_label.replace("%1", number))
    parts.append(article.source)
    return [part for part in parts if part]


def plain_text(article: Article, meta: str) -> str:
    """The article as the clipboard gets it: headlines, meta line, paragraphs."""
    lines = [part for part in (article.kicker, article.title, article.subtitle, meta) if part]
    lines.append("")
    lines.extend(block.text for block in article.blocks)
    if article.continuation:
        lines.append(article.continuation)
    return "\n".join(lines)


class ReaderView(QTextBrowser):
    """A text browser that never loads anything: no links, no images, no network."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("readerView")
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setUndoRedoEnabled(False)
        self.document().setUndoRedoEnabled(False)
        self.measure_px = 0

    def loadResource(self, type: int, name: QUrl) -> object:
        return None

    def resizeEvent(self, event: QEvent) -> None:
        self._center_column()
        super().resizeEvent(event)

    def set_measure(self, pixels: int) -> None:
        """Keep lines at most ``pixels`` wide, the column centred in the pane."""
        self.measure_px = pixels
        self._center_column()

    def _center_column(self) -> None:
        spare = self.width() - self.measure_px - 2 * self.frameWidth()
        side = max(0, spare // 2) if self.measure_px else 0
        self.setViewportMargins(side, 0, side, 0)


class ReaderPane(QWidget):
    """Toolbar (previous/next, bookmark, note, copy, zoom) over the article."""

    previous_requested = Signal()
    next_requested = Signal()
    bookmark_toggled = Signal(bool)
    note_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("readerPane")
        self.view = ReaderView(self)
        self.stored: StoredArticle | None = None
        self.terms: tuple[str, ...] = ()
        self.zoom_index = ZOOM_STEPS.index(1.0)

        self.previous_button = self._button(self.tr("‹ 上一篇"), self.tr("上一篇（K）"))
        self.next_button = self._button(self.tr("下一篇 ›"), self.tr("下一篇（J）"))
        self.bookmark_button = self._button(self.tr("☆ 收藏"), self.tr("收藏或取消收藏（Ctrl+D）"))
        self.bookmark_button.setCheckable(True)
        self.note_button = self._button(self.tr("备注…"), self.tr("给收藏加一条备注"))
        self.copy_button = self._button(self.tr("复制"), self.tr("复制全文或引用"))
        self.copy_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        copy_menu = QMenu(self.copy_button)
        self.copy_article_action = copy_menu.addAction(self.tr("复制全文"))
        self.copy_citation_action = copy_menu.addAction(self.tr("复制引用（GB/T 7714）"))
        self.copy_button.setMenu(copy_menu)
        self.zoom_out_button = self._button(self.tr("A−"), self.tr("缩小（Ctrl+-）"))
        self.zoom_in_button = self._button(self.tr("A+"), self.tr("放大（Ctrl+=）"))

        bar = QHBoxLayout()
        bar.setContentsMargins(6, 4, 6, 4)
        bar.setSpacing(4)
        for button in (self.previous_button, self.next_button):
            bar.addWidget(button)
        bar.addStretch(1)
        for button in (self.bookmark_button, self.note_button, self.copy_button):
            bar.addWidget(button)
        bar.addSpacing(8)
        bar.addWidget(self.zoom_out_button)
        bar.addWidget(self.zoom_in_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)

        self.previous_button.clicked.connect(self.previous_requested)
        self.next_button.clicked.connect(self.next_requested)
        self.bookmark_button.clicked.connect(self.bookmark_toggled)
        self.note_button.clicked.connect(self.note_requested)
        self.zoom_in_button.clicked.connect(lambda: self.zoom(1))
        self.zoom_out_button.clicked.connect(lambda: self.zoom(-1))
        self.copy_article_action.triggered.connect(self.copy_article)
        self.copy_citation_action.triggered.connect(self.copy_citation)
        self.show_article(None)

    def _button(self, text: str, tip: str) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setToolTip(tip)
        button.setAutoRaise(True)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        return button

    # -- what is shown ---------------------------------------------------------------

    def show_article(self, stored: StoredArticle | None, terms: Sequence[str] = ()) -> None:
        """Lay out ``stored`` (None: the empty state), with ``terms`` highlighted."""
        previous_id = self.stored.id if self.stored else None
        self.stored = stored
        self.terms = tuple(t for t in terms if t)
        for widget in (self.bookmark_button, self.note_button, self.copy_button):
            widget.setEnabled(stored is not None)
        self._render()
        if stored is None or stored.id != previous_id:
            self.view.verticalScrollBar().setValue(0)

    def set_user_state(self, bookmarked: bool, note: str) -> None:
        """After a bookmark or note change: same article, new star and note."""
        if self.stored is None:
            return
        self.stored = StoredArticle(
            self.stored.id, self.stored.article, bookmarked, note, self.stored.read
        )
        scroll = self.view.verticalScrollBar().value()
        self._render()
        self.view.verticalScrollBar().setValue(scroll)

    def zoom(self, step: int) -> None:
        """Step the text size up (1), down (-1) or back to normal (0)."""
        if step == 0:
            self.zoom_index = ZOOM_STEPS.index(1.0)
        else:
            self.zoom_index = max(0, min(len(ZOOM_STEPS) - 1, self.zoom_index + step))
        self._render()

    @property
    def zoom_factor(self) -> float:
        return ZOOM_STEPS[self.zoom_index]

    def meta_line(self) -> str:
        if self.stored is None:
            return ""
        return " · ".join(meta_parts(self.stored.article, self.tr("第%1版")))

    def copy_article(self) -> None:
        if self.stored is not None:
            QGuiApplication.clipboard().setText(plain_text(self.stored.article, self.meta_line()))

    def copy_citation(self) -> None:
        if self.stored is not None:
            QGuiApplication.clipboard().setText(citation(self.stored.article))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self._render()
        super().changeEvent(event)

    def sizeHint(self) -> QSize:
        return QSize(560, 600)

    # -- layout ------------------------------------------------------------------------

    def _render(self) -> None:
        stored = self.stored
        self.bookmark_button.setChecked(bool(stored and stored.bookmarked))
        self.bookmark_button.setText(
            self.tr("★ 已收藏") if stored and stored.bookmarked else self.tr("☆ 收藏")
        )
        document = self._document(BASE_POINT_SIZE * self.zoom_factor, self.palette(), self.terms)
        self.view.set_measure(
            round(self._em(document) * MEASURE_CHARS + 2 * document.documentMargin())
        )
        previous = self.view.document()
        ours = previous.parent() is self.view  # made by the last render (Qt owns its default)
        self.view.setDocument(document)
        if ours:
            previous.deleteLater()

    def printable(self) -> QTextDocument | None:
        """The article as it goes on paper or into a PDF: the light palette whatever
        the theme, the normal size, no search hits marked."""
        if self.stored is None:
            return None
        return self._document(BASE_POINT_SIZE, paper_palette(), ())

    def _document(self, size: float, palette: QPalette, terms: Sequence[str]) -> QTextDocument:
        document = QTextDocument(self.view)
        base = QFont(self.font())
        base.setPointSizeF(size)
        document.setDefaultFont(base)
        document.setDocumentMargin(round(size * 1.6))
        writer = _Writer(document, base, self._em(document), palette)
        stored = self.stored
        if stored is None:
            writer.empty(self.tr("在左侧列表中选择一篇文章"))
        else:
            writer.article(stored.article, self.meta_line())
            if stored.note:
                writer.note(self.tr("备注：%1").replace("%1", stored.note))
            writer.body(stored.article)
            writer.highlight(terms)
        return document

    @staticmethod
    def _em(document: QTextDocument) -> float:
        return QFontMetricsF(document.defaultFont()).horizontalAdvance("中")


class _Writer:
    """Appends styled blocks to a document; sizes are relative to the base font."""

    def __init__(self, document: QTextDocument, base: QFont, em: float, palette: QPalette) -> None:
        self.document = document
        self.cursor = QTextCursor(document)
        self.base = base
        self.em = em
        self.palette = palette
        self.first = True

    def _char(self, scale: float = 1.0, bold: bool = False, color: QColor | None = None):
        fmt = QTextCharFormat()
        font = QFont(self.base)
        font.setPointSizeF(self.base.pointSizeF() * scale)
        font.setBold(bold)
        fmt.setFont(font)
        if color is not None:
            fmt.setForeground(color)
        return fmt

    def _block(
        self,
        text: str,
        char: QTextCharFormat,
        align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft,
        indent: float = 0.0,
        line_height: int = 100,
        top: float = 0.0,
        bottom: float = 0.0,
        rule: bool = False,
    ) -> None:
        block = QTextBlockFormat()
        block.setAlignment(align)
        block.setTextIndent(indent)
        block.setLineHeight(line_height, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        block.setTopMargin(top)
        block.setBottomMargin(bottom)
        if rule:
            block.setProperty(
                QTextFormat.Property.BlockTrailingHorizontalRulerWidth,
                QTextLength(QTextLength.Type.PercentageLength, 100),
            )
        if self.first:
            self.cursor.setBlockFormat(block)
            self.cursor.setBlockCharFormat(char)
            self.first = False
        else:
            self.cursor.insertBlock(block, char)
        self.cursor.insertText(text, char)

    def empty(self, message: str) -> None:
        self._block(
            message,
            self._char(1.0, color=secondary_text(self.palette)),
            Qt.AlignmentFlag.AlignHCenter,
            top=self.em * 6,
        )

    def article(self, article: Article, meta: str) -> None:
        quiet = secondary_text(self.palette)
        center = Qt.AlignmentFlag.AlignHCenter
        if article.kicker:
            self._block(article.kicker, self._char(1.0, color=quiet), center, bottom=self.em * 0.3)
        self._block(
            article.title, self._char(1.6, bold=True), center, line_height=110, bottom=self.em * 0.3
        )
        if article.subtitle:
            self._block(article.subtitle, self._char(1.15), center, bottom=self.em * 0.2)
        self._block(
            meta,
            self._char(0.85, color=quiet),
            center,
            top=self.em * 0.5,
            bottom=self.em,
            rule=True,
        )

    def note(self, text: str) -> None:
        char = self._char(0.95)
        char.setBackground(QColor("#3a3424") if is_dark(self.palette) else QColor("#fbf3d5"))
        self._block(text, char, line_height=115, bottom=self.em)

    def body(self, article: Article) -> None:
        quiet = secondary_text(self.palette)
        justify = Qt.AlignmentFlag.AlignJustify
        for block in article.blocks:
            if block.kind == "subhead":
                self._block(
                    block.text,
                    self._char(1.05, bold=True),
                    line_height=115,
                    top=self.em * 0.6,
                    bottom=self.em * 0.5,
                )
            elif block.kind == "caption":
                self._block(
                    block.text,
                    self._char(0.88, color=quiet),
                    Qt.AlignmentFlag.AlignHCenter,
                    line_height=115,
                    bottom=self.em * 0.8,
                )
            else:
                self._block(
                    block.text,
                    self._char(),
                    justify,
                    indent=2 * self.em,
                    line_height=125,
                    bottom=self.em * 0.6,
                )
        if article.continuation:
            self._block(
                article.continuation, self._char(0.88, color=quiet), Qt.AlignmentFlag.AlignRight
            )

    def highlight(self, terms: Sequence[str]) -> None:
        """Put every occurrence of each term on the hit colour (case-insensitive)."""
        fmt = QTextCharFormat()
        fmt.setBackground(hit_background(self.palette))
        for term in terms:
            found = self.document.find(term, 0)
            while not found.isNull():
                found.mergeCharFormat(fmt)
                found = self.document.find(term, found)
