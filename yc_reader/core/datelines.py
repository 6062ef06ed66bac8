"""Article dates when the page has no masthead: the dateline plus an inferred year.

The dateline is the month and day a story opens with (``本报讯（…）3月1日下午，``
or ``2月3日下午,永川区召开…``). Pages do not print the year next to it, so it
is inferred from the page's own text by one rule:

1. a full date ``YYYY年M月D日`` on the page with the dateline's month and day
   gives its year;
2. else a year the text calls this year (``今年7月举办的2025…``);
3. else the year the file's name gives (``渝西都市报2024年第112期_05.txt``);
4. else the latest year the page mentions as ``YYYY年`` that is not a target
   ahead (not after ``到``/``至``/``朝着``/``力争``/``预计到``) nor history: a
   year before 2000 (``1959年春天``) is what a page recalls, never its own, as
   the archive's pages are all from this century.

Without any year mention the date stays unknown: it is never invented. A
notice with no dateline is dated by its issuer's signature (``2024年5月15日``
alone on its line).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from yc_reader.core.bylines import WIRE_DATELINE
from yc_reader.core.cjk import halfwidth_numbers
from yc_reader.core.masthead import BARE_DATE, BARE_MONTH, WEEKDAY, iso_date, valid_date

_TIME_OF_DAY = (
    r"(?:上午|下午|晚上|晚间|早高峰|晚高峰|一大早|一早|晚|早上|早晨|清晨|凌晨|中午|午后|傍晚|黄昏"
    r"|深夜|夜里|夜间|期间|当天|前后|起)?"
)
# The hour a lead may name after its day: 9时 / 9时30分 / 9点半 / 10时许.
_CLOCK = r"(?:\d{1,2}\s*[时点](?:\s*\d{1,2}\s*分|半)?(?:许|左右)?)?"
# The weekday a lead may name after its day: 5月24日(星期五)晚， / 11月19日是周日，, or
# the festival it is: 2月24日是2024年元宵节，
_WEEKDAY_AFTER = (
    rf"(?:\s*[（(]{WEEKDAY}[）)]|\s*是?{WEEKDAY}"
    r"|\s*是(?:(?:19|20)\d{2}\s*年)?(?:农历)?[\u4e00-\u9fff]{1,5}节)?"
)
# The dateline: a month/day (or a day range) then a comma or a time of day and a comma.
_DATELINE = re.compile(
    rf"(?<![\d年])(\d{{1,2}})\s*月\s*(\d{{1,2}})\s*日(?:\s*[至到—-]\s*(?:\d{{1,2}}\s*月\s*)?\d{{1,2}}\s*日)?"
    rf"{_WEEKDAY_AFTER}\s*{_TIME_OF_DAY}\s*{_CLOCK}\s*[，,、]"
)
# A lead that opens with the full date (本报讯 2024年4月20日，…); a full date
# further on is another day's (…，2024年5月1日起施行).
_FULL_DATELINE = re.compile(
    rf"^\s*(?:19|20)\d{{2}}\s*年\s*(\d{{1,2}})\s*月\s*(\d{{1,2}})\s*日\s*{_TIME_OF_DAY}\s*{_CLOCK}\s*[，,、]"
)
_WIRE = re.compile(rf"^\s*(?:据)?{WIRE_DATELINE}")
_BENBAOXUN = re.compile(r"^\s*本报讯\s*(?:[（(][^（()）]{0,60}[）)])?\s*")
_FULL_DATE = re.compile(r"((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")
# (not a quantity: 今年…一亩能收2000斤左右)
_THIS_YEAR = re.compile(
    r"今年[^。！？；\n]{0,16}?(?<!\d)((?:19|20)\d{2})"
    r"(?![\d.]|\s*(?:[余多万亿千百十%％]|[斤吨元米亩户人个名家件台辆套株头只次份]))"
)
# 2023年 (but 2023年底, 1990年代, 1949年前; 2023年前三季度 is 2023's first three).
_YEAR = re.compile(
    r"(?<![\d.])((?:19|20)\d{2})\s*年(?![代底初末]|前(?![一二三四五六七八九十两\d]{1,2}个?(?:季度|月)))"
)
# The first year the archive's pages can be from: an earlier year is history.
_ARCHIVE_START = 2000
_AHEAD = ("到", "至", "朝着", "力争", "预计到", "计划到", "目标", "之前")


def dateline(lead: str) -> tuple[int, int] | None:
    """(month, day) of the dateline at the start of a lead paragraph, if it has one
    (a wire story's too: ``新华社北京4月20日电（记者 …）``; or, after 本报讯, right
    after a quotation the lead opens with)."""
    lead = halfwidth_numbers(lead[:200])
    found = _WIRE.match(lead)
    if not (found and found.group(1)):
        head = _BENBAOXUN.sub("", lead, count=1)
        found = _FULL_DATELINE.match(head) or _DATELINE.search(head[:40])
        if not found and head.startswith(("“", '"')):
            # 本报讯（…）“…，能换一桶菜籽油。”9月10日，在…: the date after the
            # quotation (without 本报讯, after a quotation that ends a sentence)
            quoted = _OPENING_QUOTE.match(head)
            found = (
                quoted
                and (head != lead or quoted.group()[-2] in "。！？!?")
                and _DATELINE.match(head, quoted.end())
            )
    if not found:
        return None
    month, day = int(found.group(1)), int(found.group(2))
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return month, day


# A quotation a lead opens with, up to its close: “…。”
_OPENING_QUOTE = re.compile(r"[“\"][^“”\"\n]{1,150}[”\"]")
_MONTH = r"(\d{1,2})\s*月(?:份)?(?:上旬|中旬|下旬|初|底|末)?"
# A lead that names only the month it speaks of: 6月以来，… / 今年3月中旬，… /
# 2023年6月上旬，… / 截至2023年6月底，… / 记者从区生态环境局获悉，2024年3月，…
_MONTH_LEAD = re.compile(
    r"^\s*(?:记者(?:近日)?从[^，,。]{2,24}(?:获悉|了解到)\s*[，,]\s*|截至|截止)?"
    rf"(?:今年|本月|(20\d{{2}})\s*年)?{_MONTH}(?:以来|间|期间)?\s*[，,]"
)
MONTH_SINCE = re.compile(rf"^\s*{_MONTH}以来\s*[，,]")
"""A lead from a month on (11月以来，…), as news opens; not 今年6月，…, as a
feature's section may."""


def lead_month(lead: str) -> tuple[int | None, int] | None:
    """The year (when it names one) and month of a lead that opens with a month
    alone (``6月以来，``, ``2023年6月上旬，``, ``截至2023年6月底，``, also after where the
    reporter learned it), if it does."""
    head = _BENBAOXUN.sub("", halfwidth_numbers(lead[:80]), count=1)
    found = _MONTH_LEAD.match(head)
    if not found or not 1 <= int(found[2]) <= 12:
        return None
    return (int(found[1]) if found[1] else None), int(found[2])


def signing_date(line: str) -> str:
    """``YYYY-MM-DD`` of a date alone on its line, as an issuer signs a notice
    (``YYYY-MM`` of a month alone, ``2024年6月``), or ``""``."""
    line = halfwidth_numbers(line.strip())
    found = BARE_DATE.match(line)
    if found:
        return iso_date(found)
    month = BARE_MONTH.match(line)
    return f"{month[1]}-{int(month[2]):02d}" if month and 1 <= int(month[2]) <= 12 else ""


# A literary piece's note of when and where it was written, closing it:
# （2024年3月于永川）, 2024年3月8日写于茶山竹海.
_WRITTEN_DATE = r"((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*日)?\s*"
_WRITTEN_AT = r"(?:[写作改修]?于|定稿于?)\s*[\u4e00-\u9fff]{0,10}"
_WRITTEN = re.compile(
    rf"^(?:[（(]\s*{_WRITTEN_DATE}(?:{_WRITTEN_AT})?\s*[）)]|{_WRITTEN_DATE}{_WRITTEN_AT})$"
)


def written_on(line: str) -> str:
    """``YYYY-MM`` (or ``YYYY-MM-DD``) of a note saying when a piece was written."""
    found = _WRITTEN.match(halfwidth_numbers(line.strip()))
    if not found:
        return ""
    groups = found.groups()  # (bracketed year, month, day, unbracketed year, month, day)
    year, month, day = (int(g) if g else None for g in (groups[:3] if groups[0] else groups[3:]))
    return format_date(year, month, day) if month and 1 <= month <= 12 else ""


def infer_year(
    text: str, datelines: Iterable[tuple[int, int]], named: int | None = None
) -> int | None:
    """The page's year by the rule in the module docstring, or ``None``; ``named``
    is the year the file's name gives."""
    wanted = set(datelines)
    text = halfwidth_numbers(text)
    for found in _FULL_DATE.finditer(text):
        year, month, day = (int(g) for g in found.groups())
        if (month, day) in wanted and valid_date(year, month, day):
            return year
    this_year = _THIS_YEAR.search(text)
    if this_year:
        return int(this_year.group(1))
    if named is not None:
        return named
    years = []
    for found in _YEAR.finditer(text):
        before = text[max(0, found.start() - 4) : found.start()]
        if any(before.endswith(word) for word in _AHEAD) or int(found.group(1)) < _ARCHIVE_START:
            continue
        years.append(int(found.group(1)))
    return max(years) if years else None


def format_date(year: int | None, month: int | None = None, day: int | None = None) -> str:
    """``YYYY-MM-DD`` / ``YYYY-MM`` / ``""``: only the parts that are known."""
    if year is None or month is None:
        return ""
    if day is None or not valid_date(year, month, day):
        return f"{year:04d}-{month:02d}"
    return f"{year:04d}-{month:02d}-{day:02d}"
