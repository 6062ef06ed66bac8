"""Mastheads printed without their year: the day by its weekday, the year from the
file's name."""

from __future__ import annotations

import pytest

from yc_reader.core.parse import parse_text

STORY = "永川高新区一季度新签约项目23个\n\n本报讯 近日，永川高新区举行项目集中签约活动。\n"


@pytest.mark.parametrize(
    ("masthead", "source", "date", "section"),
    [
        ("03月20日　星期三　第05版：社会", "ycdsb_240320_05.txt", "2024-03-20", "社会"),
        ("3月25日 星期一 第6版 文旅", "yxdsb_2024年_06.txt", "2024-03-25", "文旅"),
        ("A02 要闻 4月2日 星期二 责任编辑：李娟", "yxdsb-A02-2024-4-2.txt", "2024-04-02", "要闻"),
        ("４月１０日　星期三　B03　教育", "20240410_B03.txt", "2024-04-10", "教育"),
        ("渝西都市报｜第07版｜乡村振兴｜4月15日 星期一", "2024_07.txt", "2024-04-15", "乡村振兴"),
        ("渝西都市报　3月15日　星期五", "2024_A02.txt", "2024-03-15", ""),
        # (the paper's name in capitals before its characters)
        (
            "YONGXI DUSHIBAO　渝西都市报　　2023年12月22日　星期五　　A7　校园　　责任编辑：罗 晶",
            "page.txt",
            "2023-12-22",
            "校园",
        ),
        # the day with its editors under the page's name and number
        (
            "要闻　2\n\n11月18日　星期六　编辑：王 强　校对：李 红",
            "p_20231118.txt",
            "2023-11-18",
            "要闻",
        ),
        ("11月18日 星期六 责任编辑：王强", "yxdsb_2023_a2.txt", "2023-11-18", ""),
        # the page's name with its editors
        ("综合　|　责任编辑：刘 洋　校对：唐 敏", "yx_20240716.txt", "2024-07-16", "综合"),
        # (its bare number and name: only its editors make it a running head)
        ("6　专题　　责任编辑：邓 林　　美编：王 丹", "yx_20240618.txt", "2024-06-18", "专题"),
        ("专题　07", "yxdsb-20231208-07.txt", "2023-12-08", "专题"),  # (its padded number after)
    ],
)
def test_a_masthead_without_its_year_dates_the_page_with_the_file_names_year(
    masthead, source, date, section
):
    (got,) = parse_text(f"{masthead}\n\n{STORY}", source)
    assert (got.kicker, got.title, got.date, got.section) == (
        "",
        "永川高新区一季度新签约项目23个",
        date,
        section,
    )


def test_a_day_and_weekday_alone_are_no_masthead():
    """``5月1日 星期三`` over a day's events, ``5月1日 星期三 劳动节`` too: a
    calendar's rows, which name no page and no paper."""
    page = "五一假期活动安排\n\n5月1日 星期三 劳动节\n\n上午9时，松溉古镇举行民俗巡游。\n"
    (got,) = parse_text(page, "2024-04-30.txt")
    assert got.date == "2024-04-30"
    assert "5月1日 星期三 劳动节" in [got.title, got.subtitle, *(b.text for b in got.blocks)]


@pytest.mark.parametrize(
    "furniture",
    [
        "2024.07.03 星期三　A01　要闻　　编辑 张 燕　美编 刘 洋　校对 周 敏",
        "中共重庆市永川区委主管主办　今日4版",
        "中共重庆市永川区委机关报",
        "渝西都市报 - 数字报刊平台",
        "渝西都市报数字报 · 手机版",
        "< 返回版面",
        "欢迎赐稿，来稿请注明真实姓名及联系方式。",
        "[返回首页](http://epaper.example/)　[往期查阅](http://epaper.example/history)",
        "今日导读：简讯三则（2版）｜吉安镇“春耕课堂”开进田间地头（2版）",
        "今日永川 多云 14℃～23℃ 偏北风1级",
        "今日天气：晴 27℃～36℃ 高温天气请注意防暑降温",
        "扫一扫 关注渝西都市报微信公众号",
        "【天气】今天多云转阵雨 19℃～27℃ 东南风1～2级",
        "天气预报 今天 阴 4℃～9℃ 明天 小雨 3℃～8℃",
        "【天气】今天 晴 27℃～37℃ 高温黄色预警，请注意防暑降温",
        "【天气】今天 多云转阵雨 19℃～27℃ 东南风1～2级\n明天 阵雨转阴 18℃～25℃",
        "**天气** 多云 22℃～31℃ 偏南风2级",
        "【永川天气】\n12月4日　晴间多云　6℃～14℃\n12月5日　多云　7℃～13℃\n空气质量：良",
        "> **永川天气**\n>\n> 今天：阴转小雨　10℃～15℃　偏北风1～2级\n>\n> 明天：小雨转阴　9℃～13℃",
        "新闻热线：023-4986××××  欢迎提供新闻线索",
        "投稿邮箱：yxdsbfk@163.com（请注明“副刊投稿”）",
        "扫一扫看更多副刊佳作",
        "扫码关注“渝西都市报”微信公众号，获取更多本地资讯",
        "第04版 | 企业 | 责任编辑：谢 婧",
        "本刊编辑：王琳",
        "渝西都市报社出版　社址：永川区人民大道369号　新闻热线：023-49888888",
        "本版投稿邮箱：ycdsbfk@163.com　　责任编辑：吴 倩",
        "天气 今天：阴转小雨 3℃～9℃ 偏北风1～2级",
        "今日天气\n多云转阴 9℃～15℃\n偏北风1～2级",  # (today's, no day; its wind alone)
        "今日天气\n多云转阵雨\n24℃～33℃\n偏南风2～3级",  # (a line a part)
        "值班总编：刘 强　　本版责任编辑：罗 敏",
        "新闻热线：023-49823456　欢迎来稿",
        "欢迎各镇街通讯员踊跃投稿　投稿邮箱：yxdsbzj@163.com",
        "主办：重庆市永川区人民政府办公室　　网站标识码：5001180001",
        "关注渝西都市报微信公众号",
        "关注我们，了解更多永川生活资讯",
        "本版责任编辑：周 洁 | 健康热线：023-49823120",
        "主办：中共重庆市永川区委组织部　承办：渝西都市报社",
        "主办:永川区禁毒委员会办公室 承办:渝西都市报社",
        "主办：永川区安全生产委员会办公室　永川区应急管理局",
        "承办：渝西都市报社",
        "渝西都市报社出版　本期4版　零售价1.00元",
        "YUXI DUSHI BAO　　中共重庆市永川区委主管主办　　国内统一连续出版物号 CN 50-0000",
        "渝西都市报社出版　　地址：永川市人民大道118号　邮编：402160",
        "渝西都市报社出版  地址：重庆市永川区××路××号  邮编：402160",
        "投稿地址：永川市人民大道118号渝西都市报副刊部　邮编：402160",
        "（本栏目刊登各类公告、声明，联系电话：49851234　渝西都市报广告部）",
        "扫码关注“渝西都市报”微信公众号　提供新闻线索",
        "欢迎广大农民朋友来信来电咨询　咨询电话：49823456",
        "本版共2篇文章",
        "新闻热线：023-49870000　　本版邮箱：yxdsbsq@163.com",
        "本栏目欢迎读者提供生态环境违法线索　曝光热线：023-49861234",
        "小记者招募热线：023-49881234（周一至周五9:00—17:00）",
        "字号：【大 中 小】",
        "投稿邮箱：shaoer@yxdsb.cn　　来稿请注明学校、班级、指导老师及联系电话",
    ],
)
def test_a_pages_furniture_is_no_text(furniture):
    """A running head crediting its editors with padded names, the nameplate's
    sponsor, the weather in more of its shapes, the paper's hotline with its digits
    masked and its mailbox with a note: none of it is a story's."""
    (got,) = parse_text(f"{furniture}\n\n{STORY}\n{furniture}\n", "2024-07-03.txt")
    assert (got.kicker, got.title, got.subtitle) == ("", "永川高新区一季度新签约项目23个", "")
    assert [b.text for b in got.blocks] == ["本报讯 近日，永川高新区举行项目集中签约活动。"]


def test_a_day_over_the_page_and_a_markdown_section_over_the_masthead_are_the_masthead():
    """``3月9日 星期六`` over ``第8版 生活周刊`` gives the day, the file name its year;
    ``# 副刊`` over ``6月17日 星期六 第7版`` names the section."""
    (got,) = parse_text(
        f"3月9日  星期六\n第8版  生活周刊\n责任编辑：蒋 欣\n\n{STORY}", "2024_08.txt"
    )
    assert (got.kicker, got.title, got.date, got.section) == (
        "",
        "永川高新区一季度新签约项目23个",
        "2024-03-09",
        "生活周刊",
    )
    page = "# 副刊\n\n6月17日 星期六 第7版\n\n责任编辑：刘 敏\n\n## 粽香里的松溉\n\n端午前后，古镇飘满粽香。\n"
    (got,) = parse_text(page, "20230617.md")
    assert (got.title, got.date, got.section) == ("粽香里的松溉", "2023-06-17", "副刊")


def test_a_file_names_year_and_month_in_six_digits_date_its_undated_stories():
    (got,) = parse_text(STORY, "202405_zonghe.txt")
    assert got.date == "2024-05"


@pytest.mark.parametrize(
    "head",
    [
        "2022年7月　第4版　乡村振兴",
        "渝西都市报·房产专刊　2022年7月号　第4版　乡村振兴",
        "渝西都市报·永川好人专刊\n2022年7月（总第6期）　　第4版　　乡村振兴",
    ],
)
def test_a_monthly_pages_running_head_with_its_page_dates_it_to_the_month(head):
    """``2022年7月　第4版　乡村振兴``, or the month as its issue, ``2022年7月号``, or
    with the issue's number bracketed after it, ``2022年7月（总第6期）``: a monthly
    page's head, its page and section."""
    (got,) = parse_text(f"{head}\n\n{STORY}", "page.txt")
    assert (got.title, got.date, got.section) == (
        "永川高新区一季度新签约项目23个",
        "2022-07",
        "乡村振兴",
    )


def test_a_masthead_of_the_paper_page_and_section_between_bars_is_no_story():
    """``渝西都市报 | 第07版 | 汽车``: the page and its section, bars between, no date."""
    (got,) = parse_text(f"渝西都市报 | 第07版 | 汽车\n\n{STORY}", "20240506.txt")
    assert (got.kicker, got.title, got.section, got.date) == (
        "",
        "永川高新区一季度新签约项目23个",
        "汽车",
        "2024-05-06",
    )


def test_notices_signed_by_a_presidium_are_dated_and_parted_by_their_signatures():
    """``…会议主席团`` over ``2024年1月12日`` signs the notice above: the next
    notice's headline is its own, and each notice has its own date."""
    page = (
        "重庆市永川区第十八届人民代表大会第四次会议主席团公告（第3号）\n\n"
        "重庆市永川区第十八届人民代表大会第四次会议于2024年1月12日选举产生了区人民政府区长。\n\n"
        "重庆市永川区第十八届人民代表大会第四次会议主席团\n\n2024年1月12日\n\n"
        "重庆市永川区人民代表大会常务委员会公告（第21号）\n\n"
        "重庆市永川区第十八届人民代表大会常务委员会第十六次会议决定接受辞职。\n\n"
        "重庆市永川区人民代表大会常务委员会\n\n2024年1月26日\n"
    )
    first, second = parse_text(page, "page.txt")
    assert (first.date, second.date) == ("2024-01-12", "2024-01-26")
    assert second.title == "重庆市永川区人民代表大会常务委员会公告（第21号）"


def test_a_notice_signed_with_a_month_alone_is_dated_to_it_and_ends_there():
    """``永川区医疗保障局`` over ``2024年6月``: the notice's issuer and month, closing it
    (the page states no issue date), not the next notice's kicker and title."""
    page = (
        "城乡居民医保集中参保缴费提示\n\n"
        "2025年度城乡居民医保集中参保缴费工作将于9月1日启动，请相互转告。\n\n"
        "永川区医疗保障局\n\n2024年6月\n\n"
        "永川区图书馆暑期开放时间调整公告\n\n"
        "暑假期间，永川区图书馆开放时间调整为每天9:00至21:00。\n\n"
        "永川区图书馆\n\n2024年6月10日\n"
    )
    first, second = parse_text(page, "page.txt")
    assert (first.date, [b.text for b in first.blocks][-2:]) == (
        "2024-06",
        ["永川区医疗保障局", "2024年6月"],
    )
    assert (second.kicker, second.title, second.date) == (
        "",
        "永川区图书馆暑期开放时间调整公告",
        "2024-06-10",
    )


def test_an_issuer_set_far_right_signs_the_notice_above_without_a_date():
    """``重庆市永川区人民医院`` set far right, no date under it, then the next notice's
    title: the notice's signature, not the first half of that title."""
    pad = " " * 24
    page = (
        "端午节门诊安排\n　　6月10日（端午节）当天，区人民医院普通门诊上午正常开诊，下午停诊。\n"
        f"{pad}重庆市永川区人民医院\n\n"
        "免费测血压血糖\n　　5月25日上午，南大街街道社区卫生服务中心将开展免费测血压活动。\n"
    )
    first, second = parse_text(page, "page.txt")
    assert first.blocks[-1].text == "重庆市永川区人民医院"
    assert second.title == "免费测血压血糖"


def test_an_e_papers_page_shown_by_its_code_is_the_masthead():
    """``当前版：A02版：要闻　　2025-09-10``: the page, its section and the day."""
    (got,) = parse_text(f"当前版：A02版：要闻　　2025-09-10\n\n{STORY}", "page.txt")
    assert (got.title, got.date, got.section, got.page) == (
        "永川高新区一季度新签约项目23个",
        "2025-09-10",
        "要闻",
        "A2",
    )


def test_a_date_under_a_notices_contact_line_is_its_signing_date():
    """``2024年8月6日`` under ``联系人：罗先生　联系电话：…``: the notice's last line,
    its date, not a masthead."""
    page = (
        "## 永川区松溉古镇旅游公厕改造项目竞争性磋商公告\n\n现就该项目进行竞争性磋商采购。\n\n"
        "采购人：重庆市永川区松溉镇人民政府\n\n联系人：罗先生　联系电话：023-49372156\n\n2024年8月6日\n"
    )
    (got,) = parse_text(page, "page.md")
    assert (got.blocks[-1].text, got.date) == ("2024年8月6日", "2024-08-06")


def test_an_e_papers_title_list_goes_on_every_page_of_the_file():
    """``本版标题导航`` over ``· …`` on each page of an e-paper's issue: the page's
    titles, one of them a story continued from another page."""
    page = (
        "第01版：要闻\n\n本版标题导航\n· 永川区组织收看全国人大开幕会\n\n"
        "永川区组织收看全国人大开幕会\n　　本报讯 3月5日上午，永川区组织收看开幕会。\n\n"
        "第02版：综合\n\n本版标题导航\n· 永川区组织收看全国人大开幕会\n· 永川首个镇级“共享法庭”揭牌\n\n"
        "永川首个镇级“共享法庭”揭牌\n　　本报讯 3月4日，“共享法庭”双石镇工作站揭牌。\n"
    )
    assert [a.title for a in parse_text(page, "page.txt")] == [
        "永川区组织收看全国人大开幕会",
        "永川首个镇级“共享法庭”揭牌",
    ]


def test_a_padded_page_number_before_a_short_name_is_the_pages_label():
    """``05  民生``: the page's number and its section, over its stories."""
    (got,) = parse_text(f"05  民生\n\n{STORY}", "2025-03-14.txt")
    assert (got.title, got.section, got.page) == ("永川高新区一季度新签约项目23个", "民生", "5")


def test_a_spaced_out_contents_label_over_pointers_to_pages_goes():
    """``导 读`` (spaced out) over ``▶ … …… 3版`` entries: a guide to other pages."""
    page = "导 读\n▶ 松溉古镇“五一”文旅活动抢先看 …… 3版\n▶ 永川秀芽春茶开采 茶农忙增收 …… 5版\n\n"
    (got,) = parse_text(page + STORY, "2024-04-20.txt")
    assert got.title == "永川高新区一季度新签约项目23个"


def test_a_weekday_alone_under_the_date_is_the_masthead():
    page = "渝西都市报\n2023年7月1日\n星期六\n癸卯年五月十四\nA01 要闻\n\n" + STORY
    (got,) = parse_text(page, "page.txt")
    assert (got.kicker, got.date, got.section) == ("", "2023-07-01", "要闻")


def test_a_lunar_date_and_an_e_papers_list_of_pages_are_furniture():
    """``农历甲辰年腊月初八`` on its own line by the masthead, an e-paper's list of the
    issue's pages (``版面导航`` / ``第01版：要闻`` / …) and its ``本版标题`` over the
    page's titles: none of it text, and no listed page this page's masthead."""
    page = (
        "渝西都市报 数字报刊\n2024年09月03日 星期二\n农历甲辰年八月初一\n第05版：镇街\n"
        "上一版　下一版\n\n版面导航\n第01版：要闻\n第02版：综合\n第05版：镇街\n第06版：副刊\n\n"
        "本版标题\n· 朱沱镇：“港口+产业”激活镇域经济\n· 永川高新区一季度新签约项目23个\n\n"
        "朱沱镇：“港口+产业”激活镇域经济\n\n本报讯 9月1日，朱沱港码头塔吊林立。\n\n" + STORY
    )
    got = parse_text(page, "page.txt")
    assert [(a.kicker, a.title, a.date, a.section) for a in got] == [
        ("", "朱沱镇：“港口+产业”激活镇域经济", "2024-09-03", "镇街"),
        ("", "永川高新区一季度新签约项目23个", "2024-09-03", "镇街"),
    ]


@pytest.mark.parametrize(
    "top",
    [
        "2024年7月1日　星期一　第5版　特刊\n\n# 奋进新时代 建功新永川\n\n"
        "主办：中共重庆市永川区委组织部　承办：渝西都市报社\n\n* * *\n\n",
        "人人讲安全 个个会应急\n\n——2024年6月全国第23个“安全生产月”\n\n"
        "主办：永川区安全生产委员会办公室　永川区应急管理局\n\n\n",
        "庆丰收 促和美\n\n2024年9月23日　星期一　第5版　乡村振兴\n\n"
        "主办：永川区农业农村委员会　承办：渝西都市报社\n\n\n",
        " 聚焦2024永川两会\n\n2024年1月8日 星期一 第3版 两会特刊\n\n\n",
    ],
)
def test_a_special_pages_banner_over_its_sponsors_or_masthead_is_no_headline(top):
    """The slogan a special page prints over its sponsors (主办：… 承办：…) or over
    its masthead first in the file: the page's banner, no story's kicker or title."""
    (got,) = parse_text(top + STORY, "page.txt")
    assert (got.kicker, got.title, got.subtitle) == ("", "永川高新区一季度新签约项目23个", "")


def test_an_events_sponsor_field_and_a_headline_over_the_next_masthead_stay():
    """``主办单位：…`` among an event's fields is its text; a headline printed after
    its story stays that story's over the next page's 特刊 masthead."""
    page = (
        "2024年1月7日 星期日 第2版 要闻\n\n　　本报讯 1月6日，永川区举行迎新春文艺演出。\n\n"
        "主办单位：永川区文化旅游委\n\n迎新春文艺演出举行\n\n"
        "2024年1月7日 星期日 第3版 两会特刊\n\n　　本报讯 1月6日，区人大代表陆续报到。\n\n"
        "代表报到\n"
    )
    show, deputies = parse_text(page, "page.txt")
    assert show.title == "迎新春文艺演出举行"
    assert show.blocks[-1].text == "主办单位：永川区文化旅游委"
    assert deputies.title == "代表报到"


def test_a_name_over_a_padded_number_in_a_table_is_no_running_head():
    """``李明　07`` among a table's rows is a row, not the page's name and number."""
    page = "2024年5月6日 星期一 第3版 体育\n\n运动会跳远成绩公布\n\n本报讯 跳远成绩如下：\n李明　07\n王强　05\n"
    (got,) = parse_text(page, "page.txt")
    assert got.page == "3"
    assert "李明" in " ".join(b.text for b in got.blocks)


def test_a_supplements_month_and_issue_number_date_it_to_the_month():
    """``2024年7月　总第58期`` under a supplement's name: its running head, the
    month its date, no text."""
    (got,) = parse_text(f"# 渝西都市报·教育专刊\n\n2024年7月　总第58期\n\n{STORY}", "page.md")
    assert (got.date, len(got.blocks)) == ("2024-07", 1)


def test_the_bodies_running_a_supplement_with_the_paper_under_its_masthead_go():
    """``中共…政法委员会　渝西都市报社　合办`` under a supplement's masthead: who runs
    it, no headline."""
    top = "渝西都市报　　法治专刊\n2024年8月　第32期\n中共重庆市永川区委政法委员会　渝西都市报社　合办\n\n\n"
    (got,) = parse_text(top + STORY, "page.txt")
    assert (got.title, got.subtitle, got.date) == ("永川高新区一季度新签约项目23个", "", "2024-08")


@pytest.mark.parametrize(
    "contacts",
    [
        "反诈热线：96110　　报警电话：110",
        "咨询热线：023-49800000　　关注“永川文旅”公众号，获取更多旅游资讯",
        '禁毒举报电话:023-49821110    扫码关注"平安永川"微信公众号',
        "求职招聘热线：023-4938××××　　扫码关注“永川就业”",  # (its digits masked)
    ],
)
def test_hotlines_and_accounts_set_apart_on_a_pages_last_line_go(contacts):
    """The page's last line of hotlines and accounts to follow (before its editors):
    furniture; a notice's own contact, naming a person, stays its text."""
    (got,) = parse_text(f"{STORY}\n{contacts}\n\n责任编辑：张 燕\n", "2024-07-03.txt")
    assert [b.text for b in got.blocks] == ["本报讯 近日，永川高新区举行项目集中签约活动。"]
    (got,) = parse_text(f"{STORY}\n联系人：张先生　联系电话：023-49812345\n", "2024-07-03.txt")
    assert got.blocks[-1].text == "联系人：张先生 联系电话：023-49812345"


@pytest.mark.parametrize(
    "head",
    [
        "渝西都市报\n\n2014年6月6日　星期五\n\nA1\n\n要闻\n\n责任编辑：罗 敏　美编：唐 娟\n\n",
        "渝西都市报\n\nA01\n\n要闻\n\n2019年10月1日　星期二\n\n",
    ],
)
def test_a_front_pages_masthead_lines_a_blank_line_apart(head):
    """The nameplate, the date, the page's code and its name each a line, a blank
    line between: the page and section, no headline of the lead story."""
    page = (
        head
        + "本报讯（渝西都市报记者 涂 燕）6月5日，永川区举行主题宣传活动。\n\n永川开展主题宣传活动\n"
    )
    (got,) = parse_text(page, "page.txt")
    assert (got.title, got.page, got.section) == ("永川开展主题宣传活动", "A1", "要闻")


def test_a_pages_own_name_by_its_number_wins_over_the_supplements_name():
    """``# 渝西都市报·教育专刊`` / ``2024年7月　总第58期`` / ``**第2版　校园**``: the
    page's section is the name printed with its number, not the supplement's."""
    page = (
        "# 渝西都市报·教育专刊\n\n2024年7月　总第58期\n\n**第2版　校园**\n\n---\n\n"
        "## 暑期托管让“看护难”变“成长乐”\n\n本报讯 7月10日，全区暑期托管服务启动。\n"
    )
    (got,) = parse_text(page, "page.md")
    assert (got.page, got.section, got.date) == ("2", "校园", "2024-07-10")


def test_a_supplements_name_and_issue_under_a_monthly_masthead_name_the_section():
    """``渝西都市报　2007年12月`` over ``三农专刊　第12期　本期编辑：冯 军``: the month
    dates the page, the supplement's name is its section; an outline's first heading
    under a headline (``一、清园消毒``) is the story's subhead, not its subtitle."""
    page = (
        "渝西都市报　　　　2007年12月\n三农专刊　　第12期　　　　本期编辑：冯 军\n\n"
        "冬季柑桔园管理要点\n一、清园消毒\n"
        "　　采果后要及时剪除病虫枝、枯枝，清除园内的落叶、落果和杂草。\n"
        "二、施好冬肥\n　　冬肥以有机肥为主，每株施腐熟农家肥25至50公斤。\n"
    )
    (got,) = parse_text(page, "page.txt")
    assert (got.title, got.subtitle, got.section, got.date) == (
        "冬季柑桔园管理要点",
        "",
        "三农专刊",
        "2007-12",
    )
    assert [b.text for b in got.blocks if b.kind == "subhead"] == ["一、清园消毒", "二、施好冬肥"]


def test_a_page_named_after_the_papers_name_and_a_dot():
    """``渝西都市报·科普　第7版``: the page is 科普, not the paper's name with it; a
    column's own dotted name (``副刊·茶竹　第7版``) stays whole."""
    (got,) = parse_text(f"渝西都市报·科普　第7版\n\n{STORY}", "20240703.txt")
    assert (got.page, got.section) == ("7", "科普")
    (got,) = parse_text(f"副刊·茶竹　第7版\n\n{STORY}", "20240703.txt")
    assert got.section == "副刊·茶竹"


@pytest.mark.parametrize("head", ["07\n消费", "消费\n07"])
def test_a_pdfs_running_head_alone_at_the_top_gives_the_page_and_section(head):
    """``07`` / ``消费`` at the top of a page with no other masthead: the page's number
    and its section, no kicker of the first headline."""
    page = (
        f"{head}\n\n本周城区菜价稳中有降 叶菜类降幅明显\n\n渝西都市报记者 蒋 琳\n\n"
        "　　9月20日至22日，记者走访了城区胜利路农贸市场，叶菜类价格明显下降。\n"
    )
    (got,) = parse_text(page, "20240923_b07.txt")
    assert (got.kicker, got.title) == ("", "本周城区菜价稳中有降 叶菜类降幅明显")
    assert (got.page, got.section, got.date) == ("7", "消费", "2024-09-23")


def test_a_box_of_hotlines_under_its_label_is_furniture():
    """``便民热线`` over a line a hotline (``政务服务热线：12345`` / ``供水服务热线：…``):
    the page's box of numbers, no article."""
    page = (
        "永川城区新增3条公交线路\n\n本报讯 5月9日，记者从区交通运输委获悉，城区将新增3条公交线路。\n\n"
        "便民热线\n政务服务热线：12345\n供水服务热线：023-49822222\n燃气抢修热线：023-49833333\n"
    )
    assert [(a.title, len(a.blocks)) for a in parse_text(page, "page.txt")] == [
        ("永川城区新增3条公交线路", 1)
    ]


def test_the_nameplate_alone_over_the_pages_name_and_number():
    """``渝西都市报`` / ``副刊`` / ``7``, the issue dated by the file's name alone: the
    page and its section, not the first piece's kicker."""
    page = (
        "渝西都市报\n副刊\n7\n\n五月的栀子花\n□ 曾 雪\n\n"
        "　　五月一到，小区楼下的栀子花就开了。白白的花朵藏在油绿的叶子中间。\n"
    )
    (got,) = parse_text(page, "2022-05_fukan.txt")
    assert (got.kicker, got.title, got.page, got.section) == ("", "五月的栀子花", "7", "副刊")
