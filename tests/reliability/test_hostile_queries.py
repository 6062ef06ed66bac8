"""Hostile queries: FTS5 syntax, unbalanced quotes, SQL, huge and random text.

Every query ends in a result or a ``QueryError`` with a message, never another
exception (``benchmarks/bench_kills.py --queries`` also bounds their time).
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from yc_reader.core.library import Library, QueryError

FIXED = [
    '"',
    '""',
    '"永川',
    '永川"',
    "“永川",
    "「影视",
    '"永川" "',
    "NEAR(",
    "NEAR(永川 影视",
    "NEAR(永川 影视, 2)",
    "*",
    "永川*",
    "**",
    "^",
    "^永川",
    "永川 AND",
    "AND",
    "OR",
    "NOT",
    "永川 OR",
    "OR 永川",
    "永川 OR OR 影视",
    "-",
    "--",
    "-永川",
    "- 永川",
    "(",
    ")",
    "()",
    "(永川",
    "{永川}",
    "[永川]",
    "head:永川",
    "body:永川",
    "fts:永川",
    "rowid:1",
    "title:",
    "title:*",
    'title:"',
    "date:",
    "date:2024-13",
    "date:9999-99-99",
    "date:..",
    "date:2024..2023",
    "bookmarked:maybe",
    "author:",
    "'",
    "'; DROP TABLE articles; --",
    "1' OR '1'='1",
    "永川'); DELETE FROM bookmarks; --",
    "%",
    "_",
    "\\",
    "\x00",
    "永\x00川",
    "\u200f永川\u202e",
    "\ufeff",
    "<script>alert(1)</script>",
    "永" * 10_000,
    "永川 " * 2_000,
    "a" * 10_000,
    " " * 10_000,
    '"' * 10_001,
    "永川" + "\u0301" * 500,
    "𠀀𠀁𠀂",
    "😀永川😀",
    "\t\n\r",
]


@pytest.fixture(scope="module")
def library(tmp_path_factory):
    lib = Library.open(tmp_path_factory.mktemp("hostile"))
    lib.sync_seeds()
    yield lib
    lib.close()


def _run(library: Library, text: str) -> None:
    try:
        result = library.search(text)
        library.search(text, sort="date")
        library.facets(text)
        library.rows(result.ids[:20], result.terms)
    except QueryError as error:
        assert str(error) and error.code


@pytest.mark.parametrize("text", FIXED, ids=lambda t: repr(t[:20]))
def test_fixed_hostile_queries(library, text):
    _run(library, text)


def test_sql_in_a_query_changes_nothing(library):
    before = sorted(library.search("").ids)
    for text in FIXED:
        _run(library, text)
    assert sorted(library.search("").ids) == before


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=st.text(max_size=200))
def test_any_text_is_a_result_or_a_query_error(library, text):
    _run(library, text)


_SYNTAX = st.text(
    alphabet=st.sampled_from(
        list("永川影视区\"“”「」*^():-+{}[],.NEAROANDTtitle:date:authorbookmarked 0123456789\\'")
    ),
    max_size=80,
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=_SYNTAX)
def test_query_syntax_soup_is_a_result_or_a_query_error(library, text):
    _run(library, text)
