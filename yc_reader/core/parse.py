"""Page text → articles. (First cut: Markdown headings only; the full parser follows.)"""

from __future__ import annotations

from pathlib import Path

from yc_reader.core.model import Article, Block, ParsedFile
from yc_reader.core.reading import UnreadableFile, read_page


def parse_text(text: str, source: str) -> list[Article]:
    articles: list[Article] = []
    title, paragraphs = "", []
    for line in text.splitlines():
        line = line.strip()
        if line.startswith("#"):
            if title or paragraphs:
                articles.append(_make(source, title, paragraphs, len(articles)))
            title, paragraphs = line.lstrip("#").strip(), []
        elif line:
            paragraphs.append(line)
    if title or paragraphs:
        articles.append(_make(source, title, paragraphs, len(articles)))
    return articles


def _make(source: str, title: str, paragraphs: list[str], ordinal: int) -> Article:
    blocks = tuple(Block("paragraph", p) for p in paragraphs)
    return Article(source=source, title=title or paragraphs[0][:20], blocks=blocks, ordinal=ordinal)


def parse_file(path: Path) -> ParsedFile:
    try:
        text = read_page(path)
    except UnreadableFile as error:
        return ParsedFile(source=path.name, skipped=str(error), skip_code=error.code)
    return ParsedFile(source=path.name, articles=tuple(parse_text(text, path.name)))
