"""The two errors the core raises at its callers, and the notices it leaves them.

Each carries a user-facing message: ``str(error)`` (``notice.message``) is a
short English message for the CLI and logs; ``code`` is stable, for a
translated message in the window.
"""

from __future__ import annotations

from dataclasses import dataclass


class LibraryError(Exception):
    """The library cannot be opened, read or written.

    Codes: ``newer_version`` (a database written by a newer app), ``unwritable``
    (the data dir cannot be written), ``busy`` (another process is writing),
    ``damaged`` (the search index is damaged: rebuilt at the next start),
    ``bookmarks_damaged`` (the user database is damaged and there is no backup),
    ``write_failed`` (a write failed and was rolled back), ``closed``,
    ``no_such_article``, ``bad_export`` (a malformed bookmarks file).
    """

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code

    @classmethod
    def busy(cls, error: Exception) -> LibraryError:
        """Another YC Reader (the window, a CLI import) holds the write lock too long."""
        return cls("busy", f"The library is being updated by another YC Reader ({error}).")


class QueryError(ValueError):
    """A query the user typed cannot be understood.

    Codes: ``unbalanced_quote``, ``bad_field``, ``bad_date``, ``bad_value``,
    ``empty_term``, ``too_long``, ``dangling_or``.
    """

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


@dataclass(frozen=True)
class Notice:
    """Something opening the library had to repair, told to the user once.

    Codes: ``index_damaged`` (the search index was damaged and is rebuilt),
    ``index_outdated`` (it is from an older version and is rebuilt),
    ``index_analysis_changed`` (the dictionary, section rules, stopwords,
    segmenter or parser changed and it is rebuilt), ``bookmarks_restored`` (the bookmarks
    database was damaged and restored from its backup; ``detail`` is the damaged
    copy's file name), ``bookmarks_not_backed_up`` (``detail`` is the error).

    ``message`` is the English text for the CLI and logs; ``detail`` the
    variable part of it (a file name or an error text), for a translated one.
    """

    code: str
    message: str
    detail: str = ""
