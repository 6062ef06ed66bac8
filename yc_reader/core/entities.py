"""People, places and organisations named in an article, for the 人物/地点/机构 facets.

jieba's part-of-speech tags (``nr`` person, ``ns`` place, ``nt`` organisation)
are the raw material; alone they are noisy on a local paper (城市 is a "place",
文明 a "person", 永川区委组织部 three words). So:

* an editable user dictionary, ``resources/userdict.txt``, keeps Yongchuan's
  towns, streets and institutions whole and tagged, and re-tags job titles and
  mislabelled common words as plain nouns (``n``): never entities;
* a person must be 2–3 characters (4 with a two-character surname) starting
  with a common surname, so 区长 or 智能化 never become people;
* a place followed by an administrative suffix (镇, 街道 …) is joined to it.

The tags are those of the article's distinct words (``nlp.name_tags``: rjieba's
tagger, ~15× faster than ``jieba.posseg``; ``tests/core/test_entities.py`` checks
the entities it yields agree with ``jieba.posseg``'s on our corpus).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass

from yc_reader.core import nlp
from yc_reader.core.names import is_person_name

PERSON, PLACE, ORG = "person", "place", "org"
KINDS = (PERSON, PLACE, ORG)
_TAG_KIND = {"nr": PERSON, "ns": PLACE, "nt": ORG}
_KIND_PREFIX = {PERSON: "nr:", PLACE: "ns:", ORG: "nt:"}
PER_ARTICLE = 8
"""At most this many entities of each kind are kept per article (most mentioned first)."""

_HAN = re.compile(r"^[\u4e00-\u9fff]+$")
_PLACE_SUFFIXES = frozenset({"镇", "乡", "村", "街道", "社区", "县", "区", "市", "省"})


@dataclass(frozen=True)
class Entities:
    """An article's entities of each kind, most mentioned first."""

    people: tuple[str, ...] = ()
    places: tuple[str, ...] = ()
    orgs: tuple[str, ...] = ()

    def of(self, kind: str) -> tuple[str, ...]:
        return {PERSON: self.people, PLACE: self.places, ORG: self.orgs}[kind]

    def items(self) -> tuple[str, ...]:
        """Tagged names for the index: ``nr:涂燕``, ``ns:松溉镇``, ``nt:…``."""
        return tuple(_KIND_PREFIX[kind] + name for kind in KINDS for name in self.of(kind))

    @classmethod
    def from_items(cls, items: Iterable[str]) -> Entities:
        """The inverse of ``items`` (unknown prefixes are ignored)."""
        found: dict[str, list[str]] = {kind: [] for kind in KINDS}
        for item in items:
            kind = _TAG_KIND.get(item[:2])
            if kind and item[3:]:
                found[kind].append(item[3:])
        return cls(tuple(found[PERSON]), tuple(found[PLACE]), tuple(found[ORG]))


def from_words(counts: Mapping[str, int], head: Sequence[str], text: Sequence[str]) -> Entities:
    """The entities of an article from its words (``nlp.analyze``'s): ``counts``
    weighs a headline mention thrice, as for keywords, and the word sequences show
    which places an administrative suffix follows."""
    tags = nlp.name_tags(counts)
    found: dict[str, Counter[str]] = {kind: Counter() for kind in KINDS}
    for word, flag in tags.items():
        kind = _TAG_KIND[flag]
        if not _HAN.match(word) or (kind == PERSON and not is_person_name(word)):
            continue
        if kind != ORG or len(word) >= 2:
            found[kind][word] += counts[word]
    # A place followed by an administrative suffix is one place: 九龙坡 区 → 九龙坡区.
    for suffix in _PLACE_SUFFIXES.intersection(counts):
        for words, weight in ((head, 3), (text, 1)):
            for i in _positions(words, suffix):
                word = words[i - 1]
                if tags.get(word) == "ns" and _HAN.match(word) and not word.endswith(suffix):
                    found[PLACE][word] -= weight
                    found[PLACE][word + suffix] += weight
    return Entities(*(_top(found[kind]) for kind in KINDS))


def _positions(words: Sequence[str], word: str) -> Iterator[int]:
    """Where ``word`` occurs in ``words`` after the first position (C-level search)."""
    start = 1
    while True:
        try:
            start = words.index(word, start) + 1
        except ValueError:
            return
        yield start - 1


def _top(counter: Counter[str]) -> tuple[str, ...]:
    ranked = sorted(
        ((name, count) for name, count in counter.items() if count > 0 and len(name) >= 2),
        key=lambda item: (-item[1], item[0]),
    )
    return tuple(name for name, _ in ranked[:PER_ARTICLE])
