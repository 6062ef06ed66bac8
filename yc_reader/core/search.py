"""Running queries: matching ids, ranking, facet counts and snippets.

Facet counts must be instant for tens of thousands of hits, and SQL ``IN``/JOIN
counting is not (165–320 ms for 33k hits here). So the facet fields of every
article are loaded once into arrays of codes (the ``Catalog``) and counted with
numpy ``bincount``; matching rowids come from SQLite as one ``group_concat``
string, not a row each. The catalog is reloaded when the index's generation
changes.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass
from itertools import chain

import numpy as np

from yc_reader.core import entities, index, pinyin
from yc_reader.core.entities import Entities
from yc_reader.core.nlp import KEYWORDS_PER_ARTICLE
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
BM25_LIMIT = 10_000
_MAX_AUTHORS = 6
_KEYWORD_FACET_SIZE = 60
_AUTHOR_FACET_SIZE = 100
_ENTITY_FACET_SIZE = 60


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
    ``bookmarked:yes``); ``children`` is the next date level.

    No display label: a date (``2024``, ``2024-04``, ``2024-04-19``) or a
    bookmark state (``yes``, ``no``) is shown in the UI's language, which the
    window makes with Qt's translations; ``facet_label`` gives the Chinese one.
    """

    value: str
    count: int
    term: str
    children: tuple[FacetValue, ...] = ()


_BOOKMARKED_LABELS = {"yes": "已收藏", "no": "未收藏"}


def facet_label(facet: str, value: str) -> str:
    """The Chinese label of ``value`` in ``facet`` (for the CLI; the window
    translates its own): ``2024年``, ``4月``, ``19日``, ``已收藏``; other
    facets' values are their own labels."""
    if facet == "bookmarked":
        return _BOOKMARKED_LABELS.get(value, value)
    if facet == "date":
        if len(value) == 4:
            return f"{value}年"
        if len(value) == 7:
            return f"{int(value[5:])}月"
        if len(value) == 10:
            return f"{int(value[8:])}日"
    return value


class _Values:
    """Distinct strings of one facet field, and each article's codes into them."""

    def __init__(self, per_article: Sequence[tuple[str, ...]], width: int) -> None:
        # Built with C-level map/chain and numpy, not a Python loop per value:
        # 100k articles have ~1M facet values in all, loaded at every index change.
        if max(map(len, per_article), default=0) > width:
            per_article = [values[:width] for values in per_article]
        lengths = np.fromiter(map(len, per_article), dtype=np.int64, count=len(per_article))
        flat = list(chain.from_iterable(per_article))
        self.values = list(dict.fromkeys(flat))
        number = {value: code for code, value in enumerate(self.values)}
        codes = np.fromiter(map(number.__getitem__, flat), dtype=np.int32, count=len(flat))
        starts = np.repeat(np.cumsum(lengths) - lengths, lengths)
        self.matrix = np.full((len(per_article), max(1, width)), -1, dtype=np.int32)
        self.matrix[
            np.repeat(np.arange(len(per_article)), lengths), np.arange(len(flat)) - starts
        ] = codes
        self._lowered: dict[str, list[int]] = {}
        for value, code in number.items():
            self._lowered.setdefault(value.lower(), []).append(code)

    def counts(self, hits: np.ndarray) -> np.ndarray:
        codes = self.matrix[hits].ravel()
        return np.bincount(codes[codes >= 0], minlength=len(self.values))

    def mask(self, wanted: str) -> np.ndarray:
        """Articles having ``wanted`` (compared case-folded) among their values."""
        codes = self._lowered.get(wanted, [])
        return np.isin(self.matrix, codes).any(axis=1)


class Catalog:
    """Facet fields of every article as arrays, in date order (newest first).

    A catalog index is an article's position in that order, so sorting hits by
    date is sorting their indexes; ``position`` maps rowids to indexes.
    """

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.generation = index.generation(conn)
        rows = index.catalog_rows(conn).fetchall()
        # Newest first; undated articles last; rowid (page order) breaks ties.
        rows.sort(key=lambda row: (row[2], -row[0]), reverse=True)
        self.size = len(rows)
        rowids = np.fromiter((row[0] for row in rows), dtype=np.int64, count=self.size)
        self.position = np.full(int(rowids.max(initial=0)) + 1, -1, dtype=np.int64)
        self.position[rowids] = np.arange(self.size)
        self.ids = np.array([row[1] for row in rows], dtype=object)
        self.index_of_id = {row[1]: i for i, row in enumerate(rows)}
        self.dates = _Values([(row[2],) for row in rows], 1)
        self.sections = _Values([(row[3],) for row in rows], 1)
        split = index.split_list
        self.authors = _Values([split(row[4]) for row in rows], _MAX_AUTHORS)
        self.keywords = _Values([split(row[5]) for row in rows], KEYWORDS_PER_ARTICLE)
        named = [Entities.from_items(split(row[6])) for row in rows]
        self.entities = {
            kind: _Values([e.of(kind) for e in named], entities.PER_ARTICLE)
            for kind in entities.KINDS
        }

    def indexes(self, rowids: np.ndarray) -> np.ndarray:
        """Catalog indexes of ``rowids`` (rowids the catalog does not know dropped)."""
        rowids = rowids[rowids < len(self.position)]
        found = self.position[rowids]
        return found[found >= 0]

    def mask_of_ids(self, ids: Iterable[str]) -> np.ndarray:
        mask = np.zeros(self.size, dtype=bool)
        get = self.index_of_id.get
        mask[[i for i in map(get, ids) if i is not None]] = True
        return mask


class Searcher:
    """Evaluates parsed queries against one connection and a catalog.

    ``bookmarked`` returns the ids bookmarked now (user data changes without the
    index changing, so it is asked for each query).
    """

    def __init__(
        self,
        conn: sqlite3.Connection,
        catalog: Catalog,
        bookmarked: Callable[[], Collection[str]],
    ) -> None:
        self.conn = conn
        self.catalog = catalog
        self.bookmarked = bookmarked

    def run(self, query: Query, sort: str = "relevance") -> np.ndarray:
        """Catalog indexes of the matching articles, ordered by ``sort``.

        Relevance: up to ``BM25_LIMIT`` hits, word matches first, then FTS5 bm25
        with headline fields weighted ``HEAD_WEIGHT``. Above that, a term is in so
        many articles that bm25's IDF is ~0 and scoring every hit costs more
        than the window's budget: hits are ordered by headline match, then word
        match, then date. Without text terms (filters only), newest first.
        """
        catalog = self.catalog
        positive: list[tuple[Literal, ...]] = []
        negative: list[Literal] = []
        other: list[tuple[Literal, ...]] = []
        for clause in query.clauses:
            if any(_pinyin_literal(lit) for lit in clause):
                other.append(clause)  # matched by mask: text OR pinyin keys
            elif all(lit.is_text and not lit.negated for lit in clause):
                positive.append(clause)
            elif len(clause) == 1 and clause[0].is_text:
                negative.append(clause[0])
            else:
                other.append(clause)
        expression = ""
        if positive:
            expression = " AND ".join(
                "(" + " OR ".join(fts_phrase(lit) for lit in clause) + ")" for clause in positive
            )
            for lit in negative:
                expression = f"({expression}) NOT ({fts_phrase(lit)})"
            hits = np.sort(catalog.indexes(self._rowids("fts", expression)))
        else:
            hits = np.arange(catalog.size)
            if negative:
                excluded = " OR ".join(fts_phrase(lit) for lit in negative)
                hits = hits[~self._mask("fts", excluded)]
        for clause in other:
            hits = hits[self._clause_mask(clause)[hits]]
        if not positive or sort == "date" or len(hits) == 0:
            return hits
        single_words = [c[0] for c in positive if len(c) == 1]
        word = self._word_mask(single_words)[hits]
        if len(hits) <= BM25_LIMIT:
            rows = self.conn.execute(
                "SELECT rowid, bm25(fts, ?, ?) FROM fts WHERE fts MATCH ?",
                (index.HEAD_WEIGHT, index.BODY_WEIGHT, expression),
            ).fetchall()
            scores = np.zeros(catalog.size)
            if rows:
                found = np.array(rows)
                rowids = found[:, 0].astype(np.int64)
                known = rowids < len(catalog.position)
                positions = catalog.position[rowids[known]]
                scores[positions[positions >= 0]] = found[known, 1][positions >= 0]
            order = np.lexsort((hits, scores[hits], ~word))
        else:
            head = self._mask(
                "heads", " OR ".join(fts_phrase(lit, column_filter=False) for lit in single_words)
            )
            order = np.lexsort((hits, ~word, ~head[hits]))
        return hits[order]

    def _rowids(self, table: str, expression: str) -> np.ndarray:
        """Rowids matching ``expression`` in ``table``, fetched as one string (fast)."""
        joined = self.conn.execute(
            f"SELECT group_concat(rowid) FROM {table} WHERE {table} MATCH ?", (expression,)
        ).fetchone()[0]
        if not joined:
            return np.zeros(0, dtype=np.int64)
        return np.fromstring(joined, dtype=np.int64, sep=",")

    def _mask(self, table: str, expression: str) -> np.ndarray:
        mask = np.zeros(self.catalog.size, dtype=bool)
        if expression:
            mask[self.catalog.indexes(self._rowids(table, expression))] = True
        return mask

    def _word_mask(self, literals: list[Literal]) -> np.ndarray:
        """Articles where every single-word term is a jieba word of the article."""
        expression = words_expression(literals)
        if expression is None:
            return np.zeros(self.catalog.size, dtype=bool)
        return self._mask("words", expression)

    def _clause_mask(self, clause: tuple[Literal, ...]) -> np.ndarray:
        """Articles satisfying an OR-clause of filters and text terms."""
        mask = np.zeros(self.catalog.size, dtype=bool)
        for lit in clause:
            mask |= self._literal_mask(lit)
        return mask

    def _literal_mask(self, lit: Literal) -> np.ndarray:
        catalog = self.catalog
        negated = lit.negated
        if lit.is_text:
            mask = self._mask("fts", fts_phrase(lit))
            if _pinyin_literal(lit):
                mask |= self._mask("pinyin", pinyin.fts_prefix(lit.value))
        elif lit.field == "bookmarked":
            mask = catalog.mask_of_ids(self.bookmarked())
            negated = negated != (lit.value == "no")
        elif lit.field == "date":
            ok = np.array([date_matches(d, lit.value) for d in catalog.dates.values], dtype=bool)
            mask = ok[catalog.dates.matrix[:, 0]] if len(ok) else np.zeros(catalog.size, bool)
        else:
            values = {
                "author": catalog.authors,
                "keyword": catalog.keywords,
                "section": catalog.sections,
                **catalog.entities,
            }[lit.field]
            mask = values.mask(lit.value)
        return ~mask if negated else mask

    def facets(self, hits: np.ndarray) -> dict[str, list[FacetValue]]:
        """Counts of each facet value among ``hits``."""
        catalog = self.catalog
        date_counts = catalog.dates.counts(hits)
        dates = {catalog.dates.values[c]: int(date_counts[c]) for c in np.flatnonzero(date_counts)}
        marked = catalog.mask_of_ids(self.bookmarked())
        bookmarked = int(marked[hits].sum())
        return {
            "date": _date_tree(dates),
            "section": [
                FacetValue(s, n, field_term("section", s))
                for s, n in _top(catalog.sections, hits, len(catalog.sections.values))
                if s
            ],
            "keyword": [
                FacetValue(k, n, field_term("keyword", k))
                for k, n in _top(catalog.keywords, hits, _KEYWORD_FACET_SIZE)
            ],
            "author": [
                FacetValue(a, n, field_term("author", a))
                for a, n in _top(catalog.authors, hits, _AUTHOR_FACET_SIZE)
            ],
            **{
                kind: [
                    FacetValue(name, n, field_term(kind, name))
                    for name, n in _top(catalog.entities[kind], hits, _ENTITY_FACET_SIZE)
                ]
                for kind in entities.KINDS
            },
            "bookmarked": [
                FacetValue("yes", bookmarked, "bookmarked:yes"),
                FacetValue("no", len(hits) - bookmarked, "bookmarked:no"),
            ],
        }


def _pinyin_literal(lit: Literal) -> bool:
    """A plain-text term of letters only: it may be pinyin (see ``core.pinyin``)."""
    return lit.field == "text" and pinyin.is_pinyin_term(lit.value)


def _top(values: _Values, hits: np.ndarray, limit: int) -> list[tuple[str, int]]:
    """The ``limit`` most frequent values among ``hits``: count desc, then value."""
    counts = values.counts(hits)
    present = np.flatnonzero(counts)
    if len(present) > limit:  # keep the top counts (all ties at the cut) before sorting
        cut = np.partition(counts[present], len(present) - limit)[len(present) - limit]
        present = present[counts[present] >= cut]
    ranked = sorted((-int(counts[c]), values.values[c]) for c in present)[:limit]
    return [(value, -count) for count, value in ranked]


def _date_tree(days: dict[str, int]) -> list[FacetValue]:
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
                FacetValue(day, n, f"date:{day}")
                for day, n in sorted(day_counts.items(), reverse=True)
                if day
            )
            total = sum(day_counts.values())
            month_nodes.append(FacetValue(month, total, f"date:{month}", day_nodes))
        total = sum(node.count for node in month_nodes)
        tree.append(FacetValue(year, total, f"date:{year}", tuple(month_nodes)))
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
