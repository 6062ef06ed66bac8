"""Pages of families the earlier rounds did not cover: e-paper and website exports
with their metadata and navigation, dates in Chinese numerals, Markdown and HTML
markup, byline variants and wire copy, and service pages. Each page is written
as a careful reader would extract it; every field and block is checked.
"""

from __future__ import annotations

import pytest

from tests.core.test_parse_unseen import article, assert_articles, para
from yc_reader.core.parse import parse_text

# --------------------------------------------------------------------------- dates

MEETING = article(
    "永川区召开一季度经济形势分析会",
    para(
        "本报讯（记者 涂 燕）4月19日，永川区召开一季度经济形势分析会，"
        "总结一季度经济运行情况，安排部署下一阶段工作。"
    ),
    para("会议指出，一季度全区经济运行稳中有进，主要指标好于预期。"),
    authors=("涂燕",),
    date="2024-04-20",
)
MEETING_TEXT = """永川区召开一季度经济形势分析会

本报讯（记者 涂 燕）4月19日，永川区召开一季度经济形势分析会，总结一季度经济运行情况，安排部署下一阶段工作。

会议指出，一季度全区经济运行稳中有进，主要指标好于预期。
"""


@pytest.mark.parametrize(
    "masthead",
    [
        "渝西都市报\n二〇二四年四月二十日 星期六\n第2版 要闻",
        "二○二四年四月二十日 星期六 第2版 要闻",
        "渝西都市报 2024.4.20 星期六 第2版 要闻",
        "2024/04/20 第2版 要闻",
    ],
)
def test_a_masthead_dated_in_chinese_numerals_or_with_dots_or_slashes(masthead):
    got = parse_text(f"{masthead}\n\n{MEETING_TEXT}", "page.txt")
    assert_articles(got, [MEETING])
    assert [(a.section, a.page) for a in got] == [("要闻", "2")]


def test_a_notice_signed_in_chinese_numerals_is_dated_by_its_signature():
    page = """关于兴龙大道部分路段实施临时交通管制的通告

因城市道路改造施工需要，经研究决定，对兴龙大道部分路段实施临时交通管制。现将有关事项通告如下：

一、管制时间：2024年5月13日至2024年6月30日。

二、请过往车辆和行人服从现场交通民警指挥。

特此通告。

重庆市公安局永川区分局
二〇二四年五月十日
"""
    want = article(
        "关于兴龙大道部分路段实施临时交通管制的通告",
        para(
            "因城市道路改造施工需要，经研究决定，对兴龙大道部分路段实施临时交通管制。"
            "现将有关事项通告如下："
        ),
        para("一、管制时间：2024年5月13日至2024年6月30日。"),
        para("二、请过往车辆和行人服从现场交通民警指挥。"),
        para("特此通告。"),
        para("重庆市公安局永川区分局"),
        para("二〇二四年五月十日"),
        date="2024-05-10",
    )
    assert_articles(parse_text(page, "page.txt"), [want])
