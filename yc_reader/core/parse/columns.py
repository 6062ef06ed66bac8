"""Units of PDF column text, hard-wrapped every ~16–24 characters: the row
widths say where a paragraph ends (its last row is short, the next one's first
row indented), which rows are headings, and where a page changes measure.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from yc_reader.core import bylines, nlp
from yc_reader.core.cjk import (
    CLAUSE_MARKS,
    SENTENCE_END,
    ends_sentence,
    has_phrase_space,
    is_cjk,
    join_wrapped,
    width,
)
from yc_reader.core.masthead import BARE_DATE, ISSUER
from yc_reader.core.names import is_person_name
from yc_reader.core.parse.kinds import (
    ARTICLE_OPENERS,
    ATTENDANCE,
    BYLINE,
    CAPTION,
    CAPTION_START,
    COLUMN_LABEL,
    CONT,
    DASH,
    DATE_LEAD,
    DOCUMENT_TITLE,
    ENUMERATED,
    FIELD_LINE,
    FIGURE_VERB,
    HEAD,
    INTERVIEW_TURN,
    JUMP,
    OUTLINE_HEADING,
    PARA,
    QUANTITY,
    QUOTED,
    SIDEBAR,
    SOURCE_NOTE,
    STORY_LABEL,
    VERSE,
    Unit,
    article_start,
    asking_headline,
    balanced,
    basic_kind,
    blank_lines_above,
    cut_date,
    data_rows,
    exclaimed_headline,
    forecast_row,
    headline_like,
    in_brackets,
    is_caption,
    is_credit,
    is_signed,
    labelled_item,
    next_item,
    numbered_question,
    open_block,
    story_gaps,
    usual_gap,
)
from yc_reader.core.parse.paragraphs import VERSE_RUN, cut_mid_clause, mark_verse

# A speaker's label opening an interview's turn: 记者：… / 王建国：…
_SPEAKER = re.compile(r"^([\u4e00-\u9fff]{1,4})\s*[：:]")
_INTERVIEW_ROLES = frozenset({"记者", "本报记者", "主持人", "问", "答"})


# A row ending on a full stop (not a semicolon's pause), a quotation's close after it.
_STOPPED = re.compile(r"[。！？!?][”’」』）)]?$")
# 《工伤保险条例》第十四条 职工有下列…: a law's article quoted, set off by its space.
_ARTICLE_CITED = re.compile(r"第[一二三四五六七八九十百零〇\d]+条\s")
# Marks a typesetter lets hang past a row's end rather than start the next row.
_HANGING = frozenset("，。、；：！？”’）》」』")


# A department's reply under a reader's letter: 部门回复：…
_REPLY = re.compile(r"(?:部门|单位)?(?:回复|答复)\s*[：:]")


@dataclass(frozen=True, slots=True)
class _Column:
    """How a hard-wrapped page measures its rows.

    A PDF dump wraps by printed width (a digit is half a Han character); a
    converter wraps by character count. ``full`` is a full row in that measure,
    ``cell`` one Han character in it.
    """

    full: int
    by_width: bool

    @property
    def cell(self) -> int:
        return 2 if self.by_width else 1

    def size(self, text: str) -> int:
        return width(text) if self.by_width else len(text)

    def chars(self, count: float) -> float:
        """``count`` Han characters in this measure."""
        return count * self.cell

    def filled(self, text: str, indent: int) -> int:
        """What a row fills of its column: a paragraph's indent (two characters)
        takes room too; a wider one centres a headline."""
        return self.size(text) + (indent if indent <= self.chars(2) else 0)

    def is_full_row(self, text: str) -> bool:
        """A row as wide as the column's running rows (within a character): no
        paragraph's first row, which its indent narrows."""
        return self.size(text) >= self.full - self.chars(1)

    def fills(self, text: str) -> bool:
        """A row set to the column's end, within a character either way (a heading
        row wider still is printed across the columns)."""
        return self.is_full_row(text) and self.size(text) <= self.full + self.chars(1)

    def runs_to_end(self, text: str) -> bool:
        """A running row of count-wrapped text: exactly full, or one over where a
        closing mark hangs past the column's end (…新建的几处“口袋公园”)."""
        size = self.size(text)
        return size == self.full or (size == self.full + 1 and text[-1] in _HANGING)

    def is_full(self, text: str) -> bool:
        """A row that runs to the column's end (PDF rows vary by a few characters)."""
        slack = self.chars(5) if self.by_width else 0
        return self.size(text) >= self.full - slack


# No paper sets its text in columns narrower than this (in characters): rows as
# short as a poem's lines are the lines they are, not a column's.
_NARROWEST = 10


def _column_of(rows: list[str]) -> _Column | None:
    """Column text: most lines stop at about the same size, mid-sentence."""
    open_rows = [r for r in rows if not ends_sentence(r)]
    if len(open_rows) < len(rows) * 0.4:
        return None
    if len(rows) < 6:
        return _short_column(rows, open_rows)
    # Wrapped by character count when almost every running row has the same length.
    lengths = sorted(len(r) for r in open_rows)
    full_length = lengths[int(len(lengths) * 0.75)]
    exact = sum(1 for n in lengths if n == full_length) / len(lengths)
    if exact >= 0.85:
        column = _Column(full_length, by_width=False)
    else:
        widths = sorted(width(r) for r in open_rows)
        column = _Column(widths[int(len(widths) * 0.75)], by_width=True)
    near = sum(
        1
        for r in rows
        if column.full - column.chars(4) <= column.size(r) <= column.full + column.chars(1.5)
    )
    # A short plain page (a headline group, a few long paragraphs) can have half
    # its rows alike by chance; in column text, rows far wider than the column
    # (headlines across columns) hold only a small part of the text.
    sizes = [column.size(r) for r in rows]
    overwide = sum(s for s in sizes if s > column.full * 2)
    # Nor can a column hold a sentence wider than itself: a plain page of short
    # items (`一、…` over a sentence) has its "column" only in its headings.
    wide_sentences = sum(
        1
        for r, s in zip(rows, sizes, strict=True)
        if ends_sentence(r) and s > column.full + column.chars(3) and not is_caption(r)
    )
    if (
        column.chars(_NARROWEST) <= column.full <= column.chars(50)
        and near >= len(rows) * 0.5
        and overwide < sum(sizes) / 4
        and wide_sentences <= len(rows) * 0.15
    ):
        return column
    return _short_column(rows, open_rows)


def _short_column(rows: list[str], open_rows: list[str]) -> _Column | None:
    """A short page of column text (a notice, a few briefs), whose short rows (items,
    signatures, paragraph ends) outnumber its full ones.

    Its running rows still show themselves: cut mid-clause (``…顺利进行，根``)
    at one width, which an indented first row (narrower by its indent)
    or a row with a squeezed mark (``…相关规``) may miss by a little; and no row
    wider than that is running text. A line of plain text either ends its
    sentence or is a headline, so it is never cut like that.
    """
    cut = sorted(width(r) for r in open_rows if cut_mid_clause(r))
    if len(cut) < 3:
        return None
    middle = cut[len(cut) // 2]
    if sum(1 for w in cut if abs(w - middle) <= 4) < max(3, len(cut) * 0.75):
        return None
    full = max(w for w in map(width, open_rows) if middle - 4 <= w <= middle + 5)
    if not 2 * _NARROWEST <= full <= 100 or any(
        width(r) > full + 3 and not headline_like(r) for r in rows
    ):
        return None
    return _Column(full, by_width=True)


def column_units(
    lines: list[str], column: _Column, indented: dict[int, int], marked: dict[int, str]
) -> list[Unit]:
    """Hard-wrapped column text: rebuild paragraphs, find headline and subhead rows."""
    rows = _ColumnRows(lines, column, indented, marked)
    rows.mark_headings()
    rows.mark_dash_titles()
    rows.mark_poems()
    return rows.units()


class _ColumnRows:
    """The rows of one measure of column text and what each is found to be
    (``kinds``: ``None`` for running text), until the rows become units.

    Where the page indents the first line of its paragraphs (some rows
    indented, most not), an indented row always starts a paragraph.
    """

    def __init__(
        self, lines: list[str], column: _Column, indented: dict[int, int], marked: dict[int, str]
    ) -> None:
        self.column = column
        self.indented = indented
        self.rows = [(n, t) for n, t in enumerate(lines) if t]
        gaps = blank_lines_above(lines)
        self.apart = story_gaps(gaps)
        # Rows set close, a blank line here and there: where a sentence ends
        # before one, a paragraph ends (elsewhere a column broke).
        self.blank_breaks = {n for n, gap in gaps.items() if gap} if usual_gap(gaps) == 0 else set()
        self.kinds: list[str | None] = [marked.get(n) or basic_kind(t) for n, t in self.rows]
        for i in range(len(self.rows) - 1):  # （口述：王德福　整理：渝西都市报记 | 者 陈仕川）
            if self.kinds[i] is None is self.kinds[i + 1] and _byline_wrapped(
                self.rows[i][1], self.rows[i + 1][1]
            ):
                self.kinds[i] = self.kinds[i + 1] = BYLINE
        share = sum(1 for n, _ in self.rows if n in indented) / max(1, len(self.rows))
        self.indents = indented if 0.03 <= share <= 0.6 else {}

    def starts_paragraph(self, i: int) -> bool:
        """Row ``i`` cannot continue the paragraph before it."""
        rows, kinds, column, indents = self.rows, self.kinds, self.column, self.indents
        if i >= len(rows) or kinds[i] is not None or rows[i][0] in indents:
            return True
        text = rows[i][1]
        if text.startswith(ARTICLE_OPENERS):
            return True
        if not column.by_width:  # count-wrapped: a running row is exactly full
            return headline_like(text) and not column.runs_to_end(text)
        return column.size(text) <= column.full - column.chars(1.5) or (
            text.startswith(("“", '"')) and not _QUOTED_WORD.match(text)
        )

    def ended_short(self, i: int) -> bool:
        """Row ``i`` of running text stops a sentence short of the column's end: a
        paragraph's last row."""
        return self._short_text_row(i) and bool(_STOPPED.search(self.rows[i][1]))

    def ended_item(self, i: int) -> bool:
        """Row ``i`` of running text stops short, clauses in it and no stop: a list
        item's last row (…青峰镇“金色年 / 华”舞蹈队、南大街街道“悦动”舞蹈队)."""
        text = self.rows[i][1] if i >= 0 else ""
        return (
            i >= 0
            and self._short_text_row(i)
            and any(mark in text for mark in "，、；")
            and not ends_sentence(text)
        )

    def _short_text_row(self, i: int) -> bool:
        """Row ``i`` is running text set short of the column's end."""
        number, text = self.rows[i]
        return self.kinds[i] is None and self.column.filled(
            text, self.indents.get(number, 0)
        ) < self.column.full - self.column.chars(1.5)

    def asks_over_story(self, i: int) -> bool:
        """Row ``i`` is a headline that exclaims or asks (…吧！) over a story's
        opening, under a signed story or over an asker's turn; or does so inside
        (网购“低价黄金”？小心是诈骗) over a subtitle row and the opening."""
        rows, kinds = self.rows, self.kinds

        def opens(j: int) -> bool:
            return j < len(rows) and article_start(Unit(kinds[j] or PARA, rows[j][1]))

        text = rows[i][1]
        if asking_headline(text) and opens(i + 1):
            return True  # (“五一”去哪儿？永川文旅活动日历请收好 / 本报讯…)
        if (
            exclaimed_headline(text)
            and (
                is_signed("".join(row for _, row in rows[max(0, i - 3) : i]))
                # (…警力值守。 under 部门回复：…: a letter answered is over)
                or (
                    i > 0
                    and ends_sentence(rows[i - 1][1])
                    and any(_REPLY.match(row) for _, row in rows[max(0, i - 12) : i])
                )
                or (
                    (i == 0 or kinds[i - 1] is not None or ends_sentence(rows[i - 1][1]))
                    and i + 1 < len(rows)
                    and bool(INTERVIEW_TURN.match(rows[i + 1][1]))
                )
            )
        ):
            # …多收费用。（永川区城市管理局） / 冬季燃气费为何比夏季高？: a signed story
            # is over, so a short question under it is a headline (its or the next
            # one's); so is one over the question it answers (市民问：…)
            return True
        return (
            exclaimed_headline(text, post=True)
            and not ends_sentence(text)  # …殷殷嘱托？ may end the paragraph above
            and i + 1 < len(rows)
            and kinds[i + 1] is None
            and headline_like(rows[i + 1][1])
            and opens(i + 2)
        )

    def head_row(self, i: int, after_head: bool) -> bool:
        """Row ``i`` is a headline or subhead row (``after_head``: so is the row above)."""
        rows, kinds, column, indents = self.rows, self.kinds, self.column, self.indents
        text = rows[i][1]
        if kinds[i] is None and self.asks_over_story(i):
            return True
        if (
            kinds[i] is None
            and numbered_question(text)
            and 0 < i < len(rows) - 1
            and ends_sentence(rows[i - 1][1])
            and (indents.get(rows[i + 1][0], 0) > 0 or not column.is_full_row(text))
        ):
            return True  # …人。 / 1.哪些耕地可以享受补贴？ / its answer: a section's heading
        if i > 0 and _opens_bracket(rows[i - 1][1]) and not _opens_bracket(rows[i - 1][1] + text):
            return False  # 本报讯（渝西都市报记 / 者 杨 帆 通讯员 李 强）5月18: a lead's row
        if (
            after_head
            and kinds[i] is None
            and QUANTITY.match(text)
            and i + 1 < len(rows)
            and rows[i + 1][1].startswith(ARTICLE_OPENERS)
        ):
            return True  # 永川区城乡居民医保参保率达 / 97.6% / 本报讯…: the headline's end
        if kinds[i] is not None or not headline_like(text) or DATE_LEAD.match(text):
            return False  # (5月28日，在…: a lead, however short a closing mark left it)
        if i > 0 and kinds[i - 1] is None and next_item(rows[i - 1][1], text):
            return False  # …赛项：周子涵 / 数控综合应用赛项：杨帆: the list's last item
        if (
            0 < i < len(rows) - 1
            and rows[i][0] in self.blank_breaks
            and rows[i + 1][0] in self.blank_breaks
            and (
                kinds[i - 1] is not None
                or _STOPPED.search(rows[i - 1][1]) is not None
                or is_signed(rows[i - 1][1])  # (（作者系永川区人民医院医生）)
            )
            and balanced(text)
            and not any(mark in text for mark in CLAUSE_MARKS)
        ):
            # …措施。 / blank / 南大街街道商圈年销售额有望突破60亿元 / blank / 今年以来，…:
            # a row a blank line apart on both sides, on a page of close rows, under a
            # finished one, no clause in it: a headline
            return True
        if (
            (after_head or (i > 0 and kinds[i - 1] == DASH))
            and 0 < indents.get(rows[i][0], 0) <= column.chars(2)
            and rows[i - 1][0] not in indents
        ):
            # 项目投资持续发力 / 　　截至5月底，…, ——…的几点思考 / 　　每年有…: a
            # paragraph's indented start (not a row set in from both sides, a centred
            # subtitle)
            return False
        if any(data_rows(text, rows[j][1]) for j in (i - 1, i + 1) if 0 <= j < len(rows)):
            return False  # 工业投资：增长15.6% / 新投产工业项目：18个: a data box's rows
        if i + 1 < len(rows) and kinds[i + 1] == JUMP:
            return False  # …工程预计明年6月底前 / （下转4版）: the text goes on there
        if self.closes_page(i) or self.titles_next(i):
            return True
        document = DOCUMENT_TITLE.search(text)
        if (
            document
            and (
                text.startswith("关于")
                or text[: document.start()].endswith("的")
                # (…改造项目公示 under the jump of the story above: a document's
                # title, however wide)
                or (i > 0 and kinds[i - 1] == JUMP)
                # (…拟认定名单公示 set off by the gap between stories)
                or rows[i][0] in self.apart
            )
            and not any(mark in text for mark in CLAUSE_MARKS)
            and (i + 1 == len(rows) or rows[i + 1][1][:1] not in CLAUSE_MARKS)
        ):
            # 关于春节期间烟花爆竹燃放管理的通告, …的公示: a document named as its title names it
            return True
        w, full = column.size(text), column.full
        # Headline type (a space between phrases, not one quoted: 以“健康永川 活力运动”),
        # or across columns.
        # (a quotation the row opens and the next closes, 以“技能成就梦想 职教 /
        # 赋能发展”为主题, is no headline's space either)
        if (
            has_phrase_space(_ARTICLE_CITED.sub("", QUOTED.sub("", text)).split("“")[0])
            or w >= full * 1.5
        ):
            return True
        if i + 1 < len(rows) and kinds[i + 1] is None and _tail_row(rows[i + 1][1]):
            return False  # …消防安全检查 / 情况。: a paragraph's last row follows
        if (
            i + 1 < len(rows)
            and kinds[i + 1] is None
            and ENUMERATED.match(text)
            and rows[i + 1][1].endswith(("；", ";"))
        ):
            return False  # （1）重庆汇锐…一体化 / 压铸智能工厂；: a list's item
        if (i > 0 and _next_number(rows[i - 1][1], text)) or (
            i + 1 < len(rows) and _next_number(text, rows[i + 1][1])
        ):
            return False  # 1.重庆恒驰…技术中心 / 2.重庆临江…: a list's items, a row each
        if (
            i + 1 < len(rows)
            and kinds[i + 1] is None
            and _CUT_WORD.match(rows[i + 1][1])
            and not headline_like(rows[i + 1][1])
        ):
            return False  # …开学前完成整 / 改，并做好…。: the row below ends its word
        if (
            0 < i < len(rows) - 1
            and kinds[i - 1] == CONT  # (its marker run into the row: the row is the text's)
            and kinds[i + 1] is None
            and is_cjk(text[-1])
            and is_cjk(rows[i + 1][1][0])
            and not headline_like(rows[i + 1][1])
            and nlp.splits_word(text[-_WORD_WINDOW:], rows[i + 1][1][:_WORD_WINDOW])
        ):
            return False  # （上接1版）…经过专 / 家评审，…: a word the row's end cut
        if i + 1 < len(rows) and kinds[i + 1] is None and cut_date(text, rows[i + 1][1]):
            return False  # 10月11 / 日，永川区…: a date the row cut, its rest below
        if (
            i + 1 < len(rows)
            and kinds[i + 1] is None
            and not balanced(text)
            and balanced(text + rows[i + 1][1])
            and cut_mid_clause(rows[i + 1][1])
        ):
            return False  # …玩起了“反诈知 / 识问答”游戏，…: a quotation runs on below
        if not column.by_width:  # wrapped by count: running rows are exactly full
            return not column.runs_to_end(text) or self.starts_paragraph(i + 1)
        if after_head and w <= column.chars(8):  # the short tail of a wrapped headline
            return True
        filled = column.filled(text, indents.get(rows[i][0], 0))
        if (
            text.startswith("“")
            and text.endswith("”")
            and balanced(text)
            and not ends_sentence(text[:-1])
            and filled <= full - column.chars(3)
        ):
            # “只要有人愿意学，我就一直教”: a quoted subhead, over a paragraph's start or
            # under a paragraph's short last row (…一人多高。 / “伤疤”变“绿洲”)
            return self.starts_paragraph(i + 1) or (i > 0 and self.ended_short(i - 1))
        if after_head and ENUMERATED.match(text) and SIDEBAR.match(rows[i - 1][1]):
            return False  # 温馨提示 / 1.开幕式当天…实行: a box's label over its first tip
        if any(mark in ENUMERATED.sub("", text, count=1) for mark in "，,、"):
            above = rows[i - 1][1]
            if (
                after_head
                and STORY_LABEL.fullmatch(above)
                and i + 1 < len(rows)
                and self.opens_text(i + 1)
                and filled < full - column.chars(1)
            ):
                return True  # 记者手记 / 改造老街，先要走进老街坊的心里 / 5月19日，…: its title
            if (
                OUTLINE_HEADING.match(text)
                and 0 < i < len(rows) - 1
                and ends_sentence(above)
                and rows[i + 1][0] in indents
                and filled <= full - column.chars(4)
            ):
                # …一流营商环境。 / 一、聚焦企业所需，提升政务服务效能 / 　　要深化…:
                # an outline's heading over its section's indented text
                return True
            if after_head and (
                SIDEBAR.match(above) or (ENUMERATED.match(above) and not ENUMERATED.match(text))
            ):
                # A box's label or a clause's numbered heading stands in one row over
                # its text: 医生提醒 / 1.药品、消毒液…, （二）优先条件 / 退役士兵、具有…
                return False
            if (
                i > 0
                and i + 1 < len(rows)
                and kinds[i + 1] == BYLINE
                and not in_brackets(rows[i + 1][1])
                and (ends_sentence(rows[i - 1][1]) or kinds[i - 1] == BYLINE)
                and filled <= full - column.chars(4)
            ):
                # …教师。/ 中秋，在朱沱看月 / ◎ 梁 爽: a title over its byline (under a
                # story signed off too: （记者 涂 燕） / 那些年，我在五间镇当知青 / 口述：…)
                return True
            # A third row under a two-row heading must stand over a story's
            # opening to be a heading too: a paragraph's first row is as short.
            third = i >= 2 and kinds[i - 1] == HEAD and kinds[i - 2] == HEAD
            if after_head and i + 1 < len(rows) and rows[i + 1][1].startswith(ARTICLE_OPENERS):
                return True  # 涵盖虚拟拍摄、数字资产、后期制作等领域 / 本报讯…: a subtitle
            return (
                after_head
                and filled < full - column.chars(1)
                and balanced(text)
                and self.starts_paragraph(i + 1)
                and not (
                    third
                    and i + 1 < len(rows)
                    and kinds[i + 1] is None
                    and not rows[i + 1][1].startswith(ARTICLE_OPENERS)
                )
            )
        if w >= full + column.chars(2):
            return True
        if filled <= full - column.chars(4) and (not text.startswith(("“", '"')) or balanced(text)):
            # (a quotation left open opens a paragraph; one closed, “一网统管”让…, a headline)
            return True
        if filled < full - column.chars(1) and self.starts_paragraph(i + 1):
            return True
        # As wide as the column, between a finished row and a byline (or an
        # indented paragraph, 本报讯, a lead that opens with its date, or the
        # page's end): a headline, as no paragraph ends without a stop.
        if i + 1 == len(rows):
            return True
        # A heading wrapped at the column's end, or two set one over the other:
        # rows as wide as the column, all unstopped, then a paragraph starts (no
        # paragraph ends without a stop).
        last = i
        while (
            last + 1 < len(rows)
            and last - i < 3
            and kinds[last + 1] is None
            and rows[last + 1][0] not in indents
            and headline_like(rows[last + 1][1])
            and not any(mark in rows[last + 1][1] for mark in CLAUSE_MARKS)
        ):
            last += 1
        if (
            last > i
            and rows[i][0] not in indents
            and filled >= full - column.chars(1)
            and (
                self.starts_paragraph(last + 1)
                # …带动三百余户群众增 / 收: a headline's word wrapped into a short
                # tail; running text stops short only at a stop
                or (last == i + 1 and _short_tail(text, rows[last][1], column))
                # …食品安全执法检查 / 高德明带队 / 4月10日，…: who led it, over a lead
                or (
                    last == i + 1
                    and ATTENDANCE.match(rows[last][1]) is not None
                    and self.opens_text(last + 1)
                )
            )
        ):
            return True
        return self.opens_text(i + 1)

    def opens_text(self, i: int) -> bool:
        """Row ``i`` is no running text's next row: a unit of another kind, indented,
        or a story's opening (本报讯, a dateline, 日前，…)."""
        if i >= len(self.rows) or self.kinds[i] in (CONT, JUMP):
            return False
        number, text = self.rows[i]
        return (
            self.kinds[i] is not None
            or number in self.indents
            or text.startswith(ARTICLE_OPENERS)
            or DATE_LEAD.match(text) is not None  # (日前，…, too)
            or INTERVIEW_TURN.match(text) is not None  # (记者：…, an interview's next turn)
        )

    def closes_page(self, i: int) -> bool:
        """Rows ``i`` to the end (three at most), all unstopped, after a finished
        sentence: the last story's headline block, headlines after their stories
        (``“小课桌”连着“大民生”`` / ``永川推进义务教育优质均衡发展纪实``)."""
        rows, kinds = self.rows, self.kinds
        return (
            i > 0
            and len(rows) - i <= 3
            and ends_sentence(rows[i - 1][1])
            and all(
                kinds[k] is None
                and headline_like(rows[k][1])
                and not any(mark in rows[k][1] for mark in CLAUSE_MARKS)
                for k in range(i, len(rows))
            )
        )

    def titles_next(self, i: int) -> bool:
        """Row ``i``, as wide as the column but with no mark in it, and a short
        unstopped row under it, over a story's opening (``…技能大赛`` / ``中摘得两金一银``
        / ``9月2日，…``): the headline of the story above, headlines after, set as
        wide as its text; no paragraph opens so and ends unstopped."""
        rows = self.rows
        if i == 0 or i + 2 >= len(rows) or self.kinds[i + 1] is not None:
            return False
        text, tail = rows[i][1], rows[i + 1][1]
        return (
            ends_sentence(rows[i - 1][1])
            and not any(mark in text + tail for mark in CLAUSE_MARKS | SENTENCE_END)
            and self.column.size(tail) <= self.column.full / 2
            and self.opens_text(i + 2)
        )

    def set_apart(self, i: int) -> bool:
        """Row ``i`` stands apart from running text: printed across columns,
        centred, or over 本报讯."""
        rows, column, indented = self.rows, self.column, self.indented
        number, text = rows[i]
        return (
            column.size(text) >= column.full * 1.5
            or indented.get(number, 0) > column.chars(3)
            or (i + 1 < len(rows) and rows[i + 1][1].startswith(ARTICLE_OPENERS))
        )

    def mark_headings(self) -> None:
        """Headline and subhead rows.

        A row can only be a headline after a row that finished its story or paragraph:
        one ending a sentence, a credit, a signing byline or source note (wrapped
        over a few rows), or one that stops short of the column; or when it is printed
        across columns or centred, or stands over 本报讯, as no running row does (the
        story above left unfinished).
        """
        rows, kinds, column = self.rows, self.kinds, self.column
        open_sentence = False
        previous_head = False

        for i, (_, text) in enumerate(rows):
            if (
                kinds[i] is None
                and (not open_sentence or self.set_apart(i))
                and self.head_row(i, previous_head)
            ):
                kinds[i] = HEAD
                previous_head = True
                continue
            previous_head = False
            open_sentence = (
                open_block(kinds[i], text) and not ends_sentence(text) and column.is_full(text)
            )
            if open_sentence and kinds[i] is None and text.endswith(("）", ")")):
                recent = "".join(row for _, row in rows[max(0, i - 2) : i + 1])
                open_sentence = not (is_signed(recent) or SOURCE_NOTE.search(recent))

    def mark_dash_titles(self) -> None:
        """The rows right above a ——subtitle, back to a finished row, are its title
        (and kicker), however wide they happen to be; so is an unstopped row
        between a finished one and a headline's first row (何晓东主持召开…会议 /
        研究部署…事项, the title as wide as the column over its subtitle)."""
        rows, kinds = self.rows, self.kinds
        for i in range(len(rows)):
            if (
                kinds[i] == HEAD
                and i > 1
                and kinds[i - 1] is None
                and kinds[i - 2] is None
                and (headline_like(rows[i - 1][1]) or _names_the_title(rows[i - 1][1], rows[i][1]))
                and not is_credit(rows[i - 1][1])
                and (ends_sentence(rows[i - 2][1]) or is_signed(rows[i - 2][1]))
            ):
                kinds[i - 1] = HEAD
                continue
            if kinds[i] != DASH:
                continue
            start = i
            while (
                start > 0
                and i - start < 3
                and kinds[start - 1] in (None, HEAD)
                and headline_like(rows[start - 1][1])
            ):
                start -= 1
            before = rows[start - 1][1] if start > 0 else ""
            finished = start == 0 or kinds[start - 1] in (JUMP, BYLINE, CAPTION, CONT)
            if start < i and not (finished or ends_sentence(before) or is_signed(before)):
                # …南大街街道“悦动”舞蹈队 / …决赛落幕 / ——18支队伍…: a list item's short
                # last row, clauses in it, then the title
                start = i - 1 if self.ended_item(i - 2) else i
            for k in range(start, i):
                kinds[k] = HEAD

    def mark_poems(self) -> None:
        """A poem: a run of short rows, each well short of the column (more than a
        PDF row's slack), one more than elsewhere, as a paragraph's last row over a
        three-line headline makes four."""
        rows, kinds, column = self.rows, self.kinds, self.column
        row_units = [Unit(kinds[i] or PARA, t) for i, (_, t) in enumerate(rows)]
        for i, unit in enumerate(row_units):
            if column.size(unit.text) > column.full - column.chars(5):
                unit.kind = DASH  # never a verse line
            elif i + 1 < len(rows) and _short_tail(unit.text, rows[i + 1][1], column):
                unit.kind = row_units[i + 1].kind = DASH  # …项目投 / 产: a headline wrapped
        mark_verse(row_units, VERSE_RUN + 1)
        for i, unit in enumerate(row_units):
            if unit.kind == VERSE:
                kinds[i] = VERSE

    def units(self) -> list[Unit]:
        """The rows joined into units: paragraphs rebuilt, headings grouped."""
        rows, kinds, column, indents = self.rows, self.kinds, self.column, self.indents
        units: list[Unit] = []
        group = -1
        last_row = ""
        last_indent = 0
        # A paragraph stopped mid-sentence at a full row, then a photo caption: PDF tools
        # print the caption where the photo stands, in the middle of the paragraph. The
        # paragraph is made whole and the caption put before it, so it does not end
        # the story.
        cut_by_caption: Unit | None = None
        lifted: dict[int, int] = {}  # a paragraph made whole: the captions it went past
        for i, (number, text) in enumerate(rows):
            kind = kinds[i] or PARA
            previous = units[-1] if units else None
            row_before, last_row = last_row, text
            indent_before, last_indent = last_indent, indents.get(number, 0)
            if kind != CAPTION and previous is not None and previous.kind != CAPTION:
                cut_by_caption = None
            if (
                previous is not None
                and previous.kind == BYLINE
                and len(text) <= 3
                and bylines.is_byline_line(previous.text + text)
                and all(is_cjk(ch) for ch in text)
                and not STORY_LABEL.match(text)  # (… 潘玥希 / 简讯: the next column's label)
            ) or (
                kind == BYLINE
                and previous is not None
                and previous.kind == BYLINE
                and _byline_wrapped(previous.text, text)
            ):
                previous.text += text  # a byline wrapped inside a name, or inside its brackets
                continue
            if (
                previous is not None
                and previous.kind in (PARA, CAPTION)
                and text[0] in "。，、；：？！"
                and not ends_sentence(previous.text)
            ):
                # …排查火灾隐患 | 。 刘 洋 摄: a stop a PDF tool set on a row of its own
                previous.text = join_wrapped(previous.text, text)
                continue
            if (
                kind == PARA
                and previous is not None
                and previous.kind == HEAD
                and QUANTITY.match(text)
                and FIGURE_VERB.search(previous.text)
            ):
                previous.text = join_wrapped(previous.text, text)  # …面积突破 / 5000亩
                continue
            if kind in (HEAD, DASH):
                if (
                    previous is None
                    or previous.kind not in (HEAD, DASH)
                    or (
                        previous.kind == DASH
                        and kind == HEAD
                        and STORY_LABEL.match(text)
                        and i + 1 < len(rows)
                        and kinds[i + 1] == HEAD
                    )  # (…——subtitle / 记者手记 / 脚底板下出实情: a title under its label)
                ):
                    group += 1
                if (
                    kind == HEAD
                    and previous is not None
                    and previous.kind in (HEAD, DASH)
                    and _wraps_here(previous.text, text, column)
                    # (…百分点 / 简讯: the next column's label; 记者手记 / 脚底板…: its title)
                    and not STORY_LABEL.match(text)
                    and not STORY_LABEL.match(previous.text)
                ):
                    previous.text = join_wrapped(previous.text, text)
                    continue
                if previous is not None and previous.kind == HEAD and column.by_width:
                    previous.filled = column.fills(previous.text)
                units.append(Unit(kind, text, group=group))
                # set off by a gap the page leaves only between stories: opens one
                units[-1].apart = number in self.apart and (
                    previous is None or previous.kind not in (HEAD, DASH)
                )
                continue
            if (
                kind == PARA
                and previous is not None
                and open_block(previous.kind, previous.text)
                # (a caption done, …修剪茶树。, in a paragraph it cut: the row is the paragraph's)
                and not (cut_by_caption is not None and ends_sentence(previous.text))
                and (
                    _closes_bracket(previous.text, text)  # …记者 彭 莉 周 / 睿）6月2日晚，…
                    or (
                        number not in indents
                        and not (number in self.blank_breaks and _STOPPED.search(row_before))
                        and not (ends_sentence(row_before) and next_item(previous.text, text))
                        and not data_rows(previous.text, text)
                        # (a notice's signer over its date)
                        and not (ISSUER.fullmatch(previous.text) and BARE_DATE.fullmatch(text))
                        # (a data box's last row, its measure and figure whole)
                        and not (len(units) > 1 and data_rows(units[-2].text, previous.text))
                        and not _item_ends(previous.text, row_before, text, column, indent_before)
                        and not _paragraph_ends(
                            row_before, column, text, not indents, indent_before
                        )
                    )
                )
            ):
                previous.text = join_wrapped(previous.text, text)
                continue
            if (
                kind == BYLINE
                and previous is not None
                and previous.kind == PARA
                and number not in indents
                and (
                    (
                        text.startswith(("（", "("))
                        and ends_sentence(previous.text)
                        and column.size(row_before) >= column.full - column.chars(2)
                        and number not in self.blank_breaks  # (a blank line: set apart)
                    )
                    or (previous.text[-1] in "（(" and ends_sentence(previous.text[:-1]))
                    or (not balanced(previous.text) and balanced(previous.text + text))
                )
            ):
                # …300余人参加。| （记者 涂 燕） (the row above full: a line of its own
                # otherwise), or …参加。（ | 记者 涂 燕）, or …（记者 涂 燕 |
                # 通讯员 刘 洋）: the byline signing it (its parts a space apart, as printed)
                # (…（渝 | 西都市报记者 冉娜）: a word cut, no space)
                opened = max(previous.text.rfind("（"), previous.text.rfind("("))
                apart = not balanced(previous.text) and " " in previous.text[opened + 1 :]
                previous.text += (" " if apart else "") + text
                continue
            if (
                kind == CAPTION
                and is_credit(text)
                and not CAPTION_START.match(text)
                and previous is not None
                and previous.kind == CAPTION
                and open_block(CAPTION, previous.text)
                and not ends_sentence(previous.text)
                and number not in indents
            ):
                previous.text = join_wrapped(previous.text, text)  # …批发市 | 场。记者 陈子航 摄
                continue
            if (
                kind == CAPTION
                and previous is not None
                and previous.kind == PARA
                and not CAPTION_START.match(text)
                and number not in indents
                and open_block(PARA, previous.text)
                and not ends_sentence(previous.text)
                and is_caption(joined := join_wrapped(previous.text, text))
            ):
                # …熊猫 | 图案。□ 王 伟 摄: a photo item's whole text, its credit last
                previous.kind, previous.text = CAPTION, joined
                continue
            if (
                kind == CAPTION
                and previous is not None
                and previous.kind == PARA
                and open_block(PARA, previous.text)
                and not ends_sentence(previous.text)
                and previous.text[-1] not in "：:"
                and column.is_full(row_before)
            ):
                cut_by_caption = previous
            elif (
                kind == PARA
                and cut_by_caption is not None
                and number not in indents
                and not text.startswith(ARTICLE_OPENERS)
            ):
                at = len(units) - 1
                while units[at] is not cut_by_caption:  # the captions after it
                    at -= 1
                units.append(units.pop(at))
                cut_by_caption.text = join_wrapped(cut_by_caption.text, text)
                lifted[id(cut_by_caption)] = len(units) - 1 - at
                cut_by_caption = None
                continue
            units.append(Unit(kind, text))
        for unit in units:
            if unit.kind == PARA and is_caption(unit.text):
                unit.kind = CAPTION  # …图案。□ 王 | 伟 摄: a photo item's text, its credit cut
        return _captions_after(units, lifted)


def _captions_after(units: list[Unit], lifted: dict[int, int]) -> list[Unit]:
    """The captions a paragraph was made whole past, after it: the reader reads the
    paragraph, then sees the photo printed in it."""
    if not lifted:
        return units
    out: list[Unit] = []
    for unit in units:
        count = lifted.get(id(unit), 0)
        if count and len(out) >= count and all(u.kind == CAPTION for u in out[-count:]):
            out[-count:] = [unit, *out[-count:]]
        else:
            out.append(unit)
    return out


def _byline_wrapped(row: str, below: str) -> bool:
    """A bracketed byline wrapped over two rows (``（口述：王德福　整理：渝西都市报记`` /
    ``者 陈仕川）``): neither row one by itself, together one."""
    return (
        row[:1] in "（("
        and not balanced(row)
        and below[-1:] in "）)"
        and balanced(row + below)
        and bylines.is_byline_line(row + below)
    )


_BRACKET_CLOSED = re.compile(r"^[^（）()，。]{1,6}[）)]")


def _opens_bracket(text: str) -> bool:
    """``text`` leaves a parenthesis open (a byline's, a note's)."""
    return text.count("（") + text.count("(") > text.count("）") + text.count(")")


def _closes_bracket(text: str, row: str) -> bool:
    """Whether ``row`` closes a bracket ``text`` left open, a few characters in (a
    byline's last name wrapped): it goes on with ``text``, whatever its indent."""
    closed = _BRACKET_CLOSED.match(row)
    return closed is not None and not balanced(text) and balanced(text + closed.group())


# A row opening with a quoted word closed by a stop or a clause mark (“妈妈”。谁…): the
# end of the sentence the row above began, never a speech's opening.
_QUOTED_WORD = re.compile(r"^[“\"][^“”\"，。！？]{1,8}[”\"][，。；、,;]")
# A row that opens with one character and a clause mark or a stop (改，并做好…,
# 者。他每周…): the end of a word the row above began, as no sentence's first
# clause is one character.
# The characters either side of a row's end looked at for a word it cut.
_WORD_WINDOW = 6
_CUT_WORD = re.compile(r"^[\u4e00-\u9fff][，,、；;。！？!?]")


def _tail_row(text: str) -> bool:
    """A paragraph's last few characters on a row of their own (``情况。``): no
    paragraph opens and ends that short."""
    return len(text) <= 4 and ends_sentence(text) and not exclaimed_headline(text)


# A row's last words that lead into what follows (…表示： / …如下：), no title's.
_LEADS_ON = re.compile(
    r"(?:说|说道|指出|强调|表示|介绍|认为|称|要求|提出|透露|坦言|建议|希望|告诉记者|如下|是|有|为|包括|分别)[：:]$"
)


def _names_the_title(row: str, title: str) -> bool:
    """``row`` names who or what the headline row ``title`` below is about, a colon
    between (``松溉镇“90后”村支书陈思远：`` / ``让古镇老街焕发新活力``): its first row."""
    return (
        row[-1:] in "：:"
        and headline_like(row[:-1])
        and _LEADS_ON.search(row) is None
        and ENUMERATED.match(title) is None
    )


def _short_tail(row: str, following: str, column: _Column) -> bool:
    """``following`` is the short tail of ``row`` cut mid-word (油菜花开双石 / 镇,
    …开张 / 啦): headline type is wider than the text's, so a row set short may
    still have reached the column's end. (A longer row may start a subtitle the
    segmenter runs words into: 创新高 / 职教城….)"""
    return len(following) == 1 or (
        column.size(following) <= column.chars(4) and nlp.splits_word(row, following)
    )


def _wraps_here(row: str, following: str, column: _Column) -> bool:
    """Whether headline row ``following`` is the wrapped tail of ``row``.

    Count-wrapped text fills a wrapped headline row exactly; a PDF wraps a
    headline at the column's end, or near it and leaves a short tail.
    """
    if not balanced(row) and balanced(row + following):
        return True  # …2025年“安全生产 / 月”活动动员部署会: a quotation the wrap cut
    if row[-1:] in "：:":
        return True  # …村支书陈思远： / 让古镇老街焕发新活力: one title, the colon between
    if ATTENDANCE.match(following):  # 刘建明出席并讲话: the subtitle under the title
        return False
    if COLUMN_LABEL.fullmatch(following):  # 【案情】: the label of the text below
        return False
    if BARE_DATE.match(row) or BARE_DATE.match(following):
        return False  # 2024年1月24日 / 因路面结冰, …支队 / 2024年3月14日: a notice's date
    if _short_tail(row, following, column) or QUANTITY.match(following):
        return True  # (…参保率达 / 97.6%: a figure alone is no clause of its own)
    size = column.size(row)
    if not column.by_width:
        return size == column.full
    if column.fills(row):
        # Set to the column's end: its type goes on below, in a short tail
        # (…重要生 / 态屏障) or where the break cuts a word; a longer line
        # parted between words is a subtitle (…投产 / 年产值预计可达15亿元), or
        # a subhead's second line (see ``_subheads``).
        return column.size(following) <= column.chars(8) or nlp.splits_word(row, following)
    # A headline's bigger type fits fewer characters in a row than the text's: a
    # word cut (…在汇龙小 / 学黑白对弈) wraps it however short the row.
    return column.size(following) <= column.chars(8) and (
        (
            column.full * 0.75 <= size <= column.full + column.chars(1)
            and column.size(following) <= column.chars(4)
        )
        or nlp.splits_word(row, following)
    )


def _next_number(row: str, following: str) -> bool:
    """``following`` is the item numbered right after ``row``'s (``1.…`` / ``2.…``)."""
    this, that = _ARABIC_ITEM.match(row), _ARABIC_ITEM.match(following)
    return bool(this and that) and int(that[1]) == int(this[1]) + 1


_ARABIC_ITEM = re.compile(r"^(\d{1,2})[.．、]")
# A list item's last words on a row of their own, closed by its mark: 压铸智能工厂；.
_ITEM_TAIL = re.compile(r"[^，,、；;。]{1,12}[；;。]")


def _item_ends(item: str, row: str, following: str, column: _Column, indent: int) -> bool:
    """A numbered item (``2.放河灯：…兴龙湖公园南`` / ``岸`` / ``3.无人机表演：…``, or
    ``一、管制时间`` over its text) ends, stopped or not, at a row half the
    column's width or less, or at one short of it over the next item; so does an
    item labelled as the next is (``二等奖：…“夕`` / ``阳红”舞蹈队`` / ``三等奖：…``)."""
    numbered = bool(ENUMERATED.match(item))
    return (numbered and column.size(row) <= column.full / 2) or (
        (
            (numbered and bool(ENUMERATED.match(following)))
            # (a list of names, ``5.重庆大安…技术中心``: no clause, a row short of the
            # column, no item's tail below, ``压铸智能工厂；``)
            or (
                numbered
                and not any(mark in item for mark in CLAUSE_MARKS)
                and not _ITEM_TAIL.fullmatch(following)
            )
            or next_item(item, following)
            or labelled_item(item)  # (汽车维修赛项：陈浩宇: a short row ends it)
        )
        and column.filled(row, indent) < column.full - column.chars(1.5)
    )


def _paragraph_ends(
    row: str, column: _Column, following: str, guess: bool = True, indent: int = 0
) -> bool:
    """After a row ending a sentence, a short row ends the paragraph; so does a full
    one before a new opener, a quotation or an interview's next speaker, unless the
    page indents its paragraphs (``guess`` false) and so says where they start. A
    paragraph's indent (two characters) takes room in the row."""
    if forecast_row(row):
        return True  # 1月25日 阴 0℃～4℃ / 1月26日 …: a forecast's rows, a day each
    if FIELD_LINE.match(following) and column.filled(row, indent) < column.full - column.chars(1.5):
        return True  # …（中山路东段 / 12号） / 联系电话：…: a notice's next field
    if not ends_sentence(row) and row[-1:] not in "：:":
        return False
    if re.search(r"\d[：:]$", row) and following[:1].isdigit():
        return False  # 首班车6: / 00发车: a time cut at its colon
    if column.filled(row, indent) < column.full - column.chars(1.5):
        return True
    if not guess:
        return following.startswith(ARTICLE_OPENERS)
    # A quotation opens a paragraph; in a PDF's rows (wrapped by width), its first
    # row is narrower by the indent, and one as wide as the column goes on.
    quotation = following.startswith(("“", '"')) and not (
        column.by_width and column.is_full_row(following)
    )
    return (
        quotation
        or following.startswith(ARTICLE_OPENERS)
        or _speaker_turn(following)
        or _indented_first_row(following, column)
    )


def _indented_first_row(row: str, column: _Column) -> bool:
    """A row that stops short of the column by about an indent yet runs on below:
    a paragraph's first row, its indent stripped by the dump."""
    size = column.size(row)
    return (
        column.full - column.chars(3.5) <= size <= column.full - column.chars(1.5)
        and not ends_sentence(row)
        and cut_mid_clause(row)
    )


def _speaker_turn(text: str) -> bool:
    """``记者：…`` / ``王建国：…``: an interview's question or answer, a paragraph of its own."""
    found = _SPEAKER.match(text)
    return found is not None and (
        found.group(1) in _INTERVIEW_ROLES
        or found.group(1).endswith(("问", "答"))  # 市民问：… / 部门答：…, a hotline's turns
        or is_person_name(found.group(1))
    )


def _column_in(lines: list[str]) -> _Column | None:
    rows = [line for line in lines if line]
    return _column_of(rows) if rows else None


def _text_rows(lines: list[str]) -> list[str]:
    """The rows of ``lines`` but photo captions' (``▲…`` to the row that ends it): a
    caption is set in a measure of its own, often narrower than the story's."""
    rows: list[str] = []
    in_caption = False
    for line in filter(None, lines):
        in_caption = in_caption or bool(CAPTION_START.match(line))
        if not in_caption:
            rows.append(line)
        elif ends_sentence(line) or is_credit(line):
            in_caption = False
    return rows


def page_measures(lines: list[str]) -> list[tuple[int, int, _Column | None]]:
    """The parts of a piece set in one measure each, (first line, end, column or
    None for plain lines): one part, unless stories are set in columns of different
    widths. A start found by ``_column_starts`` stands where the text on both sides
    is column text of its own width; rows broken at random (OCR) fall into runs
    of like widths by chance, columns do not."""
    starts = _column_starts(lines)
    if not starts:
        return [(0, len(lines), _column_in(lines))]
    bounds = [0, *starts, len(lines)]
    columns = [
        _column_in(lines[a:b]) or _column_in(_text_rows(lines[a:b]))
        for a, b in itertools.pairwise(bounds)
    ]
    kept = [0] + [
        k + 1
        for k in range(len(starts))
        if (before := columns[k]) is not None
        and (after := columns[k + 1]) is not None
        and abs(before.full * 2 // before.cell - after.full * 2 // after.cell) >= 4
    ]  # fulls compared in width cells (a Han character is two)
    parts = []
    for first, last in itertools.pairwise([*kept, len(columns)]):
        start, end = bounds[first], bounds[last]
        column = columns[first] if last == first + 1 else _column_in(lines[start:end])
        parts.append((start, end, column))
    return parts


def _column_starts(lines: list[str]) -> list[int]:
    """Where text set in another measure starts: a page whose stories are set in
    columns of different widths (a commentary over 28 characters, a column beside
    it over 16), each measured on its own. Runs of rows cut mid-clause at one
    width, three rows at least, make a measure; a new one starts with the
    paragraph its first run is cut in (the headline rows over it, or after the
    story before it, are read in the measure before)."""
    Row = tuple[int, int, int]  # line, width, characters

    def fits(run: list[Row], row: Row) -> bool:
        """Within a row's slack of the run's recent rows (their median)."""
        widths = sorted(r[1] for r in run[-9:])
        counts = sorted(r[2] for r in run[-9:])
        return (
            abs(row[1] - widths[len(widths) // 2]) <= 6
            or abs(row[2] - counts[len(counts) // 2]) <= 1
        )

    runs: list[list[Row]] = []
    for number, text in enumerate(lines):
        if not text or ends_sentence(text) or not cut_mid_clause(text) or is_credit(text):
            continue  # (a caption's last row, …等国家。记者 陈子航 摄, ends it)
        row = (number, width(text), len(text))
        if runs and fits(runs[-1], row):
            runs[-1].append(row)
        elif len(runs) > 1 and len(runs[-1]) < 3 and fits(runs[-2], row):
            noise = runs.pop()  # a row or two of another width (a headline)
            runs[-1] += [*noise, row]
        else:
            runs.append([row])
    measures: list[list[Row]] = []
    for run in runs:
        if measures and (len(run) < 3 or len(measures[-1]) < 3):
            measures[-1] += run
        else:
            measures.append(run)
    starts: list[int] = []
    for before, after in itertools.pairwise(measures):
        if len(before) < 3 or len(after) < 3:
            continue
        last = next(row[0] for row in reversed(before) if fits(before, row))
        first = after[0][0]
        start = next(
            (
                n + 1
                for n in range(first - 1, last, -1)
                if lines[n] and (ends_sentence(lines[n]) or headline_like(lines[n]))
            ),
            last + 1,
        )
        if start == last + 1 and lines[last].startswith(ARTICLE_OPENERS):
            start = last  # 本报讯…: a story's first row, narrower by its indent
        if not starts or start > starts[-1]:
            starts.append(start)
    return starts
