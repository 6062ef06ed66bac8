"""The reader pane: newspaper typography, text shown as text, citations."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetricsF, QGuiApplication, QTextBlockFormat

from yc_reader.core.cite import citation, page_number
from yc_reader.core.library import StoredArticle
from yc_reader.core.model import Article, Block
from yc_reader.ui.widgets.reader import ReaderPane

ARTICLE = Article(
    source="003_page.txt",
    kicker="引题：全区经济工作推进会",
    title="奋力夺取一季度<b>开门红</b>",
    subtitle="——永川区2026年第一次季度工作推进会发言摘登",
    authors=("彭禹乔", "涂燕"),
    date="2026-02-03",
    section="经济",
    page="第03版",
    blocks=(
        Block("paragraph", '2月3日下午，永川区召开推进会。<img src="http://example.com/x.png">'),
        Block("subhead", "持续积累文化力量"),
        Block("paragraph", "区委宣传部坚持围绕中心、服务大局。"),
        Block("caption", "图为推进会现场。"),
    ),
)


def blocks(pane: ReaderPane):
    block = pane.view.document().begin()
    while block.isValid():
        yield block
        block = block.next()


def make_pane(qtbot, note: str = "") -> ReaderPane:
    pane = ReaderPane()
    qtbot.addWidget(pane)
    pane.resize(700, 800)
    pane.show_article(StoredArticle("a1", ARTICLE, bool(note), note, False), ["永川"])
    return pane


def test_markup_in_articles_is_shown_as_text(app, qtbot) -> None:
    pane = make_pane(qtbot)
    text = pane.view.toPlainText()
    assert "<b>开门红</b>" in text
    assert '<img src="http://example.com/x.png">' in text
    assert "http://example.com" not in pane.view.toHtml().replace("&quot;", '"').split("<body")[0]
    assert pane.view.loadResource(0, "http://example.com/x.png") is None


def test_headlines_meta_and_paragraph_typography(app, qtbot) -> None:
    pane = make_pane(qtbot, note="值得一读")
    by_text = {block.text(): block for block in blocks(pane)}
    for headline in (ARTICLE.kicker, ARTICLE.title, ARTICLE.subtitle):
        assert by_text[headline].blockFormat().alignment() & Qt.AlignmentFlag.AlignHCenter
    title_size = by_text[ARTICLE.title].charFormat().font().pointSizeF()
    body = by_text[ARTICLE.blocks[0].text]
    assert title_size > body.charFormat().font().pointSizeF()
    meta = pane.meta_line()
    assert meta == "2026-02-03 · 经济 · 彭禹乔、涂燕 · 第3版 · 003_page.txt"
    assert meta in by_text
    assert "备注：值得一读" in by_text
    em = QFontMetricsF(body.charFormat().font()).horizontalAdvance("中")
    fmt = body.blockFormat()
    assert abs(fmt.textIndent() - 2 * em) < 1  # two characters of first-line indent
    assert fmt.lineHeightType() == QTextBlockFormat.LineHeightTypes.ProportionalHeight.value
    assert fmt.lineHeight() > 100
    subhead = by_text["持续积累文化力量"]
    assert subhead.charFormat().font().bold() and subhead.blockFormat().textIndent() == 0
    caption = by_text["图为推进会现场。"]
    assert caption.charFormat().font().pointSizeF() < body.charFormat().font().pointSizeF()


def test_zoom_scales_the_text(app, qtbot) -> None:
    pane = make_pane(qtbot)

    def size() -> float:
        block = next(b for b in blocks(pane) if b.text() == ARTICLE.blocks[2].text)
        return block.charFormat().font().pointSizeF()

    normal = size()
    pane.zoom(1)
    assert size() > normal
    pane.zoom(0)
    assert size() == normal


def test_copy_article_and_citation(app, qtbot) -> None:
    pane = make_pane(qtbot)
    pane.copy_article()
    copied = QGuiApplication.clipboard().text()
    assert copied.startswith(ARTICLE.kicker + "\n" + ARTICLE.title)
    assert ARTICLE.blocks[2].text in copied
    pane.copy_citation()
    assert QGuiApplication.clipboard().text() == citation(ARTICLE)


def test_citation_follows_gb_t_7714() -> None:
    assert citation(ARTICLE) == (
        "彭禹乔, 涂燕. 奋力夺取一季度<b>开门红</b>：永川区2026年第一次季度工作推进会发言摘登"
        "[N]. 渝西都市报, 2026-02-03(3)."
    )
    bare = Article(source="x.txt", title="标题")
    assert citation(bare) == "标题[N]. 渝西都市报."
    assert page_number(Article(source="", title="", page="A12")) == "A12"
