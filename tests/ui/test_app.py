"""The application shell: the bundled font, and --screenshot end to end."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QFontDatabase, QFontMetrics, QImage

from yc_reader.core import paths
from yc_reader.core.library import Library
from yc_reader.ui.app import FONT_FILE


def test_the_bundled_font_is_the_app_font_and_covers_newspaper_text(app) -> None:
    assert paths.resource_path("fonts", FONT_FILE).exists()
    font = app.font()
    assert font.family() == "Noto Sans CJK SC"
    assert "Noto Sans CJK SC" in QFontDatabase.families()
    metrics = QFontMetrics(font)
    # GB2312, 通用规范汉字表 additions (names), punctuation, full-width and enclosed forms
    for char in "渝西都市报永川喆堃昇珺〇，。、；：？！“”‘’《》【】——…·①Ⅲ㈠％＋":
        assert metrics.inFontUcs4(ord(char)), char


def test_screenshot_saves_the_window_after_indexing(tmp_path: Path) -> None:
    out = tmp_path / "shot.png"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-m", "yc_reader", "--data-dir", str(tmp_path / "data"),
         "--screenshot", str(out), "--query", "影视"],
        env=env, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1280, 800)
    library = Library.open(tmp_path / "data")  # indexed, and nothing marked read
    try:
        assert library.search("影视").ids
        assert library.last_read() is None
    finally:
        library.close()
