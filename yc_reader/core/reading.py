"""Bytes → text: the encodings and line ends real page dumps come in.

A file that is not a text page is refused with a reason a user can act on,
never a traceback.
"""

from __future__ import annotations

import codecs
import re
from pathlib import Path

TEXT_SUFFIXES = frozenset({".txt", ".text", ".md", ".markdown", ""})
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


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 with no BOM shows as NULs in every other byte of ASCII-heavy text."""
    sample = data[:4096]
    if len(sample) < 4:
        return None
    even_nuls = sample[0::2].count(0)
    odd_nuls = sample[1::2].count(0)
    half = len(sample) // 2
    for encoding, nuls in (("utf-16-le", odd_nuls), ("utf-16-be", even_nuls)):
        if nuls > half * 0.2 and (odd_nuls + even_nuls - nuls) < half * 0.05:
            try:
                return data.decode(encoding)
            except UnicodeDecodeError:
                return None
    return None


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
            try:
                text = data[len(bom) :].decode(encoding)
            except UnicodeDecodeError as error:
                raise UnreadableFile(
                    "encoding", f"marked as {encoding} but does not decode ({error.reason})"
                ) from None
            break
    if text is None:
        text = _utf16_without_bom(data) if b"\0" in data[:4096] else None
    if text is None:
        if b"\0" in data:
            raise UnreadableFile("binary", "not a text file (binary data)")
        for encoding in ("utf-8", "gb18030"):
            try:
                text = data.decode(encoding)
                break
            except UnicodeDecodeError:
                continue
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
