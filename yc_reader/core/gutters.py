"""Pages dumped with their columns side by side (``pdftotext -layout``).

Such a dump prints a row of every column on one line, the columns parted by
gutters: positions left blank line after line, rivers of spaces down the page.
Read as it stands, each line would join rows of different columns; read here,
each band of lines that shares its gutters becomes its columns one after
another, left to right, as a reader reads it. A line printed across the
gutters (a headline over its columns, a masthead) stays whole and parts the
band above it from the band below, which may set its columns differently.

Positions are counted both ways a dump may align its columns: by characters
(pdftotext's cells) and by display width (text set for a terminal); the page
is unfolded by whichever finds the gutters.
"""

from __future__ import annotations

import bisect
import statistics
import unicodedata
from collections.abc import Callable

# Rows with text between all the gutters before a band counts as columns, and
# the shortest median row a column of running text has (a table's cells are shorter).
_MIN_ROWS = 3
_MIN_MEDIAN_ROW = 8
_MIN_GAPPED = 0.2  # share of a page's lines with two spaces inside before it is looked at
_MAX_LINES = 10_000  # a whole issue's layout dump is shorter; longer text is no layout
_SPACES = " \u3000\t"
_GAPS = ("  ", "\u3000\u3000", " \u3000", "\u3000 ", "\t")  # two spaces inside a line

Cells = list[tuple[int, int]]
"""A line's printed characters as (first position, last position + 1) each."""
Gutters = list[tuple[int, int]]


def _by_characters(line: str) -> Cells:
    return [(i, i + 1) for i, ch in enumerate(line) if ch not in _SPACES]


def _by_width(line: str) -> Cells:
    cells: Cells = []
    position = 0
    for ch in line:
        step = 2 if unicodedata.east_asian_width(ch) in "WFA" else 1
        if ch not in _SPACES:
            cells.append((position, position + step))
        position += step
    return cells


def _free(row: Cells, extent: int) -> bytearray:
    """1 where the row prints nothing."""
    free = bytearray(b"\x01") * extent
    for start, end in row:
        free[start:end] = bytes(end - start)
    return free


def _gutters(free: bytes, left: int, right: int) -> Gutters:
    """Runs of at least two free positions between ``left`` and ``right``, the
    first and last positions a band prints on: text lies on both sides of each."""
    gutters = []
    position = free.find(b"\x01\x01", left, right)
    while position != -1:
        end = free.find(b"\x00", position, right)
        if end == -1:
            break
        gutters.append((position, end))
        position = free.find(b"\x01\x01", end, right)
    return gutters


def _bands(rows: list[Cells]) -> list[tuple[int, int, Gutters]]:
    """The page cut into bands of lines that share their gutters: (first line,
    line after the last, gutters). A line printed across any of a band's
    gutters, or with gutters where the band has none, starts the next band; so
    does a blank line, a gap a layout leaves between stories, not between
    paragraphs (unless the dump puts one after every line)."""
    extent = max((row[-1][1] for row in rows if row), default=0) + 1
    printed = sum(1 for row in rows if row)
    blank_breaks = len(rows) - printed < 0.8 * printed
    everywhere = int.from_bytes(b"\x01" * extent, "big")
    bands = []
    first = 0
    free, left, right = everywhere, extent, 0  # what the band leaves free, where it prints
    gutters: Gutters = []
    for n, row in enumerate(rows):
        if not row:
            if blank_breaks:
                bands.append((first, n + 1, gutters))
                first, free, left, right, gutters = n + 1, everywhere, extent, 0, []
            continue
        row_free = int.from_bytes(_free(row, extent), "big")
        joined = free & row_free
        wider = min(left, row[0][0]), max(right, row[-1][1])
        shared = _gutters(joined.to_bytes(extent, "big"), *wider)
        own = _gutters(row_free.to_bytes(extent, "big"), row[0][0], row[-1][1])
        # A band's gutters may narrow, never close; lines without gutters (headlines)
        # go on until a row brings gutters.
        if (len(shared) == len(gutters)) if gutters else not own or n == first:
            free, (left, right), gutters = joined, wider, shared
            continue
        bands.append((first, n, gutters))
        first, free, left, right, gutters = n, row_free, row[0][0], row[-1][1], own
    bands.append((first, len(rows), gutters))
    return bands


def _parts(line: str, row: Cells, gutters: Gutters, indent: str) -> list[str]:
    """The line's pieces between the gutters; a piece keeps its inner spaces and
    its indent from its column's edge (an indented row opens a paragraph), each
    position of the indent an ``indent``."""
    edges = [0, *(right for _, right in gutters)]
    pieces = [""] * len(edges)
    ends = list(edges)
    printed = (ch for ch in line if ch not in _SPACES)
    for ch, (start, end) in zip(printed, row, strict=True):
        column = bisect.bisect_right(edges, start) - 1
        space = indent if not pieces[column] else " "
        pieces[column] += space * (start - ends[column]) + ch
        ends[column] = end
    return pieces


def _read_band(band: list[list[str]]) -> list[str]:
    """A band of side-by-side rows, read a column at a time; the blank rows at its
    foot (the gap before the next story) come once, after the last column."""
    foot = len(band)
    while foot and not any(piece.strip() for piece in band[foot - 1]):
        foot -= 1
    rows = band[:foot]
    columns = [row[column] for column in range(len(band[0])) for row in rows]
    return columns + [""] * (len(band) - foot)


def _columns_of(
    lines: list[str], measure: Callable[[str], Cells], indent: str
) -> tuple[list[str], int, int]:
    """The lines with every band of side-by-side running text read a column at a
    time, how many lines were unfolded, and how ragged the columns' left edges
    came out (positions of indent in all: few when the measure is the dump's)."""
    rows = [measure(line.rstrip()) for line in lines]
    out: list[str] = []
    unfolded = ragged = 0
    for first, end, gutters in _bands(rows):
        band = lines[first:end]
        if not gutters or end - first < _MIN_ROWS:
            out += band
            continue
        parts = [
            _parts(line, row, gutters, indent)
            for line, row in zip(band, rows[first:end], strict=True)
        ]
        full = [p for p in parts if all(piece.strip() for piece in p)]
        if len(full) >= _MIN_ROWS and all(
            statistics.median(len(p[column].strip()) for p in full) >= _MIN_MEDIAN_ROW
            for column in range(len(gutters) + 1)
        ):
            out += _read_band(parts)
            unfolded += len(band)
            ragged += sum(len(piece) - len(piece.lstrip(indent)) for p in parts for piece in p)
        else:
            out += band
    return out, unfolded, ragged


def unfold_columns(text: str) -> list[str]:
    """The page's lines, with side-by-side columns read one after another."""
    lines = text.split("\n")
    if len(lines) > _MAX_LINES or not any(gap in text for gap in _GAPS):
        return lines
    printed = [line for line in map(str.strip, lines) if line]
    gapped = sum(1 for line in printed if any(gap in line for gap in _GAPS))
    if gapped < max(_MIN_ROWS, _MIN_GAPPED * len(printed)):
        return lines  # a layout dump has gutters on most of its lines
    # A character's cell is a Han character's room, a width cell half of one.
    by_characters, count, ragged = _columns_of(lines, _by_characters, "\u3000")
    by_width, width_count, width_ragged = _columns_of(lines, _by_width, " ")
    # One Han character's indent is one position by characters, two by width.
    if (width_count, -width_ragged) > (count, -2 * ragged):
        return by_width
    return by_characters
