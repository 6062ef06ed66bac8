"""Light and dark palettes, following the system unless told otherwise.

We set the palettes ourselves (on the Fusion style) instead of trusting each
platform's theme: the offscreen and many Linux platforms have no dark palette,
and the list delegate and the reader draw with these colours too.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication


class ThemeMode(Enum):
    SYSTEM = "system"
    LIGHT = "light"
    DARK = "dark"


_LIGHT = {
    QPalette.ColorRole.Window: "#f4f3ef",
    QPalette.ColorRole.WindowText: "#1f1f1f",
    QPalette.ColorRole.Base: "#ffffff",
    QPalette.ColorRole.AlternateBase: "#f7f6f2",
    QPalette.ColorRole.Text: "#1f1f1f",
    QPalette.ColorRole.Button: "#ebe9e4",
    QPalette.ColorRole.ButtonText: "#1f1f1f",
    QPalette.ColorRole.Highlight: "#c8dbf5",
    QPalette.ColorRole.HighlightedText: "#111111",
    QPalette.ColorRole.ToolTipBase: "#fffbe6",
    QPalette.ColorRole.ToolTipText: "#1f1f1f",
    QPalette.ColorRole.PlaceholderText: "#8a8a8a",
    QPalette.ColorRole.Link: "#b3261e",
    QPalette.ColorRole.Mid: "#c9c6bf",
    QPalette.ColorRole.Midlight: "#dedbd4",
    QPalette.ColorRole.Dark: "#a09d96",
    QPalette.ColorRole.Light: "#ffffff",
    QPalette.ColorRole.BrightText: "#b3261e",
    QPalette.ColorRole.Accent: "#b3261e",
}

_DARK = {
    QPalette.ColorRole.Window: "#232323",
    QPalette.ColorRole.WindowText: "#e6e3dc",
    QPalette.ColorRole.Base: "#1b1b1b",
    QPalette.ColorRole.AlternateBase: "#262626",
    QPalette.ColorRole.Text: "#e6e3dc",
    QPalette.ColorRole.Button: "#2e2e2e",
    QPalette.ColorRole.ButtonText: "#e6e3dc",
    QPalette.ColorRole.Highlight: "#34496b",
    QPalette.ColorRole.HighlightedText: "#ffffff",
    QPalette.ColorRole.ToolTipBase: "#333333",
    QPalette.ColorRole.ToolTipText: "#e6e3dc",
    QPalette.ColorRole.PlaceholderText: "#8c8c8c",
    QPalette.ColorRole.Link: "#ff8a80",
    QPalette.ColorRole.Mid: "#444444",
    QPalette.ColorRole.Midlight: "#3a3a3a",
    QPalette.ColorRole.Dark: "#111111",
    QPalette.ColorRole.Light: "#4a4a4a",
    QPalette.ColorRole.BrightText: "#ff8a80",
    QPalette.ColorRole.Accent: "#ff8a80",
}


def _palette(colors: dict[QPalette.ColorRole, str], disabled_text: str) -> QPalette:
    palette = QPalette()
    for role, color in colors.items():
        palette.setColor(role, QColor(color))
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(disabled_text))
    return palette


def system_is_dark() -> bool:
    return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark


def is_dark(palette: QPalette) -> bool:
    """Whether ``palette`` is a dark one (its window is darker than its text)."""
    window = palette.color(QPalette.ColorRole.Window)
    text = palette.color(QPalette.ColorRole.WindowText)
    return window.lightness() < text.lightness()


def apply_theme(app: QApplication, mode: ThemeMode) -> None:
    """Set the Fusion style and our light or dark palette for ``mode``."""
    dark = mode is ThemeMode.DARK or (mode is ThemeMode.SYSTEM and system_is_dark())
    if app.style().name().lower() != "fusion":
        app.setStyle("Fusion")
    app.setPalette(_palette(_DARK, "#6d6d6d") if dark else paper_palette())


def paper_palette() -> QPalette:
    """The light palette: the window's in the light theme, and what goes on paper
    (print, PDF) in either theme."""
    return _palette(_LIGHT, "#a3a3a3")


def secondary_text(palette: QPalette) -> QColor:
    """Dates, sections, meta lines: quieter than the text, still readable."""
    return QColor("#9a968e") if is_dark(palette) else QColor("#6b6760")


def hit_background(palette: QPalette) -> QColor:
    """Behind search hits, in the list snippet and the reader."""
    return QColor("#6b5416") if is_dark(palette) else QColor("#ffe08a")


def star_color(palette: QPalette) -> QColor:
    return QColor("#f2b233") if is_dark(palette) else QColor("#d08a00")


def error_color(palette: QPalette) -> QColor:
    return QColor("#ff8a80") if is_dark(palette) else QColor("#b3261e")
