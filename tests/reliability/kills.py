"""Kill the CLI with SIGKILL at random moments, then check what the next start finds.

Shared by ``test_kills.py`` (a few dozen kills) and ``benchmarks/bench_kills.py``
(as many as you like). Each scenario runs ``python -m yc_reader …`` the way a user
does, kills the process (not its group: a real ``kill -9`` or an OOM kill hits one
process) at a random moment of its run, and then opens the library as the next
start would. What must hold after every kill:

* both databases open and pass ``PRAGMA integrity_check``;
* the index holds a state that some run committed (never a half import), and the
  next run completes it;
* every bookmark and note whose CLI call exited 0 (was acknowledged) is there,
  every acknowledged removal stays removed;
* no worker process outlives the killed one.
"""

from __future__ import annotations

import os
import random
import shutil
import sqlite3
import subprocess
import sys
import time
import uuid
from collections.abc import Callable, Sequence
from contextlib import closing, suppress
from dataclasses import dataclass, field
from pathlib import Path

from yc_reader.core.library import Library

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "benchmarks"))

from corpus import write_corpus  # noqa: E402


@dataclass
class KillStats:
    """What one scenario did: kills survived, runs that finished before their kill,
    acknowledged user-data writes checked, and anything lost (must stay 0)."""

    scenario: str
    kills: int = 0
    completed: int = 0
    acknowledged: int = 0
    lost: int = 0
    orphans: int = 0
    seconds: float = 0.0
    problems: list[str] = field(default_factory=list)

    def fail(self, message: str) -> None:
        self.problems.append(message)


def cli_command(data_dir: Path, *args: str) -> list[str]:
    return [sys.executable, "-m", "yc_reader", *args, "--data-dir", str(data_dir)]


def run_and_kill(command: Sequence[str], delay: float | None, marker: str) -> int | None:
    """Run ``command``; SIGKILL it after ``delay`` seconds (None: let it finish).

    Returns its exit code, or None when it was killed before it finished. The
    environment carries ``marker`` so that orphaned workers can be found.
    """
    env = dict(os.environ, YC_KILL_MARKER=marker)
    child = subprocess.Popen(
        command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    try:
        child.wait(timeout=delay)
    except subprocess.TimeoutExpired:
        child.kill()
        child.wait()
        child.stderr.close()
        return None
    err = child.stderr.read().decode(errors="replace")
    child.stderr.close()
    if child.returncode not in (0, 1) or "Traceback" in err:
        raise AssertionError(f"{command} failed ({child.returncode}):\n{err}")
    return child.returncode


def processes_with(marker: str) -> list[int]:
    """Live processes whose environment carries ``marker`` (Linux ``/proc``)."""
    found = []
    needle = f"YC_KILL_MARKER={marker}".encode()
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            environ = (entry / "environ").read_bytes()
            status = (entry / "stat").read_text()
        except OSError:
            continue
        if needle in environ.split(b"\0") and status.split(")")[-1].split()[0] != "Z":
            found.append(int(entry.name))
    return found


def orphans_after_kill(marker: str, wait_s: float = 5.0) -> int:
    """How many processes of a killed run are still alive after ``wait_s``."""
    deadline = time.monotonic() + wait_s
    while (left := processes_with(marker)) and time.monotonic() < deadline:
        time.sleep(0.05)
    for pid in left:  # do not let them disturb the next run
        with suppress(ProcessLookupError):
            os.kill(pid, 9)
    return len(left)


def integrity(path: Path) -> str:
    """``PRAGMA integrity_check`` of a database file ("ok" when sound)."""
    if not path.exists():
        return "ok"
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as conn:
        return "; ".join(row[0] for row in conn.execute("PRAGMA integrity_check"))


def reopen(data_dir: Path, stats: KillStats) -> tuple[set[str], dict[str, str]]:
    """Open the library as the next start does: article ids and bookmark notes."""
    for name in ("index.sqlite", "user.sqlite"):
        verdict = integrity(data_dir / name)
        if verdict != "ok":
            stats.fail(f"{name} after kill {stats.kills}: {verdict}")
    library = Library.open(data_dir)
    try:
        ids = set(library.search("").ids)
        notes = {mark.id: mark.note for mark in library.bookmarks()}
    finally:
        library.close()
    return ids, notes


def _reference_ids(data_dir: Path, paths: Sequence[Path]) -> set[str]:
    """The ids an uninterrupted run gives (seeds plus ``paths``)."""
    library = Library.open(data_dir)
    try:
        library.sync_seeds()
        if paths:
            library.import_paths(list(paths))
        return set(library.search("").ids)
    finally:
        library.close()


def _timed(command: Sequence[str]) -> float:
    start = time.monotonic()
    run_and_kill(command, None, uuid.uuid4().hex)
    return time.monotonic() - start


# --- scenarios ------------------------------------------------------------------


def _killed_index_run(
    stats: KillStats, data: Path, folder: Path, duration: float, rng: random.Random
) -> bool:
    """One ``index`` run with a SIGKILL at a random moment; True if the kill landed
    (counted with any worker it left behind), False if the run finished first."""
    marker = uuid.uuid4().hex
    code = run_and_kill(cli_command(data, "index", str(folder)), rng.uniform(0.0, duration), marker)
    if code is None:
        stats.kills += 1
        stats.orphans += orphans_after_kill(marker)
        return True
    stats.completed += 1
    return False


def first_index(work: Path, rng: random.Random, kills: int, articles: int = 650) -> KillStats:
    """``index`` on an empty data dir (seeds, then a folder), killed again and again.

    After a kill the index must hold nothing, the seeds, or everything; the run is
    then repeated on the same dir (so recoveries are killed too) until one
    finishes, which must give exactly the reference ids; then a fresh dir.
    """
    stats = KillStats("first index")
    started = time.monotonic()
    corpus = work / "corpus"
    write_corpus(corpus, articles, seed=7, chars=300)
    seeds = _reference_ids(work / "ref-seeds", [])
    full = _reference_ids(work / "ref-full", [corpus])
    data = work / "data"
    duration = _timed(cli_command(work / "timing", "index", str(corpus)))
    while stats.kills < kills:
        if _killed_index_run(stats, data, corpus, duration, rng):
            ids, _ = reopen(data, stats)
            if ids not in (set(), seeds, full):
                stats.fail(f"kill {stats.kills}: a partial index of {len(ids)} articles")
        else:
            ids, _ = reopen(data, stats)
            if ids != full:
                stats.fail(f"a completed run left {len(ids)} articles, not {len(full)}")
            shutil.rmtree(data)
    stats.seconds = time.monotonic() - started
    return stats


def _write_state(folder: Path, state: int) -> None:
    """Two versions of an imported folder: state 1 changes, drops and adds pages."""
    shutil.rmtree(folder, ignore_errors=True)
    write_corpus(folder, 200, seed=11, chars=800)
    if state:
        pages = sorted(folder.iterdir())
        for page in pages[:4]:
            page.write_text(page.read_text(encoding="utf-8") + "\n永川新增一段。\n", "utf-8")
        for page in pages[4:8]:
            page.unlink()
        write_corpus(folder / "more", 40, seed=12, chars=800)


def imports(work: Path, rng: random.Random, kills: int) -> KillStats:
    """Re-imports of a folder that changes between runs, into a library with bookmarks.

    The folder flips between two versions; after each kill the index must hold
    one of the two complete states, and the bookmarks made before must all be there.
    """
    stats = KillStats("import")
    started = time.monotonic()
    folder, data = work / "pages", work / "data"
    states = []
    for state in (0, 1):
        _write_state(folder, state)
        states.append(_reference_ids(work / f"ref-{state}", [folder]))
    _write_state(folder, 0)
    library = Library.open(data)
    library.sync_seeds()
    library.import_paths([folder])
    marked = {id_: f"备注{i}" for i, id_ in enumerate(sorted(library.search("").ids)[:12])}
    for id_, note in marked.items():
        library.set_bookmark(id_, True, note)
    library.close()
    stats.acknowledged = len(marked)
    state = 0
    duration = _timed(cli_command(work / "timing", "index", str(folder)))
    while stats.kills < kills:
        state = 1 - state
        _write_state(folder, state)
        killed = _killed_index_run(stats, data, folder, duration, rng)
        ids, notes = reopen(data, stats)
        if ids not in states:
            stats.fail(f"run {stats.kills + stats.completed}: {len(ids)} articles, no state")
        if not killed and ids != states[state]:
            stats.fail("a completed import did not leave the folder's state")
        lost = [id_ for id_, note in marked.items() if notes.get(id_) != note]
        stats.lost += len(lost)
    stats.seconds = time.monotonic() - started
    return stats


def bookmark_writes(
    work: Path, rng: random.Random, kills: int, kill_share: float = 0.5
) -> KillStats:
    """``bookmarks add ID --note …`` and ``bookmarks remove ID``, some of them killed.

    A call that exited 0 was acknowledged: its effect must be there at every later
    start. The killed call may or may not have taken effect; nothing else may change.
    """
    stats = KillStats("bookmark write")
    started = time.monotonic()
    data = work / "data"
    library = Library.open(data)
    library.sync_seeds()
    ids = sorted(library.search("").ids)
    library.close()
    expected: dict[str, str] = {}  # acknowledged state: id -> note
    duration = _timed(cli_command(data, "bookmarks", "list"))
    step = 0
    while stats.kills < kills:
        step += 1
        id_ = rng.choice(ids)
        remove = id_ in expected and rng.random() < 0.3
        note = f"第{step}条备注"
        args = ("bookmarks", "remove", id_) if remove else ("bookmarks", "add", id_, "--note", note)
        killed = rng.random() < kill_share
        code = run_and_kill(
            cli_command(data, *args), rng.uniform(0.0, duration) if killed else None, "-"
        )
        after = dict(expected)
        if remove:
            after.pop(id_, None)
        else:
            after[id_] = note
        if code is None:
            stats.kills += 1
        elif code == 0:
            stats.completed += 1
            stats.acknowledged += 1
            expected = after
        else:
            stats.fail(f"bookmarks {args[1]} exited {code}")
        _, notes = reopen(data, stats)
        if code is None and notes == after:
            expected = after  # the killed call had committed: that is the state now
        lost = {k for k in expected if notes.get(k) != expected[k]}
        extra = set(notes) - set(expected)
        if lost or extra:
            stats.lost += len(lost) + len(extra)
            stats.fail(f"step {step}: lost {sorted(lost)}, unexpected {sorted(extra)}")
            expected = notes
    stats.seconds = time.monotonic() - started
    return stats


SCENARIOS: dict[str, Callable[[Path, random.Random, int], KillStats]] = {
    "first_index": first_index,
    "import": imports,
    "bookmark_write": bookmark_writes,
}
