"""Bylines give names as people write them: no padding, no roles, no units."""

from __future__ import annotations

import pytest

from yc_reader.core import bylines


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("本报讯（渝西都市报记者 涂 燕）3月1日下午", ["涂燕"]),
        ("本报讯(渝西都市报记者 陈仕川 文/图)11月7日,记者在", ["陈仕川"]),
        ("渝西都市报记者 钟梅 通讯员 刘倩", ["钟梅", "刘倩"]),
        ("本报记者 王 五 实习生 赵小六", ["王五", "赵小六"]),
        ("记者 涂 燕 通讯员 王 五 李四", ["涂燕", "王五", "李四"]),
        ("记者 王 小明", ["王小明"]),
        ("记者 王小 明", ["王小明"]),
        ("渝西都市报记者 黄 俊 杰　通讯员 周 琳", ["黄俊杰", "周琳"]),  # (a role parts them)
        ("文/图 记者 刘德华", ["刘德华"]),
        ("渝西都市报记者 陈仕川 摄", ["陈仕川"]),
        ("▲学生们展示雷锋画像。（记者 李 明 摄）", ["李明"]),
        ("本报讯 11月11日,永川区", []),
        ("(永川区委组织部供稿)", []),
        ("区委常委、宣传部部长 张小梅", []),
        ("这是记者 王五 的报道。", []),
        ("□ 李晓梅", ["李晓梅"]),
        ("■ 本报评论员 王 五", ["王五"]),
        ("文/周 平", ["周平"]),
        ("本报评论员", []),
        ("□ 永川区", []),
        ("▲市民在公园义诊。当天服务300余人次。渝西都市报记者 陈仕川 摄", ["陈仕川"]),
        ("▲市民在公园里赏花。张 三 摄", ["张三"]),
        ("▲市民在公园里赏花。游人如织 摄", []),
        ("记者：王建国", ["王建国"]),
        ("记者：谢谢", []),
        ("记者：您好", []),
        ("记者：请谈谈", []),
        ("作者：李 四", ["李四"]),
        ("作者：你好吗", []),
        # who took the photos is no author where the byline names who wrote
        ("撰文 王五 摄影 张三", ["王五"]),
        ("（通讯员 刘 倩 摄影 何 军）", ["刘倩"]),
        ("（撰稿：王 芳）", ["王芳"]),
        ("（文/记者 钟 梅）", ["钟梅"]),
        ("（文/区中医院 周建国）", ["周建国"]),  # the writer's unit before the name
        ("摄影记者 张 三", ["张三"]),
        ("文 | 张三", ["张三"]),
        ("读者 周明", ["周明"]),
        ("记者钟梅", ["钟梅"]),
        ("记者追踪", []),
        ("○ 竹君", ["竹君"]),  # a pen name after the mark that signs a commentary
        ("记者从区教委了解到，今年秋季学期，全区", []),  # a sentence, cut at a name-like word
        ("读者来信", []),
        ("渝西都市报评论员文章", []),
        ("本报记者手记", []),
        ("本文作者系永川区委党校教师", []),
        ("渝西都市报见习记者 刘 洋 通讯员 罗文", ["刘洋", "罗文"]),
        ("▲志愿者为市民服务。通讯员 罗文 摄", ["罗文"]),
        ("记者 张三/文 李四/图", ["张三", "李四"]),
        ("记者 李文 文/图", ["李文"]),
        ("记者 罗文 通讯员李 文", ["罗文", "李文"]),
        ("文丨周平", ["周平"]),
        ("文/渝西都市报记者 张三 图/李四", ["张三"]),
        ("文/渝西都市报记者 张三 图／李 四", ["张三"]),
        ("文/图 刘 洋", ["刘洋"]),
        ("永川区融媒体中心记者 张三", ["张三"]),
        ("重庆日报记者 王 五", ["王五"]),
        ("本报讯 记者 张三 通讯员 罗文 5月5日，永川区", ["张三", "罗文"]),
        ("本报讯 记者 涂 燕 近日，永川区", ["涂燕"]),
        ("本报讯 渝西都市报记者 钟梅 永川区召开会议", ["钟梅"]),
        ("本报讯 记者 张三 昨日 永川区", ["张三"]),
        ("文 钟晓燕", ["钟晓燕"]),
        ("（永川区朱沱镇 读者 黄建明）", ["黄建明"]),
        ("(永川区中山路街道 市民 宋 桂香)", ["宋桂香"]),
        ("（来苏镇 村民 向长贵）", ["向长贵"]),
        ("（永川区教育委员会）", []),
        ("（市民 热线）", []),
        ("图 李 四", ["李四"]),
        ("文 明 城 市", []),
        ("文 明城市", []),
        ("图 为村民", []),
    ],
)
def test_authors_of_a_byline(line, authors):
    assert bylines.line_authors(line) == authors


def test_a_unit_supplying_the_text_is_not_an_author():
    assert bylines.is_unit_credit("会议强调……(永川区委组织部供稿)")
    assert bylines.dateline_authors("本报讯（永川区总工会供稿）4月18日") == []
    assert bylines.is_unit_credit("（永川供电公司）")  # on a line of its own
    assert not bylines.is_unit_credit("（刘 洋）")
    # where the text came from, closing it
    assert bylines.is_unit_credit("（来源：永川区气象局）")
    assert bylines.is_unit_credit("…涉水过河。（据应急管理部微信公众号）")
    assert not bylines.is_unit_credit("全区共接待游客126万人次（据不完全统计）")


@pytest.mark.parametrize(
    ("paragraph", "authors"),
    [
        ("本报讯 11月6日，胜利路街道开展消防演练，300余人参加。（记者 涂 燕）", ["涂燕"]),
        ("……活动持续到傍晚。(通讯员 张三 记者 李四)", ["张三", "李四"]),
        ("……受到好评。（渝西都市报记者 钟梅 实习生 王小明）", ["钟梅", "王小明"]),
        ("……接受采访。（记者 陈仕川 文/图）", ["陈仕川"]),
        ("一线见闻（记者手记）", []),
        ("会议强调……（永川区委组织部供稿）", []),
        ("图为活动现场（资料图）", []),
        ("他说（记者 涂燕）是第一个到场的", []),
        ("……变成“实单”。（刘 洋）", ["刘洋"]),
        ("（刘 洋）", ["刘洋"]),
        ("（王五、李四）", ["王五", "李四"]),
        ("（记者 涂 燕）", ["涂燕"]),
        ("（作者单位：中共重庆市永川区委党校）", []),
        ("（完）", []),
        ("（晓 风）", ["晓风"]),  # a commentator's pen name, padded as a name
        ("（待 续）", []),
        ("（链 接）", []),
        ("……要求。（晓 风）", []),  # not on a line of its own: no surname, no name
        ("（二）", []),
        ("城区的新地标（来苏镇）", []),
        ("……顺利结束。（渝西都市报记者 罗文 通讯员 李文）", ["罗文", "李文"]),
        ("……顺利结束。(刘洋 罗文)", ["刘洋", "罗文"]),
        ("（选自《永川风物志》　作者　陈德荣）", ["陈德荣"]),  # an excerpt's source and writer
        ("……老了。（本文摘自《长江边的永川》，重庆出版社出版，作者：罗永康）", ["罗永康"]),
    ],
)
def test_authors_signing_the_end_of_a_paragraph(paragraph, authors):
    assert bylines.trailing_authors(paragraph) == authors


@pytest.mark.parametrize(
    ("line", "names"),
    [("文·图 渝西都市报通讯员 易 欣", ["易欣"]), ("图·文 记者 张 三", ["张三"])],
)
def test_a_credit_set_with_a_middle_dot(line, names):
    """``文·图`` credits text and photos as ``文/图`` does."""
    assert bylines.is_byline_line(line)
    assert bylines.line_authors(line) == names


def test_a_wire_storys_reporters_after_ju():
    """``据新华社重庆6月1日电（记者 周 文 杨 帆）``: the wire's reporters sign it."""
    assert bylines.dateline_authors(
        "据新华社重庆6月1日电（记者 周 文 杨 帆）记者从市交通运输委获悉"
    ) == [
        "周文",
        "杨帆",
    ]


def test_a_name_with_a_rare_character():
    """Names may hold characters beyond the common block (䶮 is in CJK Extension
    A, as GB18030 prints it): the writer is still found, in a lead, a line, a
    signature and a credit."""
    assert bylines.dateline_authors("本报讯(渝西都市报记者 李䶮)6月8日,松溉古镇开市。") == ["李䶮"]
    assert bylines.line_authors("渝西都市报记者 李 䶮") == ["李䶮"]
    assert bylines.trailing_authors("……顺利结束。（渝西都市报记者 李䶮）") == ["李䶮"]
    assert bylines.photo_credit_authors("渝西都市报记者 李䶮 摄") == ["李䶮"]


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("周 强（作者系永川区消防救援支队干部）", ["周强"]),  # a commentary's writer, noted
        ("唐 伟、罗 琳（作者均系永川区委党校教师）", ["唐伟", "罗琳"]),  # two writers, one note
        ("文/黄 俊（作者单位：永川区委党校）", ["黄俊"]),  # noted after the signature's mark
        ("□ 罗莉（作者单位：永川区委党校）", ["罗莉"]),
        ("文/张 晴（萱花中学初三学生）", ["张晴"]),  # after the mark, who they are bare
        ("南大街街道南外街社区居民何建国", ["何建国"]),  # a letter's, after the place
        ("陈食街道村民 刘小兵", ["刘小兵"]),
        ("读者 蒋国清（永川区南大街街道）", ["蒋国清"]),  # the place after the name
        ("读者周晓梅(重庆市沙坪坝区)", ["周晓梅"]),
        ("（作者：永川区教委 黄 勇）", ["黄勇"]),  # the unit before the name is none
        ("（本文撰稿：重庆城市科技学院电子信息学院 杨 帆）", ["杨帆"]),  # 本文 before the role
        ("退休教师钟玉芳", []),  # a headline naming its subject: no place, no brackets
        ("校园通讯员 赵 雪", ["赵雪"]),  # a school's correspondent
        ("小记者 王小明", ["王小明"]),  # a pupil writing for the paper
        ("小记者 何雨萱（永川区松溉小学六年级）", ["何雨萱"]),  # with their school after
        (
            "永川区双石镇中心小学三年级2班 吴雨桐　指导老师 黄 梅",
            ["吴雨桐"],
        ),  # the teacher no author
        ("指导老师 邹 玲", []),  # the teacher who guided the pupil, under their signature
        ("五间镇组织办 王晓丽", ["王晓丽"]),  # a learning piece's writer, after unit and post
        ("（作者系永川区南大街街道渝东社区党委书记 周 雪）", ["周雪"]),
        ("张 晴（萱花中学初三学生）", []),  # no mark: a photo's subject, say
        ("口述 罗德明 整理 渝西都市报记者 彭禹乔", ["彭禹乔"]),  # who told it is no writer
        ("口述：周德华 整理：记者 钟梅", ["钟梅"]),
        ("（口述：王德福　整理：渝西都市报记者 陈仕川）", ["陈仕川"]),  # in brackets, at the end
        ("口述：刘素华", []),  # who told it, on a line of its own: a byline naming no writer
        ("口述历史", []),
        ("永川区居民生活水平提高", []),
        ("做月饼等游戏吸引了众多群众和孩子", []),  # a row of text: no place before 群众
        ("践行群众路线", []),
        ("永川区萱花中学 初二（3）班 王小明", ["王小明"]),  # a pupil, after school and class
        ("永川区松溉中学初2026级2班 黄子涵", ["黄子涵"]),  # (the class by the year it leaves)
        ("□ 红旗小学五年级 张小雨", ["张小雨"]),
        ("（永川区凤凰湖小学 一年级（2）班 李沐阳）", ["李沐阳"]),
        ("永川中学举办第十届读书节", []),
        ("□ 一苇", ["一苇"]),  # a commentator's pen name after its mark
        ("文/老街", ["老街"]),
        ("■ 链接", []),  # a box's label
        ("王 芳", ["王芳"]),  # a padded name alone
        ("◎ 竹 溪", ["竹溪"]),  # a pen name, padded
        ("文/图 钟 灵", ["钟灵"]),
        ("撰稿/周 红", ["周红"]),  # a role, a slash, the name
        ("撰文/王五", ["王五"]),
        ("文/文 静", ["文静"]),  # 文 the surname after the credit
        ("□ 文 静", ["文静"]),
        ("梅 摄", []),  # a photo credit's wrapped end
        ("简 讯", []),  # a label, spaced
        ("□ 永川区", []),
        ("◎食材", []),  # a recipe's section
        ("◎ 做法", []),
    ],
)
def test_signatures_at_a_pieces_end(line, names):
    assert bylines.line_authors(line) == names


@pytest.mark.parametrize(
    "caption",
    ["图为座谈会现场。图/杨帆", "图为座谈会现场。（图/杨帆）", "图为座谈会现场。(图/记者 杨帆)"],
)
def test_a_slash_credit_closing_a_caption_in_brackets_or_not(caption):
    """``（图/杨帆）`` after the caption's sentence credits the photographer and closes
    the caption, as ``图/杨帆`` does."""
    assert bylines.photo_credit_authors(caption) == ["杨帆"]
    assert bylines.ends_in_credit(caption)
