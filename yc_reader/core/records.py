"""An archive's record export, rewritten as the field lines the parser reads.

Newspaper archives and e-paper systems export a page's articles as records, each
its fields then its text. Besides the plain ``标题：…`` lines a CMS writes, the
common syntaxes are TRS's ``<REC>`` records with ``<标题>=…`` fields, CNKI's
``【篇名】…``, Founder's e-paper ``<!--enpproperty <title>…</title>…-->`` comments,
and a delimited table whose header row names the fields (``ID|报纸|日期|…|标题``).
Each is rewritten into ``key：value`` lines over the record's text, records set
apart by a rule, so one reader (``masthead.strip_export_meta``) takes their
metadata. A label over the text (``正文：``, ``<正文>=``, ``内容：``) goes, its
text stays; an abstract (``【摘要】…``) repeats the text's opening and goes whole.

Only a key the export vocabulary knows (``masthead.export_key``) is read as a
bracketed field, so ``【案情】…`` in a court report stays the text it is; a TRS
record's other fields (``<记录号>=…``) are dropped. A date the record writes as
digits alone (``20200615``) is given its dashes.
"""

from __future__ import annotations

import html
import re

from yc_reader.core.masthead import ENGLISH_KEYS, export_key

RULE = "-" * 20
"""What sets records apart: a rule, as a CMS export prints it."""

# <标题>=… / <REC>: TRS's record syntax.
_TRS_FIELD = re.compile(r"^<([\u4e00-\u9fff]{1,8})>=\s*(.*)$")
_TRS_RECORD = re.compile(r"^<REC>\s*$", re.IGNORECASE)
# 【篇名】…: CNKI's.
_BRACKETED_FIELD = re.compile(r"^【([\u4e00-\u9fff]{2,6})】\s*(.*)$")
# The label over (or before) a record's text, and what a vendor marks a photo's with.
_BODY_KEYS = ("正文", "内容", "全文", "文章内容", "稿件内容")
_CAPTION_KEYS = ("图片说明", "图说", "图片注释")
# A record's abstract and keywords: the text's opening again, and index terms.
_DROPPED_KEYS = ("摘要", "内容摘要", "关键词", "关键字")
_BODY_LABEL = re.compile(rf"^({'|'.join(_BODY_KEYS)})\s*[:：]\s*")
# A line that may make the page a record export, and the words it holds one of.
_RECORD_WORDS = ("<", "【", "标题", "篇名", "正文", "内容")
_RECORD_SIGN = re.compile(
    r"^\s*(?:<[\u4e00-\u9fff]{1,8}>=|【[\u4e00-\u9fff]{2,6}】|(?:标题|篇名|正文|内容)\s*[:：])",
    re.MULTILINE,
)
# A field's key spaced out to the width of the others (正　　文：, 作　者：).
_SPACED_KEY = re.compile(
    r"^([ \t\u3000]*)((?:[\u4e00-\u9fff][ \u3000]+){1,3}[\u4e00-\u9fff])(?=\s*[:：])", re.MULTILINE
)
# A record's later fields on its line (【作者】陈 波　【责任编辑】李 娜), each its own line.
_LATER_BRACKETED_FIELD = re.compile(r"[ \t\u3000]+(?=【([\u4e00-\u9fff]{2,6})】)")
# A date field's value in digits alone: 日期：20200615.
_COMPACT_DATE = re.compile(r"^(\S{0,6}日期\s*[:：]\s*)((?:19|20)\d{2})(\d{2})(\d{2})\s*$")
# A record's heading in a batch export (##### 第2篇 #####, 第1条, 【记录1】), its count
# (共3条记录), the batch's end (#### 完 ####, （导出结束）).
_RECORD_HEADING = re.compile(
    r"^[#*=\s【\[]*(?:第\s*\d{1,3}\s*[篇条]|记录\s*\d{1,4}|共\s*\d{1,5}\s*[篇条](?:记录|稿件|文章)"
    r"|完|[（(]?(?:导出|打印)(?:结束|完毕)[）)]?)"
    r"[#*=\s】\]]*$"
)
# Founder e-paper: the record's properties in a comment before its text.
_ENP_PROPERTIES = re.compile(r"<!--\s*enpproperty\s+(.*?)/?enpproperty\s*-->", re.DOTALL)
_ENP_FIELD = re.compile(r"<(\w+)>(.*?)</\1>", re.DOTALL)
_ENP_KEYS = {**ENGLISH_KEYS, "introtitle": "引题", "nodename": "版次"}
_ENP_CONTENT = re.compile(r"<!--\s*/?enpcontent\s*-->")
# A table's cells, and the least of its header's keys that must be fields.
_CELL = re.compile(r"\s*[|｜]\s*")
_HEADER_KEYS = 3
# A digitisation vendor's tagged lines: [PAGE] 渝西都市报 2025-06-03 A07 体育,
# [SRC] x.pdf　[OCR] pdftext 2.3, [TEXT].
# (Spaces within the line only: a tag's value never runs onto the line below.)
_TAG = re.compile(r"\[([A-Z]{2,10})\][ \t\u3000]*([^\[\]\n]*)")
_TAGGED_LINE = re.compile(rf"^[ \t\u3000]*(?:{_TAG.pattern})+$", re.MULTILINE)
# The tags whose value is a line of the page: its masthead, its text.
_TEXT_TAGS = ("PAGE", "HEADER", "MASTHEAD", "TEXT", "BODY", "CONTENT")


def unpack_records(text: str) -> str:
    """``text`` with an archive's records rewritten as ``key：value`` lines, each
    record after a rule; any other text as it is."""
    if "enpproperty" in text:
        text = _ENP_PROPERTIES.sub(_enp_fields, _ENP_CONTENT.sub("", text))
    if "[" in text and _TAGGED_LINE.search(text):
        text = _TAGGED_LINE.sub(_untag, text)
    if " " in text or "\u3000" in text:
        text = _SPACED_KEY.sub(_closed_key, text)
        if "【" in text:
            text = "\n".join(map(_fields_apart, text.split("\n")))
    lines = text.split("\n")
    if "|" in text or "｜" in text:
        lines = _table_records(lines)
        text = "\n".join(lines)
    if not any(sign in text for sign in _RECORD_WORDS) or not _RECORD_SIGN.search(text):
        return text
    fields = [_field(line.strip()) for line in lines]
    labels_only = all(not found or found[0] in _BODY_KEYS for found in fields)
    if labels_only and not any(_titled(line) for line in lines):
        return text
    out: list[str] = []
    fielded = False  # the line above (blank lines aside) a field's
    for line, found in zip(lines, fields, strict=True):
        stripped = line.strip()
        if found and found[0] in _BODY_KEYS and found[1] and not fielded:
            found = None  # 内容：川剧表演 under an event's 时间：…: a line of its text
        if stripped:
            key = export_key(stripped.split("：", 1)[0])
            fielded = found is not None or key not in ("", "when")
        if _TRS_RECORD.match(stripped) or _RECORD_HEADING.match(stripped):
            out.append(RULE)
        elif found is None:
            out.append(_COMPACT_DATE.sub(r"\1\2-\3-\4", line))
        elif found[0] in _BODY_KEYS or found[0] in _CAPTION_KEYS:
            out.append(found[1])
        elif found[1] and found[0] not in _DROPPED_KEYS and export_key(found[0]):
            out.append(_COMPACT_DATE.sub(r"\1\2-\3-\4", f"{found[0]}：{found[1]}"))
    return "\n".join(out)


def _closed_key(key: re.Match[str]) -> str:
    """A spaced field key closed up (``正　　文`` → ``正文``) when the export vocabulary
    knows it; any other spaced words as they are."""
    closed = re.sub(r"[ \u3000]", "", key[2])
    known = closed in _BODY_KEYS or closed in _CAPTION_KEYS or export_key(closed)
    return key[1] + closed if known else key[0]


def _fields_apart(line: str) -> str:
    """A record's line of bracketed fields (``【版次】第05版：文体　【日期】20250520``)
    as one line a field, when each later key is the export vocabulary's."""
    if not _BRACKETED_FIELD.match(line.strip()):
        return line
    later = list(_LATER_BRACKETED_FIELD.finditer(line))
    if not later or not all(_field(f"【{key[1]}】") for key in later):
        return line
    return _LATER_BRACKETED_FIELD.sub("\n", line)


def _titled(line: str) -> bool:
    """A CMS record's title field: 标题：…, 文章标题：…."""
    key, colon, _ = line.strip().replace(":", "：").partition("：")
    return bool(colon) and export_key(key) == "title"


def _field(line: str) -> tuple[str, str] | None:
    """The (key, value) a record's field line holds, or ``None`` for a line of text."""
    if found := _TRS_FIELD.match(line):
        return found[1], found[2].strip()
    found = _BRACKETED_FIELD.match(line) or _BODY_LABEL.match(line)
    if not found:
        return None
    key = found[1]
    if key in _BODY_KEYS or key in _CAPTION_KEYS or key in _DROPPED_KEYS or export_key(key):
        return key, line[found.end() :].strip() if found.re is _BODY_LABEL else found[2].strip()
    return None  # 【案情】…: a court report's label, text


def _enp_fields(properties: re.Match[str]) -> str:
    """A Founder record's properties as field lines after a rule."""
    pairs = {
        name.lower(): html.unescape(value).strip()
        for name, value in _ENP_FIELD.findall(properties[1])
    }
    lines = [
        f"{_ENP_KEYS[name]}：{value}"
        for name, value in pairs.items()
        if name in _ENP_KEYS and value
    ]
    return "\n".join([RULE, *lines, ""])


def _untag(line: re.Match[str]) -> str:
    """A vendor's tagged line as the page's line or field it stands for: the masthead
    or text a tag carries, ``key：value`` for a field named in English, else nothing
    (the scan's file, its OCR engine)."""
    out: list[str] = []
    for tag, value in _TAG.findall(line[0]):
        value = value.strip()
        if tag in _TEXT_TAGS:
            out.append(value)
        elif value and (key := ENGLISH_KEYS.get(tag.lower())):
            out.append(f"{key}：{value}")
    return "\n".join(part for part in out if part)


def _table_records(lines: list[str]) -> list[str]:
    """A delimited table's rows (its header row naming the fields) as records."""
    header = next(
        (
            at
            for at, line in enumerate(lines)
            if ("|" in line or "｜" in line)
            and len(keys := _CELL.split(line.strip().strip("|｜"))) >= 4
            and sum(bool(export_key(key)) for key in keys) >= _HEADER_KEYS
        ),
        None,
    )
    if header is None:
        return lines
    keys = _CELL.split(lines[header].strip().strip("|｜"))
    out = lines[:header]
    for line in lines[header + 1 :]:
        cells = _CELL.split(line.strip().strip("|｜"))
        if len(cells) != len(keys):
            out.append(line)
            continue
        out.append(RULE)
        out += [
            f"{key}：{value}"
            for key, value in zip(keys, cells, strict=True)
            if value and export_key(key)
        ]
    return out
