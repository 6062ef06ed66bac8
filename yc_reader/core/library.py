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

import contextlib
import functools
import shutil
import sqlite3
import threading
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

import numpy as np

from yc_reader.core import anchors, dbfile, index, nlp, paths, related, search, userdata
from yc_reader.core.cite import CitedBookmark
from yc_reader.core.errors import LibraryError, Notice, QueryError
from yc_reader.core.index import CancelFn, ImportReport, ProgressFn, SkippedFile
from yc_reader.core.model import Article
from yc_reader.core.query import parse
from yc_reader.core.related import Related
from yc_reader.core.search import (
    HIT_END,
    HIT_START,
    ArticleRow,
    Catalog,
    FacetValue,
    Searcher,
    SearchResult,
)
from yc_reader.core.userdata import Bookmark

__all__ = [
    "HIT_END",
    "HIT_START",
    "ArticleRow",
    "Bookmark",
    "CancelFn",
    "FacetValue",
    "ImportReport",
    "Library",
    "LibraryError",
    "ProgressFn",
    "QueryError",
    "Related",
    "SearchResult",
    "SkippedFile",
    "StoredArticle",
]

_Method = TypeVar("_Method", bound=Callable[..., Any])

INDEX_FILE = "index.sqlite"
USER_FILE = "user.sqlite"
BACKUPS_DIR = "backups"
FULL_DISK_BYTES = 1 << 20
"""Free space under which a failure to open is put down to a full disk."""


@dataclass(frozen=True)
class StoredArticle:
    """An indexed article with its user state, for the reader pane."""

    id: str
    article: Article
    bookmarked: bool
    note: str
    read: bool


def _reports_damage(method: _Method) -> _Method:
    """A ``Library`` method that reads the index: damage it meets (the start-up check
    reads only a few pages) becomes ``LibraryError('damaged')`` instead of a raw
    SQLite error, and the next start rebuilds the index."""

    @functools.wraps(method)
    def guarded(self: Library, *args: Any, **kwargs: Any) -> Any:
        try:
            return method(self, *args, **kwargs)
        except sqlite3.DatabaseError as error:
            if not dbfile.is_damage(error):
                raise
            raise self._damaged(error) from None

    return guarded  # type: ignore[return-value]


class Library:
    """Index + user data of one data dir. Open with ``Library.open()``.

    ``notices`` tells the user what ``open`` had to repair, one ``Notice`` each
    (a damaged index rebuilt, bookmarks restored from their backup).
    """

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir
        self.notices: list[Notice] = []
        self._index_path = data_dir / INDEX_FILE
        self._user_path = data_dir / USER_FILE
        self._local = threading.local()
        self._connections: list[sqlite3.Connection] = []
        self._connections_lock = threading.Lock()
        self._index_writer = threading.Lock()
        self._user_writer = threading.Lock()
        self._catalog: Catalog | None = None
        self._catalog_lock = threading.Lock()
        self._user_changes = 0
        self._last_hits: tuple[tuple[str, int, int], np.ndarray] | None = None
        self._reimport_roots = False
        self._closed = False

    @classmethod
    def open(cls, data_dir: Path | None = None) -> Library:
        """Open (creating if needed) the databases in ``paths.data_dir(data_dir)``.

        Fast: no file is parsed here, so the window can open before indexing.
        Raises ``LibraryError`` for a database from a newer app version, an
        unwritable data dir or a damaged user database without a backup. A
        damaged or outdated index is recreated (see ``notices``) and refilled by
        the next ``sync_seeds``.
        """
        try:
            folder = paths.data_dir(data_dir)
        except OSError as error:
            raise LibraryError(
                "unwritable", f"Cannot create the data folder {data_dir}: {error}"
            ) from None
        library = cls(folder)
        try:
            user, notices = userdata.open_user_db(library._user_path, folder / BACKUPS_DIR)
            library._adopt("user", user)
            library.notices.extend(notices)
            library._anchor_bookmarks()  # before open_index may rebuild the index
            conn, notice = index.open_index(library._index_path)
            library._adopt("index", conn)
            if notice is not None:
                library.notices.append(notice)
            empty = conn.execute("SELECT count(*) FROM files").fetchone()[0] == 0
            library._reimport_roots = empty and bool(userdata.roots(user))
        except (sqlite3.Error, OSError) as error:
            library.close()
            if isinstance(error, sqlite3.Error) and dbfile.is_busy(error):
                raise LibraryError.busy(error) from None
            why = str(error)
            with contextlib.suppress(OSError):
                if shutil.disk_usage(folder).free < FULL_DISK_BYTES:
                    why = f"the disk is full ({error})"  # SQLite says only "disk I/O error"
            raise LibraryError(
                "unwritable", f"Cannot open the library in {folder}: {why}"
            ) from None
        except BaseException:
            library.close()
            raise
        return library

    # --- connections ---------------------------------------------------------

    def _adopt(self, kind: str, conn: sqlite3.Connection) -> sqlite3.Connection:
        setattr(self._local, kind, conn)
        with self._connections_lock:
            self._connections.append(conn)
        return conn

    def _conn(self, kind: str) -> sqlite3.Connection:
        """This thread's connection to the index (``index``) or user database (``user``)."""
        if self._closed:
            raise LibraryError("closed", "The library is closed.")
        conn = getattr(self._local, kind, None)
        if conn is None:
            connect = index.connect if kind == "index" else userdata.connect
            conn = self._adopt(
                kind, connect(self._index_path if kind == "index" else self._user_path)
            )
        return conn

    # --- importing -------------------------------------------------------------

    def sync_seeds(
        self, progress: ProgressFn | None = None, cancel: CancelFn | None = None
    ) -> ImportReport:
        """Bring the bundled ``seeds/`` into the index; cheap when nothing changed.

        After the index was recreated, the folders the user had imported are
        indexed again too.
        """
        nlp.warm_up()
        seeds = paths.seeds_dir()
        before = index.seeds_root(self._conn("index"))
        moved = bool(before) and before != str(seeds)
        imported = (
            [Path(p) for p in userdata.roots(self._conn("user"))]
            if self._reimport_roots or moved
            else []
        )
        roots = [seeds, *imported] if self._reimport_roots else [seeds]
        # The app moved (another install folder, a copied bundle): its corpus's
        # old copy goes, or every article would be listed twice (unless the user
        # imported that folder too).
        retired = [before] if moved and Path(before) not in imported else []
        report = self._sync(roots, progress, cancel, retired=retired)
        if before != str(seeds) and not (cancel and cancel()):
            # (not written, a full disk say: the next start retires the old copy)
            with self._index_writer, contextlib.suppress(sqlite3.OperationalError):
                index.set_seeds_root(self._conn("index"), seeds)
        self._reimport_roots = False
        return report

    def import_paths(
        self,
        paths: Sequence[Path],
        progress: ProgressFn | None = None,
        cancel: CancelFn | None = None,
    ) -> ImportReport:
        """Index files or folders (recursively). Changed files are re-read, unchanged
        ones skipped by size, time and content hash; files gone from an imported
        folder are removed. The paths are remembered, to rebuild a lost index.
        """
        roots = [Path(p).expanduser().absolute() for p in paths]
        existing = [str(r) for r in roots if r.exists()]
        if existing:
            with self._user_writer:
                conn = self._conn("user")
                with userdata.transaction(conn):
                    for root in existing:
                        userdata.add_root(conn, root)
        return self._sync(roots, progress, cancel)

    def _sync(
        self,
        roots: list[Path],
        progress: ProgressFn | None,
        cancel: CancelFn | None,
        retired: Sequence[str] = (),
    ) -> ImportReport:
        with self._index_writer:
            try:
                report = index.sync(
                    self._conn("index"), roots, progress=progress, cancel=cancel, retired=retired
                )
            except sqlite3.Error as error:
                if dbfile.is_damage(error):
                    raise self._damaged(error) from None
                raise LibraryError(
                    "write_failed",
                    f"Could not update the index ({error}); the previous index is unchanged.",
                ) from None
            # Bookmarks whose article a better parser gave another headline (and id)
            # follow it to its new id.
            moves = anchors.lost(self._conn("index"), self._conn("user"))
            if moves:
                self._write_user(lambda user: anchors.move(user, moves))
            return report

    def _anchor_bookmarks(self) -> None:
        """Give bookmarks made before anchors were kept theirs, from the index as it
        is (read only: a damaged or newer index anchors nothing, and is left as is)."""
        user = self._conn("user")
        ids = anchors.unanchored(user)
        if not ids or not self._index_path.exists():
            return
        try:
            with contextlib.closing(dbfile.read_only(self._index_path)) as old:
                found = anchors.read(old, ids)
        except sqlite3.Error:
            return
        if found:

            def write(conn: sqlite3.Connection) -> None:
                with userdata.transaction(conn):
                    anchors.store(conn, found)

            self._write_user(write)

    def _damaged(self, error: sqlite3.Error) -> LibraryError:
        """Damage met in use: the next start rebuilds the index (see ``_reports_damage``)."""
        index.mark_damaged(self._index_path)
        return LibraryError(
            "damaged", f"The search index is damaged ({error}); it is rebuilt at the next start."
        )

    # --- searching ------------------------------------------------------------

    def _searcher(self) -> Searcher:
        """A searcher on this thread's connection and the current catalog."""
        conn = self._conn("index")
        generation = index.generation(conn)
        with self._catalog_lock:
            if self._catalog is None or self._catalog.generation != generation:
                self._catalog = Catalog(conn)
            catalog = self._catalog
        user = self._conn("user")
        return Searcher(conn, catalog, lambda: userdata.bookmarked_ids(user))

    def _hits(self, query: str, sort: str) -> tuple[np.ndarray, tuple[str, ...], Searcher]:
        parsed = parse(query)
        conn = self._conn("index")
        conn.execute("BEGIN")  # one snapshot for the catalog check and the query
        try:
            searcher = self._searcher()
            key = (query, searcher.catalog.generation, self._user_changes)
            last = self._last_hits  # read once: another thread may replace it meanwhile
            if last is not None and last[0] == key and sort == "unordered":
                hits = last[1]
            else:
                hits = searcher.run(parsed, "date" if sort == "date" else "relevance")
                self._last_hits = (key, hits)
        finally:
            conn.execute("COMMIT")
        return hits, parsed.highlight_terms, searcher

    @_reports_damage
    def search(self, query: str, *, sort: str = "relevance") -> SearchResult:
        """Ids matching ``query`` (``""``: every article, newest first). ``sort`` is
        ``"relevance"`` or ``"date"`` (newest first). Raises ``QueryError``."""
        if sort not in ("relevance", "date"):
            raise ValueError(f"sort must be 'relevance' or 'date', not {sort!r}")
        hits, terms, searcher = self._hits(query, sort)
        return SearchResult(searcher.catalog.ids[hits].tolist(), terms)

    @_reports_damage
    def facets(self, query: str) -> dict[str, list[FacetValue]]:
        """Facet counts over the result of ``query``: keys ``date`` (year → month →
        day tree), ``section``, ``keyword``, ``author``, ``bookmarked``.
        Raises ``QueryError`` for a bad query."""
        hits, _, searcher = self._hits(query, "unordered")
        return searcher.facets(hits)

    @_reports_damage
    def rows(self, ids: Sequence[str], terms: Sequence[str] = ()) -> list[ArticleRow]:
        """List rows for ``ids``, in that order (unknown ids are left out); snippets
        mark ``terms``."""
        wanted = list(dict.fromkeys(ids))
        found = {row[1]: row for row in self._article_rows(wanted)}
        user = self._conn("user")
        marked = userdata.bookmarked_ids(user)
        read = userdata.read_ids(user, list(found))
        rows = []
        for id_ in ids:
            row = found.get(id_)
            if row is None:
                continue
            article = index.article_from_row(row)
            rows.append(
                ArticleRow(
                    id=id_,
                    title=article.title,
                    kicker=article.kicker,
                    date=article.date,
                    section=article.section,
                    authors=article.authors,
                    snippet=search.snippet(article.text, terms),
                    bookmarked=id_ in marked,
                    read=id_ in read,
                    source=article.source,
                    page=article.page,
                )
            )
        return rows

    def _article_rows(self, ids: list[str]) -> Iterator[tuple]:
        query = f"SELECT {index.ARTICLE_COLUMNS} FROM articles WHERE id IN ({{ids}})"
        return dbfile.rows_for_ids(self._conn("index"), query, ids)

    @_reports_damage
    def article(self, id: str) -> StoredArticle:
        """One article with its user state; ``LibraryError('no_such_article')`` if unknown."""
        rows = list(self._article_rows([id]))
        if not rows:
            raise LibraryError("no_such_article", f"No article with id {id} in the library.")
        user = self._conn("user")
        mark = userdata.bookmark(user, id)
        return StoredArticle(
            id=id,
            article=index.article_from_row(rows[0]),
            bookmarked=mark is not None,
            note=mark.note if mark else "",
            read=bool(userdata.read_ids(user, [id])),
        )

    @_reports_damage
    def related(self, id: str) -> list[Related]:
        """Near-duplicates (flagged) and the five most similar articles to ``id``
        (shared keywords and entities, weighted by corpus IDF); [] if unknown."""
        conn = self._conn("index")
        conn.execute("BEGIN")  # the catalog and the texts from one snapshot
        try:
            searcher = self._searcher()

            def texts(ids: Sequence[str]) -> dict[str, str]:
                return {
                    row[1]: index.article_from_row(row).text
                    for row in self._article_rows(list(ids))
                }

            return related.related(searcher.catalog, id, texts)
        finally:
            conn.execute("COMMIT")

    def articles(self) -> Iterator[tuple[str, Article]]:
        """Every indexed article with its id, in import order (for export)."""
        conn = self._conn("index")
        try:
            for row in conn.execute(f"SELECT {index.ARTICLE_COLUMNS} FROM articles ORDER BY rowid"):
                yield row[1], index.article_from_row(row)
        except sqlite3.DatabaseError as error:
            if not dbfile.is_damage(error):
                raise
            raise self._damaged(error) from None

    # --- user data ---------------------------------------------------------------

    def _write_user(self, write: Callable[[sqlite3.Connection], None]) -> None:
        with self._user_writer:
            try:
                write(self._conn("user"))
            except sqlite3.Error as error:  # full disk, read-only folder, damage
                raise LibraryError(
                    "write_failed", f"Could not save your bookmarks and notes ({error})."
                ) from None
            self._user_changes += 1

    @_reports_damage
    def set_bookmark(self, id: str, on: bool, note: str = "") -> None:
        """Add (or update the note of) a bookmark, or remove it. Adding needs the
        article to be in the index (its title and date are kept with the bookmark)."""
        title = date = ""
        if on:
            rows = list(self._article_rows([id]))
            if rows:
                title, date = rows[0][4], rows[0][8]
            else:
                old = userdata.bookmark(self._conn("user"), id)
                if old is None:
                    raise LibraryError(
                        "no_such_article", f"No article with id {id} in the library."
                    )
                title, date = old.title, old.date
        found = anchors.read(self._conn("index"), [id]) if on else {}

        def write(conn: sqlite3.Connection) -> None:
            with userdata.transaction(conn):
                userdata.set_bookmark(conn, id, on, note, title, date)
                if on:
                    anchors.store(conn, found)
                else:
                    anchors.forget(conn, id)

        self._write_user(write)

    @_reports_damage
    def bookmarks(self) -> list[Bookmark]:
        """Every bookmark, newest first; ``present`` tells if its article is indexed."""
        marks = userdata.bookmarks(self._conn("user"))
        present = {row[1] for row in self._article_rows([b.id for b in marks])}
        return [Bookmark(b.id, b.title, b.date, b.note, b.created, b.id in present) for b in marks]

    @_reports_damage
    def cited_bookmarks(self) -> list[CitedBookmark]:
        """Every bookmark with its article (None when gone from the index), newest
        first: what ``cite.export_bookmarks`` needs to cite them."""
        marks = userdata.bookmarks(self._conn("user"))
        found = {
            row[1]: index.article_from_row(row) for row in self._article_rows([b.id for b in marks])
        }
        return [
            CitedBookmark(b.id, b.title, b.date, b.note, b.created, found.get(b.id)) for b in marks
        ]

    def mark_read(self, id: str, read: bool = True) -> None:
        self._write_user(lambda conn: userdata.mark_read(conn, id, read))

    def last_read(self) -> str | None:
        """The id of the article read last, to reopen it at start."""
        return userdata.get_state(self._conn("user"), "last_read")

    def set_last_read(self, id: str) -> None:
        self._write_user(lambda conn: userdata.set_state(conn, "last_read", id))

    def export_user_data(self) -> dict:
        """Bookmarks, notes, read state and last-read article as a JSON-ready dict."""
        return userdata.export(self._conn("user"))

    def import_user_data(self, data: object) -> int:
        """Merge an ``export_user_data`` dict (e.g. ``json.load`` of an export file);
        returns the number of bookmarks added or updated. Raises
        ``LibraryError('bad_export')`` for a malformed one, before writing anything."""
        count = 0

        def write(conn: sqlite3.Connection) -> None:
            nonlocal count
            count = userdata.import_(conn, data)

        self._write_user(write)
        return count

    def close(self) -> None:
        """Close every connection this library opened (in any thread)."""
        self._closed = True
        with self._connections_lock:
            for conn in self._connections:
                conn.close()
            self._connections.clear()
