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

import math
import re
import threading
import unicodedata
from collections import Counter
from collections.abc import Iterable, Mapping
from functools import cache

from yc_reader.core.paths import cache_dir, resource_path

_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\U00020000-\U0002ffff"
_WORD_CHAR = rf"[^\W_{_CJK}]"
# Zero-width matches at every position where a token starts: one or two CJK
# characters (a bigram, or the unigram ending a run), or a whole non-CJK word.
_TOKEN = re.compile(rf"(?=([{_CJK}]{{1,2}}|(?<!{_WORD_CHAR}){_WORD_CHAR}+))")
_CJK_CHAR = re.compile(rf"[{_CJK}]")
_HAS_WORD_CHAR = re.compile(rf"[{_CJK}]|{_WORD_CHAR}")
# A word-index token: no space or ASCII punctuation, which the FTS tokenizer splits on.
_ASCII_SPLIT = re.compile(r"[\x00-\x2f\x3a-\x40\x5b-\x60\x7b-\x7f]")


def normalize(text: str) -> str:
    """Fold width and case, so ``ＡＩ``, ``AI`` and ``ai`` are one token."""
    return unicodedata.normalize("NFKC", text).lower()


def char_tokens(text: str) -> list[str]:
    """The character tokens of ``text`` in order (see the module docstring)."""
    return _TOKEN.findall(normalize(text))


def index_text(text: str) -> str:
    """``text`` as the space-separated character tokens the FTS table stores."""
    return " ".join(_TOKEN.findall(normalize(text)))


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


def is_cjk(ch: str) -> bool:
    return bool(_CJK_CHAR.match(ch))


# --- jieba -----------------------------------------------------------------

_setup_lock = threading.Lock()


@cache
def _segmenter() -> tuple[object, object]:
    """(cut, cut_for_search) of rjieba when importable, else of a set-up jieba."""
    try:
        import rjieba
    except ImportError:
        rjieba = None
    if rjieba is not None:
        return rjieba.cut, rjieba.cut_for_search
    dt = _jieba_dt()
    return dt.lcut, dt.lcut_for_search


def _jieba_dt():
    """jieba's default tokenizer, with its dictionary cache in our cache dir."""
    import jieba

    with _setup_lock:
        if not jieba.dt.initialized:
            jieba.setLogLevel(40)
            jieba.dt.tmp_dir = str(cache_dir())
            jieba.dt.initialize()
    return jieba.dt


def segmenter_name() -> str:
    """``rjieba`` or ``jieba``: which segmenter this process uses."""
    cut, _ = _segmenter()
    return "rjieba" if getattr(cut, "__module__", "").startswith("rjieba") else "jieba"


def cut(text: str) -> list[str]:
    """jieba's precise mode (``lcut``)."""
    return _segmenter()[0](text)


def cut_for_search(text: str) -> list[str]:
    """jieba's search mode (``lcut_for_search``): words plus their dictionary parts."""
    return _segmenter()[1](text)


def search_words(text: str) -> list[str]:
    """The distinct normalized words of ``text`` for the word index (no punctuation)."""
    return sorted(filter(_is_index_word, {normalize(w) for w in cut_for_search(text)}))


def query_words(term: str) -> list[str]:
    """The words a term must all be in an article's word index to be a word match."""
    return [w for w in map(normalize, cut(term)) if _is_index_word(w)]


def _is_index_word(word: str) -> bool:
    return bool(_HAS_WORD_CHAR.search(word)) and not _ASCII_SPLIT.search(word)


# --- keywords --------------------------------------------------------------

KEYWORDS_PER_ARTICLE = 5
_CANDIDATES = 24


@cache
def stopwords() -> frozenset[str]:
    """Words never offered as keywords, from the editable ``resources/stopwords.txt``."""
    path = resource_path("stopwords.txt")
    lines = path.read_text(encoding="utf-8").splitlines() if path.exists() else []
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))


def _keyword_like(word: str, stop: frozenset[str]) -> bool:
    """A keyword has two or more characters, some of them Han, and is no stopword."""
    return len(word) >= 2 and word not in stop and bool(_CJK_CHAR.search(word))


def keyword_candidates(title: str, text: str) -> list[tuple[str, int]]:
    """The article's most frequent keyword-like words with their counts (title words
    count thrice); the IDF that picks the keywords among them comes later, from
    the whole corpus."""
    stop = stopwords()
    counts = Counter(w for w in map(normalize, cut(text)) if _keyword_like(w, stop))
    for word in map(normalize, cut(title)):
        if _keyword_like(word, stop):
            counts[word] += 3
    return counts.most_common(_CANDIDATES)


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
