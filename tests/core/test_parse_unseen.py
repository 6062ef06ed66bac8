"""Pages of the family unlike the seeds: briefs, photo news, literary pages,
interviews, commentary, notices, jumps between pages, other mastheads and
encodings. Each page is written as a careful reader would extract it, then
printed in the family's layouts (tests/core/relayout.py) and parsed back.
"""

from __future__ import annotations

import pytest

from tests.core import relayout
from yc_reader.core.model import Article, Block
from yc_reader.core.parse import parse_text


def para(text: str) -> Block:
    return Block("paragraph", text)


def article(title: str, *blocks: Block, **fields) -> Article:
    return Article(source="page.txt", title=title, blocks=blocks, **fields)


def summary(article: Article) -> tuple:
    return (
        article.kicker,
        article.title,
        article.subtitle,
        article.authors,
        article.date,
        tuple((b.kind, b.text.replace(" ", "")) for b in article.blocks),
    )


def assert_articles(got: list[Article], want: list[Article]) -> None:
    assert [a.title for a in got] == [a.title for a in want]
    for g, w in zip(got, want, strict=True):
        assert summary(g) == summary(w)


LAYOUTS = {
    "markdown": relayout.markdown,
    "plain": relayout.plain,
    "plain, no blank lines": lambda articles: relayout.plain(articles, blank_lines=False),
    "column 18, after": lambda articles: relayout.column(articles, 18, "after", indent=True),
    "column 22, before": lambda articles: relayout.column(articles, 22, "before", indent=True),
}

# --------------------------------------------------------------------------- briefs

BRIEFS = [
    article(
        "卫星湖街道开展防溺水宣传",
        para(
            "本报讯 5月8日，卫星湖街道联合辖区学校开展防溺水安全宣传进校园活动，"
            "向学生发放宣传资料1200余份，讲解溺水自救知识。（通讯员 刘 洋）"
        ),
        kicker="简讯",
        authors=("刘洋",),
        date="2024-05-10",
    ),
    article(
        "区图书馆新增图书2万册",
        para(
            "近日，永川区图书馆新购入图书2万余册，涵盖文学、科普、少儿等类别，"
            "目前已全部上架供读者借阅。（记者 王 丽）"
        ),
        authors=("王丽",),
        date="2024-05-10",
    ),
    article(
        "朱沱镇召开农民丰收节筹备会",
        para(
            "5月9日，朱沱镇召开2024年农民丰收节筹备工作会，对活动方案、场地布置、"
            "安全保障等工作进行安排部署。（渝西都市报记者 陈仕川 通讯员 黄小兰）"
        ),
        authors=("陈仕川", "黄小兰"),
        date="2024-05-10",
    ),
]

BRIEFS_BOLD = """2024年5月10日 星期五 第3版 综合

## 简讯

**卫星湖街道开展防溺水宣传**

本报讯 5月8日，卫星湖街道联合辖区学校开展防溺水安全宣传进校园活动，\
向学生发放宣传资料1200余份，讲解溺水自救知识。（通讯员 刘 洋）

**区图书馆新增图书2万册**

近日，永川区图书馆新购入图书2万余册，涵盖文学、科普、少儿等类别，\
目前已全部上架供读者借阅。（记者 王 丽）

**朱沱镇召开农民丰收节筹备会**

5月9日，朱沱镇召开2024年农民丰收节筹备工作会，对活动方案、场地布置、\
安全保障等工作进行安排部署。（渝西都市报记者 陈仕川 通讯员 黄小兰）

责任编辑：张 敏 校对：李 华
"""


def test_briefs_with_bold_titles_are_stories_of_their_own():
    """A brief's bold title heads it; the column's label (简讯) is the first one's kicker;
    the bracketed byline that signs a brief ends it."""
    got = parse_text(BRIEFS_BOLD, "page.txt")
    assert_articles(got, BRIEFS)
    assert {(a.section, a.page) for a in got} == {("综合", "3")}


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_briefs_in_every_layout(layout):
    page = "2024年5月10日 星期五 第3版 综合\n\n" + LAYOUTS[layout](BRIEFS)
    assert_articles(parse_text(page, "page.txt"), BRIEFS)


def test_a_short_plain_page_is_not_column_text():
    """A headline group and two long paragraphs: half the rows alike by chance."""
    page = (
        "聚焦“一三五”总体发展思路\n永川区一季度规上工业产值增长12.6%\n——新能源汽车产业贡献突出\n"
        "本报讯（渝西都市报记者 钟 梅 王 丽 通讯员 刘 倩）４月１８日，记者从永川区经济信息委"
        "获悉，今年一季度，全区规上工业产值同比增长12.6%，其中新能源汽车产业增长35.2%。\n"
        "据介绍，长城汽车重庆永川工厂一季度生产整车3.2万辆，带动本地配套企业新增订单超过5亿元。"
        "区经济信息委相关负责人表示，下一步将持续推进5G、AI等新技术在制造业中的应用。\n"
        "（下转第3版）\n"
    )
    (got,) = parse_text(page, "2024-04-19-第1版.txt")
    assert (got.kicker, got.title, got.subtitle) == (
        "聚焦“一三五”总体发展思路",
        "永川区一季度规上工业产值增长12.6%",
        "——新能源汽车产业贡献突出",
    )
    assert got.authors == ("钟梅", "王丽", "刘倩")
    assert got.date == "2024-04-19"
    assert [b.text for b in got.blocks][-1] == "（下转第3版）"
    assert "推进5G、AI等新技术" in got.blocks[1].text
