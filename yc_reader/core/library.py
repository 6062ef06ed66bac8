"""The one object the window and the CLI talk to: index, search, facets, user data.

``Library`` hides three things the callers must not care about: the rebuildable
full-text index (``index.sqlite``), the precious user database
(``user.sqlite``, never rebuilt) and the threads they are used from.

Threading contract: ``sync_seeds``/``import_paths`` may run on a worker thread
while the GUI thread keeps calling everything else. Every thread gets its own
SQLite connection; writes go through one writer lock; the index is in WAL mode
and an import is one transaction, so readers keep seeing the previous complete
state until it commits and are never blocked for long.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from yc_reader.core.model import Article

ProgressFn = Callable[[int, int, str], None]
"""``(done, total, current file name)``; called from the thread doing the work."""

CancelFn = Callable[[], bool]
"""Polled between files; returning True stops the job, keeping what was committed."""

HIT_START = "\ue000"
"""Marks the start of a hit in ``ArticleRow.snippet`` (Unicode private use)."""
HIT_END = "\ue001"
"""Marks the end of a hit in ``ArticleRow.snippet``."""


class LibraryError(Exception):
    """The library cannot be opened or written; ``str()`` is a message for the user.

    ``code`` is stable for translation: ``newer_version`` (a database written by a
    newer app), ``unwritable`` (the data dir cannot be written), ``no_such_article``.
    """

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


class QueryError(ValueError):
    """A query the user typed cannot be understood; ``str()`` is a short message.

    ``code`` is stable (``unbalanced_quote``, ``bad_field``, ``bad_date``,
    ``empty_term``, ``too_long``, ``only_exclusions``...) for a translated message.
    """

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


@dataclass(frozen=True)
class SkippedFile:
    """A file an import could not read; ``code`` is ``reading.UnreadableFile.code``."""

    path: str
    code: str
    reason: str


@dataclass(frozen=True)
class ImportReport:
    """What an import or a seed sync did, counted in files (``articles``: now indexed)."""

    added: int
    updated: int
    removed: int
    unchanged: int
    articles: int
    skipped: tuple[SkippedFile, ...]


@dataclass(frozen=True)
class SearchResult:
    """Matching article ids, best first (or newest first); ``terms`` are literal
    strings to highlight in the reader."""

    ids: list[str]
    terms: tuple[str, ...]


@dataclass(frozen=True)
class ArticleRow:
    """What one line of the article list shows.

    ``snippet`` is one line with hits wrapped in ``HIT_START`` … ``HIT_END``; the UI
    escapes HTML first, then replaces the markers.
    """

    id: str
    title: str
    kicker: str
    date: str
    section: str
    authors: tuple[str, ...]
    snippet: str
    bookmarked: bool
    read: bool


@dataclass(frozen=True)
class FacetValue:
    """One sidebar entry: ``term`` is the query fragment that selects it
    (``date:2024-04``, ``section:要闻``, ``author:涂燕``, ``keyword:影视``,
    ``bookmarked:yes``); ``children`` is the next date level."""

    value: str
    label: str
    count: int
    term: str
    children: tuple[FacetValue, ...] = ()


@dataclass(frozen=True)
class StoredArticle:
    """An indexed article with its user state, for the reader pane."""

    id: str
    article: Article
    bookmarked: bool
    note: str
    read: bool


@dataclass(frozen=True)
class Bookmark:
    """A bookmark as stored in the user database.

    ``title`` and ``date`` are remembered when the bookmark is made, so a bookmark
    whose article has left the index still says what it was; ``present`` tells
    whether the article is in the index now. ``created`` is ISO 8601 (UTC).
    """

    id: str
    title: str
    date: str
    note: str
    created: str
    present: bool = True


class Library:
    """Index + user data of one data dir. Open with ``Library.open()``."""

    @classmethod
    def open(cls, data_dir: Path | None = None) -> Library:
        """Open (creating if needed) the databases in ``paths.data_dir(data_dir)``.

        Fast: no file is parsed here, so the window can open before indexing.
        Raises ``LibraryError`` for a database from a newer app version or an
        unwritable data dir. A damaged or half-built index is discarded and
        rebuilt by the next ``sync_seeds``/``import_paths``.
        """
        raise NotImplementedError

    def sync_seeds(
        self, progress: ProgressFn | None = None, cancel: CancelFn | None = None
    ) -> ImportReport:
        """Bring the bundled ``seeds/`` into the index; cheap when nothing changed."""
        raise NotImplementedError

    def import_paths(
        self,
        paths: Sequence[Path],
        progress: ProgressFn | None = None,
        cancel: CancelFn | None = None,
    ) -> ImportReport:
        """Index files or folders (recursively). Changed files are re-read, unchanged
        ones skipped by content hash; files gone from an imported folder are removed.
        """
        raise NotImplementedError

    def search(self, query: str, *, sort: str = "relevance") -> SearchResult:
        """Ids matching ``query`` (``""``: every article). ``sort`` is ``"relevance"``
        or ``"date"`` (newest first). Raises ``QueryError`` for a bad query."""
        raise NotImplementedError

    def rows(self, ids: Sequence[str], terms: Sequence[str] = ()) -> list[ArticleRow]:
        """List rows for ``ids``, in that order (unknown ids are left out); snippets
        show ``terms``."""
        raise NotImplementedError

    def facets(self, query: str) -> dict[str, list[FacetValue]]:
        """Facet counts over the result of ``query``: keys ``date`` (year → month →
        day tree), ``section``, ``keyword``, ``author``, ``bookmarked``.
        Raises ``QueryError`` for a bad query."""
        raise NotImplementedError

    def article(self, id: str) -> StoredArticle:
        """One article with its user state; ``LibraryError('no_such_article')`` if unknown."""
        raise NotImplementedError

    def set_bookmark(self, id: str, on: bool, note: str = "") -> None:
        """Add (or update the note of) a bookmark, or remove it."""
        raise NotImplementedError

    def bookmarks(self) -> list[Bookmark]:
        """Every bookmark, newest first."""
        raise NotImplementedError

    def mark_read(self, id: str, read: bool = True) -> None:
        raise NotImplementedError

    def last_read(self) -> str | None:
        """The id of the article read last, to reopen it at start."""
        raise NotImplementedError

    def set_last_read(self, id: str) -> None:
        raise NotImplementedError

    def export_user_data(self) -> dict:
        """Bookmarks, notes, read state and last-read article as a JSON-ready dict."""
        raise NotImplementedError

    def import_user_data(self, data: dict) -> int:
        """Merge an ``export_user_data`` dict; returns the number of bookmarks added
        or updated. Raises ``LibraryError('bad_export')`` for a malformed dict."""
        raise NotImplementedError

    def close(self) -> None:
        """Close every connection this library opened (in any thread)."""
        raise NotImplementedError
