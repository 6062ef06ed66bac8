"""People, places and organisations: extraction, the tagger, facets and filters."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.core.generated import write_corpus
from yc_reader.core import entities, nlp
from yc_reader.core.entities import Entities
from yc_reader.core.index import head_text
from yc_reader.core.library import Library
from yc_reader.core.names import is_person_name
from yc_reader.core.parse import parse_file
from yc_reader.core.paths import cache_dir, seeds_dir


def extract(head: str, text: str) -> Entities:
    """An article's entities the way the index gets them."""
    analysis = nlp.analyze(head, text)
    return entities.from_words(analysis.counts, analysis.head_words, analysis.text_words)


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
    words = ["九龙坡", "区", "永川区", "区"]
    assert entities.from_words(Counter(words), [], words).places == ("九龙坡区", "永川区")


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
    reference = pairs(lambda head, text: _reference_extract(head, text, posseg))
    assert len(ours & reference) / len(ours | reference) >= 0.9


def test_entity_facets_and_filters(seeds_library: Library) -> None:
    facets = seeds_library.facets("")
    people = {f.value: f for f in facets["person"]}
    assert people["常晓勇"].term == "person:常晓勇" and people["常晓勇"].count >= 2
    assert "永川区" in {f.value for f in facets["place"]}
    assert "区总工会" in {f.value for f in facets["org"]}
    hits = seeds_library.search("person:常晓勇").ids
    assert len(hits) == people["常晓勇"].count
    assert all("常晓勇" in seeds_library.article(i).article.text for i in hits)
    assert seeds_library.search("place:松溉镇").ids
    assert seeds_library.search("org:永川区委组织部").ids
    assert set(seeds_library.search("-person:常晓勇").ids).isdisjoint(hits)


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


def entity_mentions(tagged: list[tuple[str, str]]) -> Iterator[tuple[str, str]]:
    """(kind, name) for each entity mention in a tagged token sequence: the rules
    of ``entities`` as first written, token by token."""
    kinds = {"nr": entities.PERSON, "ns": entities.PLACE, "nt": entities.ORG}
    for i, (word, flag) in enumerate(tagged):
        kind = kinds.get(flag)
        if kind is None or not entities._HAN.match(word):
            continue
        if kind == entities.PERSON:
            if is_person_name(word):
                yield kind, word
        elif kind == entities.PLACE:
            following = tagged[i + 1][0] if i + 1 < len(tagged) else ""
            if following in entities._PLACE_SUFFIXES and not word.endswith(following):
                word += following
            if len(word) >= 2:
                yield kind, word
        elif len(word) >= 2:
            yield kind, word


def _reference_extract(head: str, text: str, tagger=nlp.tag) -> Entities:
    """Every token tagged in its text, the user dictionary's tags applied, then
    ``entity_mentions`` token by token."""
    overrides = dict(nlp.user_dictionary())
    counts: dict[str, Counter[str]] = {kind: Counter() for kind in entities.KINDS}
    for part, weight in ((head, 3), (text, 1)):
        tagged = [(word, overrides.get(word, flag)) for word, flag in tagger(nlp.normalize(part))]
        for kind, name in entity_mentions(tagged):
            counts[kind][name] += weight
    return Entities(*(entities._top(counts[kind]) for kind in entities.KINDS))


def test_entities_from_distinct_words_equal_the_token_loop(tmp_path: Path) -> None:
    """The build looks tags up for an article's distinct words (``nlp.name_tags``)
    and counts mentions on them: on the seeds plus a generated corpus, every
    article's entities are those of tagging every token and looping over them."""
    articles = _seed_and_generated_articles(tmp_path / "corpus")
    assert len(articles) > 1000
    for head, text in articles:
        assert extract(head, text) == _reference_extract(head, text), head


def test_suffixes_joined_like_the_token_loop() -> None:
    words = ["九龙坡", "区", "永川区", "区", "永", "区", "永", "城市", "镇", "区", "九龙坡"]
    tags = nlp.name_tags(words)
    assert tags["九龙坡"] == tags["永川区"] == "ns" and "城市" not in tags
    reference = _reference_extract(
        "", "".join(words), lambda _: [(w, tags.get(w, "n")) for w in words]
    )
    assert entities.from_words(Counter(words), [], words) == reference
