"""Adverts on a page: neither stories of their own nor the text of the stories
beside them. An advert is known by its hotline under a slogan or its advertiser,
by its label (广告, 公益广告, （广告）) over or under it, by who ran it (…宣), or
by its disclaimer (本广告仅为要约邀请…) or its approval number (渝医广【2025】…号);
set apart by blank lines or rules, or as close to the text as the page's
paragraphs are. A notice's own issuer, hotline
and date carry none of these marks, so they stay its text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from yc_reader.core.cjk import ends_sentence
from yc_reader.core.masthead import BARE_DATE, ISSUER

# An advertisement's hotline, its advertiser or slogan before it or not
# (永川区投资促进中心　招商热线：023-49812345, 服务热线：96899, 预订热线：023-4958××××).
_HOTLINE = r"(?:热线|电话)\s*[：:]\s*[0-9０-９][-－0-9０-９×xX*]{4,}"
_AD_HOTLINE = re.compile(rf"^(?:[^，。；！？,;!?]{{2,24}}\s)?[\u4e00-\u9fff]{{0,4}}{_HOTLINE}$")
_SLOGAN_MARKS = "，。；！？,;!?、：:"
# (whom to ask after it: 招聘热线：023-4988×××× 何女士)
_HOTLINE_END = re.compile(rf"{_HOTLINE}(?:\s+[\u4e00-\u9fff](?:先生|女士|老师|经理))?[ \t]*$", re.M)
_SIGNED_AD_END = re.compile(r"宣[ \t\u3000]*$", re.M)


# An advert's approval number under it: 渝医广【2025】第05-12-136号, 渝药广审…号.
_APPROVAL = re.compile(
    r"^[\u4e00-\u9fff]{0,3}(?:医|药|械|食健)?广(?:审)?(?:\s*[（(【\[]\s*[^）)】\]]{1,12}\s*[）)】\]])?"
    r"\s*第?\s*[0-9A-Za-z\-－]{4,30}\s*号$"
)
# The most rows (blank lines apart or not) an advert over its approval number holds.
_APPROVED_AD_ROWS = 6


def _advert_over_approval(lines: list[str], at: int) -> int | None:
    """The first line of the advert over its approval number on line ``at``: its
    short rows above, blank lines apart or not, up to a sentence, a heading or the
    page's top; a hotline or an address among them."""
    first, rows = at, 0
    for above in range(at - 1, -1, -1):
        line = lines[above].strip("* ")
        if not line:
            continue
        if (
            rows == _APPROVED_AD_ROWS
            or line.startswith("#")
            or ends_sentence(line)
            or len(line) > _LABELLED_AD_CHARS
        ):
            break
        first, rows = above, rows + 1
    ad = lines[first:at]
    return first if any("热线" in row or "电话" in row or "地址" in row for row in ad) else None


# An advert on one line of its own, its parts a space apart (长安汽车永川鑫顺4S店　夏季
# 购车节　…限时优惠1.5万元　购车热线：023-49871234　地址：…): its advertiser and
# slogans, a phone number among its fields, no clause in it.
_PHONE_WORDS = ("热线", "电话", "中心", "售楼部", "售楼处")
_PHONE_WORD = rf"(?:{'|'.join(_PHONE_WORDS)})"
_PHONE_KEY = rf"{_PHONE_WORD}[：:][0-9０-９]"
_PHONE_FIELD = re.compile(rf"^[\u4e00-\u9fff]{{0,6}}{_PHONE_KEY}[-－0-9０-９]{{6,}}$")
_PHONE_IN_LINE = re.compile(_PHONE_KEY)
_ONE_LINE_AD_CHARS = 150


def _one_line_advert(line: str) -> bool:
    """Whether ``line`` is an advert whole: two of its parts or more no field's
    (``建面约98—143㎡``), one a phone number's; a notice's contacts are all fields
    (``联系人：李老师　咨询电话：…``)."""
    if len(line) > _ONE_LINE_AD_CHARS or any(mark in line for mark in "，。；！？,;!?"):
        return False
    parts = line.split()
    return (
        len(parts) >= 3
        and any(_PHONE_FIELD.match(part) for part in parts)
        and sum(1 for part in parts if len(part) >= 4 and not any(c in part for c in "：:")) >= 2
    )


def _phoned(line: str) -> bool:
    """A look for a phone's words before the one-line advert's pattern, on every line."""
    return any(word in line for word in _PHONE_WORDS)


def _lines_holding(found: re.Pattern[str], text: str) -> Iterator[str]:
    """The lines of ``text`` that hold a match of ``found``, bare of bold marks and
    spaces at their ends: a look at a few lines, not at every line of the page."""
    for match in found.finditer(text):
        start = text.rfind("\n", 0, match.start()) + 1
        end = text.find("\n", match.end())
        yield text[start : end if end >= 0 else len(text)].strip("* ")


def _has_one_line_advert(text: str) -> bool:
    """Whether a line of ``text`` is an advert whole: only lines holding a phone
    number's field are read."""
    return any(map(_one_line_advert, _lines_holding(_PHONE_IN_LINE, text)))


# An advert's label a typesetter spaced out: 广　告.
_SPACED_AD_LABEL = re.compile("广[ \u3000]告")


def has_advert(text: str) -> bool:
    """Whether a page may hold an advert (see ``drop_adverts``): a line ending on a
    hotline, an advert's mark, who ran it, or a box of classified ones; scanned for
    only where its words are."""
    return (
        "广告" in text
        or bool(_SPACED_AD_LABEL.search(text))
        or "分类信息" in text
        or (("广【" in text or "广审" in text) and "号" in text)
        or (("热线" in text or "电话" in text) and bool(_HOTLINE_END.search(text)))
        or ("宣" in text and bool(_SIGNED_AD_END.search(text)))
        or (
            _phoned(text)
            and (
                _has_one_line_advert(text)
                or any(map(_PHONE_ROW.match, _lines_holding(_PHONE_KEYED, text)))
            )
        )
    )


# An advertisement says what it is: …咨询电话：023-49888666（广告）, 【广告】…; a public
# service one is signed by who ran it (——松溉镇人民政府宣, 永川区委依法治区办 宣).
_AD_MARK = re.compile(
    r"[（(【\[〔](?:公益)?广告[）)】\]〕]$|^—*\s*(\S{2,24}?)\s*宣$"
    r"|^[（(【\[〔](?:公益)?广告[）)】\]〕]\s*(?=\S)"
    # (广告　… 购票热线 …, 广告　永川兴隆百货　元旦迎新　全场满200减50: its parts set apart)
    r"|^广告[ \t\u3000]+(?=\S.*(?:热线|电话)|\S+[ \t\u3000]+\S+[ \t\u3000]+\S)"
)


# An advert's slogan: phrases of about one length a space apart (一叶秀芽 满口清香),
# its label (公益广告) and the fields under its hotline (校址：…).
_SLOGAN = re.compile(r"^[\u4e00-\u9fff]{3,9}(?:[ \t\u3000]+[\u4e00-\u9fff]{3,9}){1,3}$")
# (·广告·; an app's, with its button that closes it: 广告 ×)
_AD_LABEL = re.compile(r"^[—\-=━─· ]*[【\[（(]?(?:公益)?广告[】\]）)]?(?:\s*[×✕╳])?[—\-=━─· ]*$")
# An advert under its label (广告 / ———— 广告 ————), to the blank line closing it.
_LABELLED_AD_ROWS = 7
_LABELLED_AD_CHARS = 60
_AD_FIELD = re.compile(r"^[\u4e00-\u9fff]{0,2}(?:地址|校址|店址|营销中心|门店)[：:]\S{2,28}$")
# What no row of an advert set close to the text holds (its fields may hold a
# colon, 活动时间：…): clause and sentence marks, brackets (a byline's, …（记者 …）).
_AD_NEIGHBOUR_MARKS = "，。；！？,;!?（）()"


def _set_apart_advert(lines: list[str], at: int, self_marked: bool) -> int | None:
    """The first line of an advert whose last line is ``at``, set apart: two blank
    lines (or a rule) above and below it, or the page's end below; an advert marked
    on its own line needs nothing below."""
    below = next((n for n in range(at + 1, len(lines)) if lines[n]), len(lines))
    if not self_marked and below < len(lines) and below - at < 3:
        return None
    first, above = at, at - 1
    while True:
        while above >= 0 and not lines[above]:
            above -= 1
        slogan = lines[above].strip("* ") if above >= 0 else ""
        if (
            above < 0
            or first - above > 2
            or at - above > 4
            or len(slogan) > 24
            or any(mark in slogan for mark in _SLOGAN_MARKS)
        ):
            break
        first, above = above, above - 1
    return first if first < at and (above < 0 or first - above > 2) else None


def _close_advert(lines: list[str], at: int) -> tuple[int, int] | None:
    """The lines (first, end) of an advert set as close to the text around it as its
    paragraphs are (one blank line, or none, on a page that sets none): slogans
    (``学技能 到星辰``) or its label (``公益广告``) over its advertiser's hotline or
    signature (``…办公室 宣``), a field or two (``校址：…``) under it. A notice's
    closing lines (issuer, date, contact) carry no slogan, so they stay."""
    spaced = at > 0 and not lines[at - 1]  # a double-spaced page: a blank line between rows
    step, first = 1 + spaced, at
    while first - step >= 0 and at - first < 8 and not (spaced and lines[first - 1]):
        line = lines[first - step].strip("* ")
        if (
            not line
            or len(line) > 24
            or any(mark in line for mark in _AD_NEIGHBOUR_MARKS)
            or line.endswith("摄")
            or BARE_DATE.match(line)
        ):
            break
        first -= step
        if _AD_LABEL.match(line):
            break
    body = [lines[n].strip("* ") for n in range(first, at) if lines[n]]
    if not body or not any(_is_slogan(line) or _AD_LABEL.match(line) for line in body):
        return None
    if not _AD_LABEL.match(body[0]) and not _set_off_above(lines, first):
        advertiser = next((n for n in range(first, at) if ISSUER.fullmatch(lines[n])), None)
        if advertiser is None or advertiser == first:
            return None
        first = advertiser  # 重庆恒通驾驶培训学校 / slogans / hotline under a headline
    end = at + 1
    while end < len(lines) and end - at <= 2 and _AD_FIELD.match(lines[end]):
        end += 1
    return first, end


def _is_slogan(line: str) -> bool:
    """Phrases set as a pair (学车就选恒通 安全驾驶一生), not a table's cells
    (广场舞比赛 区文化艺术中心广场)."""
    if not _SLOGAN.match(line):
        return False
    lengths = [len(phrase) for phrase in line.split()]
    return max(lengths) - min(lengths) <= 2


def _set_off_above(lines: list[str], first: int) -> bool:
    """The page's start, two blank lines, or the end of a sentence, a byline, a
    photo's credit or a notice's date above line ``first``."""
    above = first - 1
    while above >= 0 and not lines[above]:
        above -= 1
    if above < 0 or first - above > 2:
        return True
    text = lines[above].rstrip()
    # (a photo's credit a blank line over it closes the item above: …通讯员 曾 艳 摄)
    credit = text[-1] == "摄" and first - above > 1
    return ends_sentence(text) or text[-1] in "）)" or credit or bool(BARE_DATE.match(text))


def _labelled_advert_end(lines: list[str], at: int) -> int | None:
    """Where the advert under the label on line ``at`` ends: a few short rows, no
    sentence among them, up to a blank line, or, set a blank line apart (Markdown,
    a double-spaced page), up to two blank lines; the page's end closes it after
    its hotline or signer."""
    spaced = at + 1 < len(lines) and not lines[at + 1]
    rows: list[str] = []
    end = at + 1
    while end < len(lines) and len(rows) <= _LABELLED_AD_ROWS:
        if lines[end]:
            rows.append(lines[end])
        elif rows and (
            not spaced
            or end + 1 >= len(lines)
            or not lines[end + 1]
            or _HOTLINE_END.search(rows[-1])  # (its hotline last: …订购热线：023-…)
        ):
            break
        end += 1
    if not (
        0 < len(rows) <= _LABELLED_AD_ROWS
        and all(
            len(row) <= _LABELLED_AD_CHARS and "本报讯" not in row and not ends_sentence(row)
            for row in rows
        )
        # (closed by the page's end, not a blank line: its hotline or signer last)
        and (end < len(lines) or any(mark in rows[-1] for mark in ("热线", "电话", "宣")))
    ):
        return None
    return end


# An advert's own disclaimer under it: （本广告仅为要约邀请）.
_AD_DISCLAIMER = re.compile(r"^[（(]?本广告[^（）()]{2,40}[）)]?$")


def _advert_over_label(lines: list[str], at: int, disclaimed: bool = False) -> int | None:
    """The first line of an advert over its label (``…热线：023-49860000`` /
    ``（广告）``): its rows up to the blank line above, its hotline among them, the
    label's own line closing it; no sentence among them, unless the advert
    disclaims what it says (``本广告仅为要约邀请…``). Its rows a blank line apart
    (Markdown's paragraphs), the advert goes up to two blank lines (or a rule)."""
    if at + 1 < len(lines) and lines[at + 1]:
        return None
    first = k = at
    while k > 1 and not lines[k - 1] and lines[k - 2] and at - k < 2 * _LABELLED_AD_ROWS:
        first = k = k - 2  # (rows a blank line apart, up to two blank lines)
    while first > 0 and lines[first - 1] and at - first < _LABELLED_AD_ROWS:
        first -= 1
    rows = [row for row in lines[first:at] if row]
    if (
        not rows
        or (first > 0 and lines[first - 1])
        or not any("热线" in row or "电话" in row for row in rows)
        or any(
            len(row) > _LABELLED_AD_CHARS or (ends_sentence(row) and not disclaimed) for row in rows
        )
    ):
        return None
    return first


# A box of classified adverts under its label (分类广告, 【分类信息】), its items (遗失声明 /
# …声明作废。, 招租 / …) closed by its hotline (刊登热线：49868888).
_CLASSIFIED_LABEL = re.compile(r"^[■◆●【\[]?\s*分类(?:广告|信息)\s*[】\]]?$")
_CLASSIFIED_ROWS = 20
_CLASSIFIED_HOTLINE = re.compile(r"热线\s*[：:]\s*[0-9０-９]")
_CLASSIFIED_ITEM = re.compile(r"声明作废|遗失|招租|出租|转让|出售|求购|寻人")


def _classified_end(lines: list[str], at: int) -> int | None:
    """Where the box of classified adverts under the label on line ``at`` ends: at
    its hotline's line after an item (…声明作废。), or at the blank line after one
    (two, in a box that sets its items a blank line apart), or the page's end; no
    story's lead among them. The box's hotline may stand over its items too."""
    spaced = at + 1 < len(lines) and not lines[at + 1]
    rows, item = 0, False
    for end in range(at + 1, len(lines)):
        line = lines[end]
        if not line:
            if item and (not spaced or end + 1 == len(lines) or not lines[end + 1]):
                return end
            continue
        rows += 1
        if rows > _CLASSIFIED_ROWS or line.startswith("本报讯"):
            return None
        if item and _CLASSIFIED_HOTLINE.search(line):
            return end + 1
        item = item or bool(_CLASSIFIED_ITEM.search(line))
    return len(lines) if item else None


# An advert's phone, a number to call (023-49636688, 49861234, a mobile's eleven digits) after
# its key, on a row of its fields (售楼热线：023-49636688　项目地址：…, 地址：…　电话：…).
_OTHER_FIELD = rf"[\u4e00-\u9fff]{{0,4}}(?:地址|{_PHONE_WORD})[：:]\S{{2,28}}"
_KEYED_PHONE = rf"{_PHONE_WORD}\s*[：:]\s*(?:(?:0\d{{2,3}}-?)?\d{{7,8}}|1\d{{10}})"
_PHONE_ROW = re.compile(
    rf"^(?:{_OTHER_FIELD}[ \t\u3000]+)?[\u4e00-\u9fff]{{0,4}}{_KEYED_PHONE}"
    rf"(?:[ \t\u3000]+{_OTHER_FIELD})?$"
)
_PHONE_KEYED = re.compile(_KEYED_PHONE)
# What an advert sells with: a price, an area, an offer.
_SELLING = re.compile(
    r"㎡|平方米|\d\s*元|满\d+|减\d+|首付|特惠|优惠|钜惠|折起|礼包|礼品|热销|火热|发售|开盘|认筹|到访|焕新|购车|试驾"
    r"|免费"
)
# The most rows an advert over its phone holds, its fields among them.
_PHONED_AD_ROWS = 6
_PHONED_AD_CHARS = 40


def _advert_over_phone(lines: list[str], at: int) -> tuple[int, int] | None:
    """The lines (first, end) of an advert unmarked but for what it sells, over its
    phone row (``锦绣华庭 准现房火热发售`` / ``建面约89-128㎡品质三房 首付低至15万`` /
    ``售楼热线：023-49636688　项目地址：…``): its short rows, as far apart as its
    phone is from the row over it, up to a sentence, a byline, a photo's credit, a
    subtitle, a wider gap or the page's top, a price, an area or an offer among
    them, its address and label under it. A notice's contacts have no such rows
    over them, only its text and fields (招标人：…)."""
    rows: list[int] = []
    spacing = next((n for n in (1, 2) if at - n < 0 or lines[at - n]), 3) - 1
    for above in range(at - 1, -1, -1):
        line = lines[above].strip("*# ")
        if not line:
            continue
        if (
            (rows[-1] if rows else at) - above - 1 > spacing
            or len(rows) == _PHONED_AD_ROWS
            or len(line) > _PHONED_AD_CHARS
            or any(mark in line for mark in "，。！？；,;!?")
            or line.startswith(("——", "▲", "本报讯"))
            or line.endswith(("摄", "）", ")", "：", ":"))
            or (("：" in line or ":" in line) and not _AD_FIELD.match(line))
        ):
            break
        rows.append(above)
    # (its advertiser's name, 车之佳汽车服务中心, under a headline printed after its
    # story: the rows over the name that neither sell nor are a slogan are not its)
    texts = {n: lines[n].strip("*# ") for n in rows}
    named = next((n for n in reversed(rows) if ISSUER.fullmatch(texts[n])), None)
    if named is not None:
        over = [texts[n] for n in rows if n < named]
        if over and not any(_SELLING.search(line) or _is_slogan(line) for line in over):
            rows = [n for n in rows if n >= named]
    if not any(_SELLING.search(texts[n]) and not _AD_FIELD.match(texts[n]) for n in rows):
        return None
    end = at + 1
    while (
        end < len(lines)
        and end - at <= 3
        and (
            not lines[end]
            or _AD_FIELD.match(lines[end])
            or _AD_LABEL.match(lines[end])
            or _AD_DISCLAIMER.match(lines[end].strip("*"))
            or _APPROVAL.match(lines[end])
        )
    ):
        end += 1  # (its address under it, its label, （广告）, its disclaimer, approval)
    while end > at + 1 and not lines[end - 1]:
        end -= 1
    return rows[-1], end


def drop_adverts(lines: list[str]) -> None:
    """Blank the page's adverts: under or over their label, over their disclaimer,
    or a slogan or the advertiser over its hotline or signer, set apart (two blank
    lines or a rule above and below it, or the page's end below) or as close as
    the page's paragraphs are; a line marked an advert (``【广告】…``) is one
    wherever it stands."""
    for at, line in enumerate(lines):
        span = _advert_at(lines, at, line)
        if span is not None:
            lines[span[0] : span[1]] = [""] * (span[1] - span[0])


def _advert_at(lines: list[str], at: int, line: str) -> tuple[int, int] | None:
    """The lines (first, end) of the advert line ``at`` marks, if it marks one."""
    if (
        _phoned(line)
        and _one_line_advert(line.strip("* "))
        and not (at and lines[at - 1])
        and not (at + 1 < len(lines) and lines[at + 1])
    ):
        return at, at + 1  # the whole advert on its line, blank lines around it
    if "分类" in line[:4] and _CLASSIFIED_LABEL.match(line.strip("*")):
        end = _classified_end(lines, at)
        if end is not None:
            return at, end
    if "广告" in line and _AD_LABEL.match(line.strip("*")):
        end = _labelled_advert_end(lines, at)
        if end is not None:
            return at, end
        first = _advert_over_label(lines, at)
        if first is not None:
            return first, at + 1
    if "广" in line and line[-1:] == "号" and _APPROVAL.match(line):
        first = _advert_over_approval(lines, at)
        if first is not None:
            return first, at + 1
    if "本广告" in line and _AD_DISCLAIMER.match(line):
        first = _advert_over_label(lines, at, disclaimed=True)
        if first is not None:
            return first, at + 1
    bare = line.replace("**", "") if "**" in line else line  # (**广告**　…: its label bold)
    marked = _AD_MARK.search(bare) if "广告" in line or line[-1:] == "宣" else None
    if marked and marked[1] and not ISSUER.fullmatch(marked[1]):
        marked = None
    phoned = _phoned(line) and bool(_PHONE_ROW.match(line))
    if not marked and not (
        ("热线" in line or "电话" in line) and _AD_HOTLINE.match(line.strip("* "))
    ):
        return _advert_over_phone(lines, at) if phoned else None
    # (…热线：…（广告）, 【广告】…: the whole advert on its line, set apart or not)
    self_marked = marked and not marked[1] and (marked.start() or marked.end() < len(bare))
    first = _set_apart_advert(lines, at, bool(self_marked))
    if first is not None:
        return first, at + 1
    if self_marked:
        # (【广告】永川秀芽·新春礼盒… over its slogan and hotline: its rows too)
        below = _labelled_advert_end(lines, at) if marked.start() == 0 else None
        return at, below or at + 1
    close = _close_advert(lines, at)
    return close if close or not phoned else _advert_over_phone(lines, at)
