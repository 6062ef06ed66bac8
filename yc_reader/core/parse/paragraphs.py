"""Units of text whose lines are paragraphs (Markdown, plain text): soft-wrapped
lines joined, verse kept line by line, paragraphs a column break cut rejoined,
and a long line stopped mid-clause read as running text.
"""

from __future__ import annotations

import functools
import re

from yc_reader.core import bylines, datelines
from yc_reader.core.cjk import (
    CLAUSE_MARKS,
    ends_sentence,
    has_inner_sentence_end,
    has_phrase_space,
    is_cjk,
    join_wrapped,
    width,
)
from yc_reader.core.masthead import BARE_DATE, ISSUER
from yc_reader.core.parse.kinds import (
    ARTICLE_OPENERS,
    BOOK_ENTRY,
    BRACKETED_HEAD,
    BRIEFS_LABEL,
    BYLINE,
    CAPTION,
    CLOSING_FORMULA,
    COLUMN_LABEL,
    DASH,
    DASH_LINE,
    DATE_LEAD,
    DOCUMENT_TITLE,
    ENUMERATED,
    FIELD_LINE,
    HEAD,
    INTERVIEW_TURN,
    ITEM,
    KICKER,
    LABELLED_LINE,
    PARA,
    PREAMBLE,
    QUANTITY,
    ROW,
    SERIES_PART,
    SIDEBAR,
    STORY_LABEL,
    VERSE,
    Unit,
    article_start,
    balanced,
    basic_kind,
    blank_lines_above,
    cut_credit,
    cut_date,
    data_rows,
    exclaimed_headline,
    forecast_row,
    headline_like,
    in_brackets,
    is_signed,
    kicker_line,
    name_entry,
    numbered_heading,
    numbered_question,
    open_block,
    opens_brief,
    speaker_line,
    story_gaps,
)

# (A topic's tag opening a line, #跟着非遗游永川#下的视频…, is text, no heading.)
# (pandoc writes a heading's attributes after it: # 标题 {#section-1})
MD_HEADING = re.compile(
    r"^(#{1,6})(?![^#\s][^#]*#(?!#))[ \t]*(.*?)(?:[ \t]*\{[#.][^{}]*\})?[ \t#]*$"
)
# Bold markup; a longer run of stars masks digits (证号：51022719680312****), text.
EMPHASIS = re.compile(r"(?<!\*)\*\*(?!\*)|__")
# A title or a quotation in italics inside a line (朋友送我一本*《永川秀芽》*): the
# marks only (a single star elsewhere may mask a name's character: 张*明).
_QUOTED_ITALIC = re.compile(r"(?<!\*)\*([《“「『][^*\n]{1,60}?[》”」』])\*(?!\*)")
# A whole line in bold: how Markdown dumps print the titles of briefs and minor heads.
BOLD_LINE = re.compile(r"^(\*\*|__)(?:(?!\1).)+\1$")
_BOLD_LEVEL = 7
# A speaker's line under a speech's heading is at most this long.
_SPEAKER_CHARS = 40
# A numbered minor heading in Markdown text is at most this long (（一）强化要素保障).
_NUMBERED_HEAD_CHARS = 16
# Rows of a narrow column: this many or more, each this wide at least.
_EVEN_ROWS = 3
_NARROW_ROW_CHARS = 12
# A caption-marked minor head (▲资源变资产) is this short at most, its mark and all.
_ARROWED_HEAD_CHARS = 12
# A paragraph this long stopped mid-clause was cut by a column's end.
_CUT_PARAGRAPH_CHARS = 28
# Verse: lines of at most this many characters, at least this many in a row
# (in Markdown, lines without a blank line between them: two are enough).
_VERSE_CHARS = 20
VERSE_RUN = 4
# A row of a list set as fields a space apart (第一名 杨建林 1小时05分37秒): complete
# as printed, never a paragraph cut by a column break.
_LIST_ROW = re.compile(r"^[^\s，。；：,;:]{1,10}(?: [^\s，。；：,;:]{1,12}){2,5}$")
# A match's result (永川中学 2：1 萱花中学): a row, complete as printed.
_SCORE_ROW = re.compile(
    r"^[^\s，。；：,;:]{2,16}\s*\d{1,3}\s*[：:]\s*\d{1,3}\s*[^\s，。；：,;:\d]{2,16}$"
)
# A list's line named by its label (智能财税赛项:重庆财经职业学院唐欣怡): under
# another such line, an item of its own, not the rest of it.
_LABELLED_ITEM = re.compile(r"^[^\s，。；：,;:“”]{2,14}[：:]\S")
# …区委书记张智奎 / 强调：… — a speaker's verb before the colon: the sentence goes on.
_SPEECH = re.compile(
    r"^[\u4e00-\u9fff]{0,3}(?:说|说道|指出|强调|表示|介绍|认为|称|要求|提出|透露|坦言|建议|希望|告诉记者)[：:]"
)


def markdown_units(lines: list[str], marked: dict[int, str], heads: set[int]) -> list[Unit]:
    """Markdown: headings, bold minor heads, paragraphs; lines set one under the
    other without a blank line between are verse when they are short. ``marked``
    holds the kinds markup gave lines (list items, captions), ``heads`` the minor
    heads a decoration mark set (■…) and cleaning took off, or a 【…】 line alone."""
    units: list[Unit] = []
    stanza: list[Unit] = []  # the paragraph lines since the last blank line or heading
    briefs = False  # under a column of briefs' label (### 简讯), up to the next title
    for number, raw in enumerate(lines):
        heading = MD_HEADING.match(raw) if raw.startswith("#") else None
        # A plain line alone right over a headline (传承中医药文化 / ## 区中医院…): its
        # kicker, as a ### line there would be.
        over = stanza[0] if heading and len(stanza) == 1 and lines[number - 1] else None
        if (
            over is not None
            and len(heading.group(1)) <= 2
            and kicker_line(over.text)
            and not any(mark in over.text for mark in "，,：:")  # (a clause, a field: text)
            and not STORY_LABEL.match(over.text)
        ):
            over.kind, over.level = KICKER, 3
            stanza = []
        if not raw or heading:
            if _verse_stanza(stanza, units):
                mark_verse(stanza, 2)
            _join_soft_wrapped(stanza, units)
            stanza = []
        if not raw:
            continue
        if heading:
            text = EMPHASIS.sub("", heading.group(2)).strip()
            if text:
                level = len(heading.group(1))
                units.append(Unit(HEAD if level <= 2 else KICKER, text, level=level))
                briefs = bool(BRIEFS_LABEL.match(text)) or (briefs and level > 2)
            continue
        if briefs and raw[:2] == "**" and (run_in := _RUN_IN_TITLE.match(raw)):
            title, lead = run_in[1].strip(), run_in[2].strip()
            if headline_like(title) and (
                opens_brief(lead) or DATE_LEAD.match(lead) or len(title) >= _RUN_IN_TITLE_CHARS
            ):
                # **南大街街道开展消费维权宣传** 近日，…: a brief's title run into its text
                # (a long one whatever its text opens with: **…开通旅游直通车** 7月5日起，…)
                units.append(Unit(KICKER, title, level=_BOLD_LEVEL))
                raw = lead
        text = EMPHASIS.sub("", raw).strip()  # bold markup
        if "*" in text:
            text = _QUOTED_ITALIC.sub(r"\1", text)
        if not text:
            continue
        if raw[:2] == "**" and BOLD_LINE.match(raw) and BRIEFS_LABEL.match(text):
            briefs = True  # **简　讯**, a bold label over run-in titles
        kind = marked.get(number) or basic_kind(text)
        if kind is None and (
            number in heads
            or (
                BOLD_LINE.match(raw)
                and ((headline_like(text) and balanced(text)) or exclaimed_headline(text))
            )  # (**孩子一咳嗽就要吃抗生素吗？**: a section asking)
            or (text[0] == "【" and BRACKETED_HEAD.fullmatch(text))
            or SIDEBAR.match(text)  # 相关链接, 律师提醒: a box printed with the story
            or (  # ### 以…为抓手 / 区市场监管局局长 汪建国: who gave the speech below
                units
                and units[-1].kind == KICKER
                and " " in text
                and len(text) <= _SPEAKER_CHARS
                and headline_like(text)
                and speaker_line(text)
            )
            or (len(text) <= _NUMBERED_HEAD_CHARS and _numbered_minor_head(lines, number, text))
            or _numbered_part(text)
        ):
            units.append(Unit(KICKER, text, level=_BOLD_LEVEL))  # a minor heading
        else:
            units.append(Unit(kind or PARA, text, complete=marked.get(number) in (CAPTION, ROW)))
            stanza.append(units[-1])
    if _verse_stanza(stanza, units):
        mark_verse(stanza, 2)
    _join_soft_wrapped(stanza, units)
    mark_verse(units, VERSE_RUN, (PARA,))  # verse lines set apart by blank lines
    _unmarked_minor_heads(units)
    _arrowed_minor_heads(units)
    return _rejoin_paragraphs(_join_split_headlines(units))


# A line opening with a bold phrase, and what follows it.
_RUN_IN_TITLE = re.compile(r"^\*\*([^*]{4,40})\*\*[ \t\u3000]*(\S.*)$")
# Under a briefs' label, a bold phrase this long opening a line is a brief's title.
_RUN_IN_TITLE_CHARS = 8
# An unmarked minor heading in Markdown text is at most this long (抱团闯市场).
_UNMARKED_HEAD_CHARS = 12


def _unmarked_minor_heads(units: list[Unit]) -> None:
    """A short phrase on a line of its own between finished paragraphs, without a
    mark in it (``抱团闯市场`` / ``“过去…”``): a minor heading the dump lost the
    bold of, never the first part of the paragraph below (a column break cuts a
    paragraph further on). A photo's caption may stand between it and the
    paragraph above."""
    for at in range(1, len(units) - 1):
        unit, after = units[at], units[at + 1]
        above = at - 1
        while above > 0 and units[above].kind == CAPTION:
            above -= 1
        before = units[above]
        text = unit.text
        if (
            unit.kind == PARA
            and len(text) <= _UNMARKED_HEAD_CHARS
            and before.kind == PARA
            and ends_sentence(before.text)
            and after.kind == PARA
            and not any(mark in text for mark in CLAUSE_MARKS)
            and not ends_sentence(text)
            and headline_like(text)
            and balanced(text)
            and not CLOSING_FORMULA.search(before.text)  # 特此通告。/ …分局: who signs
            and not BARE_DATE.match(after.text)
        ):
            unit.kind, unit.level = KICKER, _BOLD_LEVEL


def _arrowed_minor_heads(units: list[Unit]) -> None:
    """Short phrases marked ``▲`` alone on their lines, two or more, each over text
    (``▲资源变资产`` / ``天星桥村把…``, ``▲资金变股金`` / …): a story's minor heads
    set with a caption's mark, no photos' captions (which say what they show)."""
    marked = [
        at
        for at, unit in enumerate(units[:-1])
        if unit.kind == CAPTION
        and unit.text[0] == "▲"
        and len(unit.text) <= _ARROWED_HEAD_CHARS
        and headline_like(unit.text[1:])
        and not any(mark in unit.text for mark in CLAUSE_MARKS)
        and units[at + 1].kind == PARA
    ]
    if len(marked) >= 2:
        for at in marked:
            units[at].kind, units[at].level = KICKER, _BOLD_LEVEL


def _join_split_headlines(units: list[Unit]) -> list[Unit]:
    """A headline set over two headings of one level with nothing between
    (``## 永川中学新校区`` / ``## 迎来首批高一新生``): one title, its lines a space
    apart. A label over a title (``## 图片新闻`` / ``## 义诊进公园``, or a plain line:
    ``短评`` / ``## 让老人在家门口安享晚年``) is its kicker."""
    joined: list[Unit] = []
    for unit in units:
        last = joined[-1] if joined else None
        if (
            last is not None
            and unit.kind == HEAD
            and last.kind == PARA
            and len(last.text) <= 8
            and STORY_LABEL.match(last.text)
        ):
            last.kind, last.level = KICKER, unit.level
        if not (
            last is not None
            and unit.kind == last.kind == HEAD
            and unit.level == last.level
            and not DOCUMENT_TITLE.search(last.text)
            and not DASH_LINE.match(unit.text)
        ):
            joined.append(unit)
        elif STORY_LABEL.match(last.text) or SERIES_PART.search(last.text):
            last.kind = KICKER
            joined.append(unit)
        else:
            last.text = f"{last.text} {unit.text}"
    return joined


def _numbered_part(text: str) -> bool:
    """A part of an essay numbered alone on its line, in brackets: （一）, （二）."""
    return text[0] in "（(" and bool(ENUMERATED.fullmatch(text))


def _numbered_minor_head(lines: list[str], number: int, text: str) -> bool:
    """A short numbered heading on a line of its own between blank lines, over a
    section's text (``（一）强化要素保障``): a minor heading, as a bold one is."""
    numbered = ENUMERATED.match(text)
    heading = text[numbered.end() :] if numbered else ""
    return (
        bool(heading)
        and not any(mark in heading for mark in CLAUSE_MARKS)
        and not ends_sentence(heading)
        and (number == 0 or not lines[number - 1])
        and (number + 1 == len(lines) or not lines[number + 1])
        and any(len(line) > _NUMBERED_HEAD_CHARS for line in lines[number + 2 : number + 3])
    )


def _wrapped_rows(stanza: list[Unit]) -> bool:
    """Lines set one under another, most of them sixteen characters or more, and one
    but the last cut mid-phrase, or narrower and as wide as each other, most cut so:
    a column's rows (an indent, quotes and digits make them a character or two
    apart), not a poem's lines."""
    if len(stanza) < 3:
        return False
    counts = sorted(len(unit.text) for unit in stanza)
    cut = [is_cjk(unit.text[-1]) or unit.text[-1].isalnum() for unit in stanza[:-1]]
    if counts[len(counts) // 2] >= 16 and any(cut):
        return True
    # Narrower, all but the last a row's width alike, most cut mid-phrase (…位于胜 /
    # 利路街道的…批发市 / 场已是…): a narrow column's rows; verse is rarely so even.
    widths = [width(unit.text) for unit in stanza[:-1]]  # (digits, commas half as wide)
    return (
        len(widths) >= _EVEN_ROWS
        and min(widths) >= 2 * _NARROW_ROW_CHARS
        and max(widths) - min(widths) <= 2
        and sum(cut) * 2 > len(cut)
    )


def _verse_stanza(stanza: list[Unit], units: list[Unit]) -> bool:
    """Whether the lines set one under another may be verse: not a column's rows,
    nor the rest of a paragraph above them that a column's end stopped mid-clause
    (``…目前，全区职业院校共开设`` / ``专业`` / blank / ``200余个，其中…专业`` /
    ``占比达到70%以上。``)."""
    if len(stanza) < 2:
        return True  # (a line alone is no stanza of verse: mark_verse leaves it)
    if _wrapped_rows(stanza):
        return False
    at = len(units) - len(stanza) - 1
    above = units[at] if at >= 0 else None
    return not (
        above is not None
        and above.kind == PARA
        and is_cjk(above.text[-1])
        and len(above.text) >= _CUT_PARAGRAPH_CHARS
        and cut_mid_clause(above.text)
    )


def _join_soft_wrapped(stanza: list[Unit], units: list[Unit]) -> None:
    """A Markdown paragraph wrapped at a fixed width, its lines one under the other:
    one paragraph, though a line happens to end with a sentence (``…几块钱。``).
    Its lines but the last are as wide as one another, and some stop mid-clause."""
    if len(stanza) < 3 or units[-len(stanza)] is not stanza[0]:  # a bold heading between
        return
    if any(unit.kind != PARA for unit in stanza):
        return
    # (the first line may be indented as a paragraph's first: no measure of the rest)
    first, rows = width(stanza[0].text), [width(unit.text) for unit in stanza[1:-1]]
    # wrapped by count: digits are narrow, and a scan's stray spaces take no room
    counts = [len(unit.text.replace(" ", "")) for unit in stanza[1:-1]]
    if (
        min(rows) < 28
        or first > max(rows) + 2
        or (max(rows) - min(rows) > 4 and max(counts) - min(counts) > 1)
        or width(stanza[-1].text) > max(rows) + 2
        or all(ends_sentence(unit.text) for unit in stanza[:-1])
        # (《技能之城》 苏雨晴 著 巴渝文艺出版社 under another: a reading list's entries)
        or any(BOOK_ENTRY.match(unit.text) for unit in stanza[1:])
    ):
        return
    stanza[0].text = functools.reduce(join_wrapped, (unit.text for unit in stanza))
    del units[-len(stanza) + 1 :]


# Who speaks in a poem, a line of it (小蜗牛说： / “慢慢爬，…”).
_POEM_SAYS = re.compile(r"[\u4e00-\u9fff]{1,8}[说问答道][：:]")


def _verse_line(text: str) -> bool:
    """Short enough for a line of verse, and nothing else by itself."""
    return (
        len(text) <= _VERSE_CHARS
        and not has_inner_sentence_end(text)
        and text[-1] not in "：:"
        and not text.startswith(ARTICLE_OPENERS)
        and not LABELLED_LINE.match(text)  # 问：… / 出租：…: a turn or an item, not a poem's line
        and not in_brackets(text)  # （刘 洋）: a signature, a note
        and not ENUMERATED.match(text)  # （一）…/ 1.…: an outline's heading
        and not QUANTITY.match(text)  # 312.46亿元: a data box's figure
        and not STORY_LABEL.match(text)  # 图片新闻: a new story's label
        and not DOCUMENT_TITLE.search(text)  # 停水公告: a notice's title
        and not CLOSING_FORMULA.search(text)  # 特此公告。: a notice's close
        and not BARE_DATE.match(text)  # 2024年6月5日: a notice's signing date
        and basic_kind(text) is None
    )


def mark_verse(units: list[Unit], shortest_run: int, kinds: tuple[str, ...] = (HEAD, PARA)) -> None:
    """A poem (副刊): a run of short lines of different lengths, each a line of its own.

    No headline group has that many lines, and a wrapped paragraph's rows are
    all about as long.
    """
    if len(units) < shortest_run:  # most stanzas: one paragraph
        return
    # Lines run on, stanzas a blank line apart, poems two: the widest of three gaps
    # parts poems.
    gaps = sorted({unit.gap for unit in units})
    poem_gap = gaps[2] if len(gaps) >= 3 else len(units)
    i = 0
    while i < len(units):
        # A headline after a poem's gap (卫星湖的早晨): a title over the lines below.
        headed = i > 0 and units[i].kind == HEAD and units[i].gap >= poem_gap
        j = i + 1 if headed else i
        while (
            j < len(units)
            and units[j].kind in kinds
            and (_verse_line(units[j].text) or (j > i and _POEM_SAYS.fullmatch(units[j].text)))
            and (j == i or units[j].gap < poem_gap)
            # (…下水施救。 / 青峰镇开展山洪灾害防御演练 / 本报讯…: a story's headline)
            and not (j + 1 < len(units) and opens_brief(units[j + 1].text))
            # (…摇着黄昏 / 翰墨颂棠城 / ▲张德明 书法作品《…》: an artwork's title)
            and not (
                j + 1 < len(units)
                and units[j + 1].kind == CAPTION
                and bool(bylines.artwork_authors(units[j + 1].text))
            )
        ):
            j += 1
        # The line over a byline (朱沱港的夜 / □ 钟 林) is the next poem's title, unless a
        # poem's gap follows the byline (和一把野菊花 / ◎杨柳 / <gap>: the poem signed).
        titled = (
            j < len(units)
            and units[j].kind == BYLINE
            and j - i > shortest_run
            and headline_like(units[j - 1].text)  # (…的地方。 / （…李沐阳）: the poem signed)
            and j + 1 < len(units)  # (the page's last poem signed)
            and units[j + 1].gap < poem_gap
        )
        start = i + 1 if headed else i
        run = units[start : j - 1] if titled else units[start:j]
        prior = units[start - 1] if start and units[start - 1].kind == PARA else None
        if (
            len(run) >= shortest_run
            and len({len(u.text) for u in run}) > 1
            and not _wrapped(run)
            and not (prior and _goes_on_wrapped(prior.text, run[0].text))
        ):
            for unit in run:
                unit.kind = VERSE
            if titled:
                units[j - 1].kind = HEAD
            elif not headed:
                _title_poem(run, prior, shortest_run)
        i = max(j, i + 1)


_LINE_MARKS = "，。、；：！？,.;:!?"


def _title_poem(run: list[Unit], prior: Unit | None, shortest_run: int) -> None:
    """A line of a run of verse, unpunctuated after a finished sentence, over lines
    that mostly end on a mark (…的少年。 / 六月的风 / 六月的风， / 是甜甜的，): the
    poem's title; the short lines before it the end of the prose above."""
    for at, unit in enumerate(run):
        before = run[at - 1] if at else prior
        lines = run[at + 1 :]
        if (
            len(lines) >= 3
            and not any(mark in unit.text for mark in _LINE_MARKS)
            and (before is None or ends_sentence(before.text))
            and sum(u.text[-1] in _LINE_MARKS for u in lines) * 3 >= len(lines) * 2
        ):
            unit.kind = HEAD
            if at < shortest_run:
                for prose in run[:at]:
                    prose.kind = PARA
            return


def _goes_on_wrapped(row: str, next_row: str) -> bool:
    """A paragraph's row cut mid-sentence, the next as many characters (a scan's
    stray spaces aside) or as wide (…数字化车间31 / 个，…): the paragraph goes on,
    no poem starts."""
    count = len(row.replace(" ", ""))
    return (
        count >= 14
        and not ends_sentence(row)
        and (
            abs(count - len(next_row.replace(" ", ""))) <= 1
            or abs(width(row) - width(next_row)) <= 2
        )
    )


def _wrapped(run: list[Unit]) -> bool:
    """Rows of paragraphs wrapped at a column's end, not a poem: the rows cut
    mid-phrase (no mark at their end) are about as wide as the column, and wider
    than a poem's line (fourteen characters and more)."""
    cut = [width(u.text) for u in run if is_cjk(u.text[-1]) or u.text[-1].isalnum()]
    counts = {len(u.text.replace(" ", "")) for u in run[:-1]}
    if cut and len(run) >= 3 and max(counts) - min(counts) <= 1 and min(counts) >= 14:
        return True  # (a scan's rows, each as many characters, cut mid-phrase or at a comma)
    if len(cut) < 3:
        return False
    full = max(cut)  # justified type: a full row may hold a character or two fewer
    return full >= 28 and sum(1 for w in cut if w >= full - 6) >= len(cut) * 0.75


def _rejoin_paragraphs(units: list[Unit]) -> list[Unit]:
    """Paragraphs cut by a column break: the first part stops mid-sentence."""
    out: list[Unit] = []
    for unit in units:
        previous = out[-1] if out else None
        if (
            previous is not None
            and unit.kind == CAPTION
            and previous.kind == PARA
            and cut_credit(previous.text, unit.text)
        ):
            # …迎来开采季。渝西都市报记 / 者 张 航 摄: a photo's text, its credit cut
            previous.text, previous.kind = join_wrapped(previous.text, unit.text), CAPTION
            continue
        if (
            previous is not None
            and unit.kind == PARA
            and not previous.complete
            # (## 夏粮收购… / 区级储备粮库已收购新麦1100余吨 / 6月17日，…: the subtitle,
            # unmarked, under its headline and over the story's dated opening)
            and not (
                len(out) > 1
                and out[-2].kind == HEAD
                and headline_like(previous.text)
                and DATE_LEAD.match(unit.text)
            )
            and open_block(previous.kind, previous.text)
            and not ends_sentence(previous.text)
            and previous.text[-1] not in "：:"
            and not unit.text.startswith(ARTICLE_OPENERS)
            and not PREAMBLE.match(unit.text)  # 【编者按】…: opens a story
            and not in_brackets(previous.text)  # （作者单位：…）: a note, complete
            and not ISSUER.fullmatch(previous.text)  # a notice's signer: one of its lines
            and not COLUMN_LABEL.fullmatch(unit.text)
            and not (
                ENUMERATED.match(previous.text)
                and len(previous.text) <= _VERSE_CHARS
                and previous.text[-1] not in "，,、"  # 1. 完成…，: the item goes on
            )
            and not BARE_DATE.match(unit.text)
            and not QUANTITY.match(previous.text)  # 2.36亿元: a figure over what it counts
            and not forecast_row(previous.text)  # 7月14日 晴 27°C~37°C: a day's forecast
            and not (_LIST_ROW.match(previous.text) and _LIST_ROW.match(unit.text))
            and not _SCORE_ROW.match(previous.text)
            and not (
                _LABELLED_ITEM.match(previous.text)
                and previous.text[-1] not in CLAUSE_MARKS
                and (
                    (_LABELLED_ITEM.match(unit.text) and not _SPEECH.match(unit.text))
                    or (len(out) > 1 and _in_list(out[-2]))
                )
            )
            and not (  # 地点：区体育中心: a notice's field, complete as printed
                FIELD_LINE.match(previous.text)
                and len(previous.text) <= _VERSE_CHARS * 2
                and previous.text[-1] not in CLAUSE_MARKS
            )
            and not (
                LABELLED_LINE.match(unit.text)
                and not _SPEECH.match(unit.text)
                and previous.text[-1] not in CLAUSE_MARKS
            )
            and not (  # … 区文化艺术中心广场 / 报名咨询电话：…: a field of its own
                FIELD_LINE.match(unit.text) and previous.text[-1] not in CLAUSE_MARKS
            )
            and not _speaks(previous.text, unit.text)
            and not _ENDS_ON_PHONE.search(previous.text)
            and not BOOK_ENTRY.match(previous.text)
            and not name_entry(previous.text)
        ):
            previous.text = join_wrapped(previous.text, unit.text)
            continue
        out.append(unit)
    return out


# …需持护士执业证书。联系电话：023-49571206: a listing's line, complete as printed.
_ENDS_ON_PHONE = re.compile(r"(?:电话|热线|手机)\s*[：:]\s*[\d\-－—（）() ]{7,}$")


def _speaks(line: str, below: str) -> bool:
    """A delegate's posts and name (区政协委员、…教师罗丹) over their words in
    quotation marks: who speaks, a line of its own. Narrower than ``speaker_line``
    (a speech digest's speaker, which may be a body and names a Markdown minor
    head): posts ending in a name set close, and a quotation under them."""
    return below[:1] in '“"' and bool(_QUOTED_SPEAKER.fullmatch(line))


# Posts, then a name set close: 区政协委员、重庆城市职业学院教师罗丹.
_QUOTED_SPEAKER = re.compile(
    r"[^，。；：！？,;:!?“”]{2,30}(?:委员|代表|书记|主任|教师|院长|校长|经理|主席|局长|镇长|会长|理事长"
    r"|负责人|医生|护士长|村民|居民)[\u4e00-\u9fff]{2,3}"
)


def _in_list(above: Unit) -> bool:
    """Under ``above``, a labelled line is an item of a list: ``above`` is another
    item, or the line announcing the list (…的选手如下：)."""
    return above.text[-1] in "：:" or bool(_LABELLED_ITEM.match(above.text))


# Characters a sentence hardly opens with: a particle, the word that closes a list.
_NO_OPENING = frozenset("等的")


def _cut_by_column(text: str, following: str) -> bool:
    """A long line of running text stopped mid-clause by a column's end, going on
    in the next (``…作为首要任务,全年粮食`` / ``播种面积稳定在…。``): no headline
    is that long with a clause mark inside and no space between phrases; shorter,
    where the next line opens on a word no sentence opens with (``…水质浑浊`` /
    ``等现象，…``)."""
    return (
        (
            len(text) >= _CUT_PARAGRAPH_CHARS
            # (or it stops on a particle: …总产值从2012年的 / 600余亿元…)
            or (len(text) >= 20 and (following[:1] in _NO_OPENING or text[-1] == "的"))
        )
        and cut_mid_clause(text)
        and not has_phrase_space(text)
        and is_cjk(text[-1])
        and basic_kind(following) is None
        and not headline_like(following)
        and not following.startswith(ARTICLE_OPENERS)
    )


def cut_mid_clause(row: str) -> bool:
    """Running text stopped by the row's end, not by a headline's: a clause mark inside
    or at its end (an item's number, ``一、``, is not one), and no stop or colon at its end."""
    row = ENUMERATED.sub("", row, count=1)
    return bool(row) and row[-1] not in "：:" and any(mark in row for mark in "，,、")


# The longest row of a scan's column, in characters.
_RAGGED_ROW_CHARS = 40


def _indented_runs(lines: list[str], indented: dict[int, int]) -> tuple[set[int], set[int]]:
    """On a page that indents its paragraphs, the flush rows that go on with the
    indented row above them, as OCR broke them anywhere: each under a row left
    unfinished (``本报讯（…）`` alone on its row too), up to the row that ends a
    sentence; a run that ends no sentence must hold clauses (two marks) to be text.

    Also the flush rows past such a sentence's end, up to the next indented row or
    blank line, where the scan's rows are short and broken anywhere (in two
    paragraphs at least): only an indent starts a paragraph there. A row that could
    be a headline ends them."""
    runs: set[int] = set()
    ended: list[int] = []  # the last rows of paragraphs so far, ending a sentence
    broken = 0  # paragraphs whose rows OCR broke
    for first in indented:
        if not lines[first]:
            continue
        rows, at = [], first
        while (
            at + 1 < len(lines)
            and lines[at + 1]
            and at + 1 not in indented
            and not ends_sentence(lines[at])
            and (lines[at][-1] not in "）)】]：:" or lines[at].lstrip().startswith(ARTICLE_OPENERS))
        ):
            at += 1
            rows.append(at)
        if rows and (
            ends_sentence(lines[rows[-1]])
            or sum(lines[n].count(mark) for n in rows for mark in "，、；") >= 2
        ):
            runs.update(rows)
            broken += 1
        if ends_sentence(lines[at]):
            ended.append(at)
    goes_on: set[int] = set()
    if broken < 2 or max(map(len, filter(None, lines))) > _RAGGED_ROW_CHARS * 2:
        return runs, goes_on
    for at in ended:
        while (
            at + 1 < len(lines)
            and lines[at + 1]
            and at + 1 not in indented
            and len(lines[at + 1]) <= _RAGGED_ROW_CHARS
            and basic_kind(lines[at + 1]) is None
            and (cut_mid_clause(lines[at + 1]) or not headline_like(lines[at + 1]))
        ):
            at += 1
            goes_on.add(at)
    return runs, goes_on


def _ragged_prose(lines: list[str]) -> set[int]:
    """On a page whose paragraphs are set apart by blank lines and their rows broken
    anywhere (as OCR breaks them), the rows of running text: in a stanza that ends
    a sentence, those from its first clause mark on (a headline over the text
    without a blank line between has none). Ragged: two stanzas of three rows or
    more, at least, stop mid-clause (at no mark) in most rows but their last, and no
    row is longer than a scan's (a page of a paragraph a line has long ones)."""
    stanzas: list[list[int]] = [[]]
    for number, line in enumerate(lines):
        if line:
            stanzas[-1].append(number)
        elif stanzas[-1]:
            stanzas.append([])
    ended = [rows for rows in stanzas if len(rows) >= 2 and ends_sentence(lines[rows[-1]])]
    ragged = sum(
        1
        for rows in ended
        if len(rows) >= 3
        # (a scan's rows stop anywhere, a poem's lines at a mark: 小蜗牛， / 背着房子去旅行，)
        and sum(lines[n][-1] in _LINE_MARKS for n in rows[:-1]) * 2 < len(rows) - 1
        and max(len(lines[n]) for n in rows) <= _RAGGED_ROW_CHARS
    )
    if ragged < 2:
        return set()
    # A stanza cut by a page or column break ends mid-clause; a headline's rows
    # seldom hold clause marks in two rows of three.
    cut = [
        rows
        for rows in stanzas
        if len(rows) >= 3
        and not ends_sentence(lines[rows[-1]])
        and sum(any(m in lines[n] for m in CLAUSE_MARKS) for n in rows) >= 2
    ]
    prose: set[int] = set()
    for rows in ended + cut:
        first = next((n for n in rows if any(m in lines[n] for m in CLAUSE_MARKS)), None)
        if first is not None:
            prose.update(n for n in rows if n >= first)
    return prose


def _unfinished(unit: Unit) -> bool:
    """Running text stopped mid-clause: what the row below must go on with."""
    text = unit.text
    return (
        unit.kind == PARA
        and not ends_sentence(text)
        and text[-1] not in "：:）)】]"
        and (cut_mid_clause(text) or has_inner_sentence_end(text))
        and not is_signed(text)
    )


def _asks_between_paragraphs(text: str, above: Unit, following: str) -> bool:
    """A line that asks inside and runs on unpunctuated (跨年去哪儿？这份永川活动清单请收好)
    between a finished paragraph and a paragraph: a headline, as no sentence of the
    text would stop there without a comma."""
    return (
        above.kind == PARA
        and ends_sentence(above.text)
        and not any(mark in text for mark in "，,、：:")
        and not ends_sentence(text)
        and basic_kind(following) is None
        and ends_sentence(following)
    )


# What a pull quote is compared by: its words, neither marks nor quotation marks.
_NOT_WORD = re.compile(r"[^\w]")
# Who a pull quote quotes, on the line under it: ——徐涛.
_QUOTED_BY = re.compile(r"^——\s*[\u4e00-\u9fff]{2,4}$")
# A pull quote is a sentence, quoted or not: …的感觉。” / …就没了。
_SAID = re.compile(r"[。！？!?][”’\"]?$")
# A pull quote is set short (a sentence, perhaps over two lines) and quotes more
# than a few words.
_PULL_QUOTE_CHARS = (8, 60)


def drop_pull_quotes(units: list[Unit]) -> list[Unit]:
    """``units`` without the pull quotes a feature sets between its columns: a
    short paragraph that repeats words of a longer one on the page (“机器能学会温度
    和时间，学不会手上的感觉。”), and who it quotes under it (——徐涛). It is
    printed twice; the text keeps it once, where it was said."""
    least, most = _PULL_QUOTE_CHARS
    candidates = [
        at
        for at, unit in enumerate(units)
        if unit.kind == PARA
        and least <= len(unit.text) <= most * 2
        and _SAID.search(unit.text)  # (开放时间：全天开放, a field, repeats)
    ]
    if not candidates:
        return units
    keys = [_NOT_WORD.sub("", unit.text) if unit.kind == PARA else "" for unit in units]
    dropped: set[int] = set()
    for at in candidates:
        key = keys[at]
        if len(key) > most or sum(map(is_cjk, key)) < least:
            continue
        if any(key in other and len(other) > len(key) for other in keys):
            dropped.add(at)
            if at + 1 < len(units) and _QUOTED_BY.match(units[at + 1].text):
                dropped.add(at + 1)
    return [unit for at, unit in enumerate(units) if at not in dropped] if dropped else units


# An indent this wide (in characters' widths) sets a line at the right, as a notice's
# issuer signs it.
_SIGNATURE_INDENT = 12


def plain_units(lines: list[str], marked: dict[int, str], indented: dict[int, int]) -> list[Unit]:
    """Plain text, a paragraph a line (or cut by column breaks).

    A line indented as a paragraph's first (two characters), cut mid-clause and
    going on flush below (``　　日前，…，涉及`` / ``教育、…方面。``), is that
    paragraph's first row, not a headline. (A heading may be indented too, as
    documents set ``一、…``; it does not run on.)"""
    units: list[Unit] = []
    below: list[int | None] = [None] * len(lines)  # the next line with text
    for number in range(len(lines) - 2, -1, -1):
        below[number] = number + 1 if lines[number + 1] else below[number + 1]
    printed = sum(1 for line in lines if line)
    indents_paragraphs = 0.03 <= len(indented) / max(1, printed) <= 0.6
    prose = _ragged_prose(lines)
    runs, goes_on = _indented_runs(lines, indented) if indents_paragraphs else (set(), set())
    gaps = blank_lines_above(lines)
    apart = story_gaps(gaps)
    for number, text in enumerate(lines):
        if not text:
            continue
        if number in goes_on and units and units[-1].kind == PARA:
            units[-1].text = join_wrapped(units[-1].text, text)
            continue
        kind = marked.get(number) or basic_kind(text)
        if kind == ITEM and numbered_heading(lines, number, below[number], marked):
            kind = HEAD
        if kind is None:
            headline = (
                headline_like(text)
                and balanced(text)
                and not DATE_LEAD.match(text)
                # (2025年1月 写于永川: when and where the piece above was written)
                and not (text[0] in "12" and datelines.written_on(text))
            )
            nxt = below[number]
            if headline and nxt is not None and 0 < indented.get(number, 0) <= 4:
                headline = not (
                    cut_mid_clause(text)
                    and nxt not in indented
                    and (not headline_like(lines[nxt]) or nxt in runs)
                )
            if (
                headline
                and nxt is not None
                and (_cut_by_column(text, lines[nxt]) or cut_date(text, lines[nxt]))
            ):
                headline = False
            if headline and any(
                data_rows(text, other)
                for other in (units[-1].text if units else "", lines[nxt] if nxt else "")
            ):
                headline = False  # 工业投资：增长15.6% / 新投产工业项目：18个: a data box
            if headline and nxt is not None and _speaks(text, lines[nxt]):
                headline = False  # 区政协委员、…教师罗丹 over “…”: who speaks, a paragraph
            if headline and (number in prose or number in runs):
                headline = False
            if headline and indents_paragraphs and number not in indented and units:
                # A flush row right under a row left unfinished, on a page that
                # indents its paragraphs: the paragraph goes on (rows broken at
                # random, as OCR breaks them).
                headline = not (number > 0 and lines[number - 1] and _unfinished(units[-1]))
            if not headline and nxt is not None and exclaimed_headline(text, post=True):
                following = lines[nxt]
                # first on the page, or over its byline, its ——subtitle (小区停车难如何破解？ /
                # ——来自…的调查),
                # its story's opening (…怎么用？记者帮你问清楚 / 本报讯…) or the question
                # it answers (…何时修复? / 市民问:…)
                below_kind = basic_kind(following) or PARA
                headline = not in_brackets(following) and (
                    not units  # the first line (of the page, or of its measure)
                    or below_kind in (BYLINE, DASH)
                    or article_start(Unit(below_kind, following))
                    or bool(INTERVIEW_TURN.match(following))
                    or _asks_between_paragraphs(text, units[-1], following)
                )
            if (
                not headline
                and nxt is not None
                and numbered_question(text)
                and basic_kind(lines[nxt]) is None
            ):
                headline = True  # 二、哪些人可以申请低保？ over its answer: an explainer's section
            if not headline and number in apart and exclaimed_headline(text):
                # 这个暑假，带娃去哪儿“充电”？ set apart by a wider gap than the page
                # leaves between paragraphs: a story's headline, not a line of its text.
                headline = nxt is not None and basic_kind(lines[nxt]) is None
            if _numbered_part(text):
                headline = True
            kind = HEAD if headline else PARA
        # (set far right, 重庆市永川区人民医院 signs the notice above, complete: no headline)
        signs = indented.get(number, 0) >= _SIGNATURE_INDENT and bool(ISSUER.fullmatch(text))
        if signs:
            kind = PARA
        units.append(Unit(kind, text, complete=signs or marked.get(number) in (CAPTION, ROW)))
        units[-1].apart = kind == HEAD and number in apart
        units[-1].gap = gaps.get(number, 0)
    # (short rows where OCR broke the page's paragraphs are no verse)
    if not prose and len(runs) * 4 < printed:
        mark_verse(units, VERSE_RUN)
    return _rejoin_paragraphs(units)
