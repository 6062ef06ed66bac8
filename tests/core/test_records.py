"""Archive record exports: TRS, CNKI, Founder e-paper, delimited tables and CMS
records read as the articles they hold, their fields as metadata."""

from __future__ import annotations

import pytest

from yc_reader.core.parse import parse_text
from yc_reader.core.records import unpack_records

LEADS = [
    "本报讯（渝西都市报记者 黄 伟 通讯员 王 敏）8月15日，三教镇的高粱基地里，收割机来回穿梭。",
    "8月14日傍晚，金龙镇永和社区的“共享菜园”里，居民们有的浇水、有的摘菜。",
]
MORE = "据了解，今年全镇种植酿酒高粱2.6万亩，与多家酒企签订订单收购协议。"


def _summary(text: str, source: str = "page.txt") -> list[tuple]:
    return [
        (a.kicker, a.title, a.subtitle, a.authors, a.date, a.section, [b.text for b in a.blocks])
        for a in parse_text(text, source)
    ]


def test_trs_records():
    """``<REC>`` records of ``<key>=value`` fields: the text starts on the ``<正文>=``
    line and runs on over untagged lines; a photo's ``<图片说明>=`` is a caption;
    ids, the paper and word counts are no text; a date written with dots counts."""
    page = f"""<REC>
<记录号>=2023081705001
<报纸>=渝西都市报
<日期>=2023.08.17
<版次>=A05
<版名>=镇街
<引题>=抢抓农时
<标题>=三教镇2.6万亩高粱开镰收割
<副题>=
<作者>=渝西都市报记者 黄 伟 通讯员 王 敏
<正文>={LEADS[0]}
{MORE}
<图片说明>=▲收割机在高粱地里作业。 记者 黄伟 摄
<字数>=230
<REC>
<记录号>=2023081705002
<日期>=2023.08.17
<版名>=镇街
<标题>=金龙镇“共享菜园”让闲置地变“聚宝盆”
<作者>=
<正文>={LEADS[1]}
（通讯员 陈 静）
<图片说明>=
"""
    assert _summary(page) == [
        (
            "抢抓农时",
            "三教镇2.6万亩高粱开镰收割",
            "",
            ("黄伟", "王敏"),
            "2023-08-17",
            "镇街",
            [LEADS[0], MORE, "▲收割机在高粱地里作业。 记者 黄伟 摄"],
        ),
        (
            "",
            "金龙镇“共享菜园”让闲置地变“聚宝盆”",
            "",
            ("陈静",),
            "2023-08-17",
            "镇街",
            [LEADS[1], "（通讯员 陈 静）"],
        ),
    ]


def test_cnki_records_with_an_abstract_and_authors_by_semicolons():
    """``【篇名】`` records: the abstract repeats the text's opening and goes, the
    authors are listed with semicolons, a record's number (第1条) heads nothing."""
    page = f"""中国重要报纸全文数据库　题录导出
共找到 2 条结果

第1条
【篇名】三教镇2.6万亩高粱开镰收割
【副篇名】
【作者】黄伟;王敏
【报纸名称】渝西都市报
【报纸日期】2023-08-17
【版号】第05版
【版名】镇街
【关键词】高粱;三教镇
【摘要】{LEADS[0][:30]}……
【正文】
{LEADS[0]}
{MORE}

第2条
【篇名】金龙镇“共享菜园”让闲置地变“聚宝盆”
【副篇名】——闲置地上的邻里情
【作者】
【报纸日期】2023-08-17
【正文】
{LEADS[1]}
"""
    first, second = _summary(page)
    assert first[1:] == (
        "三教镇2.6万亩高粱开镰收割",
        "",
        ("黄伟", "王敏"),
        "2023-08-17",
        "镇街",
        [LEADS[0], MORE],
    )
    assert second[1:4] == ("金龙镇“共享菜园”让闲置地变“聚宝盆”", "——闲置地上的邻里情", ())
    assert second[6] == [LEADS[1]]


def test_a_database_records_title_under_its_main_heading_key():
    """``【正题】`` (the main heading, as another database names it) with ``【引题】``
    and ``【副题】`` over the text: the record's title, kicker and subtitle."""
    page = f"""中国重要报纸全文数据库　检索结果　共1条

第1条
【正题】三教镇2.6万亩高粱开镰收割
【引题】抢抓农时 颗粒归仓
【副题】——机收率达八成
【作者】黄伟;王敏;
【报纸日期】2023-08-17
【正文】
{LEADS[0]}
"""
    ((kicker, title, subtitle, authors, *_),) = _summary(page)
    assert (kicker, title, subtitle, authors) == (
        "抢抓农时 颗粒归仓",
        "三教镇2.6万亩高粱开镰收割",
        "——机收率达八成",
        ("黄伟", "王敏"),
    )


def test_founder_epaper_properties():
    """Founder e-paper: each article's properties in an ``enpproperty`` comment
    (the kicker its ``introtitle``, the page and section its ``nodename``), its
    text in HTML after it."""
    page = (
        "<TITLE>渝西都市报-第A04版：经济</TITLE>\n"
        "<!--enpproperty <articleid>1</articleid><date>2025-03-21</date>"
        "<author>渝西都市报记者 潘玥希</author><title>永川新能源汽车产业链加速成型</title>"
        "<subtitle></subtitle><introtitle>聚链成群</introtitle>"
        "<nodename>第A04版：经济</nodename>/enpproperty-->\n"
        "<!--enpcontent--><P>&nbsp;&nbsp;本报讯（渝西都市报记者 潘玥希）3月19日，记者从区经济"
        "信息委获悉，全区新能源汽车产业产值同比增长19.4%。</P>\n"
        "<P><STRONG>政策护航 企业安心</STRONG></P>\n"
        "<P>&nbsp;&nbsp;去年兑现各类奖补资金1.2亿元。</P><!--/enpcontent-->\n"
        "<!--enpproperty <articleid>2</articleid><date>2025-03-21</date><author></author>"
        "<title>全区前两月新增市场主体4800余户</title><introtitle></introtitle>"
        "<nodename>第A04版：经济</nodename>/enpproperty-->\n"
        "<!--enpcontent--><P>记者从区市场监管局获悉，今年全区新增各类市场主体4863户。</P>"
        "<!--/enpcontent-->\n"
    )
    cars, firms = parse_text(page, "page.txt")
    assert (cars.kicker, cars.title, cars.authors) == (
        "聚链成群",
        "永川新能源汽车产业链加速成型",
        ("潘玥希",),
    )
    assert (cars.date, cars.section, cars.page) == ("2025-03-21", "经济", "A4")
    assert [b.kind for b in cars.blocks] == ["paragraph", "subhead", "paragraph"]
    assert (firms.title, firms.authors, len(firms.blocks)) == (
        "全区前两月新增市场主体4800余户",
        (),
        1,
    )


def test_a_delimited_table_of_records():
    """A header row names the fields (``ID|报纸|日期|…``); each row is a record's
    fields, its text below; an empty cell states nothing and an id is no field; a
    continuation's marker opening a record says where it continues from."""
    page = f"""ID|报纸|日期|版次|版名|引题|标题|副题|作者

YX001|渝西都市报|2022-06-28|A06|社会||夜经济点亮消费新场景||渝西都市报记者 谢 春
（上接A01版）
{MORE}
------------------------------
YX002|渝西都市报|2022-06-28|A06|社会|践行群众路线|陈食街道：“院坝会”开到群众家门口||记者 曾 静
{LEADS[1]}
"""
    night, meeting = parse_text(page, "page.txt")
    assert (night.title, night.authors, night.continuation) == (
        "夜经济点亮消费新场景",
        ("谢春",),
        "A1",
    )
    assert [b.text for b in night.blocks] == [MORE]
    assert (meeting.kicker, meeting.title, meeting.section) == (
        "践行群众路线",
        "陈食街道：“院坝会”开到群众家门口",
        "社会",
    )


def test_cms_records_with_their_fields_over_the_title():
    """A CMS export's record sets its ids, page, section and date over its title:
    they are that record's, its ``正文：`` label no text; a batch's numbered record
    headings, end mark and a scan's page number alone are no articles."""
    page = f"""0042
########## 第1篇 ##########
稿件编号：YXDSB20230512A03001
报纸名称：渝西都市报
版次：A03
版名：要闻
日期：20230512
引题：
标题：永川高新区一季度规上工业产值同比增长8.6%
作者：渝西都市报记者 黄 伟 通讯员 王 敏
置信度：0.96
正文：
{LEADS[0]}

########## 第2篇 ##########
版名：要闻
日期：20230512
标题：区市场监管局开展校园食品安全专项检查
作者：区市场监管局供稿
正文：{LEADS[1]}
########## 完 ##########
"""
    assert _summary(page) == [
        (
            "",
            "永川高新区一季度规上工业产值同比增长8.6%",
            "",
            ("黄伟", "王敏"),
            "2023-05-12",
            "要闻",
            [LEADS[0]],
        ),
        ("", "区市场监管局开展校园食品安全专项检查", "", (), "2023-05-12", "要闻", [LEADS[1]]),
    ]


def test_two_epaper_pages_in_one_file_with_prefixed_and_spaced_keys():
    """An e-paper's issue saved as one file: the issue's head (…本期共8版), each page
    under its rule-set label (``━━ 第01版：要闻 ━━``), records keyed ``文章标题：`` /
    ``文章作者：`` and a text label spaced to their width (``正　　文：``), the issue's
    links in full-width brackets (``［上一期］``): each record dated by the issue and
    set in its own page's section, the furniture gone."""
    page = f"""渝西都市报　2023年06月09日　星期五　　本期共8版

━━━━━━━━━━ 第01版：要闻 ━━━━━━━━━━
责任编辑：王小红

文章标题：永川高新区一季度规上工业产值同比增长8.6%
文章作者：渝西都市报记者 黄 伟 通讯员 王 敏
稿件来源：渝西都市报
正　　文：
　　{LEADS[0]}

━━━━━━━━━━ 第02版：综合新闻 ━━━━━━━━━━
责任编辑：刘洋

文章标题：金龙镇“共享菜园”成了邻里“连心园”
文章作者：
作者单位：金龙镇
正　　文：
　　{LEADS[1]}

［上一期］　［下一期］　［返回首页］
"""
    assert _summary(page) == [
        (
            "",
            "永川高新区一季度规上工业产值同比增长8.6%",
            "",
            ("黄伟", "王敏"),
            "2023-06-09",
            "要闻",
            [LEADS[0]],
        ),
        ("", "金龙镇“共享菜园”成了邻里“连心园”", "", (), "2023-06-09", "综合新闻", [LEADS[1]]),
    ]


def test_an_archive_search_export_with_numbered_records_and_a_photo_credit():
    """A search's export: its count (``共2条记录``) and record headings (``【记录1】``)
    are no articles, an empty ``文章副题：`` no text, records set apart by a rule of
    full-width asterisks; a photo record credited only by ``摄　　影：`` is the
    photographer's."""
    page = f"""渝西都市报稿件库　检索结果导出
导出时间：2024-03-21 16:20:05　操作员：admin
共2条记录

【记录1】
文章标题：永川高新区一季度规上工业产值同比增长8.6%
文章副题：
文章作者：渝西都市报记者 黄 伟 通讯员 王 敏
见报日期：2024-01-08
所属版面：第02版：综合新闻
正　　文：
　　{LEADS[0]}

＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊

【记录2】
文章标题：卫星湖畔 月季花开
文章作者：
摄　　影：记者 陈仕川
见报日期：2024-01-08
所属版面：第02版：综合新闻
正　　文：
　　▲卫星湖街道南湖公园的月季竞相绽放，吸引市民前来观赏。
"""
    assert [(t, s, a, d, sec, len(b)) for _, t, s, a, d, sec, b in _summary(page)] == [
        (
            "永川高新区一季度规上工业产值同比增长8.6%",
            "",
            ("黄伟", "王敏"),
            "2024-01-08",
            "综合新闻",
            1,
        ),
        ("卫星湖畔 月季花开", "", ("陈仕川",), "2024-01-08", "综合新闻", 1),
    ]


@pytest.mark.parametrize(
    ("key", "source"), [("**作者：**", "**来源：**"), ("文章作者：", "稿件来源：")]
)
def test_markdown_articles_with_their_byline_fields_under_their_headings(key, source):
    """A Markdown e-paper export sets each article's fields in bold under its
    headings (``## 标题`` / ``### 副题`` / ``**作者：** … ｜ **来源：** …``): each
    field line belongs to the article it is under, an empty one too, and the
    headings' levels say kicker, title and subtitle."""
    page = f"""# 渝西都市报 · 第01版：要闻

> 2024年7月3日 星期三　｜　责任编辑：王小红

### 奋力打造重庆城市副中心
## 永川高新区一季度规上工业产值同比增长8.6%

{key} 渝西都市报记者 黄 伟　｜　{source} 渝西都市报

{LEADS[0]}

## 金龙镇“共享菜园”成了邻里“连心园”
### 居民种菜摘菜其乐融融

{key}　｜　{source} 渝西都市报

{LEADS[1]}
"""
    assert [(k, t, s, a) for k, t, s, a, *_ in _summary(page)] == [
        (
            "奋力打造重庆城市副中心",
            "永川高新区一季度规上工业产值同比增长8.6%",
            "",
            ("黄伟", "王敏"),
        ),
        ("", "金龙镇“共享菜园”成了邻里“连心园”", "居民种菜摘菜其乐融融", ()),
    ]


def test_a_bound_issue_with_boxed_page_credits_and_a_breadcrumb():
    """``【A02版 本版编辑：王小红】`` closing a page is its furniture; an e-paper's
    breadcrumb through the issue's date and page gives both."""
    page = f"""当前位置：首页 > 2023年03月09日 > 第05版：教育

永川职教中心与12家企业签订校企合作协议

{LEADS[1]}

【A05版 本版编辑：王小红 校对：何静】
"""
    ((_, title, _, _, date, section, blocks),) = _summary(page)
    assert (title, date, section, blocks) == (
        "永川职教中心与12家企业签订校企合作协议",
        "2023-03-09",
        "教育",
        [LEADS[1]],
    )


def test_a_vendors_tagged_lines():
    """A digitisation vendor's ``[PAGE]`` line is the masthead and ``[TEXT]`` opens
    the text; its scan's file and OCR engine (``[SRC]``, ``[OCR]``) are no text."""
    page = f"""[PAGE] 渝西都市报 2025-06-03 A07 体育

[SRC] yxdsb_20250603_A07.pdf　[OCR] pdftext 2.3　[COLS] 4

[TEXT]

永川少年足球队勇夺市运会冠军

{LEADS[1]}
"""
    assert _summary(page) == [
        ("", "永川少年足球队勇夺市运会冠军", "", (), "2025-06-03", "体育", [LEADS[1]])
    ]
    # a tag without a value on its line takes nothing from the line below
    assert unpack_records("[SRC] a.pdf\n\n[COLS]\n永川少年足球队勇夺冠军\n") == (
        "\n\n\n永川少年足球队勇夺冠军\n"
    )
    assert unpack_records("[警情通报] 5月3日，某小区发生一起盗窃案。\n") == (
        "[警情通报] 5月3日，某小区发生一起盗窃案。\n"
    )


def test_text_with_labels_that_are_no_fields_stays_as_it_is():
    """A court report's ``【案情】`` and an event's ``内容：`` under its ``时间：`` are
    text; a page without records comes back unchanged."""
    page = "【案情】2023年5月，张某在永川区某小区内盗窃电动车一辆。\n【说法】法官提醒，…\n"
    assert unpack_records(page) == page
    events = "标题：周末去哪儿\n\n时间：5月11日9:00\n地点：区文化馆\n内容：川剧表演\n"
    assert "内容：川剧表演" in unpack_records(events)


E_PAPER_FIELDS_SIDE_BY_SIDE = """渝西都市报　数字报刊稿件导出

【栏目】记者手记
【标题】让“村晚”热度持续释放
【作者】记者 江 帆　【责任编辑】李 娜
【版次】第05版：文体　【日期】20250120
【正文】
　　一台乡村春晚，为何能吸引上万人次到场观看？答案在于它源于乡土、属于群众。

◆◆◆◆◆◆◆◆◆◆◆◆◆◆◆◆◆◆◆◆

【标题】来苏镇：非遗龙舞进校园
【作者】记者 张 琳
【版次】第05版：文体　【日期】20250120
【正文】
　　本报讯（记者 张 琳）1月16日，在来苏镇中心小学操场上，一条金色长龙在学生们手中上下翻飞。
"""


def test_an_e_papers_fields_set_side_by_side_on_a_line():
    """``【作者】…　【责任编辑】…`` and ``【版次】…　【日期】20250120``: each field read
    as if on its own line, its digits-only date too; the section the page field
    names is the page's over what ``【栏目】`` labels the piece (记者手记), the
    export's heading names none, and a row of ◆ is the rule between records."""
    assert _summary(E_PAPER_FIELDS_SIDE_BY_SIDE) == [
        (
            "",
            "让“村晚”热度持续释放",
            "",
            ("江帆",),
            "2025-01-20",
            "文体",
            ["一台乡村春晚，为何能吸引上万人次到场观看？答案在于它源于乡土、属于群众。"],
        ),
        (
            "",
            "来苏镇：非遗龙舞进校园",
            "",
            ("张琳",),
            "2025-01-20",
            "文体",
            [
                "本报讯（记者 张 琳）1月16日，在来苏镇中心小学操场上，"
                "一条金色长龙在学生们手中上下翻飞。"
            ],
        ),
    ]


def test_a_records_date_field_giving_only_its_month():
    """``【日期】2024年6月``: the record is dated to the month."""
    page = (
        "【标题】红河小学获评市级“书香校园”\n【作者】通讯员 秦 岭\n【日期】2024年6月\n"
        "【版次】第04版：教育\n\n　　本报讯（通讯员 秦 岭）近日，红河小学获评市级“书香校园”。\n"
    )
    ((_, title, _, authors, date, section, _),) = _summary(page)
    assert (title, authors, date, section) == (
        "红河小学获评市级“书香校园”",
        ("秦岭",),
        "2024-06",
        "教育",
    )


def test_a_markdown_exports_bold_label_over_the_text_is_no_text():
    """``**正文：**`` alone on its line labels the text below it, as ``正文：`` does."""
    page = (
        "# 渝西都市报数字报\n\n## 第02版：要闻　2025年04月02日\n\n---\n\n"
        "**标题：**永川高新区一季度新签约项目12个\n\n**作者：**渝西都市报记者 潘玥希\n\n"
        "**正文：**\n\n本报讯 记者从永川高新区获悉，一季度新签约项目12个。\n\n---\n\n"
        "**标题：**永川倡导文明祭扫绿色清明\n\n**正文：**\n\n清明将至，区文明办发出倡议。\n"
    )
    assert [(t, b) for _, t, _, _, _, _, b in _summary(page, "page.md")] == [
        ("永川高新区一季度新签约项目12个", ["本报讯 记者从永川高新区获悉，一季度新签约项目12个。"]),
        ("永川倡导文明祭扫绿色清明", ["清明将至，区文明办发出倡议。"]),
    ]


def test_a_record_titled_by_its_briefs_column_holds_one_article_a_brief():
    """``【标题】镇街简讯`` over briefs each under its own title: the title field is the
    column's label, each brief an article of the record's date."""
    page = (
        "【标题】镇街简讯\n【作者】\n【版次】第06版：镇街\n【日期】2024-07-09\n【正文】\n"
        "松溉镇开展古镇消防安全大检查\n"
        "　　7月5日，松溉镇对古镇内的商铺、民宿开展消防安全大检查。（通讯员 罗 敏）\n\n"
        "仙龙镇举办农村实用技术培训\n"
        "　　7月4日，仙龙镇为60余名种植大户讲解水稻病虫害防治技术。（通讯员 周 雪）\n"
    )
    assert [(t, a, d, s) for _, t, _, a, d, s, _ in _summary(page)] == [
        ("松溉镇开展古镇消防安全大检查", ("罗敏",), "2024-07-09", "镇街"),
        ("仙龙镇举办农村实用技术培训", ("周雪",), "2024-07-09", "镇街"),
    ]
