"""Pinyin search: full pinyin and initials find headline words and entity names;
Chinese queries are exactly what they were without it."""

from __future__ import annotations

import pytest

from yc_reader.core import search
from yc_reader.core.library import Library
from yc_reader.core.pinyin import is_pinyin_term, keys, word_keys


def test_keys_of_words() -> None:
    assert word_keys("永川区") == ("yongchuanqu", "ycq")
    assert word_keys("永") == () and word_keys("AI") == ()
    assert keys(["永川", "永川区", "永川"]) == "yongchuan yc yongchuanqu ycq"


def test_only_letter_terms_are_pinyin() -> None:
    assert is_pinyin_term("yongchuan") and is_pinyin_term("YCQ")
    assert not is_pinyin_term("yc")  # too short: two initials match too much
    assert not is_pinyin_term("永川") and not is_pinyin_term("5g") and not is_pinyin_term("a-b")


def _titles(library: Library, query: str) -> list[str]:
    return [library.article(i).article.title for i in library.search(query).ids]


def test_full_pinyin_and_initials_find_yongchuan(seeds_library: Library) -> None:
    in_headline = set(seeds_library.search("title:永川").ids)
    assert in_headline
    assert in_headline <= set(seeds_library.search("yongchuan").ids)
    assert set(seeds_library.search("place:永川区").ids) <= set(seeds_library.search("ycq").ids)
    assert set(seeds_library.search("YongChuan").ids) == set(seeds_library.search("yongchuan").ids)
    assert set(seeds_library.search("person:常晓勇").ids) <= set(
        seeds_library.search("changxiaoyong").ids
    )


def test_pinyin_combines_with_other_terms(seeds_library: Library) -> None:
    both = set(seeds_library.search("yongchuan 常晓勇").ids)
    assert both and both <= set(seeds_library.search("常晓勇").ids)
    assert not set(seeds_library.search("-yongchuan").ids) & set(
        seeds_library.search("yongchuan").ids
    )


CHINESE_QUERIES = [
    "永川", "永川区", "川区", "影视", "常晓勇", "区委组织", "永川 影视", "永川 OR 大足",
    '"生态环境"', "-永川", "title:永川", "永川 -影视", "person:常晓勇 永川", "茶", "松溉镇",
]  # fmt: skip


@pytest.mark.parametrize("sort", ["relevance", "date"])
def test_chinese_queries_are_unchanged(seeds_library: Library, monkeypatch, sort: str) -> None:
    with_pinyin = {q: seeds_library.search(q, sort=sort).ids for q in CHINESE_QUERIES}
    monkeypatch.setattr(search, "_pinyin_literal", lambda lit: False)
    without = {q: seeds_library.search(q + " ", sort=sort).ids for q in CHINESE_QUERIES}
    assert with_pinyin == without
