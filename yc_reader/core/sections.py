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
    best, best_score = "", 0
    for name, keywords in rules.sections:
        score = sum(text.count(k) + TITLE_WEIGHT * title.count(k) for k in keywords)
        if score > best_score:
            best, best_score = name, score
    return best if best_score >= rules.min_score else ""
