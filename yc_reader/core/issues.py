"""Browsing by issue, like a 数字报: which days have an issue, the pages of one
issue in order, and the same day in earlier years.

Everything comes from ``Library`` queries (``date:YYYY-MM-DD``), so it needs no
SQL of its own and sees exactly what search sees.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from yc_reader.core.library import ArticleRow, Library

NO_PAGE = ""
"""The page of articles whose page file tells no 第N版: listed after the numbered pages."""


@dataclass(frozen=True)
class IssuePage:
    """One page of an issue: its articles in the order they are printed."""

    page: str
    rows: tuple[ArticleRow, ...]

    @property
    def section(self) -> str:
        """The page's section (版面), from its first article that has one."""
        return next((row.section for row in self.rows if row.section), "")


def issue_days(library: Library) -> dict[str, int]:
    """``{YYYY-MM-DD: articles}`` for every day with an article (an issue)."""
    return {
        day.value: day.count
        for year in library.facets("")["date"]
        for month in year.children
        for day in month.children
    }


def _page_key(page: str) -> tuple[int, int, str]:
    if page.isdigit():
        return (0, int(page), page)
    return (1 if page else 2, 0, page)


def issue(library: Library, day: str) -> list[IssuePage]:
    """The pages of the issue of ``day`` (``YYYY-MM-DD``) in page order, each with its
    articles in print order; [] when there is no issue that day."""
    ids = library.search(f"date:{day}", sort="date").ids  # same day: print order
    pages: dict[str, list[ArticleRow]] = {}
    for row in library.rows(ids):
        if row.date == day:
            pages.setdefault(row.page.lstrip("0") or NO_PAGE, []).append(row)
    return [IssuePage(page, tuple(pages[page])) for page in sorted(pages, key=_page_key)]


def earlier_years(
    library: Library, day: str, days: Mapping[str, int] | None = None
) -> list[tuple[str, list[ArticleRow]]]:
    """历史上的今天: ``(YYYY-MM-DD, articles)`` for the same month and day in earlier
    years, newest year first. ``days`` is ``issue_days(library)`` when known."""
    days = issue_days(library) if days is None else days
    same = sorted((d for d in days if d[4:] == day[4:] and d < day), reverse=True)
    result = []
    for earlier in same:
        rows = [row for page in issue(library, earlier) for row in page.rows]
        if rows:
            result.append((earlier, rows))
    return result
