"""Copying a citation and exporting bookmarks with citations, from the window."""

from __future__ import annotations

import csv
from pathlib import Path

from PySide6.QtGui import QGuiApplication

from yc_reader.core.cite import citation


def test_copy_citation_uses_the_core_citation(open_window) -> None:
    window = open_window()
    window.reader.copy_citation_action.trigger()
    assert QGuiApplication.clipboard().text() == citation(window.reader.stored.article)


def test_export_bookmarks_with_citations(open_window, tmp_path: Path) -> None:
    window = open_window()
    window.toggle_bookmark()
    article = window.reader.stored.article
    target = tmp_path / "收藏.csv"
    window.export_bookmarks(target, "csv")
    (row,) = csv.DictReader(target.open(encoding="utf-8"))
    assert row["citation"] == citation(article)
    assert "1" in window.status_label.text() and target.name in window.status_label.text()
    window.export_bookmarks(tmp_path / "收藏.md", "md")
    assert "[N]. 渝西都市报" in (tmp_path / "收藏.md").read_text(encoding="utf-8")


def test_exported_heading_is_in_the_ui_language(open_window, english, tmp_path: Path) -> None:
    window = open_window()
    window.toggle_bookmark()
    window.export_bookmarks(tmp_path / "bookmarks.md", "md")
    text = (tmp_path / "bookmarks.md").read_text(encoding="utf-8")
    assert text.startswith("# Bookmarks · YC Reader\n")
