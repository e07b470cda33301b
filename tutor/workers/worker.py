"""`BoundedWorker`: the parent side of tutor.workers (see the package's docstring)."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Any

from tutor.workers.child import STARTUP_LIMIT
from tutor.workers.process import (
    STOP_POLL,
    Child,
    ChildSpec,
    LimitError,
    Spares,
    WorkerCancelled,
    WorkerDied,
    WorkerOutOfMemory,
    WorkerTimeout,
    how,
)

KILL_GRACE = 0.5  # seconds past the soft time limit before the parent kills the child
CANCEL_GRACE = 0.5  # seconds a cancelled call's child has to drop it before it is killed

_IDLE, _STARTING, _CALLING = "idle", "starting", "calling"


class BoundedWorker:
    """One child process running calls under limits; safe to call from several threads.

    `preload` modules are imported and `warm` ("module:function") is called when a
    child starts, outside any call's time limit (within `STARTUP_LIMIT`). With
    `standby`, a second child warms up once the first is ready and takes over at
    once when the first is killed: a restart costs no start-up, for one more process.
    A `Spares` object instead of True shares that standby with other workers (a pool).
    """

    def __init__(self, *, memory_mb: int, preload: tuple[str, ...] | list[str] = (),
                 warm: str | None = None, name: str = "bounded-worker",
                 standby: bool | Spares = False) -> None:
        self.spec = ChildSpec(memory_mb, tuple(preload), warm, name)
        self.memory_mb = memory_mb
        self.name = name
        self.restarts = 0  # children replaced after a limit, a cancel or a death
        self._lock = threading.Lock()  # one call at a time
        self._state = threading.Lock()  # `_child` and `_phase`, as `cancel` sees them
        self._child: Child | None = None
        self._phase = _IDLE
        self._cancelled = False
        self._closed = False
        self._warming = False  # a thread waits for the child's warm-up (`start`)
        self._asked: float | None = None  # when a cancelled call's child was interrupted
        self._own_spares = standby is True
        self._spares = standby if isinstance(standby, Spares) else (
            Spares(self.spec) if standby else None)

    @property
    def pid(self) -> int | None:
        child = self._child
        return child.pid if child is not None else None

    @property
    def ready(self) -> bool:
        """A child is running and warmed up: a call starts at once (unless one runs)."""
        child = self._child
        return child is not None and child.ready and self._asked is None and child.alive()

    def start(self) -> None:
        """Start a child now if none runs and let it warm up; returns at once."""
        if self._closed or self._warming or not self._lock.acquire(blocking=False):
            return  # warming up, or busy: a child is running anyway
        try:
            self._ensure_started()
            if self._child is None or self._child.ready:
                return
            self._warming = True
        finally:
            self._lock.release()
        threading.Thread(target=self._warm_quietly, name=f"{self.name}-warm-up",
                         daemon=True).start()

    def _warm_quietly(self) -> None:
        try:
            with self._lock:
                if not self._closed:
                    self._warm(STARTUP_LIMIT, None)  # then a spare starts, in the background
        except LimitError:
            pass  # the next call starts a fresh child and says what went wrong
        finally:
            self._warming = False

    def wait_ready(self, timeout: float = STARTUP_LIMIT,
                   should_stop: Callable[[], bool] | None = None) -> None:
        """Start a child if needed and wait until it has warmed up.

        Raises WorkerTimeout after `timeout` seconds (the child keeps warming up unless
        it is past `STARTUP_LIMIT`), WorkerCancelled, or another LimitError.
        """
        with self._lock:
            self._warm(timeout, should_stop)

    def _warm(self, timeout: float, should_stop: Callable[[], bool] | None) -> None:
        self._enter(_STARTING)
        try:
            self._settle()
            self._ensure_started()
            self._wait_ready(timeout, should_stop)
        finally:
            self._enter(_IDLE)

    def call(self, target: str, *args: Any, time_limit: float, hard_limit: float | None = None,
             should_stop: Callable[[], bool] | None = None,
             on_report: Callable[[Any], None] | None = None, **kwargs: Any) -> Any:
        """`target(*args, **kwargs)` in the child: its result, or its exception.

        The child stops the call at `time_limit` seconds (SIGALRM: the child lives on);
        the parent kills it at `hard_limit` (default `time_limit + KILL_GRACE`).
        Raises WorkerTimeout, WorkerOutOfMemory, WorkerDied, or WorkerCancelled when
        `should_stop()` (polled every `STOP_POLL` s) turns True or `cancel()` is called
        (see `cancel`).
        A new child's start-up is not part of the limits. Arguments and results are
        pickled; `on_report` gets what the call passes to `report`, on this thread.
        """
        hard = time_limit + KILL_GRACE if hard_limit is None else max(hard_limit, time_limit)
        with self._lock:
            self._enter(_STARTING)
            try:
                self._settle()
                self._ensure_started()
                self._wait_ready(STARTUP_LIMIT, should_stop)
                self._enter(_CALLING)
                kind, value = self._exchange((target, args, kwargs, time_limit), hard,
                                             should_stop, on_report)
            finally:
                self._enter(_IDLE)
            return self._answer(kind, value, time_limit)

    def cancel(self) -> bool:
        """From any thread: stop the call running now; False when none was running.

        Within `STOP_POLL` the call's thread asks the child to drop it (SIGUSR1) and
        raises WorkerCancelled; a child still deaf to that `CANCEL_GRACE` later is
        killed and replaced, in the background.
        """
        with self._state:
            if self._phase == _IDLE:
                return False
            self._cancelled = True
            return True

    def _enter(self, phase: str) -> None:
        with self._state:
            self._phase = phase
            if phase == _STARTING:
                self._cancelled = False

    def _stopped(self, should_stop: Callable[[], bool] | None) -> bool:
        return self._cancelled or (should_stop is not None and should_stop())

    def _exchange(self, request: tuple[Any, ...], hard_limit: float,
                  should_stop: Callable[[], bool] | None,
                  on_report: Callable[[Any], None] | None) -> tuple[str, Any]:
        child = self._child
        assert child is not None
        time_limit = request[-1]
        deadline = time.monotonic() + hard_limit
        try:
            child.conn.send(request)
            while True:
                now = time.monotonic()
                if now >= deadline:
                    self._replace()  # deaf to SIGALRM: killed
                    raise WorkerTimeout(time_limit)
                if self._stopped(should_stop):
                    child.interrupt()  # it answers "cancelled"; `_settle` reads that
                    self._asked = now
                    threading.Thread(target=self._settle_soon, name=f"{self.name}-settle",
                                     daemon=True).start()
                    raise WorkerCancelled()
                if child.conn.poll(min(deadline - now, STOP_POLL)):
                    kind, value = child.conn.recv()
                    if kind != "report":
                        return kind, value
                    if on_report is not None:
                        on_report(value)
        except (EOFError, OSError) as exc:
            code = self._replace(wait=True)
            raise WorkerDied(f"the worker process died ({how(code)})") from exc
        except LimitError:
            raise
        except BaseException:  # on_report raised, or Ctrl+C: the call is half done
            self._replace()
            raise

    def _settle_soon(self) -> None:
        with self._lock:
            self._settle()

    def _settle(self) -> None:
        """After a cancel: read the child's answer, or kill it when it is deaf to SIGUSR1
        for `CANCEL_GRACE` (the next call on this worker waits for that, at most)."""
        child, asked, self._asked = self._child, self._asked, None
        if child is None or asked is None:
            return
        try:
            while True:
                remaining = asked + CANCEL_GRACE - time.monotonic()
                if remaining <= 0 or not child.conn.poll(remaining):
                    self._replace()  # killed
                    return
                if child.conn.recv()[0] != "report":
                    return  # it dropped the call (or had just finished it): warm, as it was
        except (EOFError, OSError):
            self._replace()

    def _answer(self, kind: str, value: Any, time_limit: float) -> Any:
        if kind == "ok":
            return value
        if kind == "timeout":
            raise WorkerTimeout(time_limit)
        if kind == "memory":
            self._replace()
            raise WorkerOutOfMemory(self.memory_mb)
        if kind == "cancelled":
            raise WorkerCancelled()
        raise value

    def _ensure_started(self) -> None:
        child = self._child
        if child is not None and child.alive():
            return
        if child is not None:
            self._discard()
            self.restarts += 1
        fresh = self._spares.take() if self._spares is not None else None
        fresh = fresh or Child(self.spec)
        with self._state:
            self._child = fresh

    def _wait_ready(self, timeout: float, should_stop: Callable[[], bool] | None) -> None:
        child = self._child
        assert child is not None
        if child.ready:
            return
        try:
            if not child.wait_ready(timeout, lambda: self._stopped(should_stop)):
                if self._stopped(should_stop):
                    raise WorkerCancelled()  # the child warms up on, for the next call
                if child.age() < STARTUP_LIMIT:
                    raise WorkerTimeout(timeout)
                raise LimitError(f"the worker process did not start within {STARTUP_LIMIT:g} s")
        except (WorkerCancelled, WorkerTimeout):
            raise
        except LimitError:
            self._discard()  # the next call starts a fresh one (no retry loop in the background)
            self.restarts += 1
            raise
        if self._spares is not None:
            self._spares.refill_soon()  # now, not before: they would share the CPU

    def _replace(self, wait: bool = False) -> int | None:
        """Kill the child (`wait`: for its exit code) and start a fresh one at once.

        The fresh one is a warm spare when there is one; either way it starts (and then
        a new spare) on a thread of its own, so the call that killed the child returns
        without a spawn.
        """
        code = self._discard(wait)
        self.restarts += 1
        if not self._closed:
            self._warming = True
            threading.Thread(target=self._warm_quietly, name=f"{self.name}-restart",
                             daemon=True).start()
        return code

    def _discard(self, wait: bool = True) -> int | None:
        with self._state:
            child, self._child = self._child, None
        return child.kill(wait) if child is not None else None

    def close(self) -> None:
        self.cancel()
        with self._lock:
            self._closed = True
            self._discard()
            if self._spares is not None and self._own_spares:
                self._spares.close()
