"""Chinese text → the tokens the index stores and the words keywords are made of.

Two kinds of tokens, for two jobs:

* **Character tokens** (overlapping CJK bigrams) are what search matches on: any
  substring of two or more Han characters is a phrase of bigrams, so a query can
  never miss an article because jieba cut the text elsewhere. Every run of CJK
  characters also ends with its last character alone (``永川区`` → ``永川 川区
  区``): that unigram lets a 1-character query match as a prefix, and it sits
  between runs so a phrase never matches across punctuation.
* **Words** (jieba) rank word matches above accidental character matches and
  give the per-article keywords (TF-IDF with our own document frequencies).

The segmenter is jieba with an editable user dictionary,
``resources/userdict.txt``, that keeps Yongchuan's towns, streets and
institutions whole (and tags them for ``entities``). ``rjieba`` (jieba-rs) is
used when it is installed: it gives the same tokens ~25× faster
(``tests/core/test_nlp.py`` proves them identical on our corpus); plain jieba
is the fallback, with its dictionary cache in our cache dir, not the shared
temp dir. One cut an article gives its words; the entities' part-of-speech tags
are looked up for its distinct words (``name_tags``), not made for every token.
"""

from __future__ import annotations

import math
import re
import threading
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Mapping
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from itertools import compress
from typing import NamedTuple

import numpy as np

from yc_reader.core.cjk import halfwidth
from yc_reader.core.paths import cache_dir, resource_path

_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\U00020000-\U0002ffff"
_WORD_CHAR = rf"[^\W_{_CJK}]"
# Zero-width matches at every position where a token starts: one or two CJK
# characters (a bigram, or the unigram ending a run), or a whole non-CJK word.
_TOKEN = re.compile(rf"(?=([{_CJK}]{{1,2}}|(?<!{_WORD_CHAR}){_WORD_CHAR}+))")
_CJK_CHAR = re.compile(rf"[{_CJK}]")
# A word-index token: a run of letters and digits. The split is made here, the
# table's tokenizer (ascii) only splits at the spaces between (unicode61 cost twice as
# much and would split some words its own way).
_WORD_TOKEN = re.compile(r"[^\W_]+")


def normalize(text: str) -> str:
    """Fold case and full-width letters and digits, so ``ＡＩ``, ``AI`` and ``ai`` are
    one token. (Not full NFKC: it costs more than all the rest of indexing.)"""
    return halfwidth(text).lower()


def char_tokens(text: str) -> list[str]:
    """The character tokens of ``text`` in order (see the module docstring)."""
    return _TOKEN.findall(normalize(text))


_OTHER, _WORD, _HAN_CLASS = 0, 1, 2
_CJK_RANGES = (
    (0x3040, 0x30FF),
    (0x3400, 0x4DBF),
    (0x4E00, 0x9FFF),
    (0xAC00, 0xD7AF),
    (0xF900, 0xFAFF),
    (0x20000, 0x2FFFF),
)


@cache
def _char_classes() -> np.ndarray:
    """Every code point's class for ``token_text``: what ``_TOKEN`` sees in it (CJK,
    a word character, or neither). Built once a process, ~0.1 s."""
    word = bytes(_WORD if chr(code).isalnum() else _OTHER for code in range(0x110000))
    classes = np.frombuffer(word, dtype=np.uint8).copy()
    for low, high in _CJK_RANGES:
        classes[low : high + 1] = _HAN_CLASS
    return classes


def token_text(text: str) -> str:
    """``char_tokens(text)``, each followed by a space, for a normalized text: the
    string the index's tokenizer splits. Built with array operations: making
    millions of token strings one by one was the largest cost of indexing after
    segmentation."""
    if not text:
        return ""
    codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    classes = _char_classes()[codes]
    han = classes == _HAN_CLASS
    word = classes == _WORD
    next_han = np.append(han[1:], False)
    bigram = han & next_han
    word_end = word & ~np.append(word[1:], False)
    # Code units each character writes: a CJK character itself, its successor when
    # that is CJK too, and a space; a word character itself, and a space at its end.
    width = han * np.uint8(2) + bigram + word + word_end
    ends = np.cumsum(width)
    starts = ends - width
    out = np.full(int(ends[-1]), 0x20, dtype=np.uint32)
    kept = width > 0
    out[starts[kept]] = codes[kept]
    out[starts[bigram] + 1] = codes[1:][bigram[:-1]]
    return out.tobytes().decode("utf-32-le", "surrogatepass")


def phrase_tokens(term: str) -> tuple[list[str], bool]:
    """The token phrase that finds ``term`` as a substring, and whether its last
    token is a prefix.

    A term is tokenized like the text, except at its end, where the text may
    go on: a trailing CJK run of two or more characters drops its unigram (the
    text has a bigram there instead), and a lone trailing CJK character becomes
    a prefix (it starts whatever token the text has there).
    """
    tokens = char_tokens(term)
    if not tokens:
        return [], False
    last = tokens[-1]
    if len(last) == 1 and _CJK_CHAR.match(last):
        if len(tokens) >= 2 and len(tokens[-2]) == 2 and tokens[-2][1] == last:
            return tokens[:-1], False
        return tokens, True
    return tokens, False


# --- jieba -----------------------------------------------------------------

_setup_lock = threading.Lock()

Tagged = list[tuple[str, str]]
"""(word, part-of-speech tag) pairs, in text order."""

NAME_TAGS = frozenset({"nr", "ns", "nt"})
"""jieba's part-of-speech tags of names: person, place, organisation."""


class _Segmenter(NamedTuple):
    name: str
    cut: Callable[[str], list[str]]
    cut_for_search: Callable[[str], list[str]]
    tag: Callable[[str], Tagged]
    is_word: Callable[[str], bool]


@cache
def user_dictionary() -> tuple[tuple[str, str], ...]:
    """(word, tag) pairs of ``resources/userdict.txt`` (the frequency column is ignored:
    every entry gets the frequency that keeps it one word)."""
    path = resource_path("userdict.txt")
    entries = []
    lines = path.read_text(encoding="utf-8").splitlines() if path.exists() else []
    for line in lines:
        parts = line.split()
        if not parts or parts[0].startswith("#"):
            continue
        entries.append((parts[0], parts[-1] if len(parts) > 1 else "n"))
    return tuple(entries)


@cache
def _segmenter() -> _Segmenter:
    """A private rjieba tokenizer with the user dictionary when rjieba is importable,
    else a jieba one."""
    try:
        import rjieba
    except ImportError:
        return _jieba_segmenter()
    tokenizer = rjieba.Jieba()
    for word, tag in user_dictionary():
        tokenizer.add_word(word, max(tokenizer.suggest_freq(word), 1), tag)
    return _Segmenter(
        "rjieba", tokenizer.cut, tokenizer.cut_for_search, tokenizer.tag, tokenizer.has_word
    )


def _jieba_segmenter() -> _Segmenter:
    """jieba with the user dictionary, its cache in our cache dir. Its tags are
    rjieba's way: the dictionary's for a dictionary word, else the POS model's for
    the word alone (``jieba.posseg`` would cut the text differently)."""
    import jieba
    import jieba.posseg

    with _setup_lock:
        jieba.setLogLevel(40)
        tokenizer = jieba.Tokenizer()
        tokenizer.tmp_dir = str(cache_dir())
        for word, tag in user_dictionary():
            tokenizer.add_word(word, tokenizer.suggest_freq(word, tune=False), tag)
        tagger = jieba.posseg.POSTokenizer(tokenizer)
        tagger.makesure_userdict_loaded()
    tags = tagger.word_tag_tab

    @lru_cache(maxsize=100_000)
    def unknown_tag(word: str) -> str:
        pairs = tagger.lcut(word)
        return pairs[0].flag if len(pairs) == 1 else "x"

    def tag(text: str) -> Tagged:
        return [(word, tags.get(word) or unknown_tag(word)) for word in tokenizer.lcut(text)]

    return _Segmenter(
        "jieba",
        tokenizer.lcut,
        tokenizer.lcut_for_search,
        tag,
        lambda word: bool(tokenizer.FREQ.get(word)),
    )


def warm_up() -> None:
    """Load the segmenter's dictionary now (~0.3 s), on the caller's worker thread,
    rather than on the first query typed in the window."""
    cut("永川")


def segmenter_name() -> str:
    """``rjieba`` or ``jieba``: which segmenter this process uses."""
    return _segmenter().name


def cut(text: str) -> list[str]:
    """jieba's precise mode (``lcut``)."""
    return _segmenter().cut(text)


def cut_for_search(text: str) -> list[str]:
    """jieba's search mode (``lcut_for_search``): words plus their dictionary parts."""
    return _segmenter().cut_for_search(text)


def splits_word(left: str, right: str) -> bool:
    """Whether the break between ``left`` and ``right`` falls inside a word of their
    joined text: where a line was wrapped, not where a headline's lines part."""
    start = 0
    for word in cut(left + right):
        if start < len(left) < start + len(word):
            return _segmenter().is_word(word)
        start += len(word)
    return False


def tag(text: str) -> Tagged:
    """The words of ``cut(text)`` with their part-of-speech tags."""
    return _segmenter().tag(text)


def name_tags(words: Collection[str]) -> dict[str, str]:
    """The distinct ``words`` that are names, with their tag (``NAME_TAGS``), as
    ``tag`` would tag them in any text; the user dictionary's tag wins.

    A word's tag does not depend on its context (the dictionary's, else the POS
    model's for the word alone; ``tests/core/test_nlp.py`` checks this against
    tagging whole texts), so an article's ~500 distinct words are looked up
    instead of its ~1,000 tokens being tagged: tagging cost as much as cutting.
    """
    tags = list(map(_name_tag, words))
    return dict(compress(zip(words, tags, strict=True), tags))


@lru_cache(maxsize=200_000)
def _name_tag(word: str) -> str:
    """``word``'s tag if it is a name, else ``""``. Cached: words repeat across articles."""
    if _segmenter().is_word(word):
        return _dictionary_names().get(word, "")
    pairs = tag(word)
    flag = pairs[0][1] if len(pairs) == 1 else ""
    return flag if flag in NAME_TAGS else ""


@cache
def _dictionary_names() -> dict[str, str]:
    """The name tags of the dictionary's words: jieba's ``dict.txt`` (which rjieba
    has built in), then the user dictionary. (Only these: a set of all 350,000
    words cost each worker 70 MB.)"""
    names: dict[str, str] = {}
    with resources.files("jieba").joinpath("dict.txt").open(encoding="utf-8") as lines:
        for line in lines:
            word, _, flag = line.split()
            if flag in NAME_TAGS:
                names[word] = flag
    for word, flag in user_dictionary():
        if flag in NAME_TAGS:
            names[word] = flag
        else:
            names.pop(word, None)
    return names


def _dictionary_parts(word: str) -> tuple[str, ...]:
    """The 2- and 3-character dictionary words inside ``word`` that search mode adds
    for it (jieba's ``cut_for_search``: words of 3+ characters give their 2-grams,
    words of 4+ also their 3-grams)."""
    if len(word) <= 2:
        return ()
    is_word = _segmenter().is_word
    return tuple(
        gram
        for size in (2, 3)
        if len(word) > size
        for i in range(len(word) - size + 1)
        if is_word(gram := word[i : i + size])
    )


@lru_cache(maxsize=300_000)
def _word_tokens(word: str) -> tuple[str, ...]:
    """The word index's tokens of one precise-mode word: it and its search-mode
    parts, split into runs of letters and digits (punctuation gives none). Cached:
    words repeat across articles."""
    return tuple(t for w in (word, *_dictionary_parts(word)) for t in _WORD_TOKEN.findall(w))


def word_tokens(words: Iterable[str]) -> set[str]:
    """The distinct word-index tokens of a text from ``cut(text)``'s words (best
    distinct already): those of ``cut_for_search(text)`` without cutting the text a
    second time (``tests/core/test_nlp.py`` checks they are equal)."""
    tokens: set[str] = set()
    # ``map`` over the C-level cache: no Python loop over an article's ~1,000 words.
    tokens.update(*map(_word_tokens, words))
    return tokens


def query_words(term: str) -> list[str]:
    """The word-index tokens a term must all have to be a word match: its jieba
    words, split as the index's words are (``_word_tokens``)."""
    return [t for w in cut(normalize(term)) for t in _WORD_TOKEN.findall(w)]


@dataclass(frozen=True)
class Analysis:
    """What the index stores for one article's headline fields and body, and the
    words ``entities`` and ``pinyin`` start from (``counts``: the text's words plus
    thrice the headline's)."""

    head_tokens: str
    body_tokens: str
    words: str
    candidates: list[tuple[str, int]]
    head_words: list[str]
    text_words: list[str]
    counts: Counter[str]


def analyze(head: str, text: str, *, keywords: bool = True) -> Analysis:
    """Character tokens, distinct search-mode words and keyword candidates, with one
    normalization and one segmentation per article."""
    head, text = normalize(head), normalize(text)
    # One precise-mode cut each: search mode's words are derived from it.
    head_words, text_words = cut(head), cut(text)
    counts = _word_counts(head_words, text_words)
    return Analysis(
        head_tokens=token_text(head),
        body_tokens=token_text(text),
        words=" ".join(word_tokens(counts)),
        candidates=_candidates_of(counts) if keywords else [],
        head_words=head_words,
        text_words=text_words,
        counts=counts,
    )


# --- keywords --------------------------------------------------------------

KEYWORDS_PER_ARTICLE = 5
_CANDIDATES = 16


@cache
def stopwords() -> frozenset[str]:
    """Words never offered as keywords, from the editable ``resources/stopwords.txt``."""
    path = resource_path("stopwords.txt")
    lines = path.read_text(encoding="utf-8").splitlines() if path.exists() else []
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))


# Keyword-like: two or more characters, some Han, no line break.
_KEYWORD_LIKE = re.compile(rf"(?=.*[{_CJK}]).{{2,}}\Z")


def _word_counts(head_cut: list[str], text_cut: list[str]) -> Counter[str]:
    counts = Counter(text_cut)
    for word in head_cut:
        counts[word] += 3
    return counts


def _candidates_of(counts: Counter[str]) -> list[tuple[str, int]]:
    """The article's most frequent keyword-like words with their counts, the
    earlier-seen first among equals. The IDF that picks keywords among them
    comes later, from the whole corpus."""
    # A stable sort with a C-level key: by count, highest first, then in text order.
    ranked = sorted(filter(_keyword_like, counts), key=counts.__getitem__, reverse=True)
    return [(word, counts[word]) for word in ranked[:_CANDIDATES]]


# Chinese numbers and counts (二十, 五次, 十四届, 第三批): frequent, never a topic.
_NUMERAL = re.compile(
    r"^第?[零〇一二三四五六七八九十百千万亿两]+[次届个年月日号期批项名位条轮场]?$"
)


@lru_cache(maxsize=300_000)
def _keyword_like(word: str) -> bool:
    """Keyword-like, no stopword, no number."""
    return bool(_KEYWORD_LIKE.match(word)) and word not in stopwords() and not _NUMERAL.match(word)


def pick_keywords(
    candidates: Iterable[tuple[str, int]], document_frequency: Mapping[str, int], documents: int
) -> list[str]:
    """Top keywords by TF-IDF, with document frequencies counted over our corpus."""
    scored = []
    for word, count in candidates:
        df = document_frequency.get(word, 0)
        idf = math.log((documents + 1) / (df + 1)) + 1.0
        # A word found in one article only is more likely a segmentation accident
        # than a topic a reader can filter by.
        if df <= 1 and documents > 50:
            continue
        scored.append((count * idf, word))
    scored.sort(reverse=True)
    return [word for _, word in scored[:KEYWORDS_PER_ARTICLE]]
