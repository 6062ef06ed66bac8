"""Pinyin keys, so ``yongchuan`` or the initials ``ycq`` find 永川 / 永川区.

Only headline words and entity names get keys: a reader typing pinyin looks for
a place, a person or a topic by name, and keying every body word would make
short initials match nearly everything. Each word gives its toneless pinyin
(``yongchuanqu``) and its initials (``ycq``); the index stores them in a small
FTS5 table and a query term matches them as a prefix, so ``yongchuan`` finds
``yongchuanqu`` too.

A term is read as pinyin only when it is ASCII letters alone, at least
``MIN_LETTERS`` long: Chinese queries never touch the pinyin table, so their
results are exactly what they were (``tests/core/test_pinyin.py``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from pypinyin import Style, lazy_pinyin

MIN_LETTERS = 3
_HAN_WORD = re.compile(r"^[\u4e00-\u9fff]{2,}$")
_PINYIN_TERM = re.compile(rf"^[A-Za-z]{{{MIN_LETTERS},}}$")


@lru_cache(maxsize=200_000)
def word_keys(word: str) -> tuple[str, ...]:
    """``永川区`` → (``yongchuanqu``, ``ycq``); () for anything but 2+ Han characters.
    Cached: headline words and names repeat across a corpus."""
    if not _HAN_WORD.match(word):
        return ()
    full = "".join(lazy_pinyin(word))
    initials = "".join(lazy_pinyin(word, style=Style.FIRST_LETTER))
    return (full, initials) if full != initials else (full,)


def keys(words: Iterable[str]) -> str:
    """The space-separated pinyin keys of ``words`` (distinct), for the index."""
    found: dict[str, None] = {}
    for word in words:
        found.update(dict.fromkeys(word_keys(word)))
    return " ".join(found)


def is_pinyin_term(value: str) -> bool:
    """Whether a query term may be pinyin (and so also matches the pinyin keys)."""
    return bool(_PINYIN_TERM.match(value))


def fts_prefix(value: str) -> str:
    """The MATCH expression for a pinyin term: a quoted prefix (letters only, so safe)."""
    return f'"{value.lower()}" *'
