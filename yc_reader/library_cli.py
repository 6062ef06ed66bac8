"""The CLI verbs over the library: index, search, facets, show, export, bookmarks.

Thin shells over ``core.library.Library``: the window and these verbs share one
implementation. Results go to stdout (JSON Lines where asked), progress and
messages to stderr; a bad query or bad input is one clear line and a non-zero
exit (2 for a bad query, 1 otherwise), never a traceback.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Iterable
from pathlib import Path

from yc_reader.core import cite
from yc_reader.core.library import (
    HIT_END,
    HIT_START,
    FacetValue,
    Library,
    LibraryError,
    QueryError,
)
from yc_reader.core.search import facet_label


def _err(message: str) -> None:
    print(f"yc-reader: {message}", file=sys.stderr)


def print_jsonl(records: Iterable[dict]) -> None:
    """One JSON object a line, Chinese as is: the CLI's machine-readable output."""
    out = sys.stdout
    for record in records:
        out.write(json.dumps(record, ensure_ascii=False))
        out.write("\n")


def _open(args: argparse.Namespace) -> Library:
    """The library of ``--data-dir``, with the bundled seeds in it (as the window)."""
    library = Library.open(Path(args.data_dir) if args.data_dir else None)
    for notice in library.notices:
        _err(notice.message)
    library.sync_seeds()
    return library


def _progress(done: int, total: int, name: str) -> None:
    if sys.stderr.isatty():
        print(f"\r\x1b[Kindexing {done}/{total} {name}", end="", file=sys.stderr, flush=True)
    elif done == total or done % 1000 == 0:
        print(f"indexing {done}/{total} files", file=sys.stderr)


def _plain(snippet: str) -> str:
    return snippet.replace(HIT_START, "").replace(HIT_END, "")


def _counted(number: int, noun: str) -> str:
    return f"{number} {noun}" + ("" if number == 1 else "s")


def cmd_index(args: argparse.Namespace, library: Library) -> int:
    report = library.import_paths([Path(p) for p in args.paths], progress=_progress)
    if sys.stderr.isatty():
        print(file=sys.stderr)
    for skip in report.skipped:
        _err(f"skipped {skip.path}: {skip.reason}")
    print(
        f"{report.added} files added, {report.updated} updated, {report.removed} removed, "
        f"{report.unchanged} unchanged, {len(report.skipped)} skipped; "
        f"{_counted(report.articles, 'article')} in the library",
        file=sys.stderr,
    )
    return 1 if report.skipped else 0


def cmd_search(args: argparse.Namespace, library: Library) -> int:
    result = library.search(args.query, sort=args.sort)
    ids = result.ids if args.limit == 0 else result.ids[: args.limit]
    rows = library.rows(ids, result.terms)
    if args.json:
        print_jsonl(
            {
                "id": row.id,
                "title": row.title,
                "date": row.date,
                "section": row.section,
                "source": row.source,
                "snippet": _plain(row.snippet),
            }
            for row in rows
        )
    else:
        for row in rows:
            print(f"{row.id}  {row.date or '----'}  {row.section or '-'}  {row.title}")
            print(f"    {row.snippet.replace(HIT_START, '[').replace(HIT_END, ']')}")
    print(_counted(len(result.ids), "article"), file=sys.stderr)
    return 0


def _facet_json(facet: str, value: FacetValue) -> dict:
    record = {
        "value": value.value,
        "label": facet_label(facet, value.value),
        "count": value.count,
        "term": value.term,
    }
    if value.children:
        record["children"] = [_facet_json(facet, child) for child in value.children]
    return record


def cmd_facets(args: argparse.Namespace, library: Library) -> int:
    facets = library.facets(args.query)
    if args.json:
        print(
            json.dumps(
                {name: [_facet_json(name, v) for v in values] for name, values in facets.items()},
                ensure_ascii=False,
            )
        )
        return 0

    def show(name: str, values: list[FacetValue] | tuple[FacetValue, ...], depth: int) -> None:
        for value in values:
            print(f"{'  ' * depth}{facet_label(name, value.value)}  {value.count}  ({value.term})")
            show(name, value.children, depth + 1)

    for name, values in facets.items():
        print(f"[{name}]")
        show(name, values, 1)
    return 0


def cmd_show(args: argparse.Namespace, library: Library) -> int:
    stored = library.article(args.id)
    article = stored.article
    if args.json:
        record = {"id": stored.id, **article.to_json()}
        record.update(bookmarked=stored.bookmarked, note=stored.note, read=stored.read)
        print(json.dumps(record, ensure_ascii=False))
        return 0
    for line in (article.kicker, article.title, article.subtitle):
        if line:
            print(line)
    meta = [article.date, article.section, "、".join(article.authors), article.source]
    print(" · ".join(part for part in meta if part))
    print()
    for block in article.blocks:
        print(block.text if block.kind != "paragraph" else f"　　{block.text}")
    return 0


def cmd_export(args: argparse.Namespace, library: Library) -> int:
    print_jsonl({"id": id_, **article.to_json()} for id_, article in library.articles())
    return 0


def cmd_bookmarks(args: argparse.Namespace, library: Library) -> int:
    action = args.action
    if action == "list":
        print_jsonl(
            {
                "id": b.id,
                "title": b.title,
                "date": b.date,
                "note": b.note,
                "created": b.created,
                "present": b.present,
            }
            for b in library.bookmarks()
        )
    elif action == "add":
        library.set_bookmark(_one_id(args), True, args.note or "")
    elif action == "remove":
        library.set_bookmark(_one_id(args), False)
    elif action == "export" and args.format:
        sys.stdout.write(cite.export_bookmarks(library.cited_bookmarks(), args.format))
    elif action == "export":
        print(json.dumps(library.export_user_data(), ensure_ascii=False, indent=1))
    elif action == "import":
        path = Path(_one_id(args))
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
            _err(f"cannot read {path}: {error}")
            return 1
        count = library.import_user_data(data)
        print(f"{count} bookmarks imported", file=sys.stderr)
    return 0


def _one_id(args: argparse.Namespace) -> str:
    if not args.target:
        raise LibraryError("usage", f"bookmarks {args.action} needs an argument")
    return args.target


def _run(command: Callable[[argparse.Namespace, Library], int]) -> Callable:
    """Open the library, run the verb, turn expected errors into a line on stderr."""

    def run(args: argparse.Namespace) -> int:
        try:
            library = _open(args)
        except LibraryError as error:
            _err(str(error))
            return 1
        try:
            return command(args, library)
        except QueryError as error:
            _err(f"bad query: {error}")
            return 2
        except LibraryError as error:
            _err(str(error))
            return 1
        finally:
            library.close()

    return run


def add_verbs(verbs: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Register the library verbs on the main parser's subcommands."""
    index = verbs.add_parser(
        "index", parents=[common], help="index page files or folders (recursively)"
    )
    index.add_argument("paths", nargs="+", metavar="PATH")
    index.set_defaults(func=_run(cmd_index))

    search = verbs.add_parser("search", parents=[common], help="search the library")
    search.add_argument("query", metavar="QUERY")
    search.add_argument("--limit", type=int, default=20, help="at most N hits (0: all)")
    search.add_argument("--sort", choices=("relevance", "date"), default="relevance")
    search.add_argument("--json", action="store_true", help="JSON Lines, best first")
    search.set_defaults(func=_run(cmd_search))

    facets = verbs.add_parser("facets", parents=[common], help="facet counts of a query")
    facets.add_argument("query", nargs="?", default="", metavar="QUERY")
    facets.add_argument("--json", action="store_true")
    facets.set_defaults(func=_run(cmd_facets))

    show = verbs.add_parser("show", parents=[common], help="print one article")
    show.add_argument("id", metavar="ID")
    show.add_argument("--json", action="store_true")
    show.set_defaults(func=_run(cmd_show))

    export = verbs.add_parser(
        "export", parents=[common], help="every article as JSON Lines (parse fields + id)"
    )
    export.set_defaults(func=_run(cmd_export))

    bookmarks = verbs.add_parser(
        "bookmarks",
        parents=[common],
        help="list|add ID [--note TEXT]|remove ID|export [--format md|csv|json]|import FILE",
    )
    bookmarks.add_argument("action", choices=("list", "add", "remove", "export", "import"))
    bookmarks.add_argument("target", nargs="?", metavar="ID|FILE")
    bookmarks.add_argument("--note", metavar="TEXT")
    bookmarks.add_argument(
        "--format",
        choices=cite.FORMATS,
        help="export: bookmarks with GB/T 7714 citations as Markdown, CSV or BibTeX-style"
        " JSON (default: the restorable backup that import reads)",
    )
    bookmarks.set_defaults(func=_run(cmd_bookmarks))
