"""Markdown pages from a CMS: their mastheads as headings, their marked minor heads."""

from __future__ import annotations

import pytest

from yc_reader.core.parse import parse_text


def test_a_masthead_set_as_a_markdown_heading_is_the_pages_masthead():
    """``# 2024年9月23日 | 第6版 | 专题`` and ``# 第6版｜乡村振兴`` are the page's
    running head in a heading's marks: they date and name the page, and are no
    story's kicker or title."""
    page = (
        "# 2024年9月23日　星期一　|　第6版　|　专题\n\n### 乡村振兴在永川\n\n"
        "## 一片竹林“长”出三种业态\n\n深秋时节，走进茶山竹海街道，连绵起伏的竹林层层叠叠。\n"
    )
    (got,) = parse_text(page, "page.md")
    assert (got.kicker, got.title, got.date, got.section) == (
        "乡村振兴在永川",
        "一片竹林“长”出三种业态",
        "2024-09-23",
        "专题",
    )
    page = (
        "# 第6版｜乡村振兴\n\n2024年11月6日　星期三\n\n## 宝峰镇“三变”改革激活乡村沉睡资源\n\n"
        "本报讯 11月4日，宝峰镇天星桥村召开集体经济分红大会。\n"
    )
    (got,) = parse_text(page, "page.md")
    assert (got.title, got.date, got.section) == (
        "宝峰镇“三变”改革激活乡村沉睡资源",
        "2024-11-06",
        "乡村振兴",
    )


def test_a_marked_minor_head_after_a_photos_caption_heads_the_paragraph_below():
    """``■竹编技艺焕发新生机`` under an image's caption is a minor head, as it is
    under a paragraph, not the first words of the paragraph below it."""
    page = (
        "## 一片竹林“长”出三种业态\n\n竹，是永川最具辨识度的生态资源。\n\n"
        "■竹林里的“绿色银行”\n\n来苏镇引进竹制品加工企业4家。\n\n"
        "![](zhu01.jpg)\n\n▲来苏镇一竹制品加工企业内，工人正在制作竹家具。\n\n"
        "■竹编技艺焕发新生机\n\n在永荣镇的竹编非遗工坊，竹编艺人正带着妇女学习竹编。\n"
    )
    (got,) = parse_text(page, "page.md")
    assert [(b.kind, b.text) for b in got.blocks] == [
        ("paragraph", "竹，是永川最具辨识度的生态资源。"),
        ("subhead", "竹林里的“绿色银行”"),
        ("paragraph", "来苏镇引进竹制品加工企业4家。"),
        ("caption", "▲来苏镇一竹制品加工企业内，工人正在制作竹家具。"),
        ("subhead", "竹编技艺焕发新生机"),
        ("paragraph", "在永荣镇的竹编非遗工坊，竹编艺人正带着妇女学习竹编。"),
    ]


def test_a_charts_caption_closed_by_its_source_is_complete():
    """``▲图为…走势。（数据来源：区经济信息委）`` over the next paragraph: the caption
    ends with its source; the paragraph is no part of it."""
    page = (
        "## 前三季度全区规上工业增加值增长9.2%\n\n本报讯 记者从区经济信息委获悉，前三季度工业运行平稳。\n\n"
        "▲图为2024年1—9月全区规上工业增加值累计增速走势。（数据来源：区经济信息委）\n\n"
        "区经济信息委相关负责人表示，第四季度将全力以赴稳增长。\n"
    )
    (got,) = parse_text(page, "page.md")
    assert [b.kind for b in got.blocks] == ["paragraph", "caption", "paragraph"]


def test_briefs_titled_in_bold_run_into_their_text_are_stories_of_their_own():
    """Under ``### 简讯``, ``**南大街街道开展消费维权宣传** 近日，…``: each brief's
    bold title opens it; a bold label run into a story's own text (``**延链：**…``)
    stays text."""
    page = (
        "## 永川区消委会发布十大消费维权典型案例\n\n本报讯 3月14日，永川区消委会发布典型案例。\n\n"
        "### 简讯\n\n**南大街街道开展消费维权宣传** 近日，南大街街道开展消费维权宣传活动。（通讯员 陈 亮）\n\n"
        "**何埂镇开展农资打假专项行动** 日前，何埂镇开展春季农资打假专项检查。（通讯员 罗 丹）\n\n"
        "**“渝超”永川队主场迎战江津队** 9月28日19:30，永川队主场迎战江津队。\n\n"
        "## 何埂镇：小柑橘“链”出增收大产业\n\n本报讯 5月14日，何埂镇柑橘加工线投产。\n\n"
        "**延链：**从卖鲜果到卖果汁。\n"
    )
    got = parse_text(page, "page.md")
    assert [(a.title, a.authors) for a in got] == [
        ("永川区消委会发布十大消费维权典型案例", ()),
        ("南大街街道开展消费维权宣传", ("陈亮",)),
        ("何埂镇开展农资打假专项行动", ("罗丹",)),
        ("“渝超”永川队主场迎战江津队", ()),  # (its day's time after it, 9月28日19:30，)
        ("何埂镇：小柑橘“链”出增收大产业", ()),
    ]
    assert got[1].blocks[0].text.startswith("近日，")
    assert got[4].blocks[-1].text == "延链：从卖鲜果到卖果汁。"


def test_an_unsigned_brief_under_a_minor_label_ends_at_the_next_bold_title():
    """``### 简讯`` under a ``##`` story: its first brief ends unsigned, yet the next
    bold run-in title opens the next brief, never a section of the first."""
    page = (
        "## 春节期间主要景区开放时间\n\n春节期间，我区主要景区开放时间如下。\n\n"
        "### 简讯\n\n**区图书馆春节不打烊** 2月10日至17日，区图书馆照常开放。\n\n"
        "**卫星湖街道书法家进社区送春联** 2月6日，卫星湖街道组织书法爱好者送春联。（通讯员 何 平）\n"
    )
    got = parse_text(page, "page.md")
    assert [(a.title, a.authors, len(a.blocks)) for a in got] == [
        ("春节期间主要景区开放时间", (), 1),
        ("区图书馆春节不打烊", (), 1),
        ("卫星湖街道书法家进社区送春联", ("何平",), 1),
    ]


def test_a_long_bold_run_in_title_under_a_briefs_label_heads_whatever_its_text_opens():
    """``### 文旅简讯`` over bold run-in titles: a long one heads its brief however
    its text opens (``7月5日起，…``, ``即日起至…``), not only over a lead."""
    page = (
        "### 文旅简讯\n\n**松溉古镇入选市级夜间消费集聚区** 近日，松溉古镇入选。（通讯员 李 想）\n\n"
        "**茶山竹海景区开通旅游直通车** 7月5日起，旅游直通车正式开通。（记者 唐小川）\n\n"
        "**永川博物馆暑期研学活动开始报名** 即日起至7月20日，博物馆招募研学营成员。\n"
    )
    got = parse_text(page, "page.md")
    assert [(a.title, a.authors, len(a.blocks)) for a in got] == [
        ("松溉古镇入选市级夜间消费集聚区", ("李想",), 1),
        ("茶山竹海景区开通旅游直通车", ("唐小川",), 1),
        ("永川博物馆暑期研学活动开始报名", (), 1),
    ]


def test_a_bold_question_between_paragraphs_heads_a_section():
    """``**孩子一咳嗽就要吃抗生素吗？**`` alone between an expert's answers: a minor
    heading that asks, not the text's own question; a bold turn (``**问：…？**``)
    stays the interview's text."""
    page = (
        "## 孩子咳嗽不止 家长别急着用抗生素\n\n入秋以来，儿童呼吸道疾病进入高发期。\n\n"
        "**孩子一咳嗽就要吃抗生素吗？**\n\n曾芳说，儿童咳嗽大多由病毒感染引起。\n\n"
        "**问：哪些情况需要及时就医？**\n\n答：持续高烧不退时应及时就医。\n"
    )
    (got,) = parse_text(page, "page.md")
    assert [(b.kind, b.text) for b in got.blocks] == [
        ("paragraph", "入秋以来，儿童呼吸道疾病进入高发期。"),
        ("subhead", "孩子一咳嗽就要吃抗生素吗？"),
        ("paragraph", "曾芳说，儿童咳嗽大多由病毒感染引起。"),
        ("paragraph", "问：哪些情况需要及时就医？"),
        ("paragraph", "答：持续高烧不退时应及时就医。"),
    ]


@pytest.mark.parametrize("rule", ["---\n\n", ""])
def test_a_banner_over_the_first_headline_and_its_kicker_is_the_pages(rule):
    """``# 聚焦2024永川两会`` over ``### 牢记嘱托…`` / ``## …闭幕``, or set apart by a
    rule: the special page's banner, neither kicker nor story; a title alone over
    a rule and its text keeps it."""
    page = (
        f"2024年1月12日　星期五　第1版　要闻\n\n# 聚焦2024永川两会\n\n{rule}"
        "### 牢记嘱托勇担当 奋楫扬帆开新局\n\n## 永川区第十八届人民代表大会第四次会议闭幕\n\n"
        "本报讯 1月11日上午，大会在区会议中心闭幕。\n\n"
        "## 代表们热议政府工作报告\n\n本报讯 代表们认真审议政府工作报告。\n"
    )
    closing, debate = parse_text(page, "page.md")
    assert (closing.kicker, closing.title) == (
        "牢记嘱托勇担当 奋楫扬帆开新局",
        "永川区第十八届人民代表大会第四次会议闭幕",
    )
    assert debate.title == "代表们热议政府工作报告"
    (titled,) = parse_text(
        "# 永川区召开人大常委会会议\n\n---\n\n本报讯 会议听取了报告。\n", "page.md"
    )
    assert titled.title == "永川区召开人大常委会会议"


def test_bold_titles_run_into_briefs_under_a_bold_label_head_them():
    """``**简　讯**`` in bold, not a heading, over ``**临江镇开展…宣传**　7月15日，…``:
    each bold title heads its brief; ``**6**　社会`` by the masthead is its page."""
    page = (
        "**6**　社会\n\n2024年7月18日　星期四　　责编：谭 敏\n\n"
        "## 永川启动夏季治安打击整治“百日行动”\n\n7月16日，记者从永川区公安局获悉。\n\n"
        "**简　讯**\n\n**临江镇开展防范养老诈骗宣传**　7月15日，临江镇走进老年活动中心。（通讯员 唐 诗）\n\n"
        "**永荣镇调解一起邻里纠纷**　近日，永荣镇调解一起邻里纠纷。（通讯员 邓 林）\n"
    )
    got = parse_text(page, "page.md")
    assert [(a.title, a.authors, a.section, a.page) for a in got] == [
        ("永川启动夏季治安打击整治“百日行动”", (), "社会", "6"),
        ("临江镇开展防范养老诈骗宣传", ("唐诗",), "社会", "6"),
        ("永荣镇调解一起邻里纠纷", ("邓林",), "社会", "6"),
    ]


def test_results_a_blank_line_apart_are_rows_of_their_own():
    """``永川中学 2：1 萱花中学`` between blank lines, no stop at its end: a match's
    result, complete as printed, never a paragraph a break cut."""
    page = (
        "# 区中学生足球联赛第五轮战罢\n\n本报讯 1月9日，第五轮比赛结束。本轮比赛结果如下：\n\n"
        "永川中学 2：1 萱花中学\n\n永川北山中学 0：0 永川景圣中学\n\n"
        "经过五轮比赛，永川中学暂列积分榜首位。\n"
    )
    (got,) = parse_text(page, "page.md")
    assert [b.text for b in got.blocks][1:] == [
        "永川中学 2：1 萱花中学",
        "永川北山中学 0：0 永川景圣中学",
        "经过五轮比赛，永川中学暂列积分榜首位。",
    ]


def test_an_e_papers_page_links_as_list_items_and_its_titles_list_go():
    """``* [上一版](…)`` / ``* [下一版](…)`` and ``本版标题导航：`` over the page's
    titles as a Markdown list of links: the e-paper's navigation, no text."""
    page = (
        "* [上一版](http://e.example/00.html)\n* [下一版](http://e.example/02.html)\n\n"
        "2025年04月17日　星期四　第03版：体育\n\n## 永川区中小学生田径运动会开幕\n\n"
        "本报讯 4月15日，运动会开幕。\n\n本版标题导航：\n\n"
        "* [南大街街道就业驿站开到居民家门口](http://e.example/1.html)\n"
        "* [永川区中小学生田径运动会开幕](http://e.example/2.html)\n"
    )
    (got,) = parse_text(page, "page.md")
    assert [b.text for b in got.blocks] == ["本报讯 4月15日，运动会开幕。"]


def test_a_contents_list_of_entries_giving_their_page_first_goes():
    """``**本期导读**`` over ``- 2版　双石镇…`` items: pointers to other pages."""
    page = (
        "**本期导读**\n\n- 2版　双石镇千亩油菜花迎来最佳观赏期\n- 3版　我区“春风行动”专场招聘会提供岗位4600余个\n\n"
        "## 永川区召开2025年一季度重点项目推进会\n\n本报讯 3月11日，永川区召开重点项目推进会。\n"
    )
    (got,) = parse_text(page, "page.md")
    assert got.title == "永川区召开2025年一季度重点项目推进会"


def test_a_contents_table_of_titles_and_their_pages_goes():
    """``| 导读 | 版次 |`` over rows of a title and its page (``| … | A2 |``): pointers."""
    page = (
        "| 导读 | 版次 |\n|---|---|\n| 永川区2024年经济社会发展成绩单出炉 | A2 |\n"
        "| 元旦假期全区推出文旅活动60余场 | A3 |\n\n"
        "## 永川区召开2025年一季度重点项目推进会\n\n本报讯 3月11日，永川区召开重点项目推进会。\n"
    )
    (got,) = parse_text(page, "page.md")
    assert got.title == "永川区召开2025年一季度重点项目推进会"


def test_a_labelled_contents_table_and_a_weather_table_go():
    """``**本期导读**`` over ``| 版次 | 标题 |`` and its rows of pointers, and
    ``**永川天气**`` over ``| 日期 | 天气 | 气温 | 风力 |`` and its days (``微风``): the
    page's furniture, no story nor text."""
    page = (
        "**本期导读**\n\n| 版次 | 标题 |\n| --- | --- |\n| 第2版 | 区委理论学习中心组开展专题学习 |\n"
        "| 第3版 | 永川高新区新签约项目8个 |\n\n"
        "## 永川今年秋季新增公办学位3600个\n\n本报讯 9月12日，记者从区教委获悉。\n\n"
        "**永川天气**\n\n| 日期 | 天气 | 气温 | 风力 |\n| --- | --- | --- | --- |\n"
        "| 9月14日 | 多云转阴 | 22℃～31℃ | 微风 |\n| 9月15日 | 小雨 | 20℃～27℃ | 微风 |\n"
    )
    (got,) = parse_text(page, "page.md")
    assert (got.title, [b.text for b in got.blocks]) == (
        "永川今年秋季新增公办学位3600个",
        ["本报讯 9月12日，记者从区教委获悉。"],
    )


def test_a_weather_table_with_the_days_for_columns_goes():
    """``| 永川天气 | 今天 | 明天 |`` over rows of the weather's measures
    (``| 气温 | 5～9℃ | 4～8℃ |``): a weather box set the other way round, furniture."""
    page = (
        "| 永川天气 | 今天 | 明天 |\n| --- | --- | --- |\n| 天气 | 阴转小雨 | 小雨转阴 |\n"
        "| 气温 | 5～9℃ | 4～8℃ |\n\n"
        "# 永川今冬首批“暖心包”送到困难群众手中\n\n本报讯 1月6日，区民政局启动走访慰问活动。\n"
    )
    (got,) = parse_text(page, "page.md")
    assert (got.title, [b.text for b in got.blocks]) == (
        "永川今冬首批“暖心包”送到困难群众手中",
        ["本报讯 1月6日，区民政局启动走访慰问活动。"],
    )


def test_a_bold_related_news_label_over_linked_titles_goes_with_them():
    """``**相关新闻**``, a blank line, then linked titles, before the page's links and
    footer: other articles' headlines, not this one's text."""
    page = (
        "## 中山路街道“口袋公园”扮靓城市角落\n\n本报讯 近日，中山路街道新建口袋公园3个。\n\n"
        "**相关新闻**\n\n- [卫星湖街道新建3处“15分钟健身圈”](https://www.ycdsb.com/html/2024-08/02/c_38211.htm)\n"
        "- [永川今年将新建改建口袋公园20个](https://www.ycdsb.com/html/2024-07/19/content_37902.htm)\n\n"
        "![](https://www.ycdsb.com/images/qrcode_wx_large_version.png)\n\n"
        "Copyright © 渝西都市报社 版权所有　渝ICP备12003456号\n"
    )
    (got,) = parse_text(page, "page.md")
    assert [b.text for b in got.blocks] == ["本报讯 近日，中山路街道新建口袋公园3个。"]


def test_a_marked_head_with_a_colon_and_a_bracketed_head_are_minor_heads():
    """``■古街“上新”：老手艺遇上新玩法`` (its mark off) and ``【凌晨5:30 城市还在沉睡】``
    alone between paragraphs head the text below, never its first words; a letter's
    ``【编辑回复】`` after its signature heads the reply, no story of its own."""
    page = (
        "## 松溉古镇“上新”\n\n本报讯 5月19日，主题活动在松溉古镇启幕。\n\n"
        "■古街“上新”：老手艺遇上新玩法\n\n走进松溉古镇正街，老字号店铺人头攒动。\n\n"
        "【凌晨5:30 城市还在沉睡】\n\n凌晨5点半，环卫工人周桂兰已经开始清扫\n\n"
        "## 老旧小区加装电梯，能否再快一点？\n\n编辑同志：\n\n我家住在老小区，盼着装电梯。\n\n"
        "读者 黄德明\n\n【编辑回复】\n\n黄德明同志：您好！接到来信后，我们进行了咨询。\n"
    )
    market, letter = parse_text(page, "page.md")
    assert [(b.kind, b.text) for b in market.blocks] == [
        ("paragraph", "本报讯 5月19日，主题活动在松溉古镇启幕。"),
        ("subhead", "古街“上新”：老手艺遇上新玩法"),
        ("paragraph", "走进松溉古镇正街，老字号店铺人头攒动。"),
        ("subhead", "【凌晨5:30 城市还在沉睡】"),
        ("paragraph", "凌晨5点半，环卫工人周桂兰已经开始清扫"),
    ]
    assert ("subhead", "【编辑回复】") in [(b.kind, b.text) for b in letter.blocks]


def test_readers_letters_in_brief_under_their_label_are_items_of_their_own():
    """``## 来信简登`` over bold run-in titles, each letter signed in brackets: a
    letter each, the label no title; the readers' page's address is furniture."""
    page = (
        "## 来信简登\n\n"
        "**公交司机拾金不昧获点赞**　6月25日，我在208路公交车上遗落了钱包，驾驶员黄师傅"
        "第一时间交到了调度室。（读者 刘晓梅）\n\n"
        "**建议增设过街人行横道**　胜利路与星光大道交叉口附近行人多，建议增设人行横道。"
        "（读者 孙国华）\n\n"
        "来信请寄：重庆市永川区渝西都市报社读者部　邮编：402160\n"
    )
    got = parse_text(page, "page.md")
    assert [(a.title, a.authors, len(a.blocks)) for a in got] == [
        ("公交司机拾金不昧获点赞", ("刘晓梅",), 1),
        ("建议增设过街人行横道", ("孙国华",), 1),
    ]


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_a_plain_label_over_a_heading_labels_the_piece_under_it(gap):
    """``短评`` a plain line over ``## 让老人…``, a blank line between or not: the
    commentary's label (no kicker), not the last line of the story above."""
    page = (
        "## 大安街道：智慧养老服务中心正式运行\n\n"
        "9月8日，大安街道智慧养老服务中心正式投入运行。\n\n"
        f"短评{gap}## 让老人在家门口安享晚年\n\n养老是民生之需。\n"
    )
    got = parse_text(page, "page.md")
    assert [(a.kicker, a.title, [b.text for b in a.blocks]) for a in got] == [
        (
            "",
            "大安街道：智慧养老服务中心正式运行",
            ["9月8日，大安街道智慧养老服务中心正式投入运行。"],
        ),
        ("", "让老人在家门口安享晚年", ["养老是民生之需。"]),
    ]


def test_a_writers_field_under_a_later_heading_is_that_pieces_byline_no_export():
    """A Markdown page of pieces, the last under ``## 一碗豆豉`` signed ``作者：程 敏``:
    that piece's byline, not an export's field over the whole page."""
    page = (
        "## 第五届“茶竹杯”文学征文启事\n\n为展示新时代永川发展新貌，联合举办征文活动。\n\n"
        "永川区文学艺术界联合会\n\n2023年5月10日\n\n"
        "## 黄瓜山梨花开\n\n□ 苏 蓉\n\n三月的黄瓜山\n\n下了一场\n\n不肯停的雪\n\n"
        "## 一碗豆豉\n\n作者：程 敏\n\n在永川，说起豆豉，几乎没有人不知道。\n"
    )
    got = parse_text(page, "page.md")
    assert [(a.title, a.authors) for a in got] == [
        ("第五届“茶竹杯”文学征文启事", ()),
        ("黄瓜山梨花开", ("苏蓉",)),
        ("一碗豆豉", ("程敏",)),
    ]


def test_a_heading_over_a_photos_caption_after_a_rule_opens_a_story():
    """A rule, then a heading the page sets at its subheads' level over a photo, its
    caption and text (``#### 茶山竹海街道 植树添绿迎春来`` / ``▲…摄``): a story of
    its own, not the next section of the story above the rule."""
    page = (
        "## 永川区召开优化营商环境工作会\n\n本报讯 3月11日，永川区召开优化营商环境工作会。\n\n"
        "#### 一、深化改革\n\n会议明确了今年的重点任务。\n\n---\n\n"
        "#### 茶山竹海街道 植树添绿迎春来\n\n![](http://epaper.cqyc.net/images/p01_03.jpg)\n\n"
        "▲3月10日，茶山竹海街道组织志愿者补植苗木。渝西都市报记者 周 琳 摄\n\n"
        "当天，来自机关、社区的志愿者120余人共补植苗木800余株。\n"
    )
    got = parse_text(page, "page.md")
    assert [a.title for a in got] == ["永川区召开优化营商环境工作会", "茶山竹海街道 植树添绿迎春来"]
    assert got[1].blocks[0].kind == "caption"


def test_a_linked_thumbnail_and_an_italic_title_leave_no_markup():
    """A photo's thumbnail linked to the full picture (``[![](b_1.jpg)](1.jpg)``)
    leaves no ``[](…)`` behind; a book's title in italics inside a line
    (``*《永川秀芽》*``) loses its stars, a masked name's star (``张*明``) stays."""
    page = (
        "## 一本书里的永川茶香\n\n"
        "[![](http://epaper.cqyc.net/res/b_31845.jpg)](http://epaper.cqyc.net/res/31845.jpg)\n\n"
        "朋友送我一本*《永川秀芽》*，是本地茶人写的，我却读了整整一个星期。\n\n"
        "书里写到的茶农张*明，如今还在茶山竹海种茶。\n"
    )
    (got,) = parse_text(page, "page.md")
    assert [b.text for b in got.blocks] == [
        "朋友送我一本《永川秀芽》，是本地茶人写的，我却读了整整一个星期。",
        "书里写到的茶农张*明，如今还在茶山竹海种茶。",
    ]


def test_an_outlines_headings_at_the_storys_own_level_are_its_sections():
    """``##### 一、压实防火责任`` under ``##### 全区秋冬季森林防火工作会召开`` and its
    lead, each over text that opens no story: the story's subheads, not stories."""
    page = (
        "###### 推动成渝地区双城经济圈建设走深走实\n\n##### 永川与泸县签署9项合作协议\n\n"
        "###### 涉及交通互联、产业协作等领域\n\n本报讯 10月12日，永川区与泸县签署9项合作协议。\n\n"
        "##### 全区秋冬季森林防火工作会召开\n\n本报讯 10月14日，永川区召开秋冬季森林防火工作会。\n\n"
        "##### 一、压实防火责任\n\n会议要求，各镇街要严格落实森林防火行政首长负责制。\n\n"
        "##### 二、管住野外火源\n\n要加强重点时段、重点区域巡查管控。\n"
    )
    got = parse_text(page, "page.md")
    assert [a.title for a in got] == ["永川与泸县签署9项合作协议", "全区秋冬季森林防火工作会召开"]
    assert [b.kind for b in got[1].blocks] == [
        "paragraph",
        "subhead",
        "paragraph",
        "subhead",
        "paragraph",
    ]


def test_a_markdown_paragraph_cut_by_a_column_break_is_rejoined_not_verse():
    """A PDF's rows in a Markdown file, a column break after ``…共开设`` / ``专业``:
    the two rows under the blank line (``200余个，其中…的专业`` / ``占比达到70%以上。``)
    are the rest of that paragraph, not a stanza of verse."""
    page = (
        "## 科技赋能 永川职教跑出“加速度”\n\n"
        "近年来，永川以西部职教基地建设为抓手，深\n入推进产教融合，推动职业院校专业设置与产\n"
        "业需求精准对接。目前，全区职业院校共开设\n专业\n\n"
        "200余个，其中与永川主导产业相关的专业\n占比达到70%以上。\n\n"
        "在永川高新区，不少企业把“车间”搬进了校\n园。一家精密机械公司与永川职教中心合作建\n"
        "设“厂中校”，每年培养数控技工200余名。\n"
    )
    (got,) = parse_text(page, "page.md")
    assert [b.text for b in got.blocks] == [
        "近年来，永川以西部职教基地建设为抓手，深入推进产教融合，推动职业院校专业设置与产业需求"
        "精准对接。目前，全区职业院校共开设专业200余个，其中与永川主导产业相关的专业占比达到70%以上。",
        "在永川高新区，不少企业把“车间”搬进了校园。一家精密机械公司与永川职教中心合作建设“厂中校”，"
        "每年培养数控技工200余名。",
    ]


def test_a_bracketed_column_label_with_its_note_over_signed_items():
    """``## 【环保曝光台】``, its note with a hotline (``本栏目欢迎读者提供…　曝光热线：…``),
    then ``###`` items each signed at its end: the label heads the column, no item's
    kicker nor title, and its note is furniture."""
    page = (
        "## 【环保曝光台】\n\n本栏目欢迎读者提供生态环境违法线索　曝光热线：023-49861234\n\n"
        "### 永荣镇一养殖场污水直排河沟\n\n近日，有读者反映，永荣镇一家养殖场将废水直接排入河沟。\n\n"
        "8月12日，记者来到现场看到，管口周围水体呈黑褐色。\n\n对此，区生态环境局已责令其停止排污。\n\n"
        "（渝西都市报记者 龙 帆）\n\n"
        "### 南大街街道一工地夜间违规施工噪声扰民\n\n8月9日，市民李先生致电本报称，工地夜间施工。\n\n"
        "目前，工地已停止夜间施工。\n\n（渝西都市报记者 龙 帆）\n"
    )
    got = parse_text(page, "page.md")
    assert [(a.kicker, a.title, a.subtitle) for a in got] == [
        ("", "永荣镇一养殖场污水直排河沟", ""),
        ("", "南大街街道一工地夜间违规施工噪声扰民", ""),
    ]
    assert got[0].blocks[0].text.startswith("近日")


def test_a_narrow_columns_even_rows_in_markdown_are_one_paragraph_not_verse():
    """An e-paper's Markdown holding a narrow column's rows, fifteen characters each
    (half-width commas), cut mid-word (``…位于胜`` / ``利路街道的…``): one paragraph,
    not lines of verse."""
    page = (
        "## 凌晨四点，菜市场里的“城市保鲜人”\n\n"
        "7月7日凌晨4点,天还没亮,位于胜\n利路街道的永川城区农产品批发市\n场已是灯火通明。一辆辆满载蔬菜\n"
        "的货车陆续驶入,搬运工、批发商、\n采购员穿梭其间,讨价还价声此起\n彼伏。\n"
    )
    (got,) = parse_text(page, "page.md")
    assert [b.text for b in got.blocks] == [
        "7月7日凌晨4点,天还没亮,位于胜利路街道的永川城区农产品批发市场已是灯火通明。"
        "一辆辆满载蔬菜的货车陆续驶入,搬运工、批发商、采购员穿梭其间,讨价还价声此起彼伏。"
    ]


def test_a_reading_lists_entries_set_one_under_another_stay_apart():
    """A Markdown reading list, its entries one under another with no blank line
    (``《永川河畔》 邓国华 著 重庆出版社`` / ``《技能之城》 苏雨晴 著 …``): an entry a
    paragraph, not one wrapped paragraph."""
    page = (
        "## 区图书馆发布6月新书推荐书单\n\n本报讯 6月12日，永川区图书馆发布新书推荐书单。以下为部分书目：\n\n"
        "《永川河畔》 邓国华 著 重庆出版社\n《技能之城》 苏雨晴 著 巴渝文艺出版社\n"
        "《长江边的古镇》 唐明远 著 西南大学出版社\n《竹子的秘密》 李晓华 编著 重庆出版社\n"
    )
    (got,) = parse_text(page, "page.md")
    assert len(got.blocks) == 5
    assert got.blocks[2].text.startswith("《技能之城》")


def test_short_phrases_marked_like_captions_over_text_are_minor_heads():
    """``▲资源变资产`` / text, ``▲资金变股金`` / text: minor heads set with a caption's
    mark, the mark kept; a photo's caption (``▲五间镇…捕捞稻田鱼。记者 黄 萍 摄``)
    stays a caption."""
    page = (
        "## 宝峰镇“三变”改革激活乡村沉睡资源\n\n本报讯 11月4日，宝峰镇天星桥村召开集体经济分红大会。\n\n"
        "▲资源变资产\n\n天星桥村把闲置的山林、土地等资源统一流转给村集体经济组织。\n\n"
        "▲资金变股金\n\n村里将上级财政扶持资金量化为集体股份。\n\n"
        "▲五间镇稻渔综合种养基地，农户正在捕捞稻田鱼。记者 黄 萍 摄\n"
    )
    (got,) = parse_text(page, "page.md")
    assert [b.kind for b in got.blocks] == [
        "paragraph",
        "subhead",
        "paragraph",
        "subhead",
        "paragraph",
        "caption",
    ]
    assert got.blocks[1].text == "▲资源变资产"


def test_a_notice_signed_by_two_issuers_keeps_each_on_its_line():
    """``永川区文化和旅游发展委员会`` / blank / ``永川区松溉镇人民政府`` under ``特此公告。``:
    two signers, a line each, never one paragraph cut by a blank line."""
    page = (
        "## 关于举办2024年永川·松溉古镇非遗文化节的公告\n\n"
        "为传承弘扬非物质文化遗产，定于2024年9月28日至10月7日在松溉古镇举办非遗文化节。\n\n"
        "特此公告。\n\n永川区文化和旅游发展委员会\n\n永川区松溉镇人民政府\n\n2024年9月20日\n"
    )
    (notice,) = parse_text(page, "page.md")
    assert [b.text for b in notice.blocks][-3:] == [
        "永川区文化和旅游发展委员会",
        "永川区松溉镇人民政府",
        "2024年9月20日",
    ]


def test_a_plain_line_right_over_a_headline_is_its_kicker():
    """``传承中医药文化`` set right over ``## 区中医院三伏贴开贴 冬病夏治正当时``, no
    blank line between, after the story above: the headline's kicker, no last
    paragraph of that story."""
    page = (
        "## 夏季儿童腹泻高发 家长如何科学应对？\n\n"
        "李晓红提醒，预防儿童腹泻，关键要把好“病从口入”关。\n\n"
        "传承中医药文化\n## 区中医院三伏贴开贴 冬病夏治正当时\n\n"
        "本报讯（渝西都市报通讯员 谢 婷）7月15日是今年入伏的第一天，前来贴敷的市民排起了长队。\n"
    )
    advice, clinic = parse_text(page, "page.md")
    assert [b.text for b in advice.blocks] == ["李晓红提醒，预防儿童腹泻，关键要把好“病从口入”关。"]
    assert (clinic.kicker, clinic.title) == ("传承中医药文化", "区中医院三伏贴开贴 冬病夏治正当时")
