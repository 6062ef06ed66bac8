"""Articles per month for a timeline chart, from the date facet already counted.

The window draws the chart; this turns the facet's year → month → day tree into
one bar per calendar month, oldest first, with the months between that have no
article as empty bars, so the chart's axis is time and gaps show as gaps.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from yc_reader.core.search import FacetValue

MAX_MONTHS = 1200
"""A span wider than this (a stray date in year 1900) is not padded month by month."""


@dataclass(frozen=True)
class MonthCount:
    """One bar: ``month`` is ``YYYY-MM``, ``term`` the query term that selects it."""

    month: str
    count: int

    @property
    def year(self) -> int:
        return int(self.month[:4])

    @property
    def number(self) -> int:
        """The month of the year, 1–12."""
        return int(self.month[5:7])

    @property
    def term(self) -> str:
        return f"date:{self.month}"


def month_counts(date_facet: Sequence[FacetValue]) -> list[MonthCount]:
    """One ``MonthCount`` a month from the first to the last month of the date facet
    (``Library.facets(query)["date"]``), oldest first; months without articles
    count 0. Articles dated only to the year have no month and are left out."""
    counts = {
        month.value: month.count
        for year in date_facet
        for month in year.children
        if len(month.value) == 7
    }
    if not counts:
        return []
    first, last = min(counts), max(counts)
    months = _months_between(first, last)
    if len(months) > MAX_MONTHS:
        months = sorted(counts)
    return [MonthCount(month, counts.get(month, 0)) for month in months]


def _months_between(first: str, last: str) -> list[str]:
    year, month = int(first[:4]), int(first[5:7])
    end = (int(last[:4]), int(last[5:7]))
    months = []
    while (year, month) <= end and len(months) <= MAX_MONTHS:
        months.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months
