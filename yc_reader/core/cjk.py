"""Character classes of Chinese newspaper text: widths, sentence ends, line joins."""

from __future__ import annotations

import functools
import re
import unicodedata

# Sentence-final marks, half and full width. A line ending with one of these
# (optionally followed by closing quotes/brackets) ends a paragraph or sentence.
SENTENCE_END = frozenset("。！？!?…；;")
CLOSERS = frozenset("”’」』）)】〕》\"'")
CLAUSE_MARKS = frozenset("，,、：:；;")
_CJK_SPACE_CJK = re.compile(r"[\u3400-\u9fff“”《》]{2}[ \u3000]+[\u3400-\u9fff“”《》]{2}")


_FULL_WIDTH_ALNUM = re.compile("[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]")
# What a text with a full-width letter or digit has folded: the block's whole range
# (its marks between, ：？［…, too).
_FULL_WIDTH_RANGE = re.compile("[\uff10-\uff5a]")
_FULL_WIDTH_DIGITS = "０１２３４５６７８９"


def halfwidth(text: str) -> str:
    """Full-width digits and letters (``２０２４年４月２０日``, ``ＡＩ``) as ASCII, so a
    date reads and a token matches either way; text without any is returned as is.
    ``sub`` touches only the few full-width characters, where ``translate`` would
    look every character of a long CJK text up in its table (10× slower)."""
    if not _FULL_WIDTH_ALNUM.search(text):
        return text
    return _FULL_WIDTH_RANGE.sub(lambda found: chr(ord(found.group()) - 0xFEE0), text)


def halfwidth_numbers(text: str) -> str:
    """``halfwidth`` for reading dates and page numbers (``２０２４年４月２０日``,
    ``第Ａ３版``): a page with no full-width digit, nearly every page, is ruled
    out by ten substring scans, far faster than the character-class search."""
    return halfwidth(text) if any(digit in text for digit in _FULL_WIDTH_DIGITS) else text


def is_cjk(ch: str) -> bool:
    """A Han character (the unit search and the no-loss property count)."""
    return (
        "\u3400" <= ch <= "\u9fff"
        or "\U00020000" <= ch <= "\U0002ffff"
        or ("\uf900" <= ch <= "\ufaff")
    )


@functools.cache
def _narrow_class() -> re.Pattern[str]:
    """The characters beyond ASCII, in the Basic Multilingual Plane, that take one
    cell: ranges of them as one character class (built at first need: 12 ms that a
    start which parses nothing does without)."""
    ranges: list[str] = []
    start = None
    for point in range(0x80, 0x10001):
        narrow = (
            point < 0x10000
            and not 0xD800 <= point <= 0xDFFF
            and unicodedata.east_asian_width(chr(point)) not in "WFA"
        )
        if narrow and start is None:
            start = point
        elif not narrow and start is not None:
            ranges.append(f"\\u{start:04x}-\\u{point - 1:04x}")
            start = None
    return re.compile(f"[{''.join(ranges)}]")


def width(text: str) -> int:
    """Display width in half-width cells, as Chinese type sets it.

    Han characters, full-width and ambiguous marks (“”…) take two cells. Counted
    by what takes one (ASCII, and the rare narrow character beyond it) with C-level
    scans: per character, this is the parser's most frequent question.
    """
    if text.isascii():
        return len(text)
    if max(text) > "\uffff":  # beyond the BMP: rare, asked character by character
        return sum(2 if unicodedata.east_asian_width(ch) in "WFA" else 1 for ch in text)
    ascii_count = len(text.encode("ascii", "ignore"))
    return 2 * len(text) - ascii_count - len(_narrow_class().findall(text))


# A quotation's finished sentence, then who said it: …。”——区人大代表 罗斌.
_ATTRIBUTED = re.compile(
    r"[。！？!?][”」』]\s*——\s*[^\s，。！？“”]{1,16}(?:\s[^\s，。！？“”]{1,4})?$"
)


def ends_sentence(text: str) -> bool:
    """True when the text ends a sentence: ``。``, ``！``, ``？`` … maybe inside quotes;
    or a Chinese sentence ends in the ``.`` or ``o`` OCR reads a ``。`` as (…突破了40万元.)."""
    stripped = text.rstrip()
    while stripped and stripped[-1] in CLOSERS:
        stripped = stripped[:-1]
    if not stripped:
        return False
    if stripped[-1] in ".o":
        return len(stripped) > 1 and is_cjk(stripped[-2])
    if stripped[-1] in SENTENCE_END:
        return True
    # “…的底气。”——区人大代表 罗斌: a quotation, then who said it
    return "——" in stripped[-24:] and bool(_ATTRIBUTED.search(stripped))


def has_inner_sentence_end(text: str) -> bool:
    """A full stop inside the line: a sign of running text, never of a headline."""
    core = text.rstrip()
    while core and (core[-1] in SENTENCE_END or core[-1] in CLOSERS):
        core = core[:-1]
    return any(ch in "。！？!?；;" for ch in core)


def has_phrase_space(text: str) -> bool:
    """Two Chinese phrases separated by a space: how headlines are set, not body text."""
    return bool(_CJK_SPACE_CJK.search(text))


def unspaced(text: str) -> str:
    """``text`` with every space gone: how two printings of one text are compared
    (padded names, a title set in two lines)."""
    return "".join(text.split())


def join_wrapped(left: str, right: str) -> str:
    """Join two pieces of one hard-wrapped line: no space between CJK, one between words."""
    if not left:
        return right
    if not right:
        return left
    a, b = left[-1], right[0]
    if (
        a.isascii()
        and b.isascii()
        and (a.isalpha() or b.isalpha())
        and (a.isalnum() or a in ".,;:!?)")
    ):
        return f"{left} {right}"
    return left + right
