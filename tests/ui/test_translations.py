"""Chinese is the source language; the English translation is complete and compiled."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from yc_reader.core import paths
from yc_reader.ui.app import ui_language
from yc_reader.ui.main_window import MainWindow

TS = paths.resource_path("translations", "yc_reader_en.ts")
QM = paths.resource_path("translations", "yc_reader_en.qm")
BIN = Path(sys.executable).parent
UI_SOURCES = sorted(str(p) for p in (paths.install_root() / "yc_reader" / "ui").rglob("*.py"))


def facet_labels(window: MainWindow, *terms: str) -> list[str]:
    model = window.sidebar.facet_model
    return [model.find(term).data() for term in terms]


def tool(name: str) -> str:
    found = shutil.which(name, path=str(BIN)) or shutil.which(name)
    if not found:
        pytest.skip(f"{name} is not installed")
    return found


def messages(ts: Path) -> dict[tuple[str, str], str | None]:
    result = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            finished = translation.get("type") != "unfinished" and translation.text
            result[(name, message.findtext("source"))] = translation.text if finished else None
    return result


def test_every_string_is_translated() -> None:
    untranslated = [key for key, text in messages(TS).items() if not text]
    assert not untranslated


def test_the_ts_file_holds_every_string_of_the_sources(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.ts"
    shutil.copy(TS, fresh)
    subprocess.run(
        [tool("pyside6-lupdate"), *UI_SOURCES, "-source-language", "zh_CN",
         "-target-language", "en", "-no-obsolete", "-locations", "none", "-ts", str(fresh)],
        check=True, capture_output=True,
    )  # fmt: skip
    assert messages(fresh) == messages(TS), "run lupdate (resources/translations/README.md)"


def test_the_qm_file_is_compiled_from_the_ts(tmp_path: Path) -> None:
    compiled = tmp_path / "fresh.qm"
    subprocess.run([tool("pyside6-lrelease"), "-silent", str(TS), "-qm", str(compiled)], check=True)
    assert compiled.read_bytes() == QM.read_bytes(), "run lrelease (resources/translations)"


def test_language_choice() -> None:
    assert ui_language("en") == "en"
    assert ui_language("en_GB") == "en"
    assert ui_language("zh_CN") == "zh_CN"
    assert ui_language("fr") == "zh_CN"  # the paper's readers: Chinese unless English asked


def test_english_ui_loads(english) -> None:
    assert QCoreApplication.translate("MainWindow", "按日期") == "By date"
    assert QCoreApplication.translate("ImportSummary", "空文件") == "empty file"


def test_chinese_ui_is_back_after_an_english_test(app) -> None:
    assert QCoreApplication.translate("MainWindow", "按日期") == "按日期"


DATE_AND_BOOKMARK_TERMS = (
    "date:2024",
    "date:2024-04",
    "date:2024-04-19",
    "bookmarked:yes",
    "bookmarked:no",
)


def test_date_and_bookmark_facets_read_chinese_by_default(open_window) -> None:
    labels = facet_labels(open_window(), *DATE_AND_BOOKMARK_TERMS)
    assert labels == ["2024年", "4月", "19日", "已收藏", "未收藏"]


def test_date_and_bookmark_facets_read_english_in_the_english_ui(english, open_window) -> None:
    labels = facet_labels(open_window(), *DATE_AND_BOOKMARK_TERMS)
    assert labels == ["2024", "April", "Apr 19", "Bookmarked", "Not bookmarked"]
