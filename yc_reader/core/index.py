"""The rebuildable full-text index (``index.sqlite``): schema, incremental sync.

Crash safety comes from SQLite itself: one sync is one transaction in WAL mode,
so a killed process leaves the last committed state, and readers in other
threads or processes see the old state until the commit. The index holds
nothing precious (the folders a user imported are kept in the user database),
so a damaged, outdated or half-created index is simply recreated.

Tables: ``files`` (one row per page file, with its stat and content hash, so an
unchanged file costs one ``stat``), ``articles`` (fields, compressed body,
keywords), ``fts`` (contentless FTS5 over character tokens, see ``nlp``),
``heads`` (the same for the headline fields alone: cheap headline-hit sets),
``words`` (contentless FTS5 of jieba words, detail=none: only which article has
which word, for ranking and for the document frequencies of keywords),
``pinyin`` (contentless, the pinyin keys of headline words and names).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import multiprocessing
import multiprocessing.connection
import os
import sqlite3
import sys
import threading
import zlib
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, replace
from importlib import metadata
from pathlib import Path
from stat import S_ISREG

from yc_reader.core import dbfile, entities, nlp, pinyin, reading, sections
from yc_reader.core.errors import LibraryError, Notice
from yc_reader.core.model import Article, Block
from yc_reader.core.parse import PARSER_VERSION, parse_file
from yc_reader.core.paths import resource_path
from yc_reader.core.reading import MAX_BYTES

# Bump on any change to the schema or to the tokens nlp produces: an older index
# is recreated (contentless FTS deletes need the very tokens that were inserted).
SCHEMA_VERSION = 9  # 7: meta 'analysis' (analysis_fingerprint); 8: contentless pinyin,
# words split in Python; 9: bodies compressed from UTF-16
APPLICATION_ID = 0x59435244  # "YCRD"
_SEP = "\x1f"
# Changed files at which parsing and segmentation move to worker processes.
_POOL_THRESHOLD = 64
# Document-count growth after which every article's keywords are picked again.
_KEYWORD_REFRESH_GROWTH = 1.25

ProgressFn = Callable[[int, int, str], None]
"""``(done, total, current file name)``; called from the thread doing the work."""
CancelFn = Callable[[], bool]
"""Polled between files; returning True stops the job and commits the files done."""


@dataclass(frozen=True)
class SkippedFile:
    """A file an import could not read; ``code`` is ``reading.UnreadableFile.code``
    (or ``missing`` for an import path that does not exist)."""

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


_SCHEMA = """
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE files(
    id INTEGER PRIMARY KEY,
    path TEXT NOT NULL UNIQUE,
    size INTEGER NOT NULL,
    mtime_ns INTEGER NOT NULL,
    sha256 TEXT NOT NULL,
    skip_code TEXT NOT NULL DEFAULT '',
    skip_reason TEXT NOT NULL DEFAULT ''
);
CREATE TABLE articles(
    rowid INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    file_id INTEGER NOT NULL REFERENCES files(id),
    source TEXT NOT NULL,
    ordinal INTEGER NOT NULL,
    title TEXT NOT NULL,
    kicker TEXT NOT NULL,
    subtitle TEXT NOT NULL,
    authors TEXT NOT NULL,
    date TEXT NOT NULL,
    section TEXT NOT NULL,
    page TEXT NOT NULL,
    continuation TEXT NOT NULL,
    body BLOB NOT NULL,
    candidates TEXT NOT NULL,
    keywords TEXT NOT NULL,
    entities TEXT NOT NULL DEFAULT ''
);
CREATE INDEX articles_file ON articles(file_id);
CREATE VIRTUAL TABLE fts USING fts5(head, body, content='', tokenize='ascii');
CREATE VIRTUAL TABLE heads USING fts5(h, content='', tokenize='ascii');
CREATE VIRTUAL TABLE words USING fts5(w, content='', detail='none', tokenize='ascii');
CREATE VIRTUAL TABLE words_df USING fts5vocab(words, 'row');
CREATE VIRTUAL TABLE pinyin USING fts5(p, content='', tokenize='ascii', detail='none');
INSERT INTO fts(fts, rank) VALUES ('hashsize', 33554432);
INSERT INTO words(words, rank) VALUES ('hashsize', 33554432);
"""
# hashsize: FTS5 buffers 1 MB of new tokens before writing a segment; 32 MB makes a
# big import write far fewer, larger segments (its bigram inserts ~40 % faster).

# bm25 weights of the fts columns: a hit in the headline fields counts 8 times.
HEAD_WEIGHT, BODY_WEIGHT = 8.0, 1.0


def connect(path: Path) -> sqlite3.Connection:
    """A connection in autocommit mode (transactions are explicit), WAL, NORMAL sync."""
    conn = sqlite3.connect(path, timeout=15, isolation_level=None, check_same_thread=False)
    conn.execute("PRAGMA busy_timeout = 15000")
    # For a new file only (on an existing one they would wait for the write lock,
    # which an import holds for minutes): 16 KiB pages pack the ~3 KB article rows
    # (4 KiB pages waste a third); free pages are returned after each sync.
    if conn.execute("PRAGMA page_count").fetchone()[0] == 0:
        conn.execute("PRAGMA page_size = 16384")
        conn.execute("PRAGMA auto_vacuum = INCREMENTAL")
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = NORMAL")
    conn.execute("PRAGMA journal_size_limit = 67108864")
    conn.execute("PRAGMA cache_size = -32000")
    return conn


def open_index(path: Path) -> tuple[sqlite3.Connection, Notice | None]:
    """Open ``path``, creating or recreating the schema when needed.

    Returns the connection and a notice for the user (``None`` when none): why the
    index was recreated. Raises ``LibraryError('newer_version')`` for an index
    written by a newer app, which is left untouched.
    """
    notice: Notice | None = None
    # Peeked read-only first: opening switches the file to WAL, which would change it.
    version = dbfile.stored_version(path)
    if version <= SCHEMA_VERSION and Path(f"{path}{DAMAGED_MARK}").exists():
        notice = Notice("index_damaged", "The search index was found damaged and is rebuilt.")
        _remove_database(path)
        Path(f"{path}{DAMAGED_MARK}").unlink(missing_ok=True)
    if version <= SCHEMA_VERSION:
        try:
            conn = connect(path)
            version = _check(conn)
        except sqlite3.DatabaseError as error:
            with contextlib.suppress(NameError):
                conn.close()
            if not dbfile.is_damage(error):
                raise  # busy, read-only, full: nothing to rebuild, the caller reports it
            notice = Notice(
                "index_damaged",
                f"The search index was damaged ({error}) and is rebuilt.",
                str(error),
            )
            _remove_database(path)
            conn = connect(path)
            version = 0
    if version > SCHEMA_VERSION:
        with contextlib.suppress(NameError):
            conn.close()
        raise LibraryError(
            "newer_version",
            f"The search index in {path.parent} was written by a newer version of YC Reader "
            f"(schema {version}, this version reads {SCHEMA_VERSION}). Update YC Reader, "
            "or use another data folder.",
        )
    changed = version == SCHEMA_VERSION and _stored_fingerprint(conn) != analysis_fingerprint()
    if changed or 0 < version < SCHEMA_VERSION:
        notice = (
            Notice(
                "index_analysis_changed",
                "The dictionary, the section rules or the stopwords changed, or YC Reader or "
                "its segmenter was updated: the search index is rebuilt.",
            )
            if changed
            else Notice(
                "index_outdated", "The search index is from an older version and is rebuilt."
            )
        )
        conn.close()
        _remove_database(path)
        conn = connect(path)
        version = 0
    if version < SCHEMA_VERSION:
        _create(conn)
    return conn, notice


_ANALYSIS_RESOURCES = ("userdict.txt", "sections.toml", "stopwords.txt")
_ANALYSIS_PACKAGES = ("jieba", "rjieba", "pypinyin")


def analysis_fingerprint(resources: Path | None = None) -> str:
    """What an index's tokens and derived fields depend on besides this code
    (``SCHEMA_VERSION``): the editable resources, the versions of the segmenter
    and of pypinyin, and the parser's. An index made with others is rebuilt:
    contentless deletes must repeat the very tokens that were inserted, an edited
    dictionary or rule file is meant for every article, not only those imported
    after it, and so is a better parser."""
    folder = resources or resource_path()
    digest = hashlib.sha256(f"parser={PARSER_VERSION}\0".encode())
    for name in _ANALYSIS_RESOURCES:
        try:
            content = (folder / name).read_bytes()
        except OSError:
            content = b"(none)"
        digest.update(f"{name}\0{len(content)}\0".encode() + content)
    for package in _ANALYSIS_PACKAGES:
        try:
            version = metadata.version(package)
        except metadata.PackageNotFoundError:
            version = ""
        digest.update(f"{package}={version}\0".encode())
    return digest.hexdigest()[:16]


def _stored_fingerprint(conn: sqlite3.Connection) -> str:
    row = conn.execute("SELECT value FROM meta WHERE key = 'analysis'").fetchone()
    return row[0] if row else ""


DAMAGED_MARK = ".damaged"
"""Suffix of the file that says the index was found damaged in use: the next open rebuilds."""


def mark_damaged(path: Path) -> None:
    """Have the next ``open_index`` rebuild ``path`` (damage found by a query: the
    cheap start-up check reads only a few pages, so some damage shows only later)."""
    with contextlib.suppress(OSError):
        Path(f"{path}{DAMAGED_MARK}").touch()


def _check(conn: sqlite3.Connection) -> int:
    """The schema version, after a cheap sanity read (raises DatabaseError if damaged)."""
    app_id = conn.execute("PRAGMA application_id").fetchone()[0]
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if version == 0:
        return 0
    if app_id != APPLICATION_ID:
        raise sqlite3.DatabaseError("not a YC Reader index")
    if version <= SCHEMA_VERSION:
        conn.execute("SELECT count(*) FROM meta").fetchone()
        conn.execute("SELECT count(*) FROM files").fetchone()
        conn.execute("SELECT max(rowid) FROM articles").fetchone()
    return version


def _remove_database(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        with contextlib.suppress(FileNotFoundError):
            Path(f"{path}{suffix}").unlink()


def _create(conn: sqlite3.Connection) -> None:
    """Create the schema in one transaction: a kill leaves no half-made schema."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        if conn.execute("PRAGMA user_version").fetchone()[0] == 0:
            for statement in _SCHEMA.split(";"):
                if statement.strip():
                    conn.execute(statement)
            conn.execute(
                "INSERT INTO meta VALUES ('generation', '0'), ('keyword_docs', '0'),"
                " ('analysis', ?)",
                (analysis_fingerprint(),),
            )
            conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise


def generation(conn: sqlite3.Connection) -> int:
    """Bumped by every sync that changed something: readers reload their caches."""
    return int(conn.execute("SELECT value FROM meta WHERE key = 'generation'").fetchone()[0])


# --- preparing a file (may run in a worker process) -------------------------


@dataclass(frozen=True)
class PreparedArticle:
    """One article with everything the writer stores, computed off the writer
    (``article`` without its blocks: they are in ``body_blob``)."""

    base_id: str
    article: Article
    section: str
    body_blob: bytes
    head_tokens: str
    body_tokens: str
    words: str
    candidates: str
    entities: str = ""
    pinyin: str = ""


@dataclass(frozen=True)
class PreparedFile:
    path: str
    size: int
    mtime_ns: int
    sha256: str
    articles: tuple[PreparedArticle, ...] = ()
    skip_code: str = ""
    skip_reason: str = ""


def article_id(key: str, title: str, repeat: int) -> str:
    """Stable id from what identifies an article: its source, its headline, and how
    many articles with that headline come before it on the page; never its text."""
    digest = hashlib.sha1(f"{key}{_SEP}{title}{_SEP}{repeat}".encode()).hexdigest()
    return digest[:16]


def head_text(article: Article) -> str:
    """The headline fields that headline matches (and their ranking weight) cover."""
    return "\n".join(part for part in (article.kicker, article.title, article.subtitle) if part)


def encode_body(blocks: Sequence[Block]) -> bytes:
    # UTF-16, level 1: Chinese text is 2 bytes a character instead of UTF-8's 3, so
    # zlib has a third less to read (28 % faster) and packs it 7 % smaller; level 6
    # would pack 1 % smaller at a tenth more time.
    return zlib.compress(
        json.dumps([[b.kind, b.text] for b in blocks], ensure_ascii=False).encode(_BODY_CODEC),
        1,
    )


def decode_body(blob: bytes) -> tuple[Block, ...]:
    text = zlib.decompress(blob).decode(_BODY_CODEC)
    return tuple(Block(kind, text) for kind, text in json.loads(text))


_BODY_CODEC = "utf-16-le"


def _prepare_article(article: Article, repeat: int) -> PreparedArticle:
    text = article.text
    head = head_text(article)
    analysis = nlp.analyze(head, text)
    found = entities.from_words(analysis.counts, analysis.head_words, analysis.text_words)
    return PreparedArticle(
        base_id=article_id(article.source, article.title, repeat),
        # The blocks travel compressed in ``body_blob``: as objects they were most
        # of the cost of sending a prepared file back from a worker.
        article=replace(article, blocks=()),
        section=article.section or sections.classify(head, text),
        body_blob=encode_body(article.blocks),
        head_tokens=analysis.head_tokens,
        body_tokens=analysis.body_tokens,
        words=analysis.words,
        candidates="\n".join(f"{word}\t{count}" for word, count in analysis.candidates),
        entities=_SEP.join(found.items()),
        pinyin=_pinyin_keys(analysis.head_words, found),
    )


def _pinyin_keys(head_words: Sequence[str], found: entities.Entities) -> str:
    """An article's pinyin keys: those of its headline words and its names."""
    return pinyin.keys([*head_words, *found.people, *found.places, *found.orgs])


def prepare_file(job: tuple[str, int, int, str]) -> PreparedFile:
    """Parse and segment one changed file (top level so a worker process can run it)."""
    path, size, mtime_ns, sha = job
    parsed = parse_file(Path(path))
    if parsed.skipped:
        return PreparedFile(path, size, mtime_ns, sha, (), parsed.skip_code, parsed.skipped)
    seen: dict[str, int] = {}
    prepared = []
    for article in parsed.articles:
        repeat = seen.get(article.title, 0)
        seen[article.title] = repeat + 1
        prepared.append(_prepare_article(article, repeat))
    return PreparedFile(path, size, mtime_ns, sha, tuple(prepared))


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


# --- the writer ----------------------------------------------------------------


class _Writer:
    """One sync: a single transaction over the whole import (see module docstring)."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self.added_ids: list[int] = []

    def delete_file_articles(self, file_id: int) -> None:
        rows = self.conn.execute(
            "SELECT rowid, kicker, title, subtitle, body, entities FROM articles WHERE file_id = ?",
            (file_id,),
        ).fetchall()
        for rowid, kicker, title, subtitle, blob, found in rows:
            # Contentless tables forget the text: the delete repeats the tokens.
            head = head_text(Article(source="", title=title, kicker=kicker, subtitle=subtitle))
            text = "\n".join(block.text for block in decode_body(blob))
            analysis = nlp.analyze(head, text, keywords=False)
            self.conn.execute(
                "INSERT INTO fts(fts, rowid, head, body) VALUES ('delete', ?, ?, ?)",
                (rowid, analysis.head_tokens, analysis.body_tokens),
            )
            self.conn.execute(
                "INSERT INTO heads(heads, rowid, h) VALUES ('delete', ?, ?)",
                (rowid, analysis.head_tokens),
            )
            self.conn.execute(
                "INSERT INTO words(words, rowid, w) VALUES ('delete', ?, ?)",
                (rowid, analysis.words),
            )
            names = entities.Entities.from_items(split_list(found))
            keys = _pinyin_keys(analysis.head_words, names)
            self.conn.execute(
                "INSERT INTO pinyin(pinyin, rowid, p) VALUES ('delete', ?, ?)", (rowid, keys)
            )
        self.conn.execute("DELETE FROM articles WHERE file_id = ?", (file_id,))

    def delete_file(self, file_id: int) -> None:
        """Forget a file that left the library, and its articles."""
        self.delete_file_articles(file_id)
        self.conn.execute("DELETE FROM files WHERE id = ?", (file_id,))

    def store(self, prepared: PreparedFile, file_id: int | None) -> int:
        """Replace the file's row and articles; returns the number of articles."""
        conn = self.conn
        if file_id is None:
            # ``sync`` plans before it holds the write lock: another process may
            # have stored this file meanwhile, and then it is replaced, not added twice.
            row = conn.execute("SELECT id FROM files WHERE path = ?", (prepared.path,)).fetchone()
            file_id = row[0] if row else None
        if file_id is None:
            file_id = conn.execute(
                "INSERT INTO files(path, size, mtime_ns, sha256, skip_code, skip_reason)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (
                    prepared.path,
                    prepared.size,
                    prepared.mtime_ns,
                    prepared.sha256,
                    prepared.skip_code,
                    prepared.skip_reason,
                ),
            ).lastrowid
        else:
            self.delete_file_articles(file_id)
            conn.execute(
                "UPDATE files SET size = ?, mtime_ns = ?, sha256 = ?, skip_code = ?,"
                " skip_reason = ? WHERE id = ?",
                (
                    prepared.size,
                    prepared.mtime_ns,
                    prepared.sha256,
                    prepared.skip_code,
                    prepared.skip_reason,
                    file_id,
                ),
            )
        for item in prepared.articles:
            rowid = self._insert_article(item, file_id, prepared.path)
            conn.execute(
                "INSERT INTO fts(rowid, head, body) VALUES (?, ?, ?)",
                (rowid, item.head_tokens, item.body_tokens),
            )
            conn.execute("INSERT INTO heads(rowid, h) VALUES (?, ?)", (rowid, item.head_tokens))
            conn.execute("INSERT INTO words(rowid, w) VALUES (?, ?)", (rowid, item.words))
            conn.execute("INSERT INTO pinyin(rowid, p) VALUES (?, ?)", (rowid, item.pinyin))
            self.added_ids.append(rowid)
        return len(prepared.articles)

    def _insert_article(self, item: PreparedArticle, file_id: int, path: str) -> int:
        article = item.article
        values = [
            item.base_id,
            file_id,
            article.source,
            article.ordinal,
            article.title,
            article.kicker,
            article.subtitle,
            _SEP.join(article.authors),
            article.date,
            item.section,
            article.page,
            article.continuation,
            item.body_blob,
            item.candidates,
            item.entities,
        ]
        sql = (
            "INSERT INTO articles(id, file_id, source, ordinal, title, kicker, subtitle, authors,"
            " date, section, page, continuation, body, candidates, entities, keywords)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '')"
        )
        try:
            return self.conn.execute(sql, values).lastrowid
        except sqlite3.IntegrityError:
            # Two files with the same name and headline (in different folders):
            # the later one is told apart by its full path.
            values[0] = article_id(path, article.title, article.ordinal)
            return self.conn.execute(sql, values).lastrowid

    def refresh_keywords(self) -> None:
        """Pick keywords for the new articles, or for all when the corpus grew a lot
        (document frequencies moved). A chunk of articles at a time: all the
        candidates of a 100k library at once cost the build ~280 MB."""
        conn = self.conn
        documents = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
        last = int(conn.execute("SELECT value FROM meta WHERE key = 'keyword_docs'").fetchone()[0])
        everything = documents > last * _KEYWORD_REFRESH_GROWTH or documents < last / 1.25
        if everything:
            conn.execute("UPDATE meta SET value = ? WHERE key = 'keyword_docs'", (str(documents),))
        elif not self.added_ids:
            return
        # Looked up word by word for a few articles; read whole for many.
        all_df = (
            dict(conn.execute("SELECT term, doc FROM words_df"))
            if everything or len(self.added_ids) > _FEW_ARTICLES
            else None
        )
        for rows in self._candidate_rows(None if everything else self.added_ids):
            parsed = [
                (
                    rowid,
                    [
                        (w, int(c))
                        for w, _, c in (line.partition("\t") for line in text.split("\n"))
                        if w
                    ],
                )
                for rowid, text in rows
            ]
            df = all_df if all_df is not None else self._document_frequencies(parsed)
            conn.executemany(
                "UPDATE articles SET keywords = ? WHERE rowid = ?",
                (
                    (_SEP.join(nlp.pick_keywords(candidates, df, documents)), rowid)
                    for rowid, candidates in parsed
                ),
            )

    def _candidate_rows(self, rowids: list[int] | None) -> Iterator[list[tuple[int, str]]]:
        """(rowid, candidates) of ``rowids`` (``None``: every article), in chunks."""
        if rowids is None:
            after = 0
            while rows := self.conn.execute(
                "SELECT rowid, candidates FROM articles WHERE rowid > ? ORDER BY rowid LIMIT ?",
                (after, _KEYWORD_CHUNK),
            ).fetchall():
                yield rows
                after = rows[-1][0]
            return
        for start in range(0, len(rowids), 500):  # 500: under SQLite's limit of variables
            chunk = rowids[start : start + 500]
            marks = ",".join("?" * len(chunk))
            yield self.conn.execute(
                f"SELECT rowid, candidates FROM articles WHERE rowid IN ({marks})", chunk
            ).fetchall()

    def _document_frequencies(
        self, parsed: list[tuple[int, list[tuple[str, int]]]]
    ) -> dict[str, int]:
        """The document frequencies of the candidate words of a few articles."""
        words = {word for _, candidates in parsed for word, _ in candidates}
        return {
            word: row[0]
            for word in words
            if (
                row := self.conn.execute(
                    "SELECT doc FROM words_df WHERE term = ?", (word,)
                ).fetchone()
            )
        }


_FEW_ARTICLES = 300
_KEYWORD_CHUNK = 2000


def _under(path: str, root: str) -> bool:
    return path == root or path.startswith(root.rstrip(os.sep) + os.sep)


def seeds_root(conn: sqlite3.Connection) -> str:
    """Where the bundled corpus stood when it was last indexed (``""``: never)."""
    row = conn.execute("SELECT value FROM meta WHERE key = 'seeds_root'").fetchone()
    return row[0] if row else ""


def set_seeds_root(conn: sqlite3.Connection, root: Path) -> None:
    with transaction(conn):
        conn.execute("INSERT OR REPLACE INTO meta VALUES ('seeds_root', ?)", (str(root),))


def sync(
    conn: sqlite3.Connection,
    roots: Sequence[Path],
    *,
    progress: ProgressFn | None = None,
    cancel: CancelFn | None = None,
    retired: Sequence[str] = (),
) -> ImportReport:
    """Bring the files under ``roots`` into the index, in one transaction.

    New and changed files (by size+mtime, then content hash) are parsed and
    segmented; unchanged ones cost a ``stat``; files gone from a root that still
    exists are removed. A root that does not exist is reported and left alone
    (an unplugged drive must not empty the library). ``cancel`` stops between
    files and commits what is complete. The files under a ``retired`` root (the
    bundled corpus where an install that moved kept it) are removed, whether
    it still exists or not.
    """
    skipped: list[SkippedFile] = []
    found: list[Path] = []
    live_roots: list[str] = []
    for root in roots:
        if not root.exists():
            skipped.append(SkippedFile(str(root), "missing", "no such file or folder"))
            continue
        live_roots.append(str(root))
        found.extend(reading.walk(root))
    known = {
        row[0]: row[1:]
        for row in conn.execute(
            "SELECT path, id, size, mtime_ns, sha256, skip_code, skip_reason FROM files"
        )
    }
    jobs: list[tuple[str, int, int, str]] = []
    job_file_ids: dict[str, int | None] = {}
    touched: list[tuple[int, int, int]] = []
    unchanged = 0
    seen: set[str] = set()
    for path in found:
        key = str(path)
        if key in seen:
            continue
        seen.add(key)
        try:
            key.encode("utf-8")
        except UnicodeEncodeError:  # bytes that are not UTF-8 (Linux allows them)
            shown = key.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
            skipped.append(SkippedFile(shown, "io", "the file name is not UTF-8: rename it"))
            continue
        try:
            stat = path.stat()
        except OSError as error:
            skipped.append(SkippedFile(key, "io", f"cannot read: {error.strerror or error}"))
            continue
        # Checked before the content hash reads the file: a pipe or a link to
        # /dev/zero would never end, and a huge file is refused anyway.
        if not S_ISREG(stat.st_mode):
            skipped.append(SkippedFile(key, "io", "not a regular file (a pipe or device)"))
            continue
        if stat.st_size > MAX_BYTES:
            skipped.append(
                SkippedFile(
                    key,
                    "too_large",
                    f"too large ({stat.st_size >> 20} MB, the limit is {MAX_BYTES >> 20} MB)",
                )
            )
            continue
        old = known.get(key)
        if old and old[1] == stat.st_size and old[2] == stat.st_mtime_ns:
            unchanged += 1
            if old[4]:
                skipped.append(SkippedFile(key, old[4], old[5]))
            continue
        try:
            sha = _sha256(path)
        except OSError as error:
            skipped.append(SkippedFile(key, "io", f"cannot read: {error.strerror or error}"))
            continue
        if old and old[3] == sha:
            unchanged += 1
            touched.append((stat.st_size, stat.st_mtime_ns, old[0]))
            if old[4]:
                skipped.append(SkippedFile(key, old[4], old[5]))
            continue
        jobs.append((key, stat.st_size, stat.st_mtime_ns, sha))
        job_file_ids[key] = old[0] if old else None
    gone = [
        (path, row[0])
        for path, row in known.items()
        if path not in seen and any(_under(path, root) for root in live_roots)
    ]
    # (first out, so its copy that replaces it takes its articles' ids, bookmarked)
    retiring = [
        (path, row[0])
        for path, row in known.items()
        if path not in seen and any(_under(path, root) for root in retired)
    ]
    if not jobs and not gone and not retiring:
        if touched:
            with transaction(conn):
                conn.executemany("UPDATE files SET size = ?, mtime_ns = ? WHERE id = ?", touched)
        return ImportReport(0, 0, 0, unchanged, _count(conn), tuple(skipped))

    added = updated = 0
    writer = _Writer(conn)
    with transaction(conn):
        conn.executemany("UPDATE files SET size = ?, mtime_ns = ? WHERE id = ?", touched)
        for _, file_id in retiring:
            writer.delete_file(file_id)
        total = len(jobs)
        if progress:
            progress(0, total, "")
        prepared_files = _prepare_all(jobs)
        try:
            for done, prepared in enumerate(prepared_files, start=1):
                writer.store(prepared, job_file_ids[prepared.path])
                if progress:
                    progress(done, total, Path(prepared.path).name)
                if prepared.skip_code:
                    skipped.append(
                        SkippedFile(prepared.path, prepared.skip_code, prepared.skip_reason)
                    )
                if job_file_ids[prepared.path] is None:
                    added += 1
                else:
                    updated += 1
                if cancel and cancel():
                    gone = []
                    break
        finally:
            prepared_files.close()
        for _, file_id in gone:
            writer.delete_file(file_id)
        writer.refresh_keywords()
        conn.execute("UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'generation'")
    # ``executescript`` steps the pragma to the end: ``execute`` steps it once, which
    # frees one page (FTS merges leave thousands).
    conn.executescript("PRAGMA incremental_vacuum;")
    # Move the commit into the main file now, while there is room: if a later
    # import fills the disk, its WAL can then be given back (see ``transaction``).
    conn.execute("PRAGMA wal_checkpoint(PASSIVE)")
    removed = len(gone) + len(retiring)
    return ImportReport(added, updated, removed, unchanged, _count(conn), tuple(skipped))


def _count(conn: sqlite3.Connection) -> int:
    return conn.execute("SELECT count(*) FROM articles").fetchone()[0]


def _prepare_all(jobs: list[tuple[str, int, int, str]]) -> Iterator[PreparedFile]:
    """Parse and segment the jobs, in order, in worker processes for big imports.

    At most ``_IN_FLIGHT`` batches are ahead of the writer, so memory stays flat
    however fast the workers are. Workers are not used for small imports (they
    cost more than they save), in a frozen app or where ``__main__`` cannot be
    re-imported (a spawned worker would fail to start); if the pool breaks, the
    rest is done in this process.
    """
    if len(jobs) < _POOL_THRESHOLD or not _workers_possible():
        yield from map(prepare_file, jobs)
        return
    batches = [jobs[i : i + _BATCH] for i in range(0, len(jobs), _BATCH)]
    context = multiprocessing.get_context("spawn")
    executor = ProcessPoolExecutor(max_workers=2, mp_context=context, initializer=_exit_with_parent)
    pending: deque = deque()
    next_batch = 0
    try:
        while next_batch < len(batches) or pending:
            while next_batch < len(batches) and len(pending) < _IN_FLIGHT:
                pending.append(executor.submit(_prepare_batch, batches[next_batch]))
                next_batch += 1
            future = pending.popleft()
            try:
                results = future.result()
            except BrokenProcessPool:
                done = next_batch - len(pending) - 1
                for batch in batches[done:]:
                    yield from map(prepare_file, batch)
                return
            yield from results
    finally:
        executor.shutdown(wait=True, cancel_futures=True)


_BATCH = 4
_IN_FLIGHT = 8


def _exit_with_parent() -> None:
    """Worker initializer: end this worker as soon as the process that started it dies.

    A writer killed hard (SIGKILL, the OOM killer) cannot shut its pool down, and an
    idle worker waits forever on a queue whose write end it holds itself: without
    this watch every such kill mid-import left two workers running for good.
    """
    parent = multiprocessing.parent_process()
    if parent is None:
        return

    def watch() -> None:
        multiprocessing.connection.wait([parent.sentinel])
        os._exit(1)

    threading.Thread(target=watch, name="exit-with-parent", daemon=True).start()


def _prepare_batch(batch: list[tuple[str, int, int, str]]) -> list[PreparedFile]:
    return [prepare_file(job) for job in batch]


def _workers_possible() -> bool:
    """Spawned workers re-run the main program: a frozen app (with freeze_support
    in ``__main__``) or a script on disk can; an interactive session cannot."""
    if (os.cpu_count() or 1) < 2:
        return False
    if getattr(sys, "frozen", False):
        return True
    main_file = getattr(sys.modules.get("__main__"), "__file__", None)
    return main_file is None or os.path.exists(main_file)


@contextlib.contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[None]:
    """``BEGIN IMMEDIATE`` … ``COMMIT``, rolled back on any exception."""
    try:
        conn.execute("BEGIN IMMEDIATE")
    except sqlite3.OperationalError as error:
        raise LibraryError.busy(error) from None
    try:
        yield
    except BaseException:
        if conn.in_transaction:  # SQLite may have rolled back already (SQLITE_FULL)
            conn.execute("ROLLBACK")
        # The abandoned transaction's pages still fill the WAL: on a full disk
        # that space is needed back (it works once the last commit is checkpointed).
        with contextlib.suppress(sqlite3.Error):
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        raise
    conn.execute("COMMIT")


# --- reading ---------------------------------------------------------------------

CATALOG_SQL = "SELECT rowid, id, date, section, authors, keywords, entities FROM articles"


def catalog_rows(conn: sqlite3.Connection) -> Iterable[tuple[int, str, str, str, str, str, str]]:
    """Per-article facet fields (authors, keywords and ``entities.Entities.encode``
    ``\\x1f``-joined)."""
    return conn.execute(CATALOG_SQL)


ARTICLE_COLUMNS = (
    "rowid, id, source, ordinal, title, kicker, subtitle, authors, date, section, page,"
    " continuation, body"
)


def article_from_row(row: Sequence) -> Article:
    """An ``Article`` from a row of ``ARTICLE_COLUMNS``."""
    (_, _, source, ordinal, title, kicker, subtitle, authors, date, section, page, cont, body) = row
    return Article(
        source=source,
        title=title,
        kicker=kicker,
        subtitle=subtitle,
        authors=tuple(a for a in authors.split(_SEP) if a),
        date=date,
        section=section,
        blocks=decode_body(body),
        page=page,
        continuation=cont,
        ordinal=ordinal,
    )


def split_list(value: str) -> tuple[str, ...]:
    """A ``\x1f``-joined list column as a tuple (filter: C speed for the catalog)."""
    return tuple(filter(None, value.split(_SEP)))
