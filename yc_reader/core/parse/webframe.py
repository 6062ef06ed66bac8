"""A saved web page's frame around its articles.

A browser's "save as text" keeps what the site prints around an article: the
page's title with the site's name (``…居民住得更舒心_渝西都市报``), menus, a
search box and a breadcrumb over the headline, and, where the article goes on
over a second web page or a printed page breaks it, all of that again with the
headline (``…钱袋子（2）``). None of it is the article's text.

The metadata lines (``来源：… 作者：… 发布时间：…``) tell the frame from the
article: the line right over them is the headline. A headline becomes a
``标题：`` field, so the export's fields carry it, and on a list page each
headline opens its own piece with its own metadata.
"""

from __future__ import annotations

import re

from yc_reader.core import bylines
from yc_reader.core.cjk import CLAUSE_MARKS, ends_sentence, has_inner_sentence_end
from yc_reader.core.masthead import SITE_OWNERS, export_fields_by_line
from yc_reader.core.parse.kinds import DASH_LINE, exclaimed_headline, headline_like, in_brackets
from yc_reader.core.parse.paragraphs import EMPHASIS, MD_HEADING
from yc_reader.core.parse.stories import split_headline

# A web page's headline numbered for the page of the article it opens: …（2）
_PAGE_OF_ARTICLE = re.compile(r"[（(]\s*(?:\d{1,2}|续)\s*[）)]$")
# What a site adds to the headline in the page's title: its name after a bar or an
# underscore (…_永川新闻_渝西都市报网, …-渝西都市报), a print's time before it.
_SITE_AFFIX = re.compile(r"[_\-－|｜\t]|渝西都市报|网$|\d{1,2}[:：]\d{2}")
# The title the post ran under elsewhere, in brackets after the text.
_ORIGINAL_TITLE = re.compile(r"^[（(]原标题\s*[:：][^（）()]{1,60}[）)]$")
# A link to the page itself, as a print's footer gives it: https://… 1/2
_URL_LINE = re.compile(r"^(?:https?://|www\.)\S+(?:\s+\d{1,2}\s*/\s*\d{1,2})?$")

_SENTENCE_MARK = re.compile(r"[。！？!?]")
# A headline is at most this many lines (引题, 标题 in two lines, 副题).
_HEADLINE_LINES = 4


def _key(headline: str) -> str:
    return _PAGE_OF_ARTICLE.sub("", headline.replace(" ", ""))


def _text(line: str) -> str:
    """A line without its Markdown heading or bold marks."""
    heading = MD_HEADING.match(line) if line[:1] == "#" else None
    return EMPHASIS.sub("", heading.group(2) if heading else line).strip()


def _by_levels(lines: list[str]) -> tuple[str, str, str] | None:
    """A Markdown headline's kicker, title and subtitle by their levels: the one
    greatest heading is the title, lesser ones over it its kicker and under it its
    subtitle (``## 永川“5G+智能制造”…`` / ``### 全区已建成5G基站3200个``)."""
    levels = [len(h[1]) if (h := MD_HEADING.match(line)) else 0 for line in lines]
    if len(levels) < 2 or 0 in levels or levels.count(min(levels)) > 1:
        return None
    top = levels.index(min(levels))
    texts = [_text(line) for line in lines]
    return " ".join(texts[:top]), texts[top], " ".join(texts[top + 1 :])


def _headline(text: str) -> bool:
    return (
        (headline_like(text) or exclaimed_headline(text, post=True))  # (…，孩子们收获啦！)
        and len(text) <= 80
        and not in_brackets(text)
        and not bylines.is_byline_line(text)
    )


def _open_end(text: str) -> bool:
    """A line of text, whole or cut at a clause: never the site's frame."""
    return ends_sentence(text) or text[-1] in CLAUSE_MARKS or has_inner_sentence_end(text)


def read_web_frame(lines: list[str]) -> list[str]:
    """``lines`` with a web page's frame blanked and each headline found over
    metadata turned into the export's fields (引题：/标题：/副题：), which open an
    article. On a page whose export names its titles in fields already, only the
    site's header over the fields and the owners in its footer go."""
    fields = export_fields_by_line(lines)
    out = list(lines)
    if any(name == "title" for pairs in fields.values() for name, _ in pairs):
        # the site's header over the fields (a bare 时间： in a notice's text is none)
        keyed = [n for n, pairs in fields.items() if any(k != "when" for k, _ in pairs)]
        _blank_header(out, min(keyed))
        _field_subtitles(out, fields)
        _blank_footer(out)
        return out
    titles: list[int] = []
    keys: list[str] = []
    leads = [n for n, line in enumerate(lines) if line.startswith("本报讯")]
    for at, pairs in fields.items():
        end = next((n for n in range(at - 1, -1, -1) if out[n]), -1) + 1
        if end - 1 in fields or not any(name in ("date", "when", "byline") for name, _ in pairs):
            continue  # (a group's later line, blank lines between or not; 来源：… under text)
        group = _headline_group(out, end - 1)
        if not group:
            if not titles and end and not _SENTENCE_MARK.search(out[end - 1]):
                out[end - 1] = ""  # a digest's post title: 早安永川丨…；…
                _blank_header(out, end - 1)
            continue
        start = group[0]
        kicker, title, subtitle = _by_levels([out[n] for n in group]) or split_headline(
            [_text(out[n]) for n in group]
        )
        key = _key(title)
        if titles and key == keys[-1]:  # the article's next web page: its frame again
            out[start:end] = [""] * (end - start)
            _blank_header(out, start)
            continue
        following = next((n for n in fields if n > at and n - 1 not in fields), len(out))
        if sum(at < n < following for n in leads) > 1:
            continue  # stories of their own under it: a page's, its headline's fields no frame
        if not titles:
            _blank_header(out, start)
        titles.append(start)
        keys.append(key)
        heads = [
            f"引题：{kicker}" * bool(kicker),
            f"标题：{title}",
            f"副题：{subtitle}" * bool(subtitle),
        ]
        out[start:end] = [*filter(None, heads), *[""] * (end - start)][: end - start]
    if titles:
        _blank_echoes(out, keys[0], set(titles))
        _blank_footer(out)
    return out


def _field_subtitles(lines: list[str], fields: dict[int, list[tuple[str, str]]]) -> None:
    """A ``——`` line right under a ``标题：`` field (``标题：春节假期…`` /
    ``——旅游综合收入4.86亿元``) is the subtitle printed with it, unless the
    piece's fields name one."""
    for at, pairs in fields.items():
        below = at + 1
        if below >= len(lines) or below in fields or not any(k == "title" for k, _ in pairs):
            continue
        if not (lines[below].startswith("——") and _headline(lines[below])):
            continue
        near = [n for n in range(at - _HEADLINE_LINES, below + _HEADLINE_LINES) if n in fields]
        if not any(name == "subtitle" for n in near for name, _ in fields[n]):
            lines[below] = f"副题：{lines[below]}"


def _headline_group(lines: list[str], last: int) -> list[int]:
    """The lines of the headline ending on line ``last``: the headline lines over it,
    in Markdown a heading also a blank line above (``# 标题`` / ``——副题``), and so
    is the title over a ``——`` subtitle in plain text."""
    group: list[int] = []
    n = last
    while n >= 0 and len(group) < _HEADLINE_LINES and _headline(_text(lines[n])):
        group.insert(0, n)
        above = n - 1
        while above >= 0 and not lines[above]:
            above -= 1
        if above < 0 or (
            above < n - 1
            and not lines[above].startswith("#")
            and not (above == n - 2 and DASH_LINE.match(_text(lines[n])))
        ):
            break
        n = above
    return group


def _blank_header(lines: list[str], title: int) -> None:
    """Blank the site's header over a headline: the lines up to the text before it."""
    for n in range(title - 1, -1, -1):
        if lines[n] and (_open_end(lines[n]) or in_brackets(lines[n])):
            return
        lines[n] = ""


def _blank_footer(lines: list[str]) -> None:
    """Blank the owners' fields closing the page, set apart from the text (the
    site's other footer lines, its links and licence, are blank already), and the
    links to other sites over them (``相关链接：`` over their names, a line each)."""
    n = len(lines) - 1
    while n > 0 and (not lines[n] or (SITE_OWNERS.match(lines[n]) and not lines[n - 1])):
        lines[n] = ""
        n -= 1
    links = n
    while links >= 0 and lines[links] and _SITE_LINK.match(lines[links]):
        links -= 1
    if links < n and links >= 0 and _LINKS_LABEL.match(lines[links]):
        lines[links : n + 1] = [""] * (n + 1 - links)


# Links to other sites closing a page: their label, then a site's name a line.
_LINKS_LABEL = re.compile(r"^[【\[]?(?:相关|友情)链接[】\]]?[:：]?$")
_SITE_LINK = re.compile(r"^[\u4e00-\u9fffA-Za-z·（）()]{2,30}$")


def _blank_echoes(lines: list[str], key: str, titles: set[int]) -> None:
    """Blank the headline printed again with the site's name (a page title, a print's
    header), a link to the page, and the title the article ran under elsewhere."""
    for n, line in enumerate(lines):
        if not line or n in titles:
            continue
        if _URL_LINE.match(line) or _ORIGINAL_TITLE.match(line):
            lines[n] = ""
            continue
        rest = line.replace(" ", "").replace(key, "", 1)
        if (
            len(rest) < len(line.replace(" ", ""))
            and len(rest) <= 40
            and not _open_end(line)
            and _SITE_AFFIX.search(rest)
        ):
            lines[n] = ""
