"""The parser's output is pinned to ``PARSER_VERSION``: an index made by another
version is rebuilt, so a change in what the parser makes of a page must bump it,
or users' libraries would keep the old reading of every file already imported."""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict
from pathlib import Path

from tests.core import relayout, test_parse_columns, test_parse_exports, test_parse_unseen
from yc_reader.core.model import Article
from yc_reader.core.parse import PARSER_VERSION, parse_file, parse_text

# (PARSER_VERSION, digest of the output below) as last recorded.
RECORDED = (29, "e7e36da2fc8fd6fd75811f553fed45cc0d6c2704216e0ddecee3b902b35ecb83")

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def _pages() -> list[str]:
    """The seeds in the family's layouts, and every page the parser tests hold."""
    pages = []
    for path in sorted(SEEDS.glob("*.txt")):
        articles = list(parse_file(path).articles)
        pages += [
            path.read_text(encoding="utf-8"),
            relayout.markdown(articles),
            relayout.plain(articles, blank_lines=False),
            relayout.column(articles, 19, "after", indent=True),
            relayout.column(articles, 16, "before", blank_lines=False),
            relayout.side_by_side(articles, 18, 2, by_width=True),
        ]
    for module in (test_parse_unseen, test_parse_columns, test_parse_exports):
        for name, value in sorted(vars(module).items()):
            if isinstance(value, str) and name.isupper() and "\n" in value:
                pages.append(value)
            elif isinstance(value, list) and value and all(isinstance(a, Article) for a in value):
                pages += [relayout.plain(value), relayout.column(value, 18, "after", indent=True)]
    return pages


def test_a_change_in_the_parsers_output_bumps_its_version():
    digest = hashlib.sha256()
    for page in _pages():
        for article in parse_text(page, "page.txt"):
            digest.update(json.dumps(asdict(article), ensure_ascii=False).encode())
    assert (PARSER_VERSION, digest.hexdigest()) == RECORDED, (
        "The parser's output changed: bump PARSER_VERSION in yc_reader/core/parse/__init__.py "
        f"and record ({PARSER_VERSION + (RECORDED[0] == PARSER_VERSION)}, "
        f'"{digest.hexdigest()}") here. (If only test pages were added, record the '
        "new digest with the same version.)"
    )
