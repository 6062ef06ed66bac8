"""Page text → articles.

A page comes in one of a family of layouts: Markdown headings, plain text with a
paragraph a line, or PDF column text hard-wrapped every ~16–24 characters with
its headlines after the body or before it. The parser first turns lines into
typed *units* (headline rows, paragraphs, bylines, captions …), rejoining what
the column layout or a column break cut, then decides which headline groups
open (or, headlines-after, close) an article and which are subheads, and
finally fills in authors and dates.

Website and e-paper exports come as the same layouts with metadata lines
(``作者：…``, ``发布时间：…``), navigation (``打印本页 关闭窗口``) and rules
(``----``) between their articles; Markdown may carry lists, tables, links,
images and stray HTML.

Nothing of the page's text is dropped or repeated: every line outside markup,
the masthead, an export's metadata and a web page's navigation ends up in
exactly one field or block of one article.
"""

from __future__ import annotations

import functools
import html
import itertools
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from yc_reader.core import bylines, datelines, nlp
from yc_reader.core.cjk import (
    CLAUSE_MARKS,
    ends_sentence,
    has_inner_sentence_end,
    has_phrase_space,
    is_cjk,
    join_wrapped,
    unspaced,
    width,
)
from yc_reader.core.gutters import unfold_columns
from yc_reader.core.masthead import (
    BARE_DATE,
    NAVIGATION_FIRST,
    ExportMeta,
    PageMeta,
    date_from_filename,
    is_export,
    is_export_line,
    is_masthead_line,
    is_navigation_line,
    is_site_footer,
    page_from_filename,
    page_number,
    read_front_matter,
    strip_export_meta,
    strip_masthead,
)
from yc_reader.core.model import Article, Block, ParsedFile
from yc_reader.core.names import is_person_name
from yc_reader.core.reading import UnreadableFile, read_page

PARSER_VERSION = 4
"""The version of what the parser makes of a page. An index made by another
version is rebuilt, so a better parser reaches the files already imported (and
bookmarks keep their articles: ids come from source and headline). Bump it,
with the digest in tests/core/test_parser_version.py, when the output changes."""

_MD_HEADING = re.compile(r"^(#{1,6})[ \t]*(.*?)[ \t#]*$")
# A page a story jumps from or to: 3, 第3版's 3, A2, 三.
_PAGE_NO = r"[A-Ha-h]?[0-9０-９一二三四五六七八九十]{1,3}"
_CONTINUATION = re.compile(
    rf"^[（(【\[]?\s*(?:上接|接上|紧接|转自|接)\s*(?:第\s*)?({_PAGE_NO})?\s*版?\s*[）)】\]]?$"
)
_RUN_IN_CONTINUATION = re.compile(
    rf"^(\s*[（(【\[]\s*(?:上接|接上|紧接)\s*(?:第\s*)?{_PAGE_NO}\s*版\s*[）)】\]])\s*(?=\S)"
)
# (下转第6版) / 转第6版 / 未完待续: the story goes on on another page; it closes
# the part printed here.
_JUMP = re.compile(
    rf"^[（(【\[]?\s*(?:(?:下转|转至|转)\s*(?:第\s*)?{_PAGE_NO}\s*版|未完待续|转下版)\s*[）)】\]]?$"
)
_DASH = re.compile(r"^(?:——|—\s*—|--|－－|─{2})")
_CAPTION_START = re.compile(
    r"^(?:[▲△▼]|[■□◆●]?\s*(?:图为|上图|下图|左图|右图|图\s*[：:]|图片[：:]|照片[：:]))"
)
# Marks a page prints before a heading (◆菜篮子价格保持平稳, ■ 聚焦一线), a byline
# (■记者 张三) or a list's items (● 全面开展…。).
_DECORATION = "■□◆◇●○★☆▶►▷➤"
# An item of a notice or a list (一、管制时间 / （二）… / 3. …): never a story's headline.
_ENUMERATED = re.compile(
    r"^(?:[一二三四五六七八九十]{1,3}[、．.]|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[、．.](?!\d))"
)
# ……以内。（完） / 【全文完】: the story ends here.
_END_MARK = re.compile(r"[（(【\[]\s*(?:完|全文完|本文完)\s*[）)】\]]\s*$")
_SOURCE_NOTE = re.compile(r"[（(][^（()）]{0,30}(?:提供|供图|资料图|摄)[）)]\s*$")
# A photo's source on a line of its own, under its caption.
_PHOTO_NOTE = re.compile(
    r"[（(]\s*(?:(?:图片|照片|图)由[^（()）]{2,24}提供|资料图片?|图片来源\s*[:：][^（()）]{2,24})\s*[）)]"
)
# Who gave the photo, a caption's last line: 区政务服务中心供图 / （受访者供图）.
_PHOTO_SOURCE = re.compile(r"[（(]?[\u4e00-\u9fff·\s、]{2,24}供图[）)]?")
# A regex, not ``str.translate``: translate looks every character of a long CJK
# page up in its table (20× slower here).
_ZERO_WIDTH = re.compile("[\ufeff\u200b\u200c\u200d\u2060\u00ad]")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
_SPACES = re.compile(r"[ \t\u00a0\u3000\u2002-\u200a\u202f\u205f]+")
_EMPHASIS = re.compile(r"\*\*|__")
# Bold inside a line of a page that is not Markdown otherwise.
_INLINE_BOLD = re.compile(r"\*\*(?=\S)(.+?)(?<=\S)\*\*")
# A saved web page's parts that are no text of it: the head (title, styles), scripts,
# comments, the doctype, navigation and footer elements.
_HTML_HIDDEN = re.compile(
    r"<(!--|!doctype\b|(?:head|script|style|nav|footer|noscript)\b)[^<>]{0,500}>?", re.IGNORECASE
)
# A heading element: its level, as Markdown marks it.
_HTML_HEADING = re.compile(r"<\s*h([1-6])\b[^<>]{0,200}>", re.IGNORECASE)
# HTML left in a dump: breaks end a line, other tags go, entities are read.
_HTML_BREAK = re.compile(r"<\s*/?\s*(?:br|p|div|li|tr|h[1-6])\b[^<>]{0,200}>", re.IGNORECASE)
_HTML_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9]{0,10}(?:\s[^<>]{0,200})?/?>")
_HTML_LINK_OPEN = re.compile(r"<a\s", re.IGNORECASE)
_HTML_LINK = re.compile(r"<a\s[^<>]{0,500}>(.*?)</a\s*>", re.IGNORECASE)
_HTML_ENTITY = re.compile(r"&(?:[A-Za-z]{2,8}|#\d{2,6}|#[xX][0-9A-Fa-f]{2,5});")
# Markdown inside lines: images (their alt text, when it is words, is the photo's
# caption), links (their text stays), quotes, list items and table rows.
_IMAGE = re.compile(r"!\[([^\[\]]*)\]\([^()]*\)")
_LINK = re.compile(r"\[([^\[\]]+)\]\([^()\s]*\)")
_QUOTE = re.compile(r"^(?:>\s?)+")
_BULLET = re.compile(r"^[-*+]\s+(?=\S)")
_ORDERED = re.compile(r"^\d{1,2}[.)]\s+(?=\S)")
_TABLE_RULE = re.compile(r"^\|?(?:\s*:?-{2,}:?\s*\|)+\s*(?::?-{2,}:?\s*)?$")
# A line of one mark repeated: a rule between articles, or under a setext heading.
_RULE_MARKS = "-=_*~—─━＝－"
_RULE = re.compile(rf"^([{_RULE_MARKS}])(?:\s*\1){{2,}}$")
# The lines worth a look: those starting with a markup character or as navigation does.
_LOOK_FIRST = frozenset(">|+0123456789▼" + _RULE_MARKS + _DECORATION) | NAVIGATION_FIRST
_BODY_LABEL = "【正文】"
# A speaker's post (and name) or body, as a speech digest prints it.
_SPEAKER_POST = re.compile(
    r"(?:书记|部长|主任|区长|镇长|县长|局长|主席|委员|常委|负责人|经理|院长|校长|会长|代表|组长)"
    r"\s*[\u4e00-\u9fff]{0,4}$|(?:委会|委员会|党委|支部|协会|商会|联合会)$"
)
_COLUMN_LABEL = re.compile(r"【[\u4e00-\u9fff·]{2,8}】")
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
    r"^(?:往期推荐|往期精彩|精彩推荐|热文推荐|推荐阅读|猜你喜欢|本版其他文章|本版其他稿件|本版相关文章)[:：]?$"
)
# A whole line in bold: how Markdown dumps print the titles of briefs and minor heads.
_BOLD_LINE = re.compile(r"^(\*\*|__)(?:(?!\1).)+\1$")
# A whole line in italics (*▲… 摄* / _（责任编辑：王 敏）_): its text, the marks gone.
_ITALIC_LINE = re.compile(r"([*_])(?![*_\s])[^*_]+(?<![*_\s])\1")
_BOLD_LEVEL = 7
# A bare heading over a lesser one is a column's label (图片新闻, 简讯, 要闻速递),
# the kicker of the title below, when it is this short; a longer one is the title
# and the lesser heading its subtitle.
_LABEL_CHARS = 6
# A plain line over a piece's first heading is its kicker when it is this short.
_KICKER_CHARS = 20
# Verse: lines of at most this many characters, at least this many in a row
# (in Markdown, lines without a blank line between them: two are enough).
_VERSE_CHARS = 20
_VERSE_RUN = 4
_ARTICLE_OPENERS = ("本报讯", "本报记者", "新华社", "据新华社", "央视网消息", "本报消息")
# A speaker's label opening an interview's turn: 记者：… / 王建国：…
_SPEAKER = re.compile(r"^([\u4e00-\u9fff]{1,4})\s*[：:]")
_INTERVIEW_ROLES = frozenset({"记者", "本报记者", "主持人", "问", "答"})
# A Q&A's turn or a notice's field (问：… / 时间：… / 地点：…): never a headline,
# however short (a headline with a colon names a place or a person: 来苏镇：…).
_FIELD_LINE = re.compile(
    r"^(?:问|答|时间|日期|地点|(?:联系|通讯|办公)?地址|(?:联系|咨询|服务|举报|监督|投诉|广告|订阅|发行|新闻)?(?:电话|热线)"
    r"|联系人|联系方式|(?:投稿|电子)?邮箱|传真|邮编|网址|对象|内容"
    r"|报名(?:方式|时间|地点|条件)|(?:主办|承办|协办)(?:单位)?"
    r"|[今明后]天|[今明]日|白天|夜间|气温|风力|风向)\s*[：:]"
)
# A line that opens with a short label (出租：… / 电话：… / 问：…): an item of a
# service page, a turn of a Q&A; never the rest of the line before it.
_LABEL = re.compile(r"^[\u4e00-\u9fff]{1,5}[：:]\S")
# …区委书记张智奎 / 强调：… — a speaker's verb before the colon: the sentence goes on.
_SPEECH = re.compile(
    r"^[\u4e00-\u9fff]{0,3}(?:说|说道|指出|强调|表示|介绍|认为|称|要求|提出|透露|坦言|建议|希望|告诉记者)[：:]"
)
# The label of a kind of item (图片新闻, 简讯 …): whatever follows it is a new story.
# A column of briefs, headed once over all its items (永川简讯, 短讯, 新闻速递 …).
_BRIEFS = r"[\u4e00-\u9fff]{0,4}(?:简讯|短讯|快讯)|新闻速递|要闻速递|资讯速递|新闻集萃"


def _label(names: str) -> re.Pattern[str]:
    """A label line: one of ``names``, perhaps marked (■ …) or bracketed (【…】)."""
    return re.compile(rf"^[■□◆◇●○★☆【\[]?\s*(?:{names})\s*[】\]]?$")


_BRIEFS_LABEL = _label(_BRIEFS)
# A label of a kind of item, over the item it heads.
_STORY_LABEL = _label(
    rf"图片新闻|新闻图片|图说\S{{0,4}}|图片故事|{_BRIEFS}|一线传真|基层动态|部门动态|镇街动态"
)
# The title of a document printed whole (…人员公示 / …的通告), or of a front page's
# box (今日导读, 天气预报): it heads a piece of its own, never a section of the
# story above it.
_DOCUMENT_TITLE = re.compile(
    r"(?:公告|通告|公示|启事|通知|声明|倡议书|公开信|告知书|须知)$"
    r"|^(?:今日|本期|本版)?导读$|^(?:今日|明日)?天气(?:预报)?$"
)
# A notice's closing formula, over its issuer's signature.
_CLOSING_FORMULA = re.compile(r"^特此(?:公告|通告|通知|公示|声明|说明|告知|函告)[。.！!]?$")
# The label of a box printed with a story (相关链接, 小贴士, 记者手记 …): a section
# of the story above it, never a story's headline.
_SIDEBAR = re.compile(
    r"^[■□◆◇●○★☆◎【\[「『]?\s*(?:(?:相关|新闻|背景|知识|资料)?链接|小贴士|温馨提示|记者手记"
    r"|编后(?:语|记)?|延伸阅读|新闻背景|名词解释|相关新闻|专家(?:点评|解读)|记者(?:追踪|回访)"
    r"|部门回复)\s*[】\]」』]?[：:]?$"
)
# An editor's note or a summary printed over a story's headline (编者按：… /
# 核心提示：…): the opening of the story below, not running text of its own.
_PREAMBLE = re.compile(
    r"^[【\[]?(?:编者按|编者的话|编前语?|核心提示|内容提要|阅读提示|导读|提要|开栏语|题记)"
    r"[】\]]?\s*[：:]"
)
# A letter's or an open letter's salutation (编辑同志： / 广大市民朋友们：): it opens one.
_SALUTATION = re.compile(
    r"^(?:尊敬的|亲爱的|广大)?[\u4e00-\u9fff]{0,10}(?:同志|朋友|读者|市民|居民|家长|先生|女士|老师)们?[：:]$"
)
# A kicker's slogan opens with a call to act (加快建设重庆城市副中心, 聚焦“三夏”生产);
# a title as short (“跑腿代办”让群众少跑路) names what happened.
_SLOGAN = re.compile(
    r"^(?:加快|推动|坚持|聚焦|奋力|深入|全力|持续|扎实|助力|打造|建设|推进|喜迎|庆祝|践行|奋进|勇当|争当"
    r"|深化|全面|牢记|锚定|凝心|守护|共建|共创|携手)"
)
# Who attended, a meeting story's subtitle: 刘建明出席并讲话, 常晓勇参加, 张三、李四出席.
_ATTENDANCE = re.compile(
    r"^[\u4e00-\u9fff]{2,4}(?:[、和与][\u4e00-\u9fff]{2,4})*"
    r"(?:出席并讲话|出席并致辞|出席|参加|主持|讲话|致辞|调研|督导|看望|慰问)$"
)
# A series' name over its instalment's title: 乡村振兴调研行, 两会进行时, 一线观察.
_SERIES = re.compile(r"(?:行|记|录|谈|观察|纪实|巡礼|进行时|一线|系列报道|特别报道)$")
# A lead that opens with its date: 5月28日，… / 3月5日上午，… / 2024年5月18日，… /
# 9月5日至6日，…
_DATE_LEAD = re.compile(
    r"(?:(?:19|20)\d{2}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日"
    r"(?:\s*(?:至|到|—|－|-|~|～)\s*(?:\d{1,2}\s*月\s*)?\d{1,2}\s*日)?[上下中早晚]?[午上间]?[，,]"
)
# 本报讯 after a space inside a line: where a run-on page's next story starts.
_BEFORE_BENBAOXUN = re.compile(r"[ \t\u3000\xa0]+(?=本报讯)")
# A brief's headline in brackets at the head of its text: 【…】本报讯…
_RUN_IN_HEADLINE = re.compile(r"^(\s*)(【[^【】。！？；：:\n]{4,40}】)\s*(?=\S)")
_EARLY_DATE = re.compile(r"\d{1,2}\s*月\s*\d{1,2}\s*日")
_BRACKETS = ("“”", "（）", "()", "《》", "「」", "『』", "【】")

HEAD, DASH, BYLINE, CAPTION, CONT, JUMP, PARA, KICKER, VERSE, ITEM, ROW = (
    "head",
    "dash",
    "byline",
    "caption",
    "cont",
    "jump",
    "para",
    "kicker",
    "verse",  # a line of a poem: a paragraph of its own, never joined
    "item",  # a list item: starts a paragraph, which wrapped rows may continue
    "row",  # a table row: a paragraph of its own, never joined
)


@dataclass(slots=True)
class Unit:
    """One typed piece of a page, in reading order."""

    kind: str
    text: str
    group: int = -1  # headline rows printed together share a group
    level: int = 0  # a Markdown heading's level; a bold line is below ``######``
    complete: bool = False  # markup closes it (an image's caption): nothing continues it
    apart: bool = False  # set off by a wider gap than the page's paragraphs: opens a story
    filled: bool = False  # a heading row set to its column's end, the next row its own


@dataclass(slots=True)
class _Draft:
    kicker: str = ""
    title: str = ""
    subtitle: str = ""
    blocks: list[Block] = field(default_factory=list)
    authors: list[str] = field(default_factory=list)
    continuation: str = ""
    continuation_label: str = ""
    # A byline on a line of its own before the text (渝西都市报记者 彭禹乔): part of
    # the headline group, so no paragraph once its names are the authors.
    byline: str = ""
    byline_at: int = 0  # where it stood among the blocks (after a lead photo's caption)

    def empty(self) -> bool:
        return not (
            self.title
            or self.kicker
            or self.subtitle
            or self.blocks
            or self.continuation_label
            or self.byline
        )


# --------------------------------------------------------------------------- lines


@dataclass(slots=True)
class _Lines:
    """A page's lines with spaces folded and markup read.

    ``indented`` maps the indented lines' numbers to the width of their indent
    (a PDF row's indent takes room in its column); ``kinds`` the lines whose
    markup says what they are (a list item, an image's caption); ``rules`` holds
    the lines that were a rule between articles (now blank).
    """

    text: list[str]
    indented: dict[int, int]
    kinds: dict[int, str]
    rules: list[int]


def _clean_lines(text: str) -> _Lines:
    text = _ZERO_WIDTH.sub("", text)
    text = _CONTROL.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))
    if "<" in text:
        text = _without_hidden_html(text)
        text = _HTML_HEADING.sub(lambda h: "\n" + "#" * int(h[1]) + " ", text)
        text = _HTML_BREAK.sub("\n", text)
        if _HTML_LINK_OPEN.search(text):
            text = _without_link_lists(text)
        text = _HTML_TAG.sub("", text)
    if "&" in text:
        text = _HTML_ENTITY.sub(lambda entity: html.unescape(entity.group()), text)
    raw = unfold_columns(text)
    if "上接" in text or "接上" in text:  # （上接第1版）要坚持…: the marker, then the text
        raw = [piece for line in raw for piece in _continuation_apart(line)]
    if "【" in text or _spaced_benbaoxun(text):
        raw = [
            piece
            for line in raw
            for piece in (_headline_apart(line) if "【" in line else (line,))
            for piece in (_run_on_apart(piece) if piece.find("本报讯", 1) > 0 else (piece,))
        ]
    if " " in text and any(_spaced_word(found, text) for found in _OCR_SPACED.finditer(text)):
        raw = [_unspaced_ocr(line) if " " in line else line for line in raw]
    lines = [_SPACES.sub(" ", line) for line in raw]
    indented = {
        n: width(raw[n][: len(raw[n]) - len(raw[n].lstrip())])
        for n, line in enumerate(lines)
        if line.startswith(" ") and line.strip()
    }
    stripped, blocks = read_front_matter([line.strip() for line in lines])
    _drop_recommended(stripped)
    page = _Lines(stripped, indented, {}, blocks)
    _read_markup(page)
    return page


def _unspaced_ocr(line: str) -> str:
    """On a page OCR spaced out (four characters one space apart somewhere), its
    spaces inside words closed up: three characters in a row (``永 川 区 启动…``),
    and two (``综 合``) on a line spaced out like that. A padded name (``涂 燕``, or
    ``罗 勇  张 敏`` with two spaces between names) stays as printed."""
    spaced_out = any(_spaced_word(found, line) for found in _OCR_SPACED.finditer(line))
    runs = _SPACED_PAIRS if spaced_out else _SPACED_CHARS
    return runs.sub(
        lambda run: run.group().replace(" ", "") if _spaced_word(run, line) else run.group(), line
    )


def _spaced_word(run: re.Match[str], line: str) -> bool:
    """A run of spaced characters that is no byline's padded names (通讯员 刘 洋 谢 敏)."""
    return not _ROLE_BEFORE.search(line, max(0, run.start() - 8), run.start())


def _continuation_apart(line: str) -> tuple[str, ...]:
    """A continuation marker run into the text it continues, as a line of its own."""
    found = _RUN_IN_CONTINUATION.match(line)
    return (found[1], line[found.end() :]) if found else (line,)


def _drop_recommended(lines: list[str]) -> None:
    """Blank a closing list of other articles (往期推荐 or 本版其他文章 over their
    titles, to the page's end): their headlines, not this article's text."""
    for at in range(len(lines) - 1, max(-1, len(lines) - 40), -1):
        if lines[at] and lines[at][0] in "往精热推猜本" and _RECOMMENDED.match(lines[at]):
            tail = [line for line in lines[at + 1 :] if line]
            if all(len(line) <= 40 and "。" not in line for line in tail):
                lines[at:] = [""] * (len(lines) - at)
            return


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
    ranked stories), its site footer, and a short heading over such lines alone
    (``相关新闻``, ``热点排行``): the site's, not the article's."""
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
            or (below_dropped and line.startswith("#") and len(shown) <= 16)
        )
        if not below_dropped:
            kept.append(line)
    return "\n".join(reversed(kept))


def _spaced_benbaoxun(text: str) -> bool:
    """Whether a spaced 本报讯 stands inside a line: one substring scan and a look
    before each 本报讯 rule most pages out (a regex search costs 3× more)."""
    at = text.find("本报讯", 1)
    while at > 0:
        if text[at - 1] in " \t\u3000\xa0":
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
            not (_headline_like(title) and _balanced(title))
            or sum(map(is_cjk, title)) < 4  # ## 本报讯…: a heading's mark, not a headline
            or len(title) > 60
            or any(mark in title for mark in "，,、；;")  # a clause, not a headline
        ):
            pending += piece + " "
            continue
        out += [p for p in (pending + text, " ".join(words[:masthead])) if p] + [title]
        pending = ""
    return [*out, pending + pieces[-1]]


def _headline_apart(line: str) -> tuple[str, ...]:
    """A brief's headline run into its text, ``【永川召开…会】本报讯（…）4月12日，…``:
    the headline a line of its own. A box's label (``【温馨提示】请…``, ``【编者按】``)
    is short and opens no story, so it stays."""
    found = _RUN_IN_HEADLINE.match(line)
    if not found:
        return (line,)
    indent, bracketed, rest = found.group(1), found.group(2), line[found.end() :]
    if _SIDEBAR.match(bracketed) or _PREAMBLE.match(bracketed + "："):
        return (line,)
    if len(bracketed) < 10 and not (rest.startswith(_ARTICLE_OPENERS) or _DATE_LEAD.match(rest)):
        return (line,)
    return bracketed, indent + rest


def _read_markup(page: _Lines) -> None:
    """Markdown and table markup out of the lines: what it says goes into ``kinds``
    and ``rules``, a setext heading (a title over ``====`` or ``----``) becomes an
    ATX one. A web page's navigation (打印本页 关闭窗口) is no text of the page. Only
    lines that start with a markup character or hold a link are looked at."""
    lines = page.text
    marked = [
        n for n, line in enumerate(lines) if line and (line[0] in _LOOK_FIRST or "](" in line)
    ]
    for n in marked:
        line = lines[n]
        if line.startswith(_BODY_LABEL):  # an archive's 【正文】 over (or before) the text
            line = lines[n] = line[len(_BODY_LABEL) :].strip()
            if not line:
                continue
        if line[0] in NAVIGATION_FIRST and is_navigation_line(line):
            lines[n] = ""
            continue
        if not line.strip("▼▲△ "):  # an arrow pointing at a photo the dump lost
            lines[n] = ""
            continue
        if line[0] == ">":
            line = _QUOTE.sub("", line)
        if "](" in line:
            alone = _IMAGE.fullmatch(line)
            line = _LINK.sub(r"\1", _IMAGE.sub("", line)).strip()
            if alone and sum(map(is_cjk, alone.group(1))) >= 4:
                line = alone.group(1).strip()
                page.kinds[n] = CAPTION  # ![区图书馆新书上架现场](x.jpg)
            elif line and line[0] in NAVIGATION_FIRST and is_navigation_line(line):
                lines[n] = ""  # [返回首页](../index.md) | [下一篇](./0520-02.md)
                continue
        if line[:1] in ("*", "_") and _ITALIC_LINE.fullmatch(line):
            line = line[1:-1].strip()  # *▲网格员入户走访。 记者 谭 静 摄*: the text
        if not line:
            pass
        elif line[0] in _RULE_MARKS and _RULE.match(line):
            above = lines[n - 1] if n > 0 else ""
            if (
                line[0] in "=-"
                and above
                and above[0] != "#"
                and _headline_like(above)
                and not _RULE.match(above)
                and not is_export_line(above)  # 阅读次数：123 over the rule ending an export
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


def _read_decorated(line: str, n: int, page: _Lines) -> str:
    """A line after a decoration mark: a heading loses the mark, a sentence is a list
    item (or a photo's caption, by its credit); a byline keeps it (□ 李晓梅)."""
    rest = line[1:].lstrip()
    if not rest or bylines.is_byline_line(line):
        return line
    if _headline_like(rest) and _balanced(rest) and not any(m in rest for m in "，,、；;"):
        if not _marked_alike(page.text, n):
            return rest
        page.kinds[n] = ITEM  # ▶ 松溉古镇入选…街区 2版 over ▶ …: a list (导读), no headings
        return line
    page.kinds[n] = CAPTION if _is_caption(rest) or _is_credit(rest) else ITEM
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


_QUOTED = re.compile(r"“[^“”]*”")


def _balanced(text: str) -> bool:
    """Every bracket and quote closed; a straight quote (``"``, OCR's or a typist's)
    may close a curly one, so quotes pair by their number."""
    if '"' in text and sum(text.count(q) for q in '“”"') % 2:
        return False
    return all(
        text.count(a) == text.count(b)
        for a, b in _BRACKETS
        if a != b and (a != "“" or '"' not in text)
    )


def _is_caption(text: str) -> bool:
    if _CAPTION_START.match(text) or _PHOTO_SOURCE.fullmatch(text):
        return True
    if text[0] in "（(" and _PHOTO_NOTE.fullmatch(text):  # （图片由永川区文旅委提供）
        return True
    return (
        len(text) <= 40
        and bool(bylines.photo_credit_authors(text))
        and text.rstrip("）)").endswith("摄")
    )


def _is_credit(text: str) -> bool:
    """A photo credit (``渝西都市报记者 陈仕川 摄``) or a source note closing a caption
    (``（图片由茶山竹海街道提供）``, ``（资料图）``): complete as it is."""
    return text.rstrip("）) ").endswith(("摄", "供图")) or bool(_SOURCE_NOTE.search(text))


def _signed(text: str) -> bool:
    """A paragraph closed by the byline or unit that signs it (``…参加。（记者 涂 燕）``)
    or by an end mark (``…以内。（完）``)."""
    return (
        bylines.is_unit_credit(text)
        or bool(bylines.trailing_authors(text))
        or (text.endswith(("）", ")", "】", "]")) and bool(_END_MARK.search(text)))
    )


def _open_block(kind: str | None, text: str) -> bool:
    """Running text or a caption: what a following row may continue. A photo
    credit (``…摄``) and a signed paragraph are complete as printed."""
    if kind in (None, PARA, ITEM):
        return not _signed(text)
    return kind == CAPTION and not _is_credit(text)


def _basic_kind(text: str) -> str | None:
    """The kinds a line shows by itself, whatever the layout."""
    if _CONTINUATION.match(text) and ("版" in text or text[0] in "（(【["):
        return CONT
    if _JUMP.match(text):
        return JUMP
    if _DASH.match(text) and width(text) <= 120 and not has_inner_sentence_end(text):
        return DASH
    if text[0] in "□■" and bylines.is_byline_line(text):  # □ 李晓梅 signs, not a caption
        return BYLINE
    if _END_MARK.match(text):  # （完） on a line of its own signs the story off
        return BYLINE
    if _is_caption(text):
        return CAPTION
    if bylines.is_byline_line(text):
        return BYLINE
    return None


def _in_brackets(text: str) -> bool:
    """A line wholly in brackets: a note (（作者单位：…）) or a signature (（刘 洋）)."""
    return text[0] in "（(" and text[-1] in "）)"


def _headline_like(text: str) -> bool:
    """Could be printed as a headline: no sentence punctuation, not cut mid-clause."""
    if not text or ends_sentence(text) or has_inner_sentence_end(text):
        return False
    if text[-1] in CLAUSE_MARKS or text[0] in CLAUSE_MARKS or text.startswith(_ARTICLE_OPENERS):
        return False  # (,盘活…: a row that starts mid-sentence)
    if _in_brackets(text):  # （作者单位：…）: a note, never a headline
        return False
    if _FIELD_LINE.match(text):
        return False
    return width(text) <= 110


def _exclaimed_headline(text: str, post: bool = False) -> bool:
    """A headline that ends exclaiming or asking (这个夏天，来永川避暑吧！ / 为什么年轻
    人爱上了“村BA”？), or, a ``post``'s title, does so inside (今夏，松溉古镇夜游
    “火”了！单日最高接待游客超3万人次): short, no full stop, not a quotation nor a
    labelled turn (问：…？). Told from a short exclamation by what follows it: a
    story's opening, or a byline line under a post's title."""
    marked = any(m in text for m in "！？!?") if post else text[-1] in "！？!?"
    if len(text) > (40 if post else 30) or text[0] in '“"「『' or not marked:
        return False
    if _LABEL.match(text):
        return False
    return _balanced(text) and _headline_like(text.translate(_EXCLAMATIONS))


_EXCLAMATIONS = str.maketrans("", "", "！？!?")


def _numbered_heading(
    lines: list[str], number: int, nxt: int | None, marked: dict[int, str]
) -> bool:
    """``1. 茶旅融合：游客走进茶园`` between paragraphs: a numbered heading over its
    section, not an item of a list (whose items stand one after another)."""
    text = lines[number]
    if nxt is None or marked.get(nxt) == ITEM or len(text) > 30 or not _headline_like(text):
        return False
    above = next((n for n in range(number - 1, -1, -1) if lines[n]), None)
    return (above is None or marked.get(above) != ITEM) and _basic_kind(lines[nxt]) is None


def _gaps_above(lines: list[str]) -> dict[int, int]:
    """How many blank lines stand above each line with text (but the first)."""
    gaps: dict[int, int] = {}
    blank: int | None = None  # blank lines since the last line with text
    for number, line in enumerate(lines):
        if line and blank is not None:
            gaps[number] = blank
        if line:
            blank = 0
        elif blank is not None:
            blank += 1
    return gaps


# --------------------------------------------------------------------------- units


def _markdown_units(lines: list[str], marked: dict[int, str]) -> list[Unit]:
    """Markdown: headings, bold minor heads, paragraphs; lines set one under the
    other without a blank line between are verse when they are short. ``marked``
    holds the kinds markup gave lines (list items, captions)."""
    units: list[Unit] = []
    stanza: list[Unit] = []  # the paragraph lines since the last blank line or heading
    for number, raw in enumerate(lines):
        heading = _MD_HEADING.match(raw) if raw.startswith("#") else None
        if not raw or heading:
            _mark_verse(stanza, 2)
            _join_soft_wrapped(stanza, units)
            stanza = []
        if not raw:
            continue
        if heading:
            text = _EMPHASIS.sub("", heading.group(2)).strip()
            if text:
                level = len(heading.group(1))
                units.append(Unit(HEAD if level <= 2 else KICKER, text, level=level))
            continue
        text = _EMPHASIS.sub("", raw).strip()  # bold markup
        if not text:
            continue
        kind = marked.get(number) or _basic_kind(text)
        if kind is None and _BOLD_LINE.match(raw) and _headline_like(text) and _balanced(text):
            units.append(Unit(KICKER, text, level=_BOLD_LEVEL))  # a minor heading
        else:
            units.append(Unit(kind or PARA, text, complete=marked.get(number) in (CAPTION, ROW)))
            stanza.append(units[-1])
    _mark_verse(stanza, 2)
    _join_soft_wrapped(stanza, units)
    _mark_verse(units, _VERSE_RUN, (PARA,))  # verse lines set apart by blank lines
    return _rejoin_paragraphs(units)


def _join_soft_wrapped(stanza: list[Unit], units: list[Unit]) -> None:
    """A Markdown paragraph wrapped at a fixed width, its lines one under the other:
    one paragraph, though a line happens to end with a sentence (``…几块钱。``).
    Its lines but the last are as wide as one another, and some stop mid-clause."""
    if len(stanza) < 3 or units[-len(stanza)] is not stanza[0]:  # a bold heading between
        return
    if any(unit.kind != PARA for unit in stanza):
        return
    rows = [width(unit.text) for unit in stanza[:-1]]
    counts = [len(unit.text) for unit in stanza[:-1]]  # wrapped by count: digits are narrow
    if (
        min(rows) < 28
        or (max(rows) - min(rows) > 4 and max(counts) - min(counts) > 1)
        or width(stanza[-1].text) > max(rows) + 2
        or all(ends_sentence(unit.text) for unit in stanza[:-1])
    ):
        return
    stanza[0].text = functools.reduce(join_wrapped, (unit.text for unit in stanza))
    del units[-len(stanza) + 1 :]


def _verse_line(text: str) -> bool:
    """Short enough for a line of verse, and nothing else by itself."""
    return (
        len(text) <= _VERSE_CHARS
        and not has_inner_sentence_end(text)
        and text[-1] not in "：:"
        and not text.startswith(_ARTICLE_OPENERS)
        and not _LABEL.match(text)  # 问：… / 出租：…: a turn or an item, not a poem's line
        and not _in_brackets(text)  # （刘 洋）: a signature, a note
        and not _ENUMERATED.match(text)  # （一）…/ 1.…: an outline's heading
        and not _STORY_LABEL.match(text)  # 图片新闻: a new story's label
        and not _DOCUMENT_TITLE.search(text)  # 停水公告: a notice's title
        and not _CLOSING_FORMULA.match(text)  # 特此公告。: a notice's close
        and not BARE_DATE.match(text)  # 2024年6月5日: a notice's signing date
        and _basic_kind(text) is None
    )


def _mark_verse(
    units: list[Unit], shortest_run: int, kinds: tuple[str, ...] = (HEAD, PARA)
) -> None:
    """A poem (副刊): a run of short lines of different lengths, each a line of its own.

    No headline group has that many lines, and a wrapped paragraph's rows are
    all about as long.
    """
    if len(units) < shortest_run:  # most stanzas: one paragraph
        return
    i = 0
    while i < len(units):
        j = i
        while j < len(units) and units[j].kind in kinds and _verse_line(units[j].text):
            j += 1
        run = units[i:j]
        if len(run) >= shortest_run and len({len(u.text) for u in run}) > 1 and not _wrapped(run):
            for unit in run:
                unit.kind = VERSE
        i = max(j, i + 1)


def _wrapped(run: list[Unit]) -> bool:
    """Rows of paragraphs wrapped at a column's end, not a poem: the rows cut
    mid-phrase (no mark at their end) are about as wide as the column, and wider
    than a poem's line (fourteen characters and more)."""
    cut = [width(u.text) for u in run if is_cjk(u.text[-1]) or u.text[-1].isalnum()]
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
            and unit.kind == PARA
            and not previous.complete
            and _open_block(previous.kind, previous.text)
            and not ends_sentence(previous.text)
            and previous.text[-1] not in "：:"
            and not unit.text.startswith(_ARTICLE_OPENERS)
            and not _in_brackets(previous.text)  # （作者单位：…）: a note, complete
            and not _COLUMN_LABEL.fullmatch(unit.text)
            and not (
                _ENUMERATED.match(previous.text)
                and len(previous.text) <= _VERSE_CHARS
                and previous.text[-1] not in "，,、"  # 1. 完成…，: the item goes on
            )
            and not BARE_DATE.match(unit.text)
            and not (  # 地点：区体育中心: a notice's field, complete as printed
                _FIELD_LINE.match(previous.text)
                and len(previous.text) <= _VERSE_CHARS * 2
                and previous.text[-1] not in CLAUSE_MARKS
            )
            and not (
                _LABEL.match(unit.text)
                and not _SPEECH.match(unit.text)
                and previous.text[-1] not in CLAUSE_MARKS
            )
        ):
            previous.text = join_wrapped(previous.text, unit.text)
            continue
        out.append(unit)
    return out


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

    def is_full(self, text: str) -> bool:
        """A row that runs to the column's end (PDF rows vary by a few characters)."""
        slack = self.chars(5) if self.by_width else 0
        return self.size(text) >= self.full - slack


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
        if ends_sentence(r) and s > column.full + column.chars(3) and not _is_caption(r)
    )
    if (
        column.full <= column.chars(50)
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
    cut = sorted(width(r) for r in open_rows if _cut_mid_clause(r))
    if len(cut) < 3:
        return None
    middle = cut[len(cut) // 2]
    if sum(1 for w in cut if abs(w - middle) <= 4) < max(3, len(cut) * 0.75):
        return None
    full = max(w for w in map(width, open_rows) if middle - 4 <= w <= middle + 5)
    if full > 100 or any(width(r) > full + 3 and not _headline_like(r) for r in rows):
        return None
    return _Column(full, by_width=True)


def _cut_by_column(text: str, following: str) -> bool:
    """A long line of running text stopped mid-clause by a column's end, going on
    in the next (``…作为首要任务,全年粮食`` / ``播种面积稳定在…。``): no headline
    is that long with a clause mark inside and no space between phrases."""
    return (
        len(text) >= 28
        and _cut_mid_clause(text)
        and not has_phrase_space(text)
        and is_cjk(text[-1])
        and _basic_kind(following) is None
        and not _headline_like(following)
        and not following.startswith(_ARTICLE_OPENERS)
    )


def _cut_mid_clause(row: str) -> bool:
    """Running text stopped by the row's end, not by a headline's: a clause mark inside
    or at its end (an item's number, ``一、``, is not one), and no stop or colon at its end."""
    row = _ENUMERATED.sub("", row, count=1)
    return bool(row) and row[-1] not in "：:" and any(mark in row for mark in "，,、")


def _unfinished(unit: Unit) -> bool:
    """Running text stopped mid-clause: what the row below must go on with."""
    text = unit.text
    return (
        unit.kind == PARA
        and not ends_sentence(text)
        and text[-1] not in "：:）)】]"
        and (_cut_mid_clause(text) or has_inner_sentence_end(text))
        and not _signed(text)
    )


def _plain_units(lines: list[str], marked: dict[int, str], indented: dict[int, int]) -> list[Unit]:
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
    gaps = _gaps_above(lines)
    # Paragraphs one blank line apart (or none), and a wider gap rare: where a
    # story ends.
    usual = Counter(gaps.values()).most_common(1)[0][0] if gaps else -1
    wide = sum(1 for gap in gaps.values() if gap > usual)
    spaced = usual in (0, 1) and wide <= max(2, len(gaps) // 4)
    for number, text in enumerate(lines):
        if not text:
            continue
        kind = marked.get(number) or _basic_kind(text)
        if kind == ITEM and _numbered_heading(lines, number, below[number], marked):
            kind = HEAD
        if kind is None:
            headline = _headline_like(text) and _balanced(text) and not _DATE_LEAD.match(text)
            nxt = below[number]
            if headline and nxt is not None and 0 < indented.get(number, 0) <= 4:
                headline = not (
                    _cut_mid_clause(text) and nxt not in indented and not _headline_like(lines[nxt])
                )
            if headline and nxt is not None and _cut_by_column(text, lines[nxt]):
                headline = False
            if headline and indents_paragraphs and number not in indented and units:
                # A flush row right under a row left unfinished, on a page that
                # indents its paragraphs: the paragraph goes on (rows broken at
                # random, as OCR breaks them).
                headline = not (number > 0 and lines[number - 1] and _unfinished(units[-1]))
            if not headline and nxt is not None and _exclaimed_headline(text, post=True):
                following = lines[nxt]
                headline = not _in_brackets(following) and _basic_kind(following) == BYLINE
            if (
                not headline
                and spaced
                and gaps.get(number, 0) > usual
                and _exclaimed_headline(text)
            ):
                # 这个暑假，带娃去哪儿“充电”？ set apart by a wider gap than the page
                # leaves between paragraphs: a story's headline, not a line of its text.
                headline = nxt is not None and _basic_kind(lines[nxt]) is None
            kind = HEAD if headline else PARA
        units.append(Unit(kind, text, complete=marked.get(number) in (CAPTION, ROW)))
        units[-1].apart = spaced and kind == HEAD and gaps.get(number, 0) > usual
    _mark_verse(units, _VERSE_RUN)
    return _rejoin_paragraphs(units)


def _column_units(
    lines: list[str], column: _Column, indented: dict[int, int], marked: dict[int, str]
) -> list[Unit]:
    """Hard-wrapped column text: rebuild paragraphs, find headline and subhead rows.

    Where the page indents the first line of its paragraphs (some rows
    indented, most not), an indented row always starts a paragraph.
    """
    rows = [(n, t) for n, t in enumerate(lines) if t]
    kinds: list[str | None] = [marked.get(n) or _basic_kind(t) for n, t in rows]
    share = sum(1 for n, _ in rows if n in indented) / max(1, len(rows))
    indents = indented if 0.03 <= share <= 0.6 else {}

    def starts_paragraph(i: int) -> bool:
        """Row ``i`` cannot continue the paragraph before it."""
        if i >= len(rows) or kinds[i] is not None or rows[i][0] in indents:
            return True
        text = rows[i][1]
        if text.startswith(_ARTICLE_OPENERS):
            return True
        if not column.by_width:  # count-wrapped: a running row is exactly full
            return _headline_like(text) and column.size(text) != column.full
        return column.size(text) <= column.full - column.chars(1.5) or text.startswith(("“", '"'))

    def head_row(i: int, after_head: bool) -> bool:
        text = rows[i][1]
        if (
            kinds[i] is None
            and i + 1 < len(rows)
            and _exclaimed_headline(text)
            and _article_start(Unit(kinds[i + 1] or PARA, rows[i + 1][1]))
        ):
            return True
        if kinds[i] is not None or not _headline_like(text) or _DATE_LEAD.match(text):
            return False  # (5月28日，在…: a lead, however short a closing mark left it)
        w, full = column.size(text), column.full
        # Headline type (a space between phrases, not one quoted: 以“健康永川 活力运动”),
        # or across columns.
        if has_phrase_space(_QUOTED.sub("", text)) or w >= full * 1.5:
            return True
        if i + 1 < len(rows) and kinds[i + 1] is None and _tail_row(rows[i + 1][1]):
            return False  # …消防安全检查 / 情况。: a paragraph's last row follows
        if (
            i + 1 < len(rows)
            and kinds[i + 1] is None
            and not _balanced(text)
            and _balanced(text + rows[i + 1][1])
            and _cut_mid_clause(rows[i + 1][1])
        ):
            return False  # …玩起了“反诈知 / 识问答”游戏，…: a quotation runs on below
        if not column.by_width:  # wrapped by count: running rows are exactly full
            return w != full or starts_paragraph(i + 1)
        if after_head and w <= column.chars(8):  # the short tail of a wrapped headline
            return True
        filled = column.filled(text, indents.get(rows[i][0], 0))
        if (
            text.startswith("“")
            and text.endswith("”")
            and _balanced(text)
            and not ends_sentence(text[:-1])
            and filled <= full - column.chars(3)
        ):
            return starts_paragraph(i + 1)  # “只要有人愿意学，我就一直教”: a quoted subhead
        if any(mark in _ENUMERATED.sub("", text, count=1) for mark in "，,、"):
            # A third row under a two-row heading must stand over a story's
            # opening to be a heading too: a paragraph's first row is as short.
            third = i >= 2 and kinds[i - 1] == HEAD and kinds[i - 2] == HEAD
            return (
                after_head
                and filled < full - column.chars(1)
                and _balanced(text)
                and starts_paragraph(i + 1)
                and not (
                    third
                    and i + 1 < len(rows)
                    and kinds[i + 1] is None
                    and not rows[i + 1][1].startswith(_ARTICLE_OPENERS)
                )
            )
        if w >= full + column.chars(2):
            return True
        if filled <= full - column.chars(4) and not text.startswith(("“", '"')):
            return True
        if filled < full - column.chars(1) and starts_paragraph(i + 1):
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
            and _headline_like(rows[last + 1][1])
            and not any(mark in rows[last + 1][1] for mark in CLAUSE_MARKS)
        ):
            last += 1
        if (
            last > i
            and rows[i][0] not in indents
            and filled >= full - column.chars(1)
            and starts_paragraph(last + 1)
        ):
            return True
        following = (
            kinds[i + 1] is not None
            or rows[i + 1][0] in indents
            or rows[i + 1][1].startswith(_ARTICLE_OPENERS)
            or _DATE_LEAD.match(rows[i + 1][1]) is not None
        )
        return following and kinds[i + 1] not in (CONT, JUMP)

    # A row can only be a headline after a row that finished its story or paragraph:
    # one ending a sentence, a credit, a signing byline or source note (wrapped
    # over a few rows), or one that stops short of the column; or when it is printed
    # across columns or centred, or stands over 本报讯, as no running row does (the
    # story above left unfinished).
    open_sentence = False
    previous_head = False

    def set_apart(i: int) -> bool:
        number, text = rows[i]
        return (
            column.size(text) >= column.full * 1.5
            or indented.get(number, 0) > column.chars(3)
            or (i + 1 < len(rows) and rows[i + 1][1].startswith(_ARTICLE_OPENERS))
        )

    for i, (_, text) in enumerate(rows):
        if kinds[i] is None and (not open_sentence or set_apart(i)) and head_row(i, previous_head):
            kinds[i] = HEAD
            previous_head = True
            continue
        previous_head = False
        open_sentence = (
            _open_block(kinds[i], text) and not ends_sentence(text) and column.is_full(text)
        )
        if open_sentence and kinds[i] is None and text.endswith(("）", ")")):
            recent = "".join(row for _, row in rows[max(0, i - 2) : i + 1])
            open_sentence = not (_signed(recent) or _SOURCE_NOTE.search(recent))

    # The rows right above a ——subtitle, back to a finished row, are its title (and
    # kicker), however wide they happen to be.
    for i in range(len(rows)):
        if kinds[i] != DASH:
            continue
        start = i
        while (
            start > 0
            and i - start < 3
            and kinds[start - 1] in (None, HEAD)
            and _headline_like(rows[start - 1][1])
        ):
            start -= 1
        before = rows[start - 1][1] if start > 0 else ""
        finished = start == 0 or kinds[start - 1] in (JUMP, BYLINE, CAPTION, CONT)
        if start < i and (finished or ends_sentence(before) or _signed(before)):
            for k in range(start, i):
                kinds[k] = HEAD

    # A poem: a run of short rows, each well short of the column (more than a
    # PDF row's slack).
    row_units = [Unit(kinds[i] or PARA, t) for i, (_, t) in enumerate(rows)]
    for unit in row_units:
        if column.size(unit.text) > column.full - column.chars(5):
            unit.kind = DASH  # never a verse line
    _mark_verse(row_units, _VERSE_RUN)
    for i, unit in enumerate(row_units):
        if unit.kind == VERSE:
            kinds[i] = VERSE

    units: list[Unit] = []
    group = -1
    last_row = ""
    last_indent = 0
    # A paragraph stopped mid-sentence at a full row, then a photo caption: PDF tools
    # print the caption where the photo stands, in the middle of the paragraph. The
    # paragraph is made whole and the caption put before it, so it does not end
    # the story.
    cut_by_caption: Unit | None = None
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
        ):
            previous.text += text  # a byline wrapped inside a name
            continue
        if kind in (HEAD, DASH):
            if previous is None or previous.kind not in (HEAD, DASH):
                group += 1
            if (
                kind == HEAD
                and previous is not None
                and previous.kind in (HEAD, DASH)
                and _wraps_here(previous.text, text, column)
            ):
                previous.text = join_wrapped(previous.text, text)
                continue
            if previous is not None and previous.kind == HEAD and column.by_width:
                previous.filled = column.fills(previous.text)
            units.append(Unit(kind, text, group=group))
            continue
        if (
            kind == PARA
            and previous is not None
            and _open_block(previous.kind, previous.text)
            and (
                _closes_bracket(previous.text, text)  # …记者 彭 莉 周 / 睿）6月2日晚，…
                or (
                    number not in indents
                    and not _paragraph_ends(row_before, column, text, not indents, indent_before)
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
                (text.startswith(("（", "(")) and ends_sentence(previous.text))
                or (previous.text[-1] in "（(" and ends_sentence(previous.text[:-1]))
                or (not _balanced(previous.text) and _balanced(previous.text + text))
            )
        ):
            # …300余人参加。| （记者 涂 燕）, or …参加。（ | 记者 涂 燕）, or …（记者 涂 燕 |
            # 通讯员 刘 洋）: the byline signing it (its parts a space apart, as printed)
            apart = not _balanced(previous.text) and previous.text[-1] not in "（("
            previous.text += (" " if apart else "") + text
            continue
        if (
            kind == CAPTION
            and _is_credit(text)
            and not _CAPTION_START.match(text)
            and previous is not None
            and previous.kind == CAPTION
            and _open_block(CAPTION, previous.text)
            and not ends_sentence(previous.text)
            and number not in indents
        ):
            previous.text = join_wrapped(previous.text, text)  # …批发市 | 场。记者 陈子航 摄
            continue
        if (
            kind == CAPTION
            and previous is not None
            and previous.kind == PARA
            and _open_block(PARA, previous.text)
            and not ends_sentence(previous.text)
            and previous.text[-1] not in "：:"
            and column.is_full(row_before)
        ):
            cut_by_caption = previous
        elif (
            kind == PARA
            and cut_by_caption is not None
            and number not in indents
            and not text.startswith(_ARTICLE_OPENERS)
        ):
            at = len(units) - 1
            while units[at] is not cut_by_caption:  # the captions after it
                at -= 1
            units.append(units.pop(at))
            cut_by_caption.text = join_wrapped(cut_by_caption.text, text)
            cut_by_caption = None
            continue
        units.append(Unit(kind, text))
    return units


_BRACKET_CLOSED = re.compile(r"^[^（）()，。]{1,6}[）)]")


def _closes_bracket(text: str, row: str) -> bool:
    """Whether ``row`` closes a bracket ``text`` left open, a few characters in (a
    byline's last name wrapped): it goes on with ``text``, whatever its indent."""
    closed = _BRACKET_CLOSED.match(row)
    return closed is not None and not _balanced(text) and _balanced(text + closed.group())


def _tail_row(text: str) -> bool:
    """A paragraph's last few characters on a row of their own (``情况。``): no
    paragraph opens and ends that short."""
    return len(text) <= 4 and ends_sentence(text) and not _exclaimed_headline(text)


def _wraps_here(row: str, following: str, column: _Column) -> bool:
    """Whether headline row ``following`` is the wrapped tail of ``row``.

    Count-wrapped text fills a wrapped headline row exactly; a PDF wraps a
    headline at the column's end, or near it and leaves a short tail.
    """
    if _ATTENDANCE.match(following):  # 刘建明出席并讲话: the subtitle under the title
        return False
    size = column.size(row)
    if not column.by_width:
        return size == column.full
    if column.fills(row):
        # Set to the column's end: its type goes on below, in a short tail
        # (…重要生 / 态屏障) or where the break cuts a word; a longer line
        # parted between words is a subtitle (…投产 / 年产值预计可达15亿元), or
        # a subhead's second line (see ``_subheads``).
        return column.size(following) <= column.chars(8) or nlp.splits_word(row, following)
    return column.size(following) <= column.chars(8) and (
        column.full * 0.75 <= size <= column.full + column.chars(1)
    )


def _paragraph_ends(
    row: str, column: _Column, following: str, guess: bool = True, indent: int = 0
) -> bool:
    """After a row ending a sentence, a short row ends the paragraph; so does a full
    one before a new opener, a quotation or an interview's next speaker, unless the
    page indents its paragraphs (``guess`` false) and so says where they start. A
    paragraph's indent (two characters) takes room in the row."""
    if not ends_sentence(row) and row[-1:] not in "：:":
        return False
    if column.filled(row, indent) < column.full - column.chars(1.5):
        return True
    if not guess:
        return following.startswith(_ARTICLE_OPENERS)
    # A quotation opens a paragraph; in a PDF's rows (wrapped by width), its first
    # row is narrower by the indent, and one as wide as the column goes on.
    quotation = following.startswith(("“", '"')) and not (
        column.by_width and column.is_full_row(following)
    )
    return (
        quotation
        or following.startswith(_ARTICLE_OPENERS)
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
        and _cut_mid_clause(row)
    )


def _speaker_turn(text: str) -> bool:
    """``记者：…`` / ``王建国：…``: an interview's question or answer, a paragraph of its own."""
    found = _SPEAKER.match(text)
    return found is not None and (
        found.group(1) in _INTERVIEW_ROLES or is_person_name(found.group(1))
    )


# --------------------------------------------------------------------------- articles


def _article_start(unit: Unit | None) -> bool:
    """A unit that only ever opens a story: 本报讯, a byline, an editor's note, a
    letter's salutation, a dateline lead (of a paragraph or a photo caption)."""
    if unit is None:
        return True
    if unit.kind == BYLINE:  # （记者 涂 燕）signs the story above; 记者 涂 燕 opens one
        return not _in_brackets(unit.text)
    if unit.kind == CONT:
        return True
    if unit.kind == CAPTION:  # ▲5月12日，…: a photo story told by its caption alone
        text = _CAPTION_START.sub("", unit.text, count=1)
        return datelines.dateline(text) is not None
    if unit.kind != PARA or BARE_DATE.match(unit.text):
        return False
    if unit.text.startswith(_ARTICLE_OPENERS) or _PREAMBLE.match(unit.text):
        return True
    if _SALUTATION.match(unit.text):
        return True
    return datelines.dateline(unit.text) is not None or bool(_EARLY_DATE.search(unit.text[:12]))


def _article_end(unit: Unit | None) -> bool:
    """A unit that closes a story: a trailing byline, a photo credit, a 供稿 note,
    a jump to another page."""
    if unit is None:
        return True
    if unit.kind in (BYLINE, CAPTION, JUMP):
        return True
    return unit.kind == PARA and _signed(unit.text)


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
            ):
                j += 1
            runs.append((i, j))
            i = j
        else:
            i += 1
    return runs


def _split_headline(lines: list[str]) -> tuple[str, str, str]:
    """(kicker, title, subtitle) of a headline printed as a few lines."""
    if len(lines) > 1 and _BRIEFS_LABEL.match(lines[0]):
        lines = lines[1:]  # 简讯 over the first item's title: the column's, not its kicker
    # A subtitle's dash as the paper prints it (——), whatever typed or scanned it.
    dashes = [
        _DASH.sub("——", line, count=1).replace("—— ", "——", 1)
        for line in lines
        if _DASH.match(line)
    ]
    others = [line for line in lines if not _DASH.match(line)]
    subtitle = " ".join(dashes)
    if not others:
        return "", subtitle, ""
    if len(others) == 1:
        return "", others[0], subtitle
    first, second = others[0], others[1]
    if (
        first.startswith("关于")
        and _DOCUMENT_TITLE.search(others[-1])
        and not any(_DOCUMENT_TITLE.search(line) for line in others[:-1])
    ):  # 关于…项目房 / 屋征收的公告: a document's title wrapped, one title
        return "", functools.reduce(join_wrapped, others), subtitle
    if len(others) == 2:
        if subtitle:
            if " " not in first + second and len(second) < len(first) >= 15:
                return "", first + second, subtitle  # a long title wrapped, its tail shorter
            if (
                max(len(first), len(second)) <= 10
                and " " not in first + second
                and not _SERIES.search(first)  # 乡村振兴调研行: a series' name, the kicker
            ):
                # 凝心聚力谋发展 / 实干担当开新局: a title set as two paired phrases
                return "", f"{first} {second}", subtitle
            return first, second, subtitle
        if len(second) <= 8 < len(first):
            return "", first, second
        if len(second) >= 1.5 * len(first) and (
            len(first) <= 10 or (len(first) <= 16 and _SLOGAN.match(first))
        ):
            return first, second, ""
        return "", first, second
    if subtitle:
        return first, " ".join(others[1:]), subtitle
    return first, second, " ".join(others[2:])


def _direction(units: list[Unit]) -> str:
    """Whether headlines come before their stories or after them.

    A page whose text opens with a headline has them before; one that ends on a
    headline, after. One that opens with running text (not a continuation marker
    or an editor's note) has them after, unless that text is the end of a story
    begun on the page before (no 本报讯, no date) and the page ends in running
    text too: then its headlines are before their stories.
    """
    content = [
        u for u in units if u.kind != CONT and not (u.kind == PARA and _PREAMBLE.match(u.text))
    ]
    if not content:
        return "before"
    first, last = content[0], content[-1]
    if last.kind in (HEAD, DASH) and first.kind in (HEAD, DASH) and units[0].kind == CONT:
        return "after"  # （上接1版）, the story's subhead, …, its headline last
    if first.kind in (HEAD, DASH, KICKER):
        return "before"
    if last.kind in (HEAD, DASH) or (last.kind == PARA and _exclaimed_headline(last.text)):
        return "after"
    if first.kind != PARA:
        return "before"
    orphan = not _article_start(first) and any(u.kind in (HEAD, DASH) for u in content)
    return "before" if orphan else "after"


def _add_body(draft: _Draft, unit: Unit) -> None:
    if unit.kind == CAPTION:
        draft.blocks.append(Block("caption", unit.text))
        draft.authors.extend(_credited(CAPTION, unit.text))
    elif unit.kind in (HEAD, KICKER, DASH):
        draft.blocks.append(Block("subhead", unit.text))
    elif (
        unit.kind == BYLINE
        and not draft.byline
        and all(block.kind == "caption" for block in draft.blocks)  # a lead photo may come first
        and bylines.is_byline_line(unit.text)  # not run on into more text (本报评论员 names none)
    ):
        draft.byline, draft.byline_at = unit.text, len(draft.blocks)
        draft.authors.extend(bylines.line_authors(unit.text))
    else:
        draft.blocks.append(Block("paragraph", unit.text))
        draft.authors.extend(_credited(unit.kind, unit.text))


def _credited(kind: str, text: str) -> list[str]:
    """The names a unit of ``kind`` credits: a caption its photographer, a byline its
    names, text its dateline's byline and the one signing it (an ITEM too: ●…参加。
    （记者 涂 燕）, a brief in a list)."""
    if kind == CAPTION:
        return bylines.photo_credit_authors(text)
    if kind == BYLINE:
        return bylines.line_authors(text)
    if kind in (PARA, ITEM):
        return bylines.dateline_authors(text) + bylines.trailing_authors(text)
    return []


def _continuation_page(text: str) -> str:
    found = _CONTINUATION.match(text)
    raw = found.group(1) if found and found.group(1) else ""
    return page_number(raw) if raw else "?"


def _briefs_items(units: list[Unit], groups: list[tuple[int, int]]) -> set[int]:
    """The one-line headings under a briefs label (简讯, 短讯): each item's title,
    though items open without a date or 本报讯 and end unsigned."""
    items: set[int] = set()
    labelled = False
    for start, end in groups:
        if labelled and end - start == 1 and end < len(units) and not _sidebar(units, start, end):
            items.add(start)
        labelled = labelled or any(_BRIEFS_LABEL.match(u.text) for u in units[start:end])
    return items


def _sidebar(units: list[Unit], start: int, end: int) -> bool:
    """Whether the heading ``units[start:end]`` is a box's label (see ``_SIDEBAR``)."""
    return end - start == 1 and bool(_SIDEBAR.match(units[start].text))


def _opens_story(units: list[Unit], start: int, end: int) -> bool:
    """Whether the minor headings ``units[start:end]`` (``###``, a bold line) head a
    story of their own: what follows them opens only a story (本报讯, a byline), or
    the story before them was signed off. A dateline lead is not enough, nor a
    photo caption before: a feature's sections open with dates too (``### 来苏镇：
    机械化助力`` / ``3月5日，在来苏镇…``) and have photos between them."""
    after = units[end] if end < len(units) else None
    if _STORY_LABEL.match(units[start].text) and after is not None:
        return True  # ### 图片新闻 / **义诊进公园** / ▲5月26日，…
    if after is None or after.kind in (HEAD, KICKER) or _sidebar(units, start, end):
        return False
    if after.kind in (BYLINE, CONT) or (
        after.kind == PARA and after.text.startswith(_ARTICLE_OPENERS)
    ):
        return True
    before = units[start - 1] if start > 0 else None
    if before is not None and _column_label(before):
        return True  # 【渝西快评】 over **文明养犬 从“拴绳”做起**
    return before is not None and before.kind != CAPTION and _article_end(before)


def _column_label(unit: Unit) -> bool:
    """A column's name in brackets on a line of its own (【渝西快评】, 【权威访谈】)."""
    return unit.kind == PARA and bool(_COLUMN_LABEL.fullmatch(unit.text))


def _plain_kicker(draft: _Draft | None, before: Unit | None) -> bool:
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
        and len(before.text) <= _KICKER_CHARS
        and _headline_like(before.text)
        and _balanced(before.text)
    )


def _assemble_markdown(units: list[Unit]) -> list[_Draft]:
    drafts: list[_Draft] = []
    current: _Draft | None = None
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

    index = 0
    while index < len(units):
        unit = units[index]
        if unit.kind == KICKER:
            end = index
            while end < len(units) and units[end].kind == KICKER:
                end += 1
            if end < len(units) and units[end].kind == HEAD:  # ### right above a heading
                pending_kickers.extend(units[index:end])
                index = end
                continue
            if _opens_story(units, index, end):
                kicker, title, subtitle = _split_headline([u.text for u in units[index:end]])
                if (
                    title_only(unit.level)
                    and current is not None
                    and (len(current.title) > _LABEL_CHARS or _DASH.match(unit.text))
                    and not current.subtitle
                ):
                    # ``## 永川区举行…活动`` over ``### 22个项目总投资87亿元``: a
                    # headline's lesser line, not a story under a label.
                    current.subtitle = " ".join(u.text for u in units[index:end])
                    in_headline = True
                    index = end
                    continue
                if title_only(unit.level) and current is not None:
                    kicker = " ".join(filter(None, (current.kicker, current.title, kicker)))
                else:
                    label = units[index - 1] if index > 0 else None
                    if (
                        label is not None
                        and _column_label(label)
                        and current is not None
                        and current.blocks
                        and current.blocks[-1] == Block("paragraph", label.text)
                    ):  # the column's name over the title: its kicker
                        current.blocks.pop()
                        kicker = " ".join(filter(None, (_unbracketed(label.text), kicker)))
                    current = _Draft()
                    drafts.append(current)
                current.kicker, current.title, current.subtitle = kicker, title, subtitle
                level, in_headline = unit.level, True
                index = end
                continue
            if current is None:
                current = _Draft()
                drafts.append(current)
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
                and (level < unit.level or _sidebar(units, index - 1, index))
                and after is not None
                and not (after.kind == PARA and _headline_like(after.text))  # a subtitle
                and not _opens_story(units, index - 1, index)
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
                title_only(unit.level)
                and current is not None
                and len(current.title) > _LABEL_CHARS
                and not pending_kickers
            ):
                current.subtitle = unit.text  # a headline's second, lesser line
                in_headline = True
                continue
            if title_only(unit.level) and current is not None:
                kickers = [k for k in (current.kicker, current.title) if k] + kickers
            elif _plain_kicker(current, units[index - 2] if index >= 2 else None):
                assert current is not None
                kickers = [current.blocks.pop().text, *kickers]
            elif not continuing:
                current = _Draft()
                drafts.append(current)
            current.kicker = " ".join(kickers)
            current.title = unit.text
            pending_kickers = []
            level, in_headline = unit.level, True
            continue
        if unit.kind == CONT:
            if current is not None and in_headline and not current.blocks:
                current.continuation = _continuation_page(unit.text)
                current.blocks.append(Block("paragraph", unit.text))
                continue
            current = _Draft(continuation=_continuation_page(unit.text))
            current.continuation_label = unit.text
            drafts.append(current)
            in_headline = False
            continue
        if current is None:
            current = _Draft()
            drafts.append(current)
        if in_headline and unit.kind == DASH and not current.subtitle:
            current.subtitle = unit.text
            continue
        if (
            in_headline
            and unit.kind == PARA
            and not current.subtitle
            and not current.blocks
            and _headline_like(unit.text)
            and _balanced(unit.text)
            and not _article_start(unit)
        ):
            current.subtitle = unit.text
            continue
        if unit.kind != BYLINE:
            in_headline = False
        _add_body(current, unit)
    return drafts


def _assemble_rows(units: list[Unit]) -> list[_Draft]:
    """Plain and column text: headline groups found by their neighbours."""
    listing = False
    for unit, following in itertools.pairwise(units):
        if following.kind in (HEAD, PARA) and BARE_DATE.match(following.text):
            following.kind = PARA  # a notice's date, under its issuer
            if unit.kind == HEAD:
                unit.kind = PARA
        if unit.kind == PARA and _exclaimed_headline(unit.text) and _article_start(following):
            unit.kind = HEAD  # 这个夏天，来永川避暑吧！ over 本报讯…
        # 现将拟表彰对象予以公示： / 张三 永川中学 / 李四 萱花中学: what a colon
        # announces is a list, not headings.
        listing = (
            following.kind == HEAD
            and (listing or (unit.kind in (PARA, ITEM) and unit.text[-1] in "：:"))
            and not _DOCUMENT_TITLE.search(following.text)
            and not _ENUMERATED.match(following.text)  # 如下： / 一、管制时间: a heading
        )
        if listing:
            following.kind = PARA
    direction = _direction(units)
    if (
        direction == "after"
        and len(units) > 1
        and units[-2].kind in (PARA, ITEM, CAPTION, BYLINE)
        and units[-1].kind == PARA
        and _exclaimed_headline(units[-1].text)
    ):
        units[-1].kind = HEAD  # the last story's headline, after the story
    run_end: dict[int, int] = {}
    headline_at: set[int] = set()
    subheaded = False  # the story in progress has a subhead
    groups = _groups(units)
    for number, (start, end) in enumerate(groups):
        run_end[start] = end
        before = units[start - 1] if start > 0 else None
        after = units[end] if end < len(units) else None
        has_dash = any(units[k].kind == DASH for k in range(start, end))
        if direction == "after":
            above = groups[number - 1][1] if number else 0
            below = groups[number + 1][0] if number + 1 < len(groups) else len(units)
            # A photo inside a feature: its caption (or credit) does not end the
            # story when the heading under it introduces the text below (and,
            # after a credit, repeats nothing of the text above).
            from_above, from_below = _shares(units[start:end], units[above:start], units[end:below])
            photo_in_feature = (
                before is not None
                and before.kind == CAPTION
                and from_below >= 0.25
                and from_below > from_above
                and (from_above <= 0.15 or not _is_credit(before.text))
            )
            # Most of its words in the text above and hardly any below: the
            # headline of the story above (a subhead introduces the text below).
            sums_up = from_above >= 0.5 and from_below <= 0.15
            is_headline = (
                has_dash
                or after is None
                or _article_start(after)
                or (before is not None and _article_end(before) and not photo_in_feature)
                or sums_up
            )
        else:
            # A photo inside a feature: its caption does not end the story when
            # a one-line heading under it goes on as the ones before it did.
            photo_in_feature = (
                subheaded and end - start == 1 and before is not None and before.kind == CAPTION
            )
            is_headline = (
                has_dash
                or before is None
                or units[start].apart
                or _article_start(after)
                or (_article_end(before) and not photo_in_feature)
                or bool(_DOCUMENT_TITLE.search(units[end - 1].text))
            )
        if (
            is_headline
            and not _ENUMERATED.match(units[start].text)
            and not _sidebar(units, start, end)
        ):
            headline_at.add(start)
        subheaded = start not in headline_at
    if direction == "before":
        headline_at |= _briefs_items(units, groups)

    drafts: list[_Draft] = []
    current = _Draft()

    def close() -> None:
        nonlocal current
        if not current.empty():
            drafts.append(current)
        current = _Draft()

    index = 0
    while index < len(units):
        unit = units[index]
        if index in headline_at:
            end = run_end[index]
            kicker, title, subtitle = _split_headline([u.text for u in units[index:end]])
            if direction == "before":
                close()
            current.kicker, current.title, current.subtitle = kicker, title, subtitle
            if direction == "after":
                close()
            index = end
            continue
        if unit.kind == CONT:
            if direction == "before" and not current.blocks and current.title:
                current.continuation = _continuation_page(unit.text)
                current.blocks.append(Block("paragraph", unit.text))
            else:
                if direction == "before" or current.blocks or current.continuation_label:
                    close()
                current.continuation = _continuation_page(unit.text)
                current.continuation_label = unit.text
            index += 1
            continue
        if (
            direction == "after"
            and unit.kind == PARA
            and unit.text.startswith(_ARTICLE_OPENERS)
            and any(block.kind == "paragraph" for block in current.blocks)
        ):
            close()  # the story before had no headline (a continuation, say)
        for subhead in _subheads(units[index : run_end.get(index, index + 1)]):
            _add_body(current, subhead)  # a run of subheads, or one body unit
        index = run_end.get(index, index + 1)
    close()
    if direction == "before":
        _give_last_headline_its_story(drafts)
    else:
        _give_last_byline_its_story(drafts)
    return drafts


def _give_last_byline_its_story(drafts: list[_Draft]) -> None:
    """A byline under the page's last headline, headlines after their stories: the
    story's that headline closed, not a story of its own."""
    last = drafts[-1] if len(drafts) > 1 else None
    if last is None or not last.byline or last.blocks or last.title:
        return
    story = drafts[-2]
    story.authors += drafts.pop().authors
    if story.byline:  # it has one already: this one stays as printed
        story.blocks.append(Block("paragraph", last.byline))
    else:
        story.byline, story.byline_at = last.byline, len(story.blocks)


def _subheads(run: list[Unit]) -> list[Unit]:
    """A run of column rows set as a subhead in two lines (``丰富业态产品`` /
    ``让游客“留下来”“住下来”``): one subhead, its lines a space apart. A speaker's
    line under a speech's title (``区委常委、宣传部部长 张小梅``) stays its own."""
    if len(run) < 2 or any(unit.kind != HEAD or unit.group < 0 for unit in run):
        return run
    joined = [run[0]]
    for unit in run[1:]:
        last = joined[-1]
        if unit.group == last.group and not (_speaker_line(unit.text) or _speaker_line(last.text)):
            # A row that filled its column wraps a subhead too long for it.
            space = "" if last.filled else " "
            joined[-1] = Unit(HEAD, f"{last.text}{space}{unit.text}", group=unit.group)
        else:
            joined.append(unit)
    return joined


def _speaker_line(text: str) -> bool:
    """Who speaks, as a speech digest prints it over the speech: a post and a name
    (``松溉镇党委书记 张丽华``), or a body alone (``民盟永川区委会``)."""
    if _SPEAKER_POST.search(text):
        return True
    name = text.rsplit(" ", 1)[-1]
    return " " in text and is_person_name(name) and len(name) <= 3


def _give_last_headline_its_story(drafts: list[_Draft]) -> None:
    """A page's last headline with nothing under it, after a story that ends with a
    credit and then opens again (``…摄`` / ``10月10日，朱沱镇…`` / ``（… 摄）``): the
    last item printed its headline after its text, as a photo page may."""
    if len(drafts) < 2 or drafts[-1].blocks or not drafts[-1].title:
        return
    blocks = drafts[-2].blocks
    for k in range(len(blocks) - 1, 0, -1):
        block, before = blocks[k], blocks[k - 1]
        finished = (before.kind == "caption" and _is_credit(before.text)) or _signed(before.text)
        if block.kind == "paragraph" and finished and _article_start(Unit(PARA, block.text)):
            drafts[-1].blocks, drafts[-2].blocks = blocks[k:], blocks[:k]
            for draft in drafts[-2:]:  # each story's names from what it now holds
                draft.authors = bylines.line_authors(draft.byline) if draft.byline else []
                draft.authors += [name for b in draft.blocks for name in _block_authors(b)]
            return


def _block_authors(block: Block) -> list[str]:
    """The names a block credits, as ``_add_body`` read them from its unit."""
    if block.kind == "caption":
        return _credited(CAPTION, block.text)
    if block.kind != "paragraph":
        return []
    return _credited(BYLINE if bylines.is_byline_line(block.text) else PARA, block.text)


# --------------------------------------------------------------------------- dates


def _dates(drafts: list[_Draft], known: list[str], page_text: str) -> list[str]:
    """Each draft's date: the day the page states for it (``known``), else its
    dateline with the year the page's text gives, else its notice's signature.
    A page dated to its month alone (a monthly supplement's) gives a dateline
    its year and stands for the undated stories."""
    leads = [
        None
        if len(date) == len("YYYY-MM-DD")
        else next(
            filter(
                None, (datelines.dateline(b.text) for b in d.blocks[:3] if b.kind == "paragraph")
            ),
            None,
        )
        for d, date in zip(drafts, known, strict=True)
    ]
    if not any(leads) and all(known):
        return known
    found = [lead for lead, date in zip(leads, known, strict=True) if lead and not date]
    year = datelines.infer_year(page_text, found)
    months = {month for month, _ in found}
    page_month = months.pop() if len(months) == 1 else None
    return [
        datelines.format_date(int(date[:4]), *lead)
        if date and lead
        else date
        or (
            datelines.format_date(year, *lead)
            if lead
            else _signed_on(draft) or datelines.format_date(year, _lead_month(draft) or page_month)
        )
        for draft, lead, date in zip(drafts, leads, known, strict=True)
    ]


def _lead_month(draft: _Draft) -> int | None:
    """The month a story's lead names alone (``6月以来，``): its date to the month."""
    lead = next((b.text for b in draft.blocks[:3] if b.kind == "paragraph"), "")
    return datelines.lead_month(lead)


def _signed_on(draft: _Draft) -> str:
    """The date a notice is signed with under its issuer, or a piece's note of when
    it was written (（2024年3月于永川）), among its last lines."""
    for block in draft.blocks[-2:]:
        if block.kind == "paragraph":
            signed = datelines.signing_date(block.text) or datelines.written_on(block.text)
            if signed:
                return signed
    return ""


# --------------------------------------------------------------------------- entry points


def parse_text(text: str, source: str) -> list[Article]:
    """The articles printed on one page, in page order.

    A rule (``----``, ``====``) parts a page into pieces parsed one by one: an
    export of several articles. What an export's metadata lines say about a
    piece (date, authors, title) goes to that piece's articles, its page and
    section to the page.
    """
    page = _clean_lines(text)
    pages, lines = strip_masthead(page.text)
    markdown = any(
        line[:1] in ("#", "*", "_")
        and (
            (line[0] == "#" and _MD_HEADING.match(line) and line.lstrip("#").strip())
            or _BOLD_LINE.match(line)
        )
        for line in lines
    )
    if markdown:
        lines = _lift_headings(page.text, lines)
    else:
        lines = [_INLINE_BOLD.sub(r"\1", line) if "**" in line else line for line in lines]
    drafts: list[_Draft] = []
    exports: list[ExportMeta] = []
    metas: list[PageMeta] = []
    # Pieces: between rules, and a page of a file holding several a piece of its own.
    bounds = sorted({-1, *page.rules, *(start for start, _ in pages[1:]), len(lines)})
    exported = is_export(lines)
    for start, end in itertools.pairwise(bounds):
        export, piece = strip_export_meta(lines[start + 1 : end], exported)
        found = _piece_drafts(piece, start + 1, page, markdown)
        if export.title:
            found = [_one_draft(found, export)]
        elif drafts and not exports[-1].title and found and _goes_on(found[0]):
            _append_section(drafts[-1], found.pop(0))
        byline = bylines.listed_names(export.byline)
        for draft in found:
            draft.authors[:0] = byline
        drafts += found
        exports += [export] * len(found)
        metas += [next(m for s, m in reversed(pages) if s <= start + 1)] * len(found)
    # A piece without a date of its own takes the issue's: a masthead's, an
    # export's, or the file name's; a page or section an export states is the
    # page's, else the file name's (…第2版要闻.txt).
    issue_date = (
        next((m.date for m in metas if m.date), "")
        or next((e.date for e in exports if e.date), "")
        or date_from_filename(source)
    )
    named = page_from_filename(source)
    export_page = next((e.page for e in exports if e.page), "") or named.page
    export_section = next((e.section for e in exports if e.section), "") or named.section
    stated = [m.date or e.date or issue_date for m, e in zip(metas, exports, strict=True)]
    kept = [i for i, d in enumerate(drafts) if not d.empty()]
    drafts, metas = [drafts[i] for i in kept], [metas[i] for i in kept]
    exports = [exports[i] for i in kept]
    page_text = "\n".join(
        "\n".join([d.kicker, d.title, d.subtitle, *(b.text for b in d.blocks)]) for d in drafts
    )
    dates = _dates(drafts, [stated[i] for i in kept], page_text)
    # A byline held aside must be a line of its own (bold or not).
    printed: set[str] = set()
    if any(draft.byline for draft in drafts):
        printed = {*lines, *(_EMPHASIS.sub("", line).strip() for line in lines if "*" in line)}
    articles: list[Article] = []
    for ordinal, (draft, date, meta, export) in enumerate(
        zip(drafts, dates, metas, exports, strict=True)
    ):
        title = draft.title
        if not title and draft.continuation_label:
            title = draft.continuation_label
            if draft.blocks and draft.blocks[0].kind == "subhead":  # (上接3版) + its first subhead
                title = f"{title} {draft.blocks.pop(0).text}"
        elif draft.continuation_label:  # (上接1版) over its story, its headline after
            title = f"{draft.continuation_label} {title}"
        if draft.byline and (
            not (title or draft.kicker or draft.subtitle) or draft.byline not in printed
        ):  # no headline to go with, or rows joined into one: text, as printed
            draft.blocks.insert(draft.byline_at, Block("paragraph", draft.byline))
        if not title:
            title, draft.blocks = _title_from_body(draft.blocks)
        authors = tuple(dict.fromkeys(draft.authors))
        articles.append(
            Article(
                source=source,
                title=_unbracketed(title),
                kicker="" if _BRIEFS_LABEL.match(draft.kicker) else _unbracketed(draft.kicker),
                subtitle=draft.subtitle,
                authors=authors,
                date=date,
                section=meta.section or export.section or export_section,
                blocks=tuple(draft.blocks),
                page=meta.page or export.page or export_page,
                continuation=draft.continuation,
                ordinal=ordinal,
            )
        )
    return articles


def _lift_headings(page: list[str], lines: list[str]) -> list[str]:
    """``lines`` with the story headings at ``##`` where the masthead took the top
    levels (``# 渝西都市报`` / ``## 2024年4月20日 第2版 要闻`` over ``### 标题``):
    the stories' headings are then titles, not minor heads."""
    if not any(old.startswith("#") and not new for old, new in zip(page, lines, strict=True)):
        return lines
    levels = [
        len(found.group(1))
        for line in lines
        if line.startswith("#") and (found := _MD_HEADING.match(line)) and found.group(2)
    ]
    shift = min(levels, default=0) - 2
    if shift <= 0:
        return lines
    return [
        line[shift:] if line.startswith("#") and _MD_HEADING.match(line) else line for line in lines
    ]


def _piece_drafts(lines: list[str], first: int, page: _Lines, markdown: bool) -> list[_Draft]:
    """The drafts of a piece of the page, ``lines`` from line ``first`` on."""
    marked = {n - first: kind for n, kind in page.kinds.items() if first <= n < first + len(lines)}
    indented = {n - first: w for n, w in page.indented.items() if first <= n < first + len(lines)}
    if markdown:
        return _carry_preambles(_assemble_markdown(_markdown_units(lines, marked)))
    units: list[Unit] = []
    for start, end, column in _measures(lines):
        part = lines[start:end]
        part_marked = {n - start: kind for n, kind in marked.items() if start <= n < end}
        part_indented = {n - start: w for n, w in indented.items() if start <= n < end}
        if column:
            units += _column_units(part, column, part_indented, part_marked)
        else:
            units += _plain_units(part, part_marked, part_indented)
    return _carry_preambles(_assemble_rows(units))


def _column_in(lines: list[str]) -> _Column | None:
    rows = [line for line in lines if line]
    return _column_of(rows) if rows else None


def _text_rows(lines: list[str]) -> list[str]:
    """The rows of ``lines`` but photo captions' (``▲…`` to the row that ends it): a
    caption is set in a measure of its own, often narrower than the story's."""
    rows: list[str] = []
    in_caption = False
    for line in filter(None, lines):
        in_caption = in_caption or bool(_CAPTION_START.match(line))
        if not in_caption:
            rows.append(line)
        elif ends_sentence(line) or _is_credit(line):
            in_caption = False
    return rows


def _measures(lines: list[str]) -> list[tuple[int, int, _Column | None]]:
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
        if not text or ends_sentence(text) or not _cut_mid_clause(text) or _is_credit(text):
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
                if lines[n] and (ends_sentence(lines[n]) or _headline_like(lines[n]))
            ),
            last + 1,
        )
        if start == last + 1 and lines[last].startswith(_ARTICLE_OPENERS):
            start = last  # 本报讯…: a story's first row, narrower by its indent
        if not starts or start > starts[-1]:
            starts.append(start)
    return starts


def _carry_preambles(drafts: list[_Draft]) -> list[_Draft]:
    """An editor's note printed over a headline opens the story below it, instead
    of standing as an untitled story of its own."""
    kept: list[_Draft] = []
    carried: list[Block] = []
    for draft in drafts:
        if carried and (draft.title or draft.kicker):
            draft.blocks[:0] = carried
            carried = []
        if (
            not (draft.title or draft.kicker or draft.subtitle or draft.continuation_label)
            and draft.blocks
            and all(b.kind == "paragraph" and _PREAMBLE.match(b.text) for b in draft.blocks)
        ):
            carried = draft.blocks
            continue
        if carried:
            kept.append(_Draft(blocks=carried))
            carried = []
        kept.append(draft)
    if carried:
        kept.append(_Draft(blocks=carried))
    return kept


def _goes_on(draft: _Draft) -> bool:
    """A piece after a rule with no headline group, which opens no story of its own
    (a subhead, ``一、搭建平台``, or text that is no lead): the next section of the
    story above, which the rule set off."""
    if draft.title or draft.kicker or draft.subtitle or draft.byline or draft.continuation_label:
        return False
    first = draft.blocks[0].text if draft.blocks else ""
    return not (first.startswith(_ARTICLE_OPENERS) or _DATE_LEAD.match(first))


def _append_section(draft: _Draft, section: _Draft) -> None:
    draft.blocks += section.blocks
    draft.authors += section.authors


def _one_draft(drafts: list[_Draft], export: ExportMeta) -> _Draft:
    """An exported article whose title the export states: all of the piece is its
    text, any headline found in it a subhead (but the stated title printed again)."""
    one = _Draft(kicker=export.kicker, title=export.title, subtitle=export.subtitle)
    for n, draft in enumerate(drafts):
        if n == 0 and unspaced(draft.title) == unspaced(export.title):
            # The title printed again under the metadata (# 标题): its own headline,
            # and a **——…** line in bold under it the subtitle.
            one.kicker = one.kicker or draft.kicker
            one.subtitle = one.subtitle or draft.subtitle
            first = draft.blocks[0] if draft.blocks else None
            if not one.subtitle and first and first.kind == "subhead" and _DASH.match(first.text):
                one.subtitle = draft.blocks.pop(0).text
        else:
            one.blocks += [
                Block("subhead", h) for h in (draft.kicker, draft.title, draft.subtitle) if h
            ]
        if draft.continuation_label:
            one.blocks.append(Block("paragraph", draft.continuation_label))
        one.blocks += draft.blocks
        one.authors += draft.authors
    return one


def _unbracketed(headline: str) -> str:
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


def _title_from_body(blocks: list[Block]) -> tuple[str, list[Block]]:
    """A story printed without a headline: its first subhead stands in as the title."""
    for i, block in enumerate(blocks):
        if block.kind == "subhead":
            return block.text, blocks[:i] + blocks[i + 1 :]
    return "", blocks


def parse_file(path: Path) -> ParsedFile:
    """Read and parse one page file; a file that is not a page is skipped with a reason."""
    try:
        text = read_page(path)
    except UnreadableFile as error:
        return ParsedFile(source=path.name, skipped=str(error), skip_code=error.code)
    return ParsedFile(source=path.name, articles=tuple(parse_text(text, path.name)))
