"""Rule-based sections (版面) for articles whose page names none.

The rules are a keyword list per section in ``resources/sections.toml``, which
users can read and edit; the classification is a transparent count, so anyone
can see why an article landed where it did.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import numpy as np

from yc_reader.core.paths import resource_path

TITLE_WEIGHT = 3


@dataclass(frozen=True)
class SectionRules:
    """Keywords per section, in file order (earlier sections win ties)."""

    sections: tuple[tuple[str, tuple[str, ...]], ...]
    min_score: int = 3


def load_rules(path: Path) -> SectionRules:
    """Read a rules file; a missing or broken file means no classification."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return SectionRules(())
    sections = []
    for entry in data.get("section", []):
        name, keywords = entry.get("name"), entry.get("keywords", [])
        if isinstance(name, str) and name and isinstance(keywords, list):
            sections.append((name, tuple(k for k in keywords if isinstance(k, str) and k)))
    min_score = data.get("min_score", 3)
    return SectionRules(tuple(sections), min_score if isinstance(min_score, int) else 3)


@cache
def default_rules() -> SectionRules:
    return load_rules(resource_path("sections.toml"))


def classify(title: str, text: str, rules: SectionRules | None = None) -> str:
    """The best-scoring section name, or ``""`` when no section scores ``min_score``."""
    rules = rules or default_rules()
    present = _present_in(f"{title}\n{text}", rules)
    best, best_score = "", 0
    for name, keywords in rules.sections:
        score = sum(text.count(k) + TITLE_WEIGHT * title.count(k) for k in keywords if k in present)
        if score > best_score:
            best, best_score = name, score
    return best if best_score >= rules.min_score else ""


def _present_in(text: str, rules: SectionRules) -> set[str]:
    """The keywords that may occur in ``text``: those whose first two characters do
    (and those of one character). Counting every keyword in a long article was
    most of the cost of classifying it, and most keywords are absent."""
    keywords, heads, short = _keyword_heads(rules)
    if len(text) < 2:
        return set(short)
    codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    pairs = np.sort((codes[:-1].astype(np.uint64) << np.uint64(32)) | codes[1:])
    found = pairs[np.minimum(np.searchsorted(pairs, heads), len(pairs) - 1)] == heads
    return {keywords[i] for i in np.flatnonzero(found)}.union(short)


@cache
def _keyword_heads(rules: SectionRules) -> tuple[tuple[str, ...], np.ndarray, tuple[str, ...]]:
    """The keywords of two or more characters with their first two characters as
    one number each, and the keywords of one character."""
    keywords = tuple(dict.fromkeys(k for _, ks in rules.sections for k in ks if len(k) >= 2))
    heads = np.array([(ord(k[0]) << 32) | ord(k[1]) for k in keywords], dtype=np.uint64)
    short = tuple(k for _, ks in rules.sections for k in ks if len(k) < 2)
    return keywords, heads, short
