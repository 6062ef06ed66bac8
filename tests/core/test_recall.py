"""Search never misses: results equal a brute-force substring scan.

Hundreds of queries sampled from the text itself (2–6 Han characters, cut
anywhere, so most cross jieba's word boundaries), single characters, and
two-term ANDs, over the seeds plus a generated corpus.
"""

from __future__ import annotations

import random
import re

import pytest

from tests.core.generated import write_corpus
from yc_reader.core import search
from yc_reader.core.index import head_text
from yc_reader.core.library import Library

_HAN_RUN = re.compile(r"[\u4e00-\u9fff]{2,}")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """(library, {id: searchable text}) over the seeds and 300 generated articles."""
    root = tmp_path_factory.mktemp("recall")
    write_corpus(root / "pages", 300, seed=3)
    library = Library.open(root / "data")
    library.sync_seeds()
    library.import_paths([root / "pages"])
    texts = {}
    for id_, article in library.articles():
        texts[id_] = f"{head_text(article)}\n{article.text}"
    yield library, texts
    library.close()


def _brute(texts: dict[str, str], *terms: str) -> set[str]:
    return {id_ for id_, text in texts.items() if all(t in text for t in terms)}


def _samples(texts: dict[str, str], count: int, rng: random.Random) -> list[str]:
    runs = [run for text in texts.values() for run in _HAN_RUN.findall(text)]
    queries = set()
    while len(queries) < count:
        run = rng.choice(runs)
        size = rng.randint(2, min(6, len(run)))
        start = rng.randrange(len(run) - size + 1)
        queries.add(run[start : start + size])
    return sorted(queries)


def test_substring_queries_match_brute_force(corpus):
    library, texts = corpus
    queries = [*_samples(texts, 400, random.Random(11)), "川区", "区委组织", "永川区委组织部"]
    misses = {}
    for query in queries:
        found, expected = set(library.search(query).ids), _brute(texts, query)
        if found != expected:
            misses[query] = (len(expected - found), len(found - expected))
    assert not misses, f"recall/precision failures (missed, extra): {misses}"


def test_single_characters_match_brute_force(corpus):
    library, texts = corpus
    chars = sorted({ch for text in texts.values() for ch in _HAN_RUN.findall(text)[0]})
    for char in random.Random(5).sample(chars, 40):
        assert set(library.search(char).ids) == _brute(texts, char), char


def test_two_terms_are_anded(corpus):
    library, texts = corpus
    rng = random.Random(13)
    pairs = list(zip(_samples(texts, 60, rng), _samples(texts, 60, random.Random(17)), strict=True))
    for a, b in pairs:
        assert set(library.search(f"{a} {b}").ids) == _brute(texts, a, b), (a, b)


def test_exclusion_and_or(corpus):
    library, texts = corpus
    everything = set(texts)
    with_a = _brute(texts, "永川")
    assert set(library.search("-永川").ids) == everything - with_a
    assert set(library.search("影视 -永川").ids) == _brute(texts, "影视") - with_a
    assert set(library.search("影视 OR 茶叶").ids) == _brute(texts, "影视") | _brute(texts, "茶叶")


def test_no_match_across_punctuation(corpus):
    """Text "…业，加…" must not match the query 业加."""
    library, texts = corpus
    for text in texts.values():
        match = re.search(r"([\u4e00-\u9fff])，([\u4e00-\u9fff])", text)
        if match:
            query = match.group(1) + match.group(2)
            assert set(library.search(query).ids) == _brute(texts, query)
            return
    pytest.fail("no punctuation in the corpus")


def test_headline_hits_rank_first(corpus):
    library, texts = corpus
    ids = library.search("影视").ids
    assert ids and set(ids) == _brute(texts, "影视")
    titles = {row.id: row.title for row in library.rows(ids)}
    first_body_only = next(i for i, id_ in enumerate(ids) if "影视" not in titles[id_])
    assert all("影视" in titles[id_] for id_ in ids[:first_body_only])


def test_word_matches_rank_above_character_matches(tmp_path):
    """影视 as a word (影视基地) outranks 电影视频 (电影/视频), even when rarer."""
    page = tmp_path / "page.md"
    page.write_text(
        "## 甲文\n\n永川建设影视基地。\n\n## 乙文\n\n电影视频很多，电影视频很好，电影视频。\n",
        encoding="utf-8",
    )
    library = Library.open(tmp_path / "data")
    library.import_paths([page])
    titles = [row.title for row in library.rows(library.search("影视").ids)]
    library.close()
    assert titles == ["甲文", "乙文"]


def test_big_results_rank_headline_then_word_matches_first(corpus, monkeypatch):
    """Above BM25_LIMIT hits the order is headline hits, word matches, newest."""
    monkeypatch.setattr(search, "BM25_LIMIT", 0)
    library, _ = corpus
    for query in ("影视", "title:影视", "影视 发展"):
        ids = library.search(query).ids
        assert set(ids) == set(library.search(query, sort="date").ids)
        titles = [row.title for row in library.rows(ids)]
        terms = query.removeprefix("title:").split()
        in_title = [any(term in title for term in terms) for title in titles]
        assert in_title == sorted(in_title, reverse=True), query
