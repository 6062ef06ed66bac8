"""The application: QApplication, bundled font, translations, theme, and ``run``.

``run(args)`` is what ``python -m yc_reader`` calls without a verb. The window
appears before any indexing; the seeds are brought in on the worker thread.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEventLoop, QLibraryInfo, QLocale, QTimer, QTranslator
from PySide6.QtGui import QFont, QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from yc_reader.core import paths
from yc_reader.core.library import Library, LibraryError
from yc_reader.ui.messages import error_detail, error_message
from yc_reader.ui.theme import ThemeMode, apply_theme

if TYPE_CHECKING:
    from yc_reader.ui.main_window import MainWindow

FONT_FILE = "NotoSansSC-YC-Regular.otf"
UI_POINT_SIZE = 10.5
SCREENSHOT_SIZE = (1280, 800)
SCREENSHOT_TIMEOUT_MS = 300_000


def load_font(app: QApplication) -> str:
    """Register the bundled Simplified Chinese font and make it the app font.

    Set explicitly, and as the only family, so Han characters never fall back to
    a Japanese face (same code points, different glyphs) or render as boxes.
    Returns the family name ("" if the file is missing: Qt then picks a fallback).
    """
    font_id = QFontDatabase.addApplicationFont(str(paths.resource_path("fonts", FONT_FILE)))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    if not families:
        print(f"yc-reader: cannot load the bundled font {FONT_FILE}", file=sys.stderr)
        return ""
    font = QFont(families[0])
    font.setPointSizeF(UI_POINT_SIZE)
    font.setStyleHint(QFont.StyleHint.SansSerif)
    app.setFont(font)
    return families[0]


def ui_language(requested: str | None) -> str:
    """``en`` or ``zh_CN``: ``--lang`` first, else the system's UI languages."""
    languages = [requested] if requested else QLocale.system().uiLanguages()
    for language in languages:
        code = language.replace("-", "_").lower()
        if code.startswith("en"):
            return "en"
        if code.startswith("zh"):
            return "zh_CN"
    return "zh_CN"


def install_translations(app: QApplication, language: str) -> list[QTranslator]:
    """Source strings are Simplified Chinese; English comes from our ``.qm``.

    Qt's own strings (standard buttons, the file dialog) come from Qt's
    translations for Chinese and are English already otherwise.
    """
    translators = []
    if language == "en":
        ours = QTranslator(app)
        if ours.load(str(paths.resource_path("translations", "yc_reader_en.qm"))):
            translators.append(ours)
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    else:
        qt = QTranslator(app)
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt.load("qtbase_zh_CN", qt_dir):
            translators.append(qt)
        QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
    for translator in translators:
        app.installTranslator(translator)
    return translators


def window_icon() -> QIcon:
    icon = QIcon()
    for size in (16, 24, 32, 48, 64, 128, 256):
        path = paths.resource_path("icons", f"yc-reader-{size}.png")
        if path.exists():
            icon.addFile(str(path))
    return icon


def configure(app: QApplication, language: str | None = None, theme: str = "system") -> None:
    """Font, translations, theme and icon for ``app`` (also used by the GUI tests)."""
    app.setApplicationName(paths.APP_NAME)
    app.setOrganizationName(paths.APP_AUTHOR)
    app.setApplicationDisplayName("")  # the window title says it in the UI language
    load_font(app)
    install_translations(app, ui_language(language))
    mode = ThemeMode(theme)
    app.setProperty("ycTheme", mode.value)
    apply_theme(app, mode)
    app.styleHints().colorSchemeChanged.connect(lambda _scheme: _follow_system(app))
    app.setWindowIcon(window_icon())


def _follow_system(app: QApplication) -> None:
    """The system switched light/dark: follow it unless the user chose a theme."""
    if app.property("ycTheme") == ThemeMode.SYSTEM.value:
        apply_theme(app, ThemeMode.SYSTEM)


def run(args: argparse.Namespace) -> int:
    """Open the window (or, with ``--screenshot``, save a PNG of it and exit)."""
    from yc_reader.ui.main_window import MainWindow

    screenshot = getattr(args, "screenshot", None)
    if screenshot:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    app = QApplication.instance() or QApplication(sys.argv[:1])
    configure(app, getattr(args, "lang", None), getattr(args, "theme", None) or "system")
    data_dir = paths.data_dir(getattr(args, "data_dir", None))

    instance = None
    if not screenshot:
        # Not for --screenshot: it may run beside an open window, and writes no user data.
        from yc_reader.ui.single_instance import SingleInstance, bring_to_front

        instance = SingleInstance(data_dir)
        if instance.already_running(activate=True):
            return 0

    try:
        library = Library.open(data_dir)
    except LibraryError as error:
        box = QMessageBox(
            QMessageBox.Icon.Critical, app.translate("App", "无法打开资料库"), error_message(error)
        )
        box.setDetailedText(error_detail(error))
        box.exec()
        return 1
    window = MainWindow(library, data_dir, getattr(args, "query", "") or "")
    try:
        if screenshot:
            return take_screenshot(window, Path(screenshot))
        if instance is not None:
            instance.activated.connect(lambda: bring_to_front(window))
        window.show()
        window.start()
        return app.exec()
    finally:
        window.runner.cancel_all()
        window.runner.wait()
        library.close()
        if instance is not None:
            instance.close()


def take_screenshot(window: MainWindow, path: Path) -> int:
    """Wait for the index, select the first article, save the window as a PNG."""
    window.resize(*SCREENSHOT_SIZE)
    window.show()
    loop = QEventLoop()
    window.index_ready.connect(loop.quit)
    QTimer.singleShot(SCREENSHOT_TIMEOUT_MS, loop.quit)
    window.start()
    if not window.ready:
        loop.exec()
    if not window.ready:
        print("yc-reader: the index was not ready in time", file=sys.stderr)
        return 1
    window.run_query()
    window.article_list.setFocus()
    window.select_row(0)
    QApplication.processEvents()
    path.parent.mkdir(parents=True, exist_ok=True)
    if not window.grab().save(str(path), "PNG"):
        print(f"yc-reader: cannot write {path}", file=sys.stderr)
        return 1
    window.close()
    return 0
