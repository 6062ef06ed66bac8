"""Pages of families the earlier rounds did not cover: e-paper and website exports
with their metadata and navigation, dates in Chinese numerals, Markdown and HTML
markup, byline variants and wire copy, and service pages. Each page is written
as a careful reader would extract it; every field and block is checked.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from tests.core.test_parse_unseen import article, assert_articles, para
from yc_reader.core.model import Block
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


# --------------------------------------------------------------------------- exports

EV_OUTPUT = article(
    "永川区新能源汽车产业一季度产值增长35%",
    para(
        "本报讯（渝西都市报记者 钟 梅 通讯员 刘 倩）4月18日，记者从永川区经济信息委获悉，"
        "今年一季度，全区新能源汽车产业实现产值86.5亿元，同比增长35.2%。"
    ),
    para("据介绍，长城汽车重庆永川工厂一季度生产整车3.2万辆，带动本地配套企业新增订单超过5亿元。"),
    authors=("钟梅", "刘倩"),
    date="2024-04-20",
)


def test_a_web_export_gives_date_and_authors_and_loses_its_navigation():
    page = """永川区新能源汽车产业一季度产值增长35%

来源：渝西都市报
作者：钟梅 刘倩
发布时间：2024-04-20 09:30:15
【字体：大 中 小】

本报讯（渝西都市报记者 钟 梅 通讯员 刘 倩）4月18日，记者从永川区经济信息委获悉，今年一季度，\
全区新能源汽车产业实现产值86.5亿元，同比增长35.2%。

据介绍，长城汽车重庆永川工厂一季度生产整车3.2万辆，带动本地配套企业新增订单超过5亿元。

分享到：
阅读次数：123
打印本页 关闭窗口
【我要纠错】　责任编辑：邓 丽
上一篇 下一篇
返回目录
"""
    assert_articles(parse_text(page, "page.txt"), [EV_OUTPUT])


def test_metadata_on_one_line_and_a_posting_time_alone():
    page = """来源：渝西都市报 作者：钟梅 刘倩 日期：2024年4月20日

永川区新能源汽车产业一季度产值增长35%

2024-04-20 09:30

本报讯（渝西都市报记者 钟 梅 通讯员 刘 倩）4月18日，记者从永川区经济信息委获悉，今年一季度，\
全区新能源汽车产业实现产值86.5亿元，同比增长35.2%。

据介绍，长城汽车重庆永川工厂一季度生产整车3.2万辆，带动本地配套企业新增订单超过5亿元。
"""
    assert_articles(parse_text(page, "page.txt"), [EV_OUTPUT])


def test_articles_of_an_export_parted_by_rules_share_its_date_page_and_section():
    """A metadata line right over a rule is no setext heading."""
    page = """日期：2024年4月20日
版次：A02
版名：要闻

茶山竹海景区“五一”将推出系列文旅活动

本报讯（记者 王 丽）4月19日，记者从茶山竹海街道获悉，“五一”假期期间，茶山竹海景区将推出采茶体验、\
竹林音乐会等系列文旅活动。
阅读次数：56
----

松溉古镇启动古建筑保护修缮工程

本报讯（记者 陈仕川）4月18日，松溉古镇古建筑保护修缮工程正式启动，首批将对罗家祠堂、陈家大院等6处\
古建筑进行修缮。

----

永川区举办2024年春季招聘会

本报讯（通讯员 黄小兰）4月19日，永川区2024年春季大型招聘会在区人力资源市场举行，共有156家企业\
提供就业岗位3200余个。
"""
    want = [
        article(
            "茶山竹海景区“五一”将推出系列文旅活动",
            para(
                "本报讯（记者 王 丽）4月19日，记者从茶山竹海街道获悉，“五一”假期期间，"
                "茶山竹海景区将推出采茶体验、竹林音乐会等系列文旅活动。"
            ),
            authors=("王丽",),
            date="2024-04-20",
        ),
        article(
            "松溉古镇启动古建筑保护修缮工程",
            para(
                "本报讯（记者 陈仕川）4月18日，松溉古镇古建筑保护修缮工程正式启动，"
                "首批将对罗家祠堂、陈家大院等6处古建筑进行修缮。"
            ),
            authors=("陈仕川",),
            date="2024-04-20",
        ),
        article(
            "永川区举办2024年春季招聘会",
            para(
                "本报讯（通讯员 黄小兰）4月19日，永川区2024年春季大型招聘会在区人力资源市场举行，"
                "共有156家企业提供就业岗位3200余个。"
            ),
            authors=("黄小兰",),
            date="2024-04-20",
        ),
    ]
    got = parse_text(page, "page.txt")
    assert_articles(got, want)
    assert {(a.section, a.page) for a in got} == {("要闻", "A2")}


def test_an_export_that_labels_its_title_and_subtitle():
    page = """第A02版：要闻

标题：永川区召开安全生产工作会议
副标题：——全面排查整治各类安全隐患
作者：记者 涂燕
日期：2024-04-20
来源：渝西都市报

4月19日，永川区召开安全生产工作会议，安排部署近期安全生产重点工作。

会议强调，要坚持人民至上、生命至上，全面排查整治各类安全隐患。

【关闭】【打印】
==========
标题：区人大常委会开展执法检查
作者：记者 王丽
日期：2024-04-19

4月18日，区人大常委会执法检查组深入部分镇街，对食品安全法贯彻实施情况开展执法检查。
"""
    want = [
        article(
            "永川区召开安全生产工作会议",
            para("4月19日，永川区召开安全生产工作会议，安排部署近期安全生产重点工作。"),
            para("会议强调，要坚持人民至上、生命至上，全面排查整治各类安全隐患。"),
            subtitle="——全面排查整治各类安全隐患",
            authors=("涂燕",),
            date="2024-04-20",
        ),
        article(
            "区人大常委会开展执法检查",
            para(
                "4月18日，区人大常委会执法检查组深入部分镇街，对食品安全法贯彻实施情况开展执法检查。"
            ),
            authors=("王丽",),
            date="2024-04-19",
        ),
    ]
    got = parse_text(page, "page.txt")
    assert_articles(got, want)
    assert {(a.section, a.page) for a in got} == {("要闻", "A2")}


FRONT_MATTER = """---
title: "永川区召开一季度经济形势分析会"
date: 2024-04-20T09:30:00+08:00
authors:
  - 涂燕
  - 王 五
section: 要闻
page: A02
tags: [经济, 会议]
url: https://example.com/a/1.html
---

本报讯 4月19日，永川区召开一季度经济形势分析会，总结一季度经济运行情况。

---
title: 区图书馆新增图书2万册
subtitle: ——涵盖文学、科普、少儿等类别
author: [王 丽]
date: '2024-04-21'
---

近日，永川区图书馆新购入图书2万余册，目前已全部上架供读者借阅。

---

规则之后的这段话没有标题，也不是元数据：title: 不在行首。
"""


def test_yaml_front_matter_fills_the_fields_of_the_article_below_it():
    """Scrapers and note apps write YAML front matter: each block heads the article
    below it (lists, quotes and an ISO time read as such; url and tags dropped),
    and a ``---`` over text is still a rule."""
    want = [
        article(
            "永川区召开一季度经济形势分析会",
            para("本报讯 4月19日，永川区召开一季度经济形势分析会，总结一季度经济运行情况。"),
            authors=("涂燕", "王五"),
            date="2024-04-20",
        ),
        article(
            "区图书馆新增图书2万册",
            para("近日，永川区图书馆新购入图书2万余册，目前已全部上架供读者借阅。"),
            subtitle="——涵盖文学、科普、少儿等类别",
            authors=("王丽",),
            date="2024-04-21",
        ),
        article(
            "",
            para("规则之后的这段话没有标题，也不是元数据：title: 不在行首。"),
            date="2024-04-20",
        ),
    ]
    got = parse_text(FRONT_MATTER, "page.txt")
    assert_articles(got, want)
    assert (got[0].section, got[0].page) == ("要闻", "A2")
    assert not any("example.com" in b.text or "经济, 会议" in b.text for a in got for b in a.blocks)


def test_a_rule_over_a_field_like_line_and_text_is_no_front_matter():
    page = "---\n时间：2024年5月1日上午9时\n地点：区体育中心\n\n欢迎广大市民参加。\n---\n"
    (got,) = parse_text(page, "page.txt")
    assert [b.text for b in got.blocks][-1] == "欢迎广大市民参加。"


def test_a_notice_time_or_a_quoted_source_is_text_not_metadata():
    page = """永川区举办全民健身运动会

时间：4月27日上午9时，地点：永川区体育中心。

来源：本次活动由区体育局主办。欢迎市民参加。
"""
    (got,) = parse_text(page, "page.txt")
    assert [b.text for b in got.blocks] == [
        "时间：4月27日上午9时，地点：永川区体育中心。",
        "来源：本次活动由区体育局主办。欢迎市民参加。",
    ]


def test_a_notice_dated_under_a_time_key_keeps_that_line_and_its_signing_date():
    """On a page that is no export, 时间：2024年5月1日 is the notice's text, and its
    fields are never subheads."""
    page = """关于举办2024年永川区全民健身运动会的通知

为丰富群众文化生活，经研究，决定举办2024年永川区全民健身运动会。现将有关事项通知如下：

时间：2024年5月1日

地点：永川区体育中心

报名方式：各单位于4月25日前将报名表报送区文旅委。

永川区文化和旅游发展委员会

2024年4月20日
"""
    (got,) = parse_text(page, "page.txt")
    assert [b for b in got.blocks if b.text.startswith(("时间", "地点"))] == [
        Block("paragraph", "时间：2024年5月1日"),
        Block("paragraph", "地点：永川区体育中心"),
    ]
    assert got.date == "2024-04-20"


# --------------------------------------------------------------------------- markup


def test_setext_headings_quotes_lists_tables_links_and_images_leave_no_markup():
    """A title over ==== heads the story; a heading over ---- below it is a section
    of it (a Markdown level-2 heading in a level-1 story). Quote marks, bullets and
    table pipes go; each list item and table row is a paragraph of its own; a link
    keeps its text; an image without words for alt text is dropped."""
    page = """2024年4月20日 星期六 第4版 民生

永川区城乡居民医保参保工作启动
==============================

本报讯（记者 王 丽）4月18日，记者从区医保局获悉，2024年度城乡居民医疗保险集中参保缴费工作已经启动。

> 区医保局相关负责人提醒：参保缴费截止时间为6月30日。

参保人员可通过以下方式缴费：

- 通过“渝快办”APP线上缴费；
- 到各镇街便民服务中心现场缴费；
* 通过银行网点代缴。

| 档次 | 个人缴费标准 |
| --- | --- |
| 一档 | 380元 |
| 二档 | 650元 |

![图片](http://www.ycrb.cn/images/2024/0420/yb01.jpg)

详情可登录[永川区人民政府网](http://www.cqyc.gov.cn)查询。

谨防医保诈骗
------------

近期，有不法分子冒充医保工作人员实施诈骗。<br>如遇可疑情况，请及时拨打110报警。
"""
    want = article(
        "永川区城乡居民医保参保工作启动",
        para(
            "本报讯（记者 王 丽）4月18日，记者从区医保局获悉，"
            "2024年度城乡居民医疗保险集中参保缴费工作已经启动。"
        ),
        para("区医保局相关负责人提醒：参保缴费截止时间为6月30日。"),
        para("参保人员可通过以下方式缴费："),
        para("通过“渝快办”APP线上缴费；"),
        para("到各镇街便民服务中心现场缴费；"),
        para("通过银行网点代缴。"),
        para("档次 个人缴费标准"),
        para("一档 380元"),
        para("二档 650元"),
        para("详情可登录永川区人民政府网查询。"),
        Block("subhead", "谨防医保诈骗"),
        para("近期，有不法分子冒充医保工作人员实施诈骗。"),
        para("如遇可疑情况，请及时拨打110报警。"),
        authors=("王丽",),
        date="2024-04-20",
    )
    got = parse_text(page, "page.txt")
    assert_articles(got, [want])
    assert got[0].section == "民生"


def test_bold_titles_without_headings_and_html_entities():
    """Bold lines alone make a page Markdown: each heads a brief. An image's alt
    text that is words is the photo's caption; HTML tags and entities go."""
    page = """**卫星湖街道开展防溺水宣传**

本报讯 5月8日，卫星湖街道联合辖区学校开展防溺水安全宣传进校园活动，向**学生**发放宣传资料1200余份。（通讯员 刘 洋）

**区图书馆新增图书2万册**

近日，永川区图书馆新购入图书2万余册，目前已全部上架供读者借阅。（记者 王 丽）

![区图书馆新书上架现场](lib.jpg)

<p>&ldquo;书香永川&rdquo;全民阅读活动将于4月23日启动。&nbsp;</p>
"""
    want = [
        article(
            "卫星湖街道开展防溺水宣传",
            para(
                "本报讯 5月8日，卫星湖街道联合辖区学校开展防溺水安全宣传进校园活动，"
                "向学生发放宣传资料1200余份。（通讯员 刘 洋）"
            ),
            authors=("刘洋",),
        ),
        article(
            "区图书馆新增图书2万册",
            para("近日，永川区图书馆新购入图书2万余册，目前已全部上架供读者借阅。（记者 王 丽）"),
            Block("caption", "区图书馆新书上架现场"),
            para("“书香永川”全民阅读活动将于4月23日启动。"),
            authors=("王丽",),
        ),
    ]
    assert_articles(parse_text(page, "page.txt"), want)


def test_a_level_two_heading_in_a_level_one_story_is_its_section():
    page = """# 永川：“智慧农业”助力春耕生产

本报讯（记者 陈仕川）眼下正值春耕时节，在永川区各镇街，**无人机**、智能播种机等现代农机具纷纷上阵。

## 数字赋能
1. 建成智慧农业示范基地12个；
2. 推广应用北斗导航农机200余台；

![](photo.png)

<div>据了解，永川区今年计划完成春播粮食作物面积60万亩。</div>
"""
    want = article(
        "永川：“智慧农业”助力春耕生产",
        para(
            "本报讯（记者 陈仕川）眼下正值春耕时节，在永川区各镇街，"
            "无人机、智能播种机等现代农机具纷纷上阵。"
        ),
        Block("subhead", "数字赋能"),
        para("1. 建成智慧农业示范基地12个；"),
        para("2. 推广应用北斗导航农机200余台；"),
        para("据了解，永川区今年计划完成春播粮食作物面积60万亩。"),
        authors=("陈仕川",),
    )
    assert_articles(parse_text(page, "page.txt"), [want])


def test_inline_bold_in_a_plain_page_goes():
    page = "区图书馆新增图书2万册\n\n近日，永川区图书馆新购入**图书2万余册**，目前已全部上架。\n"
    (got,) = parse_text(page, "page.txt")
    assert (got.title, [b.text for b in got.blocks]) == (
        "区图书馆新增图书2万册",
        ["近日，永川区图书馆新购入图书2万余册，目前已全部上架。"],
    )


# --------------------------------------------------------------------------- bylines

BYLINE_PAGE = """2024年4月20日 星期六 第6版 综合

永川区开展春季森林防火专项检查
记者 张 平 李 娟 报道

4月18日，永川区林业局联合区应急管理局组成检查组，深入茶山竹海等重点林区开展森林防火检查。

卫星湖街道打造“15分钟便民生活圈”
见习记者 周 静 实习生 黄 敏

近日，卫星湖街道新建的社区便民服务中心正式投入使用。

“五一”前夕永川各大商场客流增加
文/图 刘 洋

随着“五一”假期临近，永川各大商场客流明显增加。

▲市民在商场选购商品。

全国春季农业生产工作会议召开

新华社北京4月20日电（记者 王 五 赵小龙）全国春季农业生产工作会议20日在北京召开。

重庆出台措施支持民营经济发展

据新华社电 重庆市日前出台《关于进一步支持民营经济高质量发展的若干措施》，提出28条具体措施。

来源：重庆日报
"""


def test_byline_variants_and_wire_copy():
    """Roles (见习记者, 实习生), credits (报道, 文/图) and the wire dateline's bracket give
    the authors; a byline line under the headline is no paragraph, nor is a 来源 line."""
    want = [
        article(
            "永川区开展春季森林防火专项检查",
            para(
                "4月18日，永川区林业局联合区应急管理局组成检查组，"
                "深入茶山竹海等重点林区开展森林防火检查。"
            ),
            authors=("张平", "李娟"),
        ),
        article(
            "卫星湖街道打造“15分钟便民生活圈”",
            para("近日，卫星湖街道新建的社区便民服务中心正式投入使用。"),
            authors=("周静", "黄敏"),
        ),
        article(
            "“五一”前夕永川各大商场客流增加",
            para("随着“五一”假期临近，永川各大商场客流明显增加。"),
            Block("caption", "▲市民在商场选购商品。"),
            authors=("刘洋",),
        ),
        article(
            "全国春季农业生产工作会议召开",
            para(
                "新华社北京4月20日电（记者 王 五 赵小龙）全国春季农业生产工作会议20日在北京召开。"
            ),
            authors=("王五", "赵小龙"),
        ),
        article(
            "重庆出台措施支持民营经济发展",
            para(
                "据新华社电 重庆市日前出台《关于进一步支持民营经济高质量发展的若干措施》，"
                "提出28条具体措施。"
            ),
        ),
    ]
    want = [replace(a, date="2024-04-20") for a in want]
    got = parse_text(BYLINE_PAGE, "page.txt")
    assert_articles(got, want)
    assert {(a.section, a.page) for a in got} == {("综合", "6")}


# --------------------------------------------------------------------------- service pages


def test_a_weather_brief_and_a_list_of_names_under_a_notice_title():
    """A title naming a document (…公示) heads a piece of its own; the names listed
    in it and the issuer's signature stay its paragraphs, one a line."""
    page = """2024年4月20日 星期六 第8版 服务

交通提示

4月21日起，兴龙大道实施半幅施工，请过往车辆绕行昌州大道。
永川高铁站至城区公交K1路首班车提前至6:00发车。

2024年永川区事业单位公开招聘拟聘用人员公示

经笔试、面试、体检和考察，现将拟聘用人员名单公示如下：

张 敏 女 永川区人民医院 临床医生
李 强 男 永川区中医院 护理
王小红 女 永川区教育服务中心 教师
刘 洋 男 永川区农业服务中心 技术员

公示期：2024年4月20日至4月26日。联系电话：023-49812345。

永川区人力资源和社会保障局
2024年4月19日
"""
    want = [
        article(
            "交通提示",
            para("4月21日起，兴龙大道实施半幅施工，请过往车辆绕行昌州大道。"),
            para("永川高铁站至城区公交K1路首班车提前至6:00发车。"),
        ),
        article(
            "2024年永川区事业单位公开招聘拟聘用人员公示",
            para("经笔试、面试、体检和考察，现将拟聘用人员名单公示如下："),
            para("张 敏 女 永川区人民医院 临床医生"),
            para("李 强 男 永川区中医院 护理"),
            para("王小红 女 永川区教育服务中心 教师"),
            para("刘 洋 男 永川区农业服务中心 技术员"),
            para("公示期：2024年4月20日至4月26日。联系电话：023-49812345。"),
            para("永川区人力资源和社会保障局"),
            para("2024年4月19日"),
        ),
    ]
    want = [replace(a, date="2024-04-20") for a in want]
    assert_articles(parse_text(page, "page.txt"), want)


def test_q_and_a_turns_are_paragraphs_never_headlines():
    """问：/答： never head anything, short or not, and a turn is never the tail of
    the line above."""
    page = """社保热点问答

问：灵活就业人员如何参加养老保险
答：可携带身份证到区社保中心或通过“渝快办”APP办理参保登记。

问：养老保险缴费基数怎么确定
答：可在全市上年度职工平均工资的60%至300%之间自行选择缴费基数。
"""
    want = article(
        "社保热点问答",
        para("问：灵活就业人员如何参加养老保险"),
        para("答：可携带身份证到区社保中心或通过“渝快办”APP办理参保登记。"),
        para("问：养老保险缴费基数怎么确定"),
        para("答：可在全市上年度职工平均工资的60%至300%之间自行选择缴费基数。"),
    )
    assert_articles(parse_text(page, "page.txt"), [want])


def test_service_items_ending_on_phone_numbers_stay_one_a_line():
    """A line opening with a label (出租：…) is never the tail of the line above,
    which ends on a phone number or a name, not a stop. (Under 分类广告 the same
    lines are a box of classified adverts, and go.)"""
    page = """永川城区近期供求信息

出租：昌州大道临街门面150平方米，适合餐饮。联系电话：13896012345 王先生
招聘：重庆某科技公司招聘普工20名，包吃住。电话：023-49876543
遗失声明：张三遗失身份证，声明作废。
"""
    want = article(
        "永川城区近期供求信息",
        para("出租：昌州大道临街门面150平方米，适合餐饮。联系电话：13896012345 王先生"),
        para("招聘：重庆某科技公司招聘普工20名，包吃住。电话：023-49876543"),
        para("遗失声明：张三遗失身份证，声明作废。"),
    )
    assert_articles(parse_text(page, "page.txt"), [want])
    assert parse_text(page.replace("永川城区近期供求信息", "分类广告"), "page.txt") == []


def test_short_q_and_a_turns_are_not_read_as_a_poem():
    page = "办事指南\n\n问：在哪缴费？\n答：银行网点。\n问：几号截止？\n答：6月30日。\n"
    want = article(
        "办事指南",
        para("问：在哪缴费？"),
        para("答：银行网点。"),
        para("问：几号截止？"),
        para("答：6月30日。"),
    )
    assert_articles(parse_text(page, "page.txt"), [want])


def test_a_paragraph_cut_before_a_speakers_colon_is_joined_again():
    """Only labels of items (出租：/电话：) start lines of their own, not 强调：."""
    page = """永川区召开经济工作会议

本报讯（渝西都市报记者 涂 燕）4月19日，永川区召开经济工作会议。区委书记张智奎
强调：要坚定信心，真抓实干，奋力完成全年目标任务。
"""
    (got,) = parse_text(page, "page.txt")
    assert [b.text for b in got.blocks] == [
        "本报讯（渝西都市报记者 涂 燕）4月19日，永川区召开经济工作会议。"
        "区委书记张智奎强调：要坚定信心，真抓实干，奋力完成全年目标任务。"
    ]


@pytest.mark.parametrize(
    "page",
    [
        "永川区召开春季植树动员会\n\n会议明确了两项任务：\n1. 完成新造林面积1.2万亩，\n"
        "森林覆盖率提高到55%以上；\n2. 完成森林抚育3万亩。\n",
        "永川区召开春季植树动员会\n\n会议明确了两项任务：\n- 1. 完成新造林面积1.2万亩，\n"
        "森林覆盖率提高到55%以上；\n- 2. 完成森林抚育3万亩。\n",
        # PDF column text, the headline after the body
        "    会议明确了两项任务：\n1. 完成新造林面积1.2万亩，\n森林覆盖率提高到55%以\n"
        "上；\n2. 完成森林抚育3万亩。\n永川区召开春季植树动员会\n",
    ],
)
def test_a_list_item_wrapped_over_lines_is_one_paragraph(page):
    (got,) = parse_text(page, "page.txt")
    assert got.title == "永川区召开春季植树动员会"
    assert [b.text for b in got.blocks] == [
        "会议明确了两项任务：",
        "1. 完成新造林面积1.2万亩，森林覆盖率提高到55%以上；",
        "2. 完成森林抚育3万亩。",
    ]


def test_a_wire_storys_dateline_dates_it_when_the_page_gives_the_year():
    page = """全国春季农业生产工作会议召开

新华社北京4月20日电（记者 王 五 赵小龙）全国春季农业生产工作会议20日在北京召开。\
会议要求，扎实做好2024年春季农业生产各项工作。
"""
    (got,) = parse_text(page, "page.txt")
    assert (got.authors, got.date) == (("王五", "赵小龙"), "2024-04-20")


# --------------------------------------------------------------------------- italics and one-line metadata

WEB_MARKDOWN = """# 永川：“小网格”撬动基层“大治理”

*来源：渝西都市报 | 2024-06-12 | 记者 谭 静*

![](https://example.com/img/0612a.jpg)

*▲网格员入户走访了解居民需求。 记者 谭 静 摄*

**本报讯**（记者 谭 静）6月11日，记者从区委政法委获悉，今年以来，我区将全区划分为\
1260个网格，配备专兼职网格员3000余名。

## 一网统管 事事有回应

网格员每天巡查走访，发现问题第一时间上报，由区社会治理中心统一分派处置。

_（责任编辑：王 敏）_
"""


def test_italic_lines_and_metadata_set_side_by_side_without_keys():
    """A whole line in italics (``*…*``, ``_…_``) is its text: a caption, metadata, an
    editor's credit (in brackets too); ``来源：… | 2024-06-12 | 记者 谭 静`` gives the
    date and authors its later fields state without keys."""
    assert_articles(
        parse_text(WEB_MARKDOWN, "web.md"),
        [
            article(
                "永川：“小网格”撬动基层“大治理”",
                Block("caption", "▲网格员入户走访了解居民需求。 记者 谭 静 摄"),
                para(
                    "本报讯（记者 谭 静）6月11日，记者从区委政法委获悉，今年以来，我区将全区"
                    "划分为1260个网格，配备专兼职网格员3000余名。"
                ),
                Block("subhead", "一网统管 事事有回应"),
                para("网格员每天巡查走访，发现问题第一时间上报，由区社会治理中心统一分派处置。"),
                authors=("谭静",),
                date="2024-06-12",
            )
        ],
    )


def test_an_italic_line_closed_by_its_photos_source_is_a_caption():
    """``*…一角。（图片由永荣镇提供）*`` under a photo: its caption, no paragraph run
    into the text below it."""
    page = (
        "# 永荣镇：老煤镇蝶变“新材料重镇”\n\n![图片](https://example.com/yr01.jpg)\n\n"
        "*永荣镇工业园区一角。（图片由永荣镇提供）*\n\n"
        "走进永荣镇工业园区，曾经煤灰漫天的矿区早已不见踪影。\n"
    )
    (got,) = parse_text(page, "post.md")
    assert [(b.kind, b.text[:7]) for b in got.blocks] == [
        ("caption", "永荣镇工业园区"),
        ("paragraph", "走进永荣镇工业"),
    ]


def test_a_page_field_may_name_its_section_too():
    """``版次：第01版 要闻``: the page and its section, both dropped from the text."""
    page = """标题：永川区举行2024年重点项目集中开工活动
副标题：22个项目总投资87亿元
作者：渝西都市报记者 涂 燕
来源：渝西都市报
发布时间：2024-03-28
版次：第01版 要闻

3月27日上午，永川区举行2024年重点项目集中开工活动，总投资87亿元。
"""
    (got,) = parse_text(page, "page.txt")
    assert (got.title, got.subtitle, got.authors) == (
        "永川区举行2024年重点项目集中开工活动",
        "22个项目总投资87亿元",
        ("涂燕",),
    )
    assert (got.date, got.page, got.section) == ("2024-03-28", "1", "要闻")
    assert [b.text for b in got.blocks] == [
        "3月27日上午，永川区举行2024年重点项目集中开工活动，总投资87亿元。"
    ]


SAVED_PAGE = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>渝西都市报数字报</title>
<style>body{font-size:14px}</style>
<script>var a = 1; if (a < 2) { console.log("永川"); }</script>
</head>
<body>
<!-- 正文开始 -->
<div class="nav"><a href="/">首页</a> | <a href="/list">往期回顾</a></div>
<h2>永川区召开一季度经济运行分析会</h2>
<h3>全力以赴稳增长促发展</h3>
<p>本报讯（渝西都市报记者 彭禹乔）4月12日，永川区召开一季度经济运行分析会。</p>
<p>会议指出，一季度全区经济运行开局良好、稳中有进。</p>
<p><img src="a.jpg" alt="会议现场"></p>
<p>▲会议现场。 渝西都市报记者 刘 洋 摄</p>
<div class="footer">版权所有 渝西都市报社 渝ICP备12345678号</div>
</body></html>
"""


def test_a_saved_web_page_reads_as_its_article():
    """A page saved from the e-paper's site: its head, scripts, comments, navigation
    and footer are no text; its heading elements are the headline's levels."""
    (got,) = parse_text(SAVED_PAGE, "page.html")
    assert (got.title, got.subtitle, got.authors) == (
        "永川区召开一季度经济运行分析会",
        "全力以赴稳增长促发展",
        ("彭禹乔",),
    )
    assert [b.kind for b in got.blocks] == ["paragraph", "paragraph", "caption"]


def test_unclosed_script_tags_hide_nothing():
    """A ``<script>`` or comment that never closes hides no text (and each is looked
    for once: thousands of them cost one pass over the page)."""
    page = (
        "<script>" * 5000 + "<!--" * 5000 + "\n永川区召开会议\n\n本报讯 5月6日，永川区召开会议。\n"
    )
    (got,) = parse_text(page, "page.html")
    assert got.blocks[-1].text == "本报讯 5月6日，永川区召开会议。"


NEWS_SITE_PAGE = """<html><body>
<div class="top-bar"><a href="/">首页</a> | <a href="/epaper/">数字报</a> <span>登录 注册</span></div>
<div class="nav"><ul><li><a href="/yc/">永川新闻</a></li><li><a href="/sz/">时政</a></li></ul></div>
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/yc/">永川新闻</a> &gt; 正文</div>
<h1>“智慧农机”唱主角</h1>
<p>本报讯（记者 何丹）9月9日，一台无人驾驶收割机正在作业，详见<a href="/x">农机平台</a>。</p>
<p>据统计，永川已收割水稻32万亩。</p>
<div class="related"><h4>相关新闻</h4><ul>
<li><a href="/yc/5521.html">永川12万亩再生稻进入头季收割期</a><span>2024-09-06</span></li>
<li><a href="/yc/5487.html">何埂镇：“稻田综合种养”鼓起村民钱袋子</a></li>
</ul></div>
<div class="hot"><h4>热点排行</h4><ol><li><a href="/5555.html">永川新增3条城市公交线路</a></li></ol></div>
<div class="footer"><p>主办：永川区融媒体中心 版权所有 未经授权禁止转载</p>
<p>互联网新闻信息服务许可证：50120190000 渝ICP备00000000号</p></div>
</body></html>
"""


def test_a_news_sites_menus_lists_and_footer_are_no_text():
    """Lines that are mostly links (menus, related and ranked stories), the heading
    over such a list alone, the breadcrumb trail and the footer: the site's. A link
    inside a paragraph keeps its text."""
    (got,) = parse_text(NEWS_SITE_PAGE, "page.html")
    assert got.title == "“智慧农机”唱主角"
    assert [b.text for b in got.blocks] == [
        "本报讯（记者 何丹）9月9日，一台无人驾驶收割机正在作业，详见农机平台。",
        "据统计，永川已收割水稻32万亩。",
    ]


def test_an_e_papers_guide_of_links_goes_with_its_label():
    """``<li>导读</li>`` over links to stories on other pages (``…（第2版）``): the
    list goes, and its label with it, no story over the first headline's kicker."""
    page = (
        '<ul class="daodu"><li>导读</li><li><a href="content_2.htm">永川高新区前三季度工业产值'
        '增长11%</a>（第2版）</li><li><a href="content_5.htm">茶山竹海街道开展秋季森林防火演练</a>'
        '（第3版）</li></ul>\n<div class="article"><h3>凝心聚力 实干争先</h3>\n'
        "<h1>永川召开加快建设重庆城市副中心推进大会</h1>\n<p>本报讯 10月10日，永川区召开推进大会。</p>\n"
    )
    (got,) = parse_text(page, "page.html")
    assert (got.kicker, got.title) == (
        "凝心聚力 实干争先",
        "永川召开加快建设重庆城市副中心推进大会",
    )


def test_a_markdown_paragraph_wrapped_at_a_fixed_width_is_one_paragraph():
    """Lines of one width one under the other, some cut mid-clause: one paragraph,
    though a line ends with a sentence (and a number is cut: 13 / 0余家). Lines of
    different widths, each a sentence, stay paragraphs of their own. A footer of
    navigation links goes."""
    page = (
        "# 一片竹林的“新生意”\n\n"
        "茶山竹海街道拥有竹林面积7.8万亩，是永川竹资源最集中的区域。过去，当地群\n"
        "众守着“绿色宝库”，却长期停留在砍竹卖竹的初级阶段，一根竹子卖不了几块钱。\n"
        "近年来，街道围绕“竹”字做文章，推动竹产业从卖原料向卖产品、卖体验转变，\n"
        "走出了一条生态美、产业兴的发展路子，目前已发展各类竹产业经营主体共计13\n0余家。\n\n"
        "会议指出，要抓好落实。\n"
        "会议强调，要坚持问题导向，确保各项工作落地见效。\n"
        "会议要求，各部门加强协作。\n\n"
        "[返回首页](../index.md) | [上一篇](./0519-02.md) | [下一篇](./0520-02.md)\n"
    )
    (got,) = parse_text(page, "page.md")
    assert [b.text for b in got.blocks] == [
        "茶山竹海街道拥有竹林面积7.8万亩，是永川竹资源最集中的区域。过去，当地群众守着“绿色宝库”，"
        "却长期停留在砍竹卖竹的初级阶段，一根竹子卖不了几块钱。近年来，街道围绕“竹”字做文章，"
        "推动竹产业从卖原料向卖产品、卖体验转变，走出了一条生态美、产业兴的发展路子，"
        "目前已发展各类竹产业经营主体共计130余家。",
        "会议指出，要抓好落实。",
        "会议强调，要坚持问题导向，确保各项工作落地见效。",
        "会议要求，各部门加强协作。",
    ]


WECHAT_POST = """今夏，松溉古镇夜游“火”了！单日最高接待游客超3万人次
原创 渝西都市报 渝西都市报 2024-08-15 18:30 重庆
点击蓝字 关注我们
▼
文/图 渝西都市报记者 王梅 通讯员 罗晓
夜幕降临，华灯初上。8月14日晚，永川区松溉古镇的石板街上人头攒动。
▼
“早就在网上刷到松溉的夜景视频，今天专门开车过来，果然名不虚传。”游客张女士说。
来源：渝西都市报
编辑：黄静
审核：刘洋 陈东
往期推荐
永川这所学校上榜国家级名单！
茶山竹海景区发布暑期优惠政策
阅读原文
分享 收藏 点赞 在看
"""


def test_a_wechat_post_reads_as_its_article():
    """A post copied from WeChat: its header dates it, its title may exclaim (a byline
    line follows it), and its furniture goes: follow prompts, arrows at lost photos,
    the editors, the list of earlier posts, the share buttons."""
    (got,) = parse_text(WECHAT_POST, "post.txt")
    assert (got.title, got.authors, got.date) == (
        "今夏，松溉古镇夜游“火”了！单日最高接待游客超3万人次",
        ("王梅", "罗晓"),
        "2024-08-15",
    )
    assert [b.text[:8] for b in got.blocks] == ["夜幕降临，华灯初", "“早就在网上刷到"]


def test_a_story_ending_in_an_exclamation_keeps_its_signature():
    """An exclamation over a signing byline in brackets is the story's last line, not
    a headline."""
    page = "## 永川召开会议\n\n本报讯 5月6日，永川区召开会议。\n\n真是太好了！\n\n（记者 涂 燕）\n"
    (got,) = parse_text(page, "page.md")
    assert got.title == "永川召开会议"
    page = "永川召开会议\n\n本报讯 5月6日，永川区召开会议。\n\n真是太好了！\n\n（记者 涂 燕）\n"
    (got,) = parse_text(page, "page.txt")
    assert got.title == "永川召开会议"


EPAPER_COPY = """渝西都市报数字报
首页 | 往期回顾 | 版面导航 | 标题导航
2024年10月09日 星期三
第A03版：时政
上一篇    下一篇
【字体：大 中 小】

推动成渝地区双城经济圈建设走深走实
永川区与合江县签订毗邻地区合作协议
——共建川渝毗邻地区融合发展先行区
作者：张雪 周敏
日期：2024-10-09

    本报讯（渝西都市报记者 张雪 周敏）10月8日，永川区与合江县举行签约仪式。

【打印】【关闭】

本版其他文章
  永川高新区新增两家市级“专精特新”企业
  大安街道：老旧小区改造惠及3000余户

渝西都市报社版权所有 未经授权不得转载
"""


def test_an_epaper_copy_keeps_its_kicker_and_drops_the_pages_other_titles():
    """Kicker and title of one length over a ——subtitle are two lines, not one title
    wrapped; the list of the page's other articles is no article."""
    (got,) = parse_text(EPAPER_COPY, "page.txt")
    assert (got.kicker, got.title, got.subtitle) == (
        "推动成渝地区双城经济圈建设走深走实",
        "永川区与合江县签订毗邻地区合作协议",
        "——共建川渝毗邻地区融合发展先行区",
    )
    assert (got.authors, got.date, got.section) == (("张雪", "周敏"), "2024-10-09", "时政")
    assert len(got.blocks) == 1


def test_front_matter_whose_title_is_printed_again():
    """YAML front matter states the title and the page prints it again as ``#`` with a
    bold ``**——…**`` under it: the headline and its subtitle, not subheads."""
    page = (
        "---\ntitle: 大安街道：“共享菜园”让邻里更亲\ndate: 2024-11-02\nsection: 社会\n---\n\n"
        "# 大安街道：“共享菜园”让邻里更亲\n\n**——老旧小区闲置地变身“幸福田”**\n\n"
        "本报讯（渝西都市报记者 陈曦）11月1日一早，菜园里就热闹起来。\n\n"
        "**小菜园种出邻里情**\n\n居民们成了无话不谈的朋友。\n"
    )
    (got,) = parse_text(page, "page.md")
    assert (got.title, got.subtitle, got.date, got.section) == (
        "大安街道：“共享菜园”让邻里更亲",
        "——老旧小区闲置地变身“幸福田”",
        "2024-11-02",
        "社会",
    )
    assert [b.kind for b in got.blocks] == ["paragraph", "subhead", "paragraph"]


ARCHIVE_EXPORT = """共2条记录    导出时间：2023-10-02 14:22:37    导出人：archive
==========
【引题】
【标题】永川区秋粮收获进度过八成
【副题】
【作者】渝西都市报记者 王丹 通讯员 李可
【日期】2023-09-18
【版次】第03版：城乡
【正文】
　　本报讯（渝西都市报记者 王丹 通讯员 李可）9月15日，记者从永川区农业农村委获悉。
　　为确保颗粒归仓，永川区组织农机手深入田间地头。
==========
【引题】盘活闲置农房 发展乡村民宿
【标题】板桥镇“小院经济”激活乡村一池春水
【作者】渝西都市报记者 王丹
【日期】2023-09-18
【版次】第03版：城乡
【正文】　　走进板桥镇八角寺村，青瓦白墙的农家小院错落有致。
"""


def test_an_archive_export_with_bracketed_fields():
    """``【标题】…`` fields fill the article's, an empty one (``【副题】``) states nothing,
    ``【正文】`` marks where the text starts (on its own line or before it), and the
    export's heading (共2条记录 导出时间：…) is no text."""
    got = parse_text(ARCHIVE_EXPORT, "batch.txt")
    assert [(a.kicker, a.title, a.subtitle, a.date, a.section) for a in got] == [
        ("", "永川区秋粮收获进度过八成", "", "2023-09-18", "城乡"),
        ("盘活闲置农房 发展乡村民宿", "板桥镇“小院经济”激活乡村一池春水", "", "2023-09-18", "城乡"),
    ]
    assert [a.authors for a in got] == [("王丹", "李可"), ("王丹",)]
    assert [len(a.blocks) for a in got] == [2, 1]
    assert got[1].blocks[0].text == "走进板桥镇八角寺村，青瓦白墙的农家小院错落有致。"


def test_a_columns_bracketed_name_over_a_bold_title_opens_its_piece():
    """``【渝西快评】`` over a bold title: the column the piece runs in (no kicker), and
    a piece of its own though the one above ends with a note in brackets (no
    signature)."""
    page = (
        "**基层减负要减到“点子”上**\n\n□ 李 文\n\n　　减负不是减责任，更不是减担当。\n"
        "（作者单位：永川区委党校）\n\n\n\n【渝西快评】\n**文明养犬 从“拴绳”做起**\n\n"
        "　　近日，永川区开展文明养犬专项整治行动。\n□ 张帆\n"
    )
    got = parse_text(page, "page.md")
    assert [(a.kicker, a.title, a.authors) for a in got] == [
        ("", "基层减负要减到“点子”上", ("李文",)),
        ("", "文明养犬 从“拴绳”做起", ("张帆",)),
    ]
    assert got[0].blocks[-1].text == "（作者单位：永川区委党校）"


def test_a_column_label_the_draft_does_not_hold_is_left_alone():
    """A bracketed label over a heading after a continuation: found by the property
    test, it once popped a block that was not there (the heading's text stays)."""
    got = parse_text("## 0\n【小贴士】\n### 0\n(上接3版)\n", "page.md")
    assert [(a.kicker, a.title) for a in got] == [("0", "0")]


# ----------------------------------------------------------------- digital editions

CONTENTS_PAGE = """\
渝西都市报
2024年10月24日　星期四
第A02版：体育

{label}
{items}

永川区全民健身运动会落幕
　　本报讯（渝西都市报记者 唐 亮）10月22日，永川区全民健身运动会落下帷幕。

茶山竹海山地越野赛开跑
　　本报讯（渝西都市报记者 刘 畅）10月20日，茶山竹海山地越野赛鸣枪开跑。

职教城校园足球联赛开赛
　　本报讯（通讯员 何 欣）10月21日，永川职教城校园足球联赛开赛。
"""
TITLES = ["永川区全民健身运动会落幕", "茶山竹海山地越野赛开跑", "职教城校园足球联赛开赛"]


@pytest.mark.parametrize(
    ("label", "mark"),
    [
        ("本版导读", "◎ {}"),
        ("本版标题导航", "{n}．{}"),
        ("★本版导读", "· {}"),
        ("### 本版导读", "- [{}](content_88{n}.htm)"),
        ("本版文章", "·{}"),  # (an e-paper's)
        ("本版新闻", "· {}"),
        ("本版导航", "{}"),
    ],
)
def test_a_pages_contents_list_is_no_article(label, mark):
    """本版导读 over the page's own headlines: printed again above their stories,
    a list to navigate by, not a story."""
    items = "\n".join(mark.format(title, n=n) for n, title in enumerate(TITLES, 1))
    got = parse_text(CONTENTS_PAGE.format(label=label, items=items), "1024-02.txt")
    assert [(a.kicker, a.title, a.section) for a in got] == [("", t, "体育") for t in TITLES]
    assert all(len(a.blocks) == 1 for a in got)


def test_a_front_pages_guide_to_other_pages_is_no_article():
    """A 导读 box pointing to stories on other pages (``◎ … 3版``) is a pointer, as
    a page's own contents list is, not a story; another list under the label stays."""
    items = "◎ 永川启动春风行动 3版\n◎ 仙龙镇腊味飘香年味浓 5版"
    got = parse_text(CONTENTS_PAGE.format(label="本版导读", items=items), "1024-02.txt")
    assert [a.title for a in got] == TITLES
    items = "永川启动春风行动 3版"  # (one pointer alone under 导读)
    got = parse_text(CONTENTS_PAGE.format(label="导读", items=items), "1024-02.txt")
    assert [a.title for a in got] == TITLES
    items = "永川启动春风行动…………………3\n仙龙镇腊味飘香年味浓……………5版"
    got = parse_text(CONTENTS_PAGE.format(label="本期导读", items=items), "1024-02.txt")
    assert [a.title for a in got] == TITLES  # (dotted leaders to the pages)
    items = "◎ 永川启动春风行动\n◎ 仙龙镇腊味飘香年味浓"
    got = parse_text(CONTENTS_PAGE.format(label="本版导读", items=items), "1024-02.txt")
    assert [a.title for a in got] == ["本版导读", *TITLES]


FIELD_EXPORT = """\
渝西都市报数字报
2024年06月12日　星期三
第A03版：要闻

引题：港口建设提速 通道能级提升
标题：朱沱港二期工程首批泊位完成主体施工
副标题：预计年底前具备试运行条件
作者：渝西都市报记者 王 静 通讯员 杨 帆
　　本报讯（渝西都市报记者 王 静 通讯员 杨 帆）6月11日，朱沱港二期工程首批泊位完成主体施工。
　　朱沱港位于永川区朱沱镇长江北岸，是重庆西部重要的水运枢纽。
上一篇　　下一篇　　返回目录

引题：
标题：卫星湖街道“院坝议事会”议出民生好事
副标题：
作者：渝西都市报记者 刘 畅
　　本报讯（渝西都市报记者 刘 畅）“路灯亮了，晚上出门散步安心多了。”
上一篇　　下一篇　　返回目录
"""


def test_an_epaper_page_of_articles_each_under_its_fields():
    """Each article's own 引题/标题/副标题/作者 fields, then its text: a piece each;
    a field left empty states nothing and is no paragraph."""
    first, second = parse_text(FIELD_EXPORT, "yxdsb_20240612_03.txt")
    assert (first.kicker, first.title, first.subtitle, first.authors, len(first.blocks)) == (
        "港口建设提速 通道能级提升",
        "朱沱港二期工程首批泊位完成主体施工",
        "预计年底前具备试运行条件",
        ("王静", "杨帆"),
        2,
    )
    assert (second.kicker, second.title, second.subtitle, second.authors) == (
        "",
        "卫星湖街道“院坝议事会”议出民生好事",
        "",
        ("刘畅",),
    )
    assert [b.text[:5] for b in second.blocks] == ["本报讯（渝"]
    assert {first.date, second.date, first.section} == {"2024-06-12", "要闻"}


WEB_SAVE = """\
首页 > 新闻中心 > 渝西都市报

仙龙镇夏黑葡萄迎来采摘季
2024-08-02 08:31:05　　来源：渝西都市报　　作者：渝西都市报记者 周晓琳　　编辑：张 敏
【字体：大 中 小】　【打印本版】

　　本报讯（渝西都市报记者 周晓琳）8月1日，仙龙镇双河村的夏黑葡萄挂满枝头。
　　仙龙镇相关负责人表示，下一步将加强葡萄种植技术培训和品牌打造。

相关新闻：
· 三教镇举办农产品直播带货培训班
· 永川区启动2024年“夏送清凉”慰问活动
"""


@pytest.mark.parametrize(
    "tail", ["", "上一篇：三教镇举办农产品直播带货培训班\n下一篇：永川区启动慰问活动\n"]
)
def test_a_web_save_with_its_trail_stamp_editor_and_neighbours(tail):
    """A breadcrumb without its 当前位置, a meta line opening with the posting time
    and naming the editor, 【打印本版】, the links to related and neighbouring
    articles: furniture around the one article."""
    (got,) = parse_text(WEB_SAVE + tail, "231.txt")
    assert (got.kicker, got.title, got.subtitle, got.date, got.authors) == (
        "",
        "仙龙镇夏黑葡萄迎来采摘季",
        "",
        "2024-08-02",
        ("周晓琳",),
    )
    assert [b.text[:4] for b in got.blocks] == ["本报讯（", "仙龙镇相"]


def test_a_sites_menu_name_phone_prompt_footer_and_empty_author_are_no_text():
    """A saved web page's menu (``首页 | 要闻 | 镇街 | 专题``), the site's name
    (``渝西都市报网``), its phone prompt and its copyright (however it starts), and
    an author's field left empty, are furniture: only the article's text stays."""
    page = (
        "渝西都市报网\n"
        "首页 | 要闻 | 镇街 | 乡村振兴 | 专题 | 数字报 | 视频\n"
        "版面导航 | 上一版 | 下一版 | 往期回顾 | PDF下载\n"
        "当前位置：首页 > 新闻中心 > 正文\n"
        "标题：五间镇“院坝课堂”送技术到田间\n"
        "作者：\n"
        "发布时间：2024-07-03 09:15:36\n"
        "　　7月2日，五间镇“院坝课堂”走进新堰村，区农技专家为村民送上“技术大餐”。\n"
        "　　（五间镇供稿）\n"
        "扫一扫在手机打开当前页\n"
        "渝西都市报社版权所有　未经授权禁止复制\n"
    )
    (only,) = parse_text(page, "page.html.txt")
    assert (only.title, only.date, list(only.authors)) == (
        "五间镇“院坝课堂”送技术到田间",
        "2024-07-03",
        [],
    )
    assert [b.text for b in only.blocks] == [
        "7月2日，五间镇“院坝课堂”走进新堰村，区农技专家为村民送上“技术大餐”。",
        "（五间镇供稿）",
    ]


def test_an_exports_fields_over_a_rule_title_the_text_under_it():
    """Fields on one line with one left empty (``作者：``), then a rule, then the
    text: the text under the rule is the titled article's, its ``一、`` headings
    its subheads; a file to download (``附件：….doc``) is no text."""
    page = (
        "当前位置：首页 >> 通知公告\n"
        "标题：重庆市永川职业教育中心2024年秋季招生简章\n"
        "来源：永川区教委　　作者：　　发布时间：2024年05月20日 10:15　　阅读次数：3582\n"
        "-----------------------------------------------\n\n"
        "一、学校简介\n"
        "重庆市永川职业教育中心是国家级重点中等职业学校。\n"
        "二、招生对象\n"
        "2024年应届初中毕业生及往届初中毕业生。\n"
        "学校地址：永川区中山路街道人民大道369号\n\n"
        "附件：2024年秋季招生报名表.doc\n"
    )
    (only,) = parse_text(page, "page.txt")
    assert (only.title, only.date) == ("重庆市永川职业教育中心2024年秋季招生简章", "2024-05-20")
    assert [(b.kind, b.text[:6]) for b in only.blocks] == [
        ("subhead", "一、学校简介"),
        ("paragraph", "重庆市永川职"),
        ("subhead", "二、招生对象"),
        ("paragraph", "2024年应"),
        ("paragraph", "学校地址：永"),
    ]


def test_a_sites_name_before_its_trail_share_targets_and_the_page_it_was_on():
    """``渝西都市报数字报 | 首页 > 新闻 > 正文`` is a trail, ``分享到：微信 微博 QQ空间``
    share buttons, ``所属版面：第05版：健康`` the page and its section, and a
    ``渝西都市报 数字报`` masthead names no section."""
    page = (
        "渝西都市报数字报  |  首页  >  新闻  >  正文\n\n"
        "所属版面：第05版：健康\n\n"
        "标题：流感疫苗开打 永川46个接种点等你来\n"
        "发布时间：2024-10-08 09:30\n\n"
        "　　10月8日起，永川区46个接种点开始为市民接种流感疫苗。\n\n"
        "【字体：大 中 小】　分享到：微信 微博 QQ空间　浏览次数：1826\n\n"
        "【相关新闻】\n· 2023永川“光影之夜”音乐节圆满落幕\n· 神女湖夜景提升工程完工\n"
    )
    (only,) = parse_text(page, "page.txt")
    assert (only.section, only.page, len(only.blocks)) == ("健康", "5", 1)
    (only,) = parse_text(page.replace("【相关新闻】", "相关文章"), "page.txt")
    assert len(only.blocks) == 1
    named = "渝西都市报 数字报\n2024年7月5日\n\n区妇幼保健院门诊扩容\n\n本报讯 7月3日，门诊扩容。\n"
    assert parse_text(named, "page.txt")[0].section == ""


def test_an_e_papers_type_size_buttons_are_no_headline():
    """``放大  缩小  默认`` under an e-paper's masthead and links (``<< 上一期 下一期 >>``,
    ``< 上一版 下一版 >``, ``[PDF版下载]``): its buttons for the type's size, no story's
    headline over the story below."""
    page = (
        "渝西都市报数字报\n2024年07月06日 星期六\n<< 上一期    下一期 >>\n\n"
        "第08版：生活        < 上一版    下一版 >\n[PDF版下载]\n"
        "放大  缩小  默认\n\n----------\n\n一周活动早知道\n——7月6日至12日永川城区文体活动一览\n\n"
        "本报讯（渝西都市报记者 彭禹乔）暑假来临，永川城区各类文体活动精彩纷呈。\n"
    )
    (got,) = parse_text(page, "page.txt")
    assert (got.title, got.section) == ("一周活动早知道", "生活")


def test_a_headlines_field_holds_a_bar_inside_the_headline():
    """``标题：市民问 部门答｜小区电梯坏了谁来修？…`` is one field: the bar is the
    headline's, not a separator between fields."""
    page = (
        "标题：市民问 部门答｜小区电梯坏了谁来修？医保个人账户能给家人用吗？\n"
        "作者：渝西都市报记者 钟 梅\n发布时间：2024-05-08 10:00\n\n"
        "　　市民问：小区电梯经常出故障，维修费用该由谁承担？\n\n"
        "　　部门答：电梯维修费用按照物业服务合同约定承担。\n"
    )
    (only,) = parse_text(page, "page.txt")
    assert only.title == "市民问 部门答｜小区电梯坏了谁来修？医保个人账户能给家人用吗？"
    assert len(only.blocks) == 2


def test_an_e_papers_list_of_the_pages_stories_is_navigation():
    """``本版新闻：`` over the page's headlines as links (``· …``) before the first
    record: the e-paper's navigation, no article."""
    page = (
        "渝西都市报数字报\n2025年03月19日　第02版：要闻\n本版新闻：\n"
        "· 渝昆高铁永川南站进入装修阶段\n· 永川城区新增4条公交线路\n\n"
        "标题：永川城区新增4条公交线路\n作者：通讯员 王 丽\n来源：渝西都市报\n发布时间：2025-03-19\n\n"
        "本报讯 为满足市民出行需求，3月18日起，永川城区新开通4条公交线路。\n"
    )
    (got,) = parse_text(page, "page.txt")
    assert (got.title, got.authors, len(got.blocks)) == ("永川城区新增4条公交线路", ("王丽",), 1)


def test_an_images_alt_text_over_its_printed_caption_says_nothing_more():
    """``![新生报到](…)`` over ``*新生们在新校区参加入学教育。记者 彭禹乔 摄*``: the
    printed caption is the photo's, the alt text no block of its own."""
    page = (
        "## 永川中学新校区迎来首批高一新生\n\n"
        "本报讯（渝西都市报记者 彭禹乔）8月16日，永川中学新校区迎来首批1200余名高一新生报到。\n\n"
        "![新生报到](img/05_xinsheng.jpg)\n\n*新生们在新校区参加入学教育。记者 彭禹乔 摄*\n"
    )
    (got,) = parse_text(page, "page.txt")
    assert [b.kind for b in got.blocks] == ["paragraph", "caption"]
    assert got.blocks[1].text == "新生们在新校区参加入学教育。记者 彭禹乔 摄"


def test_an_images_alt_text_naming_a_code_to_scan_is_no_caption():
    """``![活动报名二维码](…)`` under ``扫描下方二维码，…``: a code to scan, no photo."""
    page = (
        "## 永川区图书馆暑期少儿阅读活动报名通知\n\n"
        "扫描下方二维码，关注“永川区图书馆”微信公众号，点击“活动报名”填写信息即可。\n\n"
        "![活动报名二维码](images/qr.png)\n\n咨询电话：023-49863380。\n"
    )
    (got,) = parse_text(page, "page.txt")
    assert [b.kind for b in got.blocks] == ["paragraph", "paragraph"]


PANDOC_DOCX = """# 永川中学新校区主体完工 {#section}

# 明年秋季迎来首批新生 {#section-1}

本报讯（渝西都市报记者 黎丽）12月3日，永川中学新校区主体工程已全面完工。

#### 智慧校园全覆盖 {#智慧校园全覆盖}

新校区将建设智慧教室、创新实验室、人工智能实训室等。

![图为永川中学新校区效果图。](media/rId8.png){width="5.8in" height="3.2in"}

区教委相关负责人介绍，新校区建成后，将有效缓解城区高中学位紧张的状况。
"""


def test_pandocs_attributes_after_headings_and_images_are_no_text():
    """A Word file converted by pandoc: ``{#section-1}`` after a heading and
    ``{width=…}`` after an image are markup, so the headline and the caption read
    as printed."""
    (got,) = parse_text(PANDOC_DOCX, "page.md")
    assert got.title == "永川中学新校区主体完工 明年秋季迎来首批新生"
    assert [(b.kind, b.text[:6]) for b in got.blocks] == [
        ("paragraph", "本报讯（渝西"),
        ("subhead", "智慧校园全覆"),
        ("paragraph", "新校区将建设"),
        ("caption", "图为永川中学"),
        ("paragraph", "区教委相关负"),
    ]
    assert got.blocks[1].text == "智慧校园全覆盖"


def test_a_rule_of_double_lines_and_a_bar_before_a_posts_item_titles_are_markup():
    """``══════`` between a page's parts is a rule, and ``▍`` before a post's item
    title (``▍来苏镇观音峡：云海翻腾似仙境``) a mark: neither is text nor a kicker."""
    page = (
        "聚焦高质量发展\n永川区一季度GDP增长6.2%\n"
        "本报讯 4月20日，记者从区统计局获悉，一季度全区地区生产总值同比增长6.2%。\n"
        "══════════════════════════════\n"
        "▍来苏镇观音峡：云海翻腾似仙境\n"
        "本报讯 4月18日清晨，来苏镇观音峡云海翻腾，吸引众多游客前来观赏。\n"
    )
    gdp, gorge = parse_text(page, "page.txt")
    assert (gdp.kicker, gdp.title) == ("聚焦高质量发展", "永川区一季度GDP增长6.2%")
    assert gorge.title == "来苏镇观音峡：云海翻腾似仙境"


CMS_RECORDS = """================================================
【版面】第1版　要闻
【日期】2024年1月10日　星期三
【稿件数】2
================================================

------------------------------
【稿件1】
引题：凝心聚力谋发展 同心共筑新征程
主题：政协永川区第十五届委员会第三次会议开幕
副题：陈淑芬作常委会工作报告
作者：渝西都市报记者 谭敏 钟玲
状态：已签发
正文：
　　本报讯 1月9日上午，政协永川区第十五届委员会第三次会议在区会议中心隆重开幕。
　　会议期间，委员们将列席区十八届人大三次会议。
图片说明：▲大会开幕现场。渝西都市报记者 黄一帆 摄

------------------------------
【稿件2】
引题：
主题：区十八届人大三次会议举行预备会议
副题：
作者：渝西都市报记者 刘洋
状态：已签发
正文：
　　本报讯 1月9日下午，区十八届人民代表大会第三次会议举行预备会议。
"""


def test_a_newsroom_systems_records_with_their_numbers_and_states():
    """An editing system's export: ``【稿件1】`` numbers a record, ``主题：`` is its
    title, ``状态：已签发`` its state (no text), ``图片说明：`` its photo's caption."""
    opening, preparatory = parse_text(CMS_RECORDS, "稿件导出_20240110.txt")
    assert (opening.kicker, opening.title, opening.subtitle, opening.authors) == (
        "凝心聚力谋发展 同心共筑新征程",
        "政协永川区第十五届委员会第三次会议开幕",
        "陈淑芬作常委会工作报告",
        ("谭敏", "钟玲"),
    )
    assert [(b.kind, b.text[:6]) for b in opening.blocks] == [
        ("paragraph", "本报讯 1月"),
        ("paragraph", "会议期间，委"),
        ("caption", "▲大会开幕现"),
    ]
    assert (preparatory.title, preparatory.authors, len(preparatory.blocks)) == (
        "区十八届人大三次会议举行预备会议",
        ("刘洋",),
        1,
    )


def test_each_pages_contents_list_in_a_file_of_e_paper_pages_goes():
    """A file of an e-paper's pages, each with ``本版标题:`` over its headlines, its
    last entry over a rule (``------``, no heading's underline here): every page's
    list goes, not only the first."""
    pages, more = [], [*TITLES, "永川区龙舟邀请赛举行"]
    for number, titles in ((2, more[:2]), (3, more[2:])):
        entries = "\n".join(f"　· {title}" for title in titles)
        stories = "\n\n".join(f"{title}\n\n本报讯 近日，{title}。" for title in titles)
        pages.append(
            f"渝西都市报 2025年04月23日 第0{number}版:体育\n本版标题:\n{entries}\n"
            f"------------------------------------------\n\n{stories}\n"
        )
    got = parse_text("\n==========================================\n".join(pages), "p.txt")
    assert [(a.title, len(a.blocks)) for a in got] == [(title, 1) for title in more]


def test_a_page_navigation_list_over_links_to_the_pages_other_articles_goes():
    """An e-paper showing one article of a page: ``版面导航`` over the page's
    headlines, most of them links to articles not shown, goes with its label; the
    article keeps its kicker."""
    page = (
        "渝西都市报数字报\n2024年10月15日 星期二\n上一期  下一期  |  上一版  下一版\n"
        "第06版：乡村振兴\n\n版面导航\n· 吉安镇柑橘喜获丰收\n· 板桥镇建成共享菜园\n"
        "· 南大街街道团购助农\n返回目录\n\n念好“山水经” 做强“甜产业”\n吉安镇柑橘喜获丰收\n"
        "文/图 渝西都市报记者 谭 晶\n字体：大 中 小    打印本页\n\n"
        "10月12日，吉安镇3万亩柑橘迎来采摘季，果农们忙着采摘装箱。\n\n"
        "上一篇：板桥镇建成共享菜园\n下一篇：南大街街道团购助农\n"
    )
    (got,) = parse_text(page, "page.txt")
    assert (got.kicker, got.title, got.authors) == (
        "念好“山水经” 做强“甜产业”",
        "吉安镇柑橘喜获丰收",
        ("谭晶",),
    )
    assert [b.text for b in got.blocks] == [
        "10月12日，吉安镇3万亩柑橘迎来采摘季，果农们忙着采摘装箱。"
    ]


def test_a_contents_list_shortening_the_pages_headlines_goes():
    """``本版导读`` over entries that shorten the headlines below (``全民健身：运动会落幕``
    for ``永川区全民健身运动会落幕``, ``山地越野赛开跑`` for ``茶山竹海山地越野赛开跑``):
    the page's own contents, no story."""
    items = "· 全民健身：运动会落幕\n· 山地越野赛开跑\n· 校园足球联赛开赛"
    got = parse_text(CONTENTS_PAGE.format(label="本版导读", items=items), "1024-02.txt")
    assert [a.title for a in got] == TITLES


def test_an_archives_selection_dated_to_its_month_by_a_field():
    """``渝西都市报 往期精选`` over ``版面：社会`` and ``日期：2023年11月`` (a month, no
    day), a rule, then the stories: the fields are the page's (section 社会, no
    text), the selection's name no section."""
    page = (
        "渝西都市报 往期精选\n\n版面：社会\n\n日期：2023年11月\n\n---\n\n"
        "## 快递小哥发现楼道起火提起灭火器冲上前\n\n近日，在胜利路街道一小区，快递员吴俊送件时发现楼道起火。\n"
    )
    (got,) = parse_text(page, "archive-2023-11.md")
    assert (got.title, got.section, got.date) == (
        "快递小哥发现楼道起火提起灭火器冲上前",
        "社会",
        "2023-11",
    )


def test_an_e_papers_date_and_page_under_the_sections_key_on_one_line():
    """``日期：2025-03-05　　版面：第03版：民生`` under an e-paper's links: the issue's
    date, its page and section (the page named under the section's key), no text."""
    page = (
        "渝西都市报 电子版\n\n[上一版](./node_2.htm)　[下一版](./node_4.htm)\n\n"
        "日期：2025-03-05　　版面：第03版：民生\n\n"
        "## 永川今年将新建20个“爱心驿站”\n\n"
        "本报讯 3月3日，从区总工会获悉，今年我区将新建20个“爱心驿站”。\n"
    )
    (got,) = parse_text(page, "page.md")
    assert (got.date, got.page, got.section, len(got.blocks)) == ("2025-03-05", "3", "民生", 1)


def test_a_breadcrumb_trail_of_links_names_the_issues_page():
    """``[首页](…) > [数字报](…) > 2024年08月15日 > 第03版：城事`` over an article: the
    trail's links go, and the date and page it names are the issue's."""
    page = (
        "[首页](https://www.ycdsb.com/) > [数字报](https://epaper.ycdsb.com/) > 2024年08月15日 > 第03版：城事\n\n"
        "# 中山路街道“口袋公园”扮靓城市角落\n\n"
        "本报讯 近日，中山路街道萱花路口袋公园改造完工并向市民开放。\n"
    )
    (got,) = parse_text(page, "page.md")
    assert (got.date, got.page, got.section, len(got.blocks)) == ("2024-08-15", "3", "城事", 1)


def test_a_source_naming_its_issue_gives_the_date_page_and_section():
    """``来源：渝西都市报 2024年10月09日 第02版：经济`` names the issue the article ran
    in: its date, page and section, not the day its lead tells of."""
    page = (
        "渝西都市报网\n首页 | 新闻 | 数字报 | 视频 | 专题\n当前位置：首页 > 新闻 > 正文\n\n"
        "永川13个重大项目集中开工 总投资102亿元\n\n"
        "来源：渝西都市报 2024年10月09日 第02版：经济　　作者：渝西都市报记者 杨 帆　　编辑：陈 思\n"
        "浏览次数：1326　　【字体：大 中 小】\n\n"
        "10月8日上午，永川区2024年第三批重大项目集中开工活动在永川高新区三教产业园主会场举行。\n"
    )
    (got,) = parse_text(page, "page.txt")
    assert (got.date, got.page, got.section, got.authors) == ("2024-10-09", "2", "经济", ("杨帆",))


def test_an_app_feature_with_short_subheads_after_its_photo_is_one_story():
    """An app's page: ``打开APP，阅读体验更佳`` is its prompt, and short subheads set
    alike (``好茶有了“洋身份”``, ``搭上班列走得更远``) after the lead's photo are the
    feature's sections, not stories of their own."""
    page = (
        "渝西都市报\n打开APP，阅读体验更佳\n\n永川秀芽“出海”记：一片茶叶的国际范儿\n\n"
        "来源：渝西都市报　　编辑：李 然　　2024-11-05 08:30\n\n"
        "渝西都市报记者 吴 倩 通讯员 邓 杰\n\n"
        "“这批茶叶下周就要装柜，发往哈萨克斯坦。”11月1日，在大安街道的一家茶企，工人们正忙着封装。\n\n"
        "[图片]\n图为工人正在封装出口茶叶。\n\n好茶有了“洋身份”\n\n"
        "永川是重庆重要的茶叶主产区，全区茶园面积超过10万亩。\n\n"
        "“要出口，首先得过标准关。”许文杰说，公司在茶园全面推行绿色防控。\n\n"
        "搭上班列走得更远\n\n物流通道的打通，让永川茶叶“出海”更加便捷。\n\n"
        "区农业农村委相关负责人介绍，今年前10个月，全区茶叶出口量达到320吨。\n"
    )
    (got,) = parse_text(page, "page.txt")
    assert (got.kicker, got.title, got.authors) == (
        "",
        "永川秀芽“出海”记：一片茶叶的国际范儿",
        ("吴倩", "邓杰"),
    )
    assert [b.text for b in got.blocks if b.kind == "subhead"] == [
        "好茶有了“洋身份”",
        "搭上班列走得更远",
    ]


@pytest.mark.parametrize(
    "note", ["*以上内容由“新闻永川”客户端导出，仅供个人学习使用*", "以上内容由新闻永川APP导出"]
)
def test_an_apps_note_on_what_it_exported_is_no_article(note):
    """``以上内容由“新闻永川”客户端导出，…`` under an app's export of favourites: the
    app's note, in italics or not, no article of its own."""
    page = (
        "# 我的收藏\n\n共 2 条\n\n---\n\n## 朱沱港一季度集装箱吞吐量同比增长21%\n\n"
        "渝西都市报 | 2024-04-08 09:12 | 阅读 3021\n\n"
        "本报讯 4月7日，记者从朱沱港获悉，一季度集装箱吞吐量同比增长21%。\n\n---\n\n"
        "## 永川区首场“人才夜市”开市\n\n渝西都市报 | 2024-05-07 08:30 | 阅读 1288\n\n"
        "本报讯 5月6日晚，永川区2024年首场“人才夜市”在兴龙湖畔开市。\n\n"
        f"---\n\n{note}\n"
    )
    assert [a.title for a in parse_text(page, "page.md")] == [
        "朱沱港一季度集装箱吞吐量同比增长21%",
        "永川区首场“人才夜市”开市",
    ]


def test_keywords_labelling_a_features_sections_are_no_export_metadata():
    """``关键词：工业生产`` / … / ``关键词：消费市场`` between paragraphs: a feature's
    section labels (subheads), not an export's keywords field, so the page is no
    export and the labels stay."""
    page = (
        "一季度全区主要经济指标跑赢全市\n\n"
        "本报讯（渝西都市报记者 彭禹乔）4月18日，记者从区统计局获悉，一季度全区经济实现“开门红”。\n\n"
        "关键词：工业生产\n\n一季度，全区规模以上工业增加值同比增长8.6%。\n\n"
        "关键词：消费市场\n\n全区社会消费品零售总额达到138.5亿元，同比增长5.2%。\n"
    )
    (got,) = parse_text(page, "page.txt")
    assert [b.text for b in got.blocks if b.kind == "subhead"] == [
        "关键词：工业生产",
        "关键词：消费市场",
    ]
