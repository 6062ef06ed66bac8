"""People, places and organisations: extraction, the tagger, facets and filters."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from tests.core.generated import write_corpus
from yc_reader.core import entities, nlp
from yc_reader.core.entities import Entities
from yc_reader.core.index import head_text
from yc_reader.core.library import Library
from yc_reader.core.parse import parse_file
from yc_reader.core.paths import cache_dir, seeds_dir


def extract(head: str, text: str) -> Entities:
    """An article's entities the way the index gets them."""
    analysis = nlp.analyze(head, text)
    return entities.from_tagged(analysis.head_tagged, analysis.text_tagged)


def test_dictionary_keeps_local_names_whole() -> None:
    found = extract(
        "永川区委组织部召开部务会",
        "区长常晓勇、区委组织部部长涂燕来到松溉镇和板桥镇调研，永川区总工会参加。",
    )
    assert "永川区委组织部" in found.orgs and "永川区总工会" in found.orgs
    assert {"常晓勇", "涂燕"} <= set(found.people)
    assert {"松溉镇", "板桥镇"} <= set(found.places)
    assert found.orgs[0] == "永川区委组织部"  # a headline mention counts thrice


def test_job_titles_and_common_words_are_not_people() -> None:
    found = extract("", "区长、部长、区委书记和副区长出席。城市文明建设，安全感提升，智能化改造。")
    assert found.people == ()
    assert "城市" not in found.places


def test_place_joined_with_its_suffix() -> None:
    tagged = [("九龙坡", "ns"), ("区", "n"), ("永川区", "ns"), ("区", "n")]
    assert list(entities.entity_mentions(tagged)) == [("place", "九龙坡区"), ("place", "永川区")]


def test_items_round_trip() -> None:
    found = Entities(("涂燕",), ("松溉镇", "永川"), ("区总工会",))
    assert Entities.from_items(found.items()) == found


def _seed_articles() -> list[tuple[str, str]]:
    return [
        (head_text(article), article.text)
        for path in sorted(seeds_dir().iterdir())
        for article in parse_file(path).articles
    ]


def _posseg_tag():
    """``jieba.posseg`` with the user dictionary: the reference tagger."""
    import jieba
    import jieba.posseg

    jieba.setLogLevel(40)
    tokenizer = jieba.Tokenizer()
    tokenizer.tmp_dir = str(cache_dir())
    for word, tag in nlp.user_dictionary():
        tokenizer.add_word(word, tokenizer.suggest_freq(word, tune=False), tag)
    tagger = jieba.posseg.POSTokenizer(tokenizer)
    return lambda text: [(p.word, p.flag) for p in tagger.lcut(nlp.normalize(text))]


@pytest.mark.skipif(nlp.segmenter_name() != "rjieba", reason="rjieba is not installed")
def test_rjieba_entities_agree_with_jieba_posseg() -> None:
    """rjieba's POS tags differ from jieba's in ~5% of tokens; what matters is the
    entities they yield: on the seeds they must agree with jieba's almost entirely."""
    posseg = _posseg_tag()

    def pairs(extract_one) -> set[tuple[int, str, str]]:
        return {
            (i, kind, name)
            for i, (head, text) in enumerate(_seed_articles())
            for kind in entities.KINDS
            for name in extract_one(head, text).of(kind)
        }

    ours = pairs(extract)
    reference = pairs(lambda head, text: entities.from_tagged(posseg(head), posseg(text)))
    assert len(ours & reference) / len(ours | reference) >= 0.9


@pytest.fixture(scope="module")
def library(tmp_path_factory) -> Library:
    library = Library.open(tmp_path_factory.mktemp("entities"))
    library.sync_seeds()
    yield library
    library.close()


def test_entity_facets_and_filters(library: Library) -> None:
    facets = library.facets("")
    people = {f.value: f for f in facets["person"]}
    assert people["常晓勇"].term == "person:常晓勇" and people["常晓勇"].count >= 2
    assert "永川区" in {f.value for f in facets["place"]}
    assert "区总工会" in {f.value for f in facets["org"]}
    hits = library.search("person:常晓勇").ids
    assert len(hits) == people["常晓勇"].count
    assert all("常晓勇" in library.article(i).article.text for i in hits)
    assert library.search("place:松溉镇").ids
    assert library.search("org:永川区委组织部").ids
    assert set(library.search("-person:常晓勇").ids).isdisjoint(hits)


def test_entities_survive_a_reimport(tmp_path: Path) -> None:
    page = tmp_path / "2024-04-19.md"
    page.write_text("## 宝峰镇茶叶丰收\n\n本报讯 宝峰镇茶农喜获丰收。\n", encoding="utf-8")
    library = Library.open(tmp_path / "data")
    try:
        library.import_paths([page])
        assert library.search("place:宝峰镇").ids
        page.write_text("## 来苏镇茶叶丰收\n\n本报讯 来苏镇茶农喜获丰收。\n", encoding="utf-8")
        library.import_paths([page])
        assert not library.search("place:宝峰镇").ids
        assert library.search("place:来苏镇").ids
    finally:
        library.close()


def _seed_and_generated_articles(folder: Path) -> list[tuple[str, str]]:
    write_corpus(folder, 1000)
    return _seed_articles() + [
        (head_text(article), article.text)
        for path in sorted(folder.iterdir())
        for article in parse_file(path).articles
    ]


def _reference_extract(head: str, text: str) -> Entities:
    """``extract`` as first written: the user dictionary's tags applied to every token,
    then ``entity_mentions`` token by token."""
    counts: dict[str, Counter[str]] = {kind: Counter() for kind in entities.KINDS}
    for part, weight in ((head, 3), (text, 1)):
        tagged = nlp.tag(nlp.normalize(part))
        for kind, name in entities.entity_mentions(_dictionary_tags(tagged)):
            counts[kind][name] += weight
    return Entities(*(entities._top(counts[kind]) for kind in entities.KINDS))


def test_fast_mention_count_equals_the_token_loop(tmp_path: Path) -> None:
    """The build counts mentions on distinct tokens (``_count_mentions``): on the seeds
    plus a generated corpus, every article's entities are those of the plain loop."""
    articles = _seed_and_generated_articles(tmp_path / "corpus")
    assert len(articles) > 1000
    for head, text in articles:
        assert extract(head, text) == _reference_extract(head, text), head


def test_fast_mention_count_joins_suffixes_like_the_loop() -> None:
    tagged = [
        ("九龙坡", "ns"),
        ("区", "n"),
        ("永川区", "ns"),
        ("区", "n"),
        ("永", "ns"),
        ("区", "n"),
        ("永", "ns"),
        ("城市", "ns"),
        ("镇", "n"),
        ("区", "n"),
        ("九龙坡", "ns"),
    ]
    assert entities._count_mentions(tagged) == Counter(
        entities.entity_mentions(_dictionary_tags(tagged))
    )


def _dictionary_tags(tagged: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The user dictionary's tags applied to every token."""
    overrides = entities._overrides()
    return [(word, overrides.get(word, flag)) for word, flag in tagged]
