"""A scan's OCR furniture: line numbers down the margin, positions on the scan and
the frame's glyphs are no text; pages without them are left alone."""

from __future__ import annotations

from yc_reader.core.parse import parse_text
from yc_reader.core.parse.ocr_marks import strip_ocr_marks

LINES = [
    "永川区启动职业技能提升百日攻坚行动",
    "本报讯（记者 潘玥希）6月12日，永川区职业技能提升百日攻坚行动启动。",
    "6月12日当天，区人力社保局还在现场设置政策咨询台，接受咨询600余人次。",
    "仙龙镇“小积分”兑出乡村治理“大文明”",
    "本报讯 6月10日一早，仙龙镇红旗村的“积分超市”里挤满了前来兑换物品的村民。",
    "（通讯员 黄小琴 王军）",
]


def _titles(text: str) -> list[tuple[str, int]]:
    return [(a.title, len(a.blocks)) for a in parse_text(text, "page.txt")]


EXPECTED = [("永川区启动职业技能提升百日攻坚行动", 2), ("仙龙镇“小积分”兑出乡村治理“大文明”", 2)]


def test_line_numbers_in_the_margin():
    """``001 ``, ``001  ``, `` 6|`` and ``7\\t`` before each line, counting up (a
    number that starts the text, ``6月12日``, stays)."""
    for number in ("{:03d} ", "{:03d}  ", "{:>2}|", "{}\t"):
        page = "\n".join(number.format(n) + line for n, line in enumerate(LINES, 1))
        assert _titles(page) == EXPECTED, number
        assert "\n6月12日当天" in strip_ocr_marks(page)


def test_positions_on_the_scan():
    page = "\n".join(f"[0086,{120 + 41 * n:04d}] {line}" for n, line in enumerate(LINES))
    assert _titles(page) == EXPECTED


def test_the_frames_glyphs():
    """Lines of ``|``, ``丨``, ``l``, ``■ ■`` alone, and a glyph before a line's first
    word, are no text."""
    page = "\n".join(
        ["■■■■■■", LINES[0], "|", *LINES[1:3], "丨", f"l {LINES[3]}", "■ ■", *LINES[4:]]
    )
    assert _titles(page) == EXPECTED


def test_numbers_that_do_not_count_up_are_text():
    """A list's rows that start with figures (``3 号楼``) are the text they are."""
    page = "\n".join(f"{n} {line}" for n, line in zip((3, 12, 7, 5, 30, 2), LINES, strict=True))
    assert strip_ocr_marks(page) == page


def test_a_line_spaced_to_its_every_mark_digits_too():
    """OCR's spacing through figures and marks is closed up whole."""
    page = (
        "永川区召开重点项目建设推进会\n\n"
        "10月11日，永川区召开重点项目建设推进会，通报前三季度重点项目建设情况。\n\n"
        "会 议 指 出 ， 全 区 1 5 2 个 重 点 项 目 完 成 投 资 2 8 6 亿 元 。\n"
    )
    (got,) = parse_text(page, "page.txt")
    assert got.blocks[-1].text == "会议指出，全区152个重点项目完成投资286亿元。"
