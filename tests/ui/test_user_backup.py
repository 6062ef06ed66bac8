"""Backing up bookmarks, notes and read state from the window, and restoring them
on another computer (here: another data dir)."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtWidgets import QMessageBox


def test_backup_then_restore_elsewhere(open_window, tmp_path: Path) -> None:
    window = open_window()
    window.select_row(1)
    marked = window.current_id()
    window.library.set_bookmark(marked, True, "第二篇：要引用")
    backup = tmp_path / "备份.json"
    assert window.backup_user_data(backup)
    assert "1" in window.status_label.text() and backup.name in window.status_label.text()
    assert [b["id"] for b in json.loads(backup.read_text(encoding="utf-8"))["bookmarks"]] == [
        marked
    ]

    other = open_window(tmp_path / "other")
    other.open_article(marked)
    assert not other.reader.stored.bookmarked
    assert other.restore_user_data(backup)
    assert other.reader.stored.bookmarked and other.reader.stored.note == "第二篇：要引用"
    assert [(b.id, b.note) for b in other.library.bookmarks()] == [(marked, "第二篇：要引用")]
    assert "1" in other.status_label.text()
    assert "bookmarked:yes" in {f.term for f in other.library.facets("")["bookmarked"]}


def test_unreadable_backup_changes_nothing_and_says_so(open_window, tmp_path: Path) -> None:
    window = open_window()
    for name, content in {"a.json": "{not json", "b.json": '{"format": "other"}'}.items():
        path = tmp_path / name
        path.write_text(content, encoding="utf-8")
        assert not window.restore_user_data(path)
        box = window.findChildren(QMessageBox)[-1]
        assert name in box.text() and box.detailedText()
        box.close()
    assert window.library.bookmarks() == []
