"""Plain data shared by every layer: what a parsed article is."""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from typing import Literal

BlockKind = Literal["paragraph", "subhead", "caption"]

# What stands for the headline of a continuation printed without one: its marker
# as printed, (上接3版), and the first subhead after it; never a headline. (The
# parser's ``kinds.CONTINUATION`` finds markers on a page; this reads the label it
# made of one, at a title's start: a model cannot import the parser that builds it.)
_MARKER_LABEL = re.compile(r"^[（(【\[]?\s*(?:上接|接上|紧接|转自)[^）)】\]\s]{0,8}[）)】\]]?")


@dataclass(frozen=True, slots=True)
class Block:
    """One unit of body text, as the reader pane lays it out."""

    kind: BlockKind
    text: str


@dataclass(frozen=True, slots=True)
class Article:
    """One article as printed on a page.

    ``date`` is ``YYYY-MM-DD``, ``YYYY-MM`` or ``""``: a part the page does not
    tell is left out rather than guessed. ``ordinal`` is the article's position
    on its page, so two articles with the same headline stay distinct.
    """

    source: str
    title: str
    kicker: str = ""
    subtitle: str = ""
    authors: tuple[str, ...] = ()
    date: str = ""
    section: str = ""
    blocks: tuple[Block, ...] = ()
    page: str = ""
    continuation: str = ""
    ordinal: int = 0

    @property
    def text(self) -> str:
        """The body as plain text, one block a line."""
        return "\n".join(block.text for block in self.blocks)

    def to_json(self) -> dict:
        """The ``parse`` JSON Lines record (stable interface, see DEVELOPERS.md).

        A continuation printed without a headline has none there (``""``): the marker
        that names it in lists and gives it its id is no headline, and the subhead
        it names it with goes back to the text."""
        title, blocks = self.title, [asdict(block) for block in self.blocks]
        if found := _MARKER_LABEL.match(title):
            title, subhead = "", title[found.end() :].strip()
            if subhead:
                blocks.insert(0, {"kind": "subhead", "text": subhead})
        return {
            "source": self.source,
            "kicker": self.kicker,
            "title": title,
            "subtitle": self.subtitle,
            "authors": list(self.authors),
            "date": self.date,
            "section": self.section,
            "blocks": blocks,
            "page": self.page,
            "continuation": self.continuation,
        }


@dataclass(frozen=True, slots=True)
class ParsedFile:
    """The articles of one file, or why the file was skipped.

    ``skipped`` is the English reason, ``skip_code`` the stable code of
    ``reading.UnreadableFile`` for a translated one.
    """

    source: str
    articles: tuple[Article, ...] = ()
    skipped: str = ""
    skip_code: str = ""
