"""Bylines: who wrote or photographed an article.

Names come out without the padding space newspapers put in two-character
names (``涂 燕`` → ``涂燕``). Roles (记者, 通讯员 …) and credits (文/图, 摄)
are dropped; a contributing unit (``…供稿``) is not a person.
"""

from __future__ import annotations

import re

from yc_reader.core.cjk import ends_sentence
from yc_reader.core.names import COURTESY_TITLES, is_person_name

_ROLE = (
    r"(?:首席记者|特约记者|见习记者|实习记者|摄影记者|全媒体记者|融媒体记者|本报记者|记者"
    r"|特约通讯员|校园通讯员|小记者|通讯员|实习生|特约评论员|评论员|摄影|文字|撰文|撰稿|作者|编译|整理|读者)"
)
_PAPER = (
    r"(?:渝西都市报|本报|[\u4e00-\u9fff]{1,8}?"
    r"(?:日报|晚报|都市报|融媒体中心|广播电视台|电视台|新闻中心|新闻网))"
)
_CREDIT_WORDS = r"文\s*[/·•]\s*图|图\s*[/·•]\s*文|文图|图文|摄影?|报道|供图"
_CREDIT = rf"(?:{_CREDIT_WORDS}|文|图)"
# Han characters a name may hold: the common block and Extension A (李䶮).
_HAN = r"\u3400-\u4dbf\u4e00-\u9fff"
_NAME_CHARS = rf"[{_HAN}·]"

WIRE_DATELINE = (
    r"(?:新华社|中新社|中央广播电视总台|央视网|人民网|重庆日报|华龙网|上游新闻)"
    r"[\u4e00-\u9fff]{0,8}?(?:(\d{1,2})\s*月\s*(\d{1,2})\s*日)?电"
)
"""A wire service's dateline, ``新华社北京4月20日电`` (groups: month, day)."""
# 本报讯（渝西都市报记者 涂 燕）… — the parenthesis right after 本报讯, or after a
# wire service's dateline: 新华社北京4月20日电（记者 王 五）.
_DATELINE_BYLINE = re.compile(
    rf"^\s*(?:本报讯|据?{WIRE_DATELINE})\s*[（(](?P<byline>[^（()）]{{1,60}})[）)]"
)
# 本报讯 记者 张 三 4月18日… — the byline unbracketed, its names set apart by spaces.
_BARE_DATELINE_BYLINE = re.compile(
    rf"^\s*本报讯\s*[:：]?\s*(?P<byline>(?:{_PAPER}?{_ROLE}\s*[:：]?\s*"
    rf"(?:{_NAME_CHARS}{{1,4}}(?:\s+|(?=\d)))+)+)"
)
# A whole line that is a byline: 渝西都市报记者 钟梅 通讯员 刘倩 / 记者 陈仕川 文/图 / … 摄 /
# （本文撰稿：…学院 杨 帆）
_BYLINE_LINE = re.compile(
    rf"^\s*[（(]?\s*(?:{_CREDIT}\s*[/／|｜:：]?\s*)?{_PAPER}?\s*(?:本文)?{_ROLE}[\s:：/／]*"
    rf"{_NAME_CHARS}(?:[{_NAME_CHARS[1:-1]}\s、,，/／]|{_ROLE}|{_CREDIT})*[）)]?\s*$"
)
# A signature with no role: □ 李晓梅 / ■ 王 五 (literary and opinion pages), 文/周 平,
# or 文 钟晓燕 where the extraction lost the slash (then one name alone follows).
_SIGNATURE = re.compile(
    r"^\s*(?:[□■◎○●◇◆]|(?:文\s*[/·•]\s*图|图\s*[/·•]\s*文)\s*[/／:：|｜丨]?|[文图]\s*[/／:：|｜丨]"
    r"|[文图][ \u3000]+(?=[\u4e00-\u9fff]{1,2}[ \u3000]?[\u4e00-\u9fff]{1,2}\s*$))\s*(.+)$"
)
# A commentator's pen name after the mark that signs it (文/老街, □ 一苇, ○ 竹君): no surname to
# check, so only a short word that is no box's label (■ 链接, □ 点评) nor a place; ◎ 竹 溪
# padded, 文/文 静 (文 a surname, not the credit), 文/图 竹 溪 (who wrote and took the photos).
_PEN_NAME = re.compile(
    r"^\s*(?:(?:文\s*[/／·•]\s*图|图\s*[/／·•]\s*文)\s*[/／:：]?\s*|文\s*[/／]\s*|[□■◎○]\s*)"
    r"((?!图|文\s*[/／·•图])[\u4e00-\u9fff](?:[ \u3000]?[\u4e00-\u9fff]){1,2})\s*$"
)
_NOT_PEN_NAME = re.compile(
    r"链接|提示|点评|[短快时微]评|[简快]讯|背景|观点|声音|数据|图说|编后|附件|相关|延伸|导读|预告"
    r"|档案|名片|贴士|速览|回音|说法|[记读]者|编者|[区镇县市村乡]$"
    r"|食材|做法|配料|原料|用料|步骤|功效|营养"  # (◎食材 / ◎做法: a recipe's sections)
)
# A book's writer, as a serial's instalment credits them: 罗永年 著.
_WRITTEN_BY = re.compile(r"^\s*([\u4e00-\u9fff](?:[ \u3000]?[\u4e00-\u9fff]){1,3})[ \u3000]+著$")
# The paper's leader writer signs with the role alone: 本报评论员, 渝西都市报特约评论员.
_COMMENTATOR = re.compile(rf"^\s*{_PAPER}?(?:特约)?评论员\s*$")
# The mark a photographer's credit may open with, as a signature does: □ 陈仕川 摄.
_CREDIT_MARK = r"(?:[□■◎○●]\s*)?"
_PHOTO_CREDIT = re.compile(
    rf"^\s*[（(]?\s*{_CREDIT_MARK}(?:{_PAPER}?{_ROLE}\s*)?([{_HAN}\s、]{{2,20}}?)\s*摄\s*[）)]?\s*$"
)
# A role set apart from what follows it (记者 钟梅, 记者：钟梅): a byline's, not a word's.
_ROLE_APART = re.compile(rf"{_ROLE}(?:[\s:：/／|｜]|$)")
_ROLE_OR_GAP = re.compile(rf"{_PAPER}|{_ROLE}|[\s、,，/／（）()·]")
# A bracketed byline's inside starts with a role: 记者 …, 渝西都市报记者 …
_ROLE_FIRST = re.compile(rf"\s*{_PAPER}?{_ROLE}")
# A role that names a kind of piece (评论员文章, 记者手记, 读者来信): a label, whatever
# the word after the role could be as a name (文章 is one).
_ROLE_LABEL = re.compile(
    rf"{_ROLE}(?:文章|手记|来信|札记|随笔|观察|调查|追踪|回访|视点|点评|对话|专访|问答|连线|探访)\s*$"
)
# A role and a colon: how an interview prints its questions (记者：谢谢), rarely a byline.
_SPEAKER_TURN = re.compile(rf"^\s*{_PAPER}?{_ROLE}\s*[:：]")
# Pronouns, particles and courtesies that a turn is made of and a name never is.
_NOT_IN_NAMES = frozenset("您你我他她它们的了吗呢吧啊呀哦嗯么谢请")
# What a writer's place ends with (…永川区朱沱镇, …南外街社区, …花园小区8栋).
_PLACE_END = r"(?:区|县|市|镇|乡|街道|社区|村|组|小区|花园|栋|单元|号|路|街|巷)"
# A reader's letter signed at its end: （永川区朱沱镇 读者 黄建明） / (来苏镇 村民 向长贵), or
# unbracketed on a line of its own, after the writer's place: 南大街街道南外街社区居民 何建国,
# or before it: 读者 蒋国清（永川区南大街街道）.
_LETTER_SIGNATURE = re.compile(
    rf"(?P<open>[（(])?\s*(?P<place>[{_HAN}]{{1,20}}?{_PLACE_END}\s*)?"
    r"(?:读者|市民|村民|居民|学生|小记者|网友|家长|群众|职工|退休教师)"
    rf"\s*(?P<name>{_NAME_CHARS}{{1,2}}\s?{_NAME_CHARS}{{1,2}})\s*"
    rf"(?(open)[）)]|(?P<where>[（(][{_HAN}]{{2,20}}[）)])?)"
)
# What a padded pair in brackets at a piece's end may be besides a name: （待 续）.
_NO_SIGNER = frozenset(("待续", "续完", "未完", "全文", "完结"))
# A two-character name padded to a line of its own, as a poem's or essay's writer
# stands under its title: 王 芳.
# (梅 摄: a credit's wrapped end.)
_PADDED_NAME = re.compile(r"^\s*([\u4e00-\u9fff])[ \u3000]((?![摄图文])[\u4e00-\u9fff])\s*$")
_GUIDE_PART = rf"(?:指导|辅导)(?:老师|教师)\s*[:：]?\s*{_NAME_CHARS}{{1,2}}\s?{_NAME_CHARS}{{1,2}}"
# A pupil signing an essay after their school and class: 永川区萱花中学 初二（3）班 王小明,
# 文/永川区北山中学初三(1)班周雨桐, □ 红旗小学五年级 张小雨, …中学初2026级2班 黄子涵.
_PUPIL_SIGNATURE = re.compile(
    r"(?:文\s*[/／]\s*|[□■]\s*|作者\s*[:：]\s*)?[\u4e00-\u9fff]{2,24}?"
    r"(?:小学|中学校?|学校|幼儿园|职教中心|职业中学)\s*"
    r"(?:(?:[一二三四五六七八九]年级|[初高][一二三])\s*(?:[（(]\s*[0-9一二三四五六七八九十]{1,2}\s*[）)]\s*班"
    r"|[0-9]{1,2}\s*班)?|[（(]\s*[0-9一二三四五六七八九十]{1,2}\s*[）)]\s*班"
    r"|[初高]\s*(?:19|20)\d{2}\s*级\s*[0-9]{1,2}\s*班)"  # (初2026级2班: by the year it leaves)
    rf"\s*(?P<name>{_NAME_CHARS}{{1,2}}\s?{_NAME_CHARS}{{1,2}})"
    # (the teacher who guided the essay after the pupil: …三年级2班 吴雨桐　指导老师 黄 梅)
    rf"(?:[ \u3000]+{_GUIDE_PART})?"
)
# The teacher who guided a pupil's essay, on a line of their own under the pupil's
# signature: 指导老师 邹 玲, 指导老师：谭 燕. No author of the essay.
_GUIDE = re.compile(rf"^{_GUIDE_PART}$")
# A learning piece signed with the writer's unit and post before the name, a space
# apart: 永川区临江镇党委副书记 黄 俊, 五间镇组织办 王晓丽, also as who they are in
# a writer's note: （作者系永川区南大街街道渝东社区党委书记 周 雪）.
# (Over a speech the same line says who gave it: ``unit_signers`` leaves where
# it stands to the caller.)
_UNIT_POST = (
    rf"[{_HAN}（）()]{{3,30}}?"
    r"(?:镇|街道|乡|村|社区|办|局|委|部|院|校|中心|公司|所|站|队|支部"
    r"|书记|主任|干部|镇长|局长|部长|委员|科长|所长|站长|队长|教师|医生|党员|民警|职工|组织员)"
    rf"[ \u3000]+(?P<name>{_NAME_CHARS}{{1,2}}\s?{_NAME_CHARS}{{1,2}})"
)
_UNIT_SIGNATURE = re.compile(_UNIT_POST)
_NOTED_UNIT_SIGNATURE = re.compile(rf"作者(?:系|为){_UNIT_POST}")
# A commentary's writer over a note of who they are: 周 强（作者系永川区消防救援支队干部）.
# (after a mark, the note may say who they are bare: 文/张 晴（萱花中学初三学生）)
_NOTED_AUTHOR = re.compile(
    r"\s*(?:(?P<mark>[□■◎]\s*|文\s*[/／]\s*)|)"  # □ 罗 莉（作者单位：…）, 文/黄 俊（作者单位：…）
    rf"(?P<name>{_NAME_CHARS}{{1,2}}\s?{_NAME_CHARS}{{1,2}}(?:[、，,]\s*{_NAME_CHARS}{{1,2}}\s?{_NAME_CHARS}{{1,2}}){{0,3}})\s*[（(]"
    r"(?:作者均?(?:系|为|单位\s*[:：])[^（()）]{2,40}|(?(mark)[^（()）：:，,。]{4,24}|(?!)))[）)]\s*"
)
# An excerpt's note of its source and writer: （选自《永川风物志》 作者 陈德荣） /
# （本文摘自《长江边的永川》，重庆出版社出版，作者：罗永康）.
_EXCERPT_NOTE = re.compile(
    r"[（(]\s*(?:本文)?(?:节选自|摘自|选自|原载于?)[^（()）]{2,60}?[，,\s]*作者\s*[:：]?\s*"
    rf"(?P<name>{_NAME_CHARS}{{1,2}}\s?{_NAME_CHARS}{{1,2}})\s*[）)]\s*$"
)
# Who told an oral history, before who recorded it: 口述 罗德明 整理 记者 彭禹乔, also
# in brackets at the story's end (（口述：王德福　整理：…）, the bracket kept), or on a
# line of its own over theirs.
_TELLER = re.compile(
    rf"^\s*([（(]?)\s*口述(?:\s*[:：]?\s*{_NAME_CHARS}{{2,4}}\s+(?=\S)"
    rf"|(?:\s*[:：]\s*|\s+){_NAME_CHARS}{{2,4}}\s*$)"
)
# The writer's unit before the name in a signature: 区中医院, 区妇幼保健院.
_UNIT_ENDINGS = ("院", "中心", "局", "委", "所", "站", "学校", "公司", "协会")
_UNIT = re.compile(r"[（(]\s*([^（()）]{2,40}?)\s*供稿\s*[）)]\s*$")
# An office signing the item it answers for, after the item's last stop:
# …退还多收费用。（永川区城市管理局）, as hotline and Q&A columns print.
_SIGNING_UNIT = (
    r"[（(]\s*[\u4e00-\u9fff]{1,16}"
    r"(?:局|委员会|委|办公室|办|中心|法院|检察院|院|所|站|队|公司|街道办事处|街道|政府)\s*[）)]\s*$"
)
_UNIT_SIGNOFF = re.compile(rf"[。！？!?]{_SIGNING_UNIT}")
# Where the text came from, closing it: （来源：永川区气象局）, （据应急管理部微信公众号）.
_SOURCED = re.compile(
    r"[（(]\s*(?:(?:信息|稿件)?来源\s*[:：]\s*[^（()）]{2,30}"
    r"|据[^（()）]{2,30}(?:报|社|网|号|台|局|委|办|中心|客户端|报道|消息|发布))\s*[）)]\s*$"
)
# …or on a line of its own under it: （永川供电公司）.
_UNIT_ALONE = re.compile(rf"^\s*{_SIGNING_UNIT}")
# A bare 文 or 图 is a credit only first, after a slash (张三/文) or alone before one
# (… 图/李四): 罗文, 李 文 are names.
_SPLIT_CREDIT = rf"(?:{_CREDIT_WORDS}|(?:^|(?<=[/／（(]))[文图]|(?<=\s)[文图](?=\s*[/／]))"
_SPLIT = re.compile(
    rf"{_PAPER}|(?:本文)?{_ROLE}|{_SPLIT_CREDIT}(?=\s|$|[/／）)])|[\s、,，;；/／:：（）()丨]+"
)


# Names alone in brackets, signing a short item: （刘 洋） / （王五、李四）.
_BARE_NAMES = re.compile(rf"\s*{_NAME_CHARS}{{1,4}}(?:[\s、，,]+{_NAME_CHARS}{{1,4}}){{0,3}}\s*")
# What a list of names after a signature mark may hold besides Han characters.
_NOT_NAME_LIST = re.compile(rf"[^{_HAN}·\s、,，/]")
# A caption's credit in brackets at its end: …（渝西都市报记者 陈仕川 摄）.
_BRACKETED_CREDIT = re.compile(
    rf"[（(]\s*(?:{_PAPER}?{_ROLE}\s*)?([^（()）]{{2,20}}?)\s*摄\s*[）)]\s*$"
)
# …服务市民300余人次。渝西都市报记者 陈仕川 摄 (or □ 陈仕川 摄): the credit after the
# caption's last sentence.
_SENTENCE_CREDIT = re.compile(
    rf"[。！？!?”]\s*{_CREDIT_MARK}({_PAPER}?{_ROLE})?\s*([{_HAN}\s、]{{2,20}}?)\s*摄$"
)
# …在竹林栈道间漫步纳凉。图/刘 洋 (摄影/刘强): the photographer after 图 and a slash.
_SLASH_CREDIT = re.compile(
    rf"(?:^|[。！？!?”]\s*)(?P<open>[（(])?\s*(?:图|摄影)\s*[/／]\s*(?P<who>[{_HAN}\s、]{{2,16}}?)\s*"
    r"(?(open)[）)])$"
)


# The photographer's part of a byline, after the writer's: 摄影 何 军 / 图/通讯员 罗 敏.
_PHOTO_PART = re.compile(
    rf"\s*(?:摄影|(?<![{_HAN}])图\s*[/／:：])\s*[:：]?\s*(?:{_PAPER}?{_ROLE}\s*)?"
    rf"[{_HAN}·\s、]{{2,16}}?(?=[）)]?\s*$)"
)


def _names(text: str) -> list[str]:
    """Names from the part of a byline after its roles, joining padded two-character
    names; a role parts them (``记者 黄 俊 杰 通讯员 周 琳``: a padded three-character
    name, then another)."""
    parts = _ROLE_WORD.split(text)
    if len(parts) <= 2:  # (one role or none: nothing to part)
        return _padded_names(text)
    return [name for part in parts for name in _padded_names(part)]


_ROLE_WORD = re.compile(rf"{_PAPER}|(?:本文)?{_ROLE}")


def _padded_names(text: str) -> list[str]:
    tokens = [t for t in _SPLIT.split(text) if t]
    tokens = [t for t in tokens if re.fullmatch(f"{_NAME_CHARS}+", t)]
    names: list[str] = []
    pending = ""  # single characters not yet placed
    for token in tokens:
        if len(token) == 1:
            pending += token
            if len(pending) < 2:
                continue
            token, pending = pending, ""  # 涂 燕: a two-character name padded
        elif pending:
            if len(pending + token) <= 3:
                token = pending + token  # 王 小明: a spaced surname
            pending = ""
        names.append(token)
    if pending and names and len(names[-1]) == 2:
        names[-1] += pending  # 王小 明
    return [
        name
        for name in names
        if 2 <= len(name) <= 5
        and not name.endswith(COURTESY_TITLES)
        and not (len(name) >= 3 and name.endswith(_UNIT_ENDINGS) and not is_person_name(name))
    ]


def dateline_authors(paragraph: str) -> list[str]:
    """Authors from a lead that opens ``本报讯（…）`` or a wire dateline
    (``新华社北京4月20日电（记者 王五）``); a unit in it (供稿) is not a person."""
    found = _DATELINE_BYLINE.match(paragraph)
    if not found:
        bare = _BARE_DATELINE_BYLINE.match(paragraph)
        return (
            [name for name in _names(bare.group("byline")) if is_person_name(name)] if bare else []
        )
    if "供稿" in found.group("byline"):
        return []
    inner = found.group("byline")
    if not re.search(_ROLE, inner):
        return []
    return _names(inner)


def trailing_authors(paragraph: str) -> list[str]:
    """Authors from the byline in brackets that signs a short item at its end
    (``…300余人参加。（记者 涂 燕）``, or names alone: ``（刘 洋）``), after a
    finished sentence or on a line of its own. Every name must look like a
    person's, so ``（记者手记）`` or ``（记者观察）`` sign nothing; on a line of its
    own, two characters padded as a name is (``（晓 风）``) are a pen name."""
    text = paragraph.rstrip()
    if not text.endswith(("）", ")")):
        return []
    excerpt = _EXCERPT_NOTE.search(text)
    if excerpt and is_person_name(excerpt["name"].replace(" ", "")):
        return [excerpt["name"].replace(" ", "")]
    opening = max(text.rfind("（"), text.rfind("("))
    inner = text[opening + 1 : -1]
    if len(inner) > 40 or "供稿" in inner:
        return []
    signers = _letter_signers(text[opening:])
    if signers and (opening == 0 or ends_sentence(text[:opening])):
        return signers
    if opening == 0:  # a line of its own: （刘 洋）, never （作者单位：…）
        pen = _PADDED_NAME.fullmatch(inner)
        if pen and not _NOT_PEN_NAME.search(name := pen[1] + pen[2]) and name not in _NO_SIGNER:
            return [name]  # （晓 风）: a commentator's pen name, padded as names are
        signs = bool(_BARE_NAMES.fullmatch(inner))
    else:  # after a finished sentence: 本报讯（记者 涂 燕）opens, it does not sign
        signs = ends_sentence(text[:opening]) and bool(
            _ROLE_FIRST.match(inner) or _BARE_NAMES.fullmatch(inner)
        )
    if not signs:
        return []
    names = _names(inner)
    return names if names and all(map(is_person_name, names)) else []


def _letter_signers(text: str) -> list[str]:
    """The reader who signs a letter (``（永川区朱沱镇 读者 黄 建明）`` → 黄建明), the
    writers over a note of who they are (``周 强（作者系…干部）``, ``唐 伟、罗 琳（作者均系…）``),
    or the pupil after their school and class (``永川区萱花中学 初二（3）班 王小明``)."""
    found = _LETTER_SIGNATURE.fullmatch(text.strip())
    if found and not (found["open"] or found["place"] or found["where"]):
        found = None  # 退休教师钟玉芳: a headline naming its subject, no signature
    bare = text.strip()
    if bare[:1] in "（(" and bare[-1:] in "）)":
        bare = bare[1:-1]  # （永川区凤凰湖小学 一年级（2）班 李沐阳）
    found = (
        found
        or _NOTED_AUTHOR.fullmatch(text.strip())
        or _PUPIL_SIGNATURE.fullmatch(bare)
        or _NOTED_UNIT_SIGNATURE.fullmatch(bare)
    )
    names = re.split(r"[、，,]\s*", found.group("name").replace(" ", "")) if found else []
    return names if names and all(map(is_person_name, names)) else []


def unit_signers(text: str) -> list[str]:
    """The writer a line of their unit, post and name names (``五间镇组织办 王晓丽``):
    a signature after a piece's last paragraph."""
    found = _UNIT_SIGNATURE.fullmatch(text.strip())
    name = found["name"].replace(" ", "") if found else ""
    return [name] if name and is_person_name(name) else []


def _signature_names(text: str) -> list[str]:
    """Names after a signature mark (``□ 李晓梅``, ``文/周 平``, also in brackets at a
    piece's end, ``（文/区中医院 周建国）``): a byline, or people's names."""
    if text[:1] in "（(" and text[-1:] in "）)":
        text = text[1:-1]
    if text[-1:] == "著" and (written := _WRITTEN_BY.match(text)):
        name = "".join(written[1].split())  # 罗永年 著: a book's or a serial's writer
        return [name] if is_person_name(name) else []
    found = _SIGNATURE.match(text)
    if not found or len(text) > 40:
        return []
    pen = _PEN_NAME.match(text)
    if (
        pen
        and not _NOT_PEN_NAME.search(name := "".join(pen[1].split()))
        and not name.endswith(_UNIT_ENDINGS)
    ):
        return [name]
    inner = found.group(1)
    names = _names(inner)
    if _ROLE_LABEL.search(inner):
        return []  # ■记者手记
    if _BYLINE_LINE.match(inner):
        return names
    names = [name for name in names if not name.endswith(_UNIT_ENDINGS)]  # 文/区中医院 周建国
    if not names or _NOT_NAME_LIST.search(inner):
        return []
    return names if all(map(is_person_name, names)) else []


def is_byline_line(line: str) -> bool:
    """A line that is only a byline (``渝西都市报记者 钟梅 通讯员 刘倩``, ``□ 李晓梅``,
    ``文/周 平``, ``本报评论员``, a padded name alone: ``王 芳``), also under who told
    it (``口述 罗德明 整理 记者 彭禹乔``)."""
    text = _TELLER.sub(r"\1", line.strip())
    if not text:
        return bool(line.strip())  # 口述：刘素华, over who recorded it
    if len(text) > 50:
        return False
    if _COMMENTATOR.match(text) or _signature_names(text) or _letter_signers(text):
        return True
    if _GUIDE.match(text):
        return True
    if padded := _PADDED_NAME.match(text):
        name = padded[1] + padded[2]
        return is_person_name(name) and not _NOT_PEN_NAME.search(name)
    if not _BYLINE_LINE.match(text) or _ROLE_LABEL.search(text):
        return False
    names = _names(text)
    if names and _SPEAKER_TURN.match(text):  # 记者：谢谢 is a turn of an interview
        return all(is_person_name(name) and not _NOT_IN_NAMES.intersection(name) for name in names)
    if not _ROLE_APART.search(text):  # 记者追踪, 读者来信: a label, unless names follow
        # (names alone after the role: 记者从区教委了解到，…全区 is a sentence)
        rest = _ROLE_OR_GAP.sub("", text)
        for name in names:
            rest = rest.replace(name, "", 1)
        return bool(names) and not rest and all(map(is_person_name, names))
    return bool(names)


def photo_credit_authors(line: str) -> list[str]:
    """Photographers from a credit line or caption ending ``… 摄`` or ``图/刘 洋``."""
    text = line.strip()
    found = _PHOTO_CREDIT.match(text)
    if found:
        return _names(text[: text.rfind("摄")])
    tail = _BRACKETED_CREDIT.search(text)
    if tail:
        return _names(tail.group(1))
    slash = _SLASH_CREDIT.search(text)
    if slash:
        names = _names(slash["who"])
        return names if all(map(is_person_name, names)) else []
    tail = _SENTENCE_CREDIT.search(text)
    if not tail:
        return []
    names = _names(tail.group(2))
    return names if tail.group(1) or (names and all(map(is_person_name, names))) else []


# An artwork's maker, as its caption names them: …《竹海清风》　作者：刘 远, or before
# the work's kind: 张德明 书法作品《春风十里》, 曹燕书法作品.
_ARTIST = re.compile(
    r"(?:作者|书写|绘画?)[：:]\s*([\u4e00-\u9fff](?:[ \u3000]?[\u4e00-\u9fff]){1,3})\s*$"
    r"|^[▲△]?\s*([\u4e00-\u9fff](?:[ \u3000]?[\u4e00-\u9fff]){1,3}?)\s*"
    r"(?:书法|国画|油画|水彩画?|版画|篆刻|剪纸|绘画|漫画)(?:作品)?(?=[《\s]|$)"
)


def artwork_authors(caption: str) -> list[str]:
    """Who made the painting or the calligraphy a caption shows: its author."""
    found = (
        _ARTIST.search(caption.strip())
        if "作" in caption or "书" in caption or "画" in caption
        else None
    )
    if not found:
        return []
    name = "".join((found[1] or found[2]).split())
    return [name] if is_person_name(name) else []


def credited_after_sentence(text: str) -> bool:
    """Text closed by its photographer's credit after its last sentence
    (``…同比增长18.3%。 记者 陈仕川 摄``, ``…活动。（通讯员 邱 红 摄）``, ``…完工。摄影/刘强``)."""
    text = text.strip()
    if _SENTENCE_CREDIT.search(text):
        return True
    bracketed = _BRACKETED_CREDIT.search(text)
    if bracketed and text[: bracketed.start()].rstrip().endswith(("。", "！", "？", "!", "?", "”")):
        return True
    slash = _SLASH_CREDIT.search(text)
    return bool(slash) and slash.start() > 0  # (after a sentence, not the whole text)


def ends_in_credit(text: str) -> bool:
    """A caption closed by its photographer's credit after 图 and a slash (``…纳凉。图/刘 洋``)."""
    return bool(_SLASH_CREDIT.search(text.strip())) and bool(photo_credit_authors(text))


def is_unit_credit(text: str) -> bool:
    """``（永川区委组织部供稿）``, ``…。（区民政局）``: a unit supplied or answers for
    the text; nobody to credit as author.
    (Only the text's end is searched: a paragraph may grow long row by row.)"""
    return bool(
        _UNIT.search(text[-80:])
        or _UNIT_SIGNOFF.search(text[-40:])
        or (len(text) <= 40 and _UNIT_ALONE.match(text))
        or (text[-1:] in "）)" and _SOURCED.search(text[-40:]))
    )


def listed_names(value: str) -> list[str]:
    """Names an export's 作者 field lists (``钟梅 刘倩``, ``记者 涂燕``). Without a role
    every name must look like a person's, so a unit (``区融媒体中心``) is nobody."""
    names = _names(value)
    if re.search(_ROLE, value):
        return line_authors(value) or names  # (文/记者 彭禹乔 图/通讯员 杨帆: the writer)
    return [name for name in names if is_person_name(name)]


def line_authors(line: str) -> list[str]:
    """Authors named by any byline-like line: a byline, a dateline lead or a photo
    credit; who told an oral history is its subject, not its writer."""
    text = _TELLER.sub(r"\1", line.strip())
    signers = _letter_signers(text) or unit_signers(text)
    if signers or _GUIDE.match(text):
        return signers
    if is_byline_line(text):
        # who took the photos after who wrote (… 摄影 何 军, … 图/通讯员 罗 敏): no writer
        written = _PHOTO_PART.sub("", text)
        if written != text and (names := _signature_names(written) or _names(written)):
            return names
        return _signature_names(text) or _names(text)
    return dateline_authors(text) or photo_credit_authors(text)
