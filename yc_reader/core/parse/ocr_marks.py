"""What a scan's OCR prints beside the page's text: line numbers down the margin
(``001 ``, ``001  ``, `` 6|``, ``17\\t``), each line's position on the scan (``[0086,0212] ``),
and the frame's rules read as glyphs (a line of ``|``, ``丨``, ``l``, ``■``).

None of it is text. Numbers and positions are taken off only where they run down
the page, most lines carrying one and the numbers counting up, so a list's
``1 号楼`` or a date's ``2023 年`` at a line's start is never one.
"""

from __future__ import annotations

import itertools
import re

# A line's number in the margin, set off by a space, a tab or a bar.
_LINE_NUMBER = re.compile(r"^[ \t]*(\d{1,4})(?:[ \t]*[|｜丨:：][ \t]?|\t[ \t]*| {1,3}(?! ))")
# Where the line stands on the scan: [0086,0212].
_POSITION = re.compile(r"^[ \t]*\[\d{2,5}\s?,\s?\d{2,5}\][ \t]?")
# A line of the frame alone: | / 丨 / l / ■ / ■■■■■■ / ■ ■.
_FRAME_LINE = re.compile(r"^[ \t]*(?:[|丨│┃l■□][ \t]*)+$")
# A frame's glyph before a line's first word: l 红炉镇… / | 本报讯….
_FRAME_BEFORE = re.compile(r"^([ \t]*)(?:[|丨│┃]|l(?= ))[ \t]*(?=[\u4e00-\u9fff（(“])")
# Most of a page's printed lines must carry a mark for it to be the scan's.
_SHARE = 0.6
_LEAST_LINES = 5
_FRAME_SIGNS = ("|", "丨", "│", "┃", "■", "□", "l")


def strip_ocr_marks(text: str) -> str:
    """``text`` without its margin's line numbers, its scan positions and its
    frame's glyphs; a page without them comes back as it is."""
    lines = text.split("\n")
    # (marks that run down the page show on its first printed lines: most pages are
    # let go after those)
    first = list(itertools.islice((line for line in lines if line.strip()), _LEAST_LINES))
    if len(first) < _LEAST_LINES:
        return text
    numbered = any(_LINE_NUMBER.match(line) for line in first)
    placed = "[" in text and any(_POSITION.match(line) for line in first)
    framed = any(sign in text for sign in _FRAME_SIGNS)
    if not (numbered or placed or framed):
        return text
    printed = [n for n, line in enumerate(lines) if line.strip()]
    if numbered and _counts_up(lines, printed):
        lines = [_LINE_NUMBER.sub("", line, count=1) for line in lines]
    if placed and _marked(lines, printed, _POSITION):
        lines = [_POSITION.sub("", line, count=1) for line in lines]
    if framed:
        lines = [_unframed(line) for line in lines]
    return "\n".join(lines)


def _marked(lines: list[str], printed: list[int], mark: re.Pattern[str]) -> bool:
    return sum(1 for n in printed if mark.match(lines[n])) >= len(printed) * _SHARE


def _counts_up(lines: list[str], printed: list[int]) -> bool:
    """Most printed lines start with a number, and one number follows another by
    one (blank lines numbered or not)."""
    numbers = [int(found[1]) for n in printed if (found := _LINE_NUMBER.match(lines[n]))]
    if len(numbers) < max(_LEAST_LINES, len(printed) * _SHARE):
        return False
    steps = sum(1 for a, b in itertools.pairwise(numbers) if 0 < b - a <= 2)
    return steps >= (len(numbers) - 1) * 0.8


def _unframed(line: str) -> str:
    if _FRAME_LINE.match(line):
        return ""
    if line.lstrip()[:1] in ("|", "丨", "│", "┃", "l") and not line.rstrip().endswith("|"):
        return _FRAME_BEFORE.sub(r"\1", line, count=1)
    return line
