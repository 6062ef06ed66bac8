"""Citations: GB/T 7714-2015 references to newspaper articles, and bookmark exports.

One implementation for the reader's "copy citation", the CLI's
``bookmarks export --format`` and the window's bookmark export, so a citation
reads the same wherever a user copies it from.

GB/T 7714 for a newspaper article (type ``[N]``)::

    主要责任者. 题名: 其他题名信息[N]. 报纸名, 出版日期(版次).

Authors are separated by ", "; with more than three, the first three are
followed by ", 等". The date is given as precisely as the page tells it.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass

from yc_reader.core.model import Article

NEWSPAPER = "渝西都市报"
MAX_AUTHORS = 3
"""GB/T 7714 8.1.2: list the first three authors, then 等."""

FORMATS = ("md", "csv", "json")


def page_number(article: Article) -> str:
    """The page's number from ``page`` ("第03版", "A3", "3") for meta lines and citations."""
    match = re.search(r"[A-Za-z]?\d+", article.page)
    if not match:
        return ""
    number = match.group(0)
    return number.lstrip("0") if number.isdigit() else number


def authors_text(authors: Sequence[str]) -> str:
    """Authors joined as GB/T 7714 wants: ``甲, 乙, 丙, 等`` beyond three."""
    shown = ", ".join(authors[:MAX_AUTHORS])
    return shown + (", 等" if len(authors) > MAX_AUTHORS else "")


def full_title(article: Article) -> str:
    """Title plus "other title information" (the subtitle, without its dash), after a colon."""
    other = article.subtitle.lstrip("—－-– ")
    return article.title + (f"：{other}" if other else "")


def citation(article: Article) -> str:
    """A GB/T 7714-2015 reference: ``作者. 题名[N]. 渝西都市报, 2024-04-19(2).``"""
    head = authors_text(article.authors)
    where = NEWSPAPER
    if article.date:
        where += f", {article.date}"
        number = page_number(article)
        if number:
            where += f"({number})"
    return f"{head + '. ' if head else ''}{full_title(article)}[N]. {where}."


@dataclass(frozen=True)
class CitedBookmark:
    """A bookmark with its article, for export. ``article`` is None when the article
    has left the index: the bookmark's remembered title and date are cited then."""

    id: str
    title: str
    date: str
    note: str
    created: str
    article: Article | None

    @property
    def cited(self) -> Article:
        return self.article or Article(source="", title=self.title, date=self.date)

    @property
    def citation(self) -> str:
        return citation(self.cited)


def export_bookmarks(
    bookmarks: Sequence[CitedBookmark], fmt: str, heading: str = "收藏 · YC Reader"
) -> str:
    """Bookmarks with citations as Markdown (``md``, under ``heading``: the window
    passes it in its language), CSV (``csv``) or BibTeX-style JSON (``json``: one
    record per bookmark with BibTeX field names, which reference managers and
    ``bibtexparser`` read)."""
    if fmt == "md":
        return _markdown(bookmarks, heading)
    if fmt == "csv":
        return _csv(bookmarks)
    if fmt == "json":
        return json.dumps([_bibtex_record(b) for b in bookmarks], ensure_ascii=False, indent=1)
    raise ValueError(f"format must be one of {', '.join(FORMATS)}, not {fmt!r}")


def _markdown(bookmarks: Sequence[CitedBookmark], heading: str) -> str:
    lines = [f"# {heading}", ""]
    for number, mark in enumerate(bookmarks, start=1):
        lines.append(f"{number}. {_md_escape(mark.citation)}")
        if mark.note:
            lines.extend(f"   > {_md_escape(line)}" for line in mark.note.splitlines())
    return "\n".join(lines) + "\n"


_MD_SPECIAL = re.compile(r"([\\`*_<>#|])")


def _md_escape(text: str) -> str:
    """Article text is not markup: ``<b>`` or ``*`` in a headline must show as typed
    (brackets stay: ``[N]`` with no link target after it is plain text)."""
    return _MD_SPECIAL.sub(r"\\\1", text)


def _csv(bookmarks: Sequence[CitedBookmark]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["id", "citation", "title", "authors", "date", "page", "note", "bookmarked"])
    for mark in bookmarks:
        article = mark.cited
        writer.writerow(
            [
                mark.id,
                mark.citation,
                full_title(article),
                "; ".join(article.authors),
                article.date,
                page_number(article),
                mark.note,
                mark.created,
            ]
        )
    return out.getvalue()


def _bibtex_record(mark: CitedBookmark) -> dict[str, str]:
    """BibTeX ``@article`` fields (``ENTRYTYPE``/``ID`` as bibtexparser names them)."""
    article = mark.cited
    record = {
        "ENTRYTYPE": "article",
        "ID": f"ycdsb-{mark.id}",
        "title": full_title(article),
        "author": " and ".join(article.authors),
        "journal": NEWSPAPER,
        "date": article.date,
        "year": article.date[:4],
        "month": str(int(article.date[5:7])) if len(article.date) >= 7 else "",
        "pages": page_number(article),
        "note": mark.note,
        "citation": mark.citation,
    }
    return {key: value for key, value in record.items() if value}
