"""Related stories and near-duplicates, for the reader's "相关报道".

Two articles are related by what they are about: the keywords and the people,
places and organisations they share, each shared item weighted by its inverse
document frequency over our corpus (sharing 永川 says little, sharing 松溉镇 or
常晓勇 a lot). The per-article values are the catalog's arrays already in
memory, so scoring every article is a few numpy passes, no SQL.

A near-duplicate is the same story printed twice (on two pages or two days):
among the best-scoring candidates, one whose text is mostly the other's —
character 5-gram shingles, containment ≥ ``DUPLICATE_CONTAINMENT``.
"""

from __future__ import annotations

import re
import weakref
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np

from yc_reader.core import entities
from yc_reader.core.search import Catalog, _Values

RELATED_LIMIT = 5
DUPLICATE_CANDIDATES = 20
DUPLICATE_CONTAINMENT = 0.7
_SHINGLE = 5
_NOT_TEXT = re.compile(r"[\W_]+")


@dataclass(frozen=True)
class Related:
    """A related article; ``duplicate`` when it is the same story printed again."""

    id: str
    score: float
    duplicate: bool = False


_idf_cache: weakref.WeakKeyDictionary[Catalog, list[tuple[_Values, np.ndarray]]] = (
    weakref.WeakKeyDictionary()
)


def _fields(catalog: Catalog) -> list[tuple[_Values, np.ndarray]]:
    """(values, idf per value code) of each field that makes articles similar."""
    cached = _idf_cache.get(catalog)
    if cached is None:
        everything = np.arange(catalog.size)
        cached = []
        for values in (catalog.keywords, *(catalog.entities[k] for k in entities.KINDS)):
            df = values.counts(everything).astype(float)
            idf = np.log((catalog.size + 1) / (df + 1))
            # a value every article has tells nothing; a value no other has links nothing
            cached.append((values, np.where(df > 1, idf, 0.0)))
        _idf_cache[catalog] = cached
    return cached


def scores(catalog: Catalog, position: int) -> np.ndarray:
    """Similarity of every article to the one at ``position`` (itself: 0)."""
    total = np.zeros(catalog.size)
    for values, idf in _fields(catalog):
        own = values.matrix[position]
        own = own[own >= 0]
        if len(own) == 0 or not idf[own].any():
            continue
        weight = np.zeros(len(idf) + 1)  # the extra last slot is the -1 padding's
        weight[own] = idf[own]
        total += weight[values.matrix].sum(axis=1)
    total[position] = 0.0
    return total


def related(
    catalog: Catalog,
    article_id: str,
    text_of: Callable[[Sequence[str]], dict[str, str]],
    limit: int = RELATED_LIMIT,
) -> list[Related]:
    """Near-duplicates of ``article_id`` (flagged, first), then its ``limit`` most
    similar other articles. ``text_of`` gives the text of a few ids (title and
    body), for the duplicate check."""
    position = catalog.index_of_id.get(article_id)
    if position is None or catalog.size < 2:
        return []
    similarity = scores(catalog, position)
    count = min(DUPLICATE_CANDIDATES, int((similarity > 0).sum()))
    if count == 0:
        return []
    best = np.argpartition(-similarity, count - 1)[:count]
    best = best[np.lexsort((best, -similarity[best]))]
    ids = [str(catalog.ids[i]) for i in best]
    texts = text_of([article_id, *ids])
    own = shingles(texts.get(article_id, ""))
    found = []
    for id_, i in zip(ids, best, strict=True):
        duplicate = is_duplicate(own, shingles(texts.get(id_, "")))
        found.append(Related(id_, round(float(similarity[i]), 3), duplicate))
    duplicates = [r for r in found if r.duplicate]
    others = [r for r in found if not r.duplicate][:limit]
    return duplicates + others


def shingles(text: str) -> set[str]:
    """Overlapping character 5-grams of the text without spaces and punctuation."""
    plain = _NOT_TEXT.sub("", text)
    return {plain[i : i + _SHINGLE] for i in range(max(0, len(plain) - _SHINGLE + 1))}


def is_duplicate(a: set[str], b: set[str]) -> bool:
    """Whether the shorter text is mostly contained in the longer one (a story
    reprinted, perhaps cut, is still the same story)."""
    if not a or not b:
        return False
    return len(a & b) / min(len(a), len(b)) >= DUPLICATE_CONTAINMENT
