"""Running queries: matching ids, ranking, facet counts and snippets.

Facet counts must be instant for tens of thousands of hits, and SQL ``IN``/JOIN
counting is not (165–320 ms for 33k hits here). So the facet fields of every
article are loaded once into per-article maps (the ``Catalog``) and counted in
Python with ``Counter`` over ``map`` (C speed). The catalog is reloaded when the
index's generation changes.
"""

from __future__ import annotations

import re
import sqlite3
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass
from itertools import chain

from yc_reader.core import index
from yc_reader.core.query import (
    Literal,
    Query,
    date_matches,
    field_term,
    fts_phrase,
    words_expression,
)

HIT_START = "\ue000"
HIT_END = "\ue001"
SNIPPET_CHARS = 90
_KEYWORD_FACET_SIZE = 60
_AUTHOR_FACET_SIZE = 100


@dataclass(frozen=True)
class SearchResult:
    """Matching article ids, best first (or newest first); ``terms`` are literal
    strings to highlight."""

    ids: list[str]
    terms: tuple[str, ...]


@dataclass(frozen=True)
class ArticleRow:
    """What one line of the article list shows.

    ``snippet`` is one line with hits wrapped in ``HIT_START`` … ``HIT_END``; the UI
    escapes HTML first, then replaces the markers.
    """

    id: str
    title: str
    kicker: str
    date: str
    section: str
    authors: tuple[str, ...]
    snippet: str
    bookmarked: bool
    read: bool
    source: str = ""
    page: str = ""


@dataclass(frozen=True)
class FacetValue:
    """One sidebar entry: ``term`` is the query fragment that selects it
    (``date:2024-04``, ``section:要闻``, ``author:涂燕``, ``keyword:影视``,
    ``bookmarked:yes``); ``children`` is the next date level."""

    value: str
    label: str
    count: int
    term: str
    children: tuple[FacetValue, ...] = ()


class Catalog:
    """Facet fields of every article, keyed by rowid, plus the date order."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.generation = index.generation(conn)
        self.ids: dict[int, str] = {}
        self.rowid_of: dict[str, int] = {}
        self.date: dict[int, str] = {}
        self.section: dict[int, str] = {}
        self.authors: dict[int, tuple[str, ...]] = {}
        self.keywords: dict[int, tuple[str, ...]] = {}
        split = index.split_list
        for rowid, id_, date, section, authors, keywords in index.catalog_rows(conn):
            self.ids[rowid] = id_
            self.rowid_of[id_] = rowid
            self.date[rowid] = date
            self.section[rowid] = section
            self.authors[rowid] = split(authors) if authors else ()
            self.keywords[rowid] = split(keywords) if keywords else ()
        # Newest first; undated articles last; rowid breaks ties (page order).
        self.by_date: list[int] = sorted(self.ids, key=lambda r: (self.date[r], -r), reverse=True)
        self.date_rank: dict[int, int] = {r: i for i, r in enumerate(self.by_date)}

    def rowids(self, ids: Iterable[str]) -> set[int]:
        get = self.rowid_of.get
        return {r for r in map(get, ids) if r is not None}


class Searcher:
    """Evaluates parsed queries against one connection and a catalog.

    ``bookmarked`` returns the rowids bookmarked now (user data changes without
    the index changing, so it is asked for each query).
    """

    def __init__(
        self,
        conn: sqlite3.Connection,
        catalog: Catalog,
        bookmarked: Callable[[], Collection[int]],
    ) -> None:
        self.conn = conn
        self.catalog = catalog
        self.bookmarked = bookmarked

    def run(self, query: Query, sort: str = "relevance") -> list[int]:
        """Matching rowids, ordered by ``sort`` (``relevance`` or ``date``)."""
        catalog = self.catalog
        positive: list[tuple[Literal, ...]] = []
        negative: list[Literal] = []
        other: list[tuple[Literal, ...]] = []
        for clause in query.clauses:
            if all(lit.is_text and not lit.negated for lit in clause):
                positive.append(clause)
            elif len(clause) == 1 and clause[0].is_text:
                negative.append(clause[0])
            else:
                other.append(clause)
        scores: dict[int, float] | None = None
        if positive:
            expression = " AND ".join(
                "(" + " OR ".join(fts_phrase(lit) for lit in clause) + ")" for clause in positive
            )
            for lit in negative:
                expression = f"({expression}) NOT ({fts_phrase(lit)})"
            scores = dict(
                self.conn.execute(
                    "SELECT rowid, bm25(fts, ?, ?) FROM fts WHERE fts MATCH ?",
                    (index.HEAD_WEIGHT, index.BODY_WEIGHT, expression),
                )
            )
            hits = [r for r in scores if r in catalog.ids]
        else:
            hits = catalog.by_date
            if negative:
                excluded = self._matching(" OR ".join(fts_phrase(lit) for lit in negative))
                hits = [r for r in hits if r not in excluded]
        for clause in other:
            hits = list(filter(self._clause_test(clause), hits))
        if scores is None or sort == "date":
            if scores is not None:
                rank = catalog.date_rank
                hits.sort(key=rank.__getitem__)
            return hits
        word_hits = self._word_hits([c[0] for c in positive if len(c) == 1])
        hits.sort(key=lambda r: (r not in word_hits, scores[r], r))
        return hits

    def _matching(self, expression: str) -> set[int]:
        return {
            r
            for (r,) in self.conn.execute("SELECT rowid FROM fts WHERE fts MATCH ?", (expression,))
        }

    def _word_hits(self, literals: list[Literal]) -> Collection[int]:
        expression = words_expression(literals)
        if expression is None:
            return ()
        return {
            r
            for (r,) in self.conn.execute(
                "SELECT rowid FROM words WHERE words MATCH ?", (expression,)
            )
        }

    def _clause_test(self, clause: tuple[Literal, ...]) -> Callable[[int], bool]:
        """A predicate for an OR-clause of filters and text terms."""
        tests = [self._literal_test(lit) for lit in clause]
        if len(tests) == 1:
            return tests[0]
        return lambda r: any(test(r) for test in tests)

    def _literal_test(self, lit: Literal) -> Callable[[int], bool]:
        catalog = self.catalog
        negated = lit.negated
        if lit.is_text:
            members = self._matching(fts_phrase(lit))
        elif lit.field == "bookmarked":
            members = set(self.bookmarked())
            negated = negated != (lit.value == "no")
        elif lit.field == "date":
            dates, value = catalog.date, lit.value
            return (
                (lambda r: not date_matches(dates[r], value))
                if lit.negated
                else (lambda r: date_matches(dates[r], value))
            )
        else:
            values = {"author": catalog.authors, "keyword": catalog.keywords}.get(lit.field)
            wanted = lit.value
            if values is None:
                sections = catalog.section
                members = {r for r, s in sections.items() if s.lower() == wanted}
            else:
                members = {r for r, vs in values.items() if any(v.lower() == wanted for v in vs)}
        if negated:
            return lambda r: r not in members
        return members.__contains__

    def facets(self, hits: Sequence[int]) -> dict[str, list[FacetValue]]:
        """Counts of each facet value among ``hits``."""
        catalog = self.catalog
        dates = Counter(map(catalog.date.__getitem__, hits))
        sections = Counter(map(catalog.section.__getitem__, hits))
        authors = Counter(chain.from_iterable(map(catalog.authors.__getitem__, hits)))
        keywords = Counter(chain.from_iterable(map(catalog.keywords.__getitem__, hits)))
        marked = set(self.bookmarked())
        bookmarked = len(marked.intersection(hits)) if marked else 0
        return {
            "date": _date_tree(dates),
            "section": [
                FacetValue(s, s, n, field_term("section", s))
                for s, n in sorted(sections.items(), key=lambda item: (-item[1], item[0]))
                if s
            ],
            "keyword": [
                FacetValue(k, k, n, field_term("keyword", k))
                for k, n in keywords.most_common(_KEYWORD_FACET_SIZE)
            ],
            "author": [
                FacetValue(a, a, n, field_term("author", a))
                for a, n in authors.most_common(_AUTHOR_FACET_SIZE)
            ],
            "bookmarked": [
                FacetValue("yes", "已收藏", bookmarked, "bookmarked:yes"),
                FacetValue("no", "未收藏", len(hits) - bookmarked, "bookmarked:no"),
            ],
        }


def _date_tree(days: Counter[str]) -> list[FacetValue]:
    """Year → month → day, newest first, from counts per article date."""
    years: dict[str, dict[str, dict[str, int]]] = {}
    for date, count in days.items():
        if not date:
            continue
        year, month = date[:4], date[:7]
        months = years.setdefault(year, {})
        months.setdefault(month, {})
        if len(date) == 10:
            months[month][date] = months[month].get(date, 0) + count
        else:
            months[month][""] = months[month].get("", 0) + count
    tree = []
    for year in sorted(years, reverse=True):
        month_nodes = []
        for month in sorted(years[year], reverse=True):
            day_counts = years[year][month]
            day_nodes = tuple(
                FacetValue(day, f"{int(day[8:])}日", n, f"date:{day}")
                for day, n in sorted(day_counts.items(), reverse=True)
                if day
            )
            total = sum(day_counts.values())
            label = f"{int(month[5:])}月" if len(month) == 7 else month
            month_nodes.append(FacetValue(month, label, total, f"date:{month}", day_nodes))
        total = sum(node.count for node in month_nodes)
        tree.append(FacetValue(year, f"{year}年", total, f"date:{year}", tuple(month_nodes)))
    return tree


def snippet(text: str, terms: Sequence[str], width: int = SNIPPET_CHARS) -> str:
    """One line of ``text`` around the first hit of ``terms``, hits marked."""
    line = " ".join(text.split())
    pattern = _terms_pattern(terms)
    first = pattern.search(line) if pattern else None
    start = 0
    if first:
        start = max(0, first.start() - width // 4)
    window = line[start : start + width]
    if pattern:
        window = pattern.sub(lambda m: f"{HIT_START}{m.group(0)}{HIT_END}", window)
    prefix = "…" if start else ""
    suffix = "…" if start + width < len(line) else ""
    return f"{prefix}{window}{suffix}"


def _terms_pattern(terms: Sequence[str]) -> re.Pattern[str] | None:
    parts = sorted({t for t in terms if t}, key=len, reverse=True)
    if not parts:
        return None
    return re.compile("|".join(map(re.escape, parts)), re.IGNORECASE)
