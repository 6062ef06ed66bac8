"""What one line or row of a page is, read alone: a caption, a photo credit, a
byline, a headline-like row, a story's opening; and the ``Unit`` that carries
what the parser decides it is.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from yc_reader.core import bylines, datelines
from yc_reader.core.cjk import (
    CLAUSE_MARKS,
    ends_sentence,
    has_inner_sentence_end,
    width,
)
from yc_reader.core.masthead import BARE_DATE, TEMPERATURE_RANGE
from yc_reader.core.names import is_person_name

# A page a story jumps from or to: 3, 第3版's 3, A2, 三.
PAGE_NO = r"[A-Ha-h]?[0-9０-９一二三四五六七八九十]{1,3}"
CONTINUATION = re.compile(
    rf"^[（(【\[]?\s*(?:上接|接上|紧接|转自|接)\s*(?:第\s*)?({PAGE_NO})?\s*版?\s*[）)】\]]?$"
)
# (下转第6版) / 转第6版 / 未完待续: the story goes on on another page; it closes
# the part printed here.
_JUMP_TO = r"(?:下转|转至|转)\s*(?:第\s*)?"
JUMP_MARK = rf"(?:{_JUMP_TO}{PAGE_NO}\s*版|未完待续|转下版)"
JUMP_PAGE = re.compile(rf"{_JUMP_TO}({PAGE_NO})\s*版")
"""The page a jump names (group 1): 下转第2版's 2."""
_JUMP = re.compile(rf"^[（(【\[]?\s*{JUMP_MARK}\s*[）)】\]]?$")
DASH_LINE = re.compile(r"^(?:——|—\s*—|--|－－|─{2})")
CAPTION_START = re.compile(
    r"^(?:[▲△▼]|[■□◆●]?\s*(?:图为|上图|下图|左图|右图|图\s*[：:]|图片[：:]|照片[：:]"
    # (图①：… / 图2：… / 图1　清晨，…: a set's photos)
    r"|图\s*(?:[①-⑳]|[0-9一二三四五六七八九十]{1,2}\s*[：:]|[0-9]{1,2}[ \u3000]+(?=\S))))"
)
# ……以内。（完） / 【全文完】: the story ends here.
_END_MARK = re.compile(r"[（(【\[]\s*(?:完|全文完|本文完)\s*[）)】\]]\s*$")
# A note of who wrote the piece, its last words: （作者系永川区应急管理局干部）, or
# the teacher who guided a pupil's essay: 指导老师：李红.
_WRITER_NOTE = re.compile(
    r"[（(]\s*作者(?:系|为|单位\s*[:：])[^（()）]{2,40}[）)]\s*$"
    r"|^(?:指导|辅导)(?:老师|教师)\s*[:：]\s*[\u4e00-\u9fff ]{2,10}$"
)
SOURCE_NOTE = re.compile(r"[（(][^（()）]{0,30}(?:提供|供图|资料图|摄)[）)]\s*$")
# A photo's source on a line of its own, under its caption.
_PHOTO_NOTE = re.compile(
    r"[（(]\s*(?:(?:本[版文期])?(?:图片|照片|图)(?:均)?由[^（()）]{2,24}提供|资料图片?|图片来源\s*[:：][^（()）]{2,24})\s*[）)]"
)
# Who gave the photo, a caption's last line: 区政务服务中心供图 / （受访者供图）.
_PHOTO_SOURCE = re.compile(r"[（(]?[\u4e00-\u9fff·\s、]{2,24}供图[）)]?")
ARTICLE_OPENERS = ("本报讯", "本报记者", "永川讯", "新华社", "据新华社", "央视网消息", "本报消息")
PLACE_ENDING = r"(?:街道|镇|乡|村|社区|园区|区|县)"
"""What the name of a town, a street, a village or a district ends with."""
# A brief's opening tag naming its town or street (【金龙镇】5月20日，…), as a
# column of briefs with no headlines prints each: only ever an item's first words.
PLACE_TAG = re.compile(rf"^【[\u4e00-\u9fff]{{1,8}}{PLACE_ENDING}】(?=\S)")


def opens_brief(text: str) -> bool:
    """``text`` opens an item of news of its own (本报讯, 永川讯, 【金龙镇】)."""
    return text.startswith(ARTICLE_OPENERS) or (text[:1] == "【" and bool(PLACE_TAG.match(text)))


# What a reporter was told (据统计，… / 据了解，…): running text, never a headline.
REPORTED = ("据统计", "据了解", "据介绍", "据悉", "据测算", "记者了解到", "记者获悉")
# A notice's closing formula, alone or ending its last sentence (…应为…，特此更正。),
# over its issuer's signature.
CLOSING_FORMULA = re.compile(
    r"(?:^|(?<=[。！!；，,]))特此(?:公告|通告|通知|公示|声明|讣告|说明|告知|函告|更正|致歉)(?:并致歉)?[。.！!]?$"
)
# A Q&A's turn or a notice's field (问：… / 时间：… / 地点：…): never a headline,
# however short (a headline with a colon names a place or a person: 来苏镇：…).
FIELD_LINE = re.compile(
    r"^(?:问|答|[\u4e00-\u9fff]{0,4}(?:时间|地点|地址|对象|名额|费用)|日期|[\u4e00-\u9fff]{0,6}(?:电话|热线)"
    r"|联系人|联系方式|(?:投稿|电子)?邮箱|传真|邮编|网址|内容|指导(?:老师|教师)|辅导老师|门票|票价|附件\d?"
    r"|报名(?:方式|条件|截止(?:时间|日期)?)|(?:主办|承办|协办)(?:单位)?"
    r"|[今明后]天|[今明]日|白天|夜间|气温|风力|风向)\s*[：:]"
)
# An interview's question (记者：… / 问：…), or a reader's under a question's title
# (网友留言：…, 市民黄先生：…): a turn of the interview going on, never the opening
# of a story.
INTERVIEW_TURN = re.compile(
    r"^(?:本报记者|记者|[\u4e00-\u9fff]{0,3}问|网友留言|市民留言"
    r"|(?:市民|网友|读者|居民|村民|家长)[\u4e00-\u9fff]{1,2}(?:先生|女士|同学|师傅))\s*[：:]\s*\S"
)
# A line that opens with a short label (出租：… / 电话：… / 问：…): an item of a
# service page, a turn of a Q&A; never the rest of the line before it.
LABELLED_LINE = re.compile(r"^[\u4e00-\u9fff]{1,5}[：:]\S")
# A numbered item's label (2路：…, 1号线：…, 第三名：…), its number aside.
_NUMBERED_LABEL = re.compile(
    r"^([^\s，。；：,;:“”]{0,4}?)[0-9一二三四五六七八九十]+([^\s，。；：,;:“”0-9]{1,3})[：:]\S"
)


# A list item's label naming its kind last: 汽车维修赛项：…, 工业机器人赛项：….
_KIND_LABEL = re.compile(r"^([\u4e00-\u9fff]{2,10})[：:](?=\S)")
# The most a list item's value holds after its label: a few names.
_ITEM_VALUE_CHARS = 12


def labelled_item(text: str) -> bool:
    """``text`` is a label and a few words (汽车维修赛项：陈浩宇, …：刘思远、黄俊杰):
    a list's item, whole, with no sentence to go on."""
    label = _KIND_LABEL.match(text)
    rest = text[label.end() :] if label else ""
    return (
        bool(rest) and len(rest) <= _ITEM_VALUE_CHARS and not any(m in rest for m in "，。；,;：:")
    )


def next_item(paragraph: str, text: str) -> bool:
    """``text`` opens an item numbered as the one ``paragraph`` opened
    (2路：… / 6路：…), or labelled by the same kind (…赛项：… / …赛项：…): the
    list's next item, not the rest of the last one."""
    this, that = _NUMBERED_LABEL.match(paragraph), _NUMBERED_LABEL.match(text)
    if this and that:
        return this.groups() == that.groups()
    # (or labelled by a kind the labels share: 汽车维修赛项：陈浩宇 / 工业机器人赛项：…)
    this, that = _KIND_LABEL.match(paragraph), _KIND_LABEL.match(text)
    return bool(this and that and this[1] != that[1] and this[1][-2:] == that[1][-2:])


# An editor's note or a summary printed over a story's headline (编者按：… /
# 核心提示：…): the opening of the story below, not running text of its own.
# (the editors' own, also set bold with a space for the colon: **编者按**　…)
_EDITORS_LABEL = r"(?:编者按|编者的话|编前语?|核心提示|开栏语)"
_PREAMBLE_LABEL = rf"(?:{_EDITORS_LABEL}|内容提要|阅读提示|导读|提要|题记)"
PREAMBLE = re.compile(
    rf"^(?:[【\[]{_PREAMBLE_LABEL}[】\]]\s*[：:]?|{_PREAMBLE_LABEL}\s*[：:]|{_EDITORS_LABEL}\s+(?=\S))"
)
# A letter's or an open letter's salutation (编辑同志： / 广大市民朋友们：): it opens one.
_SALUTATION = re.compile(
    r"^(?:尊敬的|亲爱的|广大)?[\u4e00-\u9fff]{0,10}(?:同志|朋友|读者|市民|居民|家长|先生|女士|老师)们?[：:]$"
)
# The day a news lead gives loosely (近日，… / 日前，…), as a story opens.
_VAGUE_DAY = r"近日|日前|昨日|昨天|\d{1,2}月[上中下]旬"
RECENT_LEAD = re.compile(rf"^(?:{_VAGUE_DAY})[，,]")
_EARLY_DATE = re.compile(r"\d{1,2}\s*月\s*\d{1,2}\s*日")
_BRACKETS = ("“”", "（）", "()", "《》", "「」", "『』", "【】")

# A column of briefs, headed once over all its items (永川简讯, 短讯, 新闻速递 …).
BRIEFS = (
    r"(?:[\u4e00-\u9fff]{0,4}[·・]?|【[\u4e00-\u9fff]{2,6}】)(?:简讯|短讯|快讯)"
    r"|[\u4e00-\u9fff]{2}速递|[\u4e00-\u9fff]{2}资讯|(?:要闻|新闻|工作)简报|新闻集萃|时政要闻"
    r"|组工信息|党建动态|政务信息"
    # (readers' letters, briefly: 来信简登, 网络问政·留言选登)
    r"|(?:[\u4e00-\u9fff]{0,4}[·・])?(?:来信|留言)(?:简登|选登|摘登)"
    # a week's digest, perhaps with its days: 一周要闻（2024年3月4日—3月10日）
    r"|(?:一周|本周|上周)(?:要闻|新闻|回顾|动态)(?:[（(][^（）()]{4,30}[）)])?"
)
# A photo column's label, and a literary page's kinds of piece.
_PHOTOS = r"图片新闻|新闻图片|图说\S{0,4}|图片故事|摄影作品"
_GENRES = (
    # (under the column's name: 小荷尖尖角·习作园地)
    r"(?:[\u4e00-\u9fff]{2,8}[·・])?(?:诗歌|诗林|诗苑|诗词|散文|随笔|小小说|微小说|书评|习作园地)"
    # (an opinion piece's kind, no 引题: 记者手记, 渝西时评, 来论, 影评)
    r"|记者手记|采访手记|短评|快评|[\u4e00-\u9fff]{0,4}时评|来论|影评|评论员文章|读者来信"
    r"|学习心得|心得体会|学习体会"
)


def label_pattern(names: str) -> re.Pattern[str]:
    """A label line: one of ``names``, perhaps marked (■ …), bracketed (【…】) or
    between rules (━━ 两会快讯 ━━)."""
    return re.compile(rf"^(?:[■□◆◇●○★☆【\[·]|[━═〓]+)?\s*(?:{names})\s*(?:[】\]·]|[━═〓]+)?$")


BRIEFS_LABEL = label_pattern(BRIEFS)
# A label that is never a kicker, even over one item: what kind of piece follows.
KIND_LABEL = label_pattern(f"{_PHOTOS}|{BRIEFS}|{_GENRES}")
# A series and the part of it a story is, on the line over its title: a kicker.
SERIES_PART = re.compile(
    r"(?:系列|专栏|报道)[\u4e00-\u9fff]{0,4}之[一二三四五六七八九十百\d]+$|第[一二三四五六七八九十百\d]+期$"
)
# The label of a kind of item (图片新闻, 简讯 …), over the item it heads: whatever
# follows it is a new story.
STORY_LABEL = label_pattern(
    rf"{_PHOTOS}|{BRIEFS}|{_GENRES}|一线传真|部门传真|基层动态|部门动态|镇街动态"
    r"|便民信息|便民服务|生活服务|出行提示|出行指南|便民提示|短评|快评|时评|微评|读者来信"
    r"|(?:本报)?评论员文章|评论员观察|新闻评论|今日评论"
    r"|代表委员说|委员声音|代表心声|两会声音|价格监测|菜价行情|农技课堂|农事提醒|身边好人|文化惠民"
    r"|周末去哪儿?|活动预告|活动速览|民生热线|有问必答|网络问政|相关新闻|相关报道"
)

# A day, or days: 5月28日 / 9月5日至6日 / 11月16日至12月15日.
_DAYS = (
    r"\d{1,2}\s*月\s*\d{1,2}\s*日(?:\s*(?:至|到|—|－|-|~|～)\s*(?:\d{1,2}\s*月\s*)?\d{1,2}\s*日)?"
)
# A lead that opens with its date: 5月28日，… / 3月5日上午，… / 2024年5月18日，… /
# 9月5日至6日，…, or a day it leaves vague: 近日，… / 日前，… / 连日来，…
DATE_LEAD = re.compile(
    rf"(?:(?:(?:19|20)\d{{2}}\s*年\s*)?{_DAYS}"
    r"(?:[（(][\u4e00-\u9fff]{2,4}[）)])?"  # (its weekday or lunar day: 2月2日（正月初五），)
    r"(?:清晨|凌晨|傍晚|夜间|深夜|午后|[上下中早晚][午上间晨]?)?"
    r"(?:\d{1,2}[时点](?:\d{1,2}分|许|半)?|\s?\d{1,2}[:：]\d{2})?"  # (9月28日19:30，…)
    rf"|{_VAGUE_DAY}|连日来)[，,]"  # (连日来 not in RECENT_LEAD: a feature's sections open so too)
)
# The label of a box printed with a story (相关链接, 小贴士, 记者手记, a recipe's 食材 …):
# a section of the story above it, never a story's headline.
SIDEBAR = re.compile(
    r"^[■□◆◇●○★☆◎【\[「『]?\s*(?:(?:相关|新闻|背景|知识|资料)?链接|小贴士|温馨提示|记者手记"
    r"|(?:考生|考试|办事|参观|报名|乘车)须知"
    # (a visitor's box: 【优惠信息】, 【游玩指南】, 【开放时间】)
    r"|(?:优惠|票价|门票|游玩|旅游|购票|交通|开放)(?:信息|指南|时间)"
    # (a recipe's parts: 食材 / 做法)
    r"|(?:所需|主要)?(?:食材|原料|主料|辅料|配料|调料|用料)|(?:具体)?做法|(?:制作|烹饪)(?:方法|步骤)"
    # (a tips box's topic after a colon, short and no sentence: 小贴士：防暑降温“五要”)
    r"|(?:小贴士|温馨提示)[：:][^。！？，,；;：:]{1,16}"
    r"|编后(?:语|记)?|延伸阅读|(?:新闻)?背景|名词解释|相关新闻|专家(?:点评|解读)|记者(?:追踪|回访|调查|对话|连线)"
    r"|(?:老师|教师)?(?:点评|评语)"  # (a pupil's essay's: 【老师点评】, ■点评)
    r"|(?:部门|单位|编辑|编者|[镇区市]政府|[\u4e00-\u9fff]{1,5}(?:局|委|街道|镇|办|中心|公司))(?:回复|答复|回应)"
    r"|(?:律师|法官|检察官|民警|警官|警方|医生|专家)(?:提醒|说法|提示|建议|支招))"
    r"\s*[】\]」』]?[：:]?$"
)
# An item of a notice or a list (一、管制时间 / （二）… / 3. …): never a story's headline.
ENUMERATED = re.compile(
    r"^(?:[一二三四五六七八九十]{1,3}[、．.]|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[、．.](?!\d)"
    r"|案例[一二三四五六七八九十\d]{1,3}\s*[：:、])"  # (a report's cases: 案例一：…)
)
# A section of a piece numbered as an outline numbers it: 一、… / （二）…
OUTLINE_HEADING = re.compile(
    r"^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)])"
)
# A literary page's column, as its name ends: 茶竹文苑, 百花园地.
LITERARY_COLUMN = r"(?:文苑|诗苑|园地|茶座)"
# A change a headline gives the figure of, the figure on the line below (…同比增长 /
# 6.2%, …面积突破 / 5000亩).
CHANGE = r"(?:增长|下降|提升|提高|增加|减少|突破|达到|超过|达|超|逾)"
FIGURE_VERB = re.compile(rf"{CHANGE}$")
# A figure set alone, as a data box prints it over what it counts (312.46亿元 / 8个 /
# 37.5%): a paragraph of the box, never a headline nor a line of verse.
QUANTITY = re.compile(r"^[+-]?[0-9０-９][0-9０-９.,，]*\s*(?:[%％‰]|[\u4e00-\u9fff]{1,3})$")
# A temperature range (27°C~37°C, 0℃～4℃): a forecast's row, data, never a headline.
_TEMPERATURES = re.compile(TEMPERATURE_RANGE)
# A forecast's row: a day, its weather, its temperatures (7月14日 晴 27°C~37°C).
_FORECAST_ROW = re.compile(
    rf"^(?:{_DAYS}|今天|明天|后天|[今明后]日|(?:周|星期)[一二三四五六日天])[^，。；]{{0,16}}"
    rf"(?:{TEMPERATURE_RANGE})$"
)


def forecast_row(text: str) -> bool:
    """A day's forecast on a row of its own: complete, whatever follows it."""
    return bool(_FORECAST_ROW.match(text))


# A schedule's row (3月16日:开幕式…, 11月16日至12月15日：…, 每天：…): an entry of
# a programme, a paragraph, never a headline.
_SCHEDULE_ROW = re.compile(rf"^(?:{_DAYS}|每天|每日|全天|每周[一二三四五六日])\s*[：:]\s*\S")
# A day alone heading its part of a programme (9月22日, 9月23日至30日): a subhead.
DAY_HEADING = re.compile(rf"^{_DAYS}(?:\s*[（(]?(?:周|星期)[一二三四五六日天][）)]?)?$")
# A speaker's post (and name) or body, as a speech digest prints it.
_SPEAKER_POST = re.compile(
    r"(?:书记|部长|主任|区长|镇长|县长|局长|主席|委员|常委|负责人|经理|院长|校长|会长|代表|组长)"
    r"\s*[\u4e00-\u9fff]{0,4}$|(?:委会|委员会|党委|支部|协会|商会|联合会)$"
)
COLUMN_LABEL = re.compile(r"【[\u4e00-\u9fff·]{2,8}】")
# A minor heading in brackets alone on its line: 【凌晨5:30 城市还在沉睡】, 【5月1日】.
BRACKETED_HEAD = re.compile(r"【[^【】。！？]{2,20}】")
# A brief's headline in brackets (【朱沱镇“港城夜市”开市】): longer than a section's
# label (【案情】).
BRACKETED_TITLE = re.compile(r"【[^【】。！？]{6,40}】")
# Who attended, a meeting story's subtitle: 刘建明出席并讲话, 常晓勇参加, 张三、李四出席,
# 黎建中 唐振宇出席, 郑光明带队.
ATTENDANCE = re.compile(
    r"^[\u4e00-\u9fff]{2,4}(?:[、和与 ][\u4e00-\u9fff]{2,4})*"
    r"(?:出席|参加|主持|讲话|致辞|调研|督导|看望|慰问|带队|率队|陪同|会见)"
    r"(?:并(?:讲话|致辞|部署|作部署))?(?:会议|活动)?$"
)
# The span of days a digest covers, in brackets under its title (（6月3日—6月9日）):
# its subtitle, not a dateline lead.
DATE_SPAN = re.compile(
    r"^[（(]\s*(?:\d{4}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日\s*[—–~～至-]{1,2}\s*"
    r"(?:\d{4}\s*年\s*)?(?:\d{1,2}\s*月\s*)?\d{1,2}\s*日\s*[）)]$"
)
# The title of a document printed whole (…人员公示 / …的通告), or of a front page's
# box (今日导读, 天气预报): it heads a piece of its own, never a section of the
# story above it.
DOCUMENT_TITLE = re.compile(
    r"(?:公告|通告|公示|启事|通知|声明|讣告|倡议书|公开信|告知书|须知)$"
    r"|^(?:今日|本期|本版)?导读$|^(?:今日|明日)?天气(?:预报)?$"
)
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
    gap: int = 0  # blank lines above it, on a page of plain lines
    filled: bool = False  # a heading row set to its column's end, the next row its own


QUOTED = re.compile(r"“[^“”]*”")


def balanced(text: str) -> bool:
    """Every bracket and quote closed; a straight quote (``"``, OCR's or a typist's)
    may close a curly one, so quotes pair by their number."""
    if '"' in text and sum(text.count(q) for q in '“”"') % 2:
        return False
    return all(
        text.count(a) == text.count(b)
        for a, b in _BRACKETS
        if a != b and (a != "“" or '"' not in text)
    )


def is_caption(text: str) -> bool:
    if CAPTION_START.match(text) or _PHOTO_SOURCE.fullmatch(text):
        return True
    if text[0] in "（(" and _PHOTO_NOTE.fullmatch(text):  # （图片由永川区文旅委提供）
        return True
    if len(text) > 150 or not bylines.photo_credit_authors(text):
        return False
    # (a photo item's whole text, its credit after its last sentence: …增长18.3%。
    # 记者 陈仕川 摄)
    return (len(text) <= 40 and text.rstrip("）)").endswith("摄")) or (
        bylines.credited_after_sentence(text)
    )


def is_credit(text: str) -> bool:
    """A photo credit (``渝西都市报记者 陈仕川 摄``, ``…。图/刘 洋``) or a source note
    closing a caption (``（图片由茶山竹海街道提供）``, ``（资料图）``): complete as it is."""
    return (
        text.rstrip("）) ").endswith(("摄", "供图"))
        or bool(SOURCE_NOTE.search(text))
        or bylines.ends_in_credit(text)
    )


def is_signed(text: str) -> bool:
    """A paragraph closed by the byline or unit that signs it (``…参加。（记者 涂 燕）``)
    or by an end mark (``…以内。（完）``)."""
    return (
        bylines.is_unit_credit(text)
        or bool(bylines.trailing_authors(text))
        or (text.endswith(("）", ")", "】", "]")) and bool(_END_MARK.search(text)))
        or (
            (text.endswith(("）", ")", "】")) or text.startswith(("指导", "辅导")))
            and bool(_WRITER_NOTE.search(text))
        )
        or (text.endswith(("）", ")")) and bool(_CREDITED.search(text)))
    )


# Who gave the paragraph, in brackets after its last stop: …赔偿。（重庆渝永律师事务所律师
# 杨帆） / …吗？（读者 刘先生）.
_CREDITED = re.compile(r"[。！？!?][（(][^（()）]{1,30}[ \u3000][\u4e00-\u9fff]{2,3}[）)]$")


def open_block(kind: str | None, text: str) -> bool:
    """Running text or a caption: what a following row may continue. A photo
    credit (``…摄``), a caption closed by its source (``…（数据来源：区统计局）``)
    or its sitter's years (``▲刘明山（1952—2023）``) and a signed paragraph are
    complete as printed."""
    if kind in (None, PARA, ITEM):
        return not is_signed(text)
    return (
        kind == CAPTION
        and not is_credit(text)
        and not _SOURCE_NOTE.search(text)
        and not _LIFE_YEARS.search(text)
    )


# A caption's or a chart's source in brackets at its end: （数据来源：区经济信息委）.
_SOURCE_NOTE = re.compile(r"[（(](?:数据|资料|图片|图表)?来源[：:][^（）()]{2,30}[）)]$")
# A portrait's caption closed by its sitter's years: ▲刘明山（1952—2023）.
_LIFE_YEARS = re.compile(r"[（(](?:19|20)\d{2}\s*[—–\-－~～]{1,2}\s*(?:(?:19|20)\d{2})?[）)]$")


def basic_kind(text: str) -> str | None:
    """The kinds a line shows by itself, whatever the layout."""
    if CONTINUATION.match(text) and ("版" in text or text[0] in "（(【["):
        return CONT
    if _JUMP.match(text):
        return JUMP
    if (
        DASH_LINE.match(text)
        and width(text) <= 120
        and not has_inner_sentence_end(text)
        and text[-1] not in "；;。"  # ——汽车制造业增加值增长12.3%；: a list's item
    ):
        return DASH
    if STORY_LABEL.match(text):  # ■简讯: a label, not a byline
        return None
    if text[0] in "□■" and bylines.is_byline_line(text):  # □ 李晓梅 signs, not a caption
        return BYLINE
    if _END_MARK.match(text):  # （完） on a line of its own signs the story off
        return BYLINE
    if is_caption(text):
        return CAPTION
    if bylines.is_byline_line(text):
        return BYLINE
    return None


# A line's last word a two-character name padded with a space: …主任 李 燕.
_PADDED_LAST_NAME = re.compile(r"\S[ \u3000]([\u4e00-\u9fff])[ \u3000]([\u4e00-\u9fff])$")


def speaker_line(text: str) -> bool:
    """Who speaks, as a speech digest prints it over the speech: a post and a name
    (``松溉镇党委书记 张丽华``), or a body alone (``民盟永川区委会``)."""
    if _SPEAKER_POST.search(text):
        return True
    padded = _PADDED_LAST_NAME.search(text)  # …主任 李 燕: a two-character name padded
    name = padded[1] + padded[2] if padded else text.rsplit(" ", 1)[-1]
    return " " in text and is_person_name(name) and len(name) <= 3


def in_brackets(text: str) -> bool:
    """A line wholly in brackets: a note (（作者单位：…）) or a signature (（刘 洋）)."""
    return text[0] in "（(" and text[-1] in "）)"


# A label and the names it lists: 器乐类一等奖（4人）：张一诺、吴俊熙、郑可馨、何雨萱.
_LISTING = re.compile(r"[^：:]{1,14}[：:](?:[^、：:]{1,16}、){2}")


# A data box's row, a measure and its figure (规上工业总产值：312.6亿元，增长12.3%,
# 新投产工业项目：18个, 1至4月新登记民营经营主体：1.2万户): beside another, a table's
# line, never a headline nor wrapped.
_DATA_ROW = re.compile(
    r"^[\u4e00-\u9fffA-Za-z0-9（）()]{2,16}[：:]\s*[^：:。！？；\s]{0,24}[0-9０-９][^：:。！？；\s]{0,12}$"
)


def kicker_line(text: str) -> bool:
    """A plain line short enough to be set over a headline as its kicker, and read as
    one (no sentence, its brackets closed)."""
    return len(text) <= _KICKER_CHARS and headline_like(text) and balanced(text)


# A plain line over a headline is its kicker when it is this short.
_KICKER_CHARS = 20


def cut_credit(above: str, text: str) -> bool:
    """``text`` is a photo's credit the row ``above`` began, cut inside its role
    (``…迎来开采季。渝西都市报记`` / ``者 张 航 摄``): the row above's end."""
    return above.endswith("记") and text.startswith("者") and is_credit(above[-6:] + text)


def data_rows(*texts: str) -> bool:
    """Each of ``texts`` is a data box's row (see ``_DATA_ROW``)."""
    return all(_DATA_ROW.match(text) for text in texts)


# A book named with its author, as a reading list prints it.
BOOK_ENTRY = re.compile(r"^《[^》]{1,30}》\s*(?:[\u4e00-\u9fff·]\s?){2,8}(?:编?著|主编|译)(?:\s|$)")


def headline_like(text: str) -> bool:
    """Could be printed as a headline: no sentence punctuation, not cut mid-clause."""
    if not text or ends_sentence(text) or has_inner_sentence_end(text):
        return False
    if text[-1] in "：:" and SIDEBAR.match(text):  # 律师提醒：, a box's label over its text
        return True
    if text[-1] in CLAUSE_MARKS or text[0] in CLAUSE_MARKS:
        return False  # (,盘活…: a row that starts mid-sentence)
    if text.startswith(ARTICLE_OPENERS + REPORTED):
        return False
    if in_brackets(text):  # （作者单位：…）: a note, never a headline
        return False
    if FIELD_LINE.match(text) or QUANTITY.match(text) or _SCHEDULE_ROW.match(text):
        return False
    if _TEMPERATURES.search(text):  # 1月25日 阴有小雨夹雪 0℃～4℃: a forecast's row
        return False
    if width(text) > 60 and _LISTING.match(text):
        return False  # 器乐类一等奖（4人）：景圣中学张一诺、昌州中学吴俊熙、…: a list's row
    if BOOK_ENTRY.match(text):
        return False  # 《松溉记忆》 罗永华 著 重庆出版社: a book list's entry
    if name_entry(text):
        return False  # 蒋志强（数控车工，重庆川渝精工机械有限公司）: a list of names' entry
    return width(text) <= 110


# A person and who they are in brackets, their trade and their employer apart.
_NAME_ENTRY = re.compile(r"([\u4e00-\u9fff]{2,4})[（(][^（）()，,]{1,12}[，,][^（）()]{2,30}[）)]")


def name_entry(text: str) -> bool:
    """A list's entry naming a person and who they are (蒋志强（数控车工，重庆川渝精工
    机械有限公司）): complete as printed, a paragraph of its own."""
    found = _NAME_ENTRY.fullmatch(text)
    return bool(found) and is_person_name(found[1])


def exclaimed_headline(text: str, post: bool = False) -> bool:
    """A headline that ends exclaiming or asking (这个夏天，来永川避暑吧！ / 为什么年轻
    人爱上了“村BA”？), or, a ``post``'s title, does so inside (今夏，松溉古镇夜游
    “火”了！单日最高接待游客超3万人次): short, no full stop, not a quotation nor a
    labelled turn (问：…？). Told from a short exclamation by what follows it: a
    story's opening, or a byline line under a post's title."""
    marked = any(m in text for m in "！？!?") if post else text[-1] in "！？!?"
    if len(text) > (40 if post else 30) or not marked or _quotation(text):
        return False
    if LABELLED_LINE.match(text):
        return False
    return balanced(text) and headline_like(text.translate(_EXCLAMATIONS))


def asking_headline(text: str) -> bool:
    """A headline that exclaims or asks at its end, or, ending unpunctuated, inside
    (“五一”去哪儿？永川文旅活动日历请收好): where a story's opening follows it, or
    where headlines follow their stories, at the page's end."""
    return exclaimed_headline(text, post=not ends_sentence(text))


_EXCLAMATIONS = str.maketrans("", "", "！？!?")
_CLOSING_QUOTES = {"“": "”", '"': '"', "「": "」", "『": "』"}


def _quotation(text: str) -> bool:
    """Whether ``text`` opens a quotation that asks or exclaims (“咋办？”他说), not
    a term in quotes heading a headline (“五一”去哪儿？…)."""
    closing = _CLOSING_QUOTES.get(text[0])
    if closing is None:
        return False
    end = text.find(closing, 1)
    return end < 0 or any(mark in text[1:end] for mark in "！？!?，,。")


_CUT_FIGURE = re.compile(r"[\u4e00-\u9fff，、：:][0-9]+$")
_LIST_NUMBER = re.compile(r"^[0-9]{1,2}[.．、)）](?![0-9])")


def cut_date(text: str, below: str) -> bool:
    """``text`` ends on a date's number whose unit opens ``below`` (``…10月11`` /
    ``日，永川区…``), or on a figure's first digits whose rest opens it (``…宣传资料1``
    / ``200余份。``, not a list's next item, ``2.…``): a row cut inside the date or
    the figure, running text, no headline."""
    return text[-1:].isdigit() and (
        below[:1] in ("年", "月", "日", "号", "时", "点")
        or (
            below[:1].isdigit() and bool(_CUT_FIGURE.search(text)) and not _LIST_NUMBER.match(below)
        )
    )


# A numbered question heading an explainer's section is at most this long.
_QUESTION_HEAD_CHARS = 30


def numbered_question(text: str) -> bool:
    """``二、哪些人可以申请低保？``, ``1.哪些耕地可以享受补贴？``: over its answer, the
    heading of an explainer's section, though it asks."""
    return (
        text[-1:] in ("？", "?")
        and len(text) <= _QUESTION_HEAD_CHARS
        and bool(ENUMERATED.match(text))
        and balanced(text)
    )


def numbered_heading(
    lines: list[str], number: int, nxt: int | None, marked: dict[int, str]
) -> bool:
    """``1. 茶旅融合：游客走进茶园`` between paragraphs: a numbered heading over its
    section, not an item of a list (whose items stand one after another)."""
    text = lines[number]
    if nxt is None or marked.get(nxt) == ITEM or len(text) > 30 or not headline_like(text):
        return False
    above = next((n for n in range(number - 1, -1, -1) if lines[n]), None)
    return (above is None or marked.get(above) != ITEM) and basic_kind(lines[nxt]) is None


def blank_lines_above(lines: list[str]) -> dict[int, int]:
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


def usual_gap(gaps: dict[int, int]) -> int:
    """The gap (``gaps``: ``blank_lines_above``) the page leaves above most of its
    lines, ``-1`` for none."""
    return Counter(gaps.values()).most_common(1)[0][0] if gaps else -1


def story_gaps(gaps: dict[int, int]) -> set[int]:
    """The lines set off (``gaps``: ``blank_lines_above``) by a wider gap than the page
    leaves between its rows or paragraphs (one blank line, or none), where such gaps
    are rare: where stories end."""
    usual = usual_gap(gaps)
    wide = {number for number, gap in gaps.items() if gap > usual}
    wider = {number for number in wide if gaps[number] > usual + 1}
    if len(wider) >= 2:  # (subheads a blank line apart, stories three)
        wide = wider
    return wide if usual in (0, 1) and len(wide) <= max(2, len(gaps) // 4) else set()


def article_start(unit: Unit | None) -> bool:
    """A unit that only ever opens a story: 本报讯, a byline, an editor's note, a
    letter's salutation, a dateline lead (of a paragraph or a photo caption)."""
    if unit is None:
        return True
    if unit.kind == BYLINE:  # （记者 涂 燕）signs the story above; 记者 涂 燕 opens one
        return not in_brackets(unit.text)
    if unit.kind == CONT:
        return True
    if unit.kind == CAPTION:  # ▲5月12日，…: a photo story told by its caption alone
        text = CAPTION_START.sub("", unit.text, count=1)
        return datelines.dateline(text) is not None
    if (
        unit.kind != PARA
        or BARE_DATE.match(unit.text)
        or _SCHEDULE_ROW.match(unit.text)
        or FIELD_LINE.match(unit.text)
    ):
        return False  # (3月16日：开幕式…, a programme's entry, 时间：12月31日…, a field, open none)
    if opens_brief(unit.text) or PREAMBLE.match(unit.text):
        return True
    if _SALUTATION.match(unit.text):
        return True
    return (
        datelines.dateline(unit.text) is not None
        or bool(_EARLY_DATE.search(unit.text[:12]))
        or bool(datelines.MONTH_SINCE.match(unit.text))
        or bool(RECENT_LEAD.match(unit.text))
    )


_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"


def mark_numbered_captions(units: list[Unit]) -> None:
    """A photo set's numbered captions (``①区人民医院医护人员为居民义诊。``), the
    set's credit under the last (``渝西都市报记者 曾 平 摄``, ``（图片由…提供）``):
    captions, in a run or each between the paragraphs it shows, though nothing but
    their numbers marks them. Numbers from ① on in order, within one story."""
    for at, credit in enumerate(units):
        if at == 0 or credit.kind != CAPTION or not is_credit(credit.text):
            continue
        last = units[at - 1]
        if last.kind != PARA or last.text[:1] not in _CIRCLED:
            continue
        number, found = _CIRCLED.index(last.text[0]), []
        for unit in reversed(units[:at]):
            if unit.kind in (HEAD, DASH, KICKER) or number < 0:
                break
            if unit.kind == PARA and unit.text[0] == _CIRCLED[number] and len(unit.text) <= 60:
                found.append(unit)
                number -= 1
        if number < 0 and len(found) >= 2:
            for unit in found:
                unit.kind = CAPTION


def mark_signatures(units: list[Unit]) -> None:
    """A line of the writer's unit, post and name after a piece's last finished
    paragraph (``…实际行动。`` / ``永川区临江镇党委副书记 黄 俊``), over the next
    piece's title or the page's end: the byline that signs the piece. (Under a
    speech's title the same line says who gave the speech below.)"""
    for at in range(1, len(units)):
        unit, above = units[at], units[at - 1]
        below = units[at + 1] if at + 1 < len(units) else None
        if (
            unit.kind in (PARA, HEAD)
            and above.kind == PARA
            and ends_sentence(above.text)
            and (below is None or below.kind != PARA or headline_like(below.text))
            and bylines.unit_signers(unit.text)
        ):
            unit.kind = BYLINE


def numbered_below(lines: list[str], at: int) -> list[int]:
    """The lines of numbered captions (``①…``, ``②…``) under line ``at``, blank
    lines between, other images before them: under an image, its set's captions."""
    found: list[int] = []
    for n in range(at + 1, len(lines)):
        line = lines[n].strip()
        if line and len(found) < len(_CIRCLED) and line[0] == _CIRCLED[len(found)]:
            found.append(n)
        elif line and not (line.startswith("![") and not found):
            break
    return found
