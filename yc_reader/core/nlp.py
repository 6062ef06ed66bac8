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

jieba's dictionary cache is put in our cache dir (``jieba.dt.tmp_dir``) before
the first cut, not in the shared temp dir. ``rjieba`` (jieba-rs) is used when it
is installed: it gives the same tokens ~25× faster (``tests/core/test_nlp.py``
proves them identical on our corpus); plain jieba is the fallback.
"""

from __future__ import annotations

import heapq
import math
import re
import threading
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from functools import cache, lru_cache

from yc_reader.core.paths import cache_dir, resource_path

_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\U00020000-\U0002ffff"
_WORD_CHAR = rf"[^\W_{_CJK}]"
# Zero-width matches at every position where a token starts: one or two CJK
# characters (a bigram, or the unigram ending a run), or a whole non-CJK word.
_TOKEN = re.compile(rf"(?=([{_CJK}]{{1,2}}|(?<!{_WORD_CHAR}){_WORD_CHAR}+))")
_CJK_CHAR = re.compile(rf"[{_CJK}]")
_UNICODE61_TOKEN = re.compile(r"[^\W_]+")


_FULLWIDTH = re.compile("[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]")
_FULLWIDTH_TABLE = {code: code - 0xFEE0 for code in range(0xFF10, 0xFF5B)}
# What a text with a full-width letter or digit has folded: the table's whole range
# (its punctuation, ：？［… too).
_FULLWIDTH_RANGE = re.compile("[\uff10-\uff5a]")


def normalize(text: str) -> str:
    """Fold case and full-width letters and digits, so ``ＡＩ``, ``AI`` and ``ai`` are
    one token. (Not full NFKC: it costs more than all the rest of indexing.)"""
    if _FULLWIDTH.search(text):
        # ``sub`` touches only the few full-width characters; ``translate`` looks
        # every character of a long CJK text up in the table (10× slower here).
        text = _FULLWIDTH_RANGE.sub(_halfwidth, text)
    return text.lower()


def _halfwidth(match: re.Match[str]) -> str:
    return chr(ord(match.group()) - 0xFEE0)


def char_tokens(text: str) -> list[str]:
    """The character tokens of ``text`` in order (see the module docstring)."""
    return _TOKEN.findall(normalize(text))


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


@cache
def _segmenter() -> tuple[
    str, Callable[[str], list[str]], Callable[[str], list[str]], Callable[[str], bool]
]:
    """(name, cut, cut_for_search, is_dictionary_word) of rjieba when importable,
    else of a set-up jieba."""
    try:
        import rjieba
    except ImportError:
        dt = _jieba_dt()
        return "jieba", dt.lcut, dt.lcut_for_search, lambda word: bool(dt.FREQ.get(word))
    return "rjieba", rjieba.cut, rjieba.cut_for_search, rjieba.has_word


def _jieba_dt():
    """jieba's default tokenizer, with its dictionary cache in our cache dir."""
    import jieba

    with _setup_lock:
        if not jieba.dt.initialized:
            jieba.setLogLevel(40)
            jieba.dt.tmp_dir = str(cache_dir())
            jieba.dt.initialize()
    return jieba.dt


def warm_up() -> None:
    """Load the segmenter's dictionary now (~0.2 s), on the caller's worker thread,
    rather than on the first query typed in the window."""
    cut("永川")


def segmenter_name() -> str:
    """``rjieba`` or ``jieba``: which segmenter this process uses."""
    return _segmenter()[0]


def cut(text: str) -> list[str]:
    """jieba's precise mode (``lcut``)."""
    return _segmenter()[1](text)


def cut_for_search(text: str) -> list[str]:
    """jieba's search mode (``lcut_for_search``): words plus their dictionary parts."""
    return _segmenter()[2](text)


@lru_cache(maxsize=100_000)
def _dictionary_parts(word: str) -> tuple[str, ...]:
    """The 2- and 3-character dictionary words inside ``word`` that search mode adds
    for it (jieba's ``cut_for_search``: words of 3+ characters give their 2-grams,
    words of 4+ also their 3-grams). Cached: words repeat across articles."""
    is_word = _segmenter()[3]
    return tuple(
        gram
        for size in (2, 3)
        if len(word) > size
        for i in range(len(word) - size + 1)
        if is_word(gram := word[i : i + size])
    )


def search_words(tokens: Iterable[str]) -> set[str]:
    """``set(cut_for_search(text))`` from ``cut(text)``'s tokens, without cutting the
    text a second time (``tests/core/test_nlp.py`` checks they are equal)."""
    words = set(tokens)
    for word in [word for word in words if len(word) > 2]:
        words.update(_dictionary_parts(word))
    return words


def query_words(term: str) -> list[str]:
    """The word-index tokens a term must all have to be a word match: its jieba
    words, split where the word index's tokenizer (unicode61) splits them."""
    return [t for w in cut(normalize(term)) for t in _UNICODE61_TOKEN.findall(w)]


@dataclass(frozen=True)
class Analysis:
    """What the index stores for one article's headline fields and body."""

    head_tokens: str
    body_tokens: str
    words: str
    candidates: list[tuple[str, int]]


def analyze(head: str, text: str, *, keywords: bool = True) -> Analysis:
    """Character tokens, distinct search-mode words and keyword candidates, with one
    normalization and one segmentation of each kind per article."""
    head, text = normalize(head), normalize(text)
    # One precise-mode cut each: search mode's words are derived from it.
    head_cut, text_cut = cut(head), cut(text)
    return Analysis(
        head_tokens=" ".join(_TOKEN.findall(head)),
        body_tokens=" ".join(_TOKEN.findall(text)),
        # The word table's tokenizer drops the punctuation among these.
        words=" ".join(search_words(head_cut + text_cut)),
        candidates=_candidates_of(head_cut, text_cut) if keywords else [],
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


_KEYWORD_LIKE = re.compile(rf"^(?=[^\n]*[{_CJK}])[^\n]{{2,}}$", re.MULTILINE)


def keyword_candidates(head: str, text: str) -> list[tuple[str, int]]:
    """The article's most frequent keyword-like words (two or more characters, some
    Han, no stopword) with their counts, headline words counting thrice. The IDF
    that picks keywords among them comes later, from the whole corpus."""
    return _candidates_of(cut(head), cut(text))


def _candidates_of(head_cut: list[str], text_cut: list[str]) -> list[tuple[str, int]]:
    counts = Counter(text_cut)
    for word in head_cut:
        counts[word] += 3
    stop = stopwords()
    kept = [w for w in _KEYWORD_LIKE.findall("\n".join(counts)) if w not in stop]
    if len(kept) > _CANDIDATES:
        # Only words counted at least as often as the 16th most frequent can be
        # among the top 16: rank those alone.
        floor = sorted([counts[w] for w in kept], reverse=True)[_CANDIDATES - 1]
        kept = [w for w in kept if counts[w] >= floor]
    return heapq.nsmallest(_CANDIDATES, [(w, counts[w]) for w in kept], key=_by_count)


def _by_count(item: tuple[str, int]) -> tuple[int, str]:
    return -item[1], item[0]


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
