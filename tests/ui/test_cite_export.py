"""Copying a citation and exporting bookmarks with citations, from the window."""

from __future__ import annotations

import csv
from pathlib import Path

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox

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


def test_an_export_that_cannot_be_written_is_told_and_changes_nothing(
    open_window, tmp_path: Path
) -> None:
    window = open_window()
    window.toggle_bookmark()
    window.export_bookmarks(tmp_path / "no-such-folder" / "收藏.md", "md")
    (box,) = window.findChildren(QMessageBox)
    assert box.text() == "找不到要保存到的文件夹。"
    assert "No such file" in box.detailedText()
    exports = tmp_path / "exports"
    (exports / "收藏.csv" / "kept").mkdir(parents=True)  # a folder where the file would go
    window.export_bookmarks(exports / "收藏.csv", "csv")
    assert (exports / "收藏.csv" / "kept").is_dir()
    assert [p.name for p in exports.iterdir()] == ["收藏.csv"]  # no partial file left
