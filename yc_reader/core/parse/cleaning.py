"""A page's lines made plain before they are read: spaces folded, zero-width and
control characters dropped, HTML and Markdown markup read (lists, tables,
links, images, bold lines), OCR's spaced-out words rejoined, a web page's link
lists and 推荐阅读 dropped, run-in headlines and continuations set apart.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from yc_reader.core import bylines
from yc_reader.core.cjk import (
    is_cjk,
    unspaced,
    width,
)
from yc_reader.core.gutters import unfold_columns
from yc_reader.core.masthead import (
    BARE_DATE,
    NAVIGATION_FIRST,
    SITE_OWNERS,
    breadcrumb_masthead,
    column_contacts,
    contact_line,
    is_export_line,
    is_masthead_line,
    is_navigation_line,
    is_site_footer,
    read_front_matter,
)
from yc_reader.core.parse.kinds import (
    ARTICLE_OPENERS,
    CAPTION,
    DATE_LEAD,
    ITEM,
    JUMP_MARK,
    KIND_LABEL,
    PAGE_NO,
    PLACE_ENDING,
    PLACE_TAG,
    PREAMBLE,
    ROW,
    SIDEBAR,
    STORY_LABEL,
    balanced,
    headline_like,
    is_caption,
    is_credit,
    numbered_below,
)
from yc_reader.core.parse.ocr_marks import strip_ocr_marks
from yc_reader.core.records import unpack_records

_RUN_IN_CONTINUATION = re.compile(
    rf"^(\s*[（(【\[]\s*(?:上接|接上|紧接)\s*(?:第\s*)?{PAGE_NO}\s*版\s*[）)】\]])\s*(?=\S)"
)
# Two to four characters of a label, a space between each.
_SPACED_LABEL = re.compile(
    r"[■□◆◇●○★☆【\[·]?\s*[\u4e00-\u9fff](?: [\u4e00-\u9fff]){1,3}\s*[】\]·]?"
)
# A jump run on after the text it cuts: …确保项目按期建成投(下转2版)
_RUN_ON_JUMP = re.compile(rf"^(.*\S)\s*([（(]\s*{JUMP_MARK}\s*[）)])\s*$")
# Marks a page prints before a heading (◆菜篮子价格保持平稳, ■ 聚焦一线), a byline
# (■记者 张三) or a list's items (● 全面开展…。).
_DECORATION = "■□◆◇●○★☆▶►▷➤▍"
# A regex, not ``str.translate``: translate looks every character of a long CJK
# page up in its table (20× slower here).
# Markdown's escapes (7\*24小时, 组别\_姓名) and a backslash ending a line (a
# hard break inside a paragraph): markup, not text.
_MD_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")
_MD_HARD_BREAK = re.compile(r"\\+$", re.MULTILINE)
_ZERO_WIDTH = re.compile("[\ufeff\u200b\u200c\u200d\u2060\u00ad]")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
_SPACES = re.compile(r"[ \t\u00a0\u3000\u2002-\u200a\u202f\u205f]+")
# A saved web page's parts that are no text of it: the head (title, styles), scripts,
# comments, the doctype, navigation and footer elements.
_HTML_HIDDEN = re.compile(
    r"<(!--|!doctype\b|(?:head|script|style|nav|footer|noscript)\b)[^<>]{0,500}>?", re.IGNORECASE
)
# A heading element: its level, as Markdown marks it.
_HTML_HEADING = re.compile(r"<\s*h([1-6])\b[^<>]{0,200}>", re.IGNORECASE)
# HTML left in a dump: breaks end a line, other tags go, entities are read.
_HTML_BREAK = re.compile(r"<\s*/?\s*(?:br|p|div|li|tr|h[1-6])\b[^<>]{0,200}>", re.IGNORECASE)
# Bold in HTML, as Markdown's: a whole line of it is a headline or a minor head.
_HTML_BOLD = re.compile(r"<(strong|b)\b[^<>]{0,200}>([^<>\n]*)</\1\s*>", re.IGNORECASE)
_HTML_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9]{0,10}(?:\s[^<>]{0,200})?/?>")
_HTML_LINK_OPEN = re.compile(r"<a\s", re.IGNORECASE)
_HTML_LINK = re.compile(r"<a\s[^<>]{0,500}>(.*?)</a\s*>", re.IGNORECASE)
_HTML_ENTITY = re.compile(r"&(?:[A-Za-z]{2,8}|#\d{2,6}|#[xX][0-9A-Fa-f]{2,5});")

# Markdown inside lines: images (their alt text, when it is words, is the photo's
# caption), links (their text stays), quotes, list items and table rows.
# (pandoc sets its size after it: ![…](media/rId8.png){width="5.8in" height="3.2in"})
_IMAGE = re.compile(r"!\[([^\[\]]*)\]\([^()]*\)(?:\{[^{}]*\})?")
# (a link's address may hold parentheses: javascript:void(0))
# (and its text may be a photo's thumbnail: [![](b_1.jpg)](1.jpg))
_LINK = re.compile(r"\[([^\[\]]*)\]\((?:[^()\s]|\([^()\s]*\))*\)")
_QUOTE = re.compile(r"^(?:>\s?)+")
_BULLET = re.compile(r"^[-*+]\s+(?=\S)")
_ORDERED = re.compile(r"^\d{1,2}[.)]\s+(?=\S)")
_TABLE_RULE = re.compile(r"^\|?(?:\s*:?-{2,}:?\s*\|)+\s*(?::?-{2,}:?\s*)?$")
# A line of one mark repeated: a rule between articles, or under a setext heading.
_RULE_MARKS = "-=_*~—─━═＝－＊┄┅┈┉╌╍◆◇★☆●■※"
# (a box's top and bottom, corners and all: ┏━━━━┓ / ┗━━━━┛)
_BOX_CORNERS = "┌┏╔╭└┗╚╰┐┓╗╮┘┛╝╯"
_RULE = re.compile(rf"^[{_BOX_CORNERS}]?([{_RULE_MARKS}])(?:\s*\1){{2,}}[{_BOX_CORNERS}]?$")
# The lines worth a look: those starting with a markup character or as navigation does.
_LOOK_FIRST = (
    frozenset(">|+0123456789▼配" + _RULE_MARKS + _BOX_CORNERS + _DECORATION) | NAVIGATION_FIRST
)
# An export's field for a photo's caption: 图片说明：▲大会开幕现场。
_CAPTION_FIELD = re.compile(r"^(?:图片说明|图片注释|图说|配图说明)\s*[：:]\s*(?=\S)")
_BODY_LABEL = "【正文】"
# Arabic digits with the Han zero among them: an OCR's misreading (二〇〇〇年 stays).
_OCR_ZEROS = re.compile(r"[0-9〇]*(?:[0-9]〇|〇[0-9])[0-9〇]*")
_RECORD_LABEL = re.compile(r"【\s*(?:稿件|文章|记录)\s*\d{1,4}\s*】")
# Han characters set one space apart, each alone: four in a row (OCR), three, or two
# (closed up with the space before the next word).
_SPACED = r"(?<![\u4e00-\u9fff])[\u4e00-\u9fff](?: [\u4e00-\u9fff](?![\u4e00-\u9fff]))"
_NEXT_WORD = r"(?: (?=[\u4e00-\u9fff0-9]))?"
_OCR_SPACED = re.compile(_SPACED + "{3,}")
_SPACED_CHARS = re.compile(_SPACED + "{2,}" + _NEXT_WORD)
_SPACED_PAIRS = re.compile(_SPACED + "+" + _NEXT_WORD)
_ROLE_BEFORE = re.compile(r"(?:记者|通讯员|实习生|编辑|摄影|作者|撰文|文|图)[\s/：:]*$")
# A post's or an e-paper page's list of other articles, at its end: 往期推荐 or
# 本版其他文章 over their titles.
_RECOMMENDED = re.compile(
    r"^[【\[]?(?:往期推荐|往期精彩|精彩推荐|喜欢此内容的人还喜欢|热文推荐|推荐阅读|猜你喜欢|本版其他文章|本版其他稿件|本版相关文章"
    r"|相关新闻|相关文章|相关阅读|相关报道|相关推荐|相关文件|热门排行|热点排行|热点新闻|热门文章|排行榜|更多新闻|更多视频)"
    r"[】\]]?[:：]?$"
)
# A page's contents list over its headlines: 本版导读 / 本版标题导航 / 今日要目 /
# an e-paper's 本版文章.
_CONTENTS_LABEL = re.compile(
    r"^(?:本版|今日|本期)?(?:导读|标题导航|要目)(?:\s*版次)?$"  # (| 导读 | 版次 |)
    r"|^本版(?:标题|文章|新闻|稿件|导航)$|^版面导航$"
)
# The head of a contents table under its label: 版次 标题.
_CONTENTS_HEADER = re.compile(r"^(?:版次|版面|标题|篇目|页码)(?:\s+(?:版次|版面|标题|篇目|页码))+$")
# Its words anywhere on a page, spaced out or not (导 读): a look before the lines'.
_CONTENTS_WORD = re.compile(r"导[ \t\u3000]*(?:读|航)")
_LIST_MARKS = re.compile(r"^(?:(?:#{1,6}|[-*+·•◎★☆●○■□◆◇▶►>]|\d{1,2}[.．、)）])\s*)*")
_LISTED_NOISE = re.compile(r"^(?:引题|肩题|标题|主题|副标题|副题)[:：]|[\[\]]|\([^()]*\)$")
# A line OCR spaced out to its every mark: one character, then one space or a wider gap.
_EVERY_MARK_SPACED = re.compile(r"(?:[^\sA-Za-z] {1,4}){5,}[^\sA-Za-z]")
_WIDE_GAP = re.compile(r" {2,}")
# A scan's speck OCR read as a mark at a row's end (…永川区召开|, …工作丨).
_STRAY_MARK = re.compile(r"(?<=[\u4e00-\u9fff，。、；：！？”’）,.;:])\s*[|丨l]$")
# A whole line in italics (*▲… 摄* / _（责任编辑：王 敏）_): its text, the marks gone.
_ITALIC_LINE = re.compile(r"([*_])(?![*_\s])[^*_]+(?<![*_\s])\1")
# 本报讯 after a space inside a line: where a run-on page's next story starts.
_BEFORE_BENBAOXUN = re.compile(r"[ \t\u3000\xa0]+(?=本报讯)")
# A table printed as text: its cells a wide gap apart (two spaces, a tab, an
# ideographic space), and the title a table carries over it (表：… / 表1 …).
# Cells between bars, a row not opening on one (a Markdown table's does).
_CELL_BAR = re.compile(r"\s*[|｜]\s*")
_CELL_SPACE = re.compile(" ")
_CELL_GAP = re.compile(r"[ \xa0]{2,}|[\t\u3000][\s\u3000]*")
_TABLE_CELLS = range(3, 9)
_TABLE_CELL_CHARS = 20
# A row of a table whose cells stand one space apart: three cells or more, a figure last
# (no masthead's page: 2024年4月20日 星期六 第2版).
_SPACED_ROW = re.compile(r"\n(?:\S{1,20} ){2,7}\S{0,19}\d[^\s版期]{0,19}(?=\n|$)")
# A timetable's line: a day and an hour, then what happens (6月15日 9:00 …).
_TIMETABLE_LINE = re.compile(
    r"^(?:(?:\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:[（(]?周[一二三四五六日天][）)]?\s*)?)?"
    r"\d{1,2}\s*[:：]\s*\d{2}(?:\s*[-—–~～至]\s*\d{1,2}\s*[:：]\s*\d{2})?"
    r"|全天|每天|每日|每晚|周末|节假日)\s+\S"  # (全天 农特产品展销…, 周末 梨园采摘…)
)
_TABLE_TITLE = re.compile(r"^附?表\s*[0-9０-９一二三四五六七八九十]{0,2}\s*[：:]\S.{0,38}$")
# A byline's role word a scan spaced out: 渝西都市报记 者 / 通 讯 员.
_SPACED_ROLE_WORD = re.compile(r"记 者|通 讯 ?员|通讯 员|实 习 ?生|实习 生")
# 本报讯 glued to the headline before it, as a scan loses the line break:
# …观赏期本报讯（…: set apart by a space, to be read as a run-on page is.
_GLUED_BENBAOXUN = re.compile(r"(?<=[\u4e00-\u9fff])本报讯(?=\s*[（(])")
_BENBAOXUN_BYLINE = re.compile(r"本报讯\s*[（(]")
_SPACE_CHARS = " \t\u3000\xa0"
# A brief's headline in brackets at the head of its text: 【…】本报讯…
_RUN_IN_HEADLINE = re.compile(r"^(\s*)(【[^【】。！？；：:\n]{4,40}】)\s*(?=\S)")

# A brief's headline after a list's mark, a space before its text: ●区人大常委会开展
# 食品安全执法检查　11月16日，…
_RUN_IN_MARKS = "●◆■◇□★☆◎▶"
_MARKED_RUN_IN = re.compile(
    rf"^([ \t\u3000]*[{_RUN_IN_MARKS}])[ \t\u3000]*"
    r"([^\s，,。！？；：:、（）()]{4,30})[ \t\u3000]+(?=\S)",
    re.M,
)
# …or with no mark, set apart by a wide gap: 临江镇开展禁毒宣传进校园活动　1月9日，…
_GAPPED_RUN_IN = re.compile(
    r"^([ \t\u3000]*)([^\s，,。！？；：:、（）()*]{6,30})(?:\u3000|[ \t]{2,})(?=\S)", re.M
)
_PLACE_BEFORE = re.compile(rf"(?:{PLACE_ENDING}|局|委|办|中心|院|馆|队)$")
# What a brief's text opens with, after its run-in headline.
_BRIEF_OPENERS = (
    *ARTICLE_OPENERS,
    "近期",
    "今年以来",
    "记者从",
    "记者近日",
)


def _headline_run_in(head: re.Match[str], text: str) -> bool:
    """A brief's headline before ``text``, which opens as a lead does; a place or an
    office there (板桥镇　6月1日，…) is no headline, the brief untitled."""
    return (
        bool(DATE_LEAD.match(text)) or text.startswith(_BRIEF_OPENERS)
    ) and not _PLACE_BEFORE.search(head[2])


def _run_in_headlines_apart(text: str, raw: list[str], run_in: re.Pattern[str]) -> list[str]:
    """Briefs whose headlines ``run_in`` their text after a space, marked as a list's
    items (``●何埂镇完成…检修　近日，…``) or not, after a wide gap (``临江镇开展…
    活动　1月9日，``): each headline a line of its own, where two briefs or more open
    so (one might be a list's item, or a table's row, that happens to)."""
    found = [m for m in run_in.finditer(text) if _headline_run_in(m, text[m.end() : m.end() + 12])]
    if len(found) < 2:
        return raw
    # (the column's mark: an item so marked, its headline a full-width space before
    # a lead no other opens with, 随着…, is a brief too)
    marks = {m[1].strip() for m in found} - {""}
    out: list[str] = []
    for line in raw:
        head = run_in.match(line)
        if head and (
            _headline_run_in(head, line[head.end() :])
            or (
                head[1].strip() in marks
                and "\u3000" in line[head.end(2) : head.end()]
                and any(mark in line[head.end() :] for mark in "。！？")
            )
        ):
            out += [head[1] + head[2], line[head.end() :]]
        else:
            out.append(line)
    return out


@dataclass(slots=True)
class Lines:
    """A page's lines with spaces folded and markup read.

    ``indented`` maps the indented lines' numbers to the width of their indent
    (a PDF row's indent takes room in its column); ``kinds`` the lines whose
    markup says what they are (a list item, an image's caption); ``rules`` holds
    the lines that were a rule between articles (now blank); ``marked_heads`` the
    headings a decoration mark set (``■古街“上新”：…``), the mark now gone.
    """

    text: list[str]
    indented: dict[int, int]
    kinds: dict[int, str]
    rules: list[int]
    marked_heads: set[int] = field(default_factory=set)


def clean_lines(text: str) -> Lines:
    text = _ZERO_WIDTH.sub("", text)
    text = _CONTROL.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))
    text = strip_ocr_marks(unpack_records(text))
    if "〇" in text:  # 2〇〇〇年12月5日: OCR read a scan's zeros as the Han numeral's
        text = _OCR_ZEROS.sub(lambda digits: digits[0].replace("〇", "0"), text)
    if "│" in text or "┃" in text:  # box-drawing bars (渝西都市报 │ 2024年4月26日 │ 第3版): bars
        text = text.replace("│", "|").replace("┃", "|")
    if "<" in text:
        text = _without_hidden_html(text)
        text = _HTML_HEADING.sub(lambda h: "\n" + "#" * int(h[1]) + " ", text)
        text = _HTML_BREAK.sub("\n", _HTML_BOLD.sub(r"**\2**", text))
        if _HTML_LINK_OPEN.search(text):
            text = _without_link_lists(text)
        text = _HTML_TAG.sub("", text)
    if "&" in text:
        text = _HTML_ENTITY.sub(lambda entity: html.unescape(entity.group()), text)
    if "\\" in text:
        text = _MD_ESCAPE.sub(r"\1", _MD_HARD_BREAK.sub("", text))
    raw = unfold_columns(text)
    if " " in text and _SPACED_ROLE_WORD.search(text):
        raw = [
            line
            if _every_mark_spaced(line)  # (closed up whole, below)
            else _SPACED_ROLE_WORD.sub(lambda found: found[0].replace(" ", ""), line)
            for line in raw
        ]
    # 本报讯 glued to a Han character before it (a lost line break): set apart
    glued = _benbaoxun_inside(
        text, lambda at: is_cjk(text[at - 1]) and bool(_BENBAOXUN_BYLINE.match(text, at))
    )
    if glued:
        raw = [_GLUED_BENBAOXUN.sub(" 本报讯", line) if "本报讯" in line else line for line in raw]
    if "上接" in text or "接上" in text:  # （上接第1版）要坚持…: the marker, then the text
        raw = [piece for line in raw for piece in _continuation_apart(line)]
    if "年" in text and _CUT_DATE_HEAD.search(text):  # 2024年5 / 月6日: a notice's date, cut
        raw = _cut_dates_joined(raw)
    if _INDENT_GAP.search(text) and _INDENTED_PARAGRAPH.search(text):
        raw = [piece for line in raw for piece in _indented_paragraphs_apart(line)]
    if "▲" in text and _GLUED_CAPTION.search(text):  # …书香魅力。▲学生们在…: text, caption
        raw = [piece for line in raw for piece in _glued_caption_apart(line)]
    if "转" in text or "待续" in text:  # …按期建成投(下转2版): the text, then the jump
        raw = [piece for line in raw for piece in _jump_apart(line)]
    if "【" in text or glued or _benbaoxun_inside(text, lambda at: text[at - 1] in _SPACE_CHARS):
        raw = _bracket_rows_joined(raw)
        column = sum(1 for line in raw if "【" in line[:3] and _run_in_item(line) is not None) >= 3
        raw = [
            piece
            for line in raw
            for piece in (_headline_apart(line, column) if "【" in line else (line,))
            for piece in (_run_on_apart(piece) if piece.find("本报讯", 1) > 0 else (piece,))
        ]
    if any(mark in text for mark in _RUN_IN_MARKS):
        raw = _run_in_headlines_apart(text, raw, _MARKED_RUN_IN)
    if "\u3000" in text or "  " in text:
        raw = _run_in_headlines_apart(text, raw, _GAPPED_RUN_IN)
    if " 版" in text or "第 " in text:
        raw = [
            _SPACED_PAGE_MARK.sub(_closed_page_mark, line) if "版" in line else line for line in raw
        ]
    if " " in text and any(_spaced_word(found, text) for found in _OCR_SPACED.finditer(text)):
        raw = [_unspaced_ocr(line) if " " in line else line for line in raw]
    if "|" in text or "丨" in text or "l\n" in text:
        raw = [
            _STRAY_MARK.sub("", line) if line[-1:] in "|丨l" and line[:1] != "|" else line
            for line in raw
        ]
    lines = [_SPACES.sub(" ", line) for line in raw]
    lines = [_closed_label(line) if " " in line and len(line) <= 12 else line for line in lines]
    indented = {
        n: width(raw[n][: len(raw[n]) - len(raw[n].lstrip())])
        for n, line in enumerate(lines)
        if line.startswith(" ") and line.strip()
    }
    stripped, blocks = read_front_matter([line.strip() for line in lines])
    if "评论" in text or "留言" in text:  # (first: a closing list of links may be over them)
        _drop_comments(stripped)
    _drop_recommended(stripped)
    if "版面" in text:
        _drop_page_list(stripped)
    tabled = _gapped(text) or _barred(text) or _SPACED_ROW.search("\n" + text)
    rows = _table_rows(raw) if tabled else {}
    if ":" in text or "：" in text:
        rows |= _timetable_rows(raw)
    page = Lines(stripped, indented, rows, blocks)
    _read_markup(page)
    if "热线" in text or "电话" in text or "邮箱" in text:
        _drop_column_contacts(page.text)
    if ("导" in text and _CONTENTS_WORD.search(text)) or "要目" in text or "本版" in text:
        _read_contents_list(page)
    return page


def _drop_column_contacts(lines: list[str]) -> None:
    """A column's hotline under its label (民生热线 / 热线电话：…（工作日9:00—17:00）),
    or after its name (茶竹文苑　　投稿邮箱：…): how to reach the column, no part of
    the item below it; a box of hotlines under its label (便民热线 / 政务服务热线：12345 /
    供水服务热线：…), each a line: the page's furniture, no article."""
    for n, line in enumerate(lines):
        if not line:
            continue
        label = line.lstrip("#").strip().strip("*")
        if column_contacts(line):
            lines[n] = ""
        elif STORY_LABEL.match(label):
            below = next((k for k in range(n + 1, len(lines)) if lines[k]), None)
            if below is not None and contact_line(lines[below]):
                lines[below] = ""
        elif _HOTLINES_LABEL.fullmatch(label.strip("【】")):
            end = n + 1
            while end < len(lines) and lines[end] and contact_line(lines[end]):
                end += 1
            if end - n > 2:
                lines[n:end] = [""] * (end - n)


# A box of hotlines' label: 便民热线, 服务电话.
_HOTLINES_LABEL = re.compile(r"[\u4e00-\u9fff]{0,4}(?:热线|电话)")


def _barred(text: str) -> bool:
    """Text with bars in it, as a table's cells are set apart (品名｜批发价｜零售价)."""
    return "|" in text or "｜" in text


def _gapped(text: str) -> bool:
    """Whether ``text`` holds a gap a table's cells could stand apart by (three
    substring scans, far faster than a regex search over the page)."""
    return "  " in text or "\t" in text or "\u3000" in text


def _cells(line: str, spaced: bool = False) -> tuple[int, bool]:
    """How many cells a line of a text table holds (0: it reads as no table row, a
    sentence or a long cell), and whether it holds a figure (``spaced``: cells one
    space apart, which phrases are too, so two of its cells must hold figures)."""
    bars = line.count("|") + line.count("｜") >= 2 and line[:1] not in "|｜"
    cells = (_CELL_BAR if bars else _CELL_SPACE if spaced else _CELL_GAP).split(line.strip())
    if len(cells) not in _TABLE_CELLS or any(len(cell) > _TABLE_CELL_CHARS for cell in cells):
        return 0, False
    if any(mark in line for mark in "。！？；;") or (spaced and "，" in line):
        return 0, False  # (one space apart, a clause's comma: 本报讯（…记者 钟 岚）3月28日，)
    figures = sum(1 for cell in cells if any(ch.isdigit() for ch in cell))
    return len(cells), figures >= 1 + spaced


def _table_rows(raw: list[str]) -> dict[int, str]:
    """The rows of a table printed as text (``指标  总量  同比增长`` over
    ``地区生产总值（亿元）  641.37  6.2%``), and its title line above them: each a
    paragraph of its own. Lines of as many cells, only blank lines between, most
    of them holding figures, make a table; a byline's names a wide gap apart hold
    none. Cells one space apart (a PDF's table) make one of three rows or more,
    all but one holding figures (``地区生产总值 632.8亿元 6.1%``)."""
    rows: dict[int, str] = {}
    run: list[int] = []  # lines of as many cells, one after another
    width = figures = 0
    spaced = False  # the run's cells one space apart
    for n, line in enumerate([*raw, "end"]):
        if not line.strip():
            continue
        text = line.strip()
        one_space = not (_gapped(text) or _barred(text))
        candidate = not one_space or text.count(" ") >= 2  # (three cells one space apart)
        cells, figured = _cells(text, one_space) if candidate else (0, False)
        if cells and cells == width and one_space == spaced:
            run.append(n)
            figures += figured
            continue
        if (
            (len(run) >= 3 and figures >= len(run) - 1)
            if spaced
            else (len(run) >= 2 and 2 * figures >= len(run)) or (len(run) >= 3 and width >= 3)
        ):
            rows.update(dict.fromkeys(run, ROW))
            above = next((k for k in range(run[0] - 1, -1, -1) if raw[k].strip()), None)
            if above is not None and _TABLE_TITLE.match(raw[above].strip()):
                rows[above] = ROW
        run, width, figures = ([n], cells, int(figured)) if cells else ([], 0, 0)
        spaced = one_space
    return rows


def _timetable_rows(raw: list[str]) -> dict[int, str]:
    """A timetable's lines (``6月15日 9:00 …赛(…)`` one under another): each a
    paragraph of its own, never headlines run together; so is one alone under its
    day's heading in a timetable whose other days list more."""
    rows: dict[int, str] = {}
    run: list[int] = []
    alone: list[int] = []  # runs of one line
    for n, line in enumerate([*raw, "end"]):
        text = line.lstrip()
        if not text:
            continue
        if _TIMETABLE_LINE.match(text):
            run.append(n)
            continue
        if len(run) >= 2:
            rows.update(dict.fromkeys(run, ROW))
        elif run:
            alone += run
        run = []
    if rows:
        rows.update(dict.fromkeys(alone, ROW))
    return rows


# A running head's page mark and section a scan spaced out: 第 5 版   法 治
_SPACED_PAGE_MARK = re.compile(
    rf"第 ?({PAGE_NO}) ?版(?:(\s+)((?:[\u4e00-\u9fff] ){{1,3}}[\u4e00-\u9fff])\s*$)?"
)


def _closed_page_mark(found: re.Match[str]) -> str:
    section = f"{found[2]}{found[3].replace(' ', '')}" if found[3] else ""
    return f"第{found[1]}版{section}"


def _unspaced_ocr(line: str) -> str:
    """On a page OCR spaced out (four characters one space apart somewhere), its
    spaces inside words closed up: three characters in a row (``永 川 区 启动…``),
    and two (``综 合``) on a line spaced out like that. A padded name (``涂 燕``, or
    ``罗 勇  张 敏`` with two spaces between names) stays as printed. A line
    spaced out to its every mark (``“ 渝 西 消 费 节 ” 点 燃 …``) is closed up
    whole, a wider gap left one space."""
    if _every_mark_spaced(line):
        return " ".join(part.replace(" ", "") for part in _WIDE_GAP.split(line.strip()))
    spaced_out = any(_spaced_word(found, line) for found in _OCR_SPACED.finditer(line))
    runs = _SPACED_PAIRS if spaced_out else _SPACED_CHARS
    return runs.sub(
        lambda run: run.group().replace(" ", "") if _spaced_word(run, line) else run.group(), line
    )


def _every_mark_spaced(line: str) -> bool:
    """Spaced out to its every mark, digits too (``会 议 指 出 ， 全 区 1 5 2 个``), and
    words, not a row of figures."""
    text = line.strip()
    return bool(_EVERY_MARK_SPACED.fullmatch(text)) and sum(map(is_cjk, text)) >= 4


def _spaced_word(run: re.Match[str], line: str) -> bool:
    """A run of spaced characters that is no byline's padded names (通讯员 刘 洋 谢 敏,
    also where the column cut the role: 通讯 / 员 张 琳 李 想）)."""
    if run.start() == 0 and run.group()[:1] in "员者":
        return False
    return not _ROLE_BEFORE.search(line, max(0, run.start() - 8), run.start())


def _closed_label(line: str) -> str:
    """A column's label a scan or a typesetter spaced out (``简 讯``, ``图 片 新 闻``,
    an advert's ``广　告``), closed up, so it reads as the label it is."""
    text = line.strip().strip("*").strip()  # (**简  讯**, bold)
    closed = text.replace(" ", "")
    if _SPACED_LABEL.fullmatch(text) and (STORY_LABEL.match(closed) or closed == "广告"):
        return line.replace(text, closed)
    return line


def _captioned_below(lines: list[str], at: int) -> bool:
    """The image at line ``at`` has its caption printed under it (``![新生报到](…)``
    / ``*新生们在新校区参加入学教育。记者 彭禹乔 摄*``): its alt text says no more."""
    below = next((line.strip() for line in lines[at + 1 : at + 3] if line.strip()), "")
    if below[:1] in ("*", "_") and _ITALIC_LINE.fullmatch(below):
        below = below[1:-1].strip()
    return bool(below) and is_caption(below)


def _continuation_apart(line: str) -> tuple[str, ...]:
    """A continuation marker run into the text it continues, as a line of its own."""
    found = _RUN_IN_CONTINUATION.match(line)
    return (found[1], line[found.end() :]) if found else (line,)


# (年 first: a look for the literal before the pattern's; the join must be a date)
_CUT_DATE_HEAD = re.compile(r"年[ \t\u3000]*\d{0,2}[ \t\u3000]*$", re.M)


def _cut_dates_joined(raw: list[str]) -> list[str]:
    """A date alone on its line cut where the dump wrapped it (``2024年5`` / ``月6日``,
    set far right under a notice's issuer): one line, as the notice signs it."""
    out: list[str] = []
    for line in raw:
        if (
            out
            and _CUT_DATE_HEAD.search(out[-1])
            and BARE_DATE.match(joined := out[-1].strip() + line.strip())
        ):
            out[-1] = out[-1][: len(out[-1]) - len(out[-1].lstrip())] + joined
        else:
            out.append(line)
    return out


_GLUED_CAPTION = re.compile(r"(?<=[。！？”])▲(?=\S{4})")


def _glued_caption_apart(line: str) -> tuple[str, ...]:
    """A photo's caption a dump glued to the sentence before it (``…书香魅力。▲学生们…``),
    as a line of its own."""
    found = _GLUED_CAPTION.search(line) if "▲" in line[1:] else None
    return (line[: found.start()], line[found.start() :]) if found else (line,)


# Paragraphs a dump ran together on one long line, each still indented by two
# full-width spaces (…签订了劳动合同。　　“离家只有几百米…”): a paragraph's end, then
# the indent.
_INDENTED_PARAGRAPH = re.compile(r"[。！？”」）)]\u3000{2,}(?=\S)")
_INDENT_GAP = re.compile(r"\u3000{2,}")
_RUN_TOGETHER_CHARS = 100


def _indented_paragraphs_apart(line: str) -> list[str]:
    """A long line of paragraphs run together, one line each, at every indent (a
    subhead's too: …2月29日。　　一、缴费标准　　2024年度…); a table's cells or a
    footer's fields a gap apart hold no paragraph's end before it."""
    body = line.lstrip()
    if len(body) < _RUN_TOGETHER_CHARS or not _INDENTED_PARAGRAPH.search(body):
        return [line]
    return _INDENT_GAP.split(body)


def _jump_apart(line: str) -> tuple[str, ...]:
    """A jump run on after the text it cuts, as a line of its own."""
    found = _RUN_ON_JUMP.match(line) if line.endswith(("）", ")")) else None
    return (found[1], found[2]) if found else (line,)


def _drop_recommended(lines: list[str]) -> None:
    """Blank a closing list of other articles (往期推荐, 相关新闻 or 本版其他文章 over
    their titles, to the page's end): their headlines, not this article's text.
    Between an export's articles, such a label over titles each marked as a list's
    (``相关新闻：`` / ``· 我区新增3家社区养老服务站``) goes with them."""
    closing = True
    for at in range(len(lines) - 1, -1, -1):
        label = lines[at]
        if not label or label[0] not in "往精热推猜本相排更喜【[*":
            continue  # (a look at the first mark before the pattern's)
        label = label.strip("*")  # (**相关新闻**)
        if not (label and _RECOMMENDED.match(label)):
            continue
        tail = [line for line in lines[at + 1 :] if line]
        if closing and all(  # (a link's target no words: ![](…qrcode…), [阅读原文](…))
            (len(_LINK_TARGET.sub("]", line)) <= _LISTED_TITLE_CHARS and "。" not in line)
            or is_site_footer(line)
            for line in tail
        ):
            lines[at:] = [""] * (len(lines) - at)
        else:
            start = at + 1
            while start < len(lines) and not lines[start] and start - at <= 2:
                start += 1  # (a blank line under the label, as Markdown sets it)
            end = start
            while end < len(lines) and _linked_title(lines[end]):
                end += 1
            if end == start:  # (unmarked, titles a line each up to a blank line: two posts' file)
                while end < len(lines) and lines[end] and _unmarked_title(lines[end]):
                    end += 1
                if end - start < 2 or (end < len(lines) and lines[end]):
                    end = start
            if end > start:
                lines[at:end] = [""] * (end - at)
        closing = False


# The head of a web page's or a post's comments: 网友评论(3) 查看全部评论>>, 精选留言.
_COMMENTS = re.compile(
    r"^(?:(?:网友|读者|热门|精选|全部|最新)(?:评论|留言)|(?:评论|留言)区?(?=\s*[（(]))"
    r"\s*(?:[（(]\s*\d+\s*[）)])?(?:\s*查看(?:全部|更多)(?:评论|留言)?\s*>*)?$"
)


# An e-paper's list of the pages under its label: 版面导航 / 第01版：要闻 / …,
# or on one line: 01　要闻　　02　要闻　　03　综合
_PAGE_LIST_LABEL = re.compile(r"^[【\[]?(?:版面导航|版面目录|版面列表|本期版面)[】\]]?[:：]?$")
_PAGE_LIST_ENTRY = re.compile(
    r"^[·•]?\s*第?\s*[A-H]?\d{1,2}\s*版\s*[:：·]?\s*[\u4e00-\u9fff·]{0,8}$"
    r"|^(?:(?:[A-H]\d{1,2}|\d{2})\s*[:：]?\s*[\u4e00-\u9fff]{2,4}\s*){2,16}$"
)
_PAGE_NUMBER = re.compile(r"\d+")


def _drop_page_list(lines: list[str]) -> None:
    """Blank an e-paper's list of the issue's pages (``版面导航`` over ``第01版：要闻``,
    ``第02版：综合``, …): links to other pages, each of which would read as this
    page's masthead."""
    for at, line in enumerate(lines):
        if not line or not _PAGE_LIST_LABEL.match(line):
            continue
        end = at + 1
        while end < len(lines) and (not lines[end] or _PAGE_LIST_ENTRY.match(lines[end])):
            end += 1
        if len(_PAGE_NUMBER.findall(" ".join(lines[at + 1 : end]))) >= 2:
            lines[at:end] = [""] * (end - at)


def _drop_comments(lines: list[str]) -> None:
    """Blank readers' comments under an article, from their head to the rule or the
    field opening the next one (an export's) or to the end: what readers said, not
    the paper's text."""
    for at, line in enumerate(lines):
        if not line or line[0] not in "网读热精全最评留*" or not _COMMENTS.match(line.strip("*")):
            continue
        end = at + 1
        while end < len(lines) and not _RULE.match(lines[end]) and not is_export_line(lines[end]):
            end += 1
        lines[at:end] = [""] * (end - at)


# A Markdown link's target: ](https://…), no words of the title it links.
_LINK_TARGET = re.compile(r"\]\([^()\s]*\)")


def _unmarked_title(line: str) -> bool:
    """A line of a list of other articles' titles printed bare: short, no sentence."""
    return len(line) <= _LISTED_TITLE_CHARS and not any(mark in line for mark in "。！？；")


# The longest title in a list of articles (other articles', or a page's contents).
_LISTED_TITLE_CHARS = 40


def _linked_title(line: str) -> bool:
    """A line of a list of other articles' titles: marked as a list's item, short
    (its link's target aside), no sentence."""
    return (
        _has_list_mark(line)
        and len(_LINK_TARGET.sub("]", line) if "](" in line else line) <= _LISTED_TITLE_CHARS
        and "。" not in line
    )


def _listed(line: str) -> str:
    """A line's words alone, as a page's contents list and its headlines share them:
    without heading marks, list marks, numbers and field names (``标题：``)."""
    return _LISTED_NOISE.sub("", _LIST_MARKS.sub("", line)).replace(" ", "")


def _has_list_mark(line: str) -> bool:
    return bool(_LIST_MARKS.match(line).group().strip())


def _list_item(page: Lines, at: int) -> bool:
    """Line ``at`` is a list's item: marked, or a Markdown list's, its mark read."""
    return _has_list_mark(page.text[at]) or page.kinds.get(at) == ITEM


# A guide's entry pointing to the page a story is on: ·松溉镇：古镇保护与发展并重　3版,
# or the page first: 第2版　永川区召开…会议, A2：…, - 2版　双石镇…
_POINTS_TO_PAGE = re.compile(
    rf"\S(?:\s*[（(]?(?:见|详见)?第?\s*{PAGE_NO}\s*版[）)]?|\s+[A-H]\d{{1,2}})$"
    rf"|^[\W_]*(?:第\s*{PAGE_NO}\s*版|[A-H]\d{{1,2}}版?|\d{{1,2}}版)(?:\s*[：:]\s*|\s+)\S"
    # (a dotted leader to its page: 全区新学年新增学位3200个…………2)
    r"|\S\s*[…⋯.．·]{2,}\s*(?:第\s*)?[A-H]?\d{1,2}\s*版?$"
)


def _read_contents_list(page: Lines) -> None:
    """Blank a page's contents list (本版导读 over the page's headlines, 本版标题导航
    over numbered ones): headlines printed again above their stories, not a story;
    so is a front page's guide to other pages (今日导读 over ``·… 2版`` lines), a
    pointer, not a story. Another list under the label stays, its lines items."""
    lines = page.text
    for at, line in enumerate(lines):
        if len(line) > 16 or not ("导" in line or "要目" in line or "本版" in line):
            continue
        if not _CONTENTS_LABEL.match(_listed(line).strip("*【】：:")):  # (**导读**, 【今日导读】)
            continue
        end = at + 1
        while end < len(lines) and (not lines[end] or _CONTENTS_HEADER.match(lines[end])):
            end += 1  # (a table's head: 版次 标题)
        items = end
        marked = end < len(lines) and _list_item(page, end)
        while (
            items < len(lines)
            and lines[items]
            and len(lines[items]) <= 60
            and (not marked or _list_item(page, items))
        ):
            items += 1
        pointers, pointed = end, 0  # (the entries one a line, a blank line between or not)
        while pointers < len(lines) and (
            not lines[pointers] or _POINTS_TO_PAGE.search(lines[pointers])
        ):
            pointed += bool(lines[pointers])
            pointers += 1
        first, pointed_above = at, 0  # (headlines after: the label under its entries)
        while first and (not lines[first - 1] or _POINTS_TO_PAGE.search(lines[first - 1])):
            first -= 1
            pointed_above += bool(lines[first])
        listed = [_listed(item) for item in lines[end:items]]
        later = {_listed(other) for other in lines[items:] if other}
        found = sum(
            1
            for item in listed
            if item in later or _shortened(item, later) or _kind_labelled(item, later)
        )
        if pointed >= 2 or (pointed and "导读" in line):  # (导读 over one pointer: …转身… 2版)
            lines[at:pointers] = [""] * (pointers - at)
        elif pointed_above >= 2:
            lines[first : at + 1] = [""] * (at + 1 - first)
        elif (len(listed) >= 2 and found * 3 >= len(listed) * 2) or (
            # (an e-paper's: its titles, one continued from before; 版面导航 over links
            # to the page's other articles, on a page showing one)
            marked and ("标题导航" in line or is_navigation_line(line))
        ):
            lines[at:items] = [""] * (items - at)
        else:
            page.kinds.update(dict.fromkeys(range(end, items), ITEM))
            if is_navigation_line(line):
                lines[at] = ""  # (版面导航 over a list of other things: a link)
        if "标题导航" not in line and not line.startswith("本版"):
            return  # (a file of an e-paper's pages has one a page)


def _kind_labelled(item: str, headlines: set[str]) -> bool:
    """A contents entry naming its headline's kind before it (``图片新闻　端午将至粽飘香``
    for the photo item ``端午将至粽飘香`` under its label)."""
    return any(
        item.endswith(line) and KIND_LABEL.match(item[: -len(line)])
        for line in headlines
        if 0 < len(line) < len(item)
    )


def _shortened(item: str, headlines: set[str]) -> bool:
    """A contents entry that shortens a headline printed below (``冬季夜查：一周查处…``
    for ``冬季夜查不停歇 一周查处…``, ``渔民江中救起落水男子`` for ``松溉镇渔民…``):
    each of its phrases inside one headline."""
    parts = [part for part in re.split(r"[：:]", item) if len(part) >= 2]
    short = (line for line in headlines if len(line) <= _LISTED_TITLE_CHARS)
    return bool(parts) and any(all(part in line for part in parts) for line in short)


def _without_hidden_html(text: str) -> str:
    """``text`` without the web page's parts that are no text of it (its head,
    scripts, styles, comments). Each closing tag is looked for once from its
    opening, so a page of unclosed ``<script>`` tags costs one pass, not one per tag."""
    pieces: list[str] = []
    pos = 0
    unclosed: set[str] = set()
    for opening in _HTML_HIDDEN.finditer(text):
        name = opening[1].lower()
        if opening.start() < pos:
            continue
        if name == "!doctype":
            stop = opening.end()
        else:
            end_tag = re.compile("-->" if name == "!--" else f"</{name}[^<>]*>?", re.IGNORECASE)
            end = None if name in unclosed else end_tag.search(text, opening.start() + len(name))
            if end:
                stop = end.end()
            elif name == "!--":  # a comment never closed: only its mark goes
                unclosed.add(name)
                stop = opening.start() + len("<!--")
            else:  # a tag never closed: the tag goes later, its text stays
                unclosed.add(name)
                continue
        pieces.append(text[pos : opening.start()])
        pos = stop
    pieces.append(text[pos:])
    return "".join(pieces)


def _without_link_lists(text: str) -> str:
    """A web page's lines that are mostly links (menus, breadcrumbs, related and
    ranked stories), its site footer, and a short heading or a contents label over
    such lines alone (``相关新闻``, ``热点排行``, ``导读``): the site's, not the article's."""
    kept: list[str] = []
    below_dropped = False  # the next line with text below this one went
    for line in reversed(text.split("\n")):
        shown = unspaced(_HTML_TAG.sub("", line))
        if not shown:
            kept.append(line)
            continue
        linked = sum(
            len(unspaced(_HTML_TAG.sub("", link[1]))) for link in _HTML_LINK.finditer(line)
        )
        below_dropped = (
            2 * linked >= len(shown)
            or (len(shown) <= 120 and is_site_footer(shown))
            or (
                below_dropped
                and len(shown) <= 16
                # (<li>导读</li> over its links: the list's label)
                and (line.startswith("#") or bool(_CONTENTS_LABEL.match(shown)))
            )
        )
        if not below_dropped:
            kept.append(line)
    return "\n".join(reversed(kept))


def _benbaoxun_inside(text: str, after: Callable[[int], bool]) -> bool:
    """Whether some 本报讯 inside a line stands where ``after`` (its offset) says:
    one substring scan and a look at each rule most pages out (a regex search
    over the page costs 3× more)."""
    at = text.find("本报讯", 1)
    while at > 0:
        if after(at):
            return True
        at = text.find("本报讯", at + 3)
    return False


def _run_on_apart(line: str) -> list[str]:
    """A page dumped with its line breaks lost (``2024年4月20日 星期六 第2版 要闻
    永川区召开…会 本报讯（…）4月18日，…。 松溉古镇… 本报讯 …``): each story's
    headline, and the masthead before the first, on lines of their own. What
    stands before a spaced ``本报讯`` after the last finished sentence is a
    headline when it reads as one."""
    pieces = _BEFORE_BENBAOXUN.split(line)
    out: list[str] = []
    pending = ""  # text before a 本报讯 that had no headline: the line goes on
    for piece in pieces[:-1]:
        cut = max(piece.rfind(mark) for mark in "。！？")
        text, head = piece[: cut + 1], piece[cut + 1 :].strip()
        words = head.split(" ")
        masthead = next(
            (k for k in range(len(words) - 1, 0, -1) if is_masthead_line(" ".join(words[:k]))), 0
        )
        title = " ".join(words[masthead:])
        if (
            not (headline_like(title) and balanced(title))
            or sum(map(is_cjk, title)) < 4  # ## 本报讯…: a heading's mark, not a headline
            or len(title) > 60
            or any(mark in title for mark in "，,、；;")  # a clause, not a headline
        ):
            pending += piece + " "
            continue
        out += [p for p in (pending + text, " ".join(words[:masthead])) if p] + [title]
        pending = ""
    return [*out, pending + pieces[-1]]


def _run_in_item(line: str) -> re.Match[str] | None:
    """The bracketed title a line opens on, run into its text, that no box's label
    or brief's place is (``【停电通知】因线路改造，…``)."""
    found = _RUN_IN_HEADLINE.match(line)
    if found is None or (
        SIDEBAR.match(found.group(2))
        or PREAMBLE.match(found.group(2) + "：")
        or PLACE_TAG.match(line.lstrip())
    ):
        return None
    return found


def _bracket_rows_joined(raw: list[str]) -> list[str]:
    """A brief's bracketed headline cut where its column wraps (``【永川区举办…专场招``
    / ``聘会】本报讯（…）…``, a blank line between in a double-spaced dump): its two
    rows one line, so the headline comes apart whole."""
    out: list[str] = []
    skip = -1
    for n, line in enumerate(raw):
        if n <= skip:
            continue
        out.append(line)
        if not line.lstrip().startswith("【") or "】" in line:
            continue
        below = next((k for k in range(n + 1, min(n + 3, len(raw))) if raw[k].strip()), None)
        if below is None or "】" not in raw[below][:20]:
            continue
        joined = line.rstrip() + raw[below].lstrip()
        if _run_in_item(joined) is not None:
            out[-1], skip = joined, below
    return out


def _headline_apart(line: str, column: bool = False) -> tuple[str, ...]:
    """A brief's headline run into its text, ``【永川召开…会】本报讯（…）4月12日，…``:
    the headline a line of its own. A box's label (``【温馨提示】请…``, ``【编者按】``)
    is short and opens no story, so it stays, and so does a brief's place; a short
    title opening a ``column`` of such items (three or more: ``【停电通知】因…``)
    heads its item too."""
    found = _run_in_item(line)
    if found is None:
        return (line,)  # (【胜利路街道】4月22日，…: a brief's place, no headline)
    indent, bracketed, rest = found.group(1), found.group(2), line[found.end() :]
    if (
        len(bracketed) < 10
        and not column
        and not (rest.startswith(ARTICLE_OPENERS) or DATE_LEAD.match(rest))
    ):
        return (line,)
    # (a short one unbracketed: 【停电通知】 alone would read as a column's label)
    return bracketed[1:-1] if len(bracketed) < 10 else bracketed, indent + rest


def _read_markup(page: Lines) -> None:
    """Markdown and table markup out of the lines: what it says goes into ``kinds``
    and ``rules``, a setext heading (a title over ``====`` or ``----``) becomes an
    ATX one. A web page's navigation (打印本页 关闭窗口) is no text of the page. Only
    lines that start with a markup character or hold a link are looked at."""
    lines = page.text
    marked = [
        n
        for n, line in enumerate(lines)
        if line and (line[0] in _LOOK_FIRST or "](" in line or line[0] >= "\U0001f300")
    ]
    navigated = False  # (a web page's: its owners' footer closing the page goes too)
    for n in marked:
        line = lines[n]
        if line[0] == ">":
            line = _QUOTE.sub("", line)
            if not line:
                lines[n] = ""
                continue
        if line.startswith(_BODY_LABEL):  # an archive's 【正文】 over (or before) the text
            line = lines[n] = line[len(_BODY_LABEL) :].strip()
            if not line:
                continue
        if line[0] == "【" and _RECORD_LABEL.fullmatch(line):
            lines[n] = ""  # 【稿件1】: an export's record, numbered
            continue
        if line[0] in "图配" and (field := _CAPTION_FIELD.match(line)):
            lines[n] = line[field.end() :]
            page.kinds[n] = CAPTION
            continue
        if (
            is_navigation_line(line)
            and not _CONTENTS_LABEL.match(line)  # (版面导航 over the page's headlines: below)
        ):
            lines[n] = breadcrumb_masthead(line)  # (the date and page a trail names)
            navigated = True
            if n and "首页" in line and _site_name(lines, n - 1):
                lines[n - 1] = ""  # 重庆市永川区教育委员会 / 首页 | 教育动态 | …: the site's
            continue
        if not line.strip("▼▲△ "):  # an arrow pointing at a photo the dump lost
            lines[n] = ""
            continue
        if "](" in line:
            alone = _IMAGE.fullmatch(line)
            line = _LINK.sub(r"\1", _IMAGE.sub("", line)).strip()
            if alone and len(numbered := numbered_below(lines, n)) >= 2:
                page.kinds.update(dict.fromkeys(numbered, CAPTION))  # ![](…) / ①… / ②…
            if (
                alone
                and sum(map(is_cjk, alone.group(1))) >= 4
                and "二维码" not in alone.group(1)  # (![活动报名二维码](…): a code to scan)
                and not _captioned_below(lines, n)
            ):
                line = alone.group(1).strip()
                page.kinds[n] = CAPTION  # ![区图书馆新书上架现场](x.jpg)
            elif line and is_navigation_line(_BULLET.sub("", line) if line[0] in "-*+" else line):
                # [返回首页](../index.md) | [下一篇](./0520-02.md), * [上一版](…); a
                # trail of links keeps the date and page it names
                lines[n] = breadcrumb_masthead(line)
                continue
        if line[:1] in ("*", "_") and _ITALIC_LINE.fullmatch(line):
            line = line[1:-1].strip()  # *▲网格员入户走访。 记者 谭 静 摄*: the text
            if is_credit(line):  # *…一角。（图片由永荣镇提供）*: a photo's caption
                page.kinds[n] = CAPTION
        if not line:
            pass
        elif line[0] in _RULE_MARKS + _BOX_CORNERS and _RULE.match(line):
            above = lines[n - 1] if n > 0 else ""
            if (
                line[0] in "=-"
                and above
                and above[0] != "#"
                and headline_like(above)
                and not _RULE.match(above)
                and not is_export_line(above)  # 阅读次数：123 over the rule ending an export
                and not BARE_DATE.match(above)  # a notice's date over the rule closing its box
            ):
                lines[n - 1] = ("# " if line[0] == "=" else "## ") + above  # setext
                page.kinds.pop(n - 1, None)
            else:
                page.rules.append(n)
            line = ""
        elif line[0] in _DECORATION:
            line = _read_decorated(line, n, page)
        elif line[0] == "|" and line[-1] == "|":
            if _TABLE_RULE.match(line):
                line = ""
            else:
                line = " ".join(cell.strip() for cell in line.strip("|").split("|"))
                page.kinds[n] = ROW
        elif line[0] in "-*+" and _BULLET.match(line):
            line = _BULLET.sub("", line)
            page.kinds[n] = ITEM
        elif line[0].isdigit() and _ORDERED.match(line):
            page.kinds[n] = ITEM
        lines[n] = line
    if navigated:
        for n in range(len(lines) - 1, -1, -1):
            if lines[n] and not SITE_OWNERS.match(lines[n]):
                break
            lines[n] = ""


def _site_name(lines: list[str], at: int) -> bool:
    """Line ``at``, the page's first, right over the site's menu: the site's name
    (a body's, 重庆市永川区人力资源和社会保障局), no headline."""
    name = lines[at]
    return (
        bool(name)
        and not any(lines[:at])
        and len(name) <= 30
        and not any(mark in name for mark in "，。！？；、：:,")
    )


def _read_decorated(line: str, n: int, page: Lines) -> str:
    """A line after a decoration mark: a heading loses the mark, a sentence is a list
    item (or a photo's caption, by its credit); a byline keeps it (□ 李晓梅). A label
    the mark closes too (◆茶竹文苑◆) loses both."""
    rest = line[1:].strip().removesuffix(line[0]).rstrip()
    if not rest or bylines.is_byline_line(line):
        return line
    if headline_like(rest) and balanced(rest) and not any(m in rest for m in "，,、；;"):
        if not _marked_alike(page.text, n):
            page.marked_heads.add(n)
            return rest
        page.kinds[n] = ITEM  # ▶ 松溉古镇入选…街区 2版 over ▶ …: a list (导读), no headings
        return line
    page.kinds[n] = CAPTION if is_caption(rest) or is_credit(rest) else ITEM
    return line


def _marked_alike(lines: list[str], n: int) -> bool:
    """The nearest line above or below ``lines[n]`` starts with the same mark."""
    for step in (-1, 1):
        k = n + step
        while 0 <= k < len(lines) and not lines[k]:
            k += step
        if 0 <= k < len(lines) and lines[k][:1] == lines[n][0]:
            return True
    return False
