"""The query language → a parsed query and the FTS5 expressions it needs.

    永川 影视            both terms (AND); each term is found as a substring
    "永川 影视基地"       an exact phrase (spaces and operator words inside are text)
    -广告                exclude
    永川 OR 大足          either (OR binds tighter than the implicit AND)
    title:影视           in the headline fields (kicker, title, subtitle)
    author:涂燕  section:要闻  keyword:影视     exact facet values
    person:常晓勇  place:松溉镇  org:永川区委组织部   named entities (``entities``)
    date:2024  date:2024-04  date:2024-04-01..2024-04-30  (open: 2024-04.. / ..2024)
    bookmarked:yes  bookmarked:no

User text never reaches ``MATCH`` as typed: every term becomes a quoted phrase of
the tokens ``nlp`` makes, so FTS5 syntax in a query is just text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from yc_reader.core import nlp
from yc_reader.core.errors import QueryError

MAX_QUERY_CHARS = 1000
MAX_TERMS = 64
TEXT_FIELDS = ("text", "title")
FILTER_FIELDS = ("author", "section", "keyword", "person", "place", "org", "date", "bookmarked")
_FIELDS = frozenset(TEXT_FIELDS[1:] + FILTER_FIELDS)
_QUOTES = {'"': '"', "“": "”", "„": "“", "「": "」"}
_SPACE = frozenset(" \t\n\r\u3000\u00a0")
_DATE = re.compile(r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$")
_YES = frozenset({"yes", "y", "true", "1", "是", "有"})
_NO = frozenset({"no", "n", "false", "0", "否", "无"})


@dataclass(frozen=True)
class Literal:
    """One term: ``field`` is ``text``, ``title`` or a filter field; ``value`` is what
    the user typed (for dates: ``lo..hi`` normalized, for bookmarked: yes/no)."""

    field: str
    value: str
    negated: bool = False

    @property
    def is_text(self) -> bool:
        return self.field in TEXT_FIELDS


@dataclass(frozen=True)
class Query:
    """A conjunction of clauses; a clause is a disjunction of literals."""

    clauses: tuple[tuple[Literal, ...], ...]

    @property
    def highlight_terms(self) -> tuple[str, ...]:
        """Literal strings to mark in snippets and the reader, longest first."""
        terms = {
            lit.value
            for clause in self.clauses
            for lit in clause
            if lit.is_text and not lit.negated
        }
        return tuple(sorted(terms, key=lambda t: (-len(t), t)))


def parse(text: str) -> Query:
    """Parse a query; raises ``QueryError`` with a short message when it is wrong.

    A blank query is the empty ``Query`` (every article). A term with nothing
    searchable in it (only punctuation) is dropped.
    """
    if len(text) > MAX_QUERY_CHARS:
        raise QueryError("too_long", f"The query is too long (over {MAX_QUERY_CHARS} characters).")
    items = _lex(text)
    clauses: list[list[Literal]] = []
    pending_or = False
    for item in items:
        if item is None:  # OR
            if not clauses or pending_or:
                raise QueryError("dangling_or", "OR needs a term on each side.")
            pending_or = True
            continue
        if pending_or:
            clauses[-1].append(item)
            pending_or = False
        else:
            clauses.append([item])
    if pending_or:
        raise QueryError("dangling_or", "OR needs a term on each side.")
    kept = tuple(
        tuple(lit for lit in clause if lit.field != "text" or _searchable(lit.value))
        for clause in clauses
    )
    kept = tuple(clause for clause in kept if clause)
    if clauses and not kept:
        raise QueryError("empty_term", "Nothing to search for: type words or characters.")
    if sum(len(c) for c in kept) > MAX_TERMS:
        raise QueryError("too_long", f"Too many terms (the limit is {MAX_TERMS}).")
    return Query(kept)


def _searchable(value: str) -> bool:
    return bool(nlp.char_tokens(value))


def _lex(text: str) -> list[Literal | None]:
    """Items of the query: literals, and ``None`` for each OR operator."""
    items: list[Literal | None] = []
    i, n = 0, len(text)
    while i < n:
        if text[i] in _SPACE:
            i += 1
            continue
        start = i
        negated = False
        if text[i] == "-" and i + 1 < n and text[i + 1] not in _SPACE:
            negated = True
            i += 1
        field = "text"
        match = re.match(r"([A-Za-z]+):", text[i:])
        if match and i + match.end() < n and text[i + match.end()] not in _SPACE:
            name = match.group(1).lower()
            if name not in _FIELDS:
                raise QueryError(
                    "bad_field",
                    f'Unknown field "{match.group(1)}:" (fields: title, author, section, '
                    "keyword, person, place, org, date, bookmarked).",
                )
            field = name
            i += match.end()
        quoted = text[i] in _QUOTES
        if quoted:
            close = text.find(_QUOTES[text[i]], i + 1)
            if close < 0:
                raise QueryError("unbalanced_quote", "A quote is not closed.")
            value, i = text[i + 1 : close], close + 1
        else:
            end = i
            while end < n and text[end] not in _SPACE:
                end += 1
            value, i = text[i:end], end
        if not quoted and not negated and field == "text" and value == "OR":
            items.append(None)
            continue
        items.append(_literal(field, value.strip(), negated, text[start:i]))
    return items


def _literal(field: str, value: str, negated: bool, raw: str) -> Literal:
    if not value:
        raise QueryError("empty_term", f'"{raw}" has nothing after the colon.')
    if field == "date":
        value = _date_range(value)
    elif field == "bookmarked":
        lowered = value.lower()
        if lowered not in _YES | _NO:
            raise QueryError("bad_value", "bookmarked: takes yes or no.")
        value = "yes" if lowered in _YES else "no"
    elif field == "title" and not _searchable(value):
        raise QueryError("empty_term", f'"{raw}" has nothing to search for.')
    elif field in ("author", "section", "keyword", "person", "place", "org"):
        value = nlp.normalize(value)
    return Literal(field, value, negated)


def _date_range(value: str) -> str:
    """``2024``, ``2024-04``, ``2024-04-01``, ``A..B``, ``A..``, ``..B`` → ``lo..hi``."""
    lo, sep, hi = value.partition("..")
    if not sep:
        hi = lo
    lo, hi = _date_bound(lo, value), _date_bound(hi, value)
    if lo and hi and lo[: len(hi)] > hi:
        raise QueryError("bad_date", f"date:{value} ends before it starts.")
    if not lo and not hi:
        raise QueryError("bad_date", "date: needs a date like 2024, 2024-04 or 2024-04-01.")
    return f"{lo}..{hi}"


def _date_bound(part: str, whole: str) -> str:
    if not part:
        return ""
    match = _DATE.match(part)
    message = f"date:{whole} is not a date (write 2024, 2024-04, 2024-04-01 or A..B)."
    if not match:
        raise QueryError("bad_date", message)
    year, month, day = match.groups()
    if month is None:
        return year
    if not 1 <= int(month) <= 12:
        raise QueryError("bad_date", message)
    if day is None:
        return f"{year}-{int(month):02d}"
    if not 1 <= int(day) <= 31:
        raise QueryError("bad_date", message)
    return f"{year}-{int(month):02d}-{int(day):02d}"


def date_matches(date: str, value: str) -> bool:
    """Whether an article date (``YYYY-MM-DD``, ``YYYY-MM`` or ``""``) is in ``lo..hi``.

    A bound is compared at its own precision, so ``2024-04`` is inside
    ``date:2024`` and a month-only date is outside a day range it cannot prove.
    """
    if not date:
        return False
    lo, _, hi = value.partition("..")
    return (not lo or date[: len(lo)] >= lo) and (not hi or date[: len(hi)] <= hi)


def fts_phrase(literal: Literal, *, column_filter: bool = True) -> str:
    """The FTS5 expression of a text or title literal: a quoted token phrase,
    limited to the ``head`` column for ``title:`` unless ``column_filter`` is off
    (for the headline-only table)."""
    tokens, prefix = nlp.phrase_tokens(literal.value)
    phrase = '"' + " ".join(tokens) + '"' + (" *" if prefix else "")
    return f"head : {phrase}" if literal.field == "title" and column_filter else phrase


def words_expression(literals: list[Literal]) -> str | None:
    """The ``words`` MATCH that holds when each term that is one jieba word occurs
    as a word of the article (the word-match ranking signal), or None when no
    term is a single word (川区 never is: any match of it is accidental)."""
    words = set()
    for lit in literals:
        tokens = nlp.query_words(lit.value)
        if len(tokens) == 1:
            words.add(tokens[0])
    return " AND ".join(f'"{w}"' for w in sorted(words)) or None


def field_term(field: str, value: str) -> str:
    """The query fragment that selects ``value`` of ``field`` (quoted when needed)."""
    if any(ch in _SPACE or ch in _QUOTES for ch in value) or value.startswith("-"):
        return f'{field}:"{value}"'
    return f"{field}:{value}"
