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

The tags come with ``nlp``'s one segmentation of the article (rjieba's tagger,
~15× faster than ``jieba.posseg``; ``tests/core/test_entities.py`` checks the
entities it yields agree with ``jieba.posseg``'s on our corpus).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from itertools import compress
from operator import itemgetter, or_

from yc_reader.core import nlp

PERSON, PLACE, ORG = "person", "place", "org"
KINDS = (PERSON, PLACE, ORG)
_TAG_KIND = {"nr": PERSON, "ns": PLACE, "nt": ORG}
_KIND_PREFIX = {PERSON: "nr:", PLACE: "ns:", ORG: "nt:"}
PER_ARTICLE = 8
"""At most this many entities of each kind are kept per article (most mentioned first)."""

# The ~300 commonest surnames (over 95% of people), and the two-character ones.
_SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶"
    "程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎"
    "贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申"
    "欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴"
    "蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席"
    "卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟"
    "邝练蔺谈粟幸代母晋鄢"
)
_COMPOUND_SURNAMES = frozenset({"欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "令狐", "慕容"})
# Third characters that make a word, not a given name (安全感, 高峰会, 文明化).
_NOT_NAME_ENDINGS = frozenset("感会性化者家们员长式型区部委局办厂")
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


def from_tagged(head: nlp.Tagged, text: nlp.Tagged) -> Entities:
    """The entities of an article from its tagged headline and text (``nlp.analyze``'s):
    headline mentions count thrice, as for keywords."""
    counts: dict[str, Counter[str]] = {kind: Counter() for kind in KINDS}
    for tagged, weight in ((head, 3), (text, 1)):
        for (kind, name), count in _count_mentions(tagged).items():
            counts[kind][name] += weight * count
    return Entities(*(_top(counts[kind]) for kind in KINDS))


@cache
def _overrides() -> dict[str, str]:
    """The user dictionary's tags, which win: rjieba's ``add_word`` keeps the tag of a
    word its own dictionary has (城市 stays a place)."""
    return dict(nlp.user_dictionary())


@cache
def _words_to_check() -> frozenset[str]:
    return frozenset(_overrides()) | _PLACE_SUFFIXES


def _count_mentions(tagged: list[tuple[str, str]]) -> Counter[tuple[str, str]]:
    """``Counter(entity_mentions(tagged))``, with the user dictionary's tags applied
    first, at a fraction of the cost: an article has ~1,000 tokens, few of them
    entities, so C-level iterators keep the tokens that may matter (an entity tag,
    a word the dictionary re-tags, a suffix) and only their distinct pairs, and
    the places followed by a suffix, are looked at here.
    ``tests/core/test_entities.py`` checks it equals the plain loop.
    """
    overrides = _overrides()
    found: Counter[tuple[str, str]] = Counter()
    may_matter = map(
        or_,
        map(_TAG_KIND.__contains__, map(itemgetter(1), tagged)),
        map(_words_to_check().__contains__, map(itemgetter(0), tagged)),
    )
    counts = Counter(compress(tagged, may_matter))
    suffixes = [pair for pair in counts if pair[0] in _PLACE_SUFFIXES]
    for pair in [pair for pair in counts if pair[1] in _TAG_KIND or pair[0] in overrides]:
        word, count = pair[0], counts[pair]
        kind = _TAG_KIND.get(overrides.get(word, pair[1]))
        if kind is None or not _HAN.match(word):
            continue
        if kind == PERSON:
            if _is_name(word):
                found[PERSON, word] += count
        elif kind == PLACE or len(word) >= 2:
            found[kind, word] += count
    # A place followed by an administrative suffix is one place: 九龙坡 区 → 九龙坡区.
    for pair in suffixes:
        suffix, start = pair[0], 1
        while True:
            try:
                i = tagged.index(pair, start)
            except ValueError:
                break
            start = i + 1
            word, flag = tagged[i - 1]
            if (
                _TAG_KIND.get(overrides.get(word, flag)) == PLACE
                and _HAN.match(word)
                and not word.endswith(suffix)
            ):
                found[PLACE, word] -= 1
                found[PLACE, word + suffix] += 1
    return Counter({key: count for key, count in found.items() if count > 0 and len(key[1]) >= 2})


def _top(counter: Counter[str]) -> tuple[str, ...]:
    ranked = sorted(counter.items(), key=lambda item: (-item[1], item[0]))
    return tuple(name for name, _ in ranked[:PER_ARTICLE])


def entity_mentions(tagged: Sequence[tuple[str, str]]) -> Iterable[tuple[str, str]]:
    """(kind, name) for each entity mention in a tagged token sequence."""
    for i, (word, flag) in enumerate(tagged):
        kind = _TAG_KIND.get(flag)
        if kind is None or not _HAN.match(word):
            continue
        if kind == PERSON:
            if _is_name(word):
                yield PERSON, word
        elif kind == PLACE:
            following = tagged[i + 1][0] if i + 1 < len(tagged) else ""
            if following in _PLACE_SUFFIXES and not word.endswith(following):
                word += following
            if len(word) >= 2:
                yield PLACE, word
        elif len(word) >= 2:
            yield ORG, word


def _is_name(word: str) -> bool:
    if word[:2] in _COMPOUND_SURNAMES:
        return 3 <= len(word) <= 4
    if len(word) == 3 and word[2] in _NOT_NAME_ENDINGS:
        return False
    return 2 <= len(word) <= 3 and word[0] in _SURNAMES
