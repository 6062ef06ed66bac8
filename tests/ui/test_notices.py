"""What opening the library had to repair, told once, and what went wrong, told in
the UI's language (the core's English text kept as the detail)."""

from __future__ import annotations

import re
import sqlite3
from contextlib import closing
from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from yc_reader.core import paths, userdata
from yc_reader.core.errors import LibraryError, Notice
from yc_reader.core.library import BACKUPS_DIR, INDEX_FILE, Library
from yc_reader.ui import messages
from yc_reader.ui.main_window import MainWindow
from yc_reader.ui.messages import error_detail, error_message, notice_message
from yc_reader.ui.widgets import search_bar


def outdate_index(data_dir: Path) -> None:
    """An index that says it is from schema 1: the next start rebuilds it."""
    Library.open(data_dir).close()
    with closing(sqlite3.connect(data_dir / INDEX_FILE)) as conn:
        conn.execute("PRAGMA user_version = 1")


def change_analysis(data_dir: Path) -> None:
    """An index made with other analysis settings (dictionary, rules, segmenter)."""
    Library.open(data_dir).close()
    with closing(sqlite3.connect(data_dir / INDEX_FILE)) as conn, conn:
        conn.execute("UPDATE meta SET value = 'another' WHERE key = 'analysis'")


def notice_text(window: MainWindow) -> str:
    (box,) = window.findChildren(QMessageBox)
    assert box.isVisible()
    return box.text()


def test_an_outdated_index_is_told_in_chinese(open_window, data_dir) -> None:
    outdate_index(data_dir)
    window = open_window()
    assert [notice.code for notice in window.library.notices] == ["index_outdated"]
    assert notice_text(window) == "搜索索引来自旧版本，正在重建。"


def test_an_outdated_index_is_told_in_english_in_the_english_ui(
    english, open_window, data_dir
) -> None:
    outdate_index(data_dir)
    window = open_window()
    assert notice_text(window) == "The search index is from an older version and is being rebuilt."


def test_changed_analysis_settings_are_told_in_the_ui_language(open_window, data_dir) -> None:
    change_analysis(data_dir)
    window = open_window()
    assert notice_text(window) == (
        "词典、版面规则或停用词已更改，或阅读器、分词器已更新，正在重建搜索索引。"
    )


def test_changed_analysis_settings_are_told_in_english(english, open_window, data_dir) -> None:
    change_analysis(data_dir)
    window = open_window()
    assert notice_text(window) == (
        "The dictionary, the section rules or the stopwords changed, or YC Reader or "
        "its segmenter was updated: the search index is being rebuilt."
    )


def test_a_failed_backup_is_told_with_its_error_after_the_index_notice(
    open_window, data_dir
) -> None:
    outdate_index(data_dir)
    latest = data_dir / BACKUPS_DIR / userdata.LATEST_BACKUP
    latest.unlink()
    (latest / "in-the-way").mkdir(parents=True)  # the backup cannot be renamed over it
    window = open_window()
    backup_failed, outdated = window.library.notices
    assert backup_failed.code == "bookmarks_not_backed_up" and backup_failed.detail
    assert outdated.code == "index_outdated"
    assert notice_text(window) == (
        f"收藏未能备份（{backup_failed.detail}）。\n搜索索引来自旧版本，正在重建。"
    )


def test_no_notice_no_box(open_window) -> None:
    window = open_window()
    assert window.library.notices == []
    assert window.findChildren(QMessageBox) == []


def test_a_notice_of_an_unknown_code_reads_as_the_core_wrote_it(qapp) -> None:
    notice = Notice("something_new", "Something new was repaired.")
    assert notice_message(notice) == "Something new was repaired."


def test_every_error_the_core_raises_has_a_message_in_the_ui_language() -> None:
    raised = set()
    for source in (paths.install_root() / "yc_reader" / "core").glob("*.py"):
        text = source.read_text(encoding="utf-8")
        raised |= set(re.findall(r'LibraryError\(\s*"(\w+)"', text))
        raised |= set(re.findall(r"LibraryError\.(\w+)\(", text))
    assert {"busy", "damaged", "newer_version", "no_such_article"} <= raised
    assert raised <= set(messages._ERRORS)


def test_every_query_error_has_a_message_in_the_ui_language() -> None:
    text = (paths.install_root() / "yc_reader" / "core" / "query.py").read_text(encoding="utf-8")
    raised = set(re.findall(r'QueryError\(\s*"(\w+)"', text))
    assert {"bad_field", "bad_date", "unbalanced_quote"} <= raised
    assert raised == set(search_bar._QUERY_ERRORS)


def test_an_error_is_told_in_chinese_with_the_core_text_as_detail(open_window) -> None:
    window = open_window()
    window.open_article("0" * 16)
    assert "资料库里没有这篇文章" in window.status_label.text()
    error = LibraryError("no_such_article", "No article with id 0 in the library.")
    assert error_detail(error) == str(error)
    unexpected = RuntimeError("boom")
    assert (error_message(unexpected), error_detail(unexpected)) == ("boom", "")
