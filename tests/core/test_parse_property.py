"""For any input the parser never raises and neither loses nor repeats text (a
byline under a headline leaves the text for the authors, and a pull quote, a
sentence printed twice, is kept once)."""

from __future__ import annotations

import re
from collections import Counter

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from yc_reader.core.bylines import is_byline_line
from yc_reader.core.cjk import is_cjk
from yc_reader.core.parse import parse_text
from yc_reader.core.parse.kinds import COLUMN_LABEL, STORY_LABEL

HAN = "永川区委组织部召开会议学习精神发展工作重庆市产业经济文化教育乡村记者通讯员张王李涂燕"
PUNCT = "，。、；：！？“”（）《》,.;:!? 0123456789AB"
MASTHEADS = [
    "2024年4月20日 星期六 第2版 要闻",
    "2023年3月3日 星期五 第02版：要闻 编辑：刘洋",
    "2023年3月3日 星期五 第3版 民生",
    "国内统一连续出版物号 CN50-0085 总第2468期",
]

words = st.text(alphabet=HAN + PUNCT, min_size=1, max_size=60)
names = st.text(alphabet="涂燕潘玥希陈仕川钟梅刘倩", min_size=1, max_size=3)
lines = st.one_of(
    words,
    words.map(lambda t: f"## {t}"),
    words.map(lambda t: f"### {t}"),
    words.map(lambda t: f"——{t}"),
    st.tuples(names, words).map(lambda p: f"本报讯（渝西都市报记者 {p[0]}）3月1日，{p[1]}"),
    names.map(lambda n: f"渝西都市报记者 {n}"),
    words.map(lambda t: f"▲{t}"),
    names.map(lambda n: f"记者 {n} 摄"),
    st.just("(上接3版)"),
    words.map(lambda t: f"◆{t}"),
    words.map(lambda t: f"● {t}"),
    words.map(lambda t: f"{t}！"),
    words.map(lambda t: f"（{t}）"),
    st.sampled_from(["相关链接", "【小贴士】", "记者手记"]),
    st.tuples(st.sampled_from(["编者按：", "核心提示：", "【导读】"]), words).map("".join),
    words.map(lambda t: f"{t}供图"),
    names.map(lambda n: f"（{n}）"),
    names.map(lambda n: f"读者 {n}"),
    words.map(lambda t: f"*{t}*"),
    st.sampled_from(["编辑同志：", "广大市民朋友们：", "记者追踪"]),
    st.just(""),
    st.sampled_from(MASTHEADS),
    st.text(alphabet=HAN, min_size=4, max_size=8).map(" ".join),  # OCR's spaced words
    st.sampled_from(["▼", "特此公告。", "【渝西快评】"]),
    words.map(lambda t: f"1. {t}"),
    words.map(lambda t: f"（上接第1版）{t}"),
    words.map(lambda t: f"　　{t}"),
)


# A continuation's marker: no text (it labels a continuation printed without its headline).
MARKER = re.compile(r"[（(]上接第?\d{1,2}版[）)]")


def han(text: str) -> Counter:
    return Counter(ch for ch in text if is_cjk(ch))


def unprinted(expected: Counter, got: Counter, lines: list[str]) -> Counter:
    """The characters of ``expected`` the output lost: none but a byline's (it
    names the authors), a kind of item's or a column's label (记者手记, 【渝西快评】:
    the column a piece runs in, no kicker) and a pull quote's, whose words the
    output still holds."""
    said = [
        line
        for line in lines
        if is_byline_line(line) or STORY_LABEL.match(line) or COLUMN_LABEL.fullmatch(line)
    ]
    lost = (expected - got) - han("\n".join(said))
    return lost - got


def output_han(articles) -> Counter:
    total: Counter = Counter()
    for article in articles:
        # (the marker labels a continuation printed without its headline)
        total += han(article.kicker + MARKER.sub("", article.title) + article.subtitle)
        for block in article.blocks:
            total += han(block.text)
    return total


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(lines, max_size=60), st.sampled_from(["\n", "\r\n", "\n\n"]))
def test_no_text_lost_or_repeated(page_lines, newline):
    text = newline.join(page_lines)
    articles = parse_text(text, "page.txt")
    # (a continuation's marker is no text: it names the page the story goes on from)
    printed = [MARKER.sub("", line) for line in page_lines if line not in MASTHEADS]
    expected = han("\n".join(printed))
    got = output_han(articles)
    assert not got - expected
    assert not unprinted(expected, got, page_lines)


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_any_text_parses_without_error(text):
    for article in parse_text(text, "page.txt"):
        assert article.title or article.blocks
        assert article.date == "" or len(article.date) in (7, 10)


@settings(max_examples=100, deadline=None)
@given(st.lists(words, min_size=6, max_size=80), st.integers(min_value=14, max_value=26))
def test_column_wrapped_text_keeps_every_character(paragraphs, chars):
    rows = []
    for paragraph in paragraphs:
        rows += [paragraph[i : i + chars] for i in range(0, len(paragraph), chars)]
    text = "\n".join(rows)
    got = output_han(parse_text(text, "page.txt"))
    assert not got - han(text)
    assert not unprinted(han(text), got, rows)
