"""`WorkerPool`: N `BoundedWorker`s with the same limits, sharing one warm spare."""

from __future__ import annotations

import queue
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from tutor.workers.child import STARTUP_LIMIT
from tutor.workers.process import ChildSpec, Spares
from tutor.workers.worker import BoundedWorker


class WorkerPool:
    """A fixed set of `size` workers; safe to use from several threads.

    `call` runs on an idle worker, waiting for one when all are busy; `worker()` lends
    one for calls that must run in order on one child. The most recently used worker
    is lent first, so a pool used by one thread at a time runs one child (plus the
    spare). A worker starts its child when first used, taking the warm spare if there
    is one; `start` starts them now, in the background.
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
        self._idle: queue.LifoQueue[BoundedWorker] = queue.LifoQueue()
        for worker in reversed(self.workers):
            self._idle.put(worker)

    @contextmanager
    def worker(self) -> Iterator[BoundedWorker]:
        """Lend an idle worker (waiting for one) until the block ends."""
        worker = self._idle.get()
        try:
            yield worker
        finally:
            self._idle.put(worker)

    def call(self, target: str, *args: Any, time_limit: float, **kwargs: Any) -> Any:
        """`BoundedWorker.call` on an idle worker (same arguments, same exceptions)."""
        with self.worker() as worker:
            return worker.call(target, *args, time_limit=time_limit, **kwargs)

    def start(self, count: int | None = None) -> None:
        """Start the first `count` workers' children (all by default); returns at once."""
        for worker in self.workers[: self.size if count is None else count]:
            worker.start()

    def wait_ready(self, count: int | None = None, timeout: float = STARTUP_LIMIT) -> None:
        """Start the first `count` workers (all by default) and wait until they are warm."""
        for worker in self.workers[: self.size if count is None else count]:
            worker.wait_ready(timeout)

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
