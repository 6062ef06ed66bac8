"""GUI tests: offscreen, a fresh data dir per test, the window driven as a user would."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QLocale

from yc_reader.core.library import Library
from yc_reader.ui.app import configure, install_translations
from yc_reader.ui.main_window import MainWindow

READY_TIMEOUT_MS = 120_000
OFFSCREEN_NOISE = "This plugin does not support propagateSizeHints"
"""The offscreen platform warns whenever a window's size constraints change."""


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    here = Path(__file__).parent
    for item in items:
        if here in Path(item.fspath).parents:
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOISE))


@pytest.fixture(scope="session")
def app(qapp):
    """The QApplication with our font, Chinese UI and the light theme."""
    configure(qapp, language="zh_CN", theme="light")
    return qapp


@pytest.fixture
def english(app) -> Iterator[None]:
    """The English UI for one test; the Chinese one (and its locale) again after."""
    locale = QLocale()
    translators = install_translations(app, "en")
    yield
    for translator in translators:
        app.removeTranslator(translator)
    QLocale.setDefault(locale)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    path = tmp_path / "data"
    path.mkdir()
    return path


@pytest.fixture
def open_window(app, qtbot, data_dir) -> Iterator[Callable[..., MainWindow]]:
    """Open the window on a data dir (default: this test's), wait for the seeds."""
    opened: list[MainWindow] = []

    def open_(directory: Path | None = None, query: str = "") -> MainWindow:
        directory = directory or data_dir
        library = Library.open(directory)
        window = MainWindow(library, directory, query)
        qtbot.addWidget(window)
        window.resize(1200, 760)
        window.show()
        window.start()
        qtbot.waitUntil(lambda: window.ready, timeout=READY_TIMEOUT_MS)
        opened.append(window)
        return window

    yield open_
    for window in opened:
        close(window)


def close(window: MainWindow) -> None:
    """Close the window and its library, as quitting the app does."""
    if window.isVisible():
        window.close()
    window.runner.wait()
    window.library.close()
