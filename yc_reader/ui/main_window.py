"""The main window: layout and wiring of the panes over one ``Library``."""

from __future__ import annotations

import json
import re
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import (
    QByteArray,
    QItemSelectionModel,
    QModelIndex,
    QSettings,
    Qt,
    QThreadPool,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QKeySequence,
    QPageSize,
    QShortcut,
)
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from yc_reader.core import atomic_write, cite
from yc_reader.core.library import (
    CancelFn,
    ImportReport,
    Library,
    LibraryError,
    ProgressFn,
    QueryError,
)
from yc_reader.ui.messages import (
    error_detail,
    error_message,
    notice_message,
    write_error_message,
)
from yc_reader.ui.models import ArticleListModel
from yc_reader.ui.theme import ThemeMode, apply_theme
from yc_reader.ui.widgets.article_list import ArticleList
from yc_reader.ui.widgets.dialogs import ImportSummary, ShortcutsDialog, shortcut_rows
from yc_reader.ui.widgets.issue_view import IssueView
from yc_reader.ui.widgets.reader import ReaderPane
from yc_reader.ui.widgets.related import RelatedPanel
from yc_reader.ui.widgets.search_bar import SearchBar, filter_terms, query_error_message
from yc_reader.ui.widgets.sidebar import FacetSidebar
from yc_reader.ui.widgets.timeline import TimelineChart
from yc_reader.ui.worker import Job, JobFn, JobRunner

SETTINGS_FILE = "window.ini"
EMPTY_LIST_REFRESH_S = 1.0
"""While indexing into an empty list, look for new articles this often."""
QUERY_THREAD_FROM = 20_000
"""Libraries this big search on their own thread (a broad query at 100k takes ~0.5 s);
smaller ones answer at once, on the GUI thread, as typing expects."""

T = TypeVar("T")
# Characters a file name cannot hold on Windows (or any system), for the PDF's name.
_FILE_NAME_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]')


class MainWindow(QMainWindow):
    """Sidebar | article list | reader, over a search bar; imports run on a worker."""

    #: the bundled seeds are indexed (or were already): the list is complete
    index_ready = Signal()
    #: an import finished; carries its ``ImportReport``
    import_finished = Signal(object)

    def __init__(self, library: Library, data_dir: Path, initial_query: str = "") -> None:
        super().__init__()
        self.library = library
        self.settings = QSettings(str(data_dir / SETTINGS_FILE), QSettings.Format.IniFormat)
        self.runner = JobRunner(self)
        self.ready = False
        self._query_pool = QThreadPool(self)
        self._query_pool.setMaxThreadCount(1)
        self._query_generation = 0
        self._library_size = 0
        self.summary_dialog: ImportSummary | None = None
        self.issue_view: IssueView | None = None
        self._auto_selecting = False
        self._last_empty_refresh = 0.0
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("渝西都市报离线阅读器"))
        self.setAcceptDrops(True)

        self.search_bar = SearchBar(self)
        self.sidebar = FacetSidebar(self)
        self.list_model = ArticleListModel(library, self)
        self.article_list = ArticleList(self)
        self.article_list.setModel(self.list_model)
        self.reader = ReaderPane(self)
        self.related_panel = RelatedPanel(self)
        self.reader_splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.reader_splitter.setObjectName("readerSplitter")
        self.reader_splitter.addWidget(self.reader)
        self.reader_splitter.addWidget(self.related_panel)
        self.reader_splitter.setStretchFactor(0, 1)
        self.reader_splitter.setChildrenCollapsible(False)
        self.reader_splitter.setSizes([620, 150])
        self.count_label = QLabel(self)
        self.count_label.setObjectName("countLabel")
        self.sort_box = QComboBox(self)
        self.sort_box.addItem(self.tr("按相关度"), "relevance")
        self.sort_box.addItem(self.tr("按日期"), "date")
        self.sort_box.setToolTip(self.tr("排序"))
        self._sort = "relevance"
        self.timeline = TimelineChart(self)
        self.timeline_button = QToolButton(self)
        self.timeline_button.setObjectName("timelineButton")
        self.timeline_button.setAutoRaise(True)

        list_pane = QWidget(self)
        list_header = QHBoxLayout()
        list_header.setContentsMargins(6, 4, 6, 4)
        list_header.addWidget(self.count_label, 1)
        list_header.addWidget(self.timeline_button)
        list_header.addWidget(self.sort_box)
        list_layout = QVBoxLayout(list_pane)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.setSpacing(0)
        list_layout.addLayout(list_header)
        list_layout.addWidget(self.timeline)
        list_layout.addWidget(self.article_list, 1)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.sidebar)
        self.splitter.addWidget(list_pane)
        self.splitter.addWidget(self.reader_splitter)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setStretchFactor(2, 2)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([220, 420, 640])

        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(8, 8, 8, 0)
        layout.setSpacing(6)
        layout.addWidget(self.search_bar)
        layout.addWidget(self.splitter, 1)
        self.setCentralWidget(central)

        self.status_label = QLabel(self)
        self.progress = QProgressBar(self)
        self.progress.setMaximumWidth(220)
        self.progress.setTextVisible(False)
        self.cancel_button = QToolButton(self)
        self.cancel_button.setText(self.tr("取消"))
        self.cancel_button.setAutoRaise(True)
        self.statusBar().addWidget(self.status_label, 1)
        self.statusBar().addPermanentWidget(self.progress)
        self.statusBar().addPermanentWidget(self.cancel_button)
        self._set_busy(False)

        self._build_menus()
        self._connect()
        self._restore_layout()
        self.search_bar.field.setText(initial_query)

    # -- building --------------------------------------------------------------------

    def _build_menus(self) -> None:
        def action(menu, text: str, slot, keys: Sequence[QKeySequence | str] = ()) -> QAction:
            act = menu.addAction(text)
            act.triggered.connect(slot)
            if keys:
                act.setShortcuts([QKeySequence(k) for k in keys])
            return act

        file_menu = self.menuBar().addMenu(self.tr("文件(&F)"))
        self.import_folder_action = action(
            file_menu, self.tr("导入文件夹…"), self.choose_folder, ["Ctrl+O"]
        )
        action(file_menu, self.tr("导入文件…"), self.choose_files)
        file_menu.addSeparator()
        self.export_bookmarks_action = action(
            file_menu, self.tr("导出收藏（含引用）…"), self.choose_bookmark_export
        )
        action(file_menu, self.tr("备份收藏和阅读记录…"), self.choose_user_data_backup)
        action(file_menu, self.tr("从备份恢复…"), self.choose_user_data_restore)
        self.export_timeline_action = action(
            file_menu, self.tr("导出图表为 PNG…"), self.choose_timeline_export
        )
        file_menu.addSeparator()
        self.print_action = action(
            file_menu, self.tr("打印…"), self.print_article, [QKeySequence.StandardKey.Print]
        )
        self.export_pdf_action = action(file_menu, self.tr("导出为 PDF…"), self.choose_pdf_export)
        file_menu.addSeparator()
        action(file_menu, self.tr("退出"), self.close, [QKeySequence.StandardKey.Quit, "Ctrl+Q"])

        article_menu = self.menuBar().addMenu(self.tr("文章(&A)"))
        action(article_menu, self.tr("下一篇"), lambda: self.article_list.move_by(1), ["J"])
        action(article_menu, self.tr("上一篇"), lambda: self.article_list.move_by(-1), ["K"])
        article_menu.addSeparator()
        action(article_menu, self.tr("收藏 / 取消收藏"), self.toggle_bookmark, ["Ctrl+D"])
        action(article_menu, self.tr("编辑备注…"), self.edit_note)
        article_menu.addSeparator()
        action(article_menu, self.tr("复制全文"), self.reader.copy_article)
        action(article_menu, self.tr("复制引用"), self.reader.copy_citation, ["Ctrl+Shift+C"])

        view_menu = self.menuBar().addMenu(self.tr("查看(&V)"))
        action(view_menu, self.tr("放大"), lambda: self.reader.zoom(1), ["Ctrl+=", "Ctrl++"])
        action(view_menu, self.tr("缩小"), lambda: self.reader.zoom(-1), ["Ctrl+-"])
        action(view_menu, self.tr("原始大小"), lambda: self.reader.zoom(0), ["Ctrl+0"])
        view_menu.addSeparator()
        self.timeline_action = action(view_menu, self.tr("时间线"), self.set_timeline_visible)
        self.timeline_action.setCheckable(True)
        self.timeline_action.setToolTip(self.tr("显示或隐藏每月文章数的图表"))
        self.timeline_button.setDefaultAction(self.timeline_action)
        self.issue_view_action = action(view_menu, self.tr("按期浏览…"), self.show_issue_view)
        view_menu.addSeparator()
        theme_menu = view_menu.addMenu(self.tr("主题"))
        self.theme_group = QActionGroup(self)
        for mode, text in (
            (ThemeMode.SYSTEM, self.tr("跟随系统")),
            (ThemeMode.LIGHT, self.tr("浅色")),
            (ThemeMode.DARK, self.tr("深色")),
        ):
            act = theme_menu.addAction(text)
            act.setCheckable(True)
            act.setData(mode.value)
            act.setChecked(mode.value == QApplication.instance().property("ycTheme"))
            act.triggered.connect(lambda _checked=False, mode=mode: self.set_theme(mode))
            self.theme_group.addAction(act)

        help_menu = self.menuBar().addMenu(self.tr("帮助(&H)"))
        action(help_menu, self.tr("快捷键"), self.show_shortcuts, ["F1"])
        action(help_menu, self.tr("关于"), self.show_about)

        # Keys that act on the window whatever pane has focus (a line edit keeps
        # its own text keys, so j/k/Space still type in the search bar).
        for keys, slot in (
            ("Ctrl+F", self.focus_search),
            ("Esc", self.clear_search),
            ("Space", self.page_down),
        ):
            QShortcut(QKeySequence(keys), self, activated=slot)

    def _connect(self) -> None:
        self.search_bar.query_changed.connect(self.run_query)
        self.sort_box.activated.connect(self._on_sort_chosen)
        self.sidebar.term_clicked.connect(self.search_bar.toggle_term)
        self.timeline.term_clicked.connect(self.search_bar.toggle_term)
        self.article_list.selectionModel().currentChanged.connect(self._on_current_changed)
        self.article_list.activated.connect(lambda _index: self.reader.view.setFocus())
        self.reader.previous_requested.connect(lambda: self.article_list.move_by(-1))
        self.reader.next_requested.connect(lambda: self.article_list.move_by(1))
        self.reader.bookmark_toggled.connect(lambda _on: self.toggle_bookmark())
        self.reader.note_requested.connect(self.edit_note)
        self.related_panel.article_requested.connect(self.open_article)
        self.cancel_button.clicked.connect(self.runner.cancel_all)
        self.runner.busy_changed.connect(self._set_busy)

    # -- start-up and jobs -------------------------------------------------------------

    def start(self) -> None:
        """Show what the index has now, then bring the bundled seeds in on the worker."""
        self.run_query()
        self._reopen_last_read()
        if self.library.notices:  # what opening had to repair, told once
            notice = QMessageBox(
                QMessageBox.Icon.Information,
                self.tr("资料库已修复"),
                "\n".join(notice_message(notice) for notice in self.library.notices),
                QMessageBox.StandardButton.Ok,
                self,
            )
            notice.open()
        job = Job(self._warming(self.library.sync_seeds), "seeds")
        job.progress.connect(
            lambda done, total, name: self._on_progress(self.tr("正在建立索引"), done, total, name)
        )
        job.done.connect(self._on_seeds_done)
        job.failed.connect(self._on_job_failed)
        self.runner.submit(job)

    def import_paths(self, paths: Sequence[Path]) -> Job:
        """Index files or folders on the worker; a summary follows."""
        paths = [Path(p) for p in paths]
        job = Job(
            self._warming(
                lambda progress, cancel: self.library.import_paths(paths, progress, cancel)
            ),
            "import",
        )
        job.progress.connect(
            lambda done, total, name: self._on_progress(self.tr("正在导入"), done, total, name)
        )
        job.done.connect(self._on_import_done)
        job.failed.connect(self._on_job_failed)
        return self.runner.submit(job)

    def _warming(self, job: JobFn) -> JobFn:
        """``job``, then one search on the worker: the library rebuilds its in-memory
        catalog after an index change on the first search, and that first search
        should not be the GUI thread's (~0.1 s at 10k articles, more at 100k)."""

        def run(progress: ProgressFn, cancel: CancelFn) -> object:
            result = job(progress, cancel)
            self.library.search("")
            return result

        return run

    def _on_progress(self, what: str, done: int, total: int, name: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        text = f"{what} {done}/{total}"
        self.status_label.setText(f"{text}：{name}" if name else text)
        now = time.monotonic()
        if (
            self.list_model.rowCount() == 0
            and now - self._last_empty_refresh > EMPTY_LIST_REFRESH_S
        ):
            self._last_empty_refresh = now
            self.run_query()

    def _on_seeds_done(self, report: ImportReport) -> None:
        self.ready = True
        self._library_size = report.articles
        self.refresh()
        if self.article_list.currentIndex().row() < 0:
            self._reopen_last_read()
        self.index_ready.emit()

    def _on_import_done(self, report: ImportReport) -> None:
        self._library_size = report.articles
        self.refresh()
        self.summary_dialog = ImportSummary(report, self)
        self.summary_dialog.open()
        self.import_finished.emit(report)

    def _on_job_failed(self, error: BaseException) -> None:
        self._warn_error(self.tr("出错了"), error)
        if not self.ready:
            self.ready = True
            self.index_ready.emit()

    def _set_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        if busy:
            self.progress.setRange(0, 0)
        else:
            self._show_count_status()

    # -- search ------------------------------------------------------------------------

    def run_query(self, _query: str | None = None) -> bool:
        """Search for the bar's text; keep the article being read if it still matches.

        A big library searches on its own thread: only the newest query's result
        is shown, and queries overtaken while waiting are not run at all.
        """
        query, sort = self.search_bar.query, self._sort
        self._query_generation += 1
        generation = self._query_generation

        def search() -> tuple | Exception | None:
            if generation != self._query_generation:
                return None  # overtaken by newer typing
            try:
                return self.library.search(query, sort=sort), self.library.facets(query)
            except (QueryError, LibraryError) as error:
                return error

        if self._library_size < QUERY_THREAD_FROM:
            return self._show_query(query, search())
        self.read_library(
            search,
            lambda outcome: (
                generation == self._query_generation and self._show_query(query, outcome)
            ),
        )
        return True

    def _on_sort_chosen(self, _index: int) -> None:
        self._sort = self.sort_box.currentData()
        self.run_query()

    def _show_sort(self, *, ranked: bool) -> None:
        """Without words to rank by, the list is newest first whatever was chosen:
        the box says so, and the choice comes back with the next words."""
        shown = self._sort if ranked else "date"
        self.sort_box.setCurrentIndex(self.sort_box.findData(shown))
        self.sort_box.setEnabled(ranked)
        self.sort_box.setToolTip(self.tr("排序") if ranked else self.tr("没有检索词时按日期排序"))

    def read_library(self, read: Callable[[], T], then: Callable[[T], object]) -> None:
        """Call ``read`` (library queries) and hand its result to ``then`` on the GUI
        thread: at once for a small library, else from the query thread, so a big
        one never freezes the window (a changed index reloads the facet catalog,
        0.4 s at 20,000 articles). ``read`` returns errors it expects."""
        if self._library_size < QUERY_THREAD_FROM:
            then(read())
            return
        job = Job(lambda _progress, _cancel: read(), name="query", parent=self)
        job.done.connect(then)
        job.done.connect(job.deleteLater)
        job.failed.connect(job.deleteLater)
        self._query_pool.start(job.run)

    def _show_query(self, query: str, outcome: tuple | Exception | None) -> bool:
        if outcome is None:
            return False
        if isinstance(outcome, QueryError):
            self.search_bar.show_error(query_error_message(outcome))
            return False
        if isinstance(outcome, Exception):  # e.g. a damaged index: rebuilt at the next start
            self.search_bar.show_error(error_message(outcome))
            return False
        result, facets = outcome
        if not query:
            self._library_size = len(result.ids)
        self._show_sort(ranked=bool(result.terms))
        self.search_bar.show_error("")
        current_id = self.current_id()
        self.list_model.set_result(result.ids, result.terms)
        self.sidebar.set_facets(facets, filter_terms(query))
        self.timeline.set_facets(facets["date"], filter_terms(query))
        self.count_label.setText(self.tr("%1 篇文章").replace("%1", f"{len(result.ids):,}"))
        row = self.list_model.row_of(current_id) if current_id else -1
        self.select_row(row if row >= 0 else 0, scroll=row < 0)
        if row >= 0:  # same article, new terms to highlight
            self.reader.show_article(self.reader.stored, result.terms)
        elif not result.ids:
            self.reader.show_article(None)
            self.related_panel.show_related([])
        self._show_count_status()
        return True

    def refresh(self) -> None:
        """Re-run the current search (after an import)."""
        self.run_query()
        if self.issue_view is not None:
            self.issue_view.reload()

    def show_issue_view(self) -> IssueView:
        """按期浏览: the issue of the article being read, else the newest."""
        if self.issue_view is None:
            self.issue_view = IssueView(self.library, self.read_library, self)
            self.issue_view.article_requested.connect(self.open_article)
        stored = self.reader.stored
        day = stored.article.date if stored and len(stored.article.date) == 10 else ""
        self.issue_view.reload(day)
        self.issue_view.show()
        self.issue_view.activateWindow()
        return self.issue_view

    def _show_count_status(self) -> None:
        if not self.runner.busy:
            self.status_label.setText(
                self.tr("就绪 · 共 %1 篇文章").replace("%1", f"{self.list_model.rowCount():,}")
                if self.ready
                else ""
            )

    def set_timeline_visible(self, visible: bool) -> None:
        self.timeline.setVisible(visible)
        self.timeline_action.setChecked(visible)

    def focus_search(self) -> None:
        self.search_bar.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_bar.field.selectAll()

    def clear_search(self) -> None:
        if self.search_bar.query:
            self.search_bar.set_query("")

    def set_theme(self, mode: ThemeMode) -> None:
        app = QApplication.instance()
        app.setProperty("ycTheme", mode.value)
        apply_theme(app, mode)

    # -- the current article ---------------------------------------------------------------

    def current_id(self) -> str | None:
        return self.reader.stored.id if self.reader.stored else None

    def select_row(self, row: int, scroll: bool = True) -> None:
        """Show the article at ``row`` without marking it read (not the user's choice)."""
        if row >= self.list_model.rowCount():
            return
        index = self.list_model.index(row, 0)
        self._auto_selecting = True
        try:
            self.article_list.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            )
        finally:
            self._auto_selecting = False
        if scroll:
            self.article_list.scrollTo(index)

    def _reopen_last_read(self) -> None:
        last = self.library.last_read()
        row = self.list_model.row_of(last) if last else -1
        if row >= 0:
            self.select_row(row)

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        article_id = self.list_model.ids[current.row()]
        try:
            stored = self.library.article(article_id)
        except LibraryError as error:
            self.status_label.setText(error_message(error))
            return
        self.reader.show_article(stored, self.list_model.terms)
        self._show_related(article_id)
        if not self._auto_selecting:
            if not stored.read:
                self.library.mark_read(article_id)
                self.list_model.refresh(article_id)
            self.library.set_last_read(article_id)

    def _show_related(self, article_id: str) -> None:
        found = self.library.related(article_id)
        rows = {row.id: row for row in self.library.rows([r.id for r in found])}
        self.related_panel.show_related([(rows[r.id], r.duplicate) for r in found if r.id in rows])

    def open_article(self, article_id: str) -> None:
        """Show ``article_id``: its row when the list has it, else in the reader alone."""
        row = self.list_model.row_of(article_id)
        if row >= 0:
            self.select_row(row)
            return
        try:
            stored = self.library.article(article_id)
        except LibraryError as error:
            self.status_label.setText(error_message(error))
            return
        self.article_list.selectionModel().clearCurrentIndex()
        self.reader.show_article(stored)
        self._show_related(article_id)

    def toggle_bookmark(self) -> None:
        stored = self.reader.stored
        if stored is None:
            return
        on = not stored.bookmarked
        if self._saved(lambda: self.library.set_bookmark(stored.id, on, stored.note if on else "")):
            self._after_user_state_change(stored.id, on, stored.note if on else "")

    def edit_note(self) -> None:
        stored = self.reader.stored
        if stored is None:
            return
        note, ok = QInputDialog.getMultiLineText(
            self, self.tr("收藏备注"), self.tr("这篇文章的备注（保存后自动收藏）："), stored.note
        )
        if ok and self._saved(lambda: self.library.set_bookmark(stored.id, True, note.strip())):
            self._after_user_state_change(stored.id, True, note.strip())

    def _saved(self, write: Callable[[], None]) -> bool:
        """Run a user-data write; a failure (full disk, read-only folder) is told, and
        the star and note stay as they were, so nothing looks saved that is not."""
        try:
            write()
        except LibraryError as error:
            self._warn_error(self.tr("出错了"), error)
            return False
        return True

    def _warn_error(self, title: str, error: BaseException) -> None:
        """Tell ``error`` in the status bar and a warning, the core's text as its detail."""
        message = error_message(error)
        self.status_label.setText(self.tr("出错了：%1").replace("%1", message))
        self._warn(title, message, error_detail(error))

    def _warn(self, title: str, text: str, detail: str = "") -> None:
        """A warning that does not block the caller (tests and scripts go on)."""
        box = QMessageBox(
            QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, self
        )
        if detail:
            box.setDetailedText(detail)
        box.open()

    def _after_user_state_change(self, article_id: str, bookmarked: bool, note: str) -> None:
        self.reader.set_user_state(bookmarked, note)
        self.list_model.refresh(article_id)
        try:
            facets = self.library.facets(self.search_bar.query)
        except QueryError:
            return
        self.sidebar.set_facets(facets, filter_terms(self.search_bar.query))
        self.timeline.set_facets(facets["date"], filter_terms(self.search_bar.query))

    def page_down(self) -> None:
        """Space: page through the article, then on to the next one."""
        bar = self.reader.view.verticalScrollBar()
        if bar.value() >= bar.maximum():
            self.article_list.move_by(1)
        else:
            bar.setValue(bar.value() + bar.pageStep())

    # -- paper ----------------------------------------------------------------------------

    def print_article(self) -> None:
        """Print the article being read, through the system's print dialog."""
        document = self.reader.printable()
        if document is None:
            return
        printer = self._printer()
        if QPrintDialog(printer, self).exec() == QDialog.DialogCode.Accepted:
            document.print_(printer)

    def choose_pdf_export(self) -> None:
        stored = self.reader.stored
        if stored is None:
            return
        name = _FILE_NAME_UNSAFE.sub("_", stored.article.title)[:60].strip() or stored.id
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("导出为 PDF"), f"{name}.pdf", self.tr("PDF 文件 (*.pdf)")
        )
        if path:
            self.export_pdf(Path(path) if path.lower().endswith(".pdf") else Path(path + ".pdf"))

    def export_pdf(self, path: Path) -> bool:
        """Save the article being read as an A4 PDF, laid out as it prints."""
        document = self.reader.printable()
        if document is None:
            return False
        printer = self._printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(path))
        path.unlink(missing_ok=True)
        document.print_(printer)
        if not path.is_file() or path.stat().st_size == 0:  # QPrinter does not say why
            self._warn(self.tr("导出为 PDF"), self.tr("无法写入 %1").replace("%1", str(path)))
            return False
        self.status_label.setText(self.tr("已导出到 %1").replace("%1", path.name))
        return True

    def _printer(self) -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        stored = self.reader.stored
        if stored is not None:
            printer.setDocName(stored.article.title)
        printer.setCreator(self.tr("渝西都市报离线阅读器"))
        return printer

    # -- import ----------------------------------------------------------------------------

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("导入文件夹"))
        if folder:
            self.import_paths([Path(folder)])

    def choose_files(self) -> None:
        files, _filter = QFileDialog.getOpenFileNames(
            self,
            self.tr("导入文件"),
            "",
            self.tr("文本与网页 (*.txt *.md *.markdown *.text *.html *.htm);;所有文件 (*)"),
        )
        if files:
            self.import_paths([Path(f) for f in files])

    def choose_bookmark_export(self) -> None:
        """Save the bookmarks with their citations; the chosen filter sets the format."""
        filters = {
            self.tr("Markdown (*.md)"): "md",
            self.tr("CSV 表格 (*.csv)"): "csv",
            self.tr("BibTeX 式 JSON (*.json)"): "json",
        }
        path, chosen = QFileDialog.getSaveFileName(
            self, self.tr("导出收藏"), self.tr("收藏.md"), ";;".join(filters)
        )
        if path:
            fmt = filters.get(chosen) or Path(path).suffix.lstrip(".").lower()
            self.export_bookmarks(Path(path), fmt if fmt in cite.FORMATS else "md")

    def export_bookmarks(self, path: Path, fmt: str) -> None:
        """Write ``cite.export_bookmarks`` to ``path``; the status bar tells the outcome."""
        marks = self.library.cited_bookmarks()
        try:
            text = cite.export_bookmarks(marks, fmt, self.tr("收藏 · YC Reader"))
            atomic_write.write_text(path, text)
        except OSError as error:
            self._warn(self.tr("导出收藏"), write_error_message(error), str(error))
            return
        self.status_label.setText(
            self.tr("已导出 %1 条收藏到 %2").replace("%1", str(len(marks))).replace("%2", path.name)
        )

    def choose_user_data_backup(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("备份收藏和阅读记录"),
            self.tr("YC Reader 备份.json"),
            self.tr("YC Reader 备份 (*.json)"),
        )
        if path:
            self.backup_user_data(Path(path))

    def backup_user_data(self, path: Path) -> bool:
        """Write the restorable backup (bookmarks, notes, read state): what
        ``bookmarks export`` prints and 从备份恢复 reads, e.g. on another computer."""
        data = self.library.export_user_data()
        try:
            atomic_write.write_text(path, json.dumps(data, ensure_ascii=False, indent=1))
        except OSError as error:
            self._warn(self.tr("备份收藏和阅读记录"), write_error_message(error), str(error))
            return False
        self.status_label.setText(
            self.tr("已备份 %1 条收藏到 %2")
            .replace("%1", str(len(data["bookmarks"])))
            .replace("%2", path.name)
        )
        return True

    def choose_user_data_restore(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("从备份恢复"), "", self.tr("YC Reader 备份 (*.json)")
        )
        if path:
            self.restore_user_data(Path(path))

    def restore_user_data(self, path: Path) -> bool:
        """Merge a backup into the user database: its bookmarks and notes are added
        (a note in the backup replaces the one here), nothing here is removed."""
        unreadable = self.tr("%1 不是能读取的 YC Reader 备份，什么也没有改变。")
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            count = self.library.import_user_data(data)
        except (OSError, UnicodeDecodeError, json.JSONDecodeError, LibraryError) as error:
            if isinstance(error, LibraryError) and error.code != "bad_export":
                self._warn_error(self.tr("出错了"), error)  # a full disk, a read-only folder
            else:
                self._warn(self.tr("从备份恢复"), unreadable.replace("%1", path.name), str(error))
            return False
        stored = self.reader.stored
        if stored is not None:
            fresh = self.library.article(stored.id)
            self.reader.set_user_state(fresh.bookmarked, fresh.note)
        self.refresh()
        self.status_label.setText(
            self.tr("已从 %2 恢复 %1 条收藏").replace("%1", str(count)).replace("%2", path.name)
        )
        return True

    def choose_timeline_export(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("导出图表"), self.tr("时间线.png"), self.tr("PNG 图片 (*.png)")
        )
        if path:
            self.export_timeline(
                Path(path) if path.lower().endswith(".png") else Path(path + ".png")
            )

    def export_timeline(self, path: Path) -> bool:
        """Save the timeline of the current result as a PNG, titled with the query."""
        title = self.tr("渝西都市报 · %1").replace(
            "%1", self.search_bar.query or self.tr("全部文章")
        )
        if not self.timeline.export_png(path, title):
            self._warn(self.tr("导出图表"), self.tr("无法写入 %1").replace("%1", str(path)))
            return False
        self.status_label.setText(self.tr("图表已导出到 %1").replace("%1", path.name))
        return True

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if _local_paths(event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = _local_paths(event.mimeData().urls())
        if paths:
            event.acceptProposedAction()
            self.import_paths(paths)

    # -- help ------------------------------------------------------------------------------

    def show_shortcuts(self) -> None:
        ShortcutsDialog(shortcut_rows(), self).open()

    def show_about(self) -> None:
        from yc_reader import __version__

        QMessageBox.about(
            self,
            self.tr("关于"),
            self.tr("渝西都市报离线阅读器 %1\n离线阅读、搜索和收藏渝西都市报的文章。").replace(
                "%1", __version__
            ),
        )

    # -- window state -------------------------------------------------------------------------

    def _restore_layout(self) -> None:
        geometry = self.settings.value("geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)
        state = self.settings.value("splitter")
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.splitter.restoreState(state)
        self.set_timeline_visible(self.settings.value("timeline", True, type=bool))

    def closeEvent(self, event: QCloseEvent) -> None:
        self.settings.setValue("geometry", self.saveGeometry())
        self.settings.setValue("splitter", self.splitter.saveState())
        self.settings.setValue("timeline", self.timeline_action.isChecked())
        self.settings.sync()
        self.runner.cancel_all()
        self.runner.wait(10_000)
        self._query_generation += 1  # queued queries return at once
        self._query_pool.waitForDone(10_000)
        super().closeEvent(event)


def _local_paths(urls) -> list[Path]:
    return [Path(url.toLocalFile()) for url in urls if url.isLocalFile()]
