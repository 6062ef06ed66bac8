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
from dataclasses import dataclass

from yc_reader.core import dbfile, index, userdata
from yc_reader.core.cjk import unspaced
from yc_reader.core.model import Block

_PASSAGE_CHARS = 40
_KEY = "anchor:"


def passage(title: str, blocks: Iterable[Block]) -> str:
    """What finds the article again: the opening of its longest paragraph (its
    title when it has none), spaces dropped."""
    paragraphs = [b.text for b in blocks if b.kind == "paragraph"]
    text = max(paragraphs, key=len) if paragraphs else title
    return unspaced(text)[:_PASSAGE_CHARS]


def read(index_conn: sqlite3.Connection, ids: list[str]) -> dict[str, tuple[str, str]]:
    """The anchors (file path, passage) of the articles ``ids`` in an index."""
    query = (
        "SELECT a.id, f.path, a.title, a.body FROM articles a JOIN files f ON f.id = a.file_id"
        " WHERE a.id IN ({ids})"
    )
    return {
        id_: (path, passage(title, index.decode_body(body)))
        for id_, path, title, body in dbfile.rows_for_ids(index_conn, query, ids)
    }


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


@dataclass(frozen=True, slots=True)
class Move:
    """A bookmark to point at another article: the one holding its passage now."""

    old: str
    new: str
    title: str
    date: str
    anchor: tuple[str, str]


def lost(index_conn: sqlite3.Connection, user_conn: sqlite3.Connection) -> list[Move]:
    """Where each bookmark whose article left the index goes: the article of its file
    that holds its passage (one not bookmarked already). Reads only, so the import
    that finds nothing lost (nearly every one) writes nothing."""
    anchors = stored(user_conn)
    marked = userdata.bookmarked_ids(user_conn)
    anchored = [id_ for id_ in marked if id_ in anchors]
    if not anchored:
        return []
    query = "SELECT id FROM articles WHERE id IN ({ids})"
    present = {id_ for (id_,) in dbfile.rows_for_ids(index_conn, query, anchored)}
    moves: list[Move] = []
    for old in anchored:
        if old in present:
            continue
        path, text = anchors[old]
        holder = _holder(index_conn, path, text, marked)
        if holder is not None:
            moves.append(Move(old, *holder, anchor=(path, text)))
            marked.add(holder[0])
    return moves


def move(user_conn: sqlite3.Connection, moves: list[Move]) -> None:
    """Point the bookmarks at their articles' new ids, with note and read state."""
    with userdata.transaction(user_conn):
        for each in moves:
            userdata.move_bookmark(user_conn, each.old, each.new, each.title, each.date)
            forget(user_conn, each.old)
            store(user_conn, {each.new: each.anchor})


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
        if text in unspaced(whole):
            return id_, title, date
    return None
