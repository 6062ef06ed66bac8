"""Index benchmark: build, start-up check, search + facets on a generated corpus.

    python benchmarks/bench_index.py --articles 100000 --json

Generates a deterministic corpus of N articles (~1,500 characters each, from the
seeds' sentences; see ``corpus.py``), builds it into a fresh data dir through
``Library.import_paths`` (parser, segmenter, index: the real pipeline), times
an unchanged-library start-up check, then 2-, 3-, 4-character and two-term
queries (``search`` + ``facets``, as the window calls them), and prints one
JSON object. ``segment_only_s`` is what the segmenter alone needs for the same
text in one process: jieba's precise and search modes (``cut`` and
``cut_for_search``) of every headline and body, the two segmentations an index
of jieba words needs (the build makes one cut and derives search mode's
words from it). Run it with ``nice``: it uses both cores.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import corpus

from yc_reader.core import nlp
from yc_reader.core.library import Library

QUERIES_PER_KIND = 60

_SEGMENT_ONLY = """
import sys, time
from pathlib import Path
from yc_reader.core import nlp
from yc_reader.core.index import head_text
from yc_reader.core.parse import parse_file
spent = 0.0
for path in sorted(Path(sys.argv[1]).iterdir()):
    for article in parse_file(path).articles:
        head, text = head_text(article), article.text
        start = time.perf_counter()
        nlp.cut_for_search(head); nlp.cut_for_search(text); nlp.cut(head); nlp.cut(text)
        spent += time.perf_counter() - start
print(spent)
"""


def _progress(done: int, total: int, name: str) -> None:
    if done % 500 == 0 or done == total:
        print(f"\r  indexed {done}/{total} files", end="", file=sys.stderr, flush=True)


def _sample_queries(folder: Path, rng: random.Random) -> list[str]:
    """Substrings of real article text: 2, 3, 4 Han characters, and pairs of them."""
    lines = []
    for path in sorted(folder.iterdir())[:: max(1, len(list(folder.iterdir())) // 200)]:
        lines += [line for line in path.read_text(encoding="utf-8").splitlines() if len(line) > 40]
    queries: list[str] = []

    def han(n: int) -> str:
        while True:
            line = rng.choice(lines)
            start = rng.randrange(len(line) - n)
            piece = line[start : start + n]
            if all("\u4e00" <= ch <= "\u9fff" for ch in piece):
                return piece

    for n in (2, 3, 4):
        queries += [han(n) for _ in range(QUERIES_PER_KIND)]
    queries += [f"{han(2)} {han(rng.choice((2, 3)))}" for _ in range(QUERIES_PER_KIND)]
    return queries


def _percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def run(articles: int, work: Path, reuse: bool = False) -> dict:
    """All figures; with ``reuse``, the corpus and index already in ``work`` are
    measured again (queries, start-up) and the build figures are left out."""
    corpus_dir, data_dir = work / "corpus", work / "data"
    build: dict = {}
    if reuse:
        library = Library.open(data_dir)
        report = library.import_paths([corpus_dir])
        library.close()
        chars = None
    else:
        print(f"generating {articles} articles in {corpus_dir}", file=sys.stderr)
        chars = corpus.write_corpus(corpus_dir, articles)
        start = time.perf_counter()
        library = Library.open(data_dir)
        report = library.import_paths([corpus_dir], progress=_progress)
        build_s = time.perf_counter() - start
        print(file=sys.stderr)
        library.close()
        peak_main = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        peak_worker = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        build = {
            "build_s": round(build_s, 1),
            "peak_rss_mb": round(peak_main + 2 * peak_worker),
            "peak_rss_main_mb": round(peak_main),
            "peak_rss_worker_mb": round(peak_worker),
            "files": report.added,
        }
    text_bytes = sum(p.stat().st_size for p in corpus_dir.iterdir())

    start = time.perf_counter()
    library = Library.open(data_dir)
    check = library.import_paths([corpus_dir])
    startup_check_s = time.perf_counter() - start
    assert check.unchanged == len(list(corpus_dir.iterdir())) and not (check.added or check.updated)

    start = time.perf_counter()
    library.search("")
    catalog_s = time.perf_counter() - start
    library.search("永川")  # loads the segmenter's dictionary, once per process

    timings, hits = [], []
    for query in _sample_queries(corpus_dir, random.Random(7)):
        start = time.perf_counter()
        result = library.search(query)
        library.facets(query)
        timings.append((time.perf_counter() - start) * 1000)
        hits.append(len(result.ids))
    library.close()
    db_bytes = sum(p.stat().st_size for p in data_dir.glob("index.sqlite*"))

    if not reuse:
        print("timing the segmenter alone", file=sys.stderr)
        segment_only_s = float(
            subprocess.run(
                [sys.executable, "-c", _SEGMENT_ONLY, str(corpus_dir)],
                check=True,
                capture_output=True,
                text=True,
                cwd=Path(__file__).resolve().parents[1],
            ).stdout
        )
        build["segment_only_s"] = round(segment_only_s, 1)
    return {
        "articles": report.articles,
        "chars": chars,
        **build,
        "query_p50_ms": round(_percentile(timings, 0.5), 1),
        "query_p95_ms": round(_percentile(timings, 0.95), 1),
        "startup_check_s": round(startup_check_s, 3),
        "db_mb": round(db_bytes / 1e6, 1),
        "text_mb": round(text_bytes / 1e6, 1),
        "queries": len(timings),
        "query_max_ms": round(max(timings), 1),
        "hits_p50": int(statistics.median(hits)),
        "hits_max": max(hits),
        "catalog_load_s": round(catalog_s, 3),
        "segmenter": nlp.segmenter_name(),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--work", type=Path, help="work folder (default: a temporary one)")
    parser.add_argument("--keep", action="store_true", help="keep the work folder")
    parser.add_argument(
        "--reuse", action="store_true", help="measure again the index kept in --work (no build)"
    )
    args = parser.parse_args()
    if args.reuse and not (args.work and (args.work / "data").is_dir()):
        parser.error("--reuse needs --work with a kept index")
    work = args.work or Path(tempfile.mkdtemp(prefix="yc-bench-index-"))
    if args.work and work.exists() and not args.reuse:
        shutil.rmtree(work)
    try:
        figures = run(args.articles, work, args.reuse)
    finally:
        if not args.keep and not args.reuse:
            shutil.rmtree(work, ignore_errors=True)
    if args.json:
        print(json.dumps(figures))
    else:
        for key, value in figures.items():
            print(f"{key:>20}  {value}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
