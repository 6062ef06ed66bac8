"""Pages of the family unlike the seeds: briefs, photo news, literary pages,
interviews, commentary, notices, jumps between pages, other mastheads and
encodings. Each page is written as a careful reader would extract it, then
printed in the family's layouts (tests/core/relayout.py) and parsed back.
"""

from __future__ import annotations

import re
from dataclasses import replace

import pytest

from tests.core import relayout
from tests.core.test_parse_layouts import unspaced
from yc_reader.core.datelines import dateline, lead_month, written_on
from yc_reader.core.model import Article, Block
from yc_reader.core.parse import parse_file, parse_text
from yc_reader.core.parse.kinds import KIND_LABEL


def para(text: str) -> Block:
    return Block("paragraph", text)


def subheads(got: Article) -> list[str]:
    return [b.text for b in got.blocks if b.kind == "subhead"]


def article(title: str, *blocks: Block, **fields) -> Article:
    return Article(source="page.txt", title=title, blocks=blocks, **fields)


# Where a story goes on, printed after it: the page's furniture, no text of the story.
JUMP_LINE = re.compile(r"[（(](?:下转|转)第?[A-Z]?\d{1,2}版[）)]|[（(]未完待续[）)]")


def as_read(printed: Article) -> Article:
    """An article as printed (its jump line a paragraph, its kind's label over its
    title: 短评) as the reader reads it."""
    return replace(
        printed,
        kicker="" if KIND_LABEL.match(printed.kicker) else printed.kicker,
        blocks=tuple(b for b in printed.blocks if not JUMP_LINE.fullmatch(b.text)),
    )


def assert_articles(got: list[Article], want: list[Article]) -> None:
    assert [a.title for a in got] == [a.title for a in want]
    for g, w in zip(got, want, strict=True):
        assert unspaced(g) == unspaced(as_read(w))


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
    """A brief's bold title heads it; the column's label (简讯) heads them all, no
    one's kicker; the bracketed byline that signs a brief ends it."""
    got = parse_text(BRIEFS_BOLD, "page.txt")
    assert_articles(got, BRIEFS_READ)
    assert {(a.section, a.page) for a in got} == {("综合", "3")}


# The column's label (简讯) over the first item's title heads all the items: no
# item's kicker.
BRIEFS_READ = [replace(BRIEFS[0], kicker=""), *BRIEFS[1:]]


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_briefs_in_every_layout(layout):
    page = "2024年5月10日 星期五 第3版 综合\n\n" + LAYOUTS[layout](BRIEFS)
    assert_articles(parse_text(page, "page.txt"), BRIEFS_READ)


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
    assert "（下转第3版）" not in [b.text for b in got.blocks]  # where it goes on: no text
    assert "推进5G、AI等新技术" in got.blocks[1].text


# --------------------------------------------------------------------------- literary page

VERSES = (
    "梨花开了",
    "一树一树的白",
    "落在父亲的肩头",
    "像去年没有化完的雪",
    "风从山那边吹来",
    "把整座村庄",
    "吹成了一首诗",
)
LITERARY = [
    article(
        "母亲的菜园",
        para(
            "老家屋后有一块菜园，是母亲一锄一锄开出来的。春天种豆，夏天种瓜，"
            "一年四季，菜园里总是绿油油的。"
        ),
        para("母亲常说，地不亏人。你对它用了几分心，它就还你几分收成。"),
        para(
            "如今母亲老了，菜园却还在。每次回家，我都要去园子里站一站，"
            "仿佛还能看见她弯腰除草的身影。"
        ),
        authors=("李晓梅",),
    ),
    article("春到黄瓜山（外一首）", *map(para, VERSES), authors=("周平",)),
]

LITERARY_MARKDOWN = """# 副刊·茶竹

## 母亲的菜园

□ 李晓梅

老家屋后有一块菜园，是母亲一锄一锄开出来的。春天种豆，夏天种瓜，\
一年四季，菜园里总是绿油油的。

母亲常说，地不亏人。你对它用了几分心，它就还你几分收成。

如今母亲老了，菜园却还在。每次回家，我都要去园子里站一站，\
仿佛还能看见她弯腰除草的身影。

## 春到黄瓜山（外一首）

文/周 平

梨花开了
一树一树的白
落在父亲的肩头
像去年没有化完的雪

风从山那边吹来
把整座村庄
吹成了一首诗
"""


def test_a_literary_page_signs_with_a_square_and_keeps_its_verse_lines():
    """□ 李晓梅 and 文/周 平 sign; the page's column heading over its pieces
    (``# 副刊·茶竹`` over two ``##`` titles) is no piece's kicker; the lines of a
    poem stay lines (not rejoined as if a column had cut them)."""
    assert_articles(parse_text(LITERARY_MARKDOWN, "page.txt"), LITERARY)


@pytest.mark.parametrize("layout", ["markdown", "plain", "plain, no blank lines"])
def test_a_literary_page_in_line_layouts(layout):
    """Plain text cannot tell a column label from a title: the page here has none.
    (Column text with a poem is not handled: its short rows look like headlines.)"""
    assert_articles(parse_text(LAYOUTS[layout](LITERARY), "page.txt"), LITERARY)


def test_a_literary_pages_piece_signed_by_an_author_field_is_no_export():
    """``作者：吴 凡`` under the second piece's title on a page with a masthead: that
    piece's byline, not an export's field making the page one article."""
    page = (
        "2025年3月15日 星期六 第8版 副刊\n\n春到仙龙\n\n○ 曾晓岚\n\n"
        "惊蛰一过，仙龙镇的春天就藏不住了。\n\n是啊，春天来了，希望也就来了。\n\n"
        "老陈的茶摊\n\n作者：吴 凡\n\n老陈的茶摊摆在胜利路街道的一棵老黄葛树下，一摆就是十五年。\n\n"
        "如今，老陈的茶摊还在，茶还是两块钱一杯。\n"
    )
    spring, tea = parse_text(page, "p15_0315.txt")
    assert (spring.title, spring.authors) == ("春到仙龙", ("曾晓岚",))
    assert (tea.title, tea.authors, len(tea.blocks)) == ("老陈的茶摊", ("吴凡",), 2)


def test_an_e_papers_piece_with_an_author_field_after_another_stays_an_export():
    """The same lone ``作者：`` under a later title on an e-paper's page (its links
    around the masthead): the export's field, as the page is one."""
    page = (
        "渝西都市报数字报\n首页 | 往期回顾 | 版面导航 | PDF下载\n\n2023年09月15日 星期五\n\n"
        "第02版：要闻        < 上一版    下一版 >\n\n"
        "永川：产教融合跑出“加速度”\n\n　　（上接1版）将实训内容与企业岗位需求精准对接。\n\n"
        "永川区举办2023年职业技能大赛\n作者：渝西都市报记者 谢春\n\n"
        "　　9月14日，2023年永川区职业技能大赛在永川职教城开幕。\n"
    )
    *_, contest = parse_text(page, "page.txt")
    assert (contest.title, contest.authors) == ("永川区举办2023年职业技能大赛", ("谢春",))
    assert not any("作者" in b.text for b in contest.blocks)


# --------------------------------------------------------------------------- photo news

STORY = [
    article(
        "永川启动2024年“全民健身月”活动",
        para(
            "本报讯（渝西都市报记者 王 丽 李 强 通讯员 刘 倩 实习生 张小雨）5月12日上午，"
            "永川区2024年“全民健身月”活动在神女湖体育公园启动，来自全区各镇街的1500余名"
            "群众参加开幕式。"
        ),
        para(
            "据了解，本次活动持续一个月，将举办篮球、羽毛球、广场舞、健步走等12项赛事，"
            "其中CBA名宿进校园、5G直播骑行赛等项目首次亮相。"
        ),
        para("区体育局相关负责人表示，将以此次活动为契机，推动全民健身与全民健康深度融合。"),
        authors=("王丽", "李强", "刘倩", "张小雨"),
        date="2024-05-13",
    )
]

PHOTOS = [
    article(
        "义诊进公园",
        Block(
            "caption",
            "▲5月12日，永川区中医院医护人员在兴龙湖公园为市民义诊。当天，该院组织20余名专家"
            "开展“国际护士节”义诊活动，服务市民300余人次。渝西都市报记者 陈仕川 摄",
        ),
        authors=("陈仕川",),
        date="2024-05-13",
    ),
    article(
        "茶山竹海迎来采茶季",
        Block(
            "caption", "▲连日来，茶山竹海街道的茶农抢抓晴好天气采摘春茶。（图片由茶山竹海街道提供）"
        ),
        date="2024-05-13",
    ),
    article(
        "职教学子技能比武",
        Block("caption", "图为重庆城市职业学院学生在技能竞赛中进行数控加工操作。"),
        Block("caption", "记者 张 扬 摄"),
        authors=("张扬",),
        date="2024-05-13",
    ),
]


PHOTOS_MARKDOWN = """# 图片新闻

## 义诊进公园

▲5月12日，永川区中医院医护人员在兴龙湖公园为市民义诊。当天，该院组织20余名专家\
开展“国际护士节”义诊活动，服务市民300余人次。渝西都市报记者 陈仕川 摄

## 茶山竹海迎来采茶季

▲连日来，茶山竹海街道的茶农抢抓晴好天气采摘春茶。（图片由茶山竹海街道提供）

## 职教学子技能比武

图为重庆城市职业学院学生在技能竞赛中进行数控加工操作。

记者 张 扬 摄
"""


def test_photo_news_credits_the_photographer_after_the_caption():
    """``…300余人次。渝西都市报记者 陈仕川 摄``: the credit closes the caption, unbracketed.
    The ``图片新闻`` label over the three items is no item's kicker."""
    assert_articles(parse_text(PHOTOS_MARKDOWN, "20240513_04.txt"), PHOTOS)


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_photo_news_below_a_story_in_every_layout(layout):
    """(Plain text cannot tell the 图片新闻 label from a title: it is left out.)"""
    page = [*STORY, *PHOTOS]
    assert_articles(parse_text(LAYOUTS[layout](page), "20240513_04.txt"), page)


PHOTO_CREDITS = [
    article(
        "红炉镇“稻田画”吸引游客",
        Block(
            "caption",
            "9月5日，红炉镇龙井口村，游客在观景台上欣赏彩色水稻种植而成的“稻田画”。今年，"
            "该村用紫、黄、绿三色水稻绘制出“乡村振兴”字样和熊猫图案。□ 王 伟 摄",
        ),
        authors=("王伟",),
        date="2024-09-07",
    ),
    article(
        "重阳敬老 情暖夕阳",
        Block(
            "caption",
            "10月22日，吉安镇敬老院里，志愿者为老人们理发、剪指甲、测血压，并送上重阳糕。当天，"
            "该镇20余名志愿者走进敬老院，开展“九九重阳·情暖夕阳”志愿服务活动。（通讯员 邱 红 摄）",
        ),
        authors=("邱红",),
        date="2024-09-07",
    ),
    article(
        "双石镇高标准农田建设提速",
        Block(
            "caption",
            "▲9月16日，双石镇双石村高标准农田建设项目现场，施工机械正在平整土地。"
            "该项目建设面积5000亩，计划年底前完工。摄影/刘强",
        ),
        authors=("刘强",),
        date="2024-09-07",
    ),
]


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_photo_items_credited_after_their_last_sentence_in_other_forms(layout):
    """A photo item's whole text closed by its credit after a mark (``□ 王 伟 摄``), in
    brackets (``（通讯员 邱 红 摄）``) or after ``摄影/``: a caption, its photographer
    the author."""
    assert_articles(parse_text(LAYOUTS[layout](PHOTO_CREDITS), "20240907_04.txt"), PHOTO_CREDITS)


# --------------------------------------------------------------------------- opinion, interview

COMMENTARY = [
    article(
        "以“绣花功夫”提升城市精细化管理水平",
        para("本报评论员"),
        para(
            "城市管理是一门科学，也是一门艺术。一条街道是否干净整洁，一处井盖是否安全牢固，"
            "都关系着群众的切身感受。"
        ),
        para(
            "提升城市精细化管理水平，既要在“细”字上下功夫，也要在“实”字上见成效。"
            "各级各部门要把群众的“小事”当成自己的“大事”，让城市更有温度。"
        ),
        date="2024-05-14",
    ),
    article(
        "让更多职教学子“留永就业”",
        para(
            "近年来，永川职业教育发展迅速，每年有数万名毕业生走向社会。如何让更多职教学子"
            "留在永川？记者日前专访了重庆城市职业学院院长王建国。"
        ),
        para("记者：今年学院在校企合作方面有哪些新举措？"),
        para(
            "王建国：我们与长城汽车、中船重工等30多家企业共建产业学院，实行“订单式”培养，"
            "学生一入学就知道将来去哪里工作。"
        ),
        para("记者：毕业生留永就业的比例如何？"),
        para("王建国：2023届毕业生中，有近四成选择留在永川就业，这个比例还在逐年提高。"),
        subtitle="——访重庆城市职业学院院长王建国",
        authors=("钟梅", "罗小雨"),
        date="2024-05-14",
    ),
]


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_commentary_and_interview(layout):
    """本报评论员 signs without a name, a byline line like any other: neither headline
    nor paragraph; an interview's questions and answers stay paragraphs of their own."""
    got = parse_text(LAYOUTS[layout](COMMENTARY), "2024-05-14-第2版.txt")
    leader = COMMENTARY[0]
    assert_articles(got, [replace(leader, blocks=leader.blocks[1:]), *COMMENTARY[1:]])


# --------------------------------------------------------------------------- boxes

BOXED = [
    article(
        "永川茶山竹海获评国家级旅游度假区",
        para(
            "本报讯 12月20日，文化和旅游部公布新一批国家级旅游度假区名单，"
            "永川茶山竹海旅游度假区榜上有名。"
        ),
        para(
            "据悉，茶山竹海旅游度假区总面积约30平方公里，森林覆盖率达97%，拥有国家4A级"
            "旅游景区2个，年接待游客超过500万人次。下一步，我区将持续完善度假区配套设施，"
            "丰富四季旅游产品。（记者 陈 琳）"
        ),
        Block("subhead", "相关链接"),
        para(
            "国家级旅游度假区是指符合国家标准《旅游度假区等级划分》相关要求，经文化和旅游部"
            "认定的旅游度假区，是我国旅游度假区的最高等级。"
        ),
        Block("subhead", "【小贴士】"),
        para("冬季上山请注意防寒保暖，雨雪天气驾车请减速慢行。"),
        authors=("陈琳",),
        date="2024-12-22",
    ),
    article(
        "松溉古镇举办年猪节",
        para("本报讯 12月21日，松溉古镇第五届年猪节开幕，吸引游客2万余人次。（通讯员 周 洁）"),
        authors=("周洁",),
        date="2024-12-22",
    ),
]


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_a_box_printed_with_a_story_is_part_of_it(layout):
    """相关链接 / 小贴士 label a box of the story above them (after its signature,
    where a headline would stand): a section of it, never a story of its own."""
    assert_articles(parse_text(LAYOUTS[layout](BOXED), "20241222_03.txt"), BOXED)


VISITORS_BOX = [
    article(
        "国庆期间部分景区实行门票优惠",
        para(
            "本报讯（渝西都市报记者 何 苗）记者9月26日从区文化旅游委获悉，国庆假期期间，"
            "全区部分A级旅游景区将推出门票优惠措施。"
        ),
        Block("subhead", "【优惠信息】"),
        para("茶山竹海景区：10月1日至7日，门票由60元/人调整为30元/人，景区观光车票价不变。"),
        para("乐和乐都主题公园：60周岁以上老人凭身份证购票享半价优惠。"),
        authors=("何苗",),
        date="2024-09-28",
    ),
]


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_a_visitors_box_under_a_story_is_part_of_it(layout):
    """``【优惠信息】`` over rows led by a place and a colon (``茶山竹海景区：…``): a box
    of the story above, its rows no briefs led by their places."""
    assert_articles(parse_text(LAYOUTS[layout](VISITORS_BOX), "20240928_05.txt"), VISITORS_BOX)


ADVISED = [
    article(
        "租房遇上“二房东”卷款跑路 租户该如何维权",
        para(
            "本报讯（渝西都市报记者 胡 杨）6月13日，6名租户到中山路派出所报警，称“二房东”"
            "赵某收取半年房租后失联。民警调查发现，赵某整租3套房屋后隔断转租，其涉嫌合同诈骗已被立案侦查。"
        ),
        Block("subhead", "律师提醒："),
        para(
            "重庆渝永律师事务所律师蒋文涛提醒，租房时要核实出租人身份，查看房屋产权证明；"
            "如果对方是转租，要查看业主同意转租的书面证明。"
        ),
        authors=("胡杨",),
        date="2024-06-18",
    ),
    article(
        "永川区检察院开展“检察开放日”活动",
        para(
            "本报讯（通讯员 刘 敏）6月14日，永川区检察院开展“检察开放日”活动，30余名市民走进检察院。"
        ),
        authors=("刘敏",),
        date="2024-06-18",
    ),
]


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_a_lawyers_advice_under_a_case_is_a_section_of_it(layout):
    """``律师提醒：`` alone on its line, over the advice: the label of a box of the
    story above, a subhead (its colon kept), not the end of a paragraph."""
    page = LAYOUTS[layout](ADVISED)
    assert_articles(parse_text(page, "2024-06-18_第6版.txt"), ADVISED)
    if layout == "markdown":  # a plain line among Markdown headings, as well as a heading
        plain_line = page.replace("### 律师提醒：", "律师提醒:")
        (case, _) = parse_text(plain_line, "2024-06-18_第6版.txt")
        assert [b.kind for b in case.blocks] == ["paragraph", "subhead", "paragraph"]


# --------------------------------------------------------------------------- a theory page

THEORY = [
    article(
        "以新质生产力推动高质量发展",
        para(
            "发展新质生产力是推动高质量发展的内在要求和重要着力点。永川作为重庆主城都市区"
            "战略支点，必须牢牢把握这一重大课题，在实践中不断探索。"
        ),
        Block("subhead", "一、深刻认识新质生产力的科学内涵"),
        para(
            "新质生产力是创新起主导作用，摆脱传统经济增长方式、生产力发展路径，具有高科技、"
            "高效能、高质量特征的先进生产力质态。"
        ),
        Block("subhead", "二、准确把握发展新质生产力的实践要求"),
        para(
            "要强化企业科技创新主体地位，推动创新链产业链资金链人才链深度融合，立足永川"
            "产业基础，发展智能网联新能源汽车、数智科技等产业集群。"
        ),
        para("（作者单位：中共重庆市永川区委党校）"),
        authors=("王建华",),
        date="2024-05-20",
    ),
]


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_a_note_in_brackets_closes_its_article(layout):
    """（作者单位：…） at the end of a signed essay is its last paragraph, never the
    headline of a story of its own."""
    assert_articles(parse_text(LAYOUTS[layout](THEORY), "20240520_04.txt"), THEORY)


# --------------------------------------------------------------------------- masthead headings


HEADED = [
    article(
        "永川区召开一季度经济形势分析会",
        para(
            "本报讯（渝西都市报记者 涂 燕）4月18日，永川区召开一季度经济形势分析会，"
            "总结一季度经济运行情况，安排部署二季度重点工作。"
        ),
        para("会议指出，一季度全区经济运行开局良好、稳中有进。"),
        kicker="一季度经济",
        authors=("涂燕",),
        date="2024-04-20",
    ),
    article(
        "区图书馆新增图书2万册",
        para("近日，永川区图书馆新购入图书2万余册，涵盖文学、科普、少儿等类别。"),
        date="2024-04-20",
    ),
]


def test_story_headings_under_a_masthead_in_headings_are_titles():
    """``# 渝西都市报`` / ``## 2024年4月20日 第2版 要闻`` take the top levels: the
    stories' ``###`` headings are then their titles (and ``####`` a kicker), even
    over a lead that neither opens with 本报讯 nor follows a signed story."""
    body = relayout.markdown(HEADED).split("\n\n")
    page = "\n\n".join(
        ["# 渝西都市报", "## 2024年4月20日 星期六 第2版 要闻"]
        + ["#" + part if part.startswith("#") else part for part in body]
    )
    got = parse_text(page, "page.txt")
    assert_articles(got, HEADED)
    assert {(a.page, a.section) for a in got} == {("2", "要闻")}


def test_a_lesser_heading_under_a_title_is_its_subtitle():
    """``# 永川区召开…分析会`` over ``## 总结经验…``: the title and its subtitle; a photo
    column's label over a heading (``# 图片新闻`` over ``## 义诊进公园``) is no title
    nor kicker."""
    page = (
        "# 永川区召开一季度经济形势分析会\n\n## 总结经验 部署二季度重点工作\n\n"
        "本报讯（渝西都市报记者 涂 燕）4月18日，永川区召开一季度经济形势分析会。\n\n"
        "# 图片新闻\n\n## 义诊进公园\n\n▲5月12日，医护人员在公园开展义诊。记者 陈仕川 摄\n"
    )
    got = parse_text(page, "page.txt")
    assert [(a.kicker, a.title, a.subtitle) for a in got] == [
        ("", "永川区召开一季度经济形势分析会", "总结经验 部署二季度重点工作"),
        ("", "义诊进公园", ""),
    ]


# --------------------------------------------------------------------------- ！ and ？ headlines

EXCLAIMED = [
    article(
        "这个夏天，来永川避暑吧！",
        para(
            "本报讯（记者 王 丽）7月4日，记者从区文化旅游委获悉，今年暑期我区推出避暑旅游线路"
            "10条，茶山竹海、野生动物世界等景区推出多项优惠活动。"
        ),
        para("据介绍，7月至8月，持本地身份证的游客可享受部分景区门票半价优惠，每人每天限一次。"),
        authors=("王丽",),
        date="2024-07-05",
    ),
    article(
        "为什么年轻人爱上了“村BA”？",
        para(
            "本报讯（记者 张 扬）7月3日晚，来苏镇“村BA”篮球赛在镇文体广场开赛，"
            "吸引3000余名观众到场观赛。"
        ),
        para("“比赛很精彩，氛围很好！”观众李女士说，她每场都带着孩子来看。"),
        authors=("张扬",),
        date="2024-07-05",
    ),
    article(
        "“五一”去哪儿？永川文旅活动日历请收好",
        para(
            "本报讯（记者 邓 湘）“五一”假期即将到来，记者从区文化旅游委获悉，全区将推出"
            "非遗展演、音乐露营等30余项文旅活动。"
        ),
        para("茶山竹海景区将举办竹海音乐露营节，全天有乐队驻唱、篝火晚会等活动。"),
        authors=("邓湘",),
        date="2024-07-05",
    ),
]


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_a_headline_may_end_with_an_exclamation_or_a_question(layout):
    """Short, one sentence, and followed by a story's opening (本报讯…): a headline,
    not the last paragraph of the story before; so is one that asks inside, a term
    in quotes first (“五一”去哪儿？…)."""
    assert_articles(parse_text(LAYOUTS[layout](EXCLAIMED), "20240705_04.txt"), EXCLAIMED)


# --------------------------------------------------------------------------- an issue in one file

ISSUE = """渝西都市报
YUXI DUSHI BAO
国内统一连续出版物号 CN50-0085  总第2468期
2024年4月20日 星期六 农历甲辰年三月十二 第1版 要闻
永川区召开一季度经济形势分析会
本报讯（渝西都市报记者 涂 燕）4月18日，永川区召开一季度经济形势分析会，总结一季度\
经济运行情况，安排部署二季度重点工作。
会议指出，一季度全区经济运行开局良好、稳中有进，地区生产总值同比增长6.2%。
本版责编：刘 洋 校对：王 丽
2024年4月20日 星期六 第2版
民生
◆菜篮子价格保持平稳
本报讯（记者 李 明）记者从区发展改革委获悉，4月以来，我区重要民生商品价格总体平稳，\
市场供应充足。主要有以下特点：
● 蔬菜价格环比下降3.2%，本地菜大量上市。
● 猪肉价格小幅上涨，涨幅在合理区间。
■ 聚焦一线
在胜利路农贸市场，记者看到，各类蔬菜摆放整齐，前来购买的市民络绎不绝。
"""


def _column_text(page: str, chars: int = 20) -> str:
    """``page`` with its paragraphs hard-wrapped as a PDF column prints them."""
    rows: list[str] = []
    for line in page.splitlines():
        paragraph = "，" in line
        rows += [line[i : i + chars] for i in range(0, len(line), chars)] if paragraph else [line]
    return "\n".join(rows)


@pytest.mark.parametrize("wrap", [False, True])
def test_an_issue_in_one_file_gives_each_page_its_section(wrap):
    """A masthead naming another page starts that page; the nameplate (pinyin name,
    serial numbers) is no story; a decorated heading (◆, ■) loses its mark, a
    decorated sentence (●) is an item of its own."""
    got = parse_text(_column_text(ISSUE) if wrap else ISSUE, "issue.txt")
    assert [(a.title, a.page, a.section, a.date) for a in got] == [
        ("永川区召开一季度经济形势分析会", "1", "要闻", "2024-04-20"),
        ("菜篮子价格保持平稳", "2", "民生", "2024-04-20"),
    ]
    text = "".join(b.text for a in got for b in a.blocks)
    assert not any(word in text for word in ("YUXI", "CN50", "总第", "责编", "民生\n"))
    assert [(b.kind, b.text) for b in got[1].blocks[1:]] == [
        ("paragraph", "● 蔬菜价格环比下降3.2%，本地菜大量上市。"),
        ("paragraph", "● 猪肉价格小幅上涨，涨幅在合理区间。"),
        ("subhead", "聚焦一线"),
        ("paragraph", "在胜利路农贸市场，记者看到，各类蔬菜摆放整齐，前来购买的市民络绎不绝。"),
    ]
    assert got[1].authors == ("李明",)


ISSUE_MIXED = """=== 第1版 ===

# 渝西都市报

2024年6月12日 星期三 第1版 要闻

## 永川高新区集中签约12个项目

本报讯(渝西都市报记者 黄雪梅)6月11日,永川高新区举行项目集中签约活动,12个项目总投资86亿元。

### 招商

签约项目涵盖智能网联汽车零部件、电子信息等领域。

=== 第2版 ===

2024年6月12日 星期三 第2版 综合

何埂镇推行“院坝议事”

本报讯(渝西都市报记者 邓雯)6月10日晚,何埂镇石梯村的院坝里坐满了村民。

“有事大家商量着办。”村党委书记说。

城区新添3处“口袋公园”

本报讯(渝西都市报记者 马骏)6月9日,南大街街道3处“口袋公园”建成开放。
"""


def test_each_page_of_a_file_is_read_in_its_own_layout():
    """A Markdown front page, then a plain page, in one file, pages parted by
    ``=== 第2版 ===``: the plain page's headlines are titles (not paragraphs of
    the Markdown page's last story), and the marker is no story."""
    got = parse_text(ISSUE_MIXED, "yxdsb_20240612_01-02.txt")
    assert [(a.title, a.page, a.section) for a in got] == [
        ("永川高新区集中签约12个项目", "1", "要闻"),
        ("何埂镇推行“院坝议事”", "2", "综合"),
        ("城区新添3处“口袋公园”", "2", "综合"),
    ]
    assert [b.kind for b in got[0].blocks] == ["paragraph", "subhead", "paragraph"]
    assert got[1].authors == ("邓雯",)


# --------------------------------------------------------------------------- a notice

NOTICE_ITEMS = (
    ("一、管制时间", "2024年5月19日7:00至12:00。"),
    ("二、管制路段", "人民大道（兴龙大道至昌州大道段）、渝西大道中段。"),
    ("三、其他事项", "管制期间，请过往车辆和行人服从现场民警指挥，给您带来的不便敬请谅解。"),
)
NOTICE_LINES = [
    "为保障2024永川马拉松赛事顺利进行，根据《中华人民共和国道路交通安全法》"
    "相关规定，现将有关事项通告如下：",
    *(line for item in NOTICE_ITEMS for line in item),
    "特此通告。",
    "重庆市公安局永川区分局",
    "2024年5月15日",
]
NOTICE_TITLE = "关于城区部分道路实施临时交通管制的通告"


def notice_blocks() -> tuple:
    heads = {head for head, _ in NOTICE_ITEMS}
    return tuple(
        ("subhead" if line in heads else "paragraph", line.replace(" ", ""))
        for line in NOTICE_LINES
    )


@pytest.mark.parametrize("layout", ["markdown", "plain", "plain, no blank lines"])
def test_a_notice_keeps_its_items_and_its_signing_date(layout):
    """Numbered items are no stories' headlines and do not run into their text (a
    short one alone on its line heads its clause, in Markdown as in plain text);
    the date under the issuer is the notice's, not a masthead (the issue's date is
    in the file name)."""
    if layout == "markdown":
        page = f"## {NOTICE_TITLE}\n\n" + "\n\n".join(NOTICE_LINES) + "\n"
    else:
        page = ("\n\n" if layout == "plain" else "\n").join([NOTICE_TITLE, *NOTICE_LINES])
    (got,) = parse_text(page, "20240516_04.txt")
    assert got.title == NOTICE_TITLE
    assert got.date == "2024-05-16"
    assert unspaced(got)[-1] == notice_blocks()


def test_numbered_sections_of_a_labelled_columns_piece_are_its_subheads():
    """A column's label over its piece (``农技课堂``) makes the one-line headings
    below its items, but not the piece's numbered sections (``一、及时修剪整形``); the
    label names the column, no part of the headline."""
    page = (
        "农技课堂\n柑橘春季管理抓好“四个关键”\n\n文/罗建华\n\n"
        "三月以来，我区气温逐步回升，春季管理要重点抓好以下关键环节。\n\n"
        "一、及时修剪整形\n\n春梢萌发前完成修剪，以疏剪为主、短截为辅。\n\n"
        "二、科学施用春肥\n\n春肥以速效氮肥为主，配合施用磷钾肥。\n\n"
        "谨防“倒春寒”危害早稻秧苗\n\n"
        "本报讯（通讯员 黄 静）据区气象台预报，3月下旬我区将出现一次明显降温过程。\n"
    )
    guide, warning = parse_text(page, "page.txt")
    assert (guide.kicker, guide.title) == ("", "柑橘春季管理抓好“四个关键”")
    assert subheads(guide) == ["一、及时修剪整形", "二、科学施用春肥"]
    assert warning.title == "谨防“倒春寒”危害早稻秧苗"


def test_an_unmarked_short_heading_between_markdown_paragraphs_is_a_subhead():
    """A Markdown dump that lost a minor heading's bold (``抱团闯市场`` between
    finished paragraphs): a subhead, not the start of the paragraph below, while a
    paragraph a column break cut mid-clause still joins its rest."""
    page = (
        "# 合作社里话丰收\n\n渝西都市报记者 钟梅\n\n"
        "秋分时节，走进黄瓜山片区的临江镇，连片的梨园里，果农们正在采摘晚熟梨。\n\n"
        "抱团闯市场\n\n"
        "“过去各家各户单独卖梨，价格被压得很低。”五间镇果农蒋大爷说。该合作社还将举办趣味运动会、\n\n\n"
        "农产品直播带货等活动。\n"
    )
    (got,) = parse_text(page, "page.txt")
    assert [(b.kind, b.text[:5]) for b in got.blocks] == [
        ("paragraph", "秋分时节，"),
        ("subhead", "抱团闯市场"),
        ("paragraph", "“过去各家"),
    ]


@pytest.mark.parametrize("again", ["", "## 永川职教城启动产教融合对接行动\n\n"])
def test_a_story_sent_on_to_a_later_page_of_the_same_file_is_one_article(again):
    """``（下转2版）`` on page 1 and ``（上接1版）`` on page 2 of one issue's file (the
    headline printed again over the rest or not): one article, the paragraph the
    jump cut joined again."""
    page = (
        "2024年4月20日 星期六 第1版 要闻\n\n## 永川职教城启动产教融合对接行动\n\n"
        "本报讯（渝西都市报记者 涂 燕）4月19日上午，永川职教城产教融合对接行动启动。\n\n"
        "区教委相关负责人表示，下一步将建立校企合作项目库，定期发布企业用工需求和院校\n\n"
        "（下转2版）\n\n## 松溉古镇迎来踏青游客\n\n连日来，松溉古镇迎来踏青赏花高峰。\n\n"
        f"2024年4月20日 星期六 第2版 要闻\n\n（上接1版）\n\n{again}"
        "人才供给清单，力争到年底新增校企合作项目100个以上。\n\n"
        "活动当天，还举行了职业院校学生技能作品展。\n\n"
        "## 卫星湖街道：老旧小区加装电梯惠及千余户\n\n"
        "本报讯（渝西都市报记者 谢 春）4月18日，卫星湖街道红旗小区的新电梯投入使用。\n"
    )
    got = parse_text(page, "2024-04-20_第1-2版.txt")
    assert [a.title for a in got] == [
        "永川职教城启动产教融合对接行动",
        "松溉古镇迎来踏青游客",
        "卫星湖街道：老旧小区加装电梯惠及千余户",
    ]
    assert [b.text[:6] for b in got[0].blocks] == ["本报讯（渝西", "区教委相关负", "活动当天，还"]
    assert (
        got[0]
        .blocks[1]
        .text.endswith(
            "定期发布企业用工需求和院校人才供给清单，力争到年底新增校企合作项目100个以上。"
        )
    )


def test_a_labelled_guide_signed_under_its_headline_keeps_its_sections():
    """``周末去哪儿`` over a headline and a byline line, a lead, then a place's
    heading over each event: one guide in sections, not a column of items."""
    page = (
        "周末去哪儿\n端午假期 永川这些好去处等你来\n渝西都市报记者 李思雨\n\n"
        "端午小长假即将到来，记者梳理了近期永川各地的文旅活动，供市民参考。\n\n"
        "松溉古镇：端午民俗文化节\n\n时间：6月8日至10日。地点：松溉古镇。\n\n"
        "茶山竹海：竹林音乐露营季\n\n时间：6月8日至6月30日每周末。地点：茶山竹海薄刀岭景区。\n"
    )
    (got,) = parse_text(page, "page.txt")
    assert (got.title, got.authors) == ("端午假期 永川这些好去处等你来", ("李思雨",))
    assert subheads(got) == ["松溉古镇：端午民俗文化节", "茶山竹海：竹林音乐露营季"]


@pytest.mark.parametrize(
    ("top", "bottom"), [("┏━━━━━━━━━━━━━━━━┓", "┗━━━━━━━━━━━━━━━━┛"), ("┄" * 20, "┄" * 20)]
)
def test_a_notice_boxed_by_box_drawing_rules_between_stories(top, bottom):
    """A box's borders drawn with box-drawing characters (corners and all, or a
    dashed rule) part the page as rules do: no headline's text."""
    page = (
        "茶山竹海景区环线公路全线贯通\n\n本报讯 10月12日，茶山竹海景区环线公路全线贯通。\n\n"
        f"{top}\n道路施工通告\n因环线公路交通安全设施施工需要，10月16日至10月25日实行间断性交通管制。\n"
        f"永川区交通运输委员会\n2024年10月14日\n{bottom}\n\n"
        "朱沱镇码头连接道改造完工\n\n本报讯 10月13日，朱沱镇码头连接道改造完工。\n"
    )
    got = parse_text(page, "page.txt")
    assert [a.title for a in got] == [
        "茶山竹海景区环线公路全线贯通",
        "道路施工通告",
        "朱沱镇码头连接道改造完工",
    ]


def test_a_notice_boxed_by_equals_rules_keeps_its_signing_date():
    """``====`` under the notice's date closes its box: the date is the notice's
    last line, not a Markdown heading (nor a masthead), the issuer no kicker below."""
    page = (
        "永川区召开防汛工作会议\n\n本报讯 8月4日，永川区召开防汛工作会议。\n\n\n"
        "========================================\n仙龙镇停水通知\n"
        "因供水主管道迁改施工，定于2024年8月7日对仙龙镇场镇暂停供水，请用户提前做好储水准备。\n"
        "永川区仙龙供水站\n2024年8月5日\n========================================\n\n\n"
        "朱沱镇码头连接道改造完工\n\n本报讯 8月3日，朱沱港码头连接道改造工程完工通车。\n"
    )
    _, notice, road = parse_text(page, "page.txt")
    assert [b.text for b in notice.blocks][-2:] == ["永川区仙龙供水站", "2024年8月5日"]
    assert (road.kicker, road.title) == ("", "朱沱镇码头连接道改造完工")


def test_an_undated_pages_notice_is_dated_by_its_signature_not_its_items():
    """On a page with no issue date, a notice whose items name days (``管制时间：
    2024年10月1日至10月7日``) is dated by the day it is signed, ``2024年9月25日``."""
    page = (
        "关于国庆节期间茶山竹海景区周边道路实行交通管制的通告\n\n"
        "为确保国庆节期间道路交通安全，决定对景区周边部分道路实行交通管制。现将有关事项通告如下：\n\n"
        "一、管制时间：2024年10月1日至10月7日，每日8时至18时。\n\n"
        "二、管制范围：茶竹路禁止大型客车通行。\n\n特此通告。\n\n重庆市公安局永川区分局\n\n2024年9月25日\n"
    )
    (notice,) = parse_text(page, "page.txt")
    assert notice.date == "2024-09-25"


def test_a_title_with_a_comma_between_its_label_and_its_byline():
    """``记者手记`` / ``在朱沱港，听见长江的“心跳”`` / ``渝西都市报记者 彭禹乔``: the line
    between the label and the byline is the piece's title, its comma no clause of text."""
    page = (
        "松溉古镇“慢下来”的底气\n\n本报评论员 任远\n\n"
        "11月20日，松溉古镇罗家祠堂修缮工程完\n工。与一些地方热衷“拆旧建新”不同，这次\n"
        "修缮坚持“修旧如旧”，连瓦片都是从老房子\n上拆下来重新利用的。\n\n"
        "慢下来，不是不发展，而是有底气地发展。守\n住历史文脉，古镇的路才会越走越宽。\n\n\n"
        "记者手记\n在朱沱港，听见长江的“心跳”\n\n渝西都市报记者 彭禹乔\n\n"
        "清晨六点，朱沱港的龙门吊已经开始作业。一\n个个集装箱从货轮上吊起，稳稳落在堆场里。\n"
        "码头调度员老陈告诉我，现在港口每天进出的\n货物，比五年前翻了一番。\n"
    )
    opinion, notes = parse_text(page, "page.txt")
    assert (notes.title, notes.authors) == ("在朱沱港，听见长江的“心跳”", ("彭禹乔",))
    assert [b.kind for b in opinion.blocks].count("paragraph") == 2


# --------------------------------------------------------------------------- advertisements

SIGNING = (
    "永川高新区新签约项目12个 总投资86.5亿元\n\n"
    "本报讯（渝西都市报记者 陈仕川）4月15日，永川高新区举行重点项目集中签约仪式，"
    "12个项目现场签约，总投资86.5亿元。\n\n"
    "据了解，今年以来，永川高新区已累计签约项目37个。\n"
)


@pytest.mark.parametrize(
    "advert",
    [
        "\n\n诚邀四海宾朋　共享发展机遇\n永川区投资促进中心　招商热线：023-49812345\n",
        "\n---\n\n**重庆农商行永川分行**\n\n普惠金融　助企前行　服务热线：96899\n",
        "\n\n\n**永川区投资促进中心　诚邀天下客商**\n\n投资热线：023-49812345\n\n责任编辑：刘　洋\n",
        "\n\n\n喝永川秀芽 品茶竹之城\n（广告）\n",
        "\n\n\n【广告】永川区新华书店 新年图书特惠 教辅图书满100元减20元 地址：永川区人民大道\n",
        "\n\n\n松溉古镇·江景民宿　春季特惠\n预订热线：023-4958××××\n",
        "\n\n* * *\n\n茶山竹海 清凉一夏\n\n暑期门票半价 咨询电话：023-49888666（广告）\n",
        "\n\n\n办事依法 遇事找法 解决问题用法 化解矛盾靠法\n\n永川区委依法治区办 宣\n",
        "\n\n\n松溉古镇　千年渔港　欢迎您\n——松溉镇人民政府宣\n",
    ],
)
def test_an_advert_set_apart_at_the_pages_foot_is_no_text(advert):
    """A slogan or the advertiser over its hotline or its mark (``（广告）``), or a
    public service advert signed by who ran it (``…人民政府宣``), set apart by
    blank lines or a rule: no story of its own, nor the text of the story above it."""
    (got,) = parse_text(SIGNING + advert, "page.txt")
    assert got.blocks[-1].text == "据了解，今年以来，永川高新区已累计签约项目37个。"


@pytest.mark.parametrize(
    "advert",
    [
        "【广告】永川秀芽·茶山竹海的味道 订购热线：023-49812345",
        "【公益广告】全力建设重庆城市副中心",
    ],
)
def test_a_line_marked_an_advert_is_no_text_wherever_it_stands(advert):
    """``【广告】…`` says what it is: no text, however close under the story."""
    (got,) = parse_text(SIGNING + f"\n{advert}\n", "page.txt")
    assert got.blocks[-1].text == "据了解，今年以来，永川高新区已累计签约项目37个。"


def test_a_notices_hotline_under_its_text_stays_its_text():
    """Under the notice's last paragraph, not set apart: the notice's own line."""
    page = (
        "停水通知\n\n因供水管网改造，5月20日8:00至20:00，胜利路街道部分区域停止供水。\n\n"
        "永川区自来水公司\n服务热线：023-49876543\n"
    )
    (got,) = parse_text(page, "page.txt")
    assert got.blocks[-1].text.endswith("023-49876543")


# --------------------------------------------------------------------------- jumps, files

FRONT = [
    article(
        "永川区一季度规上工业产值增长12.6%",
        para(
            "本报讯（渝西都市报记者 钟 梅 王 丽 通讯员 刘 倩）4月18日，记者从永川区经济"
            "信息委获悉，今年一季度，全区规上工业产值同比增长12.6%，其中新能源汽车产业增长35.2%。"
        ),
        para(
            "据介绍，长城汽车重庆永川工厂一季度生产整车3.2万辆，带动本地配套企业新增订单"
            "超过5亿元，5G工厂、AI质检等新技术已在多条产线投入使用。"
        ),
        para("（下转第3版）"),
        kicker="聚焦“一三五”总体发展思路",
        subtitle="——新能源汽车产业贡献突出",
        authors=("钟梅", "王丽", "刘倩"),
        date="2024-04-20",
    ),
    article(
        "胜利路街道开展消防演练",
        para(
            "本报讯 4月19日，胜利路街道组织辖区企业开展消防应急演练，"
            "300余名职工参加。（记者 涂 燕 实习生 赵小六）"
        ),
        authors=("涂燕", "赵小六"),
        date="2024-04-20",
    ),
]


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_kicker_dash_subtitle_and_a_jump_in_every_layout(layout):
    page = "第1版 要闻\n\n" + LAYOUTS[layout](FRONT)
    got = parse_text(page, "2024-04-20-第1版.txt")
    assert_articles(got, FRONT)
    assert {(a.page, a.section) for a in got} == {("1", "要闻")}


@pytest.mark.parametrize(
    ("encoding", "newline", "name"),
    [
        ("gbk", "\r\n", "20240420_01.txt"),
        ("gb18030", "\n", "2024-04-20-第1版.txt"),
        ("utf-16", "\r\n", "渝西都市报2024年4月20日第1版.txt"),
        ("utf-16-le", "\n", "20240420.txt"),
    ],
)
def test_encodings_line_ends_and_dates_in_file_names(tmp_path, encoding, newline, name):
    text = relayout.column(FRONT, 20, "after", indent=True)
    path = tmp_path / name
    bom = b"\xff\xfe" if encoding == "utf-16-le" else b""
    path.write_bytes(bom + text.replace("\n", newline).encode(encoding))
    assert_articles(list(parse_file(path).articles), FRONT)


@pytest.mark.parametrize(
    ("name", "page", "section"),
    [
        ("2024年4月20日第2版要闻.txt", "2", "要闻"),
        ("渝西都市报_20240420_第02版_综合.txt", "2", "综合"),
        ("20240420-02.txt", "", ""),  # a bare number may be anything
        ("第3版.txt", "3", ""),
    ],
)
def test_a_file_name_gives_the_page_and_section_a_page_does_not(name, page, section):
    got = parse_text(relayout.plain(FRONT), name)
    assert {(a.page, a.section) for a in got} == {(page, section)}
    masthead = "2024年4月20日 星期六 第1版 要闻\n\n"  # the page's own word comes first
    assert {(a.page, a.section) for a in parse_text(masthead + relayout.plain(FRONT), name)} == {
        ("1", "要闻")
    }


CONTINUED = """2024年4月20日　星期六　第３版　综合　责任编辑：王小红

（上接第1版）

区经济信息委相关负责人介绍，今年以来，永川加快培育智能网联新能源汽车产业集群，\
新引进零部件项目12个，总投资46亿元。

“我们将继续做好企业服务，帮助企业解决用工、融资等难题。”该负责人说。

校对：陈 敏
"""


def test_a_continued_story_with_a_full_width_masthead():
    (got,) = parse_text(CONTINUED, "page.txt")
    assert (got.title, got.continuation, got.date) == ("（上接第1版）", "1", "2024-04-20")
    assert (got.page, got.section) == ("3", "综合")
    assert [b.text[:6] for b in got.blocks] == ["区经济信息委", "“我们将继续"]


# ------------------------------------------------------------- a feature's sections

FEATURE = [
    article(
        "抢抓农时 永川春耕备耕忙",
        para(
            "本报讯（渝西都市报记者 张 敏）连日来，永川各镇街抢抓农时，组织农户"
            "开展春耕备耕，田间地头一派繁忙景象。"
        ),
        Block("subhead", "来苏镇：机械化助力春耕"),
        para("3月5日，在来苏镇观音井村，几台旋耕机在田间来回穿梭，翻耕后的土地平整松软。"),
        para("“今年我们提前检修了农机，确保春耕不误农时。”村党支部书记李明说。"),
        Block("subhead", "仙龙镇：科技人员进田间"),
        para("3月6日上午，仙龙镇农技人员来到种植大户王刚的田里，指导育秧技术。"),
        para("据了解，今年全区计划种植水稻40万亩。"),
        authors=("张敏",),
        date="2024-03-07",
    )
]


def test_a_feature_whose_sections_open_with_dates_stays_one_story():
    """In Markdown a ``###`` subhead followed by a dateline lead is a section of the
    story, not a new one (briefs are told apart by 本报讯, a byline, or the signature
    closing the one before). Plain and column text print a subhead like a title,
    and there a dateline lead after one does start a story (as on seed 001)."""
    page = "2024年3月7日 星期四 第2版 要闻\n\n" + relayout.markdown(FEATURE)
    assert_articles(parse_text(page, "page.txt"), FEATURE)


# --------------------------------------------------------------------------- a series' opening

EDITORS_NOTE = para(
    "编者按：今年以来，永川区持续深化“放管服”改革，营商环境不断优化。即日起，本报推出"
    "“优化营商环境 永川在行动”系列报道，敬请关注。"
)
SERIES = [
    article(
        "永川区推行涉企事项“一单通办”",
        EDITORS_NOTE,
        para(
            "核心提示：5月以来，永川区梳理出涉企高频事项126项，全部纳入“一单通办”清单，"
            "企业办事平均跑动次数从2.3次降至0.8次。"
        ),
        para(
            "本报讯（记者 刘 洋 通讯员 陈 静）昨（4）日，记者从区政务服务中心获悉，我区推行"
            "涉企事项“一单通办”以来，已为1.2万家次企业提供服务。"
        ),
        Block("subhead", "一、清单之外无审批"),
        para(
            "区政务服务中心相关负责人介绍，清单将企业从开办到注销全生命周期的126项高频事项"
            "逐一列明，明确办理条件、材料和时限。"
        ),
        Block("subhead", "二、线上线下一个标准"),
        para("企业可通过“渝快办”平台在线申报，也可到政务大厅“一窗综办”窗口办理。"),
        Block(
            "caption", "▲企业工作人员在区政务服务中心政务大厅窗口办理开办业务。 区政务服务中心供图"
        ),
        kicker="一张清单管到底 企业办事“一次成”",
        authors=("刘洋", "陈静"),
        date="2024-06-05",
    ),
    article(
        "让企业少跑腿就是最好的服务",
        para(
            "营商环境没有最好，只有更好。一张清单，既是承诺，也是鞭策。期待更多部门把"
            "“清单”变成“实单”。"
        ),
        para("（刘 洋）"),
        kicker="短评",
        authors=("刘洋",),
        date="2024-06-05",
    ),
]


@pytest.mark.parametrize("label", ["编者按：", "【编者按】"])
@pytest.mark.parametrize("first", ["note under the headline", "note over the headline"])
@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_an_editors_note_and_a_summary_open_their_story(layout, first, label):
    """编者按 / 核心提示 open the story they introduce, printed over its headline or
    under it (they were running text, which turned a whole page's headlines around),
    their label bracketed with no colon too; a lead after them still gives the
    byline, and a short comment signed with names alone in brackets, （刘 洋）, is
    signed by them."""
    note = para(EDITORS_NOTE.text.replace("编者按：", label))
    series = [replace(SERIES[0], blocks=(note, *SERIES[0].blocks[1:])), SERIES[1]]
    if first == "note under the headline":
        printed = series
    else:
        story = replace(series[0], blocks=series[0].blocks[1:])
        printed = [article("", note), story, series[1]]
    page = "2024年6月5日 星期三 第2版 要闻\n\n" + LAYOUTS[layout](printed)
    assert_articles(parse_text(page, "page.txt"), series)


# --------------------------------------------------------------------------- a reader's letter

LETTER = [
    article(
        "小区路灯何时能亮起来？",
        para("编辑同志："),
        para(
            "我是永川区中山路街道某小区的居民。近一个月来，小区内的路灯陆续出现故障，晚上出行"
            "很不方便。我们多次向物业反映，但一直没有得到解决，希望有关部门督促物业尽快维修。"
        ),
        para("读者 周明"),
        Block("subhead", "记者追踪"),
        para(
            "接到读者来信后，记者联系了该小区物业公司。物业负责人表示，路灯故障系线路老化所致，"
            "已联系专业人员，预计本周内修复。"
        ),
        para("（记者 李 华）"),
        authors=("周明", "李华"),
        date="2024-06-07",
    ),
    article(
        "区图书馆新增图书2万册",
        para("本报讯 近日，永川区图书馆新购入图书2万余册，涵盖文学、科普、少儿等类别。"),
        date="2024-06-07",
    ),
]


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_a_readers_letter_and_the_papers_follow_up(layout):
    """A letter: its question headline opens on the salutation (编辑同志：), the reader
    signs it (读者 周明), and 记者追踪 heads the paper's follow-up, a section of the
    same piece (记者追踪 names nobody)."""
    page = "2024年6月7日 星期五 第6版 读者之声\n\n" + LAYOUTS[layout](LETTER)
    assert_articles(parse_text(page, "page.txt"), LETTER)


# --------------------------------------------------------------------------- bracketed headlines

BRACKETED = [
    article(
        "春耕正当时",
        Block(
            "caption",
            "▲3月6日，在仙龙镇高坎村，农户驾驶旋耕机翻整土地，为春耕做准备。"
            " 渝西都市报记者 陈仕川 摄",
        ),
        authors=("陈仕川",),
        date="2024-03-08",
    ),
    article(
        "永川新闻简报",
        para("●3月6日，区人大常委会召开第十六次会议，审议相关报告。（记者 涂 燕）"),
        para("●近日，区市场监管局开展春季食品安全专项检查，检查经营户120余家。（通讯员 李 娜）"),
        authors=("涂燕", "李娜"),
        date="2024-03-08",
    ),
]


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_bracketed_headlines_and_a_list_of_signed_briefs(layout):
    """【春耕正当时】: the brackets set the headline off and are not kept; each brief
    of a ● list signs itself, and its authors are the article's."""
    printed = [replace(a, title=f"【{a.title}】") for a in BRACKETED]
    page = "2024年3月8日 星期五 第4版 综合\n\n" + LAYOUTS[layout](printed)
    assert_articles(parse_text(page, "page.txt"), BRACKETED)


@pytest.mark.parametrize(
    "noise",
    ["6", "- 6 -", "— 6 —", "- B2 -", "第 6 页", "第6页 共8页", "Page 6", "渝西都市报 6", "·2·"],
)
@pytest.mark.parametrize("layout", ["column 18, after", "column 22, before"])
def test_a_pdf_page_number_between_two_rows_is_furniture(layout, noise):
    """A PDF's page number, left between two rows of a paragraph, was run into its
    text (…小区物业— 6 —公司。) or broke it in two; it goes with the masthead."""
    lines = ("2024年6月7日 星期五 第6版 读者之声\n\n" + LAYOUTS[layout](LETTER)).split("\n")
    middle = next(i for i, line in enumerate(lines) if "接到读者来信后" in line) + 1
    page = "\n".join([*lines[:middle], noise, *lines[middle:]])
    assert_articles(parse_text(page, "page.txt"), LETTER)


# --------------------------------------------------------------------------- a page opening mid-story

ORPHAN = article(
    "", para("据了解，下一步，该区将继续加大投入，力争年底前完成全部改造任务。"), date="2024-06-07"
)
OPENED_MID_STORY = [
    article(
        "永川区新增5个城市书房",
        para(
            "本报讯（记者 王 丽）6月5日，永川区又有5个城市书房正式向市民开放，全区城市书房"
            "总数达到30个。"
        ),
        para("据介绍，新开放的城市书房均实行24小时自助服务，市民刷身份证即可入内阅读。"),
        authors=("王丽",),
        date="2024-06-07",
    ),
    article(
        "朱沱镇举办龙舟邀请赛",
        para(
            "本报讯（记者 陈仕川）6月6日，朱沱镇在长江朱沱段举办端午龙舟邀请赛，来自周边"
            "区县的12支队伍参赛。"
        ),
        para("比赛吸引了近万名群众现场观赛。"),
        authors=("陈仕川",),
        date="2024-06-07",
    ),
]


@pytest.mark.parametrize(
    "layout", ["markdown", "plain", "plain, no blank lines", "column 22, before"]
)
def test_a_page_opening_with_the_end_of_a_story_keeps_its_headlines_in_place(layout):
    """The end of a story from the page before (no 本报讯, no date), then stories with
    their headlines before them: the opening text once made the page read as
    headlines-after, and every headline moved to the story above it."""
    page = "2024年6月7日 星期五 第2版 要闻\n\n" + LAYOUTS[layout]([ORPHAN, *OPENED_MID_STORY])
    assert_articles(parse_text(page, "page.txt"), [ORPHAN, *OPENED_MID_STORY])


# --------------------------------------------------------------------------- an outline of numbered items

OUTLINE = [
    article(
        "永川区2024年十件民生实事出炉",
        para("日前，永川区公布2024年十件民生实事，涉及教育、医疗、养老、交通等方面。"),
        Block("subhead", "一、新建改扩建中小学幼儿园5所"),
        para("新增学位3000个，缓解城区入学难问题。"),
        Block("subhead", "二、新增城市停车位2000个"),
        para("在城区老旧小区、医院、学校周边新增停车位。"),
        Block("subhead", "（一）社区养老服务中心建设"),
        para("新建社区养老服务中心10个。"),
        Block("subhead", "1.农村公路提档升级"),
        para("完成农村公路提档升级100公里。"),
        authors=("涂燕",),
    )
]


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_an_outline_of_numbered_items_keeps_its_headings(layout):
    """Numbered headings over one-sentence items, a paragraph a line: the headings'
    like widths once made the page look like column text (the items ran into one
    paragraph), and the short lines like a poem (the last headings became paragraphs).
    The byline under the headline gives the authors and is no paragraph."""
    assert_articles(parse_text(LAYOUTS[layout](OUTLINE), "page.txt"), OUTLINE)


# --------------------------------------------------------------------------- run-in headlines, rules

RUN_IN = """【永川区召开一季度经济运行分析会】本报讯（渝西都市报记者 彭禹乔）4月12日，永川区召开一季度经济运行分析会，分析研判当前经济形势。

会议指出，一季度全区经济运行开局良好、稳中有进。

【温馨提示】请市民朋友错峰出行。

　　【茶山竹海景区迎来春游高峰】4月5日，茶山竹海景区接待游客8.6万人次。

【强化监管 守护群众舌尖安全】今年以来，景区检查餐饮店120家次。
"""


def test_a_column_of_short_bracketed_titles_run_into_their_items_heads_each():
    """Three items or more, each ``【停电通知】因…`` (a short title, text that opens no
    lead): a column of items, each its own under its title."""
    page = (
        "便民信息\n\n"
        "【停电通知】因线路改造，3月20日临江镇部分区域停电。（国网重庆永川供电公司）\n\n"
        "【免费筛查】即日起至4月30日，区妇幼保健院提供免费筛查。\n\n"
        "【公交线路调整】自3月22日起，112路公交车延伸至永川高铁站。\n"
    )
    assert [a.title for a in parse_text(page, "page.txt")] == [
        "停电通知",
        "免费筛查",
        "公交线路调整",
    ]


def test_a_briefs_headline_run_into_its_text_heads_its_own_story():
    """``【headline】本报讯…`` on one line, as web digests print briefs: the bracketed
    headline heads the story its lead opens. Over text that opens no story it is a
    section's head, and a box's short label (``【温馨提示】请…``) stays text."""
    got = parse_text(RUN_IN, "page.txt")
    assert_articles(
        got,
        [
            article(
                "永川区召开一季度经济运行分析会",
                para(
                    "本报讯（渝西都市报记者 彭禹乔）4月12日，永川区召开一季度经济运行分析会，"
                    "分析研判当前经济形势。"
                ),
                para("会议指出，一季度全区经济运行开局良好、稳中有进。"),
                para("【温馨提示】请市民朋友错峰出行。"),
                authors=("彭禹乔",),
            ),
            article(
                "茶山竹海景区迎来春游高峰",
                para("4月5日，茶山竹海景区接待游客8.6万人次。"),
                Block("subhead", "【强化监管 守护群众舌尖安全】"),
                para("今年以来，景区检查餐饮店120家次。"),
            ),
        ],
    )


MARKED_BRIEFS = """简讯

●朱沱镇举办长江文化讲座　3月12日，朱沱镇在文化站举办长江文化讲座，150余名群众参加。（通讯员 罗 勇）

●青峰镇完成春季造林800亩　近日，青峰镇组织干部群众在荒山开展春季造林。

◆一年来，全区新增就业岗位1.2万个　已兑现稳岗补贴3000余万元。
"""


def test_marked_briefs_with_their_headlines_run_in_are_stories_of_their_own():
    """``●headline　3月12日，…``: each brief's headline run into its text after a
    list's mark and a space heads its own story, signed by its own byline; an item
    whose text opens no lead (``◆一年来，…``) stays the list's."""
    got = parse_text(MARKED_BRIEFS, "page.txt")
    assert [(a.title, a.authors, a.blocks[0].text[:6]) for a in got[:2]] == [
        ("朱沱镇举办长江文化讲座", ("罗勇",), "3月12日，"),
        ("青峰镇完成春季造林800亩", (), "近日，青峰镇"),
    ]
    assert any("一年来" in b.text for b in got[-1].blocks)


BRIEFS_THEN_FEATURE = """简讯

松溉镇开展防溺水安全宣传
本报讯 5月12日，松溉镇在长江沿岸开展防溺水安全宣传活动。（通讯员 周 丽）


首批“老年助餐点”名单公布
——胜利路街道等4个镇街6个社区入选

本报讯 5月13日，区民政局公布全区首批“老年助餐点”名单。

■补齐短板 助餐服务就在家门口

据了解，今年以来全区新增社区食堂12个。

【助餐点名单】

镇街　　　　社区　　　　服务内容
胜利路街道　　萱花社区　　午餐、送餐上门
中山路街道　　文曲社区　　早餐、午餐
南大街街道　　光大社区　　午餐、助浴

■下一步 扩大助餐点覆盖面

区民政局相关负责人表示，今年将再建10个助餐点。
"""


def test_a_labels_items_end_at_one_signed_under_its_title():
    """``图片新闻`` over a photo item, then a story signed under its one-line title
    (``文/图 …记者 陈 勇``): that story's ``【看点一】`` heads are its subheads, no items."""
    page = (
        "图片新闻\n\n茶山竹海：层林尽染秋意浓\n深秋时节，茶山竹海红叶点点。\n"
        "图为游客在观景台拍照。\n渝西都市报记者 杨 帆 摄\n\n"
        "永川区第六届职业技能大赛落幕\n文/图 渝西都市报记者 陈 勇\n"
        "10月19日，永川区第六届职业技能大赛落下帷幕，600余名选手同台竞技。\n"
        "【看点一】数控车工比拼“毫厘之间”\n在数控车工比赛现场，选手们根据图纸编程、加工。\n"
        "▲选手在数控车床前专注操作。\n"
        "【看点二】茶艺比赛展示“永川秀芽”魅力\n茶艺比赛吸引了众多观众驻足。\n"
    )
    photo, contest = parse_text(page, "page.txt")
    assert photo.title == "茶山竹海：层林尽染秋意浓"
    assert [b.text[:5] for b in contest.blocks if b.kind == "subhead"] == [
        "【看点一】",
        "【看点二】",
    ]


def test_a_briefs_label_titles_no_subhead_of_the_story_after_its_items():
    """A 简讯 label's items end at a story's own headline (a title over its
    subtitle): that story's ■ heads and the label over its table are its subheads,
    and a table of words a wide gap apart gives a paragraph a row."""
    brief, feature = parse_text(BRIEFS_THEN_FEATURE, "page.txt")
    assert brief.title == "松溉镇开展防溺水安全宣传"
    assert feature.subtitle.endswith("6个社区入选")
    assert [b.text for b in feature.blocks if b.kind == "subhead"] == [
        "补齐短板 助餐服务就在家门口",
        "【助餐点名单】",
        "下一步 扩大助餐点覆盖面",
    ]
    assert "胜利路街道 萱花社区 午餐、送餐上门" in [b.text for b in feature.blocks]


def test_briefs_with_their_headlines_run_in_after_a_wide_gap_are_stories_of_their_own():
    """``headline　1月9日，`` in a column's rows, no mark: a wide gap before a lead."""
    page = (
        "法治简讯\n\n"
        "临江镇开展禁毒宣传进校园活动　1月9日，\n临江镇联合区禁毒办走进临江中学，向\n"
        "600余名师生普及禁毒知识。（通讯员 何家伟）\n\n"
        "来苏镇调解一起邻里土地纠纷　近日，来\n苏镇人民调解委员会成功调解一起邻里纠\n"
        "纷，双方握手言和。（通讯员 胡 涛）\n"
    )
    assert [(a.title, a.authors, a.blocks[0].text[:5]) for a in parse_text(page, "page.txt")] == [
        ("临江镇开展禁毒宣传进校园活动", ("何家伟",), "1月9日，"),
        ("来苏镇调解一起邻里土地纠纷", ("胡涛",), "近日，来苏"),
    ]


def test_a_leader_under_a_feature_with_subheads_is_a_story_of_its_own():
    """``评论员文章`` over a title, under a feature whose sections have heads: the
    label of a new piece, not two more of the feature's subheads."""
    page = (
        "永川区全力推进夏粮收购\n\n本报讯 6月10日，记者走进各镇街的粮站。\n\n"
        "◎收购进度过半\n\n在吉安镇粮站，前来售粮的农户络绎不绝。\n\n"
        "◎服务送到田间\n\n各粮站组织人员上门收购，为行动不便的农户提供代收代运服务。\n\n"
        "评论员文章\n\n让种粮农民有钱挣\n\n粮食安全是“国之大者”。种粮有钱挣，农民才愿种粮。\n\n（晓 风）\n"
    )
    harvest, leader = parse_text(page, "page.txt")
    assert [b.kind for b in harvest.blocks].count("subhead") == 2
    assert (leader.kicker, leader.title, leader.authors) == (
        "",
        "让种粮农民有钱挣",
        ("晓风",),
    )


SECTIONS_RULED = """# 永川：**“科技+影视”**点亮城市新名片

**本报讯**（渝西都市报记者 刘 洋）近年来，永川大力发展影视产业，累计吸引影视企业入驻500余家。

---

**一、搭建平台 引进人才**

永川先后建成数字影视产业园、科技片场等平台。

* * *

影视产业已成为永川经济发展的新增长点。

---

# 区图书馆新增图书2万册

本报讯 近日，永川区图书馆新购入图书2万余册。
"""


def test_a_rule_inside_a_story_sets_off_its_sections():
    """A rule parts an export's articles, but a piece after it with no headline,
    opening with a subhead or text that is no lead, is the story's next section."""
    got = parse_text(SECTIONS_RULED, "page.txt")
    assert [a.title for a in got] == ["永川：“科技+影视”点亮城市新名片", "区图书馆新增图书2万册"]
    assert [(b.kind, b.text[:6]) for b in got[0].blocks] == [
        ("paragraph", "本报讯（渝西"),
        ("subhead", "一、搭建平台"),
        ("paragraph", "永川先后建成"),
        ("paragraph", "影视产业已成"),
    ]


# --------------------------------------------------------------------------- a front page's digest and weather

DIGEST = [
    article(
        "永川区召开防汛工作会议",
        para("本报讯（渝西都市报记者 刘廷婷）6月11日，永川区召开2024年防汛工作会议。"),
        para("会议要求，各镇街、各部门要压紧压实防汛责任，确保安全度汛。"),
        authors=("刘廷婷",),
        date="2024-06-12",
    ),
    article(
        "今日导读",
        para("▶ 松溉古镇入选非遗旅游街区 2版"),
        para("▶ 职教中心学生获大赛一等奖 3版"),
        para("▶ 夏日茶山竹海 避暑正当时 5版"),
        date="2024-06-12",
    ),
    article(
        "天气预报",
        para("今天：多云转阵雨 24℃～31℃ 东南风2级"),
        para("明天：阵雨 23℃～29℃"),
        date="2024-06-12",
    ),
]


@pytest.mark.parametrize("layout", ["markdown", "plain", "plain, no blank lines"])
def test_a_front_pages_digest_and_weather_box_go(layout):
    """The digest's entries pointing to other pages (``▶ … 2版``) are no headline
    group swallowing the page's end, and no story: the 今日导读 box goes, as a
    contents list does; so does the weather box, 天气预报 over its days (``今天：…``),
    as the masthead's weather line does."""
    page = "2024年6月12日 星期三 第1版 要闻\n\n" + LAYOUTS[layout](DIGEST)
    assert_articles(parse_text(page, "page.txt"), [DIGEST[0]])


NOTICES = """2024年5月20日 星期一 第7版 公告

遗失声明

重庆市永川区某某商贸有限公司遗失营业执照副本一份，声明作废。

注销公告

重庆某某科技有限公司经股东会决议，拟向登记机关申请注销登记，请债权人自本公告发布之日起45日内申报债权。

特此公告。

重庆某某科技有限公司清算组
2024年5月20日
"""


def test_a_notice_signed_by_a_working_group_keeps_its_signature():
    """An issuer named …清算组 (…支行, …学校, …馆) signs its notice with the date below:
    neither a story's headline nor the issue's masthead."""
    got = parse_text(NOTICES, "page.txt")
    assert [a.title for a in got] == ["遗失声明", "注销公告"]
    assert [b.text for b in got[1].blocks][-2:] == ["重庆某某科技有限公司清算组", "2024年5月20日"]


def test_a_correction_signed_by_the_desk_ends_before_the_next_story():
    """A correction's last sentence ends ``特此更正。`` and the desk signs it
    (``本报编辑部``): the signature is the notice's end, no kicker of the story below."""
    page = (
        "更正\n\n本报5月10日第3版《朱沱镇：柑橘花开香满园》一文中，“种植面积3000亩”应为"
        "“种植面积5000亩”，特此更正。\n\n本报编辑部\n\n永川启动夏季消防安全检查\n\n"
        "本报讯（渝西都市报记者 王 琳）5月12日，永川区消防救援支队启动夏季消防安全检查。\n"
    )
    correction, story = parse_text(page, "page.txt")
    assert correction.blocks[-1].text == "本报编辑部"
    assert (story.kicker, story.title) == ("", "永川启动夏季消防安全检查")


def test_headings_indented_like_every_paragraph_stay_headings():
    """A document whose every line is indented two characters, its numbered
    headings too: the indent says nothing, and the headings stay subheads."""
    page = "\n".join(
        ["永川区2024年十件民生实事出炉", ""]
        + [
            f"\u3000\u3000{block.text}"
            for block in OUTLINE[0].blocks
            if block.text != "渝西都市报记者 涂 燕"
        ]
    )
    assert_articles(parse_text(page, "page.txt"), [replace(OUTLINE[0], authors=())])


# --------------------------------------------------------------------------- Markdown heading levels

PHOTO_NEWS = [
    article(
        "永川全力推进小麦机收",
        para("本报讯（渝西都市报记者 陈仕川）5月28日，永川区“三夏”生产现场推进会在来苏镇召开。"),
        Block("subhead", "机收率达95%以上"),
        para("据了解，今年全区小麦种植面积3.2万亩，目前已收割四成以上，机收率达95%以上。"),
        authors=("陈仕川",),
    ),
    article(
        "义诊进公园 服务暖人心",
        Block(
            "caption",
            "▲5月26日，区人民医院医护人员在兴龙湖公园开展义诊活动。渝西都市报记者 刘 洋 摄",
        ),
        kicker="图片新闻",
        authors=("刘洋",),
    ),
]


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_a_photo_news_label_opens_a_story_of_its_own(layout):
    """``图片新闻`` (简讯, 快讯 …) over a headline: a new story, even after a story
    that was not signed off and when only a photo's caption follows; the label says
    what kind of item follows, no kicker of it."""
    expected = [PHOTO_NEWS[0], replace(PHOTO_NEWS[1], kicker="")]
    assert_articles(parse_text(LAYOUTS[layout](PHOTO_NEWS), "page.txt"), expected)


def test_markdown_headline_levels_kicker_title_subtitle():
    """``#`` a page's label (over several stories, none's kicker), ``##`` a title,
    ``###`` under it its subtitle (a dash line or not); ``###`` over a ``##`` its
    kicker; ``###`` in the text a subhead."""
    page = """# 要闻

## 永川区举行2024年重点项目集中开工活动

### 22个项目总投资87亿元

本报讯（渝西都市报记者 涂 燕）3月27日上午，永川区举行重点项目集中开工活动。

### 项目涵盖先进制造等领域

区委书记张智奎宣布项目开工。

## 松溉古镇入选全国非遗旅游街区

### ——古镇年接待游客突破200万人次

本报讯（通讯员 黄 敏）3月26日，松溉古镇入选国家级非遗旅游街区。
"""
    got = parse_text(page, "page.txt")
    assert [(a.kicker, a.title, a.subtitle) for a in got] == [
        ("", "永川区举行2024年重点项目集中开工活动", "22个项目总投资87亿元"),
        ("", "松溉古镇入选全国非遗旅游街区", "——古镇年接待游客突破200万人次"),
    ]
    assert [b.kind for b in got[0].blocks] == ["paragraph", "subhead", "paragraph"]


PUBLIC_LIST = """2024年8月30日 星期五 第4版 公告

关于2024年永川区优秀教师拟表彰对象的公示

根据《永川区优秀教师评选表彰办法》，经学校推荐、区教委审核，现将拟表彰对象予以公示：

张　三　永川中学

李小四　萱花中学

王　五　北山中学

公示期：2024年8月30日至9月5日。如有异议，请在公示期内向区教委人事科反映。

永川区教育委员会

2024年8月30日
"""


def test_what_a_colon_announces_is_a_list_not_headings():
    """Names and units under ``…予以公示：`` are the list it announces, each a
    paragraph; they were read as subheads."""
    (got,) = parse_text(PUBLIC_LIST, "page.txt")
    assert got.title == "关于2024年永川区优秀教师拟表彰对象的公示"
    assert [b.kind for b in got.blocks] == ["paragraph"] * 7
    assert got.blocks[1].text == "张 三 永川中学"


def test_a_subhead_ending_in_weather_stays_a_subhead():
    """Only the box's own label (天气预报, 今日导读) heads a box: a feature's section
    ``关注高温天气`` is a section of it."""
    page = (
        "永川全力应对高温\n\n本报讯 7月20日，永川区召开会议，部署防暑降温工作。\n\n"
        "关注高温天气\n\n据气象部门预测，本周最高气温将达40℃。\n"
    )
    (got,) = parse_text(page, "page.txt")
    assert [(b.kind, b.text) for b in got.blocks][1] == ("subhead", "关注高温天气")


@pytest.mark.parametrize("markdown", [True, False])
def test_a_byline_under_the_lead_photo_still_gives_the_authors_only(markdown):
    """Headline, the lead photo's caption, then the byline: the byline is the
    headline group's still; a signature at the end stays the story's text."""
    head = "## 永川召开会议" if markdown else "永川召开会议"
    page = (
        f"{head}\n\n▲会议现场。\n\n渝西都市报记者 张三\n\n"
        "本报讯 5月6日，永川区召开会议，部署全年工作。\n\n（记者 李四）\n"
    )
    (got,) = parse_text(page, "page.txt")
    assert got.authors == ("张三", "李四")
    assert [b.text for b in got.blocks] == [
        "▲会议现场。",
        "本报讯 5月6日，永川区召开会议，部署全年工作。",
        "（记者 李四）",
    ]


RUN_ON = (
    "2024年4月20日 星期六 第2版 要闻 永川区召开一季度经济形势分析会 "
    "本报讯（渝西都市报记者 涂 燕）4月18日，永川区召开一季度经济形势分析会。会议指出，"
    "一季度全区经济运行开局良好。 区图书馆新增图书2万册 本报讯（记者 王 丽）近日，"
    "永川区图书馆新购入图书2万余册。 据悉，这是 本报讯 栏目的又一篇文章。\n"
)


def test_a_page_whose_line_breaks_were_lost_keeps_its_stories():
    """The whole page on one line: the masthead, each story's headline before its
    spaced 本报讯, the stories' text. Text that is no headline before 本报讯 (a clause)
    stays as printed."""
    got = parse_text(RUN_ON, "page.txt")
    assert [(a.title, a.authors, a.date, a.section) for a in got] == [
        ("永川区召开一季度经济形势分析会", ("涂燕",), "2024-04-20", "要闻"),
        ("区图书馆新增图书2万册", ("王丽",), "2024-04-20", "要闻"),
    ]
    assert got[1].blocks[-1].text.endswith("据悉，这是 本报讯 栏目的又一篇文章。")


def test_a_heading_that_opens_with_benbaoxun_keeps_its_mark():
    """``## 本报讯…`` is a heading whose text starts with 本报讯, not a run-on page's
    headline ``##`` before a story."""
    page = "## 永川召开会议\n\n本报讯 5月6日，永川区召开会议。\n\n## 本报讯记者涂燕3月2日永川区\n\n正文一段。\n"
    got = parse_text(page, "page.md")
    assert [a.title for a in got] == ["永川召开会议", "本报讯记者涂燕3月2日永川区"]


def test_a_plain_line_over_an_exports_first_heading_is_its_kicker():
    """``永川秀芽·春茶开采`` set in body type over ``## 万亩茶园…`` after a rule: the
    headline's kicker, not an untitled story of one line."""
    page = (
        "# 2024年4月3日 星期三 第5版 文化\n\n---\n\n永川秀芽·春茶开采\n\n"
        "## 万亩茶园采春茶 一片叶子富一方\n\n4月2日，永川秀芽春茶开采节开幕。\n\n---\n\n"
        "## 科技影视城“上新”沉浸式剧场\n\n本报讯 4月1日晚，沉浸式剧场开放。\n"
    )
    got = parse_text(page, "page.md")
    assert [(a.kicker, a.title, a.section) for a in got] == [
        ("永川秀芽·春茶开采", "万亩茶园采春茶 一片叶子富一方", "文化"),
        ("", "科技影视城“上新”沉浸式剧场", "文化"),
    ]
    assert [len(a.blocks) for a in got] == [1, 1]


def test_a_sentence_over_a_heading_stays_text():
    """A line that is a sentence is no kicker, even when it is all a piece holds."""
    page = "---\n\n会议还通报了有关情况。\n\n## 永川召开会议\n\n本报讯 5月6日，永川区召开会议。\n"
    got = parse_text(page, "page.md")
    assert got[0].blocks[0].text == "会议还通报了有关情况。"
    assert got[-1].kicker == ""


WRAPPED_NOTICES = """2024年6月7日  星期五  第12版  公告


      关于永川区卫星湖街道南华片区棚户区改造项目房
            屋征收的公告

　　为改善群众居住条件，经区人民政府同意，决定实施征收。现将有关事项公告如下：
　　一、征收范围：东至南华路，南至卫星湖大道。
　　联系地址：卫星湖街道办事处二楼征收工作办公室
　　联系电话：023-49501234
　　特此公告。

                重庆市永川区卫星湖街道办事处
                                2024年6月5日


                    停水公告

　　因供水管网改造工程施工需要，将于2024年6月13日暂停供水。
　　请上述区域内的单位和居民提前做好储水准备。
　　服务热线：023-49856789

                  重庆市永川区自来水有限公司
                                2024年6月6日
"""


def test_notices_one_after_another_with_a_wrapped_title():
    """A document title centred over two lines (``关于…项目房`` / ``屋征收的公告``) is
    one title; a notice's close (特此公告。, the issuer, the date) is no poem, so the
    next notice's title heads a notice of its own; contact lines are fields."""
    got = parse_text(WRAPPED_NOTICES, "page.txt")
    assert [a.title for a in got] == [
        "关于永川区卫星湖街道南华片区棚户区改造项目房屋征收的公告",
        "停水公告",
    ]
    assert all(b.kind == "paragraph" for a in got for b in a.blocks)
    assert got[0].blocks[-2:] == (para("重庆市永川区卫星湖街道办事处"), para("2024年6月5日"))
    assert [a.section for a in got] == ["公告", "公告"]


def test_a_two_line_headline_that_is_no_document_title_keeps_its_parts():
    """Only a document's title (关于…的公告) is joined across its lines."""
    page = "关于“双减”的几点思考\n永川区教委召开专题会议\n\n本报讯 5月6日，区教委召开会议。\n"
    (got,) = parse_text(page, "page.txt")
    assert (got.title, got.subtitle) == ("关于“双减”的几点思考", "永川区教委召开专题会议")


@pytest.mark.parametrize(
    ("kicker", "title"),
    [
        ("一田两用 一水两收", "朱沱镇“稻鱼共生”鼓起农户钱袋子"),
        ("倾听民声 解决民忧", "永川12345热线一季度办结群众诉求4.2万件"),
        ("织密安全防护网 守牢道路交通安全底线", "永川区召开道路交通安全工作会议 王勇出席并讲话"),
        ("赏川剧 品古镇 看非遗", "松溉古镇非遗文化周开幕"),  # three phrases; 品古镇 no place
    ],
)
@pytest.mark.parametrize("order", ["headline first", "headline after"])
def test_a_couplet_over_a_headline_is_its_kicker(kicker, title, order):
    """Two phrases a space apart, without figures or a place leading either, over a
    plain headline line are its kicker, as papers set 引题 over 主题; under a
    couplet of its own the line stays the title's second clause."""
    lead = "本报讯 5月6日，记者在现场看到，各项工作有序推进。\n"
    headline = f"{kicker}\n{title}\n"
    page = headline + "\n" + lead if order == "headline first" else lead + "\n" + headline
    (got,) = parse_text(page, "page.txt")
    assert (got.kicker, got.title, got.subtitle) == (kicker, title, "")


@pytest.mark.parametrize(
    "headline",
    [
        "凝心聚力 谋发展\n实干担当 开新局",  # two couplets: one headline's two clauses
        "春季减重正当时 科学“管住嘴 迈开腿”\n区人民医院营养科专家教你算好BMI",  # a quote spaced
        "A.有效 B.无效\n永川区开展普法知识竞答活动",  # a quiz's choices, no phrases
    ],
)
def test_no_couplet_no_kicker(headline):
    """Only phrases of words, their quotes whole, make a couplet over a headline."""
    page = f"{headline}\n\n本报讯 5月6日，全区大会召开。\n"
    (got,) = parse_text(page, "page.txt")
    assert got.kicker == ""


def test_a_leader_and_a_column_in_two_measures():
    """A leader over 28 characters, a column beside it over 16: each story's rows
    are rejoined by its own measure. 评论员文章 labels the leader, names nobody."""
    leader = (
        "一部电影带火一座城，一个镜头带红一处景。从《十面埋伏》让茶山竹海声名远扬，"
        "到近年来一批影视剧在松溉古镇、科技影视城取景拍摄，影视与永川的缘分由来已久。"
        "如何把影视带来的“流量”转化为城市发展的“留量”，是摆在我们面前的一道必答题，"
        "需要拍摄基地、后期制作等硬支撑，也需要人才、金融、服务等软环境。"
    )
    column = (
        "最近，城区新建的几处“口袋公园”成了不少市民饭后散步的好去处。这些见缝插针建起来的"
        "小公园，面积虽小，却让居民出门就能见绿、抬脚就能休闲，实实在在提升了群众的幸福感。"
    )

    def rows(text: str, chars: int) -> str:
        return "\n".join(text[i : i + chars] for i in range(0, len(text), chars))

    page = (
        f"渝西都市报评论员文章\n\n把影视“流量”转化为发展“留量”\n——二论以科技影视推动文商旅体融合发展\n\n"
        f"本报评论员\n\n{rows(leader, 28)}\n\n\n渝西观察\n“口袋公园”要多些“烟火气”\n□ 刘思源\n\n"
        f"{rows(column, 16)}\n\n2024年7月1日　星期一　第8版　评论\n投稿邮箱：yxdsbpl@163.com\n"
    )
    got = parse_text(page, "page.txt")
    assert [(a.kicker, a.title, a.authors) for a in got] == [
        ("渝西都市报评论员文章", "把影视“流量”转化为发展“留量”", ()),
        ("渝西观察", "“口袋公园”要多些“烟火气”", ("刘思源",)),
    ]
    assert [b.text for b in got[0].blocks] == [leader]
    assert got[1].blocks[0].text == column


FRONT_PAGE = """渝西都市报
YUXI DUSHI BAO
永川区融媒体中心主办　今日8版　第3012期
永川天气：多云 12℃～19℃　东北风2级
 本报讯（渝西都市报记者 唐 琳）11月7日，永川区
举行智能网联新能源汽车产业重点项目集中签约活动，
3个项目现场签约，总投资52亿元，涵盖动力电池结
构件、汽车智能座舱、一体化压铸等领域。项目全部
建成投产后，预计可实现年产值超过80亿元，新增就
业岗位2000余个。
签约仪式后，区领导与企业负责人进行了座谈。区有
关负责人表示，永川将坚持“项目为王”，实行项目
专班服务机制，在用地保障、
(下转2版)
总投资52亿元
永川高新区再添智能网联新能源汽车“大块头”
三个重点项目集中签约落地
 11月7日下午，永川区消防救援支队联合区应急
管理局在中山路街道一高层住宅小区开展消防应
急演练，模拟18楼住户家中因电动自行车电池违
规充电引发火灾，小区200余名居民参与了此次
演练。
▲消防救援人员利用云梯车开展高层救援。
渝西都市报记者 陈仕川 通讯员 何 欢 摄
永川开展高层建筑消防应急演练

2023年11月8日 星期三 第1版 要闻
本版责编 李 杰 版式 罗 娟
"""


def test_a_front_pages_nameplate_is_furniture():
    """The nameplate (the paper's name, its publisher, issue number and the day's
    weather) is no headline: the page's headlines still come after their stories."""
    got = parse_text(FRONT_PAGE, "page.txt")
    assert [(a.kicker, a.title, a.subtitle, a.authors) for a in got] == [
        (
            "总投资52亿元",
            "永川高新区再添智能网联新能源汽车“大块头”",
            "三个重点项目集中签约落地",
            ("唐琳",),
        ),
        ("", "永川开展高层建筑消防应急演练", "", ("陈仕川", "何欢")),
    ]
    assert [(a.date, a.section) for a in got] == [("2023-11-08", "要闻")] * 2
    assert got[0].blocks[-1].text.endswith("在用地保障、")  # (下转2版) under it: no text
    assert "天气" not in "".join(b.text for a in got for b in a.blocks)


RAGGED = """大安街道“共享菜园”让闲置地变成“幸福园”
  本报讯(渝西都市报记者 何 丹)5月20日,在大安街道大
安社区的“共享菜园”里，几位
居民正忙着给刚种下的辣椒苗浇水。"以前这块地堆满了建
筑垃圾,蚊虫多、气味大，现在变成了菜园，大
家都抢着来种菜。"居民周阿姨笑着说。
　　据了解，这块约3亩的闲置地块原本
是一处废弃的厂房空地。今年3月,大安社区通过“院
坝会"征求居民意见,决定将其改造为“共享菜园"
。社区组织党员志愿者清运垃圾、平整土地,划分
出40块小菜地，由居民认领种植，每户每年只需
缴纳象征性的管护费用。
  "菜园不仅是种菜的地
方，更成了邻里交流的平台。”大安社
区党委书记王晓燕介绍,社区定期邀请农技人员到菜园
开展种植指导，还组织"菜园开放日"、蔬菜分
享会等活动,拉近了邻里之间的距离
。目前,菜园已吸引120余户居民参与。
　　下一步，大安街道将在辖区其他社区推广"共享菜园”模式
,盘活更多闲置土地，打造更多居民身边的“微景观”
"微空间”。
西部职教基地2024年春季校园双选会举行
——提供岗位1.2万余个
通讯员 刘 洋 谢 敏
  2024年5月18日，西部职教基地2024年春季校
园双选会在重庆城市管理职业
学院举行。本次双选会吸引了来自成渝地区的320余
家企业参会,提供智能制造、电子信息、现代服务等领域岗位1.2万
余个,3万余名毕业生入场求职。
  在智能网联汽车企业的招聘展位前，前来咨询的学生排起
了长队。“我们今年计划在永川招聘200名技术工
人,职教城学生动手
能力强,进厂后上手快。"一家汽车零部件企业的人力资源经理说。
　　为提高招聘效率，本次双选会首次设置了“
直播带岗"区，企业HR通过直播向线上求职者介
绍岗位信息,当天线
上观看人次超过5万。此外,现场还设置了就
业指导、政策咨询、简历诊断等服务区,为毕业生提供“一站式"就业
服务。
  据统计,当天现场初步达成就业意向46
00余人。永川区人力社保局相关负责人表示,将持续
搭建校企供需对接平台,推动更多职教
城毕业生留永就业。
"""


def test_rows_broken_at_random_are_rejoined():
    """OCR's rows, broken anywhere (mid-word, mid-number, before a comma), on a page
    that indents its paragraphs: a flush row under an unfinished one goes on with
    its paragraph, whatever it looks like alone; a row that starts with a comma
    is never a headline; straight quotes may close curly ones."""
    got = parse_text(RAGGED, "page.txt")
    assert [(a.title, a.subtitle, a.authors) for a in got] == [
        ("大安街道“共享菜园”让闲置地变成“幸福园”", "", ("何丹",)),
        ("西部职教基地2024年春季校园双选会举行", "——提供岗位1.2万余个", ("刘洋", "谢敏")),
    ]
    assert [[b.kind for b in a.blocks] for a in got] == [["paragraph"] * 4] * 2
    assert got[0].blocks[0].text.endswith('现在变成了菜园，大家都抢着来种菜。"居民周阿姨笑着说。')
    assert got[1].blocks[0].text.startswith("2024年5月18日，西部职教基地2024年春季校园双选会在重庆")
    assert got[1].date == "2024-05-18"


def test_a_lead_dated_by_a_span_of_days_opens_its_story():
    """``9月5日至6日，…`` under a headline as wide as the column: a lead, so the row
    above it is the next story's headline, not text run on."""
    page = (
        "来苏镇“稻渔共生”迎来丰收季\n本报讯（渝西都市报记者 王 梅）\n9月5日，在来苏镇观音井村的稻\n"
        "渔共生基地里，金黄的稻穗随风\n摇曳，村民们穿着水裤在田里收\n网捕鱼，一条条肥美的稻花鱼活\n"
        "蹦乱跳。\n永川职教城迎来2.6万余名新生\n9月5日至6日，永川职教城各高\n校迎来新生报到高峰，2.6万余\n"
        "名新生从全国各地来到永川，开\n启大学生活。\n"
    )
    got = parse_text(page, "page.txt")
    assert [a.title for a in got] == ["来苏镇“稻渔共生”迎来丰收季", "永川职教城迎来2.6万余名新生"]
    assert got[1].blocks[0].text.startswith("9月5日至6日，永川职教城各高校")


def test_a_short_slogan_over_a_longer_headline_is_its_kicker():
    """A call to act (加快…) over a longer line is the kicker; a catchy title as short
    over a longer line keeps that line as its subtitle."""
    page = (
        "加快建设重庆城市副中心\n永川区召开2025年科技创新暨人才工作大会\n\n"
        "本报讯 3月13日，永川区召开大会。\n"
    )
    (got,) = parse_text(page, "page.txt")
    assert (got.kicker, got.title) == (
        "加快建设重庆城市副中心",
        "永川区召开2025年科技创新暨人才工作大会",
    )
    page = (
        "“跑腿代办”让群众少跑路\n永川区推行社区代办服务 惠及居民1.2万人次\n\n"
        "本报讯 3月7日，永川区推行社区代办服务。\n"
    )
    (got,) = parse_text(page, "page.txt")
    assert (got.title, got.subtitle) == (
        "“跑腿代办”让群众少跑路",
        "永川区推行社区代办服务 惠及居民1.2万人次",
    )


@pytest.mark.parametrize(
    ("lines", "kicker", "title"),
    [
        (
            ("筑牢长江上游防汛屏障", "永川区在朱沱镇开展防汛综合应急演练"),
            "筑牢长江上游防汛屏障",
            "永川区在朱沱镇开展防汛综合应急演练",
        ),
        (
            ("全力保障高温天气用电需求", "永川电网负荷创历史新高"),
            "全力保障高温天气用电需求",
            "永川电网负荷创历史新高",
        ),
        (
            ("青峰镇竹编产品", "搭上“以竹代塑”快车走俏海外"),
            "",
            "青峰镇竹编产品 搭上“以竹代塑”快车走俏海外",
        ),
        (
            ("一面锦旗背后的感谢", "金龙镇派出所民警连夜帮我找回走失的父亲"),
            "",
            "一面锦旗背后的感谢 金龙镇派出所民警连夜帮我找回走失的父亲",
        ),
    ],
)
def test_a_call_over_a_headline_opening_with_its_place_is_its_kicker(lines, kicker, title):
    """A call to act (its verb first) over a whole headline that opens with its place
    (永川区在…) is the kicker; a subject over its predicate stays the first half of a
    title set in two lines."""
    page = "\n".join([*lines, "", "本报讯 6月17日上午，永川区举行活动。"])
    (got,) = parse_text(page, "page.txt")
    assert (got.kicker, got.title) == (kicker, title)


SPACED_STORIES = """06
文旅
2024年7月3日　星期三
责任编辑　黄静　美术编辑　王露

茶山竹海迎来避暑游高峰

本报讯（渝西都市报记者 陈 曦）近日，茶山竹海国家森林公园吸引了大批市民游客前来避暑纳凉。

▲7月2日，游客在茶山竹海景区竹林栈道上游玩纳凉。
（图片由永川区文旅委提供）

7月2日，记者在茶山竹海景区看到，竹林栈道、薄刀岭、天子湖等景点游人如织。

景区提醒游客，出行前请关注天气预报，并提前在线预约购票。


这个暑假，带娃去哪儿“充电”？

暑假来临，不少家长开始为孩子的假期安排发愁。记者为大家整理了一份暑期研学“打卡清单”。

松溉古镇：漫步千年古镇的青石板路，孩子们还能在非遗工坊里学习竹编。（渝西都市报记者 陈 曦）
"""


def test_a_pages_note_of_who_gave_its_photos_is_a_caption():
    """``（本版图片由茶山竹海街道提供）`` closing a page's story: who gave the photos,
    as ``（图片由…提供）`` says under one, never a paragraph."""
    page = (
        "一片秀芽，如何撬动茶旅融合？\n\n本报讯 3月20日，茶山竹海街道举办茶旅融合圆桌会。\n\n"
        "▲茶农在薄刀岭茶园采摘春茶。\n\n（本版图片由茶山竹海街道提供）\n"
    )
    (got,) = parse_text(page, "page.txt")
    assert [b.kind for b in got.blocks] == ["paragraph", "caption", "caption"]


def test_a_photo_story_credited_to_another_under_a_signed_story_is_its_own():
    """Under a story its 本报讯 byline signs, a heading over a paragraph and a photo
    credited to someone else (``渝西都市报记者 陈仕川 摄``): a photo story of its own,
    not a section of the story above."""
    page = (
        "卫星湖街道：“共享菜园”种出邻里好风景\n\n"
        "本报讯（渝西都市报通讯员 罗 静）近日，走进卫星湖街道南华社区，菜地里莴笋长势喜人。\n\n"
        "目前，卫星湖街道已在5个社区推广“共享菜园”模式。\n\n"
        "茶山竹海迎来游客高峰\n\n"
        "“五一”假期，茶山竹海景区游人如织，假期5天共接待游客12.6万人次。\n\n"
        "▲游客在茶山竹海景区竹林栈道上漫步。\n\n渝西都市报记者 陈仕川 摄\n"
    )
    garden, photo = parse_text(page, "page.txt")
    assert garden.authors == ("罗静",)
    assert (photo.title, photo.authors) == ("茶山竹海迎来游客高峰", ("陈仕川",))


def test_a_headline_set_apart_by_a_wider_gap_opens_a_story():
    """Paragraphs one blank line apart, two before 这个暑假…？: a story's headline,
    though the story above was not signed off and no lead follows. The masthead's
    lines (06 / 文旅 / the date / the editors) give page and section; a photo's source
    under its caption belongs to the caption."""
    got = parse_text(SPACED_STORIES, "page.txt")
    assert [(a.title, a.section, a.date) for a in got] == [
        ("茶山竹海迎来避暑游高峰", "文旅", "2024-07-03"),
        ("这个暑假，带娃去哪儿“充电”？", "文旅", "2024-07-03"),
    ]
    assert [b.kind for b in got[0].blocks] == [
        "paragraph",
        "caption",
        "caption",
        "paragraph",
        "paragraph",
    ]
    assert got[1].authors == ("陈曦",)


def test_a_numbered_line_between_paragraphs_heads_its_section():
    """``1. 茶旅融合：游客走进茶园`` between paragraphs is a subhead; numbered lines
    one after another are a list's items, paragraphs each."""
    page = (
        "一片叶子的“共富经”\n\n本报讯 4月11日，记者走进茶山竹海街道。\n\n"
        "1. 茶旅融合：游客走进茶园\n\n一条条采茶体验线路串起了茶园。\n\n"
        "2. 茶文化研学：学生走进茶坊\n\n当地建成茶文化研学基地6个。\n\n"
        "下一步工作重点：\n1. 完善制度\n2. 加强监督\n3. 强化考核\n"
    )
    (got,) = parse_text(page, "page.txt")
    assert subheads(got) == [
        "1. 茶旅融合：游客走进茶园",
        "2. 茶文化研学：学生走进茶坊",
    ]
    assert [b.kind for b in got.blocks][-3:] == ["paragraph"] * 3


def test_a_supplements_essay_is_dated_by_its_note_of_writing():
    """``渝西都市报　副刊`` over ``第8版`` names the page; an essay closing with
    ``（2024年3月于永川）`` was written that month, the only date the page gives it."""
    page = (
        "渝西都市报　副刊\n第8版\n\n黄瓜山的梨花\n\n□ 李春燕\n\n"
        "　　三月的风一吹，黄瓜山就白了。\n\n"
        "　　夕阳西下，我站在山顶回望，满山梨花在余晖里染上一层淡淡的金色。\n\n"
        "（2024年3月于永川）\n"
    )
    (got,) = parse_text(page, "page.txt")
    assert (got.title, got.authors, got.date, got.section) == (
        "黄瓜山的梨花",
        ("李春燕",),
        "2024-03",
        "副刊",
    )


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("（2024年3月于永川）", "2024-03"),
        ("2024年3月8日写于茶山竹海", "2024-03-08"),
        ("（2024年3月）", "2024-03"),
        ("2024年3月起施行", ""),
        ("2024年3月", ""),
        ("（2024年13月于永川）", ""),
    ],
)
def test_a_note_of_writing(line, date):
    assert written_on(line) == date


def test_a_continuation_marker_run_into_its_text():
    """`` （上接第1版）要坚持…`` at a page's top: the marker names the page continued
    from; the story's headline, printed after it, is its title; the text goes on
    as the story's first paragraph."""
    page = "\n\n".join(
        [
            " （上接第1版）要坚持规划引领，统筹",
            "推进老旧小区改造、背街小巷整治、城市管",
            "网更新等工作，把城市更新与产业升级、民",
            "生改善结合起来，做到改一片、成一片、活",
            "一片。",
            "要坚持群众路线，在项目谋划、方案设",
            "计、施工管理等环节充分听取群众意见，推",
            "动群众从“旁观者”变为“参与者”，让城",
            "市更新成果更多更公平惠及全体市民。",
            "永川区召开城市更新工作推进会",
        ]
    )
    (got,) = parse_text(page, "page.txt")
    assert (got.title, got.continuation) == ("永川区召开城市更新工作推进会", "1")
    assert [b.text[:12] for b in got.blocks] == [
        "要坚持规划引领，统筹推进",
        "要坚持群众路线，在项目谋",
    ]


OCR_SCAN = """渝 西 都 市 报        2024年10月15日   星期二        第3版   综 合

永 川 区 启动秋季森林防火专项行动

  本报讯（渝西都市报记者 王丹）10月14日，永川区召开秋冬季森林防灭火工作部署会。

何 埂 镇 8000亩晚熟柑橘迎来丰收

  本报讯（渝西都市报通讯员 罗 勇  张 敏）眼下，何埂镇8000余亩晚熟柑橘进入采摘期。
"""


def test_ocr_spaces_inside_words_are_closed_up():
    """A scan's OCR spaced characters out (``渝 西 都 市 报``): on such a page, runs of
    characters one space apart are closed up, in the masthead and the headlines; a
    byline's padded names (``罗 勇  张 敏``) stay as printed."""
    got = parse_text(OCR_SCAN, "scan.txt")
    assert [(a.title, a.date, a.section) for a in got] == [
        ("永川区启动秋季森林防火专项行动", "2024-10-15", "综合"),
        ("何埂镇8000亩晚熟柑橘迎来丰收", "2024-10-15", "综合"),
    ]
    assert got[1].authors == ("罗勇", "张敏")
    assert "罗 勇  张 敏" in got[1].blocks[0].text or "罗 勇 张 敏" in got[1].blocks[0].text


def test_a_row_that_starts_mid_name_is_not_ocr_spacing():
    """Column rows may start with a word's last character (``者 涂 燕）3月…``): three
    characters one space apart on a page with no wider spacing are left alone."""
    page = "## 永川召开会议\n\n本报讯（渝西都市报记\n者 涂 燕）3月1日，永川区召开会议。\n"
    (got,) = parse_text(page, "page.md")
    assert "涂 燕" in got.blocks[0].text


@pytest.mark.parametrize(
    ("head", "page", "section", "date"),
    [
        ("05 | 科技", "5", "科技", ""),
        ("便民服务 | 08", "8", "便民服务", ""),
        ("茶竹 第4版", "4", "茶竹", ""),  # the page's name before its number
        ("第A01版：要闻　　上一版　下一版　　版面导航", "A1", "要闻", ""),  # an e-paper's links
        ("2023年3月6日 星期一 癸卯年二月十五\n今日4版　第1版 要闻", "1", "要闻", "2023-03-06"),
        ("渝西都市报 2022年12月30日 星期五 4版 社会", "4", "社会", "2022-12-30"),
        ("渝西都市报 │ 2024年4月26日 星期五 │ 第3版 │ 时政", "3", "时政", "2024-04-26"),
        ("渝西都市报·健康周刊　第28期", "", "健康周刊", ""),  # a supplement's, its number
    ],
)
def test_running_heads_of_other_shapes(head, page, section, date):
    """A page's number and name set apart by a bar, or a page number without 第 in a
    masthead with the date: the page's furniture, naming page and section."""
    text = f"{head}\n\n永川召开会议\n\n本报讯 12月28日，永川区召开会议。\n"
    (got,) = parse_text(text, "page.txt")
    assert (got.title, got.page, got.section, got.date) == ("永川召开会议", page, section, date)


def test_a_photo_pages_last_item_with_its_headline_after():
    """Photo items headlined above, the last one below its text: the headline left
    alone at the page's end takes the item that opened after the last credit."""
    page = (
        "黄瓜山梨园秋管忙\n10月11日，在黄瓜山村梨园，果农正在为梨树施秋肥。\n"
        "▲果农为梨树施秋肥。\n渝西都市报记者 陈仕川 通讯员 黄 莉 摄\n\n"
        "10月10日，朱沱镇汉东村，农机手驾驶收割机在稻田里来回穿梭。\n（渝西都市报记者 王 丹 摄）\n"
        "朱沱镇稻田里秋收忙\n"
    )
    got = parse_text(page, "page.txt")
    assert [(a.title, a.authors, len(a.blocks)) for a in got] == [
        ("黄瓜山梨园秋管忙", ("陈仕川", "黄莉"), 3),
        ("朱沱镇稻田里秋收忙", ("王丹",), 2),
    ]


@pytest.mark.parametrize(
    ("lines", "kicker", "title"),
    [
        (("凝心聚力谋发展", "实干担当开新局"), "", "凝心聚力谋发展 实干担当开新局"),
        (("清凉茶山竹海", "“热”了避暑经济"), "", "清凉茶山竹海 “热”了避暑经济"),
        (("乡村振兴调研行", "一片叶子的“共富经”"), "乡村振兴调研行", "一片叶子的“共富经”"),
        (
            ("推动成渝地区双城经济圈建设走深走实", "永川区与合江县签订毗邻地区合作协议"),
            "推动成渝地区双城经济圈建设走深走实",
            "永川区与合江县签订毗邻地区合作协议",
        ),
        (("一根篾条", "编出半个世纪的匠心"), "", "一根篾条 编出半个世纪的匠心"),
        (
            ("以“绣花功夫”优化营商环境", "为高质量发展蓄势赋能"),
            "",
            "以“绣花功夫”优化营商环境 为高质量发展蓄势赋能",
        ),
        (("聚焦高质量发展", "奋力跑出“加速度”"), "", "聚焦高质量发展 奋力跑出“加速度”"),
        (
            ("聚焦西部职教基地建设", "“让每个孩子都有出彩的机会”"),
            "聚焦西部职教基地建设",
            "“让每个孩子都有出彩的机会”",
        ),
        (("交通强区", "永泸高速永川段预计明年底通车"), "交通强区", "永泸高速永川段预计明年底通车"),
        (("新春走基层", "凌晨四点的“城市美容师”"), "新春走基层", "凌晨四点的“城市美容师”"),
        (
            ("巾帼建新功 奋进新征程", "“柠檬姐”的酸甜人生"),
            "巾帼建新功 奋进新征程",
            "“柠檬姐”的酸甜人生",
        ),
        (
            ("渝西都市报评论员文章", "把影视“流量”转化为发展“留量”"),
            "渝西都市报评论员文章",
            "把影视“流量”转化为发展“留量”",
        ),
        (
            ("寻找最美基层干部", "扎根何埂镇十二年 他把荒坡变成了“金果园”"),
            "寻找最美基层干部",
            "扎根何埂镇十二年 他把荒坡变成了“金果园”",
        ),
    ],
)
def test_two_lines_over_a_dash_subtitle(lines, kicker, title):
    """Two lines over a ——subtitle are one title set in two lines, unless the first
    names a series or a column (…调研行, 新春走基层), pairs two slogans a space apart
    over a line that does not, is short and unspaced over a title of two clauses a
    space apart, calls to act over a title that does not, or the second is a whole
    headline opening with its place: then the first is the kicker."""
    page = "\n".join(
        [*lines, "——2024年茶山竹海避暑旅游季见闻", "", "本报讯 6月10日，记者走进景区。"]
    )
    (got,) = parse_text(page, "page.txt")
    assert (got.kicker, got.title) == (kicker, title)


# Rows of PDF pages in the seeds 001/002 style (a blank line after each row),
# headlines after their stories.
ATTENDED_ROWS = [
    "本报讯（渝西都市报记者 谢 春）6",
    "月4日，永川区2024年“安全生产月”活",
    "动启动仪式在人民广场举行。区政府副区",
    "长刘建明出席并讲话。",
    "今年6月是第23个全国“安全生产月”，",
    "主题为“人人讲安全、个个会应急——畅",
    "通生命通道”。刘建明指出，各镇街、各",
    "部门要以“安全生产月”活动为契机，深",
    "入开展安全生产宣传教育，全面排查整治",
    "各类安全隐患，坚决防范遏制重特大事故",
    "发生。",
    "据了解，“安全生产月”期间，永川",
    "将组织开展安全生产宣传咨询日、应急演",
    "练周、安全知识竞赛等系列活动，并聚焦",
    "燃气、道路交通、建筑施工、消防等重点",
    "领域，开展安全隐患排查整治，推动各类",
    "风险隐患动态清零。",
    "启动仪式后，应急、消防、交通等部",
    "门开展了安全生产咨询服务，现场发放宣",
    "传资料5000余份。",
    "永川区启动2024年“安全生产月”活动",
    "刘建明出席并讲话",
    "本报讯（渝西都市报记者 钟 梅）6",
]

TAIL_ROWS = [
    " 本报讯（渝西都市报记者 涂 燕）11",
    "月7日，永川区召开冬季消防安全工作会",
    "议，分析当前全区消防安全形势，部署冬",
    "春火灾防控工作。区政府副区长陈志远出",
    "席会议并讲话。",
    "会议指出，冬春季节天干物燥，用火",
    "用电用气量增加，是火灾易发多发期。各",
    "镇街、各部门要清醒认识当前消防安全面",
    "临的严峻形势，切实增强做好冬春火灾防",
    "控工作的责任感和紧迫感。",
    "会议强调，要聚焦高层建筑、大型商",
    "业综合体、养老机构、学校、“九小场所”",
    "等重点场所，深入开展消防安全隐患排查",
    "整治，对排查出的问题建立台账、限时整",
    "改。要加强电动自行车消防安全管理，严",
    "查违规停放、“飞线”充电等行为。要加",
    "大消防宣传力度，推动消防安全知识进社",
    "区、进农村、进家庭，提高群众自防自救",
    "能力。要强化应急准备，加强值班值守，",
    "确保一旦发生火情能够快速响应、高效处",
    "置。",
    "会议要求，各级各部门要严格落实消",
    "防安全责任制，党政领导干部要坚持“党",
    "政同责、一岗双责”，行业部门要按照",
    "“管行业必须管安全”的要求，切实履行",
    "监管职责，形成齐抓共管的工作格局。",
    "会议还通报了近期全区消防安全检查",
    "情况。",
    "永川区召开冬季消防安全工作会议",
]

BYLINE_LAST_ROWS = [
    "增值收益。永川通过“龙头企业+合作社+农户”",
    "模式，引导农户以土地、劳动力等要素参与产",
    "业发展。目前，全区培育市级以上农业产业化",
    "龙头企业42家、农民专业合作社1600余个，带",
    "动农户10万余户。",
    "在五间镇高桥村，村民李德华以土地入股",
    "合作社，每年能拿到保底分红和二次分红，还",
    "在合作社务工领工资。“一年下来有四五万元",
    "的收入，比自己种地强多了。”李德华说。",
    "区农业农村委相关负责人表示，下一步，",
    "永川将持续做好“土特产”文章，加快构建现",
    "代乡村产业体系，让农业更强、农村更美、农",
    "民更富。",
    "春到田间农事忙 产业振兴正当时",
    "——永川区推进乡村产业振兴见闻",
    "渝西都市报记者 彭禹乔 通讯员 何静",
]


def test_a_title_as_wide_as_the_column_over_who_attended():
    """``刘建明出席并讲话`` under a title as wide as the column is its subtitle, not
    the title's wrapped end."""
    got = parse_text("\n\n".join(ATTENDED_ROWS), "page.txt")
    assert (got[0].title, got[0].subtitle) == (
        "永川区启动2024年“安全生产月”活动",
        "刘建明出席并讲话",
    )


def test_a_row_short_of_the_column_over_a_paragraphs_tail_is_no_subhead():
    """``会议还通报了近期全区消防安全检查`` / ``情况。``: the paragraph's last rows."""
    (got,) = parse_text("\n\n".join(TAIL_ROWS), "page.txt")
    assert got.title == "永川区召开冬季消防安全工作会议"
    assert [b.kind for b in got.blocks] == ["paragraph"] * len(got.blocks)
    assert got.blocks[-1].text.endswith("会议还通报了近期全区消防安全检查情况。")


def test_a_byline_under_the_pages_last_headline_is_its_storys():
    """The page ends on a headline and its byline row: headlines after, so the text
    above, cut off at the top, is that story's."""
    (got,) = parse_text("\n\n".join(BYLINE_LAST_ROWS), "page.txt")
    assert (got.title, got.authors) == ("春到田间农事忙 产业振兴正当时", ("彭禹乔", "何静"))
    assert got.blocks[0].text.startswith("增值收益。") and len(got.blocks) == 3


def test_a_lead_that_names_only_its_month_dates_the_story_to_that_month():
    """``6月以来，…`` gives the month; the year comes from the page (here its subtitle),
    as a dateline's would. A story whose lead names no month keeps the page's."""
    page = (
        "清凉茶山竹海 “热”了避暑经济\n——2024年茶山竹海避暑旅游季见闻\n\n渝西都市报记者 钟 梅\n\n"
        "6月以来，随着气温持续升高，茶山竹海景区迎来避暑游客高峰，周末日均接待游客超过2万人次。\n\n"
        "景区内的民宿、农家乐生意火爆，不少民宿的房间已被预订到8月底。\n"
    )
    (got,) = parse_text(page, "page.txt")
    assert got.date == "2024-06"


@pytest.mark.parametrize(
    ("lead", "month"),
    [
        ("6月以来，随着气温持续升高", 6),
        ("本报讯（记者 钟 梅）今年3月中旬，永川", 3),
        ("10月份，全区完成", 10),
        ("本报讯(见习记者 程 琳)5月中旬以来,永川区", 5),
        ("6月12日，记者走进", None),
        ("13月以来，", None),
        ("2024年6月，", 6),  # the year read from the page, as any year it names
        ("2023年6月上旬，正是仙龙镇夏季蔬菜上市的高峰期", 6),
        ("1998年6月，", None),  # what a page recalls
        ("截至2023年6月底，卫星湖街道辖区商务楼宇累计入驻企业326家", 6),
        ("记者从区生态环境局获悉，2024年3月，永川区环境空气质量优良天数为29天", 3),
        ("记者从区生态环境局获悉，今年以来，", None),
        ("近年来，永川", None),
    ],
)
def test_a_month_lead(lead, month):
    found = lead_month(lead)
    assert (found[1] if found else None) == month


def test_a_lead_naming_its_year_and_month_dates_its_story_by_them():
    """``2023年12月，…`` on a page that names 2024 later: the lead's own year."""
    page = (
        "永川全面启动冬季大气污染防治攻坚行动\n\n"
        "本报讯（通讯员 周 涛）2023年12月，永川区全面启动冬季大气污染防治攻坚行动。\n\n"
        "行动将持续到2024年2月底。\n"
    )
    (got,) = parse_text(page, "page.txt")
    assert got.date == "2023-12"


def test_stories_set_two_blank_lines_apart_on_a_page_spaced_by_one():
    """A page whose paragraphs stand one blank line apart and its stories two: the
    wider gap opens a story even where the lead has no dateline and the story
    before ends unsigned, however many stories the page holds."""
    stories = [
        (
            "抢抓农时备春耕\n\n永川20万亩早稻育秧进入高峰",
            "本报讯（渝西都市报记者 龙婷）3月12日，在何埂镇的育秧中心，播种流水线正在满负荷运转。",
            "目前，永川20万亩早稻育秧已全面进入高峰期。",
        ),
        (
            "来苏镇：“共享农机”解了春耕急",
            "3月以来，来苏镇的“共享农机”服务站格外忙碌。",
            "据了解，服务站今年已为农户提供服务1.3万亩。（通讯员 孙磊）",
        ),
        (
            "永川启动春季义务植树活动",
            "本报讯（渝西都市报记者 何佳）3月10日，永川区春季义务植树活动拉开帷幕。",
            "据介绍，今年春季，永川计划完成植树造林1.5万亩。",
        ),
        (
            "板桥镇为返乡青年搭建创业“孵化器”",
            "近日，板桥镇返乡青年创业孵化中心正式投用。",
            "孵化中心为入驻项目提供免费办公场地。（通讯员 罗成 记者 汪静）",
        ),
    ]
    page = "\n\n\n".join("\n\n".join(story) for story in stories) + "\n\n\n责任编辑　杨洁\n"
    got = parse_text(page, "page.txt")
    assert [(a.title, a.authors) for a in got] == [
        ("永川20万亩早稻育秧进入高峰", ("龙婷",)),
        ("来苏镇：“共享农机”解了春耕急", ("孙磊",)),
        ("永川启动春季义务植树活动", ("何佳",)),
        ("板桥镇为返乡青年搭建创业“孵化器”", ("罗成", "汪静")),
    ]


def test_a_photo_inside_a_feature_does_not_end_it():
    """A feature's photo caption, then its next subhead: the story goes on (the
    heading is set as its other subheads are, and no lead opens under it)."""
    page = (
        "“一元公交”开进山乡\n\n——永川推进城乡公交一体化见闻\n\n渝西都市报记者 黄磊 通讯员 谭晓静\n\n"
        "5月以来，永川区陆续开通城区至朱沱、松溉、吉安的城乡公交线路，票价统一为1元。\n\n"
        "票价降了 出行更实惠\n\n"
        "早上7点10分，一辆崭新的纯电动公交车停靠在吉安镇红星村站台，村民们有序上车。\n\n"
        "图为吉安镇村民乘坐城乡公交出行。\n\n"
        "线路通了 产业活起来\n\n"
        "公交车开进村，带来的不只是出行便利，村民进城卖菜也方便了。\n\n"
        "服务优了 群众更满意\n\n"
        "区交通运输委相关负责人表示，下一步，永川将继续优化城乡公交线网。\n"
    )
    (got,) = parse_text(page, "page.txt")
    assert subheads(got) == [
        "票价降了 出行更实惠",
        "线路通了 产业活起来",
        "服务优了 群众更满意",
    ]


# Pages whose labels head items and are no item's kicker.
LABELLED_PAGES = {
    # Under 简讯, each title heads an item of its own, though an item may open
    # without a date or 本报讯 after one that ends unsigned.
    "briefs": (
        "简讯\n\n【永川区开展防汛应急综合演练】\n\n"
        "本报讯（记者 罗佳）6月14日，永川区2024年防汛应急综合演练在临江河五间镇段举行。"
        "据悉，今年永川已组建镇村两级抢险队伍236支。\n\n"
        "【仙龙镇新建高标准农田3200亩】\n\n"
        "近日，仙龙镇2024年高标准农田建设项目通过验收，惠及4个村1800余户农户。（通讯员 周敏）\n\n"
        "【何埂镇开展夏季消防安全“敲门行动”】\n\n"
        "近日，何埂镇组织镇村干部深入场镇商铺开展消防安全“敲门行动”，现场整改隐患43处。\n",
        [
            ("", "永川区开展防汛应急综合演练", ("罗佳",)),
            ("", "仙龙镇新建高标准农田3200亩", ("周敏",)),
            ("", "何埂镇开展夏季消防安全“敲门行动”", ()),
        ],
    ),
    # A literary page's kind of piece over its title (``诗歌`` over a poem, ``散文``
    # over an essay) and a briefs label with its topic (``文化惠民·简讯``).
    "a literary page's kinds": (
        "诗歌\n\n竹林里的早晨\n◎ 吴 倩\n露水还在竹叶上打盹\n山雀已经醒了\n它们用清脆的嗓子\n"
        "一遍一遍\n喊着太阳的名字\n\n太阳慢慢爬上山梁\n把竹林染成金色\n我站在林子中间\n"
        "也被染成了\n一棵会呼吸的竹\n\n\n"
        "散文\n\n父亲的菜园\n何 川\n父亲退休后，在临江镇老家的屋后开了一块菜园。\n\n"
        "文化惠民·简讯\n\n松溉古镇举办非遗展演\n\n5月3日，松溉古镇举办非遗展演，吸引游客2000余人。\n",
        [
            ("", "竹林里的早晨", ("吴倩",)),
            ("", "父亲的菜园", ("何川",)),
            ("", "松溉古镇举办非遗展演", ()),
        ],
    ),
}


@pytest.mark.parametrize("name", sorted(LABELLED_PAGES))
def test_labels_over_items_are_no_kickers(name):
    page, expected = LABELLED_PAGES[name]
    got = parse_text(page, "2024年6月18日第5版.txt")
    assert [(a.kicker, a.title, a.authors) for a in got] == expected


def test_stories_one_blank_line_apart_on_a_page_of_unspaced_paragraphs():
    """Paragraphs indented, one under the other; stories a blank line apart: the
    gap opens a story, though its lead has no date and the story before ends
    unsigned."""
    page = (
        "永川高新区前5个月规上工业产值增长12.6%\n"
        "\u3000\u3000本报讯（渝西都市报记者 唐琳）6月10日，记者从永川高新区获悉，今年1—5月，"
        "园区规上工业企业完成产值386.4亿元。\n"
        "\u3000\u3000据介绍，下一步，永川高新区将紧盯全年目标任务，加快在建项目投产达产。\n"
        "\n"
        "茶山竹海街道“夜间课堂”教村民做电商\n"
        "\u3000\u3000每周二、周四晚上7点半，茶山竹海街道永兴村便民服务中心的会议室总是坐得满满当当。\n"
        "\u3000\u3000据了解，“夜间课堂”截至目前已开课24期，培训村民860余人次。（记者 汪静）\n"
        "\n"
        "朱沱镇：柑橘园里疏果忙\n"
        "\u3000\u3000眼下正值晚熟柑橘疏果的关键时期，在朱沱镇汉东村的柑橘种植基地，20多名村民"
        "分散在果园里。（通讯员 黄丽 记者 龙婷）\n"
    )
    got = parse_text(page, "yxdsb20240612-03.txt")
    assert [(a.title, a.authors) for a in got] == [
        ("永川高新区前5个月规上工业产值增长12.6%", ("唐琳",)),
        ("茶山竹海街道“夜间课堂”教村民做电商", ("汪静",)),
        ("朱沱镇：柑橘园里疏果忙", ("黄丽", "龙婷")),
    ]


def test_a_long_line_cut_by_a_column_under_a_speakers_line_is_text():
    """A speech digest in plain lines: under the speaker's line, a long line stopped
    mid-clause by a column's end (``…作为首要任务,全年粮食``) goes on in the next; it
    is the speech's first paragraph, not a heading."""
    page = (
        "锚定目标 实干争先 奋力谱写乡村全面振兴新篇章\n\n"
        "——全区农村工作会议暨乡村振兴工作推进会交流发言摘登\n\n"
        "2月11日,永川区召开农村工作会议暨乡村振兴工作推进会。以下为发言摘登。\n\n"
        "守牢粮食安全底线 加快建设农业强区\n\n"
        "区农业农村委党委书记、主任 曾庆林\n\n"
        "区农业农村委坚持把保障粮食和重要农产品稳定安全供给作为首要任务,全年粮食\n\n"
        "播种面积稳定在105万亩以上,粮食总产量达到43.6万吨。\n\n"
        "兴水利民 筑牢农业农村发展“生命线”\n\n"
        "区水利局党组书记、局长 罗建军\n\n"
        "区水利局聚焦水资源保障,全年新建小型水库2座。\n"
    )
    (got,) = parse_text(page, "307.txt")
    assert subheads(got) == [
        "守牢粮食安全底线 加快建设农业强区",
        "区农业农村委党委书记、主任 曾庆林",
        "兴水利民 筑牢农业农村发展“生命线”",
        "区水利局党组书记、局长 罗建军",
    ]


@pytest.mark.parametrize("dash", ["——", "—— ", "-- ", "— —", "－－"])
def test_a_subtitles_dash_as_the_paper_prints_it(dash):
    page = f"永川区召开推进会\n{dash}部署下一阶段工作\n\n本报讯（记者 涂 燕）3月1日，永川区召开推进会。\n"
    (got,) = parse_text(page, "page.txt")
    assert got.subtitle == "——部署下一阶段工作"


@pytest.mark.parametrize(
    ("lead", "found"),
    [
        ("本报讯(渝西都市报记者 邹宇航)6月10日早高峰,在人民大道与萱花路交叉口", (6, 10)),
        ("7月16日一大早，仙龙镇电商服务中心里", (7, 16)),
        ("11月9日深夜，一辆货车", (11, 9)),
        ("本报讯(渝西都市报记者 潘 悦)5月24日(星期五)晚,永川区", (5, 24)),
        ("11月19日是周日，宝峰镇宝峰社区的", (11, 19)),
        ("本报讯 2月24日是2024年元宵节，当天上午，红炉镇", (2, 24)),  # the festival it is
        ("6月22日是2023年端午节，当天上午", (6, 22)),
        ("11月19日是个好日子，", None),
        ("6月10日起施行的新规", None),
    ],
)
def test_a_dateline_with_its_time_of_day(lead, found):
    assert dateline(lead) == found


def test_a_headline_over_a_page_footer_is_no_section():
    """The last story's headline right above the footer (``2　渝西都市报　2025年1月9日
    星期四``) is its headline, not the page's section: a section's name is short."""
    page = (
        "1月8日，区书法家协会走进双石镇，为村民义写春联300余副。\n\n"
        "翰墨飘香送祝福\n\n"
        "2　渝西都市报　2025年1月9日　星期四\n"
    )
    (got,) = parse_text(page, "207.txt")
    assert (got.title, got.section, got.date, got.page) == ("翰墨飘香送祝福", "", "2025-01-09", "2")


@pytest.mark.parametrize(
    "furniture",
    [
        "今日天气 多云转晴 25℃~34℃ 东南风2级",
        "永川天气：3月12日 阴转小雨 10℃～15℃ 偏北风1～2级",
        "今日天气：晴间多云　27℃～36℃　请注意防暑降温",
        "永川今日：晴　26℃～36℃　南风1～2级",
        "天气:晴转多云 5℃～13℃ 空气质量:良",
        "今日天气：多云转晴　气温25℃～34℃　东南风1级",
        "永川天气  今天 多云转小雨 21℃～28℃ 北风1～2级",
        "永川天气  今天 阴转小雨 9℃～15℃  明天 小雨 8℃～13℃",
        "永川天气　今天：多云转晴　26℃～35℃　东南风2级　明天：晴　27℃～36℃",
        "【天气】今天：小雨转阴，9℃～15℃；明天：多云，11℃～18℃",
        "主办：渝西都市报社　永川区卫生健康委员会",
        "新闻热线:49861234",
        "本报读者服务热线：023-49886666（工作日9:00—17:30）",
        "健康热线023-49863120　本版编辑：刘洋",
        "新闻热线：023-49881234　投稿：扫描右侧二维码",
        "（本版广告热线：023-49883456）",
        "新闻热线：（023）4988××××",
        "渝西都市报　　公示公告　　05",
        "投稿邮箱：yxdsbnews@163.com",
        "扫码关注渝西都市报微信公众号",
        "新闻热线：49861234  扫码关注渝西都市报微信公众号",
        "分类广告热线：023-49861234 地址：永川区人民大道渝西都市报社一楼",
        "YUXI DUSHI BAO",
        "广告经营许可证：渝永工商广字第001号　定价：1.00元",
        "（本版投稿请发送至渝西都市报副刊部邮箱，来稿请注明真实姓名和联系方式）",
        "本报地址：永川区人民大道　邮编：402160　印刷：重庆日报报业集团印务有限公司",
        "主办：永川区教育委员会　渝西都市报社　责任编辑：刘 洋",
        "# YONGCHUAN DAILY NEWS",
    ],
)
def test_the_papers_furniture_between_stories_is_no_text(furniture):
    """The day's weather, the paper's hotline, mailbox and account, its name in
    capitals: page furniture wherever it stands, never a story's line."""
    page = (
        "三教镇稻鱼共生试验田迎来鱼苗\n\n"
        "本报讯 7月10日，三教镇稻鱼共生试验田迎来首批鱼苗2万尾。\n\n"
        f"{furniture}\n\n"
        "仙龙镇老党员调解室解开心疙瘩\n\n"
        "本报讯 7月9日，仙龙镇老党员调解室成功化解一起邻里纠纷。\n"
    )
    got = parse_text(page, "2024-07-11_第2版.txt")
    assert [(a.kicker, a.title, a.subtitle, len(a.blocks)) for a in got] == [
        ("", "三教镇稻鱼共生试验田迎来鱼苗", "", 1),
        ("", "仙龙镇老党员调解室解开心疙瘩", "", 1),
    ]


def test_a_notices_service_line_stays_in_the_notice():
    """A notice's own hotline is its text: only the paper's are furniture."""
    page = "停水公告\n\n因管网改造，6月13日中山路部分区域暂停供水。\n\n服务热线：023-49856789\n"
    (got,) = parse_text(page, "x.txt")
    assert got.blocks[-1].text == "服务热线：023-49856789"


@pytest.mark.parametrize(
    ("name", "date"),
    [
        ("渝西都市报2024年第112期_05.txt", "2024-05-17"),
        ("2024_第5版.txt", "2024-05-17"),
        ("123_ab2023cd45ef.txt", ""),  # digits inside a hash
        ("0517-05.txt", ""),
    ],
)
def test_a_year_the_file_name_gives(name, date):
    """A file name with the issue's year but no full date gives a dateline its year."""
    page = "永荣镇老矿区变身新景区\n\n本报讯 5月17日，永荣镇老矿区生态修复项目完工。\n"
    (got,) = parse_text(page, name)
    assert got.date == date


READING_FEATURE = """\
渝西都市报 2025.04.26 A8 副刊

书香里的永川

——世界读书日走访全民阅读新场景

渝西都市报记者 蒋 雪

4月23日是世界读书日。连日来，记者走访永川的城市书房和乡村书屋，感受书香浸润城乡。

城市书房：家门口的“文化客厅”

4月22日晚上8点，位于南大街街道的渝西书房依然灯火通明，不少市民在这里安静阅读。

据区文化旅游委介绍，近年来永川建成城市书房12个，实现主城区全覆盖。

乡村书屋：田间地头飘书香

在仙龙镇石龟寺村农家书屋，村民黄大贵正在翻看一本柑橘种植技术书。

永川区开展“书香家庭”评选

4月21日，永川区启动2025年“书香家庭”评选活动，评选结果将于6月公布。
"""


def test_a_subhead_over_a_dated_section_of_a_feature():
    """Headlines before the text: ``城市书房：家门口的“文化客厅”`` over a section
    opening with its date is a subhead, as the feature's opening named the
    city's 城市书房 already; a heading sharing nothing with the text above, over a
    dated lead, still opens a story."""
    feature, brief = parse_text(READING_FEATURE, "yxdsb_20250426_08.txt")
    assert (feature.title, feature.subtitle, feature.authors) == (
        "书香里的永川",
        "——世界读书日走访全民阅读新场景",
        ("蒋雪",),
    )
    assert subheads(feature) == ["城市书房：家门口的“文化客厅”", "乡村书屋：田间地头飘书香"]
    assert (brief.title, brief.date) == ("永川区开展“书香家庭”评选", "2025-04-26")


POEMS = """\
第6版：副刊

秋到茶山竹海

□ 罗 文 娟

竹叶在九月的山脊上轻轻翻动
像一页页没有写完的信
寄给远方的人
也寄给山脚下的薄雾

朱沱港的夜

□ 钟 林

夜色把长江揽进怀里的时候
朱沱港的灯一盏一盏亮了
塔吊伸长手臂
把星星一颗颗码上货船
"""


def test_a_poems_title_over_its_byline_after_the_poem_before():
    """Poems one under another: the short line over ``□ 钟 林`` is the next poem's
    title, not a last line of the poem above."""
    first, second = parse_text(POEMS, "2024-09-21_第6版.txt")
    assert [(a.title, a.authors, len(a.blocks)) for a in (first, second)] == [
        ("秋到茶山竹海", ("罗文娟",), 4),
        ("朱沱港的夜", ("钟林",), 4),
    ]


MEASURES_MD = """\
## 永川出台十条措施支持民营经济发展

7月1日，记者从永川区发展改革委获悉，《永川区支持民营经济高质量发展若干措施》正式印发。

（一）强化要素保障

《措施》提出，设立总规模5亿元的民营企业转贷应急资金，降低企业融资成本。

（二）鼓励创新发展

对新认定的国家级专精特新“小巨人”企业给予一次性奖励。

## 关于临江河部分路段交通管制的通告

一、管制时间

2024年6月1日至6月30日

二、管制路段

临江河大桥至萱花路口
"""


def test_a_numbered_minor_heading_on_a_markdown_page():
    """``（一）强化要素保障`` alone between blank lines over a section's text is a
    subhead, as a bold line is; a notice's ``一、管制时间`` over a short value
    stays an item of its text."""
    measures, notice = parse_text(MEASURES_MD, "2025-07-05_第2版.md")
    assert subheads(measures) == ["（一）强化要素保障", "（二）鼓励创新发展"]
    assert len(measures.blocks) == 5
    assert subheads(notice) == []


OCR_PAGE = """\
永川启动冬春火灾防控攻坚行动

本报讯(渝西都市报记者 苟欣悦)1月6日,永川区召开冬春火灾防控工作会议,部署攻坚行动o

据介绍,攻坚行动期间,区消防救援支队将联合各镇街开展隐患排查整治.

“新春年货节”开街丨

本报讯(通讯员 李 娜)1月5日,2025年永川“新春年货节”在兴龙湖开街,开街当天线上销售额就突破了40万元.|

现场设置特色年货展位120个,吸引市民游客3.2万人次.
"""


def test_an_ocr_scans_misread_stops_and_specks():
    """A scan's ``。`` read as ``.`` or ``o`` after a Chinese character still ends its
    paragraph, and a speck read as ``|``/``丨`` at a row's end is no text."""
    fire, fair = parse_text(OCR_PAGE, "scan_20250108_p2.txt")
    assert (fire.title, len(fire.blocks)) == ("永川启动冬春火灾防控攻坚行动", 2)
    assert fire.blocks[0].text.endswith("部署攻坚行动o")
    assert (fair.title, fair.authors, len(fair.blocks)) == ("“新春年货节”开街", ("李娜",), 2)
    assert fair.blocks[0].text.endswith("突破了40万元.")


def test_a_line_ocr_spaced_out_to_its_every_mark():
    """``三 教 镇 " 长 者 食 堂 " 开 到 家 门 口``: closed up whole, quotes and all; a
    wider gap between a byline's parts stays one space."""
    page = (
        '三 教 镇 " 长 者 食 堂 " 开 到 家 门 口\n\n'
        "记 者   吴 雪 梅   通 讯 员   周 晓 敏\n\n"
        "中午11点半，三教镇花桥社区长者食堂里飘出阵阵饭菜香。\n"
    )
    (got,) = parse_text(page, "scan_20241126_p5.txt")
    assert (got.title, got.authors) == ('三教镇"长者食堂"开到家门口', ("吴雪梅", "周晓敏"))


SUMMARY_BOX_MD = """\
### 园区观察

## 凤凰湖产业园：“链”上发力 项目提速

本报讯（渝西都市报记者 杨 帆）11月27日，凤凰湖产业园新签约项目5个。

### 招大引强 补链延链

园区围绕新能源汽车产业链精准招商，今年已引进配套企业12家。

### 青峰镇“四点半课堂”让孩子放学有去处

> 核心提示：放学早、家长下班晚，孩子放学后“没人管”成了不少家庭的难题。

本报讯（渝西都市报记者 唐 露）11月28日下午4点半，青峰镇大堰村的“四点半课堂”里热闹起来。
"""


def test_a_minor_heading_over_a_summary_box_heads_a_story():
    """``### 青峰镇…`` over ``> 核心提示：…`` (then 本报讯): a story of its own, the
    box its opening, though ``### 招大引强 补链延链`` above is a subhead."""
    park, school = parse_text(SUMMARY_BOX_MD, "627.md")
    assert subheads(park) == ["招大引强 补链延链"]
    assert school.title == "青峰镇“四点半课堂”让孩子放学有去处"
    assert school.blocks[0].text.startswith("核心提示：")
    assert school.authors == ("唐露",)


SIBLING_TITLES_MD = """\
### 陈食街道“共享菜园”让闲置地变身“幸福园”

本报讯(渝西都市报记者 罗静怡)9月11日傍晚,陈食街道陈食社区的“共享菜园”里,居民们有的浇水、有的除草。

**小菜园拉近邻里情**

“以前住在一栋楼里,见面也不怎么打招呼。现在天天在菜园碰面。”居民黄德英说。

### 大安街道举办“巧手女性”面点技能比赛

9月13日,大安街道妇联举办“巧手女性”面点技能比赛,32名女性同台竞技。

▲参赛选手正在制作面点。
"""


def test_a_minor_heading_at_the_level_that_titled_the_story_heads_the_next():
    """A page that titles its stories with ``###``: a ``###`` over a dateline lead
    is the next story's title, not a subhead of the story above (whose own
    subheads are bold lines)."""
    garden, contest = parse_text(SIBLING_TITLES_MD, "231.md")
    assert subheads(garden) == ["小菜园拉近邻里情"]
    assert contest.title == "大安街道举办“巧手女性”面点技能比赛"
    assert contest.date == "" and contest.blocks[0].text.startswith("9月13日")


MONTH_LEAD_ITEM = """\
红炉镇千亩油菜完成机播

本报讯（通讯员 付 强）11月6日，在红炉镇龙井口村，几台油菜直播机在田间来回穿梭，开沟、播种、施肥一次完成。

红炉镇今年种植油菜1200亩，全部采用机械化播种，比人工播种效率提高了十多倍。

双石镇柑橘喜获丰收

11月以来，双石镇5000余亩柑橘陆续成熟，果农们忙着采摘、分拣、装箱，田间地头一派丰收景象。

▲果农正在采摘柑橘。

通讯员 李军 摄
"""


def test_a_heading_over_a_lead_dated_by_its_month_alone_heads_a_story():
    """``11月以来，…`` under a heading opens a story as ``11月6日，…`` does: a
    photo story under a news story, not a section of it; ``今年11月，…`` does not."""
    rape, citrus = parse_text(MONTH_LEAD_ITEM, "641.txt")
    assert [b.kind for b in rape.blocks] == ["paragraph", "paragraph"]
    assert citrus.title == "双石镇柑橘喜获丰收"
    assert citrus.authors == ("李军",)
    assert [b.kind for b in citrus.blocks] == ["paragraph", "caption", "caption"]
    # 今年6月，… opens a feature's section as readily as a story: a subhead still
    # (unless a photo credited to another than the story's writer closes it)
    feature = MONTH_LEAD_ITEM.replace("11月以来，", "今年11月，").replace("\n\n通讯员 李军 摄", "")
    (rape,) = parse_text(feature, "641.txt")
    assert subheads(rape) == ["双石镇柑橘喜获丰收"]
    assert len(parse_text(MONTH_LEAD_ITEM.replace("11月以来，", "今年11月，"), "641.txt")) == 2


WEEKLY_DIGEST_MD = """\
## 一周要闻

(6月3日—6月9日)

渝西都市报记者 罗小川

### 永川高新区集中签约12个项目

6月3日,永川高新区举行二季度项目集中签约活动,签约项目12个,协议投资额86.5亿元。

### 区政府部署主汛期防汛工作

6月4日,区政府召开防汛抗旱工作会议,部署主汛期防汛工作。
"""


def test_a_digest_under_its_span_of_days_and_byline_keeps_its_items_as_subheads():
    """``(6月3日—6月9日)`` under a digest's title is its subtitle, not a dated
    lead; the byline under it opens the digest, so the ``###`` items over dated
    text are its sections, not stories the byline signed off."""
    (digest,) = parse_text(WEEKLY_DIGEST_MD, "20240610_02.txt")
    assert (digest.title, digest.subtitle, digest.authors) == (
        "一周要闻",
        "(6月3日—6月9日)",
        ("罗小川",),
    )
    assert subheads(digest) == ["永川高新区集中签约12个项目", "区政府部署主汛期防汛工作"]
    assert [b.kind for b in digest.blocks].count("paragraph") == 2


SERVICE_BOX = """\
老旧小区加装电梯 让居民“上下”不再难

本报讯(渝西都市报记者 谭静)9月20日,胜利路街道枣子园小区3部新装电梯投入使用。

【便民信息】

停气通知

因燃气管网碰口施工,定于9月26日9:00至17:00对人民大道沿线小区暂停供气。

重庆永川燃气有限责任公司
"""


def test_a_bracketed_column_name_over_a_title_in_plain_text_heads_no_part_of_it():
    """``【便民信息】`` over ``停气通知``: the column's name, neither the notice's
    kicker nor a title over a subtitle; its issuer, the page's last line, signs it and
    heads no story."""
    _, notice = parse_text(SERVICE_BOX, "134.txt")
    assert (notice.kicker, notice.title, notice.subtitle) == ("", "停气通知", "")
    assert notice.blocks[-1] == para("重庆永川燃气有限责任公司")


YEAR_END_PAGE = """\
茶山竹海街道开展岁末安全大检查

本报讯（通讯员 罗 兰）12月31日，茶山竹海街道组织安监人员对辖区景区、民宿开展安全检查。

永川区2025年首场招聘会举行

本报讯（渝西都市报记者 何 川）1月2日，永川区2025年首场“春风行动”招聘会在人力资源市场举行。
"""


def test_a_december_lead_on_a_january_page_is_of_the_year_before():
    """No issue date: the page's year (2025, from a January story) does not date a
    story of 12月31日, which ran as the year turned."""
    check, fair = parse_text(YEAR_END_PAGE, "208.txt")
    assert (check.date, fair.date) == ("2024-12-31", "2025-01-02")
    (alone,) = parse_text(YEAR_END_PAGE.replace("1月2日", "12月30日"), "208.txt")[1:]
    assert alone.date == "2025-12-30"


NEWS_THEN_DATED_ITEM = """\
永川区中国农民丰收节活动将在三教镇举办

本报讯(渝西都市报记者 钟梅)8月22日,记者从永川区农业农村委获悉,将开展农产品展销、农事竞技等活动。

“诗意永川”书画作品展开展

8月20日,“诗意永川”书画作品展在永川区文化馆开展,展出作品120余幅。

渝西都市报记者 唐 悦
"""


def test_a_heading_sharing_only_common_pairs_with_the_story_above_heads_a_story():
    """``“诗意永川”书画作品展开展`` over ``8月20日,…``: the story above shares
    only 永川 and 开展 (and 品展) with it, no name it gives, so the heading is
    the next story's, not a section the story above announced."""
    fair, show = parse_text(NEWS_THEN_DATED_ITEM, "0823-05.txt")
    assert show.title == "“诗意永川”书画作品展开展"
    assert show.authors == ("唐悦",)
    assert subheads(fair) == []


def test_a_dateline_right_after_the_quotation_a_lead_opens_with():
    """``本报讯（…）“…能换一桶菜籽油。”9月10日，在…``: the lead's dateline, after
    its opening quotation."""
    lead = (
        "本报讯（渝西都市报记者 胡雪梅）“我这个月参加了两次志愿服务，又评上了‘清洁家庭’，"
        "攒了85分，能换一桶菜籽油。”9月10日，在五间镇中伦村的“积分超市”里，村民张秀英高兴地挑选着生活用品。"
    )
    (got,) = parse_text(f"五间镇“积分超市”激活乡村治理\n\n{lead}\n\n今年是2024年。\n", "x.txt")
    assert got.date == "2024-09-10"


def test_a_headline_set_over_two_headings_of_one_level():
    """``## 永川中学新校区`` / ``## 迎来首批高一新生`` with nothing between: one title,
    not an empty story and a second one; a photo label over a title is no kicker."""
    page = (
        "### 开学第一课\n\n## 永川中学新校区\n\n## 迎来首批高一新生\n\n新增学位3600个\n\n"
        "本报讯(渝西都市报记者 付俊)9月1日清晨,永川中学新校区迎来了首批1200名高一新生。\n\n"
        "## 图片新闻\n\n## 义诊进公园\n\n▲9月1日，医护人员在兴龙湖公园为市民义诊。\n"
    )
    school, photo = parse_text(page, "page05.md")
    assert (school.kicker, school.title, school.subtitle, school.authors) == (
        "开学第一课",
        "永川中学新校区 迎来首批高一新生",
        "新增学位3600个",
        ("付俊",),
    )
    assert (photo.kicker, photo.title) == ("", "义诊进公园")


def test_a_results_list_keeps_a_row_a_paragraph():
    """``第一名 杨建林 1小时05分37秒`` rows under ``…前三名：``: each row its own
    paragraph, fields a space apart, not one paragraph cut by column breaks."""
    page = (
        "## 2025永川半程马拉松鸣枪开跑\n\n"
        "本报讯(渝西都市报记者 江 涛)10月12日上午,2025永川半程马拉松鸣枪开跑。\n\n"
        "男子半程马拉松前三名:\n\n第一名 杨建林 1小时05分37秒\n\n"
        "第二名 马小东 1小时06分12秒\n\n第三名 赵国庆 1小时06分48秒\n"
    )
    (got,) = parse_text(page, "yxdsb_20251018_06.md")
    assert [b.text for b in got.blocks[-3:]] == [
        "第一名 杨建林 1小时05分37秒",
        "第二名 马小东 1小时06分12秒",
        "第三名 赵国庆 1小时06分48秒",
    ]


# --------------------------------------------------------------------------- a scan's OCR

SCANNED = (
    "2O24年3月15日 星期五 第8版 副 刊\n\n"
    "五间镇荷花迎来最佳观赏期本报讯（渝西都市报记 者 秦 川）3月14日，五间镇千亩荷塘迎来观赏期。\n\n"
    "荷塘边，游客们拍照留念。\n\n"
    "社区食堂开到居民“家门口”\n\n"
    "本报讯（通 讯 员 苏 晴）3月13日，胜利路街道社区食堂开业。\n"
)


@pytest.mark.parametrize(
    "masthead",
    [
        "渝 西 都 市 报     2024年1月10日  星期三      第 5 版    法 治",
        "2024年1月10日  星期三   第 5 版   公 告",
    ],
)
def test_a_scans_masthead_with_its_page_mark_spaced_out(masthead):
    """``第 5 版`` and the section after it spaced out by a scan: still the page's
    masthead, its date, page and section read, no story's kicker."""
    page = f"{masthead}\n\n\n致敬中国人民警察节\n\n本报讯 1月10日，永川公安举行升警旗仪式。\n"
    (got,) = parse_text(page, "scan_page5.txt")
    assert (got.kicker, got.date, got.page, got.section) == (
        "",
        "2024-01-10",
        "5",
        masthead[-3:].replace(" ", ""),
    )


def test_padded_names_after_a_role_the_column_cut_stay_names_on_a_spaced_out_scan():
    """On a page a scan spaced out (``学 雷 锋 志 愿 服 务 进 社 区``), the row after a
    role cut by the column (``…通讯`` / ``员 张 琳 李 想）``) holds padded names, not
    a spaced-out word: two writers."""
    page = (
        "学 雷 锋 志 愿 服 务 进 社 区\n\n"
        "本报讯（渝西都市报通讯\n员 张 琳 李 想）近日，在三教镇\n石梯村的柑橘种植基地里，村民\n"
        "们正忙着栽种柑橘苗，田间一派繁\n忙景象。今年，三教镇新栽柑橘\n苗十万株。\n"
    )
    (got,) = parse_text(page, "page.txt")
    assert got.authors == ("张琳", "李想")


def test_a_scans_ocr_slips_in_masthead_byline_and_run_in_headline():
    """A scan reads the masthead's zero as the letter O (``2O24年``) and spaces
    out the section (``副 刊``) and a byline's role (``记 者``, ``通 讯 员``), and
    loses the break between a headline and its lead (``…观赏期本报讯（…``): the
    page is still dated and placed, the headline parted from its lead, the
    writers named."""
    lotus, canteen = parse_text(SCANNED, "scan_0042.txt")
    assert (lotus.title, lotus.date, lotus.section, lotus.authors) == (
        "五间镇荷花迎来最佳观赏期",
        "2024-03-15",
        "副刊",
        ("秦川",),
    )
    assert lotus.blocks[0].text.startswith("本报讯（渝西都市报记者 秦 川）3月14日")
    assert (canteen.title, canteen.authors) == ("社区食堂开到居民“家门口”", ("苏晴",))


@pytest.mark.parametrize("name", ["邓晓岚", "邓 岚"])
def test_a_speech_digest_in_markdown_keeps_each_speakers_line_a_subhead(name):
    """``### 以…为抓手 …`` over a plain line naming its speaker (a post and a
    name, a two-character one padded too): both subheads, as the plain digest
    (seed 003) prints them, not the speaker's line run into the speech."""
    page = (
        "## 对标一流优服务 营商环境再提升\n\n——永川区优化营商环境推进大会发言摘登\n\n"
        "4月18日,永川区召开优化营商环境推进大会。以下为发言摘登。\n\n"
        "### 以“一件事一次办”为抓手 跑出政务服务加速度\n\n"
        f"区政府办公室副主任、区政务服务管理办公室主任 {name}\n\n"
        "区政务服务管理办公室围绕企业和群众办事的堵点难点,持续推动政务服务转变\n\n"
        "一是流程再造减环节。\n"
    )
    (got,) = parse_text(page, "131_5be0c2d7a91f3e46.txt")
    assert subheads(got) == [
        "以“一件事一次办”为抓手 跑出政务服务加速度",
        f"区政府办公室副主任、区政务服务管理办公室主任 {name}",
    ]


def test_headlines_asking_over_a_subtitle_or_a_lead_in_plain_text():
    """A headline that asks (小区停车难如何破解？) over its ——subtitle, or asks
    inside (…怎么用？记者帮你问清楚) over a 本报讯 lead, heads a story; a question
    over plain text stays text."""
    page = (
        "胜利路街道“楼栋议事会”解决居民烦心事\n\n"
        "渝西都市报记者 冉明轩\n\n"
        "6月18日傍晚，十几位居民围坐在一起，讨论楼道灯维修的事。\n\n"
        "为什么大家愿意来？\n\n"
        "居民刘大妈说，说了管用。\n\n\n\n"
        "小区停车难如何破解？\n\n"
        "——来自茶山竹海街道的调查\n\n"
        "渝西都市报记者 唐诗琪\n\n"
        "晚上8点过，茶山竹海街道某小区内，道路两侧已停满了车辆。\n\n"
        "医保电子凭证怎么用？记者帮你问清楚\n\n"
        "本报讯（渝西都市报记者 邹雨桐）近日，不少读者致电本报咨询医保电子凭证的使用方法。\n"
    )
    articles = parse_text(page, "2024-06-20_第4版.txt")
    assert [(a.title, a.subtitle) for a in articles] == [
        ("胜利路街道“楼栋议事会”解决居民烦心事", ""),
        ("小区停车难如何破解？", "——来自茶山竹海街道的调查"),
        ("医保电子凭证怎么用？记者帮你问清楚", ""),
    ]
    assert len(articles[0].blocks) == 3


def test_a_heading_after_a_photo_over_an_interviews_question_is_a_subhead():
    """An interview in plain text: its first section heading stands under the
    intro's photo credit, which would end a story, but over a question
    (记者:…?), which goes on with the interview and never opens a story."""
    page = (
        "让更多学生在家门口成为“大国工匠”\n\n"
        "——访重庆渝西智能技术职业学院党委书记余建华\n\n"
        "渝西都市报记者 彭 程 实习生 刘思源\n\n"
        "走进永川职教城,学院的实训楼里机声隆隆,学生们身着工装操作设备。\n\n"
        "图为学院学生在智能制造实训中心进行操作训练。\n\n"
        "渝西都市报记者 彭程 摄\n\n"
        "订单班里走出“准员工”\n\n"
        "记者:毕业生本地就业率明显提升,学院做对了什么?\n\n"
        "余建华:关键是让专业跟着产业走。\n\n"
        "把课堂搬进车间\n\n"
        "记者:学院还做了哪些探索?\n\n"
        "余建华:我们和企业共建了5个“校中厂”。\n"
    )
    (got,) = parse_text(page, "yxdsb_20231026_06.txt")
    assert subheads(got) == ["订单班里走出“准员工”", "把课堂搬进车间"]
    assert list(got.authors) == ["彭程", "刘思源"]


# --------------------------------------------------------------------------- a hotline's questions and answers

HOTLINE = [
    article(
        "冬季燃气费为何比夏季高？",
        para(
            "市民问：我家住在南大街街道，这两个月的燃气费比夏天高出一大截，家里用气习惯"
            "也没怎么变，是不是燃气表出了问题？"
        ),
        para(
            "部门答：冬季气温低，自来水进水温度下降，加热同样多的水需要消耗更多燃气，"
            "因此冬季燃气费普遍高于夏季。如怀疑燃气表计量不准，可申请免费检测。"
            "（永川区城市管理局）"
        ),
        date="2023-12-05",
    ),
    article(
        "老人申领高龄津贴需要哪些材料？",
        para("市民问：我父亲今年刚满80岁，听说可以领取高龄津贴，请问需要准备哪些材料？"),
        para(
            "部门答：申请人需提供身份证、户口簿和本人银行账户信息，到户籍所在地村（社区）"
            "或镇街便民服务中心提出申请，也可通过“渝快办”平台在线申请。（区民政局）"
        ),
        date="2023-12-05",
    ),
    article(
        "来苏镇冬季“送岗上门”",
        para(
            "本报讯（渝西都市报记者 冉 静）12月4日，来苏镇“送岗上门”冬季招聘会在镇文化"
            "广场举行，42家企业带来了普工、电工、叉车司机等岗位1300余个。"
        ),
        authors=("冉静",),
        date="2023-12-05",
    ),
]


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_a_hotlines_questions_are_headlines_of_answers_an_office_signs(layout):
    """An answer signed by the office that gives it (…。（永川区城市管理局）) ends its
    item as a byline would: the question under it heads the next item (or, set
    after the text, closes this one), and asking never makes it a paragraph."""
    got = parse_text(LAYOUTS[layout](HOTLINE), "2023-12-05_第3版.txt")
    assert_articles(got, HOTLINE)


def test_a_columns_questions_under_its_heading_and_compiler_are_its_subheads():
    """A hotline column (its heading and the 整理 byline over its first question)
    is one story with its questions as subheads; a question after a signed letter
    heads a story of its own."""
    page = (
        "12345热线回音\n\n"
        "渝西都市报记者 张敏 整理\n\n"
        "暑期托管班收费是否合理?\n\n"
        "市民问:孩子放暑假了,小区附近有家机构办了暑期托管班,一个月收费2800元。\n\n"
        "部门答:收费应明码标价,不得超期限一次性收取费用。(永川区教育委员会)\n\n"
        "小区充电桩安装难怎么办?\n\n"
        "市民问:我想在自己的固定车位上安装充电桩,物业却不同意。该怎么办?\n\n"
        "部门答:物业服务企业应当予以配合,不得无故阻挠。(永川区住房城乡建委)\n\n"
        "感谢热线帮我讨回了工钱\n\n"
        "我是一名农民工,拨打12345热线后,不到半个月,大家的工钱就全部打到了卡上。\n\n"
        "(来苏镇 读者 向长贵)\n\n"
        "三教镇部分路段路灯何时修复?\n\n"
        "市民问:三教镇场镇通往老街的一段公路,十几盏路灯一个多星期不亮了。\n\n"
        "部门答:抢修已完成,相关路灯已于8月14日恢复照明。(永川区城市管理局)\n"
    )
    got = parse_text(page, "2024-08-27_第7版.txt")
    assert [a.title for a in got] == [
        "12345热线回音",
        "感谢热线帮我讨回了工钱",
        "三教镇部分路段路灯何时修复?",
    ]
    assert subheads(got[0]) == ["暑期托管班收费是否合理?", "小区充电桩安装难怎么办?"]
    assert list(got[0].authors) == ["张敏"]
    assert list(got[1].authors) == ["向长贵"]
    assert [b.text[:4] for b in got[2].blocks] == ["市民问:", "部门答:"]


# --------------------------------------------------------------------------- Markdown from other converters


def test_a_special_pages_front_matter_date_is_no_banner():
    """A front matter's date over a special page's heading (``# 第10版：专题``, a
    page whose banner may stand over its masthead): the issue's date, not a
    banner line to drop."""
    page = (
        "---\n"
        'title: "第10版：专题"\n'
        "date: 2025-03-21\n"
        "fetched_at: 2025-04-02T10:15:33+08:00\n"
        "---\n\n"
        "# 第10版：专题\n\n"
        "## 永川：让绿水青山成为发展“底色”\n\n"
        "春日的卫星湖畔，湖水清澈，白鹭翩飞。\n"
    )
    (got,) = parse_text(page, "page.md")
    assert (got.title, got.date, got.section) == (
        "永川：让绿水青山成为发展“底色”",
        "2025-03-21",
        "专题",
    )


def test_a_pages_front_matter_names_the_page_and_dates_it():
    """A front matter titled with the paper's or the page's name (a converter's
    whole page) titles no article: the stories below keep their own headlines,
    and its date is the issue's."""
    page = (
        "---\n"
        'title: "渝西都市报 第2版"\n'
        'date: "2024-06-21"\n'
        "---\n\n"
        "**永川召开防汛抗旱工作调度会**\n\n"
        "> ——压紧压实责任 确保安全度汛\n\n"
        "本报讯（渝西都市报记者 申 燕）6月20日，永川区召开防汛抗旱工作调度会。\n\n"
        "会议要求，各镇街要严格落实防汛责任。\n\n"
        "---\n\n"
        "**仙龙镇2000亩蓝莓进入采摘旺季**\n\n"
        "预计带动村民增收600余万元\n\n"
        "本报讯（渝西都市报记者 周晓航）眼下正值蓝莓成熟季节，游客穿梭在果园中。\n\n"
        "___\n\n"
        "<strong>“茶竹之约”摄影作品展开展</strong>\n\n"
        "7月20日，“茶竹之约”永川风光摄影作品展在区文化馆开展。\n"
    )
    got = parse_text(page, "0621-02.md")
    assert [(a.title, a.subtitle) for a in got] == [
        ("永川召开防汛抗旱工作调度会", "——压紧压实责任 确保安全度汛"),
        ("仙龙镇2000亩蓝莓进入采摘旺季", "预计带动村民增收600余万元"),
        ("“茶竹之约”摄影作品展开展", ""),
    ]
    assert {a.date for a in got} == {"2024-06-21"}
    assert [len(a.blocks) for a in got] == [2, 1, 1]


def test_a_converters_levels_escapes_and_closing_hashes_are_markup():
    """Headings that start lower (``#####`` over ``####``) are read by their
    order; ``#### 标题 ####`` closes with hashes; ``\\*`` and a line's closing ``\\``
    are markup; a topic's tag (``#话题#``) opening a line is text."""
    page = (
        "# 渝西都市报 #\n\n"
        "2024年7月2日 星期二 第7版 教育\n\n"
        "##### 技能成才 强国有我\n\n"
        "#### 永川职业院校学子国赛斩获9枚金牌\n\n"
        "> 金牌数位居全市区县前列\n\n"
        "本报讯（渝西都市报记者 郑 敏）7月1日，永川职业院校学生共获得一等奖9项，\\\n"
        "获奖总数较去年增加12项。\n\n"
        "##### 赛项覆盖主导产业\n\n"
        "区公共法律服务中心开通“7\\*24小时”线上咨询，作品以“组别\\_姓名”命名。\n\n"
        "#跟着非遗游永川#话题下的视频播放量已突破300万次。\n\n"
        "#### 永川职教城迎来新生报到 ####\n\n"
        "本报讯 9月2日，永川职教城迎来新生报到高峰。\n"
    )
    first, second = parse_text(page, "yxdsb_20240702_07.md")
    assert (first.kicker, first.title, first.subtitle) == (
        "技能成才 强国有我",
        "永川职业院校学子国赛斩获9枚金牌",
        "金牌数位居全市区县前列",
    )
    assert [(b.kind, b.text) for b in first.blocks] == [
        (
            "paragraph",
            "本报讯（渝西都市报记者 郑 敏）7月1日，永川职业院校学生共获得一等奖9项，"
            "获奖总数较去年增加12项。",
        ),
        ("subhead", "赛项覆盖主导产业"),
        ("paragraph", "区公共法律服务中心开通“7*24小时”线上咨询，作品以“组别_姓名”命名。"),
        ("paragraph", "#跟着非遗游永川#话题下的视频播放量已突破300万次。"),
    ]
    assert (second.title, second.section) == ("永川职教城迎来新生报到", "教育")


# --------------------------------------------------------------------------- who took the photos

PHOTOGRAPHED = [
    article(
        "卫星湖街道首家社区食堂开餐",
        para(
            "本报讯（通讯员 蒋欣 付小川）9月2日，卫星湖街道首家社区食堂正式开餐，"
            "辖区60岁以上老人就餐可享受八折优惠。"
        ),
        Block("caption", "▲老人们在社区食堂就餐。渝西都市报记者 杨 帆 摄"),
        authors=("蒋欣", "付小川"),
        date="2024-09-03",
    ),
    article(
        "松溉古镇银杏染金",
        Block("caption", "▲初冬时节，松溉古镇罗家祠堂前的银杏树一片金黄。通讯员 王 敏 摄"),
        authors=("王敏",),
        date="2024-09-03",
    ),
    article(
        "千年古镇迎客来",
        para("5月19日，松溉古镇举办“游千年古镇·品非遗之美”主题活动，吸引游客2万余人次。"),
        Block("caption", "图①：游客在松溉古镇老街上游览。渝西都市报记者 李 强 摄"),
        Block("caption", "图②：手艺人在非遗市集上制作糖画。图/刘 洋"),
        authors=("李强", "刘洋"),
        date="2024-09-03",
    ),
    article(
        "职教城高校篮球联赛落幕",
        para(
            "本报讯（渝西都市报记者 陈 雪）9月1日，永川职教城高校篮球联赛落幕，"
            "重庆文理学院队夺得冠军。"
        ),
        Block("caption", "▲比赛现场。渝西都市报记者 陈 雪 摄"),
        authors=("陈雪",),
        date="2024-09-03",
    ),
]


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_a_photographer_is_an_author_only_where_nobody_wrote_the_text(layout):
    """A photo credit (``… 摄``, ``图/刘 洋``) names who took the photo: the story's
    author when no byline names a writer (a photo item, a set of numbered photos),
    or when the writer took it too; beside another writer's byline, a contributor
    the caption already credits."""
    got = parse_text(LAYOUTS[layout](PHOTOGRAPHED), "2024-09-03_第2版.txt")
    assert_articles(got, PHOTOGRAPHED)


def test_a_programmes_dated_entries_are_paragraphs_under_their_label():
    """``3月16日:开幕式…`` is an entry of a programme, not a headline nor a story's
    dateline: the label over the entries (活动安排) stays a subhead of the story."""
    page = (
        "黄瓜山梨花节3月16日开幕\n\n"
        "本报讯(渝西都市报记者 蒋文杰)3月12日,第十二届永川黄瓜山梨花节将于3月16日开幕。\n\n"
        "活动安排\n\n"
        "3月16日:开幕式暨赏花游园活动(黄瓜山村梨花广场)\n\n"
        "3月16日至31日:“梨园摄影大赛”作品征集(线上投稿)\n\n"
        "温馨提示\n\n"
        "1.梨花节期间,黄瓜山景观大道周末实行单向通行。\n\n"
        "茶山竹海明前茶开采\n\n"
        "本报讯(渝西都市报记者 彭程)3月11日,茶山竹海街道石梁村的茶园里,茶农们正在采茶。\n"
    )
    first, second = parse_text(page, "yxdsb_20250314_04.txt")
    assert subheads(first) == ["活动安排", "温馨提示"]
    assert len(first.blocks) == 6
    assert second.title == "茶山竹海明前茶开采"


def test_a_heading_over_text_its_own_byline_signs_opens_a_story():
    """A story is signed once: a heading after a story with its byline, over text
    that ends on a byline line of its own (记者 何婧 通讯员 罗斌), heads a new story
    though its lead opens with neither 本报讯 nor a date."""
    page = (
        "老旧小区“焕新” 居民生活更舒心\n\n"
        "本报讯(渝西都市报记者 袁飞)9月12日,康乐小区改造完工,惠及居民386户。\n\n"
        "据了解,今年永川区计划改造城镇老旧小区58个,目前已完工41个。\n\n"
        "暖心“四点半课堂” 破解“接娃难”\n\n"
        "每天下午4点半,胜利路街道圣水湖社区的“四点半课堂”便热闹起来。\n\n"
        "目前永川区已在38个社区开设“四点半课堂”,累计服务中小学生1.5万余人次。\n\n"
        "记者 何婧 通讯员 罗斌\n"
    )
    first, second = parse_text(page, "055_5d8e20b7c4a19f3e.txt")
    assert (len(first.blocks), list(first.authors)) == (2, ["袁飞"])
    assert (second.title, list(second.authors)) == (
        "暖心“四点半课堂” 破解“接娃难”",
        ["何婧", "罗斌"],
    )


def test_a_list_a_colon_announces_ends_at_the_next_storys_headline():
    """Rows under ``…比分：`` are the list's items, not headlines; the list ends at
    a heading set apart over its lead (本报讯…), which heads the next story."""
    page = (
        "卫星湖街道队捧起“永超”冠军奖杯\n"
        "本报讯（渝西都市报记者 谢 春）11月5日下午，“永超”决赛在区体育中心打响。\n"
        "决赛及三四名决赛比分：\n"
        "卫星湖街道队 2:1 永川高新区队\n"
        "茶山竹海街道队 3:3（点球5:4） 朱沱镇队\n"
        "最佳射手：张航（永川高新区队，11球）\n"
        "\n"
        "校园足球联赛初中组开赛\n"
        "本报讯 11月4日，永川区校园足球联赛初中组比赛在北山中学开赛。\n"
        "首轮比赛结果：\n"
        "北山中学 3:1 萱花中学\n"
        "景圣中学 2:4 双石中学\n"
        "（记者 谢 春 通讯员 梁晓燕）\n"
    )
    first, second = parse_text(page, "2023-11-08_第7版_体育.txt")
    assert [b.kind for b in first.blocks] == ["paragraph"] * 5
    assert second.title == "校园足球联赛初中组开赛"
    assert list(second.authors) == ["谢春", "梁晓燕"]
    assert [b.text for b in second.blocks][-2:] == [
        "景圣中学 2:4 双石中学",
        "（记者 谢 春 通讯员 梁晓燕）",
    ]


def test_a_short_markdown_title_over_its_dash_subtitle_heading():
    """``# 春天里的女子`` over ``## ——写在“三八”国际妇女节``: a short title is no
    column label when the lesser heading under it is a ——subtitle."""
    page = (
        "# 春天里的女子\n## ——写在“三八”国际妇女节\n\n三月的永川，春意正浓。\n\n■何晓燕\n\n"
        "# 写给母亲\n\n您把青春种进了田里，收获了我们。\n"
    )
    first, second = parse_text(page, "page.md")
    assert (first.kicker, first.title, first.subtitle) == (
        "",
        "春天里的女子",
        "——写在“三八”国际妇女节",
    )
    assert second.title == "写给母亲"


def test_a_supplements_head_over_lines_a_dotted_section_and_a_listing_row():
    """``渝西都市报`` / ``教育周刊`` / ``2024年6月 第12期`` / ``本期主编：…`` is a
    supplement's running head set over lines: the page is dated to its month (a
    lead's day taking its year) and named 教育周刊. A row naming a prize's winners
    after its label is text."""
    page = (
        "渝西都市报\n\n教育周刊\n\n2024年6月　第12期\n\n本期主编：何 静　责任编辑：王小红\n\n\n"
        "永川区中小学生艺术展演获奖名单揭晓\n\n"
        "本报讯 6月18日，永川区第十二届中小学生艺术展演获奖名单揭晓。\n\n"
        "器乐类一等奖（4人）：景圣中学张一诺、昌州中学吴俊熙、中山路小学郑可馨、来苏中学何雨萱\n\n"
        "舞蹈类一等奖（3个）：卫星湖小学《竹海欢歌》、朱沱镇中心小学《长江娃》、松溉中学《古镇灯影》\n"
    )
    (only,) = parse_text(page, "page.txt")
    assert (only.date, only.section, only.title) == (
        "2024-06-18",
        "教育周刊",
        "永川区中小学生艺术展演获奖名单揭晓",
    )
    assert [b.kind for b in only.blocks] == ["paragraph"] * 3
    dotted = "2023年12月5日　星期二\n第3版·教育　　责任编辑：刘洋\n\n运动会落幕\n\n本报讯 12月2日，运动会落幕。\n"
    assert parse_text(dotted, "page.txt")[0].section == "教育"


@pytest.mark.parametrize(
    ("lines", "kicker", "title", "subtitle"),
    [
        (
            ("川锐精工“5G+智能工厂”", "在港桥产业园建成投用"),
            "",
            "川锐精工“5G+智能工厂” 在港桥产业园建成投用",
            "",
        ),
        (
            ("青峰镇竹编产品", "搭上“以竹代塑”快车走俏海外"),
            "",
            "青峰镇竹编产品 搭上“以竹代塑”快车走俏海外",
            "",
        ),
        (
            ("永川区“亩均效益”评价结果", "首次与用地用能政策挂钩"),
            "",
            "永川区“亩均效益”评价结果 首次与用地用能政策挂钩",
            "",
        ),
        (("医者仁心", "感谢朱沱镇卫生院的医生们"), "医者仁心", "感谢朱沱镇卫生院的医生们", ""),
        (
            ("永川区开展入河排污口整治专项行动", "已整治排污口31个"),
            "",
            "永川区开展入河排污口整治专项行动 已整治排污口31个",
            "",
        ),
        (
            ("区委常委会召开会议", "研究部署城市精细化管理等工作"),
            "",
            "区委常委会召开会议",
            "研究部署城市精细化管理等工作",
        ),
        (
            ("松溉镇长江岸线变美了", "市民游客点赞"),
            "",
            "松溉镇长江岸线变美了 市民游客点赞",
            "",
        ),
        (("松溉酱园：百年老字号", "酿出新滋味"), "", "松溉酱园：百年老字号 酿出新滋味", ""),
        (("寻访永川茶脉", "茶山竹海话茶事（之三）"), "寻访永川茶脉", "茶山竹海话茶事（之三）", ""),
        (
            ("永川记忆·口述历史", "我在松溉河坝上拉纤的日子"),
            "永川记忆·口述历史",
            "我在松溉河坝上拉纤的日子",
            "",
        ),
        (
            ("直播间里卖葡萄 朱沱果农“云端”", "接单忙"),
            "",
            "直播间里卖葡萄 朱沱果农“云端”接单忙",
            "",
        ),
        # a first line cut before it says what it says: its verb's object, a particle's
        # or a preposition's, what an ordinal or a count counts below
        (("来苏镇举办", "“柑橘文化节”"), "", "来苏镇举办“柑橘文化节”", ""),
        (("石板路上的", "老手艺"), "", "石板路上的老手艺", ""),
        (("永川区举行第五届", "职业技能大赛"), "", "永川区举行第五届职业技能大赛", ""),
        (("永荣镇举办首届", "“矿山记忆”摄影展"), "", "永荣镇举办首届“矿山记忆”摄影展", ""),
        (("何埂镇36名", "“田秀才”获颁证书"), "", "何埂镇36名“田秀才”获颁证书", ""),
        (
            ("金龙镇为500余户困难群众", "送去“暖冬包”"),
            "",
            "金龙镇为500余户困难群众送去“暖冬包”",
            "",
        ),
        (
            ("全区安全生产工作会议召开", "张华出席并讲话"),
            "",
            "全区安全生产工作会议召开",
            "张华出席并讲话",
        ),
    ],
)
def test_a_subject_over_its_predicate_is_one_title(lines, kicker, title, subtitle):
    """A headline's first line naming its subject alone (no verb) over a line that
    opens with a verb, a preposition or an adverb is one title in two lines, and so
    is a clause over a clause (a short one too), a space apart; a meeting over its business stays
    title and subtitle, a short label the kicker, and a short tail is the wrapped
    end of the title. A line cut before it says what it says (…举办 / “…节”) is the
    title's first half, joined without a space."""
    page = "\n".join([*lines, "", "本报讯 6月10日，记者走进企业。", ""])
    (got,) = parse_text(page, "page.txt")
    assert (got.kicker, got.title, got.subtitle) == (kicker, title, subtitle)


def test_a_heading_over_text_signed_in_brackets_by_others_opens_a_story():
    """After a story its 本报讯 byline signs, a heading over text that ends on a
    bracketed byline naming others (``（通讯员 赵敏）``) heads a new story; one
    naming the story's writer again signs the story above, the heading its subhead."""
    story = (
        "冒充“客服”称要退款 女子险些被骗5万元\n"
        "本报讯（渝西都市报记者 钟梅 通讯员 何川）11月6日，市民陈女士接到一个自称客服的电话。\n"
        "民警告诉她，这是典型的冒充客服退款诈骗，正规电商平台退款会原路退回。\n"
        "全区开展冬季消防安全大检查\n"
        "进入11月，天干物燥，火灾风险上升。永川区消防救援支队开展冬季消防安全大检查。\n"
        "截至目前，已检查各类场所360余家，督促整改火灾隐患520余处。\n"
    )
    first, second = parse_text(story + "（通讯员 赵敏）\n", "page.txt")
    assert (second.title, list(second.authors)) == ("全区开展冬季消防安全大检查", ["赵敏"])
    assert list(first.authors) == ["钟梅", "何川"]
    (only,) = parse_text(story + "（记者 钟 梅）\n", "page.txt")
    assert ("subhead", "全区开展冬季消防安全大检查") in [(b.kind, b.text) for b in only.blocks]


def test_a_photo_items_caption_dates_it():
    """A photo item told by its caption alone (``▲1月7日，…``) is dated by the
    caption's day; ``2024年1月，…`` dates its story to that month."""
    page = (
        "永川区“新春送万福”活动在吉安镇启动\n\n"
        "　　1月8日，永川区2024年“新春送万福 进村入户到万家”活动在吉安镇启动。\n\n"
        "　　（记者 陈仕川）\n\n"
        "五间镇启动“一村一品”示范村创建\n\n"
        "　　2024年1月，五间镇启动新一轮“一村一品”示范村创建工作。（五间镇供稿）\n\n"
        "何埂镇“村晚”排练正酣\n\n"
        "▲1月7日，何埂镇村民在排练2024年“村晚”节目。通讯员 罗 敏 摄\n"
    )
    assert [a.date for a in parse_text(page, "page.txt")] == ["2024-01-08", "2024-01", "2024-01-07"]


def test_a_pages_first_line_asking_mid_line_is_its_headline():
    """``入冬后血压波动大怎么办？心内科医生来解答`` opening the page, over a lead that is
    no 本报讯: the story's headline, not the start of its first paragraph."""
    page = (
        "2023年11月8日 星期三 第07版 健康\n\n"
        "入冬后血压波动大怎么办？心内科医生来解答\n\n"
        "进入11月，气温明显下降，区人民医院心内科门诊中因血压升高就诊的患者明显增多。\n\n"
        "问：为什么天冷了血压容易升高？\n\n答：寒冷刺激会使血管收缩，血压随之升高。\n"
    )
    (got,) = parse_text(page, "page.txt")
    assert got.title == "入冬后血压波动大怎么办？心内科医生来解答"
    assert got.blocks[0].text.startswith("进入11月")


@pytest.mark.parametrize(
    ("head", "page", "section"),
    [
        ("A03　镇街　　责任编辑：彭 涛", "A3", "镇街"),
        ("———————— A6 · 法治 ————————", "A6", "法治"),
        ("<第8版>　副刊　　本版编辑：何 琴", "8", "副刊"),
        ("06 | 教育　　责任编辑：唐 雪", "6", "教育"),
        ("【第2版】综合新闻", "2", "综合新闻"),
        ("第6版 · 消费维权　　本版编辑：陈静", "6", "消费维权"),
    ],
)
def test_a_running_head_in_rules_brackets_or_with_its_editor_starts_a_page(head, page, section):
    """A page's running head set between rules, with its number bracketed, as a
    code and a name alone, or with its editor credited after it, starts its page:
    no article, no text, and the stories under it are that page's."""
    text = (
        "A01　要闻\n\n永川区召开推动高质量发展大会\n\n本报讯（记者 涂 燕）2月13日，会议召开。\n\n"
        f"{head}\n\n仙龙镇返岗专车送工人上班\n\n本报讯（通讯员 杨柳）2月10日，专车出发。\n"
    )
    first, second = parse_text(text, "20250214.txt")
    assert (first.page, first.section) == ("A1", "要闻")
    assert (second.title, second.page, second.section) == (
        "仙龙镇返岗专车送工人上班",
        page,
        section,
    )
    assert [b.text for b in second.blocks] == ["本报讯（通讯员 杨柳）2月10日，专车出发。"]


def test_a_columns_label_heading_its_items_in_markdown():
    """``## 便民信息`` over ``###`` headings: each heads an item of the column, not a
    section of one story under the label."""
    page = (
        "# 家门口的便民生活圈又添新站点\n\n9月25日，陈食街道“邻里中心”正式投用。\n\n"
        "### 社区食堂 老人吃饭有优惠\n\n中午11点半，社区食堂已坐满了居民。\n\n"
        "## 便民信息\n\n### 区图书馆国庆假期开放时间调整\n\n10月1日至7日，区图书馆开放时间调整。\n\n"
        "### 永川东站新增至成都东站动车班次\n\n记者从铁路部门获悉，永川东站新增2趟动车。\n"
    )
    story, library, station = parse_text(page, "page.md")
    assert [b.kind for b in story.blocks] == ["paragraph", "subhead", "paragraph"]
    assert (library.title, station.title) == (
        "区图书馆国庆假期开放时间调整",
        "永川东站新增至成都东站动车班次",
    )
    assert len(station.blocks) == 1


def test_a_heading_above_the_level_of_a_storys_sections_titles_the_next():
    """A ``#`` story whose sections are ``###``: a ``##`` heading after them is no
    section of it (it would stand above them) but the next story's title."""
    page = (
        "# 预付卡消费 谨防商家“跑路”\n\n本报讯（渝西都市报记者 涂 燕）3月13日，区市场监管局发布消费提示。\n\n"
        "### 一、理性办卡 不贪图高折扣\n\n消费者办卡前应实地考察经营者的资质。\n\n"
        "## 去年全区受理消费投诉举报1.2万件\n\n记者从区消委会获悉，2024年全区受理投诉1.2万件。\n\n"
        "（记者 涂 燕 通讯员 唐 敏）\n"
    )
    first, second = parse_text(page, "page.md")
    assert [b.kind for b in first.blocks] == ["paragraph", "subhead", "paragraph"]
    assert (second.title, list(second.authors)) == (
        "去年全区受理消费投诉举报1.2万件",
        ["涂燕", "唐敏"],
    )


def test_a_monthlys_head_with_its_name_and_a_lesser_heading_right_under_a_title():
    """``渝西都市报 · 健康月刊`` / ``2024年3月 第3期（总第27期）`` dates the page to its
    month and names it; a ``###`` right under the ``#`` title, before any text,
    is its subtitle; ``（文/记者 钟 梅）`` signs the piece."""
    page = (
        "渝西都市报 · 健康月刊\n2024年3月  第3期（总第27期）\n本期主编：何 琴    责任编辑：刘 洋\n\n"
        "# 春季减重正当时 科学“管住嘴 迈开腿”\n\n### 区人民医院营养科专家教你算好BMI\n\n"
        "春暖花开，不少市民开始为夏天“减重塑形”。\n\n### 先算一算你的BMI\n\n体重指数=体重÷身高的平方。\n\n"
        "（文/记者 钟 梅）\n"
    )
    (got,) = parse_text(page, "page.md")
    assert (got.date, got.section) == ("2024-03", "健康月刊")
    assert (got.subtitle, list(got.authors)) == ("区人民医院营养科专家教你算好BMI", ["钟梅"])
    assert [b.kind for b in got.blocks] == ["paragraph", "subhead", "paragraph", "paragraph"]


def test_a_day_under_a_letters_signature_is_the_letters():
    """``读者：张建国`` / ``11月28日``: the day the reader signed the letter, not the
    next story's headline."""
    page = (
        "感谢朱沱镇卫生院的医生们\n\n编辑同志：\n\n我的老伴今年78岁，上个月在家中摔倒。"
        "朱沱镇卫生院的医生们及时救治，如今老伴已经能拄着拐杖走动了。\n\n读者：张建国\n\n11月28日\n\n\n"
        "冬天的红薯\n\n□ 王 平\n\n小时候，一到冬天，母亲总会在灶膛里煨几个红薯。\n"
    )
    letter, essay = parse_text(page, "page.txt")
    assert letter.blocks[-1].text == "11月28日"
    assert (essay.title, essay.subtitle) == ("冬天的红薯", "")


def test_dashed_list_items_and_a_photo_items_credited_text():
    """``——汽车制造业增加值增长12.3%；`` lines under a colon are a list's items in
    the text, no subtitle heading a story; a photo item's text credited after its
    last sentence (``…增长18.3%。 记者 陈仕川 摄``) is its caption, the photographer
    its author."""
    page = (
        "1-5月全区经济运行稳中有进\n"
        "本报讯（渝西都市报记者 罗 静）6月21日，记者从区统计局获悉，全区经济运行稳中有进。\n"
        "分行业看：\n"
        "——汽车制造业增加值增长12.3%；\n"
        "——通用设备制造业增加值增长15.6%；\n"
        "——有色金属冶炼和压延加工业增加值增长6.1%。\n"
        "投资消费稳步增长\n"
        "1-5月，全区固定资产投资同比增长9.7%。\n\n"
        "朱沱港：集装箱装船忙\n"
        "5月6日，朱沱港码头上，一批集装箱正在装船。今年1-4月，朱沱港完成货物吞吐量102万吨，"
        "同比增长18.3%。 记者 陈仕川 摄\n"
    )
    report, photo = parse_text(page, "2024-06-22_第3版_经济.txt")
    assert [b.kind for b in report.blocks[2:5]] == ["paragraph"] * 3
    assert ("subhead", "投资消费稳步增长") in [(b.kind, b.text) for b in report.blocks]
    assert (photo.title, [b.kind for b in photo.blocks], photo.authors) == (
        "朱沱港：集装箱装船忙",
        ["caption"],
        ("陈仕川",),
    )


def test_a_heading_under_a_label_of_items_heads_an_item():
    """Under ``便民信息`` (as under ``简讯``), a one-line heading after the box's
    ``◆`` items titles an item of its own, not a section of the box."""
    page = (
        "便民信息\n"
        "◆区政务服务中心延时服务：工作日中午12:00至13:30正常办理业务。\n"
        "◆茶山竹海景区即日起至6月30日对全国医护人员、教师凭证免收门票。\n"
        "城区3条公交线路优化调整\n"
        "为方便永川高新区企业职工上下班，即日起，城区101路、108路公交线路优化调整。\n"
        "（通讯员 王 磊）\n"
    )
    box, item = parse_text(page, "page.txt")
    assert (box.title, len(box.blocks), box.authors) == ("便民信息", 2, ())
    assert (item.title, item.authors) == ("城区3条公交线路优化调整", ("王磊",))


def test_a_notices_field_after_an_unstopped_row_is_a_paragraph_of_its_own():
    """A programme's last row, unstopped (``10月5日—6日 广场舞比赛 区文化艺术中心广场``),
    is not cut by a column break when a field follows it (``报名咨询电话：…``)."""
    page = (
        "## 部分比赛项目赛程\n\n以下为全民健身运动会部分项目赛程：\n\n"
        "9月23日—24日 气排球比赛 区全民健身中心\n\n10月5日—6日 广场舞比赛 区文化艺术中心广场\n\n"
        "报名咨询电话：023-49812345\n"
    )
    (got,) = parse_text(page, "page.md")
    assert [b.text for b in got.blocks][-2:] == [
        "10月5日—6日 广场舞比赛 区文化艺术中心广场",
        "报名咨询电话：023-49812345",
    ]


TRAVEL_TIPS = """\
高温持续 永川发布高温橙色预警
本报讯（渝西都市报记者 涂 燕）7月13日，永川区气象台发布高温橙色预警，预计未来三天最高气温将达39℃。
出行提示
电动车充电勿“飞线”
高温天气电动自行车电池易过热，请勿将电动车停放在楼道、安全出口充电。
雷雨天气注意防范
盛夏午后易出现局地雷阵雨，遇雷雨天气请勿在大树、广告牌下避雨。
"""

PHOTO_ITEMS = """\
图片新闻

吉安镇：春耕时节补植忙

3月28日，吉安镇干部群众在长江沿岸补植防护林。通讯员 唐 丽 摄

五间镇：古树名木挂牌保护

▲近日，五间镇林业站工作人员为辖区古树名木挂上“身份证”。 何 军 摄
"""


def test_a_label_over_several_items_is_no_items_kicker():
    """``出行提示`` over short items, each a heading over a line of text: every item a
    story, none with the label as its kicker; so for ``图片新闻`` over two photos."""
    got = parse_text(TRAVEL_TIPS, "page.txt")
    assert [(a.kicker, a.title, len(a.blocks)) for a in got] == [
        ("", "高温持续 永川发布高温橙色预警", 1),
        ("", "电动车充电勿“飞线”", 1),
        ("", "雷雨天气注意防范", 1),
    ]
    for label in ("图片新闻", "摄影作品"):
        got = parse_text(PHOTO_ITEMS.replace("图片新闻", label), "page.txt")
        assert [(a.kicker, a.title) for a in got] == [
            ("", "吉安镇：春耕时节补植忙"),
            ("", "五间镇：古树名木挂牌保护"),
        ]
    first_item = PHOTO_ITEMS.split("\n\n")[:3]  # (the label over one photo)
    (one,) = parse_text("\n\n".join(first_item).replace("图片新闻", "摄影作品"), "page.txt")
    assert (one.kicker, one.title) == ("", "吉安镇：春耕时节补植忙")


LETTER_SIGNED_UNBRACKETED = """\
小区门口的“僵尸车”该清一清了
编辑同志：
我家住在南大街街道南外街社区，小区门口停着几辆长期无人使用的汽车，占了不少车位。
希望有关部门能清一清这些“僵尸车”。
南大街街道南外街社区居民 何建国
9月10日
“僵尸车”清走了 停车位回来了
本报讯（记者 钟 梅）9月12日，南大街街道联合交巡警对南外街社区的“僵尸车”进行清理。
"""


def test_a_letter_signed_by_its_reader_and_dated_under_the_text():
    """``…社区居民 何建国`` / ``9月10日`` under a letter: its writer and day, its last
    lines, not the next story's kicker and title."""
    letter, follow_up = parse_text(LETTER_SIGNED_UNBRACKETED, "page.txt")
    assert (letter.kicker, letter.title, letter.authors) == (
        "",
        "小区门口的“僵尸车”该清一清了",
        ("何建国",),
    )
    assert [b.text for b in letter.blocks][-2:] == ["南大街街道南外街社区居民 何建国", "9月10日"]
    assert (follow_up.kicker, follow_up.title, follow_up.authors) == (
        "",
        "“僵尸车”清走了 停车位回来了",
        ("钟梅",),
    )


SHORT_COMMENTS = """\
短评

别把“微心愿”办成“走过场”

□ 王 明

近日，中山路街道开展“点亮微心愿”活动，心愿虽“微”，却实实在在解了群众的难处。

（作者系区委党校教师）

“村晚”火了，乡村文化振兴要趁热打铁

□ 李 娟

“村晚”之所以火，在于它真正把舞台交给了群众。
"""


def test_a_column_of_short_comments_labels_none_of_them():
    """``短评`` over two signed comments: the column's name, no comment's kicker."""
    got = parse_text(SHORT_COMMENTS, "page.txt")
    assert [(a.kicker, a.title, a.authors) for a in got] == [
        ("", "别把“微心愿”办成“走过场”", ("王明",)),
        ("", "“村晚”火了，乡村文化振兴要趁热打铁", ("李娟",)),
    ]


SCANNED_MARKDOWN = """# 来苏镇：“红心柚”红了 果农笑了

本报讯（渝西都市报记者 罗 静）11月5日，
记者走进来苏镇观音村的红心柚种植基地，只
见一个个硕大的柚子挂满枝头，果农们正忙着
采摘、装箱，一派丰收景象。

“今年柚子长势好，一亩能产 4000多斤，按
现在的收购价算，一亩地能收入一万多元。”
种植大户李德明一边采摘一边说。
"""


def test_a_scans_rows_in_markdown_are_its_paragraphs_not_verse():
    """Rows of as many characters (a scan's stray spaces aside), cut mid-phrase or at
    a comma, one under the other: wrapped paragraphs, not the lines of a poem."""
    (got,) = parse_text(SCANNED_MARKDOWN, "page.md")
    assert [b.text[-7:] for b in got.blocks] == ["一派丰收景象。", "边采摘一边说。"]


def test_a_jump_run_on_after_the_text_it_cuts_is_no_text():
    """``…确保项目按期建成投(下转2版)``: the text stops where the page sends the reader
    on; the jump run on after it is no text, and the story ends there."""
    page = (
        "永川区第四季度重大项目集中开工\n\n"
        "本报讯 12月21日，永川区第四季度重大项目集中开工活动举行。\n\n"
        "活动现场，各开工项目负责人纷纷表示，将加快施工，确保项目按期建成投(下转2版)\n\n"
        "何埂镇开展冬季森林防火演练\n\n"
        "本报讯（通讯员 李 娟）12月20日，何埂镇开展冬季森林防火应急演练。（下转第3版）\n"
    )
    first, second = parse_text(page, "page.txt")
    assert first.blocks[-1].text.endswith("确保项目按期建成投")
    assert second.title == "何埂镇开展冬季森林防火演练"
    assert second.blocks[-1].text.endswith("应急演练。")


SIGNED_SECTIONS = """# 区委常委会召开会议

本报讯（渝西都市报记者 涂 燕）4月19日，区委书记周明远主持召开区委常委会会议。

会议还研究了其他事项。

## 区政府召开第38次常务会议

4月18日，区长邓建华主持召开区政府第38次常务会议，研究一季度经济运行工作。

会议强调，要压紧压实责任，确保不发生重大森林火情。

（记者 钟 梅 通讯员 李 明）
"""


def test_a_heading_over_text_signed_by_others_heads_a_story():
    """A ``##`` under a ``#`` story by 涂燕, its text signed by 钟梅 and 李明 at its
    end: a story is signed once, so the heading opens a story of its own."""
    first, second = parse_text(SIGNED_SECTIONS, "page.md")
    assert (first.title, first.authors) == ("区委常委会召开会议", ("涂燕",))
    assert (second.title, second.authors) == ("区政府召开第38次常务会议", ("钟梅", "李明"))


SPECIAL_ISSUE = """渝西都市报
撤县设市30周年特刊
2022年9月16日 星期五 第4版
国家税务总局重庆市永川区税务局　协办

代表委员说

让职教优势转化为产业胜势

区政协委员、重庆城市职业学院教师罗丹
“永川有19所职业院校，每年向社会输送大量技能人才。”

把“家门口”就业做得更实

区人大代表、板桥镇八角寺村党委书记陈光荣
“村民不出村就能挣钱，这样的好事要继续办下去。”
"""


def test_a_special_issues_head_and_its_delegates_words():
    """A special issue's name under the paper's (``撤县设市30周年特刊``) is the page's
    section and its sponsor's line no text; ``代表委员说`` labels its items, and a
    delegate's post and name over their words in quotation marks is a paragraph
    of its own."""
    got = parse_text(SPECIAL_ISSUE, "page.txt")
    assert [(a.kicker, a.title, a.section) for a in got] == [
        ("", "让职教优势转化为产业胜势", "撤县设市30周年特刊"),
        ("", "把“家门口”就业做得更实", "撤县设市30周年特刊"),
    ]
    assert [b.text[:6] for b in got[0].blocks] == ["区政协委员、", "“永川有19"]


PRICE_WATCH = """\
价格监测
猪肉价格连续三周小幅回落
本周城区猪肉零售均价每斤13.2元，较上周下降1.5%。（通讯员 黄 娟）
鸡蛋价格止跌企稳
本周城区鸡蛋零售均价每斤4.9元，与上周持平。
粮油价格保持稳定
本周城区超市粮油价格稳定，本地大米每斤2.8元至3.5元。
"""


def test_a_price_watch_column_is_a_column_of_items():
    """``价格监测`` over short items, each a heading over a line: every item a story
    of its own, the label no item's kicker (so for 农技课堂, 身边好人 …)."""
    got = parse_text(PRICE_WATCH, "page.txt")
    assert [(a.kicker, a.title, len(a.blocks)) for a in got] == [
        ("", "猪肉价格连续三周小幅回落", 1),
        ("", "鸡蛋价格止跌企稳", 1),
        ("", "粮油价格保持稳定", 1),
    ]


@pytest.mark.parametrize("bold", ["", "**"])
def test_a_spaced_out_label_is_the_label(bold):
    """``简　讯`` (a scan's or a typesetter's spaces between its characters, bold
    too, ``**简  讯**``): the column's label, no item's kicker."""
    label = f"{bold}简  讯{bold}" if bold else "简　讯"
    page = (
        f"{label}\n\n{bold}金龙镇开展农村人居环境整治{bold}\n\n"
        "本报讯 3月5日，金龙镇开展农村人居环境整治。\n\n"
        f"{bold}双石镇举办农民工专场招聘会{bold}\n\n本报讯 3月6日，双石镇举办农民工专场招聘会。\n"
    )
    got = parse_text(page, "page.txt")
    assert [(a.kicker, a.title) for a in got] == [
        ("", "金龙镇开展农村人居环境整治"),
        ("", "双石镇举办农民工专场招聘会"),
    ]


def test_a_classified_column_its_masked_numbers_and_a_story_opening_on_a_quotation():
    """``# 分类广告`` over several ``##`` notices heads a column: no notice's kicker;
    an ID number masked with stars (``…0312****``) keeps them (no bold markup); and
    a story whose lead opens with a quotation and then its day (``“…。”9月5日，``)
    is a story of its own under its headline, not more of the notice above."""
    page = (
        "# 分类广告\n\n## 遗失声明\n\n"
        "永川区萱花社区居民李文华遗失残疾人证一本，证号：51022719680312****，声明作废。\n\n"
        "## 注销公告\n\n"
        "重庆永川兴茂商贸有限公司经股东会决议解散，请债权人自本公告见报之日起45日内申报债权。\n"
    )
    lost, closing = parse_text(page, "page.txt")
    assert (lost.kicker, lost.title, closing.kicker) == ("", "遗失声明", "")
    assert "51022719680312****，" in lost.blocks[0].text
    plain = (
        "重庆永荣食品有限公司招聘\n"
        "因生产规模扩大，现招聘普工30名，月薪4500—6500元。\n"
        "地址：永川高新区凤凰湖工业园\n"
        "电话：17723456789 邓经理\n"
        "金龙镇：“板凳会”解开群众“心头结”\n"
        "“以前邻里之间为了排水沟的事吵了好几年，现在一说就解决了。”9月5日，"
        "金龙镇大沟村村民邓光荣笑着说。\n"
        "今年以来，金龙镇推行“板凳会”议事机制，全镇已召开“板凳会”120余场。\n"
        "（记者 张 燕 通讯员 李 明）\n"
    )
    hiring, bench = parse_text(plain, "page.txt")
    assert (len(hiring.blocks), hiring.authors) == (3, ())
    assert (bench.title, bench.authors) == ("金龙镇：“板凳会”解开群众“心头结”", ("张燕", "李明"))


def test_a_notices_fields_and_issuer_over_the_next_storys_title():
    """``认领时间：…`` is a notice's field, never a subhead; the issuer under the
    fields (``联系电话：…`` / ``永川区公安局中山路派出所``) signs the notice, it
    is no part of the next story's headline."""
    page = (
        "失物招领启事\n"
        "近期，中山路派出所陆续收到群众拾获并上交的物品，请失主前来认领：\n"
        "1.黑色电动车一辆（中山路东段拾获）；\n"
        "2.华为手机一部（渝西广场拾获）。\n"
        "认领时间：工作日9:00—17:00\n"
        "联系电话：023-49812110\n"
        "永川区公安局中山路派出所\n"
        "朱沱镇节前开展消防安全大检查\n"
        "1月7日，朱沱镇组织联合检查组，对辖区人员密集场所开展消防安全大检查。\n"
    )
    notice, check = parse_text(page, "page.txt")
    assert [b.kind for b in notice.blocks] == ["paragraph"] * 6
    assert notice.blocks[-1].text == "永川区公安局中山路派出所"
    assert (check.kicker, check.title) == ("", "朱沱镇节前开展消防安全大检查")


def test_a_place_named_item_a_unit_signs_after_a_continuation():
    """``五间：五间铺面起了一个场`` over text a unit signs (``…（五间镇供稿）``) is an
    item of its own, not a section of the continued story above it."""
    page = (
        "(上接3版)\n\n"
        "上世纪五十年代以后，随着城市的发展，永川的城墙被陆续拆除。\n\n"
        "五间：五间铺面起了一个场\n\n"
        "五间镇的得名，源于一个朴素的故事。相传清代中期，路边只有五间铺面。\n\n"
        "后来，来这里做生意的人越来越多，“五间铺”也简化成了“五间”。（五间镇供稿）\n"
    )
    wall, place = parse_text(page, "page.txt")
    assert (wall.continuation, len(wall.blocks)) == ("3", 1)
    assert (place.title, len(place.blocks)) == ("五间：五间铺面起了一个场", 2)


def test_a_heading_over_text_signed_at_its_end_by_others_heads_a_story():
    """A story is signed once: under a serial signed ``文/王德全``, a heading over
    text that ends ``…。（通讯员 陈 静）`` opens a story of its own."""
    page = (
        "文庙的百年变迁（连载十二）\n\n"
        "文/王德全\n\n"
        "文庙始建于明代，几经兴废，如今只留下大成殿和一对石狮。\n\n"
        "老人们说，当年的泮池里养着红鲤鱼，是孩子们最爱去的地方。\n\n"
        "卫星湖畔的老水库人家\n\n"
        "卫星湖原名卫星水库，是附近几个公社的社员肩挑背扛修建起来的。\n\n"
        "如今的卫星湖早已是市民休闲健身的好去处。（通讯员 陈 静）\n"
    )
    serial, lake = parse_text(page, "page.txt")
    assert (serial.authors, len(serial.blocks)) == (("王德全",), 2)
    assert (lake.title, lake.authors) == ("卫星湖畔的老水库人家", ("陈静",))


# --------------------------------------------------------------------------- pupils' essays

ESSAYS_PAGE = """\
外婆的菜园

永川区萱花中学 初二（3）班 王小明

外婆家在何埂镇，屋后有一块小小的菜园。

每到夏天，菜园里的黄瓜、茄子挂满枝头，外婆总笑着说：“这些都是给你留的。”

指导老师：李红

追光的少年

文/永川区北山中学初三(1)班周雨桐

合上《平凡的世界》的最后一页，窗外的天已经黑了。

平凡的世界里，每个人都可以做追光的少年。

六月的风

六月的风，

是甜甜的，

它吹过西瓜地，

偷偷尝了一口。

（永川区凤凰湖小学 一年级（2）班 李沐阳）
"""


def test_pupils_essays_signed_with_school_and_class_and_a_poem_titled_over_its_lines():
    """A pupil signs after their school and class (``永川区萱花中学 初二（3）班
    王小明``, ``文/…初三(1)班周雨桐``, in brackets under a poem); the teacher who
    guided the essay (``指导老师：李红``) is its last line, never a headline; an
    unpunctuated line over verse that ends on marks is the poem's title."""
    garden, light, wind = parse_text(ESSAYS_PAGE, "page.txt")
    assert (garden.title, garden.authors) == ("外婆的菜园", ("王小明",))
    assert garden.blocks[-1] == para("指导老师：李红")
    assert (light.title, light.authors, len(light.blocks)) == ("追光的少年", ("周雨桐",), 2)
    assert (wind.title, wind.authors) == ("六月的风", ("李沐阳",))
    assert [b.text for b in wind.blocks][:2] == ["六月的风，", "是甜甜的，"]


def test_an_essays_reading_note_under_its_title_is_its_subtitle():
    """``## 追光的少年`` / ``### 读《平凡的世界》有感``: the note of what the essay
    answers is its subtitle, the short title no column's label."""
    page = (
        "## 追光的少年\n\n### 读《平凡的世界》有感\n\n文/永川区北山中学 初三（1）班 周雨桐\n\n"
        "合上《平凡的世界》的最后一页，窗外的天已经黑了。\n\n（指导老师：陈静）\n"
    )
    (essay,) = parse_text(page, "page.txt")
    assert (essay.kicker, essay.title, essay.subtitle, essay.authors) == (
        "",
        "追光的少年",
        "读《平凡的世界》有感",
        ("周雨桐",),
    )


def test_an_events_list_a_question_signed_by_others_and_a_sponsor_line():
    """A sponsored page's ``本版协办：…`` is its furniture; an event's heading over
    its ``时间：12月31日…`` fields is a section of the list, the field no story's
    dated lead; a question over text that others sign at its end (``（记者 胡 晶）``)
    is the next story's headline."""
    page = (
        "2023年12月29日 星期五 第7版 消费\n本版协办：永川区商业联合会\n"
        "城区设置6个腊肉集中熏制点\n"
        "本报讯（通讯员 周 洁）12月26日，记者从区城市管理局获悉，今年冬季城区共设置6个腊肉"
        "香肠集中熏制点。\n"
        "消费券怎么领怎么用？\n"
        "即日起，市民可通过“永川消费”小程序领取消费券，有效期至2024年1月31日。\n"
        "（记者 胡 晶）\n"
        "跨年活动清单请收好\n"
        "本报讯（记者 涂 燕）跨年夜和元旦假期去哪儿耍？记者整理了一份活动清单。\n"
        "兴龙湖跨年灯光秀\n"
        "时间：12月31日 19:00—次日0:30\n"
        "地点：兴龙湖公园环湖步道\n"
        "茶山竹海新年登高\n"
        "时间：1月1日 8:00起\n"
        "地点：茶山竹海国家森林公园\n"
    )
    smoke, coupons, events = parse_text(page, "page.txt")
    assert (smoke.authors, len(smoke.blocks)) == (("周洁",), 1)
    assert (coupons.title, coupons.authors) == ("消费券怎么领怎么用？", ("胡晶",))
    assert subheads(events) == ["兴龙湖跨年灯光秀", "茶山竹海新年登高"]
    assert events.blocks[2] == para("时间：12月31日 19:00—次日0:30")


def test_bracketed_days_under_a_lead_ending_on_a_colon_are_its_sections():
    """``以下为部分活动安排：`` over ``【5月1日】`` / its events: the days head the
    list's sections; a colon announces rows, never a bracketed heading."""
    page = (
        "2025年4月29日 星期二 第6版 文旅\n“五一”去哪儿？永川文旅活动日历请收好\n"
        "本报讯（记者 邓 湘）“五一”假期即将到来，全区将推出30余项文旅活动。以下为部分活动安排：\n"
        "【5月1日】\n茶山竹海景区：竹海音乐露营节开幕。\n松溉古镇：“古镇寻味”美食市集。\n"
        "【5月2日】\n永川博物馆：“竹韵永川”竹编技艺体验课。\n"
    )
    (got,) = parse_text(page, "page.txt")
    assert got.title == "“五一”去哪儿？永川文旅活动日历请收好"
    assert subheads(got) == ["【5月1日】", "【5月2日】"]


@pytest.mark.parametrize("layout", ["plain", "markdown"])
def test_briefs_led_by_their_places_under_a_label_are_items_of_their_own(layout):
    """``志愿服务简讯`` over paragraphs opening with their places (``胜利路街道：…``):
    each an untitled item signed by its own byline; a series' part over a title
    (``“身边榜样”系列报道之二十三``) is its kicker."""
    head = "## " if layout == "markdown" else ""
    page = (
        f"{head}“身边榜样”系列报道之二十三\n\n{head}快递小哥邓维：送件路上“捎”出一片暖\n\n"
        "本报讯（记者 陈仕川）3月10日，快递小哥邓维获评“永川好人”。\n\n"
        f"{head}志愿服务简讯\n\n"
        "胜利路街道：3月4日，萱花社区开展“健康进社区”志愿服务活动。（通讯员 黄 敏）\n\n"
        "茶山竹海街道：3月3日，茶山竹海街道组织50余名志愿者走进景区捡拾垃圾。\n\n"
        "朱沱镇：近日，朱沱镇志愿服务队在长江朱沱段开展巡河护渔活动。（通讯员 杨 帆）\n"
    )
    courier, *items = parse_text(page, "page.txt")
    assert (courier.kicker, courier.title) == (
        "“身边榜样”系列报道之二十三",
        "快递小哥邓维：送件路上“捎”出一片暖",
    )
    assert [(item.title, item.authors, len(item.blocks)) for item in items] == [
        ("", ("黄敏",), 1),
        ("", (), 1),
        ("", ("杨帆",), 1),
    ]


def test_a_heading_over_text_an_office_signs_after_a_feature_with_subheads():
    """A feature signed at its head (本报讯（记者 …）) runs over numbered subheads; a
    heading whose text an office signs alone (``（永川区商务委）``) opens a story of
    its own: a story is signed once."""
    page = (
        "上半年永川数字经济核心产业营收同比增长18.7%\n\n"
        "本报讯（渝西都市报记者 彭禹乔）7月25日，记者从区大数据发展局获悉，全区数字经济"
        "核心产业实现营收386亿元。\n\n"
        "一、智能终端产量再创新高\n\n上半年，全区规上电子信息制造企业达到87家。\n\n"
        "二、软件服务业加速成长\n\n全区软件和信息服务业企业新增43家。\n\n"
        "上半年全区网络零售额达42.3亿元\n\n"
        "今年上半年，永川实现网络零售额42.3亿元，同比增长12.5%。\n\n"
        "（永川区商务委）\n"
    )
    feature, retail = parse_text(page, "page.txt")
    assert (feature.authors, subheads(feature)) == (
        ("彭禹乔",),
        ["一、智能终端产量再创新高", "二、软件服务业加速成长"],
    )
    assert (retail.title, retail.authors, len(retail.blocks)) == (
        "上半年全区网络零售额达42.3亿元",
        (),
        2,
    )


def test_a_headline_that_asks_inside_between_paragraphs():
    """A line that asks and runs on unpunctuated (跨年去哪儿？这份…清单请收好) between a
    finished paragraph and a paragraph is a headline, never the next paragraph's
    first words: no sentence stops there without a comma."""
    page = (
        "年货市场提前“热”起来\n\n"
        "本报讯（渝西都市报记者 胡 晶）12月27日，记者走访城区多家商超和农贸市场发现，"
        "年货销售逐渐升温。\n\n"
        "在永辉超市永川店，年货专区已经布置完毕，坚果礼盒、糖果、饮料整齐码放。\n\n"
        "跨年去哪儿？这份永川活动清单请收好\n\n"
        "2024年就要来了，跨年夜和元旦假期去哪儿耍？记者整理了一份活动清单，供市民参考。\n\n"
        "温馨提示：跨年夜兴龙湖周边将实行临时交通管制，建议市民绿色出行。\n\n"
        "（记者 涂 燕 整理）\n"
    )
    market, events = parse_text(page, "page.txt")
    assert (market.authors, len(market.blocks)) == (("胡晶",), 2)
    assert (events.title, events.authors, events.blocks[0].text[:9]) == (
        "跨年去哪儿？这份永川活动清单请收好",
        ("涂燕",),
        "2024年就要来了",
    )


def test_a_pages_label_alone_heads_nothing():
    """``# 科普`` over the page's first kicker and headline is the page's label: no
    article of its own."""
    page = (
        "# 科普\n\n### 走近“黑科技”\n# 自动驾驶汽车是怎样“看”路的？\n\n"
        "随着西部自动驾驶开放测试基地建成投用，市民在永川街头越来越常见到自动驾驶汽车。\n"
    )
    (only,) = parse_text(page, "page.txt")
    assert (only.kicker, only.title) == ("走近“黑科技”", "自动驾驶汽车是怎样“看”路的？")


POEMS_PAGE = """本版编辑：胡 晓

谷雨，在板桥
□ 何 川
谷雨那天
板桥的田埂上站满了白鹭
它们不说话
只是低头

插秧的人弯着腰
一行一行
把春天
种进了泥土


五间镇的油菜花
王 芳
黄，是一种声音
从五间镇的山坡上
一直喊到天边

蜜蜂听见了
坐在院坝里剥豌豆的奶奶
也听见了
"""


def test_a_page_of_poems_is_no_narrow_column():
    """Verse lines, most of them unpunctuated and of like length, are the lines they
    are, not rows of a column seven characters wide; a padded name alone under a
    title (``王 芳``) is its poet, as a marked one (``□ 何 川``) is."""
    got = parse_text(POEMS_PAGE, "page.txt")
    assert [(a.title, a.authors, len(a.blocks)) for a in got] == [
        ("谷雨，在板桥", ("何川",), 8),
        ("五间镇的油菜花", ("王芳",), 6),
    ]
    assert got[1].blocks[0].text == "黄，是一种声音"


POEMS_APART = (
    "·诗　林·\n\n\n"
    "卫星湖的早晨\n\n雾还没有散\n湖就醒了\n几只白鹭\n在水面上写字\n\n晨跑的人\n从湖边经过\n"
    "把自己的影子\n轻轻放进湖里\n\n（张燕）\n\n\n"
    "红炉村的晚归\n\n夕阳落在红炉的山坳\n牛铃声\n一声比一声近\n背着背篓的婶婶\n走在田埂上\n"
    "和一把野菊花\n\n◎杨柳\n\n\n"
    "宝峰山上\n□ 贺 兰\n\n山路把我\n绕进一片竹林\n竹子不问我从哪里来\n\n半山腰的农家乐\n"
    "炊烟升起\n整座宝峰山\n都应了一声\n\n\n"
    "吉安的石桥\n\n石桥老了\n桥下的水还年轻\n它们日夜奔跑\n从不回头\n\n只有桥\n守着两岸的人家\n"
    "一个叫吉安的名字\n\n作者：周琳\n"
)


def test_poems_two_blank_lines_apart_their_stanzas_one():
    """Poems two blank lines apart, their stanzas one, their lines run on: a line
    after the wider gap is a poem's title, bylined or not; a signature before the
    gap (◎杨柳) signs the poem above, and a last line's ``作者：周琳`` is a
    signature, not an export's field (nothing of the page is lost)."""
    got = parse_text(POEMS_APART, "page.txt")
    assert [(a.title, a.authors) for a in got] == [
        ("卫星湖的早晨", ("张燕",)),
        ("红炉村的晚归", ("杨柳",)),
        ("宝峰山上", ("贺兰",)),
        ("吉安的石桥", ("周琳",)),
    ]
    assert [b.text for b in got[1].blocks][-2:] == ["和一把野菊花", "◎杨柳"]
    assert got[3].blocks[-1].text == "作者：周琳"
    printed = [line for line in POEMS_APART.splitlines()[1:] if line and line != "□ 贺 兰"]
    kept = [line for a in got for line in (a.title, *(b.text for b in a.blocks))]
    assert kept == printed


# Pages whose stories a heading, a signature or a photo item parts.
PARTED_PAGES = {
    # Lines run on: a line cut mid-clause over ``等现象，…`` goes on there (no
    # headline), and a unit alone on its line (``（永川供电公司）``) signs its notice,
    # so the headline under it opens the next one.
    "a line cut before its last words, a unit signing alone": (
        "中山路街道等区域5月8日晚停水\n"
        "本报讯（记者 钟 梅）5月6日，记者从永川区自来水公司获悉，5月8日晚将暂停供水。\n"
        "恢复供水初期，部分高层用户可能出现水压偏低、水质浑浊\n"
        "等现象，请稍作放水后再使用。\n"
        "何埂镇集镇片区5月10日停电\n"
        "国网重庆永川供电公司定于5月10日8:30—17:30对何埂镇集镇片区部分用户停止供电。\n"
        "（永川供电公司）\n"
        "停水期间 这些用水小常识请收好\n"
        "一、停水前提前储水。\n二、恢复供水后先放水。\n（撰稿 刘倩）\n",
        [
            ("中山路街道等区域5月8日晚停水", ("钟梅",), 2),
            ("何埂镇集镇片区5月10日停电", (), 2),
            ("停水期间 这些用水小常识请收好", ("刘倩",), 3),
        ],
    ),
    # A heading between a story and a notice its issuer signs and dates is the
    # notice's headline, not a subhead of the story above (its text opens with no
    # 本报讯 nor date).
    "a notice signed and dated": (
        "寒潮来袭\n\n周末我区最低气温将降至3℃\n\n"
        "　　本报讯（渝西都市报记者 涂 燕）11月23日，记者从永川区气象台获悉，我区将出现降温天气。\n\n"
        "　　区气象台提醒，降温期间请市民及时添衣保暖。\n\n"
        "城区部分区域26日暂停供气\n\n"
        "　　因天然气管网碰接施工需要，永川中燃城市燃气发展有限公司定于11月26日暂停供气：\n\n"
        "　　南大街街道：北山路、大南街沿线小区。\n\n"
        "　　永川中燃城市燃气发展有限公司\n\n　　2023年11月23日\n\n"
        "使用取暖器 牢记“五不要”\n\n　　冬季取暖器使用频繁，区消防救援支队提醒：\n\n"
        "　　（1）不要在取暖器上烘烤衣物。\n",
        [
            ("周末我区最低气温将降至3℃", ("涂燕",), 2),
            ("城区部分区域26日暂停供气", (), 4),
            ("使用取暖器 牢记“五不要”", (), 2),
        ],
    ),
    # Lines run on: a heading over one caption its photographer credits, and the
    # next headline after it, is a photo item of its own.
    "a heading over one credited caption": (
        "修车铺\n文/林 夕\n巷子口有一间修车铺，老黄在那里修了三十年车。\n"
        "如今，巷子口的修车铺还在。\n"
        "茶山秋色\n▲秋日的茶山竹海，层林尽染，游人如织。 渝西都市报记者 陈仕川 摄\n"
        "菜园子\n文/秦 雪\n母亲在屋后开了一块菜园。\n",
        [("修车铺", ("林夕",), 2), ("茶山秋色", ("陈仕川",), 1), ("菜园子", ("秦雪",), 1)],
    ),
}


@pytest.mark.parametrize("name", sorted(PARTED_PAGES))
def test_pages_parted_into_their_stories(name):
    page, expected = PARTED_PAGES[name]
    got = parse_text(page, "page.txt")
    assert [(a.title, a.authors, len(a.blocks)) for a in got] == expected


def test_lesser_markdown_headings_after_a_photo_feature_title_items_of_their_own():
    """Under a ``#`` photo feature, a ``##`` heading over a photo item another
    photographer credits, and one over its ``###`` lesser line and a 本报讯 lead,
    open stories of their own."""
    page = (
        "# 烈日下的坚守\n\n——记高温天气里的户外劳动者\n\n文/图 记者 陈仕川\n\n"
        "连日来，永川持续晴热高温，户外劳动者坚守岗位。\n\n"
        "▲8月15日中午，中山路街道人民大道上，环卫工人在清扫路面。\n\n"
        "## 三教镇：荷塘鱼跃丰收忙\n\n"
        "8月14日，三教镇黄瓜山村的荷塘里，渔民们拉网捕捞。记者 罗静 摄\n\n"
        "## 朱沱港集装箱吞吐量创新高\n### 前7个月同比增长23.5%\n\n"
        "本报讯（渝西都市报通讯员 周 洪）今年1—7月，朱沱港完成集装箱吞吐量5.6万标箱。\n"
    )
    got = parse_text(page, "20230817_05.txt")
    assert [(a.title, a.subtitle, a.authors, len(a.blocks)) for a in got] == [
        ("烈日下的坚守", "——记高温天气里的户外劳动者", ("陈仕川",), 2),
        ("三教镇：荷塘鱼跃丰收忙", "", ("罗静",), 1),
        ("朱沱港集装箱吞吐量创新高", "前7个月同比增长23.5%", ("周洪",), 1),
    ]


def test_a_continuation_under_its_headline_printed_again():
    """A story's headline printed again under the continuation's marker is the
    continuation's title (the marker before it on a page of its own); in the file
    of the page it was sent on from, the two are one article."""
    rest_page = (
        "2024年1月13日 星期六 第5版 文苑\n\n（上接4版）\n腊月里的年味\n\n"
        "看上半天。\n\n腊月二十三过小年，外婆要打扫屋子、祭灶。\n"
    )
    (rest,) = parse_text(rest_page, "page.txt")
    assert (rest.title, rest.continuation, rest.section) == (
        "（上接4版） 腊月里的年味",
        "4",
        "文苑",
    )
    assert rest.blocks[0].text == "看上半天。"
    page = (
        "2024年1月13日 星期六 第4版 茶竹\n\n腊月里的年味\n\n□ 周 渝\n\n"
        "进了腊月，永川人的年就算开始了。外婆用柏树枝熏的腊肉，要挂在灶屋里\n\n（下转5版）\n\n"
    )
    (whole,) = parse_text(page + rest_page, "page.txt")
    assert (whole.title, whole.section, whole.authors) == ("腊月里的年味", "茶竹", ("周渝",))
    assert [b.text[-6:] for b in whole.blocks] == [
        "在灶屋里看上半天。"[-6:],
        "打扫屋子、祭灶。"[-6:],
    ]


@pytest.mark.parametrize(
    "guide",
    [
        "**导读**\n\n◆ 金龙镇：荒坡变身“致富园”（第2版）\n◆ 仙龙镇：小小蘑菇撑起致富伞（第3版）",
        "导读\n\n■金龙镇：荒坡变身“致富园” A2\n\n■仙龙镇：小小蘑菇撑起致富伞 A3",
        "金龙镇：荒坡变身“致富园” 2版\n仙龙镇：小小蘑菇撑起致富伞 3版\n\n今日导读",
        "今日导读\n\n第2版　金龙镇：荒坡变身“致富园”\n第3版　“小蘑菇”撑起致富伞",
        "【今日导读】\n· 金龙镇：荒坡变身“致富园” ……2版\n· 仙龙镇：小小蘑菇撑起致富伞 ……3版",
    ],
)
def test_a_front_pages_guide_to_other_pages_is_no_story(guide):
    """A bold ``**导读**`` label, entries pointing at a page by its code (``A2``) or
    naming it first (``第2版　…``), or the label under its entries, as column text
    prints a headline after its text."""
    page = (
        f"{guide}\n\n永川“渝西粮仓”秋收秋种有序推进\n\n"
        "本报讯（渝西都市报记者 潘玥希）10月17日，全区52万亩中稻已全部收割完毕。\n"
    )
    (got,) = parse_text(page, "page.txt")
    assert (got.title, len(got.blocks)) == ("永川“渝西粮仓”秋收秋种有序推进", 1)


def test_a_subhead_right_under_a_headline_and_its_byline():
    """``案情回顾`` under a headline, its ``——`` subtitle and a byline line is the
    story's first subhead: a headline with no text yet heads no story; a police briefs
    column (``警情速递``) is no item's kicker."""
    page = (
        "遛狗不拴绳致老人摔伤 狗主人被判赔偿3万余元\n\n——法官提醒：文明养犬 依法养犬\n\n"
        "渝西都市报记者 钟梅 通讯员 刘倩\n\n案情回顾\n\n"
        "2023年10月的一天傍晚，七旬老人吴某在小区散步时，邻居郑某饲养的金毛犬扑向吴某。\n\n"
        "法院判决\n\n法院审理认为，郑某应当承担侵权责任，判决赔偿3.4万元。\n\n"
        "警情速递\n\n男子酒后驾驶摩托车被查\n\n5月3日晚，交巡警在兴龙大道查获一名酒后驾驶摩托车的男子。\n"
    )
    case, brief = parse_text(page, "page.txt")
    assert (case.authors, subheads(case), len(case.blocks)) == (
        ("钟梅", "刘倩"),
        ["案情回顾", "法院判决"],
        4,
    )
    assert (brief.kicker, brief.title) == ("", "男子酒后驾驶摩托车被查")


# ------------------------------------------------------- Markdown headings out of rank


@pytest.mark.parametrize(
    "headings",
    [
        "# 乡村振兴进行时\n\n## 松溉镇：古镇老街“活”起来 游客留下来\n\n### ——松溉镇推动文旅融合发展见闻",
        "## 乡村振兴进行时\n\n# 松溉镇：古镇老街“活”起来 游客留下来\n\n——松溉镇推动文旅融合发展见闻",
        "### 乡村振兴进行时\n## 松溉镇：古镇老街“活”起来 游客留下来\n## ——松溉镇推动文旅融合发展见闻",
    ],
)
def test_markdown_heading_levels_out_of_rank_keep_kicker_title_and_subtitle(headings):
    """Exports use heading levels as they please: ``#`` kicker over ``##`` title over
    ``### ——subtitle``, or a ``##`` kicker right over the ``#`` title; the
    ``###`` sections below stay the story's subheads."""
    page = (
        f"{headings}\n\n"
        "本报讯（渝西都市报记者 涂 燕）4月18日上午，在松溉古镇罗家祠堂前，游客排起长队。\n\n"
        "### 老手艺变成新饭碗\n\n在正街一家竹编工坊里，竹编艺人陈德贵正教年轻人编竹篮。\n\n"
        "### 村民端上“旅游碗”\n\n古镇人气旺了，村民的腰包也鼓了。\n"
    )
    (got,) = parse_text(page, "page.txt")
    assert (got.kicker, got.title, got.subtitle, got.authors) == (
        "乡村振兴进行时",
        "松溉镇：古镇老街“活”起来 游客留下来",
        "——松溉镇推动文旅融合发展见闻",
        ("涂燕",),
    )
    assert subheads(got) == ["老手艺变成新饭碗", "村民端上“旅游碗”"]


def test_a_byline_line_under_a_bold_editors_note_is_the_storys():
    """``> **编者按**　…`` (bold for the colon) over the story: the byline line under
    the note signs the story and is no paragraph; the lead under it dates it."""
    page = (
        "## 民生实事面对面\n# 十件民生实事 件件落到群众心坎上\n\n"
        "> **编者按**　民生无小事，枝叶总关情。今年，区委、区政府确定了十件重点民生实事。\n>\n"
        "> 即日起，本报推出“民生实事面对面”栏目，敬请关注。\n\n"
        "渝西都市报记者 潘玥希\n\n"
        "5月6日，记者从区发展改革委获悉，《永川区2024年重点民生实事》已正式印发。\n"
    )
    (got,) = parse_text(page, "page.txt")
    assert (got.kicker, got.authors, got.date, len(got.blocks)) == (
        "民生实事面对面",
        ("潘玥希",),
        "2024-05-06",
        3,
    )


def test_bold_for_titles_and_sections_alike_a_signed_storys_section_stays_in_it():
    """A page bold for its titles and its sections: under a story signed below its
    headline, a bold line over text that opens no story is a section of it; one
    over ``本报讯`` titles the next story."""
    page = (
        "**仙龙镇：“菜篮子”拎出“好日子”**\n\n渝西都市报记者 潘玥希 通讯员 罗 娟\n\n"
        "6月上旬，正是仙龙镇夏季蔬菜上市的高峰期。\n\n"
        "**“三统一”稳住好价钱**\n\n为了让菜农种得放心、卖得顺心，仙龙镇探索出“三统一”的做法。\n\n"
        "* * *\n\n**大安街道开展夏季消防安全大排查**\n\n"
        "本报讯 6月12日，大安街道启动夏季消防安全大排查大整治行动。\n\n（通讯员 曾 雪）\n"
    )
    vegetables, fire = parse_text(page, "page.txt")
    assert (vegetables.authors, subheads(vegetables)) == (
        ("潘玥希", "罗娟"),
        ["“三统一”稳住好价钱"],
    )
    assert (fire.title, fire.authors) == ("大安街道开展夏季消防安全大排查", ("曾雪",))


@pytest.mark.parametrize("reply", ["记者调查", "镇政府回复", "区城市管理局答复"])
def test_a_letter_signed_with_the_readers_place_after_then_the_reply(reply):
    """``读者 蒋国清（永川区南大街街道）`` signs the letter; the reply under it (``记者调查``,
    ``镇政府回复``) is a section of it, signed by the reporter."""
    page = (
        "楼下烧烤店油烟扰民 谁来管管？\n\n编辑同志：\n\n"
        "我家楼下新开了一家烧烤店，每天晚上油烟直往楼上窜，窗户都不敢开。\n\n"
        f"读者 蒋国清（永川区南大街街道）\n\n{reply}\n\n"
        "7月3日晚10点，记者来到读者反映的烧烤店，看到店外人行道上摆放了8张桌子。\n\n"
        "（记者 唐 蕾）\n"
    )
    (got,) = parse_text(page, "page.txt")
    assert (got.authors, subheads(got)) == (("蒋国清", "唐蕾"), [reply])


@pytest.mark.parametrize(
    "field",
    [
        "比赛地点：朱沱镇长江滨江公园段",
        "培训对象：7至14岁青少年，共120个名额",
        "名额：20组亲子家庭（孩子6岁以上）",
        "报名截止：8月5日",
        "门票：成人60元，周末推出“采茶体验+门票”套票88元",
        "活动费用：每组家庭50元",
    ],
)
def test_an_event_notices_field_is_a_paragraph_not_a_subhead(field):
    """An event notice's fields (``比赛地点：…``, ``名额：…``, ``门票：…``) are lines
    of its text, however short and unstopped."""
    page = (
        "非遗扎染体验课招募亲子家庭\n\n"
        "本报讯 7月20日，区文化馆将举办非遗扎染亲子体验课。\n\n"
        f"{field}\n\n"
        "报名电话：49881234\n"
    )
    (got,) = parse_text(page, "page.txt")
    assert [b.kind for b in got.blocks] == ["paragraph"] * 3


def test_a_weekend_guides_label_heads_its_venue_items():
    """``周末去哪儿`` over venue items (``石笋山:登高望远赏秋色`` / text / fields): each
    item a story of its own, the label no item's kicker."""
    page = (
        "周末去哪儿\n\n乐和乐都:萌宠乐园开新馆\n"
        '乐和乐都主题公园新建的"萌宠乐园"本周六开馆,游客可以近距离接触羊驼、水豚等20余种动物.\n'
        "地点:乐和乐都主题公园东区\n\n石笋山:登高望远赏秋色\n"
        "深秋的石笋山层林尽染,登上山顶观景台,可俯瞰永川城区全貌.\n"
        "提示:山路湿滑,请穿防滑鞋.\n"
    )
    got = parse_text(page, "page.txt")
    assert [(a.kicker, a.title, len(a.blocks)) for a in got] == [
        ("", "乐和乐都:萌宠乐园开新馆", 2),
        ("", "石笋山:登高望远赏秋色", 2),
    ]


def test_a_listings_lines_ending_on_phone_numbers_are_a_paragraph_each():
    """A jobs box's lines, each ending on its phone number (``…联系电话：023-49683125``),
    and the note under them: a paragraph each, not one run together."""
    lines = [
        "1.重庆永锐精密机械有限公司　招聘数控操作工10名，月薪5000—8000元。联系电话：023-49683125",
        "2.重庆竹海食品有限公司　招聘生产普工20名，月薪4000—5500元。联系电话：023-49127730",
        "以上信息由区就业服务中心提供，求职时请注意核实用人单位信息，谨防招聘诈骗。",
    ]
    page = "招聘信息\n" + "\n".join(lines) + "\n"
    (got,) = parse_text(page, "page.txt")
    assert [b.text for b in got.blocks] == [line.replace("\u3000", " ") for line in lines]


def test_an_old_photos_page_each_heading_over_its_photo_opens_an_item():
    """A page of old photos, headlines first: each heading over a photo's caption,
    as the page's first one is, opens an item of its own, though the item above
    ends unsigned and the text under the photo opens with no date."""
    page = (
        "萱花路上的百货大楼\n\n图为上世纪八十年代的永川县百货大楼。（张继红 供图）\n\n"
        "上世纪八十年代，位于萱花路口的县百货大楼是永川城里最气派的建筑。\n\n"
        "大安场的露天电影\n\n图为1979年夏天，大安公社社员在晒坝上观看露天电影。区档案馆供图\n\n"
        "那个年代，放露天电影是乡村最热闹的事。\n\n"
        "临江老渡口\n\n图为临江镇老渡口，摄于1990年。刘德明 摄\n\n"
        "在临江大桥建成以前，老渡口是两岸群众往来的主要通道。\n"
    )
    got = parse_text(page, "page.txt")
    assert [(a.title, [b.kind for b in a.blocks]) for a in got] == [
        ("萱花路上的百货大楼", ["caption", "paragraph"]),
        ("大安场的露天电影", ["caption", "paragraph"]),
        ("临江老渡口", ["caption", "paragraph"]),
    ]


def test_a_two_line_headline_after_a_continuation_opens_a_story_of_its_own():
    """Headlines first: ``流感季来临`` / ``关于流感疫苗 专家这样说`` (a kicker and a title
    set with a space) after a continuation's finished text, no subhead so far, is the
    next story's headline, not a section of the continuation; a speech digest's
    heading over its speaker (seed 003) stays a section."""
    page = (
        "（上接1版）\n\n新院区还配备了1.5T磁共振、64排CT等大型医疗设备。\n\n"
        "据了解，新院区建设总投资约4.2亿元，是我区重点民生项目之一。\n\n"
        "流感季来临\n关于流感疫苗 专家这样说\n\n"
        "问：去年打过流感疫苗，今年还需要打吗？\n\n答：需要。流感病毒容易变异。\n"
    )
    rest, flu = parse_text(page, "page.txt")
    assert (rest.continuation, len(rest.blocks)) == ("1", 2)
    assert (flu.kicker, flu.title, len(flu.blocks)) == ("流感季来临", "关于流感疫苗 专家这样说", 2)


FOREST_FEATURE = """一山一林有人管
满目青翠入画来
——永川区全面推行林长制守护箕山黄瓜山森林资源纪实
渝西都市报记者　彭禹乔　通讯员　周　敏
　　初冬时节，走进箕山，层林尽染，松涛阵
阵。护林员张德明背着巡山包，沿着林间小道
一路巡查，查看林木生长情况、排查火灾隐患。
“这片林子就像我的孩子，每天不来看看，心
里就不踏实。”他说。
　　箕山、黄瓜山是永川境内两条重要山脉，
森林资源丰富，是渝西地区重要的生态屏障。
近年来，永川区全面推行林长制，建立区、镇、
村三级林长体系，让每一座山、每一片林都有
了“守护人”。
▲初冬的黄瓜山层林尽染。渝西都市报记者　陈仕川　摄
压实责任 让“山有人管”
　　“林长制的核心是责任。”区林业局相关
负责人介绍，永川区共设立区级林长12名、镇
级林长156名、村级林长648名，聘用生态护林
员320名，构建起“林长+护林员+网格员”的
管护体系。
　　在黄瓜山片区，南大街街道、双石镇等镇
街将林地划分为若干网格，

每个网格明确一名护林员，实行“定人、定岗、
定责”。护林员每天巡山不少于4小时，发现
问题第一时间通过手机APP上报。
科技赋能 让“林有人护”
　　在区林长制智慧管理平台的大屏上，箕山、
黄瓜山的森林资源分布一目了然。平台整合了
视频监控、红外相机、火情监测等数据，全区
重点林区布设的68个高清摄像头可实现24小时
不间断监测。
　　“一旦发现烟点，系统会自动报警并推送
到附近护林员的手机上，最快5分钟就能到达
现场。”平台工作人员说。今年以来，平台已
累计发出预警信息230余条，处置率100%。
生态惠民 让“绿有所值”
　　守住了绿水青山，也带来了金山银山。在
黄瓜山，依托良好的森林生态，当地发展起梨
花观光、森林康养等产业，每年吸引游客超过
50万人次。在箕山脚下，林下种植中药材、养殖蜜蜂。
"""


def test_a_features_first_subhead_under_a_photo_goes_on_as_the_next_one_does():
    """Headline before its feature: a caption ends no story when the heading under
    it is set as the next heading is (two phrases a space apart), both over text
    that opens no story: the feature's subheads, the first under a photo."""
    (got,) = parse_text(FOREST_FEATURE, "page.txt")
    assert got.title == "一山一林有人管 满目青翠入画来"
    assert [b.text for b in got.blocks if b.kind == "subhead"] == [
        "压实责任 让“山有人管”",
        "科技赋能 让“林有人护”",
        "生态惠民 让“绿有所值”",
    ]


TOWN_BRIEFS = """镇街快讯

【金龙镇】5月20日，金龙镇组织30余名党员志愿者走进镇敬老院，为老人们打扫卫生、理发修甲、表演节目。（通讯员 程思）

双石镇开展防溺水安全教育

本报讯 5月21日，双石镇联合双石派出所走进辖区中小学，开展防溺水安全教育，覆盖师生1800余人。

（通讯员 龚雪 曾伟）

【红炉镇】近日，红炉镇启动农村人居环境整治“百日攻坚”行动，目前已清理垃圾120余吨。

永川讯 5月22日，青峰镇举办首届“青峰杯”乡村篮球赛，吸引了2000余名群众到场观赛。

宝峰镇“巴渝和美乡村”建设提速

本报讯 眼下，在宝峰镇龙凤桥村，施工人员正在对村道进行“白改黑”。

渝西都市报记者 陈仕川
"""


def test_briefs_printed_without_headlines_are_items_of_their_own():
    """A column of briefs: an item opening with its town in brackets (【金龙镇】) or
    with 永川讯, after a finished story, is a story of its own with no title (no
    story has two leads), and the column's label over the first is no title."""
    got = parse_text(TOWN_BRIEFS, "page.txt")
    assert [(a.title, a.blocks[0].text[:5]) for a in got] == [
        ("", "【金龙镇】"),
        ("双石镇开展防溺水安全教育", "本报讯 5"),
        ("", "【红炉镇】"),
        ("", "永川讯 5"),
        ("宝峰镇“巴渝和美乡村”建设提速", "本报讯 眼"),
    ]
    assert [a.authors for a in got][:2] == [("程思",), ("龚雪", "曾伟")]


def test_a_headline_under_a_list_of_short_lines_over_a_lead_is_no_verse():
    """Short rules set one a line (不私自下水游泳；/ …) are no poem to swallow the next
    story's headline: a line over 本报讯 heads a story."""
    page = (
        "暑期防溺水 安全不“放假”\n\n"
        "本报讯（渝西都市报记者 钟 梅）暑期来临，中小学生防溺水进入关键期。\n\n"
        "牢记防溺水“六不”\n\n不私自下水游泳；\n\n不擅自与他人结伴游泳；\n\n"
        "不在无家长或教师带领的情况下游泳；\n\n不到无安全设施、无救援人员的水域游泳；\n\n"
        "不到不熟悉的水域游泳；\n\n不熟悉水性的学生不擅自下水施救。\n\n"
        "青峰镇开展山洪灾害防御演练\n\n"
        "本报讯（通讯员 杨 帆）7月12日，青峰镇在高峰村开展山洪灾害防御演练。\n"
    )
    summer, drill = parse_text(page, "page.txt")
    assert summer.blocks[-1].text == "不熟悉水性的学生不擅自下水施救。"
    assert (drill.title, drill.authors) == ("青峰镇开展山洪灾害防御演练", ("杨帆",))


def test_a_weeks_digest_of_numbered_items_signed_each_is_items_of_their_own():
    """Under ``一周要闻`` with its days, numbered headlines each over text signed
    at its end are items of their own (no byline under the label makes it one
    story), titled as printed."""
    page = (
        "一周要闻（2024年3月4日—3月10日）\n"
        "1.永川区召开优化营商环境大会\n"
        "3月4日，永川区召开优化营商环境大会，发布优化营商环境“20条”措施。（记者 钟梅）\n"
        "2.重庆数智产业人才创新创业服务港揭牌\n"
        "3月5日，重庆数智产业人才创新创业服务港在永川揭牌，首批入驻企业24家。（记者 潘玥希）\n"
        "3.全区开展义务植树活动\n"
        "3月10日，全区各级机关干部、志愿者2000余人开展义务植树活动。（通讯员 李 明）\n"
    )
    got = parse_text(page, "page.txt")
    assert [(a.title, a.authors) for a in got] == [
        ("1.永川区召开优化营商环境大会", ("钟梅",)),
        ("2.重庆数智产业人才创新创业服务港揭牌", ("潘玥希",)),
        ("3.全区开展义务植树活动", ("李明",)),
    ]
    markdown = "## 一周要闻\n\n" + "\n\n".join(
        f"**{line}**" if line[0].isdigit() else line for line in page.splitlines()[1:]
    )
    assert [a.title.replace(". ", ".") for a in parse_text(markdown, "page.md")] == [
        a.title for a in got
    ]


def test_markdown_briefs_under_a_label_without_headlines_are_untitled_items():
    """``# 简讯`` over paragraphs each opening ``**永川讯**``: the column's label,
    over items of their own with no title, each signed by its own byline."""
    page = (
        "## 区图书馆开学季推出“阅读护照”\n\n"
        "本报讯 9月1日起，区图书馆面向全区中小学生推出“阅读护照”。\n\n"
        "# 简讯\n\n"
        "**永川讯** 9月3日，陈食街道开展“敬老月”走访慰问活动。（通讯员 邓莉）\n\n"
        "**永川讯** 9月4日，永川高新区举行秋季重点项目集中开工仪式。（通讯员 刘 倩）\n"
    )
    library, visits, works = parse_text(page, "page.md")
    assert library.title == "区图书馆开学季推出“阅读护照”"
    assert [(a.title, a.authors, len(a.blocks)) for a in (visits, works)] == [
        ("", ("邓莉",), 1),
        ("", ("刘倩",), 1),
    ]


def test_a_heading_over_text_an_office_signs_opens_a_story_after_a_reporters():
    """After a reporter's story, a heading whose text ends on an office's credit
    (``（永川区气象台供稿）``) heads a story of its own, though its words echo the
    story above and it opens with a date as a feature's section may."""
    page = (
        "本周我区雨水频繁 周末最高气温升至33℃\n"
        "本报讯（渝西都市报记者 黄 琴）6月16日，记者从永川区气象台获悉，本周我区将出现两次明显降雨过程。\n"
        "区气象台首席预报员吴涛提醒，临江河沿岸及地质灾害隐患点周边居民要密切关注预警信息。\n"
        "我区发布地质灾害气象风险黄色预警\n"
        "6月17日16时，永川区规划自然资源局与区气象台联合发布地质灾害气象风险黄色预警。\n"
        "请上述区域各级各部门加强值班值守和隐患点巡查排查。\n"
        "（永川区气象台供稿）\n"
        "【打印此页】【关闭窗口】\n"
    )
    rain, warning = parse_text(page, "page.txt")
    assert len(rain.blocks) == 2
    assert (warning.title, [b.text[-4:] for b in warning.blocks]) == (
        "我区发布地质灾害气象风险黄色预警",
        ["色预警。", "查排查。", "台供稿）"],
    )


def test_a_lesser_heading_over_a_byline_is_the_subtitle_of_a_new_story():
    """``## …`` right over ``### …`` and a byline line, after a ``#`` story: a new
    story's title and subtitle, not a section of the story above."""
    page = (
        "# 永川区开展“八一”走访慰问驻永部队活动\n\n"
        "本报讯（渝西都市报记者 陈仕川）7月31日，永川区开展“八一”走访慰问驻永部队活动。\n\n"
        "## 永川区退役军人服务中心新址投用\n"
        "### 23个镇街服务站实现“一站式”办理\n\n"
        "渝西都市报记者 钟梅 通讯员 刘倩\n\n"
        "7月30日，永川区退役军人服务中心新址正式投用。\n"
    )
    visit, centre = parse_text(page, "page.md")
    assert len(visit.blocks) == 1
    assert (centre.title, centre.subtitle, centre.authors) == (
        "永川区退役军人服务中心新址投用",
        "23个镇街服务站实现“一站式”办理",
        ("钟梅", "刘倩"),
    )


def test_a_briefs_bracketed_place_over_its_dateline_is_no_headline():
    """``【胜利路街道】4月22日,…``: the brief's place, run into its text, stays there
    (a bracketed headline run into a lead is split off; a place is no headline)."""
    page = (
        "简讯\n"
        "【胜利路街道】4月22日,胜利路街道在凤凰湖社区开展亲子共读活动,40余组家庭参加。(胜利路街道供稿)\n"
        "【中山路街道】4月21日,中山路街道对辖区背街小巷开展环境卫生集中整治。(通讯员 邓 林)\n"
    )
    got = parse_text(page, "page.txt")
    assert [(a.title, a.blocks[0].text[:7]) for a in got] == [
        ("", "【胜利路街道】"),
        ("", "【中山路街道】"),
    ]


def test_bold_places_leading_briefs_under_a_towns_column_are_items():
    """``## 镇街动态`` over paragraphs led by a bold place (``**金龙镇**　6月2日，…``,
    or an office, ``**区人力社保局**``): each an untitled item, signed by its own
    byline, not one story under the column's name."""
    page = (
        "## 镇街动态\n\n"
        "**金龙镇**　6月2日，金龙镇举办首届“稻田音乐节”，吸引游客3000余人。（金龙镇供稿）\n\n"
        "**板桥镇**　6月1日，板桥镇为辖区15名困难儿童送上“六一”礼物。（通讯员 黄 雪）\n\n"
        "**区人力社保局**　近日，区人力社保局举办返乡创业培训班。\n"
    )
    got = parse_text(page, "page.md")
    assert [(a.title, a.authors, a.blocks[0].text[:3]) for a in got] == [
        ("", (), "金龙镇"),
        ("", ("黄雪",), "板桥镇"),
        ("", (), "区人力"),
    ]


def test_an_unmarked_subtitle_over_a_dated_opening_is_not_run_into_it():
    """Markdown: a plain unstopped line right under a heading, over the story's
    dated opening, is its subtitle, not the start of a paragraph a column cut."""
    page = (
        "## 夏粮收购有序开展 种粮农民卖粮不愁\n\n"
        "区级储备粮库已收购新麦1100余吨\n\n"
        "6月17日,在区粮食储备中心临江库点,前来交售小麦的农用车排起了长队。\n"
    )
    (got,) = parse_text(page, "page.md")
    assert got.subtitle == "区级储备粮库已收购新麦1100余吨"
    assert [b.text[:5] for b in got.blocks] == ["6月17日"]


def test_exam_rules_and_a_tips_box_with_its_topic_are_boxes_of_the_story():
    """``考生须知`` and ``小贴士：防暑降温“五要”`` (a box's label with its topic) over
    their numbered rules, after a signed story, are that story's boxes; the next
    headline still opens a story."""
    page = (
        "永川9800余名考生 明日走进高考考场\n"
        "本报讯 6月6日，记者从区教委获悉，今年我区共有9800余名考生参加高考。\n"
        "（记者 张 燕 通讯员 李明）\n"
        "考生须知\n"
        "一、考生须凭本人准考证和有效居民身份证参加考试，两证缺一不可。\n"
        "二、每科考试开考前30分钟，考生方可进入考场。\n"
        "小贴士：防暑降温“五要”\n"
        "1.要避开高温时段外出。\n"
        "2.要及时补充水分。\n"
        "高考期间城区部分路段实行交通管制\n"
        "本报讯 6月6日，区公安局交巡警支队发布高考期间交通管制通告。\n"
    )
    exam, traffic = parse_text(page, "page.txt")
    assert [b.text for b in exam.blocks if b.kind == "subhead"] == [
        "考生须知",
        "小贴士：防暑降温“五要”",
    ]
    assert traffic.title == "高考期间城区部分路段实行交通管制"


def test_a_case_reports_bracketed_labels_under_its_byline_are_subheads():
    """``### 【案情】`` under a ``##`` title and its byline labels the case's first
    section, as ``### 【评析】`` labels the next: a subhead, never the subtitle."""
    page = (
        "### 以案说法\n## 网购“高仿”球鞋再转卖，构成犯罪吗？\n\n撰稿 吴艳 谭雪\n\n"
        "### 【案情】\n\n2023年3月至9月，被告人郑某从外地购进假冒某知名品牌的运动鞋，"
        "再通过网络店铺对外销售。\n\n### 【评析】\n\n法院审理认为，郑某的行为已构成犯罪。\n"
    )
    (got,) = parse_text(page, "page.txt")
    assert (got.kicker, got.subtitle, got.authors) == ("以案说法", "", ("吴艳", "谭雪"))
    assert [(b.kind, b.text) for b in got.blocks if b.kind == "subhead"] == [
        ("subhead", "【案情】"),
        ("subhead", "【评析】"),
    ]


_PHOTO_SET_TEXT = [
    "11月8日，来苏镇观音井村的柑橘迎来采摘季，果园里一派丰收景象。",
    "今年全村种植柑橘1500亩，预计产量达2000吨，村民人均增收3000余元。",
]
_PHOTO_SET_CAPTIONS = ["①村民在果园采摘柑橘。", "②工人分拣装箱。", "③电商主播直播带货。"]


@pytest.mark.parametrize("layout", ["run", "between", "markdown"])
def test_a_photo_sets_numbered_captions(layout: str):
    """A photo set's numbered captions (``①…``, ``②…``) are captions: in a run over
    the set's credit, each between the paragraphs it shows over the credit, or in
    Markdown under the images, with no credit. A list numbered so in a story's
    text, with no photo, stays text."""
    first, second = _PHOTO_SET_TEXT
    one, two, three = _PHOTO_SET_CAPTIONS
    if layout == "run":
        body = [first, second, one, two, three, "渝西都市报记者 曾 平 摄"]
    elif layout == "between":
        body = [first, one, second, two, three, "（图片由来苏镇提供）"]
    else:
        body = [first, second, "![](p1.jpg)", "![](p2.jpg)", one, two, three]
    head = "## " if layout == "markdown" else ""
    page = f"{head}来苏镇柑橘丰收\n\n" + "\n\n".join(body) + "\n"
    (got,) = parse_text(page, "page.txt")
    kinds = {b.text: b.kind for b in got.blocks}
    assert [kinds[text] for text in _PHOTO_SET_CAPTIONS] == ["caption"] * 3
    assert [kinds[text] for text in _PHOTO_SET_TEXT] == ["paragraph"] * 2
    listed = parse_text(f"{head}来苏镇柑橘丰收\n\n{first}\n\n{one}\n\n{two}\n\n{three}\n", "p.txt")
    assert {b.kind for b in listed[0].blocks} == {"paragraph"}


@pytest.mark.parametrize("layout", ["plain", "column"])
def test_a_caption_glued_to_the_sentence_before_it_is_a_caption(layout: str):
    """A dump glued a photo's caption to the sentence before it (``…参与热情。▲村民…``):
    the paragraph ends at its stop, the caption is a block of its own."""
    rows = [
        "本报讯 9月20日，金龙镇举办首届农民丰收",
        "节，农产品展销、农事趣味赛等活动吸引了",
        "众多村民参与，现场销售农产品20余万元，",
        "不少外地游客也专程赶来，体验乡村生活、",
        "品尝地道农家美食，感受丰收的喜悦。",
    ]
    text, shot = "".join(rows), "▲村民参加农事趣味赛。"
    if layout == "plain":
        body = text + shot + "\n"
    else:
        body = "\n".join([*rows[:-1], rows[-1] + shot]) + "\n"
    (got,) = parse_text("金龙镇举办首届农民丰收节\n\n" + body, "page.txt")
    assert [(b.kind, b.text) for b in got.blocks] == [("paragraph", text), ("caption", shot)]


def test_a_notices_date_cut_where_the_dump_wrapped_it_signs_the_notice():
    """``2024年5`` / ``月6日`` set far right under the issuer: one date, the
    notice's signing day (the page prints no issue date), no next headline."""
    page = (
        "关于兴龙大道部分路段实施封闭施工的通告\n\n"
        "为加快推进兴龙大道雨污分流改造工程建设，决定对兴龙大道部分路段实施封闭施工。\n\n"
        "特此通告。\n\n"
        "　　　　　　　　　　　　重庆市永川区交通运输委员会\n\n"
        "　　　　　　　　　　　　2024年5\n月6日\n\n\n\n"
        "遗失声明\n\n重庆市永川区鑫源餐饮管理有限公司遗失营业执照正本一份，声明作废。\n"
    )
    notice, lost = parse_text(page, "page.txt")
    assert (notice.date, notice.blocks[-1].text) == ("2024-05-06", "2024年5月6日")
    assert lost.title == "遗失声明"


def test_a_storys_rest_under_its_headline_read_another_way_is_joined_to_it():
    """Page 1 prints ``永川区召开2024年招商引资`` / ``工作推进会`` over a ——subtitle (one
    title); page 2 prints the rest and the two rows again after it with no subtitle,
    so they read as a title and its subtitle there: still the one story."""
    page = (
        "2024年5月14日 星期二 第1版 要闻\n\n"
        "永川区召开2024年招商引资\n工作推进会\n——今年前4月签约项目52个\n\n"
        "本报讯（渝西都市报记者 黄思远）5月13日，永川区召开2024年招商引资工作推进会。\n\n"
        "会议指出，各镇街、各园区要聚焦龙头企业和配套企业精准发力，\n\n（下转第2版）\n\n"
        "2024年5月14日 星期二 第2版 要闻\n\n（上接第1版）着力提升项目签约率和投产率。\n\n"
        "会议还对重点项目推进中存在的问题进行了研究。\n\n"
        "永川区召开2024年招商引资\n工作推进会\n\n"
        "本报讯（渝西都市报记者 赵 晨）5月12日，朱沱镇长江岸线生态修复工程完工。\n\n"
        "朱沱镇：江岸生态修复见成效\n"
    )
    got = parse_text(page, "20240514_p1-2.txt")
    assert [a.title for a in got] == [
        "永川区召开2024年招商引资 工作推进会",
        "朱沱镇：江岸生态修复见成效",
    ]
    assert got[0].blocks[-1].text == "会议还对重点项目推进中存在的问题进行了研究。"


def test_a_readers_letter_label_is_no_kicker_and_the_pages_mailbox_no_text():
    """``读者来信`` over a letter's title is the kind of piece, no kicker; the page's
    ``读者热线：…　来信邮箱：…`` at its foot is furniture."""
    page = (
        "2024年5月15日　星期三　第6版　读者\n\n读者来信\n\n小区门口的路灯啥时候能亮？\n\n"
        "编辑同志：\n\n　　我家小区门口那段路上有4盏路灯已经坏了半个多月，希望有关部门尽快修一修。\n\n"
        "读者 王建国\n\n读者热线：023-49862110　来信邮箱：ycdsbdzlx@163.com\n"
    )
    (got,) = parse_text(page, "page.txt")
    assert (got.kicker, got.title) == ("", "小区门口的路灯啥时候能亮？")
    assert "来信邮箱" not in got.blocks[-1].text


HOTLINE_COLUMN = """家门口就能办医保业务

渝西都市报记者 刘 洋

今后，市民办理医保参保登记、异地就医备案等业务，不用再专程跑到区政务服务中心了。

温馨提示：市民办理医保业务前，可拨打区医保服务热线023-49881234咨询所需材料。

民生热线

热线电话：023-49861234　　微信：渝西都市报民生热线

小区路灯坏了谁来修？

市民黄先生：我家小区里有4盏路灯已经坏了半个多月，请问该找谁来修？

胜利路街道回复：经核实，该小区路灯由小区物业公司负责维护，对方承诺于6月15日前完成维修。

孩子转学需要准备哪些材料？

市民王女士：我们一家今年从外地搬到永川工作，想让孩子秋季转到永川读小学，需要准备哪些材料？

区教委回复：家长可在秋季学期开学前，持户口簿或居住证等材料，到拟转入学校提出申请。
"""


@pytest.mark.parametrize("markdown", [False, True])
def test_a_hotline_columns_questions_are_items_and_its_number_no_text(markdown: bool):
    """``民生热线`` heads a column of readers' questions, each over the reader's turn
    (``市民黄先生：…``) and the reply: every question its own item, and the column's
    hotline under its label (``热线电话：…　微信：…``) is no text of any."""
    page = HOTLINE_COLUMN
    if markdown:
        page = page.replace("家门口", "## 家门口").replace("\n民生热线\n", "\n## 民生热线\n")
        page = re.sub(r"\n(\S{4,14}？)\n", r"\n### \1\n", page)
    story, lamps, school = parse_text(page, "page.md" if markdown else "page.txt")
    assert story.title == "家门口就能办医保业务"
    assert [b.text[:4] for b in story.blocks] == ["今后，市", "温馨提示"]
    assert (lamps.kicker, lamps.title) == ("", "小区路灯坏了谁来修？")
    assert [b.text[:5] for b in lamps.blocks] == ["市民黄先生", "胜利路街道"]
    assert school.title == "孩子转学需要准备哪些材料？"
    assert [b.text[:5] for b in school.blocks] == ["市民王女士", "区教委回复"]


def test_a_heading_over_text_signed_by_another_too_opens_a_story():
    """Under ``渝西都市报记者 陈 静``'s story, a heading over text signed at its end
    ``（渝西都市报记者 陈 静 通讯员 吴 倩）`` heads a story of its own: the
    signature names someone the first byline did not."""
    page = (
        "永川在深圳举办产业招商推介会\n\n——现场签约22个项目 总投资136.8亿元\n\n"
        "渝西都市报记者 陈 静\n\n"
        "11月18日，2024重庆永川（深圳）产业招商推介会在深圳举行。\n\n"
        "据了解，今年以来，永川区先后赴粤港澳大湾区、长三角等地开展专题招商活动27场次。\n\n"
        "前10月全区新签约招商项目124个\n\n"
        "记者从区投资促进中心获悉，今年1至10月，全区新签约招商项目124个。\n\n"
        "从产业分布看，新签约项目中先进制造业项目83个，协议投资额368.2亿元。\n\n"
        "（渝西都市报记者 陈 静 通讯员 吴 倩）\n"
    )
    fair, count = parse_text(page, "page.txt")
    assert (fair.title, fair.authors) == ("永川在深圳举办产业招商推介会", ("陈静",))
    assert (count.title, count.authors) == ("前10月全区新签约招商项目124个", ("陈静", "吴倩"))


@pytest.mark.parametrize("label", ["影评", "来论", "渝西时评", "相关新闻", "要闻简报", "文旅资讯"])
def test_a_kind_or_columns_label_over_a_piece_opens_it_and_is_no_kicker(label: str):
    """``渝西时评`` (an opinion's kind), ``相关新闻`` (a box of the related story),
    ``文旅资讯`` (a briefs column) over a title after a finished story: the next
    piece's label, opening it, never its kicker."""
    page = (
        "永川区举行非遗展演\n\n本报讯（记者 李 婷）6月6日，永川区非遗保护中心组织非遗展演。\n\n"
        f"{label}\n\n让“智造”成为发展新引擎\n\n"
        "近日，永川区又有5家企业入选市级智能工厂，制造业数字化转型跑出加速度。\n"
    )
    story, piece = parse_text(page, "page.txt")
    assert story.title == "永川区举行非遗展演"
    assert (piece.kicker, piece.title) == ("", "让“智造”成为发展新引擎")


def test_a_party_building_pages_briefs_column():
    """``组工信息`` heads a column of briefs, as ``简讯`` does: each brief its own
    article under its title, the label no kicker."""
    page = (
        "2025年6月17日 星期二 第3版 党建\n\n组工信息\n\n"
        "卫星湖街道开展党组织书记“擂台赛”\n"
        "6月12日，卫星湖街道举行村（社区）党组织书记抓基层党建“擂台赛”。\n（通讯员 周 洁）\n\n"
        "来苏镇为新党员上好“入党第一课”\n"
        "6月11日，来苏镇组织18名新党员到镇党建馆参观学习。\n\n"
        "宝峰镇建成“党员先锋岗”21个\n"
        "近日，宝峰镇在便民服务中心等窗口单位设立“党员先锋岗”21个。\n"
    )
    got = parse_text(page, "page.txt")
    assert [(a.kicker, a.title, a.authors) for a in got] == [
        ("", "卫星湖街道开展党组织书记“擂台赛”", ("周洁",)),
        ("", "来苏镇为新党员上好“入党第一课”", ()),
        ("", "宝峰镇建成“党员先锋岗”21个", ()),
    ]
