"""Units → articles: which headline groups open a story (or, printed after the
text, close one) and which are subheads, kickers and subtitles; bylines,
captions, continuations and briefs given to their stories.
"""

from __future__ import annotations

import functools
import itertools
import re
from dataclasses import dataclass, field

from yc_reader.core import bylines, nlp
from yc_reader.core.cjk import (
    ends_sentence,
    has_phrase_space,
    join_wrapped,
    unspaced,
)
from yc_reader.core.masthead import (
    BARE_DATE,
    BARE_MONTH,
    ISSUER,
    ExportMeta,
    page_number,
)
from yc_reader.core.model import Block
from yc_reader.core.parse.kinds import (
    ARTICLE_OPENERS,
    ATTENDANCE,
    BRACKETED_HEAD,
    BRACKETED_TITLE,
    BRIEFS_LABEL,
    BYLINE,
    CAPTION,
    CHANGE,
    CLOSING_FORMULA,
    COLUMN_LABEL,
    CONT,
    CONTINUATION,
    DASH,
    DASH_LINE,
    DATE_LEAD,
    DATE_SPAN,
    DAY_HEADING,
    DOCUMENT_TITLE,
    ENUMERATED,
    FIELD_LINE,
    FIGURE_VERB,
    HEAD,
    INTERVIEW_TURN,
    ITEM,
    JUMP,
    JUMP_PAGE,
    KICKER,
    KIND_LABEL,
    LITERARY_COLUMN,
    OUTLINE_HEADING,
    PARA,
    PLACE_ENDING,
    PLACE_TAG,
    PREAMBLE,
    ROW,
    SERIES_PART,
    SIDEBAR,
    STORY_LABEL,
    VERSE,
    Unit,
    article_start,
    asking_headline,
    balanced,
    exclaimed_headline,
    headline_like,
    in_brackets,
    is_credit,
    is_signed,
    kicker_line,
    opens_brief,
    speaker_line,
)

# A bare heading over a lesser one is a column's label (图片新闻, 简讯, 要闻速递),
# the kicker of the title below, when it is this short; a longer one is the title
# and the lesser heading its subtitle. Alone, such a label heads nothing.
_LABEL_CHARS = 6
# What an essay says it is under its title: 读《平凡的世界》有感, a subtitle.
_READING_NOTE = re.compile(r"^(?:——)?(?:读|观|看|听)《[^《》]{1,30}》有感$")

# A kicker's slogan opens with a call to act (加快建设重庆城市副中心, 聚焦“三夏”生产);
# a title as short (“跑腿代办”让群众少跑路) names what happened.
_SLOGAN = re.compile(
    r"^(?:加快|推动|坚持|聚焦|奋力|深入|全力|持续|扎实|助力|打造|建设|推进|喜迎|庆祝|践行|奋进|勇当|争当"
    r"|深化|全面|牢记|锚定|凝心|守护|共建|共创|携手|抢抓|筑牢|守牢|擦亮)"
)
# A headline that opens with its place (永川…, 永泸高速…, 来苏镇…): whole, so a line
# over it is its kicker, not its first half.
# A town or a subdistrict named alone: the page's label for its story (镇街 pages).
_TOWN = re.compile(r"[\u4e00-\u9fff]{2,4}(?:镇|街道|乡)")
_PLACE_FIRST = re.compile(r"^(?:永川|永泸|重庆|[\u4e00-\u9fff]{2,3}(?:镇|街道)(?!办))")
# A series' name over its instalment's title: 乡村振兴调研行, 两会进行时, 一线观察.
_SERIES = re.compile(r"(?:行|记|录|谈|观察|纪实|巡礼|进行时|一线|系列报道|特别报道|评论员文章)$")


@dataclass(slots=True)
class Draft:
    kicker: str = ""
    title: str = ""
    subtitle: str = ""
    blocks: list[Block] = field(default_factory=list)
    authors: list[str] = field(default_factory=list)
    # Who took its photos (…渝西都市报记者 李 强 摄): its authors only when nobody
    # is credited with the text.
    photographers: list[str] = field(default_factory=list)
    continuation: str = ""
    continuation_label: str = ""
    jumps_to: str = ""  # the page its (下转2版) sends the text on to
    # A byline on a line of its own before the text (渝西都市报记者 彭禹乔): part of
    # the headline group, so no paragraph once its names are the authors. Set in
    # lines one under the other (口述：刘素华 / 整理：渝西都市报记者 潘玥希), its lines.
    byline: str = ""
    byline_at: int = 0  # where it stood among the blocks (after a lead photo's caption)

    def byline_blocks(self) -> list[Block]:
        """The byline's lines as the paragraphs they were printed as."""
        return [Block("paragraph", line) for line in self.byline.split("\n")]

    def byline_authors(self) -> list[str]:
        """The names its lines give (who told an oral history names none)."""
        return [name for line in self.byline.split("\n") for name in bylines.line_authors(line)]

    def has_text(self) -> bool:
        """Any paragraph that ends a sentence: more than a site's name or a label."""
        return any(b.kind == "paragraph" and ends_sentence(b.text) for b in self.blocks)

    def empty(self) -> bool:
        """Nothing to read: no text, no headline with a word in it (a scan's page
        number alone, ``0042``, heads nothing)."""
        return not (
            (self.title and not self.title.isdigit())
            or self.kicker
            or self.subtitle
            or self.blocks
            or self.continuation_label
            or self.byline
        )

    def headline_only(self) -> bool:
        """A headline with nothing under it: no text, no byline, no jump."""
        return bool(self.title) and not (
            self.blocks or self.byline or self.continuation or self.continuation_label
        )

    def label_only(self) -> bool:
        """A page's or column's label alone (``# 科普`` over the page's first kicker
        and headline)."""
        return (
            len(self.title) <= _LABEL_CHARS
            and not (self.kicker or self.subtitle or self.blocks or self.byline)
            and not self.continuation_label
        )


def _article_end(unit: Unit | None) -> bool:
    """A unit that closes a story: a trailing byline, a photo credit, a 供稿 note,
    a jump to another page, a notice's date under its issuer."""
    if unit is None:
        return True
    if unit.kind in (BYLINE, CAPTION, JUMP):
        return True
    return unit.kind == PARA and (is_signed(unit.text) or bool(BARE_DATE.match(unit.text)))


def _box_after_end(units: list[Unit], start: int) -> bool:
    """The paragraph over ``units[start]`` a box its label opens (``点评：…``,
    ``编后：…``) printed under a story's end (its signature): the story's, so a
    heading under it is no subhead of the story."""
    if start < 2 or units[start - 1].kind != PARA:
        return False
    label = _BOX_LABEL.match(units[start - 1].text)
    return label is not None and bool(SIDEBAR.match(label[1])) and _article_end(units[start - 2])


_BOX_LABEL = re.compile(r"(.{1,8}?)[：:]")


def _over_photo_item(units: list[Unit], groups: list[tuple[int, int]], number: int) -> bool:
    """Headline group ``number`` over one caption its photographer credits, or the
    artist it shows the work of, and no more (茶山秋色 / ▲秋日的茶山竹海…陈仕川 摄 /
    the next headline, 翰墨颂棠城 / ▲张德明 书法作品《…》): a photo item of its own,
    not a section of the story above."""
    end = groups[number][1]
    return (
        _section_end(units, groups, number) - end == 1
        and units[end].kind == CAPTION
        and bool(_credited(CAPTION, units[end].text))
    )


def _over_photo_like_first(
    units: list[Unit], groups: list[tuple[int, int]], number: int, headline_at: set[int]
) -> bool:
    """Headline group ``number`` over a photo's caption, as the page's first headline
    is (萱花路上的百货大楼 / 图为… / text, 临江老渡口 / 图为… / text): the page's
    items each open on their photo, and this heading opens one."""
    end = groups[number][1]
    if not headline_at or end >= len(units) or units[end].kind != CAPTION:
        return False
    first = next(group for group in groups if group[0] == min(headline_at))
    return first[1] < len(units) and units[first[1]].kind == CAPTION


def _section_end(units: list[Unit], groups: list[tuple[int, int]], number: int) -> int:
    """Where the text under headline group ``number`` ends: at the next group."""
    return groups[number + 1][0] if number + 1 < len(groups) else len(units)


def _over_notice(units: list[Unit], groups: list[tuple[int, int]], number: int) -> bool:
    """Headline group ``number`` over a notice, signed and dated (…特此通告。/
    永川区交巡警支队 / 2025年1月8日): a document of its own, never a section of the
    story above."""
    end = groups[number][1]
    below = _section_end(units, groups, number)
    return below - end > 1 and _notice_date(units, below - 1)


def _notice_date(units: list[Unit], at: int) -> bool:
    """Unit ``at`` is the date a notice is signed with: a full date, or a day
    under its issuer's name."""
    text = units[at].text
    return units[at].kind == PARA and (
        bool(BARE_DATE.match(text))
        or (
            bool(DAY_HEADING.match(text) or BARE_MONTH.match(text))
            and at > 0
            and bool(ISSUER.fullmatch(units[at - 1].text))
        )
    )


def _under_headline(
    units: list[Unit], groups: list[tuple[int, int]], number: int, headline_at: set[int]
) -> bool:
    """Group ``number`` comes right under a story's headline, with at most bylines
    between: the story has no text yet."""
    if not number:
        return False
    start, end = groups[number - 1]
    return start in headline_at and all(
        unit.kind == BYLINE for unit in units[end : groups[number][0]]
    )


def _signed_apart(
    units: list[Unit], groups: list[tuple[int, int]], number: int, above: int
) -> bool:
    """The text under group ``number`` is signed by others than the text above it
    (``_others_sign``): a story is signed once, so the heading opens a story of its
    own."""
    start, end = groups[number]
    below = _section_end(units, groups, number)
    return (
        below - end > 1
        and start > 0
        and units[start - 1].kind != CONT  # (上接3版) / its heading: the story goes on
        and _others_sign(units, above, start, below)
    )


def _asks_apart(units: list[Unit], at: int) -> bool:
    """The question on line ``at`` stands over text signed at its end (…有效期至1月31日。
    / （记者 胡 晶）) by others than the story above it: the next story's headline."""
    below = next((n for n in range(at + 1, len(units)) if units[n].kind == HEAD), len(units))
    above = next((n for n in range(at - 1, -1, -1) if units[n].kind == HEAD), 0)
    return below - at > 1 and _others_sign(units, above, at, below)


# The most units a photo story holds: its headline, a paragraph or two, its caption
# and its credit.
_PHOTO_ITEM_UNITS = 5


def _others_sign(units: list[Unit], above: int, start: int, below: int) -> bool:
    """``units[start:below]`` ends on a byline line of its own (记者 何婧 通讯员 罗斌, or
    in brackets, or an office alone: （永川区商务委））, or is signed after its last
    sentence (…。（通讯员 陈 静）), or, a short photo story, on its photo's credit
    (…陈仕川 摄), while ``units[above:start]`` was signed, but not by all of them. (A
    story signed at its head and again at its end names its writer twice; a
    signature naming another too, （记者 陈 静 通讯员 吴 倩） under ``记者 陈 静``'s
    story, signs a story of its own.)"""
    last = units[below - 1]
    if last.kind == BYLINE:
        signers = bylines.line_authors(last.text)
    elif (
        last.kind == PARA
        and in_brackets(last.text)
        and (ISSUER.fullmatch(last.text[1:-1]) or bylines.is_unit_credit(last.text))
    ):
        signers = [last.text]  # （永川区商务委）, （永川区气象台供稿）: the office answering for it
    elif last.kind == PARA:  # …修起了水库。（通讯员 陈 静）: signed at its end
        signers = bylines.trailing_authors(last.text)
        if not signers:
            return False
    elif last.kind == CAPTION and below - start <= _PHOTO_ITEM_UNITS:
        # (a short photo story: …增长18%。/ ▲游客在…漫步。/ 渝西都市报记者 陈仕川 摄)
        signers = bylines.photo_credit_authors(last.text)
        if not signers:
            return False
    else:
        return False
    names: set[str] = set()
    signed = False
    for unit in units[above:start]:
        byline = unit.kind == BYLINE
        found = (bylines.line_authors if byline else bylines.dateline_authors)(unit.text)
        signed = signed or byline or bool(found)
        names.update(found)
    return signed and not set(signers) <= names


def _unit_credited_item(units: list[Unit], groups: list[tuple[int, int]], number: int) -> bool:
    """A one-line heading naming its place first (``五间：五间铺面起了一个场``) over
    text a unit signs at its end (``…（五间镇供稿）``): an item of its own, not a
    section of the story above."""
    start, end = groups[number]
    below = _section_end(units, groups, number)
    return (
        end - start == 1
        and below > end
        and bool(_NAMED.match(units[start].text))
        and units[below - 1].kind == PARA
        and bylines.is_unit_credit(units[below - 1].text)
    )


def _pairs(text: str) -> set[str]:
    """A text's pairs of adjacent Han characters, letters or digits."""
    kept = [ch for ch in text if ch.isalnum()]
    return {a + b for a, b in itertools.pairwise(kept)}


def _shares(heading: list[Unit], above: list[Unit], below: list[Unit]) -> tuple[float, float]:
    """How much of a heading's wording (its character pairs) the text above it and
    the text below it repeat: a headline repeats its story, a subhead its section."""
    pairs = _pairs("".join(unit.text for unit in heading))
    if len(pairs) < 4:
        return 0.0, 0.0
    above_pairs = _pairs("".join(unit.text for unit in above))
    below_pairs = _pairs("".join(unit.text for unit in below))
    return len(pairs & above_pairs) / len(pairs), len(pairs & below_pairs) / len(pairs)


def _dated_section(units: list[Unit], start: int, end: int, above: int) -> bool:
    """A one-line heading over a section that opens with its date (4月22日晚上8点，…)
    whose words the story's text above (from ``above``) already gave, as a
    feature's opening names its sections: a subhead, not a story's headline."""
    after = units[end] if end < len(units) else None
    return (
        end - start == 1
        and after is not None
        and after.kind == PARA
        and not after.text.startswith(ARTICLE_OPENERS)
        and not any(opener in units[start].text for opener in ARTICLE_OPENERS)
        and _shares(units[start:end], units[above:start], [])[0] >= 0.25
        and _common_trigram(units[start].text, "".join(u.text for u in units[above:start]))
    )


def _part_label(text: str) -> bool:
    """A story's part named in brackets, four characters at most: 【案情】, 【警方提醒】."""
    return len(text) <= 6 and bool(COLUMN_LABEL.fullmatch(text)) and not STORY_LABEL.match(text)


def _signed_below(units: list[Unit], start: int) -> bool:
    """Whether the story from unit ``start`` to the next headline names its writer,
    or, a short photo story, its photographer."""
    story = list(itertools.takewhile(lambda unit: unit.kind not in (HEAD, DASH), units[start:]))
    return any(
        unit.kind == BYLINE
        or (unit.kind == PARA and _credited(PARA, unit.text))
        or (
            unit.kind == CAPTION
            and len(story) <= _PHOTO_ITEM_UNITS
            and bylines.photo_credit_authors(unit.text)
        )
        for unit in story
    )


def _labelled_alike(
    units: list[Unit], subheads: list[tuple[int, int]], start: int, end: int
) -> bool:
    """A one-line heading labelled before a colon as each of the story's subheads
    so far is (``代表建议：…`` / ``部门答复：…`` / ``办理成效：…``): the feature's next
    section, though its text opens with a date (7月下旬，…)."""
    return (
        end - start == 1
        and bool(subheads)
        and all(_colon_label(units[first].text) for first, _ in [*subheads, (start, end)])
    )


def _colon_label(text: str) -> bool:
    return 2 <= text.find("：") <= 6


def _common_trigram(heading: str, text: str) -> bool:
    """Whether ``text`` repeats three characters of ``heading`` in a row (来苏镇): a
    name it gives, not pairs as common as 永川 and 开展."""
    kept = "".join(ch for ch in heading if ch.isalnum())
    return any(kept[i : i + 3] in text for i in range(len(kept) - 2))


# An outline's first heading: 一、…, （一）…, 案例一：… (1.… may number a digest's items).
_OUTLINE_FIRST = re.compile(r"(?:一、|[（(]一[）)]|案例一\s*[：:、])\s*\S")


def _groups(units: list[Unit]) -> list[tuple[int, int]]:
    """Runs of consecutive headline rows (HEAD/DASH), as [start, end) index pairs."""
    runs: list[tuple[int, int]] = []
    i = 0
    while i < len(units):
        if units[i].kind in (HEAD, DASH):
            j = i
            while (
                j < len(units)
                and units[j].kind in (HEAD, DASH)
                and (units[j].group == units[i].group)
                and not (j > i and (_labels_below(units, j) or _labels_bracketed(units, j)))
                # (标题 / 一、清园消毒: an outline's first heading, under the headline)
                and not (j > i and units[j].kind == HEAD and _OUTLINE_FIRST.match(units[j].text))
            ):
                j += 1
            runs.append((i, j))
            i = j
        else:
            i += 1
    return runs


def _labels_bracketed(units: list[Unit], at: int) -> bool:
    """标题 / 简讯 / 【…】: a label over a brief's bracketed headline, after the
    headline of the story above, starts a run of its own."""
    return (
        bool(STORY_LABEL.match(units[at].text))
        and at + 1 < len(units)
        and units[at + 1].kind == HEAD
        and bool(BRACKETED_TITLE.fullmatch(units[at + 1].text))
    )


def _labels_below(units: list[Unit], at: int) -> bool:
    """标题 / 【案情】 / 2022年10月，…: a bracketed label last in a run of
    headline rows heads the text below; it ends no headline."""
    return (
        bool(COLUMN_LABEL.fullmatch(units[at].text))
        and at + 1 < len(units)
        and units[at + 1].kind not in (HEAD, DASH)
    )


def split_headline(lines: list[str]) -> tuple[str, str, str]:
    """(kicker, title, subtitle) of a headline printed as a few lines."""
    if len(lines) > 1 and STORY_LABEL.match(lines[-1]):
        lines = lines[:-1]  # 便民信息 under a headline printed after its story: the label below
    if len(lines) > 1 and BRIEFS_LABEL.match(lines[0]):
        lines = lines[1:]  # 简讯 over the first item's title: the column's, not its kicker
    if len(lines) > 1 and COLUMN_LABEL.fullmatch(lines[0]):
        return split_headline(lines[1:])  # 【便民信息】 over 停气通知: the column's name
    if any(DASH_LINE.match(line) for line in lines[:-1]):
        lines = _dash_tails_joined(lines)
    # A subtitle's dash as the paper prints it (——), whatever typed or scanned it.
    dashes = [
        DASH_LINE.sub("——", line, count=1).replace("—— ", "——", 1)
        for line in lines
        if DASH_LINE.match(line)
    ]
    others = _joined_unfinished([line for line in lines if not DASH_LINE.match(line)])
    subtitle = " ".join(dashes)
    if not others:
        return "", subtitle, ""
    if len(others) == 1:
        return "", others[0], subtitle
    first, second = others[0], others[1]
    if STORY_LABEL.match(first) or _TOWN.fullmatch(first):
        # 图片新闻 / 认真审议, 三教镇 / “共享农机”解了…: the label or the town, the kicker
        return first, " ".join(others[1:]), subtitle
    if (
        first.startswith("关于")
        and DOCUMENT_TITLE.search(others[-1])
        and not any(DOCUMENT_TITLE.search(line) for line in others[:-1])
    ):  # 关于…项目房 / 屋征收的公告: a document's title wrapped, one title
        return "", functools.reduce(join_wrapped, others), subtitle
    if len(others) == 2 and _INSTALMENT.search(second) and not _INSTALMENT.search(first):
        # 寻访永川茶脉 / 茶山竹海话茶事（之三）: the series, the kicker
        return first, second, subtitle
    if len(others) == 2 and SERIES_PART.search(first):
        # “身边榜样”系列报道之二十三 / 快递小哥邓维：…: the series and its part, the kicker
        return first, second, subtitle
    if len(others) == 2:
        if subtitle:
            if (
                " " not in first + second
                and len(second) < len(first) >= 15
                and not (_PLACE_FIRST.match(second) and not nlp.splits_word(first, second))
            ):
                # a long title wrapped, its tail shorter (not a place's story under a
                # line of its own: 一季度规上工业产值同比增长12.6% / 永川高新区跑出…)
                return "", first + second, subtitle
            if _SERIES.search(first) or COLUMN_NAME.fullmatch(first):
                return first, second, subtitle  # 乡村振兴调研行: a series' name, the kicker
            if " " in first and " " not in second:
                return first, second, subtitle  # 巾帼建新功 奋进新征程: paired slogans
            if " " not in first and _paired_slogan(second):
                # 我区干部群众热议全国两会 / 凝心聚力开好局 实干担当谱新篇: a couplet
                # under a line, the title; the line its kicker
                return first, second, subtitle
            if " " in second and " " not in first and len(first) <= 10:
                # 寻找最美基层干部 / 扎根何埂镇十二年 他把荒坡变成了“金果园”: a title
                # of two clauses already, under a short line: that line is its kicker
                return first, second, subtitle
            if len(first) == len(second) <= 10 and " " not in first + second:
                # 凝心聚力谋发展 / 实干担当开新局: a title set as two paired phrases
                return "", f"{first} {second}", subtitle
            if _PLACE_FIRST.match(second) or (
                _SLOGAN.match(first) and not _SLOGAN.match(second.lstrip("“"))
            ):
                # 聚焦西部职教基地建设: a call, the kicker (聚焦高质量发展 / 奋力跑出
                # “加速度”: two calls, one title)
                return first, second, subtitle
            if _clause_over_clause(first, second):
                return first, second, subtitle  # 林长制落地见效 / 茶山竹海万亩竹林有了…
            # 一根篾条 / 编出半个世纪的匠心: a title set in two lines over its subtitle
            return "", f"{first} {second}", subtitle
        if _predicate_below(first, second):
            return "", f"{first} {second}", ""  # 青峰镇竹编产品 / 搭上“以竹代塑”快车走俏海外
        if _paired_slogan(first) and len(second) > _WRAPPED_TAIL and not _paired_slogan(second):
            return first, second, ""  # 一田两用 一水两收 / 朱沱镇“稻鱼共生”…: a couplet, the kicker
        if ATTENDANCE.match(second.rsplit(" ", 1)[-1]):
            return "", first, second  # (…视察城市更新工作 郑光明参加: who attended, a subtitle)
        if len(second) <= _WRAPPED_TAIL < len(first) and not bylines.is_byline_line(second):
            return "", first + second, ""  # 直播间里卖葡萄 朱沱果农“云端” / 接单忙: wrapped
        if (
            (
                len(second) >= 1.5 * len(first)
                and (len(first) <= 8 or (len(first) <= 16 and _SLOGAN.match(first)))
            )
            # 副刊·茶竹, 永川记忆·口述历史, 茶竹文苑: the page's column
            or ("·" in first and len(first) <= 10)
            or COLUMN_NAME.fullmatch(first)
            or (_NAMED.match(second) and not _NAMED.match(first))
        ):
            # 家门口的健康服务 / 65岁以上老年人免费体检启动, 百名老党员话初心 / 杨光明：
            # 入党誓词记了一辈子: a theme over the headline, its kicker
            return first, second, ""
        if _HELD_TAIL.match(second) and " " not in first and not _MEETING.search(first):
            return "", join_wrapped(first, second), ""  # 永川区…森林防灭火 / 工作会议召开
        if _business_cut(first, second):
            return "", join_wrapped(first, second), ""  # …常务会议 研究部署一季度 / 经济运行…
        if (
            len(first) >= _FULL_ROW
            and len(second) < len(first)
            and " " not in second
            and nlp.splits_word(first, second)
        ):
            return "", join_wrapped(first, second), ""  # …销量占比首 / 次突破五成: a word cut
        if (
            _PLACE_FIRST.match(second)
            and not _PLACE_FIRST.match(first)
            and " " not in first
            and _calls_to_act(first)
        ):
            # 筑牢长江上游防汛屏障 / 永川区在朱沱镇开展…, 学习贯彻…精神 / 永川区委…举行
            # 专题学习会: a call over a whole headline, its meeting's too (two calls, 打通…
            # 全力推进…, are a headline over the meeting)
            return first, second, ""
        if (
            " " in first
            or (" " in second and len(second) > 1.3 * len(first))
            or _MEETING.search(first + second)
            or _GENRE.search(second)
        ):
            # (扎实抓好… 切实筑牢… / 永川区政府召开第27次常务会议 常晓勇主持, “跑腿代办”让
            # 群众少跑路 / 永川区推行… 惠及…: a headline over one; 区委常委会召开会议 /
            # 研究部署…, 关于“双减”的几点思考 / 永川区教委召开专题会议: a meeting and its
            # business; …发展纪实: the piece's kind)
            return "", first, second
        return "", f"{first} {second}", ""  # 门诊共济保障再升级 / 职工医保…提高: two clauses
    if subtitle:
        return first, " ".join(others[1:]), subtitle
    if len(others) == 3 and _predicate_below(second, others[2]):
        # 抢抓…机遇 / 朱沱港二期工程 / 完成年度投资四成: a kicker over a title set in two
        # lines, its subject over its predicate
        return first, f"{second} {others[2]}", ""
    return first, second, " ".join(others[2:])


def _dash_tails_joined(lines: list[str]) -> list[str]:
    """``lines`` with a short line under a ——subtitle joined to it: its wrapped tail
    (——永川区深化“网格+”基层治理 / 工作综述), no line of the title."""
    out: list[str] = []
    for line in lines:
        if (
            out
            and DASH_LINE.match(out[-1])
            and not DASH_LINE.match(line)
            and len(line) <= _DASH_TAIL
            and not ATTENDANCE.match(line)
        ):
            out[-1] = join_wrapped(out[-1], line)
        else:
            out.append(line)
    return out


# The longest wrapped tail of a ——subtitle: 工作综述, …交流会见闻.
_DASH_TAIL = 6
# A serial's instalment: 茶山竹海话茶事（之三）, …（连载十二）, …（上）.
_INSTALMENT = re.compile(
    r"[（(](?:之[一二三四五六七八九十百]+|连载[一二三四五六七八九十百\d]+|[上中下])[）)]$"
)
# A headline's second line this short under a longer one is the first's wrapped tail.
_WRAPPED_TAIL = 4
# A headline's first line this long was set to the page's width: a word cut at its
# end goes on below, however long the tail.
_FULL_ROW = 20
# The longest theme line set over a headline as its kicker: 林长制落地见效.
_THEME_CHARS = 10
# A headline naming its person or place first: 杨光明：入党誓词记了一辈子.
_NAMED = re.compile(r"^[\u4e00-\u9fff]{2,8}[：:]")
# A meeting named in a headline's first line: the line below gives its business.
_MEETING = re.compile(r"(?:召开|举行|举办|主持).{0,20}(?:会议|会)|(?:会议|大会)(?:召开|举行)")
# A meeting's name ending in its being held, short enough for a headline's wrapped
# tail: 工作会议召开, 大会开幕.
_HELD_TAIL = re.compile(r"^[\u4e00-\u9fff]{0,6}(?:会议|大会|会)(?:召开|举行|开幕|闭幕)$")
# The kind of piece a subtitle names: …发展纪实, …交流会见闻.
_GENRE = re.compile(r"(?:纪实|见闻|侧记|综述|摘登|巡礼|观察|速写|札记|特写)$")
# One phrase of a couplet: words and their quotes, no figures.
_PHRASE = re.compile(r"[\u4e00-\u9fff“”‘’·]{2,11}")
# Words that open a predicate: 同比增长…, 首次与…挂钩, 再次…
_PREDICATE_OPENERS = frozenset(("同比", "环比", "首次", "再次", "正式", "全面", "成功", "顺利"))


# A headline line's last word that leaves it unfinished: a particle or conjunction
# (老街的, …与), a preposition, an ordinal (第三届), a count's measure (42名).
_OPEN_TAGS = frozenset(("uj", "uz", "c", "p"))  # (…变美了: 了 ends it)
_COUNT_MEASURES = frozenset("名个家所项户位座条批支辆台届期次场首部份件处")
# Verbs a headline's next line may hold the object of (胜利路街道举办 / “邻里…”晚会).
_OBJECT_VERB = re.compile(
    r"举办|举行|开展|启动|推动|推进|打造|建成|实现|完成|发布|出台|印发|开通|开设|新增"
    r"|新建|引进|培育|迎来|荣获|获评|入选|签订|部署|召开|助力|擦亮|激活|绘就|奏响|织密|筑牢"
    r"|表彰|授予|命名"
)
# A short line of a change and its figure alone (突破300亿元), which says nothing
# without the line above.
_FIGURE_PREDICATE = re.compile(
    rf"(?:同比|环比)?{CHANGE}\d[\d.]*(?:%|％|[万亿]?[\u4e00-\u9fff]{{0,3}})"
)
# Prepositions whose object, or verb, a title's next line may hold (青峰镇为300余户…).
_OPEN_PREPOSITIONS = frozenset("为向给对把将与同跟被")


def _unfinished_line(line: str, below: str) -> bool:
    """A headline line cut before it says what it says (永川区举办第三届 / “巧媳妇”创业
    大赛, 胜利路街道举办 / “邻里一家亲”纳凉晚会, 青峰镇为300余户困难群众 / 送去
    “暖心包”): the title's first half, wrapped, neither a kicker nor a title over
    its subtitle."""
    if below[:1].isdigit() and FIGURE_VERB.search(line):
        return True  # …地区生产总值同比增长 / 6.2% 主要经济指标…: the figure it grew by
    if _FIGURE_PREDICATE.fullmatch(below) and not ends_sentence(line):
        return True  # …核心产业营业收入 / 突破300亿元: the figure it reached
    if (
        len(line) < 3
        or line[-1] in "”」』）)"
        or " " in line
        or STORY_LABEL.match(line)
        or _TOWN.fullmatch(line)  # 永荣镇 / 便民服务中心搬进“家门口”: the town, the kicker
    ):
        return False
    words = [(w, t) for w, t in nlp.tag(line) if w.strip() and t != "x"]
    if not words:
        return False
    last, tag = words[-1]
    if tag in _OPEN_TAGS or (tag == "m" and last[0] in "第首"):
        return True
    if last[-1] in _COUNT_MEASURES and (tag == "q" or (tag == "m" and last[-2:-1].isdigit())):
        return True
    if _OBJECT_VERB.fullmatch(last) and not _MEETING.search(line) and not _calls_to_act(line):
        opening = _first_word(below)
        return below[:1] in "“「《" or (opening is not None and opening[1][0] in "nmq")
    verbs = [n for n, (_, t) in enumerate(words) if t == "v"]
    prepositions = [n for n, (w, t) in enumerate(words) if t == "p" and w in _OPEN_PREPOSITIONS]
    return bool(prepositions) and not any(n > prepositions[-1] for n in verbs)


def _business_cut(first: str, below: str) -> bool:
    """A meeting's headline line whose last phrase, its business, stops before its
    object (``…第十九次会议 听取和审议`` / ``区政府关于…的报告``, ``…常务会议 研究部署
    一季度`` / ``经济运行和安全生产等工作``, set on from the meeting with no space too,
    ``区政府召开专题会议研究部署`` / ``城市更新工作``): the line below goes on with it,
    no subtitle; who presided (``常晓勇主持``) finishes the line."""
    meeting = _MEETING.search(first)
    if not meeting:
        return False
    business = first.rsplit(" ", 1)[1] if " " in first else first[meeting.end() :]
    if not business or ATTENDANCE.match(business):
        return False
    words = [(w, t) for w, t in nlp.tag(business) if w.strip() and t != "x"]
    opening = _first_word(below)
    return (
        bool(words)
        # (研究部署 is one word to the tagger, a noun)
        and (words[-1][1] in ("v", "m", "mq", "q") or _OBJECT_VERB.search(words[-1][0]) is not None)
        and opening is not None
        and opening[1][0] in "nmt"  # (春季森林防灭火…: its time first)
    )


def _joined_unfinished(lines: list[str]) -> list[str]:
    """``lines`` with each unfinished line joined to the line under it."""
    out: list[str] = []
    for line in lines:
        if out and _unfinished_line(out[-1], line):
            out[-1] = join_wrapped(out[-1], line)
        else:
            out.append(line)
    return out


def _paired_slogan(line: str) -> bool:
    """Two or three phrases a space apart, no figures and no place leading any
    (一田两用 一水两收, 稳外贸 拓市场, 赏川剧 品古镇 看非遗): a couplet, set over a
    headline as its kicker."""
    phrases = line.split(" ")
    return 2 <= len(phrases) <= 3 and all(
        _PHRASE.fullmatch(phrase) and balanced(phrase) and not _leads_with_place(phrase)
        for phrase in phrases
    )


def _leads_with_place(phrase: str) -> bool:
    """A place and more after it (永川山区迎来降雪); a phrase that is all a place's
    shape (品古镇) names none."""
    place = _PLACE_FIRST.match(phrase)
    return place is not None and place.end() < len(phrase)


def _calls_to_act(line: str) -> bool:
    """A slogan's line, opening with its verb (打造西部科技影视城, 学习贯彻…): no
    subject, so no headline's first half."""
    if _SLOGAN.match(line):
        return True
    opening = _first_word(line)
    return opening is not None and opening[1] == "v"


def _first_word(line: str) -> tuple[str, str] | None:
    """The line's first word and its part of speech, punctuation skipped."""
    return next(((w, t) for w, t in nlp.tag(line) if w.strip() and t != "x"), None)


def _clause_over_clause(first: str, second: str) -> bool:
    """A short line that says its own thing, ending on its verb (林长制落地见效,
    生态种养促增收), over a line with a subject and verb of its own (茶山竹海万亩竹林
    有了“林长管家”, “稻鱼共生”让一田变两金): a theme over the headline, its kicker.
    A line naming a thing (一根篾条) goes on in the line below: one title."""
    if len(first) > _THEME_CHARS or " " in first + second:
        return False
    words = [(w, t) for w, t in nlp.tag(first) if w.strip() and t != "x"]
    below = [(w, t) for w, t in nlp.tag(second) if w.strip() and t != "x"]
    return (
        len(words) > 1
        and words[-1][1] == "v"
        and len(below) > 1
        and (second[0] in "“「" or below[0][1][0] == "n")
        and any(t == "v" for _, t in below[1:])
    )


def _predicate_below(first: str, second: str) -> bool:
    """A headline line naming its subject alone (no verb: 川锐精工“5G+智能工厂”)
    over a line that opens with a verb, a preposition or an adverb (在港桥产业园
    建成投用): one title set in two lines, not a title over its subtitle."""
    if len(first) < 7 or any(tag == "v" for _, tag in nlp.tag(first)):
        return False  # (读者来信 / 人间烟火: a column's name, the kicker)
    opening = _first_word(second)
    return opening is not None and (
        opening[1] in ("v", "p", "d") or opening[0] in _PREDICATE_OPENERS
    )


def _parallel_subheads(units: list[Unit], groups: list[tuple[int, int]], number: int) -> bool:
    """One-line heading group ``number`` set as the next one is, phrases a space
    apart or numbered, each over text that opens no story: a feature's first two
    subheads (压实责任 让“山有人管” / … / 科技赋能 让“林有人护”)."""
    if number + 1 >= len(groups):
        return False
    pair = groups[number], groups[number + 1]
    first = units[pair[0][0]].text
    return (
        (has_phrase_space(first) or bool(ENUMERATED.match(first)) or len(first) <= _THEME_CHARS)
        and all(end - start == 1 for start, end in pair)
        and _shaped_alike(units, *pair)
        and all(
            end < len(units) and units[end].kind == PARA and not article_start(units[end])
            for _, end in pair
        )
    )


def _shaped_alike(units: list[Unit], one: tuple[int, int], other: tuple[int, int]) -> bool:
    """Whether two headline groups are set alike (as many phrases, a line or a
    space apart, numbered or not): a feature's subheads are, its headline is not."""

    def shape(start: int, end: int) -> tuple[int, bool]:
        phrases = sum(len(unit.text.split()) for unit in units[start:end])
        return phrases, bool(ENUMERATED.match(units[start].text))

    return shape(*one) == shape(*other)


# A running column's name: 乡村振兴进行时, 基层一线, 民生直通车, 走基层, a literary
# page's 茶竹文苑.
COLUMN_NAME = re.compile(
    r"[\u4e00-\u9fff]{0,6}(?:进行时|在行动|动态|一线|直击|聚焦|观察|视点|纪实|直通车|面对面|走基层"
    rf"|新气象|新作为|新征程|风采录?|故事汇?|{LITERARY_COLUMN})"
)


def _column_head(units: list[Unit]) -> bool:
    """The first unit a label heading a column of items (■简讯, 图片新闻) as a
    headline row; or a column's name (乡村振兴进行时, 一线直击) over a lead on a
    page that ends on a headline: the headlines come after their stories, so it
    heads none."""
    first = units[0]
    if first.kind != HEAD or len(units) < 2:
        return False
    if STORY_LABEL.match(first.text):
        return True
    end = len(units)
    while end > 2 and units[end - 1].kind == BYLINE:
        end -= 1
    return (
        len(units) > 2
        and bool(COLUMN_NAME.fullmatch(first.text))
        and units[1].kind == PARA
        and article_start(units[1])
        and units[end - 1].kind in (HEAD, DASH)
    )


def _direction(units: list[Unit]) -> str:
    """Whether headlines come before their stories or after them.

    A page whose text opens with a headline has them before; one that ends on a
    headline (or its byline), after. One that opens with running text (not a continuation marker
    or an editor's note) has them after, unless that text is the end of a story
    begun on the page before (no 本报讯, no date) and the page ends in running
    text too: then its headlines are before their stories.
    """
    content = [
        u for u in units if u.kind != CONT and not (u.kind == PARA and PREAMBLE.match(u.text))
    ]
    if content and _column_head(content):
        content = content[1:]  # ■简讯 over the column, whichever way its items run
    if not content:
        return "before"
    end = len(content)
    while end > 1 and content[end - 1].kind == BYLINE:  # a headline block's byline row
        end -= 1
    first, last = content[0], content[end - 1]
    if last.kind in (HEAD, DASH) and first.kind in (HEAD, DASH) and units[0].kind == CONT:
        return "after"  # （上接1版）, the story's subhead, …, its headline last
    if first.kind in (HEAD, DASH, KICKER):
        return "before"
    if last.kind in (HEAD, DASH) or (last.kind == PARA and exclaimed_headline(last.text)):
        return "after"
    if first.kind != PARA or PLACE_TAG.match(first.text):
        return "before"  # (【金龙镇】5月20日，…: a brief printed with no headline)
    orphan = not article_start(first) and any(u.kind in (HEAD, DASH) for u in content)
    return "before" if orphan else "after"


def _add_body(draft: Draft, unit: Unit) -> None:
    if unit.kind == JUMP:
        # (下转4版): where the story goes on, no text of it
        sent = JUMP_PAGE.search(unit.text)
        draft.jumps_to = page_number(sent[1]) if sent else ""
        return
    if unit.kind == CAPTION:
        draft.blocks.append(Block("caption", unit.text))
        draft.photographers.extend(_credited(CAPTION, unit.text))
    elif unit.kind in (HEAD, KICKER, DASH):
        draft.blocks.append(Block("subhead", unit.text))
    elif (
        unit.kind == BYLINE
        and not draft.byline
        and _before_lead(draft.blocks)
        and bylines.is_byline_line(unit.text)  # not run on into more text (本报评论员 names none)
    ):
        draft.byline, draft.byline_at = unit.text, len(draft.blocks)
        draft.authors.extend(bylines.line_authors(unit.text))
    elif (
        unit.kind == BYLINE
        and draft.byline
        and draft.byline_at == len(draft.blocks)
        and bylines.is_byline_line(unit.text)
    ):
        draft.byline += "\n" + unit.text  # 口述：刘素华 / 整理：…: one byline in two lines
        draft.authors.extend(bylines.line_authors(unit.text))
    else:
        draft.blocks.append(Block("paragraph", unit.text))
        draft.authors.extend(_credited(unit.kind, unit.text))


def _before_lead(blocks: list[Block]) -> bool:
    """Nothing but what a story prints over its lead and byline: a lead photo, or
    an editor's note (编者按：…, a paragraph or three; no lead under it yet)."""
    if blocks and blocks[0].kind == "paragraph" and PREAMBLE.match(blocks[0].text):
        return len(blocks) <= 3 and all(
            b.kind == "paragraph"
            and not (b.text.startswith(ARTICLE_OPENERS) or DATE_LEAD.match(b.text))
            for b in blocks[1:]
        )
    return all(block.kind == "caption" for block in blocks)


def _credited(kind: str, text: str) -> list[str]:
    """The names a unit of ``kind`` credits: a caption its photographer, a byline its
    names, text its dateline's byline and the one signing it (an ITEM too: ●…参加。
    （记者 涂 燕）, a brief in a list)."""
    if kind == CAPTION:
        return bylines.photo_credit_authors(text) or bylines.artwork_authors(text)
    if kind == BYLINE:
        return bylines.line_authors(text)
    if kind in (PARA, ITEM):
        return bylines.dateline_authors(text) + bylines.trailing_authors(text)
    return []


def _continuation_page(text: str) -> str:
    found = CONTINUATION.match(text)
    raw = found.group(1) if found and found.group(1) else ""
    return page_number(raw) if raw else "?"


def _briefs_items(units: list[Unit], groups: list[tuple[int, int]]) -> set[int]:
    """The one-line headings under a label of items (简讯, 便民信息): each item's title,
    though items open without a date or 本报讯 and end unsigned; up to a headline of
    more lines, a story's, or an item signed under its title, whose subheads are no
    items."""
    items: set[int] = set()
    labelled = False
    for start, end in groups:
        if (
            labelled
            and end - start == 1
            and end < len(units)
            and not _sidebar(units, start, end)
            # 一、及时修剪整形: an item's section (a digest numbers its items 1. 2.)
            and not OUTLINE_HEADING.match(units[start].text)
        ):
            items.add(start)
            if units[end].kind == BYLINE:
                labelled = False  # (…落幕 / 文/图 …记者 陈 勇: a story signed, in sections)
                continue
        elif end - start > 1 and STORY_LABEL.match(units[start].text) and end < len(units):
            items.add(start)  # 出行提示 / 电动车充电勿“飞线”: the label over the first item
            if units[end].kind == BYLINE:
                continue  # 周末去哪儿 / 端午假期… / 渝西都市报记者 李思雨: a guide, in sections
        elif end - start > 1:
            labelled = False  # a story's own headline, its subtitle under it: no item's
        labelled = labelled or any(STORY_LABEL.match(u.text) for u in units[start:end])
    return items


def _over_rows(units: list[Unit], end: int) -> bool:
    """The heading ending before ``end`` stands over a table's rows: their label
    (``**男子半程马拉松**`` / ``名次 姓名 成绩``), never the title's subtitle."""
    return end < len(units) and units[end].kind == ROW


def _sidebar(units: list[Unit], start: int, end: int) -> bool:
    """Whether the heading ``units[start:end]`` is a box's label (see ``SIDEBAR``)."""
    return end - start == 1 and bool(SIDEBAR.match(units[start].text))


def _opens_story(units: list[Unit], start: int, end: int, current: Draft | None) -> bool:
    """Whether the minor headings ``units[start:end]`` (``###``, a bold line) head a
    story of their own: what follows them opens only a story (本报讯, a byline), or
    the story before them (``current``) was signed off; a byline right under its
    headline signs nothing off. A dateline lead is not enough, nor a
    photo caption before: a feature's sections open with dates too (``### 来苏镇：
    机械化助力`` / ``3月5日，在来苏镇…``) and have photos between them. An
    editor's note or a summary (``核心提示：…``) opens a story."""
    after = units[end] if end < len(units) else None
    if STORY_LABEL.match(units[start].text) and after is not None:
        return True  # ### 图片新闻 / **义诊进公园** / ▲5月26日，…
    if after is not None and _under_label(units, start):
        return True  # ## 便民信息 / ### 区图书馆…调整 / … / ### 永川东站…: its items
    if (
        after is not None
        and after.kind == KICKER
        and units[start].kind == HEAD
        and end + 1 < len(units)
        and units[end + 1].kind in (PARA, BYLINE)
    ):
        # ## 朱沱港集装箱吞吐量创新高 / ### 前7个月同比增长23.5% / 本报讯… (or a byline
        # line): its lesser line
        return _opens_story(units, start, end + 1, current)
    if after is None or after.kind in (HEAD, KICKER) or _sidebar(units, start, end):
        return False
    if after.kind == DASH or (
        after.kind == PARA
        and headline_like(after.text)
        and balanced(after.text)
        and not article_start(after)
        and end + 1 < len(units)
        and units[end + 1].kind == PARA
    ):
        # **永川召开…** / > ——压紧压实责任… (or 预计带动村民增收600余万元): its
        # subtitle, then the story
        return _opens_story(units, start, end + 1, current)
    if _labelled_title(units, start, end):
        return True
    if _signed_by_others(units, end, current):
        return True
    if after.kind in (BYLINE, CONT) or (
        after.kind == PARA
        and (after.text.startswith(ARTICLE_OPENERS) or PREAMBLE.match(after.text))
    ):
        return True  # (编者按：…, 核心提示：… opens the story under its headline)
    before = units[start - 1] if start > 0 else None
    if before is not None and _column_label(before):
        return True  # 【渝西快评】 over **文明养犬 从“拴绳”做起**
    if before is not None and before.kind == BYLINE:
        return current is not None and any(b.kind == "paragraph" for b in current.blocks)
    return before is not None and before.kind != CAPTION and _article_end(before)


def _signed_by_others(units: list[Unit], end: int, current: Draft | None) -> bool:
    """The text under a heading (to the next one) ends on a byline line of its own
    naming none of the writers of the story in progress: a story is signed once,
    so the heading opens a story of its own (``## 区政府召开…会议`` after a ``#``
    story by 涂燕, its text signed ``（记者 钟梅 通讯员 李明）``), or is a photo item
    alone another photographer credits."""
    if current is None or not current.authors:
        return False
    below = next((n for n in range(end, len(units)) if units[n].kind in (HEAD, KICKER)), len(units))
    if below - end == 1 and article_start(units[end]) and units[end].kind == CAPTION:
        # ## 三教镇：荷塘鱼跃丰收忙 / 8月14日，…记者 罗静 摄: a photo item of its own
        credited = bylines.photo_credit_authors(units[end].text)
        return bool(credited) and not set(current.authors) & set(credited)
    if below - end < 2 or units[below - 1].kind != BYLINE:
        return False
    return not set(current.authors) & set(bylines.line_authors(units[below - 1].text))


def _sections_below(units: list[Unit], at: int) -> bool:
    """Whether the story heading ``units[at]`` falls in has its sections set in
    lesser headings (``###`` under ``#``, this one ``##``): then it is no section
    of that story but the next story's title."""
    level = units[at].level
    for unit in reversed(units[:at]):
        if unit.kind in (HEAD, KICKER) and unit.level > level:
            return True
        if unit.kind == HEAD and unit.level < level:
            return False
    return False


def _under_label(units: list[Unit], start: int) -> bool:
    """Whether the heading above ``units[start]``'s level is a column's label
    (``## 便民信息``): the minor headings under it title its items."""
    level = units[start].level
    for at in range(start - 1, -1, -1):
        unit = units[at]
        if unit.kind == KICKER and 0 < unit.level < level and STORY_LABEL.match(unit.text):
            return True  # ### 简讯 / **区图书馆春节不打烊** 2月10日…: a bold run-in title
        if unit.kind == HEAD and 0 < unit.level < level:
            # (## 一周要闻 / (6月3日—6月9日) / 记者 罗小川: a digest signed under its
            # title, one story, the headings under it its sections)
            # (or its name in brackets: ## 【环保曝光台】)
            labelled = STORY_LABEL.match(unit.text) or COLUMN_LABEL.fullmatch(unit.text)
            return bool(labelled) and not any(
                u.kind == BYLINE and article_start(u) for u in units[at + 1 : min(start, at + 4)]
            )
    return False


def _labelled_title(units: list[Unit], start: int, end: int) -> bool:
    """A column's name in brackets over a title (【数说】 / 2023年前三季度…经济) heads a
    piece of its own; alone over text (【法官说法】) it is a section's heading."""
    return end - start >= 2 and bool(COLUMN_LABEL.fullmatch(units[start].text))


def _sibling_title(current: Draft | None, level: int, unit: Unit, after: Unit | None) -> bool:
    """A minor heading at the level that titled the story it would fall in
    (``### 陈食街道…`` under a story titled by ``###``): the page marks its
    titles so, and this one heads the next story; unless that story was signed
    under its headline and the text below opens none (``**“三统一”稳住好价钱**``
    over ``为了让菜农…``, bold both the titles and the sections)."""
    return (
        current is not None
        and bool(current.title and current.blocks)
        and unit.level == level
        and not (current.byline and after is not None and not article_start(after))
    )


def _column_label(unit: Unit) -> bool:
    """A column's name in brackets on a line of its own (【渝西快评】, 【权威访谈】)."""
    return unit.kind == PARA and bool(COLUMN_LABEL.fullmatch(unit.text))


def _plain_kicker(draft: Draft | None, before: Unit | None) -> bool:
    """A short plain line that is all a piece holds before its first heading
    (``永川秀芽·春茶开采`` over ``## 万亩茶园采春茶…``): the heading's kicker, set
    in body type by the export, not an untitled story."""
    return (
        draft is not None
        and before is not None
        and before.kind == PARA
        and not (draft.title or draft.kicker or draft.subtitle or draft.continuation_label)
        and len(draft.blocks) == 1
        and draft.blocks[0].text == before.text
        and kicker_line(before.text)
    )


def _heads_items(units: list[Unit], at: int, label_level: int) -> bool:
    """Whether the heading at ``at`` is the first of several of its level and kind
    under a bare label (``# 分类广告`` over ``## 遗失声明``, ``## 注销公告``…,
    ``## 【环保曝光台】`` over ``### …`` items): the label heads a column of items, no
    item's kicker."""
    siblings = 0
    for unit in units[at:]:
        if unit.kind in (HEAD, KICKER) and unit.level <= label_level:
            break
        siblings += unit.kind == units[at].kind and unit.level == units[at].level
    return siblings > 1


def assemble_markdown(units: list[Unit]) -> list[Draft]:
    drafts: list[Draft] = []
    current: Draft | None = None
    level = 0  # of the heading that gave ``current`` its title
    pending_kickers: list[Unit] = []
    in_headline = False

    def title_only(deeper_than: int) -> bool:
        """``current`` is a bare heading above a lesser one (``# 图片新闻`` over
        ``## 义诊进公园``, ``## 简讯`` over a bold title): a label, its kicker."""
        return (
            current is not None
            and bool(current.title)
            and not (current.blocks or current.subtitle or current.continuation)
            and level < deeper_than
        )

    def titled() -> bool:
        """``current``'s title is longer than a column's label: a headline, so a
        lesser line under it is its subtitle, not a title under a label."""
        return (
            current is not None
            and len(unbracketed(current.title)) > _LABEL_CHARS
            and not STORY_LABEL.match(current.title)  # (## 小荷尖尖角·习作园地: a column's)
        )

    index = 0
    while index < len(units):
        unit = units[index]
        if (
            unit.kind in (HEAD, KICKER, DASH)
            and DASH_LINE.match(unit.text)
            and in_headline
            and current is not None
            and current.title
            and not current.blocks
            and not (current.kicker and current.subtitle)
        ):
            if current.subtitle:
                # # 乡村振兴进行时 / ## 松溉镇：… / ### ——…见闻: a ——line under a
                # headline's two lines; the three are its kicker, title and subtitle
                current.kicker, current.title = current.title, current.subtitle
            current.subtitle = unit.text  # (## 一场…盛宴 / ## ——…观后, one level)
            index += 1
            continue
        if unit.kind == KICKER:
            end = index
            while end < len(units) and units[end].kind == KICKER:
                end += 1
            if end < len(units) and units[end].kind == HEAD:  # ### right above a heading
                pending_kickers.extend(units[index:end])
                index = end
                continue
            if _opens_story(units, index, end, current) or _sibling_title(
                current, level, unit, units[end] if end < len(units) else None
            ):
                kicker, title, subtitle = split_headline([u.text for u in units[index:end]])
                if (
                    title_only(unit.level)
                    and current is not None
                    and (titled() or DASH_LINE.match(unit.text) or _READING_NOTE.match(unit.text))
                    and not current.subtitle
                    and not _over_rows(units, end)
                ):
                    # ``## 永川区举行…活动`` over ``### 22个项目总投资87亿元``: a
                    # headline's lesser line, not a story under a label.
                    current.subtitle = " ".join(u.text for u in units[index:end])
                    in_headline = True
                    index = end
                    continue
                if title_only(unit.level) and current is not None:
                    if not _heads_items(units, index, level):  # (a column's: no item's kicker)
                        kicker = " ".join(filter(None, (current.kicker, current.title, kicker)))
                else:
                    label = units[index - 1] if index > 0 else None
                    if (
                        label is not None
                        and _column_label(label)
                        and current is not None
                        and current.blocks
                        and current.blocks[-1] == Block("paragraph", label.text)
                    ):  # the column's name over the title: no text of the story above
                        current.blocks.pop()
                    current = Draft()
                    drafts.append(current)
                current.kicker, current.title, current.subtitle = kicker, title, subtitle
                level, in_headline = unit.level, True
                index = end
                continue
            if current is None:
                current = Draft()
                drafts.append(current)
            if (
                end - index == 1
                and title_only(unit.level)
                and titled()
                and not COLUMN_LABEL.fullmatch(unit.text)
                and not _over_rows(units, end)
                and not (current.byline and OUTLINE_HEADING.match(unit.text))
            ):
                # # 春季减重正当时… / ### 区人民医院营养科专家教你算好BMI / text: the
                # title's lesser line, its subtitle (### 【案情】 / text: a section's label;
                # under the byline, **一、登箕山**: the signed piece's first section)
                current.subtitle = unit.text
                index = end
                continue
            current.blocks.extend(Block("subhead", u.text) for u in units[index:end])
            in_headline = False
            index = end
            continue
        index += 1
        if unit.kind == HEAD:
            after = units[index] if index < len(units) else None
            if (
                current is not None
                and current.title
                and current.blocks
                and not pending_kickers
                and (
                    (
                        (level < unit.level or _sidebar(units, index - 1, index))
                        and not _sections_below(units, index - 1)
                    )
                    # ##### 全区…工作会召开 / … / ##### 一、压实防火责任: an outline's
                    # heading at the story's own level, one of its sections
                    or (
                        level == unit.level
                        and OUTLINE_HEADING.match(unit.text) is not None
                        and not OUTLINE_HEADING.match(current.title)
                    )
                )
                and after is not None
                and not (after.kind == PARA and headline_like(after.text))  # a subtitle
                and not _opens_story(units, index - 1, index, current)
            ):
                # ``## 数字赋能`` in the text of a ``#`` story, over more of its text:
                # a section of it.
                current.blocks.append(Block("subhead", unit.text))
                in_headline = False
                continue
            continuing = (
                current is not None
                and current.continuation
                and not current.title
                and (not current.blocks)
            )
            kickers = [k.text for k in pending_kickers]
            if (
                in_headline
                and current is not None
                and current.title
                and not (current.kicker or current.subtitle or current.blocks)
                and not current.continuation
                and 0 < unit.level < level
                and not STORY_LABEL.match(current.title)
            ):
                # ## 守护“一老一小” / # 茶山竹海街道建成…: a lesser heading right over
                # a greater one is its kicker
                current.kicker = " ".join([current.title, *kickers])
                current.title = unit.text
                pending_kickers = []
                level = unit.level
                continue
            if (
                title_only(unit.level)
                and current is not None
                and (titled() or DASH_LINE.match(unit.text))
                and not pending_kickers
            ):
                current.subtitle = unit.text  # a headline's second, lesser line
                in_headline = True
                continue
            if title_only(unit.level) and current is not None:
                if not (
                    _heads_items(units, index - 1, level)
                    # (# 聚焦2024永川两会 / ### 牢记嘱托… / ## …闭幕: the page's banner
                    # over the first headline and its own kicker)
                    or (kickers and not current.kicker and len(drafts) == 1)
                ):
                    kickers = [k for k in (current.kicker, current.title) if k] + kickers
            elif _plain_kicker(current, units[index - 2] if index >= 2 else None):
                assert current is not None
                kickers = [current.blocks.pop().text, *kickers]
            elif not continuing:
                current = Draft()
                drafts.append(current)
            current.kicker = " ".join(kickers)
            current.title = unit.text
            pending_kickers = []
            level, in_headline = unit.level, True
            continue
        if unit.kind == CONT:
            if current is not None and in_headline and not current.blocks:
                current.continuation = _continuation_page(unit.text)  # its headline printed
                continue
            current = Draft(continuation=_continuation_page(unit.text))
            current.continuation_label = unit.text
            drafts.append(current)
            in_headline = False
            continue
        if current is None:
            current = Draft()
            drafts.append(current)
        if in_headline and unit.kind == DASH and not current.subtitle:
            current.subtitle = unit.text
            continue
        if (
            in_headline
            and unit.kind == PARA
            and not current.subtitle
            and not current.blocks
            and (
                (headline_like(unit.text) and balanced(unit.text) and not article_start(unit))
                or DATE_SPAN.match(unit.text)
            )
        ):
            current.subtitle = unit.text
            continue
        if _second_lead(current, unit):
            current = Draft()
            drafts.append(current)
        elif _labels_brief(current.title, unit) and not (
            current.blocks or current.kicker or current.subtitle
        ):
            current.title = ""  # # 简讯 / **永川讯** 9月3日，…
        if unit.kind != BYLINE:
            in_headline = False
        _add_body(current, unit)
    if len(drafts) > 1 and drafts[0].label_only():
        del drafts[0]  # # 科普 over the page's first headline: the page's label
    return drafts


def _sign_off(units: list[Unit]) -> None:
    """Who signs a letter or a notice and when, on lines of their own as short as
    headlines (an issuer, its date, a letter's day): the text's end, no headline."""
    for number, (unit, following) in enumerate(itertools.pairwise(units)):
        if following.kind == HEAD and unit.kind == BYLINE and DAY_HEADING.match(following.text):
            following.kind = PARA  # 读者：张建国 / 11月28日: the day a letter was signed
        if (
            following.kind == HEAD
            and unit.kind == HEAD
            and DAY_HEADING.match(following.text)
            and ISSUER.fullmatch(unit.text)
            and number
            and units[number - 1].kind == PARA
        ):
            unit.kind = following.kind = PARA  # 特此通告。/ 永川区公安局交巡警支队 / 11月22日
        if (
            unit.kind == PARA
            and following.kind == HEAD
            and (FIELD_LINE.match(unit.text) or CLOSING_FORMULA.search(unit.text))
            and ISSUER.fullmatch(following.text)
            and number + 2 < len(units)
            and units[number + 2].kind == HEAD
            and not DAY_HEADING.match(units[number + 2].text)
        ):
            following.kind = PARA  # 联系电话：… / 永川区公安局中山路派出所 / next title: it signs
        if following.kind in (HEAD, PARA) and (
            BARE_DATE.match(following.text)
            or (BARE_MONTH.match(following.text) and ISSUER.fullmatch(unit.text))
        ):
            following.kind = PARA  # a notice's date (or month: 2024年6月), under its issuer
            if unit.kind == HEAD:
                unit.kind = PARA
                for issuer in reversed(units[max(0, number - 2) : number]):
                    if issuer.kind != HEAD or not ISSUER.fullmatch(issuer.text):
                        break
                    issuer.kind = PARA  # (issuers signing together, one over another)


# A listing's row: a short first field, then fields a space apart (1 王建峰 1:08:42,
# 09:30 《穿过月亮的旅行》 2D 35元, 单位 金牌 银牌 铜牌).
_LISTED = re.compile(r"^[^\s。，；]{1,12}(?:\s+[^\s]+){1,6}$")


def _label_listings(units: list[Unit]) -> None:
    """男子组 / 名次 姓名 成绩 / 1 王建峰 1:08:42: a short label over the rows of a
    listing heads them, as a subhead does, where it follows the line announcing
    the listing (…如下：), a headline, or the last row of the group before (as
    many fields as the rows below); a headline's line over a table's rows too.
    A group may be one row (男子单打 / 冠军 唐浩 亚军 … / 女子单打 / 冠军 …), where a
    label and a row of as many fields follow it or precede its label."""

    def listed(unit: Unit) -> bool:
        return bool(_LISTED.match(unit.text)) and not ends_sentence(unit.text)

    def alike(row: Unit, fields: int) -> bool:
        return listed(row) and len(row.text.split()) == fields

    def label(unit: Unit, over: Unit) -> bool:
        return (
            (unit.kind in (PARA, VERSE) or (unit.kind == HEAD and over.kind == ROW))
            and 2 <= len(unit.text) <= 16
            and balanced(unit.text)
            and not any(ch.isspace() or ch in "，,、；;：:" for ch in unit.text)
            and headline_like(unit.text)
        )

    for number in range(1, len(units) - 1):
        unit, before, first = units[number], units[number - 1], units[number + 1]
        if not (listed(first) and label(unit, first)):
            continue
        fields = len(first.text.split())
        grouped = number + 2 < len(units) and listed(units[number + 2])
        single = not grouped and (
            alike(before, fields)
            or (
                number + 3 < len(units)
                and label(units[number + 2], units[number + 3])
                and alike(units[number + 3], fields)
            )
        )
        if not (grouped or single):
            continue
        if (
            before.kind in (HEAD, DASH)
            or before.text[-1] in "：:"
            or (alike(before, fields) and not bylines.is_byline_line(before.text))
        ):
            unit.kind = KICKER
            if first.kind == HEAD:  # (冠军 刘洋/王琳 亚军 …: phrases apart, a row all the same)
                first.kind = PARA


# A title with a comma in it, over its byline, is at most this long.
_COMMA_TITLE_CHARS = 24


def assemble_rows(units: list[Unit]) -> list[Draft]:
    """Plain and column text: headline groups found by their neighbours."""
    _sign_off(units)
    listing = False
    for number, (unit, following) in enumerate(itertools.pairwise(units)):
        if unit.kind == HEAD and following.kind == JUMP:
            unit.kind = PARA  # 工程预计明年6月底前 / (下转4版): the text goes on there
        if unit.kind == PARA and exclaimed_headline(unit.text) and article_start(following):
            unit.kind = HEAD  # 这个夏天，来永川避暑吧！ over 本报讯…
        # 现将拟表彰对象予以公示： / 张三 永川中学 / 李四 萱花中学: what a colon
        # announces is a list, not headings; the list ends at a story's headline
        # (set apart, or over its lead or its ——subtitle).
        after = units[number + 2] if number + 2 < len(units) else None
        listing = (
            following.kind == HEAD
            and (listing or (unit.kind in (PARA, ITEM) and unit.text[-1] in "：:"))
            and not DOCUMENT_TITLE.search(following.text)
            and not ENUMERATED.match(following.text)  # 如下： / 一、管制时间: a heading
            and not BRACKETED_HEAD.fullmatch(following.text)  # (安排如下： / 【5月1日】)
            and not following.apart
            and not (after and (after.kind == DASH or article_start(after)))
        )
        if listing:
            following.kind = PARA
    _label_listings(units)
    for number in range(len(units) - 1):
        unit, above = units[number], units[number - 1] if number else None
        if (
            unit.kind == PARA
            and (
                above is None
                or above.kind == HEAD
                or (ends_sentence(above.text) and article_start(units[number + 1]))
            )
            and units[number + 1].kind == BYLINE
            and len(unit.text) <= _COMMA_TITLE_CHARS
            and not ends_sentence(unit.text)
            and not any(mark in unit.text for mark in "。！？；：:")
            and balanced(unit.text)
        ):
            # 记者手记 / 在朱沱港，听见长江的“心跳” / 渝西都市报记者 …: its title, also
            # first on the page or after a story's end (松溉，一座慢下来的古镇 / □ 何晓燕)
            unit.kind = HEAD
    for number in range(1, len(units)):
        if (
            units[number].kind == PARA
            and exclaimed_headline(units[number].text)
            and (ends_sentence(units[number - 1].text) or units[number - 1].kind == BYLINE)
            and _asks_apart(units, number)
        ):
            units[number].kind = HEAD  # 消费券怎么领怎么用？ over text others sign
    direction = _direction(units)
    if direction == "after":
        for before, unit, following in zip(units, units[1:], units[2:], strict=False):
            if (
                before.kind == PARA
                and unit.kind == HEAD
                and following.kind == HEAD
                and ISSUER.fullmatch(unit.text)
                and DOCUMENT_TITLE.search(following.text)
            ):
                unit.kind = PARA  # …举行。/ 胡世才同志治丧小组 / 讣告: the notice's signature
    if direction == "after" and _column_head(units):
        units = units[1:]  # the column's label: no story's headline, nothing above it
    if (
        direction == "after"
        and len(units) > 1
        and units[-2].kind in (PARA, ITEM, CAPTION, BYLINE)
        and units[-1].kind == PARA
        and asking_headline(units[-1].text)
    ):
        units[-1].kind = HEAD  # the last story's headline, after the story
    if direction == "after":
        for above, unit, below in zip(units, units[1:], units[2:], strict=False):
            if (
                unit.kind == PARA
                and below.kind == CONT
                and (above.kind in (CAPTION, BYLINE) or ends_sentence(above.text))
                and headline_like(unit.text)
                and balanced(unit.text)
            ):
                unit.kind = HEAD  # …义诊 over (上接1版): the story above's headline, wide
    run_end: dict[int, int] = {}
    headline_at: set[int] = set()
    continued = [k for k, unit in enumerate(units) if unit.kind == CONT]
    subheads: list[tuple[int, int]] = []  # the story in progress's subheads' groups
    digest = False  # the story in progress is a digest of questions and answers
    items_below = item_below = False  # briefs headed above their text, on an "after" page
    groups = _groups(units)

    def above_start(number: int) -> int:
        """Where the text a heading follows starts: after the heading before it,
        or, over a box's label (编后), the one before that (the box is its story's)."""
        while number and _sidebar(units, *groups[number - 1]):
            number -= 1
        return groups[number - 1][1] if number else 0

    for number, (start, end) in enumerate(groups):
        run_end[start] = end
        before = units[start - 1] if start > 0 else None
        after = units[end] if end < len(units) else None
        has_dash = any(units[k].kind == DASH for k in range(start, end))
        if direction == "after":
            above = above_start(number)
            below = _section_end(units, groups, number)
            # A photo inside a feature: its caption (or credit) does not end the
            # story when the heading under it introduces the text below (and,
            # after a credit, repeats nothing of the text above).
            from_above, from_below = _shares(units[start:end], units[above:start], units[end:below])
            # So is a heading that goes on as the subhead before it did, over
            # text that opens no story (在村里的电商服务站，…).
            photo_in_feature = (
                before is not None
                and before.kind == CAPTION
                and (
                    (
                        from_below >= 0.2
                        and from_below > from_above
                        and (from_above <= 0.15 or not is_credit(before.text))
                    )
                    or (
                        any(_shaped_alike(units, group, (start, end)) for group in subheads)
                        and after is not None
                        and after.kind == PARA
                        and not article_start(after)
                    )
                )
            )
            # Most of its words in the text above and hardly any below: the
            # headline of the story above (a subhead introduces the text below).
            sums_up = (
                (from_above >= 0.5 and (from_below <= 0.15 or from_above >= 3 * from_below))
                or (from_above >= 0.3 and from_below == 0)
                or (from_above >= 0.75 and from_above >= 1.5 * from_below)
            )
            # Most of its words in the text below, hardly any above: a subhead,
            # even over a section that opens with its date (9月25日，在…).
            introduces = (
                from_below >= 0.4
                and from_above <= 0.1
                and not (
                    after is not None
                    and (after.kind == BYLINE or after.text.startswith(ARTICLE_OPENERS))
                )
            )
            # Over a notice, signed and dated (…特此通告。/ 永川区交巡警支队 /
            # 2025年1月8日): a document of its own, so the heading closes the story above.
            over_notice = _over_notice(units, groups, number)
            # 【陈食街道开展…演练】 after a brief headed above its text (简讯 /
            # 【…】 under the story before's headline): the next brief's title
            item_below = (
                end - start == 1
                and items_below
                and bool(BRACKETED_TITLE.fullmatch(units[start].text))
            )
            is_headline = (
                has_dash
                or item_below
                or after is None
                # (three rows after a finished paragraph, 躬耕教坛 强国有我 / 永川区隆重表彰 /
                # 一批优秀教师和先进集体: a kicker and a title, as no subhead is set)
                or (end - start >= 3 and before is not None and ends_sentence(before.text))
                or over_notice
                or _label_over_title(units, start, end)
                or (article_start(after) and not introduces)
                or (before is not None and _article_end(before) and not photo_in_feature)
                or _box_after_end(units, start)
                or sums_up
                or bool(DOCUMENT_TITLE.search(units[end - 1].text))
            )
        else:
            # A photo inside a feature: its caption does not end the story when
            # a one-line heading under it goes on as the ones before it did.
            # So is one over an interview's question (记者：…？): the interview goes on.
            photo_in_feature = (
                end - start == 1
                and before is not None
                and before.kind == CAPTION
                and (
                    bool(subheads)
                    or (after is not None and bool(INTERVIEW_TURN.match(after.text)))
                    or _parallel_subheads(units, groups, number)
                )
            )
            is_headline = (
                has_dash
                or before is None
                or units[start].apart
                or (
                    article_start(after)
                    and not _dated_section(units, start, end, above_start(number))
                    and not _labelled_alike(units, subheads, start, end)
                )
                or (
                    _article_end(before)
                    and not photo_in_feature
                    # (a byline under a headline: the story has no text yet)
                    and not (
                        before.kind == BYLINE
                        and _under_headline(units, groups, number, headline_at)
                    )
                )
                or bool(DOCUMENT_TITLE.search(units[end - 1].text))
                or _labelled_title(units, start, end)
                # (the story in progress signed at its headline or continued from
                # another page, over subheads since)
                or _signed_apart(
                    units,
                    groups,
                    number,
                    max((*headline_at, *(k for k in continued if k < start)), default=0),
                )
                or _unit_credited_item(units, groups, number)
                # (over a notice, signed and dated: a document of its own)
                or _over_notice(units, groups, number)
                or _over_photo_item(units, groups, number)
                or _over_photo_like_first(units, groups, number, headline_at)
                # 流感季来临 / 关于流感疫苗 专家这样说: a kicker and a title after a
                # finished story with no subheads so far, set as no subhead is
                or (
                    end - start >= 2
                    and not subheads
                    and before is not None
                    and before.kind == PARA
                    and ends_sentence(before.text)
                    and len(units[start].text) <= 10
                    and has_phrase_space(units[end - 1].text)
                    and not speaker_line(units[end - 1].text)
                )
            )
            # A question over its asker's turn (暑期托管班收费是否合理? / 市民问:…)
            # right under a column's heading and byline, and each after it, are the
            # column's subheads: a digest of questions and answers, one story.
            asked = (
                end - start == 1
                and exclaimed_headline(units[start].text)
                and after is not None
                and bool(INTERVIEW_TURN.match(after.text))
            )
            if asked and (digest or _under_headline(units, groups, number, headline_at)):
                is_headline = False
            digest = asked and not is_headline
        if (
            is_headline
            and not ENUMERATED.match(units[start].text)
            and not _sidebar(units, start, end)
            # (【高中男子100米决赛前六名】 over a table's rows: their label; 【案情】 in a
            # story printed headline last: a part of it, no story's headline)
            and not (
                end - start == 1
                and units[start].text[:1] == "【"
                and (
                    _over_rows(units, end)
                    or (direction == "after" and _part_label(units[start].text))
                )
            )
            and not (end - start == 1 and DAY_HEADING.match(units[start].text))
        ):
            headline_at.add(start)
        subheads = [] if start in headline_at else [*subheads, (start, end)]
        if direction == "after" and start in headline_at:
            items_below = _label_over_title(units, start, end) or item_below
    if direction == "before":
        headline_at |= _briefs_items(units, groups)

    drafts: list[Draft] = []
    current = Draft()
    # Bylines printed in the headline blocks after their stories: the page's last
    # block one, or a story under one naming its own writer (标题 / □ 龚 平 /
    # 本报讯（通讯员 唐 浩）…, or …（本报通讯员 黄 涛） at its end).
    signed_blocks = direction == "after" and any(
        units[at].kind == BYLINE
        and units[at - 1].kind in (HEAD, DASH)
        and (at + 1 == len(units) or _signed_below(units, at + 1))
        for at in range(1, len(units))
    )

    def close() -> None:
        nonlocal current
        if not current.empty():
            drafts.append(current)
        current = Draft()

    index = 0
    while index < len(units):
        unit = units[index]
        if index in headline_at:
            end = run_end[index]
            if (
                direction == "before"
                and end == index + 1
                and end < len(units)
                and _labels_brief(unit.text, units[end])
            ):
                close()  # 镇街快讯 / 【金龙镇】5月20日，…
                index = end
                continue
            kicker, title, subtitle = split_headline([u.text for u in units[index:end]])
            # (headlines after their stories, but a label's items headed above their
            # text: the story in progress has its headline, so this one heads the next)
            heads_below = _label_over_title(units, index, end) or bool(current.title)
            if (
                direction == "after"
                and heads_below
                and end == index + 1
                and KIND_LABEL.match(unit.text)
            ):
                close()  # …其余简讯 / 图片新闻 / 4月6日，…: the label over the next item
                index = end
                continue
            if direction == "before" or heads_below:
                close()
            current.kicker, current.title, current.subtitle = kicker, title, subtitle
            if direction == "after" and not heads_below:
                closed = current
                close()
                # The byline printed in the headline block (标题 / □ 何晓雯), as
                # the page shows: the story's it closes, when nothing in that story
                # named its writer.
                if (
                    signed_blocks
                    and end < len(units)
                    and units[end].kind == BYLINE
                    and not closed.authors
                    and not closed.byline
                    and closed.blocks
                    and bylines.is_byline_line(units[end].text)
                ):
                    closed.byline, closed.byline_at = units[end].text, len(closed.blocks)
                    closed.authors.extend(bylines.line_authors(units[end].text))
                    end += 1
            index = end
            continue
        if unit.kind == CONT:
            if direction == "before" and not current.blocks and current.title:
                current.continuation = _continuation_page(unit.text)  # its headline printed
            elif _headline_over_continuation(current, drafts):
                # (the page's first line over （上接1版）: the rest's headline printed
                # again, though the page sets its headlines after their stories)
                current.title = current.blocks.pop().text
                current.continuation = _continuation_page(unit.text)
            else:
                if direction == "before" or current.blocks or current.continuation_label:
                    close()
                current.continuation = _continuation_page(unit.text)
                current.continuation_label = unit.text
            index += 1
            continue
        if _second_lead(current, unit, anywhere=direction == "after"):
            close()  # headlines after, the story before had none (a continuation, say)
        for subhead in _subheads(units[index : run_end.get(index, index + 1)]):
            _add_body(current, subhead)  # a run of subheads, or one body unit
        index = run_end.get(index, index + 1)
    close()
    if direction == "before":
        _give_last_headline_its_story(drafts)
    else:
        _give_last_byline_its_story(drafts)
    return drafts


def _headline_over_continuation(current: Draft, drafts: list[Draft]) -> bool:
    """Nothing on the page yet but one line that reads as a headline, over a
    continuation's marker."""
    return (
        not drafts
        and not current.title
        and len(current.blocks) == 1
        and current.blocks[0].kind == "paragraph"
        and headline_like(current.blocks[0].text)
        and balanced(current.blocks[0].text)
    )


def _label_over_title(units: list[Unit], start: int, end: int) -> bool:
    """A label over its item's title right under the headline that closed the story
    above (…——subtitle / 记者手记 / 脚底板下出实情): it heads the text below, though
    the page prints its headlines after their stories."""
    return (
        end - start >= 2
        and start > 0
        and units[start - 1].kind in (HEAD, DASH)
        and bool(STORY_LABEL.match(units[start].text))
    )


def _labels_brief(heading: str, unit: Unit) -> bool:
    """``heading`` is a briefs column's label right over a brief that opens with its
    place or 永川讯: the column's, no title; the brief is printed without one."""
    return bool(BRIEFS_LABEL.match(heading)) and unit.kind == PARA and opens_brief(unit.text)


def _second_lead(draft: Draft, unit: Unit, anywhere: bool = False) -> bool:
    """``unit`` leads another story (本报讯, 【金龙镇】) after ``draft``'s text, which
    it finished (or ``anywhere``): no story has two leads, so this is a brief
    printed without a headline."""
    return (
        unit.kind == PARA
        and opens_brief(unit.text)
        and (anywhere or _finished(draft))
        and any(
            block.kind == "paragraph" and not PREAMBLE.match(block.text) for block in draft.blocks
        )
    )


def _finished(draft: Draft) -> bool:
    """The story ends where it stands: on a stop, a signature or a photo."""
    last = draft.blocks[-1] if draft.blocks else None
    return last is not None and (
        last.kind == "caption"
        or ends_sentence(last.text)
        or is_signed(last.text)
        or bylines.is_byline_line(last.text)
    )


def _give_last_byline_its_story(drafts: list[Draft]) -> None:
    """A byline under the page's last headline, headlines after their stories: the
    story's that headline closed, not a story of its own."""
    last = drafts[-1] if len(drafts) > 1 else None
    if last is None or not last.byline:
        return
    if last.title or last.kicker or last.subtitle or last.blocks or last.continuation_label:
        return
    story = drafts[-2]
    story.authors += last.authors
    story.photographers += drafts.pop().photographers
    if story.byline:  # it has one already: this one stays as printed
        story.blocks += last.byline_blocks()
    else:
        story.byline, story.byline_at = last.byline, len(story.blocks)


def _subheads(run: list[Unit]) -> list[Unit]:
    """A run of column rows set as a subhead in two lines (``丰富业态产品`` /
    ``让游客“留下来”“住下来”``): one subhead, its lines a space apart. A speaker's
    line under a speech's title (``区委常委、宣传部部长 张小梅``) stays its own, and
    so does a numbered heading under another (``一、招聘条件`` / ``（一）基本条件``)."""
    if len(run) < 2 or any(unit.kind != HEAD or unit.group < 0 for unit in run):
        return run
    joined = [run[0]]
    for unit in run[1:]:
        last = joined[-1]
        if (
            unit.group == last.group
            and not (speaker_line(unit.text) or speaker_line(last.text))
            and not (ENUMERATED.match(unit.text) and ENUMERATED.match(last.text))
        ):
            # A row that filled its column wraps a subhead too long for it.
            space = "" if last.filled else " "
            joined[-1] = Unit(HEAD, f"{last.text}{space}{unit.text}", group=unit.group)
        else:
            joined.append(unit)
    return joined


def _give_last_headline_its_story(drafts: list[Draft]) -> None:
    """A page's last headline with nothing under it, after a story that ends with a
    credit and then opens again (``…摄`` / ``10月10日，朱沱镇…`` / ``（… 摄）``), or
    that 本报讯 opens again: the last item printed its headline after its text, as a
    photo page may."""
    if len(drafts) < 2 or drafts[-1].blocks or not drafts[-1].title:
        return
    last, untitled = drafts[-1], drafts[-2]
    if (
        not (untitled.title or untitled.kicker or untitled.subtitle or untitled.continuation_label)
        and untitled.blocks
        and opens_brief(untitled.blocks[0].text)
    ):
        drafts.pop()  # …80余批次。 / 本报讯…3月13日，… / 茶山竹海飘茶香 / “永川秀芽”春茶开采
        untitled.kicker, untitled.title, untitled.subtitle = last.kicker, last.title, last.subtitle
        return
    if not (last.kicker or last.subtitle) and ISSUER.fullmatch(last.title):
        # 重庆永川燃气有限责任公司 closing the page: the notice above signed
        drafts[-2].blocks.append(Block("paragraph", drafts.pop().title))
        return
    blocks = drafts[-2].blocks
    for k in range(len(blocks) - 1, 0, -1):
        block, before = blocks[k], blocks[k - 1]
        finished = (before.kind == "caption" and is_credit(before.text)) or is_signed(before.text)
        if block.kind == "paragraph" and (
            opens_brief(block.text)  # only ever a story's first words
            or (finished and article_start(Unit(PARA, block.text)))
        ):
            drafts[-1].blocks, drafts[-2].blocks = blocks[k:], blocks[:k]
            for draft in drafts[-2:]:  # each story's names from what it now holds
                draft.authors = draft.byline_authors() if draft.byline else []
                draft.authors += [name for b in draft.blocks for name in _block_authors(b)]
                draft.photographers = [
                    name
                    for b in draft.blocks
                    if b.kind == "caption"
                    for name in _credited(CAPTION, b.text)
                ]
            return


def _block_authors(block: Block) -> list[str]:
    """The names a text block credits, as ``_add_body`` read them from its unit."""
    if block.kind != "paragraph":
        return []
    return _credited(BYLINE if bylines.is_byline_line(block.text) else PARA, block.text)


# An item under a column's label is short: a photo and its caption, a brief.
_ITEM_BLOCKS = 3


def unlabel_items(drafts: list[Draft]) -> None:
    """A column's label (图片新闻, 便民信息, 【便民信息】) heading its first item as a
    kicker labels the items after it too: no item's kicker. Over one item alone
    (the page's next story no item: long, or with a kicker of its own) it stays
    that item's kicker."""
    for draft, after in itertools.pairwise(drafts):
        if (
            (STORY_LABEL.match(draft.kicker) or COLUMN_LABEL.fullmatch(draft.kicker))
            and not after.kicker
            and not after.continuation
            and len(draft.blocks) <= _ITEM_BLOCKS
            and len(after.blocks) <= _ITEM_BLOCKS
        ):
            draft.kicker = ""


# A brief opening with the place it comes from: 胜利路街道：3月4日，…
# (or set off by a space, as a bold lead-in loses its bold: 金龙镇　6月2日，…, or an
# office's: 区人力社保局　5月…)
_PLACE_LED = re.compile(
    rf"^[\u4e00-\u9fff]{{1,10}}(?:{PLACE_ENDING}\s*[:：]"
    rf"|(?:{PLACE_ENDING}|局|委|办|中心|院|馆|队)[ \u3000]+(?=\S))"
)


def split_briefs(drafts: list[Draft]) -> list[Draft]:
    """A briefs column's label (志愿服务简讯, 镇街动态) over paragraphs that open with
    their places (胜利路街道：… / 朱沱镇：…): each paragraph an item of its own,
    untitled, signed by its own byline, not one story under the label's title."""
    out: list[Draft] = []
    for draft in drafts:
        blocks = draft.blocks
        if (
            (BRIEFS_LABEL.match(draft.title) or STORY_LABEL.match(draft.title))
            and not draft.subtitle
            and len(blocks) >= 2
            and all(block.kind == "paragraph" for block in blocks)
            and sum(bool(_PLACE_LED.match(block.text)) for block in blocks) * 2 > len(blocks)
        ):
            for block in blocks:
                item = Draft()
                _add_body(item, Unit(PARA, block.text))
                out.append(item)
        else:
            out.append(draft)
    return out


def carry_preambles(drafts: list[Draft]) -> list[Draft]:
    """An editor's note printed over a headline opens the story below it, instead
    of standing as an untitled story of its own."""
    kept: list[Draft] = []
    carried: list[Block] = []
    for draft in drafts:
        if carried and (draft.title or draft.kicker):
            draft.blocks[:0] = carried
            carried = []
        if (
            not (draft.title or draft.kicker or draft.subtitle or draft.continuation_label)
            and draft.blocks
            and all(b.kind == "paragraph" and PREAMBLE.match(b.text) for b in draft.blocks)
        ):
            carried = draft.blocks
            continue
        if carried:
            kept.append(Draft(blocks=carried))
            carried = []
        kept.append(draft)
    if carried:
        kept.append(Draft(blocks=carried))
    return kept


def goes_on(draft: Draft) -> bool:
    """A piece after a rule with no headline group, which opens no story of its own
    (a subhead, ``一、搭建平台``, or text that is no lead): the next section of the
    story above, which the rule set off."""
    if draft.title or draft.kicker or draft.subtitle or draft.byline or draft.continuation_label:
        return False
    blocks = draft.blocks[:2]
    if [block.kind for block in blocks] == ["subhead", "caption"]:
        return False  # #### 茶山竹海街道 植树添绿迎春来 / ▲…摄: a headline over its photo
    if len(blocks) == 2 and blocks[0].kind == "subhead" and blocks[1].kind == "paragraph":
        blocks = blocks[1:]  # **“茶竹之约”摄影作品展…** / 7月20日，…: a headline over its lead
    first = blocks[0].text if blocks else ""
    return not (first.startswith(ARTICLE_OPENERS) or DATE_LEAD.match(first))


def append_section(draft: Draft, section: Draft) -> None:
    draft.blocks += section.blocks
    draft.authors += section.authors
    draft.photographers += section.photographers


def one_draft(drafts: list[Draft], export: ExportMeta) -> Draft:
    """An exported article whose title the export states: all of the piece is its
    text, any headline found in it a subhead (but the stated title printed again);
    a continuation's marker opening it says where it continues from."""
    one = Draft(kicker=export.kicker, title=export.title, subtitle=export.subtitle)
    for n, draft in enumerate(drafts):
        if n == 0 and unspaced(draft.title) == unspaced(export.title):
            # The title printed again under the metadata (# 标题): its own headline,
            # and a **——…** line in bold under it the subtitle.
            one.kicker = one.kicker or draft.kicker
            one.subtitle = one.subtitle or draft.subtitle
            first = draft.blocks[0] if draft.blocks else None
            if (
                not one.subtitle
                and first
                and first.kind == "subhead"
                and DASH_LINE.match(first.text)
            ):
                one.subtitle = draft.blocks.pop(0).text
        else:
            one.blocks += [
                Block("subhead", h) for h in (draft.kicker, draft.title, draft.subtitle) if h
            ]
        if n == 0 and draft.continuation:
            one.continuation = draft.continuation  # (上接A01版) under the record's fields
        elif draft.continuation_label:
            one.blocks.append(Block("paragraph", draft.continuation_label))
        one.blocks += draft.blocks
        one.authors += draft.authors
        one.photographers += draft.photographers
    return one


def unbracketed(headline: str) -> str:
    """``【春耕正当时】`` → ``春耕正当时``: the brackets set a headline off, they are not in it."""
    for opening, closing in ("【】", "〖〗"):
        if (
            headline.startswith(opening)
            and headline.endswith(closing)
            and headline.count(opening) == 1
            and len(headline) > 2
        ):
            return headline[1:-1].strip()
    return headline


def title_from_body(blocks: list[Block]) -> tuple[str, list[Block]]:
    """A story printed without a headline: its first subhead stands in as the title."""
    for i, block in enumerate(blocks):
        if block.kind == "subhead":
            return block.text, blocks[:i] + blocks[i + 1 :]
    return "", blocks
