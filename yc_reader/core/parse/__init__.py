"""Page text → articles.

A page comes in one of a family of layouts: Markdown headings, plain text with a
paragraph a line, or PDF column text hard-wrapped every ~16–24 characters with
its headlines after the body or before it. The parser first turns lines into
typed *units* (headline rows, paragraphs, bylines, captions …), rejoining what
the column layout or a column break cut, then decides which headline groups
open (or, headlines-after, close) an article and which are subheads, and
finally fills in authors and dates.

Website and e-paper exports come as the same layouts with metadata lines
(``作者：…``, ``发布时间：…``), navigation (``打印本页 关闭窗口``) and rules
(``----``) between their articles; Markdown may carry lists, tables, links,
images and stray HTML.

Nothing of the page's text is dropped or repeated: every line outside markup,
the masthead, an export's metadata, a web page's frame and the markers of where
a story goes on (``(下转4版)``, ``(上接3版)`` over a printed headline) ends up in
exactly one field or block of one article.
"""

from __future__ import annotations

import itertools
import re
from pathlib import Path

from yc_reader.core import bylines, datelines
from yc_reader.core.cjk import ends_sentence, halfwidth_numbers, join_wrapped
from yc_reader.core.masthead import (
    ExportMeta,
    PageMeta,
    date_from_filename,
    export_piece_starts,
    is_export,
    page_from_filename,
    strip_export_meta,
    strip_masthead,
    year_from_filename,
)
from yc_reader.core.model import Article, Block, ParsedFile
from yc_reader.core.parse.adverts import drop_adverts, has_advert
from yc_reader.core.parse.cleaning import Lines, clean_lines
from yc_reader.core.parse.columns import column_units, page_measures
from yc_reader.core.parse.kinds import (
    CAPTION_START,
    COLUMN_LABEL,
    HEAD,
    LITERARY_COLUMN,
    PARA,
    STORY_LABEL,
    Unit,
    article_start,
    mark_numbered_captions,
    mark_signatures,
    open_block,
)
from yc_reader.core.parse.paragraphs import (
    BOLD_LINE,
    EMPHASIS,
    MD_HEADING,
    drop_pull_quotes,
    markdown_units,
    plain_units,
)
from yc_reader.core.parse.stories import (
    Draft,
    append_section,
    assemble_markdown,
    assemble_rows,
    carry_preambles,
    goes_on,
    one_draft,
    split_briefs,
    title_from_body,
    unbracketed,
    unlabel_items,
)
from yc_reader.core.parse.webframe import read_web_frame
from yc_reader.core.reading import UnreadableFile, read_page

PARSER_VERSION = 29
# Bold inside a line of a page that is not Markdown otherwise.
_INLINE_BOLD = re.compile(r"\*\*(?=\S)(.+?)(?<=\S)\*\*")


def _dates(
    drafts: list[Draft], known: list[str], page_text: str, named_year: int | None
) -> list[str]:
    """Each draft's date: the day the page states for it (``known``), else its
    dateline with the year the page's text gives, else its notice's signature.
    A page dated to its month alone (a monthly supplement's) gives a dateline
    its year and stands for the undated stories. On a page without a date, a
    story without a dateline has none (its neighbours' month is only a guess),
    but a continuation has its page's month: it is the rest of a story of the
    same issue."""
    leads = [
        None if len(date) == len("YYYY-MM-DD") else _dateline(d)
        for d, date in zip(drafts, known, strict=True)
    ]
    if not any(leads) and all(known):
        return known
    found = [lead for lead, date in zip(leads, known, strict=True) if lead and not date]
    year = datelines.infer_year(page_text, found, named_year)
    months = {month for month, _ in found}
    page_month = next(iter(months)) if len(months) == 1 else None
    # A page of early January also reports the last days of December: of the
    # year before, unless the page prints that December with its year.
    turn = (
        year is not None
        and 12 in months
        and bool(months & {1, 2})
        and f"{year}年12月" not in halfwidth_numbers(page_text)
    )
    return [
        datelines.format_date(int(date[:4]), *lead)
        if date and lead
        else date
        or _signed_on(draft)  # (a notice's signature wins over the days its items name)
        or (
            datelines.format_date(year - 1 if turn and lead[0] == 12 else year, *lead)
            if lead
            else _month_date(draft, year, page_month)
        )
        for draft, lead, date in zip(drafts, leads, known, strict=True)
    ]


def _dateline(draft: Draft) -> tuple[int, int] | None:
    """The (month, day) a story's lead opens with, in its first paragraphs (a
    photo's caption or an editor's note may come first); none when the lead
    names its month alone (``6月以来，…``: the days its text names later,
    ``6月1日至20日``, are not the story's)."""
    for block in draft.blocks[:3]:
        if block.kind == "paragraph":
            if datelines.lead_month(block.text):
                return None
            found = datelines.dateline(block.text)
            if found:
                return found
    if draft.blocks and all(block.kind == "caption" for block in draft.blocks):
        # a photo item, told by its caption alone: ▲1月7日，何埂镇村民…
        return datelines.dateline(CAPTION_START.sub("", draft.blocks[0].text, count=1))
    return None


def _month_date(draft: Draft, year: int | None, page_month: int | None) -> str:
    """A story dated to the month its lead names alone (``6月以来，``, with the
    page's year unless it names its own: ``2023年6月上旬，``), or a continuation to
    its page's month."""
    lead = next((b.text for b in draft.blocks[:3] if b.kind == "paragraph"), "")
    found = datelines.lead_month(lead)
    if found:
        return datelines.format_date(found[0] or year, found[1])
    return datelines.format_date(year, page_month if draft.continuation else None)


def _signed_on(draft: Draft) -> str:
    """The date a notice is signed with under its issuer, or a piece's note of when
    it was written (（2024年3月于永川）), among its last lines."""
    for block in draft.blocks[-2:]:
        if block.kind == "paragraph":
            signed = datelines.signing_date(block.text) or datelines.written_on(block.text)
            if signed:
                return signed
    return ""


# What only a web page prints: links, an e-paper's page buttons.
_WEB_FRAME = re.compile(r"https?://|上一版|下一版|版面导航|上一篇|下一篇")


def parse_text(text: str, source: str) -> list[Article]:
    """The articles printed on one page, in page order.

    A rule (``----``, ``====``) parts a page into pieces parsed one by one: an
    export of several articles. What an export's metadata lines say about a
    piece (date, authors, title) goes to that piece's articles, its page and
    section to the page.
    """
    page = clean_lines(text)
    pages, lines = strip_masthead(page.text)
    pages = [(start, meta.dated(source)) for start, meta in pages]
    if has_advert(text):
        drop_adverts(lines)
    # Each page of a file holding several is read in its own layout (a Markdown
    # front page, then pages of plain or column text).
    in_markdown: list[bool] = []  # for each page
    for start, end in itertools.pairwise([*(start for start, _ in pages), len(lines)]):
        part = lines[start:end]
        markdown = _is_markdown(part)
        in_markdown.append(markdown)
        if markdown:
            lines[start:end] = _lift_headings(page.text[start:end], part)
        else:
            lines[start:end] = [
                _INLINE_BOLD.sub(r"\1", line) if "**" in line else line for line in part
            ]
    drafts: list[Draft] = []
    exports: list[ExportMeta] = []  # for each draft
    stated: list[ExportMeta] = []  # for each piece, those without a story too
    metas: list[PageMeta] = []
    banner: Draft | None = None  # a headline alone over a rule, first on the page
    # Pieces: between rules, a page of a file holding several a piece of its own,
    # and on an export each article's fields open one.
    # (a printed page's masthead, not an e-paper's frame of links)
    on_paper = any(meta.date or meta.page for _, meta in pages) and not _WEB_FRAME.search(text)
    exported = is_export(lines, on_paper)
    if exported:
        lines = read_web_frame(lines)
    cuts = {*page.rules, *(start for start, _ in pages[1:])}  # lines of no piece
    opens = set(export_piece_starts(lines)) if exported else set()
    edges = sorted({(-1, 0), *((n, n + 1) for n in cuts), *((n, n) for n in opens)})
    edges.append((len(lines), len(lines)))
    for (_, start), (end, _) in itertools.pairwise(edges):
        if start >= end:
            continue
        export, piece = strip_export_meta(lines[start:end], exported)
        stated.append(export)
        on_page = next(k for k in range(len(pages) - 1, -1, -1) if pages[k][0] <= start)
        found = _piece_drafts(piece, start, page, in_markdown[on_page])
        if export.title and not (
            # (标题：镇街简讯 over briefs each under its own title: the column's label)
            STORY_LABEL.match(export.title) and len(found) > 1 and all(d.title for d in found)
        ):
            found = [one_draft(found, export)]
        elif drafts and not exports[-1].title and found and goes_on(found[0]):
            append_section(drafts[-1], found.pop(0))
        elif (
            drafts
            and found
            and drafts[-1].headline_only()
            and not (found[0].title or found[0].kicker or found[0].subtitle)
        ):  # # 永川区召开… / --- / 本报讯 …: the headline a rule set over its story
            head = drafts.pop()
            exports.pop()
            metas.pop()
            found[0].kicker, found[0].title, found[0].subtitle = (
                head.kicker,
                head.title,
                head.subtitle,
            )
        elif drafts and exports[-1].title and found and not drafts[-1].has_text():
            # the fields over a rule (标题：… / 作者：… / -----), the text under it
            append_section(drafts[-1], one_draft(found, exports[-1]))
            found = []
        if not drafts and len(found) == 1 and not export.title and found[0].headline_only():
            banner = found[0]  # (# 聚焦2024永川两会 / ---: over the page, set apart)
        byline = bylines.listed_names(export.byline)
        for draft in found:
            draft.authors[:0] = byline
            draft.photographers[:0] = bylines.listed_names(export.photographer)
        drafts += found
        exports += [export] * len(found)
        metas += [pages[on_page][1]] * len(found)
    if (
        banner is not None
        and len(drafts) > 1
        and drafts[0] is banner
        and banner.headline_only()  # (no text under its rule went on under it)
        and drafts[1].title
    ):
        del drafts[0], exports[0], metas[0]
    # A piece without a date of its own takes the issue's: a masthead's, an
    # export's, or the file name's; a page or section an export states is the
    # page's, else the file name's (…第2版要闻.txt).
    issue_date = (
        next((m.date for m in metas if m.date), "")
        or next((e.date for e in stated if e.date), "")
        or date_from_filename(source)
    )
    named = page_from_filename(source)
    export_page = next((e.page for e in stated if e.page), "") or named.page
    export_section = next((e.section for e in stated if e.section), "") or named.section
    own_dates = [m.date or e.date or issue_date for m, e in zip(metas, exports, strict=True)]
    kept = [i for i, d in enumerate(drafts) if not d.empty()]
    drafts, metas = [drafts[i] for i in kept], [metas[i] for i in kept]
    unlabel_items(drafts)
    exports = [exports[i] for i in kept]
    page_text = "\n".join(
        "\n".join([d.kicker, d.title, d.subtitle, *(b.text for b in d.blocks)]) for d in drafts
    )
    dates = _dates(drafts, [own_dates[i] for i in kept], page_text, year_from_filename(source))
    # A byline held aside must be a line of its own (bold or not).
    printed: set[str] = set()
    if any(draft.byline for draft in drafts):
        printed = {*lines, *(EMPHASIS.sub("", line).strip() for line in lines if "*" in line)}
    drafts, dates, metas, exports = _join_jumps(drafts, dates, metas, exports, export_page)
    articles: list[Article] = []
    for ordinal, (draft, date, meta, export) in enumerate(
        zip(drafts, dates, metas, exports, strict=True)
    ):
        title = draft.title
        if not title and draft.continuation_label:
            title = draft.continuation_label
            if draft.blocks and draft.blocks[0].kind == "subhead":  # (上接3版) + its first subhead
                subhead = draft.blocks.pop(0).text
                # (or the headline of the story it goes on from, printed again)
                repeated = any(d.title == subhead for d in drafts[:ordinal])
                title = subhead if repeated else f"{title} {subhead}"
        if draft.byline and (
            not (title or draft.kicker or draft.subtitle)
            or not printed.issuperset(draft.byline.split("\n"))
        ):  # no headline to go with, or rows joined into one: text, as printed
            draft.blocks[draft.byline_at : draft.byline_at] = draft.byline_blocks()
        if not title:
            title, draft.blocks = title_from_body(draft.blocks)
        authors = tuple(dict.fromkeys(draft.authors or draft.photographers))
        articles.append(
            Article(
                source=source,
                title=unbracketed(title),
                kicker=_without_column(draft.kicker),
                subtitle=draft.subtitle,
                authors=authors,
                date=date,
                section=meta.section or export.section or export_section,
                blocks=tuple(draft.blocks),
                page=meta.page or export.page or export_page,
                continuation=draft.continuation,
                ordinal=ordinal,
            )
        )
    return articles


def _without_column(kicker: str) -> str:
    """The kicker without the column's or the kind's label that heads it (便民信息,
    【环保曝光台】, a literary page's 茶竹文苑): the label names the column the piece
    runs in, no part of its headline."""
    if not kicker:
        return ""
    label, _, rest = kicker.partition(" ")
    if (
        STORY_LABEL.match(label)
        or COLUMN_LABEL.fullmatch(label)
        or _LITERARY_COLUMN.fullmatch(label)
    ):
        return unbracketed(rest)
    return unbracketed(kicker)


_LITERARY_COLUMN = re.compile(rf"[\u4e00-\u9fff]{{0,4}}{LITERARY_COLUMN}")


def _join_jumps(
    drafts: list[Draft],
    dates: list[str],
    metas: list[PageMeta],
    exports: list[ExportMeta],
    named_page: str,
) -> tuple[list[Draft], list[str], list[PageMeta], list[ExportMeta]]:
    """A story sent on to another page of the same file (``（下转2版）``) and its rest
    there (``（上接1版）``, unheaded or under its headline printed again): one
    article, its text whole, as a reader of the issue reads it."""
    pages = [m.page or e.page or named_page for m, e in zip(metas, exports, strict=True)]
    kept = [True] * len(drafts)
    for at, draft in enumerate(drafts):
        if not (draft.jumps_to and pages[at]):
            continue
        rest = next(
            (
                later
                for later in range(at + 1, len(drafts))
                if kept[later]
                and drafts[later].continuation == pages[at]
                and pages[later] == draft.jumps_to
                and _headed_alike(drafts[later], draft)
            ),
            None,
        )
        if rest is not None:
            _append_rest(draft, drafts[rest])
            kept[rest] = False
    chosen = [at for at, keep in enumerate(kept) if keep]
    return (
        [drafts[at] for at in chosen],
        [dates[at] for at in chosen],
        [metas[at] for at in chosen],
        [exports[at] for at in chosen],
    )


def _headed_alike(rest: Draft, draft: Draft) -> bool:
    """``rest`` is unheaded or under ``draft``'s headline printed again, its rows read
    another way there (``永川区召开…招商引资`` / ``工作推进会`` without the ——subtitle
    that made them one title: a title and its subtitle, or a kicker and a title)."""
    if not rest.title:
        return True
    readings = (rest.title, rest.kicker + rest.title, rest.title + rest.subtitle)
    return "".join(draft.title.split()) in {"".join(text.split()) for text in readings}


def _append_rest(draft: Draft, rest: Draft) -> None:
    """``rest``'s text after ``draft``'s, a paragraph the jump cut joined again."""
    blocks = list(rest.blocks)
    if blocks and blocks[0].kind == "subhead" and blocks[0].text == draft.title:
        blocks.pop(0)  # (the headline printed again over the rest)
    last = draft.blocks[-1] if draft.blocks else None
    if (
        last is not None
        and blocks
        and last.kind == blocks[0].kind == "paragraph"
        and not ends_sentence(last.text)
    ):
        draft.blocks[-1] = Block("paragraph", join_wrapped(last.text, blocks.pop(0).text))
    draft.blocks += blocks
    draft.authors += [name for name in rest.authors if name not in draft.authors]
    draft.photographers += [name for name in rest.photographers if name not in draft.photographers]
    draft.jumps_to = rest.jumps_to


def _is_markdown(lines: list[str]) -> bool:
    """Lines with a Markdown heading (``## …``) or a bold line (``**…**``) among them."""
    return any(
        line[:1] in ("#", "*", "_")
        and (
            (line[0] == "#" and MD_HEADING.match(line) and line.lstrip("#").strip())
            or BOLD_LINE.match(line)
        )
        for line in lines
    )


def _lift_headings(page: list[str], lines: list[str]) -> list[str]:
    """``lines`` with the story headings at ``##`` where the masthead took the top
    levels (``# 渝西都市报`` / ``## 2024年4月20日 第2版 要闻`` over ``### 标题``),
    or where a converter starts its levels lower (``##### 引题`` over ``#### 标题``):
    the stories' headings are then titles, not minor heads."""
    levels = [
        len(found.group(1))
        for line in lines
        if line.startswith("#") and (found := MD_HEADING.match(line)) and found.group(2)
    ]
    shift = min(levels, default=0) - 2
    if shift <= 0 or not (
        len(set(levels)) > 1
        or any(old.startswith("#") and not new for old, new in zip(page, lines, strict=True))
    ):
        return lines
    return [
        line[shift:] if line.startswith("#") and MD_HEADING.match(line) else line for line in lines
    ]


def _piece_drafts(lines: list[str], first: int, page: Lines, markdown: bool) -> list[Draft]:
    """The drafts of a piece of the page, ``lines`` from line ``first`` on."""
    marked = {n - first: kind for n, kind in page.kinds.items() if first <= n < first + len(lines)}
    indented = {n - first: w for n, w in page.indented.items() if first <= n < first + len(lines)}
    if markdown:
        heads = {n - first for n in page.marked_heads if first <= n < first + len(lines)}
        units = drop_pull_quotes(markdown_units(lines, marked, heads))
        mark_numbered_captions(units)
        mark_signatures(units)
        return carry_preambles(split_briefs(assemble_markdown(units)))
    units: list[Unit] = []
    for start, end, column in page_measures(lines):
        part = lines[start:end]
        part_marked = {n - start: kind for n, kind in marked.items() if start <= n < end}
        part_indented = {n - start: w for n, w in indented.items() if start <= n < end}
        if units and units[-1].kind == HEAD and start > 0:
            # A heading that ends one measure over the next one's text: it heads that
            # text, set in another width, not a section of the story above.
            heading = len(units) - 1
            while heading > 0 and units[heading - 1].kind == HEAD:
                heading -= 1
            units[heading].apart = True
        found = (
            column_units(part, column, part_indented, part_marked)
            if column
            else plain_units(part, part_marked, part_indented)
        )
        if (
            units
            and found
            and units[-1].kind == found[0].kind == PARA
            and open_block(PARA, units[-1].text)
            and not ends_sentence(units[-1].text)
            and units[-1].text[-1] not in "：:"
            and not article_start(found[0])
            and 0 not in part_indented
        ):
            # (…获悉，为 / 方便市民出行，…: a measure read as starting mid-paragraph)
            units[-1].text = join_wrapped(units[-1].text, found.pop(0).text)
        units += found
    mark_numbered_captions(units)
    mark_signatures(units)
    return carry_preambles(split_briefs(assemble_rows(drop_pull_quotes(units))))


def parse_file(path: Path) -> ParsedFile:
    """Read and parse one page file; a file that is not a page is skipped with a reason."""
    try:
        text = read_page(path)
    except UnreadableFile as error:
        return ParsedFile(source=path.name, skipped=str(error), skip_code=error.code)
    return ParsedFile(source=path.name, articles=tuple(parse_text(text, path.name)))
