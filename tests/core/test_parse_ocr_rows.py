"""Scans whose OCR broke a paragraph's rows anywhere, the paragraphs set apart by
blank lines: each stanza is one paragraph, whatever its rows look like alone."""

from __future__ import annotations

from yc_reader.core.parse import parse_text

PAGE = (
    "永川区召开2024年二季度工\n作推进会\n\n"
    "本报讯（渝西都市报记者 涂 燕）5月7日上午，永 川 区\n召开2024年二季度工作推进会，\n"
    "总结一季度工作，分析当前经济形势，安排部署二季度重点\n任务。区委书记王志强出席会议并讲话，区委\n"
    "副书记、区长刘春林主持会议。\n\n"
    "会议指出，一季度以来，\n全区上下坚持稳中求进工作总基调，统筹推进稳增长、促改革、调结\n"
    "构、惠民生、防风险各项工作，经济运行实现良好开局。全\n区地区生产总值同比增长6.1%，\n"
    "主要经济指标增速位居主城新区前列。\n\n"
    "会议还通报了一季度重点工作考核情况，卫星\n湖街道、何埂镇、永川高新区管委\n会等单位作交流发言。\n\n"
    "松溉镇开展森林防火宣传\n日前，松溉镇组织森林防火宣传队走村入户，发放宣传\n资料2000余份，悬挂宣传横幅30余\n"
    "条，提醒群众文明祭扫、严禁野外用火。\n"
)


def test_a_scans_ragged_rows_make_one_paragraph_a_stanza():
    meeting, fire = parse_text(PAGE, "page.txt")
    assert meeting.title == "永川区召开2024年二季度工作推进会"
    assert [b.kind for b in meeting.blocks] == ["paragraph"] * 3
    assert (
        meeting.blocks[2].text
        == "会议还通报了一季度重点工作考核情况，卫星湖街道、何埂镇、永川高新区管委会等单位作交流发言。"
    )
    assert fire.title == "松溉镇开展森林防火宣传"
    assert [b.text for b in fire.blocks] == [
        "日前，松溉镇组织森林防火宣传队走村入户，发放宣传资料2000余份，悬挂宣传横幅30余条，提醒群众文明祭扫、严禁野外用火。"
    ]


def test_a_page_of_a_paragraph_a_line_keeps_its_short_lines():
    """Long lines, a paragraph each, over a timetable's short ones: no scan's rows."""
    page = (
        "区图书馆新馆明日开馆\n——开放时间延长至每晚21:00\n渝西都市报记者 谢 春\n"
        "本报讯 10月17日，记者从永川区图书馆获悉，位于永川大道东段的区图书馆新馆将于10月19日"
        "正式开馆。新馆建筑面积2.3万平方米，设有少儿阅读区、自习区、地方文献区、非遗展示区等8个功\n"
        "能区，可容纳读者2000余人同时阅览。\n与老馆相比，新馆最大的变化是开放时间大幅延长。新馆开放时间如下：\n"
        "周二至周日 9:00—21:00\n周一 14:00—21:00（上午闭馆进行设备维护）\n国家法定节假日 9:00—17:00\n"
        "此外，新馆一楼设有24小时自助借还区和城市书房，读者凭身份证或读者证即可全天候入内阅读。\n"
        "开馆当天，区图书馆还将举办“书香永川”读者见面会、古籍修复技艺展示等活动。\n\n"
        "短评\n让公共文化空间“亮”到更晚\n□ 舒 文\n图书馆开到晚上9点，城市书房24小时不打烊，这是一件惠民的实事。\n"
        "过去，不少上班族想去图书馆看看书，却常常因为下班太晚而错过开放时间。开放时间延长后，图书馆真正成为"
        "市民下班后可以去的“城市客厅”。\n公共文化服务的价值，在于方便群众、贴近群众。\n"
    )
    library = parse_text(page, "page.txt")[0]
    assert "周二至周日 9:00—21:00" in [b.text for b in library.blocks]


def test_a_scans_flush_rows_under_an_indented_first_row_go_on_with_it():
    """On a page that indents its paragraphs, rows OCR broke anywhere under an
    indented first row (``本报讯（…）`` alone on it too) are that paragraph's, up
    to the row that ends a sentence; none is a heading."""
    page = (
        "永川区新增中小学学位5000余个\n\n　　本报讯（渝西都市报记者 彭禹乔）\n新学期伊始，永川区新建的卫星湖\n"
        "小学、凤凰湖中学等4所学校正式投用，新增\n中小学学位5000余个，有效缓解了城区学校“大班额”和群众“上学难”\n"
        "问题。\n　　走进新建成的卫星湖小学，宽\n敞明亮的教室、功能齐全的实验室、绿意盎然\n"
        "的校园让人眼前一亮。\n　　近年来，永川区持续加大教育投入，累计新建中\n小学校23所。\n"
    )
    (got,) = parse_text(page, "page.txt")
    assert [b.kind for b in got.blocks] == ["paragraph"] * 3
    assert (
        got.blocks[1].text
        == "走进新建成的卫星湖小学，宽敞明亮的教室、功能齐全的实验室、绿意盎然的校园让人眼前一亮。"
    )


def test_a_stanza_cut_by_a_page_break_goes_on_after_it():
    """A scanned paragraph cut by the page's foot (``…在一家企业展`` / ``位前填写了求职登``,
    the running head, ``记表。``): its rows, none of them a subhead, are one paragraph
    with the rows after the break."""
    page = (
        "渝西都市报  2024年3月6日  星期三  第4版  镇街\n\n"
        "双石镇举办春季招聘会\n\n"
        "本报讯（通讯员 何 丹）3月5日，双石镇春季招聘会在镇\n文化广场举行，28家企业现场提供\n"
        "岗位900余个。\n\n"
        "招聘会现场人头攒动，求职者们在\n各个展位前，仔细了解企业情况、岗位待遇。“我\n"
        "想在家附\n近找个工作，方便照顾孩子。”\n村民王 建 国在一家企业展\n位前填写了求职登\n\n"
        "4\n2024年3月6日 星期三  镇街\n\n"
        "记表。\n\n"
        "据统计，当天共有210余人与企业达成初步就业意\n向。镇相关负责人表示，今年将持续开展\n"
        "招聘活动，帮助群众就近就业。\n"
    )
    (fair,) = parse_text(page, "page.txt")
    assert [b.kind for b in fair.blocks] == ["paragraph"] * 4
    assert fair.blocks[2].text == "村民王 建 国在一家企业展位前填写了求职登记表。"


def test_a_scans_flush_row_after_a_sentence_goes_on_with_its_indented_paragraph():
    """On a scan that indents its paragraphs and whose rows OCR broke anywhere, only an
    indent starts a paragraph: a flush row under a row ending a sentence
    (``…开展执法检查。`` / ``区人大常委会副主任…带队。``) goes on with it."""
    page = (
        "区人大常委会开展食品安全执法检查\n\n"
        "　　本报讯（通讯员 王 雪）7月2日，区人大常委会执\n法检查组对全区贯彻实施食品安全法情况开展检查。\n"
        "区人大常委会副主任李 明 华带队。\n"
        "　　检查组先后来到中山路街道农贸市场、\n永川高新区部分企业，实地查看\n索证索票、\n"
        "冷链管理等情况。检查组要求，\n要压实企业主体责任。\n"
        "各镇街要加强日常监管，守护群\n众“舌尖上的安全”。\n"
        "　　“食品安全无小事。”\n区市场监管局负责人表示，\n将持续开展专项整治。\n"
    )
    (check,) = parse_text(page, "page.txt")
    assert [b.text for b in check.blocks] == [
        "本报讯（通讯员 王 雪）7月2日，区人大常委会执法检查组对全区贯彻实施食品安全法情况开展检查。"
        "区人大常委会副主任李 明 华带队。",
        "检查组先后来到中山路街道农贸市场、永川高新区部分企业，实地查看索证索票、冷链管理等情况。"
        "检查组要求，要压实企业主体责任。各镇街要加强日常监管，守护群众“舌尖上的安全”。",
        "“食品安全无小事。”区市场监管局负责人表示，将持续开展专项整治。",
    ]


def test_a_page_indenting_some_of_its_long_paragraphs_keeps_the_flush_ones():
    """Paragraphs a line, some indented and some not: no scan's rows, each line its own."""
    first = "　　本报讯 7月2日，区人大常委会执法检查组对全区贯彻实施食品安全法情况开展检查，区人大常委会副主任李明华带队。"
    second = "检查组先后来到中山路街道农贸市场、永川高新区部分企业，实地查看索证索票、冷链管理等情况，并召开座谈会听取意见。"
    third = "　　检查组要求，各镇街要加强日常监管，压实企业主体责任，守护群众“舌尖上的安全”，让群众吃得放心、买得安心。"
    page = f"区人大常委会开展食品安全执法检查\n\n{first}\n{second}\n{third}\n"
    (check,) = parse_text(page, "page.txt")
    assert [b.text for b in check.blocks] == [first.strip(), second, third.strip()]


def test_zeros_an_ocr_read_as_the_han_numeral_in_a_masthead_are_digits():
    """``渝西都市报 2〇〇〇年12月5日 星期二``: a scan's zeros read as ``〇`` among
    Arabic digits; the masthead dates the page, and ``二〇〇〇年`` in text stays."""
    page = (
        "渝西都市报 2〇〇〇年12月5日 星期二\n\n城区出租车全部安装计价器\n\n"
        "本报讯 12月2日，城区出租车全部安装计价器。二〇〇〇年以来，全市新增出租车200辆。\n"
    )
    (got,) = parse_text(page, "page.txt")
    assert (got.title, got.date) == ("城区出租车全部安装计价器", "2000-12-05")
    assert "二〇〇〇年以来" in got.blocks[0].text


def test_a_running_head_left_between_two_rows_of_a_paragraph_goes():
    """A PDF's running head mid-page, its section over its page's number, between two
    rows of a paragraph (``…去年以来，`` / ``乡村振兴`` / ``3`` / ``全镇柑橘…``):
    furniture, the paragraph whole, no heading."""
    page = (
        "吉安镇“柑橘+电商”模式让果农年货钱包鼓起来\n"
        "　　据了解，吉安镇现有柑橘种植面积1.\n6万亩。为帮助果农拓宽销路，镇里搭建\n"
        "了电商服务中心，培训本土主播46人，与\n多家电商平台建立合作关系。去年以来，\n"
        "乡村振兴\n3\n"
        "全镇柑橘线上销售额突破3200万元，带动\n果农人均增收2000余元。\n"
    )
    (got,) = parse_text(page, "page.txt")
    assert [b.text for b in got.blocks] == [
        "据了解，吉安镇现有柑橘种植面积1.6万亩。为帮助果农拓宽销路，镇里搭建了电商服务中心，"
        "培训本土主播46人，与多家电商平台建立合作关系。去年以来，全镇柑橘线上销售额突破3200万元，"
        "带动果农人均增收2000余元。"
    ]
