"""Bytes → text: the encodings and line ends real page dumps come in.

A file that is not a text page is refused with a reason a user can act on,
never a traceback.
"""

from __future__ import annotations

import codecs
import os
import re
from collections.abc import Iterator
from pathlib import Path

TEXT_SUFFIXES = frozenset({".txt", ".text", ".md", ".markdown", ".html", ".htm", ""})
MAX_BYTES = 8 * 1024 * 1024
"""A page dump is tens of KB; a bigger file is not a page. One file cannot be
cancelled mid-way, and a 50 MB one took ~50 s and 650 MB to parse and index."""


class UnreadableFile(Exception):
    """The file cannot be read as a page.

    ``code`` is stable (``empty``, ``binary``, ``encoding``, ``too_large``,
    ``io``) so the UI can show a translated reason; ``str(error)`` is the
    English one for the CLI and logs.
    """

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


# Control characters that text pages do not have (tab, line and page breaks do).
_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1f]")
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


# What a page is made of: ASCII text, CJK characters and punctuation, full-width
# forms. A UTF-16 page read with the wrong byte order is mostly other code points.
_PAGE_CHARACTER = re.compile(
    r"[\t\n\r\x20-\x7e\u00b7\u00d7\u2010-\u2027\u2030-\u205e\u3000-\u303f"
    r"\u4e00-\u9fff\uff00-\uffef]"
)


_DAMAGE = re.compile("\ufffd+")
"""One damaged spot: a bad byte inside a character makes two or three U+FFFD."""


def _tolerant(data: bytes, encoding: str) -> str | None:
    """``data`` in ``encoding``, a damaged byte here and there read as U+FFFD: a spot
    in a thousand characters, and a character cut off at the end (a dump cut short).
    Refusing such a page would lose all of it. ``None`` where more is broken."""
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        text = data.decode(encoding, "replace")
    if text.endswith("\ufffd") and not text.endswith("\ufffd\ufffd"):
        text = text[:-1]  # the character cut off: nothing of it is left to show
    return text if len(_DAMAGE.findall(text)) <= len(text) // 1000 else None


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 with no BOM: text never has NUL bytes, but every ASCII character (a
    line break, a digit) of UTF-16 has one. The byte order is the one that reads as
    a page; a binary reads as neither."""
    best, best_share = None, 0.9
    for encoding in ("utf-16-le", "utf-16-be"):
        text = _tolerant(data, encoding)
        sample = (text or "")[:2048]
        share = len(_PAGE_CHARACTER.findall(sample)) / len(sample) if sample else 0.0
        if share > best_share:
            best, best_share = text, share
    return best


def _looks_like_text(text: str) -> bool:
    """Refuse decoded binaries: text pages have almost no control characters."""
    if not text:
        return True
    controls = len(_CONTROLS.findall(text))
    return controls <= max(2, len(text) // 200)


def decode(data: bytes) -> str:
    """Decode a page's bytes, normalise line ends to ``\\n``, or raise ``UnreadableFile``."""
    text: str | None = None
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            text = _tolerant(data[len(bom) :], encoding)
            if text is None:
                raise UnreadableFile("encoding", f"marked as {encoding} but does not decode")
            break
    if text is None:
        text = _utf16_without_bom(data) if b"\0" in data[:4096] else None
    if text is None:
        if b"\0" in data:
            raise UnreadableFile("binary", "not a text file (binary data)")
        for encoding in ("utf-8", "gb18030"):
            text = _tolerant(data, encoding)
            if text is not None:
                break
        else:
            raise UnreadableFile(
                "encoding", "unknown text encoding (UTF-8, UTF-16 and GBK/GB18030 are read)"
            )
    if not _looks_like_text(text):
        raise UnreadableFile("binary", "not a text file (control characters)")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise UnreadableFile("empty", "empty file")
    return text


def read_page(path: Path) -> str:
    """Read one page file as text, refusing what is not a page."""
    try:
        size = path.stat().st_size
    except OSError as error:
        raise UnreadableFile("io", f"cannot read: {error.strerror or error}") from None
    if size == 0:
        raise UnreadableFile("empty", "empty file")
    if size > MAX_BYTES:
        raise UnreadableFile(
            "too_large", f"too large ({size >> 20} MB, the limit is {MAX_BYTES >> 20} MB)"
        )
    try:
        data = path.read_bytes()
    except OSError as error:
        raise UnreadableFile("io", f"cannot read: {error.strerror or error}") from None
    return decode(data)


def walk(root: Path) -> Iterator[Path]:
    """Page files under ``root`` (or ``root`` itself), sorted, hidden ones left out.

    Directory symlinks are not followed, so a symlink loop cannot trap an import.
    """
    if root.is_file():
        yield root
        return
    for folder, dirs, files in os.walk(root, onerror=None, followlinks=False):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if name.startswith(".") or Path(name).suffix.lower() not in TEXT_SUFFIXES:
                continue
            yield Path(folder, name)
