"""Core jobs off the GUI thread, their progress re-emitted as Qt signals.

Follows dangerzone's ``ConvertTask`` and anki's ``QueryOp``: the core takes a
progress callback and a cancel flag and knows nothing of Qt; a ``Job`` wraps one
call, runs it on the runner's single worker thread (one index writer at a time)
and reports back through signals, which Qt delivers on the GUI thread because the
``Job`` lives there. Widgets are touched only by the slots on that side.
"""

from __future__ import annotations

import threading
import time
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThreadPool, Signal

from yc_reader.core.library import CancelFn, ProgressFn

JobFn = Callable[[ProgressFn, CancelFn], Any]

PROGRESS_INTERVAL_S = 0.05
"""At most 20 progress signals a second: a fast import must not flood the event loop."""


class Job(QObject):
    """One core call; emits ``progress``, then exactly one of ``done``/``failed``."""

    progress = Signal(int, int, str)
    done = Signal(object)
    failed = Signal(object)  # the exception

    def __init__(self, fn: JobFn, name: str = "", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.fn = fn
        self.name = name
        self._cancelled = threading.Event()
        self._last_progress = 0.0

    def cancel(self) -> None:
        """Ask the job to stop at its next check; what it committed stays."""
        self._cancelled.set()

    def _report(self, done: int, total: int, current: str) -> None:
        now = time.monotonic()
        if done < total and now - self._last_progress < PROGRESS_INTERVAL_S:
            return
        self._last_progress = now
        self.progress.emit(done, total, current)

    def run(self) -> None:
        """Runs on the worker thread."""
        try:
            result = self.fn(self._report, self._cancelled.is_set)
        except BaseException as error:  # reported to the GUI, never lost in a thread
            traceback.print_exc()
            self.failed.emit(error)
        else:
            self.done.emit(result)


class JobRunner(QObject):
    """Runs jobs one after another on a single worker thread."""

    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._pending: list[Job] = []

    def submit(self, job: Job) -> Job:
        """Queue ``job``; its signals arrive on the GUI thread."""
        job.setParent(self)
        was_busy = self.busy
        self._pending.append(job)
        job.done.connect(lambda _result, job=job: self._finish(job))
        job.failed.connect(lambda _error, job=job: self._finish(job))
        self._pool.start(job.run)
        if not was_busy:
            self.busy_changed.emit(True)
        return job

    @property
    def busy(self) -> bool:
        return bool(self._pending)

    def current(self) -> Job | None:
        return self._pending[0] if self._pending else None

    def cancel_all(self) -> None:
        for job in self._pending:
            job.cancel()

    def wait(self, timeout_ms: int = -1) -> bool:
        """Block until the worker is idle (for shutdown and tests)."""
        return self._pool.waitForDone(timeout_ms)

    def _finish(self, job: Job) -> None:
        if job in self._pending:
            self._pending.remove(job)
        job.deleteLater()
        if not self._pending:
            self.busy_changed.emit(False)
