"""The seed articles, re-laid in every layout of the family, parse back the same."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from tests.core import relayout
from yc_reader.core.model import Article, Block
from yc_reader.core.parse import parse_file, parse_text

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
PAGES = {p.name: parse_file(p).articles for p in sorted(SEEDS.glob("*.txt"))}


def fields(article: Article) -> tuple:
    return (
        article.kicker,
        article.title,
        article.subtitle,
        article.authors,
        article.date,
        article.continuation,
        tuple((b.kind, b.text) for b in article.blocks),
    )


def unspaced(article: Article) -> tuple:
    """Fields with spaces dropped from body text: a row cut exactly at a space
    (``陈仕川 | 文/图``) cannot say it had one."""
    blocks = tuple(Block(b.kind, b.text.replace(" ", "")) for b in article.blocks)
    heads = {k: getattr(article, k).replace(" ", "") for k in ("kicker", "title", "subtitle")}
    return fields(replace(article, blocks=blocks, **heads))


def merged_paragraphs(article: Article) -> tuple:
    """Blocks with neighbouring paragraphs merged: column text without indents cannot
    tell a paragraph that ends exactly at a row end from one that goes on."""
    blocks: list[Block] = []
    for block in article.blocks:
        if blocks and block.kind == blocks[-1].kind == "paragraph":
            blocks[-1] = Block("paragraph", blocks[-1].text + block.text)
        else:
            blocks.append(block)
    return unspaced(replace(article, blocks=tuple(blocks)))


def assert_same(got: list[Article], want: tuple[Article, ...], key=fields) -> None:
    assert [key(a)[1] for a in got] == [key(a)[1] for a in want]  # the titles first
    for g, w in zip(got, want, strict=True):
        assert key(g) == key(w)


@pytest.mark.parametrize("name", sorted(PAGES))
def test_markdown(name):
    articles = PAGES[name]
    assert_same(parse_text(relayout.markdown(list(articles)), name), articles)


@pytest.mark.parametrize("blank_lines", [True, False])
@pytest.mark.parametrize("name", sorted(PAGES))
def test_plain_headline_first(name, blank_lines):
    articles = PAGES[name]
    assert_same(parse_text(relayout.plain(list(articles), blank_lines), name), articles)


@pytest.mark.parametrize("chars", [16, 19, 22, 24])
@pytest.mark.parametrize("headlines", ["after", "before"])
@pytest.mark.parametrize("name", sorted(PAGES))
def test_column_text_indented(name, headlines, chars):
    articles = PAGES[name]
    text = relayout.column(
        list(articles), chars, headlines, blank_lines=chars % 2 == 0, indent=True
    )
    assert_same(parse_text(text, name), articles, key=unspaced)


@pytest.mark.parametrize("chars", [16, 20, 24])
@pytest.mark.parametrize("headlines", ["after", "before"])
@pytest.mark.parametrize("name", sorted(PAGES))
def test_column_text_flush(name, headlines, chars):
    articles = PAGES[name]
    text = relayout.column(list(articles), chars, headlines, blank_lines=True, indent=False)
    assert_same(parse_text(text, name), articles, key=merged_paragraphs)


@pytest.mark.parametrize("chars", [17, 20])
@pytest.mark.parametrize("name", sorted(PAGES))
def test_column_text_under_markdown_headings(name, chars):
    """A PDF's page through a converter: headings marked up, the text still wrapped
    at the column's end. The short rows are no poem's lines: the rows cut
    mid-phrase are as wide as the column."""
    articles = PAGES[name]
    text = relayout.column(list(articles), chars, "before", blank_lines=True, marked=True)
    assert_same(parse_text(text, name), articles, key=merged_paragraphs)


@pytest.mark.parametrize("headlines", ["after", "before"])
@pytest.mark.parametrize("name", sorted(PAGES))
def test_column_text_with_wrapped_headlines(name, headlines):
    articles = PAGES[name]
    text = relayout.column(list(articles), 20, headlines, indent=True, wrap_headlines=True)
    assert_same(parse_text(text, name), articles, key=unspaced)


@pytest.mark.parametrize("name", sorted(PAGES))
def test_masthead_gives_date_page_and_section_and_is_not_an_article(name):
    articles = PAGES[name]
    page = relayout.masthead("2024-04-20", "2", "要闻") + relayout.markdown(list(articles))
    got = parse_text(page, name)
    want = [replace(a, date="2024-04-20", section="要闻", page="2") for a in articles]
    assert_same(got, tuple(want))
    assert all((a.section, a.page) == ("要闻", "2") for a in got)


def test_masthead_spread_over_lines_at_the_foot():
    articles = PAGES["002_40503fda3233a327.txt"]
    foot = "\n渝西都市报\n\n2023年3月3日 星期五\n\n第2版\n\n要闻\n\n编辑：刘洋 校对：王 五\n"
    got = parse_text(relayout.column(list(articles), 18, "after", indent=True) + foot, "p.txt")
    assert [a.date for a in got] == ["2023-03-03"] * 4
    assert {a.section for a in got} == {"要闻"}
    lines = {line for a in got for line in a.text.split("\n")}
    assert not lines & {
        "渝西都市报",
        "2023年3月3日 星期五",
        "第2版",
        "要闻",
        "编辑：刘洋 校对：王 五",
    }


@pytest.mark.parametrize(
    "file_name", ["2024-04-20_02.txt", "20240420-p2.txt", "渝西都市报2024年04月20日.txt"]
)
def test_date_from_file_name(tmp_path, file_name):
    articles = PAGES["004_d6ed193fb50ce300.txt"]
    path = tmp_path / file_name
    path.write_text(relayout.markdown(list(articles)), encoding="utf-8")
    assert {a.date for a in parse_file(path).articles} == {"2024-04-20"}


@pytest.mark.parametrize(
    ("encoding", "newline", "bom"),
    [
        ("gbk", "\n", b""),
        ("gb18030", "\r\n", b""),
        ("utf-16", "\r\n", b""),  # Python writes the BOM itself
        ("utf-16-le", "\n", b"\xff\xfe"),
        ("utf-8", "\r\n", b"\xef\xbb\xbf"),
        ("utf-8", "\r", b""),
    ],
)
@pytest.mark.parametrize("name", ["002_40503fda3233a327.txt", "004_d6ed193fb50ce300.txt"])
def test_encodings_and_line_ends(tmp_path, name, encoding, newline, bom):
    original = (SEEDS / name).read_text(encoding="utf-8")
    path = tmp_path / name
    path.write_bytes(bom + original.replace("\n", newline).encode(encoding))
    assert_same(list(parse_file(path).articles), PAGES[name])


def test_year_comes_from_the_page_text_rule():
    page = (
        "本报讯（记者 王 五）5月6日，永川区召开会议。\n\n会议部署了2019年工作，力争到2030年完成。\n"
    )
    (article,) = parse_text(page, "x.txt")
    assert article.date == "2019-05-06"
    assert article.authors == ("王五",)


def test_a_quantity_this_year_is_no_year():
    """今年…2000斤 counts this year's crop; the year is the one the page prints."""
    page = (
        "本报讯（记者 王 五）7月5日，黄瓜山梨园迎来丰收。“今年坐果率高，一亩能收\n"
        "2000斤左右。”果农说。据了解，2024年以来，全镇新建梨园500亩。\n"
    )
    (article,) = parse_text(page.replace("\n", "", 1), "x.txt")
    assert article.date == "2024-07-05"


def test_a_year_a_history_page_recalls_is_not_its_own():
    """1959年春天 tells of the past: the news item on the page stays undated."""
    page = (
        "1959年春天，国营永川茶场迎来了几位制茶专家，1974年，茶场扩建。\n\n"
        "本报讯 5月8日，“永川记忆”老物件征集活动即日启动。\n"
    )
    assert [a.date for a in parse_text(page, "x.txt")] == ["", ""]


def test_unknown_year_stays_unknown():
    (article,) = parse_text("某某会议召开\n\n本报讯 5月6日，永川区召开会议。\n", "x.txt")
    assert article.date == ""


@pytest.mark.parametrize(
    "line", ["# 2024年4月20日 星期六 第2版 要闻", "**渝西都市报 2024年4月20日 第2版：要闻**"]
)
def test_masthead_in_markdown_markup(line):
    articles = PAGES["004_d6ed193fb50ce300.txt"]
    got = parse_text(line + "\n\n" + relayout.markdown(list(articles)), "x.txt")
    assert [a.title for a in got] == [a.title for a in articles]
    assert {(a.date, a.section, a.page) for a in got} == {("2024-04-20", "要闻", "2")}


LAYOUTS = {
    "markdown": relayout.markdown,
    "plain": relayout.plain,
    "column after": lambda articles: relayout.column(articles, 19, "after", indent=True),
    "column before": lambda articles: relayout.column(articles, 20, "before", indent=True),
}


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
@pytest.mark.parametrize("name", sorted(PAGES))
def test_editor_credits_anywhere_are_page_furniture(name, layout):
    """责任编辑 / 本版编辑 / 校对 lines are no article's text, wherever they stand,
    nor is an editor's bracketed credit closing the page (``（编辑 张 燕）``)."""
    articles = PAGES[name]
    page = (
        "本版编辑：周 雪\n\n责任编辑：王小红 美术编辑：李明\n\n"
        + LAYOUTS[layout](list(articles))
        + "\n校对：陈 敏 一审：张 三\n\n（编辑 张 燕）\n"
    )
    assert_same(parse_text(page, name), articles, key=unspaced)


@pytest.mark.parametrize("line", ["编辑 部门", "设计 理念", "主编 寄语"])
def test_a_role_word_and_a_word_that_is_no_name_are_text(line):
    """A credit without its colon counts only when it credits a person."""
    got = parse_text(f"某某会议召开\n\n本报讯 5月6日，永川区召开会议。\n\n{line}\n", "x.txt")
    assert line in {text for a in got for text in (a.title, *(b.text for b in a.blocks))}


@pytest.mark.parametrize("jump", ["（下转第6版）", "(转第3版)", "（未完待续）", "（下转A3版）"])
@pytest.mark.parametrize("layout", sorted(LAYOUTS))
@pytest.mark.parametrize("name", sorted(PAGES))
def test_a_jump_to_another_page_ends_its_story(name, layout, jump):
    """The line after a story continued elsewhere says where: it closes the story
    and is no text of it, never the next story's kicker or headline."""
    articles = PAGES[name]
    first = articles[0]
    jumped = [replace(first, blocks=(*first.blocks, Block("paragraph", jump))), *articles[1:]]
    got = parse_text(LAYOUTS[layout](jumped), name)
    assert [a.title for a in got] == [a.title for a in jumped]
    assert len(got[0].blocks) == len(first.blocks)
    assert all(jump not in b.text for b in got[0].blocks)
    assert all(jump not in (a.kicker, a.title, a.subtitle) for a in got)


def test_a_byline_signing_the_end_of_a_short_item():
    page = (
        "## 胜利路街道开展消防演练\n\n"
        "本报讯 11月6日，胜利路街道组织辖区企业开展消防演练，300余人参加。（记者 涂 燕）\n\n"
        "## 一线见闻\n\n我们来到了大安街道。（记者手记）\n"
    )
    first, second = parse_text(page, "2023-11-08.md")
    assert first.authors == ("涂燕",)
    assert second.authors == ()


@pytest.mark.parametrize("by_width", [False, True])
@pytest.mark.parametrize("columns", [2, 3])
@pytest.mark.parametrize("name", sorted(PAGES))
def test_columns_printed_side_by_side_read_as_one(name, columns, by_width):
    """A layout-preserving dump (pdftotext -layout) reads as the same stories set
    in one column."""
    articles = list(PAGES[name])
    one_column = parse_text(relayout.side_by_side(articles, 18, 1, by_width), name)
    text = relayout.side_by_side(articles, 18, columns, by_width)
    assert_same(parse_text(text, name), tuple(one_column))


def test_full_width_digits_in_the_masthead_and_the_dateline():
    """``２０２４年４月２０日 第２版``, as GBK-era text prints numbers: the masthead
    still dates and places the page, and the text keeps its digits as printed."""
    page = (
        "２０２４年４月２０日　星期六　第２版　要闻\n\n永川区召开ＡＩ产业发展大会\n\n"
        "本报讯（记者 王 丽）４月１９日，永川区召开ＡＩ产业发展大会，签约项目１２个。\n"
    )
    (got,) = parse_text(page, "x.txt")
    assert (got.title, got.date, got.page, got.section) == (
        "永川区召开ＡＩ产业发展大会",
        "2024-04-20",
        "2",
        "要闻",
    )
    assert got.blocks[0].text.endswith("４月１９日，永川区召开ＡＩ产业发展大会，签约项目１２个。")
    lead = "本报讯 ４月１９日，永川区召开大会，总结２０２３年工作。"
    (undated,) = parse_text(f"永川区召开大会\n\n{lead}\n", "x.txt")
    assert undated.date == "2023-04-19"  # the year the text names


def test_a_lead_naming_its_month_alone_is_not_dated_by_a_later_paragraph():
    """``6月以来，…`` then ``据…统计，6月1日至20日，…``: the story speaks of the
    month; the days its second paragraph counts are no dateline."""
    page = (
        "## 暑期将至 公共体育场馆迎来健身热\n\n"
        "本报讯(通讯员 张馨月)6月以来,随着气温升高,永川区各公共体育场馆迎来健身高峰。\n\n"
        "据区体育事业发展中心统计,6月1日至20日,8个公共体育场馆接待市民15.6万人次,2024年以来最多。\n"
    )
    (got,) = parse_text(page, "217_3b9e0d4c7a1f6e25.txt")
    assert got.date == "2024-06"


def test_on_an_undated_page_only_a_continuation_takes_the_pages_month():
    """No masthead, no date in the file's name: the stories dated by their leads
    give the page's month, which a continuation (the rest of a story of the same
    issue) takes; a feature without a dateline has no date of its own."""
    page = (
        "第3版：乡村振兴\n\n(上接1版)\n\n### 数字乡村“云”上生长\n\n"
        "在吉安镇，村民用手机就能查看大棚温度。\n\n"
        "## 吉安镇晚熟柑橘进入采摘期\n\n"
        "本报讯(渝西都市报记者 彭嘉怡)11月20日,吉安镇的晚熟柑橘进入采摘期,今年是2023年丰收年。\n\n"
        "## 一片茶叶的“七十二变”\n\n走进茶山竹海,层层茶园绿意盎然。\n"
    )
    continued, oranges, tea = parse_text(page, "226_b4a81f03c9d2e675.txt")
    assert continued.title == "(上接1版) 数字乡村“云”上生长"
    assert (continued.date, oranges.date, tea.date) == ("2023-11", "2023-11-20", "")


@pytest.mark.parametrize(
    ("masthead", "section"),
    [
        ("健康 | 渝西都市报·健康月刊 | 2024年6月", "健康"),
        ("渝西都市报 教育周刊 2024年6月 第12期", "教育周刊"),
        ("渝西都市报·人大专刊　　2024年6月　　永川区人大常委会办公室协办", "人大专刊"),
        ("健康周刊 | 2024年6月 第12期", "健康周刊"),  # the supplement's name, the paper's unsaid
        ("渝西都市报·校园月刊 2024年6月 第3版 校园动态", "校园动态"),  # (the page's own name)
    ],
)
def test_a_supplement_dated_to_its_month(masthead, section):
    """A monthly or weekly supplement's running head names the month only: it is
    no article, it dates the page to the month and gives a dateline its year."""
    page = (
        f"{masthead}\n\n## 夏季防溺水 这些知识要记牢\n\n"
        "本报讯（渝西都市报记者 王 敏）入夏以来，气温持续升高，区卫生健康委提醒市民注意安全。\n\n"
        "## 社区义诊进小区\n\n"
        "本报讯 5月28日上午，永川区中医院医护人员走进卫星湖街道南华社区义诊。\n"
    )
    first, second = parse_text(page, "x.md")
    assert (first.title, first.date, first.section) == (
        "夏季防溺水 这些知识要记牢",
        "2024-06",
        section,
    )
    assert (second.date, second.section) == ("2024-05-28", section)
    assert first.blocks[0].text.startswith("本报讯")


@pytest.mark.parametrize(
    ("lead", "date"),
    [
        ("本报讯 2024年4月20日，永川区召开会议。", "2024-04-20"),
        ("本报讯（记者 张三）2024年4月20日上午9时30分，永川区召开会议。", "2024-04-20"),
        ("本报讯 4月20日10时许，永川区召开会议。今年是2024年。", "2024-04-20"),
        ("4月20日晚8点半，永川区举行音乐会，为2024年旅游季揭幕。", "2024-04-20"),
        ("据悉，2024年5月1日起，新规将施行，永川区召开会议部署。", ""),
    ],
)
def test_a_lead_dated_in_full_or_to_the_hour(lead, date):
    """A lead opening with the full date, or naming the hour after its day, is dated
    by it; a full date further on is another day's (a rule's start)."""
    (got,) = parse_text(f"永川区召开会议\n\n{lead}\n", "x.txt")
    assert got.date == date


@pytest.mark.parametrize(
    ("marker", "page"), [("（上接第一版）", "1"), ("(上接A2版)", "A2"), ("【接第3版】", "3")]
)
def test_a_continuation_names_its_page_by_number_or_code(marker, page):
    text = f"{marker}\n\n区经济信息委相关负责人介绍，今年以来，永川加快培育产业集群。\n"
    (got,) = parse_text(text, "x.txt")
    assert (got.continuation, got.title) == (page, marker.strip("【】"))


@pytest.mark.parametrize("widths", [(24, 15), (15, 24), (28, 18)])
@pytest.mark.parametrize("headlines", ["after", "before"])
@pytest.mark.parametrize("name", ["002_40503fda3233a327.txt", "004_d6ed193fb50ce300.txt"])
def test_stories_set_in_columns_of_different_widths(name, headlines, widths):
    """A page whose first stories are set wider than the rest: each measure is read on
    its own, so the narrow rows are not taken for paragraphs' ends nor the wide
    ones for headlines."""
    articles = list(PAGES[name])
    half = len(articles) // 2
    text = "\n".join(
        relayout.column(part, chars, headlines, blank_lines=False, indent=True)
        for part, chars in zip((articles[:half], articles[half:]), widths, strict=True)
    )
    assert_same(parse_text(text, name), tuple(articles), key=unspaced)


def test_a_markdown_paragraph_wrapped_by_count_through_a_figure_is_no_poem():
    """Rows wrapped at a count of characters, a figure's digits narrow
    (``…数字化车间31`` / ``个，规上…``): the row after the figure is as wide as the
    row above, the paragraph goes on; its short rows are no poem's lines."""
    rows = [
        "截至目前，园区已累计实施智能化改造项目",
        "126个，建成市级智能工厂8个、数字化车间31",
        "个，规上工业企业数字化研发设计工具普及率",
        "达到83.6%。",
    ]
    text = (
        "# 凤凰湖产业园十年蝶变\n\n在重庆恒润轴承股份有限公司的5G智能工厂里，生产数据一目了然。\n\n"
        "### 数字赋能 激活“新动能”\n\n" + "\n".join(rows) + "\n"
    )
    (got,) = parse_text(text, "x.txt")
    assert [(b.kind, b.text) for b in got.blocks][1:] == [
        ("subhead", "数字赋能 激活“新动能”"),
        ("paragraph", "".join(rows)),
    ]


def test_markdown_paragraphs_wrapped_with_indents_quotes_and_digits_are_no_poem():
    """Rows of a column under a Markdown heading, the first indented, quotes and
    digits making them a character or two apart: paragraphs, not poems' lines,
    one of them going on after a row that ends a sentence."""
    text = (
        "## 花卉苗木“绿”出致富路\n\n"
        "　　“这批三角梅是发往成都的，最近订单多，\n我们每天要发十几车。”基地负责人杨春燕介\n"
        "绍，基地占地360亩，种植花卉苗木80多个品\n种，年销售额超过2000万元。\n\n"
        "　　卫星湖街道依托紧邻城区和交通便利的区\n位优势，大力发展花卉苗木产业，目前已形成\n"
        "种植面积1.8万亩、年产值3.2亿元的产业规模。\n街道还规划建设花卉交易中心，打造集生产、\n"
        "销售、观光于一体的花卉产业园。\n"
    )
    (got,) = parse_text(text, "x.txt")
    assert [(b.kind, b.text[:6], b.text[-4:]) for b in got.blocks] == [
        ("paragraph", "“这批三角梅", "0万元。"),
        ("paragraph", "卫星湖街道依", "产业园。"),
    ]


def test_paragraphs_run_together_on_one_line_part_at_their_indents():
    """A dump that lost its line breaks but kept each paragraph's indent of two
    full-width spaces: a paragraph, or a subhead, at every indent after a
    paragraph's end; a short line's gap (a footer's fields) parts nothing."""
    page = (
        "永川区启动2024年度城乡居民医保集中缴费\n\n"
        "　　本报讯（渝西都市报记者 李佳）记者从区医保局获悉，2024年度城乡居民基本医疗保险"
        "集中缴费工作已经启动，缴费截止时间为2024年2月29日。　　一、缴费标准　　2024年度"
        "城乡居民医保个人缴费标准为每人每年380元。　　“缴费很方便。”居民李红梅说。\n\n"
        "主办：永川区医保局　　承办：永川区大数据发展局\n"
    )
    (got,) = parse_text(page, "page.txt")
    assert [(b.kind, b.text[:6]) for b in got.blocks] == [
        ("paragraph", "本报讯（渝西"),
        ("subhead", "一、缴费标准"),
        ("paragraph", "2024年度"),
        ("paragraph", "“缴费很方便"),
    ]


def test_a_features_colon_labelled_section_over_a_dated_opening_stays_its_subhead():
    """A feature whose subheads are labelled before a colon (``■代表建议：…``,
    ``■部门答复：…``): the next so labelled, two phrases or not, is its next section
    though that opens with a date (``7月下旬，…``)."""
    page = (
        "代表建议落地 镇村公交开进家门口\n\n渝西都市报记者 向 东\n\n"
        "这一变化，源于区人大代表陈志勇今年初提出的一件建议。\n\n"
        "■代表建议：山区群众出行难\n\n陈志勇是何埂镇石庙村党支部书记，他领衔提交了建议。\n\n"
        "■部门答复：当年建议当年落实\n\n建议交办后，区交通局将其列为重点办理件。\n\n"
        "■办理成效：代表满意 群众点赞\n\n"
        "7月下旬，区人大常委会组织部分代表对建议办理情况进行“回头看”。\n"
    )
    (got,) = parse_text(page, "page.txt")
    assert [b.text for b in got.blocks if b.kind == "subhead"] == [
        "代表建议：山区群众出行难",
        "部门答复：当年建议当年落实",
        "办理成效：代表满意 群众点赞",
    ]


def test_quotations_each_closed_by_who_said_them_are_paragraphs_of_their_own():
    """A box of quotations under its label, one a line, each closed by who said it
    (``“…乡村才有未来。”——杨卫东``): a paragraph each, not one wrapped paragraph."""
    page = (
        "乡村振兴如何“振”出新气象\n\n本报讯 日前，本报邀请三位代表委员座谈乡村振兴。\n"
        "【代表委员金句】\n“让更多年轻人愿意回乡、留得下来，乡村才有未来。”——杨卫东\n"
        "“种粮也能致富，关键是要会种、善种。”——何大勇\n“科技是乡村振兴的‘金钥匙’。”——孙丽\n"
    )
    (got,) = parse_text(page, "page.txt")
    assert [b.text[-3:] for b in got.blocks][-3:] == ["杨卫东", "何大勇", "—孙丽"]


def test_a_festival_pages_weather_box_and_its_marked_briefs_under_a_ruled_label():
    """``春节天气`` over days with their lunar dates (``2月3日（正月初六）　多云　7℃～13℃``):
    furniture; ``〓〓 新春速递 〓〓`` over ``●`` briefs whose headlines run into their
    text a full-width space before it, whatever it opens with (``随着…``): each a
    brief; ``扫码关注…微信公众号　提供新闻线索``: furniture."""
    page = (
        "春节天气\n2月3日（正月初六）　多云　7℃～13℃\n2月4日（正月初七）　小雨　6℃～11℃\n\n"
        "〓〓 新春速递 〓〓\n\n"
        "●松溉古镇游人如织　2月2日（正月初五），松溉古镇迎来春节假期客流高峰。（通讯员 李想）\n\n"
        "●永川东站迎返程客流高峰　随着春节假期接近尾声，永川东站迎来返程客流高峰。\n\n"
        "●来苏镇“村晚”唱响新春　1月31日晚，来苏镇观音井村“村晚”开演。\n\n"
        "扫码关注“渝西都市报”微信公众号　提供新闻线索\n"
    )
    got = parse_text(page, "page.txt")
    assert [(a.title, len(a.blocks)) for a in got] == [
        ("松溉古镇游人如织", 1),
        ("永川东站迎返程客流高峰", 1),
        ("来苏镇“村晚”唱响新春", 1),
    ]


@pytest.mark.parametrize(
    "box",
    [
        "【永川天气】\n7月11日 星期四  中雨转阵雨  24℃～30℃  东南风1～2级\n"
        "7月12日 星期五  阵雨转多云  25℃～32℃  偏东风1～2级\n永川区气象台提供\n",
        "**未来三天天气**\n\n| 日期 | 天气 | 气温 | 空气质量 |\n|---|---|---|---|\n"
        "| 10月9日 星期三 | 阴转小雨 | 18℃～23℃ | 良 |\n| 10月10日 星期四 | 小雨 | 17℃～21℃ | 良 |\n\n"
        "数据来源：永川区气象台\n",
    ],
)
def test_a_weather_box_of_days_with_their_weekdays_and_its_source_goes(box):
    """A weather box whose days carry their weekdays and the air's quality
    (``10月9日 星期三 阴转小雨 18℃～23℃ 良``), under ``未来三天天气`` too, and the
    forecaster credited under it (``永川区气象台提供``): furniture, no text."""
    page = (
        "临江镇连夜转移受威胁群众126人\n\n本报讯 7月10日晚，临江镇连夜转移受威胁群众126人。\n\n"
        + box
    )
    (got,) = parse_text(page, "page.md" if "|" in box else "page.txt")
    assert (got.title, len(got.blocks)) == ("临江镇连夜转移受威胁群众126人", 1)


def test_a_reports_numbered_cases_under_their_label_are_its_subheads():
    """``【典型案例】`` over ``案例一：…``, ``案例二：…`` in a story, each case's text
    opening with its date: the story's sections, no stories of their own."""
    page = (
        "去年以来全区为消费者挽回经济损失260余万元\n\n"
        "3月15日，区市场监管局召开新闻发布会，并发布3起消费维权典型案例。\n\n"
        "【典型案例】\n\n案例一：二手车“调表”被判退一赔三\n\n"
        "2023年8月，市民张某在城区一家二手车行购买了一辆轿车。\n\n"
        "案例二：装修公司擅自更换材料被罚\n\n2023年11月，市民李某发现瓷砖与合同约定品牌不符。\n"
    )
    (got,) = parse_text(page, "page.txt")
    assert [b.text for b in got.blocks if b.kind == "subhead"] == [
        "【典型案例】",
        "案例一：二手车“调表”被判退一赔三",
        "案例二：装修公司擅自更换材料被罚",
    ]


def test_a_paragraph_cut_on_a_particle_by_a_column_break_goes_on_below():
    """``数据显示,全区规上工业总产值从2012年的`` / blank line / ``600余亿元增长到…``:
    a paragraph a column break cut after ``的``, no subhead."""
    page = (
        "山水永川 奋进如歌\n\n本报讯 走进永川高新区凤凰湖产业园，一辆辆新车缓缓驶下生产线。\n\n"
        "数据显示,全区规上工业总产值从2012年的\n\n"
        "600余亿元增长到2023年的1000亿元以上,产业集群加速成型。\n"
    )
    (got,) = parse_text(page, "page.txt")
    assert [b.kind for b in got.blocks] == ["paragraph", "paragraph"]
    assert got.blocks[1].text.startswith("数据显示") and got.blocks[1].text.endswith("加速成型。")


def test_readers_questions_over_their_messages_under_a_label_are_titles():
    """``网络问政·留言选登`` over messages, each titled by its question
    (``来苏镇集镇停车乱象何时休？``) over ``网友留言：…`` and ``部门回复：…``: each a
    piece titled by its question, the label no title."""
    page = (
        "2024年3月27日 星期三 第8版 问政\n\n网络问政·留言选登\n\n\n来苏镇集镇停车乱象何时休？\n\n"
        "网友留言：来苏镇集镇每逢赶场天，主街两侧车辆乱停乱放。希望相关部门加强管理。\n\n"
        "部门回复：来苏镇人民政府：感谢网友关注。我镇已在赶场日开展常态化巡查。\n\n\n"
        "青峰镇部分村组网络信号差\n\n网友留言：青峰镇部分村组手机信号弱。希望运营商能增建基站。\n\n"
        "部门回复：永川区经济和信息化委员会：青峰镇信号覆盖问题已纳入建设计划。\n\n\n"
        "永荣镇有企业夜间噪音扰民\n\n网友留言：永荣镇工业园区内有家企业经常夜间生产。\n\n"
        "部门回复：永川区生态环境局：我局已依法责令其立即整改。\n\n责任编辑：胡 蓉\n"
    )
    got = parse_text(page, "page.txt")
    assert [(a.title, len(a.blocks)) for a in got] == [
        ("来苏镇集镇停车乱象何时休？", 2),
        ("青峰镇部分村组网络信号差", 2),
        ("永荣镇有企业夜间噪音扰民", 2),
    ]


def test_a_full_headline_row_cut_inside_a_word_goes_on_below_however_long_the_tail():
    """``“五一”假期永川车市火热 新能源汽车销量占比首`` / ``次突破五成``: a row set to the
    page's width and cut inside a word (首次) goes on in the row below, one title."""
    page = (
        "“五一”假期永川车市火热 新能源汽车销量占比首\n次突破五成\n\n"
        "渝西都市报记者 邓 佳\n\n“五一”假期，永川车市迎来一波购车热潮。\n"
    )
    (got,) = parse_text(page, "page.txt")
    assert (got.kicker, got.title.replace(" ", ""), got.subtitle) == (
        "",
        "“五一”假期永川车市火热新能源汽车销量占比首次突破五成",
        "",
    )


def test_a_source_note_closes_a_story_and_the_heading_below_opens_one():
    """``（来源：永川区气象局）`` under a tips story with bracketed sections: the
    story's end, so the heading below over numbered tips is the next story's."""
    page = (
        "雷雨季节 防雷常识要记牢\n\n夏季是雷电多发季节，掌握必要的防雷常识，可以有效避免雷击伤害。\n\n"
        "【室外防雷】\n\n雷雨天气时，应尽快躲入有防雷设施的建筑物内。\n\n"
        "【室内防雷】\n\n雷雨天气时，应关好门窗，尽量不要使用电器。\n\n（来源：永川区气象局）\n\n"
        "暴雨来袭 这些自救知识请收好\n\n1.暴雨期间尽量不要外出，绕开积水路段。\n\n"
        "2.如果被困在车内，水位较低时应尽快开门下车。\n\n（据应急管理部微信公众号）\n"
    )
    got = parse_text(page, "page.txt")
    assert [a.title for a in got] == ["雷雨季节 防雷常识要记牢", "暴雨来袭 这些自救知识请收好"]


@pytest.mark.parametrize("subtitle", ["——群众办事“只进一扇门”\n", ""])
def test_a_town_named_alone_over_a_title_is_its_kicker(subtitle):
    """A town page's label over each story (``永荣镇`` / ``便民服务中心搬进“家门口”``):
    the kicker, never the title's first words."""
    page = (
        "永荣镇\n便民服务中心搬进“家门口”\n" + subtitle + "\n"
        "本报讯 6月3日，永荣镇便民服务中心新址正式投用，设置8个综合窗口。\n"
    )
    (got,) = parse_text(page, "page.txt")
    assert (got.kicker, got.title) == ("永荣镇", "便民服务中心搬进“家门口”")


def test_a_notices_list_of_names_with_who_they_are_is_a_paragraph_each():
    """A notice whose lines are all indented lists its people (``蒋志强（数控车工，
    重庆川渝精工机械有限公司）``): an entry each, no headline, not run into the
    clause below."""
    page = (
        "　　　　技能大赛拟推荐人选公示\n\n"
        "　　技能大赛已于6月15日至16日举行。现将拟推荐人选予以公示，公示期为7月1日至7月5日。\n"
        "　　蒋志强（数控车工，重庆川渝精工机械有限公司）\n"
        "　　王海涛（电工，重庆永荣电力设备有限公司）\n"
        "　　公示期内，任何单位和个人如有异议，可以书面形式向永川区总工会反映。\n"
        "　　　　　　　　永川区总工会\n　　　　　　　　2024年7月1日\n"
    )
    (got,) = parse_text(page, "page.txt")
    assert got.title == "技能大赛拟推荐人选公示"
    assert [b.text for b in got.blocks][1:4] == [
        "蒋志强（数控车工，重庆川渝精工机械有限公司）",
        "王海涛（电工，重庆永荣电力设备有限公司）",
        "公示期内，任何单位和个人如有异议，可以书面形式向永川区总工会反映。",
    ]
