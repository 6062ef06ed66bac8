"""The two errors the core raises at its callers, each with a user-facing message.

``str(error)`` is a short English message for the CLI and logs; ``code`` is
stable, for a translated message in the window.
"""

from __future__ import annotations


class LibraryError(Exception):
    """The library cannot be opened, read or written.

    Codes: ``newer_version`` (a database written by a newer app), ``unwritable``
    (the data dir cannot be written), ``busy`` (another process is writing),
    ``damaged`` (a database is damaged and cannot be restored),
    ``no_such_article``, ``bad_export`` (a malformed bookmarks file).
    """

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


class QueryError(ValueError):
    """A query the user typed cannot be understood.

    Codes: ``unbalanced_quote``, ``bad_field``, ``bad_date``, ``bad_value``,
    ``empty_term``, ``too_long``, ``dangling_or``.
    """

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
