"""Window speed figures (not tests), on this machine, offscreen.

* first launch on an empty data dir: time to the first window on screen, and to
  a filled article list (the seeds indexed in the background);
* the longest event-loop stall while 10,000 articles are imported (target
  < 100 ms), measured with a 5 ms timer that notes how late each tick comes;
* on a 100,000-article index: scrolling the article list (page steps and jumps
  to random places, each with its paint), and facet clicks (click → new list,
  counts and reader, painted).

Usage::

    python benchmarks/bench_ui.py [--big DIR] [--import-articles N] [--json]

``--big DIR`` keeps the 100,000-article index in DIR (built on the first run,
several minutes; reused after). Corpora come from ``corpus.py`` beside this file.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from corpus import write_corpus

BIG_ARTICLES = 100_000
TICK_MS = 5


def _percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]


def _summary(values_ms: list[float]) -> dict[str, float]:
    return {
        "p50_ms": round(statistics.median(values_ms), 1),
        "p95_ms": round(_percentile(values_ms, 0.95), 1),
        "max_ms": round(max(values_ms), 1),
    }


# -- launch, in a fresh process so imports and interpreter start-up count ---------------


def launch_child(data_dir: str, started: float) -> None:
    """Runs in the child: open the window as ``run()`` does and report timings."""
    from PySide6.QtWidgets import QApplication

    from yc_reader.core.library import Library
    from yc_reader.ui.app import configure
    from yc_reader.ui.main_window import MainWindow

    app = QApplication([])
    configure(app)
    library = Library.open(Path(data_dir))
    window = MainWindow(library, Path(data_dir))
    window.show()
    app.processEvents()  # exposed and painted
    first_window = time.time() - started
    window.start()
    while window.list_model.rowCount() == 0 and not window.ready:
        app.processEvents()
        time.sleep(0.002)
    window.article_list.viewport().repaint()
    filled = time.time() - started
    while not window.ready:
        app.processEvents()
        time.sleep(0.002)
    window.close()
    window.runner.wait()
    library.close()
    print(json.dumps({"first_window_s": first_window, "filled_list_s": filled}))


def measure_launch(data_dir: Path) -> dict[str, float]:
    started = time.time()
    out = subprocess.run(
        [sys.executable, __file__, "--launch-child", str(data_dir), str(started)],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    figures = json.loads(out.strip().splitlines()[-1])
    return {key: round(value, 3) for key, value in figures.items()}


# -- in-process measurements ---------------------------------------------------------------


class StallMeter:
    """Notes how late each tick of a 5 ms timer fires: lateness = the loop was busy."""

    def __init__(self) -> None:
        from PySide6.QtCore import Qt, QTimer

        self.gaps: list[float] = []
        self._last = 0.0
        self._timer = QTimer()
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._tick)

    def start(self) -> None:
        self._last = time.perf_counter()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def _tick(self) -> None:
        now = time.perf_counter()
        self.gaps.append((now - self._last) * 1000 - TICK_MS)
        self._last = now


def _open_window(app, data_dir: Path):
    from yc_reader.core.library import Library
    from yc_reader.ui.main_window import MainWindow

    library = Library.open(data_dir)
    window = MainWindow(library, data_dir)
    window.resize(1280, 800)
    window.show()
    window.start()
    _wait(app, lambda: window.ready, 3600)
    return window


def _close(window) -> None:
    window.close()
    window.runner.wait()
    window.library.close()


def _wait(app, condition, timeout_s: float) -> None:
    deadline = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError
        app.processEvents()
        time.sleep(0.001)


def measure_import_stalls(app, articles: int, workdir: Path) -> dict[str, float]:
    pages = workdir / "import-pages"
    write_corpus(pages, articles, seed=7)
    window = _open_window(app, workdir / "import-data")
    meter = StallMeter()
    meter.start()
    done = []
    window.import_finished.connect(done.append)
    started = time.perf_counter()
    window.import_paths([pages])
    _wait(app, lambda: bool(done), 3600)
    imported = time.perf_counter() - started
    settle = time.monotonic() + 0.5  # the refresh after the import counts too
    _wait(app, lambda: time.monotonic() > settle, 5)
    meter.stop()
    window.summary_dialog.accept()
    _close(window)
    lateness = meter.gaps
    return {
        "articles": done[0].articles,
        "import_s": round(imported, 1),
        "longest_stall_ms": round(max(lateness), 1),
        "p99_lateness_ms": round(_percentile(lateness, 0.99), 1),
        "stalls_over_50ms": sum(1 for gap in lateness if gap > 50),
    }


def ensure_big_index(big: Path) -> Path:
    """The 100,000-article index, built once into ``big``."""
    from yc_reader.core.library import Library

    data = big / "data"
    marker = big / "built"
    if not marker.exists():
        print(f"building the {BIG_ARTICLES:,}-article index in {big} …", file=sys.stderr)
        write_corpus(big / "pages", BIG_ARTICLES)
        library = Library.open(data)
        library.sync_seeds()
        library.import_paths([big / "pages"])
        library.close()
        marker.write_text("ok")
    return data


def measure_big(app, data: Path) -> dict[str, object]:
    window = _open_window(app, data)
    view = window.article_list
    rows = window.list_model.rowCount()
    bar = view.verticalScrollBar()

    def timed(action) -> float:
        started = time.perf_counter()
        action()
        app.processEvents()
        view.viewport().repaint()
        return (time.perf_counter() - started) * 1000

    steps = [timed(lambda i=i: bar.setValue(i * bar.pageStep())) for i in range(300)]
    rng = random.Random(3)
    jumps = [timed(lambda: bar.setValue(rng.randrange(bar.maximum()))) for _ in range(100)]

    facets = window.library.facets("")
    terms = [v.term for v in facets["date"]]
    terms += [v.term for v in facets["section"][:5]]
    terms += [v.term for v in facets["author"][:5]] + [v.term for v in facets["keyword"][:5]]

    def click(term: str) -> float:
        started = time.perf_counter()
        window.sidebar.term_clicked.emit(term)  # what a click on the item emits
        app.processEvents()
        window.repaint()
        return (time.perf_counter() - started) * 1000

    clicks = []
    for term in terms:
        clicks.append(click(term))  # filter
        clicks.append(click(term))  # and clear it again (back to all 100k)
    typed = []
    for query in ("永川", "科技", "永川区委", "影视 文化", "高质量发展"):
        started = time.perf_counter()
        window.search_bar.set_query(query)
        app.processEvents()
        window.repaint()
        typed.append((time.perf_counter() - started) * 1000)
    _close(window)
    return {
        "articles": rows,
        "scroll_page_step": _summary(steps),
        "scroll_random_jump": _summary(jumps),
        "facet_click": _summary(clicks),
        "typed_query": _summary(typed),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--big", type=Path, default=Path(tempfile.gettempdir()) / "yc-bench-100k")
    parser.add_argument("--import-articles", type=int, default=10_000)
    parser.add_argument("--skip-big", action="store_true", help="leave out the 100k figures")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--launch-child", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.launch_child:
        launch_child(args.launch_child[0], float(args.launch_child[1]))
        return

    from PySide6.QtWidgets import QApplication

    from yc_reader.ui.app import configure

    results: dict[str, object] = {}
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        results["first_launch"] = measure_launch(work / "launch")
        results["later_launch"] = measure_launch(work / "launch")
        app = QApplication([])
        configure(app)
        results["import_stalls"] = measure_import_stalls(app, args.import_articles, work)
        if not args.skip_big:
            results["big_index"] = measure_big(app, ensure_big_index(args.big))
    if args.json:
        print(json.dumps(results, ensure_ascii=False))
    else:
        print(json.dumps(results, ensure_ascii=False, indent=2))


if __name__ == "__main__":
    main()
