"""Hostile article text is shown as text, and the app never touches the network.

An imported page carries HTML, ``<script>``, remote images, links, control
characters and right-to-left marks. The parser drops stray tags (and what
scripts and styles hold), but markup
still reaches the text (``&lt;b&gt;`` is read as ``<b>``): the reader must show
it literally and never ask for a resource; a socket guard fails the test on any
connection attempt (the app is offline: it has no reason to open an internet
socket).
"""

from __future__ import annotations

import socket

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QTextDocument

from tests.ui.conftest import OFFSCREEN_NOISE, close
from yc_reader.core.library import Library, LibraryError
from yc_reader.ui.main_window import MainWindow
from yc_reader.ui.widgets.reader import ReaderView

HOSTILE = [
    "<script>alert('x')</script>",
    '<img src="http://example.com/track.png">',
    '<a href="https://example.com/">点这里</a>',
    "<style>body{display:none}</style>",
    "&lt;b&gt;实体&lt;/b&gt; &amp;",
    "\u202e右到左覆盖\u202c 和 \u200f标记",
    "\x1b[31m终端颜色\x1b[0m 与 \x07 响铃",
    "file:///etc/passwd",
]
pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)

PAGE = (
    "## 永川<b>恶意</b>标题<script>x()</script>\n\n"
    + "".join(f"{'本报讯 ' * (i == 0)}第{i}段：{text}。\n\n" for i, text in enumerate(HOSTILE))
    + "永川区召开推进会，部署全年重点工作。" * 60
)  # a few control characters in a real page


@pytest.fixture(autouse=True)
def no_network(monkeypatch):
    """Any internet connection attempt fails the test (local sockets are allowed)."""
    attempts: list[object] = []

    def refuse(self, address, *args, **kwargs):
        if self.family in (socket.AF_INET, socket.AF_INET6):
            attempts.append(address)
            raise AssertionError(f"network access to {address}")
        return original(self, address, *args, **kwargs)

    original = socket.socket.connect
    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", lambda *a, **k: attempts.append(a) or [])
    yield attempts
    assert attempts == []


@pytest.fixture
def resource_requests(monkeypatch) -> list[str]:
    """Every resource the reader's view or a document asks for."""
    asked: list[str] = []
    view_load = ReaderView.loadResource
    document_load = QTextDocument.loadResource

    def on_view(self, kind: int, name: QUrl) -> object:
        asked.append(name.toString())
        return view_load(self, kind, name)

    def on_document(self, kind: int, name: QUrl) -> object:
        asked.append(name.toString())
        return document_load(self, kind, name)

    monkeypatch.setattr(ReaderView, "loadResource", on_view)
    monkeypatch.setattr(QTextDocument, "loadResource", on_document)
    return asked


def test_hostile_article_text_is_shown_as_text(app, qtbot, tmp_path, resource_requests):
    page = tmp_path / "pages" / "hostile.md"
    page.parent.mkdir()
    page.write_text(PAGE, encoding="utf-8")
    data = tmp_path / "data"
    library = Library.open(data)
    window = MainWindow(library, data)
    qtbot.addWidget(window)
    window.show()
    window.start()
    qtbot.waitUntil(lambda: window.ready, timeout=60_000)
    with qtbot.waitSignal(window.import_finished, timeout=60_000):
        window.import_paths([page.parent])
    window.summary_dialog.accept()
    window.search_bar.set_query("恶意")
    qtbot.waitUntil(lambda: window.list_model.rowCount() == 1, timeout=5_000)
    window.select_row(0)
    view = window.reader.view
    text = view.toPlainText()
    assert "永川恶意标题" in text  # the tags went, their text stayed
    for fragment in ("点这里", "<b>实体</b> &"):
        assert fragment in text
    for code in ("x()", "alert('x')", "body{display:none}"):  # a script's, a style's
        assert code not in text
    document = view.document()
    block = document.begin()
    while block.isValid():  # no image, no link, whatever the text said
        for it in block.begin():
            fmt = it.fragment().charFormat()
            assert not fmt.isImageFormat() and not fmt.isAnchor()
        block = block.next()
    window.grab()  # painted, with the control characters, without a crash
    window.article_list.grab()
    assert resource_requests == []
    close(window)


def test_a_library_error_during_a_search_is_a_message(app, qtbot, open_window, monkeypatch):
    window = open_window()

    def damaged(*args, **kwargs):
        raise LibraryError("damaged", "The search index is damaged; it is rebuilt.")

    monkeypatch.setattr(window.library, "search", damaged)
    window.search_bar.set_query("永川")
    assert not window.run_query()
    assert "搜索索引已损坏" in window.search_bar.error_label.text()  # in the UI's language


def test_a_failed_bookmark_write_does_not_show_as_saved(app, qtbot, open_window, monkeypatch):
    window = open_window()
    window.select_row(0)
    assert window.reader.stored and not window.reader.stored.bookmarked

    def full(*args, **kwargs):
        raise LibraryError("write_failed", "Could not save (database or disk is full).")

    monkeypatch.setattr(window.library, "set_bookmark", full)
    window.toggle_bookmark()
    assert not window.reader.bookmark_button.isChecked()
    assert "磁盘已满" in window.status_label.text()  # in the UI's language


@pytest.fixture
def open_window(app, qtbot, tmp_path):
    opened: list[MainWindow] = []

    def open_() -> MainWindow:
        data = tmp_path / "data"
        window = MainWindow(Library.open(data), data)
        qtbot.addWidget(window)
        window.show()
        window.start()
        qtbot.waitUntil(lambda: window.ready, timeout=60_000)
        opened.append(window)
        return window

    yield open_
    for window in opened:
        close(window)


@pytest.fixture(scope="session")
def app(qapp):
    from yc_reader.ui.app import configure

    configure(qapp, language="zh_CN", theme="light")
    return qapp
