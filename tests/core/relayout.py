"""Re-lay parsed articles as the other layouts of the family, to parse them back.

Each function prints a page the way one kind of dump prints it: Markdown with
``#`` headings, plain text with a paragraph a line, or PDF column text
hard-wrapped at a fixed number of characters with headlines after or before.
"""

from __future__ import annotations

from yc_reader.core.cjk import width
from yc_reader.core.model import Article, Block

INDENT = "\u3000\u3000"


def _unheaded(article: Article) -> bool:
    """A continuation printed without a headline: its title is the marker (+ first subhead)."""
    return bool(article.continuation) and article.title.startswith(("(", "（"))


def headline_lines(article: Article) -> list[str]:
    if _unheaded(article):
        return []
    return [line for line in (article.kicker, article.title, article.subtitle) if line]


def byline_lines(article: Article) -> list[str]:
    """The byline under the headline, which the parser keeps in ``authors`` only:
    printed again when no block names the authors (a 本报讯 lead or a credit does)."""
    text = "".join(b.text for b in article.blocks).replace(" ", "")
    if not article.authors or _unheaded(article) or any(a in text for a in article.authors):
        return []
    return [f"渝西都市报记者 {' '.join(article.authors)}"]


def _continuation_line(article: Article) -> list[str]:
    if not _unheaded(article):
        return []
    marker, _, subhead = article.title.partition(" ")
    return [marker, f"### {subhead}" if subhead else ""]


def _plain_continuation(article: Article) -> list[str]:
    return [line.removeprefix("### ") for line in _continuation_line(article) if line]


def markdown(articles: list[Article]) -> str:
    out: list[str] = []
    for article in articles:
        out += [line for line in _continuation_line(article) if line]
        if headline_lines(article):
            if article.kicker:
                out.append(f"### {article.kicker}")
            out.append(f"## {article.title}")
            if article.subtitle:
                out.append(article.subtitle)
        out += byline_lines(article)
        for block in article.blocks:
            out.append(f"### {block.text}" if block.kind == "subhead" else block.text)
    return "\n\n".join(out) + "\n"


def plain(articles: list[Article], blank_lines: bool = True) -> str:
    out: list[str] = []
    for article in articles:
        out += _plain_continuation(article) + headline_lines(article) + byline_lines(article)
        out += [block.text for block in article.blocks]
    return ("\n\n" if blank_lines else "\n").join(out) + "\n"


def _wrap(block: Block, chars: int, indent: bool) -> list[str]:
    if block.kind == "subhead":
        return [block.text]
    text = block.text
    rows = [text[i : i + chars].strip() for i in range(0, len(text), chars)] or [""]
    if indent:
        rows[0] = INDENT + rows[0]
    return rows


def column(
    articles: list[Article],
    chars: int = 20,
    headlines: str = "after",
    blank_lines: bool = True,
    indent: bool = False,
    wrap_headlines: bool = False,
    marked: bool = False,
) -> str:
    """Column text: every body row ``chars`` characters, headlines before or after
    (kept on one line each, or wrapped at the column too, or marked up as
    Markdown headings, as a converter leaves a PDF's page)."""
    out: list[str] = []
    for article in articles:
        if marked:
            body = [line for line in _continuation_line(article) if line]
        else:
            body = _plain_continuation(article)
        body += byline_lines(article)
        for block in article.blocks:
            rows = _wrap(block, chars, indent)
            body += [f"### {rows[0]}"] if marked and block.kind == "subhead" else rows
        heads = headline_lines(article)
        if marked and heads:
            heads = [f"### {article.kicker}"] * bool(article.kicker) + [f"## {article.title}"]
            heads += [article.subtitle] * bool(article.subtitle)
        if wrap_headlines:
            heads = [row for line in heads for row in _wrap(Block("paragraph", line), chars, False)]
        out += (body + heads) if headlines == "after" else (heads + body)
    return ("\n\n" if blank_lines else "\n").join(out) + "\n"


def masthead(date: str, page: str, section: str) -> str:
    year, month, day = (int(part) for part in date.split("-"))
    return f"{year}年{month}月{day}日 星期六 第{int(page):02d}版：{section} 编辑：刘洋\n\n"


def _set(text: str, cells: int) -> list[str]:
    """Rows of type set ``cells`` wide: as many characters as fit, narrow ones narrow."""
    rows = [""]
    for ch in text:
        if width(rows[-1] + ch) > cells:
            rows.append("")
        rows[-1] += ch
    return rows


def side_by_side(
    articles: list[Article], chars: int = 18, columns: int = 2, by_width: bool = False
) -> str:
    """A layout-preserving PDF dump (``pdftotext -layout``): each story's headlines
    centred across the page, its indented body set ``chars`` Han characters wide in
    ``columns`` columns side by side, aligned by character (pdftotext's cells, each
    as wide as the widest row needs) or by display width."""
    indent = "\u3000\u3000"
    out: list[str] = []
    for article in articles:
        rows = _plain_continuation(article) + byline_lines(article)
        for block in article.blocks:
            rows += _set(block.text if block.kind == "subhead" else indent + block.text, 2 * chars)
        measure = width if by_width else len
        column_cells = max(measure(row) for row in rows) if rows else chars
        page_cells = columns * column_cells + 3 * (columns - 1)
        for line in headline_lines(article):
            out.append(" " * max(0, (page_cells - measure(line)) // 2) + line)
        depth = -(-len(rows) // columns)
        stacks = [rows[i : i + depth] for i in range(0, len(rows), depth)]
        for n in range(depth):
            pieces = [stack[n] if n < len(stack) else "" for stack in stacks]
            padded = [p + " " * (column_cells - measure(p)) for p in pieces[:-1]]
            out.append("   ".join([*padded, pieces[-1]]).rstrip())
        out.append("")
    return "\n".join(out) + "\n"
