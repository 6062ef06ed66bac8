"""PDF column text and plain dumps as real pages print them: rows wrapped by printed
width (digits and Latin letters half a character wide, closing marks squeezed into
a row's end), headlines after the body, running heads at the top or the foot of
the page, captions and jumps between stories, short pages (a notice) whose rows
are mostly short. Each page is written out as the dump prints it, and each
expected article is what a careful reader would extract.

Left unsolved: a space a row ends at (``（记者 ⏎ 张 扬）``) is lost, as the dump
cannot tell it from the padding PDF tools leave at row ends; and without indents
a paragraph that ends exactly at a full row runs into the next one (the pages
here are written so that none does); and a subhead only two characters short of
a narrow column, after a finished row and before a full one, runs into the
paragraph below it (real PDF rows vary by that much: seed 001's do).
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from tests.core import relayout
from tests.core.test_parse_unseen import COMMENTARY, article, assert_articles, para, subheads
from yc_reader.core import nlp
from yc_reader.core.masthead import is_masthead_line, strip_masthead
from yc_reader.core.model import Block
from yc_reader.core.parse import parse_text
from yc_reader.core.parse.kinds import blank_lines_above, cut_date, story_gaps


def caption(text: str) -> Block:
    return Block("caption", text)


def subhead(text: str) -> Block:
    return Block("subhead", text)


# ------------------------------------------------------------ three stories, headlines after

THREE_STORIES = """\
2024年4月20日 星期六 第2版 要闻
本报讯（渝西都市报记者 钟 梅）4月18日，
永川区召开2024年一季度经济运行分析会，通
报全区主要经济指标完成情况，分析当前经济
形势，安排部署下一阶段工作。
会议指出，一季度全区地区生产总值增长6.2%，
规上工业增加值增长8.5%，固定资产投资增长
5.1%，主要指标增速高于全市平均水平。
会议要求，各镇街、各部门要紧盯全年目标任
务，抓项目、稳投资、促消费，确保二季度实
现“双过半”。
永川一季度经济运行稳中向好
本报讯（通讯员 刘 倩）4月17日，卫星湖街
道南华村的500亩油菜迎来收获期，村民们驾
驶收割机在田间来回穿梭，田间地头一派丰收
景象。
据了解，今年南华村引进新品种，油菜亩产达
到180公斤，比去年增加20公斤。
▲村民驾驶收割机收割油菜。 记者 陈仕川 摄
南华村500亩油菜喜获丰收
本报讯（渝西都市报记者 王 丽）4月19日，
永川区2024年春季人才招聘会在区人力资源市
场举行，120余家企业提供就业岗位3000余个，
吸引2000余名求职者入场。
招聘会现场，长城汽车、双福农产品等企业展
位前排起长队。区人力社保局相关负责人表示，
今年将举办各类招聘活动50场以上。
（下转第3版）
春季人才招聘会提供岗位3000余个
责任编辑：王小红 美术编辑：李 明 校对：陈 敏
"""

THREE_STORIES_WANT = [
    article(
        "永川一季度经济运行稳中向好",
        para(
            "本报讯（渝西都市报记者 钟 梅）4月18日，永川区召开2024年一季度经济运行分析会，"
            "通报全区主要经济指标完成情况，分析当前经济形势，安排部署下一阶段工作。"
        ),
        para(
            "会议指出，一季度全区地区生产总值增长6.2%，规上工业增加值增长8.5%，"
            "固定资产投资增长5.1%，主要指标增速高于全市平均水平。"
        ),
        para(
            "会议要求，各镇街、各部门要紧盯全年目标任务，抓项目、稳投资、促消费，"
            "确保二季度实现“双过半”。"
        ),
        authors=("钟梅",),
        date="2024-04-20",
    ),
    article(
        "南华村500亩油菜喜获丰收",
        para(
            "本报讯（通讯员 刘 倩）4月17日，卫星湖街道南华村的500亩油菜迎来收获期，"
            "村民们驾驶收割机在田间来回穿梭，田间地头一派丰收景象。"
        ),
        para("据了解，今年南华村引进新品种，油菜亩产达到180公斤，比去年增加20公斤。"),
        caption("▲村民驾驶收割机收割油菜。 记者 陈仕川 摄"),
        authors=("刘倩",),
        date="2024-04-20",
    ),
    article(
        "春季人才招聘会提供岗位3000余个",
        para(
            "本报讯（渝西都市报记者 王 丽）4月19日，永川区2024年春季人才招聘会在区人力"
            "资源市场举行，120余家企业提供就业岗位3000余个，吸引2000余名求职者入场。"
        ),
        para(
            "招聘会现场，长城汽车、双福农产品等企业展位前排起长队。区人力社保局相关负责人"
            "表示，今年将举办各类招聘活动50场以上。"
        ),
        para("（下转第3版）"),
        authors=("王丽",),
        date="2024-04-20",
    ),
]


def test_three_stories_with_headlines_after_a_caption_and_a_jump():
    """Rows with digits are narrower by the printed measure; the caption before a
    headline belongs to the story above it; the jump closes its story."""
    got = parse_text(THREE_STORIES, "page.txt")
    assert_articles(got, THREE_STORIES_WANT)
    assert {(a.page, a.section) for a in got} == {("2", "要闻")}


# ------------------------------------------------------------ kicker, title, ——subtitle after

HIGHWAY = """\
A3 综合 2024年5月10日 星期五
本报讯（渝西都市报记者 李 强）5月9日，
记者从区交通局获悉，永川至泸州高速公
路永川段建设进入攻坚阶段，预计明年底
建成通车。
据介绍，该项目永川段全长32公里，总投
资58亿元，目前路基工程已完成85%，桥
梁工程完成70%。项目建成后，永川到泸
州的车程将缩短至1小时以内。（完）
交通强区
永泸高速永川段预计明年底通车
——全长32公里 总投资58亿元
5月8日，重庆文理学院举行“科技创新周”
开幕式，60余项科研成果集中亮相，吸引
了众多企业前来洽谈合作。
开幕式上，学院与5家企业签订产学研合
作协议，协议金额达1200万元。（记者 \n\
张 扬）
重庆文理学院科技创新周开幕
"""

HIGHWAY_WANT = [
    article(
        "永泸高速永川段预计明年底通车",
        para(
            "本报讯（渝西都市报记者 李 强）5月9日，记者从区交通局获悉，永川至泸州高速公路"
            "永川段建设进入攻坚阶段，预计明年底建成通车。"
        ),
        para(
            "据介绍，该项目永川段全长32公里，总投资58亿元，目前路基工程已完成85%，"
            "桥梁工程完成70%。项目建成后，永川到泸州的车程将缩短至1小时以内。（完）"
        ),
        kicker="交通强区",
        subtitle="——全长32公里 总投资58亿元",
        authors=("李强",),
        date="2024-05-10",
    ),
    article(
        "重庆文理学院科技创新周开幕",
        para(
            "5月8日，重庆文理学院举行“科技创新周”开幕式，60余项科研成果集中亮相，"
            "吸引了众多企业前来洽谈合作。"
        ),
        para("开幕式上，学院与5家企业签订产学研合作协议，协议金额达1200万元。（记者 张 扬）"),
        authors=("张扬",),
        date="2024-05-10",
    ),
]


def test_a_running_head_with_a_page_code_and_a_story_ending_in_an_end_mark():
    """``A3 综合 2024年5月10日 星期五`` is the page's running head, not a headline
    (which would also turn the page's headlines to before their stories); ``（完）``
    closes a story like a signature, so the kicker, title and subtitle after it head
    that story, not the next."""
    got = parse_text(HIGHWAY, "page.txt")
    assert_articles(got, HIGHWAY_WANT)
    assert {(a.page, a.section) for a in got} == {("A3", "综合")}


# ------------------------------------------------------------ a short page: a notice

NOTICE = """\
\u3000\u3000为保障2024永川马拉松赛事顺利进行，根
据《中华人民共和国道路交通安全法》相关规
定，现将有关事项通告如下：
一、管制时间
\u3000\u30002024年5月19日7:00至12:00。
二、管制路段
\u3000\u3000人民大道（兴龙大道至昌州大道段）、渝
西大道中段。
三、其他事项
\u3000\u3000管制期间，请过往车辆和行人服从现场民
警指挥，给您带来的不便敬请谅解。
特此通告。
重庆市公安局永川区分局
2024年5月15日
关于城区部分道路实施临时交通管制的通告
"""

NOTICE_WANT = [
    article(
        "关于城区部分道路实施临时交通管制的通告",
        para(
            "为保障2024永川马拉松赛事顺利进行，根据《中华人民共和国道路交通安全法》"
            "相关规定，现将有关事项通告如下："
        ),
        subhead("一、管制时间"),
        para("2024年5月19日7:00至12:00。"),
        subhead("二、管制路段"),
        para("人民大道（兴龙大道至昌州大道段）、渝西大道中段。"),
        subhead("三、其他事项"),
        para("管制期间，请过往车辆和行人服从现场民警指挥，给您带来的不便敬请谅解。"),
        para("特此通告。"),
        para("重庆市公安局永川区分局"),
        para("2024年5月15日"),
        date="2024-05-15",
    )
]


def test_a_short_notice_in_column_text_is_dated_by_its_signature():
    """Most rows of a notice are short (items, the issuer, its date), yet its cut rows
    (``…顺利进行，根``) show column text; an indented row fills the column with its
    indent; an item's ``、`` is no comma of a headline; the headline is the page's
    last row. With no masthead and no date in the file name, the date the issuer
    signs with is the notice's date: the only one the page gives it."""
    assert_articles(parse_text(NOTICE, "scan_0042.txt"), NOTICE_WANT)


# ------------------------------------------------------------ running heads


@pytest.mark.parametrize(
    ("line", "date", "page", "section"),
    [
        ("A3 综合 2024年5月10日 星期五", "2024-05-10", "A3", "综合"),
        ("2024年5月10日 星期五 B2 文体", "2024-05-10", "B2", "文体"),
        ("02 要闻 2024年4月20日", "2024-04-20", "2", "要闻"),
        # (a PDF's page number before the head that names the page too)
        (
            "3　　　2024年4月30日　星期二　第3版　人物　　责任编辑：龚　俊",
            "2024-04-30",
            "3",
            "人物",
        ),
        ("要闻 2024年4月20日 星期六 第2版", "2024-04-20", "2", "要闻"),
        ("渝西都市报 2024.4.20", "2024-04-20", "", ""),
        ("2024年4月20日 星期六 A02 要闻 责编 张敏", "2024-04-20", "A2", "要闻"),
        ("2024年4月20日 星期六 第2版 要闻 编辑 刘洋 校对 王强", "2024-04-20", "2", "要闻"),
        ("■ 责任编辑：张 敏 ■ 版式：李 华 ■ 校对：王 强", "", "", ""),
        ("渝西都市报    2022年1月14曰  星期五", "2022-01-14", "", ""),  # OCR: 曰 for 日
        ("渝西都市报 2O23年9月2O曰 星期三 第4版 乡村振兴", "2023-09-20", "4", "乡村振兴"),
        ("第O3版:社会 编辑:刘洋", "", "3", "社会"),  # OCR: the letter O for a zero
        ("当前版面：第05版：文旅　　2023年09月28日", "2023-09-28", "5", "文旅"),  # an e-paper's
        ("当前版：第03版：经济　　2024年07月18日", "2024-07-18", "3", "经济"),
        (
            "2023年09月22日　第04版：社会　　[上一版]　[下一版]　[PDF下载]",
            "2023-09-22",
            "4",
            "社会",
        ),
        ("渝西都市报　文旅　第7版", "", "7", "文旅"),  # the page's name before its number
        ("渝西都市报　　公示公告　　05", "", "", "公示公告"),  # (its number bare)
        ("今日八版　第1版　要闻", "", "1", "要闻"),
        ("第01版：头版　　　　PDF版下载", "", "1", "头版"),  # (an e-paper's link after it)
    ],
)
def test_running_heads_with_page_codes_and_bare_sections(line, date, page, section):
    [(start, meta)], kept = strip_masthead([line])
    assert (start, meta.date, meta.page, meta.section, kept) == (0, date, page, section, [""])


@pytest.mark.parametrize(
    "line",
    [
        "G85 渝昆高速 2024年5月15日",
        "永川区人民政府 2024年5月15日",
        "重庆市公安局永川区分局 2024年5月15日",
        "A3 综合",
        "编辑 张敏",  # without a date or a page, a role and a name may be a story's text
        "设计 理念",
    ],
)
def test_lines_that_are_not_running_heads(line):
    """A running head without 第N版 must carry the issue date and a weekday or a page
    code, and name one section at most."""
    assert not is_masthead_line(line)


# ------------------------------------------------------------ a continuation and an interview

INTERVIEW = """\
（上接第1版）

区经济信息委相关负责人介绍，今年

以来，永川加快培育智能网联新能源

汽车产业集群，新引进零部件项目12

个，总投资46亿元，预计全年新增产

值80亿元。

“我们将继续做好企业服务，帮助企

业解决用工、融资等难题。”该负责

人说。

永川一季度规上工业产值增长12.6%

渝西都市报记者 钟 梅

近年来，永川职业教育发展迅速，每

年有数万名毕业生走向社会。如何让

更多职教学子留在永川？记者日前专

访了重庆城市职业学院院长王建国。

记者：今年学院在校企合作方面有哪

些新举措？

王建国：我们与长城汽车、中船重工

等30多家企业共建产业学院，实行

“订单式”培养，学生一入学就知道

将来去哪里工作。

记者：毕业生留永就业的比例如何？

王建国：2023届毕业生中，有近四成

选择留在永川就业，这个比例还在逐

年提高。

记者：谢谢您。

让更多职教学子“留永就业”

——访重庆城市职业学院院长王建国

渝西都市报 2024.5.14
"""

INTERVIEW_WANT = [
    article(
        "永川一季度规上工业产值增长12.6%",  # its headline printed, after it: no label
        para(
            "区经济信息委相关负责人介绍，今年以来，永川加快培育智能网联新能源汽车产业集群，"
            "新引进零部件项目12个，总投资46亿元，预计全年新增产值80亿元。"
        ),
        para("“我们将继续做好企业服务，帮助企业解决用工、融资等难题。”该负责人说。"),
        date="2024-05-14",
        continuation="1",
    ),
    # The interview of test_parse_unseen, signed by one reporter and thanked at its end.
    replace(
        COMMENTARY[1],
        blocks=(
            *COMMENTARY[1].blocks,
            para("记者：谢谢您。"),
        ),
        authors=("钟梅",),
    ),
]


def test_a_continuation_and_an_interview_with_the_running_head_at_the_foot():
    """Rows without indents, a blank line between them (as seeds 001/002 print): after
    a full row that ends a sentence, a speaker's turn (``记者：`` / ``王建国：``) starts
    a paragraph of its own, as a quotation or 本报讯 does. ``渝西都市报 2024.5.14`` at
    the foot of the page dates it."""
    got = parse_text(INTERVIEW, "page.txt")
    assert_articles(got, INTERVIEW_WANT)


# ------------------------------------------------------------ a caption inside a paragraph

FEATURE = """\
本报讯（渝西都市报记者 陈仕川）5月20日，在重庆云
谷·永川大数据产业园，5G智慧工厂的生产线上，AGV
小车来回穿梭，机械臂精准作业，一派繁忙景象。
数字经济跑出“加速度”
据了解，今年以来，大数据产业园新引进数字经济企业
68家，其中包括华为、腾讯等行业龙头企业的区域总部，
▲5G智慧工厂生产线。记者 陈仕川 摄
园区企业总数突破1700家，预计全年营收将超过500亿
元。
科技影视按下“快进键”
在永川科技片场，一部由国内知名导演执导的科幻网剧
正在拍摄。借助LED虚拟拍摄技术，演员在棚内就能
“置身”太空场景，拍摄效率提高了3倍以上。
“虚拟制片让我们的拍摄周期缩短了一半，成本也降了
不少。”剧组制片人王丽说。

数字经济与科技影视双轮驱动
——永川加快打造西部数字经济高地
"""

FEATURE_WANT = [
    article(
        "数字经济与科技影视双轮驱动",
        para(
            "本报讯（渝西都市报记者 陈仕川）5月20日，在重庆云谷·永川大数据产业园，"
            "5G智慧工厂的生产线上，AGV小车来回穿梭，机械臂精准作业，一派繁忙景象。"
        ),
        subhead("数字经济跑出“加速度”"),
        para(
            "据了解，今年以来，大数据产业园新引进数字经济企业68家，其中包括华为、腾讯等"
            "行业龙头企业的区域总部，园区企业总数突破1700家，预计全年营收将超过500亿元。"
        ),
        caption("▲5G智慧工厂生产线。记者 陈仕川 摄"),
        subhead("科技影视按下“快进键”"),
        para(
            "在永川科技片场，一部由国内知名导演执导的科幻网剧正在拍摄。借助LED虚拟拍摄技术，"
            "演员在棚内就能“置身”太空场景，拍摄效率提高了3倍以上。"
        ),
        para("“虚拟制片让我们的拍摄周期缩短了一半，成本也降了不少。”剧组制片人王丽说。"),
        subtitle="——永川加快打造西部数字经济高地",
        authors=("陈仕川",),
        date="2024-05-21",
    )
]


def test_a_caption_printed_inside_a_paragraph_it_cut():
    """PDF tools print a photo's caption where the photo stands, here between two rows
    of one paragraph (the row before it full, stopped mid-clause): the paragraph is
    made whole, the caption goes after it, as the reader meets the photo, and the
    story goes on past it (a caption ending a story would have made the next subhead a
    headline)."""
    assert_articles(parse_text(FEATURE, "2024-05-21.txt"), FEATURE_WANT)


def test_a_caption_as_wide_as_the_column_inside_a_paragraph_ends_at_its_stop():
    """A caption row as wide as the column, closed by its stop, cuts a paragraph: the
    row under it goes on with the paragraph, not with the caption."""
    rows = [
        "在永荣镇一处标准化茶叶基地，记者看到，茶",
        "园里安装了传感器。",
        "近年来，永川联合多家科研院所，建成茶树良",
        "种繁育基地和茶叶工程技术研究中心，推广名",
        "▲茶农在永荣镇标准化茶叶基地修剪茶树。",
        "优茶机械化采摘和清洁化加工技术，全区茶叶",
        "良种化率提高到85%以上。",
        "一片叶子的“三级跳”",
    ]
    (got,) = parse_text("\n".join(rows) + "\n", "page.txt")
    assert [(b.kind, b.text[-5:]) for b in got.blocks] == [
        ("paragraph", "了传感器。"),
        ("paragraph", "5%以上。"),
        ("caption", "修剪茶树。"),
    ]


def test_a_label_and_title_under_a_headline_printed_after_its_story_head_the_text_below():
    """Headlines after their stories, then ``记者手记`` / ``脚底板下出实情`` right under
    the one that closed the story above: the sidebar's label and title, printed over
    its text; the next lead opens the next story, headed after it."""
    rows = [
        "本报讯（渝西都市报记者 钟 雪）7月1日一早，",
        "胜利路街道萱花社区网格员陈丽娟就背着工作",
        "包出了门。",
        "胜利路街道：网格员当好居民“贴心人”",
        "——“小网格”撬动基层治理“大变化”",
        "",
        "记者手记",
        "",
        "脚底板下出实情",
        "",
        "跟随网格员走访的一整天，记者最深的感受",
        "是“累”，也是“暖”。",
        "（钟 雪）",
        "",
        "本报讯（通讯员 刘 畅）7月1日，永川区",
        "“暑期护苗”专项行动启动。",
        "",
        "永川区启动2024年“暑期护苗”行动",
    ]
    grid, notes, summer = parse_text("\n".join(rows) + "\n", "page.txt")
    assert grid.title == "胜利路街道：网格员当好居民“贴心人”"
    assert (notes.kicker, notes.title, notes.authors) == ("", "脚底板下出实情", ("钟雪",))
    assert notes.blocks[0].text.startswith("跟随网格员")
    assert summer.title == "永川区启动2024年“暑期护苗”行动"


def test_briefs_under_a_label_after_a_story_headlined_below_it_are_titled_above():
    """A story headlined after its text, then ``简讯`` over items printed title first:
    each title heads the text below it, the last item too."""
    rows = [
        "本报讯（渝西都市报记者 唐 婷）5月20日，",
        "双石镇辣椒种植基地里，村民们正在除草。",
        "双石镇：“小辣椒”红火“大产业”",
        "——全镇种植辣椒1.2万亩",
        "简讯",
        "卫星湖街道开展防汛应急演练",
        "5月17日，卫星湖街道在南华村开展防",
        "汛应急演练。（通讯员 陈 芳）",
        "临江镇举办果树管护技能培训",
        "5月16日，临江镇邀请专家为果农讲解技",
        "术。（通讯员 谢 娟）",
        "来苏镇召开安全生产推进会",
        "5月15日，来苏镇召开安全生产推进会。",
    ]
    got = parse_text("\n".join(rows) + "\n", "page.txt")
    assert [(a.title, a.blocks[0].text[:6]) for a in got] == [
        ("双石镇：“小辣椒”红火“大产业”", "本报讯（渝西"),
        ("卫星湖街道开展防汛应急演练", "5月17日，"),
        ("临江镇举办果树管护技能培训", "5月16日，"),
        ("来苏镇召开安全生产推进会", "5月15日，"),
    ]


@pytest.mark.parametrize("indent", ["　　", ""])
def test_numbered_questions_over_their_answers_head_an_explainers_sections(indent):
    """``1.哪些耕地可以享受补贴？`` under a finished paragraph, over its answer, in
    column text or one paragraph a line: a section's heading, though it asks."""
    rows = [
        "关于耕地地力保护补贴的这些问题你关心吗？",
        f"{indent}近日，2024年耕地地力保护补贴资金开始陆",
        "续发放。记者采访了区农业农村委相关负责",
        "人。",
        "1.哪些耕地可以享受补贴？",
        f"{indent}补贴对象原则上为拥有耕地承包权的种地农",
        "民。",
        "2.土地流转出去了，补贴给谁？",
        f"{indent}耕地流转的，补贴原则上发放给拥有耕地承",
        "包权的农户。",
    ]
    (got,) = parse_text("\n".join(rows) + "\n", "page.txt")
    assert subheads(got) == ["1.哪些耕地可以享受补贴？", "2.土地流转出去了，补贴给谁？"]
    page = "\n".join(
        [
            "城乡低保标准提高了 这些问题一次说清楚",
            "近日，永川区提高城乡低保标准。",
            "一、哪些人可以申请低保？",
            "持有我区户籍的城乡居民可以申请。",
            "二、到哪里申请，需要准备哪些材料？",
            "申请人可向户籍所在地的镇人民政府提出申请。",
        ]
    )
    (got,) = parse_text(page + "\n", "page.txt")
    assert subheads(got) == ["一、哪些人可以申请低保？", "二、到哪里申请，需要准备哪些材料？"]


def test_a_bracketed_run_in_headline_over_a_date_the_row_cut_keeps_the_date_whole():
    """``【永川区开展“敬老月”系列活动】10月11`` / ``日，永川区…``: the headline set
    apart, the date's parts one lead, never the headline's tail."""
    rows = [
        "简讯",
        "　　【永川区开展“敬老月”系列活动】10月11",
        "日，永川区“敬老月”系列活动在胜利路街道启",
        "动，活动期间将开展义诊、法律援助等30余场。",
        "　　【青峰镇秋粮收购进度过半】截至10月12日，青",
        "峰镇已收购秋粮1800余吨。",
    ]
    first, second = parse_text("\n".join(rows) + "\n", "page.txt")
    assert first.title == "永川区开展“敬老月”系列活动"
    assert first.blocks[0].text.startswith("10月11日，永川区")
    assert second.title == "青峰镇秋粮收购进度过半"


def test_a_continuations_headline_first_on_a_page_of_headlines_after_heads_it():
    """``永川区…会议闭幕`` / ``（上接1版）`` first on a page whose other stories are
    headlined after their text: the rest's headline, printed again over it."""
    rows = [
        "2024年1月12日　星期五　第2版　要闻",
        "永川区第十八届人民代表大会第四次会议闭幕",
        "（上接1版）",
        "蓝图。全区各级各部门要把思想和行动统一到",
        "大会精神上来，以实干实绩推动各项目标任务",
        "落地见效。",
        "本报讯（记者 涂 燕）1月11日，代表们陆续",
        "返回各自岗位，传达学习大会精神。",
        "代表们返岗传达大会精神",
    ]
    rest, back = parse_text("\n".join(rows) + "\n", "page.txt")
    assert (rest.title, rest.continuation) == ("永川区第十八届人民代表大会第四次会议闭幕", "1")
    assert rest.blocks[0].text.startswith("蓝图。")
    assert back.title == "代表们返岗传达大会精神"


NOTICE_THEN_STORY = """\
第 4 版
综合

关于临时封闭兴龙大道部分路段施工的通告

因永川区兴龙大道雨污分流改造工程施工需要，
经研究，决定对兴龙大道（红河路口至昌州大道
口）路段实施临时封闭施工。现将有关事项通告
如下：
封闭时间为2024年5月20日至2024年7月20日。封
闭期间，过往车辆请绕行红河路、昌州大道等道
路，行人请按照现场交通标志通行。
请广大市民和驾驶员相互转告，提前规划出行路
线，由此带来的不便，敬请谅解。
特此通告。
永川区住房和城乡建设委员会
永川区公安局交通巡逻警察支队
2024年5月10日


本报讯（渝西都市报记者 周星宇）2024
年5月9日，记者从区交通运输委获悉，为
方便市民出行，永川城区将新增3条公交
线路，分别为121路、122路和125路，于5
月15日起开通试运行。
据介绍，121路由永川北站开往大安街道，
途经人民大道、汇龙大道等；122路由卫
星湖街道开往南大街街道；125路为城区
环线，串联起区人民医院、区中医院等5
家医疗机构。
新开线路均采用新能源公交车，首末班时
间为6:30至21:00，票价1元，市民可使用
现金、公交卡或手机扫码支付。

永川城区新增3条公交线路
——5月15日起开通试运行

"""


def test_a_paragraph_the_page_measures_cut_in_two_is_one():
    """A notice set wider than the story under it: where the measures part, a
    paragraph stopped mid-clause (``…获悉，为`` / ``方便市民出行，…``) goes on."""
    notice, story = parse_text(NOTICE_THEN_STORY, "page.txt")
    assert notice.title == "关于临时封闭兴龙大道部分路段施工的通告"
    assert story.blocks[0].text.endswith("于5月15日起开通试运行。")


# ------------------------------------------------------------ a headline as wide as the column

TWO_STORIES = """\
本报讯（渝西都市报记者 谢 露）今年以来，

中山路街道以党建为引领，探索“网格+”基

层治理模式，把服务送到群众家门口，辖区群

众满意度不断提升。

街道将辖区划分为86个网格，每个网格配备1

名专职网格员和若干名兼职网格员，实现“小

事不出网格、大事不出社区”。今年已累计化

解矛盾纠纷320余件。

中山路街道网格治理让服务直达群众家门口

5月28日，在文曲社区，退休教师组成的“银

发志愿队”为居民提供义务理发、量血压等服

务。“有了他们，我们老年人生活方便多了。”

居民张婆婆说。（通讯员 罗 琴）

银发志愿队服务进社区
"""

TWO_STORIES_WANT = [
    article(
        "中山路街道网格治理让服务直达群众家门口",
        para(
            "本报讯（渝西都市报记者 谢 露）今年以来，中山路街道以党建为引领，探索“网格+”"
            "基层治理模式，把服务送到群众家门口，辖区群众满意度不断提升。"
        ),
        para(
            "街道将辖区划分为86个网格，每个网格配备1名专职网格员和若干名兼职网格员，"
            "实现“小事不出网格、大事不出社区”。今年已累计化解矛盾纠纷320余件。"
        ),
        authors=("谢露",),
        date="2024-06-01",
    ),
    article(
        "银发志愿队服务进社区",
        para(
            "5月28日，在文曲社区，退休教师组成的“银发志愿队”为居民提供义务理发、量血压等"
            "服务。“有了他们，我们老年人生活方便多了。”居民张婆婆说。（通讯员 罗 琴）"
        ),
        authors=("罗琴",),
        date="2024-06-01",
    ),
]


def test_a_headline_exactly_as_wide_as_the_column_before_a_dateline_lead():
    """A row with no stop after a finished row, as wide as the column, followed by a
    lead that opens with its date (a lead's date is never the middle of its
    paragraph): a headline. Left unsolved: the same row before a lead without a
    date is read as the lead's first row (seed 001 opens paragraphs with such rows)."""
    assert_articles(parse_text(TWO_STORIES, "20240601-03.txt"), TWO_STORIES_WANT)


# ------------------------------------------------------------ narrow columns, tiny pages, indents

BRIEFS_NARROW = """\
本报讯（记者 王 丽）5月16日，
永川区第十三届职工运动会在区
体育中心开幕，来自全区各系统
的1800余名职工参加。
本届运动会设田径、拔河、跳绳
等9个比赛项目，将持续至5月底。
（完）
区第十三届职工运动会开幕
本报讯（通讯员 黄小兰）5月15
日，来苏镇举办“乡村振兴·技
能培训”专场，邀请农技专家为
120余名农户讲解柑橘种植技术。
来苏镇农技培训进村入户
"""

BRIEFS_NARROW_WANT = [
    article(
        "区第十三届职工运动会开幕",
        para(
            "本报讯（记者 王 丽）5月16日，永川区第十三届职工运动会在区体育中心开幕，"
            "来自全区各系统的1800余名职工参加。"
        ),
        para("本届运动会设田径、拔河、跳绳等9个比赛项目，将持续至5月底。（完）"),
        authors=("王丽",),
        date="2024-05-17",
    ),
    article(
        "来苏镇农技培训进村入户",
        para(
            "本报讯（通讯员 黄小兰）5月15日，来苏镇举办“乡村振兴·技能培训”专场，"
            "邀请农技专家为120余名农户讲解柑橘种植技术。"
        ),
        authors=("黄小兰",),
        date="2024-05-17",
    ),
]


def test_a_column_of_fourteen_with_an_end_mark_on_a_row_of_its_own():
    """``（完）`` pushed onto a row of its own signs the story off (it is no kicker of
    the next headline); a headline one character short of the column, before
    本报讯, is a headline (no paragraph ends without a stop)."""
    assert_articles(parse_text(BRIEFS_NARROW, "20240517_03.txt"), BRIEFS_NARROW_WANT)


TINY = """\
5月28日，在文曲社区，退休教师组成的
“银发志愿队”为居民提供义务理发、量血
压等服务。“有了他们，我们老年人生活方
便多了。”居民张婆婆说。（通讯员 罗 琴）
银发志愿队服务进社区
"""


def test_a_page_of_five_rows_is_column_text_too():
    """Too few rows to measure a column by its share of full rows, but three rows cut
    mid-clause at one width say it is; the first row, shortened by the opening quote
    pushed to the next, opens with its date and so is the lead, not a headline."""
    want = [
        article(
            "银发志愿队服务进社区",
            para(
                "5月28日，在文曲社区，退休教师组成的“银发志愿队”为居民提供义务理发、量血压"
                "等服务。“有了他们，我们老年人生活方便多了。”居民张婆婆说。（通讯员 罗 琴）"
            ),
            authors=("罗琴",),
            date="2024-05-17",
        )
    ]
    assert_articles(parse_text(TINY, "20240517_03.txt"), want)


INDENTED = """\
\u3000\u3000本报讯（记者 谢 露）今年以来，中山路街道
在辖区推行“网格+”治理模式，累计化解矛盾纠
纷320余件，群众满意度不断提升。在文曲社区，
退休教师组成的志愿队为居民义务理发、量血压。
“有了他们，我们老年人生活方便多了。”居民张
婆婆说。
\u3000\u3000据了解，街道今年还将新建3个社区志愿服务站。
中山路街道“网格+”治理见实效
"""


def test_where_paragraphs_are_indented_a_quotation_at_a_row_start_goes_on():
    """A page that indents its paragraphs says where they start: a full row ending a
    sentence followed by a row opening a quotation is not a paragraph break there."""
    want = [
        article(
            "中山路街道“网格+”治理见实效",
            para(
                "本报讯（记者 谢 露）今年以来，中山路街道在辖区推行“网格+”治理模式，"
                "累计化解矛盾纠纷320余件，群众满意度不断提升。在文曲社区，退休教师组成的"
                "志愿队为居民义务理发、量血压。“有了他们，我们老年人生活方便多了。”"
                "居民张婆婆说。"
            ),
            para("据了解，街道今年还将新建3个社区志愿服务站。"),
            authors=("谢露",),
            date="2024-05-17",
        )
    ]
    assert_articles(parse_text(INDENTED, "20240517_03.txt"), want)


FULL_ROW_ENDS = """\
本报讯（渝西都市报记者 黄 敏）4月

9日，记者走进永川区来苏镇观音井村，连片

的茶园里，采茶工人正忙着采摘明前春茶，指

尖翻飞间，一片片嫩芽纷纷落入身后的竹篓。

今年，观音井村采取“合作社+农户”模

式，统一标准采摘、统一加工销售，全村茶园

面积已发展到2600亩，春茶均价每斤上涨两成。

茶叶加工厂里机器轰鸣，杀青、揉捻、烘干

等工序有条不紊，带动周边120余户村民就近

务工增收。

“每天采茶能挣一百多元，家门口就能上

班。”村民刘桂芳说。据了解，今年全村春茶

产量预计达到3万斤。

来苏镇观音井村：明前春茶采摘忙
"""


def test_a_paragraph_that_ends_at_the_columns_end_before_an_indented_row():
    """A paragraph can end exactly at a full row; the next one shows itself by its first
    row, narrower by the indent the dump stripped. A full row ending a sentence before
    a running row of full width (or nearly) goes on."""
    (got,) = parse_text(FULL_ROW_ENDS, "20240410_02.txt")
    assert [b.text[:8] for b in got.blocks] == [
        "本报讯（渝西都市",
        "今年，观音井村采",
        "“每天采茶能挣一",
    ]
    assert got.blocks[1].text.endswith("带动周边120余户村民就近务工增收。")


HEADLINE_SUMS_UP = """\
本报讯（通讯员 陈晓梅）“两荤一素加

一碗汤，才12块钱，味道也合我们老年人

的口味。”6月6日中午，在中山路街道红

旗社区老年食堂，78岁的王淑芬婆婆端着

餐盘，和几位老邻居围坐在一起吃午饭。

红旗社区是典型的老旧小区，60岁以

上老人占常住人口近三成，其中不少是独

居和空巢老人，“吃饭难”一直是居民反映

较多的问题。为此，街道利用社区闲置用房

改建了这家老年食堂，每天中午和傍晚

各开餐一次，能同时容纳60人就餐。食堂开

张三天来，已有200余人次老人前来用餐。

社区党委书记黄丽介绍，食堂引入专

业餐饮企业运营，菜品由营养师搭配，每

周更换菜单；辖区80岁以上老人和低保、特

困老人还可享受每餐3元至5元的就餐补贴。

对行动不便的老人，社区志愿者还会把饭

菜送上门。

“老人们在食堂不光能吃上热乎饭，还

能摆摆龙门阵，比一个人在家冷清清地

吃强多了。”黄丽说，下一步，社区还将在食

堂旁开设老年活动室，让老人们吃完饭有

地方下棋、看书。

中山路街道社区老年食堂开张 60余名老人吃上“暖心饭”

眼下，正是蓝莓成熟的季节。在来苏镇观音井村的蓝

莓种植基地里，一颗颗饱满的蓝莓挂满枝头，吸引了不少

市民游客前来采摘。

据基地负责人邓友明介绍，基地共种植蓝莓150余

亩，品种有“蓝丰”“薄雾”等6个，今年挂果情况良好，预计

产量可达30吨。目前，基地每天接待游客300人次左右，周

末更是超过千人，采摘期将持续到7月中旬。

▲游客在来苏镇观音井村蓝莓种植基

地采摘新鲜蓝莓，体验田园乐趣。

▲工人们正在分拣包装蓝莓。

渝西都市报记者 胡 静 摄

来苏镇：蓝莓熟了 游客来了
"""


def test_a_headline_after_its_story_is_told_from_a_subhead_by_its_words():
    """Headlines printed after their stories: one over a lead without 本报讯 or a
    date, after a story that ends unsigned, could be a subhead of one story. Its
    words say which: a headline repeats the story above it, a subhead the text
    below it."""
    got = parse_text(HEADLINE_SUMS_UP, "page.txt")
    assert [(a.title, a.authors) for a in got] == [
        ("中山路街道社区老年食堂开张 60余名老人吃上“暖心饭”", ("陈晓梅",)),
        ("来苏镇：蓝莓熟了 游客来了", ("胡静",)),
    ]


CONTINUED_AFTER = """\
（上接1版）
压紧压实责任
织密防汛“安全网”
会议要求，要严格落实以行政首长负责制
为核心的防汛责任制，区级领导包片、镇街领导
包村、村社干部包组、网格员包户，层层压实责
任，确保每一处风险点都有人盯、有人管。要加
强值班值守，严格执行24小时值班和领导带班
制度，遇有重大汛情险情第一时间报告、第一时
间处置。
聚焦重点领域
抓实隐患排查整治
会议强调，要聚焦山洪地质灾害隐患点、病
险水库、在建工地、城市内涝点、下穿通道等重
点部位，持续开展拉网式排查，发现隐患立即整
改，一时难以整改的要落实临时管控措施。
要加强河道管理，及时清理河道阻水障碍
物，确保行洪畅通。要强化水库山坪塘安全管理，
对全区123座水库逐一落实行政、技术、巡查责
任人，严禁水库带病运行、违规超汛限水位蓄水。
强化应急准备
确保险情发生时拉得出、冲得上
会议要求，要充实抢险救援力量，加强应急
物资储备，确保关键时刻调得动、用得上。要完
善群众转移避险机制，提前确定转移路线和安
置点，做到应转尽转、应转早转。要加强部门
联动，气象、水利、规划自然资源等部门要密切
会商研判，精准发布预警信息，为科学决策提供
支撑。
会议还对抗旱保供水、安全生产等工作进
行了安排部署。
全力以赴做好防汛救灾各项工作
本报讯（渝西都市报记者 陈子航）7月15日，走进永
川区黄瓜山村的梨园，只见一个个套着纸袋的早熟梨挂
满枝头，果农们正忙着采摘、分拣、装箱，一派丰收景象。
黄瓜山是远近闻名的“中国南方早熟梨之乡”，目前
全村种植黄花梨、翠冠梨等早熟梨品种6000余亩。今年
梨园挂果多、个头大、甜度高，预计总产量可达900万斤，
产值4000余万元。为拓宽销路，村里除了迎接游客上门采
摘外，还通过直播带货、电商平台等渠道把黄瓜山梨卖到
了全国各地。
▲7月15日，黄瓜山村果农正在梨园里采摘
早熟梨，准备发往成都、贵阳等地的批发市
场。渝西都市报记者 陈子航 摄
黄瓜山梨园迎来采摘季
本报记者 黎 明 通讯员 邱 雪
近日，朱沱港二期扩能改造工程完成交工验收，新建
5000吨级泊位2个，港口年吞吐能力由原来的300万吨提
升至500万吨。
朱沱港是重庆西部重要的水陆联运港口，也是永川
融入西部陆海新通道的重要节点。扩能改造完成后，港口
将新增散货、件杂货和集装箱装卸作业能力，可满足永川
及周边区县铝材、建材、粮食等大宗货物的运输需求。
“以前货物出港高峰期要排队，现在效率高多了。”在
港口装卸现场，一家铝业企业的物流负责人说。
朱沱港完成扩能改造 年吞吐能力提升至500万吨
责任编辑 何 苗 版式 罗 杰 校对 唐 莉
"""


def test_a_continuation_opening_on_its_subhead_with_the_headline_after():
    """（上接1版）, then the continued story's first subhead: the page still prints
    its headlines after the stories (the last line is one), so the headline
    printed after the text is the continued story's title. A story set wider than the one before
    starts its measure at its 本报讯 row, narrower by its indent; a caption's last
    row with the credit run on ends that caption."""
    got = parse_text(CONTINUED_AFTER, "2024-07-18_第4版.txt")
    assert [a.title for a in got] == [
        "全力以赴做好防汛救灾各项工作",
        "黄瓜山梨园迎来采摘季",
        "朱沱港完成扩能改造 年吞吐能力提升至500万吨",
    ]
    assert (
        next(b.text for b in got[0].blocks if b.kind == "subhead")
        == "压紧压实责任 织密防汛“安全网”"
    )
    assert (
        got[1]
        .blocks[0]
        .text.startswith("本报讯（渝西都市报记者 陈子航）7月15日，走进永川区黄瓜山村")
    )
    assert [b.text for b in got[1].blocks if b.kind == "caption"] == [
        "▲7月15日，黄瓜山村果农正在梨园里采摘早熟梨，准备发往成都、贵阳等地的批发市场。"
        "渝西都市报记者 陈子航 摄"
    ]
    assert (got[2].authors, got[2].blocks[0].text[:5]) == (("黎明", "邱雪"), "近日，朱沱")


MEASURE_IN_CAPTION = """\
 本报讯（渝西都市报记者 彭思远 罗 旭）5月26日，
永 川 区与成都市新都区深化合作座谈会在永川召开。
两地签署深化合作框架协议，将在产业协作、科技创新、
职业教育、文旅融合等领域开展全方位、深层次的合作。
座谈会上，双方通报了经济社会发展情况和前期合
作成效。近年来，两地围绕汽车零部件、轨道交通装备等
产业开展配套协作，企业间年采购额超过15亿元；两地职
业院校联合开展订单培养，每年互派学生实习实训2000
余人次。
根据协议，双方将共同推动产业链上下游企业精准
对接，联合举办招商推介活动，探索建立“研发在新都、转
化在永川”等跨区域协同创新模式；推动两地职业院校共
建专业、共享实训基地，共同培养高素质技术技能人才；
互推精品旅游线路，实行两地游客景区门票优惠互惠。
（下转2版）
永川区与成都市新都区签署深化合作框架协议
——携手共建成渝中部产业协作示范区
本报讯（渝西都市报记者 陈子航 文/图）5月25日，
一列满载铝材、摩托车配件和日用百货的西部陆海新通
道班列从永川港铁路专用线驶出，经广西钦州港转海运
发往东南亚。这是今年永川开行的第100列西部陆海新通
道班列，比去年提前两个多月突破百列。
今年以来，永川持续拓展西部陆海新通道运输线路，
新开通至越南河内、老挝万象的国 际班列，货源覆盖永
川及周边10余个区县。1至4月，永川经西部陆海新通道运
输货物4800标箱，同比增长56%。
▲5月25日，永川港铁路专用线上，一列西部陆海新
通道班列整装待发，货物将经钦州港转海运发往越
南、泰国等国家。渝西都市报记者 陈子航 摄
西部陆海新通道永川班列开行满百列
本报讯（渝西都市报记者 钟晓
岚）5月26日，永川区第二届“渝西美食
节”在兴龙湖商圈启动，来自川渝两地
的120余家餐饮商户参展，永川豆豉鱼、
松溉盐白菜、黄瓜山梨膏等特色美食
集中亮相。美食节将持续至6月8日，期
间还将举办厨艺大赛、美食直播等活
动。
永川区启动第二届“渝西美食节”
本报讯（通讯员 罗 敏）端午节临
近，5月26日，朱沱镇联合区市场监
管局朱沱监管所，对辖区粽子生产作
坊、超市、农贸市场开展食品安全专
项检查，重点检查原料进货查验、生产
环境卫生、产品标签标识等情况，现场
督促整改问题5个。
检查人员提醒经营者，要严格落
实食品安全主体责任，不得使用来源
不明的原料，散装粽子要标明生产日
期和保质期。同时提醒市民，购买粽子
时要选择正规商家，注意查看包装标
识，不买“三无”产品。
朱沱镇开展端午节前食品安全检查
"""


def test_a_credit_ending_a_wrapped_caption_is_not_a_new_measure():
    """A caption's last row, its tail and the credit (``南、泰国等国家。渝西都市报记者
    陈子航 摄``), is cut where the caption ends, not mid-clause: it never starts the
    measure of the story below."""
    got = parse_text(MEASURE_IN_CAPTION, "2025-05-27_第1版.txt")
    (caption,) = [b.text for a in got for b in a.blocks if b.kind == "caption"]
    assert caption.startswith("▲5月25日，永川港铁路专用线上")
    assert caption.endswith("发往越南、泰国等国家。渝西都市报记者 陈子航 摄")


PHOTO_CREDIT_ROW = """\
本报讯（渝西都市报记者 孙 洁）9月14日，
永川区青少年校园足球联赛在永川体育中心足球
场开赛。本届联赛分小学、初中、高中三个组别，
共有来自全区46所学校的92支队伍、1500余名球
员参赛，比赛将持续至12月。
联赛采用主客场制，比赛安排在周末进行，
不占用学生上课时间。区教委相关负责人介绍，
近年来永川持续推进校园足球普及，目前全区有
全国青少年校园足球特色学校28所，每年参加校
园足球联赛的学生超过1万人次。
在随后进行的首场比赛中，红旗小学队以3
比1战胜汇龙小学队。
永川区青少年校园足球联赛开赛
9月14日，永川区“金秋登高”全民健身登山活动
在茶山竹海景区举行，1500余名市民沿着竹林步道登山
健身，在运动中感受秋日美景。
▲市民沿竹林步道登山。
▲参加活动的市民在薄刀岭观景台合影。
渝西都市报记者 陈仕川 摄
金秋登高 健步茶山竹海
"""


def test_a_credit_on_a_row_of_its_own_is_a_caption_of_its_own():
    """Under captions that end their sentences, the credit row stands alone (as in
    seed 002), even after a caption that fills its row."""
    _, photos = parse_text(PHOTO_CREDIT_ROW, "0915-05.txt")
    assert [b.text for b in photos.blocks if b.kind == "caption"] == [
        "▲市民沿竹林步道登山。",
        "▲参加活动的市民在薄刀岭观景台合影。",
        "渝西都市报记者 陈仕川 摄",
    ]
    assert photos.authors == ("陈仕川",)


FEATURE_TWO_ROW_SUBHEADS = """\
 渝西都市报记者 周 雪 通讯员 唐 明
清明前后，茶山竹海的茶园里，采茶人指尖翻
飞，一芽一叶被轻轻掐下，装进竹篓。山脚下的茶厂
里，杀青、揉捻、烘干等工序有条不紊，空气中弥漫着
浓郁的茶香。
永川种茶历史悠久，是全国重点产茶区和“中国
名茶之乡”。近年来，永川坚持把茶产业作为乡村振
兴的特色产业来抓，全区茶园面积稳定在10万亩以
上，年产干茶5000余吨，茶产业综合产值突破20亿元，
一片小小的茶叶，正成为群众增收致富的“金叶子”。
守住一片好茶园
擦亮“永川秀芽”金字招牌
“茶园管得好不好，茶叶品质一喝就知道。”在茶
山竹海街道茶竹村，种茶30多年的老茶农罗光荣一
边查看茶树长势一边说。这几年，他家的茶园全部用
上了有机肥和太阳能杀虫灯，不打化学农药，鲜叶收
购价比过去高出了三成。
为守住茶叶品质，永川制定了“永川秀芽”生产
技术规程和地方标准，推行茶园绿色防控，建成标准
化生态茶园3.2万亩，培育“永川秀芽”授权使用企业
28家。“永川秀芽”先后获得国家地理标志保护产品、
中国驰名商标等称号，品牌价值持续提升。
延伸产业链条
让一片叶子“吃干榨尽”
走进双石镇一家茶叶加工企业的车间，工人们
正在调试一条新上的抹茶生产线。企业负责人陈
小兵告诉记者，过去夏秋茶价格低、销路窄，很多茶
农干脆不采，“现在我们把夏秋茶加工成抹茶粉、茶
多酚、速溶茶，用在食品、饮料和日化产品里，一斤鲜
叶的收购价能提高一块多钱”。
从卖鲜叶到卖干茶，从卖原料到卖产品，永川茶
产业链条不断拉长。目前，全区已有规模以上茶叶加
工企业16家，开发出名优绿茶、红茶、茶饮料、茶食
品等6大类100余个产品，夏秋茶利用率由过去的不
足三成提高到六成以上。
茶旅融合发展
游客走进茶园“沉浸式”体验
每逢周末，宝峰镇的茶园里总少不了游客的身
影。采一篓鲜叶，跟着茶师学炒茶，再品一杯亲手制
作的新茶，成为不少城里人周末休闲放松的新选择。
永川把茶园当景区来打造，依托茶山竹海国家
4A级旅游景区，串联起茶文化体验馆、茶主题民宿、
观光茶园等点位，推出“春采新茶、夏避酷暑、秋赏茶
花、冬品老茶”四季旅游线路。去年，全区茶旅融合项
目接待游客超过150万人次，带动周边群众户均增收
近万元。
培育新型茶人
年轻人回乡当起“新茶农”
大学毕业后回到家乡的“90后”姑娘刘思琪，如
今是一家茶叶合作社的负责人。她把合作社的茶叶
搬进直播间，讲茶园故事、演示冲泡方法，一场直播
能卖出去上千单。“年轻人做茶，要让更多年轻人喜
欢上喝茶。”刘思琪说。
永川依托职教资源优势，与区内职业院校合作
开设茶艺与茶营销专业方向，每年举办制茶技能
大赛，培养茶艺师、评茶员、制茶师等专业人才500余
人次，为茶产业发展注入了新鲜血液。
科技赋能
为茶产业插上“数字翅膀”
在茶山竹海街道的数字茶园里，一根根监测杆
立在茶垄间，实时采集土壤温湿度、光照、虫情等数
据。茶园管理人员拿出手机，茶树长势、病虫害预警
信息一目了然。
据了解，永川正在推进茶园数字化改造，已建成
数字化示范茶园5000亩，实现茶叶生产全过程可追
溯。下一步，永川将持续做好“茶文章”，推动茶产业
向标准化、品牌化、数字化方向发展，让一缕茶香飘
得更远。
一片叶子兴一方产业
一缕茶香富一方百姓
——永川推动茶产业高质量发展见闻
"""


def test_a_paragraphs_first_row_under_a_two_row_subhead_is_running_text():
    """``延伸产业链条`` / ``让一片叶子“吃干榨尽”`` / ``走进双石镇一家…车间，工人们``: the
    third row is as short as a subhead's but runs on into its paragraph; only a
    story's opening under it would make it a heading's row."""
    (got,) = parse_text(FEATURE_TWO_ROW_SUBHEADS, "205.txt")
    assert subheads(got) == [
        "守住一片好茶园 擦亮“永川秀芽”金字招牌",
        "延伸产业链条 让一片叶子“吃干榨尽”",
        "茶旅融合发展 游客走进茶园“沉浸式”体验",
        "培育新型茶人 年轻人回乡当起“新茶农”",
        "科技赋能 为茶产业插上“数字翅膀”",
    ]
    assert got.title == "一片叶子兴一方产业 一缕茶香富一方百姓"


FEATURE_PHOTOS_AFTER = """\
渝西都市报记者 谢 伟 文/图
推开永川科技片场3号摄影棚的大门，一块高8米、长
50米的弧形LED屏幕映入眼帘。屏幕上，雪山、草原、古城
等场景随着导演的指令切换自如，演员站在屏幕前表
演，摄像机里呈现的画面和实景拍摄几乎没有差别。
一块“LED大屏”
把世界搬进摄影棚
“过去拍一场雪山的戏，整个剧组要拉到外地去，光
路上就要好几天，还得看天气。现在在棚里就能拍，一天
能完成过去三四天的工作量。”片场技术负责人钱宇航告
诉记者，虚拟拍摄技术最大的优势是节约成本、提高效率，
一部剧的外景拍摄成本最多能节省一半。
目前，永川科技片场已建成虚拟拍摄棚、传统摄影棚
等各类棚区10余个，配套建设了数字资产库、后期制作中
心等平台，累计服务影视剧、广告、短视频项目200余个。
▲在永川科技片场虚拟拍摄棚内，剧组正在LED屏幕前拍
摄一场古装戏。
一条“短剧流水线”
从剧本到上线只要一个月
近两年，微短剧异军突起，永川科技片场也迎来了一
批“新客户”。在片场旁的短剧拍摄基地里，记者看到，
一栋栋楼里布置着豪宅客厅、办公室、医院病房、街边
小店等上百个实景场景，几个剧组同时开工，互不干扰。
“一部80集左右的微短剧，在这里从进组到杀青只要
8天，加上后期剪辑，一个月就能上线。”一家短剧制作公
司的制片人林晓雯说，基地的场景、设备、群演一应俱全，
剧组基本不用从外地带人带设备，成本比在其他地方拍
摄降低了两成左右。
一支“本土剧组”
职教生成了片场主力军
在短剧拍摄现场，灯光、录音、场记等岗位上，不少都
是永川职教城的在校学生。重庆某职业学院影视专业大
三学生周子涵已经跟组拍了6部短剧，“在学校学的理论，
在片场马上就能用上，还能拿到实习工资”。
永川依托职教资源优势，推动区内院校开设影视制
作、虚拟拍摄、数字特效等相关专业，与影视企业共建实
训基地，每年为片场输送各类技术人才1000余人次。
▲职教城学生在短剧拍摄基地担任灯光助理，跟着剧组
学习布光。
一张“服务清单”
让剧组“拎包入驻”
从剧组住宿、车辆调度，到场地协调、群演招募，永川
为来永剧组提供“一站式”服务。区里专门设立影视服
务中心，建立群演库、场景库、服务商库，推出剧组之家
公寓，剧组进驻永川后可以“拎包入住、拎包开机”。
光影流转间，一座科技影视新城正在崛起。永川相关
负责人表示，将继续做强虚拟拍摄、短剧制作、后期特效
等优势环节，加快引进影视企业和人才，推动科技影视产
业与文旅、商贸等深度融合，把“流量”转化为城市发展的
“增量”。
科技赋能光影
永川“造梦工厂”加速崛起
——永川科技影视产业发展观察
"""


def test_a_photo_inside_a_feature_printed_headline_last_does_not_end_it():
    """Headlines after the text, a caption, then a subhead: the caption ends no
    story when the heading under it takes its words from the section below."""
    (got,) = parse_text(FEATURE_PHOTOS_AFTER, "213.txt")
    assert subheads(got) == [
        "一块“LED大屏” 把世界搬进摄影棚",
        "一条“短剧流水线” 从剧本到上线只要一个月",
        "一支“本土剧组” 职教生成了片场主力军",
        "一张“服务清单” 让剧组“拎包入驻”",
    ]
    assert (got.title, got.subtitle) == ("永川“造梦工厂”加速崛起", "——永川科技影视产业发展观察")


QUOTE_RUNS_ON = """\
 本报讯（渝西都市报记者 邹宇航 通讯
员 冉 倩）7月2日凌晨5点，天还没亮，永
川区人民法院70余名干警分成12个小组，奔
赴全区各镇街，对一批拖欠农民工工资、拒
不支付赡养费等涉民生案件的被执行人开展
集中执行行动。
在胜利路街道一小区，执行干警敲开了
被执行人刘某的家门。刘某拖欠9名工人劳
务报酬共计12万余元，法院判决生效后一直
未履行。面对干警释法明理，刘某当场通过
手机转账支付了全部欠款。
据统计，此次行动共拘传被执行人23人，
司法拘留4人，当场兑现执行款86万余元，
促成和解案件17件。永川法院相关负责人表
示，将持续保持执行高压态势，让胜诉当事
人的合法权益及时兑现。
永川法院开展涉民生案件集中执行行动
当场兑现执行款86万余元
本报讯（通讯员 胡 军）“谢谢警察同志，
要不是你们，我们真不知道去哪里找。”7月1日
晚，在中山路派出所，82岁的走失老人陈婆婆的
家属拉着民警的手连连道谢。
当天17时许，中山路派出所接到群众报警，
称其母亲患有阿尔茨海默病，下午外出散步后一
直未归。接警后，民警立即调取沿途监控，发动
辖区网格员、志愿者共同寻找。经过3个多小时
的排查，民警最终在距老人家约5公里的临江河
边找到了老人，并将其平安送回家中。
民警3小时找回走失老人
本报讯（渝西都市报记者 何佳欣）7
月3日，永川区公安局南大街派出所民警
走进红河小学暑期托管班，为90余名小学
生上了一堂生动的反诈安全课。
课堂上，民警结合“游戏充值返利”
“免费领取皮肤”“冒充明星粉丝群”等
针对青少年的典型诈骗案例，用通俗易懂
的语言讲解诈骗套路，提醒孩子们不要随
意向陌生人透露家长的手机号码、验证码
和银行卡信息。
▲民警为学生讲解防骗知识。
渝西都市报记者 何佳欣 摄
民警还和孩子们一起玩起了“反诈知
识问答”游戏，答对的同学获得了反诈主
题文具。
反诈宣传走进暑期托管班
本报讯（通讯员 黎 娜）7月2日，永川区
司法局在青峰镇举办“法律明白人”培训班，
青峰镇、五间镇的村（社区）干部、人民调解
员、网格员等100余人参加培训。
培训围绕民法典、土地管理法、人民调解
法等与群众生产生活密切相关的法律法规，结
合农村常见的宅基地纠纷、婚姻家庭纠纷、邻
里矛盾等案例进行讲解，并现场解答了学员提
出的问题。
“以前遇到纠纷只能凭经验处理，今天学
到的方法更管用。”五间镇高洞村调解员李春
华说。据悉，目前永川已培育“法律明白人”
2600余名，实现村（社区）全覆盖。
100余名“法律明白人”集中充电
青峰镇、五间镇开展基层普法骨干培训
"""


def test_a_short_row_opening_a_quotation_closed_below_is_running_text():
    """``民警还和孩子们一起玩起了“反诈知`` under a photo credit is short, as a
    headline would be, but its quotation closes on the running row below."""
    got = parse_text(QUOTE_RUNS_ON, "418.txt")
    assert [a.title for a in got] == [
        "永川法院开展涉民生案件集中执行行动 当场兑现执行款86万余元",
        "民警3小时找回走失老人",
        "反诈宣传走进暑期托管班",
        "100余名“法律明白人”集中充电 青峰镇、五间镇开展基层普法骨干培训",
    ]
    assert got[2].blocks[-1].text.startswith("民警还和孩子们一起玩起了“反诈知识问答”游戏")


QUOTED_SUBHEAD = """\
 渝西都市报记者 黄诗雨
清晨7点，松溉古镇正街还笼在一层薄雾里，
“罗记竹编”的木门已经吱呀一声打开。72岁的罗
德兴搬出一条矮板凳，坐在门槛边，膝盖上垫一块
旧帆布，手里的篾刀顺着竹子轻轻一划，一根薄如
纸的篾条便从竹筒上剥了下来。
“竹子要选三年生的慈竹，太嫩了没韧性，太
老了又脆。”罗德兴一边说，一边把篾条在指间绕
了个圈，篾条弯而不断。这样的动作，他已经重复
了58年。
十四岁拜师
一把篾刀练了三年
罗德兴出生在松溉镇松江村，家里兄妹五个。
14岁那年，他拜镇上有名的篾匠陈师傅为师。“那
时候学手艺没有捷径，光是破竹、刮青、分层这几
道工序，就练了整整一年。”罗德兴伸出双手，指
节粗大，掌心布满老茧，手背上还留着几道浅浅的
疤痕。“刀子不长眼，哪个篾匠手上没几道口子嘛？”
他笑着说。
三年学徒期满，罗德兴开始挑着工具走村串户，
给乡亲们编箩筐、背篓、簸箕和凉席。“一天能挣
一块二毛钱，还管两顿饭，在当时算是不错的收入
了。”
从箩筐背篓到竹编工艺品
上世纪90年代以后，塑料制品越来越多，竹编
农具的生意一落千丈。同村的篾匠陆续改了行，有
的外出打工，有的开起了小卖部，罗德兴却舍不得
放下篾刀。
“手艺丢了就捡不回来了。”他琢磨着把竹编
从“实用”往“好看”上转，试着编起了果盘、茶
叶罐、灯罩和小动物摆件。为了编好一只竹编熊猫，
他前后拆了十几回，光是熊猫的眼圈就换了三种编
法。
最难的一次，是为重庆一家茶楼编制一面长4
米、高2米的竹编屏风。罗德兴带着两个徒弟，整
整编了两个多月，光篾丝就用了3000多根。“屏风
上的山水要一根一根挑出来，错一根就得拆了重编。”
他说。
▲罗德兴在店里编织竹编果盘。
渝西都市报记者 黄诗雨 摄
如今，罗德兴能编出的竹编制品有60多种，最
细的篾丝只有0.3毫米，比头发丝粗不了多少。他
的竹编茶具套装曾在重庆市民间工艺品展上获得银
奖，松溉竹编技艺也被列入永川区级非物质文化遗
产代表性项目名录。
老手艺遇上新游客
古镇小店成了“打卡点”
近年来，松溉古镇的游客越来越多。罗德兴在
正街上租下一间20多平方米的铺面，前店后坊，边
编边卖。店里的竹编小背篓、竹蜻蜓最受孩子们欢
迎，一到周末，店门口总围着一圈看他编竹子的游
客。
“去年国庆节7天，卖了1万多块钱的东西，比
我年轻时候一年挣得都多。”罗德兴笑着说，现在
不少游客还会通过手机下单，孙子帮他开了网店，
竹编果盘卖到了广东、上海。
松溉镇文化服务中心负责人周敏介绍，镇里已
将“罗记竹编”纳入古镇非遗研学线路，每年接待
中小学生研学团队50余批次。
古镇管委会还把“罗记竹编”列入“非遗小店”
扶持名单，为他减免了两年房租，并在游客中心设
置了竹编作品展示柜。
“只要有人愿意学，我就一直教”
让罗德兴欣慰的是，这门手艺有了传人。3年
前，在外打工的侄孙罗小川回到松溉，跟着他学竹
编；去年，镇上又有4名年轻人拜他为师。
“编竹子要耐得住性子，一根篾条要刮七八遍，
急不得。”每周三下午，罗德兴还会到松溉小学给
孩子们上竹编兴趣课。他说：“只要有人愿意学，
我就一直教下去。”
夕阳西下，长江水从古镇脚下缓缓流过。罗德
兴收起工具，把一只刚编好的竹篮挂在门楣上。竹
篮在晚风里轻轻摇晃，透出淡淡的竹香。
一根篾条
编出半个世纪的匠心
——记松溉古镇老篾匠罗德兴
"""


def test_a_quotation_set_as_a_subhead():
    """``“只要有人愿意学，我就一直教”`` on a short row of its own between paragraphs,
    its words unfinished by a stop: a subhead, as features quote their subjects."""
    (got,) = parse_text(QUOTED_SUBHEAD, "yxdsb_20240805_08.txt")
    assert subheads(got)[-1] == "“只要有人愿意学，我就一直教”"
    assert next(b.text for b in got.blocks if b.text.startswith("让罗德兴欣慰")).endswith("。")


QUOTED_SLOGAN_ROW = """\
2024年9月15日 星期日 第5版 体育
 本报讯（渝西都市报记者 罗 敏 通
讯员 何 强）9月13日晚，永川区第五届
全民健身运动会在永川体育中心开幕。来
自全区各镇街、机关单位、企业和体育协
会的32支代表队、2000余名运动员参加开
幕式。
本届运动会以“健康永川 活力运动”
为主题，设置篮球、乒乓球、羽毛球、气
排球、太极拳、广场舞、钓鱼等28个比赛
项目，比赛将持续至11月底，预计参与人
数达3万余人次。
开幕式上，永川区少儿武术队、老年
体协健身操队等带来了精彩的文体表演。
区文化旅游委相关负责人表示，运动会突
出群众性和趣味性，大部分项目放在镇街、
社区举办，让更多群众在家门口参与健身、
享受运动。
永川区第五届全民健身运动会开幕
设28个比赛项目 预计3万余人次参与
本报讯（渝西都市报记者 孙 洁）9
月12日，记者从永川区文化旅游委获悉，
在刚刚结束的重庆市第七届运动会青少年
组游泳比赛中，永川区代表队获得3枚金
牌、2枚银牌、4枚铜牌，金牌数创历史最
好成绩。
其中，13岁的永川区少年儿童业余体
校队员王梓涵一人独得女子乙组100米蛙
泳、200米蛙泳两枚金牌；队员杨博文获
得男子乙组200米自由泳金牌。
“孩子们每天早上6点就下水，一天
训练四五个小时。”教练周建华说，近两
年，区里新建了两座室内恒温游泳馆，队
员们冬天也能正常训练。
永川游泳小将市运会摘得3金
本报讯（通讯员 廖 芸）9月12日，
卫星湖街道第三届“中秋杯”门球赛在街
道门球场落幕，来自辖区各村（社区）的
12支老年门球队参加比赛，南华村代表队
获得冠军。
"""


def test_a_space_inside_a_quoted_slogan_is_no_headline_space():
    """``本届运动会以“健康永川 活力运动”`` is a paragraph's first row: the space
    between phrases is the slogan's, inside its quotation marks."""
    first = parse_text(QUOTED_SLOGAN_ROW, "0915-05.txt")[0]
    assert [b.kind for b in first.blocks] == ["paragraph"] * 3
    assert first.blocks[1].text.startswith("本届运动会以“健康永川 活力运动”为主题")


TITLE_OVER_SUBTITLE = """\
2024年5月21日 星期二 第3版 综合
责任编辑 杨 帆 版式 刘 佳
本报讯（渝西都市报记者 陈 曦）“水
稻分蘖期要浅水勤灌，发现稻飞虱要及时防
治……”5月20日，在仙龙镇高素质农民培训
班上，种粮大户刘家福结合自己20多年的种田
经验，给台下的60多名学员上了一堂生动的实
用技术课。
今年以来，仙龙镇探索“土专家讲、田秀
才教”的培训模式，从本地种养大户、农机手、
电商带头人中遴选18名“田秀才”组建宣讲团，
走进田间地头、院坝村社开展培训，讲授水稻
种植、果树管护、直播带货等实用技术。
“专家讲的理论有时候听不太懂，同村的
种田能手讲的都是实打实的经验，一听就会。”
学员周小燕说，她去年听课后学会了柑橘疏果
技术，家里20亩果园亩产提高了近两成。
截至目前，仙龙镇已开展各类培训32
期，培训农民1800余人次。
仙龙镇 “田秀才”走上讲台教种田
本报讯（渝西都市报记者 罗
敏）5月20日，永川区召开全区河长制工
作会议，总结去年河长制工作，安排部
署今年重点任务。区委常委、区政府常务
副区长、区副总河长周文斌出席并讲话。
会议通报，去年全区各级河长累计
巡河4.6万余人次，整治河道“四乱”问
题138个，临江河、小安溪等主要河流水
质持续稳定达标。
周文斌强调，各级河长要扛起治水
护水主体责任，坚持问题导向，持续抓好
污水收集处理、农业面源污染治理和河
道岸线管护，确保长江支流水质稳定向好。
要强化部门协同和上下游联动，用好“河
长+警长+检察长”协作机制，严厉打击
非法采砂、非法捕捞等违法行为，守护好
一江碧水。
全区河长制工作会议召开
周文斌出席并讲话
本报讯（渝西都市报记者 谭 波 通讯
员 曾小兵）5月20日，位于永川高新区凤
凰湖产业园的重庆锂源新材料有限公司磷
酸铁锂正极材料生产线投产，标志着永川
新能源电池产业链再添重要一环。
在该公司生产车间，自动化生产线有序
运转，原料经过配料、研磨、烧结、粉碎等工
序，最终变成一袋袋黑色粉末状的磷酸铁
锂正极材料。“这条生产线年产能2万吨，产
品主要供应川渝地区的动力电池企业，全
面达产后年产值预计可达15亿元。”公司
总经理孙浩介绍。
近年来，永川高新区聚焦智能网联新
能源汽车产业，围绕电池、电机、电控等
关键零部件开展精准招商，已集聚相关企业
60余家。
永川高新区又一条新能源电池材料生产线投产
年产值预计可达15亿元
本报讯（渝西都市报记者 彭 莉）5
月20日一早，中山路街道文曲社区的便民服
务点里，理发、修鞋、配钥匙的摊位前已
排起了队。“在家门口就能办好这些小事，
方便得很。”居民张大爷说。
今年以来，中山路街道以打造“15分
钟便民生活圈”为抓手，整合辖区商超、菜
市场、社区食堂、卫生服务站等资源，新建
改造便民服务点14个，引进家政、维修、
托育等服务商家40余家，基本实现居民步行
15分钟就能满足日常生活需求。
街道还依托“渝快办”平台，推动医
保、社保等28项高频事项下沉到社区办理，
群众办事平均时间缩短了一半。
中山路街道 “15分钟便民生活圈”服务居民家门口
连日来，茶山竹海街道的茶园里一片繁忙，茶农
们抢抓晴好天气采摘夏茶。今年，街道茶叶种植面积
达2.1万亩，预计夏茶产量可达800吨。
▲茶农在茶园里采摘夏茶。
渝西都市报记者 黄志刚 摄
竹海夏茶采摘忙
"""


def test_a_title_as_wide_as_the_column_over_its_subtitle():
    """``永川高新区又一条新能源电池材料生产线投产`` fills the column and
    ``年产值预计可达15亿元`` stands below it: no wrap, as the break parts two words
    (seed 002's ``…重要生`` / ``态屏障`` cuts one, and is a short tail), but two
    clauses of one title, a space apart."""
    got = parse_text(TITLE_OVER_SUBTITLE, "2024-05-21_第3版.txt")
    assert ("永川高新区又一条新能源电池材料生产线投产 年产值预计可达15亿元", "") in [
        (a.title, a.subtitle) for a in got
    ]


@pytest.mark.parametrize(
    ("left", "right", "splits"),
    [
        ("切实筑牢长江上游重要生", "态屏障", True),
        ("朱沱港1—2月集装箱吞吐", "量同比增长18.6%", True),
        ("永川高新区又一条新能源电池材料生产线投产", "年产值预计可达15亿元", False),
        ("永川综保区前5月进出口额同比增长35.2%", "电子信息产品出口占比超六成", False),
        # jieba's HMM makes 间秋到 a word: no dictionary's word, no wrap
        ("就住在了我的书页间", "秋到松溉", False),
    ],
)
def test_a_break_inside_a_word(left, right, splits):
    assert nlp.splits_word(left, right) is splits


BYLINE_OVER_TWO_ROWS = """\
第7版：社会
11月12日上午，五间镇桂花村的村委会院
坝里，几条长板凳、一张木桌，一场特殊的庭审
在这里进行。原告和被告是相邻几十年的老邻
居，因宅基地边界和排水沟的问题闹上了法庭。
巡回审判进村社
“把法庭搬到村里，一来方便当事人，二来
也让村民们现场听一听、学一学。”承办法官、永
川区人民法院五间人民法庭庭长曾德平说。今
年以来，五间法庭在辖区设立巡回审判点8个，
开展巡回审判46次，就地审结各类案件120余件。
调解优先促和谐
庭审中，曾德平没有急于下判，而是带着双
方到现场察看地界和排水沟走向，又请来村里
的老党员、村民小组长一起做工作。一个多小时
后，双方达成调解协议：排水沟由两家共同出资
改道，地界按原来的老界石确定。
“都是几十年的老邻居了，为这点事闹得不
说话，想起来也划不来。”当事人李大爷拉着邻
居的手说。
以案释法润民心
庭审结束后，法官还结合案件，就宅基地纠
纷、赡养纠纷、农村土地承包等群众关心的法律
问题进行了讲解，现场60余名村民旁听。“在家
门口就能看审判、学法律，这样的普法形式我们
喜欢。”村民张明芬说。（渝西都市报记者 王 磊
通讯员 胡 月）
“板凳法庭”开到田坎上
永川法院巡回审判就地化解矛盾纠纷
"""


def test_a_bracketed_byline_wrapped_over_two_rows():
    """``…（渝西都市报记者 王 磊`` / ``通讯员 胡 月）``: the bracket closes on the row
    below, and both names sign the story."""
    (got,) = parse_text(BYLINE_OVER_TWO_ROWS, "211.txt")
    assert got.authors == ("王磊", "胡月")
    assert got.blocks[-1].text.endswith("（渝西都市报记者 王 磊 通讯员 胡 月）")


def test_a_label_under_a_signing_byline_is_no_part_of_its_name():
    """``渝西都市报记者 潘玥希`` closing a story, then ``简讯``: the next column's label,
    never the tail of a name wrapped onto a row of its own."""
    page = (
        "永川职教“含金量”持续提升\n"
        "　　今年以来，永川新增校企合作项目46个，共\n建产业学院8个，职业院校毕业生本地就业率提\n"
        "升至42%，职业教育与产业发展的契合度不断提\n高。\n"
        "一、产教融合走深走实\n"
        "　　在重庆水利电力职业技术学院，一间由企业\n捐建的智能制造实训室里，学生们正跟着企业工\n"
        "程师学习工业机器人编程。“课堂上学的就是企\n业车间里用的，毕业就能直接上岗。”该校学生\n"
        "黄天宇说。目前，全区职业院校已与区内外260\n余家企业建立合作关系，开设订单班98个。\n"
        "二、技能人才供需两旺\n"
        "　　随着智能网联新能源汽车、先进材料等产业\n加速集聚，企业对技能人才的需求持续增长。区\n"
        "人力社保局数据显示，今年前三季度，全区发布\n技能岗位需求2.1万个。\n"
        "　　渝西都市报记者 潘玥希\n\n简讯\n"
        "　　【松溉古镇历史建筑修缮工程完工】近日，\n松溉古镇罗家祠堂等5处历史建筑保护修缮工\n"
        "程完工，修缮面积3200余平方米。（通讯员 周 敏）\n"
    )
    story, brief = parse_text(page, "page.txt")
    assert (story.authors, brief.title) == (("潘玥希",), "松溉古镇历史建筑修缮工程完工")


def test_a_label_under_a_subtitle_printed_after_its_story_is_no_part_of_it():
    """``——…百分点`` then ``简讯``, double-spaced, headlines after their stories: the
    next column's label, never the subtitle's wrapped end."""
    rows = [
        "本报讯（渝西都市报记者 彭禹乔）4月8日，",
        "记者从区统计局获悉，一季度全区外贸进出口",
        "总额同比增长12.4%，增速高于全市平均水",
        "平3.1个百分点，实现“开门红”。",
        "从商品看，汽车零部件、电子元件、农产品",
        "三大类商品合计进出口额占全区外贸总额的比",
        "重超过六成，其中汽车零部件出口增长25.6%。",
        "永川一季度外贸进出口",
        "同比增长12.4%",
        "——增速高于全市平均水平3.1个百分点",
        "简讯",
        "【朱沱镇“港城夜市”开市】近日，朱沱镇",
        "“港城夜市”正式开市，60余个摊位汇集本地",
        "特色小吃。",
    ]
    story, *_ = parse_text("\n\n".join(rows) + "\n", "page.txt")
    assert story.subtitle == "——增速高于全市平均水平3.1个百分点"


FEATURE_PHOTO_CREDIT = """\
渝西都市报记者 何 静 通讯员 蒋 丽
7月以来，黄瓜山上的梨子陆续成熟。漫山遍
野的梨树上，黄澄澄的梨子挂满枝头，果农们穿
梭在梨园中采摘、分拣、装箱，运输车辆来来往往，
处处洋溢着丰收的喜悦。
黄瓜山位于永川区南部，种梨历史已有30多
年，“黄瓜山梨”是国家地理标志保护产品。2024
年，黄瓜山片区梨树种植面积达3.2万亩，预计
产量4.5万吨，综合产值有望突破5亿元。
品种改良见成效
老梨园结出“新果子”
在黄瓜山村的一处梨园里，果农李国富正小
心翼翼地摘下一个个套着纸袋的翠冠梨。“这是前
几年高接换种的新品种，个头大、水分足、甜度
高，每斤能卖到6元，比老品种贵了一倍多。”李国
富说，他家15亩梨园今年预计能收入12万元。
李国富的转变，得益于区里派驻的农技专
家。每年春季，区农技推广站的技术人员都会上
山“坐诊”，手把手教果农嫁接、修枝和病虫害防治。
“专家说咋个弄，我们就咋个弄，效果看得见。”李
国富笑着说。
品种老化曾是黄瓜山梨产业发展的“痛点”。
近年来，永川区联合市农科院等科研单位，在黄瓜
山片区推广翠冠、黄金、秋月等优良品种，累计完
成高接换种和品种改良1.1万亩，并推行疏花疏
果、套袋栽培、生物防虫等标准化技术，梨子品质
和效益明显提升。
▲果农在黄瓜山梨园采摘梨子。
渝西都市报记者 何 静 摄
农旅融合添活力
“卖梨子”变成“卖风景”
每到周末，黄瓜山上游人如织。市民们在梨
园里亲手采摘，在农家乐里品尝梨子宴，在民宿里
住上一晚看星星，玩得不亦乐乎。“带孩子来摘梨，
既能亲近自然，又能体验劳动，很有意义。”来自江
津区的游客杨女士说。
依托梨园资源，黄瓜山片区大力发展乡村旅
游，建成梨园观光步道12公里，发展农家乐、民宿6
0余家，连续多年举办梨花节、采梨节等节会活动。
今年上半年，片区累计接待游客68万人次，实现旅
游综合收入1.6亿元。
“以前只晓得卖梨子，现在还能卖风景、卖
体验。”在黄瓜山经营民宿的村民张晓梅说，她家
有10间客房，暑期几乎天天客满，一年收入20多万
元。
冷链电商拓销路
小梨子走出大山
在黄瓜山梨产地冷链集配中心，一箱箱刚刚
采摘的梨子经过预冷处理后，被装上冷链运输车，
发往重庆主城、成都、贵阳等地。中心负责人王
建平介绍，集配中心冷库容量达3000吨，梨子经过
冷藏保鲜后，销售期可以延长3个月以上。
与此同时，电商直播也成为梨子销售的新渠
道。在黄瓜山电商服务站，主播们正对着镜头介
绍梨子的口感和品质，订单不断涌入。“今年我
们通过直播卖出梨子80多万斤，不少回头客都是
从外地专门下单的。”电商服务站负责人陈小兰说。
延伸产业链条
梨膏梨酒成了“香饽饽”
在黄瓜山村的一家农产品加工厂里，工人们正
在清洗、切块、熬制梨膏，空气中弥漫着淡淡的甜
香。“一斤鲜梨卖三四元，熬成梨膏就能卖到几十
元。”加工厂负责人邱明华说，工厂每年收购次果、
小果2000多吨，既解决了果农卖难问题，又提高了
产品附加值。
目前，黄瓜山片区已培育梨产品加工企业6
家，开发梨膏、梨酒、梨汁、梨干等产品20余种，年
加工产值超过8000万元。
“梨子是黄瓜山的‘摇钱树’，也是乡亲们
的‘致富果’。”永川区农业农村委副主任彭光明
说，今后全区将继续推进黄瓜山梨产业标准化、
品牌化、融合化发展，延伸梨膏、梨酒、梨汁等精深
加工产业链，让小梨子成为带动农民增收致富的大
产业。
黄瓜山上梨飘香
——永川区推动黄瓜山梨产业提质增效见闻
"""


def test_a_photo_credit_inside_a_feature_printed_headline_last():
    """A feature's photo, its caption and credit, then its next subhead: the credit
    ends no story, as the heading repeats nothing of the text above and introduces
    the text below."""
    (got,) = parse_text(FEATURE_PHOTO_CREDIT, "206.txt")
    assert subheads(got) == [
        "品种改良见成效 老梨园结出“新果子”",
        "农旅融合添活力 “卖梨子”变成“卖风景”",
        "冷链电商拓销路 小梨子走出大山",
        "延伸产业链条 梨膏梨酒成了“香饽饽”",
    ]
    assert (got.title, got.authors) == ("黄瓜山上梨飘香", ("何静", "蒋丽"))
    # A quotation on a row as wide as the column, after a row ending a sentence,
    # goes on with its paragraph: a paragraph's first row is narrower.
    assert any(
        b.text.endswith(
            "修枝和病虫害防治。“专家说咋个弄，我们就咋个弄，效果看得见。”李国富笑着说。"
        )
        for b in got.blocks
    )


SHORT_WIDE_PHOTO_STORY = """\
本报讯（渝西都市报记者 付 强）
1月7日，记者从区应急管理局获悉，
2024年12月以来，永川区组织开展岁
末年初安全生产大检查，共派出检查
组86个，检查企业和场所3100余家，排
查整改各类隐患1200余处。
此次大检查聚焦道路交通、建筑
施工、燃气、消防、危化品等重点行业
领域，采取“四不两直”、明查暗访等方
式进行。对检查发现的问题，建立问题、
责任、整改“三张清单”，实行闭环管理。
区应急管理局相关负责人表示，
春节前后人员流动量大，将继续盯紧
人员密集场所和重点企业，坚决防范
遏制各类安全事故发生。
永川开展岁末年初安全生产大检查
排查整改隐患1200余处
渝西都市报记者 邓 琳 通讯员 曹 洋
走进金龙镇大沟村的育苗大棚，
一排排育 苗盘整齐摆放，嫩绿的水果
玉米苗已经冒出了头。十多名村民正
在棚里忙着装土、播种、覆膜。
大沟村种植水果玉米已有8年，今
年全村计划种植1200亩。“冬天育苗，
开春移栽，5月就能上市，比露地种植
提前一个多月，价格也更好。”种植大
户刘长林说，去年他种的80亩水果玉
米收入40多万元。
金龙镇：冬闲变“冬忙” 水果玉米育苗正当时
本报讯（通讯员 舒 畅）1月6日，
临江镇第三届“年货节”在临江老街开
幕，临江儿菜、腊肉香肠、手工米花糖
等60余种本土特产集中展销，吸引了
大批市民前来选购。活动将持续至1月
20日。
为拓宽销路，今年的年货节还开
设了直播专区，邀请本土网络主播现
场带货，开幕当天线上线下销售额
达到80余万元。
临江镇“年货节”开幕
——本土特产“飞”上市民餐桌
本报讯（通讯员 颜 雪）1月7日，
区红十字会组织志愿者走进宝峰镇、
双石镇等地，开展“博爱送万家”慰问
活动，为困难家庭送去大米、食用油、
棉被等慰问物资。今年，区红十字会共
筹集慰问款物价值60余万元，将慰问
困难群众1500户。
“没想到这么冷的天，你们还专门
送东西上门。”在双石镇高洞村，83岁
的独居老人邱德明握着志愿者的手
连声道谢。志愿者还帮老人检查了家
里的电线和取暖设备，提醒老人注意
用电安全。
区红十字会“博爱送万家”慰问困难群众
入冬以来，随着生态环境持续向好，永川卫星湖湿地
迎来大批越冬候鸟。白鹭、苍鹭、小鸊鷉、斑嘴鸭等在湖面
上觅食嬉戏，构成一幅人与 自然和谐共生的美丽画卷。据
观鸟爱好者统计，今冬在卫星湖栖息的候鸟有20余种、
上千只。
▲1月5日，一群白鹭在卫星湖湿地上
空飞翔，湖畔的水杉林与成群的候鸟
相映成趣，吸引了不少市民驻足拍照。
渝西都市报记者 黄 雨 摄
卫星湖畔 候鸟翩跹
"""


def test_a_short_story_set_wider_its_caption_narrower():
    """The last story, five rows set wider than the page's and a caption narrower
    than either, is measured on its own rows: the headline above it closes the
    story before."""
    got = parse_text(SHORT_WIDE_PHOTO_STORY, "2025-01-08_第2版.txt")
    assert [a.title for a in got][-2:] == [
        "区红十字会“博爱送万家”慰问困难群众",
        "卫星湖畔 候鸟翩跹",
    ]
    assert got[-1].blocks[0].text.startswith("入冬以来，随着生态环境持续向好")


NAME_WRAPPED_IN_LEAD = """\
 本报讯（渝西都市报记者 杨
帆）6月3日，宝峰镇联合区消防救援支队
走进宝峰小学，开展防溺水安全教育活
动，全校600余名师生参加。
活动中，消防救援人员结合近年来
发生的溺水事故案例，向学生们讲解“六
不准”等防溺水知识，并现场演示心肺复
苏、抛投救生圈等施救方法。“遇到同伴
落水，不能手拉手去救，要大声呼救，找
大人帮忙。”五年级学生王梓涵说。
入夏以来，宝峰镇已在辖区18处重
点水域设置警示牌、救生杆，组织网格员、
志愿者开展常态化巡查，并通过“村村响”
广播、村民微信群等渠道每天推送防溺水
提示，筑牢暑期安全防线。
宝峰镇 防溺水安全教育进校园
本报讯（渝西都市报记者 何 静）6月4
日，在吉安镇高标准农田建设项目现场，挖
掘机正在平整土地，工人们忙着铺设灌溉管道、
修建生产便道。
据介绍，该项目涉及吉安镇8个村，建设
面积1.2万亩，总投资3600万元，主要建设内
容包括土地平整、灌溉排水、田间道路、农田
防护等。目前，项目已完成总工程量的45%，
预计年底前全部完工。
“以前这些田块大小不一，机器下不了
田。建成高标准农田后，小田并成了大田，
耕种收都能用上机械，一亩地能节约成本200
多元。”吉安镇农业服务中心副主任罗明华说。
吉安镇新建高标准农田1.2万亩
年底前全部完工
本报讯（渝西都市报记者 彭 莉 周
 睿）6月2日晚，五间镇“欢乐乡村·幸福
五间”乡村文艺晚会在镇文化广场上演，
3000余名群众观看演出。
晚会节目全部由本地村民自编自导自
演，小品《分家》、快板《夸夸咱的新农村》、
舞蹈《丰收谣》等14个节目接连登场，赢
得台下阵阵掌声。
“节目里演的都是身边人、身边事，
看起来特别亲切。”村民胡德明说。据
了解，五间镇已连续三年举办乡村文艺
晚会，今年还组建了9支村级文艺队，常
态化开展群众文化活动。
五间镇举办乡村“村晚”
本报讯（通讯员 蒋 丽）“我上个
月参加了环境卫生整治，攒了30积分，
换了一桶菜籽油。”6月3日，在金龙镇大
庙村“积分超市”，村民吴秀英高兴地说。
金龙镇将人居环境整治、志愿服务、
移风易俗等内容纳入积分管理，村民参与
一项活动就能获得相应积分，凭积分到
“积分超市”兑换生活用品。目前，全镇1
1个村均建立了“积分超市”，累计兑换积
分5.6万分。
金龙镇 “积分超市”兑出文明新风
6月2日，红炉镇玉屏村的枇杷园里，果农
们正忙着采摘、分拣、装箱。今年，该村800余亩枇
杷喜获丰收，每斤售价8元至12元，不少游客专
程驱车前来采摘。
▲果农展示刚采摘的枇杷。
渝西都市报记者 黄志刚 摄
红炉镇 枇杷熟了
"""


def test_a_name_wrapped_in_a_leads_byline_goes_on_whatever_its_indent():
    """``本报讯（渝西都市报记者 彭 莉 周`` / `` 睿）6月2日晚，…``: the row closing the
    bracket a few characters in goes on with the lead, though it starts with a space."""
    got = parse_text(NAME_WRAPPED_IN_LEAD, "202.txt")
    (story,) = [a for a in got if a.title == "五间镇举办乡村“村晚”"]
    assert story.authors == ("彭莉", "周睿")
    assert story.blocks[0].text.startswith("本报讯（渝西都市报记者 彭 莉 周睿）6月2日晚，")


HARVEST_FEATURE = """\
十月中旬，正是晚稻收割和秋冬种植的
关键时节。连日来，记者走进永川多个镇
街，田间地头处处是忙碌的身影，机声隆
隆，稻香四溢，一派丰收景象。
抢收晚稻
烘干机昼夜不停保颗粒归仓
10月16日，在来苏镇观音井村，合作社
正在抢收晚稻，收割机在田里来回穿梭，
收下的稻谷直接运进烘干中心，五台烘干
机昼夜不停，确保颗粒归仓。
合作社负责人算了一笔账，今年晚稻亩产
比去年提高近五十公斤，全村三千亩晚稻
预计增收六十余万元。
冬种蔬菜
闲田变身增收“菜园子”
稻谷刚收完，宝峰镇的村民又在田里种下
了萝卜、白菜等冬种蔬菜，过去冬天撂荒
的闲田变身增收的“菜园子”，每亩能多
收入两千元。
晚稻归仓 冬种正忙
——永川秋收秋种一线见闻
渝西都市报记者 张 敏
"""


def test_a_feature_whose_headline_block_ends_on_its_byline():
    """Headlines after the text, the last block headline, ——subtitle and byline
    row; a subhead over a section that opens with its date (10月16日，…) still
    introduces the text below it (its words are there), so it ends no story."""
    (got,) = parse_text(HARVEST_FEATURE, "0716-05.txt")
    assert (got.title, got.subtitle, got.authors) == (
        "晚稻归仓 冬种正忙",
        "——永川秋收秋种一线见闻",
        ("张敏",),
    )
    assert subheads(got) == ["抢收晚稻 烘干机昼夜不停保颗粒归仓", "冬种蔬菜 闲田变身增收“菜园子”"]
    assert got.blocks[0].text.startswith("十月中旬")


COMMENTARY_PAGE = """\
渝西都市报评论员文章

把影视“流量”转化为发展“留量”
——二论以科技影视推动文商旅体融合发展

本报评论员

一部电影带火一座城，一个镜头带红一处景。从《十面埋伏》
让茶山竹海声名远扬，到近年来一批影视剧在松溉古镇、科
技影视城取景拍摄，影视与永川的缘分由来已久。如何把影
视带来的“流量”转化为城市发展的“留量”，是摆在我们
面前的一道必答题。

把“流量”变成“留量”，关键在产业。影视产业链条长、
带动性强，既需要拍摄基地、后期制作等硬支撑，也需要人
才、金融、服务等软环境。要坚持以科技赋能影视，做强虚
拟拍摄、数字特效等优势环节，引进培育一批头部企业和重
点项目，让更多剧组“来了就能拍、拍了还想来”。

把“流量”变成“留量”，关键在融合。影视是引流的“窗
口”，文旅消费才是留客的“磁场”。要深入挖掘影视资源，
打造影视主题旅游线路、沉浸式体验场景，推出“跟着电影
游永川”等特色产品，推动影视与文化、商业、旅游、体育
深度融合，让游客因一部剧而来，因一座城而留。

渝西观察
“口袋公园”要多些“烟火气”
□ 刘思源

最近，城区新建的几处“口袋公园”
成了不少市民饭后散步的好去处。
这些见缝插针建起来的小公园，面
积虽小，却让居民出门就能见绿、
抬脚就能休闲，实实在在提升了群
众的幸福感。

不过，笔者在走访中也发现，个别
“口袋公园”存在重景观轻功能的
问题：有的铺满了草坪却少有座椅，
有的造型别致却缺少遮阳设施，夏
天正午几乎无人问津；还有的建成
后缺乏管护，健身器材损坏了迟迟
没人维修。

“口袋公园”是建给老百姓用的，
好不好，群众说了算。在规划设计
阶段，就应多听听周边居民的意见，
老人需要歇脚的座椅，孩子需要玩
耍的场地，上班族需要夜间照明，
这些看似细小的需求，恰恰是“口
袋公园”的价值所在。建成之后，
还要建立长效管护机制，明确责任
主体，让公园常用常新。

城市是人民的城市。多一些“烟火
气”，少一些“花架子”，“口袋
公园”才能真正装进群众的心坎里。


2024年7月1日　星期一　第8版　评论　　　　　　责任编辑 赵 洁
"""


def test_a_closing_mark_hanging_past_a_count_wrapped_row_is_no_heading():
    """Rows of exactly 15 characters, a closing mark let hang past the end of one
    (``最近，城区新建的几处“口袋公园”``): a running row, not a heading."""
    got = parse_text(COMMENTARY_PAGE, "x.txt")
    assert [a.title for a in got] == ["把影视“流量”转化为发展“留量”", "“口袋公园”要多些“烟火气”"]
    assert got[1].blocks[0].text.startswith("最近，城区新建的几处“口袋公园”成了")


CONTINUED_UNDER_ITS_HEADLINE = """\
（上接第1版）

“一网统管”让城市治理更聪明

在区城市运行管理服务中心的大屏上，全区道路积

水、井盖缺失、占道经营等城市管理问题实时显示

，工作人员介绍，平台接入视频监控点位4600

余个。

下一步，永川将继续拓展“一网统管”应用场景，

推动城市治理由“人海战术”向“人机协同”转变

，让市民生活更便捷、更安心。
"""


def test_a_quoted_headline_under_a_continuation_marker():
    """Headlines before the text: ``（上接第1版）`` over the continued story's
    headline, which opens with a quotation (“一网统管”让…): its headline, not
    the first row of its text."""
    (got,) = parse_text(CONTINUED_UNDER_ITS_HEADLINE, "yxdsb_20250506_02.txt")
    assert got.title == "（上接第1版） “一网统管”让城市治理更聪明"
    assert got.blocks[0].text.startswith("在区城市运行管理服务中心")


STORY_IN_A_WIDER_MEASURE = """\
双石镇首批务工人员“点对点”返岗

本报讯（通讯员 孟 凡）二月十一

日，双石镇首批务工人员乘坐“点对

点”包车，从镇政府出发前往广东东

莞等地返岗复工。

来苏镇举办农村实用技术培训班

本报讯（通讯员 杨 柳）二月十二

日，来苏镇农业服务中心举办农村实

用技术培训班，邀请区农技专家为种

植户讲解水稻育秧、柑橘春季管护等

技术。

青峰镇林下土鸡成了“致富鸡”

走进青峰镇大堰村的林下养殖基地，成群的土鸡在竹林间

觅食嬉戏。去年，该基地出栏林下鸡一万五千只，销售收

入近两百万元，带动周边农户户均增收八千余元。

基地负责人介绍，林下鸡吃虫草、喝山泉，肉质紧实，很

受城里顾客欢迎，今年还将扩大养殖规模。
"""


def test_a_heading_over_text_set_in_another_measure_heads_a_story():
    """Two briefs in a narrow column, then a heading over text set wider: the
    heading opens the wider story though its text opens with no 本报讯 or date."""
    got = parse_text(STORY_IN_A_WIDER_MEASURE, "yx_20250214_p04.txt")
    assert [(a.title, len(a.blocks)) for a in got] == [
        ("双石镇首批务工人员“点对点”返岗", 1),
        ("来苏镇举办农村实用技术培训班", 1),
        ("青峰镇林下土鸡成了“致富鸡”", 2),
    ]


ESSAYS_SIGNED_UNDER_THEIR_TITLES = """\
小时候，老街口有一间剃头铺，铺子不
大，一把老式理发椅，一面斑驳的镜子
便是全部家当。
剃头的王师傅手艺好，推子在他手里像
长了眼睛，街坊们都爱来这里坐一坐，
聊聊家常。
老街的剃头铺
□ 何 晓 雯
七月的三教镇，荷塘连着荷塘，风一吹
荷叶翻起银白的背面，像一片绿色的海
浪。
我沿着田埂慢慢走，荷香一阵浓一阵淡
蜻蜓停在花苞上，久久不肯飞走。
在三教镇看荷
文/李默
读完这本书，我泡了一杯永川秀芽，看
茶叶在杯中慢慢舒展，仿佛读懂了书里
那些人的坚守。
一杯清茶里的家国
——读《南方有嘉木》
□ 孙 立
"""


def test_bylines_printed_under_headlines_after_their_essays():
    """Headlines after the text, each over its writer's line (``老街的剃头铺`` /
    ``□ 何 晓 雯``), as the page's last block shows: each byline signs the essay
    its headline closes, not the next one."""
    got = parse_text(ESSAYS_SIGNED_UNDER_THEIR_TITLES, "418.txt")
    assert [(a.title, a.authors, len(a.blocks)) for a in got] == [
        ("老街的剃头铺", ("何晓雯",), 2),
        ("在三教镇看荷", ("李默",), 2),
        ("一杯清茶里的家国", ("孙立",), 1),
    ]


def test_a_byline_after_a_headline_heads_the_next_story_when_the_last_block_has_none():
    """On a page whose last headline stands alone, a byline under a headline is the
    next story's, printed at its top."""
    page = ESSAYS_SIGNED_UNDER_THEIR_TITLES.removesuffix("□ 孙 立\n")
    got = parse_text(page, "418.txt")
    assert [a.authors for a in got] == [(), ("何晓雯",), ("李默",)]


# An OCR'd scan (its running head spaced out), headlines after: a credit, then a
# subhead whose words are the text's below.
SCANNED_FEATURE = """\
渝 西 都 市 报  2024年9月3日  星期二  第2版  要闻
渝西都市报记者 郭敏
 走进永川高新区凤凰湖产业园，厂房林立、机
器轰鸣，一辆辆满载零部件的货车进出园区，一派
繁忙景象。今年上半年，永川高新区实现规上工业
总产值486亿元，同比增长9.2%；完成工业投资61
亿元，同比增长15.7%，主要经济指标保持稳中有
进的良好态势。
“链主”引领
产业集群加速成势
在长城汽车永川工厂的总装车间，机械臂精准
抓取、焊接，一台台新车缓缓驶下生产线。“上半
年 我 们 工 厂 整
车产量同比增长了两成多，新能源车
型占比越来越高。”工厂相关负责人介绍.
以整车企业为“链主”，永川高新区围绕智能
网联新能源汽车产业链精准招商，上半年新引进汽
车零部件配套企业11家，本地配套率提高到42%o目
前，园区已集聚汽车及零部件企业160余家，形成
了涵盖整车、动力系统、车身内饰、电子电器等环
节的产业集群。
“园区离整车厂只有十几分钟车程，配套半径
短，物流成本低。”今年3月落户凤凰湖产业园的
重庆锐驰汽车座椅有限公司负责人王海涛说，公司
2024年9月3日 星期二 第2版 要闻
重庆锐驰汽车座椅有限公司负责人王海涛说，公司
从签约到投产只用了5个月，目前已为整车企业批
量供货，预计全年产值可达3.5亿元.
与此同时，先进材料、高端智能装备等主导产
业也在加快壮大。上半年，园区三大主导产业实现
产值371亿元，占全园区规上工业总产值的76%以
上。
智改数转
传统企业焕发新活力
在重庆恒通精密铸造有限公司的数字化车间，
工人只需在中控室轻点鼠标，就能实时掌握每台设
备的运行状态。“改造以后，产品合格率从93%提
高到98.6%，
生产效率提高了30%。”公司总经理许
立新说。
今年以来，永川高新区深入实施制造业“智改
数转”行动，安排专项资金3000万元，支持企业购
置智能装备、建设数字化车间。上半年，园区新增
市级智能工厂2个、数字化车间9个，38家规上工业 |
企 业 完 成 数 字 化 改 造 .
“过去设备出了故障，要等师傅一台一台去排
查，现在系统会自动预警，维修人员提前就能把备
件准备好。”车间主任杨国强指着屏幕上的数据说，|
2024年9月3日 星期二 第2版 要闻
去年车间设备非计划停机时间减少了六成。
创新驱动
科技型企业梯次成长
"我们的液压阀产品打破了国外企业的长期垄丨
断，今年订单已经排到了年底。”重庆力驰液压科
技有限公司董事
长邓光荣说，公司每年拿出销售收
入的6%用于研发，目前已拥有发明专利23项。
永川高新区持续完善“科技型企业—高新技术
企业—专精特新企业”梯次培育体系，上半年新认
定国家高新技术企业26家、市级专精特新中小企业
18家，园区研发经费投入强度达到3.1%。
创 新 平 台 的 集 聚 ， 为 企 业 研 发 提 供 了 有 力 支 撑 。
目前，园区已建成市级以上企业技术中心、工程技
术研究中心等创新平台46个，与重庆文理学院、重
庆科技大学等高校共建产学研合作基地12个，今年
上半年技术合同成交额达到4.2亿元。
▲重庆恒通精密铸造有限公司数字化车间。
渝西都市报记者 郭敏 摄
服务提质
让企业安心发展放心投资
企业发展的底气，离不开优质的营商环境。永
川高新区推行“企业吹哨、部门报到"服务机制， 丨
组建企业服务专员队伍，为企业提供用地、用工、
融资等全周期服务。上半年，园区累计帮助企业解
决各类问题260余个，协调银行为企业新增贷款28
2024年9月3日 星期二 第2版 要闻
决各类问题260余个，协调银行为企业新增贷款28
亿元。
“企业跑一次，专员跑多次。”重庆锐驰汽车
座椅有限公司负责人对此深有体会。项目落地时，
园区企业服务专员全程代办立项、环评、施工许可
等手续，帮助企业提前两个月开工建设。
永川高新区相关负责人表示，下半年，园区将
紧盯全年目标任务，加快推进在建项目建设，力争
全年规上工业总产值突破千亿元，为永川加快建设 |
现代制造业基地贡献力量。
凤凰湖畔涌新潮
工业经济稳中向好
——永川高新区上半年工业经济发展观察
"""


def test_a_credit_inside_a_scanned_feature_ends_no_story():
    """``渝西都市报记者 郭敏 摄`` then ``服务提质`` / ``让企业安心发展放心投资``:
    the subhead's words stand in the text below (a fifth of them) and hardly any
    above, so the photo is inside the feature; one story, its four subheads."""
    (got,) = parse_text(SCANNED_FEATURE, "scan_20240903_p2.txt")
    assert got.title == "凤凰湖畔涌新潮 工业经济稳中向好"
    assert subheads(got) == [
        "“链主”引领 产业集群加速成势",
        "智改数转 传统企业焕发新活力",
        "创新驱动 科技型企业梯次成长",
        "服务提质 让企业安心发展放心投资",
    ]


BRIEFS_COLUMN_AFTER = """\
■简讯

本报讯（通讯员 蒋文涛）8月5日，青

峰镇组织镇村干部、网格员40余人，对辖区

12座小水电站开展汛期安全隐患排查。

青峰镇排查汛期安全隐患

本报讯（渝西都市报记者 谭静）8月9日，

区教委联合区应急局、区消防救援支队对永川

职教城内9所院校开展暑期校园安全检查，重

点检查消防设施和用电安全，现场指出隐患14

个。

检查组要求各院校在秋季开学前完成整

改，并做好新生入学安全教育准备。

永川职教城开展暑期校园安全检查
"""


def test_a_briefs_label_over_a_column_whose_headlines_follow_their_items():
    """``■简讯`` over items whose headlines come after them: the column's label, not
    a byline nor an item's headline; and a paragraph's first row cut inside a word
    (``…完成整`` / ``改，并做好…``) is no subhead."""
    hazards, campus = parse_text(BRIEFS_COLUMN_AFTER, "133.txt")
    assert (hazards.title, hazards.authors) == ("青峰镇排查汛期安全隐患", ("蒋文涛",))
    assert campus.title == "永川职教城开展暑期校园安全检查"
    assert [b.kind for b in campus.blocks] == ["paragraph", "paragraph"]
    assert (
        campus.blocks[1].text
        == "检查组要求各院校在秋季开学前完成整改，并做好新生入学安全教育准备。"
    )


PEAR_FEATURE = article(
    "一颗梨的“甜蜜”蝶变",
    para("7月下旬，走进临江镇黄瓜山村，连绵起伏的梨园里果香阵阵，果农们正忙着采摘早熟梨。"),
    Block("subhead", "老果园换上“新品种”"),
    para(
        "“以前种的都是老品种，果子小、口感差，收购价上不去。”果农刘德贵说，换种以后一亩多卖了三千元。"
    ),
    Block("caption", "▲果农在梨园采摘早熟梨。"),
    Block("subhead", "小梨园连上“大市场”"),
    para("在村里的电商服务站，主播李晓雨正对着手机介绍刚摘下的翠冠梨，订单一个接一个地弹出来。"),
    para("去年以来，村集体经济组织牵头成立了专业合作社，统一品牌、统一包装、统一销售。"),
    subtitle="——黄瓜山村推进农文旅融合发展见闻",
    authors=("罗静",),
)


def test_a_photo_between_a_features_subheads_ends_no_story_headlines_after():
    """Headlines after: a caption, then a heading set as the subhead before it was,
    over text that opens no story (在村里的电商服务站，…): the photo sits inside
    the feature, and the heading is its next subhead, not the headline of the text
    above."""
    page = relayout.column([PEAR_FEATURE], 19, "after", indent=True)
    (got,) = parse_text(page, "217.txt")
    assert (got.title, got.subtitle) == (PEAR_FEATURE.title, PEAR_FEATURE.subtitle)
    assert subheads(got) == ["老果园换上“新品种”", "小梨园连上“大市场”"]


def test_unstopped_rows_closing_the_page_are_its_last_headline():
    """The page's last rows, unstopped after a finished sentence, are the last
    story's headline (``“小课桌”连着“大民生”`` / ``永川推进…纪实``), though the
    quoted first row reads like a running one."""
    rows = [
        "本报讯（渝西都市报记者 谢 春",
        "通讯员 汪 洋）9月1日，永川区新",
        "建的凤凰湖小学迎来首批1260名新生。",
        "下一步，永川将继续加大教育投入，",
        "加快补齐学位缺口，深化教师“县管校",
        "聘”改革，努力让每个孩子都能享有公平",
        "而有质量的教育。",
        "“小课桌”连着“大民生”",
        "永川推进义务教育优质均衡发展纪实",
    ]
    (got,) = parse_text("\n\n".join(rows) + "\n", "242.txt")
    assert (got.title, got.subtitle) == ("“小课桌”连着“大民生”", "永川推进义务教育优质均衡发展纪实")
    assert got.blocks[-1].text.endswith("而有质量的教育。")


def test_a_closing_byline_cut_inside_the_papers_name_joins_without_a_space():
    """``…建设永川。（渝`` / ``西都市报记者 冉娜）``: the row break cut a word, not
    the space between a byline's parts, so the story's writer is found."""
    rows = [
        "（上接1版）",
        "据了解，今年永川将新增订单班120个以上，",
        "力争职业院校毕业生本地就业率提高到40%，让更",
        "多“永川造”技能人才留在永川、建设永川。（渝",
        "西都市报记者 冉娜）",
        "职教城里的“订单班”",
    ]
    (got,) = parse_text("\n\n".join(rows) + "\n", "20250415A02.txt")
    assert got.authors == ("冉娜",)
    assert got.blocks[-1].text.endswith("建设永川。（渝西都市报记者 冉娜）")


# A meeting story's rows, as seed 002 sets them, under the headlines the tests try.
MEETING_ROWS = [
    "本报讯（渝西都市报记者 刘 洋）6月11日，区委",
    "理论学习中心组举行专题学习会，深入学习习近平",
    "总书记重要讲话精神，研究部署下一步工作。区委",
    "书记黎建中主持并讲话。区领导唐振宇、郑光明等",
    "参加。会议指出，要坚持为民导向，聚焦群众急难",
    "愁盼问题，持续办好民生实事，让群众感受到实实",
    "在在的变化。",
]


def _as_seed_002(rows: list[str], headline: list[str]) -> str:
    """Body rows a blank line apart, the headline block after them a line apart,
    as seed 002 prints its stories."""
    return "\n\n".join(rows) + "\n\n" + "\n".join(headline) + "\n"


@pytest.mark.parametrize(
    ("headline", "kicker", "title", "subtitle"),
    [
        (
            ["区委理论学习中心组举行专题学习会", "黎建中主持并讲话"],
            "",
            "区委理论学习中心组举行专题学习会",
            "黎建中主持并讲话",
        ),
        (
            ["区人大常委会开展食品安全“一法一条例”执法检查", "郑光明带队"],
            "",
            "区人大常委会开展食品安全“一法一条例”执法检查",
            "郑光明带队",
        ),
        (
            ["永川与泸州签署深化合作协议", "黎建中 唐振宇出席"],
            "",
            "永川与泸州签署深化合作协议",
            "黎建中 唐振宇出席",
        ),
        (
            ["聚焦城市更新 提升城市品质", "区人大常委会视察城市更新工作 郑光明参加"],
            "聚焦城市更新 提升城市品质",
            "区人大常委会视察城市更新工作 郑光明参加",
            "",
        ),
    ],
)
def test_who_attended_is_a_meeting_storys_subtitle(headline, kicker, title, subtitle):
    """Who chaired, led or attended (``黎建中主持并讲话``, ``郑光明带队``, ``黎建中
    唐振宇出席``) under a meeting's title is its subtitle, never the title's wrapped
    end; under a couplet (``聚焦城市更新 提升城市品质``) the line naming the meeting
    and who attended is the title, the couplet its kicker."""
    page = _as_seed_002(MEETING_ROWS, headline)
    (got,) = parse_text(page, "106.txt")
    assert (got.kicker, got.title, got.subtitle) == (kicker, title, subtitle)


def test_a_paragraphs_last_row_and_a_three_line_headline_are_no_poem():
    """A short last row (``门还签署了6个专项合作协议。``) over a headline of three
    lines, headlines after: four short lines, but a story's end and its headline,
    not a stanza."""
    rows = [
        "本报讯（渝西都市报记者 黄 琳）4月",
        "15日，永川区与四川省泸州市深化合作推进",
        "会在永川召开，两地签署《深化川南渝西融",
        "合发展战略合作协议》。永川区委书记黎建",
        "中，区委副书记、区长唐振宇出席。",
        "根据协议，双方将在交通互联、产业协",
        "作、开放通道、公共服务、生态共保等方面",
        "深化合作，共同推进永泸高速公路建设。",
        "会上，两地发展改革、交通、商务等部",
        "门还签署了6个专项合作协议。",
    ]
    headline = ["川南渝西融合发展迈出新步伐", "永川与泸州签署深化合作协议", "黎建中 唐振宇出席"]
    page = _as_seed_002(rows, headline)
    (got,) = parse_text(page, "110.txt")
    assert (got.kicker, got.title, got.subtitle) == tuple(headline)
    assert got.blocks[-1].text.endswith("门还签署了6个专项合作协议。")


def test_a_space_inside_a_quotation_a_row_leaves_open_makes_no_headline():
    """``本届活动周以“技能成就梦想 职教`` / ``赋能发展”为主题，…``: the space is the
    slogan's, inside a quotation the next row closes, not a headline's."""
    rows = [
        "本报讯（渝西都市报记者 邓佳欣）6月",
        "16日，2025年永川职业教育活动周在永川",
        "职教城启动。区委书记黎建中出席启动仪",
        "式，区委副书记、区长唐振宇致辞。",
        "本届活动周以“技能成就梦想 职教",
        "赋能发展”为主题，将持续至6月22日，",
        "期间将举办职业院校技能大赛、校企合作",
        "洽谈会、职业体验日、技能成果展等系列",
        "活动20余项。",
    ]
    headline = ["产教融合育英才 技能成才展风采", "2025年永川职业教育活动周启动 黎建中出席"]
    page = _as_seed_002(rows, headline)
    (got,) = parse_text(page, "0617-01.txt")
    assert (got.kicker, got.title, got.authors) == (*headline, ("邓佳欣",))
    assert got.blocks[1].text.startswith("本届活动周以“技能成就梦想 职教赋能发展”为主题")


def test_a_two_row_subhead_and_a_spaced_one_row_subhead_are_set_alike():
    """Headlines after: ``专业跟着产业走`` / ``人才链对接产业链`` and, after a photo
    and its credit, ``课堂搬进车间 师傅带出徒弟``: two phrases each, so the second
    is the feature's next subhead, not the headline of the text above."""
    rows = [
        "渝西都市报记者 钟梅 通讯员 刘倩 周立",
        "9月10日，第40个教师节。清晨7点半，重庆工程职",
        "业技术学院智能网联汽车实训中心里，教师杨国栋已经",
        "带着20多名学生围在一台测试车旁，逐项检查激光雷达",
        "和毫米波雷达的标定数据。“企业下个月要来验收这批",
        "学生的实训成果，一点都马虎不得。”杨国栋说。",
        "这是永川职教城的一个日常场景。作为西部职教基",
        "地的核心区，永川职教城聚集了重庆工程职业技术学院、",
        "重庆城市职业学院、重庆财经职业学院等职业院校，",
        "2024年秋季学期在校生超过16万人。近年来，永川坚持",
        "把职业教育摆在服务产业发展的突出位置，走出了一条",
        "产教融合、校城互动的发展之路。",
        "专业跟着产业走",
        "人才链对接产业链",
        "“过去是学校有什么专业就培养什么人，现在是产",
        "业需要什么人才就开设什么专业。”永川区教委职成教",
        "科负责人唐敏介绍，永川建立了职业院校专业设置动态",
        "调整机制，每年根据全区主导产业发展需求和企业用工",
        "调查结果，对专业进行“增、撤、调、改”。",
        "三年来，永川职业院校新增智能网联汽车技术、无",
        "人机应用技术、数字媒体技术等专业42个，撤并就业率",
        "低、与产业契合度不高的专业19个。目前，全区职业院",
        "校与智能网联新能源汽车、数字经济、科技影视等主导",
        "产业相关的专业占比已超过70%。",
        "▲学生在智能网联汽车实训中心进行调试训练。",
        "渝西都市报记者 钟梅 摄",
        "课堂搬进车间 师傅带出徒弟",
        "走进位于永川高新区的长城汽车永川工厂总装车间，",
        "20岁的王浩正跟着师傅学习车门装配工艺。他是重庆城",
        "市职业学院“长城订单班”的学生，这学期有一半时间",
        "在企业跟岗学习。“在学校学的是原理，在车间学的是",
        "手艺，两边一结合，心里就有底了。”王浩说。",
        "像这样的订单班，永川职业院校目前共开设了186",
        "个，合作企业达到430余家。永川还推动院校与企业共",
        "建产业学院、共同开发课程、共同组建教学团队，聘请",
        "企业技术骨干担任兼职教师1100余名，把企业的新技术、",
        "新工艺、新规范及时融入教学内容。",
    ]
    headline = ["永川职教城：一座“技能之城”的成长密码", "——永川深化产教融合培育高技能人才纪实"]
    page = _as_seed_002(rows, headline)
    (got,) = parse_text(page, "303.txt")
    assert subheads(got) == ["专业跟着产业走 人才链对接产业链", "课堂搬进车间 师傅带出徒弟"]


def test_a_full_row_with_enumeration_marks_under_a_title_over_a_lead_is_its_subtitle():
    """``涵盖虚拟拍摄、数字资产、后期制作等领域`` under a title and over ``本报讯…``,
    as wide as the column: no paragraph is one unstopped row, so it is the subtitle."""
    rows = [
        "本报讯（渝西都市报记者 邱 实 通讯",
        "员 宋 佳）5月23日，西部科技影视城举行",
        "企业集中签约活动，12家影视科技企业签约",
        "入驻，涵盖虚拟拍摄、数字资产、后期制作",
        "等领域，预计年营业收入超过5亿元。",
        "签约企业中，一家专注于影视特效渲染",
        "的企业将在永川建设区域渲染中心。",
    ]
    headline = ["西部科技影视城新签约12家企业", "涵盖虚拟拍摄、数字资产、后期制作等领域"]
    nxt = ["本报讯（通讯员 付 强）近日，卫星湖", "街道湖畔夜市正式开街，吸引大批市民。"]
    page = _as_seed_002(rows, headline) + "\n\n".join(nxt) + "\n"
    film, market = parse_text(page, "2025_0527_03.txt")
    assert (film.title, film.subtitle) == (" ".join(headline), "")  # two clauses, one title
    assert market.blocks[0].text.startswith("本报讯（通讯员 付 强）近日")


def test_a_notice_signed_by_two_issuers_then_a_service_box_headlines_after():
    """Headlines after: a notice signed by two issuers over its date, its title,
    then the box's label (``便民信息``) and an outage notice that ends on its
    hotline: the issuers and date sign the first, the hotline is text, each
    notice's title closes it, and the label is no subtitle."""
    rows = [
        "为进一步规范城区犬只管理，维护市容环境",
        "卫生和市民人身安全，根据《重庆市养犬管理暂",
        "行办法》等规定，现就有关事项通告如下：",
        "一、在本区城区范围内饲养犬只的，应当依",
        "法办理养犬登记，并按规定为犬只注射狂犬病疫",
        "苗。",
        "二、携犬出户时，应当为犬只束犬链，由成",
        "年人牵领，主动避让老人、孕妇和儿童，不得携",
        "犬进入学校、医院、菜市场等公共场所。",
        "三、犬只在户外排泄粪便的，携犬人应当立",
        "即清除。",
        "四、禁止在城区饲养烈性犬、大型犬。已饲",
        "养的，应于2024年8月31日前自行妥善处置。",
        "五、对违反本通告的行为，由相关部门依法",
        "予以处理。",
        "特此通告。",
        "重庆市永川区城市管理局",
        "重庆市永川区公安局",
        "2024年6月28日",
        "关于加强城区犬只管理的通告",
        "便民信息",
        "因线路检修，国网重庆永川供电公司定于7",
        "月4日7:30至17:30对10千伏红旗线实施停电作业。",
        "停电范围：红炉镇红炉村、桂花村、凉风村部分",
        "区域。",
        "如遇雨天，检修顺延。请相关用户提前做好",
        "准备，停电期间请勿登杆作业，注意安全用电，",
        "谨防触电。",
        "供电服务热线：95598",
        "停电通知",
    ]
    dogs, power = parse_text("\n".join(rows) + "\n", "2024-07-02_第4版.txt")
    assert (dogs.title, dogs.subtitle) == ("关于加强城区犬只管理的通告", "")
    assert [b.text for b in dogs.blocks[-3:]] == [
        "重庆市永川区城市管理局",
        "重庆市永川区公安局",
        "2024年6月28日",
    ]
    assert power.title == "停电通知"
    assert power.blocks[-1].text == "供电服务热线：95598"


PHOTO_STORY_AFTER_NEWS = """本报讯（渝西都市报记者 黄琴 通讯员

 周玲）8月3日，何埂镇的脆红李进入采摘

旺季。在石梯村的李子园里，果农们提着竹

篮穿梭在果树间，一颗颗紫红色的李子被小

心摘下，经过分拣装箱后，当天就通过冷链

物流发往成都、贵阳等地。

何埂镇种植脆红李1.2万亩，今年预计

总产量1.5万吨。为解决销售难题，镇里联

合电商企业开展直播带货，并在城区设立了

6个直销点。果农陈大姐说，今年她家的李

子每斤能卖到5元，比去年同期多卖了一块

多钱。

何埂镇脆红李喜获丰收

连日来，卫星湖街道南华村的百亩荷塘

荷花竞相绽放，粉白相间的荷花在碧绿的荷

叶映衬下亭亭玉立，吸引了不少市民前来赏

荷拍照。

▲市民在荷塘边拍照留影。

通讯员 罗维 摄

夏日荷塘
"""


def test_a_headline_sharing_words_with_the_story_above_and_none_below_closes_it():
    """``何埂镇脆红李喜获丰收`` after its story, over a photo story opening with
    ``连日来，…``: it names the story above (何埂镇, 脆红李) and nothing of the
    text below, so it is that story's headline, not a subhead over the photo story."""
    plums, lotus = parse_text(PHOTO_STORY_AFTER_NEWS, "131_5c7e2a9f0b4d8e13.txt")
    assert (plums.title, plums.authors) == ("何埂镇脆红李喜获丰收", ("黄琴", "周玲"))
    assert [b.kind for b in plums.blocks] == ["paragraph", "paragraph"]
    assert lotus.title == "夏日荷塘"
    assert [b.kind for b in lotus.blocks] == ["paragraph", "caption", "caption"]


JUMPING_STORY = """在于没有简单地“推倒重来”，而是在保留烟火

气的同时补齐功能短板。城市更新，说到底是为

了让人们生活得更方便、更舒心。

据了解，南大街街道辖区还有3个老旧农贸

市场，街道将总结这次改造的经验，逐步推进改

造提升，让更多居民在家门口享受到便利、舒心

的购物环境。

文/钟晓雨 图/彭 浩

老菜市变身“新邻里中心”

——南大街街道推进老旧市场改造提升见闻

本报讯（渝西都市报记者 钟晓雨）12月18

日，记者从区住房城乡建设委获悉，永川启动中

心城区道路“微循环”改造工程，计划打通断头

路5条，改造提升背街小巷21条，新增停车泊位

600余个。

据介绍，此次改造将重点解决老城区道路狭

窄、路网不畅、停车难等问题。其中，汇龙大道

至人民大道连接线、兴龙大道支路等断头路打通

后，将有效分流主干道交通压力，方便市民出行。

工程预计明年6月底前

(下转4版)

永川启动城市道路“微循环”改造
"""


def test_the_row_over_a_jump_is_text_going_on_elsewhere():
    """``工程预计明年6月底前`` over ``(下转4版)``: the story's text, cut where the
    page sends the reader on, not a subhead (no heading stands over a jump); the
    jump itself is no text."""
    _feature, roads = parse_text(JUMPING_STORY, "2023-12-20_第3版.txt")
    assert roads.title == "永川启动城市道路“微循环”改造"
    assert [b.kind for b in roads.blocks] == ["paragraph"] * 2
    assert roads.blocks[1].text.endswith("方便市民出行。工程预计明年6月底前")


NUMBERED_LIST_IN_COLUMNS = """本报讯（渝西都市报记者 黄蕾）4月14日，

区经济信息委发布2025年首批智能工厂和数字

化车间培育名单，12家企业入选，将获得最高

200万元的智能化改造补助。

入选的智能工厂培育企业有4家：

（1）重庆汇锐精密铸造有限公司一体化

压铸智能工厂；

（2）重庆泰川精密机械有限公司齿轮传

动件智能工厂；

（3）重庆锦丰新材料有限公司导热材料

智能工厂；

（4）重庆川液科技有限公司液压元件智

能工厂。

另有8家企业的数字化车间入选培育名单，

涉及汽车零部件、电子元器件、食品加工等行

业。区经济信息委相关负责人介绍，入选企业

将享受“一企一策”诊断服务，由第三方服务

机构免费开展智能制造能力成熟度评估，帮助

"""


def test_numbered_items_wrapped_in_a_column_are_paragraphs():
    """``（1）重庆汇锐…一体化`` / ``压铸智能工厂；``: an item of the list the lead
    announced, wrapped at the column's end, not a subhead over a row of text."""
    (got, *_rest) = parse_text(NUMBERED_LIST_IN_COLUMNS, "415_e07c3b9d6a2f1845.txt")
    assert [b.kind for b in got.blocks] == ["paragraph"] * len(got.blocks)
    assert "（1）重庆汇锐精密铸造有限公司一体化压铸智能工厂；" in [b.text for b in got.blocks]


NEWS_THEN_PHOTO_STORY = """
本报讯（渝西都市报记者 林思雨）10

月13日，永川区与四川省泸州市合江县在朱

沱 镇 召 开 毗 邻 地 区 合 作 座 谈 会 ， 双 方 签 订

《深化川渝毗邻地区合作框架协议》，将在

交通互联、产业协作、生态共治、公共服务

共享等方面深化合作。

根据协议，双方将加快推进朱沱至合江 |

白沙快速通道前期工作，共同推动长江沿线

港口资源整合；围绕特色农业、文化旅游等

2023年10月17日 星期二 第1版 要闻

港口资源整合；围绕特色农业、文化旅游等

领域开展产业协作，联合打造长江沿岸乡村

旅游精品线路；建立跨界河流联防联控机制，|

共同开展长江流域禁捕退捕执法巡查o

朱沱镇与合江县隔江相望，两地群众往

来密切、人缘相亲.近年来，双方联合开展

长江流域禁渔执法巡查60余次，共同举办了

川渝毗邻地区乡村文化旅游节，跨区域合作

基础日益牢固。

会 上 ， 朱 沱 镇 与 合 江 县 白 沙 镇 、 望 龙 镇

还签订了镇级合作协议，双方将在跨区域矛

盾纠纷联调、医疗资源共享、“川渝通办”

事项办理等方面率先探索。

永 川 与 合 江 签 订 毗 邻 地 区 合 作 协 议
携手建设川渝毗邻地区融合发展先行区

金秋十月，金龙镇的再生稻田里稻浪翻滚，

收割机在田间来回穿梭，一派丰收景象。今年，

金龙镇蓄留再生稻1.3万亩，预计再生季亩产可

达200公斤，带动农户增收1500余万元。

▲收割机在稻田里收割再生稻。

渝西都市报记者 唐卓 摄

金龙镇再生稻喜获丰收"""


def test_a_headline_naming_the_story_above_far_more_than_the_text_below_closes_it():
    """``永川与合江签订毗邻地区合作协议`` / its subtitle, over a photo story
    (``金秋十月，…``): four fifths of its character pairs stand above, a fifth
    below (永川, 合作 are everywhere), so it is the headline of the story above."""
    pact, rice, *_rest = parse_text(NEWS_THEN_PHOTO_STORY, "scan_20231017_p1.txt")
    assert pact.title == "永川与合江签订毗邻地区合作协议"
    assert [b.kind for b in pact.blocks] == ["paragraph"] * len(pact.blocks)
    assert rice.title == "金龙镇再生稻喜获丰收"
    assert [b.kind for b in rice.blocks] == ["paragraph", "caption", "caption"]


RECENT_LEADS_HEADLINES_FIRST = """西部科技影视城迎来首个国际剧组
虚拟拍摄棚预约已排到明年春节

　　本报讯（渝西都市报记者 涂 燕）2024年

10月8日，一部中泰合拍的科幻电影在西部科

技影视城开机，这是影视城迎来的首个国际剧

组。

　　该片导演颂猜介绍，剧组将在永川拍摄约

40天，其中八成以上的场景将在虚拟拍摄棚中

完成。“LED屏幕可以实时呈现曼谷街头、太

空舱等不同场景，演员不用再对着绿幕想象，

拍摄效率至少提高了三分之一。”

　　据介绍，影视城目前共有虚拟拍摄棚5个，

总面积达1.8万平方米，预约档期已排到明年

春节后。

　　为服务好剧组，影视城还组建了由42名本

地技术人员组成的虚拟制片团队，并联合永川

职教城院校开设灯光、场务、数字美术等短期

培训班，今年以来已培训影视技能人才600余

人次。

五间镇300亩菊花进入盛花期

　　近日，五间镇中山村的菊花基地迎来盛花

期，300亩金丝皇菊、胎菊竞相绽放，吸引不

少市民前来赏花拍照。

　　基地负责人傅小林介绍，这些菊花除了供

游客观赏，还将制成菊花茶销往全国，预计产

值可达260万元，带动周边70余名村民在家门

口务工。

（渝西都市报记者 任 洁）

三教镇开展“敲门行动”
入户排查独居老人安全隐患

　　近日，三教镇组织镇村干部、网格员、家

"""


def test_a_heading_over_a_recent_lead_heads_a_story_headlines_first():
    """Headlines before their stories: ``五间镇300亩菊花进入盛花期`` over
    ``近日，五间镇中山村…`` opens a story as a dateline lead does, not a subhead
    of the story above."""
    titles = [a.title for a in parse_text(RECENT_LEADS_HEADLINES_FIRST, "311_8d2e0b6a4f17c953.txt")]
    assert titles[:3] == [
        "西部科技影视城迎来首个国际剧组 虚拟拍摄棚预约已排到明年春节",
        "五间镇300亩菊花进入盛花期",
        "三教镇开展“敲门行动” 入户排查独居老人安全隐患",
    ]


ESSAYS_AND_A_PHOTO_STORY_HEADLINES_FIRST = """茶山竹海的冬天

文/蒋文涛

　　人们说起茶山竹海，总是想到春天的新

笋、夏天的清凉。其实，冬天的茶山竹海更

有一番味道。

　　冬天的茶山是安静的。游人少了，竹林

在雾里沙沙作响，我总觉得，冬天的茶山竹

海，是有温度的。

外婆的腊八粥

文 钟晓燕

　　腊八这天，天还没亮，外婆就起床了。

她把头天晚上泡好的糯米、红豆、花生、红

枣倒进大铁锅，灶膛里的柴火噼噼啪啪地响。

　　如今我也学着外婆的样子熬粥，可无论

怎么放料，总熬不出当年那个味道。

“文化进万家”惠民演出走进永荣镇

本报讯（渝西都市报记者 易 帆）9月

24日晚，“文化进万家”惠民演出走进永荣

镇，区文化馆的演员们为当地群众带来了歌

舞、小品、快板、相声等14个节目。

金秋时节稻花香

9月下旬，来苏镇观音井村的千亩稻田

进入收割期。金黄的稻浪随风起伏，收割机

在田间来回穿梭，处处洋溢着丰收的喜悦。

▲收割机在稻田里来回作业。

渝西都市报记者 任 洁 摄

"""


def test_essays_signed_with_a_lost_slash_and_a_photo_story_over_a_month_part_lead():
    """Headlines before their stories: ``文 钟晓燕`` (the slash of 文/ lost in the
    extraction) signs the essay it heads, and ``金秋时节稻花香`` over ``9月下旬，…``
    heads a photo story as a dateline lead would, not a subhead of the story above."""
    articles = parse_text(ESSAYS_AND_A_PHOTO_STORY_HEADLINES_FIRST, "1218-08.txt")
    assert [(a.title, list(a.authors)) for a in articles] == [
        ("茶山竹海的冬天", ["蒋文涛"]),
        ("外婆的腊八粥", ["钟晓燕"]),
        ("“文化进万家”惠民演出走进永荣镇", ["易帆"]),
        ("金秋时节稻花香", ["任洁"]),
    ]
    assert [len(a.blocks) for a in articles] == [2, 2, 1, 3]


def test_a_headline_asking_inside_over_its_subtitle_and_lead_headlines_first():
    """``网购“低价黄金”？小心是诈骗`` asks inside and runs on: with a subtitle row
    and a 本报讯 lead under it, it is the headline, not the last row of the story
    above; a row that ends asking (…嘱托？) may still end a paragraph."""
    page = """“法律明白人”走进田间院坝

本报讯（渝西都市报记者 吕 凤）11

月5日，在红炉镇龙井口村的院坝里，区

司法局组织的“法律明白人”宣讲团正在

给村民讲解法律知识。

网购“低价黄金”？小心是诈骗
警方提醒谨防新型投资理财骗局

本报讯（通讯员 汤 杰）11月2日，

永川公安分局反诈中心成功止付一起投资

理财诈骗，为市民挽回损失8万元。
"""
    articles = parse_text(page, "2024-11-06_第7版.txt")
    assert [(a.title, a.subtitle) for a in articles] == [
        ("“法律明白人”走进田间院坝", ""),
        ("网购“低价黄金”？小心是诈骗 警方提醒谨防新型投资理财骗局", ""),
    ]


# A second extraction tool's headlines-first page: no blank rows inside a story,
# one between some stories, headlines split over two rows at random.
COMPACT_HEADLINES_FIRST = """2025年5月21日 星期三 第5版 社会

青峰镇开展农村自建房安全排查
本报讯（通讯员 陈 曦）5月19日，
青峰镇组织镇村干部、专业技术人员
组成排查小组，对辖区农村自建房开
展“拉网式”安全排查。
排查小组逐户查看房屋结构、墙体裂
缝、地基沉降等情况，对发现的隐患
建立台账，督促限期整改。截至目前，
已排查农村自建房3200余户。
暖新闻
迷路老人深夜徘徊 民警护送回家
  本报讯（渝西都市报记
者 杨 帆 通讯员 李 强）5月18
日晚11时许，胜利路派出所民警
在巡逻时发现，一位老人独自在
兴龙大道路边徘徊，神情茫然。
  当晚零时许，民警将老人平
安护送回家。“找了一晚上，急
死了。”老人的儿子连声道谢。

光影永川
油菜花开双石
镇
  三月的双石镇，漫山遍野的油
菜花竞相绽放，金黄的花海与白墙青
瓦的民居相映成趣，宛如一幅色彩明
丽的田园画卷。
▲双石镇的油菜花与民居相映成趣。
渝西都市报记者 陈 亮 摄

身边的感动
临江镇“摆渡人”邓大贵：二十八年守护一江两岸
  清晨六点，临江镇的江面上还飘着一层薄雾，
58岁的邓大贵已经把渡船擦拭干净，在码头等候
第一批乘客。从1996年接过父亲手中的船桨开始，
他在这条渡线上来回摆渡了二十八个年头。
  这条渡线连接着临江镇和江对岸的几个村子，
每天有上百名村民靠渡船赶集、就医、上学。
"""


def test_a_compact_headlines_first_page():
    """Headlines before their stories, rows set without blank lines:
    ``油菜花开双石`` / ``镇`` is one title cut mid-word (headline type reaches the
    column's end in fewer characters), not a title and its subtitle; the lead's
    row that closes the byline's bracket (``者 杨 帆 …）5月18``) is no subhead;
    and a headline after the blank row the page leaves only between stories
    opens a story, though its text has no dateline."""
    articles = parse_text(COMPACT_HEADLINES_FIRST, "yxdsb_20250521_05.txt")
    assert [(a.kicker, a.title, a.subtitle, list(a.authors)) for a in articles] == [
        ("", "青峰镇开展农村自建房安全排查", "", ["陈曦"]),
        ("暖新闻", "迷路老人深夜徘徊 民警护送回家", "", ["杨帆", "李强"]),
        ("光影永川", "油菜花开双石镇", "", ["陈亮"]),
        ("身边的感动", "临江镇“摆渡人”邓大贵：二十八年守护一江两岸", "", []),
    ]
    assert [[b.kind for b in a.blocks] for a in articles] == [
        ["paragraph"] * 2,
        ["paragraph"] * 2,
        ["paragraph", "caption", "caption"],
        ["paragraph"] * 2,
    ]
    assert (
        articles[1]
        .blocks[0]
        .text.startswith("本报讯（渝西都市报记者 杨 帆 通讯员 李 强）5月18日晚")
    )


def test_a_headline_cut_mid_word_under_a_kicker_is_no_poem():
    """A paragraph's last row, a kicker, a title cut mid-word (…项目投 / 产) and a
    subtitle make five short rows in a run, as a poem's lines would: the cut
    word tells a wrapped headline from verse."""
    page = """永川签约23个重点项目 总投资186亿元
  区投资促进中心相关负责人表示，下一步，永川将
持续优化营商环境，加强要素保障，推动签约项目加快
转化为开工项目、投产项目，为全年经济目标任务完成
提供有力支撑。

产业观察
凤凰湖产业园新能源电池配套项目投
产
年产动力电池结构件600万套
本报讯（通讯员 罗 涛）11月6日，位
于凤凰湖产业园的新能源动力电池结构
件生产项目正式投产。该项目总投资
8.5亿元，建有生产线6条。
"""
    articles = parse_text(page, "yxdsb_20241108_02.txt")
    assert [(a.kicker, a.title, a.subtitle) for a in articles][1:] == [
        ("产业观察", "凤凰湖产业园新能源电池配套项目投产", "年产动力电池结构件600万套")
    ]
    assert [b.kind for b in articles[0].blocks] == ["paragraph"]


def test_a_tip_box_and_a_quoted_headline_headlines_after():
    """Headlines after their stories: a box's label (医生提醒) over its first
    numbered tip is a one-row subhead, not the tip's first row; and a short row
    that opens and closes a quotation without a stop (“双十二”网购谨防…) is the
    next story's headline (a quotation left open would open a paragraph)."""
    rows = [
        "暑期是儿童意外伤害的高发期，医生提醒",
        "家长，孩子的看护不能“放假”。",
        "医生提醒",
        "1.药品、消毒液、洗衣凝珠等要放在",
        "孩子拿不到的地方。",
        "2.不让孩子单独在厨房、浴室玩耍，",
        "热水、热汤要远离桌边。",
        "暑期儿童意外伤害进入高发期",
        "渝西都市报记者 秦 峥",
        "“双十二”临近，网购进入又一个高峰。",
        "记者从永川区公安局反诈中心了解到，近期，",
        "冒充快递客服实施诈骗的警情有所增多。",
        "民警提醒，快递理赔应通过官方客服渠道办",
        "理，不要点击陌生链接。",
        "“双十二”网购谨防快递理赔诈骗",
    ]
    articles = parse_text("\n\n".join(rows) + "\n", "2024-12-10_第5版.txt")
    assert [a.title for a in articles] == [
        "暑期儿童意外伤害进入高发期",
        "“双十二”网购谨防快递理赔诈骗",
    ]
    assert [(b.kind, b.text[:6]) for b in articles[0].blocks] == [
        ("paragraph", "暑期是儿童意"),
        ("subhead", "医生提醒"),
        ("paragraph", "1.药品、消"),
        ("paragraph", "2.不让孩子"),
    ]


def test_readers_letters_signed_and_an_editors_note_headlines_after():
    """Letters on a readers' page, headlines after, rows a blank line apart: the
    reader's signature (``（永川区宝峰镇 读者 吴明清）``) names the letter's
    author, and the editor's note under it (编后) is the letter's, so the
    headline after the note closes the letter: it names the letter and the note
    together more than the text below."""
    rows = [
        " 我家住在宝峰镇龙凤村，平时到永川城",
        "区看病、买东西，都要坐宝峰至城区的公交",
        "车。现在这条线路工作日每天只有8个班次，",
        "最晚一班下午5点就发车了，错过了就只能",
        "花几十元打车回家。",
        "村里不少老人定期要去城区医院复查、",
        "拿药，年轻人在城区上班的也不少，早晚高",
        "峰时车上挤得满满当当。希望公交部门能根",
        "据实际情况增加班次、延长运营时间，方便",
        "我们镇上的群众出行。",
        "（永川区宝峰镇 读者 吴明清）",
        "编后",
        "农村客运连着群众的出行，也连着城乡",
        "融合发展。本报已将读者来信转交区交通运",
        "输委员会，相关回复详见本版《宝峰镇至城",
        "区公交将增开班次》一文。",
        "宝峰镇进城的公交车能否多开几班",
        "我父亲今年79岁，患有阿尔茨海默病。",
        "3月9日傍晚，他独自出门散步后一直没有回",
        "家，我们全家人找遍了附近的田坎、山林都",
        "没有找到，急得像热锅上的蚂蚁，只好拨打",
        "了110。",
        "金龙镇派出所的民警接警后，立即调取",
        "沿途监控，并组织村干部、志愿者分组搜寻。",
        "当晚11点多，民警在离家6公里外的一处竹",
        "林边找到了我父亲，当时他又冷又饿，民警",
        "脱下自己的外套给他披上，一路把他背到了",
        "车上。",
        "前几天，我们一家人把一面写着“人民",
        "警察为人民 深夜寻人暖人心”的锦旗送到",
        "了派出所。在此，我再次向金龙镇派出所的",
        "民警和所有参与搜寻的乡亲们表示衷心感谢！",
        "（永川区金龙镇 村民 邹文彬）",
        "一面锦旗背后的感谢",
        "金龙镇派出所民警连夜帮我找回走失的父亲",
        "本报讯（渝西都市报记者 涂 丹）3月",
        "18日，记者从区交通运输委员会获悉，针对",
        "读者反映的宝峰镇至城区公交班次少、收车",
        "早等问题，相关部门经过实地调研，决定从",
        "4月1日起对该线路进行优化调整。",
        "调整后，宝峰镇至城区线路工作日班次",
        "由8个增加到14个，末班车发车时间由下午5",
        "点延长至晚上7点，早晚高峰期间发车间隔",
        "缩短至40分钟。同时，线路将新增永川区人",
        "民医院站点，方便沿线群众就医。",
        "区交通运输委员会相关负责人表示，今",
        "后将持续关注农村群众出行需求，动态优化",
        "农村客运线路和班次。",
        "宝峰镇至城区公交将增开班次",
    ]
    articles = parse_text("\n\n".join(rows) + "\n", "yxdsb_20240319_04.txt")
    assert [(a.title, list(a.authors)) for a in articles] == [
        ("宝峰镇进城的公交车能否多开几班", ["吴明清"]),
        ("一面锦旗背后的感谢 金龙镇派出所民警连夜帮我找回走失的父亲", ["邹文彬"]),
        ("宝峰镇至城区公交将增开班次", ["涂丹"]),
    ]
    # the signature, under a row that stops short, is a line of its own
    assert [b.kind for b in articles[0].blocks] == ["paragraph"] * 3 + ["subhead", "paragraph"]
    assert articles[0].blocks[2].text == "（永川区宝峰镇 读者 吴明清）"


def test_numbered_clause_headings_of_a_notice_headlines_after():
    """A notice in column text: ``一、招聘条件`` over ``（一）基本条件`` are two
    headings, not one in two lines, and the row under ``（二）优先条件`` is its
    clause's text, not the heading's second line."""
    rows = [
        "因工作需要，永川区消防救援支队面向社会公",
        "开招聘政府专职消防员30名。现将有关事项公告如",
        "下：",
        "一、招聘条件",
        "（一）基本条件",
        "1.具有中华人民共和国国籍，拥护中国共产党",
        "的领导，遵纪守法，品行端正；",
        "2.年龄18周岁以上、28周岁以下。",
        "（二）优先条件",
        "退役士兵、具有消防设施操作员或机动车驾驶",
        "员资格的人员，同等条件下优先录用。",
        "二、待遇保障",
        "录用人员签订劳动合同，试用期满后月综合收",
        "入不低于4500元，依法缴纳社会保险。",
        "永川区消防救援支队2024年公开招聘政府专职消防员公告",
    ]
    (got,) = parse_text("\n\n".join(rows) + "\n", "yxdsb_20241120_04.txt")
    assert [b.text for b in got.blocks if b.kind == "subhead"] == [
        "一、招聘条件",
        "（一）基本条件",
        "（二）优先条件",
        "二、待遇保障",
    ]


def test_a_short_label_over_a_title_is_its_kicker_a_clause_over_a_longer_line_the_title():
    """Two headline rows with no ——: a label of a few characters (护航开学季) is the
    longer title's kicker, as papers set a 引题; a clause of its own (区委常委会召开会议)
    is the title, in the big type that makes it short, over its subtitle."""
    rows = [
        "　　本报讯（渝西都市报记者 黄 宇）6月19",
        "日，区委常委会召开会议，研究部署城市精",
        "细化管理等工作。",
        "区委常委会召开会议",
        "研究部署城市精细化管理等工作",
        "　　本报讯（渝西都市报记者 钟 梅）8月28",
        "日，区市场监管局开展校园周边食品安全专",
        "项检查，检查食品经营户126家。",
        "护航开学季",
        "永川开展校园周边食品安全专项检查",
    ]
    first, second = parse_text("\n\n".join(rows) + "\n", "2024-06-20_第1版.txt")
    assert (first.kicker, first.title, first.subtitle) == (
        "",
        "区委常委会召开会议",
        "研究部署城市精细化管理等工作",
    )
    assert (second.kicker, second.title, second.subtitle) == (
        "护航开学季",
        "永川开展校园周边食品安全专项检查",
        "",
    )


def test_a_programme_by_day_and_a_tip_box_stay_in_their_story_headlines_after():
    """A day alone over its programme (9月22日, 9月23日至30日) heads a part of the
    story, never closes one; its rows (9:30—11:30 …, 全天 …) are paragraphs; and a
    box's label over its first numbered tip leaves the tip text."""
    rows = [
        " 本报讯（渝西都市报记者 柳青）9月12日，",
        "记者从区农业农村委获悉，中国农民丰收节永川",
        "分会场活动将于9月22日在黄瓜山村举行。",
        "9月22日",
        "9:30—11:30 开幕式（黄瓜山村广场）",
        "11:30—13:00 丰收长桌宴（梨园）",
        "9月23日至30日",
        "全天 农特产品展销（游客中心）",
        "周末 梨园采摘、稻田摸鱼（梨园）",
        "温馨提示",
        "1.开幕式当天黄瓜山景观大道部分路段实行",
        "交通管制，请提前规划出行路线。",
        "2.活动现场设置免费停车场2处，停满后请",
        "听从工作人员指挥。",
        "永川农民丰收节活动日程公布",
    ]
    (got,) = parse_text("\n\n".join(rows) + "\n", "0915-05.txt")
    assert got.title == "永川农民丰收节活动日程公布"
    assert subheads(got) == ["9月22日", "9月23日至30日", "温馨提示"]
    assert [b.text for b in got.blocks if b.kind == "paragraph"][1:] == [
        "9:30—11:30 开幕式（黄瓜山村广场）",
        "11:30—13:00 丰收长桌宴（梨园）",
        "全天 农特产品展销（游客中心）",
        "周末 梨园采摘、稻田摸鱼（梨园）",
        "1.开幕式当天黄瓜山景观大道部分路段实行交通管制，请提前规划出行路线。",
        "2.活动现场设置免费停车场2处，停满后请听从工作人员指挥。",
    ]


def test_a_title_as_wide_as_the_column_over_its_subtitle_headlines_after():
    """Headline rows typeset no wider than the text (何晓东主持召开…会议 over its
    subtitle): an unstopped row between a finished sentence and the headline's
    other row is the title, not a paragraph of one row."""
    rows = [
        " 本报讯（渝西都市报记者 涂 玲）7月2",
        "日，区委副书记、区长何晓东主持召开区政",
        "府第44次常务会议，听取上半年经济运行情",
        "况汇报，研究部署下半年经济工作。",
        "会议还研究了防汛救灾、城镇燃气安全",
        "等工作，要求全力保障人民群众生命财产",
        "安全。",
        "何晓东主持召开区政府第44次常务会议",
        "研究部署下半年经济工作和防汛救灾等事项",
        " 本报讯（渝西都市报记者 彭晓雨）7月",
        "1日，区委书记周立新会见了来永考察的重",
        "庆睿驰汽车科技研究院有限公司客人一行。",
        "周立新会见睿驰汽车科技研究院客人",
    ]
    first, second = parse_text("\n\n".join(rows) + "\n", "121_8f3c6a1d2e9b7054.txt")
    assert (first.title, first.subtitle) == (
        "何晓东主持召开区政府第44次常务会议",
        "研究部署下半年经济工作和防汛救灾等事项",
    )
    assert len(first.blocks) == 2
    assert second.title == "周立新会见睿驰汽车科技研究院客人"


def test_a_features_subhead_after_a_photo_credit_set_as_an_earlier_one_goes_on():
    """In a feature, a heading under a photo's credit that is set as one of the
    feature's subheads before it (two phrases on two rows, as `良种良法` /
    `提升儿菜品质`), over text that opens no story, is the next subhead, even when
    the subhead right above it was set otherwise."""
    rows = [
        "渝西都市报记者 彭 涛 通讯员 谢 娟",
        "　　寒冬时节，临江镇的田野里却是一派丰收",
        "景象，村民们正忙着采收儿菜。",
        "良种良法",
        "提升儿菜品质",
        "　　儿菜产业做大做强，离不开科技支撑。镇",
        "里与科研院所合作，建立了儿菜良种繁育基地。",
        "延伸链条增加附加值",
        "　　鲜菜卖不完怎么办？临江镇的答案是搞加",
        "工，全镇儿菜产业综合产值超过6亿元。",
        "▲临江镇村民在田间采收儿菜。",
        "通讯员 谢 娟 摄",
        "产销对接",
        "儿菜走出大山走向全国",
        "　　每年儿菜上市季节，临江镇的儿菜交易市",
        "场里车来车往，客商在这里集中收购。",
        "小儿菜长成大产业",
        "临江镇儿菜种植面积突破5万亩",
    ]
    (got,) = parse_text("\n\n".join(rows) + "\n", "853_0f6b2d84e9a17c35.txt")
    # a short theme over a longer headline: its kicker
    assert (got.kicker, got.title) == ("小儿菜长成大产业", "临江镇儿菜种植面积突破5万亩")
    assert subheads(got) == [
        "良种良法 提升儿菜品质",
        "延伸链条增加附加值",
        "产销对接 儿菜走出大山走向全国",
    ]
    assert list(got.authors) == ["彭涛", "谢娟"]


def test_a_paragraphs_first_row_cut_mid_word_before_a_stop_is_no_subhead():
    """``退休教师王德明是“时间银行”的金牌志愿`` / ``者。他每周…``: the row below ends
    the word and the sentence the row began, so it is running text, however
    short the indent the dump dropped left it."""
    rows = [
        "“每一笔服务都有记录，每一个小时都算数，",
        "大家参与的积极性很高。”文昌社区党委书记杨光",
        "华介绍，社区还在服务站设立了兑换点。",
        "越来越多居民",
        "加入邻里互助队伍",
        "项目推出以来，参与的志愿者越来越多。目前，",
        "南大街街道“时间银行”注册志愿者已达到2600余",
        "人，累计提供服务4.8万小时，服务老人1.2万余人次。",
        "退休教师王德明是“时间银行”的金牌志愿",
        "者。他每周都会到社区为老人读报、讲解防诈骗知识，",
        "还组建了一支由12名退休老人组成的“银发志愿队”。",
        "“趁着身体还好，多帮帮别人，心里踏实。”王德明",
        "说。",
        "不少年轻人也加入了进来。永川职教城的大学",
        "生们利用课余时间到社区开展志愿服务，教老人使用",
        "智能手机。",
        "“时间银行”存下邻里温情",
    ]
    (got,) = parse_text("\n\n".join(rows) + "\n", "197_9c5a1e3f7d20b684.txt")
    assert subheads(got) == ["越来越多居民 加入邻里互助队伍"]


def test_a_short_subtitle_under_a_title_short_of_the_column_is_no_wrapped_tail():
    """``临江河流域开展“清河”专项行动`` / ``已整治排污口31个``: the row below a
    title that stops short of the column, parted between words, is its subtitle;
    only a tail that cuts a word, or a few characters, goes on the title."""
    rows = [
        " 本报讯（通讯员 罗 静）连日来，区生",
        "态环境局联合区水利局及临江镇、双石镇等",
        "沿河镇街，在临江河流域开展“清河”专项",
        "行动，集中整治沿河排污口和河道漂浮垃圾。",
        "临江河流域开展“清河”专项行动\n已整治排污口31个",
    ]
    (got,) = parse_text("\n\n".join(rows) + "\n", "201_5e8b2d7a0c4f9136.txt")
    assert (got.title, got.subtitle) == ("临江河流域开展“清河”专项行动 已整治排污口31个", "")


def test_a_trailing_byline_is_its_own_line_under_a_row_that_stops_short():
    """``（通讯员 王 平）`` under a paragraph's last row that stops short of the
    column was printed on a line of its own: a paragraph of its own, as printed.
    Under a full row it was the same printed line, wrapped: it joins the text."""
    rows = [
        "6月5日，朱沱镇涨谷村新时代文明实",
        "践站开展“粽叶飘香 邻里同乐”活",
        "动，30余名村民和志愿者一起包粽子",
        "话端午。",
        "（通讯员 王 平）",
        "朱沱镇“粽叶飘香”邻里同乐",
        "6月4日，何埂镇黄瓜山村开展疏果技术",
        "培训，村里果农都来参加了，收获满满。",
        "（通讯员 黄 勇）",
        "黄瓜山村开展疏果技术培训",
    ]
    first, second = parse_text("\n".join(rows) + "\n", "page.txt")
    assert [b.text for b in first.blocks] == [
        "6月5日，朱沱镇涨谷村新时代文明实践站开展“粽叶飘香 邻里同乐”活动，30余名村民和志愿者一起包粽子话端午。",
        "（通讯员 王 平）",
    ]
    assert list(first.authors) == ["王平"]
    assert [b.text for b in second.blocks] == [
        "6月4日，何埂镇黄瓜山村开展疏果技术培训，村里果农都来参加了，收获满满。（通讯员 黄 勇）"
    ]


def test_a_columns_name_over_a_page_of_headlines_after_heads_no_story():
    """``乡村振兴进行时`` at the top of a column whose headlines come after their
    stories is the column's name: the first story's headline is the one after it."""
    rows = [
        "乡村振兴进行时",
        "　　本报讯（通讯员 黄 勇）6月12日，",
        "何埂镇在蟠龙村召开高标准农田建设现",
        "场推进会。",
        "何埂镇高标准农田建设提速",
        "　　6月10日，板桥镇举办首届“板桥",
        "花椒节”，现场签约金额达680万元。",
        "（板桥镇供稿）",
        "板桥镇首届花椒节现场签约680万元",
    ]
    first, second = parse_text("\n".join(rows) + "\n", "page.txt")
    assert (first.title, first.kicker, list(first.authors)) == (
        "何埂镇高标准农田建设提速",
        "",
        ["黄勇"],
    )
    assert second.title == "板桥镇首届花椒节现场签约680万元"


def test_a_headline_cut_inside_a_word_joins_however_short_its_row():
    """A headline's big type fits fewer characters in a row than the text: its row
    ending inside a word (``…在汇龙小`` / ``学黑白对弈``) wraps the title, though
    it stops well short of the text's column."""
    rows = [
        "　　本报讯（通讯员 李 明）9月2日，永",
        "川区第三届少儿围棋比赛在汇龙小学举",
        "行，全区184名小棋手参赛。",
        "　　比赛分小学低段、小学高段和初中",
        "3个组别，采用积分编排制，每方用时3",
        "0分钟。经过7轮比拼，五年级学生胡乐",
        "天以7战全胜获得小学高段冠军。",
        "184名小棋手在汇龙小",
        "学黑白对弈",
    ]
    (got,) = parse_text("\n\n".join(rows) + "\n", "20230903_06.txt")
    assert (got.title, got.subtitle) == ("184名小棋手在汇龙小学黑白对弈", "")


def test_a_headline_as_wide_as_the_column_with_one_character_wrapped_below():
    """Headlines after their stories: a full unstopped row and one character under it
    (``…带动三百余户群众增`` / ``收``) are a headline wrapped mid-word, as running
    text stops short only at a stop; the next story's first row is its own."""
    rows = [
        "本报讯（通讯员 黄 兰）11月16日，松",
        "溉镇松江村黑猪养殖合作社已发展社员",
        "326户，年出栏黑猪4000余头。",
        "松溉镇黑猪养殖合作社带动三百余户群众增",
        "收",
        "连日来，五间镇的2000余亩柑橘进入采摘",
        "期，果农们抢抓晴好天气采果、分拣。",
        "金果挂满枝 橘香飘万家",
    ]
    first, second = parse_text("\n".join(rows) + "\n", "page.txt")
    assert first.title == "松溉镇黑猪养殖合作社带动三百余户群众增收"
    assert [b.text for b in first.blocks] == [rows[0] + rows[1] + rows[2]]
    assert second.title == "金果挂满枝 橘香飘万家"
    assert [b.text for b in second.blocks] == [rows[5] + rows[6]]


def test_a_headline_wider_than_the_column_over_a_continuation_marker():
    """Headlines after their stories: a line set wider than the column (so it reads
    as a paragraph's row) between a caption and ``(上接1版)`` is the headline of
    the story above, not a paragraph of it."""
    rows = [
        "该院医务部负责人表示，MDT模式打破了传统的学",
        "科壁垒，能为疑难复杂病例制定最优化的个体化诊",
        "疗方案，避免重复检查和过度治疗。",
        "区人民医院MDT门诊开诊",
        "10月13日，区中医院组织针灸科、脾胃病科、妇科",
        "等科室专家，走进双石镇双石村开展“中医药进乡",
        "村”义诊活动。专家们通过望闻问切，为村民诊治",
        "颈肩腰腿痛、慢性胃炎、失眠等常见病，并教村民",
        "练习八段锦。当天共义诊群众150余人次。",
        "▲中医专家为村民把脉问诊。（区中医院供图）",
        "区中医院专家走进双石镇开展“中医药进乡村”义诊",
        "(上接1版)",
        "在基层中医药服务能力建设方面，永川区实施“中",
        "医馆提档升级”工程，为全区镇卫生院配备中医诊",
        "疗设备，基层中医药服务覆盖率达100%。",
        "（记者 潘玥希）",
        "中医药服务基层全覆盖",
    ]
    _, first, second = parse_text("\n".join(rows) + "\n", "page.txt")
    assert first.title == "区中医院专家走进双石镇开展“中医药进乡村”义诊"
    assert [b.kind for b in first.blocks] == ["paragraph", "caption"]
    assert (second.continuation, list(second.authors)) == ("1", ["潘玥希"])


def test_an_answer_credited_in_brackets_ends_before_the_headline_after_it():
    """``…赔偿。（重庆渝永律师事务所律师 杨帆）`` closes the answer as a byline would,
    so the asking headline printed after it is the headline; ``（读者 刘先生）``
    leaves the reader unnamed: no author."""
    rows = [
        "　　问：前几天，我在永川城区一家超市购",
        "物，结账离开时防盗报警器突然响了，保安",
        "当着众人的面翻看我的背包。请问我能要求",
        "超市赔偿吗？（读者 刘先生）",
        "　　答：根据消费者权益保护法规定，消费",
        "者享有人格尊严受到尊重的权益，可以要求",
        "赔偿。（重庆渝永律师事务所律师 杨帆）",
        "超市购物被当众翻包 能否要求赔偿？",
    ]
    (got,) = parse_text("\n\n".join(rows) + "\n", "2021-09-18_第4版_法治.txt")
    assert (got.title, got.authors) == ("超市购物被当众翻包 能否要求赔偿？", ())
    assert got.blocks[-1].text.endswith("（重庆渝永律师事务所律师 杨帆）")


def test_a_stop_set_on_a_row_of_its_own_finishes_the_row_above():
    """``…排查火灾隐患`` / ``。 刘 洋 摄``: the stop a PDF tool wrapped onto the next
    row ends the text above, and the credit after it makes a photo item's text
    its caption."""
    rows = [
        "　　3月10日，永川区在卫星湖街道开展认养",
        "活动，30余个家庭认养了树苗。",
        "卫星湖街道：认养一棵树 留下一片绿",
        "3月9日，松溉镇护林员在辖区林区巡查，宣传",
        "春季森林防火知识，排查火灾隐患",
        "。 刘 洋 摄",
        "春季护林防火不松懈",
    ]
    _, photo = parse_text("\n\n".join(rows) + "\n", "2024-03-12_第5版_生态.txt")
    assert photo.title == "春季护林防火不松懈"
    (caption,) = photo.blocks
    assert caption.kind == "caption" and caption.text.endswith("排查火灾隐患。 刘 洋 摄")
    assert photo.authors == ("刘洋",)


def test_a_notice_signed_with_a_day_and_stories_with_numbered_items():
    """Headlines after their stories: a notice's issuer and its day (``特此通告。`` /
    ``永川区交通局`` / ``5月12日``) sign it, they head nothing; a route list's
    items (``3路：…`` / ``8路：…``) are paragraphs of their own even where a full
    row ends one; a time cut at its colon (``7:`` / ``30``) is one time; and a
    headline that repeats most of the story above it closes that story however
    many of its words the next one happens to use."""
    rows = [
        "本报讯（记者 罗 佳）5月10日起，因凤",
        "凰路（昌州大道至红河大道段）进行管网改造",
        "施工，途经该路段的2条公交线路临时绕行，",
        "预计工期一个半月。",
        "具体调整如下：",
        "3路：双向绕行昌州大道、红河大道，停靠人",
        "民广场站、区中医院站，暂停停靠凤凰路站。",
        "8路：双向绕行汇龙大道，首班车时间提前至",
        "早上6:30，末班车时间延后至晚上21:",
        "30，暂停停靠文化馆站。",
        "区公交公司提醒，施工期间乘客出行请提前预",
        "留时间。",
        "凤凰路施工 2条公交线路绕行",
        "为保障端午龙舟赛顺利举行，区交通局决定对",
        "赛事沿线道路实施临时交通管制，现将有关事",
        "项通告如下：",
        "一、管制时间：6月10日7:00至12:00。",
        "二、途经管制路段的2条公交线路临时绕行，",
        "恢复时间视赛事进展情况确定。",
        "特此通告。",
        "永川区交通局",
        "5月12日",
        "端午龙舟赛下月开赛",
        "——赛事沿线道路将实施临时交通管制",
    ]
    first, second = parse_text("\n".join(rows) + "\n", "page.txt")
    assert first.title == "凤凰路施工 2条公交线路绕行"
    assert [b.text[:3] for b in first.blocks] == ["本报讯", "具体调", "3路：", "8路：", "区公交"]
    assert first.blocks[3].text.endswith("末班车时间延后至晚上21:30，暂停停靠文化馆站。")
    assert (second.kicker, second.title, second.subtitle) == (
        "",
        "端午龙舟赛下月开赛",
        "——赛事沿线道路将实施临时交通管制",
    )
    assert [b.text for b in second.blocks[-3:]] == ["特此通告。", "永川区交通局", "5月12日"]


def test_a_forecasts_rows_and_a_notice_dated_over_the_next_kicker():
    """A forecast's rows (``1月9日 阴有小雨 1℃～5℃``) are a paragraph a day, never
    headings nor run into the text below; a notice's date (``2025年1月8日``) never
    wraps into the kicker under it; and a row as wide as the column over a lead
    that opens with its day and a time of day (``1月9日清晨，``) is a headline."""
    rows = [
        "本报讯（记者 罗 佳）受冷空气影响，",
        "1月8日夜间起，我区出现明显降温天气，",
        "箕山等高海拔地区出现降雪。",
        "区气象台预计未来三天我区仍将维持低温",
        "阴雨天气，具体预报如下：",
        "1月9日 阴有小雨 1℃～5℃",
        "1月10日 阴天 2℃～7℃",
        "1月11日 多云 3℃～9℃",
        "区气象台提醒，山区道路可能出现结冰，",
        "请市民做好防寒保暖。",
        "寒潮来袭 永川山区迎来降雪",
        "因持续低温，箕山景区盘山公路部分路段",
        "出现道路结冰。为保障通行安全，区交巡",
        "警支队决定对以下路段实施交通管制：",
        "管制时间：1月9日18:00起至道路",
        "结冰消除止。",
        "特此通告。",
        "永川区公安局交巡警支队",
        "2025年1月8日",
        "因路面结冰",
        "箕山景区盘山公路实施临时交通管制",
        "1月9日清晨，箕山景区银装素裹，竹林、",
        "茶园披上一层薄雪，吸引不少市民前往赏",
        "雪。",
        "箕山迎来今冬首场雪",
    ]
    snow, notice, photo = parse_text("\n".join(rows) + "\n", "page.txt")
    assert snow.title == "寒潮来袭 永川山区迎来降雪"
    assert [b.text for b in snow.blocks[2:5]] == [
        "1月9日 阴有小雨 1℃～5℃",
        "1月10日 阴天 2℃～7℃",
        "1月11日 多云 3℃～9℃",
    ]
    assert {b.kind for b in snow.blocks} == {"paragraph"}
    assert (notice.kicker, notice.title) == ("因路面结冰", "箕山景区盘山公路实施临时交通管制")
    assert notice.blocks[-1].text == "2025年1月8日"
    assert photo.title == "箕山迎来今冬首场雪"
    assert photo.blocks[0].text.startswith("1月9日清晨，")


def test_a_notices_field_after_a_short_row_is_a_paragraph_of_its_own():
    """``…（中山路东段`` / ``12号）`` / ``联系电话：…``: the short row ends the address,
    the next field is a paragraph of its own."""
    rows = [
        "供电部门提醒，高温期间，市民应合理设置空",
        "调温度，避免多台大功率电器同时使用；发现",
        "电力设施异常，请及时拨打95598报修。",
        "持续高温 永川供电全力保障迎峰度夏",
        "8月15日下午，市民在永川区汽车站候车大厅",
        "拾到黑色钱包一个，内有现金若干及身份证、",
        "银行卡等物品，现已交至永川区公安局中山路",
        "派出所，请失主前往认领。",
        "认领地址：永川区中山路派出所（中山路东段",
        "12号）",
        "联系电话：023-49812110",
        "招领启事",
    ]
    _, notice = parse_text("\n\n".join(rows) + "\n", "page.txt")
    assert notice.title == "招领启事"
    assert [b.text for b in notice.blocks[-2:]] == [
        "认领地址：永川区中山路派出所（中山路东段12号）",
        "联系电话：023-49812110",
    ]


def test_a_notice_an_obituary_and_a_hiring_notice_headlines_after():
    """Headlines after: a notice's issuer and date, then its title as wide as the
    column (``关于…的通告``), close it; an obituary's signature (``…治丧小组``) over
    ``讣告`` signs it, and ``讣告`` is its headline."""
    rows = [
        "为保障人民群众生命财产安全，根据有关规定",
        "，现就春节期间烟花爆竹燃放管理有关事项通",
        "告如下：",
        "一、2月9日至2月24日期间，城区限放区域内",
        "每日7:00至24:00允许燃放烟花爆竹。",
        "二、违反本通告规定燃放烟花爆竹的，由公安",
        "机关依法予以处罚。",
        "永川区人民政府",
        "2024年1月16日",
        "关于春节期间烟花爆竹燃放管理的通告",
        "永川区原供销合作社主任、离休干部王德明同",
        "志，因病医治无效，于1月15日在永川逝世，享",
        "年95岁。遗体告别仪式定于1月20日上午9时在",
        "永川区殡仪馆举行。",
        "王德明同志治丧小组",
        "讣告",
        "现招聘就业见习人员5名，要求为离校2年内未",
        "就业高校毕业生，见习期6个月。",
        "咨询电话：023-49862210",
        "永川区就业服务局招聘见习人员",
    ]
    notice, obituary, hiring = parse_text("\n".join(rows) + "\n", "page.txt")
    assert notice.title == "关于春节期间烟花爆竹燃放管理的通告"
    assert notice.blocks[-1].text == "2024年1月16日"
    assert (obituary.title, obituary.blocks[-1].text) == ("讣告", "王德明同志治丧小组")
    assert hiring.title == "永川区就业服务局招聘见习人员"


def test_commentaries_signed_with_pen_names_and_a_writers_note():
    """A commentary signed under its headline with a pen name (``□ 一苇``,
    ``文/老街``: no surname to check) is signed, not headlined on; a writer's note
    (``（作者系…干部）``) is the last line of its piece, so a headline wrapped
    inside a word below it starts the next one."""
    rows = [
        "快评",
        "“村BA”火出圈 靠的是群众当主角",
        "□ 一苇",
        "近日，永川区第三届“村BA”篮球赛",
        "总决赛在何埂镇落下帷幕。看台上座无虚",
        "席，加油声、锣鼓声此起彼伏。",
        "别让“问题井盖”成为“城市陷阱”",
        "文/老街",
        "井盖虽小，连着群众“脚下的安全”。",
        "井盖权属复杂，涉及供水、燃气、通信等",
        "多家单位，容易出现“谁都管、谁都不管”",
        "的局面。",
        "安全生产，人人有责。广大群众也要提高",
        "安全意识，规范用火用电用气，发现隐患",
        "及时举报。",
        "（作者系永川区应急管理局干部）",
        "年货节里的“老字",
        "号”新活力",
        "文/山石",
        "1月8日，松溉古镇年货节开市。松溉豆",
        "腐乳、永川豆豉等“老字号”纷纷亮相。",
    ]
    village, manholes, new_year = parse_text("\n".join(rows) + "\n", "page.txt")
    assert (village.title, village.authors) == ("“村BA”火出圈 靠的是群众当主角", ("一苇",))
    assert (manholes.title, manholes.authors) == ("别让“问题井盖”成为“城市陷阱”", ("老街",))
    assert manholes.blocks[-1].text == "（作者系永川区应急管理局干部）"
    assert (new_year.title, new_year.authors) == ("年货节里的“老字号”新活力", ("山石",))


def test_a_title_with_a_comma_over_its_byline_after_an_essays_end():
    """Column rows a blank line apart: a short unstopped row holding a comma, between
    an essay's last sentence and a byline (``中秋，在朱沱看月`` / ``◎ 梁 爽``), is the
    next poem's title, not a row of the essay."""
    rows = [
        "2022年9月9日　星期五　　第4版　　文苑",
        "那盏照亮山村的煤油灯",
        "□ 冉 冬",
        "我读小学的时候，学校在金龙镇一个偏远",
        "的山村里，只有三间土墙瓦房，两个年级",
        "挤在一间教室里上课。",
        "是她，点亮了我们走出大山的路。",
        "作者简介：冉冬，永川区金龙镇人，现为",
        "永川区某中学教师。",
        "中秋，在朱沱看月",
        "◎ 梁 爽",
        "月亮从长江里",
        "浮上来",
        "朱沱的码头",
        "一下子亮了",
        "渔船靠岸",
        "灯火靠岸",
        "远行的人",
        "也该靠岸了",
    ]
    got = parse_text("\n\n".join(rows) + "\n", "page.txt")
    assert [(a.title, a.authors, len(a.blocks)) for a in got] == [
        ("那盏照亮山村的煤油灯", ("冉冬",), 3),
        ("中秋，在朱沱看月", ("梁爽",), 8),
    ]


def test_numbered_items_ending_on_short_unstopped_rows_are_paragraphs_each():
    """A programme's numbered items (``1.猜灯谜：…区图书馆前广`` / ``场``), each
    ending unstopped on a short row: every item a paragraph, and the text under
    the last one a paragraph of its own."""
    rows = [
        "本报讯 记者从区文化旅游委获悉，今天",
        "是元宵节，城区多个地点将举办民俗活动，",
        "具体安排如下：",
        "1.猜灯谜：9:00—11:30，区图书馆前广",
        "场",
        "2.川剧专场：14:30，文化馆小剧场",
        "3.放河灯：19:00—21:00，兴龙湖公园南",
        "岸",
        "活动均免费，其中放河灯活动需提前在",
        "“永川文旅”微信公众号预约。",
        "元宵节当天 这些活动等你来",
    ]
    (got,) = parse_text("\n\n".join(rows) + "\n", "20240224_04.txt")
    assert [b.text for b in got.blocks][1:] == [
        rows[3] + rows[4],
        rows[5],
        rows[6] + rows[7],
        rows[8] + rows[9],
    ]


@pytest.mark.parametrize("line", ["综合新闻 05", "05 综合新闻"])
def test_a_masthead_over_lines_at_the_foot_with_its_section_and_page_in_one(line):
    """``2023年8月17日 星期四`` / ``综合新闻 05`` / ``责任编辑：…`` closing a page: its
    date, section and page, and no line of the last story."""
    page = (
        "本报讯 8月16日，区图书馆“悦读一夏”少儿阅读营开营。\n\n"
        "“悦读一夏”少儿阅读营开营\n\n"
        f"2023年8月17日 星期四\n{line}\n责任编辑：李娟 美术编辑：周洁\n"
    )
    (got,) = parse_text(page, "page.txt")
    assert (got.title, got.subtitle, got.date, got.section, got.page) == (
        "“悦读一夏”少儿阅读营开营",
        "",
        "2023-08-17",
        "综合新闻",
        "5",
    )


def test_a_story_after_a_continuation_takes_the_headline_closing_the_page():
    """A continuation under its headline, then a story that 本报讯 opens, its headline
    closing the page: that story's, not an empty one after the continuation's text."""
    page = (
        "激发消费活力 守护消费权益\n(上接3版)\n"
        "推动更多商家作出无理由退货承诺，持续营造\n安全放心的消费环境。\n"
        "活动当天，共接受群众咨询600余人次，受理\n投诉12件，快检食品样品80余批次。\n"
        "本报讯（渝西都市报记者 钟 梅）3月13日，\n“永川秀芽”春茶开采仪式在茶山竹海街道举\n"
        "行，标志着今年春茶采摘正式开始。\n"
        "茶山竹海飘茶香\n“永川秀芽”春茶开采\n"
    )
    rest, tea = parse_text(page, "page.txt")
    assert (rest.title, rest.continuation, len(rest.blocks), rest.authors) == (
        "激发消费活力 守护消费权益",
        "3",
        2,
        (),
    )
    assert (tea.title.endswith("“永川秀芽”春茶开采"), tea.authors, len(tea.blocks)) == (
        True,
        ("钟梅",),
        1,
    )


def test_rows_set_close_a_blank_line_after_a_stop_ends_a_paragraph():
    """Rows set with no blank line between them, a blank line here and there: after
    a row ending on a full stop it ends a paragraph, however full the row; after an
    unstopped row (a column's break) or a semicolon the paragraph goes on."""
    rows = [
        "认领费用全部纳入村集体经济收入，用于菜园的水",
        "电设施维护和村里的公益事业。村党支部书记宋永",
        "华介绍，菜园还吸引了不少城区居民周末前来体验",
        "",
        "农耕，村里顺势开设了农事体验课程，带动农家乐、",
        "土特产销售，预计今年可为村集体增收8万余元。",
        "",
        "下一步，南华村将继续盘活闲置资源，探索“共享",
        "菜园+研学”等新业态，让更多闲置地变成群众家门",
        "口的“幸福田”。已认领的村民按月缴费的，须按月",
        "在每月5日前缴清费用，逾期由村委会统一催缴；",
        "",
        "按年缴费的，须在12月20日前缴清当年费用。",
    ]
    page = "\n".join(rows) + "\n共享菜园让闲置地变“幸福田”\n"
    (got,) = parse_text(page, "page.txt")
    assert [b.text for b in got.blocks] == [
        "".join(rows[0:3] + rows[4:6]),
        "".join(rows[7:11] + rows[12:]),
    ]


def test_a_headline_a_character_wider_than_the_column_over_a_recent_lead():
    """Headlines after: an unstopped row a character wider than the column, after a
    finished paragraph and over ``日前，…`` (a lead), is the story above's headline,
    not the next story's first words."""
    rows = [
        "近日，教育部公布职业教育示范性虚拟仿真实",
        "训基地培育项目名单，重庆城市科技学院智能",
        "网联汽车虚拟仿真实训基地入选。基地每年",
        "可为校内外学生和企业员工提供实训服务10万",
        "人时以上。",
        "重庆城市科技学院获批国家级虚拟仿真实训基地",
        "日前，永川职教城“科技之春”宣传月活动启",
        "动。活动期间，多所院校将向市民开放实验室。",
        "职教城开展“科技之春”宣传月活动",
    ]
    base, spring = parse_text("\n".join(rows) + "\n", "page.txt")
    assert (base.title, len(base.blocks)) == ("重庆城市科技学院获批国家级虚拟仿真实训基地", 1)
    assert (spring.title, [b.text for b in spring.blocks]) == (rows[-1], [rows[6] + rows[7]])


def test_a_short_quoted_row_under_a_paragraphs_short_last_row_is_a_subhead():
    """Unindented column text: under a row that stops short (a paragraph's end), a
    short row of quoted terms with no stop (“伤疤”变“绿洲”) heads the next
    section, though the row below it runs to the column's end as any row does."""
    rows = [
        "昔日废弃矿山",
        "今朝绿意盎然",
        "——永川区推进历史遗留矿山生态修复见闻",
        "8月15日是全国生态日。记者近日走进永川区箕山",
        "片区，曾经裸露的采石场已披上“绿装”：坡面上，",
        "爬山虎、狗牙根等植物长势喜人；平台上，新栽的",
        "柏木、香樟已有一人多高。",
        "“伤疤”变“绿洲”",
        "箕山片区曾有10余家采石场，长期开采留下了大面",
        "积裸露山体，不仅影响景观，还存在滑坡等地质灾",
        "害隐患。“一到下雨天，泥沙就往下冲，附近村民",
        "都提心吊胆。”金龙镇村民唐德全回忆说。",
        "2021年起，永川区启动历史遗留矿山生态修复工程，",
        "采用“削坡减载+客土喷播+植被恢复”等技术，对",
        "箕山片区废弃矿山进行系统治理。",
    ]
    (got,) = parse_text("\n".join(rows) + "\n", "page.txt")
    assert [(b.kind, b.text[:4]) for b in got.blocks] == [
        ("paragraph", "8月15"),
        ("subhead", "“伤疤”"),
        ("paragraph", "箕山片区"),
        ("paragraph", "2021"),
    ]


def test_who_led_it_under_a_full_headline_row_over_a_dateline_is_the_subtitle():
    """Headlines after: a headline row as wide as the column, then who led the work
    (``高德明带队``) and a row opening with a date: the story above's title and
    subtitle, not a paragraph running on into the next story."""
    rows = [
        "本报讯（渝西都市报记者 周 立）4",
        "月9日，区人大常委会主任高德明",
        "带队，对全区贯彻实施《中华人民共",
        "和国食品安全法》情况开展执法检",
        "查。",
        "检查组先后来到中山路街道农贸市场、",
        "一所中学食堂和一家食品生产企业，",
        "实地查看食品进货查验、加工制作、",
        "检验检测等环节，听取相关部门工作",
        "汇报。",
        "高德明要求，要压实食品安全属地管理",
        "责任和企业主体责任，加大校园周",
        "边、农村集体聚餐等重点领域监管力",
        "度，切实保障人民群众“舌尖上的",
        "安全”。",
        "区人大常委会开展食品安全执法检查",
        "高德明带队",
        "4月10日，在永川区双石镇一处茶园里，",
        "茶农们正忙着采摘春茶。放眼望去，一",
        "垄垄茶树吐露新芽，空气中弥漫着淡淡的",
        "茶香。",
        "近年来，双石镇引导群众发展茶叶种植，",
        "推广“合作社+基地+农户”模式，全镇茶园",
        "面积达到3000余亩，带动400余户群众在家",
        "门口增收。",
        "▲茶农在茶园里采摘春茶。",
        "▲工人在加工车间炒制新茶。",
        "渝西都市报记者 蒋涛 摄",
        "双石镇：春茶采摘正当时",
    ]
    inspection, tea = parse_text("\n\n".join(rows) + "\n", "page.txt")
    assert (inspection.title, inspection.subtitle) == (
        "区人大常委会开展食品安全执法检查",
        "高德明带队",
    )
    assert tea.blocks[0].text.startswith("4月10日，")


def test_the_pages_last_headline_names_the_lead_after_a_continuation():
    """A page that opens on a continuation under its headline, then a story told
    before its headline, the page's last lines: the headline is that story's."""
    rows = [
        "第4版 民生 2024年3月15日 星期五 本版编辑：赵丽",
        "激发消费活力 守护消费权益",
        "(上接3版)",
        "推动更多商家作出无理由退货承诺，持续营造",
        "安全放心的消费环境。",
        "活动当天，共接受群众咨询600余人次，受理",
        "投诉12件，快检食品样品80余批次。",
        "本报讯（渝西都市报记者 钟 梅）3月13日，",
        "“永川秀芽”春茶开采仪式在茶山竹海街道举",
        "行，标志着今年春茶采摘正式开始。",
        "今年，全区茶园面积达12万亩，预计春茶产量",
        "1800吨、产值达6亿元。仪式上，多家茶企与",
        "采购商签订了合作协议，签约金额超过1.2亿",
        "元。",
        "茶山竹海飘茶香",
        "“永川秀芽”春茶开采",
    ]
    jumped, tea = parse_text("\n".join(rows) + "\n", "page.txt")
    assert (jumped.title, jumped.blocks[-1].text[-4:]) == ("激发消费活力 守护消费权益", "余批次。")
    assert tea.title.endswith("“永川秀芽”春茶开采")
    assert tea.blocks[0].text.startswith("本报讯")


PULL_QUOTE_ROWS = [
    "让每个孩子都有人生出彩的机会",
    "——访永川区职业教育集团理事长徐涛",
    "",
    "□渝西都市报记者 彭禹乔",
    "",
    "\u3000\u3000永川是国家定位的西部职教基地，全区现有职",
    "",
    "业院校19所、在校学生20万人，每年向社会输送5",
    "",
    "万多名技能人才。职业教育如何从“有学上”走向",
    "",
    "“上好学”？日前，记者专访了永川区职业教育集",
    "",
    "团理事长徐涛。",
    "",
    "关键词一：产教融合",
    "",
    "\u3000\u3000问：这几年，永川职业教育最大的变化是什么？",
    "",
    "\u3000\u3000答：最大的变化是学校和企业真正“走到了一",
    "",
    "起”。过去是学校教什么，学生学什么；现在是企",
    "",
    "业需要什么，学校就教什么。我们已经和400多家",
    "",
    "企业建立了合作关系，开设订单班、冠名班，很多",
    "",
    "学生还没毕业就被企业预订了。",
    "",
    "\u3000\u3000问：产教融合具体是怎么做的？",
    "",
    "\u3000\u3000答：我们推行“校中厂、厂中校”模式，把企",
    "",
    "业的生产线搬进校园，把课堂开进车间。比如汽车",
    "",
    "专业的学生，一年级在学校学理论，二年级就到合",
    "",
    "作企业的产线上轮岗，师傅带徒弟，学的就是企业",
    "",
    "正在用的技术。",
    "",
    "“职业教育不是‘次等教育’，",
    "而是另一条成才赛道。”",
    "——徐涛",
    "",
    "关键词二：技能成才",
    "",
    "\u3000\u3000问：不少家长仍觉得读职校“低人一等”，您",
    "",
    "怎么看？",
    "",
    "\u3000\u3000答：这种观念正在改变。职业教育不是“次等",
    "",
    "教育”，而是另一条成才赛道。去年，我们的学生",
    "",
    "在全国职业院校技能大赛中拿了11个一等奖，还有",
    "",
    "一批学生通过职教高考升入了本科院校。技能成才",
    "",
    "的路，越走越宽了。",
]


def test_a_pull_quote_between_columns_is_printed_once():
    """A feature's pull quote, a short sentence set between its columns that
    repeats what was said in the text (and who said it, ——徐涛), is printed
    twice: the text keeps it once, where it was said, and the heading after it
    is still the feature's subhead."""
    (got,) = parse_text("\n".join(PULL_QUOTE_ROWS) + "\n", "page.txt")
    texts = [b.text for b in got.blocks]
    assert not any(text.startswith("“职业教育") for text in texts)
    assert "——徐涛" not in texts
    assert ("subhead", "关键词二：技能成才") in [(b.kind, b.text) for b in got.blocks]
    assert any("而是另一条成才赛道。去年" in text for text in texts)


def test_oral_histories_credited_to_who_told_and_who_recorded_them():
    """An oral history signed at its end in brackets wrapped over two rows
    (``（口述：王德福　整理：渝西都市报记`` / ``者 陈仕川）``) is signed by who
    recorded it, not headed by the credit; one headlined first under a signed-off
    story, its teller and recorder on lines of their own (``口述：刘素华`` /
    ``整理：渝西都市报记者 潘玥希``), is a story of its own, the two lines one byline
    and no text."""
    told = [
        "我经常带孙子到江边走走，给他讲以前的",
        "事。他不相信，说爷爷你吹牛。我就笑，",
        "这些事情，不讲就没人晓得了。",
        "（口述：王德福　整理：渝西都市报记",
        "者 陈仕川）",
    ]
    first = _as_seed_002(told, ["我在朱沱码头挑了三十年扁担", "——朱沱港老搬运工王德福口述"])
    second = "\n\n".join(
        [
            "　　“这些军功章放在家里，只有我",
            "一个人看；放在纪念馆，能让更多年",
            "轻人知道那段历史。”邓光荣说。",
            "　　（记者 涂 燕）",
            "那些年，我在五间镇当知青",
            "口述：刘素华",
            "整理：渝西都市报记者 潘玥希",
            "第一次挑水",
            "　　1969年春天，我17岁，从重庆城",
            "里来到永川县五间公社插队落户。下",
            "车的时候，生产队长带着几个社员来",
            "接我们。",
        ]
    )
    (oral,) = parse_text(first, "page.txt")
    assert (oral.kicker, oral.title, oral.authors) == (
        "",
        "我在朱沱码头挑了三十年扁担",
        ("陈仕川",),
    )
    assert oral.blocks[-1].text.startswith("（口述：王德福")
    medals, youth = parse_text(second, "page.txt")
    assert medals.authors == ("涂燕",)
    assert (youth.title, youth.authors) == ("那些年，我在五间镇当知青", ("潘玥希",))
    assert [b.kind for b in youth.blocks] == ["subhead", "paragraph"]


def test_a_prize_list_wrapped_then_a_title_over_its_dash_subtitle():
    """Prizes listed a label each (``二等奖：…“夕`` / ``阳红”舞蹈队`` / ``三等奖：…``):
    an item labelled as the next one ends at its short row, stopped or not; and the
    title right over a ``——`` subtitle is a headline even under an item's unstopped
    last row, clauses in it."""
    rows = [
        "本报讯（渝西都市报记者 黄 琴）4月20日，永川区",
        "2024年“舞动茶竹”广场舞大赛决赛在兴龙湖公园举",
        "行。本次比赛最终评出一等奖1个、二等奖2个、三等",
        "奖3个，获奖名单如下：",
        "一等奖：茶山竹海街道“竹韵”舞蹈队",
        "二等奖：胜利路街道“红枫”舞蹈队、三教镇“夕",
        "阳红”舞蹈队",
        "三等奖：朱沱镇“江韵”舞蹈队、青峰镇“金色年",
        "华”舞蹈队、南大街街道“悦动”舞蹈队",
    ]
    page = _as_seed_002(rows, ["永川区2024年“舞动茶竹”广场舞大赛决赛落幕", "——18支队伍同台竞技"])
    (got,) = parse_text(page, "page.txt")
    assert (got.title, got.subtitle) == (
        "永川区2024年“舞动茶竹”广场舞大赛决赛落幕",
        "——18支队伍同台竞技",
    )
    assert [b.text for b in got.blocks[-2:]] == [
        "二等奖：胜利路街道“红枫”舞蹈队、三教镇“夕阳红”舞蹈队",
        "三等奖：朱沱镇“江韵”舞蹈队、青峰镇“金色年华”舞蹈队、南大街街道“悦动”舞蹈队",
    ]


def test_a_case_report_label_under_the_headline_above_and_a_quoted_law_article():
    """Headlines after: ``【案情】`` right under the story above's headline heads the
    case report's text (no headline ends with a section's label), and a row quoting
    a law's article by its number (``《…条例》第十四条 职工有下列``) runs on into the
    paragraph: that space sets off the article, not a headline's phrases."""
    fish = article(
        "捕鱼船违规作业 船主被罚款五千元",
        para(
            "本报讯（渝西都市报记者 李 军）6月3日，永川区农业农村委执法人员在松溉镇长江"
            "水域巡查时发现一艘捕鱼船违规作业，当场查扣渔具并依法对船主作出罚款处理。"
        ),
        para("执法人员提醒，长江流域全面禁捕期间，任何单位和个人不得从事生产性捕捞。"),
    )
    case = article(
        "快递丢失谁来赔",
        subhead("【案情】"),
        para(
            "去年8月，市民张某通过某快递公司寄送一台笔记本电脑，快递在运输途中丢失，"
            "快递公司只同意按运费的三倍赔偿，张某诉至法院。"
        ),
        subhead("【法条链接】"),
        para(
            "《快递暂行条例》第二十七条 快件延误、丢失、损毁或者内件短少的，对保价的快件，"
            "应当按照经营快递业务的企业与寄件人约定的保价规则确定赔偿责任。"
        ),
        kicker="以案说法",
    )
    page = relayout.column([fish, case], 19, "after")
    got = parse_text(page, "page.txt")
    assert [(a.title, a.subtitle) for a in got] == [
        ("捕鱼船违规作业 船主被罚款五千元", ""),
        ("快递丢失谁来赔", ""),
    ]
    assert [b.kind for b in got[1].blocks] == ["subhead", "paragraph", "subhead", "paragraph"]
    assert got[1].blocks[-1].text.startswith("《快递暂行条例》第二十七条")


def test_a_figure_wrapped_alone_under_a_headline_ends_it():
    """A headline's closing figure wrapped to a row of its own (``97.6%``) over the
    lead is the headline's end, never the text's first words."""
    page = (
        "永川区城乡居民医保参保率达\n97.6%\n"
        "本报讯（渝西都市报记者 王 琳）截至6月\n底，全区城乡居民医保参保人数达86.2万\n"
        "人，参保率达97.6%，位居全市前列。\n区医保局相关负责人介绍，今年以来，该\n"
        "局通过村社干部上门动员、线上缴费等方\n式，持续扩大参保覆盖面。\n"
    )
    (got,) = parse_text(page, "page.txt")
    assert (got.title, got.authors) == ("永川区城乡居民医保参保率达97.6%", ("王琳",))
    assert got.blocks[0].text.startswith("本报讯")


def test_a_notices_issuer_and_its_date_set_apart_under_its_close():
    """Column text: ``特此通告。`` / the issuer / its date indented to the right,
    blank lines between: the notice's signature, never one headline run together."""
    page = (
        "关于清明节期间茶山竹海景区周边道路实行临时交通管制的通告\n\n"
        "为确保清明节期间茶山竹海景区周边道路交\n通安全、有序、畅通，根据《中华人民共和\n"
        "国道路交通安全法》之规定，决定对相关道\n路实行临时交通管制。\n"
        "一、管制时间：2024年4月4日至4月6日，每\n日8时至18时。\n"
        "二、管制路段：茶山竹海景区入口至天子湖\n路段，实行单向通行。\n\n"
        "特此通告。\n\n重庆市公安局永川区分局交通巡逻警察支队\n\n"
        "　　　　　　　　　　2024年3月14日\n"
    )
    (got,) = parse_text(page, "page.txt")
    assert [b.text for b in got.blocks][-2:] == [
        "重庆市公安局永川区分局交通巡逻警察支队",
        "2024年3月14日",
    ]


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_bracketed_briefs_under_a_label_on_a_page_of_headlines_after(gap: str):
    """Headlines after their stories, then ``简讯`` over briefs whose bracketed
    headlines run into their text (the first cut where its column wraps:
    ``【临江镇举办…培训】`` over two rows), then ``图片新闻`` over a photo item whose
    headline follows it: each brief headed by its brackets, the labels no titles."""
    rows = [
        "本报讯（渝西都市报记者 罗 静）5月6日，",
        "区农业农村委组织专家深入田间，指导农户",
        "做好春播春管工作，确保粮食稳产增产。",
        "今年全区计划种植水稻32万亩。",
        "专家进田间 指导春播忙",
        "简讯",
        "【临江镇举办2024年农村电商直播带货培",
        "训】本报讯（通讯员 何 平）5月5日，培训",
        "在临江镇便民服务中心举行，120余名村民",
        "参加。",
        "【板桥镇开展防汛应急演练】5月4日，板桥",
        "镇组织干部群众开展防汛应急演练。",
        "【吉安镇新建5座农村公厕投用】近日，吉",
        "安镇新建的5座农村公厕全部投入使用。",
        "图片新闻",
        "5月3日，卫星湖街道南华村的油菜迎来收",
        "割季，村民抢抓晴好天气收割晾晒。",
        "▲村民在收割油菜。",
        "渝西都市报记者 汪 洋 摄",
        "南华村油菜收割忙",
    ]
    got = parse_text("2024年5月7日　星期二　第3版　综合\n\n" + gap.join(rows) + "\n", "page.txt")
    assert [(a.title, a.authors) for a in got] == [
        ("专家进田间 指导春播忙", ("罗静",)),
        ("临江镇举办2024年农村电商直播带货培训", ("何平",)),
        ("板桥镇开展防汛应急演练", ()),
        ("吉安镇新建5座农村公厕投用", ()),
        ("南华村油菜收割忙", ("汪洋",)),
    ]
    assert got[1].blocks[0].text.startswith("本报讯（通讯员 何 平）5月5日，培训在临江镇")
    assert [b.text for b in got[3].blocks] == ["近日，吉安镇新建的5座农村公厕全部投入使用。"]
    assert [b.kind for b in got[4].blocks] == ["paragraph", "caption", "caption"]


def test_a_closing_byline_a_blank_line_under_a_full_row_is_a_block_of_its_own():
    """Rows set close, paragraphs a blank line apart: a byline in brackets a blank
    line under the last paragraph's full row is a block of its own, as printed;
    right under it, it signs the paragraph."""
    rows = [
        "入冬以来，何埂镇的柑橘园里一派繁忙景象，",
        "果农们忙着采摘、分拣、装箱，一筐筐金黄的",
        "柑橘被运往全国各地。",
        "",
        "近年来，何埂镇调整柑橘品种结构，推广“春",
        "见”“沃柑”等晚熟品种，错峰上市让果农卖",
        "上了好价钱，每斤比早熟品种高出一元多。",
        "",
        "据统计，何埂镇柑橘种植面积达2.6万亩，今",
        "年预计产量5万吨，综合产值超过2亿元以上。",
    ]
    for gap, blocks in (("\n\n", 4), ("\n", 3)):
        page = "何埂镇晚熟柑橘错峰上市\n\n" + "\n".join(rows) + gap + "（通讯员 黄 敏）\n"
        (got,) = parse_text(page, "page.txt")
        assert (len(got.blocks), got.blocks[-1].text.endswith("（通讯员 黄 敏）")) == (blocks, True)


def test_a_documents_title_under_the_jump_of_the_story_above_heads_it():
    """``（下转6版）`` closes the story above; the row under it naming a document
    (``…改造项目公示``) is its title, though as wide as the column's rows."""
    page = (
        "首批12个老旧小区改造项目集中开工\n\n"
        "5月18日，永川区2025年首批城镇老旧小区改造\n项目在胜利路街道文昌小区集中开工。\n\n"
        "据区住房城乡建设委相关负责人介绍，今年，全\n区计划改造老旧小区\n\n（下转6版）\n\n\n"
        "永川区2025年第二批城镇老旧小区改造项目公示\n\n"
        "根据重庆市城镇老旧小区改造工作有关要求，经\n各街道申报、区级审核，拟将以下9个小区纳入\n"
        "2025年第二批城镇老旧小区改造项目，现予以公\n示：\n\n"
        "1.胜利路街道：文化路小区、红旗小区、人和小\n区；\n\n"
        "2.中山路街道：萱花小区、玉屏小区。\n"
    )
    got = parse_text(page, "page.txt")
    assert [a.title for a in got] == [
        "首批12个老旧小区改造项目集中开工",
        "永川区2025年第二批城镇老旧小区改造项目公示",
    ]
    assert got[1].blocks[0].text.startswith("根据重庆市城镇老旧小区改造工作有关要求")


def test_stories_are_parted_by_the_widest_gaps_where_subheads_have_one_blank_line():
    """Rows set close, subheads and headline rows a blank line apart, stories (and
    a running head dropped mid-column) two or three: only the wider gaps are where
    stories end; the subheads' single blank lines are the story's own."""
    rows = "row\n" * 8
    lines = (
        f"标题\n\n{rows}\n【小标题一】\n\n{rows}\n\n{rows}\n【小标题二】\n\n{rows}"
        f"\n\n\n标题二\n\n{rows}{rows}{rows}"
    ).split("\n")
    gaps = blank_lines_above(lines)
    assert [lines[n] for n in sorted(story_gaps(gaps))] == ["row", "标题二"]


def test_a_headline_wrapped_inside_its_quotation_is_one_title():
    """``永川区召开2025年“安全生产`` / ``月”活动动员部署会``: the wrap cut the quoted
    term, so the second row is the title's end, no subtitle."""
    page = (
        "永川区召开2025年“安全生产\n月”活动动员部署会\n\n"
        "　　本报讯（渝西都市报记者 付 强）6月16\n日，永川区召开2025年“安全生产月”活动\n"
        "动员部署会，对全区安全生产月活动进行安\n排部署。\n"
    )
    (got,) = parse_text(page, "page.txt")
    assert (got.title, got.subtitle) == ("永川区召开2025年“安全生产月”活动动员部署会", "")


def test_a_row_cut_inside_a_figure_is_running_text_not_a_headline():
    """``当天共发放宣传资料1`` / ``200余份。…``: a row cut inside a figure goes on
    below, however short, no headline; a list's next item (``2.…``) under a row
    ending on a number stays its own."""
    page = (
        "简　讯\n\n\n何埂镇开展防溺水安全宣传\n\n"
        "　　本报讯 6月5日，何埂镇联合镇中心小\n学开展防溺水安全宣传活动，向学生和家\n"
        "长普及防溺水知识，提醒大家做到“六不\n准”。\n当天共发放宣传资料1\n"
        "200余份。（通讯员 张 敏）\n\n\n"
        "松溉镇非遗展演周吸引游客2.3万人次\n\n"
        "　　本报讯 6月3日至5日，松溉镇在古镇\n景区举办非遗展演周活动，吸引游客2.3\n万人次。\n"
    )
    got = parse_text(page, "page.txt")
    assert [(a.title, a.authors) for a in got] == [
        ("何埂镇开展防溺水安全宣传", ("张敏",)),
        ("松溉镇非遗展演周吸引游客2.3万人次", ()),
    ]
    assert got[0].blocks[-1].text.endswith("当天共发放宣传资料1200余份。（通讯员 张 敏）")
    assert cut_date("全镇柑橘线上销售额突破32", "00万元。")
    assert not cut_date("获奖学生：初一（3）班 王 强 11", "2.初二（1）班 李 想")


def test_a_headline_as_wide_as_the_column_over_a_short_tail_over_the_next_lead():
    """Headlines after their stories: ``…全国职业院校技能大赛`` (as wide as the
    column, no mark in it) / ``中摘得两金一银`` / ``9月2日，…``: the story above's
    headline, no paragraph of the story below."""
    page = (
        "本报讯（渝西都市报记者 何 露）8月30日，\n记者从永川区职业教育中心获悉，该校学生\n"
        "在全国职业院校技能大赛中获得2个一等奖、\n1个二等奖，创下该校参赛以来最好成绩。\n"
        "据介绍，近年来，永川职教中心坚持产教\n融合、校企合作，毕业生就业率连续5年保\n持在98%以上。\n"
        "永川职教中心学子在全国职业院校技能大赛\n中摘得两金一银\n"
        "9月2日，永川区兴龙湖小学迎来首批1080\n名学生。这所位于卫星湖街道的新建学校\n"
        "总投资约2.1亿元，设有48个教学班。\n"
        "兴龙湖小学迎来首批新生\n"
    )
    got = parse_text(page, "page.txt")
    assert [(a.title, a.blocks[0].text[:5]) for a in got] == [
        ("永川职教中心学子在全国职业院校技能大赛中摘得两金一银", "本报讯（渝"),
        ("兴龙湖小学迎来首批新生", "9月2日，"),
    ]


def test_a_notices_attachment_line_over_its_signature_is_its_text():
    """``附件：招聘岗位一览表`` indented under a notice's last clause, over its issuer
    and date: the notice's line, no headline of another article."""
    page = (
        "重庆永川旅游发展集团有限公司公开招聘工作人员公告\n\n"
        "　　因业务发展需要，现面向社会公开招\n聘工作人员8名。有关事项公告如下。\n"
        "一、咨询方式\n　　咨询电话：023-49871566（工作日9:00\n至17:00）。\n"
        "　　附件：招聘岗位一览表\n重庆永川旅游发展集团有限公司\n2024年10月14日\n"
    )
    (got,) = parse_text(page, "page.txt")
    assert [b.text for b in got.blocks][-3:] == [
        "附件：招聘岗位一览表",
        "重庆永川旅游发展集团有限公司",
        "2024年10月14日",
    ]


def test_a_bracketed_label_over_a_tables_rows_on_a_page_of_headlines_after():
    """Headlines after their stories: ``【高中男子100米决赛前六名】`` over a results
    table inside the story is the table's label, no headline of the text above."""
    page = (
        "本报讯（渝西都市报记者 彭禹乔）10月14日，\n为期三天的永川区第十届中小学生田径运动会\n"
        "在永川中学田径场落下帷幕，6人9次打破区\n中小学生纪录。\n"
        "比赛中，永川中学高二学生曾俊熙在高中男子\n100米决赛中跑出10秒98，打破了区纪录。\n"
        "【高中男子100米决赛前六名】\n名次 姓名 单位 成绩\n1 曾俊熙 永川中学 10秒98\n"
        "2 龙泽宇 北山中学 11秒12\n3 邓家乐 萱花中学 11秒20\n"
        "区教委相关负责人介绍，成绩优异的学生将\n入选永川区代表队。\n"
        "永川区第十届中小学生田径运动会闭幕\n——6人9次打破区中小学生纪录\n"
    )
    (got,) = parse_text(page, "page.txt")
    assert got.title == "永川区第十届中小学生田径运动会闭幕"
    assert ("subhead", "【高中男子100米决赛前六名】") in [(b.kind, b.text) for b in got.blocks]


@pytest.mark.parametrize(
    "headline, title, subtitle",
    [
        (
            ["永川区政府召开第31次常务会议 研究部署一季度", "经济运行和安全生产等工作"],
            "永川区政府召开第31次常务会议 研究部署一季度经济运行和安全生产等工作",
            "",
        ),
        (
            ["区十八届人大常委会举行第十九次会议 听取和审议", "区政府关于法治政府建设情况的报告"],
            "区十八届人大常委会举行第十九次会议 听取和审议区政府关于法治政府建设情况的报告",
            "",
        ),
        (
            ["区政府召开第31次常务会议研究部署", "春季森林防灭火和安全生产工作"],
            "区政府召开第31次常务会议研究部署春季森林防灭火和安全生产工作",
            "",
        ),
        (
            ["区政府召开专题会议研究部署", "城市更新工作"],
            "区政府召开专题会议研究部署城市更新工作",
            "",
        ),
        (
            ["永川区2024年度森林防灭火", "工作会议召开"],
            "永川区2024年度森林防灭火工作会议召开",
            "",
        ),
        (
            ["永川区第十八届人大常委会第十九次会议召开", "区政府关于法治政府建设情况的报告"],
            "永川区第十八届人大常委会第十九次会议召开",
            "区政府关于法治政府建设情况的报告",
        ),
        (
            ["永川区政府召开第27次常务会议 常晓勇主持", "研究部署一季度经济运行等工作"],
            "永川区政府召开第27次常务会议 常晓勇主持",
            "研究部署一季度经济运行等工作",
        ),
    ],
)
def test_a_meetings_business_cut_at_its_headlines_row_goes_on_below(headline, title, subtitle):
    """A meeting's headline whose first row ends on its business before its object
    (``…会议 听取和审议`` / ``区政府关于…的报告``) goes on in the row below: one
    title, also where no space parts the business from the meeting, and so is a
    short tail that holds the meeting (``…森林防灭火`` / ``工作会议召开``); who presided
    finishes the row, the business below it a subtitle."""
    (got,) = parse_text(_as_seed_002(MEETING_ROWS, headline), "106.txt")
    assert (got.kicker, got.title, got.subtitle) == ("", title, subtitle)


def test_a_bracketed_part_of_a_story_printed_headline_last_is_its_subhead():
    """``【案情】`` / ``【说法】`` between the rows of a story whose headline comes
    after it, the part under it opening with its date: the story's subheads, not
    a story headlined ``案情``."""
    page = (
        "2024年11月8日 星期五 第7版 政法\n\n"
        "本报讯（记者 韩 雪 通讯员 邹 凯）近\n日，家住陈食街道的市民王先生接到一个\n"
        "自称购物平台客服的电话，结果被骗12万\n元。11月6日，警方通报了案件情况。\n"
        "【案情】\n10月下旬，王先生接到电话，对方准确说\n出了他的姓名、手机号和购买的商品信息，\n"
        "诱导他将资金转入所谓的“安全账户”。\n"
        "【说法】\n民警介绍，冒充客服退款理赔诈骗是近年\n来高发的电信网络诈骗类型，请提高警惕。\n\n"
        "冒充“客服”办理退款理赔 男子被骗12万元\n"
    )
    (got,) = parse_text(page, "page.txt")
    assert got.title == "冒充“客服”办理退款理赔 男子被骗12万元"
    assert [b.text for b in got.blocks if b.kind == "subhead"] == ["【案情】", "【说法】"]


def test_bylines_under_headlines_after_their_essays_over_a_story_naming_its_own_writer():
    """Headlines after their essays, each over its writer (``端午忆外婆`` / ``□ 曾 庆``),
    the last story naming its own in its lead (``本报讯（通讯员 唐 浩）``) and its
    headline alone: each byline signs the essay above it."""
    page = (
        "第7版　副刊\n\n"
        "　　又到端午，菜市场里的粽叶一捆捆摆\n了出来，青翠欲滴。我站在摊前，恍惚间\n"
        "又闻到了外婆灶房里的那股清香。\n\n端午忆外婆\n□ 曾 庆\n\n"
        "　　朱沱镇靠着长江，镇上的人说起端午，\n头一件事就是划龙舟。鼓声一响，整条\n"
        "江都热闹起来。\n\n江边鼓声\n□ 龚 平\n\n"
        "　　本报讯（通讯员 唐 浩）5月30日，\n永川区图书馆开展端午主题阅读活动，\n"
        "200余名师生参加。\n\n端午时节书香浓\n"
    )
    got = parse_text(page, "page.txt")
    assert [(a.title, a.authors) for a in got] == [
        ("端午忆外婆", ("曾庆",)),
        ("江边鼓声", ("龚平",)),
        ("端午时节书香浓", ("唐浩",)),
    ]


def test_a_byline_under_a_headline_after_its_story_over_a_story_signed_at_its_end():
    """``城区集中整治摩托车`` / ``非法载客行为`` / ``本报记者 邓 宇 通讯员 胡 斌`` after
    its story, the story below signed at its end (``（本报通讯员 黄 涛）``): the
    byline signs the story its headline closes; the publisher's imprint
    (``渝西都市报社出版　　地址：…118号　邮编：402160``) is no story."""
    page = (
        "第三版\n\n本报讯 近日，城区开展集中整治摩托车非法载客行为专项行动，\n\n"
        "查处违法车辆56辆。\n\n城区集中整治摩托车\n非法载客行为\n本报记者 邓 宇 通讯员 胡 斌\n\n"
        "本报讯 入汛以来，朱沱镇早安排、早部署，\n\n落实防汛值班制度。\n\n（本报通讯员 黄 涛）\n\n"
        "朱沱镇未雨绸缪备战汛期\n\n渝西都市报社出版　　地址：永川市人民大道118号　邮编：402160\n"
    )
    got = parse_text(page, "page.txt")
    assert [(a.title, a.authors) for a in got] == [
        ("城区集中整治摩托车 非法载客行为", ("邓宇", "胡斌")),
        ("朱沱镇未雨绸缪备战汛期", ("黄涛",)),
    ]


def test_a_readers_question_after_the_departments_reply_heads_the_letter_above():
    """Readers' letters in column text, headlines after: a letter, its signer, the
    department's reply (``部门回复：…``), then the letter's question as its headline
    (``学校门口的减速带能否早点装？``): each letter a piece of its own."""
    page = (
        "我的孩子在永川区萱花小学读书，学校门口是一条下\n坡路，车辆经过时速度很快。建议安装减速带。\n"
        "读者 罗 刚\n部门回复：永川区公安局交通巡逻警察支队回复称，\n将于11月中旬前安装减速带。\n"
        "学校门口的减速带能否早点装？\n"
        "最近我在板桥镇农贸市场买菜，回家一称，2斤排骨\n少了将近3两。希望市场监管部门加强检查。\n"
        "板桥镇居民 杨 帆\n部门回复：永川区市场监管局回复称，已开展专项检\n查，对32台电子秤进行了检定。\n"
        "农贸市场缺斤少两现象该管管了\n"
    )
    got = parse_text(page, "page.txt")
    assert [(a.title, a.authors) for a in got] == [
        ("学校门口的减速带能否早点装？", ("罗刚",)),
        ("农贸市场缺斤少两现象该管管了", ("杨帆",)),
    ]


def test_an_outline_heading_with_a_comma_over_its_indented_section():
    """Column text whose sections open on an outline's heading, a comma in it
    (``一、聚焦企业所需，提升政务服务效能``), under a finished row and over an
    indented paragraph: a subhead, not a paragraph's one row."""
    page = (
        "　　本报讯 2月27日，永川区召开优化营商环境大会，\n总结去年工作，部署今年重点任务。\n"
        "一、聚焦企业所需，提升政务服务效能\n"
        "　　要深化“一件事一次办”改革，推动更多高频事\n项“掌上办”“就近办”。\n"
        "二、聚焦公平竞争，营造良好市场环境\n"
        "　　要全面清理妨碍公平竞争的政策措施，让企业\n在永川放心投资、安心经营。\n"
        "永川区召开优化营商环境大会\n"
    )
    (got,) = parse_text(page, "page.txt")
    assert got.title == "永川区召开优化营商环境大会"
    assert subheads(got) == [
        "一、聚焦企业所需，提升政务服务效能",
        "二、聚焦公平竞争，营造良好市场环境",
    ]


def test_a_figure_line_over_a_places_headline_and_its_subtitle_is_the_kicker():
    """Headlines after the body: ``一季度规上工业产值同比增长12.6%`` over
    ``永川高新区跑出发展“加速度”`` and a ``——`` subtitle. The second line opens on a
    place and no word is cut between them: the first is the kicker, not a title
    wrapped."""
    page = (
        "　　今年一季度，永川高新区实现规上工业产值386.5\n亿元，同比增长12.6%，增速位居全市前列。\n"
        "一季度规上工业产值同比增长12.6%\n永川高新区跑出发展“加速度”\n——来自凤凰湖产业园的一线观察\n"
    )
    (got,) = parse_text(page, "page.txt")
    assert (got.kicker, got.title, got.subtitle) == (
        "一季度规上工业产值同比增长12.6%",
        "永川高新区跑出发展“加速度”",
        "——来自凤凰湖产业园的一线观察",
    )


def test_a_subheads_indented_next_row_opens_its_paragraph():
    """Column text whose paragraphs open indented: a subhead (``项目投资持续发力``)
    over an indented row that happens to be short (``　　截至5月底，全区78个市级、
    区级重点``): the row opens the subhead's paragraph, no second headline row."""
    page = (
        "全区上半年经济运行调度会召开\n——罗敏出席并讲话\n渝西都市报记者 雷 雨\n"
        "　　6月3日下午，全区上半年经济运行调度会召\n开，分析研判当前经济形势，调度重点指标完\n成情况。\n"
        "工业经济稳中有进\n"
        "　　会议通报，今年1至5月，全区规模以上工业\n增加值同比增长7.9%，新增规上工业企业共\n17家。\n"
        "项目投资持续发力\n"
        "　　截至5月底，全区78个市级、区级重点\n项目完成投资163.5亿元，占年度计划的\n"
        "46.2%。长城汽车零部件产业园二期、朱\n沱港二期等项目加快推进。\n"
    )
    (got,) = parse_text(page, "page.txt")
    assert subheads(got) == ["工业经济稳中有进", "项目投资持续发力"]
    assert got.blocks[-1].text.startswith("截至5月底，全区78个市级、区级重点项目完成投资")


@pytest.mark.parametrize(
    ("lines", "kicker", "title"),
    [
        (
            ["林长制落地见效", "茶山竹海万亩竹林有了“林长管家”"],
            "林长制落地见效",
            "茶山竹海万亩竹林有了“林长管家”",
        ),
        (["生态种养促增收", "“稻鱼共生”让一田变两金"], "生态种养促增收", "“稻鱼共生”让一田变两金"),
        (["一根篾条", "编出半个世纪的匠心"], "", "一根篾条 编出半个世纪的匠心"),
    ],
)
def test_a_short_clause_over_a_clause_and_a_subtitle_is_the_kicker(lines, kicker, title):
    """Headlines after the body: a short line ending on its verb (``林长制落地见效``)
    over a line with its own subject and verb and a ``——`` subtitle: the theme, the
    kicker; a line naming a thing (``一根篾条``) over its predicate: one title."""
    page = (
        "　　今年以来，茶山竹海街道推行林长制，全街道\n划分林长责任区36个，明确街道、社区、村民\n"
        "小组三级林长128名，竹林管护更加精细。\n"
        "　　“以前山上的竹子谁都可以砍，现在有人管\n了。”村民刘德全说，如今竹林更密了。\n"
        + "\n".join(lines)
        + "\n——茶山竹海街道推行林长制见闻\n"
    )
    (got,) = parse_text(page, "page.txt")
    assert (got.kicker, got.title) == (kicker, title)


def test_a_list_of_winners_labelled_by_their_event_is_a_paragraph_each():
    """Column text, rows a blank line apart: ``汽车维修赛项：陈浩宇`` /
    ``工业机器人赛项：刘思远、黄俊杰`` / … under ``…如下：``, each row a label and a few
    names, stopped short: an item each, the last no subhead, the text below its own
    paragraph."""
    rows = [
        "本报讯（记者 涂 燕）5月11日，2024年重庆市",
        "职业院校技能大赛中职组比赛落下帷幕，重庆",
        "永川职业教育中心共获得一等奖4个。",
        "该校获得一等奖的赛项和选手如下：",
        "汽车维修赛项：陈浩宇",
        "工业机器人赛项：刘思远、黄俊杰",
        "电子电路装调赛项：周子涵",
        "数控综合应用赛项：杨帆",
        "该校相关负责人介绍，学校坚持“以赛促",
        "教、以赛促学”，把大赛标准融入日常教",
        "学，聘请企业技术骨干担任教练。",
        "永川职教中心学子在全市技能大赛中摘得4金",
    ]
    (got,) = parse_text("\n\n".join(rows) + "\n", "page.txt")
    assert [(b.kind, b.text) for b in got.blocks][2:] == [
        ("paragraph", "汽车维修赛项：陈浩宇"),
        ("paragraph", "工业机器人赛项：刘思远、黄俊杰"),
        ("paragraph", "电子电路装调赛项：周子涵"),
        ("paragraph", "数控综合应用赛项：杨帆"),
        (
            "paragraph",
            "该校相关负责人介绍，学校坚持“以赛促教、以赛促学”，把大赛标准融入日常教学，聘请企业技术骨干担任教练。",
        ),
    ]


def test_a_continuations_first_row_cut_inside_a_word_is_running_text():
    """``　　（上接1版）20余家茶企的参赛茶品经过专`` / ``家评审，…``: the marker off,
    the rest of its row is short, but the row below ends the word it cut (专家): the
    continued paragraph, no subhead."""
    rows = [
        "2024年4月26日 星期五 第2版 综合",
        "　　（上接1版）20余家茶企的参赛茶品经过专",
        "家评审，评选出金奖2个、银奖5个。",
        "　　据介绍，旅游节期间，茶山竹海街道还将推",
        "出采茶体验、茶艺表演等系列活动，吸引游客",
        "走进茶园、品味茶香。",
    ]
    (got,) = parse_text("\n\n".join(rows) + "\n", "page.txt")
    assert [b.kind for b in got.blocks] == ["paragraph", "paragraph"]
    assert got.blocks[0].text == "20余家茶企的参赛茶品经过专家评审，评选出金奖2个、银奖5个。"


def test_a_row_a_blank_line_apart_on_a_page_of_close_rows_is_a_headline():
    """Rows set close, then ``南大街街道商圈年销售额有望突破60亿元`` a blank line apart
    from the finished row above and the text below: the next story's headline, not
    the first row of a paragraph."""
    page = (
        "首届永川汽车消费节成交额达3.2亿元\n——共售出新车1860辆\n\n"
        "本报讯（渝西都市报记者 周 航）12月25日，\n为期10天的首届永川汽车消费节落下帷幕。消\n"
        "费节期间，全区28家汽车经销商共售出新车\n1860辆，实现成交额3.2亿元，其中新能源汽\n\n"
        "车销售1020辆，占比达到54.8%。\n消费节期间，永川发放汽车消费券500万元，\n"
        "购买新能源汽车最高可享受5000元补贴，各经\n销商还同步推出了置换补贴、金融贴息等优惠\n措施。\n\n"
        "南大街街道商圈年销售额有望突破60亿元\n\n"
        "今年以来，南大街街道推动老商圈改造提升，\n新引进品牌门店46家，1至11月商圈实现销售\n"
        "额55.6亿元，同比增长8.7%，预计全年商圈销\n售额将突破60亿元。（记者 周 航 通讯\n员 王 静）\n"
    )
    got = parse_text(page, "page.txt")
    assert [a.title for a in got] == [
        "首届永川汽车消费节成交额达3.2亿元",
        "南大街街道商圈年销售额有望突破60亿元",
    ]


def test_a_row_a_blank_line_apart_under_a_writers_note_heads_the_next_piece():
    """Commentaries, headlines after, rows set close: ``（作者系永川区人民医院医生）``,
    then ``分级诊疗要让群众“愿意去”基层`` a blank line apart on both sides: the piece
    above's headline, not the first row of the next piece's text."""
    page = (
        "“在家门口就能看专家门诊，还不用排\n长队。”近日，在朱沱镇卫生院就诊的\n"
        "王大爷说。今年以来，永川区人民医院\n与朱沱、松溉等镇卫生院组建医共体，\n"
        "专家定期下沉坐诊，群众在基层就能享\n受到优质医疗服务。\n"
        "推进分级诊疗，难点在于让群众“愿意\n去”基层。提升基层医疗服务能力，需\n"
        "要在人才、设备、技术上持续投入，让\n群众在基层看得好病、看得起病。\n"
        "陈 曦\n（作者系永川区人民医院医生）\n\n分级诊疗要让群众“愿意去”基层\n\n"
        "眼下正值秋收时节，一些地方仍有焚烧秸秆\n的现象，既污染空气，又容易引发火灾。秸\n"
        "秆是放错了位置的资源，相关部门要加大秸\n秆综合利用的推广力度，引导农户变“烧”\n"
        "为“用”。\n（秦 川）\n\n快评\n秋收时节莫忘防火\n"
    )
    got = parse_text(page, "page.txt")
    assert [(a.title, a.authors) for a in got] == [
        ("分级诊疗要让群众“愿意去”基层", ("陈曦",)),
        ("秋收时节莫忘防火", ("秦川",)),
    ]


def test_a_labelled_title_with_a_comma_over_a_dated_lead_is_the_pieces_title():
    """Headlines after: a reporter's note signed ``（记者 彭禹乔）``, then ``记者手记`` over
    ``改造老街，先要走进老街坊的心里`` (a comma in it) and the next story's dated lead:
    the note's label and title, not the next story's first words."""
    page = (
        "在松溉老街采访，记者印象最深的是一位80多\n岁的老人。他在老街住了一辈子，院坝会上，\n"
        "他颤巍巍地站起来说：“房子可以修，但老街\n的味道不能变。”\n"
        "松溉镇把院坝会开到居民家门口，把方案摆到\n老街坊面前，这种做法值得点赞。城市更新也\n"
        "好，古镇保护也罢，只有真正走进群众心里，\n才能改出群众想要的样子。\n（记者 彭禹乔）\n\n"
        "记者手记\n改造老街，先要走进老街坊的心里\n\n"
        "5月19日，大安街道联合永川区公安局大安派\n出所，在大安社区开展“守护老人钱袋子”防\n"
        "诈骗宣讲活动，200余名老人参加。\n\n大安街道开展防诈骗宣讲进社区\n"
    )
    got = parse_text(page, "page.txt")
    assert [(a.title, a.authors) for a in got] == [
        ("改造老街，先要走进老街坊的心里", ("彭禹乔",)),
        ("大安街道开展防诈骗宣讲进社区", ()),
    ]


def test_an_indented_row_under_a_dash_subtitle_opens_the_story():
    """Double-spaced column text, headlines after: ``让“永川秀芽”香飘更远`` /
    ``——打造茶叶区域公用品牌的几点思考`` under its piece, then the next piece's
    indented first row (``　　每年有数万名…全国各``): that piece's text, never the
    title's second line."""
    rows = [
        "6月12日\u3000星期三\u3000第3版\u3000观点",
        "\u3000\u3000永川是中国名茶之乡，“永川秀芽”更",
        "是重庆茶叶的一张名片。近年来，永川茶产",
        "业规模不断扩大，全区茶园面积超过10万亩，",
        "但也面临着品牌影响力不够强、精深加工不",
        "足、产品附加值不高等问题。",
        "一、统一品牌标准",
        "\u3000\u3000区域公用品牌是全体茶企茶农的“共同",
        "财富”，必须维护好。要建立统一的生产技",
        "术规程和质量标准，对使用品牌的企业实行",
        "授权管理，决不能让劣质产品砸了“金字招",
        "牌”。",
        "二、讲好品牌故事",
        "\u3000\u3000品牌的背后是文化。要深入挖掘永川茶",
        "文化的历史底蕴，把茶山竹海的自然风光、",
        "采茶制茶的传统技艺融入品牌传播，借助短",
        "视频、直播电商等新渠道，让更多消费者认",
        "识永川、爱上秀芽。",
        "三、延伸产业链条",
        "\u3000\u3000要支持龙头企业发展茶饮料、茶食品等",
        "精深加工产品，推动茶产业与文旅、康养深",
        "度融合，让一片叶子富了一方百姓。",
        "文/孙 磊",
        "（作者系永川区农业农村委干部）",
        "让“永川秀芽”香飘更远",
        "——打造茶叶区域公用品牌的几点思考",
        "\u3000\u3000每年有数万名职业院校毕业生从永川走向全国各",
        "地的生产一线。作为西部职教基地，永川拥有职业院",
        "校十余所，在校学生十多万人，这是永川发展的独特",
        "优势。",
        "\u3000\u3000然而，一些企业反映，部分毕业生动手能力不强，",
        "与岗位要求存在差距。破解这一难题，关键在于深化",
        "产教融合。学校要根据产业需求调整专业设置，把课",
        "堂搬进车间，把企业技术骨干请上讲台；企业也要积",
        "极参与人才培养，共建实训基地，开设订单班，实现",
        "招生即招工、毕业即就业。",
        "\u3000\u3000职业教育与产业发展同频共振，才能为“永川智",
        "造”源源不断地输送高素质技术技能人才。",
        "吴 越（作者系永川区职业教育中心教师）",
        "职业教育要为",
        "“永川智造”输送更多工匠",
    ]
    got = parse_text("\n\n".join(rows) + "\n", "2024_p3.txt")
    assert got[0].title == "让“永川秀芽”香飘更远"
    assert got[1].blocks[0].text.startswith("每年有数万名职业院校毕业生从永川走向全国各地")


@pytest.mark.parametrize(
    ("rows", "title"),
    [
        (
            "永川区一季度地区生产总值同比增长\n6.2% 主要经济指标实现“开门红”",
            "永川区一季度地区生产总值同比增长6.2% 主要经济指标实现“开门红”",
        ),
        (
            "永川区数字经济核心产业营业收入\n突破300亿元",
            "永川区数字经济核心产业营业收入突破300亿元",
        ),
    ],
)
def test_a_headline_row_cut_before_its_figure_goes_on_below(rows, title):
    """A headline's row ending on a change (``…同比增长`` / ``6.2% …``) or over the
    change and its figure alone (``突破300亿元``), under its kicker and after its
    story: one title, the figure its end, no subtitle."""
    page = (
        "本报讯（记者 吴 洁）9月24日，记者从区经济信息委获悉，今年1至8月，\n"
        "全区数字经济核心产业实现营业收入312亿元，同比\n增长15.2%。\n\n"
        f"“云”上发力 “数”智赋能\n{rows}\n\n"
        "本报讯（记者 周 莉）9月23日，松溉古镇游客服务中心数据显示，今年1至8月，\n"
        "古镇共接待游客216万人次。\n\n松溉古镇游客突破200万人次\n"
    )
    first = parse_text(page, "page.txt")[0]
    assert (first.kicker, first.title, first.subtitle) == ("“云”上发力 “数”智赋能", title, "")


@pytest.mark.parametrize(
    ("rows", "kicker", "title"),
    [
        # a call over a meeting's whole headline, opening with its place
        (
            "学习贯彻党的二十届三中全会精神\n永川区委理论学习中心组举行专题学习会",
            "学习贯彻党的二十届三中全会精神",
            "永川区委理论学习中心组举行专题学习会",
        ),
        # a kicker over a title set as its subject over its predicate
        (
            "抢抓西部陆海新通道建设机遇\n朱沱港二期工程\n完成年度投资四成",
            "抢抓西部陆海新通道建设机遇",
            "朱沱港二期工程 完成年度投资四成",
        ),
    ],
)
def test_headline_rows_after_a_story_read_as_kicker_and_one_title(rows, kicker, title):
    """``学习贯彻…精神`` / ``永川区委…举行专题学习会``: the call is the kicker of the
    meeting's whole headline; ``抢抓…机遇`` / ``朱沱港二期工程`` / ``完成年度投资四成``:
    the kicker, then one title, its subject over its predicate. No subtitle."""
    page = (
        "本报讯（通讯员 李 想）4月18日，记者从永川港\n务公司获悉，今年以来，朱沱港二期工程已\n"
        "完成投资2.1亿元，占年度计划投资的四成。\n\n"
        f"{rows}\n\n"
        "4月19日，永川区消防救援支队走进汇龙小学，\n开展“零距离”消防体验活动。\n\n"
        "消防安全进校园\n"
    )
    first = parse_text(page, "page.txt")[0]
    assert (first.kicker, first.title, first.subtitle) == (kicker, title, "")


def test_a_byline_in_a_headline_block_after_its_story_over_a_credited_photo_story():
    """``守护“舌尖上的安全”`` / ``永川区开展…专项整治`` / ``渝西都市报记者 龚 俊``
    after its story, a short photo story under it credited by its photographer:
    the byline signs the story its headline closes."""
    page = (
        "6月12日,区市场监管局执法人员来到胜利\n路街道一所小学周边,对学校周边的小餐\n"
        "饮店、小超市进行突击检查。截至目前,已\n检查经营户216家。\n\n"
        "守护“舌尖上的安全”\n永川区开展校园周边食品安全专项整治\n渝西都市报记者 龚 俊\n\n"
        "6月12日,永川区消防救援支队走进中山路\n街道玉屏社区,开展“防范电动自行车火\n"
        "灾”主题宣传活动。\n▲消防员演示灭火器使用方法。\n▲居民观看电池燃烧实验。\n"
        "渝西都市报记者 龚 俊 摄\n\n图片新闻\n电动自行车安全“上门课”进社区\n"
    )
    food, photos = parse_text(page, "page.txt")
    assert (food.title, food.authors) == ("永川区开展校园周边食品安全专项整治", ("龚俊",))
    assert (photos.title, photos.authors) == ("电动自行车安全“上门课”进社区", ("龚俊",))


def test_a_spaced_bylines_lead_row_under_a_weather_box_is_no_table_row():
    """``本报讯（渝西都市报记者 钟 岚）3月28日，`` under a box of days one space apart
    (``4月1日 多云 12℃～21℃``): its comma makes it text, the lead of a paragraph, not
    the box's third row."""
    page = (
        "2023年4月1日 星期六 第5版 文旅周刊\n\n周末天气\n4月1日 多云 12℃～21℃\n"
        "4月2日 小雨 11℃～17℃\n\n本报讯（渝西都市报记者 钟 岚）3月28日，\n"
        "第十二届茶山竹海采茶节在永川秀芽茶园隆重\n开幕。来自市内外的3000余名游客走进茶园，\n"
        "体验采茶、品茶。\n\n第十二届茶山竹海采茶节在永川\n秀芽茶园开幕\n"
    )
    (got,) = parse_text(page, "page.txt")
    assert got.authors == ("钟岚",)
    assert [b.text[:18] for b in got.blocks] == ["本报讯（渝西都市报记者 钟 岚）3月"]


@pytest.mark.parametrize(
    ("rows", "title"),
    [
        ("五间镇稻渔综合种养面积突破\n5000亩", "五间镇稻渔综合种养面积突破5000亩"),
        ("永川秀芽春茶开采 预计产值\n突破3亿元", "永川秀芽春茶开采 预计产值突破3亿元"),
    ],
)
def test_a_headline_over_its_story_cut_before_its_figure_is_one_title(rows, title):
    """A headline's first row ending on a change (``…面积突破``) over the figure alone
    (``5000亩``), or over a change and its figure (``突破3亿元``), before its byline:
    one title, never a figure's paragraph nor a subtitle."""
    page = (
        f"{rows}\n渝西都市报记者 何 璐 通讯员 刘 倩\n　　眼下，正是稻田养鱼的关键时\n"
        "期。6月10日，记者走进五间镇高\n洞村稻渔综合种养基地，只见秧\n苗青翠、水波荡漾。\n"
        "　　近年来，五间镇立足水稻主产\n区优势，大力推广稻鱼、稻虾、稻\n鳅等综合种养模式。\n"
    )
    (got,) = parse_text(page, "page.txt")
    assert (got.title, got.subtitle, got.authors) == (title, "", ("何璐", "刘倩"))


CLIP_WITH_NOTICE = """\
永川6家企业入选市级工业互联网标杆示范项目

本报讯（渝西都市报记者 罗 丹）3月12日，

记者从区经济信息委获悉，在近日公布的2025

年重庆市工业互联网标杆示范项目名单中，永

川区6家企业的项目入选，入选数量居渝西地

区前列。

此次入选的项目涵盖汽车零部件、数控机床、

食品加工等行业。其中，重庆临江数控机床有

限公司的“机床全生命周期管理平台”，通过

对设备运行数据的实时采集和分析，可为用户

提供远程运维、故障预警等服务，已接入设备

超过3000台。

区经济信息委相关负责人表示，下一步，将推

动更多企业“上云用数赋智”，力争全年新增

市级数字化车间和智能工厂10个以上。


永川区第一批区级企业技术中心拟认定名单公示

根据《永川区企业技术中心认定管理办法》，

经企业申报、镇街（园区）推荐、专家评审，

拟认定以下5家企业技术中心为2025年第一批

区级企业技术中心，现予以公示。

1.重庆恒驰液压科技有限公司技术中心

2.重庆临江数控机床有限公司技术中心

3.重庆松溉食品有限公司技术中心

4.重庆竹海茶业有限公司技术中心

5.重庆大安复合材料有限公司技术中心

公示期为3月11日至3月17日。公示期间，如对

拟认定名单有异议，请以书面形式向区经济信

息委反映。

永川区经济和信息化委员会

2025年3月10日


一片茶叶的“数字化”旅程

通讯员 孙 伟

走进茶山竹海街道的重庆竹海茶业有限公司，

一排排智能化制茶设备正在运转。鲜叶从摊青、

杀青到揉捻、烘干，全部由生产线自动完成，

"""


def test_a_notice_set_apart_in_double_spaced_column_text_with_a_list_of_names():
    """A double-spaced clip: a document's title wider than the column, set off by the
    gap between stories (``…拟认定名单公示``), heads its notice; its numbered names
    (``1.重庆恒驰…技术中心`` / ``2.…``) are a row each, no headlines, the last one
    no start of the paragraph below; its signer and date stay two lines."""
    page = CLIP_WITH_NOTICE
    story, notice, tea = parse_text(page, "page.txt")
    assert (tea.title, tea.authors) == ("一片茶叶的“数字化”旅程", ("孙伟",))
    assert story.title == "永川6家企业入选市级工业互联网标杆示范项目"
    assert notice.title == "永川区第一批区级企业技术中心拟认定名单公示"
    assert {b.kind for b in notice.blocks} == {"paragraph"}
    assert [b.text for b in notice.blocks][1:] == [
        "1.重庆恒驰液压科技有限公司技术中心",
        "2.重庆临江数控机床有限公司技术中心",
        "3.重庆松溉食品有限公司技术中心",
        "4.重庆竹海茶业有限公司技术中心",
        "5.重庆大安复合材料有限公司技术中心",
        "公示期为3月11日至3月17日。公示期间，如对拟认定名单有异议，请以书面形式向区经济信息委反映。",
        "永川区经济和信息化委员会",
        "2025年3月10日",
    ]
    assert notice.date == "2025-03-10"


def test_a_subtitles_wrapped_tail_under_it_stays_the_subtitles():
    """``以“小切口”推动`` / ``基层治理“大变化”`` / ``——永川区深化“网格+”基层治理`` /
    ``工作综述``: the short last row is the subtitle's tail, no part of the title."""
    page = (
        "以“小切口”推动\n基层治理“大变化”\n——永川区深化“网格+”基层治理\n工作综述\n\n"
        "本报讯（通讯员 张 敏）11月13日上午，记者走进卫星湖街道，\n网格员正在入户走访。\n"
    )
    (got,) = parse_text(page, "page.txt")
    assert (got.title, got.subtitle) == (
        "以“小切口”推动基层治理“大变化”",
        "——永川区深化“网格+”基层治理工作综述",
    )


HALF_WIDTH_PAGE = """\

本报讯(渝西都市报记者 谢 春)9月9日,永川
区庆祝第41个教师节暨教育工作表彰大会召开,
100名优秀教师、30名优秀教育工作者和20个
先进集体受到表彰。
会议指出,近年来,全区广大教师坚守三尺讲台,
潜心教书育人,为永川教育事业发展作出了重
要贡献。全区职业教育办学水平不断提升,西
部职教基地建设取得新成效。
会议要求,全区广大教师要大力弘扬教育家精
神,不断提高业务水平和育人能力;各级各部门
要关心支持教育事业,持续提升教师待遇,让广
大教师安心从教、热心从教、舒心从教。

躬耕教坛 强国有我
永川区隆重表彰
一批优秀教师和先进集体

早上7点,松溉镇中心小学的校园里已经响起了
琅琅书声。52岁的语文教师汪德华站在讲台上,

正带着孩子们朗读课文。从1999年走上讲台至
今,她已在这所山村小学坚守了26年。
■三次放弃进城机会
汪德华从师范学校毕业后,被分配到松溉镇一
所村小任教。那时候,学校只有两间教室,孩子
们的课桌是用木板搭起来的。“看到孩子们渴
望读书的眼神,我就下定决心要留下来。”汪
德华说。
26年间,汪德华曾三次获得调往城区学校任教
的机会,但她都放弃了。“山里的孩子更需要
好老师,我走了,他们怎么办?”
■把每个孩子放在心上
班上有不少留守儿童,汪德华就成了他们的
“妈妈”。谁生病了,她送去医院;谁的衣服破

了,她帮着缝补;周末,她还经常把孩子们接到
家里辅导功课。26年来,她先后资助困难学生4
0余名。
今年教师节前夕,汪德华被评为永川区“最美
乡村教师”。她说:“只要孩子们需要,我会一
直站在这个讲台上。”
(渝西都市报记者 谢 春 通讯员 罗 敏)

她在山村小学
守护了二十六年
——记松溉镇中心小学教师汪德华
"""


def test_a_three_row_headline_after_its_story_on_a_half_width_page():
    """Half-width punctuation, headlines after their stories: ``躬耕教坛 强国有我`` /
    ``永川区隆重表彰`` / ``一批优秀教师和先进集体`` after a finished paragraph closes
    the story above (three rows: no subhead), its verb's object below one title;
    ``“妈妈”。`` opening a row ends the sentence above, so the row over it is text."""
    meeting, teacher = parse_text(HALF_WIDTH_PAGE, "page.txt")
    assert (meeting.kicker, meeting.title, meeting.authors) == (
        "躬耕教坛 强国有我",
        "永川区隆重表彰一批优秀教师和先进集体",
        ("谢春",),
    )
    assert (teacher.title, teacher.authors) == ("她在山村小学 守护了二十六年", ("谢春", "罗敏"))
    assert [b.text for b in teacher.blocks if b.kind == "subhead"] == [
        "三次放弃进城机会",
        "把每个孩子放在心上",
    ]


def test_a_named_headline_after_an_interview_over_the_next_interviews_first_turn():
    """``区人大代表胡志强：让农产品搭上电商快车`` after the answers it heads, over the
    next interview's ``记者：…`` turn: the headline of the interview above, never
    run into the question below."""
    page = (
        "本报讯（渝西都市报记者 彭禹乔）1月13\n\n日，区人大代表胡志强在小组审议时，围绕农\n\n"
        "产品电商发展建言献策。\n\n记者：您今年带来了什么建议？\n\n"
        "胡志强：我关注的是农产品“卖难”问题。现\n\n在很多农户会种不会卖，希望政府多组织电商\n\n"
        "培训。\n\n区人大代表胡志强：让农产品搭上电商快车\n\n"
        "记者：作为一名基层教师，您今年关注什么问\n\n题？\n\n"
        "杨雪梅：我关注农村学校的心理健康教育。\n\n（渝西都市报记者 谭 敏）\n\n"
        "区政协委员杨雪梅：关注农村孩子心理健康\n"
    )
    farmer, teacher = parse_text(page, "page.txt")
    assert (farmer.title, farmer.authors) == ("区人大代表胡志强：让农产品搭上电商快车", ("彭禹乔",))
    assert teacher.blocks[0].text == "记者：作为一名基层教师，您今年关注什么问题？"


def test_a_line_over_a_couplet_title_and_its_subtitle_is_the_kicker():
    """``我区干部群众热议全国两会`` / ``凝心聚力开好局 实干担当谱新篇`` / ``——…侧记``:
    the couplet is the title, the line over it its kicker."""
    page = (
        "我区干部群众热议全国两会\n凝心聚力开好局 实干担当谱新篇\n——我区干部群众收看政府工作报告侧记\n"
        "本报记者 涂 燕\n　　3月5日，十二届全国人大四次会议在北京\n开幕。我区干部群众通过电视收看开幕盛况。\n"
    )
    (got,) = parse_text(page, "page.txt")
    assert (got.kicker, got.title) == ("我区干部群众热议全国两会", "凝心聚力开好局 实干担当谱新篇")


@pytest.mark.parametrize("rule", ["────────────────────\n", ""])
def test_a_photo_items_credit_cut_inside_its_role_ends_its_text(rule):
    """``…迎来开采季。渝西都市报记`` / ``者 张 航 摄``: the credit the row above began,
    so the photo's text is its caption and 张航 its photographer, never ``者张航``."""
    page = (
        "临江镇举办春茶采摘技术培训\n"
        "本报讯 3月15日，区农业农村委在临江镇举办春茶\n采摘技术培训，50余名茶农参加。\n"
        "（通讯员 曾 雪）\n" + rule + "图片新闻\n春日茶山采茶忙\n"
        "　　3月16日，茶山竹海街道薄刀岭茶园，茶农\n正在采摘今年的头茬春茶。近日，随着气温回升，\n"
        "永川秀芽迎来开采季。渝西都市报记\n者 张 航 摄\n" + rule
    )
    photo = parse_text(page, "page.txt")[-1]
    assert (photo.title, photo.authors) == ("春日茶山采茶忙", ("张航",))
    assert [b.kind for b in photo.blocks] == ["caption"]


PROFILE_TITLE_NAMING_ITS_SUBJECT = """\
2024年4月19日 星期五 第3版 党建
同时,临江镇依托线上学习平台,组织流动
党员参加“云端党课”,并在春节、清明等流
动党员返乡集中的时间节点召开座谈会,请他
们为家乡发展出主意、找项目。今年以来,已
有5名流动党员返乡创业,带动就业80余人。
松溉镇“90后”村支书陈思远:
让古镇老街焕发新活力
4月15日一早,松溉镇松江村党支部书记陈思
远就来到古镇老街,查看正在改造的民宿项目进
度。这位1992年出生的年轻支书,已经在村
里干了整整5年。
如今,松江村已发展民宿18家、特色餐饮23
家,村集体经济年收入突破60万元。
"""


def test_a_title_row_naming_its_subject_before_a_colon():
    """``松溉镇“90后”村支书陈思远:`` after a finished paragraph, over the headline row
    ``让古镇老街焕发新活力``: who the profile is about, the title's first row (a
    row leading into what follows, ``…表示：``, would not be)."""
    got = parse_text(PROFILE_TITLE_NAMING_ITS_SUBJECT, "page.txt")
    assert got[-1].title == "松溉镇“90后”村支书陈思远:让古镇老街焕发新活力"
    assert got[0].blocks[-1].text.endswith("带动就业80余人。")
