"""The core's errors and notices in the UI's language.

The core speaks English (for the CLI and logs) and gives each error and notice a
stable ``code``; the window shows the translated text for the code, keeping the
core's English text as the detail a user can copy into a bug report.
"""

from __future__ import annotations

import errno

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from yc_reader.core.errors import LibraryError, Notice

_CONTEXT = "Messages"

_ERRORS = {
    "newer_version": QT_TRANSLATE_NOOP(
        "Messages",
        "资料库由更新版本的 YC Reader 写入，为保护数据没有做任何改动。"
        "请更新 YC Reader，或换一个数据文件夹。",
    ),
    "unwritable": QT_TRANSLATE_NOOP(
        "Messages", "无法打开或写入数据文件夹（磁盘已满、文件夹只读或没有权限）。"
    ),
    "busy": QT_TRANSLATE_NOOP("Messages", "另一个 YC Reader 正在更新资料库，请等它完成后再试。"),
    "damaged": QT_TRANSLATE_NOOP(
        "Messages", "搜索索引已损坏，下次启动时会自动重建；收藏和笔记不受影响。"
    ),
    "bookmarks_damaged": QT_TRANSLATE_NOOP(
        "Messages",
        "收藏数据库已损坏，也没有可以恢复的备份。文件保持原样；把它移走即可从空的收藏重新开始。",
    ),
    "closed": QT_TRANSLATE_NOOP("Messages", "资料库已关闭。"),
    "no_such_article": QT_TRANSLATE_NOOP(
        "Messages", "资料库里没有这篇文章（它所在的文件可能已被移除）。"
    ),
    "bad_export": QT_TRANSLATE_NOOP("Messages", "这不是 YC Reader 的收藏导出文件。"),
    "write_failed": QT_TRANSLATE_NOOP(
        "Messages", "没能保存（磁盘已满或文件夹只读），原有的数据没有改变。"
    ),
}

_NOTICES = {
    "index_damaged": QT_TRANSLATE_NOOP("Messages", "搜索索引已损坏，正在重建。"),
    "index_outdated": QT_TRANSLATE_NOOP("Messages", "搜索索引来自旧版本，正在重建。"),
    "index_analysis_changed": QT_TRANSLATE_NOOP(
        "Messages", "词典、版面规则或停用词已更改，或阅读器、分词器已更新，正在重建搜索索引。"
    ),
    "bookmarks_restored": QT_TRANSLATE_NOOP(
        "Messages", "收藏数据库已损坏，已从最近的备份恢复；损坏的副本保存为 %1。"
    ),
    "bookmarks_not_backed_up": QT_TRANSLATE_NOOP("Messages", "收藏未能备份（%1）。"),
}


_FULL = QT_TRANSLATE_NOOP("Messages", "磁盘已满，文件没有写入；原来的文件没有改变。")
_DENIED = QT_TRANSLATE_NOOP("Messages", "没有在这里写入文件的权限；原来的文件没有改变。")
_NOT_WRITTEN = QT_TRANSLATE_NOOP("Messages", "文件没有写入（%1）。")
_WRITE_ERRORS = {
    errno.ENOSPC: _FULL,
    errno.EDQUOT: _FULL,
    errno.EACCES: _DENIED,
    errno.EPERM: _DENIED,
    errno.EROFS: QT_TRANSLATE_NOOP("Messages", "这个位置是只读的，文件没有写入。"),
    errno.ENOENT: QT_TRANSLATE_NOOP("Messages", "找不到要保存到的文件夹。"),
    errno.ENAMETOOLONG: QT_TRANSLATE_NOOP("Messages", "文件名太长，请换一个短些的名字。"),
}


def write_error_message(error: OSError) -> str:
    """Why a file the user saves (an export, a backup) was not written, in the UI's
    language; the system's own text goes in the detail."""
    source = _WRITE_ERRORS.get(error.errno or 0, _NOT_WRITTEN)
    reason = error.strerror or type(error).__name__
    return QCoreApplication.translate(_CONTEXT, source).replace("%1", reason)


def error_message(error: BaseException) -> str:
    """What went wrong, in the UI's language for the core's known errors; else the
    error's own text (an unexpected error is shown as it is, never hidden)."""
    source = _ERRORS.get(error.code) if isinstance(error, LibraryError) else None
    if source is None:
        return str(error) or type(error).__name__
    return QCoreApplication.translate(_CONTEXT, source)


def error_detail(error: BaseException) -> str:
    """The core's own text, when ``error_message`` replaced it by a translation."""
    translated = isinstance(error, LibraryError) and error.code in _ERRORS
    return str(error) if translated else ""


def notice_message(notice: Notice) -> str:
    """A start-up notice in the UI's language; the core's English one if the code is new."""
    source = _NOTICES.get(notice.code)
    if source is None:
        return notice.message
    return QCoreApplication.translate(_CONTEXT, source).replace("%1", notice.detail)
