"""`WorkerPool`: N `BoundedWorker`s with the same limits, sharing one warm spare."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from tutor.workers.child import STARTUP_LIMIT
from tutor.workers.process import STOP_POLL, ChildSpec, Spares, WorkerCancelled, WorkerTimeout
from tutor.workers.worker import BoundedWorker


class WorkerPool:
    """A fixed set of `size` workers; safe to use from several threads.

    `call` runs on an idle worker, waiting for one when all are busy; `worker()` lends
    one for calls that must run in order on one child. The most recently used warm
    worker is lent first, so a pool used by one thread at a time runs one child (plus
    the spare). A worker starts its child when first needed, taking the warm spare if
    there is one; `start` starts them now, in the background.
    """

    def __init__(self, size: int, *, memory_mb: int, preload: tuple[str, ...] = (),
                 warm: str | None = None, name: str = "worker-pool",
                 standby: bool = True) -> None:
        self.size = max(1, size)
        self._spares = Spares(ChildSpec(memory_mb, tuple(preload), warm, name)) if standby \
            else None
        self.workers = [
            BoundedWorker(memory_mb=memory_mb, preload=preload, warm=warm,
                          name=f"{name}-{i}", standby=self._spares or False)
            for i in range(self.size)
        ]
        self._idle = list(reversed(self.workers))  # the last is lent first
        self._returned = threading.Condition()
        self._waiting: list[object] = []  # callers waiting for a worker, in order

    @contextmanager
    def worker(self, timeout: float | None = None,
               should_stop: Callable[[], bool] | None = None) -> Iterator[BoundedWorker]:
        """Lend an idle worker until the block ends, waiting for one while all are busy.

        Callers are served in order, a warm worker first. While others are busy, a cold
        one is started and the caller waits for whichever is free and warm first (a
        start-up takes seconds, a busy worker is often done in milliseconds). Raises
        WorkerTimeout when none is free within `timeout` seconds, and WorkerCancelled
        as soon as `should_stop()` turns True while it waits.
        """
        worker = self._lend(timeout, should_stop)
        try:
            yield worker
        finally:
            with self._returned:
                self._idle.append(worker)
                self._returned.notify_all()

    def _lend(self, timeout: float | None,
              should_stop: Callable[[], bool] | None) -> BoundedWorker:
        deadline = None if timeout is None else time.monotonic() + timeout
        me = object()
        with self._returned:
            self._waiting.append(me)  # first come, first served
            try:
                while True:
                    if self._waiting[0] is me:
                        warm = [w for w in self._idle if w.ready]
                        if warm or len(self._idle) == self.size:  # all cold: start one
                            worker = (warm or self._idle)[-1]
                            self._idle.remove(worker)
                            return worker
                        for worker in self._idle:
                            worker.start()  # returns at once; it warms up on a thread
                    if should_stop is not None and should_stop():
                        raise WorkerCancelled()
                    if deadline is not None and time.monotonic() >= deadline:
                        raise WorkerTimeout(timeout or 0.0)
                    self._returned.wait(STOP_POLL)
            finally:
                self._waiting.remove(me)
                self._returned.notify_all()

    def call(self, target: str, *args: Any, time_limit: float,
             should_stop: Callable[[], bool] | None = None, **kwargs: Any) -> Any:
        """`BoundedWorker.call` on an idle worker (same arguments, same exceptions)."""
        with self.worker(should_stop=should_stop) as worker:
            return worker.call(target, *args, time_limit=time_limit, should_stop=should_stop,
                               **kwargs)

    def start(self, count: int | None = None) -> None:
        """Start the first `count` workers' children (all by default); returns at once."""
        for worker in self.workers[: self.size if count is None else count]:
            worker.start()

    def wait_ready(self, count: int | None = None, timeout: float = STARTUP_LIMIT) -> None:
        """Start the first `count` workers (all by default) and wait until they are warm."""
        for worker in self.workers[: self.size if count is None else count]:
            worker.wait_ready(timeout)

    def wait_spare(self, timeout: float = STARTUP_LIMIT) -> None:
        """Wait until the warm spare has started and warmed up (it starts once a worker
        is warm): a start-up that would otherwise share the CPU with the first calls."""
        if self._spares is not None:
            self._spares.wait_ready(timeout)

    def pids(self) -> list[int]:
        """The process ids of the running children, spares included."""
        pids = [pid for w in self.workers if (pid := w.pid) is not None]
        return pids + (self._spares.pids() if self._spares is not None else [])

    @property
    def restarts(self) -> int:
        return sum(w.restarts for w in self.workers)

    def close(self) -> None:
        for worker in self.workers:
            worker.close()
        if self._spares is not None:
            self._spares.close()
