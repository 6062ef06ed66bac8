"""Mastheads printed without their year: the day by its weekday, the year from the
file's name."""

from __future__ import annotations

import pytest

from yc_reader.core.parse import parse_text

STORY = "永川高新区一季度新签约项目23个\n\n本报讯 近日，永川高新区举行项目集中签约活动。\n"


@pytest.mark.parametrize(
    ("masthead", "source", "date", "section"),
    [
        ("03月20日　星期三　第05版：社会", "ycdsb_240320_05.txt", "2024-03-20", "社会"),
        ("3月25日 星期一 第6版 文旅", "yxdsb_2024年_06.txt", "2024-03-25", "文旅"),
        ("A02 要闻 4月2日 星期二 责任编辑：李娟", "yxdsb-A02-2024-4-2.txt", "2024-04-02", "要闻"),
        ("４月１０日　星期三　B03　教育", "20240410_B03.txt", "2024-04-10", "教育"),
        ("渝西都市报｜第07版｜乡村振兴｜4月15日 星期一", "2024_07.txt", "2024-04-15", "乡村振兴"),
        ("渝西都市报　3月15日　星期五", "2024_A02.txt", "2024-03-15", ""),
    ],
)
def test_a_masthead_without_its_year_dates_the_page_with_the_file_names_year(
    masthead, source, date, section
):
    (got,) = parse_text(f"{masthead}\n\n{STORY}", source)
    assert (got.kicker, got.title, got.date, got.section) == (
        "",
        "永川高新区一季度新签约项目23个",
        date,
        section,
    )


def test_a_day_and_weekday_alone_are_no_masthead():
    """``5月1日 星期三`` over a day's events, ``5月1日 星期三 劳动节`` too: a
    calendar's rows, which name no page and no paper."""
    page = "五一假期活动安排\n\n5月1日 星期三 劳动节\n\n上午9时，松溉古镇举行民俗巡游。\n"
    (got,) = parse_text(page, "2024-04-30.txt")
    assert got.date == "2024-04-30"
    assert "5月1日 星期三 劳动节" in [got.title, got.subtitle, *(b.text for b in got.blocks)]
