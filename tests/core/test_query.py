"""The query language: parsing, errors, fields, hostile input."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from yc_reader.core.library import Library, QueryError
from yc_reader.core.query import Literal, date_matches, parse
from yc_reader.core.search import facet_label

PAGES = {
    "2024-04-20_p2.md": """2024年4月20日 星期六 第2版 要闻

## 永川影视基地开工

本报讯（渝西都市报记者 涂燕）永川科技影视基地二期开工。

## 茶山竹海迎来游客

本报讯（渝西都市报记者 钟梅）茶山竹海景区游客量上升，影视剧组也来取景。
""",
    "2023-03-01_p1.md": """2023年3月1日 星期三 第1版 经济

## 大足石刻文创走红

本报讯（渝西都市报记者 涂燕）大足石刻文创产品走红。
""",
}


@pytest.fixture(scope="module")
def library(tmp_path_factory):
    root = tmp_path_factory.mktemp("query")
    for name, text in PAGES.items():
        (root / name).write_text(text, encoding="utf-8")
    lib = Library.open(root / "data")
    lib.import_paths([root / name for name in PAGES])
    yield lib
    lib.close()


def _titles(library: Library, query: str) -> set[str]:
    return {row.title for row in library.rows(library.search(query).ids)}


def test_parse_structure():
    query = parse('永川 "影视 基地" -广告 大足 OR 荣昌 title:茶山 date:2024-04')
    assert query.clauses == (
        (Literal("text", "永川"),),
        (Literal("text", "影视 基地"),),
        (Literal("text", "广告", negated=True),),
        (Literal("text", "大足"), Literal("text", "荣昌")),
        (Literal("title", "茶山"),),
        (Literal("date", "2024-04..2024-04"),),
    )
    assert parse("“永川 影视”").clauses == ((Literal("text", "永川 影视"),),)
    assert parse("").clauses == ()


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ('"永川', "unbalanced_quote"),
        ("foo:bar", "bad_field"),
        ("date:2024-13", "bad_date"),
        ("date:2024-05..2024-04", "bad_date"),
        ("date:昨天", "bad_date"),
        ("bookmarked:maybe", "bad_value"),
        ("OR 永川", "dangling_or"),
        ("永川 OR", "dangling_or"),
        ("* + ( )", "empty_term"),
        ("永" * 1001, "too_long"),
    ],
)
def test_errors_have_codes_and_messages(text, code):
    with pytest.raises(QueryError) as error:
        parse(text)
    assert error.value.code == code
    assert 5 < len(str(error.value)) < 120


def test_date_ranges():
    assert date_matches("2024-04-20", "2024..2024")
    assert date_matches("2024-04", "2024..2024")
    assert not date_matches("2024-04", "2024-04-01..2024-04-30")
    assert date_matches("2024-04-30", "2024-04-01..2024-04-30")
    assert date_matches("2025-01-01", "2024-06..")
    assert not date_matches("", "..2030")


def test_fields_filter(library):
    assert _titles(library, "date:2024") == {"永川影视基地开工", "茶山竹海迎来游客"}
    assert _titles(library, "date:2023-03-01..2023-03-31") == {"大足石刻文创走红"}
    assert _titles(library, "author:涂燕") == {"永川影视基地开工", "大足石刻文创走红"}
    assert _titles(library, "section:经济") == {"大足石刻文创走红"}
    assert _titles(library, "title:影视") == {"永川影视基地开工"}
    assert _titles(library, "影视") == {"永川影视基地开工", "茶山竹海迎来游客"}
    assert _titles(library, "影视 -title:影视") == {"茶山竹海迎来游客"}
    assert _titles(library, "影视 OR author:涂燕") == {
        "永川影视基地开工",
        "茶山竹海迎来游客",
        "大足石刻文创走红",
    }


def test_facet_terms_select_their_counts(library):
    """Every facet term, used as a query, gives exactly its count."""
    facets = library.facets("")
    values = [v for name in ("section", "author", "keyword", "bookmarked") for v in facets[name]]
    values += [node for year in facets["date"] for node in (year, *year.children)]
    assert facets["date"][0].value == "2024"
    for value in values:
        assert len(library.search(value.term).ids) == value.count, value.term
    combined = library.facets("影视 date:2024")
    assert sum(s.count for s in combined["section"]) == 2


def test_chinese_facet_labels_for_the_cli():
    assert facet_label("date", "2024") == "2024年"
    assert facet_label("date", "2024-04") == "4月"
    assert facet_label("date", "2024-04-09") == "9日"
    assert facet_label("bookmarked", "yes") == "已收藏"
    assert facet_label("bookmarked", "no") == "未收藏"
    assert facet_label("section", "要闻") == "要闻"


def test_bookmarked_filter_follows_user_data(library):
    (id_,) = library.search("大足").ids
    library.set_bookmark(id_, True)
    assert library.search("bookmarked:yes").ids == [id_]
    assert id_ not in library.search("bookmarked:no").ids
    assert library.facets("")["bookmarked"][0].count == 1
    library.set_bookmark(id_, False)
    assert library.search("bookmarked:yes").ids == []


def test_snippets_mark_hits(library):
    result = library.search("游客")
    (row,) = library.rows(result.ids, result.terms)
    assert "\ue000游客\ue001" in row.snippet and "\n" not in row.snippet


def test_date_sort_is_newest_first(library):
    dates = [row.date for row in library.rows(library.search("", sort="date").ids)]
    assert dates == sorted(dates, reverse=True)


_HOSTILE = st.text(
    alphabet=st.sampled_from(list("永川影视\"*^():-+{}[]NEAR OR AND NOT'\\;%_\x00\u200f<>")),
    max_size=60,
)


@settings(max_examples=400, deadline=None)
@given(text=_HOSTILE)
def test_hostile_queries_give_results_or_a_query_error(library, text):
    try:
        library.search(text)
        library.facets(text)
    except QueryError as error:
        assert str(error)


@pytest.mark.parametrize(
    "text",
    ["NEAR(永川 影视)", "永川*", "^影视", "'; DROP TABLE articles; --", "影视 AND", "col:x"],
)
def test_fts_syntax_is_just_text(library, text):
    try:
        library.search(text)
    except QueryError as error:
        assert error.code == "bad_field"


def test_facets_list_only_values_present_in_the_result(library):
    facets = library.facets("大足")
    assert [year.value for year in facets["date"]] == ["2023"]
    assert [s.value for s in facets["section"]] == ["经济"]
    assert all(value.count > 0 for name in ("author", "keyword") for value in facets[name])
