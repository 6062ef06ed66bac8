"""Kill the CLI many times, and time hostile queries: the figures of README's Reliability.

    python benchmarks/bench_kills.py [--kills N] [--queries N] [--seed S] [--json]

Runs the three SIGKILL scenarios of ``tests/reliability/kills.py`` (first index,
import, bookmark write) with N kills each, then N hostile queries (random text
and query-syntax soup) on a 2,000-article library, and reports kills survived,
acknowledged writes checked, anything lost, and the slowest query.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.reliability import kills  # noqa: E402
from yc_reader.core.library import Library, QueryError  # noqa: E402

ALPHABET = list("永川影视区委\"“”「」*^():-+{}[],.NEARORANDNOTtitle:date:author 0123456789\\'")
QUERY_BOUND_S = 2.0
"""The slowest hostile query allowed (it includes the facet counts)."""


def hostile_queries(work: Path, count: int, rng: random.Random) -> dict:
    """Random and syntax-soup queries: results or QueryErrors, and how slow at worst."""
    library = Library.open(work / "queries")
    library.sync_seeds()
    kills.write_corpus(work / "qpages", 2000, seed=3, chars=800)
    library.import_paths([work / "qpages"])
    errors = results = 0
    slowest = (0.0, "")
    for i in range(count):
        if i % 2:
            text = "".join(rng.choice(ALPHABET) for _ in range(rng.randint(1, 120)))
        else:
            text = "".join(chr(rng.randint(1, 0x2FFFF)) for _ in range(rng.randint(1, 80)))
        if i % 97 == 0:
            text *= 200  # very long ones too
        started = time.perf_counter()
        try:
            result = library.search(text)
            library.facets(text)
            library.rows(result.ids[:20], result.terms)
            results += 1
        except QueryError:
            errors += 1
        slowest = max(slowest, (time.perf_counter() - started, text[:40]))
    library.close()
    return {
        "queries": count,
        "results": results,
        "query_errors": errors,
        "slowest_s": round(slowest[0], 3),
        "slowest_query": slowest[1],
        "within_bound": slowest[0] < QUERY_BOUND_S,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--kills", type=int, default=40, help="kills per scenario")
    parser.add_argument("--queries", type=int, default=3000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    report: dict = {"scenarios": []}
    with tempfile.TemporaryDirectory() as tmp:
        for name, scenario in kills.SCENARIOS.items():
            work = Path(tmp) / name
            work.mkdir()
            stats = scenario(work, rng, args.kills)
            report["scenarios"].append(vars(stats) | {"seconds": round(stats.seconds, 1)})
            if not args.json:
                print(
                    f"{stats.scenario}: {stats.kills} kills, {stats.completed} runs finished,"
                    f" {stats.acknowledged} acknowledged writes, lost {stats.lost},"
                    f" orphans {stats.orphans}, problems {len(stats.problems)}"
                    f" ({stats.seconds:.0f} s)",
                    flush=True,
                )
        if args.queries:
            report["queries"] = hostile_queries(Path(tmp), args.queries, rng)
            if not args.json:
                print(f"hostile queries: {report['queries']}")
    ok = all(not s["problems"] and not s["lost"] for s in report["scenarios"])
    ok = ok and report.get("queries", {}).get("within_bound", True)
    if args.json:
        print(json.dumps(report, ensure_ascii=False))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
