"""The import summary and the keyboard shortcut list."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from yc_reader.core.library import ImportReport, SkippedFile

_SKIP_REASONS = {
    "empty": QT_TRANSLATE_NOOP("ImportSummary", "空文件"),
    "binary": QT_TRANSLATE_NOOP("ImportSummary", "不是文本文件（图片、PDF 或压缩包？）"),
    "encoding": QT_TRANSLATE_NOOP("ImportSummary", "无法识别的文字编码"),
    "too_large": QT_TRANSLATE_NOOP("ImportSummary", "文件太大"),
    "io": QT_TRANSLATE_NOOP("ImportSummary", "无法读取（权限或磁盘问题）"),
    "missing": QT_TRANSLATE_NOOP("ImportSummary", "文件或文件夹不存在"),
}


def skip_reason(skipped: SkippedFile) -> str:
    """A translated reason for a skipped file; the core's English one if the code is new."""
    source = _SKIP_REASONS.get(skipped.code)
    if source is None:
        return skipped.reason
    return QCoreApplication.translate("ImportSummary", source)


class ImportSummary(QDialog):
    """What an import added and what it skipped, and why."""

    def __init__(self, report: ImportReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importSummary")
        self.setWindowTitle(self.tr("导入完成"))
        self.report = report
        counts = self.tr(
            "新增 %1 个文件，更新 %2 个，未变 %3 个，移除 %4 个；索引中现有 %5 篇文章。"
        )
        for number, value in enumerate(
            (report.added, report.updated, report.unchanged, report.removed, report.articles), 1
        ):
            counts = counts.replace(f"%{number}", str(value))
        self.summary = QLabel(counts, self)
        self.summary.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        self.skipped = QTreeWidget(self)
        if report.skipped:
            note = QLabel(self.tr("跳过 %1 个文件：").replace("%1", str(len(report.skipped))), self)
            layout.addWidget(note)
            self.skipped.setHeaderLabels([self.tr("文件"), self.tr("原因")])
            self.skipped.setRootIsDecorated(False)
            self.skipped.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # keep file names
            self.skipped.header().setStretchLastSection(False)
            self.skipped.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
            self.skipped.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
            for skipped in report.skipped:
                item = QTreeWidgetItem([skipped.path, skip_reason(skipped)])
                item.setToolTip(0, skipped.path)
                item.setToolTip(1, skipped.reason)
                self.skipped.addTopLevelItem(item)
            layout.addWidget(self.skipped)
        else:
            self.skipped.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok, self)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
        self.resize(660, 360 if report.skipped else 140)


def shortcut_rows() -> list[tuple[str, str]]:
    """(keys, what they do): the list shown under 帮助 → 快捷键."""
    translate = QCoreApplication.translate
    return [
        ("Ctrl+F", translate("Shortcuts", "搜索")),
        ("Esc", translate("Shortcuts", "清空搜索")),
        ("↓ / J", translate("Shortcuts", "下一篇")),
        ("↑ / K", translate("Shortcuts", "上一篇")),
        ("Enter", translate("Shortcuts", "阅读所选文章")),
        ("Space", translate("Shortcuts", "向下翻页，到底后读下一篇")),
        ("Ctrl+D", translate("Shortcuts", "收藏或取消收藏")),
        ("Ctrl+= / Ctrl+-", translate("Shortcuts", "放大 / 缩小文字")),
        ("Ctrl+0", translate("Shortcuts", "文字恢复原大小")),
        ("Ctrl+Shift+C", translate("Shortcuts", "复制引用")),
        ("Ctrl+P", translate("Shortcuts", "打印文章")),
        ("Ctrl+O", translate("Shortcuts", "导入文件夹")),
        ("F1", translate("Shortcuts", "快捷键一览")),
        ("Ctrl+Q", translate("Shortcuts", "退出")),
    ]


class ShortcutsDialog(QDialog):
    def __init__(self, rows: Sequence[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("快捷键"))
        table = QTreeWidget(self)
        table.setHeaderLabels([self.tr("按键"), self.tr("功能")])
        table.setRootIsDecorated(False)
        for keys, action in rows:
            table.addTopLevelItem(QTreeWidgetItem([keys, action]))
        table.resizeColumnToContents(0)
        table.setColumnWidth(0, table.columnWidth(0) + 24)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(table)
        layout.addWidget(buttons)
        self.resize(420, 440)
