"""Bookmark anchors: find a bookmarked article again when a better parser changes
the headline its id is made from.

An article's id comes from its source file and headline, so it survives any
change to its text. A parser upgrade that mends a headline (a WeChat post's
header line once read as the title) makes a new id, and the bookmark would point
at nothing. Each bookmark therefore keeps an anchor in the user database: the
file its article came from and a passage of its text (the opening of its longest
paragraph, which no headline rule moves). After an import, a bookmark whose
article is gone is moved to the article of that file whose text still holds the
passage; its note, date and read state go with it.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable

from yc_reader.core import index, userdata
from yc_reader.core.model import Block

_PASSAGE_CHARS = 40
_KEY = "anchor:"


def passage(title: str, blocks: Iterable[Block]) -> str:
    """What finds the article again: the opening of its longest paragraph (its
    title when it has none), spaces dropped."""
    paragraphs = [b.text for b in blocks if b.kind == "paragraph"]
    text = max(paragraphs, key=len) if paragraphs else title
    return "".join(text.split())[:_PASSAGE_CHARS]


def read(index_conn: sqlite3.Connection, ids: list[str]) -> dict[str, tuple[str, str]]:
    """The anchors (file path, passage) of the articles ``ids`` in an index."""
    found: dict[str, tuple[str, str]] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ",".join("?" * len(chunk))
        for id_, path, title, body in index_conn.execute(
            "SELECT a.id, f.path, a.title, a.body FROM articles a JOIN files f"
            f" ON f.id = a.file_id WHERE a.id IN ({marks})",
            chunk,
        ):
            found[id_] = (path, passage(title, index.decode_body(body)))
    return found


def store(user_conn: sqlite3.Connection, anchors: dict[str, tuple[str, str]]) -> None:
    for id_, anchor in anchors.items():
        userdata.set_state(user_conn, _KEY + id_, json.dumps(anchor, ensure_ascii=False))


def stored(user_conn: sqlite3.Connection) -> dict[str, tuple[str, str]]:
    """Every bookmark's anchor, by bookmark id (a malformed one is skipped)."""
    anchors: dict[str, tuple[str, str]] = {}
    for key, value in user_conn.execute(
        "SELECT key, value FROM state WHERE key >= ? AND key < ?", (_KEY, _KEY[:-1] + ";")
    ):
        try:
            path, text = json.loads(value)
        except (ValueError, TypeError):
            continue
        if isinstance(path, str) and isinstance(text, str) and text:
            anchors[key[len(_KEY) :]] = (path, text)
    return anchors


def forget(user_conn: sqlite3.Connection, id_: str) -> None:
    user_conn.execute("DELETE FROM state WHERE key = ?", (_KEY + id_,))


def unanchored(user_conn: sqlite3.Connection) -> list[str]:
    """Bookmarked ids without an anchor (bookmarks made before anchors were kept)."""
    anchors = stored(user_conn)
    return sorted(id_ for id_ in userdata.bookmarked_ids(user_conn) if id_ not in anchors)


def relocate(index_conn: sqlite3.Connection, user_conn: sqlite3.Connection) -> int:
    """Move each bookmark whose article left the index to the article of its file
    that holds its passage (one not bookmarked already). Returns how many moved."""
    anchors = stored(user_conn)
    marked = userdata.bookmarked_ids(user_conn)
    lost = [id_ for id_ in marked if id_ in anchors]
    if not lost:
        return 0
    present = _present(index_conn, lost)
    moved = 0
    for old in lost:
        if old in present:
            continue
        path, text = anchors[old]
        holder = _holder(index_conn, path, text, marked)
        if holder is None:
            continue
        new, title, date = holder
        userdata.move_bookmark(user_conn, old, new, title, date)
        forget(user_conn, old)
        store(user_conn, {new: (path, text)})
        marked.discard(old)
        marked.add(new)
        moved += 1
    return moved


def _present(index_conn: sqlite3.Connection, ids: list[str]) -> set[str]:
    found: set[str] = set()
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ",".join("?" * len(chunk))
        query = f"SELECT id FROM articles WHERE id IN ({marks})"
        found.update(id_ for (id_,) in index_conn.execute(query, chunk))
    return found


def _holder(
    index_conn: sqlite3.Connection, path: str, text: str, taken: set[str]
) -> tuple[str, str, str] | None:
    """(id, title, date) of the article of ``path`` whose text holds ``text``."""
    for id_, title, kicker, subtitle, date, body in index_conn.execute(
        "SELECT a.id, a.title, a.kicker, a.subtitle, a.date, a.body FROM articles a"
        " JOIN files f ON f.id = a.file_id WHERE f.path = ? ORDER BY a.ordinal",
        (path,),
    ):
        if id_ in taken:
            continue
        whole = "".join((title, kicker, subtitle, *(b.text for b in index.decode_body(body))))
        if text in "".join(whole.split()):
            return id_, title, date
    return None
