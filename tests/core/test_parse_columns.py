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

from tests.core.test_parse_unseen import COMMENTARY, article, assert_articles, para
from yc_reader.core import nlp
from yc_reader.core.masthead import is_masthead_line, strip_masthead
from yc_reader.core.model import Block
from yc_reader.core.parse import parse_text


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
        authors=("刘倩", "陈仕川"),
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
        ("要闻 2024年4月20日 星期六 第2版", "2024-04-20", "2", "要闻"),
        ("渝西都市报 2024.4.20", "2024-04-20", "", ""),
        ("2024年4月20日 星期六 A02 要闻 责编 张敏", "2024-04-20", "A2", "要闻"),
        ("2024年4月20日 星期六 第2版 要闻 编辑 刘洋 校对 王强", "2024-04-20", "2", "要闻"),
        ("■ 责任编辑：张 敏 ■ 版式：李 华 ■ 校对：王 强", "", "", ""),
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
        "（上接第1版） 永川一季度规上工业产值增长12.6%",  # as seed 000 titles its jump
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
        caption("▲5G智慧工厂生产线。记者 陈仕川 摄"),
        para(
            "据了解，今年以来，大数据产业园新引进数字经济企业68家，其中包括华为、腾讯等"
            "行业龙头企业的区域总部，园区企业总数突破1700家，预计全年营收将超过500亿元。"
        ),
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
    made whole, the caption goes before it, and the story goes on past it (a caption
    ending a story would have made the next subhead a headline)."""
    assert_articles(parse_text(FEATURE, "2024-05-21.txt"), FEATURE_WANT)


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
    its headlines after the stories (the last line is one), so the marker heads
    the headline printed after the text. A story set wider than the one before
    starts its measure at its 本报讯 row, narrower by its indent; a caption's last
    row with the credit run on ends that caption."""
    got = parse_text(CONTINUED_AFTER, "2024-07-18_第4版.txt")
    assert [a.title for a in got] == [
        "（上接1版） 全力以赴做好防汛救灾各项工作",
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
    assert [b.text for b in got.blocks if b.kind == "subhead"] == [
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
    assert [b.text for b in got.blocks if b.kind == "subhead"] == [
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
        "永川法院开展涉民生案件集中执行行动",
        "民警3小时找回走失老人",
        "反诈宣传走进暑期托管班",
        "100余名“法律明白人”集中充电",
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
    assert [b.text for b in got.blocks if b.kind == "subhead"][-1] == "“只要有人愿意学，我就一直教”"
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
    (seed 002's ``…重要生`` / ``态屏障`` cuts one, and is a short tail)."""
    got = parse_text(TITLE_OVER_SUBTITLE, "2024-05-21_第3版.txt")
    assert ("永川高新区又一条新能源电池材料生产线投产", "年产值预计可达15亿元") in [
        (a.title, a.subtitle) for a in got
    ]


@pytest.mark.parametrize(
    ("left", "right", "splits"),
    [
        ("切实筑牢长江上游重要生", "态屏障", True),
        ("朱沱港1—2月集装箱吞吐", "量同比增长18.6%", True),
        ("永川高新区又一条新能源电池材料生产线投产", "年产值预计可达15亿元", False),
        ("永川综保区前5月进出口额同比增长35.2%", "电子信息产品出口占比超六成", False),
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
    assert [b.text for b in got.blocks if b.kind == "subhead"] == [
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
