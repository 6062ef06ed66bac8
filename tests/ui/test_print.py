"""Printing an article and saving it as a PDF: laid out as on paper, whatever the
window's theme and search."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QTextDocument

from yc_reader.ui.theme import ThemeMode, hit_background, paper_palette, secondary_text


def _fragment_formats(document: QTextDocument) -> list:
    formats = []
    block = document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            formats.append(it.fragment().charFormat())
            it += 1
        block = block.next()
    return formats


def test_export_pdf_of_the_article_being_read(open_window, tmp_path: Path) -> None:
    window = open_window()
    target = tmp_path / "文章.pdf"
    assert window.export_pdf(target)
    data = target.read_bytes()
    assert data.startswith(b"%PDF") and len(data) > 5_000
    assert target.name in window.status_label.text()


def test_paper_is_light_and_unmarked_in_the_dark_theme(open_window) -> None:
    window = open_window(query="永川")
    assert window.reader.terms
    window.set_theme(ThemeMode.DARK)
    try:
        formats = _fragment_formats(window.reader.printable())
        on_screen = _fragment_formats(window.reader.view.document())
    finally:
        window.set_theme(ThemeMode.LIGHT)
    paper = paper_palette()
    foregrounds = {f.foreground().color().name() for f in formats}
    assert secondary_text(paper).name() in foregrounds
    assert not any(f.background().color() == hit_background(paper) for f in formats)
    assert any(f.background().style() != 0 for f in on_screen)  # the screen marks hits
