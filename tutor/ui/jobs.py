"""The one job runner: run work on a QThreadPool worker, deliver results on the GUI thread.

A job is a callable `fn(report, cancel) -> result`. It may call `report(item)` any
number of times; items are batched (at most one signal per `BATCH_SECONDS`) so a
fast token stream cannot flood the GUI event loop. Callbacks run on the GUI thread:
`on_progress(list_of_items)`, then exactly one of `on_result(value)` or
`on_error(exception)`, then `on_finished()`.
"""

from __future__ import annotations

import threading
import time
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from tutor.reasoning.events import CancelToken

BATCH_SECONDS = 0.03
JobFn = Callable[[Callable[[Any], None], CancelToken], Any]


class _Signals(QObject):
    progress = Signal(object)
    result = Signal(object)
    error = Signal(object)
    finished = Signal()


class Job(QObject):
    """Handle for one running job; lives on the GUI thread."""

    def __init__(
        self,
        fn: JobFn,
        on_progress: Callable[[list[Any]], None] | None,
        on_result: Callable[[Any], None] | None,
        on_error: Callable[[BaseException], None] | None,
        on_finished: Callable[[], None] | None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.cancel_token = CancelToken()
        self.done = False
        self._fn = fn
        self._callbacks = (on_progress, on_result, on_error, on_finished)
        self.signals = _Signals()
        self.signals.progress.connect(self._on_progress)
        self.signals.result.connect(self._on_result)
        self.signals.error.connect(self._on_error)
        self.signals.finished.connect(self._on_finished)

    def cancel(self) -> None:
        self.cancel_token.cancel()

    # Slots: the receiver (self) lives on the GUI thread, so these are queued calls.
    @Slot(object)
    def _on_progress(self, items: list[Any]) -> None:
        if self._callbacks[0]:
            self._callbacks[0](items)

    @Slot(object)
    def _on_result(self, boxed: tuple[Any]) -> None:
        if self._callbacks[1]:
            self._callbacks[1](boxed[0])

    @Slot(object)
    def _on_error(self, boxed: tuple[BaseException]) -> None:
        exc = boxed[0]
        if self._callbacks[2]:
            self._callbacks[2](exc)
        else:
            traceback.print_exception(exc)

    @Slot()
    def _on_finished(self) -> None:
        self.done = True
        if self._callbacks[3]:
            self._callbacks[3]()

    def run_in_worker(self) -> None:
        pending: list[Any] = []
        lock = threading.Lock()
        last_emit = [0.0]

        def flush() -> None:
            with lock:
                items = pending[:]
                pending.clear()
            if items:
                self.signals.progress.emit(items)
            last_emit[0] = time.monotonic()

        def report(item: Any) -> None:
            with lock:
                pending.append(item)
            if time.monotonic() - last_emit[0] >= BATCH_SECONDS:
                flush()

        try:
            value = self._fn(report, self.cancel_token)
        except BaseException as exc:  # noqa: BLE001 - delivered to the GUI thread
            flush()
            self.signals.error.emit((exc,))
        else:
            flush()
            # Boxed: PySide6 mis-counts references to a bare None sent through a queued
            # Signal(object), which crashes Python 3.11 (None is not immortal there).
            self.signals.result.emit((value,))
        self.signals.finished.emit()


class _Runnable(QRunnable):
    def __init__(self, job: Job) -> None:
        super().__init__()
        self._job = job

    def run(self) -> None:
        self._job.run_in_worker()


class JobRunner(QObject):
    """Starts jobs on a private thread pool and keeps them alive until they finish."""

    def __init__(self, parent: QObject | None = None, max_threads: int = 4) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(max_threads)
        self._jobs: set[Job] = set()
        self._lanes: dict[str, QThreadPool] = {}

    def start(
        self,
        fn: JobFn,
        *,
        on_progress: Callable[[list[Any]], None] | None = None,
        on_result: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        on_finished: Callable[[], None] | None = None,
        lane: str | None = None,
    ) -> Job:
        """Start `fn` on a worker. Jobs that name the same `lane` run one at a time, in
        order (e.g. the step checker: CPU-bound Python, so running several at once
        only fights over the GIL with the GUI thread)."""
        def finished() -> None:  # runs on the GUI thread, like every callback
            self._jobs.discard(job)
            if on_finished:
                on_finished()

        job = Job(fn, on_progress, on_result, on_error, finished, parent=self)
        self._jobs.add(job)
        pool = self.pool
        if lane is not None:
            pool = self._lanes.get(lane) or self._new_lane(lane)
        pool.start(_Runnable(job))
        return job

    def _new_lane(self, lane: str) -> QThreadPool:
        pool = QThreadPool(self)
        pool.setMaxThreadCount(1)
        self._lanes[lane] = pool
        return pool

    @property
    def running(self) -> int:
        return len(self._jobs)

    def cancel_all(self) -> None:
        for job in list(self._jobs):
            job.cancel()

    def wait(self, msecs: int = 5000) -> bool:
        """Block until every job has ended (shutdown and tests only)."""
        return all(p.waitForDone(msecs) for p in [self.pool, *self._lanes.values()])
