"""Months of the timeline chart from a date facet tree (no Qt)."""

from __future__ import annotations

from yc_reader.core.search import FacetValue
from yc_reader.core.timeline import month_counts


def month(value: str, count: int) -> FacetValue:
    return FacetValue(value, count, f"date:{value}")


def year(value: str, *months: FacetValue) -> FacetValue:
    return FacetValue(value, sum(m.count for m in months), f"date:{value}", months)


def test_months_oldest_first_with_the_gaps_as_zero() -> None:
    tree = [year("2025", month("2025-01", 2)), year("2024", month("2024-11", 5))]
    bars = month_counts(tree)
    assert [(b.month, b.count) for b in bars] == [("2024-11", 5), ("2024-12", 0), ("2025-01", 2)]
    assert bars[0].term == "date:2024-11" and (bars[0].year, bars[0].number) == (2024, 11)


def test_nothing_dated_to_the_month_no_bars() -> None:
    assert month_counts([]) == []
    assert month_counts([year("2024")]) == []  # dated only to the year


def test_a_stray_far_date_does_not_make_thousands_of_bars() -> None:
    bars = month_counts([year("2024", month("2024-04", 3)), year("0900", month("0900-01", 1))])
    assert [b.month for b in bars] == ["0900-01", "2024-04"]
