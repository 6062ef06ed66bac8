"""Facet terms and typed terms are one query: adding, refining and removing them."""

from __future__ import annotations

from yc_reader.ui.widgets.search_bar import filter_terms, query_terms, with_term, without_term


def test_terms_split_on_spaces_but_not_inside_quotes() -> None:
    assert query_terms('永川  "科技 影视"\u3000section:要闻') == [
        "永川",
        '"科技 影视"',
        "section:要闻",
    ]
    assert query_terms("") == []


def test_filter_terms_are_the_field_terms() -> None:
    assert filter_terms("永川 date:2024 -section:体育 foo:bar") == ["date:2024", "-section:体育"]


def test_adding_a_term_appends_it_once() -> None:
    assert with_term("永川", "section:要闻") == "永川 section:要闻"
    assert with_term("永川 section:要闻", "section:要闻") == "永川 section:要闻"
    assert with_term("", "author:涂燕") == "author:涂燕"


def test_a_date_term_replaces_the_one_it_refines() -> None:
    assert with_term("永川 date:2024", "date:2024-04") == "永川 date:2024-04"
    assert with_term("date:2024-04", "date:2024-04-18") == "date:2024-04-18"
    assert with_term("date:2024-04-18", "date:2024") == "date:2024"


def test_removing_a_term_keeps_the_rest() -> None:
    assert without_term("永川 date:2024 影视", "date:2024") == "永川 影视"
