"""The command line: one dispatcher for the GUI launch and every core verb.

Without a verb the window opens; each verb is a thin shell over a core
function, so the CLI and the GUI share one implementation.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from yc_reader import __version__
from yc_reader.library_cli import add_verbs, print_jsonl


def cmd_parse(args: argparse.Namespace) -> int:
    from yc_reader.core.parse import parse_file
    from yc_reader.core.reading import walk

    skipped = 0
    for name in args.files:
        # A folder stands for its page files, as in an import.
        for path in walk(Path(name)) if Path(name).is_dir() else [Path(name)]:
            result = parse_file(path)
            if result.skipped:
                skipped += 1
                print(f"skipped {path}: {result.skipped}", file=sys.stderr)
                continue
            print_jsonl(article.to_json() for article in result.articles)
    return 1 if skipped else 0


def build_parser() -> argparse.ArgumentParser:
    data_dir = {"metavar": "DIR", "help": "data folder (default: the user's data dir)"}
    # A verb's --data-dir is set only when given there: the subparser's default
    # would otherwise overwrite the one given before the verb.
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--data-dir", default=argparse.SUPPRESS, **data_dir)
    parser = argparse.ArgumentParser(
        prog="yc-reader",
        description="渝西都市报离线阅读器 YC Reader. Without a command, opens the window.",
    )
    parser.add_argument("--data-dir", **data_dir)
    parser.add_argument("--version", action="version", version=f"yc-reader {__version__}")
    parser.add_argument("--lang", metavar="LANG", help="UI language, e.g. zh_CN or en")
    parser.add_argument("--screenshot", metavar="PATH", help="save a PNG of the window and exit")
    parser.add_argument("--query", metavar="Q", default="", help="start with this search")
    parser.add_argument(
        "--theme",
        choices=("system", "light", "dark"),
        default="system",
        help="colour theme (default: follow the system)",
    )
    verbs = parser.add_subparsers(dest="verb", metavar="COMMAND")

    parse = verbs.add_parser(
        "parse",
        parents=[common],
        help="print the articles of page files (or of the page files in folders) as JSON Lines",
    )
    parse.add_argument("files", nargs="+", metavar="FILE", help="a page file or a folder")
    parse.set_defaults(func=cmd_parse)
    add_verbs(verbs, common)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.verb is None:
        from yc_reader.ui.app import run

        return run(args)
    try:
        return args.func(args)
    except BrokenPipeError:
        return 0
