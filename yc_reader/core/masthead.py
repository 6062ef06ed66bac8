"""Page furniture: the masthead that gives a page its issue date, page and section.

A masthead is never an article. It may stand on one line
(``2024年4月20日 星期六 第2版 要闻``) or be spread over a few short lines with
the paper's name and the editors. When a page has none, the file name may
still carry the issue date (``2024-04-20…``, ``20240420…``).
"""

from __future__ import annotations

import datetime
import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace

from yc_reader.core import bylines
from yc_reader.core.cjk import ends_sentence, halfwidth_numbers
from yc_reader.core.names import is_person_name

_DATE = r"((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日"
_ISO_DATE = r"((?:19|20)\d{2})[-./](\d{1,2})[-./](\d{1,2})"
# 二〇二四年四月二十日: how some mastheads and most notices' signatures print the date.
_CN_DATE = (
    r"([〇○零一二三四五六七八九]{4})\s*年\s*([一二三四五六七八九十]{1,3})\s*月"
    r"\s*([一二三四五六七八九十]{1,3})\s*日"
)
WEEKDAY = r"(?:星期|礼拜|周)[一二三四五六日天]"
"""A weekday as a masthead or a lead prints it: 星期六, 周五."""
_PAGE = r"第\s*([A-Ha-h]?\s?[0-9０-９]{1,3}|[一二三四五六七八九十]{1,3})\s*版"
_SECTION = r"[\u4e00-\u9fff·]{2,8}"
_PAPER = r"渝西都市报"
TEMPERATURE_RANGE = (
    r"-?\d{1,2}(?:\.\d)?\s*(?:℃|°C|度)?\s*[~～至到\-—－]\s*-?\d{1,2}(?:\.\d)?\s*(?:℃|°C|摄氏度)"
)
"""A temperature range (27°C~37°C, 0℃～4℃, 22~30°C): a forecast's, a weather box's."""
# The nameplate's other furniture: the paper's name in pinyin, its serial numbers,
# its publisher, the day's weather in one line (永川天气：多云 12℃～19℃ 东北风2级).
# The paper's name in capitals, as a nameplate spells it beside the characters.
_LATIN_NAMEPLATE = r"(?i:yuxi\s*dushi\s*bao)|[A-Z]{3,12}(?:\s[A-Z]{3,12}){1,3}"
_NAMEPLATE = (
    rf"{_LATIN_NAMEPLATE}|(?:国内统一连续出版物号|CN)\s*[:：]?\s*(?:CN\s*)?[0-9A-Z\-/]+"
    r"|邮发代号\s*[:：]?\s*[0-9\-]+|总?第\s*[0-9]{2,6}\s*期"
    r"|本版共\s*\d{1,2}\s*篇(?:文章|稿件|新闻)?"  # (an e-paper's count of the page's pieces)
    r"|(?:今日|本期共?|共)\s*(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})\s*版"  # (今日八版)
    r"|广告(?:经营)?许可证\s*[:：]\s*[\u4e00-\u9fff0-9（）()]{4,30}号"
    r"|(?:零售价|定价|每份)\s*[:：]?\s*[0-9]+(?:\.[0-9]{1,2})?\s*元"  # (零售价1.00元)
    r"|[\u4e00-\u9fff]{2,8}\s*[|｜丨]\s*第\s*[0-9]{1,6}\s*期"  # a post's column and its number
    r"|[\u4e00-\u9fff]{0,8}(?:融媒体中心|报社|传媒集团)(?:主办|出版|编辑出版)"
    # (the day's contents on one line: 今日导读：简讯三则（2版）｜吉安镇…（2版）)
    r"|(?:今日|本期|本版)?导读\s*[：:][^。！？]{2,80}?[（(]?[A-H]?\d{1,2}版[）)]?$"
    # (中共重庆市永川区委主管主办, 中共重庆市永川区委机关报)
    r"|[\u4e00-\u9fff]{2,16}主管主办|中共[\u4e00-\u9fff]{2,12}委(?:员会)?机关报"
    # (a supplement's: 主办：渝西都市报社　永川区卫生健康委员会)
    r"|(?:主办|合办|联办)(?:单位)?\s*[:：]\s*渝西都市报社?(?:[\s、，,]+[\u4e00-\u9fff（）()]{2,24}){0,3}"
    r"|渝西都市报\s*[-—·|｜]?\s*(?:数字报刊?(?:平台)?|电子报|电子版|数字版|网|官网|新闻网|客户端|往期精选"
    r"|(?=稿件|文章))(?:\s*(?:稿件|文章|版面)(?:导出|打印))?"  # (渝西都市报　数字报刊稿件导出)
    r"(?:\s*[·|｜\-]\s*(?:手机版|电脑版|网页版))?|(?i:pdf)\s*(?:文字)?版"
    r"|欢迎[\u4e00-\u9fff]{0,12}?(?:赐稿|投稿)[，,]?[^。！？]{0,24}[。！]?"  # (a call for pieces)
    r"|[（(](?:本版|本刊|副刊)?投稿[^（）()]{2,60}[）)]"  # (（本版投稿请发送至…邮箱，…）)
    # (a news site's name, an app's: i永川 客户端)
    r"|[\u4e00-\u9fff]{2,6}新闻网|[A-Za-z]{0,3}[\u4e00-\u9fff]{2,6}\s*(?:客户端|(?i:app))"
    # The paper's hotline, mailbox and account, printed at a page's foot or between stories.
    # (digits masked in a dump, 023-4986××××; what it asks for, 欢迎提供新闻线索; what
    # the mailbox wants, （请注明“副刊投稿”）)
    # (its area code in brackets, （023）4988××××; the page's in brackets, （本版广告热线：…）;
    # a health page's desk, 健康热线023-49863120)
    r"|[（(]?(?:本报|本版)?(?:新闻|报料|读者|健康|分类广告|广告|发行|订阅|订报|小记者招募)(?:服务)?热线"
    r"\s*[:：]?\s*(?:[（(]0\d{2,3}[）)])?[0-9\-－]{3,16}[×xX*＊]{0,6}[）)]?"
    # (its hours after it, 本报读者服务热线：…（工作日9:00—17:30）; an advert box's hotline
    # so, 广告热线：…（…）, stays to mark the box)
    r"|(?:本报)?(?:新闻|报料|读者|健康|小记者招募)(?:服务)?热线\s*[:：]?\s*[0-9\-－]{3,16}[（(][^（）()]{2,20}[）)]"
    r"|欢迎(?:提供|拨打|来电|来稿)[\u4e00-\u9fff]{0,8}|提供新闻线索"
    # (a page's call for questions with its number: 欢迎广大农民朋友来信来电咨询　咨询电话：…)
    r"|欢迎[\u4e00-\u9fff]{0,10}?来信来电咨询\s*(?:咨询电话\s*[:：]\s*[0-9\-]{7,13})?"
    r"|(?:投稿|报料|订阅)\s*[:：]\s*扫描?\S{0,6}二维码"  # (投稿：扫描右侧二维码)
    r"|(?:(?:本版|本刊)(?:投稿|来信)?|投稿|来信)邮箱\s*[:：]\s*[\w.\-]+@[\w.\-]+(?:[（(][^（）()]{0,16}[）)])?"
    r"|来稿请注明[\u4e00-\u9fff、，,]{2,30}"  # (what the mailbox wants: 来稿请注明学校、班级…)
    # (the imprint: 本报地址：…　邮编：402160　印刷：重庆日报报业集团印务有限公司)
    r"|(?:社址|本报地址)\s*[:：]\s*[\u4e00-\u9fff\d\-]{4,30}|邮编\s*[:：]\s*\d{6}"
    # (the readers' page's, the supplement's: 投稿地址：…渝西都市报副刊部)
    r"|(?:来信请寄|来稿请寄|投稿地址)\s*[:：]\s*[\u4e00-\u9fff\d\-]{4,30}?(?:报社|编辑部|读者部|副刊部)"
    # (a column's note on what it prints: （本栏目刊登各类公告、声明，联系电话：…）)
    r"|[（(]本栏目(?:刊登|受理|征集)[^（）()]{4,60}[）)]"
    # (or unbracketed, with its hotline: 本栏目欢迎读者提供…线索　曝光热线：023-49861234)
    r"|本栏目(?:欢迎|受理|征集)[^。！？（）()]{2,40}?(?:热线|电话)\s*[:：]\s*[0-9\-－]{5,16}"
    r"|印刷\s*[:：]\s*[\u4e00-\u9fff]{2,24}?(?:印务|印刷)[\u4e00-\u9fff]{0,8}公司|地址\s*[:：]\s*[\u4e00-\u9fff\d]{2,24}?报社[\u4e00-\u9fff\d]{0,8}"
    # (the publisher's address before its postcode: …出版　地址：…118号　邮编：…, its
    # numbers masked in a dump: …××路××号)
    r"|地址\s*[:：]\s*[\u4e00-\u9fff\d×]{2,24}?号(?=\s*邮编\s*[:：]\s*\d{6})"
    r"|(?:扫码|扫描二维码|扫一扫|长按(?:识别)?二维码)\s?\S{0,4}(?:关注|观看|收看|阅读|看|下载|了解)\S{0,28}"
    r"|关注\S{0,12}?(?:公众号|客户端|视频号|抖音号|微博)|关注(?:我们|[“\"]\S{2,10}[”\"])[，,]?(?:了解|获取|查看)更多\S{0,12}"
    rf"|(?:[\u4e00-\u9fff]{{0,4}}天气(?:预报)?|[\u4e00-\u9fff]{{2,4}}今日|今日[\u4e00-\u9fff]{{2,4}})\s*[:：]?\s*(?:\d{{1,2}}月\d{{1,2}}日\s*|今[天日]\s*[:：]?\s*)?"
    rf"[\u4e00-\u9fff]{{1,6}}\s*(?:气温\s*)?{TEMPERATURE_RANGE}"
    # (its wind, tomorrow's: … 东南风2级　明天：晴　27℃～36℃)
    rf"(?:\s*(?:明[天日]\s*[:：]?\s*[\u4e00-\u9fff]{{1,6}}\s*{TEMPERATURE_RANGE}"
    rf"|[\u4e00-\u9fff]{{1,3}}风\s*\d{{1,2}}(?:\s*[~～至\-—]\s*\d{{1,2}})?\s*级)){{0,3}}"
    r"(?:\s*空气质量\s*[:：]?\s*[\u4e00-\u9fff]{1,4})?"  # (… 空气质量：良)
    r"(?:\s*[\u4e00-\u9fff]{0,4}[红橙黄蓝]色预警)?"  # (… 高温橙色预警)
    # (…3月12日 阴转小雨 …, …请注意防暑降温, … 高温天气请注意防暑降温)
    r"(?:\s*[\u4e00-\u9fff]{0,8}请注意[\u4e00-\u9fff]{2,8})?"
    # (a box of days: 【天气】今天：小雨转阴，9℃～15℃；明天：多云，11℃～18℃)
    r"|[【\[]天气(?:预报)?[】\]][^。！？]{0,60}?(?:℃|°C)[^。！？]{0,40}$"
)
# A weather box's label alone (【永川天气】, 天气预报) and its days on lines of their own
# (今天：阴转小雨　10℃～15℃　偏北风1～2级, 12月5日　多云　7℃～13℃, 明天 阵雨转阴 …):
# furniture under the label or the day's weather, a forecast's text elsewhere.
_WEATHER_LABEL = re.compile(
    r"[【\[]?(?:永川|今日|本地|春节|假期|节日|周末|未来[一二两三四五六七\d]天)?天气(?:预报)?[】\]]?"
)
_AIR = r"(?:优|良|轻度污染|中度污染|重度污染)"
_WIND = r"(?:[\u4e00-\u9fff]{1,3}风\s*\d{1,2}(?:\s*[~～至\-—]\s*\d{1,2})?\s*级|微风)"
_WEATHER_DAY = re.compile(
    # (today's: no day; a festival's days, their lunar day after: 2月3日（正月初六）)
    # (its weekday after the day, its air's quality last: 10月9日 星期三 阴转小雨 18℃～23℃ 良)
    rf"(?:(?:今[天日]|明[天日]|后天|\d{{1,2}}月\d{{1,2}}日(?:[（(][\u4e00-\u9fff]{{2,4}}[）)])?)"
    rf"(?:\s*{WEEKDAY})?\s*[:：]?\s*)?"
    rf"[\u4e00-\u9fff]{{1,6}}\s*{TEMPERATURE_RANGE}(?:\s*{_WIND})?(?:\s+{_AIR})?"
    rf"|{_WIND}"  # (the wind on a line of its own: 偏北风1～2级)
    # (a box set a line a part: 多云转阵雨 / 24℃～33℃)
    rf"|{TEMPERATURE_RANGE}|(?:晴|阴|多云|[小中大暴阵雷]?雨|雨夹雪|[小中大]?雪|雾|霾|转|间|有)+"
    r"|空气质量\s*[:：]?\s*[\u4e00-\u9fff]{1,4}"  # (the box's last line: 空气质量：良)
)
_ROLES = (
    r"(?:本版|本期|本刊)?(?:责任编辑|美术编辑|图片编辑|文字编辑|版面编辑|视觉编辑|见习编辑|责编|编辑|校对|美编|图编"
    r"|版式设计|版式|设计|组版|排版|审读|一审|二审|三审|签发|制版|终审|值班总编|总编辑|副总编|主编|值班主任|值班编委"
    r"|审核|审校|初审|复审|监制)"
)

_DATE_RE = re.compile(f"{_DATE}|{_ISO_DATE}|{_CN_DATE}")
_NAMEPLATE_RE = re.compile(_NAMEPLATE)
_LATIN_NAMEPLATE_RE = re.compile(_LATIN_NAMEPLATE)
_PAGE_RE = re.compile(_PAGE)
# An editor's credit: 责任编辑：王小红 / 校对：陈 敏 (a name padded to two characters).
_ROLE_CREDIT = (
    rf"{_ROLES}\s*[:：]\s*[\u4e00-\u9fff]{{1,4}}(?:\s[\u4e00-\u9fff](?![\u4e00-\u9fff]))?"
)
_ROLE_RE = re.compile(_ROLE_CREDIT)
_SPACED_ROLE = re.compile(
    rf"{_ROLES}\s+([\u4e00-\u9fff]{{1,4}}(?:\s[\u4e00-\u9fff](?![\u4e00-\u9fff]))?)"
)
# The lunar date a masthead prints without 农历: 癸卯年二月十五, 甲辰年腊月初八.
_LUNAR_DATE = (
    r"[甲乙丙丁戊己庚辛壬癸][子丑寅卯辰巳午未申酉戌亥]年[正一二三四五六七八九十冬腊]{1,2}月"
    r"[初十廿卅一二三四五六七八九]{1,3}"
)
# The lunar date on a line of its own, by the masthead: 农历甲辰年腊月初八.
_LUNAR_LINE = re.compile(rf"(?:农历)?\s*{_LUNAR_DATE}|农历[\u4e00-\u9fff]{{2,8}}")
# One masthead line: made only of the masthead's parts, in any order.
# A masthead's day without its year, by its weekday: 3月15日 星期五, 4月15日｜星期一.
_MONTH_DAY = rf"(\d{{1,2}})\s*月\s*(\d{{1,2}})\s*日(?=\s*[|｜·]?\s*{WEEKDAY})"
_MONTH_DAY_RE = re.compile(_MONTH_DAY)
_DAY_LINE = re.compile(rf"{_MONTH_DAY}\s*[|｜·]?\s*{WEEKDAY}")
_PART = (
    rf"(?:{_PAPER}|{_DATE}|{_ISO_DATE}|{_CN_DATE}|{_MONTH_DAY}|{WEEKDAY}|{_PAGE}(?:\s*[:：·|｜]?\s*{_SECTION})?"
    rf"|{_ROLES}(?:\s*[:：]\s*|\s+)[\u4e00-\u9fff]{{1,4}}(?:\s[\u4e00-\u9fff](?![\u4e00-\u9fff]))?"
    rf"(?:[、，,]\s*(?!{_ROLES})[\u4e00-\u9fff]{{2,4}}|\s(?!{_ROLES}|{WEEKDAY})[\u4e00-\u9fff]{{2,3}}"
    r"(?![\u4e00-\u9fff]))*"
    rf"|农历[\u4e00-\u9fff]{{2,8}}|{_LUNAR_DATE}|{_NAMEPLATE})"
)
# (set off by marks: ■ …, 【…】, === 第3版 === between the pages of one file, # 渝西都市报 #)
_MASTHEAD_LINE = re.compile(
    rf"^[\s|｜·,，#>*_■□◆●（(【\[=＝\-—━─═]*(?:{_PART}[\s|｜·,，#*_■□◆●）)】\]=＝\-—━─═>»]*)+$"
)
# Running heads that name the page by a code (``A3``, ``02``) and the section bare,
# in any order around the date: ``A3 综合 2024年5月10日 星期五``.
_LOOSE_TOKEN = re.compile(
    rf"(?P<part>{_PART})|(?P<code>[A-F]\s?\d{{1,2}}|\d{{1,2}})(?![\d.年月日])"
    rf"|(?P<section>{_SECTION})|[\s|｜·,，/／*_]+"
)
_FILENAME_DATE = re.compile(
    r"(?<!\d)((?:19|20)\d{2})(?:[-_.年]\s*(\d{1,2})\s*[-_.月]\s*(\d{1,2})|([01]\d)([0-3]\d))(?!\d)"
)
_FILENAME_YEAR = re.compile(r"(?<![0-9A-Za-z])((?:19|20)\d{2})(?:年|(?![0-9A-Za-z]))")
# A month alone (a monthly's file, 2023-11_文化.txt, 202311_文化.txt, 2023年11月_乡村振兴周刊.txt).
_FILENAME_MONTH = re.compile(
    r"(?<!\d)((?:19|20)\d{2})(?:-(\d{1,2})|年\s*(\d{1,2})\s*月|(0[1-9]|1[0-2]))(?![\d月]|-\d)"
)
# 第2版 要闻 / 第02版：要闻 / …第2版_要闻.txt
_PAGE_SECTION = re.compile(rf"{_PAGE}(?:[\s_\-－—:：·|｜]*({_SECTION}))?")
_CN_DIGITS = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_CN_YEAR_DIGITS = str.maketrans("〇○零一二三四五六七八九", "000123456789")


@dataclass(frozen=True, slots=True)
class PageMeta:
    """What the page itself says about its issue; empty strings where it says nothing."""

    date: str = ""
    page: str = ""
    section: str = ""
    day: str = ""  # MM-DD of a masthead printed without its year (3月15日 星期五)

    def dated(self, source: str) -> PageMeta:
        """The page with its year, where its masthead printed none, from the file's
        name: its date or year, or six digits ending on the day (``ycdsb_240320``)."""
        if self.date or not self.day:
            return self
        named = date_from_filename(source)
        year = int(named[:4]) if named else year_from_filename(source)
        if year is None:
            month, day = self.day.split("-")
            short = re.search(rf"(?<!\d)(\d\d){month}{day}(?!\d)", source)
            year = 2000 + int(short[1]) if short else None
        return replace(self, date=f"{year}-{self.day}") if year else self


def valid_date(year: int, month: int, day: int) -> bool:
    """A real calendar day (no 2月30日): pages and file names carry typos."""
    try:
        datetime.date(year, month, day)
    except ValueError:
        return False
    return True


def page_number(raw: str) -> str:
    """``02``, ``０２`` or ``二`` → ``2``; a page code keeps its letter (``A02`` → ``A2``)."""
    raw = halfwidth_numbers(raw).replace(" ", "")
    if raw.isdigit():
        return str(int(raw))
    if raw[:1].isascii() and raw[:1].isalpha() and raw[1:].isdigit():
        return raw[0].upper() + str(int(raw[1:]))
    if raw == "十":
        return "10"
    tens, _, ones = raw.partition("十")
    if "十" in raw:
        return str(_CN_DIGITS.get(tens, 1) * 10 + _CN_DIGITS.get(ones, 0))
    return str(_CN_DIGITS.get(raw, 0) or "")


def iso_date(found: re.Match[str]) -> str:
    """``YYYY-MM-DD`` of a match of any of the page's date forms, or ``""`` for a
    day that does not exist (pages and file names carry typos)."""
    year, month, day = date_numbers(found)
    return f"{year:04d}-{month:02d}-{day:02d}" if valid_date(year, month, day) else ""


def date_numbers(found: re.Match[str]) -> tuple[int, int, int]:
    """(year, month, day) of a match of any of the page's date forms, Arabic or
    Chinese numerals (``二〇二四年四月二十日``)."""
    year, month, day = (g for g in found.groups() if g is not None)
    if not year.isdigit():
        numbers = (year.translate(_CN_YEAR_DIGITS), page_number(month), page_number(day))
        return int(numbers[0]), int(numbers[1] or 0), int(numbers[2] or 0)
    return int(year), int(month), int(day)


def is_masthead_line(line: str) -> bool:
    """A line made only of masthead parts, with at least a date, page number, the
    paper's name or a serial number of its nameplate; or the paper's name over the
    page's name (``渝西都市报　副刊``)."""
    text = _bare_head(line.strip())
    if not text or len(text) > 80:
        return False
    if text.startswith(_PAPER) and _paper_section(text):
        return True
    if _credited_head(line, text):
        return True
    if _PAGE_LABEL.fullmatch(text) or _numbered_supplement(text):
        return True
    if "版" in text and not text.startswith("第"):
        text = _with_page_mark(text)
    if _MASTHEAD_LINE.match(text):
        return bool(
            _DATE_RE.search(text)
            or _PAGE_RE.search(text)
            or _PAPER in text
            or _NAMEPLATE_RE.search(text)
        )
    return _loose_masthead(text) is not None or _monthly_masthead(text) is not None


def _credited_head(line: str, text: str) -> bool:
    """A day without its year or a page's name alone, with the page's editors credited
    after it (``11月18日 星期六 编辑：王 强 校对：李 红``, ``综合 | 责任编辑：刘 洋``):
    a running head, by its credits (``text``: ``line`` without them)."""
    return (
        len(text) < len(line.strip())
        and bool(
            _DAY_LINE.fullmatch(text)
            or _SECTION_ONLY.fullmatch(text)
            or _NUMBERED_SECTION.fullmatch(text)
        )
        and bool(_ROLE_RE.search(line))
    )


# A page's bare number and name, told a running head by the editors after it:
# 6　专题　　责任编辑：邓 林.
_NUMBERED_SECTION = re.compile(rf"(\d{{1,2}})[\s\u3000]+({_SECTION})")


def _numbered_supplement(text: str) -> str:
    """The supplement a line names with its issue's number alone (``三农专刊　第12期``,
    its editor credited after it), or ``""``."""
    parts = _MONTHLY_SPLIT.split(text.strip()) if "期" in text and "刊" in text else []
    if len(parts) == 2 and _SPECIAL_ISSUE.fullmatch(parts[0]) and _ISSUE_NUMBER.fullmatch(parts[1]):
        return parts[0]
    return ""


def _monthly_masthead(text: str) -> PageMeta | None:
    """A monthly or weekly supplement's running head, dated to the month:
    ``健康 | 渝西都市报·健康月刊 | 2024年6月``. It must name the paper (or be a
    supplement's, ``健康周刊 | 2024年6月 第12期``, or its page, ``2022年7月 第4版 乡村振兴``)
    and one month,
    its other parts short names (the first is the section), an issue number or
    who runs it with the paper (``…办公室协办``)."""
    if len(text) > 40 or not (
        _PAPER in text
        or ("刊" in text and any(map(_SPECIAL_ISSUE.fullmatch, _MONTHLY_SPLIT.split(text))))
        or ("版" in text and _PAGE_RE.search(text))
        or ("期" in text and _ISSUE_NUMBER.search(text))
    ):
        return None  # (the paper named, or the supplement: 健康周刊 | 2024年6月 第12期,
        # or its issue: 2024年7月　总第58期)
    # (paged: the name after the page's number, …·校园月刊 … 第3版 校园动态)
    month = page = paged = ""
    sections: list[str] = []
    for part in filter(None, _MONTHLY_SPLIT.split(text)):
        found = _MONTH_RE.fullmatch(part)
        if found and not month:
            year, number = int(found[1]), int(found[2])
            if not 1 <= number <= 12:
                return None
            month = f"{year:04d}-{number:02d}"
        elif not page and (numbered := _PAGE_RE.fullmatch(part)):
            page = page_number(numbered[1])  # 2022年7月　第4版　乡村振兴
        elif part != _PAPER and _SECTION_ONLY.match(part) and not re.match(_ROLES, part):
            sections.append(part)
            paged = paged or (part if page else "")
        elif part != _PAPER and not (_ISSUE_NUMBER.fullmatch(part) or _SPONSOR.match(part)):
            return None
    return PageMeta(month, page, paged or (sections[0] if sections else "")) if month else None


def _loose_masthead(text: str) -> tuple[str, str] | None:
    """(page, section) of a running head with a page code and a bare section name.

    It must carry the issue date and a weekday or a page, and name at most one
    page and one section, so ``G85 渝昆高速`` or an issuer above its signing date
    is never one.
    """
    yearless = not _DATE_RE.search(text)
    # (its editors credited after it, 编辑 张 燕　美编 刘 洋, and the paper's name in
    # capitals, YONGXI DUSHIBAO, count for nothing)
    counted = _LATIN_NAMEPLATE_RE.sub("", _SPACED_ROLE.sub("", text))
    if len(counted) > 40 or (yearless and not _MONTH_DAY_RE.search(text)):
        return None
    pages: list[str] = []
    sections: list[str] = []
    weekday = False
    position = 0
    while position < len(text):
        token = _LOOSE_TOKEN.match(text, position)
        if token is None:
            return None
        position = token.end()
        if token.group("code"):
            pages.append(token.group("code").replace(" ", ""))
        elif token.group("section"):
            sections.append(token.group("section"))
        elif token.group("part"):
            found_page = _PAGE_RE.search(token.group("part"))
            if found_page:
                pages.append(found_page.group(1))
            weekday = weekday or bool(re.fullmatch(WEEKDAY, token.group("part")))
    # (its page twice, as a PDF's number before the head and in it: 3　…　第3版　人物)
    if len(set(map(page_number, pages))) > 1 or len(sections) > 1:
        return None
    if not (pages or (weekday and not yearless)):
        return None
    return page_number(pages[0]) if pages else "", "".join(sections)


def _read_masthead(printed: str) -> PageMeta:
    line = _bare_head(printed.strip())
    monthly = _monthly_masthead(line)
    if monthly is not None:
        return monthly
    if _credited_head(printed, line):
        if _SECTION_ONLY.fullmatch(line):
            return PageMeta("", "", line)  # 综合 | 责任编辑：刘 洋: the page's name
        numbered = _NUMBERED_SECTION.fullmatch(line)
        if numbered:
            return PageMeta("", page_number(numbered[1]), numbered[2])
    supplement = _numbered_supplement(line)
    if supplement:
        return PageMeta("", "", supplement)  # 三农专刊　第12期: the supplement's name
    label = _PAGE_LABEL.fullmatch(line.strip())
    if label:  # 05 | 科技 / 便民服务 | 08 / A01 要闻
        page = (
            label["page"]
            or label["page2"]
            or label["page4"]
            or label["page5"]
            or label["page3"].replace(" ", "")
        )
        section = next(label[f] for f in _LABEL_SECTIONS if label[f])
        return PageMeta("", page_number(page), _page_name(section))
    if "版" in line:
        line = _with_page_mark(line)
    date = page = section = ""
    if not _MASTHEAD_LINE.match(line):
        loose = _loose_masthead(line.strip())
        if loose is not None:
            page, section = loose
    found = _DATE_RE.search(line)
    if found:
        date = iso_date(found)
    day = _MONTH_DAY_RE.search(line) if not found else None
    named = _page_and_section(line)
    if named:
        page, section = named[0], named[1] or section
    return PageMeta(
        date,
        page,
        _page_name(section) or _paper_section(line.strip()),
        _month_day(day) if day else "",
    )


# The paper's name and its dot before a page's name: 渝西都市报·科普.
_PAPER_BEFORE = re.compile(rf"^(?:{_PAPER})?\s*·\s*")


def _running_head(lines: list[str]) -> tuple[list[int], PageMeta] | None:
    """The page's number and its section on the first two lines, one under the other,
    either first (``07`` / ``消费``): a PDF's running head, the page's only masthead."""
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    if first is None or first + 1 >= len(lines):
        return None
    number, name = lines[first].strip(), lines[first + 1].strip()
    if _BARE_PAGE.fullmatch(name):
        number, name = name, number
    if (
        _BARE_PAGE.fullmatch(number)
        and _SECTION_ONLY.match(name)
        and len(name) <= _RUNNING_SECTION_CHARS
    ):
        return [first, first + 1], PageMeta(page=page_number(number), section=name)
    return None


def _page_name(section: str) -> str:
    """The page's name a head gives, without the paper's before it (渝西都市报·科普)."""
    return _PAPER_BEFORE.sub("", section) if "·" in section else section


def _month_day(found: re.Match[str]) -> str:
    """``MM-DD`` of a day printed without its year (groups: month, day), or ``""``
    where there is no such day (a leap year's: 2月29日 may be printed)."""
    month, day = int(found[1]), int(found[2])
    return f"{month:02d}-{day:02d}" if valid_date(2024, month, day) else ""


def _nonblank_near(lines: list[str], at: int, count: int) -> tuple[list[int], list[int]]:
    """The ``count`` lines with text nearest above line ``at`` and below it, each
    side nearest first."""
    above = itertools.islice((j for j in range(at - 1, -1, -1) if lines[j].strip()), count)
    below = itertools.islice((j for j in range(at + 1, len(lines)) if lines[j].strip()), count)
    return list(above), list(below)


def _paper_section(text: str) -> str:
    """The page's name after the paper's (``渝西都市报　副刊``, also before the page's
    number: ``渝西都市报　文旅　第7版``), not a role (记者) nor the nameplate's own
    word (``渝西都市报 数字报``)."""
    found = _PAPER_SECTION.fullmatch(text)
    if (
        not found
        or _NAMEPLATE_RE.fullmatch(_PAPER + found[1])
        or re.match(_ROLES, found[1])
        or re.match(r"(?:记者|通讯员|评论员)", found[1])
    ):
        return ""
    return found[1]


def _page_and_section(text: str) -> tuple[str, str] | None:
    """(page, section) of ``第2版 要闻`` in ``text``; a word after the page that is an
    editor's role or the paper's name is no section."""
    found = _PAGE_SECTION.search(text)
    if not found:
        return None
    section = found.group(2) or ""
    if re.match(_ROLES, section) or section == _PAPER:
        section = ""
    return page_number(found.group(1)), section


def date_from_filename(name: str) -> str:
    """The issue date a file name carries (``2024-04-20``, ``20240420``), or its
    month alone (``2023-11_文化.txt``, ``202311_文化.txt``: ``2023-11``), or ``""``."""
    day = next(filter(None, map(iso_date, _FILENAME_DATE.finditer(name))), "")
    if day:
        return day
    found = _FILENAME_MONTH.search(name)
    month = int(found[2] or found[3] or found[4]) if found else 0
    return f"{found[1]}-{month:02d}" if found and 1 <= month <= 12 else ""


def year_from_filename(name: str) -> int | None:
    """The year a file name gives on its own (``渝西都市报2024年第112期_05.txt``,
    ``2024_第3版.txt``), where it names no full date; not digits inside a hash."""
    found = _FILENAME_YEAR.search(name.rsplit(".", 1)[0])
    return int(found[1]) if found else None


def page_from_filename(name: str) -> PageMeta:
    """What a file name says of its page: ``2024年3月1日第2版要闻.txt`` → page 2, 要闻.
    A page named ``第N版`` counts, or a bare number between the issue's date and the
    section's name (``2024-03-15_01_要闻.txt``): a bare number alone may be anything.
    A short name right after or before the date alone is the section
    (``2023-09-16_副刊.txt``, ``便民_2024-03-15.txt``); a longer one may be a title."""
    stem = name.rsplit(".", 1)[0]
    named = _page_and_section(stem)
    if named:
        return PageMeta("", *named)
    dated = _DATED_PAGE_NAME.search(stem)
    if dated:
        return PageMeta("", page_number(dated[1]), dated[2])
    section = _DATED_SECTION_NAME.fullmatch(stem)
    name = section and (section[1] or section[2])
    if name and name != _PAPER and not re.match(_ROLES, name):
        return PageMeta("", "", name)
    return PageMeta()


_SECTION_ONLY = re.compile(rf"^{_SECTION}$")
# The longest section name a running head sets over its page's number mid-page.
_RUNNING_SECTION_CHARS = 6
# A special issue's or a supplement's name: 撤县设市30周年特刊, 两会特刊, 税务专版.
_SPECIAL_ISSUE = re.compile(r"[\u4e00-\u9fff\d·]{0,12}(?:特刊|专刊|专版|周刊|月刊|副刊|增刊)")
# Who sponsors a page, under its masthead: 国家税务总局重庆市永川区税务局　协办, or
# runs it with the paper: 中共重庆市永川区委政法委员会　渝西都市报社　合办.
_SPONSOR = re.compile(r"^(?:[\u4e00-\u9fff]{4,30}\s*){1,3}(?:协办|联办|主办|承办|合办)$")
# A file name's date, then the page's bare number and its section: 2024-03-15_01_要闻
_DATED_PAGE_NAME = re.compile(
    r"(?:19|20)\d{2}[-_.]?\d{2}[-_.]?\d{2}[-_ ]+([A-Ha-h]?\d{1,2})[-_ ]+([\u4e00-\u9fff·]{2,8})$"
)
# A file name's date (or month), and the section's short name after or before it.
_NAME_DATE = r"(?:19|20)\d{2}(?:[-_.年]?\d{1,2}月?(?:[-_.]?\d{1,2}日?)?)?"
_DATED_SECTION_NAME = re.compile(
    rf"(?:.*?[_\-\s])?{_NAME_DATE}[_\-\s]+([\u4e00-\u9fff]{{2,6}})"
    rf"|(?:.*?[_\-\s])?([\u4e00-\u9fff]{{2,6}})[_\-\s]+{_NAME_DATE}"
)
# A month, or the month as an issue: 2024年5月号.
_MONTH_RE = re.compile(r"((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月(?:号|刊)?")
# (the issue's number bracketed after the month: 2024年6月（总第6期）)
_MONTHLY_SPLIT = re.compile(r"[\s|｜·/／]+|(?=[（(]总?第\s*\d)")
# A supplement's issue: 第12期 / 总第356期 / （总第6期）.
_ISSUE_NUMBER = re.compile(
    r"[（(]总?第\s*\d{1,6}\s*期[）)]|总?第\s*\d{1,6}\s*期(?:[（(]总第\s*\d{1,6}\s*期[）)])?"
)
# A page's number printed at its foot, which PDF tools leave between two rows of a
# paragraph: 6 / - 6 - / — 6 — / - B2 - / 第 6 页 / Page 6 of 8 / 渝西都市报 6.
_PAGE_NUMBER_LINE = re.compile(
    r"^(?:[-—–－]\s*)?\d{1,3}(?:\s*[-—–－])?$|^(?:[-—–－]\s*)?[A-H]\d{1,2}\s*[-—–－]$"
    r"|^[·•]\s*[A-H]?\d{1,3}\s*[·•]$"  # (·2·)
    r"|^第\s*\d{1,3}\s*页(?:\s*[/，,]?\s*共\s*\d{1,3}\s*页)?$"
    r"|^(?i:page|p\.)\s*\d{1,3}(?:\s*(?:/|of)\s*\d{1,3})?$"
    rf"|^(?:{_PAPER}|(?i:yuxi\s*dushi\s*bao))\s*[-—·|｜]?\s*[A-H]?\d{{1,3}}$"
)
# The names most papers give their pages.
_COMMON_PAGE_NAMES = (
    r"要闻|综合|专题|民生|社会|经济|文化|副刊|体育|教育|健康|法治|镇街|时政|评论|视点|城事|生活"
    r"|科技|文旅|乡村振兴|特刊|广告"
)
# A page's running head of its number and name alone: 05 | 科技, 第6版｜乡村振兴,
# 便民服务 | 08, 茶竹 第4版.
_PAGE_LABEL = re.compile(
    rf"(?:第\s*)?(?P<page>[A-H]?\d{{1,2}})(?:\s*版)?\s*[|｜]\s*(?P<section>{_SECTION})"
    rf"|(?P<section2>{_SECTION})\s*[|｜]\s*(?P<page2>[A-H]?\d{{1,2}})"
    # a page's code and name alone, the code padded (A01 要闻) or set apart by a dot
    # (A6 · 法治): G85 渝昆高速 is a road, A3 综合 too little to tell
    # (or a padded number before a short name: 05　民生)
    rf"|(?P<page3>[A-H]\s?[01]\d(?=\s)|0[1-9](?=\s[\u4e00-\u9fff]{{2,4}}$)|[A-H]\s?\d{{1,2}}(?=\s*·))"
    rf"\s*·?\s*(?P<section3>{_SECTION})"
    # the page's name before its number (茶竹 第4版), or a common one before its padded
    # number (专题　07; 李明 07 is a table's row)
    rf"|(?P<section4>{_SECTION})[\s\u3000·]+第\s*(?P<page4>[A-H]?\d{{1,2}})\s*版"
    rf"|(?P<section5>{_COMMON_PAGE_NAMES})[\s\u3000]+(?P<page5>0[1-9])"
)
_LABEL_SECTIONS = ("section", "section2", "section3", "section4", "section5")
# Around a running head: rules (———— A6 · 法治 ————), a bracketed page (【第2版】,
# <第8版>) and the editors credited after it (… 责任编辑：唐 雪).
_HEAD_RULES = re.compile(r"^[—=\-_~]{2,}\s*|\s*[—=\-_~]{2,}$")
_BRACKETED_PAGE = re.compile(
    r"[【<‹〈《\[]\s*(第\s*[A-H]?\s?[0-9一二三四五六七八九十]{1,3}\s*版)\s*[】>›〉》\]]"
)
_CREDITS_AFTER = re.compile(rf"(?:\s+{_ROLE_CREDIT})+$")
_HEAD_MARKS = frozenset("—=-_~【<‹〈《[")
# A page's number and its editors in brackets: 【A02版 本版编辑：王小红】.
_BOXED_PAGE = re.compile(r"^【\s*([A-H]?\d{1,3}\s*版)(\s.{2,40})】$")
_BARS = re.compile(r"[|｜]")
# An e-paper's links after its page's name, set apart by spaces (bracketed: [上一版]).
_PAGE_LINKS = re.compile(
    r"(?:\s+[<«]?\s*[\[【]?(?:上一版|下一版|版面导航|版面概览|PDF版?下载)[\]】]?\s*[>»]?)+\s*$"
)
# A section and a bare page number, a line of a masthead set over a few: 综合新闻 05.
_SECTION_AND_PAGE = re.compile(
    r"(?P<section>[\u4e00-\u9fff·]{2,6})\s+(?P<page>[A-H]?\d{1,2})"
    r"|(?P<first>[A-H]?\d{1,2})\s+(?P<after>[\u4e00-\u9fff·]{2,6})"
)
# An e-paper's label for the page shown: 当前版面：第05版：文旅 2023年09月28日, 当前版：….
_PAGE_SHOWN = re.compile(r"^(?:(?:当前|本期)?版面|当前版)\s*[:：]\s*(?=第|[A-H]?\d{1,2}版)")


def _bare_head(text: str) -> str:
    """A running head without its Markdown heading marks and bold, its rules, its page
    number's brackets, the editors credited after it and an e-paper's links set
    between bars (… | 第A02版：时政 | 上一版 下一版 | 版面导航)."""
    if text[:1] == "#":  # # 2024年9月23日 | 第6版 | 专题: a Markdown page's heading
        text = text.strip("# ")
    if text[:2] == "**":  # **天气** 多云 22℃～31℃: its label in bold
        text = text.replace("**", "").strip()
    if text[:1] == "【" and (boxed := _BOXED_PAGE.match(text)):
        text = f"第{boxed[1]}{boxed[2]}"  # 【A02版 本版编辑：王小红】, as a bound issue prints it
    if text[:1] in "当本版" and (shown := _PAGE_SHOWN.match(text)):
        text = text[shown.end() :]
    if "上一版" in text or "下一版" in text or "版面导航" in text or "下载" in text:
        text = _PAGE_LINKS.sub("", text)  # 第A01版：要闻　　上一版　下一版　　版面导航
    if "|" in text or "｜" in text:
        parts = [part.strip() for part in _BARS.split(text)]
        kept = [part for part in parts if part and not is_navigation_line(part)]
        if kept and len(kept) < len(parts):
            text = " ".join(kept)
    if text[:1] in _HEAD_MARKS or text[-1:] in _HEAD_MARKS:
        text = _HEAD_RULES.sub("", text)
        if "版" in text:
            text = _BRACKETED_PAGE.sub(r"\1 ", text).strip()
    if "编" in text or "校" in text:
        bare = _CREDITS_AFTER.sub("", text).rstrip(" |｜")  # (… | 企业 | 责任编辑：谢 婧)
        if bare and bare != text and not _ROLE_RE.match(bare):
            text = bare
    return text


# A page number without 第 among a masthead's parts: … 星期五 4版 社会
_BARE_PAGE_MARK = re.compile(r"(?<![\S])([A-H]?\d{1,2})\s*版(?=[\s:：]|$)")


def _with_page_mark(text: str) -> str:
    """``4版`` as ``第4版``, when the line holds the issue's date too."""
    return _BARE_PAGE_MARK.sub(r"第\1版", text) if _DATE_RE.search(text) else text


_PAPER_SECTION = re.compile(
    rf"{_PAPER}(?:[\s\u3000]+|\s*[·|｜]\s*)({_SECTION})"
    # (渝西都市报·健康周刊　第28期, 渝西都市报　公示公告　05)
    rf"(?:[\s\u3000]+(?:{_PAGE}|{_ISSUE_NUMBER.pattern}|0[1-9]|[1-9]\d?))?"
)
# A page number alone by a masthead's other lines: 06, A3.
_BARE_PAGE = re.compile(r"[A-H]?(?:0?[1-9]|[1-9]\d)")
BARE_DATE = re.compile(rf"^(?:{_DATE}|{_CN_DATE})$")
"""A full date alone on its line (groups: year, month, day): how an issuer signs a
notice, never a story's lead nor, under the issuer, the page's masthead; read it
with ``date_numbers``."""
BARE_MONTH = re.compile(r"^((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月$")
"""A month alone on its line (groups: year, month): how an issuer may sign a notice."""
# The issuer signing a notice (重庆市公安局永川区分局), on the line above its date.
ISSUER = re.compile(
    r"[\u4e00-\u9fff）)]{2,40}(?:局|委|会|院|府|办|室|部|处|中心|公司|街道|镇|所|站|队|厅|社|集团|团|组|行|校|馆|台|场|厂)$"
)


def _is_signing_date(lines: list[str], i: int) -> bool:
    """A date alone on its line under an issuer's name, a notice's contact or its
    closing formula: the notice's date, not the issue's."""
    if not BARE_DATE.match(lines[i].strip()):
        return False
    above = next((line.strip() for line in reversed(lines[:i]) if line.strip()), "")
    return bool(ISSUER.search(above) or _NOTICE_END.search(above)) and not is_masthead_line(above)


# A notice's last lines before its date: who to call (联系人：罗先生　联系电话：…),
# or its closing formula (特此公告。).
_NOTICE_END = re.compile(
    r"^(?:联系人|联系电话|电话|联系方式|地址|传真|邮箱)[：:]|^特此[\u4e00-\u9fff]{2}[。.]?$"
)


# The bodies a special or sponsored page credits under its banner or masthead:
# 本版协办：永川区汽车流通行业协会, 主办：…委员会　承办：渝西都市报社, or its bodies
# set apart after 主办 alone (主办：永川区安全生产委员会办公室　永川区应急管理局); an
# event's 主办单位：… field stays its text.
_SPONSOR_ROLE = r"(?:主办|承办|协办|合办|联办|支持|策划)(?:单位)?\s*[:：]"
_SPONSORS_LINE = re.compile(
    rf"^\s*(本[版期])?(?:{_SPONSOR_ROLE}\s*[^\s:：]{{2,30}}(?:[ \t\u3000]+[^\s:：]{{2,30}})*\s*)+$"
)
_SPONSOR_RE = re.compile(_SPONSOR_ROLE)
_EDITOR_AFTER = re.compile(
    rf"[ \t\u3000]+{_ROLES}\s*[:：]\s*[\u4e00-\u9fff]{{1,3}}(?:[ \u3000]?[\u4e00-\u9fff]{{1,2}})?$"
)
_SET_APART = re.compile(r"\S[ \t\u3000]+\S")


def _sponsors_line(line: str) -> bool:
    """Whether ``line`` credits a page's sponsors: under 本版, two roles, the paper
    itself (承办：渝西都市报社) or 主办's bodies set apart; never one event's field."""
    if "办" not in line and "支持" not in line and "策划" not in line:
        return False  # (a look for its roles' words before the pattern's, on every line)
    if "编" in line:  # (主办：…　渝西都市报社　责任编辑：刘洋: the page's editor after them)
        line = _EDITOR_AFTER.sub("", line)
    found = _SPONSORS_LINE.match(line)
    if not found:
        return False
    roles = _SPONSOR_RE.findall(line)
    return bool(
        found[1]
        or len(roles) > 1
        or "渝西都市报" in line
        or (roles[0].startswith("主办") and "单位" not in roles[0] and _SET_APART.search(line))
    )


# The page's own hotline after its editor: 本版责任编辑：周 洁 | 健康热线：023-49823120.
_HOTLINE_AFTER = re.compile(
    r"(?<=\S)[\s|｜]+[\u4e00-\u9fff]{0,6}热线\s*[:：]\s*[0-9\-－]{5,16}\s*$"
)


def _is_role_line(line: str) -> bool:
    """An editor credit line (``责任编辑：王小红``), or a sponsor's (``本版协办：…``); with
    a space for the colon (``（编辑 张 燕）``) only when every credited name is a person's."""
    if _sponsors_line(line):
        return True
    if "热线" in line:
        line = _HOTLINE_AFTER.sub("", line)
    if not _MASTHEAD_LINE.match(line):
        return False
    if _ROLE_RE.search(line):
        return True
    names = [m[1].replace(" ", "") for m in _SPACED_ROLE.finditer(line)]
    return bool(names) and all(map(is_person_name, names))


# A section's name a scan spaced out after the page number: 第8版 副 刊.
_SPACED_SECTION = re.compile(
    r"(版\s*[:：]?\s*)([\u4e00-\u9fff]) ([\u4e00-\u9fff])(?=[ \t]*$)", re.MULTILINE
)
# The letter O a scan's OCR reads for a zero inside a number: 2O24年, 1O月, 2O23.11.08.
_OCR_ZERO = re.compile(r"(?<=\d)[Oo](?=[\dOo年月日曰.])|(?<=[\d.第])[Oo](?=\d)")
# 曰 a scan's OCR reads for 日 after a month's day: 2022年1月14曰.
_OCR_DAY = re.compile(r"(月\s*\d{1,2}\s*)曰")


def strip_masthead(lines: list[str]) -> tuple[list[tuple[int, PageMeta]], list[str]]:
    """Blank out masthead lines and return what they say, page by page.

    A masthead spread over several lines is taken whole: next to a line with a
    date, page number or the paper's name, a lone section name belongs to it
    too. Editor lines (责任编辑：…) go wherever they are; a notice's date under
    its issuer stays in the notice. Lines are blanked, not removed, so
    positions stay put.

    A file may hold several pages of an issue: a masthead naming another page
    than the one before starts a page. Each page is returned as the line it
    starts on (``0`` for the first) and what its mastheads say. Full-width digits
    (``２０２４年４月２０日``) read as ASCII.
    """
    printed, joined = lines, "\n".join(lines)
    read = halfwidth_numbers(joined)
    if "O" in read or "o" in read:  # a scan's 2O24年 (the letter O read for a zero)
        read = _OCR_ZERO.sub("0", read)
    if "曰" in read:
        read = _OCR_DAY.sub(r"\1日", read)
    if "版" in read:  # 第8版 副 刊: a section a scan spaced out
        read = _SPACED_SECTION.sub(r"\1\2\3", read)
    if read != joined:  # one look at the whole page
        lines = read.split("\n")
    core = [
        i
        for i, line in enumerate(lines)
        if is_masthead_line(line) and not _is_signing_date(lines, i)
    ]
    metas = [_read_masthead(lines[i]) for i in core]
    spread: set[int] = set()
    if not core and (head := _running_head(lines)):  # (07 / 消费: a PDF's running head)
        core, metas = [head[0][0]], [head[1]]
        spread.update(head[0])
    for k, i in enumerate(core):
        if not metas[k].date and lines[i].strip().startswith(_PAPER):
            found = _monthly_over_lines(lines, i)
            if found:
                spread.update(found[0])
                metas[k] = found[1]
    # Which page each masthead line is on: a new page number starts one.
    starts: list[int] = [0]
    on_page: list[int] = []
    current = ""
    for i, meta in zip(core, metas, strict=True):
        if meta.page and current and meta.page != current:
            starts.append(i)
        current = meta.page or current
        on_page.append(len(starts) - 1)
    # Editor credits (责任编辑：… 校对：…) and a PDF's page numbers (- 6 -, 第6页)
    # are page furniture wherever they stand.
    taken = (
        set(core)
        .union(spread)
        .union(
            i
            for i, line in enumerate(lines)
            if _is_role_line(line.strip()) or _PAGE_NUMBER_LINE.match(line.strip())
        )
    )
    # A running head a PDF left mid-page, its section over its page's number
    # (…去年以来， / 乡村振兴 / 3 / 全镇柑橘…): furniture too.
    taken |= {
        i - 1
        for i in list(taken)
        if 1 < i < len(lines) - 1
        and lines[i].strip().isdigit()
        and _SECTION_ONLY.match(name := lines[i - 1].strip())
        and len(name) <= _RUNNING_SECTION_CHARS
        # (between two rows of a paragraph: the one above unfinished, one below)
        and lines[i - 2].strip()
        and not ends_sentence(lines[i - 2])
        and lines[i + 1].strip()
    }
    if "天气" in read or "℃" in read:  # (one look at the page before a look at each line)
        taken |= _weather_box(lines, core)
    for k, i in enumerate(core):  # 06 / 文旅 / 2024年7月3日 星期三: the page, set apart
        # (or the nameplate alone, its issue dated by the file's name: 渝西都市报 / 副刊 / 7)
        if (metas[k].date or metas[k].day or lines[i].strip() == _PAPER) and not metas[k].page:
            # (its lines a blank line apart too: 渝西都市报 / A01 / 要闻 / 2019年10月1日 星期二)
            near = [j for side in _nonblank_near(lines, i, 3) for j in side]
            number = next((j for j in near if _BARE_PAGE.fullmatch(lines[j].strip())), None)
            if number is not None:
                metas[k] = replace(metas[k], page=page_number(lines[number].strip()))
                taken.add(number)
                continue
            for j in near:  # 2023年8月17日 星期四 / 综合新闻 05: the section and page in a line
                # (in bold: **6**　社会)
                found = j not in taken and _SECTION_AND_PAGE.fullmatch(
                    lines[j].strip().replace("**", "")
                )
                if found:
                    section = found["section"] or found["after"]
                    page = found["page"] or found["first"]
                    metas[k] = replace(metas[k], page=page_number(page), section=section)
                    taken.add(j)
                    break
    has_section = [False] * len(starts)
    for meta, page in zip(metas, on_page, strict=True):
        has_section[page] = has_section[page] or bool(meta.section)
    for k, i in enumerate(core):
        for side in _nonblank_near(lines, i, 3):
            for j in side:
                text = lines[j].strip()
                if j in taken:
                    pass
                elif (
                    _is_role_line(text)
                    or _SPONSOR.match(text)
                    or _LUNAR_LINE.fullmatch(text)
                    or re.fullmatch(WEEKDAY, text)  # (星期六, under the date)
                ):
                    taken.add(j)
                elif (
                    not metas[k].date
                    and not metas[k].day
                    and (day := _DAY_LINE.fullmatch(text))
                    and _month_day(day)
                ):  # 3月9日 星期六 / 第8版 生活周刊: the day, printed without its year
                    taken.add(j)
                    metas[k] = replace(metas[k], day=_month_day(day))
                elif (
                    not has_section[on_page[k]]
                    and metas[k].page
                    and (name := text.lstrip("#").strip() if text[0] == "#" else text)
                    and (
                        (_SECTION_ONLY.match(name) and len(name.replace("·", "")) <= 6)
                        or _SPECIAL_ISSUE.fullmatch(name)
                    )
                ):  # (a longer line, 翰墨飘香送祝福 over a footer, is a headline; # 副刊
                    # over the masthead, a Markdown page's heading, is the section)
                    taken.add(j)
                    metas[k] = replace(metas[k], section=name)
                    has_section[on_page[k]] = True
                else:
                    break
    # The page's hotlines and accounts on its last line (反诈热线：96110　　报警电话：110).
    last = next(
        (i for i in range(len(lines) - 1, -1, -1) if i not in taken and lines[i].strip()), None
    )
    if last is not None and _page_contacts(lines[last]):
        taken.add(last)
    # A special page's banner (奋进新时代 建功新永川) over its sponsors or its masthead.
    # (over a special issue's masthead, only first in the file: a page's headline
    # printed after its story may stand over the next page's masthead)
    for i in sorted(taken):  # (in page order: what a banner takes is the same either way)
        if _sponsors_line(lines[i].strip()):
            taken.update(_banner_over(lines, i, taken, set(core)))
    for k, i in enumerate(core):
        if _SPECIAL_PAGE.search(metas[k].section):
            taken.update(_banner_over(lines, i, taken, set()))
    pages = [
        (start, _merged([m for m, p in zip(metas, on_page, strict=True) if p == n]))
        for n, start in enumerate(starts)
    ]
    kept = ["" if i in taken else line for i, line in enumerate(printed)]
    return pages, kept


# A hotline or an account to follow, as a page's last line sets them apart.
_CONTACT_PART = re.compile(
    # (its hours after it: 热线电话：023-49861234（工作日9:00—17:00）)
    r"[\u4e00-\u9fff]{0,10}(?:热线|电话)\s*[:：]\s*[0-9\-－]{3,16}[×xX*]{0,6}(?:[（(][^（）()]{2,20}[）)])?"
    r"|微信(?:号|公众号)?\s*[:：]\s*\S{2,20}"
    r"|(?:投稿|来稿|本版|读者)?邮箱\s*[:：]\s*[\w.\-]+@[\w.\-]+"
    r"|(?:扫码|扫一扫|长按\S{0,6})?\S{0,8}关注\S{0,16}(?:公众号|视频号|客户端)(?:[，,]\S{0,16})?"
    r"|扫码\S{2,20}"
)


def contact_line(line: str) -> bool:
    """Hotlines and accounts alone on a line, a hotline among them (热线电话：…　微信：…):
    a notice's own contact (联系人：… 联系电话：…) names a person, so it is none."""
    parts = line.split()
    return all(_CONTACT_PART.fullmatch(part) for part in parts) and any(
        "热线" in part or "电话" in part for part in parts
    )


def column_contacts(line: str) -> bool:
    """A column's name with its mailbox (``茶竹文苑　　投稿邮箱：…``): the column's head
    over its pieces, no headline (an advert's ``详询各营业网点　客服热线：…`` is its own)."""
    name, _, rest = line.strip().partition(" ")
    return (
        "邮箱" in rest
        and bool(_COLUMN_HEAD.fullmatch(name))
        and all(_CONTACT_PART.fullmatch(part) for part in rest.split())
    )


_COLUMN_HEAD = re.compile(r"[\u4e00-\u9fff·]{2,8}")


def _page_contacts(line: str) -> bool:
    """Hotlines and accounts set apart on one line (禁毒举报电话:… 扫码关注“平安永川”微信
    公众号): the page's furniture at its end."""
    return len(line.split()) > 1 and contact_line(line)


# A special issue's page, as its masthead names it: 两会特刊, 职教周特刊, 专题.
_SPECIAL_PAGE = re.compile(r"特刊|专刊|专版|专题")
# The most lines a banner takes: 人人讲安全 个个会应急 / ——2024年6月全国第23个“安全生产月”.
_BANNER_LINES = 2
_BANNER_CHARS = 30


def _banner_over(lines: list[str], at: int, taken: set[int], core: set[int]) -> list[int]:
    """The lines of a banner printed over line ``at`` at the top of a page (above or
    under its masthead, nothing but it above, or a masthead line of ``core``):
    short lines ending no sentence, set over the page, no story's headline."""
    found: list[int] = []
    for j in range(at - 1, -1, -1):
        text = lines[j].strip().lstrip("#").strip()
        if j in core and found:
            return found
        if not text or j in taken:
            continue
        if (
            len(found) == _BANNER_LINES
            or len(text) > _BANNER_CHARS
            or any(mark in text for mark in "。！？；，,!?;")
            or is_export_line(text)  # (发布日期：2025-03-21, a front matter's: a field)
        ):
            return []
        found.append(j)
    return found


def _weather_box(lines: list[str], core: list[int]) -> set[int]:
    """The lines of weather boxes: a label alone with the days under it, or a
    masthead's weather line with the days that follow it, or a table set the other
    way round, the days its columns (``永川天气 今天 明天`` / ``天气 阴转小雨 小雨转阴`` /
    ``气温 5～9℃ 4～8℃``)."""
    found: set[int] = set()
    for i, line in enumerate(lines):
        label = _bare_head(line.strip())
        across = "天气" in line and _WEATHER_COLUMNS.fullmatch(label) is not None
        if not (
            ("天气" in line and _WEATHER_LABEL.fullmatch(label))
            or across
            or ("℃" in line and i in core)
        ):
            continue
        days, j = [], i + 1
        while j < len(lines) and len(days) < _WEATHER_DAYS:
            text = lines[j].strip()
            if text and not (
                (_WEATHER_FIELD.fullmatch(text) if across else _WEATHER_DAY.fullmatch(text))
                or (not days and _WEATHER_HEADER.fullmatch(text))
            ):
                break
            if text:
                days.append(j)
            j += 1
        if days and (not across or any("℃" in lines[j] for j in days)):
            found.update([i, *days])
            after = _nonblank_near(lines, days[-1], 1)[1]
            if (
                after
                and after[0] - days[-1] <= 2
                and _WEATHER_SOURCE.fullmatch(lines[after[0]].strip())
            ):
                found.add(after[0])  # 永川区气象台提供, 数据来源：永川区气象台: the box's
    return found


# The head of a weather table: 日期 天气 气温 风力.
_WEATHER_HEADER = re.compile(
    r"(?:日期|天气|气温|温度|风力|风向|空气质量)(?:\s+(?:日期|天气|气温|温度|风力|风向|空气质量)){2,}"
)
# Who gave a weather box, on its last line: 永川区气象台提供, 数据来源：永川区气象台.
_WEATHER_SOURCE = re.compile(
    r"(?:(?:数据|资料)?来源[：:]\s*)?[\u4e00-\u9fff]{0,8}气象[台局站](?:提供|发布|供稿)?"
)
# The most days a weather box shows.
_WEATHER_DAYS = 4
# A weather box's head whose columns are the days: 永川天气 今天 明天 (its rows the
# weather's measures: 天气 阴转小雨 小雨转阴 / 气温 5～9℃ 4～8℃).
_WEATHER_COLUMNS = re.compile(
    rf"{_WEATHER_LABEL.pattern}(?:\s+(?:今[天日]|明[天日]|后天|\d{{1,2}}月\d{{1,2}}日)){{2,{_WEATHER_DAYS}}}"
)
_WEATHER_FIELD = re.compile(r"(?:天气|气温|温度|风力|风向|空气质量)(?:\s+\S{1,12}){2,4}")


def _monthly_over_lines(lines: list[str], at: int) -> tuple[list[int], PageMeta] | None:
    """A supplement's running head set over a few lines under the paper's name
    (``渝西都市报`` / ``教育周刊`` / ``2024年6月 第12期``): the lines and what they say."""
    parts, used = [lines[at].strip()], []
    for j in range(at + 1, min(len(lines), at + 7)):
        text = lines[j].strip()
        if not text:
            continue
        if len(used) == 3 or _is_role_line(text):
            break
        parts.append(text)
        used.append(j)
        found = _monthly_masthead(" ".join(parts))
        if found is not None:
            return used, found
    return None


def _merged(metas: list[PageMeta]) -> PageMeta:
    """What a page's masthead lines say together: the first of each field stated (a
    lone section line beside one counts as its own), a section named with the page's
    number before one named without (``渝西都市报·教育专刊`` / ``第2版　校园``: 校园)."""
    sections = [m.section for m in metas if m.section]
    return PageMeta(
        next((m.date for m in metas if m.date), ""),
        next((m.page for m in metas if m.page), ""),
        next((m.section for m in metas if m.section and m.page), sections[0] if sections else ""),
        next((m.day for m in metas if m.day), ""),
    )


# --------------------------------------------------------------------------- exports


@dataclass(frozen=True, slots=True)
class ExportMeta:
    """What a website or e-paper export states about its article on lines of its own
    (``来源：渝西都市报``, ``作者：张三``, ``发布时间：…``, ``版次：A02``, ``标题：…``);
    empty strings where it states nothing. ``byline`` is the raw 作者 value, roles
    and all, for the bylines module to read names from."""

    date: str = ""
    page: str = ""
    section: str = ""
    byline: str = ""
    kicker: str = ""
    title: str = ""
    subtitle: str = ""
    photographer: str = ""  # 摄影：记者 陈仕川, a photo story's only credit


# The keys an export labels its metadata with, by the field they fill. ``skip``
# holds what a reader needs no field for (the publication, hit counters).
_EXPORT_KEYS = {
    "date": r"(?:发布|发表|出版|刊发|刊出|见报|更新|稿件|报纸)(?:时间|日期)",
    # A notice's 时间：2024年5月1日 too: metadata only on a page that is an export
    # by another sign.
    "when": r"日期|时间",
    "byline": r"(?:文章|稿件)?作者|撰稿人?|撰文|署名",
    "page": r"版次|版号|版面号|所属版面|所在版面",
    "section": r"版名|版面名称|版面|所属栏目|栏目|频道",
    "subtitle": r"(?:文章|新闻|稿件)?(?:副标题|副题)|副篇名",
    "kicker": r"(?:文章|新闻|稿件)?(?:引题|肩题|眉题)",
    "title": r"(?:文章|新闻|稿件)?主?标题|主题|正题|题目|篇名",
    "photographer": r"摄影|摄像|图片作者",
    # (the label over an article's text, alone on its line: **正文：**)
    "body": r"正文|全文",
    "skip": r"(?:稿件|文章|新闻|信息|本文)?来源|出处|责任编辑|编辑|责编|审核|终审|校对|原标题"
    r"|公众号|原文链接"
    r"|作者单位|(?:阅读|浏览|点击)(?:次数|量|数)?|访问量|字数|关键词|分享到|导出(?:时间|日期|人)"
    # (an archive's record: the paper, its ids, a scan's and its OCR's settings)
    r"|报纸名称|报刊名称|报纸|刊名|稿件编号|稿号|记录号|卷宗号|扫描页码|分辨率|置信度"
    r"|(?:稿件|签发)?状态|稿件数"
    # (a government site's record of a document, its keys spaced out to one width:
    # 索 引 号：…　发布机构：…　成文日期：…　文　　号：永交通〔2023〕45号)
    r"|索\s*引\s*号|发布机构|发文机关|成文日期|文\s*号|发文字号|主题分类|体裁分类|公开方式|有\s*效\s*性",
}
# The heading of an archive's export: 共3条记录 导出时间：…
_EXPORT_HEADER = re.compile(r"^共\s*\d+\s*(?:条|篇)(?:记录|稿件|文章)?\s+.*导出")
_EXPORT_FIELD = re.compile(
    r"(?<![\u4e00-\u9fff])(?:"
    + "|".join(rf"(?P<{name}>{keys})" for name, keys in _EXPORT_KEYS.items())
    + r")\s*[:：｜丨]\s*"
)
_TIME = r"\d{1,2}[:：]\d{2}(?:[:：]\d{2})?"
_LEADING_STAMP = re.compile(rf"^((?:{_ISO_DATE}|{_DATE})\s*(?:{_TIME})?)\s+(?=\S)")
_EXPORT_DATE = re.compile(rf"^(?:{_DATE}|{_ISO_DATE}|{_CN_DATE})\s*(?:{WEEKDAY})?\s*(?:{_TIME})?$")
# A WeChat article's or an app's header: 原创 渝西都市报 渝西都市报 2024-08-15 18:30 重庆,
# 渝西都市报 01-15 08:30 (no year: no date).
_WECHAT_HEADER = re.compile(
    rf"^(?:原创\s+)?(?:[^\s:：]{{1,20}}\s+){{1,3}}(?:{_ISO_DATE}|{_DATE}|\d{{1,2}}-\d{{1,2}}|昨天|前天|今天)\s+{_TIME}"
    r"(?:\s+(?:发表于)?[\u4e00-\u9fff]{2,6})?$"
)
# The writers a source field names after the paper, in brackets.
_SOURCE_BYLINE = re.compile(r"[（(]([^（）()]{2,30})[）)]$")
# Fields set side by side on one line, the later ones without their keys.
_FIELD_SEPARATOR = re.compile(r"\s*[|｜]\s*")
# Names and roles, as a byline or a photo credit gives them (a pupil's after their
# class: 永川区红河小学六年级(2)班陈思睿).
_BYLINE_VALUE = re.compile(r"^[\u4e00-\u9fff·\s、,，;；/（）()0-9]{2,40}$")
# (a month alone, 日期：2023年11月, as an archive's selection gives it: no day)
_EXPORT_MONTH = re.compile(r"^((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月$")
_EXPORT_DAY_OR_MONTH = re.compile(rf"{_EXPORT_DATE.pattern}|{_EXPORT_MONTH.pattern}")
_EXPORT_VALUES = {
    "date": _EXPORT_DAY_OR_MONTH,
    "when": _EXPORT_DAY_OR_MONTH,
    "byline": _BYLINE_VALUE,
    "photographer": _BYLINE_VALUE,
    # 版次：A02, or with its section: 版次：第01版 要闻
    "page": re.compile(
        rf"^第?\s*[A-Ha-h]?\s?\d{{1,3}}\s*版?(?:\s*[:：·]?\s*(?P<section>{_SECTION}))?$"
    ),
    "section": re.compile(rf"^{_SECTION}$"),
    "body": re.compile(r"(?!)"),  # (正文：本报讯…: the text, its label left on)
    "subtitle": re.compile(r"^.{1,110}$"),
    "kicker": re.compile(r"^.{1,110}$"),
    "title": re.compile(r"^.{1,110}$"),
    "skip": re.compile(r"^(?:[^。！？；;]{0,30}|https?://\S+)$"),  # (原文链接：https://…)
}
# Navigation a web page prints around its article: never text of the article.
_NAVIGATION = re.compile(
    # (first, a post's counters: 阅读(356), 阅读 1.1万, 点赞 128, 在看 45, 评论（0）)
    r"[【\[［（(]?\s*(?:(?:阅读|浏览|点击|点赞|赞|在看|评论|收藏|转发)\s*[（(]?\s*\d+(?:\.\d+)?\s*万?\s*[）)]?"
    r"|字[体号]\s*[:：]?\s*[【\[]?\s*(?:大\s*中\s*小|[大中小]\s*)+[】\]]?|大\s*中\s*小|打印(?:本|此)[页文版]|打印全文|打印|关闭窗口|关闭|(?:我要)?纠错"
    # (the editor credited beside the links: 【我要纠错】责任编辑：邓丽)
    rf"|{_ROLE_CREDIT}"
    r"|上一篇|下一篇|上一条|下一条|上一版|下一版|上一期|下一期|返回目录|返回顶部|返回首页|返回版面|返回|首页|往期(?:回顾|查阅|检索|浏览)?"
    r"|版面导航|版面目录|标题导航|本版(?:目录|要目|导航)\s*[:：]?|本版新闻\s*[:：]|收藏本文|收藏|分享到?\s*[:：]?"
    r"|相关链接\s*[:：](?=\s*(?:上一篇|下一篇))"  # (相关链接:　上一篇　下一篇)
    r"|本版(?:文章|稿件)\s*[:：]\s*\d+\s*篇|(?i:pdf)\s*版?\s*(?:下载|阅读)?|下载\s*(?i:pdf)"
    r"|(?:点击\s*)?[“\"]?阅读原文[”\"]?(?:\s*[，,]?\s*了解更多\S{0,10})?"
    r"|点击(?:上方)?蓝字\s*(?:\S{1,12}?\s*)?关注我们|关注我们|喜欢此内容的人还喜欢|长按(?:识别)?二维码(?:关注)?|分享|点赞|在看"
    r"|[+＋]\s*关注|[\[【]关注[\]】]|微信|微博|(?i:qq)空间|(?i:qq)|朋友圈|(?:浏览|阅读|点击)(?:次数|量|数)?\s*[:：]\s*\d+"
    # (a video player's frame: [视频] 加载中... / 00:00 / 02:35 / ▶ 播放 全屏)
    r"|[\[【]视频[\]】]\s*(?:加载中\S{0,3})?|\d{1,2}:\d{2}\s*/\s*\d{1,2}:\d{2}|▶\s*播放(?:\s+全屏)?|播放\s+全屏"
    # (an app's: 视频详情, 视频加载失败，请刷新重试, 全屏  倍速  清晰度：高清, ···)
    r"|视频详情|视频加载失败[，,]?\s*请?刷新重试|全屏\s+倍速|清晰度\s*[:：]\s*(?:超清|高清|标清|流畅)?|[·.…]{3}"
    r"|收录于(?:合集|话题)(?:\s*#\S{1,20})+(?:\s*\d+\s*个)?|▼?\s*更多精彩\s*(?:点击下方)?"
    r"|展开全文|举报(?:\s*/\s*反馈)?|(?:写|我要)(?:评论|留言)\.*|暂无(?:评论|留言)\S{0,12}|登录|注册|请输入(?:关键[词字]|搜索内容)?\s*搜索|搜索|图片"
    r"|(?:打开|下载)\S{0,10}(?i:app)(?:\s*[，,]?\s*(?:查看更多\S{0,8}|阅读体验更佳))?|[—\-]*\s*END\s*[—\-]*"
    # (打开i永川，查看更多精彩内容; an uncounted 评论 between bars: 分享 | 评论 | 点赞 27)
    r"|打开\S{1,8}[，,]\s*查看更多\S{0,8}|评论(?=\s*[|｜])"
    r"|上一页|下一页|尾页|跳转到\s*\[?\s*\]?\s*页|\d{1,3}(?=\s*[\]】])"
    r"|放大|缩小|默认|[Aa]\s*[+＋]\s*[Aa]\s*[-－]|复制链接|扫一扫在手机上?(?:打开|阅读|浏览)(?:当前页|本页|本文)?"
    # (a QR code's promotion, a line at a time: 扫一扫 / 关注渝西都市报 / 微信公众号 / [二维码])
    r"|扫一扫|扫码关注|二维码|关注该公众号|(?:继续|向上)滑动看下一个|关注渝西都市报(?:微信)?(?:公众号)?|(?:渝西都市报)?微信公众号|获取更多\S{0,6}资讯"
    # (a post's mark and its accounts, undated: 原创　渝西都市报　永川发布; its last prompt:
    # 觉得不错，请点个“在看”吧↓)
    r"|原创(?:\s+[^\s，。！？：:|｜/／]{1,12}){1,3}$"
    r"|(?:觉得)?(?:不错|好看|有用)[，,]?\s*(?:请|记得)?(?:点个|点亮|点一下)?[“\"]?(?:在看|赞)[”\"]?吧?\s*[↓👇]?"
    r")\s*[】\]］）)]?"
)

# A site's footer: its copyright and licence numbers.
_SITE_FOOTER = re.compile(
    r"版权所有|版权声明|(?i:copyright|all rights reserved)|©|ICP备|公网安备|网站标识码"
    r"|^(?:本网站?由\S{1,30}提供技术支持|(?:关于我们|联系我们|网站地图|使用帮助|隐私政策|网站声明)\s*[|｜].*)$"
    r"|(?:^|[ \u3000])技术支持\s*[:：]\s*\S{1,30}$"  # (…主办　地址：…　技术支持：…)
    # (a reprint's terms: 免责声明：…如有侵权请联系删除, 本文为…原创，转载请注明出处)
    r"|^免责声明\s*[:：]|^本文(?:为|系)\S{0,16}原创|转载请注明(?:出处|来源)\S{0,2}$"
    # (an app's note on what it exported: 以上内容由“新闻永川”客户端导出，仅供个人学习使用)
    r"|^\*{0,2}以上内容由\S{1,16}导出[，,]?\S{0,16}$"
)

SITE_OWNERS = re.compile(
    r"^(?:[\u4e00-\u9fff]{2,4}(?:单位)?\s*[:：]\s*\S{2,30}\s*){2,4}$"
    r"|^(?:主办|承办)(?:单位)?\s*[:：]\s*\S{2,30}$"  # (主办单位：…, its other lines gone)
)
"""A site's footer line of its owners' fields (主办：…办公室 承办：…大数据发展局): at
a web page's end, no text; in a notice, an event's fields."""

# A breadcrumb trail: 当前位置：首页 > 永川新闻 > 正文
_CRUMB_SEPARATOR = re.compile(r"[>＞»›→]")
_BREADCRUMB = re.compile(
    r"^(?:(?:当前|您的|你的|您当前|所在)位置\s*[:：]|(?:[^|｜]{1,12}[|｜]\s*)?(?:网站)?首页\s*[>＞»›→])[^。！？]{0,60}[>＞»›→]?[^。！？]{0,60}$"
    # the neighbouring articles' links: 上一篇：三教镇举办农产品直播带货培训班
    r"|^(?:上一篇|下一篇|上一条|下一条)\s*[:：][^。！？]{1,60}$"
    # links to other pages between bars: 相关链接：永川区文化旅游委 | 重庆文旅
    r"|^(?:相关|延伸|推荐)(?:链接|阅读|新闻)\s*[:：]\s*[^。！？|｜]{1,30}(?:[|｜][^。！？|｜]{1,30}){1,10}$"
    # a file to download: 附件：2024年秋季招生报名表.doc
    r"|^附件\s*\d?\s*[:：]\s*\S{1,60}\.(?:docx?|xlsx?|pdf|wps|zip|rar|et)$"
    # a site's menu: 首页 | 要闻 | 镇街 | 乡村振兴 | 专题
    # (after the site's name: 渝西都市报数字报 首页 | 往期回顾 | 版面导航)
    # (or spaces apart: 首页    政务公开    政务服务    互动交流)
    r"|^(?:[^|｜\s]{1,16}\s*[|｜]?\s*)?(?:网站)?首页(?:(?:\s*[|｜/]\s*|\s+)[\u4e00-\u9fffA-Za-z]{1,8}){2,12}$"
    # a list's pages: 共 128 条 首页 上一页 1 2 3 … 13 下一页 尾页
    r"|^共\s*\d+\s*[条页篇](?:\s+\S{1,8}){2,20}$"
)

NAVIGATION_FIRST = frozenset(
    "【[［（(字打关上下返收分放缩默首往版Cc©当您你所阅点长标扫渝附Pp展举写评请在共登尾图—-E本技网相延推喜微获<«"
    "赞大我0▶◀播全▼更免+＋主原觉不好有联使隐留暂继向视倍清·以"
)
"""The characters a navigation line can start with: a cheap test before the regex."""
# Emoji a post puts before its prompts (👆点击上方蓝字关注我们) and counters (👍 点赞 64
# 💬 评论 7), or alone as a divider (🍃🍃🍃).
_EMOJI = re.compile(r"[\U0001f300-\U0001faff\u2600-\u27bf\u2b00-\u2bff\ufe0f\u200d]+")


def is_navigation_line(text: str) -> bool:
    """A line made of a web page's navigation links alone (``【字体：大 中 小】``,
    ``打印本页 关闭窗口``, ``上一篇 下一篇``, ``首页 | 往期回顾``), a breadcrumb
    trail (``当前位置：首页 > 永川新闻 > 正文``), or its footer
    (``版权所有 渝西都市报社 渝ICP备…``); a post's divider of emoji alone too."""
    if text[:1] > "\u2600" and _EMOJI.match(text):
        text = _EMOJI.sub("", text).strip()
        if not text:
            return True
    if text.lstrip("*")[:1] not in NAVIGATION_FIRST or len(text) > 80:
        return False  # (bold links: **分享** **收藏** **点赞** **在看**)
    return (
        not _NAVIGATION.sub("", text).strip(" |｜/·<>«»◀▶*")  # (bold marks: 点击…蓝字 **关注我们**)
        or is_site_footer(text)
        or bool(_BREADCRUMB.match(text))
    )


def breadcrumb_masthead(text: str) -> str:
    """The masthead a breadcrumb trail names (``当前位置：首页 > 2023年03月09日 >
    第05版：教育`` → ``2023年03月09日 第05版：教育``), or ``""``: an e-paper's trail
    runs through the issue's date and page."""
    if not _BREADCRUMB.match(text):
        return ""
    crumbs = _CRUMB_SEPARATOR.split(text.split("：", 1)[-1] if "位置" in text[:6] else text)
    return " ".join(crumb for crumb in map(str.strip, crumbs) if crumb and is_masthead_line(crumb))


def is_site_footer(text: str) -> bool:
    """A web site's footer line: its copyright or licence numbers."""
    return bool(_SITE_FOOTER.search(text))


def _export_fields(text: str) -> list[tuple[str, str]] | None:
    """The (field, value) pairs a metadata line is made of, or ``None`` for any
    other line. Every value must look like what its key announces, so
    ``时间：4月20日上午9时`` in a notice is text, not metadata; a headline's field
    left empty (``引题：``) states nothing. (An archive's other syntaxes, ``【标题】…``,
    ``<标题>=…``, are read as these lines by ``records``.)"""
    if _EXPORT_HEADER.match(text):
        return [("skip", "")]
    if " " in text and (_EXPORT_FIELD.search(text) or _LEADING_STAMP.match(text)):
        text = _without_trailing_navigation(text)
    key = _EXPORT_FIELD.fullmatch(text)
    if key and key.lastgroup in ("kicker", "title", "subtitle", "byline", "photographer"):
        return [("skip", "")]  # 引题： / 副标题： / 作者：, left empty
    if not key and not _EXPORT_FIELD.match(text):
        stamp = _LEADING_STAMP.match(text)  # 2024-11-18 09:05:32 来源：… 作者：…
        rest = _export_fields(text[stamp.end() :]) if stamp else None
        return [("date", stamp[1]), *rest] if stamp and rest else None
    keys = list(_EXPORT_FIELD.finditer(text))
    pairs = []
    for key, following in zip(keys, [*keys[1:], None], strict=True):
        value = text[key.end() : following.start() if following else len(text)].strip()
        name = key.lastgroup or ""
        # a headline's field holds the headline whole (市民问 部门答｜小区电梯坏了谁来修？)
        value, *unkeyed = (
            [value] if name in ("kicker", "title", "subtitle") else _FIELD_SEPARATOR.split(value)
        )
        if not value:
            # 来源：… 作者：　发布时间：…: a field left empty states nothing (last too,
            # its view count after it gone), but an article's byline field is there,
            # its fields under its headline
            pairs += [("byline", "")] if name == "byline" else []
            continue
        found = _EXPORT_VALUES[name].match(value)
        if not found and name == "section":
            # 版面：第03版：民生: the page named under the section's key, its name after
            name, found = "page", _EXPORT_VALUES["page"].match(value)
        if not found:
            return None
        credited = _SOURCE_BYLINE.search(value) if "来源" in key.group() else None
        if credited and bylines.is_byline_line(credited[1]):
            pairs.append(("byline", credited[1]))  # 来源：渝西都市报（记者 钟梅 通讯员 刘倩）
        elif "来源" in key.group() and " " in value and is_masthead_line(value):
            # 来源：渝西都市报 2024年10月09日 第02版：经济: the issue the source names
            issue = _read_masthead(value)
            pairs += [(field, getattr(issue, field)) for field in ("date", "page", "section")]
        if name == "page" and found["section"]:
            # the section the page names is the page's, whatever a 栏目 field says
            pairs += [
                ("page", value[: found.start("section")].strip(" :：·")),
                ("page_section", found["section"]),
            ]
        else:
            pairs.append((name, value))
        for part in filter(None, unkeyed):  # 来源：渝西都市报 | 2024-06-12 | 记者 谭 静
            if _EXPORT_DATE.match(part):
                pairs.append(("date", part))
            elif bylines.is_byline_line(part):
                pairs.append(("byline", part))
            else:
                return None
    return pairs


def _without_trailing_navigation(text: str) -> str:
    """A metadata line without the links set after its fields (…发布时间：2024-05-06
    09:12 【字体：大 中 小】, …来源：渝西都市报 阅读(356))."""
    words = text.split(" ")
    for at in range(1, len(words)):
        if not _NAVIGATION.sub("", " ".join(words[at:])).strip(" |｜/·"):
            return " ".join(words[:at])
    return text


def export_key(key: str) -> str:
    """The field an export's key names (``篇名`` → ``title``), or ``""``."""
    found = _EXPORT_FIELD.fullmatch(f"{key}：")
    return found.lastgroup or "" if found else ""


def is_export_line(text: str) -> bool:
    """A line of an export's metadata (``来源：渝西都市报``, ``阅读次数：123``)."""
    return _export_fields(text) is not None


ENGLISH_KEYS = {
    "title": "标题",
    "subtitle": "副标题",
    "kicker": "引题",
    "date": "发布日期",
    "published": "发布日期",
    "pubdate": "发布日期",
    "author": "作者",
    "authors": "作者",
    "byline": "作者",
    "section": "版名",
    "category": "版名",
    "column": "版名",
    "page": "版次",
}
"""The export key a field named in English stands for: a YAML front matter's
(``---`` / ``title: …`` / ``---``, as scrapers and note apps write it), an e-paper
record's properties'."""
# A page's name as a converter titles the whole page: 渝西都市报 第2版, 数字版 …
_PAGE_NAME = re.compile(r"渝西都市报|第\s*[A-Ha-h]?\d{1,3}\s*版|数字[报版]|电子[报版]")
_FRONT_MATTER_LINE = re.compile(r"^(?P<key>[A-Za-z_\u4e00-\u9fff]{1,20})\s*[:：]\s*(?P<value>.*)$")
_FRONT_MATTER_ITEM = re.compile(r"^-\s+(?P<value>.+)$")


def read_front_matter(lines: list[str]) -> tuple[list[str], list[int]]:
    """``lines`` with every YAML front matter block (``---`` / ``title: …`` / ``---``)
    turned into an export's metadata lines (``标题：…``, ``作者：…``) and its fences
    blanked, and the lines the blocks start at: each opens an article (a file may
    hold several). Keys a reader needs no field for (``url``, ``tags``) are dropped."""
    out = list(lines)
    starts: list[int] = []
    i = 0
    while i < len(out):
        if out[i] != "---":
            i += 1
            continue
        close = next(
            (j for j in range(i + 1, min(len(out), i + 40)) if out[j] in ("---", "...")), None
        )
        inside = out[i + 1 : close] if close else []
        if (
            close is None
            or not any(map(_FRONT_MATTER_LINE.match, inside))
            or not all(
                not line or _FRONT_MATTER_LINE.match(line) or _FRONT_MATTER_ITEM.match(line)
                for line in inside
            )
        ):
            i += 1
            continue
        fields: list[tuple[str, list[str]]] = []
        for line in inside:
            key_line = _FRONT_MATTER_LINE.match(line)
            item = _FRONT_MATTER_ITEM.match(line)
            if key_line:
                fields.append((key_line["key"], [key_line["value"]]))
            elif item and fields:
                fields[-1][1].append(item["value"])
        block = [""] * (close - i + 1)
        for n, (key, values) in enumerate(fields, start=1):
            block[n] = _front_matter_line(key, _yaml_value(values))
        out[i : close + 1] = block
        starts.append(i)
        i = close + 1
    return out, starts


def _front_matter_line(key: str, value: str) -> str:
    """The export metadata line a front-matter field stands for, or ``""``. A title
    naming the paper or a page (``渝西都市报 第2版``) is the page's, no article's."""
    name = ENGLISH_KEYS.get(key.lower(), key if _EXPORT_FIELD.match(f"{key}：") else "")
    if name == "标题" and _PAGE_NAME.search(value):
        return ""
    if name == "发布日期":
        found = _DATE_RE.search(value)
        value = found.group() if found else ""
    return f"{name}：{value}" if name and value else ""


def _yaml_value(values: list[str]) -> str:
    """A front-matter value (quoted, a flow list ``[涂燕, 王五]`` or block list items)
    as an export's metadata line gives it: words separated by spaces."""
    parts: list[str] = []
    for value in (v.strip() for v in values):
        if value.startswith("[") and value.endswith("]"):
            parts += [item.strip().strip("\"'") for item in value[1:-1].split(",")]
        else:
            parts.append(value.strip("\"'"))
    return " ".join(part for part in parts if part)


def strip_export_meta(lines: list[str], exported: bool) -> tuple[ExportMeta, list[str]]:
    """Blank out an export's metadata lines and return what they say.

    On a page that is no export (``exported``, from ``is_export``) every line
    stays text: a date under a bare 时间/日期 key, or alone with a time of day, a
    signature's 作者：…. Lines are
    blanked, not removed, so positions stay put. A field given twice keeps its
    first value.
    """
    found: dict[str, str] = {}
    kept = list(lines)
    if not exported:
        return ExportMeta(), kept
    for i, pairs in _export_lines(lines):
        kept[i] = ""
        for name, value in pairs:
            if name in ("date", "when"):
                date = _DATE_RE.search(value)
                month = None if date else _EXPORT_MONTH.match(value)
                name = "date"
                value = (
                    iso_date(date) if date else f"{month[1]}-{int(month[2]):02d}" if month else ""
                )
            elif name == "page_section":  # (版次：第07版：民生 over 栏目：记者手记)
                found.setdefault("page_section", value)
                name = "section"
                found[name] = found["page_section"]
            elif name == "page":
                value = page_number(value.strip("第版 "))
            if value:
                found.setdefault(name, value)
    found.pop("skip", None)
    found.pop("page_section", None)
    return ExportMeta(**found), kept


def export_piece_starts(lines: list[str]) -> list[int]:
    """On an export of several articles each under its own fields (引题：… /
    标题：… / 副标题：… / 作者：…, then its text; an archive's record sets its
    版名：… and 日期：… over the title too), the line each article's fields start
    on: where its piece starts."""
    titles = [i for i, line in enumerate(lines) if _field_key(line) == "title"]
    if len(titles) < 2:
        return []
    starts = []
    for title in titles:
        start = title
        # (the record's fields over its title: 引题：…, or 版名：… 日期：… as archives print them)
        while start > 0 and lines[start - 1] and is_export_line(lines[start - 1]):
            start -= 1
        starts.append(start)
    return starts


def _field_key(line: str) -> str:
    """The field a line's key names (``标题：…`` → ``title``), or ``""``."""
    key = _EXPORT_FIELD.match(line)
    return key.lastgroup or "" if key else ""


def export_fields_by_line(lines: list[str]) -> dict[int, list[tuple[str, str]]]:
    """The lines that read as an export's metadata, by number, with their fields."""
    return dict(_export_lines(lines))


# The writer's fields: 作者：张 可, 作者单位：永川区茶山竹海街道党工委.
_WRITER_KEY = re.compile(r"作者(?:单位)?\s*[:：]")


def is_export(lines: list[str], printed: bool = False) -> bool:
    """A page with metadata lines other than a bare 时间/日期: a website or e-paper
    export. A 作者：… line alone, the page's last, signs the piece above it (a
    poem's ``作者：周琳``), and on a page with a masthead (``printed``) or under a
    Markdown heading, after a finished piece, it is the next piece's byline under
    its title: no export."""
    found = list(_export_lines(lines))
    fields = [(at, pairs) for at, pairs in found if any(n != "when" for n, _ in pairs)]
    keywords = {at for at, _ in fields if lines[at].lstrip("*# ").startswith("关键词")}
    if len(keywords) > 1:  # (关键词：工业生产 / … / 关键词：消费市场: a feature's sections)
        fields = [(at, pairs) for at, pairs in fields if at not in keywords]
    if fields and all(_WRITER_KEY.match(lines[at].lstrip("*# ")) for at, _ in fields):
        at = fields[0][0]
        # (under a later piece's title, on a printed page or a Markdown heading, or
        # signing the pieces above them, 作者单位：… / 作者：张 可: a story finished
        # above it)
        above = next((line for line in reversed(lines[:at]) if line.strip()), "")
        later_piece = (
            (printed or above.startswith("#"))
            and len(found) == len(fields)
            and any(map(ends_sentence, lines[:at]))
        )
        if later_piece:
            return False
        if len(fields) == 1 and [name for name, _ in fields[0][1]] == ["byline"]:
            return any(lines[at + 1 :])
    return bool(fields)


# An app's or a site's header over a post, its parts between bars or dots.
_POST_HEADER_CHARS = 60
_POST_PARTS = re.compile(r"\s*[|｜·•]\s*")
_RELATIVE_TIME = re.compile(
    rf"^(?:\d{{1,2}}\s*(?:分钟|小时|天)前|刚刚|昨天|前天|今天)(?:\s*{_TIME})?$"
)


def _post_header(text: str) -> list[tuple[str, str]] | None:
    """The fields of a post's header of parts between bars or dots, one of them its
    time (``渝西都市报 · 3小时前 · 重庆``, ``2024-08-05 10:23·渝西都市报官方账号·重庆``,
    ``渝西都市报 | 记者 邓 波 | 2025-04-22 07:30``, ``… | 阅读 3021``): its date, its
    byline, and its source, account, place and counter, which say nothing."""
    parts = [part for part in _POST_PARTS.split(text.replace("*", "")) if part]
    if not 2 <= len(parts) <= 5:
        return None
    pairs: list[tuple[str, str]] = []
    timed = False
    for part in parts:
        if _EXPORT_DATE.match(part):
            pairs.append(("date", part))
            timed = True
        elif _RELATIVE_TIME.match(part):
            pairs.append(("skip", part))  # (3小时前: a time that dates nothing)
            timed = True
        elif bylines.is_byline_line(part):
            pairs.append(("byline", part))
        elif len(part) <= 12 and not any(mark in part for mark in "，。！？；、：:,"):
            pairs.append(("skip", part))
        else:
            return None
    return pairs if timed else None


def _export_lines(lines: list[str]) -> Iterator[tuple[int, list[tuple[str, str]]]]:
    """(line number, its fields) of the lines that read as an export's metadata; a
    posting time alone (``2024-04-20 09:30:15``) is a bare date."""
    # A key (at most six characters) and its colon, or a time: near the line's start.
    for i in [
        i
        for i, line in enumerate(lines)
        if ":" in line
        or "：" in line[:8]
        or "｜" in line[:8]
        or "丨" in line[:8]
        or (("·" in line or "|" in line) and len(line) <= _POST_HEADER_CHARS)
    ]:
        text = lines[i].strip()
        if len(text) > 200:
            continue
        if text[:2] == "**":
            text = text.replace("**", "")  # **作者：** 渝西都市报记者 涂燕　｜　**来源：** …
        pairs = _export_fields(text)
        if pairs is None and _EXPORT_DATE.match(text) and re.search(_TIME, text):
            pairs = [("when", text)]
        elif pairs is None and _WECHAT_HEADER.match(text.replace("*", "")):
            pairs = [("date", text)]  # (its time and place in italics: *2024-03-12 18:30*)
            words = text.split()
            if len(words) > 3 and words[0] == "原创" and is_person_name(words[1]):
                pairs.append(("byline", words[1]))  # 原创 钟梅 永川发布 …: its writer first
        elif pairs is None:
            pairs = _post_header(text)
        if pairs is not None:
            yield i, pairs
