"""Pages heavy with figures: tables printed as text, data boxes (数说, 数读) of
figures set alone over what they count, years named with a span of the year."""

from __future__ import annotations

import pytest

from yc_reader.core.model import Article
from yc_reader.core.parse import parse_text


def kinds(got: Article) -> list[tuple[str, str]]:
    return [(b.kind, b.text) for b in got.blocks]


TABLE_ROWS = [
    "表:2024年全区主要经济指标",
    "指标 总量 同比增长",
    "地区生产总值(亿元) 1316.8 6.1%",
    "规上工业增加值(亿元) — 8.2%",
    "社会消费品零售总额(亿元) 573.4 5.3%",
]
TABLE_PLAIN = (
    "2025年1月16日 星期四 第2版 经济\n\n"
    "2024年永川地区生产总值突破1300亿元\n\n"
    "本报讯(渝西都市报记者 邱晓岚)1月15日,记者从区统计局获悉,2024年全区地区生产总值1316.8亿元。\n\n"
    "表:2024年全区主要经济指标\n\n"
    "指标  总量  同比增长\n\n"
    "地区生产总值(亿元)  1316.8  6.1%\n\n"
    "规上工业增加值(亿元)  —  8.2%\n\n"
    "社会消费品零售总额(亿元)  573.4  5.3%\n\n"
    "区统计局相关负责人表示,全区经济运行稳中有进。\n"
)


def test_a_pdfs_table_with_cells_one_space_apart_keeps_a_row_a_paragraph():
    """Column text whose table sets its cells one space apart: three rows or more of
    as many cells, their figures in two cells or more (the header row aside), are a
    paragraph each, never headlines run into the table's title."""
    rows = [
        "指标 总量 同比增长",
        "地区生产总值 632.8亿元 6.1%",
        "规上工业总产值 641.5亿元 11.7%",
        "社会消费品零售总额 268.9亿元 5.8%",
        "城镇常住居民人均可支配收入 26871元 5.1%",
    ]
    page = (
        "上半年永川地区生产总值同比增长6.1%\n\n"
        "7月22日，永川区统计局发布上半年全区经济\n运行情况。根据地区生产总值统一核算结果\n"
        "，上半年，全区实现地区生产总值632.8亿\n元，按可比价格计算，同比增长6.1%。\n\n"
        "2024年上半年永川区主要经济指标\n\n" + "\n".join(rows) + "\n\n"
        "注：地区生产总值增速按可比价格计算。\n\n"
        "工业生产较快增长。上半年，全区规上工业\n总产值641.5亿元，增长11.7%。分行业看，\n"
        "汽车制造业增长24.3%。\n"
    )
    (got,) = parse_text(page, "page.txt")
    at = [text for _, text in kinds(got)].index(rows[0])
    assert kinds(got)[at - 1 : at + len(rows)] == [
        ("subhead", "2024年上半年永川区主要经济指标"),
        *(("paragraph", row) for row in rows),
    ]


def test_a_table_printed_as_text_keeps_a_row_a_paragraph():
    """Cells two spaces apart, three a row, the header without figures: each row
    (and the ``表:`` line over them) a paragraph of its own, not a subhead."""
    (got,) = parse_text(TABLE_PLAIN, "2025-01-16_第2版.txt")
    assert [text for kind, text in kinds(got) if kind == "subhead"] == []
    paragraphs = [text for kind, text in kinds(got) if kind == "paragraph"]
    assert paragraphs[1:-1] == TABLE_ROWS


@pytest.mark.parametrize("bar", ["｜", " | "])
def test_a_table_with_its_cells_between_bars_keeps_a_row_a_paragraph(bar):
    """Cells set apart by bars (``品名｜批发价｜零售价``), no bar opening the row as a
    Markdown table's does: each row a paragraph of its own, as printed."""
    rows = [
        "品名｜批发价｜零售价｜较上周",
        "大白菜｜0.85｜1.50｜-0.05",
        "莲花白｜0.90｜1.60｜持平",
        "土豆｜1.35｜2.20｜+0.10",
    ]
    rows = [row.replace("｜", bar) for row in rows]
    page = (
        "本周我区农产品价格总体平稳\n生猪价格小幅回升\n"
        "本报讯（渝西都市报记者 罗 静）5月17日，记者从区农产品批发市场获悉，菜价总体平稳。\n"
        "一、蔬菜价格（单位：元/斤）\n"
        + "\n".join(rows)
        + "\n据市场工作人员介绍，下周菜价预计保持稳定。\n"
    )
    (got,) = parse_text(page, "page.txt")
    assert kinds(got)[2:-1] == [("paragraph", row) for row in rows]


def test_a_table_among_column_rows_keeps_a_row_a_paragraph():
    """The same table in PDF column text, headlines after the body: its rows are
    no headline block and no subheads."""
    page = (
        "　　本报讯（渝西都市报记者 邱晓岚）7月\n\n"
        "20日，记者从区统计局获悉，上半\n\n年全区经济运行稳中有进。\n\n"
        "表：上半年全区主要经济指标\n\n"
        "指标  总量  同比增长\n\n"
        "地区生产总值（亿元）  641.37  6.2%\n\n"
        "规上工业总产值（亿元）  548.2  10.4%\n\n"
        "　　市场活力持续增强。截至6月底，\n\n全区经营主体达15.2万户。\n\n"
        "上半年全区经济运行稳中有进\n"
    )
    (got,) = parse_text(page, "2024-08-09_第3版.txt")
    assert got.title == "上半年全区经济运行稳中有进"
    assert kinds(got)[1:5] == [
        ("paragraph", "表：上半年全区主要经济指标"),
        ("paragraph", "指标 总量 同比增长"),
        ("paragraph", "地区生产总值（亿元） 641.37 6.2%"),
        ("paragraph", "规上工业总产值（亿元） 548.2 10.4%"),
    ]


def test_names_a_wide_gap_apart_are_no_table():
    """A byline's names set two spaces apart hold no figure: a byline still."""
    page = (
        "永川举办农民丰收节\n\n记者  罗 勇  张 敏  通讯员  刘 洋\n\n"
        "9月22日,永川区农民丰收节在五间镇开幕。\n"
    )
    (got,) = parse_text(page, "x.txt")
    assert set(got.authors) == {"罗勇", "张敏", "刘洋"}


DATA_BOX_MARKDOWN = """### 数读

## 前8个月全区农产品“触网”提速

2.36亿元

1—8月,全区农产品网络零售额,同比增长21.4%。

1460家

全区开设网店的农业经营主体数量,较去年底增加218家。

35.7%

品牌农产品线上销售额占全区农产品网络零售额的比重。
"""


def test_a_data_box_keeps_each_figure_a_paragraph():
    """``2.36亿元`` over ``1—8月,全区…``: the figure stands alone, not the start
    of a paragraph a column break cut."""
    (got,) = parse_text(DATA_BOX_MARKDOWN, "0926-06.txt")
    assert (got.kicker, got.title) == ("数读", "前8个月全区农产品“触网”提速")
    assert [text for _kind, text in kinds(got)][::2] == ["2.36亿元", "1460家", "35.7%"]
    assert {kind for kind, _text in kinds(got)} == {"paragraph"}


def test_a_data_box_inside_a_feature_is_no_poem():
    """A box's heading over short figure lines in plain text: the heading a
    subhead, each figure a paragraph, not lines of verse or headlines."""
    page = (
        "一季度永川经济实现“开门稳”\n\n"
        "本报讯(渝西都市报记者 黄蕾)4月22日,记者从区统计局获悉,一季度全区经济开局平稳。\n\n"
        "数说一季度\n\n312.46亿元\n\n全区地区生产总值,同比增长6.3%。\n\n"
        "1.12万元\n\n全区居民人均可支配收入,同比增长5.6%。\n\n"
        "98.6亿元\n\n进出口总额,同比增长37.5%。\n\n"
        "区统计局相关负责人表示,下一步要在稳工业、促消费、扩投资上持续发力。\n"
    )
    (got,) = parse_text(page, "207_9c4d1e7a0b3f52c8.txt")
    assert kinds(got)[1:4] == [
        ("subhead", "数说一季度"),
        ("paragraph", "312.46亿元"),
        ("paragraph", "全区地区生产总值,同比增长6.3%。"),
    ]
    assert ("paragraph", "98.6亿元") in kinds(got)


@pytest.mark.parametrize("label", ["【数说】", "【数读】"])
def test_a_bracketed_label_over_a_title_heads_a_piece_of_its_own(label):
    """``【数说】`` / ``2023年前三季度永川农业农村经济`` over the box's text, under a
    story: the box is a piece of its own, its label no kicker (the box's column); the story's
    dateline takes the year the box names (``2023年前三季度``: 2023's first
    three quarters, not before 2023)."""
    page = (
        "第3版：乡村振兴\n\n"
        "吉安镇晚熟柑橘“触网”销往20多个省市\n\n"
        "本报讯(渝西都市报记者 彭嘉怡)11月20日,吉安镇的晚熟柑橘陆续进入采摘期。\n\n"
        "吉安镇现有晚熟柑橘种植面积8600亩,今年预计产量9500吨。\n\n"
        f"{label}\n\n"
        "2023年前三季度永川农业农村经济\n\n"
        "2023年前三季度,全区农业农村经济持续向好。\n\n"
        "47.6亿元 全区农林牧渔业总产值,同比增长4.3%。\n\n"
        "(区统计局供稿)\n"
    )
    story, box = parse_text(page, "226_b4a81f03c9d2e675.txt")
    assert story.date == "2023-11-20"
    assert [b.kind for b in story.blocks] == ["paragraph", "paragraph"]
    assert (box.kicker, box.title) == ("", "2023年前三季度永川农业农村经济")
    assert box.authors == ()


TIMETABLE = (
    "下周赛事预告\n\n"
    "10月27日 9:00 永川区老年人太极拳展演(兴龙湖公园)\n\n"
    "10月29日 14:30 区中小学生羽毛球锦标赛(永川区体育中心)\n\n"
    "11月1日 19:30 重庆市女子篮球联赛 永川职教城队—万州队(区全民健身中心)\n\n"
    "永川区第十四届中小学生运动会闭幕\n\n"
    "本报讯(渝西都市报记者 罗 睿)10月20日,永川区第十四届中小学生运动会闭幕。\n"
)


@pytest.mark.parametrize("markdown", [False, True])
def test_a_timetable_keeps_a_line_a_paragraph(markdown):
    """``10月27日 9:00 …展演(兴龙湖公园)`` lines under a box's title: each line a
    paragraph of its own, not headlines run into one over the next story."""
    page = TIMETABLE.replace("下周", "## 下周").replace("永川区第十四", "## 永川区第十四")
    fixtures, games = parse_text(page if markdown else TIMETABLE, "yxdsb_20241026_07.txt")
    assert fixtures.title == "下周赛事预告"
    assert [text for _kind, text in kinds(fixtures)] == TIMETABLE.split("\n\n")[1:4]
    assert (games.title, games.authors) == ("永川区第十四届中小学生运动会闭幕", ("罗睿",))


def test_a_days_only_event_in_a_weeks_calendar_is_no_subhead():
    """A day's heading over one event (``7月9日（星期二）`` / ``19:00 社区篮球…``)
    in a calendar whose other days list two: the event is a line of the
    calendar like the others, not a heading."""
    page = (
        "一周活动早知道\n\n本报讯（渝西都市报记者 彭禹乔）记者梳理了本周部分活动信息，供市民参考。\n\n"
        "7月6日（星期六）\n\n19:30 “村超”足球联赛半决赛 区体育中心足球场\n"
        "20:00 “茶竹之夜”广场音乐会 兴龙湖公园音乐广场\n\n"
        "7月9日（星期二）\n\n19:00 社区篮球联赛小组赛 胜利路街道文化广场\n\n"
        "7月10日（星期三）\n\n9:30 少儿围棋公益讲座 永川区图书馆报告厅\n"
    )
    (got,) = parse_text(page, "page.txt")
    assert [text for kind, text in kinds(got) if kind == "subhead"] == [
        "7月6日（星期六）",
        "7月9日（星期二）",
        "7月10日（星期三）",
    ]


@pytest.mark.parametrize("label", ["**男子半程马拉松**", "#### 男子半程马拉松"])
def test_a_label_right_under_a_results_title_over_its_rows_is_a_subhead(label):
    """A results table's first group label right under the title (bold, or a lesser
    heading): it labels the rows below, never the title's subtitle."""
    page = (
        f"## 2024重庆永川半程马拉松部分成绩\n\n{label}\n\n"
        "名次 姓名 国家/地区 成绩\n1 基普鲁托 肯尼亚 1:03:12\n2 卡马乌 肯尼亚 1:03:47\n"
        "3 塔德塞 埃塞俄比亚 1:05:20\n"
    )
    (got,) = parse_text(page, "page.txt")
    assert (got.subtitle, kinds(got)[0]) == ("", ("subhead", "男子半程马拉松"))


def test_lines_named_by_their_labels_are_items_of_a_list():
    """``工业机器人系统集成赛项:…刘思远、陈佳乐`` over ``水利工程测量赛项:…``: each
    an item of the list the lead announced, not one paragraph cut by a column."""
    page = (
        "## 职教城学子在全国职业院校技能大赛中斩获3个一等奖\n\n"
        "本报讯(渝西都市报记者 周 婧)6月28日,永川职教城各院校共获得一等奖3个。获得一等奖的选手如下:\n\n"
        "工业机器人系统集成赛项:重庆城市职业学院刘思远、陈佳乐\n\n"
        "水利工程测量赛项:重庆水利电力职业技术学院黄子涵\n\n"
        "智能财税赛项:重庆财经职业学院唐欣怡、吴桐\n\n"
        "此外,14支参赛队伍分获二等奖和三等奖。\n"
    )
    (got,) = parse_text(page, "page05.md")
    assert len(got.blocks) == 5
    assert got.blocks[2].text == "水利工程测量赛项:重庆水利电力职业技术学院黄子涵"


def test_what_the_reporter_was_told_is_running_text():
    """``据统计,今年以来,…影视生态企业`` cut by a column break in plain text: the
    start of a paragraph (据统计 opens no headline), joined with its rest."""
    page = (
        "西部科技影视城再添12个签约项目\n\n"
        "本报讯(渝西都市报记者 唐雪梅)11月4日,西部科技影视城集中签约12个项目。\n\n"
        "据统计,今年以来,西部科技影视城累计签约影视生态企业\n\n"
        "47家,协议总额达96.4亿元。\n"
    )
    (got,) = parse_text(page, "yxdsb_20241105_07.txt")
    assert [b.kind for b in got.blocks] == ["paragraph", "paragraph"]
    assert (
        got.blocks[1].text
        == "据统计,今年以来,西部科技影视城累计签约影视生态企业47家,协议总额达96.4亿元。"
    )


def test_labels_over_the_groups_of_a_listing_head_them():
    """A short label over each group of a listing (a cinema's name over its
    showings; a category over the finishers, headlines after) is a subhead: after
    the line announcing the listing, after the group before it (rows of as many
    fields) or right under the headline above. The rows stay a paragraph each."""
    cinemas = (
        "国庆假期永川影院排片出炉\n"
        "本报讯(渝西都市报记者 罗 静)国庆假期将至,记者从城区各影院了解到,《长津湖之水门桥》"
        "《我和我的父辈》《万里归途》等影片将陆续上映,各影院均加密了黄金时段场次,最早一场为"
        "9:30,最晚一场为次日0:20。\n"
        "以下为部分影院10月1日排片(以影院当日公布为准):\n"
        "永川金逸影城(汇龙广场3楼)\n"
        "10:10 《长津湖之水门桥》 2D 35元\n"
        "13:40 《我和我的父辈》 2D 39元\n"
        "19:30 《万里归途》 IMAX 55元\n"
        "新世纪影院(渝西广场)\n"
        "11:00 《万里归途》 2D 30元\n"
        "20:10 《我和我的父辈》 2D 32元\n"
        "记者提醒,假期观影人数较多,市民可提前在线购票选座。\n"
    )
    (got,) = parse_text(cinemas, "page.txt")
    assert [b.text for b in got.blocks if b.kind == "subhead"] == [
        "永川金逸影城(汇龙广场3楼)",
        "新世纪影院(渝西广场)",
    ]
    assert len(got.blocks) == 10
    finishers = "\n\n".join(
        [
            "本报讯（渝西都市报记者 彭禹乔）10月2",
            "日，永川区环湖健步赛在兴龙湖公园举",
            "行，1200余名市民沿着兴龙湖畔的健身",
            "步道行走，感受“渝西明珠”的城市魅力",
            "。本次赛事由区体育事业发展中心承办",
            "，设少年组、青年组和老年组三个组别",
            "，沿途设置了6个补给站。",
            "“湖边走一圈，心情都好了。”第二次参",
            "加健步赛的市民何德明说。据悉，赛事",
            "当天还举办了全民健身器材展示活动。",
            "环湖健步赛鸣枪开赛",
            "——1200余名市民畅走兴龙湖",
            "少年组",
            "名次 姓名 成绩",
            "1 刘一鸣 38:05",
            "2 张子豪 39:12",
            "老年组",
            "名次 姓名 成绩",
            "1 何德明 45:30",
            "2 邓光荣 47:02",
            "（赛事组委会提供）",
            "环湖健步赛各组前两名",
        ]
    )
    story, table = parse_text(finishers, "page.txt")
    assert (story.title, table.title) == ("环湖健步赛鸣枪开赛", "环湖健步赛各组前两名")
    assert kinds(table)[:3] == [
        ("subhead", "少年组"),
        ("paragraph", "名次 姓名 成绩"),
        ("paragraph", "1 刘一鸣 38:05"),
    ]
    assert [b.text for b in table.blocks if b.kind == "subhead"] == ["少年组", "老年组"]


def test_labels_over_groups_of_one_row_each_head_them():
    """``男子单打`` / ``冠军 唐浩 亚军 冯子豪 季军 许建`` / ``女子单打`` / …: each group
    one row, its label a subhead; the last row, phrases apart, is a row too."""
    page = (
        "全民健身日羽毛球邀请赛成绩揭晓\n"
        "8月8日，永川区全民健身日羽毛球邀请赛在区全民健身中心举行。比赛结果如下：\n"
        "男子单打\n冠军 唐浩 亚军 冯子豪 季军 许建\n女子单打\n冠军 林晓雯 亚军 葛倩 季军 梁雨\n"
        "混合双打\n冠军 刘洋/王琳 亚军 宋波/黄婷 季军 何平/贺丽\n"
    )
    (got,) = parse_text(page, "page.txt")
    assert kinds(got)[1:] == [
        ("subhead", "男子单打"),
        ("paragraph", "冠军 唐浩 亚军 冯子豪 季军 许建"),
        ("subhead", "女子单打"),
        ("paragraph", "冠军 林晓雯 亚军 葛倩 季军 梁雨"),
        ("subhead", "混合双打"),
        ("paragraph", "冠军 刘洋/王琳 亚军 宋波/黄婷 季军 何平/贺丽"),
    ]


def test_a_reading_list_names_a_book_a_line():
    """``《松溉记忆》 罗永华 著 重庆出版社``: a book named with its author is a
    reading list's entry, a paragraph of its own, however headline-like its spaces."""
    page = (
        "## 区图书馆新书推荐\n\n"
        "《茶山竹海记》　陈 明 著　重庆出版社\n\n"
        "《长江边的古镇》　何 勇 著　西南师范大学出版社\n\n"
        "《我与地坛》　史铁生 著　人民文学出版社\n\n"
        "以上图书均可在区图书馆二楼借阅。\n"
    )
    (got,) = parse_text(page, "page.txt")
    assert (got.kicker, got.title, got.subtitle) == ("", "区图书馆新书推荐", "")
    assert kinds(got) == [
        ("paragraph", "《茶山竹海记》 陈 明 著 重庆出版社"),
        ("paragraph", "《长江边的古镇》 何 勇 著 西南师范大学出版社"),
        ("paragraph", "《我与地坛》 史铁生 著 人民文学出版社"),
        ("paragraph", "以上图书均可在区图书馆二楼借阅。"),
    ]


DATA_BOX = [
    "规上工业总产值：312.6亿元，增长12.3%",
    "规上工业增加值：增长10.8%",
    "工业投资：增长15.6%",
    "新投产工业项目：18个",
]


@pytest.mark.parametrize("layout", ["plain", "column"])
def test_a_data_boxs_rows_of_measure_and_figure_are_a_paragraph_each(layout):
    """``工业投资：增长15.6%`` / ``新投产工业项目：18个`` under a ``数据链接`` label:
    rows of a data box, never the next story's kicker and title, nor run into one
    another where the column's text wraps."""
    if layout == "plain":
        body = (
            "4月15日，记者从永川区经济信息委获悉，今年一季度，全区规模以上工业企业"
            "实现总产值312.6亿元，同比增长12.3%。\n\n"
        )
    else:
        body = (
            "4月15日，记者从永川区经济信息委获悉，\n今年一季度，全区规模以上工业企业实\n"
            "现总产值312.6亿元，同比增长12.3%，\n增速较去年同期提高4.1个百分点。\n\n"
            "下一步，永川将聚焦“3322”现代制造业\n集群体系，加快推动在建项目达产达效，\n"
            "力争二季度增速保持在10%以上。\n\n"
        )
    box = "\n\n".join(DATA_BOX)
    page = (
        f"一季度永川规上工业总产值增长12.3%\n\n{body}数据链接\n\n{box}\n\n\n\n"
        "永川高新区新签约项目12个 总投资86.5亿元\n\n"
        "本报讯（渝西都市报记者 陈仕川）4月15日，永川高新区举行重点项目集中签约仪式。\n"
    )
    report, signing = parse_text(page, "page.txt")
    assert kinds(report)[-4:] == [("paragraph", row) for row in DATA_BOX]
    assert (signing.kicker, signing.title) == ("", "永川高新区新签约项目12个 总投资86.5亿元")


def test_a_data_box_set_close_in_column_text_keeps_its_rows_and_the_text_after_it():
    """``数据看台`` over rows of measure and figure set close in column text (a
    measure with its months, ``1至4月新登记民营经营主体：1.2万户``): the label a
    subhead, each row a paragraph, and the row after the box opens a paragraph."""
    page = (
        "永川民营经济前4月交出亮眼成绩单\n渝西都市报记者 邓雪梅\n"
        "6月6日，记者从区市场监管局获悉，1至4\n月，全区民营经济运行稳中向好、稳中有\n进。\n"
        "数据看台\n民营经营主体总数：15.8万户\n1至4月新登记民营经营主体：1.2万户\n"
        "民营规上工业企业：298家\n民营企业纳税额占全区税收比重：64.5%\n"
        "在政策支持方面，永川区今年出台支持民营经\n济高质量发展“十条措施”，在融资担保等方\n面给予支持。\n"
    )
    (got,) = parse_text(page, "page.txt")
    assert kinds(got)[1:] == [
        ("subhead", "数据看台"),
        ("paragraph", "民营经营主体总数：15.8万户"),
        ("paragraph", "1至4月新登记民营经营主体：1.2万户"),
        ("paragraph", "民营规上工业企业：298家"),
        ("paragraph", "民营企业纳税额占全区税收比重：64.5%"),
        (
            "paragraph",
            "在政策支持方面，永川区今年出台支持民营经济高质量发展“十条措施”，在融资担保等方面给予支持。",
        ),
    ]
